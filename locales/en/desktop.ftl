## The desktop shell: file dialogs, Start at login, the tray.

file-dialog-failed = The file dialog failed: { $detail }.
file-dialog-failed-fix = Try again; if the dialog does not open, check the desktop's file-chooser service.
autostart-failed = { $state ->
    [on] Start at login could not be turned on: { $detail }.
   *[off] Start at login could not be turned off: { $detail }.
}
autostart-failed-fix = Check that your home folder's autostart folder (~/.config/autostart on Linux, ~/Library/LaunchAgents on macOS) is writable, or add the app to your desktop's startup applications yourself.
autostart-demo = The demo does not add itself to your login items.
autostart-demo-fix = Start at login is there when the app runs with your own connections (without --demo).
autostart-not-set-up = the login-item service is not set up

## The tray icon's menu (src-tauri/src/tray.rs).

tray-open = Open GHE License Sync
tray-check-now = Check now
tray-sync-everything = Sync everything
tray-quit = Quit

## Notifications of the tray's Check now and of the window closed into the tray (monitor.rs).

notify-check-unread = Background check: GitHub could not be read
notify-check-no-change = Background check: no change
notify-check-no-change-body = { $count ->
    [one] 1 instance checked; nothing new since the last check.
   *[other] { $count } instances checked; nothing new since the last check.
}
notify-check-failed = Background check failed
notify-in-tray = GHE License Sync keeps checking in the background
notify-in-tray-body = Quit from the tray icon.

## Why a hand-off step did not work on this desktop (desktop.rs): the detail inside the
## hand-off's note ("The page could not be opened in the browser (…)").

shell-not-a-url = not a web address: { $detail }
shell-scheme = only web addresses are opened, not { $scheme }:
shell-no-browser = no browser could be started: { $detail }
shell-not-absolute = { $path } is not an absolute path
shell-no-file-manager = no file manager showed it: { $detail }
shell-no-clipboard = the clipboard could not be reached: { $detail }
shell-no-notification = the notification could not be shown: { $detail }
shell-window-not-loaded = the GitHub window could not load the page: { $detail }
shell-window-not-opened = the GitHub window could not be opened: { $detail }
# The title of the window hand-offs open GitHub's pages in.
# Same in every language.
github-window-title = GitHub — GHE License Sync

## File dialogs (file_dialog.rs, commands/).

dialog-choose-usage-export = Choose the license-usage export
dialog-save-usage-export = Save the license-usage export
dialog-choose-license = Choose the new license file (.ghl)
dialog-export-csv = Export as CSV
dialog-export-json = Export as JSON
dialog-filter-usage-export = License-usage export (JSON)
dialog-filter-license = GitHub Enterprise license (.ghl)
dialog-filter-csv = CSV (comma-separated values)
dialog-filter-all = All files
dialog-not-opened = the file dialog could not be opened: { $detail }
dialog-no-answer = the file dialog closed without an answer

## Starting the app: a wrong command line (the usage text after it stays English, as
## --help does), a window that cannot open (lib.rs, start.rs).

start-needs-number = { $flag } needs a number
start-expected-number = { $flag } { $value }: expected a number such as 320
start-expected-whole-number = { $flag } { $value }: expected a whole number
start-unknown-argument = unknown argument `{ $argument }`
start-one-file = one file at a time: { $first } and { $second } were given
start-window-not-opened = the window could not be opened: { $detail }
start-no-config-folder = (no configuration folder)
start-no-config-folder-detail = this system has no configuration folder; set GHLS_CONFIG_DIR
