## The smaller features of the services (crates/services/src/): licenses, consumed licenses,
## duplicates, the history, the demo, Add server usage's files, and shared words.

## Seats and unknowns in a sentence.

svc-unknown = unknown
# What an error names: the enterprise account by its slug.
svc-enterprise = enterprise { $slug }
svc-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
svc-seats-unlimited = unlimited seats
svc-seats-unknown = unknown seats
# $text: GitHub's own words for the seats, verbatim.
svc-seats-other = { $text } seats
svc-seats-used = { $count } used
svc-seats-used-unknown = unknown used

## Values refused (error-invalid-argument): the value's name, then what it must be.

svc-arg-start = The start
svc-arg-instant-detail = use a day (2026-01-05) or a time in RFC 3339 (2026-01-05T09:00:00Z)
svc-arg-rate-reserve = rate reserve
svc-arg-rate-reserve-detail = a reserve is 0 to 100 percent of the hourly limit
svc-arg-handoff-time = The hand-off time
svc-arg-handoff-time-detail = expected an RFC 3339 time such as 2026-11-22T12:00:00Z

## Jobs already running (error-job-running).

svc-job-license-upload = A license upload to { $instance }
svc-job-server-accounts = Loading the server accounts

## Failures in words, after a colon.

svc-io-file-missing = the file does not exist (moved or deleted?)
svc-io-folder-missing = the folder does not exist
svc-io-read-denied = permission denied: your user may not read it
svc-io-write-denied = permission denied: your user may not write in that folder
# $detail: the runtime's own words.
svc-task-stopped = the background task stopped: { $detail }
svc-task-unchanged-without-load = GitHub found them unchanged, but no earlier load is held
svc-task-no-result = it ended without a result

## Upload a new license.

svc-license-file-fix = Choose the .ghl license file GitHub sent for this instance (enterprise account, Settings, Enterprise licensing, download the license for GitHub Enterprise Server).
svc-license-file-empty = the file is empty.
svc-license-file-is-usage = it is a license-usage export, not a license.
svc-license-file-is-usage-fix = Use it with Add server usage (it goes to GitHub Enterprise Cloud). To upload a new license, choose the .ghl file GitHub sent for this instance.
svc-license-file-not-ghl = only GitHub Enterprise license files (.ghl) are uploaded as a license.
# $seats: svc-seats*; $expires: the day, as the language writes a date, or svc-unknown; $check: the Manage API's word, verbatim, or svc-unknown.
svc-license-uploaded = { $applied ->
    [yes] New license { $file } uploaded and being applied: { $seats }, expires { $expires }; check: { $check }.
   *[no] New license { $file } uploaded (not applied yet): { $seats }, expires { $expires }; check: { $check }.
}

## The License screen.

svc-ghec-not-configured-reason = Add the GitHub Enterprise Cloud enterprise in Connections to see its seats and license sync.

## Duplicates: what the server accounts lack.

# $detail: GitHub's own words.
svc-accounts-installations-incomplete = the list of Enterprise Server installations is incomplete: { $detail }
svc-accounts-without-host = { $count ->
    [one] an installation without a host name ({ $count } account) cannot be joined to the license data
   *[other] an installation without a host name ({ $count } accounts) cannot be joined to the license data
}
svc-accounts-without-id = { $count ->
    [one] { $count } account came without a remoteUserId and cannot be joined
   *[other] { $count } accounts came without a remoteUserId and cannot be joined
}

## The history (error-history's detail).

svc-history-folder = its folder could not be created ({ $detail })
svc-history-tables = its tables could not be set up ({ $detail })
svc-history-disk-full = the disk is full
svc-history-read-only = it cannot be written (permissions or a read-only disk)
svc-history-locked = another program kept it locked for too long
svc-history-not-a-history = it is not a GHE License Sync history
svc-history-damaged = it is damaged
svc-history-cannot-open = it cannot be opened
svc-history-person-unreadable = a stored person could not be read ({ $detail })
svc-history-line-without-key = a stored line has no key
svc-history-key-escape = a stored key ends in an escape
svc-history-part-uninflatable = a stored part could not be inflated ({ $detail })
# $load: the load's id.
svc-history-load-not-detailed = load { $load } is not kept in detail
svc-history-no-load = there is no load { $load } in it

## The demo.

svc-demo-emulator-stopped = The built-in GitHub emulator is not answering: it was stopped. Quit the app and start the demo again.

## Add server usage: the files dropped or chosen.

svc-usage-file-read-stopped = reading the file stopped unexpectedly: { $detail }
svc-usage-file-accepted = { $file } is a license-usage export of { $host } (GHES { $version }).
# $reason: the refusal, a sentence of its own.
svc-usage-file-refused = { $file } was refused: { $reason }
