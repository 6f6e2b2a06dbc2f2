//! Who changed between two loads of the consumed licenses, person by person.
//!
//! The history keeps a load as the changes from the load before it (people added, removed,
//! changed), and the Consumed licenses screen's "new since" and "gone since" are the same
//! comparison. A person is known by a key GitHub's data gives: the GHEC login, else the
//! server accounts, else the Visual Studio subscription's email, else the server emails.

use std::collections::{BTreeMap, HashMap};

use super::LicenseConsumer;

/// The key a consumer is known by from one load to the next, e.g. `login:mona` or
/// `server:ghes.example.com:12`. Two consumers of one load with the same key are told
/// apart by [`keyed`].
pub fn person_key(c: &LicenseConsumer) -> String {
    if let Some(login) = c.github_com_login() {
        return format!("login:{}", login.to_ascii_lowercase());
    }
    let mut ids = c.enterprise_server_user_ids().to_vec();
    if !ids.is_empty() {
        ids.iter_mut().for_each(|i| i.make_ascii_lowercase());
        ids.sort_unstable();
        return format!("server:{}", ids.join(","));
    }
    if let Some(email) = c.visual_studio_subscription_email() {
        return format!("vs:{}", email.to_ascii_lowercase());
    }
    let mut emails = c.enterprise_server_emails().to_vec();
    if !emails.is_empty() {
        emails.iter_mut().for_each(|e| e.make_ascii_lowercase());
        emails.sort_unstable();
        return format!("email:{}", emails.join(","));
    }
    "unnamed".to_owned()
}

/// Each consumer with its key; a key met again in the same load gets `#2`, `#3`, … in the
/// order GitHub listed them, so every key of a load is unique.
pub fn keyed<'a>(
    consumers: impl IntoIterator<Item = &'a LicenseConsumer>,
) -> Vec<(String, &'a LicenseConsumer)> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    consumers
        .into_iter()
        .map(|c| {
            let key = person_key(c);
            let n = seen.entry(key.clone()).or_insert(0);
            *n += 1;
            let key = if *n == 1 { key } else { format!("{key}#{n}") };
            (key, c)
        })
        .collect()
}

/// What became of one person from one load to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonChange<R> {
    /// Not in the earlier load.
    Added(R),
    /// Not in the later load.
    Removed,
    /// In both, with other values.
    Changed(R),
}

impl<R> PersonChange<R> {
    /// The person's values after the change (`None` when removed).
    pub fn row(&self) -> Option<&R> {
        match self {
            Self::Added(r) | Self::Changed(r) => Some(r),
            Self::Removed => None,
        }
    }
}

/// The changes that turn `before` into `after`, by key (sorted).
pub fn changes<R: PartialEq + Clone>(
    before: &BTreeMap<String, R>,
    after: &BTreeMap<String, R>,
) -> BTreeMap<String, PersonChange<R>> {
    let mut out = BTreeMap::new();
    for (key, row) in after {
        match before.get(key) {
            None => {
                out.insert(key.clone(), PersonChange::Added(row.clone()));
            }
            Some(old) if old != row => {
                out.insert(key.clone(), PersonChange::Changed(row.clone()));
            }
            Some(_) => {}
        }
    }
    for key in before.keys() {
        if !after.contains_key(key) {
            out.insert(key.clone(), PersonChange::Removed);
        }
    }
    out
}

/// Applies `changes` to `state`: the inverse of [`changes`].
pub fn apply<R>(
    state: &mut BTreeMap<String, R>,
    changes: impl IntoIterator<Item = (String, PersonChange<R>)>,
) {
    for (key, change) in changes {
        match change {
            PersonChange::Added(r) | PersonChange::Changed(r) => {
                state.insert(key, r);
            }
            PersonChange::Removed => {
                state.remove(&key);
            }
        }
    }
}

/// How many people each kind of change touched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub added: u32,
    pub removed: u32,
    pub changed: u32,
}

impl ChangeCounts {
    pub fn of<'a, R: 'a>(changes: impl IntoIterator<Item = &'a PersonChange<R>>) -> Self {
        let mut n = Self::default();
        for c in changes {
            let slot = match c {
                PersonChange::Added(_) => &mut n.added,
                PersonChange::Removed => &mut n.removed,
                PersonChange::Changed(_) => &mut n.changed,
            };
            *slot = slot.saturating_add(1);
        }
        n
    }

    pub fn total(&self) -> u32 {
        self.added
            .saturating_add(self.removed)
            .saturating_add(self.changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consumed::ConsumerFields;

    fn consumer(f: ConsumerFields) -> LicenseConsumer {
        LicenseConsumer::from(f)
    }

    #[test]
    fn a_person_is_known_by_login_then_server_accounts_then_emails() {
        let login = consumer(ConsumerFields {
            github_com_login: Some("Mona".into()),
            enterprise_server_user_ids: vec!["h:1".into()],
            ..Default::default()
        });
        assert_eq!(person_key(&login), "login:mona");
        let server = consumer(ConsumerFields {
            enterprise_server_user_ids: vec!["H:2".into(), "a:1".into()],
            ..Default::default()
        });
        assert_eq!(person_key(&server), "server:a:1,h:2");
        let vs = consumer(ConsumerFields {
            visual_studio_subscription_email: Some("V@Example.com".into()),
            ..Default::default()
        });
        assert_eq!(person_key(&vs), "vs:v@example.com");
        let email = consumer(ConsumerFields {
            enterprise_server_emails: vec!["b@x".into(), "A@x".into()],
            ..Default::default()
        });
        assert_eq!(person_key(&email), "email:a@x,b@x");
        assert_eq!(person_key(&LicenseConsumer::default()), "unnamed");
    }

    #[test]
    fn the_same_key_twice_in_one_load_is_numbered_in_githubs_order() {
        let a = consumer(ConsumerFields {
            github_com_login: Some("mona".into()),
            ..Default::default()
        });
        let list = [
            a.clone(),
            LicenseConsumer::default(),
            a,
            LicenseConsumer::default(),
        ];
        let keys: Vec<String> = keyed(&list).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["login:mona", "unnamed", "login:mona#2", "unnamed#2"]);
    }

    #[test]
    fn changes_applied_to_the_earlier_load_give_the_later_one() {
        let before: BTreeMap<String, u8> = [("a", 1), ("b", 2), ("c", 3)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let after: BTreeMap<String, u8> = [("b", 2), ("c", 4), ("d", 5)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let delta = changes(&before, &after);
        assert_eq!(delta.get("a"), Some(&PersonChange::Removed));
        assert_eq!(delta.get("b"), None);
        assert_eq!(delta.get("c"), Some(&PersonChange::Changed(4)));
        assert_eq!(delta.get("d"), Some(&PersonChange::Added(5)));
        assert_eq!(
            ChangeCounts::of(delta.values()),
            ChangeCounts {
                added: 1,
                removed: 1,
                changed: 1
            }
        );
        let mut state = before;
        apply(&mut state, delta);
        assert_eq!(state, after);
    }
}
