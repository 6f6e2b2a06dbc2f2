## The History screen (ui/views/history/): its head, the range, where the history is kept.

history-title = History
history-range = Range
history-range-all = All
history-range-weeks = { $weeks ->
    [one] Last week
   *[other] Last { $weeks } weeks
}
history-refresh = Refresh
history-reading = Reading the history…
history-lead = Every consumed-licenses load and every License reading this app kept: seats over time, each instance’s syncs, and who changed between two loads.
history-announce-empty = History: nothing kept yet.
history-announce = History: { $loads ->
    [one] { $loads } load
   *[other] { $loads } loads
} and { $readings ->
    [one] { $readings } License reading
   *[other] { $readings } License readings
}.
history-read-failed = The history could not be read
history-read-failed-announce = The history could not be read.
history-cannot-use = The history cannot be used
# $place: the history file's path (shown as code), or history-where-memory.
history-where-kept = kept in { $place }
history-where-kept-enterprise = Enterprise { $enterprise } · kept in { $place }
history-where-none = nothing is kept now
history-where-none-enterprise = Enterprise { $enterprise } · nothing is kept now
history-where-memory = memory (demo): it lasts until the app closes
history-empty-title = Nothing kept yet
history-empty-range-title = { $weeks ->
    [one] Nothing kept in the last week
   *[other] Nothing kept in the last { $weeks } weeks
}
# $consumed and $license: links to those screens (their names from the navigation); $place as in history-where-kept.
history-empty-text = Each Load on { $consumed } and each { $license } refresh is kept here, in { $place }.
history-empty-choose-all = Choose All to see everything kept.
history-seats-title = Seats over time
history-seats-none = No consumed-licenses load kept in this range: each Load on Consumed licenses keeps one.
history-sync-title = License sync of each instance
history-sync-note = Each License reading keeps the last sync GitHub lists per instance, so a sync replaced by another before the next reading is not seen; a gap is “up to” its length where no reading shows it whole.
history-sync-none = No License reading kept in this range: each License refresh keeps one.
history-loads-title = Loads
history-no-load-to-compare = No load to compare yet.

## How long each load's people are kept (the retention setting).

history-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
history-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
history-detail-days = Each load’s people are kept { $days ->
    [one] { $days } day
   *[other] { $days } days
} to compare; its figures are kept for good.
history-keep-label = Keep each load’s people for
history-saving = Saving…
# $period: history-days or history-years.
history-keep-saved = Saved: each load’s people are kept { $period } to compare.
history-keep-not-saved = Not saved: the people are still kept { $period }
history-keep-not-saved-before = Not saved: the people are still kept as before

## The charts (chart-parts.js, seats-over-time.js, sync-timeline.js) and their tables.

history-show-table = Show as table
history-show-chart = Show as chart
history-seats-as-table = Show seats over time as a table
history-seats-as-chart = Show seats over time as a chart
history-syncs-as-table = Show the syncs as a table
history-syncs-as-chart = Show the syncs as a chart
history-split-cloud-only = Cloud only
history-split-server-only = Server only
history-split-both = Both (matched)
# Same in every language.
history-split-visual-studio = Visual Studio
history-split-unknown = Unknown
history-axis-seats = Seats
history-axis-load = Consumed-licenses load
history-seats-purchased = Seats purchased
# A bar's part: "Mar 3, 2026, 09:15: cloud only 315". $part: cloud_only, server_only, both, visual_studio or unknown.
history-seats-segment-title = { $date }: { $part ->
    [cloud_only] cloud only
    [server_only] server only
    [both] both (matched)
    [visual_studio] visual studio
   *[unknown] unknown
} { $count }
history-seats-purchased-title = { $date }: { $count } seats purchased
history-seats-caption = Seats over time, one row per consumed-licenses load, oldest first
history-col-load = Load
history-col-people = People
history-col-seats-consumed = Seats consumed
# The seats chart in a sentence: $from and $to are dates, $first and $last the people of the first and last load.
history-seats-describe-one = Seats over time: one load, { $to }, { $last } people. The table has the split.
history-seats-describe-one-purchased = Seats over time: one load, { $to }, { $last } people of { $purchased } purchased. The table has the split.
history-seats-describe = Seats over time: { $loads } loads from { $from } ({ $first } people) to { $to } ({ $last } people). The table has every figure.
history-seats-describe-purchased = Seats over time: { $loads } loads from { $from } ({ $first } people) to { $to } ({ $last } people of { $purchased } purchased). The table has every figure.
history-syncs-none = The License readings kept list no server instance in GitHub’s license sync status.
history-no-sync-listed = no sync listed
history-axis-last-sync = Last sync GitHub listed, by date
history-legend-sync-ok = Sync succeeded
history-legend-sync-failed = Sync failed
history-legend-gap = No sync for more than { $days } days
# $days: a number of days, to a tenth under 10.
history-gap-open = { $days ->
    [one] { $days } day since the last sync
   *[other] { $days } days since the last sync
}
history-gap-certain = { $days ->
    [one] { $days } day without a sync
   *[other] { $days } days without a sync
}
history-gap-uncertain = { $days ->
    [one] up to { $days } day without a sync
   *[other] up to { $days } days without a sync
}
# Same in every language.
history-sync-gap-title = { $host }: { $gap }
# "github.example.com: Mar 3, 2026, 09:15, succeeded".
history-sync-mark-title = { $host }: { $date }, { $status }
history-sync-status-ok = succeeded
history-sync-status-none = no status given
history-sync-status-failed = failed
# $status: GitHub's word for the sync's state.
history-sync-status-failed-as = failed ({ $status })
# $error: GitHub's words.
# Same in every language.
history-sync-status-error = { $status }: { $error }
# The sync chart in a sentence: "License syncs per instance. host: 6 syncs; other: 3 syncs, 1 failed, 3 gaps over 7 days. The table…"
history-syncs-describe = License syncs per instance. { $lanes }. The table has every sync.
history-syncs-describe-lane = { $host }: { $syncs ->
    [one] { $syncs } sync
   *[other] { $syncs } syncs
}{ $failed ->
    [0] {""}
   *[other] , { $failed } failed
}{ $gaps ->
    [0] {""}
    [one] , { $gaps } gap over { $days } days
   *[other] , { $gaps } gaps over { $days } days
}
history-sync-caption = License syncs per instance, oldest first; gaps over { $days } days marked
history-col-instance = Instance
history-col-sync = Sync
history-col-status = Status
history-col-since-before = Since the sync before
history-sync-failed = Failed
history-sync-succeeded = Succeeded
history-gap-over = Gap over { $days } days
history-gap-up-to = Gap of up to { $days } days
history-none-since = none since
history-as-of-reading = (as of the reading of { $date })

## Who changed between two loads (who-changed.js, also on Consumed licenses), and the loads (loads-list.js).

history-who-changed = Who changed
# $from and $to: the two loads' dates and times.
history-who-changed-between = Who changed from { $from } to { $to }
history-comparing = Comparing the two loads…
history-compare-failed = The two loads could not be compared
history-compare-failed-announce = The two loads could not be compared.
history-who-changed-announce = Who changed: { $added } added, { $removed } removed, { $changed } changed.
history-change-counts = { $added } added, { $removed } removed, { $changed } changed
history-count-added = +{ $count } added
history-count-removed = −{ $count } removed
history-count-changed = ~{ $count } changed
history-changes-partial = Listing the first { $listed } of { $total } people; the counts above are whole.
history-changes-none = Nobody was added, removed or changed between these two loads.
history-group-added = Added
history-group-removed = Removed
history-group-changed = Changed
history-group-none-listed = (none listed)
history-group-some-listed = ({ $count } listed)
history-close-changes = Close
    .aria-label = Close the list of who changed
# $ids: the person's accounts on the servers.
# Same in every language.
history-person-ghes = GHES: { $ids }
history-person-no-login = (no login)
history-person-diff = What changed for { $who }
# Read by screen readers between a field's value before and after.
history-changed-to = changed to
history-yes = yes
history-no = no
history-compare-selected = Who changed between the two selected
history-selected = Selected: { $first } and { $second }.
history-select-one-more = Select one more load to compare.
history-select-two = Select two loads to compare, or choose “vs. the one before” on a load.
history-load-unselected = The load of { $date } is no longer selected.
history-select-load = Select the load of { $date } to compare
history-vs-before = vs. the one before
history-vs-before-label = Who changed in the load of { $date } against the one before
history-vs-before-label-out = Who changed in the load of { $date } against the one before, which this range leaves out
history-vs-before-gone = The people of one of these loads are no longer kept.
history-seats-of = { $consumed } of { $purchased }
history-first-load = the first load kept
history-first-kept = first kept
history-detail-gone = people no longer kept
history-loads-caption = Consumed-licenses loads kept, newest first
history-col-select = Select
history-col-changes = Changes
history-col-compare = Compare
