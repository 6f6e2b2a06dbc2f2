//! Duplicate analysis of the consumed-licenses data: people who likely hold more than one
//! seat, why the analysis thinks so, and what the admin can change so GitHub counts them
//! once (product.md "Duplicates", github-api.md §2.5).
//!
//! GitHub merges a GHES account into a cloud account when the GHES **primary** email equals
//! the cloud account's SAML/SCIM identity (NameID, …) or one of its **verified** emails, and
//! only after license usage is synced. So a person it failed to merge shows up as one
//! server-only entry plus one cloud-only entry. The rules, strongest first:
//!
//! - `verified_email_not_matched`, high: a GHES email is a verified email of the cloud
//!   account (GitHub should have merged them: no sync since, or not the primary email);
//! - `saml_name_id`, high: a GHES email is the cloud account's SAML NameID;
//! - `unverified_cloud_email`, high: a GHES email is the cloud account's Visual Studio
//!   subscription email, which is not one of its verified emails;
//! - `same_local_part`, medium: the same mailbox on another address (`mona@corp-old.com`,
//!   `mona@corp.com`; case and `+tags` ignored); high when the names agree too; one level
//!   lower when 3 or 4 entries share the mailbox;
//! - `same_name`, low: a GHES email reads as the cloud account's display name
//!   (`mona.lisa@…` and "Mona Lisa"; case, accents and separators ignored).
//!
//! The three exact-address rules also pair a server-only entry with a cloud account that
//! already has other GHES accounts merged (kind `both`): GitHub would merge it there too.
//! The guessing rules only pair with cloud-only entries. Each server-only entry pairs with
//! its best candidate only; ties go to the lower login, then the lower input index.
//!
//! Generic mailboxes (`admin`, `ci`, …) and ones under three characters are never evidence;
//! a mailbox shared by more than four entries, or a name by more than two, is ambiguous and
//! not used.
//!
//! Server-only entries left unpaired whose emails are all outside the enterprise's verified
//! domains (given, or inferred from the verified-domain emails in the data) get an
//! `off_verified_domain` finding: the license data can never show such an address on a
//! cloud account. Entries with no email address at all get `no_server_email`. Both are
//! facts (confidence high) that free no seat by themselves (`seats_saved: 0`).
//!
//! `total_user_accounts > 1` is not a duplicate, and the report says so: each
//! consumed-licenses entry is one person holding one seat, and the data has no per-entry
//! seat count that could show otherwise, so several accounts in one entry mean GitHub
//! already merged them. They are counted in `counted_once` (entries and accounts), and
//! listed one by one as `accounts_counted_once` findings (`seats_saved: 0`) only when
//! [`AnalysisContext::list_counted_once`] asks: in a healthy enterprise every merged person
//! has two accounts or more, and half the enterprise as "findings" would bury the real ones
//! (and make a report of tens of megabytes at 300,000 consumers).
//!
//! With the GHES accounts GitHub holds (`ServerAccounts`, read by the services over GraphQL
//! and joined on `HOST:remoteUserId`), server entries are named by login, profile name and
//! primary email, and the evidence says which address GitHub compared (the primary one) and
//! why it did not match. A primary email on no verified domain is an `off_verified_domain`
//! finding even when another of the entry's emails is on one, since GitHub compares only the
//! primary. Accounts read only in part are said in the report ([`AccountsSummary`]) and in
//! the findings they touch, never taken as complete.
//!
//! Pure and total: no I/O, no clock; any input gives a report, never a panic, and the same
//! input always gives the same report. Linear time: every rule is a hash lookup.

mod accounts;
mod domains;
mod index;
mod normalise;
mod pairing;
mod report;
mod server_keys;
mod wording;

use ghls_l10n::{Lang, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use accounts::{
    AccountsSummary, EntryAccount, InstanceAccounts, ServerAccount, ServerAccounts,
};

use crate::consumed::{ConsumerKind, LicenseConsumer};
use domains::{off_domain_finding, VerifiedDomains};
use index::Index;
use normalise::{split_email, FpMap};
use pairing::{best_match, Strength};
use report::Collector;
use server_keys::ServerKeys;

/// What the analysis knows about the enterprise beyond the consumers themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnalysisContext {
    /// The enterprise's verified domains, when the admin knows them. `None` infers them
    /// from the verified-domain emails in the data.
    pub verified_domains: Option<Vec<String>>,
    /// Whether the enterprise or one of its organizations uses SAML SSO or SCIM. `None`
    /// infers it: yes when any consumer has a SAML NameID.
    pub uses_saml: Option<bool>,
    /// The cloud's host as the admin knows it (`github.com`, `acme.ghe.com`), for the
    /// wording; `None` says `github.com`.
    pub cloud_host: Option<String>,
    /// List every entry with several accounts as an information finding, not only count
    /// them (see the module comment).
    pub list_counted_once: bool,
}

/// How sure the analysis is of what a finding says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// Why a finding was made, with the facts that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum DuplicateReason {
    /// A GHES email is already a verified email of the cloud account, yet GitHub counts
    /// them apart: no sync since, or the address is not the GHES primary email.
    VerifiedEmailNotMatched { email: String },
    /// A GHES email equals the cloud account's SAML NameID.
    SamlNameId { email: String, name_id: String },
    /// A GHES email is known on the cloud account (`field`) but not as a verified email.
    UnverifiedCloudEmail { email: String, field: String },
    /// The same mailbox name on both sides (`local_part`, lower case, `+tag` removed);
    /// `same_name` when the names agree too; `sharing` entries use that mailbox.
    SameLocalPart {
        local_part: String,
        server_email: String,
        cloud_address: String,
        same_name: Option<String>,
        sharing: u32,
    },
    /// A GHES email (or, rarely, the server entry's own display name: `server_email` is
    /// then `None`) reads as the cloud account's display name.
    SameName {
        name: String,
        server_email: Option<String>,
    },
    /// None of a server-only entry's emails is on a verified domain.
    OffVerifiedDomain {
        emails: Vec<String>,
        domains: Vec<String>,
    },
    /// A server-only entry without any email address: nothing GitHub could match.
    NoServerEmail,
    /// GitHub already counts several accounts as this one person.
    AccountsCountedOnce { accounts: u32 },
}

/// The reasons without their facts, in the order the report lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReasonKind {
    VerifiedEmailNotMatched,
    SamlNameId,
    UnverifiedCloudEmail,
    SameLocalPart,
    SameName,
    OffVerifiedDomain,
    NoServerEmail,
    AccountsCountedOnce,
}

impl ReasonKind {
    /// The title of the group of findings of this reason, as the Duplicates screen shows it,
    /// in the process's language.
    pub fn title(self) -> String {
        self.title_message().text()
    }

    /// [`ReasonKind::title`] as a message of `locales/*/duplicates-rules.ftl`.
    pub fn title_message(self) -> Message {
        wording::title(self)
    }
}

impl DuplicateReason {
    /// The reason without its facts.
    pub fn kind(&self) -> ReasonKind {
        match self {
            Self::VerifiedEmailNotMatched { .. } => ReasonKind::VerifiedEmailNotMatched,
            Self::SamlNameId { .. } => ReasonKind::SamlNameId,
            Self::UnverifiedCloudEmail { .. } => ReasonKind::UnverifiedCloudEmail,
            Self::SameLocalPart { .. } => ReasonKind::SameLocalPart,
            Self::SameName { .. } => ReasonKind::SameName,
            Self::OffVerifiedDomain { .. } => ReasonKind::OffVerifiedDomain,
            Self::NoServerEmail => ReasonKind::NoServerEmail,
            Self::AccountsCountedOnce { .. } => ReasonKind::AccountsCountedOnce,
        }
    }
}

/// A consumer a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FindingEntry {
    /// Its index in the analysed slice.
    pub index: u32,
    pub kind: ConsumerKind,
    pub github_com_login: Option<String>,
    pub enterprise_server_user_ids: Vec<String>,
    /// The GHES accounts of `enterprise_server_user_ids` that were read, in that order;
    /// empty when accounts were not loaded.
    pub server_accounts: Vec<EntryAccount>,
}

/// One thing the admin should look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Finding {
    /// Stable while the accounts involved stay the same, whatever the order of the data.
    pub id: String,
    pub reason: DuplicateReason,
    pub confidence: Confidence,
    /// One line for a list.
    pub summary: String,
    /// The facts, one sentence each.
    pub evidence: Vec<String>,
    pub entries: Vec<FindingEntry>,
    /// Seats GitHub would stop counting once fixed: 1 for a pair, 0 for information.
    pub seats_saved: u32,
    /// What to change, where, and then "Sync now".
    pub fix: String,
}

/// The findings of one reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FindingGroup {
    pub reason: ReasonKind,
    pub title: String,
    pub count: u32,
    pub seats_saved: u32,
    /// Most confident first, then in input order.
    pub findings: Vec<Finding>,
}

/// Seats that could be freed, by confidence of the findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SeatsSaved {
    pub high: u32,
    pub medium: u32,
    pub low: u32,
    pub total: u32,
}

/// Where the verified domains came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DomainsSource {
    /// The admin said.
    Given,
    /// Read from the verified-domain emails in the data.
    Inferred,
    /// Neither: the off-domain rule did not run.
    Unknown,
}

/// How many server-only entries have all their emails on one unverified domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DomainCount {
    pub domain: String,
    pub entries: u32,
}

/// The analysis of one consumed-licenses listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DuplicateReport {
    pub consumers: u32,
    pub findings: u32,
    pub seats_saved: SeatsSaved,
    /// Non-empty groups, in [`ReasonKind`] order.
    pub groups: Vec<FindingGroup>,
    /// Lower case, sorted.
    pub verified_domains: Vec<String>,
    pub verified_domains_source: DomainsSource,
    pub uses_saml: bool,
    pub uses_saml_inferred: bool,
    /// The unverified domains of `off_verified_domain` findings, most entries first: the
    /// domains worth verifying (or moving people off).
    pub off_domain: Vec<DomainCount>,
    /// Entries with several accounts that GitHub already counts as one seat each.
    pub counted_once: CountedOnce,
    /// The GHES accounts the analysis had; `None` when they were not loaded.
    pub server_accounts: Option<AccountsSummary>,
}

/// People GitHub already counts once although they have several accounts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CountedOnce {
    pub entries: u32,
    /// All their accounts together.
    #[ts(type = "number")]
    pub accounts: u64,
}

impl DuplicateReport {
    /// Every finding, group by group.
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.groups.iter().flat_map(|g| g.findings.iter())
    }

    /// The group of one reason, if it has findings.
    pub fn group(&self, reason: ReasonKind) -> Option<&FindingGroup> {
        self.groups.iter().find(|g| g.reason == reason)
    }
}

/// Finds the people in `consumers` who likely hold more than one seat; see the module
/// comment for the rules. Entries past `u32::MAX` are not analysed. The report's words are
/// in the process's language.
pub fn analyse(consumers: &[LicenseConsumer], ctx: &AnalysisContext) -> DuplicateReport {
    analyse_in(consumers, ctx, None, ghls_l10n::language())
}

/// [`analyse`], with the GHES accounts GitHub holds: server entries are named, and the
/// email rules use the real primary email where it is known.
pub fn analyse_with_accounts(
    consumers: &[LicenseConsumer],
    ctx: &AnalysisContext,
    accounts: &ServerAccounts,
) -> DuplicateReport {
    analyse_in(consumers, ctx, Some(accounts), ghls_l10n::language())
}

/// [`analyse`] or [`analyse_with_accounts`], with the report's words in `lang`.
pub fn analyse_in(
    consumers: &[LicenseConsumer],
    ctx: &AnalysisContext,
    accounts: Option<&ServerAccounts>,
    lang: Lang,
) -> DuplicateReport {
    let consumers = consumers
        .get(..usize::try_from(u32::MAX).unwrap_or(usize::MAX))
        .unwrap_or(consumers);
    let mut counted_once = CountedOnce::default();
    let kinds: Vec<ConsumerKind> = consumers
        .iter()
        .map(|c| {
            if let Some(accounts) = c.total_user_accounts().filter(|&n| n > 1) {
                counted_once.entries = counted_once.entries.saturating_add(1);
                counted_once.accounts = counted_once
                    .accounts
                    .saturating_add(u64::try_from(accounts).unwrap_or(u64::MAX));
            }
            c.kind()
        })
        .collect();
    let server = ServerKeys::build(consumers, &kinds);
    let mut domains = VerifiedDomains::new(ctx);
    let mut buf = String::new();
    // Most consumers share a domain or two: only a new one is worth the work.
    let mut last = "";
    let index = Index::build(consumers, &kinds, &server, |domain| {
        if domain != last {
            domains.observe(domain, &mut buf);
            last = domain;
        }
    });
    let domains = domains.finish();
    let (uses_saml, uses_saml_inferred) = match ctx.uses_saml {
        Some(known) => (known, false),
        None => (
            consumers.iter().any(|c| {
                c.github_com_saml_name_id()
                    .is_some_and(|n| !n.trim().is_empty())
            }),
            true,
        ),
    };
    let words = wording::Words {
        cloud: ctx.cloud_host.as_deref().unwrap_or("github.com"),
        uses_saml,
        domains: &domains.list,
        domains_inferred: domains.source == DomainsSource::Inferred,
        accounts,
        lang,
    };

    let mut out = Collector::default();
    let mut off_domain: FpMap<DomainCount> = FpMap::default();
    let mut scratch = Scratch::default();
    let mut named = 0u32;
    for entry in &server.entries {
        let keys = server.of(entry);
        let Some(c) = usize::try_from(entry.id)
            .ok()
            .and_then(|i| consumers.get(i))
        else {
            continue;
        };
        let account = accounts.and_then(|a| first_account(a, c));
        if account.is_some() {
            named = named.saturating_add(1);
        }
        let primary = account
            .and_then(|a| a.primary_email.as_deref())
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let side = wording::Side {
            consumer: c,
            index: entry.id,
            kind: ConsumerKind::ServerOnly,
        };
        if let Some(m) = best_match(entry, keys, consumers, &index, &mut scratch) {
            let cloud = wording::Side {
                consumer: consumers.get(m.cloud_index()).unwrap_or(c),
                index: m.cloud,
                kind: kinds
                    .get(m.cloud_index())
                    .copied()
                    .unwrap_or(ConsumerKind::Unknown),
            };
            let unverified_domain = m
                .server_email(c)
                .and_then(split_email)
                .map(|(_, domain)| domain)
                .filter(|domain| {
                    domains.source != DomainsSource::Unknown
                        && !domains.covers(domain, &mut scratch.a)
                });
            out.push(words.pair(side, cloud, &m.facts(c, cloud.consumer), unverified_domain));
        } else if !entry.has_address {
            out.push(words.no_email(side));
        } else if domains.source != DomainsSource::Unknown {
            // GitHub compares only the primary email: one off the verified domains is never
            // matched, whatever the entry's other emails.
            let primary_off =
                primary.filter(|p| primary_is_off(p, c, keys, &server, &domains, &mut scratch));
            if primary_off.is_some() || !keys.iter().any(|k| domains.covers_any(server.domains(k)))
            {
                out.push(off_domain_finding(
                    side,
                    primary_off,
                    &domains,
                    &words,
                    &mut off_domain,
                    &mut scratch,
                ));
            }
        }
    }
    if ctx.list_counted_once {
        for (id, (c, kind)) in (0u32..).zip(consumers.iter().zip(&kinds)) {
            if let Some(accounts) = c.total_user_accounts().filter(|&n| n > 1) {
                let entry = wording::Side {
                    consumer: c,
                    index: id,
                    kind: *kind,
                };
                let accounts = u32::try_from(accounts).unwrap_or(u32::MAX);
                out.push(words.counted_once(entry, accounts));
            }
        }
    }

    let mut off_domain: Vec<DomainCount> = off_domain.into_values().collect();
    off_domain.sort_by(|a, b| {
        b.entries
            .cmp(&a.entries)
            .then_with(|| a.domain.cmp(&b.domain))
    });
    let (groups, findings, seats_saved) = out.finish(lang);
    DuplicateReport {
        consumers: u32::try_from(consumers.len()).unwrap_or(u32::MAX),
        findings,
        seats_saved,
        groups,
        verified_domains: domains.list,
        verified_domains_source: domains.source,
        uses_saml,
        uses_saml_inferred,
        off_domain,
        counted_once,
        server_accounts: accounts.map(|a| {
            let server_entries = u32::try_from(server.entries.len()).unwrap_or(u32::MAX);
            AccountsSummary::new(a, server_entries, named, lang)
        }),
    }
}

/// True when the primary email `p` of server entry `c` is on no verified domain. The
/// primary is nearly always one of the entry's emails, whose domain keys are already made.
fn primary_is_off(
    p: &str,
    c: &LicenseConsumer,
    keys: &[server_keys::ServerKey],
    server: &ServerKeys,
    domains: &VerifiedDomains,
    scratch: &mut Scratch,
) -> bool {
    let listed = keys.iter().find(|k| {
        k.email
            .and_then(|pos| usize::try_from(pos).ok())
            .and_then(|pos| c.enterprise_server_emails().get(pos))
            .is_some_and(|e| normalise::same_text(e, p))
    });
    match listed {
        Some(k) => !domains.covers_any(server.domains(k)),
        None => split_email(p).is_some_and(|(_, d)| !domains.covers(d, &mut scratch.a)),
    }
}

/// The first of a consumer's GHES accounts that was read.
fn first_account<'a>(
    accounts: &'a ServerAccounts,
    c: &LicenseConsumer,
) -> Option<&'a ServerAccount> {
    c.enterprise_server_user_ids()
        .iter()
        .find_map(|id| accounts.get(id))
}

/// Reusable buffers, so the per-consumer work allocates nothing.
#[derive(Debug, Default)]
struct Scratch {
    a: String,
    b: String,
}
