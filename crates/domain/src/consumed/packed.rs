//! The compact in-memory form of a license consumer.
//!
//! A 300,000-seat enterprise is 300,000 consumers held for the whole session, each with up
//! to 13 text values. Held as `Option<String>` and `Vec<String>` fields that is about 360
//! bytes of struct plus a heap block per value and per list (a growing `Vec` reserves room
//! for 4): about 1 KB per consumer, 300 MB at 300k. Packed, a consumer is one text block
//! holding every value back to back and one block of offsets: about a quarter of that.
//!
//! The slots, in the REST API's field order, are scalars (one piece each; an empty piece
//! is "none", as the client already decodes GitHub's `""`) and lists (as many pieces as
//! items). `index` starts with the lists' lengths, then where each piece of `text` ends.

use std::fmt;

/// What kind of slot, in field order.
#[derive(Clone, Copy)]
enum Slot {
    Scalar,
    List(usize),
}

/// Slots in the REST API's field order (the booleans and the count are kept apart).
const SLOTS: [Slot; 13] = [
    Slot::Scalar,  // github_com_login
    Slot::Scalar,  // github_com_name
    Slot::List(0), // enterprise_server_user_ids
    Slot::Scalar,  // license_type
    Slot::Scalar,  // github_com_profile
    Slot::List(1), // github_com_member_roles
    Slot::List(2), // github_com_enterprise_roles
    Slot::List(3), // github_com_verified_domain_emails
    Slot::Scalar,  // github_com_saml_name_id
    Slot::List(4), // github_com_orgs_with_pending_invites
    Slot::List(5), // enterprise_server_emails
    Slot::Scalar,  // visual_studio_license_status
    Slot::Scalar,  // visual_studio_subscription_email
];

const LISTS: usize = 6;

pub(super) mod slot {
    pub const LOGIN: usize = 0;
    pub const NAME: usize = 1;
    pub const SERVER_USER_IDS: usize = 2;
    pub const LICENSE_TYPE: usize = 3;
    pub const PROFILE: usize = 4;
    pub const MEMBER_ROLES: usize = 5;
    pub const ENTERPRISE_ROLES: usize = 6;
    pub const VERIFIED_DOMAIN_EMAILS: usize = 7;
    pub const SAML_NAME_ID: usize = 8;
    pub const ORGS_WITH_PENDING_INVITES: usize = 9;
    pub const SERVER_EMAILS: usize = 10;
    pub const VS_LICENSE_STATUS: usize = 11;
    pub const VS_EMAIL: usize = 12;
}

/// Every text value of one consumer, packed.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub(super) struct Texts {
    text: Box<str>,
    index: Box<[u32]>,
}

/// What a slot holds while packing.
pub(super) enum Value<'a> {
    Scalar(Option<&'a str>),
    List(&'a [String]),
}

impl Texts {
    /// Packs the 13 slots' values, given in [`SLOTS`] order.
    ///
    /// Text beyond `u32::MAX` bytes for one consumer cannot come from a page GitHub serves
    /// (the client bounds response bodies far below it); the offsets saturate rather than
    /// wrap, so such a value would read back shortened, never as another field's text.
    pub(super) fn pack(values: [Value<'_>; 13]) -> Self {
        let mut lengths = [0u32; LISTS];
        let mut parts: Vec<&str> = Vec::with_capacity(SLOTS.len() + 4);
        for (slot, value) in SLOTS.iter().zip(&values) {
            match (slot, value) {
                (Slot::Scalar, Value::Scalar(s)) => parts.push(s.unwrap_or_default()),
                (Slot::Scalar, Value::List(items)) => {
                    parts.push(items.first().map_or("", String::as_str));
                }
                (Slot::List(l), value) => {
                    let before = parts.len();
                    match value {
                        Value::List(items) => parts.extend(items.iter().map(String::as_str)),
                        Value::Scalar(s) => parts.extend(*s),
                    }
                    if let Some(n) = lengths.get_mut(*l) {
                        *n = to_u32(parts.len() - before);
                    }
                }
            }
        }
        let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let mut index = Vec::with_capacity(LISTS + parts.len());
        index.extend_from_slice(&lengths);
        for part in parts {
            text.push_str(part);
            index.push(to_u32(text.len()));
        }
        Self {
            text: text.into_boxed_str(),
            index: index.into_boxed_slice(),
        }
    }

    /// The pieces of slot `n`: where its first piece is in the ends, and how many.
    fn pieces(&self, n: usize) -> (usize, usize) {
        let mut first = LISTS;
        for slot in SLOTS.iter().take(n) {
            first += self.count(*slot);
        }
        let count = SLOTS.get(n).map_or(0, |s| self.count(*s));
        (first, count)
    }

    fn count(&self, slot: Slot) -> usize {
        match slot {
            Slot::Scalar => 1,
            Slot::List(l) => self.index.get(l).map_or(0, |&n| n as usize),
        }
    }

    fn piece(&self, at: usize) -> &str {
        let start = if at == LISTS {
            0
        } else {
            self.index
                .get(at.wrapping_sub(1))
                .map_or(0, |&e| e as usize)
        };
        let end = self.index.get(at).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or_default()
    }

    /// Slot `n` as a scalar: `None` when empty.
    pub(super) fn scalar(&self, n: usize) -> Option<&str> {
        let (first, _) = self.pieces(n);
        Some(self.piece(first)).filter(|s| !s.is_empty())
    }

    /// Slot `n` as a list.
    pub(super) fn list(&self, n: usize) -> Strs<'_> {
        let (first, count) = self.pieces(n);
        Strs {
            texts: self,
            next: first,
            end: first + count,
        }
    }

    /// Heap bytes held (text and offsets), for the memory test.
    #[cfg(test)]
    pub(super) fn heap_bytes(&self) -> usize {
        self.text.len() + self.index.len() * std::mem::size_of::<u32>()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The items of one list field of a consumer, in GitHub's order: used like a slice of
/// strings (`len`, `get`, `first`, iteration) without owning any.
#[derive(Clone, Copy)]
pub struct Strs<'a> {
    texts: &'a Texts,
    next: usize,
    end: usize,
}

impl<'a> Strs<'a> {
    /// How many items.
    pub fn len(&self) -> usize {
        self.end - self.next
    }

    /// True when the list has no item.
    pub fn is_empty(&self) -> bool {
        self.next >= self.end
    }

    /// Item `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        (i < self.len()).then(|| self.texts.piece(self.next + i))
    }

    /// The first item.
    pub fn first(&self) -> Option<&'a str> {
        self.get(0)
    }

    /// The items (the list itself is already an iterator; this reads like a slice's).
    pub fn iter(&self) -> Self {
        *self
    }

    /// The items as owned strings.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl<'a> Iterator for Strs<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let item = self.get(0)?;
        self.next += 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }
}

impl DoubleEndedIterator for Strs<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let last = self.len().checked_sub(1)?;
        let item = self.get(last)?;
        self.end -= 1;
        Some(item)
    }
}

impl ExactSizeIterator for Strs<'_> {}

impl fmt::Debug for Strs<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq<[&str]> for Strs<'_> {
    fn eq(&self, other: &[&str]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == *b)
    }
}

impl PartialEq<Vec<&str>> for Strs<'_> {
    fn eq(&self, other: &Vec<&str>) -> bool {
        *self == other[..]
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Strs<'_> {
    fn eq(&self, other: &[&str; N]) -> bool {
        *self == other[..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn every_slot_reads_back_what_was_packed_including_empty_lists_and_none() {
        let ids = strings(&["ghes.example:12", "other:7"]);
        let roles = strings(&["Owner"]);
        let none: Vec<String> = Vec::new();
        let emails = strings(&["a@x.example", "", "ü@ß.example"]);
        let texts = Texts::pack([
            Value::Scalar(Some("mona")),
            Value::Scalar(None),
            Value::List(&ids),
            Value::Scalar(Some("Enterprise")),
            Value::Scalar(Some("https://github.com/mona")),
            Value::List(&roles),
            Value::List(&none),
            Value::List(&emails),
            Value::Scalar(Some("mona@x.example")),
            Value::List(&none),
            Value::List(&none),
            Value::Scalar(None),
            Value::Scalar(Some("vs@x.example")),
        ]);
        assert_eq!(texts.scalar(slot::LOGIN), Some("mona"));
        assert_eq!(texts.scalar(slot::NAME), None);
        assert_eq!(
            texts.list(slot::SERVER_USER_IDS),
            ["ghes.example:12", "other:7"]
        );
        assert_eq!(texts.scalar(slot::LICENSE_TYPE), Some("Enterprise"));
        assert_eq!(texts.scalar(slot::PROFILE), Some("https://github.com/mona"));
        assert_eq!(texts.list(slot::MEMBER_ROLES), ["Owner"]);
        assert!(texts.list(slot::ENTERPRISE_ROLES).is_empty());
        assert_eq!(
            texts.list(slot::VERIFIED_DOMAIN_EMAILS),
            ["a@x.example", "", "ü@ß.example"]
        );
        assert_eq!(texts.scalar(slot::SAML_NAME_ID), Some("mona@x.example"));
        assert!(texts.list(slot::ORGS_WITH_PENDING_INVITES).is_empty());
        assert_eq!(texts.list(slot::SERVER_EMAILS).len(), 0);
        assert_eq!(texts.scalar(slot::VS_LICENSE_STATUS), None);
        assert_eq!(texts.scalar(slot::VS_EMAIL), Some("vs@x.example"));
        // Out of range reads are empty, not a panic.
        assert_eq!(texts.scalar(99), None);
        assert!(texts.list(99).is_empty());
        assert_eq!(texts.list(slot::MEMBER_ROLES).get(5), None);
    }

    #[test]
    fn a_list_iterates_from_both_ends_and_reports_its_length() {
        let items = strings(&["a", "bb", "ccc"]);
        let mut values = [(); 13].map(|_| Value::Scalar(None));
        values[slot::SERVER_EMAILS] = Value::List(&items);
        let texts = Texts::pack(values);
        let mut list = texts.list(slot::SERVER_EMAILS);
        assert_eq!(list.len(), 3);
        assert_eq!(list.next_back(), Some("ccc"));
        assert_eq!(list.next(), Some("a"));
        assert_eq!(list.len(), 1);
        assert_eq!(list.collect::<Vec<_>>(), ["bb"]);
        assert_eq!(
            texts.list(slot::SERVER_EMAILS).rev().collect::<Vec<_>>(),
            ["ccc", "bb", "a"]
        );
    }
}
