## Notifications: what a background check tells about an instance's license sync
## (crates/services/src/monitor/), and how a watched sync ended (sync/flows.rs).

# $sync_it is notice-sync-it-configured or notice-sync-it-not-configured.
notice-sync-it-configured = Open GHE License Sync → License to sync it.
notice-sync-it-not-configured = Run Sync now on its License page, or add it in GHE License Sync → Connections to sync it from the app.
notice-stale-title = { $days ->
    [one] { $host } has not synced for 1 day
   *[other] { $host } has not synced for { $days } days
}
# $at: "2026-11-13 09:00 UTC"; $after: the days after which the admin is told.
notice-stale-body = { $after ->
    [one] Its license usage last reached GitHub Enterprise Cloud on { $at }; you are told after 1 day. { $sync_it }
   *[other] Its license usage last reached GitHub Enterprise Cloud on { $at }; you are told after { $after } days. { $sync_it }
}
notice-never-title = { $host } has never synced its license usage
notice-never-body = GitHub Enterprise Cloud shows no license sync from it yet. { $sync_it }
notice-failed-title = The license sync of { $host } failed
# $said is one of the four messages below.
notice-failed-body = { $said } Open GHE License Sync → License to see what GitHub says and sync again.
notice-failed-github-says = GitHub says the sync failed: { $error }
notice-failed-github-says-at = GitHub says the sync of { $at } failed: { $error }
notice-failed-shown = GitHub Enterprise Cloud shows the sync as failed.
notice-failed-shown-at = GitHub Enterprise Cloud shows the sync of { $at } as failed.
notice-recovered-title = { $host } is in sync again
notice-recovered-body = { $days ->
    [one] GitHub Enterprise Cloud shows a successful license sync, within 1 day. Nothing to do.
   *[other] GitHub Enterprise Cloud shows a successful license sync, within { $days } days. Nothing to do.
}
notice-recovered-body-at = { $days ->
    [one] GitHub Enterprise Cloud shows a successful license sync on { $at }, within 1 day. Nothing to do.
   *[other] GitHub Enterprise Cloud shows a successful license sync on { $at }, within { $days } days. Nothing to do.
}
notice-upload-not-processed = GitHub could not process the uploaded file { $file }.
# An instance GitHub lists without a host name.
notice-server-id = server { $id }
notice-no-host-name = a server instance without a host name
notice-state-not-saved-fix = Check there is space left and that the app data folder is writable; until then a change may be announced again after a restart.

## The Background checks settings the checks refuse.

notice-setting-every-hours = Check every
notice-setting-every-hours-invalid = { $hours } hours is not between 1 and 168.
notice-setting-every-hours-fix = Choose how often to check: between every hour and once a week (168 hours).
notice-setting-stale-days = Tell me after
notice-setting-stale-days-invalid = { $days } days is not between 1 and 90.
notice-setting-stale-days-fix = Choose after how many days without a sync to be told: 1 to 90 (GitHub Connect syncs weekly, so 7 is usual).
notice-setting-instance-days = Instance threshold
notice-setting-instance-unknown = There is no GHES instance `{ $id }` in Connections.
notice-setting-instance-unknown-fix = Remove this instance's threshold, or add the instance in Connections first.
notice-setting-instance-days-invalid = { $days } days for `{ $id }` is not between 1 and 90.
notice-setting-instance-days-fix = Choose 1 to 90 days for this instance, or remove its own threshold to use the general one.

## How a watched sync ended, when the window is not in front (sync/flows.rs).

# $flow: handoff-flow; $state: confirmed, failed, timed_out
notice-watch-title = { $state ->
    [confirmed] { $flow }: confirmed
    [failed] { $flow }: failed
   *[timed_out] { $flow }: not confirmed yet
}
notice-watch-timed-out = GitHub does not show the sync of { $name } yet. Keep watching or stop.
