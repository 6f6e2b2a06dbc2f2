## ghls: what it prints for people (crates/cli/). Its --help (clap's) stays English; --json
## keeps its field names and kinds, and says its messages in the language chosen.

## Labels in front of a line.

cli-label-error = error:
cli-label-warning = warning:
cli-label-fix = fix:
cli-label-github-said = GitHub said:
cli-label-docs = docs:
cli-label-retry-after = retry after:
cli-label-confirmed = confirmed:
cli-label-not-confirmed = not confirmed:
cli-label-accepted = accepted:
cli-label-refused = refused:
cli-label-exported = exported:

## Words and counts the commands share.

# Same in every language.
cli-seconds = { $seconds } s
cli-bytes = { $bytes ->
    [one] 1 byte
   *[other] { $bytes } bytes
}
cli-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
cli-n-pages = { $n ->
    [one] 1 page
   *[other] { $n } pages
}
cli-n-requests = { $n ->
    [one] 1 request
   *[other] { $n } requests
}
cli-n-findings = { $n ->
    [one] 1 finding
   *[other] { $n } findings
}
cli-n-seats = { $n ->
    [one] 1 seat
   *[other] { $n } seats
}
cli-unknown = unknown
cli-yes = yes
cli-no = no
cli-not-configured = not configured
cli-not-configured-id = (not configured)
cli-no-instances = GitHub lists no server instances, and none is configured.

## Table headers.

cli-col-instance = INSTANCE
cli-col-host = HOST
cli-col-last-sync = LAST SYNC
# A last sync cell: GitHub's time (as the language writes it, in UTC) and its age in words.
# Same in every language.
cli-last-sync-cell = { $at } ({ $ago })
cli-col-verdict = VERDICT
cli-col-tell-after = TELL AFTER
cli-col-version = VERSION
cli-col-seats = SEATS
cli-col-used = USED
cli-col-available = AVAILABLE
cli-col-expires = EXPIRES
cli-col-automatic-sync = AUTOMATIC LICENSE SYNC
cli-col-configured = CONFIGURED
cli-col-last-upload = LAST UPLOAD
cli-col-read-at = read at
cli-col-people = people
cli-col-seats-pair = seats
cli-col-cloud = cloud
cli-col-server = server
cli-col-both = both
# Visual Studio subscriptions.
# Same in every language.
cli-col-vs = VS
cli-col-changes = changes
cli-col-load-read-at = load read at
cli-col-findings = findings
cli-col-seats-to-save = seats to save
cli-col-server-accounts = server accounts
cli-col-cloud-seats = cloud seats
cli-col-server-licenses = server licenses (used/seats)

## Failures of ghls itself (exit.rs, main.rs, output.rs, args.rs, duration.rs).

cli-reader-gone = The reader of the output went away.
cli-output-failed = The output could not be written: { $detail }.
cli-output-failed-fix = Check that the disk is not full and that the output is still open.
cli-json-failed = JSON could not be made: { $detail }
cli-runtime-failed = The async runtime could not start: { $detail }.
cli-runtime-failed-fix = Check the process limits (threads, open files) and try again.
cli-interrupted = Interrupted.
cli-not-a-language = `{ $lang }` is not a language of ghls; use en, es or pt-BR
cli-duration-invalid = `{ $text }` is not a duration: use a number with a unit, e.g. 7d, 36h, 90m, 45s, 2w or 1d12h
cli-duration-too-long = `{ $text }` is too long a duration
cli-unknown-instance = There is no GHES instance `{ $name }` in the settings.
cli-unknown-instance-fix = Use one of: { $known }.
cli-unknown-instance-none-fix = No GHES instance is set up: add it in the desktop app's Connections, or try ghls with --demo.
cli-no-temporary-file = No temporary file could be made for the export: { $detail }.
cli-no-temporary-file-fix = Check that the temporary folder (TMPDIR) is writable, or write to a file with -o FILE.
cli-no-config-folder = (no configuration folder)
cli-no-config-folder-detail = this system has no configuration folder; set GHLS_CONFIG_DIR

## Advice only ghls gives, after the app's (open.rs).

cli-advice-token-variables = Or give ghls the token in an environment variable: GHLS_GHEC_TOKEN for GitHub Enterprise Cloud, GHLS_GHES_TOKEN_<ID> for a GHES instance (see `ghls --help`).
cli-advice-token-order = ghls uses GHLS_GHEC_TOKEN / GHLS_GHES_TOKEN_<ID> when they are set, else the token saved in the OS keyring.
cli-advice-settings-at = ghls reads the desktop app's settings at { $path } (GHLS_CONFIG_DIR overrides the folder); set up the connections in the app, or try ghls with --demo.
cli-advice-settings = ghls reads the desktop app's settings (GHLS_CONFIG_DIR overrides the folder); set up the connections in the app, or try ghls with --demo.

## Loading the consumed licenses (commands/mod.rs, progress.rs): stderr.

# $pages: cli-n-pages; $spent: cli-n-requests
cli-load-cost = loaded { $pages } of consumed licenses (cost { $spent } of the rate limit).
cli-load-cost-refreshed = refreshed { $pages } of consumed licenses, { $unchanged } unchanged (cost { $spent } of the rate limit; { $sent } sent).
cli-load-pauses = GitHub's rate limit for this token is spent: the load pauses { $seconds } s, until { $until } UTC (Ctrl-C stops it; --max-wait limits the wait).
cli-load-would-pause = GitHub's rate limit for this token is spent: the consumed-licenses load would pause { $seconds } s until the limit resets, longer than --max-wait { $max_wait }.
cli-load-would-pause-fix = Run it again in { $wait } (other tools using the same token share its hourly budget), or allow the wait with a longer --max-wait.
# Before the bar: "Consumed licenses: page 3/10".
cli-progress-pages = Consumed licenses: page
cli-progress-starting = starting
cli-progress-consumers = { $rows } consumers
cli-progress-rate-limit = GitHub's rate limit: waiting { $seconds } s (until { $until })
cli-progress-retrying = page { $page }: { $reason }; attempt { $attempt } in { NUMBER($wait, minimumFractionDigits: 1, maximumFractionDigits: 1) } s

## ghls status.

cli-status-license-sync = License sync
# $title: cli-status-license-sync; $max_age: "7d"
cli-status-title = { $title } of enterprise { $enterprise } (needs attention after { $max_age })
# $verdict: ok, stale, failed, never_synced, unreadable_date; $max_age: "7d", "7 days"
cli-verdict = { $verdict ->
    [ok] ok
    [stale] stale: older than { $max_age }
    [failed] failed
    [never_synced] never synced
   *[unreadable_date] date unreadable
}
cli-github-says = { $host }: GitHub says: { $error }
cli-synced-again = { $name } synced again
cli-not-synced-again = { $name } did not
cli-since-last-check = Since the last check ({ $at }): { $said }.
cli-status-all-synced = { $total ->
    [one] All 1 instance synced within { $max_age }.
   *[other] All { $total } instances synced within { $max_age }.
}
cli-status-attention = { $count ->
    [one] { $total ->
        [one] 1 of 1 instance needs attention: run Sync now on the instance's License page, or export its license usage and add it on GHEC (Add server usage).
       *[other] 1 of { $total } instances needs attention: run Sync now on the instance's License page, or export its license usage and add it on GHEC (Add server usage).
    }
   *[other] { $count } of { $total } instances need attention: run Sync now on the instance's License page, or export its license usage and add it on GHEC (Add server usage).
}
# $unit: rest, graphql
cli-budget-left = { $unit ->
    [graphql] { $remaining } of { $limit } GraphQL points left
   *[rest] { $remaining } of { $limit } REST requests left
}
cli-budget-resets = { $left } (resets { $time } UTC)
cli-budget = GitHub rate budget of the token: { $parts }.
cli-budget-unknown = GitHub rate budget: unknown ({ $error })

## ghls monitor.

cli-monitor-no-change = No change since the last check.

## ghls license.

cli-no-ghes = No GHES instance is set up.
cli-no-ghes-fix-at = Add the instances in the desktop app's Connections; ghls reads the same settings ({ $path }). Or try ghls with --demo.
cli-no-ghes-fix = Add the instances in the desktop app's Connections; ghls reads the same settings. Or try ghls with --demo.
cli-seats-unlimited = unlimited
cli-expired = expired
cli-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
cli-not-read = could not be read

## ghls servers.

cli-no-enterprise-fix = Add the enterprise in the desktop app's Connections; ghls reads the same settings. Or try ghls with --demo.
cli-servers-title = Server instances GitHub Enterprise Cloud knows for { $enterprise }:
cli-connect-on = on (GitHub Connect)
cli-connect-off = off: uploads by hand
cli-uploads-not-given = not given by GitHub
cli-uploads-none = none
cli-upload-no-name = (no name)
cli-upload-no-state = (no state)
cli-servers-not-listed = { $id } ({ $host }) is configured but GitHub lists no instance with that host name: it has never synced.

## ghls consumed.

cli-consumed-written = { $rows } of { $total } consumers of enterprise { $enterprise }, fetched { $fetched_at }.
cli-consumed-written-to = Wrote { $rows } of { $total } consumers of enterprise { $enterprise } to { $path } ({ $bytes } bytes, { $format }).
cli-consumed-changes = { $added } added, { $removed } removed, { $changed } changed from { $from } to { $to }.
cli-changes-written = Wrote { $path } ({ $bytes } bytes): { $note }

## ghls duplicates.

cli-table-not-to-file = --format table is for the terminal and cannot be written with -o.
cli-table-not-to-file-fix = Use --format json or --format csv with -o FILE.
cli-findings-written = { $findings ->
    [one] Wrote 1 finding to { $path } ({ $bytes } bytes, { $format }).
   *[other] Wrote { $findings } findings to { $path } ({ $bytes } bytes, { $format }).
}
cli-accounts-asking = Server accounts: asking GitHub for the Enterprise Server instances
cli-accounts-reading = Server accounts: { $done } of { $instances } instances done, { $accounts } accounts
cli-accounts-reading-of = Server accounts: { $done } of { $instances } instances done, { $accounts } of { $total } accounts
cli-accounts-rate-limit = Server accounts: GitHub's rate limit: waiting { $seconds } s (until { $until })
cli-accounts-retrying = Server accounts: { $reason }; attempt { $attempt }
cli-accounts-warning = warning: server accounts: { $note }
cli-duplicates = Duplicates
# $title: cli-duplicates; $findings: cli-n-findings; $seats: cli-n-seats
cli-duplicates-title = { $title } in { $consumers } consumers: { $findings }, up to { $seats } to save (high { $high }, medium { $medium }, low { $low }).
cli-duplicates-accounts = Server accounts: { $named } of { $entries } server-only entries named.
cli-duplicates-accounts-partial = Server accounts: { $named } of { $entries } server-only entries named; GitHub gave only part of the accounts.
cli-duplicates-group = { $title } ({ $findings }, { $seats })
# $confidence: high, medium, low
cli-confidence = { $confidence ->
    [high] high
    [medium] medium
   *[low] low
}

## ghls history.

cli-history-since-invalid = `{ $text }` is not an age, a day or a time.
cli-history-since-invalid-fix = Use an age back from now (7d, 12w), a day (2026-01-05) or RFC 3339 (2026-01-05T09:00:00Z).
cli-csv-and-json = --csv and --json ask for two formats at once.
cli-csv-and-json-fix = Use one of them.
cli-history-in-memory = memory (this run only)
cli-history-no-enterprise = (none set up)
cli-history-empty = Nothing is kept yet for enterprise { $enterprise } in { $place }: `ghls consumed`, `ghls license` and the app keep each reading.
cli-history-loads = Consumed-licenses loads of { $enterprise } ({ $kept } kept, in { $place }):
cli-history-duplicates = Duplicate analyses ({ $count }):
cli-history-license = License readings ({ $count }):

## ghls validate.

cli-validate-accepted = { $file } is a GHES license-usage export: GitHub Enterprise Cloud's "Add server usage" takes it.
cli-validate-no-features = none listed
cli-validate-sync-hint = It lists license_usage_sync: GitHub Connect license sync is probably on for this instance.
cli-field-host = host
cli-field-server-id = server ID
cli-field-version = version
cli-field-features = features
cli-field-size = size
# Same in every language.
cli-field-sha256 = SHA-256
cli-field-age = age

## ghls export.

cli-export-reading-version = Reading the instance's version
cli-export-connecting = Connecting to { $address } and running `{ $command }`
cli-export-receiving = Receiving the export: { $bytes } bytes
cli-export-validating = Checking the export ({ $bytes } bytes) is license usage
cli-exported = license usage of { $instance } with `{ $command }` to { $path } ({ $bytes } bytes).
cli-exported-accepted = SHA-256 { $sha256 }; GitHub Enterprise Cloud's "Add server usage" takes it.

## ghls watch.

cli-watch-since-invalid = --since `{ $text }` is not a time.
cli-watch-since-invalid-fix = Use an RFC 3339 time (2026-11-22T12:00:00Z), `now`, or how long ago (90m, 2h, 1d).
cli-watch-waiting-for = Waiting for GitHub to show a sync of { $instance } after { $since }
cli-watch-waiting = Waiting for GitHub
# $head: cli-watch-waiting, or "GitHub is processing the upload NAME"; $seen: one of the four below.
cli-watch-progress = { $polls ->
    [one] { $head }: { $seconds } s, 1 read; { $seen }
   *[other] { $head }: { $seconds } s, { $polls } reads; { $seen }
}
cli-watch-seen-relative = GitHub shows its last sync { $relative }
cli-watch-seen-at = GitHub shows its last sync at { $at }
cli-watch-seen-none = GitHub shows no sync of it yet
cli-watch-not-listed = GitHub does not list it yet
cli-watch-read-failed = the last read failed: { $error }
cli-watch-read-retrying = a read of GitHub failed (retrying): { $error }
cli-watch-note = note: { $note }
cli-watch-upload = upload: { $name } ({ $state })
cli-watch-upload-at = upload: { $name } ({ $state } at { $at })
cli-watch-timed-out = GitHub shows no sync of { $instance } after { $since } yet (waited { $waited }).
cli-watch-timed-out-fix = Keep watching: run `ghls watch --instance { $instance } --since { $since }` again, with a longer --timeout if GitHub is slow.
cli-watch-failed-fix = Correct what GitHub names, then sync again and watch with a new --since.
cli-watch-failed-fix-says = Correct what GitHub names ("{ $github }"), then sync again and watch with a new --since.
cli-watch-cancelled = Stopped watching: GitHub's answer was not awaited.

## ghls emulator.

cli-emulator-failed = The GitHub emulator could not start: { $detail }.
cli-emulator-failed-fix = Choose another loopback --listen address (port 0 picks a free one).
cli-emulator-serves = The GitHub emulator serves { $url } (not GitHub). Ctrl-C stops it.
