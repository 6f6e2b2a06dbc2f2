## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = O horário da transferência deste acompanhamento não é conhecido, então ele não pode continuar. Inicie-o novamente.
