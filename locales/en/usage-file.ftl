## The Add server usage screen: the drop target, the checked file's card, the upload (ui/views/usage-file/).

usage-file-title = Add server usage
usage-file-drop-hint = Drag and drop or select a file to upload
usage-file-drop-sub = The license-usage JSON that GitHub Enterprise Server exported
usage-file-lead = Check the file before it goes to GitHub Enterprise Cloud. Export it on GitHub Enterprise Server under **Enterprise settings → License → Export license usage**. Press Enter or Space on the box to choose the file with the file dialog (Ctrl+O works anywhere on this screen).
usage-file-many-dropped = { $count ->
    [one] 1 file was dropped; only the first, { $first }, was checked. GitHub takes one usage file per upload, so drop them one at a time.
   *[other] { $count } files were dropped; only the first, { $first }, was checked. GitHub takes one usage file per upload, so drop them one at a time.
}
usage-file-checking = Checking { $file }…
usage-file-dialog-failed = The file dialog could not be opened
usage-file-check-failed = The file could not be checked
usage-file-drops-failed = Dropped files cannot be received
usage-file-opened-failed = A file given to the app could not be received: { $message }

## What the screen says of a checked file (announced to screen readers).

usage-file-said-accepted = { $warnings ->
    [0] { $file } is a license-usage export from { $host }.
    [one] { $file } is a license-usage export from { $host }, with 1 warning.
   *[other] { $file } is a license-usage export from { $host }, with { $warnings } warnings.
}
usage-file-said-refused = { $file } was refused: { $reason }

## The card of an accepted export.

usage-file-chip-export = License-usage export
# The instance's GHES version, "GHES 3.17.4".
# Same in every language.
usage-file-version = GHES { $version }
usage-file-server-id = Server ID
usage-file-features = Features
usage-file-features-none = none listed
# The title of a feature: when GitHub Enterprise Server says it was enabled, as the file has it.
usage-file-feature-enabled = enabled { $at }
usage-file-feature-since = since { $date }
usage-file-http-only = HTTP only
usage-file-http-only-yes = Yes (no TLS)
usage-file-http-only-no = No
usage-file-license = License
usage-file-size = Size
# Same in every language.
usage-file-sha256 = SHA-256
usage-file-age = File age
usage-file-age-unknown = unknown
usage-file-encrypted = The list of users inside is encrypted by GitHub; the app does not open it.
usage-file-warnings-title = { $count ->
    [one] Look at this before uploading
   *[other] Look at these { $count } things before uploading
}
usage-file-no-warnings = Nothing to warn about: this file is ready for GitHub Enterprise Cloud.

## The card of a refused file.

usage-file-chip-refused = Not uploaded

## Uploading the accepted file, or a dropped .ghl as a new license.

usage-file-upload = Upload to GitHub Enterprise Cloud
usage-file-upload-help = Opens GitHub’s licensing page with this file ready (shown in your file manager, its path on the clipboard), then reads GitHub back until it shows the upload.
usage-file-upload-busy = An upload is being watched: wait for GitHub, or cancel it below.
usage-file-upload-as-license = Upload it as a new license…
usage-file-no-instances = No GitHub Enterprise Server instance is configured: add one in Connections first.
usage-file-instances-failed = The instances could not be read
