## Palavras compartilhadas: o nome do app, os idiomas e as poucas palavras que todas as telas usam.

# Same in every language.
app-name = GHE License Sync
language-system = Idioma do sistema ({ $lang })

# Same in every language.
text-as-is = { $text }

## Números, tamanhos e horários como as telas os escrevem (ui/lib/format.js).

seats-unlimited = Ilimitadas
bytes-b = { $n } bytes
bytes-kb = { $n } KB
bytes-mb = { $n } MB
bytes-gb = { $n } GB
bytes-with-exact = { $short } ({ $exact })
weekday-time = { $weekday } { $time }
days-left-unknown = desconhecido
days-left-today = vence hoje
days-left = { $days ->
    [one] em 1 dia
   *[other] em { $days } dias
}
days-left-expired = { $days ->
    [one] venceu há 1 dia
   *[other] venceu há { $days } dias
}
ago-just-now = agora mesmo
ago-minutes = { $minutes ->
    [one] há 1 minuto
   *[other] há { $minutes } minutos
}
ago-hours = { $hours ->
    [one] há 1 hora
   *[other] há { $hours } horas
}
ago-days = { $days ->
    [one] há 1 dia
   *[other] há { $days } dias
}
