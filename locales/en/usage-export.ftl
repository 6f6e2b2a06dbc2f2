## Export license usage over the admin shell: a server card's Quick link (ui/views/usage-export/).

usage-export-button = Export license usage
usage-export-choose = Choose where to save the export…
usage-export-chip = Exporting
usage-export-cancelling = Cancelling…
usage-export-reading-version = Reading the instance’s version…
# $command is the command line run on the instance (ghe-license usage -o -y).
usage-export-connecting = Connecting to the admin shell at { $host }:{ $port } to run { $command }…
usage-export-receiving = Receiving the export…
usage-export-validating = Checking the saved file…
usage-export-dialog-cancelled = Nothing was exported: the Save dialog was cancelled.
usage-export-dialog-cancelled-announce = Export cancelled: no file was chosen.
usage-export-saved-announce = License usage of { $name } saved to { $path }.
usage-export-cancelled = Export cancelled: nothing was saved, and a file that was there before is unchanged.
usage-export-cancelled-announce = Export cancelled.
usage-export-failed-announce = The export of { $name } failed.
usage-export-failed = The export failed
usage-export-saved-chip = Saved
usage-export-size = Size
usage-export-command = Command
usage-export-version = GHES version
usage-export-check = Check
usage-export-accepted = { $warnings ->
    [0] License-usage export from { $host }, nothing to warn about
    [one] License-usage export from { $host }, with { $warnings } warning
   *[other] License-usage export from { $host }, with { $warnings } warnings
}
# $message says why (the backend's sentence).
usage-export-refused = Not a usable export: { $message }
usage-export-add-server-usage = Add server usage with this file
