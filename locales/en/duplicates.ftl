## Duplicates: the screen (ui/views/duplicates/duplicates-view.js). The findings' summaries,
## evidence, fixes and group titles come from the backend in the language in use.

duplicates-title = Duplicates
duplicates-lead = People GitHub likely counts twice: an account on GitHub Enterprise Server and one on GitHub Enterprise Cloud that it did not match. GitHub matches a GHES account by its primary email against the verified emails (or SAML identity) of cloud accounts, when license usage is synced.
duplicates-analysing = Looking for duplicates…
duplicates-failed = The duplicates could not be worked out
duplicates-not-loaded-title = Consumed licenses are not loaded yet
# { $link } is a link to the Consumed licenses screen, whose words are duplicates-not-loaded-link.
duplicates-not-loaded-text = The duplicates are worked out from the enterprise’s consumed-licenses list. Load it with the button above (it shows its progress and can be cancelled), or look at it first in { $link }.
duplicates-not-loaded-link = Consumed licenses
duplicates-none-title = No likely duplicates
duplicates-none-text = { $consumers ->
    [one] No likely duplicates: the { $consumers } license consumer GitHub lists either has one account, or its GHES and cloud accounts are already matched.
   *[other] No likely duplicates: each of the { $consumers } license consumers GitHub lists either has one account, or its GHES and cloud accounts are already matched.
}
duplicates-none-spoken = No likely duplicates.
duplicates-found-spoken = { $seats ->
    [one] { $seats } seat could be freed
   *[other] { $seats } seats could be freed
}: { $findings ->
    [one] { $findings } finding.
   *[other] { $findings } findings.
}

## The headline: the seats a fix of every finding would free.

# { $figure } is the number of seats, shown large.
duplicates-headline = { $seats ->
    [one] { $figure } seat could be freed
   *[other] { $figure } seats could be freed
}
duplicates-seats-high = { $seats } with high confidence
duplicates-seats-medium = { $seats } with medium confidence
duplicates-seats-low = { $seats } with low confidence
duplicates-findings-among = { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
} among { $consumers } license consumers.

## What the analysis knew: verified domains, SAML, server accounts.

duplicates-verified-domains = Verified domains
# "acme.example, corp.acme.example (inferred from the verified emails in the list)"
duplicates-verified-domains-value = { $domains } ({ $source ->
    [given] as configured
    [inferred] inferred from the verified emails in the list
   *[unknown] unknown
})
duplicates-verified-domains-none = none known
# Same in every language.
duplicates-saml = SAML
duplicates-saml-in-use = in use
duplicates-saml-in-use-inferred = in use (inferred from SAML NameIDs in the list)
duplicates-saml-not-in-use = not in use
duplicates-off-domain = Domains worth verifying
duplicates-off-domain-entry = { $domain } ({ $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
})
duplicates-server-accounts = Server accounts
duplicates-server-accounts-not-loaded = not loaded: GHES entries are named by ID
duplicates-server-accounts-named = { $named } of { $entries } server-only entries named
# { $notes } are GitHub's notes on what it did not give.
duplicates-server-accounts-named-partial = { $named } of { $entries } server-only entries named; GitHub gave only part of the accounts ({ $notes })
duplicates-counted-once = Already counted once
duplicates-counted-once-value = { $people ->
    [one] { $people } person with { $accounts } accounts, one seat
   *[other] { $people } people with { $accounts } accounts between them, one seat each
}

## The confidence filter, the export, the groups.

duplicates-confidence-legend = Confidence
duplicates-filter-high = High
duplicates-filter-medium = Medium
duplicates-filter-low = Low
# Export CSV, Export JSON.
duplicates-export = Export { $format }
duplicates-export-failed = The export could not be saved
duplicates-filtered = Showing { $shown } of { $findings } findings, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
} to free.
duplicates-filtered-none = No finding has the chosen confidence.
duplicates-group-count = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
duplicates-group-count-of = { $shown } of { $count } findings
duplicates-group-seats = { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}
# A group whose findings free no seat: they only inform.
duplicates-group-information = information
duplicates-show-more = Show { $more } more ({ $hidden } not shown)
duplicates-findings-failed = These findings could not be shown

## One finding: how sure, the seats it frees, why, the entries, the fix.

duplicates-confidence-high = High confidence
duplicates-confidence-medium = Medium confidence
duplicates-confidence-low = Low confidence
duplicates-finding-frees = { $seats ->
    [one] frees { $seats } seat
   *[other] frees { $seats } seats
}
duplicates-finding-frees-none = frees no seat: information
duplicates-why = Why
duplicates-entries = Entries
duplicates-fix = Fix:
duplicates-no-cloud-account = no cloud account
# The GHES user IDs of an entry: "GHES github.acme.example:ada.smith".
duplicates-entry-server-ids = GHES { $ids }
duplicates-entry-show = Show
duplicates-entry-show-label = Show { $who } in Consumed licenses
duplicates-no-login = no login
duplicates-primary-email = primary email
duplicates-primary-email-none = none
duplicates-primary-email-unknown = not known (GitHub gave only part of the emails)
duplicates-site-admin = site admin

## Load server accounts (ui/views/duplicates/accounts-panel.js).

duplicates-accounts-intro = GitHub’s license data names a GHES account only by its ID. Load server accounts to name them by login, profile name and primary email, the address GitHub compares with cloud accounts (read from GitHub’s Enterprise Server installations, with the same token).
duplicates-accounts-load = Load server accounts
duplicates-accounts-reload = Reload server accounts
duplicates-accounts-cancel = Cancel
duplicates-accounts-progress-label = Enterprise Server instances whose accounts were read
duplicates-accounts-asking = Asking GitHub for the Enterprise Server instances it knows…
duplicates-accounts-reading = { $done } of { $total ->
    [one] { $total } instance
   *[other] { $total } instances
} done · { $accounts } accounts
duplicates-accounts-reading-of = { $done } of { $total ->
    [one] { $total } instance
   *[other] { $total } instances
} done · { $accounts } of { $expected } accounts
duplicates-accounts-reading-spoken = Loading server accounts: { $progress }.
duplicates-accounts-waiting = GitHub’s rate limit is used up: waiting { $seconds } s (until { $time }), then the load goes on by itself.
# { $reason } is the backend's own words ("GitHub answered 502 Bad Gateway").
duplicates-accounts-retrying = GitHub did not answer properly ({ $reason }): trying again in { $seconds } s, attempt { $attempt }.
duplicates-accounts-done = All instances read · { $accounts } accounts
duplicates-accounts-loading-spoken = Loading server accounts from GitHub.
duplicates-accounts-loaded-spoken = Loaded { $accounts } server accounts of { $instances ->
    [one] { $instances } instance.
   *[other] { $instances } instances.
}
duplicates-accounts-loaded-partial-spoken = Loaded { $accounts } server accounts of { $instances ->
    [one] { $instances } instance
   *[other] { $instances } instances
}, not all of them.
duplicates-accounts-cancelled-spoken = Loading server accounts was cancelled.
duplicates-accounts-failed = The server accounts could not be loaded
duplicates-accounts-failed-spoken = The server accounts could not be loaded.
duplicates-accounts-cancelled-kept = Cancelled. The accounts loaded before are still used.
duplicates-accounts-cancelled-nothing = Cancelled. No accounts were loaded; entries are named by ID.
# { $hosts } are the instances' host names; { $ago } is "3 minutes ago".
duplicates-accounts-loaded = { $accounts } server accounts of { $instances ->
    [one] { $instances } instance
   *[other] { $instances } instances
} loaded { $ago } ({ $time }): { $hosts }.
duplicates-accounts-loaded-no-hosts = { $accounts } server accounts of { $instances ->
    [one] { $instances } instance
   *[other] { $instances } instances
} loaded { $ago } ({ $time }).
duplicates-accounts-incomplete-title = GitHub gave only part of the accounts.
duplicates-accounts-incomplete-text = Entries it did not give are named by ID, and a primary email that was not read is said to be unknown, never taken as absent:

## Fixed since… (ui/views/duplicates/fixed-since.js): what changed since an earlier analysis.

duplicates-fixed-since-title = Fixed since an earlier analysis
duplicates-fixed-since-label = Fixed since…
duplicates-fixed-since-show = Show what was fixed
# An earlier analysis in the list: "Mar 3, 2026, 09:15 · 24 findings, 20 seats".
duplicates-fixed-since-option = { $date } · { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}
duplicates-fixed-since-newest = to the newest analysis, { $date } ({ $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
})
duplicates-fixed-comparing = Comparing the two analyses…
duplicates-fixed-counts = { $fixed } fixed, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
} freed since { $date }; { $new } new, { $back } came back.
duplicates-fixed-failed = The two analyses could not be compared
duplicates-fixed-failed-spoken = The two analyses could not be compared.
duplicates-fixed-list = Fixed
duplicates-fixed-none = Nothing fixed since then.
duplicates-new-list = New
duplicates-new-none = No new finding.
duplicates-came-back-list = Came back
duplicates-came-back-note = Fixed once, and found again since.
duplicates-came-back-none = None came back.
duplicates-show-all = Show all { $count }
# { $group } is the group's title, from the backend.
duplicates-show-all-fixed-label = Show all { $count } findings fixed: { $group }
duplicates-show-all-new-label = Show all { $count } new findings
duplicates-show-all-came-back-label = Show all { $count } findings that came back
duplicates-kept-high = high confidence
duplicates-kept-medium = medium confidence
duplicates-kept-low = low confidence
duplicates-kept-seats = { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}
