## The duplicate analysis's findings (crates/domain/src/duplicates/wording.rs): group titles,
## one-line summaries, evidence (one fact each, in a list) and fixes.
##
## $who names GHES users (dup-rule-who-*, listed with dup-rule-list-*); $users is how many
## (at least 1): the verb agrees with it, and Spanish and Portuguese their articles (English
## selects on it only where its verb needs it). $account is dup-rule-account or
## dup-rule-account-without-login; $cloud the cloud's host (github.com, acme.ghe.com).

## Group titles.

dup-rule-title-verified-email-not-matched = GHES email already verified on a cloud account
dup-rule-title-saml-name-id = GHES email equal to a cloud account's SAML NameID
dup-rule-title-unverified-cloud-email = GHES email known on a cloud account but not verified
dup-rule-title-same-local-part = Same mailbox name on another address
dup-rule-title-same-name = Same person's name
dup-rule-title-off-verified-domain = GHES emails outside the verified domains
dup-rule-title-no-server-email = GHES accounts without an email
dup-rule-title-accounts-counted-once = Several accounts already counted as one seat

## Names of users and accounts.

# $user: a login (with the profile name in parentheses) or a user ID; $host: the GHES host.
dup-rule-who-user-on-host = user { $user } on { $host }
dup-rule-who-user = user { $user }
dup-rule-who-no-id = account (no user ID in the data)
# $items: names joined by ", "; $last: the last one.
dup-rule-list-and = { $items } and { $last }
# $more: how many are not named.
dup-rule-list-more = { $items } and { $more } more
# Where a fix names the cloud account and it has no login.
dup-rule-that-account = that account
dup-rule-account = { $cloud } account { $login }
dup-rule-account-without-login = a { $cloud } account without a login
# An account in a list of a person's accounts.
dup-rule-named-account = { $account }
dup-rule-ghes-who = { $users ->
   *[other] GHES { $who }
}
dup-rule-no-account-names = an entry without account names

## A pair: a GHES account and the cloud account it likely is.

dup-rule-summary-pair = { $users ->
   *[other] { $likely ->
        [maybe] GHES { $who } and { $account } may be the same person
       *[likely] GHES { $who } and { $account } are likely the same person
    }
}
dup-rule-server-has-email = { $users ->
    [one] GHES { $who } has email { $email }
   *[other] GHES { $who } have email { $email }
}
dup-rule-server-has-name = { $users ->
    [one] GHES { $who } has the name { $name }
   *[other] GHES { $who } have the name { $name }
}
dup-rule-cloud-has-verified = { $account } has verified email { $address }
dup-rule-cloud-has-name-id = { $account } has SAML NameID { $address }
dup-rule-cloud-has-vs-email = { $account } has Visual Studio subscription email { $address }, which is not one of its verified emails
dup-rule-tie-not-primary = { $users ->
   *[other] { $email }, the address that ties them, is an email of GHES { $who } but not its primary one ({ $primary }), and GitHub compares only the primary
}
dup-rule-merges-yet-apart = GitHub merges a GHES account into the cloud account that has its primary email verified, yet counts these two apart
dup-rule-enterprise-uses-saml = the enterprise uses SAML, and GitHub compares GHES primary emails with SAML NameIDs when usage is synced
dup-rule-same-mailbox = both use the mailbox name { $mailbox }
dup-rule-same-mailbox-shared = both use the mailbox name { $mailbox } ({ $sharing } entries use it, so this is less certain)
dup-rule-email-reads-as-name = { $email } reads as the name { $name }, the display name of { $account }
dup-rule-unique-display-name = { $account } has the display name { $name }, and no other entry bears it
# $sharing: 2 or more.
dup-rule-address-shared = { $sharing } cloud accounts carry this address; this is the first by login
# $domains: one domain, or a list; $count: how many; $verified: dup-rule-verified* or dup-rule-no-verified-domains.
dup-rule-not-verified-domain = { $count ->
    [one] { $domains } is not a verified domain of the enterprise ({ $verified })
   *[other] { $domains } are not a verified domain of the enterprise ({ $verified })
}

## Which address GitHub compared, from the GHES accounts GitHub holds.

dup-rule-compared-no-primary = { $users ->
   *[other] GitHub's account data gives GHES { $who } no primary email, so GitHub had nothing to compare with { $account }
}
dup-rule-compared-partial = { $users ->
   *[other] GitHub compares the primary email of GHES { $who }, but gave only part of its emails: which address it compared is not known
}
dup-rule-compared-partial-instance = { $users ->
   *[other] GitHub compares the primary email of GHES { $who }, but gave only part of its emails (the account list of its instance was read in part): which address it compared is not known
}
dup-rule-compared-verified-match = GitHub compares the GHES primary email { $primary } with the verified emails of { $account }: it is one of them, so GitHub merges them at its next sync of usage
dup-rule-compared-saml-match = GitHub compares the GHES primary email { $primary } with the SAML identity of { $account }: its NameID is { $primary }, so GitHub merges them at its next sync of usage
# $with: dup-rule-with-*; $because: dup-rule-because-*.
dup-rule-compared-no-match = { $users ->
   *[other] GitHub compared the GHES primary email { $primary } of { $who } with { $with }; no match, because { $because }
}
dup-rule-with-saml-and-verified = the SAML identity and the verified emails of { $account }
dup-rule-with-verified = the verified emails of { $account }
dup-rule-because-none = the license data shows no verified email of { $account } on a verified domain
dup-rule-because-none-name-id = the license data shows no verified email of { $account } on a verified domain and the NameID { $name_id }
# $emails: the account's verified emails.
dup-rule-because-has = { $account } has { $emails }
dup-rule-because-has-name-id = { $account } has { $emails } and the NameID { $name_id }

## Verified domains, as the evidence names them.

dup-rule-verified = verified: { $domains }
dup-rule-verified-inferred = verified: { $domains }, as inferred from the license data
dup-rule-verified-none-known = no verified domains are known
dup-rule-no-verified-domains = the enterprise has no verified domains

## What to change in a pair. "Sync now" is GitHub's button.

# $change: dup-rule-change-primary-to*.
dup-rule-or = or { $change }
dup-rule-change-primary-to = { $users ->
   *[other] change the GHES primary email of { $who } to { $address }
}
# $login: the cloud account's login, or dup-rule-that-account.
dup-rule-change-primary-to-verified-on = { $users ->
   *[other] change the GHES primary email of { $who } to an address verified on { $login }
}
dup-rule-fix-verified-is-primary = { $users ->
   *[other] { $email } is already the primary email of GHES { $who } and verified on { $account }: GitHub merges them at its next sync of usage, which has not run since. Sync now.
}
dup-rule-fix-verified-make-primary-today = { $users ->
   *[other] { $email } is already verified on { $account }: make it the primary email of GHES { $who } (today it is { $primary }, and GitHub compares only the primary email), then Sync now.
}
dup-rule-fix-verified-make-primary = { $users ->
   *[other] { $email } is already verified on { $account }: make it the primary email of GHES { $who } (GitHub compares only the primary email), then Sync now. If it already is, GitHub has not synced since: Sync now.
}
dup-rule-fix-saml-next-sync = { $users ->
   *[other] GitHub matches { $email } with the SAML NameID of { $account } at the next sync: Sync now. If they still show apart after that sync, make { $email } the primary email of GHES { $who }, or add and verify it on { $login }.
}
dup-rule-fix-add-and-verify = Add and verify { $email } on { $account }, then Sync now.
# $or_change: dup-rule-or.
dup-rule-fix-unverified = Add and verify { $email } on { $account } (today it is only its Visual Studio subscription email), { $or_change }, then Sync now.
dup-rule-fix-add-and-verify-or-change = Add and verify { $email } on { $account } ({ $or_change }), then Sync now.
dup-rule-fix-same-person-add = If they are the same person: add and verify { $email } on { $account } ({ $or_change }), then Sync now.
dup-rule-fix-same-person-change = If they are the same person: { $change }, then Sync now.

## A GHES account without an email.

dup-rule-summary-no-email = { $users ->
    [one] GHES { $who } has no email
   *[other] GHES { $who } have no email
}
dup-rule-no-email-address = { $users ->
    [one] GHES { $who } has no email address in the license data
   *[other] GHES { $who } have no email address in the license data
}
# $values: what the entry holds instead (values without an @).
dup-rule-no-email-address-only = { $users ->
    [one] GHES { $who } has no email address in the license data, only: { $values }
   *[other] GHES { $who } have no email address in the license data, only: { $values }
}
dup-rule-never-matched = GitHub matches GHES accounts to { $cloud } accounts by primary email, so this one is never matched
dup-rule-primary-not-in-data = GitHub's account data gives the primary email { $primary }, which is not in the license data: it may have been set after the last sync
dup-rule-account-has-no-email = GitHub's account data has no email for this account either
dup-rule-account-emails-partial = GitHub gave only part of this account's emails, and no primary email among them
dup-rule-fix-no-email = { $users ->
   *[other] If this person also has a { $cloud } account, give GHES { $who } a primary email that is verified on that account, then Sync now.
}
dup-rule-fix-no-email-verified-domain = { $users ->
   *[other] If this person also has a { $cloud } account, give GHES { $who } a primary email on a verified domain ({ $domains }) that is verified on that account, then Sync now.
}

## A GHES account with no email on a verified domain.

dup-rule-summary-off-domain = { $users ->
    [one] GHES { $who } has no email on a verified domain
   *[other] GHES { $who } have no email on a verified domain
}
dup-rule-only-primary-counts = GitHub compares only the primary email, { $primary } (from GitHub's account data), so the entry's other emails do not count
dup-rule-never-shown = so the license data can never show this on a { $cloud } account: GitHub can only match it if the person verified this exact address on their own account
# $domains: the unverified domains; $count: how many.
dup-rule-fix-verify-domains = { $count ->
    [one] Verify { $domains } as the enterprise's domain on { $cloud } if the company owns it, then Sync now.
   *[other] Verify { $domains } as the enterprise's domains on { $cloud } if the company owns them, then Sync now.
}
# $verified: the verified domains.
dup-rule-fix-change-or-verify-domains = { $users ->
   *[other] { $count ->
        [one] Change the GHES primary email of { $who } to an address on a verified domain ({ $verified }), or verify { $domains } on { $cloud } if the company owns it; then Sync now.
       *[other] Change the GHES primary email of { $who } to an address on a verified domain ({ $verified }), or verify { $domains } on { $cloud } if the company owns them; then Sync now.
    }
}

## Several accounts GitHub already counts as one person.

# $named: the accounts (dup-rule-named-account, dup-rule-ghes-who, joined by dup-rule-list-and).
dup-rule-summary-counted-once = { $accounts } accounts counted as one person: { $named }
dup-rule-lists-accounts = GitHub lists { $accounts } accounts for this one person: { $named }
dup-rule-one-seat-per-entry = each consumed-licenses entry is one seat; the data has no per-entry seat count that would show more
dup-rule-fix-nothing = Nothing to do: GitHub already counts these accounts as one seat.

## What the analysis lacked of the GHES accounts (AccountsSummary.notes).

dup-rule-note-accounts-read = { $host }: { NUMBER($read, useGrouping: "false") } of { NUMBER($total, useGrouping: "false") } accounts were read; the others are named by ID only
# $missing: a part GitHub left out, as the GitHub client describes it.
dup-rule-note-missing = { $host }: GitHub did not give every part: { $missing }
dup-rule-note-emails-partial = { $count ->
    [one] { $host }: GitHub gave only part of the emails of { NUMBER($count, useGrouping: "false") } account, so their primary email may be unknown
   *[other] { $host }: GitHub gave only part of the emails of { NUMBER($count, useGrouping: "false") } accounts, so their primary email may be unknown
}
