## The window: its screens, the demo's badge, the language menu, start-up.

nav-skip = Skip to content
nav-screens =
    .aria-label = Screens
nav-license = License
nav-add-server-usage = Add server usage
nav-consumed = Consumed licenses
nav-duplicates = Duplicates
nav-connections = Connections
nav-activity = Activity
nav-history = History
mode-badge-demo = Demo · built-in GitHub emulator
    .title = Every number comes from the built-in GitHub emulator, not from GitHub.
app-starting = Starting…
settings-warning-title = Your settings need attention
backend-silent-title = The app’s backend did not answer
backend-silent-fix = Restart the app.
ipc-failed-silently = The backend failed without saying why.
ipc-failed-fix = Try again. If it keeps failing, restart the app; details are in its log (stderr).
language-label = Language
language-note = Changing the language reloads the window.
language-not-saved = The language could not be saved
