//! The words of the findings: the facts as sentences, and fixes that name the address, the
//! account and the GHES user to change. Built only for findings, never per consumer.

use super::accounts::{EntryAccount, ServerAccount, ServerAccounts};
use super::index::{SAML, VERIFIED};
use super::normalise::{fingerprint, mailbox, same_text, split_email};
use super::{Confidence, DuplicateReason, Finding, FindingEntry, ReasonKind, Strength};
use crate::consumed::{ConsumerKind, LicenseConsumer};

/// How many verified domains or accounts a sentence names before it says "and N more".
const LIST_AT_MOST: usize = 3;

/// The title of a group.
pub(super) fn title(kind: ReasonKind) -> &'static str {
    match kind {
        ReasonKind::VerifiedEmailNotMatched => "GHES email already verified on a cloud account",
        ReasonKind::SamlNameId => "GHES email equal to a cloud account's SAML NameID",
        ReasonKind::UnverifiedCloudEmail => "GHES email known on a cloud account but not verified",
        ReasonKind::SameLocalPart => "Same mailbox name on another address",
        ReasonKind::SameName => "Same person's name",
        ReasonKind::OffVerifiedDomain => "GHES emails outside the verified domains",
        ReasonKind::NoServerEmail => "GHES accounts without an email",
        ReasonKind::AccountsCountedOnce => "Several accounts already counted as one seat",
    }
}

/// One consumer of a finding.
#[derive(Debug, Clone, Copy)]
pub(super) struct Side<'a> {
    pub consumer: &'a LicenseConsumer,
    pub index: u32,
    pub kind: ConsumerKind,
}

impl Side<'_> {
    fn entry(&self, accounts: Option<&ServerAccounts>) -> FindingEntry {
        let server_accounts = accounts
            .map(|a| {
                self.consumer
                    .enterprise_server_user_ids()
                    .iter()
                    .filter_map(|id| {
                        a.get(id).map(|acc| EntryAccount {
                            id: id.trim().to_owned(),
                            account: acc.clone(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        FindingEntry {
            index: self.index,
            kind: self.kind,
            github_com_login: self.consumer.github_com_login().map(str::to_owned),
            enterprise_server_user_ids: self.consumer.enterprise_server_user_ids().to_vec(),
            server_accounts,
        }
    }
}

/// What decided a pair, for the words.
#[derive(Debug, Clone, Copy)]
pub(super) struct PairFacts<'a> {
    pub strength: Strength,
    pub confidence: Confidence,
    /// The GHES email that matched; `None` when the entry's display name did.
    pub server_email: Option<&'a str>,
    /// The cloud address that matched, and where it came from.
    pub cloud_address: Option<(&'a str, u8)>,
    /// A verified email of the cloud account, for "or change the GHES email to …".
    pub cloud_verified: Option<&'a str>,
    /// Entries sharing the mailbox, or cloud accounts sharing the exact address.
    pub sharing: u32,
}

/// The context every sentence needs.
#[derive(Debug, Clone, Copy)]
pub(super) struct Words<'a> {
    pub cloud: &'a str,
    pub uses_saml: bool,
    pub domains: &'a [String],
    pub domains_inferred: bool,
    /// The GHES accounts GitHub holds, when they were loaded.
    pub accounts: Option<&'a ServerAccounts>,
}

impl Words<'_> {
    /// A server-only entry and the cloud account it likely is. `off_domain` is the domain of
    /// the matched GHES email when it is not verified.
    pub fn pair(
        &self,
        server: Side<'_>,
        cloud: Side<'_>,
        facts: &PairFacts<'_>,
        off_domain: Option<&str>,
    ) -> (u32, Finding) {
        let (who, has) = self.who(server.consumer);
        let account = self.account(cloud.consumer);
        let login = cloud
            .consumer
            .github_com_login()
            .map_or_else(|| "that account".to_owned(), |l| l.trim().to_owned());
        let email = facts.server_email.unwrap_or_default();
        let (address, source) = facts.cloud_address.unwrap_or_default();
        let cloud_name = cloud.consumer.github_com_name().unwrap_or_default().trim();

        let mut evidence = Vec::with_capacity(4);
        match facts.server_email {
            Some(e) => evidence.push(format!("GHES {who} {has} email {e}")),
            None => evidence.push(format!(
                "GHES {who} {has} the name {}",
                server.consumer.github_com_name().unwrap_or_default().trim()
            )),
        }
        if facts.cloud_address.is_some() {
            evidence.push(format!(
                "{account} has {}",
                describe_address(address, source)
            ));
        }
        let known = self.server_account(server.consumer);
        let primary = known.and_then(|(_, a)| primary_of(a));
        if let Some((id, acc)) = known {
            evidence.push(self.compared(&who, id, acc, cloud.consumer, &account));
            if let (Some(p), Some(e)) = (primary, facts.server_email) {
                if !same_text(p, e) {
                    evidence.push(format!(
                        "{e}, the address that ties them, is an email of GHES {who} but not its \
                         primary one ({p}), and GitHub compares only the primary"
                    ));
                }
            }
        }
        let or_change = if source & VERIFIED != 0 {
            format!("or change the GHES primary email of {who} to {address}")
        } else if let Some(verified) = facts.cloud_verified {
            format!("or change the GHES primary email of {who} to {verified}")
        } else {
            format!("or change the GHES primary email of {who} to an address verified on {login}")
        };
        let (reason, fix) = match facts.strength {
            Strength::VerifiedEmail => {
                evidence.push(
                    "GitHub merges a GHES account into the cloud account that has its primary \
                     email verified, yet counts these two apart"
                        .to_owned(),
                );
                let fix = match primary {
                    Some(p) if same_text(p, email) => format!(
                        "{email} is already the primary email of GHES {who} and verified on \
                         {account}: GitHub merges them at its next sync of usage, which has not \
                         run since. Sync now."
                    ),
                    Some(p) => format!(
                        "{email} is already verified on {account}: make it the primary email of \
                         GHES {who} (today it is {p}, and GitHub compares only the primary \
                         email), then Sync now."
                    ),
                    None => format!(
                        "{email} is already verified on {account}: make it the primary email of \
                         GHES {who} (GitHub compares only the primary email), then Sync now. If \
                         it already is, GitHub has not synced since: Sync now."
                    ),
                };
                (
                    DuplicateReason::VerifiedEmailNotMatched {
                        email: email.to_owned(),
                    },
                    fix,
                )
            }
            Strength::SamlNameId => {
                let fix = if self.uses_saml {
                    evidence.push(
                        "the enterprise uses SAML, and GitHub compares GHES primary emails with \
                         SAML NameIDs when usage is synced"
                            .to_owned(),
                    );
                    format!(
                        "GitHub matches {email} with the SAML NameID of {account} at the next \
                         sync: Sync now. If they still show apart after that sync, make {email} \
                         the primary email of GHES {who}, or add and verify it on {login}."
                    )
                } else {
                    format!("Add and verify {email} on {account}, then Sync now.")
                };
                (
                    DuplicateReason::SamlNameId {
                        email: email.to_owned(),
                        name_id: address.to_owned(),
                    },
                    fix,
                )
            }
            Strength::UnverifiedEmail => (
                DuplicateReason::UnverifiedCloudEmail {
                    email: email.to_owned(),
                    field: "visual_studio_subscription_email".to_owned(),
                },
                format!(
                    "Add and verify {email} on {account} (today it is only its Visual Studio \
                     subscription email), {or_change}, then Sync now."
                ),
            ),
            Strength::Mailbox | Strength::MailboxAndName => {
                let server_mailbox = split_email(email)
                    .map(|(local, _)| mailbox(local).to_lowercase())
                    .unwrap_or_default();
                let mut shared = format!("both use the mailbox name {server_mailbox}");
                if facts.sharing > 2 {
                    shared.push_str(&format!(
                        " ({} entries use it, so this is less certain)",
                        facts.sharing
                    ));
                }
                evidence.push(shared);
                let same_name = (facts.strength == Strength::MailboxAndName).then(|| {
                    evidence.push(format!(
                        "{email} reads as the name {cloud_name}, the display name of {account}"
                    ));
                    cloud_name.to_owned()
                });
                (
                    DuplicateReason::SameLocalPart {
                        local_part: server_mailbox,
                        server_email: email.to_owned(),
                        cloud_address: address.to_owned(),
                        same_name,
                        sharing: facts.sharing,
                    },
                    format!("Add and verify {email} on {account} ({or_change}), then Sync now."),
                )
            }
            Strength::Name => {
                evidence.push(format!(
                    "{account} has the display name {cloud_name}, and no other entry bears it"
                ));
                let fix = if facts.server_email.is_some() {
                    format!(
                        "If they are the same person: add and verify {email} on {account} \
                         ({or_change}), then Sync now."
                    )
                } else {
                    format!(
                        "If they are the same person: {}, then Sync now.",
                        or_change.trim_start_matches("or ")
                    )
                };
                (
                    DuplicateReason::SameName {
                        name: cloud_name.to_owned(),
                        server_email: facts.server_email.map(str::to_owned),
                    },
                    fix,
                )
            }
        };
        if facts.sharing > 1
            && matches!(
                facts.strength,
                Strength::VerifiedEmail | Strength::SamlNameId | Strength::UnverifiedEmail
            )
        {
            evidence.push(format!(
                "{} cloud accounts carry this address; this is the first by login",
                facts.sharing
            ));
        }
        if let Some(domain) = off_domain {
            evidence.push(format!(
                "{} is not a verified domain of the enterprise ({})",
                domain.to_lowercase(),
                self.verified_list()
            ));
        }
        let likely = if facts.confidence == Confidence::Low {
            "may be"
        } else {
            "are likely"
        };
        let finding = Finding {
            id: format!(
                "pair-{:016x}",
                id_fingerprint("pair", server.consumer, Some(cloud.consumer), server.index)
            ),
            reason,
            confidence: facts.confidence,
            summary: format!("GHES {who} and {account} {likely} the same person"),
            evidence,
            entries: vec![server.entry(self.accounts), cloud.entry(self.accounts)],
            seats_saved: 1,
            fix,
        };
        (server.index, finding)
    }

    /// A server-only entry with no email address (none, or only values without an `@`).
    pub fn no_email(&self, server: Side<'_>) -> (u32, Finding) {
        let (who, has) = self.who(server.consumer);
        let values: Vec<&str> = server
            .consumer
            .enterprise_server_emails()
            .iter()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .collect();
        let only = if values.is_empty() {
            String::new()
        } else {
            format!(", only: {}", list(&values))
        };
        let target = if self.domains.is_empty() {
            String::new()
        } else {
            format!(" on a verified domain ({})", list(self.domains))
        };
        let finding = Finding {
            id: format!(
                "no-email-{:016x}",
                id_fingerprint("no-email", server.consumer, None, server.index)
            ),
            reason: DuplicateReason::NoServerEmail,
            confidence: Confidence::High,
            summary: format!("GHES {who} {has} no email"),
            evidence: {
                let mut evidence = vec![
                    format!("GHES {who} {has} no email address in the license data{only}"),
                    format!(
                        "GitHub matches GHES accounts to {} accounts by primary email, so this \
                         one is never matched",
                        self.cloud
                    ),
                ];
                if let Some((_, acc)) = self.server_account(server.consumer) {
                    evidence.push(match (primary_of(acc), acc.emails_complete) {
                        (Some(p), _) => format!(
                            "GitHub's account data gives the primary email {p}, which is not in \
                             the license data: it may have been set after the last sync"
                        ),
                        (None, true) => {
                            "GitHub's account data has no email for this account either".to_owned()
                        }
                        (None, false) => "GitHub gave only part of this account's emails, and \
                                          no primary email among them"
                            .to_owned(),
                    });
                }
                evidence
            },
            entries: vec![server.entry(self.accounts)],
            seats_saved: 0,
            fix: format!(
                "If this person also has a {} account, give GHES {who} a primary email{target} \
                 that is verified on that account, then Sync now.",
                self.cloud
            ),
        };
        (server.index, finding)
    }

    /// A server-only entry whose emails are all outside the verified domains.
    pub fn off_domain(
        &self,
        server: Side<'_>,
        emails: &[&str],
        off: &[String],
        primary_off: Option<&str>,
    ) -> (u32, Finding) {
        let (who, has) = self.who(server.consumer);
        let plural = off.len() > 1;
        let off_list = list(off);
        let (is, it) = if plural {
            ("are", "them")
        } else {
            ("is", "it")
        };
        let verified = if self.domains.is_empty() {
            "the enterprise has no verified domains".to_owned()
        } else {
            self.verified_list()
        };
        let fix = if self.domains.is_empty() {
            format!(
                "Verify {off_list} as the enterprise's domain{} on {} if the company owns {it}, \
                 then Sync now.",
                if plural { "s" } else { "" },
                self.cloud
            )
        } else {
            format!(
                "Change the GHES primary email of {who} to an address on a verified domain \
                 ({}), or verify {off_list} on {} if the company owns {it}; then Sync now.",
                list(self.domains),
                self.cloud
            )
        };
        let finding = Finding {
            id: format!(
                "off-domain-{:016x}",
                id_fingerprint("off-domain", server.consumer, None, server.index)
            ),
            reason: DuplicateReason::OffVerifiedDomain {
                emails: emails.iter().map(|e| (*e).to_owned()).collect(),
                domains: off.to_vec(),
            },
            confidence: Confidence::High,
            summary: format!("GHES {who} {has} no email on a verified domain"),
            evidence: {
                let mut evidence = vec![format!("GHES {who} {has} email {}", list(emails))];
                if let Some(p) = primary_off {
                    evidence.push(format!(
                        "GitHub compares only the primary email, {p} (from GitHub's account \
                         data), so the entry's other emails do not count"
                    ));
                }
                evidence.push(format!(
                    "{off_list} {is} not a verified domain of the enterprise ({verified})"
                ));
                evidence.push(format!(
                    "so the license data can never show this on a {} account: GitHub can only \
                     match it if the person verified this exact address on their own account",
                    self.cloud
                ));
                evidence
            },
            entries: vec![server.entry(self.accounts)],
            seats_saved: 0,
            fix,
        };
        (server.index, finding)
    }

    /// An entry GitHub already counts once although it has several accounts.
    pub fn counted_once(&self, entry: Side<'_>, accounts: u32) -> (u32, Finding) {
        let c = entry.consumer;
        let mut parts = Vec::with_capacity(2);
        if c.has_cloud_account() {
            parts.push(self.account(c));
        }
        if !c.enterprise_server_user_ids().is_empty() {
            parts.push(format!("GHES {}", self.who(c).0));
        }
        let named = if parts.is_empty() {
            "an entry without account names".to_owned()
        } else {
            parts.join(" and ")
        };
        let finding = Finding {
            id: format!(
                "counted-once-{:016x}",
                id_fingerprint("counted-once", c, Some(c), entry.index)
            ),
            reason: DuplicateReason::AccountsCountedOnce { accounts },
            confidence: Confidence::High,
            summary: format!("{accounts} accounts counted as one person: {named}"),
            evidence: vec![
                format!("GitHub lists {accounts} accounts for this one person: {named}"),
                "each consumed-licenses entry is one seat; the data has no per-entry seat \
                 count that would show more"
                    .to_owned(),
            ],
            entries: vec![entry.entry(self.accounts)],
            seats_saved: 0,
            fix: "Nothing to do: GitHub already counts these accounts as one seat.".to_owned(),
        };
        (entry.index, finding)
    }

    /// "user ann (Ann Lee) on github.acme.example" when the account was read, else
    /// "user 123 on github.acme.example"; and the verb that goes with it.
    fn who(&self, c: &LicenseConsumer) -> (String, &'static str) {
        server_who(c, self.accounts)
    }

    /// The first GHES account of `c` that was read, with its id.
    fn server_account<'c>(
        &'c self,
        c: &'c LicenseConsumer,
    ) -> Option<(&'c str, &'c ServerAccount)> {
        let accounts = self.accounts?;
        c.enterprise_server_user_ids()
            .iter()
            .find_map(|id| accounts.get(id).map(|a| (id.trim(), a)))
    }

    /// Which address GitHub compared for the GHES account `acc` (of `id`) and why it did
    /// not find the cloud account `cloud` by it.
    fn compared(
        &self,
        who: &str,
        id: &str,
        acc: &ServerAccount,
        cloud: &LicenseConsumer,
        account: &str,
    ) -> String {
        let Some(p) = primary_of(acc) else {
            let partial = self
                .accounts
                .and_then(|a| a.instance_of(id))
                .is_some_and(|i| !i.is_complete());
            return if acc.emails_complete {
                format!(
                    "GitHub's account data gives GHES {who} no primary email, so GitHub had \
                     nothing to compare with {account}"
                )
            } else {
                format!(
                    "GitHub compares the primary email of GHES {who}, but gave only part of its \
                     emails{}: which address it compared is not known",
                    if partial {
                        " (the account list of its instance was read in part)"
                    } else {
                        ""
                    }
                )
            };
        };
        let verified: Vec<&str> = cloud
            .github_com_verified_domain_emails()
            .iter()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .collect();
        let name_id = cloud
            .github_com_saml_name_id()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        if verified.iter().any(|v| same_text(v, p)) {
            return format!(
                "GitHub compares the GHES primary email {p} with the verified emails of \
                 {account}: it is one of them, so GitHub merges them at its next sync of usage"
            );
        }
        if self.uses_saml && name_id.is_some_and(|n| same_text(n, p)) {
            return format!(
                "GitHub compares the GHES primary email {p} with the SAML identity of {account}: \
                 its NameID is {p}, so GitHub merges them at its next sync of usage"
            );
        }
        let with = if self.uses_saml {
            format!("the SAML identity and the verified emails of {account}")
        } else {
            format!("the verified emails of {account}")
        };
        let mut because = if verified.is_empty() {
            format!("the license data shows no verified email of {account} on a verified domain")
        } else {
            format!("{account} has {}", list(&verified))
        };
        if let (true, Some(n)) = (self.uses_saml, name_id) {
            because.push_str(&format!(" and the NameID {n}"));
        }
        format!("GitHub compared the GHES primary email {p} of {who} with {with}; no match, because {because}")
    }

    /// "github.com account mona-corp".
    fn account(&self, c: &LicenseConsumer) -> String {
        match c
            .github_com_login()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Some(login) => format!("{} account {login}", self.cloud),
            None => format!("a {} account without a login", self.cloud),
        }
    }

    /// "verified: corp.com, inferred from the license data".
    fn verified_list(&self) -> String {
        if self.domains.is_empty() {
            return "no verified domains are known".to_owned();
        }
        let how = if self.domains_inferred {
            ", as inferred from the license data"
        } else {
            ""
        };
        format!("verified: {}{how}", list(self.domains))
    }
}

/// How a cloud address is described, by where it came from.
fn describe_address(address: &str, source: u8) -> String {
    if source & VERIFIED != 0 {
        format!("verified email {address}")
    } else if source & SAML != 0 {
        format!("SAML NameID {address}")
    } else {
        format!(
            "Visual Studio subscription email {address}, which is not one of its verified emails"
        )
    }
}

/// The primary email of `acc`, when GitHub gave one.
fn primary_of(acc: &ServerAccount) -> Option<&str> {
    acc.primary_email
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// "user 123 on github.acme.example" (or "user ann (Ann Lee) on github.acme.example" when
/// its account was read) and the verb that goes with it.
fn server_who(c: &LicenseConsumer, accounts: Option<&ServerAccounts>) -> (String, &'static str) {
    let ids: Vec<&str> = c
        .enterprise_server_user_ids()
        .iter()
        .map(|id| id.trim())
        .filter(|id| !id.is_empty())
        .collect();
    let one = |id: &str| {
        let named = accounts.and_then(|a| a.get(id)).and_then(|a| {
            let login = a
                .login
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())?;
            Some(
                match a.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                    Some(name) => format!("{login} ({name})"),
                    None => login.to_owned(),
                },
            )
        });
        match id.rsplit_once(':') {
            Some((host, user)) if !host.is_empty() && !user.is_empty() => {
                format!("user {} on {host}", named.as_deref().unwrap_or(user))
            }
            _ => format!("user {}", named.as_deref().unwrap_or(id)),
        }
    };
    match ids.as_slice() {
        [] => ("account (no user ID in the data)".to_owned(), "has"),
        [id] => (one(id), "has"),
        _ => {
            let named: Vec<String> = ids.iter().take(LIST_AT_MOST).map(|id| one(id)).collect();
            let more = ids.len().saturating_sub(LIST_AT_MOST);
            let text = match (named.split_last(), more) {
                (Some((last, rest)), 0) => format!("{} and {last}", rest.join(", ")),
                _ => format!("{} and {more} more", named.join(", ")),
            };
            (text, "have")
        }
    }
}

/// "a, b, c and 2 more".
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let shown: Vec<&str> = items.iter().take(LIST_AT_MOST).map(AsRef::as_ref).collect();
    let more = items.len().saturating_sub(LIST_AT_MOST);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// A finding's id from the accounts it is about, so it survives reordering and paging.
/// The input index only counts when the entry names no account at all.
fn id_fingerprint(
    kind: &str,
    server: &LicenseConsumer,
    cloud: Option<&LicenseConsumer>,
    index: u32,
) -> u64 {
    let mut parts: Vec<&str> = vec![kind];
    parts.extend(server.enterprise_server_user_ids().iter().map(|s| s.trim()));
    parts.push("\u{1}");
    let login = cloud.and_then(|c| c.github_com_login()).unwrap_or_default();
    parts.push(login.trim());
    let index_text = index.to_string();
    if server.enterprise_server_user_ids().is_empty() && login.trim().is_empty() {
        parts.push(&index_text);
    }
    fingerprint(&parts)
}
