//! The server-only entries reduced to keys in one pass: for each GHES email its address,
//! mailbox name, the name it reads as, and its domain with the parent domains, all as
//! fingerprints. The rest of the analysis works on these compact keys and goes back to
//! the strings only to confirm a candidate or to word a finding: on 300,000 consumers,
//! reading scattered strings a second time cost more than all the lookups.

use super::index::{mailbox_key, name_key};
use super::normalise::{
    domain_and_parents, fingerprint, lower_into, mailbox, split_email, MAX_EMAILS_PER_ENTRY,
};
use crate::consumed::{ConsumerKind, LicenseConsumer};

/// One source of keys of a server-only entry: a GHES email, or the entry's display name.
#[derive(Debug, Clone, Copy)]
pub(super) struct ServerKey {
    /// Index into `enterprise_server_emails`; `None` for the display name.
    pub email: Option<u32>,
    /// The whole address, lower case.
    pub exact: Option<u64>,
    /// The mailbox name, when distinctive.
    pub mailbox: Option<u64>,
    /// The person's name the email (or the display name) reads as.
    pub name: Option<u64>,
    /// Where this email's domain and its parent domains are in [`ServerKeys::domains`].
    pub domains: (u32, u32),
}

/// One server-only entry.
#[derive(Debug, Clone, Copy)]
pub(super) struct ServerEntry {
    /// Index of the consumer.
    pub id: u32,
    /// Where its keys are in [`ServerKeys::keys`].
    pub keys: (u32, u32),
    /// True when at least one email is an address (`local@domain`).
    pub has_address: bool,
}

/// All server-only entries' keys.
#[derive(Debug, Default)]
pub(super) struct ServerKeys {
    pub entries: Vec<ServerEntry>,
    keys: Vec<ServerKey>,
    domains: Vec<u64>,
}

impl ServerKeys {
    /// Reads every server-only entry once. There are at most `u32::MAX` consumers (the
    /// caller ensures it).
    pub fn build(consumers: &[LicenseConsumer], kinds: &[ConsumerKind]) -> Self {
        let count = kinds
            .iter()
            .filter(|k| **k == ConsumerKind::ServerOnly)
            .count();
        let mut out = Self {
            entries: Vec::with_capacity(count),
            keys: Vec::with_capacity(count),
            domains: Vec::with_capacity(count.saturating_mul(2)),
        };
        let mut buf = String::new();
        let mut name_buf = String::new();
        let server_only = (0u32..)
            .zip(consumers.iter().zip(kinds))
            .filter(|(_, (_, k))| **k == ConsumerKind::ServerOnly);
        for (id, (c, _)) in server_only {
            let start = out.keys_len();
            let mut has_address = false;
            if let Some(name) = c.github_com_name().and_then(|n| name_key(n, &mut name_buf)) {
                let here = out.domains_len();
                out.keys.push(ServerKey {
                    email: None,
                    exact: None,
                    mailbox: None,
                    name: Some(name),
                    domains: (here, here),
                });
            }
            for (pos, email) in (0u32..)
                .zip(c.enterprise_server_emails())
                .take(MAX_EMAILS_PER_ENTRY)
            {
                if split_email(email).is_none() {
                    continue;
                }
                has_address = true;
                // One lower-cased copy gives every key: the address, its local part and
                // its domain.
                lower_into(email, &mut buf);
                let Some((local, domain)) = buf.rsplit_once('@') else {
                    continue;
                };
                let from = out.domains_len();
                for d in domain_and_parents(domain.trim_end_matches('.')) {
                    out.domains.push(fingerprint(&[d]));
                }
                let key = ServerKey {
                    email: Some(pos),
                    exact: Some(fingerprint(&[&buf])),
                    mailbox: mailbox_key(mailbox(local), &mut name_buf),
                    name: name_key(mailbox(local), &mut name_buf),
                    domains: (from, out.domains_len()),
                };
                out.keys.push(key);
            }
            out.entries.push(ServerEntry {
                id,
                keys: (start, out.keys_len()),
                has_address,
            });
        }
        out
    }

    /// The keys of `entry`.
    pub fn of(&self, entry: &ServerEntry) -> &[ServerKey] {
        let (start, end) = entry.keys;
        let range = usize::try_from(start).unwrap_or(usize::MAX)..usize::try_from(end).unwrap_or(0);
        self.keys.get(range).unwrap_or_default()
    }

    /// The fingerprints of `key`'s domain and its parents ("eng.corp.com", "corp.com", "com").
    pub fn domains(&self, key: &ServerKey) -> &[u64] {
        let (start, end) = key.domains;
        let range = usize::try_from(start).unwrap_or(usize::MAX)..usize::try_from(end).unwrap_or(0);
        self.domains.get(range).unwrap_or_default()
    }

    fn keys_len(&self) -> u32 {
        u32::try_from(self.keys.len()).unwrap_or(u32::MAX)
    }

    fn domains_len(&self) -> u32 {
        u32::try_from(self.domains.len()).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consumed::ConsumerFields;

    #[test]
    fn an_email_gives_its_address_mailbox_name_and_domain_chain() {
        let consumers = [LicenseConsumer::from(ConsumerFields {
            enterprise_server_user: Some(true),
            enterprise_server_emails: vec![
                "not an address".into(),
                " Mona.Lisa+x@Eng.Corp.com. ".into(),
            ],
            ..Default::default()
        })];
        let keys = ServerKeys::build(&consumers, &[ConsumerKind::ServerOnly]);
        let entry = keys.entries[0];
        assert!(entry.has_address);
        let [key] = keys.of(&entry) else {
            panic!("one key expected")
        };
        assert_eq!(key.email, Some(1));
        assert_eq!(key.exact, Some(fingerprint(&["mona.lisa+x@eng.corp.com."])));
        assert_eq!(key.mailbox, Some(fingerprint(&["mona.lisa"])));
        assert_eq!(key.name, Some(fingerprint(&["mona lisa"])));
        assert_eq!(
            keys.domains(key),
            [
                fingerprint(&["eng.corp.com"]),
                fingerprint(&["com"]),
                fingerprint(&["corp.com"])
            ]
        );
    }
}
