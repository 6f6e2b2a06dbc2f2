## The services' errors (crates/services/src/error.rs): what failed, then what to do (`-fix`).

## Secrets and the OS keyring.

error-missing-secret = { $kind ->
    [token] No token is saved for { $target }.
   *[manage_password] No Management Console password is saved for { $target }.
}
error-missing-secret-fix = { $kind ->
    [token] Open Connections and save the token. It is kept in the OS keyring, never in a file.
   *[manage_password] Open Connections and save the Management Console password. It is kept in the OS keyring, never in a file.
}
error-keyring-unavailable = The OS keyring is not available: { $detail }.
error-keyring-unavailable-fix = Start or unlock your desktop keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or keep secrets for this session only.
# $action: open, read, save or delete; $kind: token or manage_password; $target: ghec or ghes
# (then $instance is the instance's id).
error-keyring = The OS keyring refused to { $action ->
        [open] open
        [read] read
        [save] save
       *[delete] delete
    } the { $kind ->
        [token] token
       *[manage_password] Management Console password
    } for { $target ->
        [ghec] GitHub Enterprise Cloud
       *[ghes] GHES instance { $instance }
    }: { $detail }.
error-keyring-fix = Unlock the keyring and try again.

## The settings file.

error-settings-read = The settings file { $path } could not be read: { $detail }.
error-settings-read-fix = Check the file's permissions.
error-settings-corrupt = The settings file { $path } is not valid ({ $detail }); it was kept aside as { $kept_as }.
error-settings-corrupt-fix = The app starts with empty settings; re-enter your connections, or repair the kept file and put it back.
error-settings-from-the-future = The settings file { $path } was written by a newer version of GHE License Sync (settings version { $found }, this app reads up to { $supported }).
error-settings-from-the-future-fix = Update GHE License Sync, or move the file away to start over with this version.
error-settings-write = The settings could not be saved to { $path }: { $detail }.
error-settings-write-fix = Check there is space left and that the configuration folder is writable.
error-settings-read-only = Saving is off: the settings file could not be read as this version's settings, and it is kept as it is.
error-settings-read-only-fix = Look at the settings warning: update the app, or move the file away to start over. Until then nothing is written over it.
# $problems: each refused field as "Label: what is wrong", already in this language.
error-invalid-settings = { $count ->
    [one] { $count } setting needs attention: { $problems }
   *[other] { $count } settings need attention: { $problems }
}
error-invalid-settings-fix = Correct the fields marked on the Connections screen, then save again.
error-invalid-monitor-settings = { $count ->
    [one] { $count } background check setting needs attention: { $problems }
   *[other] { $count } background check settings need attention: { $problems }
}
error-invalid-monitor-settings-fix = Correct the marked Background checks settings, then save again.

## Connections.

error-emulator = The built-in GitHub emulator could not start: { $detail }.
error-emulator-fix = Close other copies of the demo, then start the app again.
error-unknown-instance = There is no GHES instance `{ $id }` in the settings.
error-unknown-instance-fix = Refresh: the settings changed.
error-ca-bundle = The custom CA bundle { $path } cannot be used: { $detail }.
error-ca-bundle-fix = Check the path of the custom CA bundle in Connections: it must be a readable PEM file with your company's CA certificate(s) (-----BEGIN CERTIFICATE-----).
error-not-configured = { $what ->
    [ghec] GitHub Enterprise Cloud is not set up.
   *[ghes] A GHES instance is not set up.
}
error-not-configured-ghec-fix = Enter the enterprise slug in Connections and save.
error-not-configured-ghes-fix = Add a GHES instance in Connections and save.
error-no-web-address = There is no web address to open for { $target }.
error-no-web-address-fix = Enter the web address in Connections (e.g. https://github.com, or https://SUBDOMAIN.ghe.com with data residency).

## Work that runs, and what it was given.

error-not-loaded = No consumed licenses are loaded yet.
error-not-loaded-fix = Load the consumed licenses from GitHub first (Consumed licenses, Load).
error-export = The export could not be written to { $path }: { $detail }.
error-export-fix = Choose a folder you can write to with space left; a file that was there before is unchanged.
# $what: the work as the logs name it, in English ("Reading the history").
error-task = { $what } stopped unexpectedly: { $detail }.
error-task-fix = Try again; if it happens again, see the logs.
# $started_ago: how long ago, in words ("3 minutes").
error-watch-running = A watch for { $target } is already running (started { $started_ago } ago); cancel it first.
error-watch-running-fix = Wait until GitHub confirms it, or cancel that watch, then start again.
# $reason: a sentence of its own.
error-usage-file-refused = { $file } cannot be uploaded: { $reason }
# $what: the value's name (svc-arg-*, shell-arg-*); $detail: what it must be.
error-invalid-argument = { $what } `{ $value }` is not valid: { $detail }.
error-invalid-argument-fix = Refresh the screen and try again.
# $what: the job, as a sentence's subject (svc-job-*, shell-job-*).
error-job-running = { $what } is already running.
error-job-running-fix = Wait until it finishes (or cancel it), then start again.
error-license-file-refused = { $file } cannot be uploaded as a license: { $reason }

## The history.

error-history = The history { $path } could not be used: { $detail }.
error-history-fix = Check there is space left and that the data folder is writable; the app works on without its history meanwhile. A damaged file can be moved away: a new one is started.
error-history-detail-too-short = { $days ->
    [one] Each load's people must be kept at least { $min } days ({ $days } day was asked).
   *[other] Each load's people must be kept at least { $min } days ({ $days } days was asked).
}
error-history-detail-too-short-fix = Choose { $min } days or more; each load's summary is kept for ever either way.
error-no-history = No earlier consumed-licenses load is kept in the history to compare with.
error-no-history-fix = Load the consumed licenses (Consumed licenses, Load; or `ghls consumed`): every load is kept, and changes are counted from the second one.
error-history-from-the-future = The history { $path } was written by a newer version of GHE License Sync (schema version { $found }, this app reads up to { $supported }).
error-history-from-the-future-fix = Update GHE License Sync. Until then the history is left as it is, and this version works without it.

## What a blocking task that stopped was doing (error-task's $what).

task-compare-analyses = Comparing duplicate analyses
task-compare-loads = Comparing kept loads
task-keep-license = Keeping the License reading
task-keep-consumed = Keeping the consumed licenses
task-keep-demo-week = Keeping the demo's past week
task-keep-analysis = Keeping the duplicate analysis
task-keep-accounts = Keeping the server accounts
task-open-kept-consumed = Opening the kept consumed licenses
task-prepare-consumed = Preparing the consumed licenses
task-read-history = Reading the history
task-refresh-consumed = Refreshing the consumed licenses
task-save-settings = Saving the settings
task-fetch-consumed = Reading the consumed licenses
task-query-consumed = Searching the consumed licenses
task-analyse-duplicates = The duplicate analysis
task-export = Writing the export
task-handoff = The hand-off to GitHub
task-write-changes = Writing the changes
task-check-export = Checking the export
task-read-sync-modes = Reading the license sync modes
task-read-ca-bundle = Reading the CA bundle
task-read-monitor = Reading the background checks
task-read-license-file = Reading the license file
task-save-monitor = Saving the background checks
