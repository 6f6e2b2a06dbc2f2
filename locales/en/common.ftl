## Shared words: the app's name, languages, and the few words every screen uses.

# Same in every language.
app-name = GHE License Sync
language-system = System language ({ $lang })

# Data shown as it is, or a sentence not yet moved into these files.
# Same in every language.
text-as-is = { $text }

## Numbers, sizes and times as the screens write them (ui/lib/format.js).

seats-unlimited = Unlimited
bytes-b = { $n } bytes
bytes-kb = { $n } KB
bytes-mb = { $n } MB
bytes-gb = { $n } GB
# "1.4 MB (1,432,101 bytes)"
bytes-with-exact = { $short } ({ $exact })
# "Tuesday 14:05"
weekday-time = { $weekday } { $time }
days-left-unknown = unknown
days-left-today = expires today
days-left = { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
days-left-expired = { $days ->
    [one] expired 1 day ago
   *[other] expired { $days } days ago
}
ago-just-now = just now
ago-minutes = { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
ago-hours = { $hours ->
    [one] 1 hour ago
   *[other] { $hours } hours ago
}
ago-days = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
