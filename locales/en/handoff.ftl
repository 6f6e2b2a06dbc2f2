## Hand-offs: the steps on GitHub's own pages (crates/services/src/sync/). GitHub's pages
## are English: every label of theirs keeps its English name; the other languages put the
## translation beside it in parentheses (locales/glossary.md).

# $how: browser, app_window
handoff-open-in = { $how ->
    [app_window] an app window
   *[browser] the browser
}
# The app's flows, by name. $kind: add_server_usage, sync_now, enable_license_sync
handoff-flow = { $kind ->
    [add_server_usage] Add server usage
    [enable_license_sync] Enable license sync
   *[sync_now] Sync now
}

## Where GitHub's pages are in its menus.

handoff-ghec-license-menu = Your enterprises → { $enterprise } → Billing and licensing → Licensing
handoff-ghes-license-menu = Enterprise settings → Settings → License
handoff-ghes-connect-menu = Enterprise settings → GitHub Connect
handoff-if-moved = if the page moved: { $menu }
handoff-menu-note = The page is { $url } (if the page moved: { $menu }).

## What to do on the page.

handoff-upload-step = On the page, next to "Enterprise Server instances", choose "Add server usage" and upload { $path } (its path is on the clipboard).
handoff-sync-now-step = On the License page, under License sync, choose "Sync now".
handoff-connect-not-known = GitHub Connect license sync is not known to be on for { $host }: this opens its License page. If it shows no "Sync now", enable license sync first (Enable automatic license sync), or use Add server usage.
handoff-enable-step = Under GitHub Connect, enable "Server can sync user license count and usage" (License sync). Automatic sync stays "not confirmed" until GitHub shows the instance's first sync.
handoff-upload-failed-fix = Export the license usage again on the instance (Site admin → Enterprise settings → License → Export license usage), check the file here, and upload the new file on Add server usage. If GitHub refuses it again, check the instance's license and status: the file may belong to another instance, or the license may have changed.

## A step of the hand-off that did not work (the address is always given to open by hand).

handoff-not-a-web-address = { $url } is not a web address, so it was not opened.
handoff-page-not-opened = { $how ->
    [app_window] The page could not be opened in an app window ({ $detail }): open { $url } yourself.
   *[browser] The page could not be opened in the browser ({ $detail }): open { $url } yourself.
}
handoff-file-not-shown = The file could not be shown in the file manager ({ $detail }): it is { $path }.
handoff-path-not-copied = The file's path could not be put on the clipboard ({ $detail }).
handoff-no-desktop = this app has no desktop to open it on

## The confirmation watch: reading GitHub back (sync/confirm_watch.rs, sync/upload_record.rs).

handoff-upload-no-name = (no name)
handoff-record-off = GitHub's upload record could not be read ({ $reason }): confirming by license-sync-status only.
handoff-record-incomplete = GitHub's upload record of { $name } was incomplete: nothing is confirmed on it unless license-sync-status also shows the sync.
handoff-record-incomplete-missing = GitHub's upload record of { $name } was incomplete ({ $missing }): nothing is confirmed on it unless license-sync-status also shows the sync.
handoff-record-failed-this-time = GitHub's upload record could not be read this time ({ $reason }): it is read again at the next check; license-sync-status is read as well.
handoff-processing = GitHub is processing the upload { $upload }.
handoff-processed-record-incomplete = GitHub shows the upload { $upload } processed, but its upload record was incomplete: waiting for license-sync-status to show the sync too.
# "FAILURE" is GitHub's own state of the upload.
handoff-upload-failed = GitHub could not process the upload { $upload } of { $name }.
handoff-upload-failed-at = GitHub could not process the upload { $upload } of { $name } (FAILURE at { $at }).
handoff-upload-failed-says = GitHub could not process the upload { $upload } of { $name }: { $github }
handoff-upload-failed-at-says = GitHub could not process the upload { $upload } of { $name } (FAILURE at { $at }): { $github }
handoff-sync-failed = GitHub shows a sync of { $name } at { $at }, and it failed: { $github }
handoff-sync-failed-no-reason = GitHub shows a sync of { $name } at { $at }, and it failed: no reason given
handoff-second-also = license-sync-status also shows the sync at { $at }
handoff-second-not-yet = license-sync-status does not show it yet
handoff-processed = GitHub processed the upload { $upload } of { $name } at { $at } ({ $second })
handoff-processed-and-synced = GitHub processed the upload { $upload } of { $name }, and shows the sync at { $at }
handoff-synced = GitHub shows the sync of { $name } at { $at }
handoff-record-incomplete-confirmed = GitHub's upload record of { $name } was incomplete: confirmed because license-sync-status also shows the sync.
handoff-record-no-new-upload = GitHub's upload record shows no new upload of { $name }: confirmed by license-sync-status.
# "GitHub shows the sync of … at …: consumed 512 → 498, 14 people now counted once."
handoff-confirmed-summary = { $what }: { $consumed }.
handoff-confirmed-summary-note = { $what }: { $consumed }. { $note }
handoff-consumed-fewer = { $n ->
    [one] consumed { $before } → { $after }, 1 person now counted once
   *[other] consumed { $before } → { $after }, { $n } people now counted once
}
handoff-consumed-more = { $n ->
    [one] consumed { $before } → { $after }, 1 more seat counted
   *[other] consumed { $before } → { $after }, { $n } more seats counted
}
handoff-consumed-unchanged = consumed licenses unchanged at { $after }
handoff-consumed-now = { $after ->
    [one] 1 license consumed now
   *[other] { $after } licenses consumed now
}
handoff-consumed-unread = the consumed licenses could not be read

## One-click sync (sync/one_click.rs).

handoff-one-click-export-first = export license usage first: GitHub Connect license sync is not known to be on for { $host }, and no usage export of it was checked in this session (or use Sync now if its License page has it).
handoff-one-click-export-first-short = export license usage first
handoff-one-click-confirmed = { $total ->
    [one] { $confirmed } of 1 instance confirmed
   *[other] { $confirmed } of { $total } instances confirmed
}
# One instance's outcome. $state: confirmed, failed, timed_out, cancelled, refused, unfinished
handoff-outcome = { $state ->
    [confirmed] confirmed. { $text }
    [failed] failed. { $text }
    [timed_out] not confirmed in time
    [cancelled] cancelled
    [refused] refused: { $text }
   *[unfinished] unfinished
}
