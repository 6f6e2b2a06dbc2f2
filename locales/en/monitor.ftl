## Background checks, on the Connections screen (ui/views/monitor/monitor-settings.js).

monitor-title = Background checks
monitor-settings-legend = Background check settings
monitor-enabled = Keep checking in the background
monitor-enabled-hint = Reads GitHub’s license sync status with the saved tokens and sends a notification when an instance’s sync goes stale, fails, or recovers; each change is told once. Closing the window then keeps the app in the tray. Nothing runs in the background while this is off.
monitor-every = Check every
monitor-every-unit = hours
monitor-every-hint = { $min } to { $max }
monitor-stale = Stale after
monitor-stale-unit = days without a sync
monitor-stale-hint = { $min } to { $max }; GitHub Connect syncs weekly
monitor-login = Start at login
monitor-login-hint = Starts the app when you log in to this computer, hidden in the tray while background checks are on, so they run without opening the window.
monitor-login-demo = Not in the demo: it never adds itself to your login items. Start at login is there when the app runs with your own connections.
monitor-whole-number = Enter a whole number from { $min } to { $max }.
monitor-number-range = Enter a number from { $min } to { $max }.
monitor-load-failed = The background check settings could not be read

## Saving a change.

monitor-not-saved = Not saved
monitor-saved = Saved.
monitor-saved-on = { $hours ->
    [one] Background checks are on: every 1 hour.
   *[other] Background checks are on: every { $hours } hours.
}
monitor-saved-off = Background checks are off.
monitor-saved-login-on = The app starts when you log in.
monitor-saved-login-off = The app no longer starts at login.
monitor-saved-every = { $hours ->
    [one] Checks every 1 hour.
   *[other] Checks every { $hours } hours.
}
monitor-saved-stale = { $days ->
    [one] A sync older than 1 day is stale.
   *[other] A sync older than { $days } days is stale.
}

## The threshold per instance.

monitor-per-instance = Stale after, per instance
monitor-col-instance = Instance
monitor-col-days = Days
monitor-per-instance-hint = { $days ->
    [one] Empty: the 1 day above.
   *[other] Empty: the { $days } days above.
}
monitor-saved-instance-default = { $days ->
    [one] { $instance }: the default 1 day.
   *[other] { $instance }: the default { $days } days.
}
monitor-saved-instance-days = { $days ->
    [one] { $instance }: stale after 1 day.
   *[other] { $instance }: stale after { $days } days.
}

## The last and next check, and what each instance's sync looks like.

monitor-last-check = Last check
monitor-next-check = Next check
monitor-never = never
monitor-soon = soon
monitor-off = off
monitor-last-error = The last check could not read GitHub
monitor-verdict-ok = synced
monitor-verdict-stale = stale
monitor-verdict-failed = sync failed
monitor-verdict-never-synced = never synced
monitor-verdict-unreadable-date = date unreadable
monitor-last-sync = last sync { $date }

## Check now.

monitor-check-now = Check now
monitor-checking = Checking…
monitor-check-failed = The check could not run
monitor-github-unreadable = GitHub could not be read
monitor-said-check-failed = Check failed: { $message }
monitor-uploads-error = GitHub's upload record could not be read ({ $message }), so only its license sync status was judged: a manual upload it does not show is not seen.
monitor-not-remembered = Not remembered: { $message } These changes may be told again after a restart.
monitor-no-change = { $count ->
    [one] No change: 1 instance checked, nothing new since the last check.
   *[other] No change: { $count } instances checked, nothing new since the last check.
}
monitor-said-no-change = Check now: no change.
monitor-news = { $count ->
    [one] 1 change, also sent as notifications:
   *[other] { $count } changes, also sent as notifications:
}
# `titles`: the notifications' titles, as the backend words them, joined by "; ".
monitor-said-news = Check now: { $titles }

## The tray's Sync everything (ui/views/monitor/tray-actions.js).

monitor-tray-not-loaded = Sync everything did not start: the License screen did not load. Press Sync everything there when it has.
monitor-tray-busy = Sync everything waits: a sync is being watched. Wait for it, or cancel it on its card.
