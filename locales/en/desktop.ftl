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
