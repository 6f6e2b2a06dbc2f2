## A file refused as a license-usage export: what it is, and what to do instead
## (crates/domain/src/usage_file/refusal.rs). $steps is usage-rule-export-steps.

# Where GHES exports the usage: GitHub's own labels (each translated beside it).
usage-rule-export-steps = Enterprise settings → License → Export license usage
usage-rule-empty = This file is empty: it has no content at all.
usage-rule-blank = This file holds only blank space, no license usage.
usage-rule-empty-fix = The export was probably interrupted, or the wrong file was picked. Export the usage again on GHES ({ $steps }) and choose the downloaded .json file.
# $size and $cap: usage-rule-size-*.
usage-rule-too-large = This file is { $size }, more than the { $cap } a license-usage export can be: even 300,000 users fit in about 105 MB.
usage-rule-too-large-fix = Check that you picked the usage export and not an archive, a backup or a support bundle. To get a fresh export, on GHES: { $steps }.
usage-rule-directory = This is a folder, not a file.
usage-rule-directory-fix = Open the folder and choose the license-usage .json file inside it.
# $detail: the system's words.
usage-rule-unreadable = This file could not be read: { $detail }.
usage-rule-unreadable-fix = Check that the file still exists, that it has finished downloading and that your account may read it (permissions, a disconnected drive), then choose it again.
# $endian: big or little.
usage-rule-utf16 = { $endian ->
    [big] This file is UTF-16 text (big-endian), not the UTF-8 that GHES writes: it was probably opened and saved again in an editor.
   *[little] This file is UTF-16 text (little-endian), not the UTF-8 that GHES writes: it was probably opened and saved again in an editor.
}
usage-rule-utf16-fix = Use the file exactly as GHES exported it, without saving it in an editor. If you only have this copy, export the usage again on GHES: { $steps }.
usage-rule-binary = This file is binary data, not a license-usage export (which is JSON text).
usage-rule-binary-fix = Check that you picked the right file. A usage export is a .json file you get on GHES: { $steps }.
usage-rule-not-utf8 = This file is text, but not UTF-8 (the byte at offset { NUMBER($offset, useGrouping: "false") } is not valid UTF-8): it was probably saved again in a legacy encoding such as Latin-1 or Windows-1252.
usage-rule-not-utf8-fix = Use the file exactly as GHES exported it, without converting it. If you only have this copy, export the usage again on GHES: { $steps }.
usage-rule-ghl = This is a GitHub Enterprise Server license file (.ghl), not license usage.
usage-rule-ghl-fix = To install it, use Upload a new license on the License screen. For Add server usage, export the usage on GHES: { $steps }.
usage-rule-ghec-csv = This is the consumed-licenses CSV report from GitHub Enterprise Cloud, not license usage from a server: it cannot be uploaded back to where it came from.
usage-rule-ghec-csv-fix = To review who consumes licenses, open the Consumed licenses screen. For Add server usage, export the usage on GHES: { $steps }.
usage-rule-consumed-json = This is the consumed-licenses list from GitHub Enterprise Cloud's REST API (seat totals and license consumers), not license usage from a server.
usage-rule-consumed-json-fix = The Consumed licenses screen already shows this list. For Add server usage, export the usage on GHES: { $steps }.
usage-rule-sync-status-json = This is the license sync status from GitHub Enterprise Cloud's REST API (server_instances), not license usage from a server.
usage-rule-sync-status-json-fix = The License screen already shows each instance's last sync. For Add server usage, export the usage on GHES: { $steps }.
usage-rule-truncated = This file stops in the middle of its JSON (line { NUMBER($line, useGrouping: "false") }, column { NUMBER($column, useGrouping: "false") }): it was cut short, probably by an interrupted download or copy.
usage-rule-truncated-fix = Export the usage again on GHES ({ $steps }) and wait until the download has finished before choosing the file.
# $detail: the JSON parser's words.
usage-rule-not-json = This file is not valid JSON ({ $detail } at line { NUMBER($line, useGrouping: "false") }, column { NUMBER($column, useGrouping: "false") }), so it is not a license-usage export.
usage-rule-not-json-fix = A usage export must stay exactly as GHES wrote it. If this file was edited, use the original; otherwise export the usage again on GHES: { $steps }.
# $found: usage-rule-value.
usage-rule-not-an-object = This file is JSON, but it holds { $found } instead of an object with the instance's details, so it is not a license-usage export.
usage-rule-not-an-object-fix = Check that you picked the right .json file. The export you need comes from GHES: { $steps }.
usage-rule-other-json = This is a JSON file, but not a license-usage export: it has none of an export's fields (server ID, host name, version, encrypted users).
usage-rule-other-json-fix = Another .json file was probably picked by mistake. Choose the file GHES gives you at { $steps }.
# $problems: usage-rule-problem-* joined by "; ".
usage-rule-missing-metadata = This looks like a license-usage export, but its instance details are incomplete: { $problems }.
usage-rule-missing-metadata-fix = GHES writes the server ID, host name and version (as text) into every export. If this file was assembled or edited by hand, use the original; otherwise export the usage again on GHES: { $steps }.
usage-rule-no-users = This file has the details of { $host } but no encrypted user list (users), so GitHub would have no one to count.
usage-rule-no-users-fix = A complete export always carries the encrypted user list. Export the usage of { $host } again on GHES: { $steps }.
usage-rule-empty-users = The encrypted user list (users) of { $host } in this file is empty.
usage-rule-empty-users-fix = The list was probably removed or lost when the file was edited or copied. Export the usage of { $host } again on GHES: { $steps }.
# $detail: usage-rule-base64-* or usage-rule-users-not-text.
usage-rule-users-not-base64 = The encrypted user list (users) in this file is not the base64 text GHES writes: { $detail }.
usage-rule-users-not-base64-fix = The file was probably damaged or edited after it was exported. Use an untouched copy, or export the usage again on GHES: { $steps }.

## Sizes, in binary units because the cap is a power of two.

usage-rule-size-bytes = { $n ->
    [one] { NUMBER($n, useGrouping: "false") } byte
   *[other] { NUMBER($n, useGrouping: "false") } bytes
}
# Same in every language.
usage-rule-size-kib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } KiB
# Same in every language.
usage-rule-size-mib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } MiB
# Same in every language.
usage-rule-size-gib = { NUMBER($n, maximumFractionDigits: 1, useGrouping: "false") } GiB

## What is wrong with an export's instance details ($problems above).

# $value: usage-rule-value.
usage-rule-problem-instance-not-object = instance is { $value }, not an object
# $field: server-id, host-name or version.
usage-rule-problem-missing = { $field ->
    [server-id] no server ID
    [host-name] no host name
   *[version] no version
}
usage-rule-problem-empty = { $field ->
    [server-id] the server ID is empty
    [host-name] the host name is empty
   *[version] the version is empty
}
usage-rule-problem-not-text = { $field ->
    [server-id] the server ID is { $value }, not text
    [host-name] the host name is { $value }, not text
   *[version] the version is { $value }, not text
}
# What a JSON value is.
usage-rule-value = { $value ->
    [text] text
    [piece-of-text] a piece of text
    [bool] a true/false value
    [number] a number
    [null] null
    [list] a list
   *[object] an object
}

## Why the encrypted user list is not base64 ($detail of usage-rule-users-not-base64).

usage-rule-users-not-text = it is { $value }, not text
usage-rule-base64-not-text = it is not a piece of text
# $at: the position of the character in the list.
usage-rule-base64-padding-early = '=' padding appears before its end (character { NUMBER($at, useGrouping: "false") })
usage-rule-base64-padding-excess = it has more than two '=' padding characters (character { NUMBER($at, useGrouping: "false") })
# $char: usage-rule-char-* or the character in quotes.
usage-rule-base64-bad-character = { $char } at character { NUMBER($at, useGrouping: "false") } is not a base64 character
usage-rule-base64-length = its length ({ NUMBER($chars, useGrouping: "false") } base64 characters) is not a multiple of 4, so part of it is missing
usage-rule-char-escape = the escape { $escape }
# $code: the character's code point in hex.
usage-rule-char-control = the control character U+{ $code }
usage-rule-char-unknown = a character

## What the app points out about an accepted export (crates/domain/src/usage_file/review.rs).

usage-rule-no-instances = No GHES instance is configured in this app, so it cannot check that this export of { $host } comes from one of yours, nor confirm the upload later.
usage-rule-no-instances-fix = Add { $host } under Connections → GHES instances, or go ahead if you only upload by hand.
usage-rule-unknown-instance = This export comes from { $host } (server ID { $server_id }), which is not one of the GHES instances configured in this app.
usage-rule-unknown-instance-fix = Check that you exported from the right server. If { $host } is yours, add it under Connections → GHES instances so its upload can be confirmed.
usage-rule-renamed-instance = This export names its host { $host }, but its server ID { $server_id } belongs to { $known } as configured here: the instance was probably renamed.
usage-rule-renamed-instance-fix = If { $known } is now called { $host }, change its host name under Connections → GHES instances; otherwise check that you exported from the right server.
usage-rule-server-id-mismatch = GitHub knows { $host } with server ID { $expected }, but this export has server ID { $found }: it comes from another appliance with the same name, such as a replica, a staging copy or a rebuilt instance.
usage-rule-server-id-mismatch-fix = Make sure you exported from the instance that serves { $host } today. If it was rebuilt, uploading this export is right and the new ID replaces the old.
# $age: usage-rule-age-*; $days: the same age in whole days (more than 7).
usage-rule-stale = This file was last changed { $age } ({ NUMBER($days, useGrouping: "false") } days): the users in it may no longer match the instance.
usage-rule-stale-fix = Export the usage again on GHES ({ $steps }) so GitHub Enterprise Cloud counts today's users.
usage-rule-version-too-old = This export comes from GHES { $version }. GitHub documents license usage for GHE.com from GHES 3.15 on, so GHE.com may not accept it.
usage-rule-version-too-old-fix = Upgrade the instance to GHES 3.15 or later and export again, or upload and check the result on the License screen.

## Ages in words, coarse on purpose (crates/domain/src/age.rs): a file's age, a sync's.

usage-rule-age-just-now = just now
usage-rule-age-yesterday = yesterday
# $span: usage-rule-span-*.
usage-rule-age-ago = { $span } ago
usage-rule-age-in = in { $span }
usage-rule-span-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
usage-rule-span-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
usage-rule-span-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
usage-rule-span-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
usage-rule-span-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
usage-rule-span-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
