//! Rule 1: the cloud account a server-only entry most likely is. Exact addresses first
//! (verified email, SAML NameID, Visual Studio email), then the same mailbox name, then the
//! same person's name; every candidate found by fingerprint is confirmed by its text.

use super::index::{cloud_addresses, cloud_mailbox, name_key, Index, Slot, SAML, VERIFIED};
use super::normalise::{mailbox, name_into, same_text, split_email};
use super::server_keys::{ServerEntry, ServerKey};
use super::{wording, Confidence, Scratch};
use crate::consumed::LicenseConsumer;

/// The evidence behind a pair, strongest last (the derived order is used to rank).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Strength {
    Name,
    Mailbox,
    MailboxAndName,
    UnverifiedEmail,
    SamlNameId,
    VerifiedEmail,
}

/// A candidate cloud account for a server-only entry.
#[derive(Debug, Clone, Copy)]
pub(super) struct Match {
    pub cloud: u32,
    strength: Strength,
    confidence: Confidence,
    /// Index into the server entry's `enterprise_server_emails`; `None` when a name match
    /// came from the entry's display name.
    server_email: Option<usize>,
    /// The matching cloud address: index in [`cloud_addresses`] order.
    cloud_address: Option<usize>,
    /// Entries sharing the mailbox (mailbox matches).
    sharing: u32,
}

impl Match {
    pub fn cloud_index(&self) -> usize {
        usize::try_from(self.cloud).unwrap_or(usize::MAX)
    }

    pub fn server_email<'a>(&self, server: &'a LicenseConsumer) -> Option<&'a str> {
        self.server_email
            .and_then(|k| server.enterprise_server_emails().get(k))
            .map(|e| e.trim())
    }

    /// The facts the wording needs.
    pub fn facts<'a>(
        &self,
        server: &'a LicenseConsumer,
        cloud: &'a LicenseConsumer,
    ) -> wording::PairFacts<'a> {
        let address = self
            .cloud_address
            .and_then(|k| cloud_addresses(cloud).nth(k))
            .map(|(a, source)| (a.trim(), source));
        wording::PairFacts {
            strength: self.strength,
            confidence: self.confidence,
            server_email: self.server_email(server),
            cloud_address: address,
            cloud_verified: cloud
                .github_com_verified_domain_emails()
                .iter()
                .map(|e| e.trim())
                .find(|e| !e.is_empty()),
            sharing: self.sharing,
        }
    }

    /// True when `self` is the better candidate: more confident, stronger evidence, then
    /// the lower login, the lower index, the earlier server email.
    fn beats(&self, other: &Self, consumers: &[LicenseConsumer]) -> bool {
        let login = |m: &Self| {
            consumers
                .get(m.cloud_index())
                .and_then(|c| c.github_com_login())
        };
        let order = (self.confidence, self.strength)
            .cmp(&(other.confidence, other.strength))
            .then_with(|| login(other).cmp(&login(self)))
            .then_with(|| other.cloud.cmp(&self.cloud))
            .then_with(|| other.server_email.cmp(&self.server_email));
        order.is_gt()
    }
}

/// The best cloud account for a server-only entry with `keys`, if any rule finds one.
pub(super) fn best_match(
    entry: &ServerEntry,
    keys: &[ServerKey],
    consumers: &[LicenseConsumer],
    index: &Index,
    scratch: &mut Scratch,
) -> Option<Match> {
    let id = entry.id;
    let server = consumers.get(usize::try_from(id).ok()?)?;
    let email_at = |pos: Option<u32>| {
        pos.and_then(|p| usize::try_from(p).ok())
            .and_then(|p| server.enterprise_server_emails().get(p))
    };
    let mut best: Option<Match> = None;
    let mut consider = |m: Match| {
        if best.is_none_or(|b| m.beats(&b, consumers)) {
            best = Some(m);
        }
    };
    let candidates = |slot: Slot| {
        slot.entries()
            .filter(move |&(c, _)| c != id)
            .filter_map(|(c, _)| Some((c, consumers.get(usize::try_from(c).ok()?)?)))
    };

    for key in keys {
        let pos = key.email.and_then(|p| usize::try_from(p).ok());
        // The strings are read only once a lookup found a candidate: most entries have none.
        if let Some(slot) = key.exact.and_then(|k| index.emails.get(&k)) {
            if let Some(email) = email_at(key.email) {
                for (cloud, candidate) in candidates(*slot) {
                    // The strongest source among the addresses really equal to this email.
                    let found = cloud_addresses(candidate)
                        .enumerate()
                        .filter(|(_, (a, _))| same_text(a, email))
                        .max_by_key(|(k, (_, source))| {
                            (source_strength(*source), std::cmp::Reverse(*k))
                        });
                    if let Some((k, (_, source))) = found {
                        consider(Match {
                            cloud,
                            strength: source_strength(source),
                            confidence: if slot.count > 1 {
                                Confidence::Medium
                            } else {
                                Confidence::High
                            },
                            server_email: pos,
                            cloud_address: Some(k),
                            sharing: slot.count,
                        });
                    }
                }
            }
        }

        if let Some(mailbox_key) = key.mailbox {
            let bucket = index.mailbox(mailbox_key);
            let sharing = bucket.users.count;
            if bucket.cloud.count > 0 && bucket.cloud.count <= 2 && sharing <= 4 {
                let server_mailbox = email_at(key.email)
                    .and_then(|e| split_email(e))
                    .map(|(local, _)| mailbox(local));
                for (cloud, candidate) in candidates(bucket.cloud) {
                    let found = cloud_addresses(candidate)
                        .enumerate()
                        .find(|(_, (a, source))| {
                            cloud_mailbox(a, *source)
                                .zip(server_mailbox)
                                .is_some_and(|(theirs, ours)| same_text(theirs, ours))
                        });
                    let Some((k, _)) = found else {
                        continue;
                    };
                    let named = same_name(server, keys, candidate, index, scratch);
                    let (strength, confidence) = match (named, sharing <= 2) {
                        (true, true) => (Strength::MailboxAndName, Confidence::High),
                        (true, false) => (Strength::MailboxAndName, Confidence::Medium),
                        (false, true) => (Strength::Mailbox, Confidence::Medium),
                        (false, false) => (Strength::Mailbox, Confidence::Low),
                    };
                    consider(Match {
                        cloud,
                        strength,
                        confidence,
                        server_email: pos,
                        cloud_address: Some(k),
                        sharing,
                    });
                }
            }
        }

        if let Some(name_key) = key.name {
            let bucket = index.name(name_key);
            if bucket.users.count > 2 {
                continue;
            }
            for (cloud, candidate) in candidates(bucket.cloud) {
                if names_equal(server, key.email, candidate, scratch) {
                    consider(Match {
                        cloud,
                        strength: Strength::Name,
                        confidence: Confidence::Low,
                        server_email: pos,
                        cloud_address: None,
                        sharing: bucket.users.count,
                    });
                }
            }
        }
    }
    best
}

fn source_strength(source: u8) -> Strength {
    if source & VERIFIED != 0 {
        Strength::VerifiedEmail
    } else if source & SAML != 0 {
        Strength::SamlNameId
    } else {
        Strength::UnverifiedEmail
    }
}

/// True when one of the server entry's names is the cloud entry's display name and no
/// more than two entries bear it.
fn same_name(
    server: &LicenseConsumer,
    keys: &[ServerKey],
    cloud: &LicenseConsumer,
    index: &Index,
    scratch: &mut Scratch,
) -> bool {
    let Some(cloud_key) = cloud
        .github_com_name()
        .and_then(|n| name_key(n, &mut scratch.b))
    else {
        return false;
    };
    index.name(cloud_key).users.count <= 2
        && keys
            .iter()
            .filter(|k| k.name == Some(cloud_key))
            .any(|k| names_equal(server, k.email, cloud, scratch))
}

/// Confirms a name match by text, not fingerprint.
fn names_equal(
    server: &LicenseConsumer,
    origin: Option<u32>,
    cloud: &LicenseConsumer,
    scratch: &mut Scratch,
) -> bool {
    let server_name = match origin {
        None => server.github_com_name(),
        Some(k) => usize::try_from(k)
            .ok()
            .and_then(|k| server.enterprise_server_emails().get(k))
            .and_then(|e| split_email(e))
            .map(|(local, _)| mailbox(local)),
    };
    let (Some(server_name), Some(cloud_name)) = (server_name, cloud.github_com_name()) else {
        return false;
    };
    name_into(server_name, &mut scratch.a) >= 2
        && name_into(cloud_name, &mut scratch.b) >= 2
        && scratch.a == scratch.b
}
