//! The lookups the analysis needs: for each address, mailbox name and person's name that a
//! server-only entry carries, which cloud accounts carry it too, and how many entries of any
//! kind share it (so a common one can be called ambiguous).
//!
//! Only the server-only entries' keys are stored, and the rest of the consumers are looked
//! up against them: those tables are a fraction of the input and mostly stay in cache, where
//! tables of every key of 300,000 consumers would not (a cache miss per key dominated the
//! run time). Everything is keyed by fingerprint; a key keeps at most two candidates
//! because a third makes the match ambiguous anyway.

use super::normalise::{
    fingerprint, is_distinctive_local_part, lower_into, mailbox, name_into, split_email, FpMap,
    MAX_EMAILS_PER_ENTRY,
};
use super::server_keys::ServerKeys;
use crate::consumed::{ConsumerKind, LicenseConsumer};

/// Where a cloud account's address came from, as bits (one address can be several).
pub(super) const VERIFIED: u8 = 1;
pub(super) const SAML: u8 = 2;
pub(super) const UNVERIFIED: u8 = 4;

/// The consumers that carry one key: how many, and the first two with their sources.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Slot {
    pub count: u32,
    last: u32,
    ids: [u32; 2],
    sources: [u8; 2],
}

impl Slot {
    /// Adds consumer `id`; the same consumer adding the same key again only adds a source.
    /// Consumers are added in index order, so a repeat is always the last one added.
    fn add(&mut self, id: u32, source: u8) {
        if self.count > 0 && self.last == id {
            if let Some(k) = self.ids[..self.stored()].iter().position(|&x| x == id) {
                self.sources[k] |= source;
            }
            return;
        }
        let k = self.stored();
        if let (Some(slot_id), Some(slot_source)) = (self.ids.get_mut(k), self.sources.get_mut(k)) {
            *slot_id = id;
            *slot_source = source;
        }
        self.count = self.count.saturating_add(1);
        self.last = id;
    }

    fn stored(&self) -> usize {
        usize::try_from(self.count).map_or(self.ids.len(), |c| c.min(self.ids.len()))
    }

    /// The kept candidates and their sources.
    pub fn entries(self) -> impl Iterator<Item = (u32, u8)> {
        let stored = self.stored();
        self.ids.into_iter().zip(self.sources).take(stored)
    }
}

/// How many distinct consumers use a key.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Tally {
    pub count: u32,
    last: u32,
}

impl Tally {
    fn add(&mut self, id: u32) {
        if self.count == 0 || self.last != id {
            self.count = self.count.saturating_add(1);
            self.last = id;
        }
    }
}

/// The addresses of a consumer's cloud account that a GHES email could be compared with:
/// its verified-domain emails, its SAML NameID and its Visual Studio subscription email.
/// The consumed-licenses data carries no other email of a cloud account.
pub(super) fn cloud_addresses(c: &LicenseConsumer) -> impl Iterator<Item = (&str, u8)> {
    let verified = c
        .github_com_verified_domain_emails()
        .iter()
        .take(MAX_EMAILS_PER_ENTRY)
        .map(|e| (e, VERIFIED));
    let name_id = c.github_com_saml_name_id().map(|n| (n, SAML));
    let vs = c
        .visual_studio_subscription_email()
        .map(|e| (e, UNVERIFIED));
    verified
        .chain(name_id)
        .chain(vs)
        .filter(|(a, _)| !a.trim().is_empty())
}

/// The mailbox name of a cloud address. A NameID that is not an address (`monalisa` in
/// GitHub's example) is taken whole: the IdP's user name is as telling as a local part.
pub(super) fn cloud_mailbox(address: &str, source: u8) -> Option<&str> {
    match split_email(address) {
        Some((local, _)) => Some(mailbox(local)),
        None if source & SAML != 0 && !address.contains('@') => Some(address.trim()),
        None => None,
    }
}

/// One mailbox or name: how many consumers of any kind use it, and the cloud-only ones.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Bucket {
    pub users: Tally,
    pub cloud: Slot,
}

/// The lookups, see the module comment.
#[derive(Debug, Default)]
pub(super) struct Index {
    /// A server-only entry's address (lower case) → consumers with a cloud account
    /// carrying it.
    pub emails: FpMap<Slot>,
    /// A server-only entry's distinctive mailbox → consumers using it, and the cloud-only
    /// ones carrying it.
    pub mailboxes: FpMap<Bucket>,
    /// A server-only entry's name (two words or more, its display name or read from an
    /// email such as `mona.lisa@…`) → consumers bearing it, and the cloud-only ones with
    /// that display name.
    pub names: FpMap<Bucket>,
}

impl Index {
    /// Builds the lookups from the server-only entries' keys and the other consumers;
    /// `kinds[i]` is `consumers[i].kind()`, and there are at most `u32::MAX` consumers (the
    /// caller ensures both). `verified_domain` sees the domain of every verified email on
    /// the way: a pass over 300,000 consumers' strings costs more than all the rest, so it
    /// is not made twice.
    pub fn build<'a>(
        consumers: &'a [LicenseConsumer],
        kinds: &[ConsumerKind],
        server: &ServerKeys,
        mut verified_domain: impl FnMut(&'a str),
    ) -> Self {
        // Sized up front: growing a map rehashes it several times.
        let n = server.entries.len();
        let mut index = Self {
            emails: FpMap::with_capacity_and_hasher(n, Default::default()),
            mailboxes: FpMap::with_capacity_and_hasher(n, Default::default()),
            names: FpMap::with_capacity_and_hasher(n, Default::default()),
        };
        for entry in &server.entries {
            for key in server.of(entry) {
                if let Some(k) = key.exact {
                    index.emails.entry(k).or_default();
                }
                if let Some(k) = key.mailbox {
                    index.mailboxes.entry(k).or_default().users.add(entry.id);
                }
                if let Some(k) = key.name {
                    index.names.entry(k).or_default().users.add(entry.id);
                }
            }
        }
        let nothing_to_find = index.emails.is_empty() && index.names.is_empty();

        // Server-only entries were counted above; an entry adds its keys one after the
        // other, which is what `Slot` and `Tally` count distinct consumers by.
        let (mut buf, mut name_buf) = (String::new(), String::new());
        for (id, (c, kind)) in (0u32..).zip(consumers.iter().zip(kinds)) {
            observe_verified(c, &mut verified_domain);
            if nothing_to_find || *kind == ConsumerKind::ServerOnly {
                continue;
            }
            let has_cloud = matches!(kind, ConsumerKind::CloudOnly | ConsumerKind::Both);
            let cloud_only = *kind == ConsumerKind::CloudOnly;
            // Only keys of server-only entries are in the tables, and those were already
            // filtered (distinctive mailboxes, names of two words): a generic mailbox here
            // is simply not found, so it needs no check of its own.
            for (address, source) in cloud_addresses(c) {
                lower_into(address, &mut buf);
                let local = match buf.rsplit_once('@') {
                    Some((local, domain))
                        if !local.is_empty() && !domain.trim_end_matches('.').is_empty() =>
                    {
                        if has_cloud {
                            if let Some(slot) = index.emails.get_mut(&fingerprint(&[&buf])) {
                                slot.add(id, source);
                            }
                        }
                        Some(local)
                    }
                    // A NameID that is a user name is a mailbox name of its own.
                    None if source & SAML != 0 => Some(buf.as_str()),
                    _ => None,
                };
                if let Some(bucket) =
                    local.and_then(|l| index.mailboxes.get_mut(&fingerprint(&[mailbox(l).trim()])))
                {
                    bucket.users.add(id);
                    if cloud_only {
                        bucket.cloud.add(id, source);
                    }
                }
            }
            for email in c
                .enterprise_server_emails()
                .iter()
                .take(MAX_EMAILS_PER_ENTRY)
            {
                lower_into(email, &mut buf);
                let Some((local, _)) = buf.rsplit_once('@') else {
                    continue;
                };
                let mb = mailbox(local).trim();
                if let Some(bucket) = index.mailboxes.get_mut(&fingerprint(&[mb])) {
                    bucket.users.add(id);
                }
                if let Some(bucket) =
                    name_key(mb, &mut name_buf).and_then(|key| index.names.get_mut(&key))
                {
                    bucket.users.add(id);
                }
            }
            if let Some(bucket) = c
                .github_com_name()
                .and_then(|n| name_key(n, &mut name_buf))
                .and_then(|key| index.names.get_mut(&key))
            {
                bucket.users.add(id);
                if cloud_only {
                    bucket.cloud.add(id, 0);
                }
            }
        }
        index
    }

    /// How many consumers use the mailbox `key`, and the cloud-only ones among them.
    pub fn mailbox(&self, key: u64) -> Bucket {
        self.mailboxes.get(&key).copied().unwrap_or_default()
    }

    /// How many consumers bear the name `key`, and the cloud-only ones among them.
    pub fn name(&self, key: u64) -> Bucket {
        self.names.get(&key).copied().unwrap_or_default()
    }
}

/// Shows `observe` the domain of each verified email of `c`.
fn observe_verified<'a>(c: &'a LicenseConsumer, observe: &mut impl FnMut(&'a str)) {
    for email in c
        .github_com_verified_domain_emails()
        .iter()
        .take(MAX_EMAILS_PER_ENTRY)
    {
        if let Some((_, domain)) = split_email(email) {
            observe(domain);
        }
    }
}

/// The key of a distinctive mailbox, lower-cased into `buf`; `None` for generic or short ones.
pub(super) fn mailbox_key(mailbox: &str, buf: &mut String) -> Option<u64> {
    lower_into(mailbox, buf);
    is_distinctive_local_part(buf).then(|| fingerprint(&[buf]))
}

/// The key of a person's name (two words or more), folded into `buf`.
pub(super) fn name_key(name: &str, buf: &mut String) -> Option<u64> {
    (name_into(name, buf) >= 2).then(|| fingerprint(&[buf]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_counts_each_consumer_once_and_keeps_the_first_two() {
        let mut slot = Slot::default();
        slot.add(4, VERIFIED);
        slot.add(4, SAML);
        slot.add(7, UNVERIFIED);
        slot.add(9, VERIFIED);
        assert_eq!(slot.count, 3);
        let kept: Vec<_> = slot.entries().collect();
        assert_eq!(kept, vec![(4, VERIFIED | SAML), (7, UNVERIFIED)]);
    }

    #[test]
    fn a_name_id_that_is_not_an_address_is_a_mailbox_of_its_own() {
        assert_eq!(cloud_mailbox("monalisa", SAML), Some("monalisa"));
        assert_eq!(cloud_mailbox("monalisa", UNVERIFIED), None);
        assert_eq!(cloud_mailbox("mona+x@corp.com", VERIFIED), Some("mona"));
    }
}
