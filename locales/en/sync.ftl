## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = The hand-off time of this watch is not known, so it cannot be continued. Start it again.
