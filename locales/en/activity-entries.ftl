## The Activity screen's entries the sync flows and the background checks write
## (crates/services/src/sync/, monitor/), and the details of every feature's entries. An
## entry is kept as it was written, in the language of the app (or ghls) that wrote it.

# $flow: handoff-flow; $how: browser, app_window
entry-handed-off = { $how ->
    [app_window] { $flow }: opened { $url } in an app window for { $name }; waiting for GitHub.
   *[browser] { $flow }: opened { $url } in the browser for { $name }; waiting for GitHub.
}
entry-timed-out = { $flow } for { $name } not confirmed in time: GitHub shows no sync since { $since }.
entry-cancelled = Stopped watching { $flow } for { $name }.
# The target of a one-click sync's entry.
entry-all-instances = all instances
# $titles: the notifications' titles, joined with "; ".
entry-background-check = Background check: { $titles }.

## An entry's copyable details, one line each.

entry-details-upload =
    file: { $path }
    SHA-256: { $sha256 }
    server ID: { $server_id }
    version: { $version }
entry-details-instance = instance: { $name } ({ $host })
entry-details-keep-watching = keep watching since { $since }
entry-details-handed-off-at = handed off at: { $at }
# Same in every language.
entry-details-github = GitHub: { $text }
entry-details-fix = fix: { $fix }
entry-details-waited = waited: { $seconds } s
entry-details-file-checked =
    path: { $path }
    server ID: { $server_id }
    SHA-256: { $sha256 }
    size: { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    }
entry-details-warning = warning: { $warning }
entry-details-path = path: { $path }
entry-details-file = file: { $path }
# $command_line: the ssh command as it ran (data).
entry-details-exported =
    { $command_line }
    GHES version: { $version }
    SHA-256: { $sha256 }
