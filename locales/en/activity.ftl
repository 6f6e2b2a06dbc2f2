## The Activity screen: what the app did, newest first (ui/views/activity/).

activity-title = Activity
activity-lead = Every export, upload, sync and connection test, newest first. The record is kept across restarts and never holds a secret.
activity-refresh = Refresh
activity-loading = Reading the activity record…
activity-load-failed = The activity record could not be read
activity-said-load-failed = The activity record could not be read.
activity-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
activity-said-loaded = { $count ->
    [one] Activity: 1 entry.
   *[other] Activity: { $count } entries.
}

## What was done: an entry's kind.

activity-kind-add-server-usage = Add server usage
activity-kind-sync-now = Sync now
activity-kind-enable-license-sync = Enable license sync
activity-kind-one-click-sync = One-click sync
activity-kind-connection-test = Connection test
activity-kind-usage-file-check = Usage file check
activity-kind-license-upload = License upload
activity-kind-background-check = Background check
activity-kind-export = Export license usage
activity-kind-other = Other

## How it ended: an entry's outcome, and the filter by outcome.

activity-outcome = Outcome
# Same in every language.
activity-outcome-ok = OK
activity-outcome-failed = Failed
activity-outcome-info = Info
activity-filter-all = All
activity-said-showing = { $count ->
    [one] Showing 1 entry.
   *[other] Showing { $count } entries.
}
# `outcome` is activity-outcome-ok, -failed or -info.
activity-said-showing-outcome = { $count ->
    [one] Showing 1 entry with outcome { $outcome }.
   *[other] Showing { $count } entries with outcome { $outcome }.
}
activity-none-match = No entries with outcome { $outcome }.
activity-empty-title = Nothing recorded yet
activity-empty = Exports, uploads to GitHub Enterprise Cloud, Sync now, connection tests and checked usage files appear here with their outcome and details.

## The table.

activity-caption = Activity, newest first
activity-col-time = Time
activity-col-kind = Kind
activity-col-target = Target
activity-col-outcome = Outcome
activity-col-summary = Summary
activity-col-details = Details
activity-details = Details
activity-hide-details = Hide details
activity-no-details = (no details)
activity-copy-details = Copy details
activity-copied = Copied.
activity-said-copied = Details copied to the clipboard.
activity-copy-selected = The clipboard is not available here: the details are selected, press Ctrl+C to copy them.
activity-said-copy-selected = The details are selected: press Control C to copy them.
