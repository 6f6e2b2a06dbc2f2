//! The words of the findings: the facts as sentences, and fixes that name the address, the
//! account and the GHES user to change. Built only for findings, never per consumer.
//!
//! Every sentence is a message of `locales/*/duplicates-rules.ftl`, rendered when the
//! finding is made in the report's language ([`Words::lang`]): the report reaches the UI as
//! text.

use ghls_l10n::{msg, Arg, Lang, Message};

use super::accounts::{EntryAccount, ServerAccount, ServerAccounts};
use super::index::{SAML, VERIFIED};
use super::normalise::{fingerprint, mailbox, same_text, split_email};
use super::{Confidence, DuplicateReason, Finding, FindingEntry, ReasonKind, Strength};
use crate::consumed::{ConsumerKind, LicenseConsumer};

/// How many verified domains or accounts a sentence names before it says "and N more".
const LIST_AT_MOST: usize = 3;

/// The title of a group.
pub(super) fn title(kind: ReasonKind) -> Message {
    match kind {
        ReasonKind::VerifiedEmailNotMatched => msg!("dup-rule-title-verified-email-not-matched"),
        ReasonKind::SamlNameId => msg!("dup-rule-title-saml-name-id"),
        ReasonKind::UnverifiedCloudEmail => msg!("dup-rule-title-unverified-cloud-email"),
        ReasonKind::SameLocalPart => msg!("dup-rule-title-same-local-part"),
        ReasonKind::SameName => msg!("dup-rule-title-same-name"),
        ReasonKind::OffVerifiedDomain => msg!("dup-rule-title-off-verified-domain"),
        ReasonKind::NoServerEmail => msg!("dup-rule-title-no-server-email"),
        ReasonKind::AccountsCountedOnce => msg!("dup-rule-title-accounts-counted-once"),
    }
}

/// The GHES users a sentence is about: their names, and how many they are (at least one),
/// for the verb ("has", "have").
#[derive(Debug, Clone)]
pub(super) struct Who {
    phrase: String,
    users: usize,
}

impl Who {
    /// `m` with `$who` and `$users`.
    fn on(&self, m: Message) -> Message {
        m.arg("who", &self.phrase).arg("users", self.users)
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
    /// The language of the report.
    pub lang: Lang,
}

impl Words<'_> {
    /// `m` in the report's language.
    fn say(&self, m: &Message) -> String {
        m.in_lang(self.lang)
    }

    /// A server-only entry and the cloud account it likely is. `off_domain` is the domain of
    /// the matched GHES email when it is not verified.
    pub fn pair(
        &self,
        server: Side<'_>,
        cloud: Side<'_>,
        facts: &PairFacts<'_>,
        off_domain: Option<&str>,
    ) -> (u32, Finding) {
        let who = self.who(server.consumer);
        let account = self.account(cloud.consumer);
        let login: Arg = match cloud.consumer.github_com_login() {
            Some(l) => l.trim().into(),
            None => msg!("dup-rule-that-account").into(),
        };
        let email = facts.server_email.unwrap_or_default();
        let (address, source) = facts.cloud_address.unwrap_or_default();
        let cloud_name = cloud.consumer.github_com_name().unwrap_or_default().trim();

        let mut evidence = Vec::with_capacity(4);
        match facts.server_email {
            Some(e) => evidence.push(who.on(msg!("dup-rule-server-has-email", email = e))),
            None => evidence.push(who.on(msg!(
                "dup-rule-server-has-name",
                name = server.consumer.github_com_name().unwrap_or_default().trim()
            ))),
        }
        if facts.cloud_address.is_some() {
            evidence.push(describe_address(&account, address, source));
        }
        let known = self.server_account(server.consumer);
        let primary = known.and_then(|(_, a)| primary_of(a));
        if let Some((id, acc)) = known {
            evidence.push(self.compared(&who, id, acc, cloud.consumer, &account));
            if let (Some(p), Some(e)) = (primary, facts.server_email) {
                if !same_text(p, e) {
                    evidence.push(who.on(msg!("dup-rule-tie-not-primary", email = e, primary = p)));
                }
            }
        }
        let change = if source & VERIFIED != 0 {
            who.on(msg!("dup-rule-change-primary-to", address = address))
        } else if let Some(verified) = facts.cloud_verified {
            who.on(msg!("dup-rule-change-primary-to", address = verified))
        } else {
            who.on(msg!(
                "dup-rule-change-primary-to-verified-on",
                login = login.clone()
            ))
        };
        let or_change = msg!("dup-rule-or", change = change.clone());
        let (reason, fix) = match facts.strength {
            Strength::VerifiedEmail => {
                evidence.push(msg!("dup-rule-merges-yet-apart"));
                let fix = match primary {
                    Some(p) if same_text(p, email) => who.on(msg!(
                        "dup-rule-fix-verified-is-primary",
                        email = email,
                        account = account.clone()
                    )),
                    Some(p) => who.on(msg!(
                        "dup-rule-fix-verified-make-primary-today",
                        email = email,
                        account = account.clone(),
                        primary = p
                    )),
                    None => who.on(msg!(
                        "dup-rule-fix-verified-make-primary",
                        email = email,
                        account = account.clone()
                    )),
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
                    evidence.push(msg!("dup-rule-enterprise-uses-saml"));
                    who.on(msg!(
                        "dup-rule-fix-saml-next-sync",
                        email = email,
                        account = account.clone(),
                        login = login.clone()
                    ))
                } else {
                    msg!(
                        "dup-rule-fix-add-and-verify",
                        email = email,
                        account = account.clone()
                    )
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
                msg!(
                    "dup-rule-fix-unverified",
                    email = email,
                    account = account.clone(),
                    or_change = or_change.clone()
                ),
            ),
            Strength::Mailbox | Strength::MailboxAndName => {
                let server_mailbox = split_email(email)
                    .map(|(local, _)| mailbox(local).to_lowercase())
                    .unwrap_or_default();
                evidence.push(if facts.sharing > 2 {
                    msg!(
                        "dup-rule-same-mailbox-shared",
                        mailbox = &server_mailbox,
                        sharing = facts.sharing
                    )
                } else {
                    msg!("dup-rule-same-mailbox", mailbox = &server_mailbox)
                });
                let same_name = (facts.strength == Strength::MailboxAndName).then(|| {
                    evidence.push(msg!(
                        "dup-rule-email-reads-as-name",
                        email = email,
                        name = cloud_name,
                        account = account.clone()
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
                    msg!(
                        "dup-rule-fix-add-and-verify-or-change",
                        email = email,
                        account = account.clone(),
                        or_change = or_change.clone()
                    ),
                )
            }
            Strength::Name => {
                evidence.push(msg!(
                    "dup-rule-unique-display-name",
                    account = account.clone(),
                    name = cloud_name
                ));
                let fix = if facts.server_email.is_some() {
                    msg!(
                        "dup-rule-fix-same-person-add",
                        email = email,
                        account = account.clone(),
                        or_change = or_change.clone()
                    )
                } else {
                    msg!("dup-rule-fix-same-person-change", change = change.clone())
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
            evidence.push(msg!("dup-rule-address-shared", sharing = facts.sharing));
        }
        if let Some(domain) = off_domain {
            evidence.push(msg!(
                "dup-rule-not-verified-domain",
                domains = domain.to_lowercase(),
                count = 1,
                verified = self.verified_list()
            ));
        }
        let likely = if facts.confidence == Confidence::Low {
            "maybe"
        } else {
            "likely"
        };
        let finding = Finding {
            id: format!(
                "pair-{:016x}",
                id_fingerprint("pair", server.consumer, Some(cloud.consumer), server.index)
            ),
            reason,
            confidence: facts.confidence,
            summary: self.say(&who.on(msg!(
                "dup-rule-summary-pair",
                account = account,
                likely = likely
            ))),
            evidence: evidence.iter().map(|m| self.say(m)).collect(),
            entries: vec![server.entry(self.accounts), cloud.entry(self.accounts)],
            seats_saved: 1,
            fix: self.say(&fix),
        };
        (server.index, finding)
    }

    /// A server-only entry with no email address (none, or only values without an `@`).
    pub fn no_email(&self, server: Side<'_>) -> (u32, Finding) {
        let who = self.who(server.consumer);
        let values: Vec<&str> = server
            .consumer
            .enterprise_server_emails()
            .iter()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .collect();
        let no_address = if values.is_empty() {
            msg!("dup-rule-no-email-address")
        } else {
            msg!("dup-rule-no-email-address-only", values = list(&values))
        };
        let fix = if self.domains.is_empty() {
            msg!("dup-rule-fix-no-email", cloud = self.cloud)
        } else {
            msg!(
                "dup-rule-fix-no-email-verified-domain",
                cloud = self.cloud,
                domains = list(self.domains)
            )
        };
        let finding = Finding {
            id: format!(
                "no-email-{:016x}",
                id_fingerprint("no-email", server.consumer, None, server.index)
            ),
            reason: DuplicateReason::NoServerEmail,
            confidence: Confidence::High,
            summary: self.say(&who.on(msg!("dup-rule-summary-no-email"))),
            evidence: {
                let mut evidence = vec![
                    who.on(no_address),
                    msg!("dup-rule-never-matched", cloud = self.cloud),
                ];
                if let Some((_, acc)) = self.server_account(server.consumer) {
                    evidence.push(match (primary_of(acc), acc.emails_complete) {
                        (Some(p), _) => msg!("dup-rule-primary-not-in-data", primary = p),
                        (None, true) => msg!("dup-rule-account-has-no-email"),
                        (None, false) => msg!("dup-rule-account-emails-partial"),
                    });
                }
                evidence.iter().map(|m| self.say(m)).collect()
            },
            entries: vec![server.entry(self.accounts)],
            seats_saved: 0,
            fix: self.say(&who.on(fix)),
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
        let who = self.who(server.consumer);
        let off_list = list(off);
        let verified = if self.domains.is_empty() {
            msg!("dup-rule-no-verified-domains")
        } else {
            self.verified_list()
        };
        let fix = if self.domains.is_empty() {
            msg!(
                "dup-rule-fix-verify-domains",
                domains = off_list.clone(),
                count = off.len(),
                cloud = self.cloud
            )
        } else {
            who.on(msg!(
                "dup-rule-fix-change-or-verify-domains",
                verified = list(self.domains),
                domains = off_list.clone(),
                count = off.len(),
                cloud = self.cloud
            ))
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
            summary: self.say(&who.on(msg!("dup-rule-summary-off-domain"))),
            evidence: {
                let mut evidence =
                    vec![who.on(msg!("dup-rule-server-has-email", email = list(emails)))];
                if let Some(p) = primary_off {
                    evidence.push(msg!("dup-rule-only-primary-counts", primary = p));
                }
                evidence.push(msg!(
                    "dup-rule-not-verified-domain",
                    domains = off_list,
                    count = off.len(),
                    verified = verified
                ));
                evidence.push(msg!("dup-rule-never-shown", cloud = self.cloud));
                evidence.iter().map(|m| self.say(m)).collect()
            },
            entries: vec![server.entry(self.accounts)],
            seats_saved: 0,
            fix: self.say(&fix),
        };
        (server.index, finding)
    }

    /// An entry GitHub already counts once although it has several accounts.
    pub fn counted_once(&self, entry: Side<'_>, accounts: u32) -> (u32, Finding) {
        let c = entry.consumer;
        let mut parts = Vec::with_capacity(2);
        if c.has_cloud_account() {
            parts.push(msg!("dup-rule-named-account", account = self.account(c)));
        }
        if !c.enterprise_server_user_ids().is_empty() {
            parts.push(self.who(c).on(msg!("dup-rule-ghes-who")));
        }
        let named = match parts.as_slice() {
            [] => msg!("dup-rule-no-account-names"),
            [one] => one.clone(),
            [first, second, ..] => msg!(
                "dup-rule-list-and",
                items = first.clone(),
                last = second.clone()
            ),
        };
        let finding = Finding {
            id: format!(
                "counted-once-{:016x}",
                id_fingerprint("counted-once", c, Some(c), entry.index)
            ),
            reason: DuplicateReason::AccountsCountedOnce { accounts },
            confidence: Confidence::High,
            summary: self.say(&msg!(
                "dup-rule-summary-counted-once",
                accounts = accounts,
                named = named.clone()
            )),
            evidence: vec![
                self.say(&msg!(
                    "dup-rule-lists-accounts",
                    accounts = accounts,
                    named = named
                )),
                self.say(&msg!("dup-rule-one-seat-per-entry")),
            ],
            entries: vec![entry.entry(self.accounts)],
            seats_saved: 0,
            fix: self.say(&msg!("dup-rule-fix-nothing")),
        };
        (entry.index, finding)
    }

    /// "user ann (Ann Lee) on github.acme.example" when the account was read, else
    /// "user 123 on github.acme.example"; and how many users that is.
    fn who(&self, c: &LicenseConsumer) -> Who {
        server_who(c, self.accounts, self.lang)
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
        who: &Who,
        id: &str,
        acc: &ServerAccount,
        cloud: &LicenseConsumer,
        account: &Message,
    ) -> Message {
        let Some(p) = primary_of(acc) else {
            let partial = self
                .accounts
                .and_then(|a| a.instance_of(id))
                .is_some_and(|i| !i.is_complete());
            return if acc.emails_complete {
                who.on(msg!(
                    "dup-rule-compared-no-primary",
                    account = account.clone()
                ))
            } else if partial {
                who.on(msg!("dup-rule-compared-partial-instance"))
            } else {
                who.on(msg!("dup-rule-compared-partial"))
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
            return msg!(
                "dup-rule-compared-verified-match",
                primary = p,
                account = account.clone()
            );
        }
        if self.uses_saml && name_id.is_some_and(|n| same_text(n, p)) {
            return msg!(
                "dup-rule-compared-saml-match",
                primary = p,
                account = account.clone()
            );
        }
        let with = if self.uses_saml {
            msg!("dup-rule-with-saml-and-verified", account = account.clone())
        } else {
            msg!("dup-rule-with-verified", account = account.clone())
        };
        let name_id = name_id.filter(|_| self.uses_saml);
        let because = match (verified.is_empty(), name_id) {
            (true, None) => msg!("dup-rule-because-none", account = account.clone()),
            (true, Some(n)) => msg!(
                "dup-rule-because-none-name-id",
                account = account.clone(),
                name_id = n
            ),
            (false, None) => msg!(
                "dup-rule-because-has",
                account = account.clone(),
                emails = list(&verified)
            ),
            (false, Some(n)) => msg!(
                "dup-rule-because-has-name-id",
                account = account.clone(),
                emails = list(&verified),
                name_id = n
            ),
        };
        who.on(msg!(
            "dup-rule-compared-no-match",
            primary = p,
            with = with,
            because = because
        ))
    }

    /// "github.com account mona-corp".
    fn account(&self, c: &LicenseConsumer) -> Message {
        match c
            .github_com_login()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            Some(login) => msg!("dup-rule-account", cloud = self.cloud, login = login),
            None => msg!("dup-rule-account-without-login", cloud = self.cloud),
        }
    }

    /// "verified: corp.com, as inferred from the license data".
    fn verified_list(&self) -> Message {
        if self.domains.is_empty() {
            msg!("dup-rule-verified-none-known")
        } else if self.domains_inferred {
            msg!("dup-rule-verified-inferred", domains = list(self.domains))
        } else {
            msg!("dup-rule-verified", domains = list(self.domains))
        }
    }
}

/// How a cloud address is described, by where it came from.
fn describe_address(account: &Message, address: &str, source: u8) -> Message {
    if source & VERIFIED != 0 {
        msg!(
            "dup-rule-cloud-has-verified",
            account = account.clone(),
            address = address
        )
    } else if source & SAML != 0 {
        msg!(
            "dup-rule-cloud-has-name-id",
            account = account.clone(),
            address = address
        )
    } else {
        msg!(
            "dup-rule-cloud-has-vs-email",
            account = account.clone(),
            address = address
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
/// its account was read), in `lang`, and how many users it names.
fn server_who(c: &LicenseConsumer, accounts: Option<&ServerAccounts>, lang: Lang) -> Who {
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
        let m = match id.rsplit_once(':') {
            Some((host, user)) if !host.is_empty() && !user.is_empty() => msg!(
                "dup-rule-who-user-on-host",
                user = named.as_deref().unwrap_or(user),
                host = host
            ),
            _ => msg!("dup-rule-who-user", user = named.as_deref().unwrap_or(id)),
        };
        m.in_lang(lang)
    };
    match ids.as_slice() {
        [] => Who {
            phrase: msg!("dup-rule-who-no-id").in_lang(lang),
            users: 1,
        },
        [id] => Who {
            phrase: one(id),
            users: 1,
        },
        _ => {
            let named: Vec<String> = ids.iter().take(LIST_AT_MOST).map(|id| one(id)).collect();
            let more = ids.len().saturating_sub(LIST_AT_MOST);
            let phrase = match (named.split_last(), more) {
                (Some((last, rest)), 0) => {
                    msg!("dup-rule-list-and", items = rest.join(", "), last = last)
                }
                _ => msg!("dup-rule-list-more", items = named.join(", "), more = more),
            };
            Who {
                phrase: phrase.in_lang(lang),
                users: ids.len(),
            }
        }
    }
}

/// "a, b, c and 2 more".
fn list<S: AsRef<str>>(items: &[S]) -> Arg {
    let shown: Vec<&str> = items.iter().take(LIST_AT_MOST).map(AsRef::as_ref).collect();
    let more = items.len().saturating_sub(LIST_AT_MOST);
    if more > 0 {
        msg!("dup-rule-list-more", items = shown.join(", "), more = more).into()
    } else {
        shown.join(", ").into()
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
