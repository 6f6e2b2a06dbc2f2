## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = No se conoce la hora del traspaso de esta vigilancia, así que no puede continuar. Iníciala de nuevo.
