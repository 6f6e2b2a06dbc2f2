## Consumed licenses: the screen (ui/views/consumed/consumed-view.js).

consumed-title = Consumed licenses
consumed-not-loaded-title = The list is not loaded yet
consumed-not-loaded-text = Loading reads every page of the enterprise’s consumed licenses from GitHub: 100 people a page, so about 3,000 pages for 300,000 people. GitHub’s rate limit can make it pause; the progress shows when, and for how long.
consumed-not-loaded-note = Once loaded, searching, filtering, sorting and exporting happen here without asking GitHub again.
consumed-search-label = Search
consumed-search-placeholder = Login, name, email or GHES user
# The filter chips' group (read by screen readers).
consumed-filter-legend = Show
consumed-filter-all = All
# Same in every language.
consumed-filter-visual-studio = Visual Studio
consumed-filter-multiple-accounts = More than one account
# Export CSV, Export JSON.
consumed-export = Export { $format }
consumed-export-failed = The export could not be saved
consumed-table-label = License consumers
consumed-query-failed = The list could not be read
consumed-query-failed-spoken = The list could not be read.

## What kind of consumer a row is: the filter chips, the Kind column, Duplicates' entries.

consumed-kind-cloud-only = Cloud only
consumed-kind-server-only = Server only
consumed-kind-both = Both
consumed-kind-unknown = Unknown
# The chip of a Visual Studio subscriber's row.
# Same in every language.
consumed-visual-studio-chip = VS
consumed-visual-studio-subscriber = Visual Studio subscriber

## The table's columns.

consumed-column-login = Login
consumed-column-name = Name
consumed-column-kind = Kind
consumed-column-emails = Emails
consumed-column-server-ids = GHES users
consumed-column-accounts = Accounts
consumed-column-license-type = License type

## The count above the table, and what is said when it changes.

consumed-counting = Counting…
# "1,200 of 300,000": the rows shown of the whole list.
consumed-count = { $shown } of { $total }
consumed-spoken-count = { $shown ->
    [one] { $shown } license consumer.
   *[other] { $shown } license consumers.
}
consumed-spoken-count-of = { $shown } of { $total } license consumers.
consumed-spoken-count-match = { $shown ->
    [one] { $shown } license consumer matches.
   *[other] { $shown } license consumers match.
}
consumed-spoken-count-of-match = { $shown } of { $total } license consumers match.
consumed-empty-search = No consumer matches “{ $search }”.
consumed-empty-search-filtered = No consumer matches “{ $search }” in this filter.
consumed-empty-filtered = No consumer in this filter.

## The Load / Refresh control and its progress (ui/views/consumed/load-panel.js), shown on
## Consumed licenses, Duplicates and the License screen's seat chart.

consumed-load = Load consumed licenses
consumed-refresh = Refresh
consumed-refresh-hint = Read every page of consumed licenses from GitHub again
consumed-cancel = Cancel
# The Cancel button while the load waits for GitHub's rate limit.
consumed-stop = Stop
consumed-progress-label = Pages of consumed licenses fetched
# { $at } is the date and time, shown as a <time> element.
consumed-kept-note = As of { $at } (kept) · Refresh to read GitHub now
# "Fetched 3 minutes ago (09:15)".
consumed-fetched-ago = Fetched { $ago } ({ $time })
consumed-fetched-on = Fetched on { $date }
consumed-progress-starting = Asking GitHub for the first page…
consumed-progress-page-of = Page { $done } of { $total } · { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
consumed-progress-page = Page { $done } · { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
consumed-progress-spoken = Fetching consumed licenses: { $progress }.
# { $duration } is consumed-duration-*: "42 s", "3 min 5 s".
consumed-progress-waiting = GitHub’s rate limit is used up: waiting { $duration } (until { $time }, when it resets), then the fetch goes on by itself. Stop ends the load.
consumed-progress-waiting-no-time = GitHub’s rate limit is used up: waiting { $duration }, then the fetch goes on by itself. Stop ends the load.
consumed-progress-waiting-spoken = GitHub’s rate limit is used up: waiting { $duration }.
# { $reason } is the backend's own words ("GitHub answered 502 Bad Gateway").
consumed-progress-retrying = GitHub did not answer properly ({ $reason }): trying again in { $duration }, attempt { $attempt }.
consumed-progress-retrying-spoken = Retrying, attempt { $attempt }: { $reason }.
consumed-progress-done = All pages fetched · { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
# Same in every language.
consumed-duration-seconds = { $seconds } s
# Same in every language.
consumed-duration-minutes = { $minutes } min
# Same in every language.
consumed-duration-minutes-seconds = { $minutes } min { $seconds } s
consumed-loading-spoken = Loading consumed licenses from GitHub.
consumed-loaded-spoken = { $rows ->
    [one] Loaded { $rows } license consumer.
   *[other] Loaded { $rows } license consumers.
}
consumed-cancelled-kept = Cancelled. The list below is still the one fetched before.
consumed-cancelled-nothing = Cancelled. Nothing was loaded.
consumed-cancelled-spoken = Loading consumed licenses was cancelled.
consumed-load-failed = The consumed licenses could not be loaded
consumed-load-failed-spoken = The consumed licenses could not be loaded.

## What a load cost, and what the next one will cost of the token's hourly budget.

consumed-cost-loaded = Loaded: { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} (cost { $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
})
# A refresh's unchanged pages (HTTP 304) cost nothing.
consumed-cost-refreshed = Refreshed: { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $unchanged } unchanged (cost { $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
})
consumed-budget-left = { $remaining } of { $limit } requests left this hour.
consumed-budget-left-resets = { $remaining } of { $limit } requests left this hour; resets at { $time }.
consumed-budget-token = Your token has { $remaining } of { $limit } requests left this hour. A load costs one request per 100 consumers.
consumed-budget-token-resets = Your token has { $remaining } of { $limit } requests left this hour; resets at { $time }. A load costs one request per 100 consumers.
consumed-estimate-load = A load costs about { $requests } of your { $remaining } remaining requests.
consumed-estimate-load-resets = A load costs about { $requests } of your { $remaining } remaining requests; resets at { $time }.
consumed-estimate-refresh = A refresh costs about { $requests } of your { $remaining } remaining requests.
consumed-estimate-refresh-resets = A refresh costs about { $requests } of your { $remaining } remaining requests; resets at { $time }.
consumed-estimate-pause = That is more than is left: the load will pause until the limit resets.
consumed-estimate-reserve = It cuts into the { $percent }% reserve ({ $reserve } requests).

## The reserve of the token's rate limit kept for other tools: the setting and the question.

consumed-reserve = Reserve
# { $input } is the number field.
consumed-reserve-keep = Keep { $input } % of the hourly limit for other tools
consumed-reserve-help = A load that would leave less asks first. Other scripts and tools that use the same token share its budget.
consumed-reserve-invalid = Enter a whole number from 0 to 100.
consumed-reserve-saved = Saved: { $percent }% kept in reserve.
consumed-reserve-not-saved = The reserve could not be saved.
consumed-reserve-ask-title = Use the reserve of the token’s rate limit?
consumed-reserve-ask-cost = This load costs about { $requests } requests.
consumed-reserve-ask-left = Your token has { $remaining } requests left, and the load would leave less than the { $percent }% ({ $reserve } requests) kept for other tools and scripts that use the same token.
consumed-reserve-ask-left-resets = Your token has { $remaining } requests left; resets at { $time }, and the load would leave less than the { $percent }% ({ $reserve } requests) kept for other tools and scripts that use the same token.
consumed-reserve-ask-little = Your token has little left, and the load would leave less than the { $percent }% ({ $reserve } requests) kept for other tools and scripts that use the same token.
consumed-reserve-ask-pause = GitHub’s limit cannot pay for all of it, so the load will pause until the limit resets (you can stop it then).
consumed-reserve-ask-cancel = Not now
consumed-reserve-ask-confirm = Load anyway
consumed-reserve-declined-spoken = Not loaded: the reserve stays for other tools.

## Changes since… (ui/views/consumed/changes-since.js): who changed since an earlier load.

consumed-changes-since-region = Changes since an earlier load
consumed-changes-since-label = Changes since…
consumed-changes-since-show = Show who changed
# An earlier load in the list: "Mar 3, 2026, 09:15 · 1,321 people".
consumed-changes-since-option = { $date } · { $people ->
    [one] { $people } person
   *[other] { $people } people
}
consumed-changes-since-newest = to the newest load, { $date } ({ $people ->
    [one] { $people } person
   *[other] { $people } people
})
