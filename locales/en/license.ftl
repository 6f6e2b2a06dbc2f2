## The License screen (ui/views/license/).

license-github-not-read = GitHub could not be read.
license-github-not-read-fix = Try again.

## The screen's head: its title, Refresh, Sync everything, Add server usage.

license-title = License
license-refresh = Refresh
    .title = Read everything from GitHub again (F5)
license-sync-everything = Sync everything
license-sync-everything-help = Each instance by its best path: GitHub Connect **Sync now** where license sync is on, else Add server usage with the export checked in this session; then one combined confirmation.
license-add-server-usage = Add server usage
# "Updated 2 minutes ago (14:05)"; $ago is format.js's "2 minutes ago".
license-updated = Updated { $ago } ({ $time })
license-updated-announce = { $count ->
    [one] License data updated: { $count } server instance.
   *[other] License data updated: { $count } server instances.
}
license-unreachable-title = GitHub could not be reached
license-unreachable-announce = GitHub could not be reached.
license-load-failed-title = The license data could not be loaded
license-no-data = No data yet.

## The screen as last read, shown while GitHub is asked again or cannot be read.

# "As of Tuesday 14:05"
license-as-of = As of { $when }
license-kept-refreshing = refreshing…
license-kept-failed = GitHub could not be read now: these are the figures last read.

## Sync now, Enable automatic license sync and Sync everything on the cards.

license-sync-now = Sync now
license-enable-sync = Enable automatic license sync
# $when is GitHub Enterprise Cloud's "5 weeks ago", as the backend writes it.
license-sync-due = GitHub Enterprise Cloud last saw this instance’s users { $when }: people may be counted twice until it syncs again.
license-sync-due-long-ago = GitHub Enterprise Cloud last saw this instance’s users long ago: people may be counted twice until it syncs again.
license-sync-due-never = GitHub Enterprise Cloud has no usage of this instance yet: its users may be counted twice.
# { $link } is a link to the Add server usage screen (license-add-server-usage).
license-auto-sync-unconfirmed = Automatic sync: not confirmed. Enable it, or upload an export by hand with { $link }.
license-sync-busy = A sync of this instance is being watched.
license-sync-everything-busy = A sync is being watched: wait for it, or cancel it on its card.
license-one-click-chip = Syncing
license-one-click-running = Every instance by its best path; each card below shows its own progress.
license-one-click-failed = Sync everything could not start
license-one-click-failed-announce = Sync everything could not start.
# $summary is the backend's sentence ("1 of 2 instances confirmed; …").
license-one-click-announce = Sync everything: { $summary }

## One instance's line in Sync everything's combined result.

license-outcome-skipped = Skipped
license-outcome-not-started = Not started
license-outcome-confirmed = Confirmed
license-outcome-failed = Failed
license-outcome-not-confirmed = Not confirmed yet
license-outcome-not-confirmed-text = GitHub did not show it in time: Keep watching is on the instance’s card.
license-outcome-stopped = Stopped
license-outcome-stopped-text = You stopped watching.
license-outcome-unfinished = Unfinished

## GitHub Enterprise Cloud: the enterprise's seats, license sync, and the instances GitHub knows.

# Same in every language.
license-cloud-title = GitHub Enterprise Cloud
license-servers-title = GitHub Enterprise Server instances
license-no-servers = No GHES instance is configured. Add one in Connections.
license-enterprise-failed = The enterprise could not be read
license-enterprise-title = Enterprise { $enterprise }
license-instances-title = License sync of server instances
license-known-servers-title = Server instances GitHub knows
license-known-servers-partial = GitHub answered only in part: this list may be incomplete. Refresh to read it again. Left out:
license-licensing-page = Licensing page (**Add server usage**)
license-known-servers-failed = GitHub’s list of server instances and their uploads could not be read
license-known-servers-failed-note = The seats, licenses and license sync above are read separately and are not affected.
license-known-servers-none = GitHub lists no server instance for this enterprise yet.
license-col-host = Host
license-col-auto-sync = Automatic license sync
license-col-newest-upload = Newest upload
license-col-in-connections = In Connections
license-col-last-sync = Last sync
license-col-status = Status
license-no-host-name = (no host name)
license-connected-unknown = unknown
license-uploads-not-given = not given by GitHub
license-uploads-none-yet = none yet
license-add-to-connections = Add to Connections
    .aria-label = Add { $host } to Connections
license-mode-on = on (GitHub Connect)
license-mode-off = off: uploads by hand
license-upload-state-processing = Processing
license-upload-state-processed = Processed
license-upload-state-failed = Failed
license-no-file-name = (no file name)
# A page's address follows, then where it is in GitHub's menus (GitHub's words).
license-page-moved = (if the page moved: { $menu })
license-seats-failed = Seats could not be read
license-figure-consumed = Consumed
license-figure-purchased = Purchased
license-figure-over-by = Over by
license-figure-available = Available
license-instances-failed = License sync status could not be read
license-instances-none = GitHub lists no server instance for this enterprise yet: no usage was ever synced or uploaded.
license-not-configured-here = not configured here
license-never = never

## A GHES instance's card.

# Same in every language.
license-ghes-version = GHES { $version }
license-sync-title = License sync
license-sync-mode = { $connected ->
    [on] Automatic license sync: on (GitHub Connect)
   *[off] Automatic license sync: off: uploads by hand
}
license-sync-mode-unknown = Automatic license sync: not known yet (GitHub has not listed this instance).
# After "Automatic license sync: on (GitHub Connect)"; $ago is "72 hours ago".
license-sync-mode-age = — last known, read { $ago }: GitHub could not be read now
license-uploads-none = No usage upload yet.
license-uploads-title = Last uploads
license-license-page = License page
license-connect-page = GitHub Connect page
license-license-failed = The license could not be read
license-figure-seats = Seats
license-figure-used = Used
license-fact-license = License
license-fact-expires = Expires
license-server-sync-failed = The sync status could not be read from GitHub Enterprise Cloud
license-sync-missing = GitHub Enterprise Cloud lists no sync from this host name yet.
license-github-says = GitHub says
license-chip-synced = Synced
# $days is a number, or "?" when GitHub gave no date.
license-chip-stale = { $days ->
    [one] Stale · { $days } day
   *[other] Stale · { $days } days
}
license-chip-failed = Failed
# $status is GitHub's word for the sync's state.
license-chip-failed-status = Failed ({ $status })
license-chip-never-synced = Never synced
license-chip-unknown-date = Unknown date
license-expiry-soon = Renew soon
license-expiry-expired = Expired
license-expiry-unknown = Unknown
# The bar under the figures: "94% of seats consumed".
license-meter-consumed = { $pct }% of seats consumed
    .aria-label = { $part } of { $whole } seats consumed
license-meter-used = { $pct }% of seats used
    .aria-label = { $part } of { $whole } seats used

## The seat chart: who consumes the enterprise's seats (seat-chart.js).

license-chart-title = Who consumes the seats
license-chart-load = Load the breakdown
license-chart-not-loaded = The split into cloud only, server only, both and Visual Studio comes from the enterprise’s full consumed-licenses list, which is not loaded yet. Loading it reads every page from GitHub (about 1 page per 100 people) and shows its progress.
license-segment-cloud-only = Cloud only
license-segment-server-only = Server only
license-segment-both = Both (matched)
# Same in every language.
license-segment-visual-studio = Visual Studio
license-segment-other = Unknown
# $purchased is a number, or "—" when not known.
license-chart-caption = { $consumed } of { $purchased } purchased seats consumed
license-chart-available = { $available } available
license-chart-over = over by { $over }
# $ago is "3 minutes ago".
license-chart-source = { $rows ->
    [one] Split from the consumed-licenses list of { $rows } person fetched { $ago }.
   *[other] Split from the consumed-licenses list of { $rows } people fetched { $ago }.
}
license-chart-source-multiple = { $rows ->
    [one] Split from the consumed-licenses list of { $rows } person fetched { $ago }; { $multiple } of them have more than one account.
   *[other] Split from the consumed-licenses list of { $rows } people fetched { $ago }; { $multiple } of them have more than one account.
}
license-chart-see-list = See the list
license-chart-duplicates = Duplicates
# The chart in words, for screen readers; $parts lists "cloud only 700 (53%), …".
license-chart-description = Seat chart: { $consumed } of { $purchased } purchased seats consumed. Consumed by: { $parts }.
license-chart-description-no-purchased = Seat chart: { $consumed } seats consumed. Consumed by: { $parts }.

## A server card's Quick links (license-quick-links.js).

license-quick-links-title = Quick links
license-quick-upload = Upload a new license
license-quick-file-dialog-failed = The file dialog could not be opened
