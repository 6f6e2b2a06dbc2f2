## The sync flows: hand-offs and confirmation watches (ui/views/sync/, ui/stores/watch-store.js).

watch-since-unknown = The hand-off time of this watch is not known, so it cannot be continued. Start it again.

## What a watch is about: "Sync now for github.acme.example".

sync-kind-add-server-usage = Add server usage
sync-kind-sync-now = Sync now
sync-kind-enable-license-sync = Enable automatic license sync
sync-one-click = One-click sync
sync-one-click-kind = One-click sync ({ $kind })
sync-what-for = { $what } for { $label }
sync-panel =
    .aria-label = Confirmation from GitHub

## How long a watch has run, as a screen reader says it: "42 seconds", "3 minutes 5 seconds".

sync-duration = { $minutes ->
    [0] { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }
    [one] { $seconds ->
        [0] 1 minute
        [one] 1 minute 1 second
       *[other] 1 minute { $seconds } seconds
    }
   *[other] { $seconds ->
        [0] { $minutes } minutes
        [one] { $minutes } minutes 1 second
       *[other] { $minutes } minutes { $seconds } seconds
    }
}

## The hand-off: what the app opened, and the step the admin takes there.

sync-handoff-upload = { $opened_in ->
    [browser] Opened GitHub’s licensing page in your browser; the file is revealed in your file manager and its path is on the clipboard: drag it onto **Add server usage**.
    [app_window] Opened GitHub’s licensing page in a window of this app; the file is revealed in your file manager and its path is on the clipboard: drag it onto **Add server usage**.
   *[other] Opened GitHub’s licensing page in “{ $opened_in }”; the file is revealed in your file manager and its path is on the clipboard: drag it onto **Add server usage**.
}
sync-handoff-enable = { $opened_in ->
    [browser] Opened GitHub Connect on { $label } in your browser: enable **“Server can sync user license count and usage”** (**License sync**).
    [app_window] Opened GitHub Connect on { $label } in a window of this app: enable **“Server can sync user license count and usage”** (**License sync**).
   *[other] Opened GitHub Connect on { $label } in “{ $opened_in }”: enable **“Server can sync user license count and usage”** (**License sync**).
}
sync-handoff-sync-now = { $opened_in ->
    [browser] Opened the License page of { $label } in your browser: choose **“Sync now”** under **License sync**.
    [app_window] Opened the License page of { $label } in a window of this app: choose **“Sync now”** under **License sync**.
   *[other] Opened the License page of { $label } in “{ $opened_in }”: choose **“Sync now”** under **License sync**.
}
# "File: /home/admin/Downloads/….json"
sync-handoff-file = File: { $path }
# "Page: https://github.com/enterprises/acme/settings/license"
sync-handoff-page = Page: { $url }

## What to do after GitHub said no.

sync-fix-upload = Export the license usage again on the instance (**Enterprise settings → License → Export license usage**), check it here, and upload the new file. If GitHub keeps refusing it, the file may belong to another instance.
sync-fix-enable = Check GitHub Connect on the instance (it must be connected to this enterprise), then try again, or use Add server usage with an exported file.
sync-fix-sync-now = Check GitHub Connect and License sync on the instance’s settings, then Sync now again, or use Add server usage with an exported file.

## The watch's state, as its chip shows it.

sync-chip-starting = Starting
sync-chip-waiting = Waiting for GitHub
sync-chip-processing = GitHub is processing
sync-chip-confirmed = Confirmed
sync-chip-failed = Failed
sync-chip-not-confirmed = Not confirmed
sync-chip-not-confirmed-yet = Not confirmed yet
sync-chip-stopped = Stopped
sync-chip-skipped = Skipped
sync-chip-not-started = Not started
sync-chip-ended = Ended

## The watch's state in words.

sync-starting = Reading GitHub’s current state, then opening the page…
# The clock (0:07) ticks inside.
sync-waiting-elapsed = Waiting for GitHub · { $elapsed } since the hand-off
sync-processing = GitHub is processing the upload.
# "Upload: github-license-usage.json (PENDING)": GitHub's name and state of the upload.
sync-upload-state = Upload: { $name } ({ $state })
sync-upload-processed = Upload GitHub processed
sync-synced-at = GitHub shows the sync at
sync-seats-consumed = Seats consumed
sync-consumed = consumed { $before } → { $after }
sync-github-says = GitHub says: { $error }
sync-no-new-sync = GitHub shows no new sync since the hand-off.
sync-no-new-sync-after = GitHub shows no new sync since { $since }, after { $duration } of watching.
sync-stopped-later = You stopped watching: if GitHub takes it later, the License screen shows it.
sync-may-arrive = It can still arrive: GitHub sometimes takes longer.
sync-cancelled = You stopped watching. Nothing was confirmed; if GitHub takes it anyway, the License screen and Activity show it.
sync-gone = The watch ended while this screen was away.
sync-gone-record = The watch ended while this screen was away. The Activity record says: { $summary }
sync-see-activity = See Activity
# What GitHub showed at the last read: `last` is GitHub's time in words ("yesterday") or sync-last-sync-never.
sync-last-seen = GitHub shows now: last sync { $last } · checked { $polls ->
    [one] 1 time
   *[other] { $polls } times
}.
# The same, with GitHub's status of that sync.
sync-last-seen-status = GitHub shows now: last sync { $last } ({ $status }) · checked { $polls ->
    [one] 1 time
   *[other] { $polls } times
}.
sync-last-seen-none = GitHub shows now: last sync none for this instance · checked { $polls ->
    [one] 1 time
   *[other] { $polls } times
}.
sync-last-sync-never = never
sync-poll-error = The last check failed, and is retried: { $message }
sync-cancel-failed = The watch could not be cancelled

## The watch's buttons.

sync-cancel = Cancel
sync-cancelling = Cancelling…
sync-keep-watching = Keep watching
sync-stop = Stop

## What a watch says to screen readers as it changes: `what` is "Sync now for github.acme.example".

sync-said-starting = { $what }: starting.
sync-said-cancelling = { $what }: cancelling.
sync-said-waiting = { $what }: handed off. Waiting for GitHub.
# GitHub's processing message, as the backend words it.
# Same in every language.
sync-said-processing = { $what }: { $message }
sync-said-confirmed = { $what }: confirmed by GitHub. { $summary }
sync-said-failed-github = { $what } failed. GitHub says: { $error }
sync-said-failed = { $what } failed. { $message }
sync-said-timed-out = { $what }: not confirmed yet. Keep watching, or stop.
sync-said-cancelled = { $what }: stopped watching. Nothing was confirmed.
sync-said-stopped = { $what }: stopped. Not confirmed.
sync-said-skipped = { $what }: skipped.
sync-said-refused = { $what } could not go on.
sync-said-gone = { $what }: the watch ended.

## Where the app opens GitHub's pages (ui/views/sync/handoff-setting.js, on Connections).

sync-handoff-title = Hand-offs to GitHub
sync-handoff-about = GitHub has no API to upload server usage or to press **Sync now**: the app opens the page for you, then confirms by reading GitHub back.
sync-open-in = Open GitHub’s pages in
sync-open-in-browser = your browser
sync-open-in-browser-hint = where you are signed in to GitHub
sync-open-in-app-window = a window of this app
sync-open-in-app-window-hint = sign in there once
sync-open-in-saved = { $opened_in ->
    [browser] GitHub’s pages will open in your browser.
   *[app_window] GitHub’s pages will open in a window of this app.
}
sync-open-in-not-saved = Not saved: { $message }
