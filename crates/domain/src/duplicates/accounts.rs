//! The GHES accounts GitHub holds after a sync (GraphQL `EnterpriseServerUserAccount`),
//! joined to consumed-licenses entries on `HOST:remoteUserId`, the form of
//! `enterprise_server_user_ids` (github-api.md §1.7). The services read them; the analysis
//! only looks them up, so it stays pure.
//!
//! GitHub matches a GHES account to a cloud account by the account's **primary** email
//! (§2.5), and the license data lists all of a GHES user's emails without saying which one
//! is primary: this is what lets the findings name the person and say which address GitHub
//! compared.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use ghls_l10n::{msg, Lang};
use serde::Serialize;
use ts_rs::TS;

/// One GHES account as GitHub holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ServerAccount {
    pub login: Option<String>,
    /// The profile name on the instance.
    pub name: Option<String>,
    /// The email GitHub compares with cloud accounts, when GitHub gave it.
    pub primary_email: Option<String>,
    pub site_admin: bool,
    /// False when GitHub gave only part of the account's emails: a missing primary email
    /// may then just not have been read.
    pub emails_complete: bool,
}

/// What was read of one instance's accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct InstanceAccounts {
    pub host_name: String,
    /// Accounts read.
    pub accounts: u32,
    /// How many GitHub says it holds (`totalCount`).
    pub total_count: Option<u32>,
    /// What GitHub did not give, one sentence each; empty when the list is whole.
    pub missing: Vec<String>,
    /// Accounts whose emails GitHub gave only in part.
    pub emails_incomplete: u32,
}

impl InstanceAccounts {
    /// True when every account and every email was read.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
            && self.emails_incomplete == 0
            && self.total_count.is_none_or(|t| t <= self.accounts)
    }
}

/// The accounts of every instance read, by `HOST:ID` (host in lower case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerAccounts {
    by_id: HashMap<String, ServerAccount, BuildHasherDefault<IdHasher>>,
    instances: Vec<InstanceAccounts>,
    notes: Vec<String>,
}

impl ServerAccounts {
    /// Records what was read of one instance (its accounts go in with [`Self::insert`]).
    pub fn add_instance(&mut self, instance: InstanceAccounts) {
        self.instances.push(instance);
    }

    /// Records something missing that no one instance accounts for (the list of instances
    /// read in part, accounts without an ID), one sentence.
    pub fn add_note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// Adds the account `remote_user_id` of `host`.
    pub fn insert(&mut self, host: &str, remote_user_id: &str, account: ServerAccount) {
        let key = format!(
            "{}:{}",
            host.trim().to_ascii_lowercase(),
            remote_user_id.trim()
        );
        self.by_id.insert(key, account);
    }

    /// The account a consumed-licenses id (`HOST:ID`) names, if it was read.
    pub fn get(&self, server_user_id: &str) -> Option<&ServerAccount> {
        let id = server_user_id.trim();
        // Hosts arrive in lower case nearly always: no copy then.
        if id.bytes().any(|b| b.is_ascii_uppercase()) {
            let (host, user) = id.rsplit_once(':')?;
            self.by_id
                .get(&format!("{}:{user}", host.to_ascii_lowercase()))
        } else {
            self.by_id.get(id)
        }
    }

    /// What was read of the instance `host`, if it was read.
    pub fn instance(&self, host: &str) -> Option<&InstanceAccounts> {
        let host = host.trim();
        self.instances
            .iter()
            .find(|i| i.host_name.eq_ignore_ascii_case(host))
    }

    /// What was read of the instance of a consumed-licenses id (`HOST:ID`).
    pub fn instance_of(&self, server_user_id: &str) -> Option<&InstanceAccounts> {
        let (host, _) = server_user_id.trim().rsplit_once(':')?;
        self.instance(host)
    }

    pub fn instances(&self) -> &[InstanceAccounts] {
        &self.instances
    }

    /// Accounts held.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when nothing was read: the analysis then works from the license data alone.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty() && self.instances.is_empty()
    }
}

/// A fast hash of short ids (`host:123`): the analysis looks up one per server-only entry,
/// and SipHash's resistance to chosen keys buys nothing for data GitHub sent.
#[derive(Debug, Default, Clone, Copy)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        let mut tail = [0u8; 8];
        for (t, b) in tail.iter_mut().zip(chunks.remainder()) {
            *t = *b;
        }
        let word = u64::from_le_bytes(tail) ^ ((bytes.len() as u64) << 56);
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

/// A GHES account of a finding's entry, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct EntryAccount {
    /// The consumed-licenses id it was joined on (`HOST:ID`).
    pub id: String,
    #[serde(flatten)]
    pub account: ServerAccount,
}

/// What the analysis had of GHES accounts, and what it lacked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AccountsSummary {
    pub instances: Vec<InstanceAccounts>,
    /// True when every instance and every account's emails were read whole.
    pub complete: bool,
    /// Server-only entries (the ones findings are about).
    pub server_entries: u32,
    /// Of them, those whose GHES account was found.
    pub named: u32,
    /// What is missing, one sentence each; empty when complete.
    pub notes: Vec<String>,
}

impl AccountsSummary {
    pub(super) fn new(
        accounts: &ServerAccounts,
        server_entries: u32,
        named: u32,
        lang: Lang,
    ) -> Self {
        Self {
            instances: accounts.instances.clone(),
            complete: accounts.is_complete(),
            server_entries,
            named,
            notes: accounts.notes_in(lang),
        }
    }
}

impl ServerAccounts {
    /// True when every instance, account and email was read.
    pub fn is_complete(&self) -> bool {
        self.notes.is_empty() && self.instances.iter().all(InstanceAccounts::is_complete)
    }

    /// What is missing, one sentence each (in the process's language); empty when complete.
    pub fn notes(&self) -> Vec<String> {
        self.notes_in(ghls_l10n::language())
    }

    /// [`ServerAccounts::notes`] in `lang`.
    pub fn notes_in(&self, lang: Lang) -> Vec<String> {
        let mut notes = self.notes.clone();
        for i in &self.instances {
            let host = &i.host_name;
            if let Some(total) = i.total_count.filter(|&t| t > i.accounts) {
                notes.push(
                    msg!(
                        "dup-rule-note-accounts-read",
                        host = host,
                        read = i.accounts,
                        total = total
                    )
                    .in_lang(lang),
                );
            }
            for m in &i.missing {
                notes.push(msg!("dup-rule-note-missing", host = host, missing = m).in_lang(lang));
            }
            if i.emails_incomplete > 0 {
                notes.push(
                    msg!(
                        "dup-rule-note-emails-partial",
                        host = host,
                        count = i.emails_incomplete
                    )
                    .in_lang(lang),
                );
            }
        }
        notes
    }
}
