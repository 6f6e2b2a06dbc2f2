## Palabras compartidas: el nombre de la app, los idiomas y las pocas palabras que usan todas las pantallas.

# Same in every language.
app-name = GHE License Sync
language-system = Idioma del sistema ({ $lang })

# Same in every language.
text-as-is = { $text }

## Números, tamaños y horas como los escriben las pantallas (ui/lib/format.js).

seats-unlimited = Ilimitadas
bytes-b = { $n } bytes
bytes-kb = { $n } KB
bytes-mb = { $n } MB
bytes-gb = { $n } GB
bytes-with-exact = { $short } ({ $exact })
weekday-time = { $weekday } { $time }
days-left-unknown = desconocido
days-left-today = vence hoy
days-left = { $days ->
    [one] en 1 día
   *[other] en { $days } días
}
days-left-expired = { $days ->
    [one] venció hace 1 día
   *[other] venció hace { $days } días
}
ago-just-now = justo ahora
ago-minutes = { $minutes ->
    [one] hace 1 minuto
   *[other] hace { $minutes } minutos
}
ago-hours = { $hours ->
    [one] hace 1 hora
   *[other] hace { $hours } horas
}
ago-days = { $days ->
    [one] hace 1 día
   *[other] hace { $days } días
}
