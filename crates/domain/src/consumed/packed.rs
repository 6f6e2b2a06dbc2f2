//! The compact in-memory form of a license consumer.
//!
//! A 300,000-seat enterprise is 300,000 consumers held for the whole session, each with up
//! to 13 text values. Held as `Option<String>` and `Vec<String>` fields that is about 360
//! bytes of struct plus a heap block per value and per list (a growing `Vec` reserves room
//! for 4): about 1 KB per consumer, 300 MB at 300k.
//!
//! Packed, the consumers of one page (up to [`BLOCK`]) share one [`Block`]: one text
//! holding every value back to back and one array of `u32` offsets. A consumer is a shared
//! pointer to its block and its place in it (16 bytes with its flags), so no consumer has a
//! heap block of its own, and copying a page of consumers (a refresh reusing it) copies
//! pointers, not text. A value a consumer already has (one email is often its verified,
//! server, SAML and Visual Studio email) is stored once and pointed at again.
//!
//! The slots, in the REST API's field order, are scalars (one piece each; an empty piece
//! is "none", as the client already decodes GitHub's `""`) and lists (as many pieces as
//! items). A consumer's offsets start at its place: [`HEADER`] values (where its text
//! starts in the block, its `total_user_accounts`, its lists' lengths), then where each
//! piece ends, counted from its text's start, or [`REPEAT`] and the number of the earlier
//! piece it repeats.

use std::fmt;
use std::sync::{Arc, OnceLock};

/// Consumers packed into one block at most (a page is 100).
pub(super) const BLOCK: usize = 128;

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
const SCALARS: usize = SLOTS.len() - LISTS;

/// A consumer's offsets before its pieces: text start, `total_user_accounts` (present, low
/// and high half), then the lists' lengths.
const HEADER: usize = 4 + LISTS;
const TEXT_START: usize = 0;
const ACCOUNTS: usize = 1;
const LENGTHS: usize = 4;

/// Marks a piece that repeats an earlier piece of the same consumer (whose number is in
/// the other bits) instead of ending somewhere in the text.
const REPEAT: u32 = 1 << 31;

/// Earlier pieces a new piece is compared with for a repeat.
const REPEATS_CHECKED: usize = 16;

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

/// The packed values of the consumers packed together.
#[derive(Default)]
struct Block {
    text: Box<str>,
    index: Box<[u32]>,
}

/// One consumer's values: its block, shared, and its place there; and its four optional
/// booleans, two bits each (kept here, where they fill what would be padding).
#[derive(Clone)]
pub(super) struct Texts {
    block: Arc<Block>,
    at: u32,
    pub(super) flags: u8,
}

/// What a slot holds while packing.
pub(super) enum Value<'a> {
    Scalar(Option<&'a str>),
    List(&'a [String]),
}

/// Packs consumers into one block.
#[derive(Default)]
pub(super) struct Packer {
    text: String,
    index: Vec<u32>,
    /// Each packed consumer's place and flags.
    placed: Vec<(u32, u8)>,
}

impl Packer {
    /// Packs one consumer: the 13 slots' values in [`SLOTS`] order.
    ///
    /// Text beyond `u32::MAX` bytes in one block cannot come from a page GitHub serves
    /// (the client bounds response bodies far below it); the offsets saturate rather than
    /// wrap, so such a value would read back shortened, never as another field's text.
    pub(super) fn push(&mut self, values: [Value<'_>; 13], accounts: Option<i64>, flags: u8) {
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
        let at = to_u32(self.index.len());
        let start = self.text.len();
        // Two's complement halves: `as` is the bit-exact split, read back by `accounts`.
        let bits = accounts.unwrap_or_default() as u64;
        self.index.extend_from_slice(&[
            to_u32(start),
            u32::from(accounts.is_some()),
            bits as u32,
            (bits >> 32) as u32,
        ]);
        self.index.extend_from_slice(&lengths);
        for (k, part) in parts.iter().enumerate() {
            let earlier = parts
                .iter()
                .take(k.min(REPEATS_CHECKED))
                .position(|p| !p.is_empty() && p == part);
            match earlier {
                // The earlier one is stored (a repeat points at the first of its kind).
                Some(e) => self.index.push(REPEAT | to_u32(e)),
                None => {
                    self.text.push_str(part);
                    self.index.push(to_end(self.text.len() - start));
                }
            }
        }
        self.placed.push((at, flags));
    }

    /// How many consumers are packed.
    pub(super) fn len(&self) -> usize {
        self.placed.len()
    }

    /// The packed consumers, sharing one block; the packer is empty again.
    pub(super) fn finish(&mut self) -> impl Iterator<Item = Texts> {
        let block = Arc::new(Block {
            text: std::mem::take(&mut self.text).into_boxed_str(),
            index: std::mem::take(&mut self.index).into_boxed_slice(),
        });
        std::mem::take(&mut self.placed)
            .into_iter()
            .map(move |(at, flags)| Texts {
                block: block.clone(),
                at,
                flags,
            })
    }
}

impl Default for Texts {
    /// No value at all; one shared block, so a default consumer allocates nothing.
    fn default() -> Self {
        static EMPTY: OnceLock<Arc<Block>> = OnceLock::new();
        let block = EMPTY.get_or_init(|| {
            Arc::new(Block {
                text: Box::default(),
                index: vec![0; HEADER + SCALARS].into_boxed_slice(),
            })
        });
        Self {
            block: block.clone(),
            at: 0,
            flags: 0,
        }
    }
}

impl Texts {
    /// Packs one consumer in a block of its own (tests, and code that changes a consumer).
    pub(super) fn pack(values: [Value<'_>; 13], accounts: Option<i64>, flags: u8) -> Self {
        let mut packer = Packer::default();
        packer.push(values, accounts, flags);
        packer.finish().next().unwrap_or_default()
    }

    /// This consumer's offset `i` (0 past the end: reads as empty, never as another's).
    fn offset(&self, i: usize) -> u32 {
        self.block
            .index
            .get((self.at as usize).saturating_add(i))
            .copied()
            .unwrap_or(0)
    }

    pub(super) fn accounts(&self) -> Option<i64> {
        (self.offset(ACCOUNTS) != 0).then(|| {
            let bits =
                u64::from(self.offset(ACCOUNTS + 1)) | (u64::from(self.offset(ACCOUNTS + 2)) << 32);
            // The bit-exact inverse of the split in `push`.
            bits as i64
        })
    }

    /// The pieces of slot `n`: the number of its first piece, and how many.
    fn pieces(&self, n: usize) -> (usize, usize) {
        let mut first = 0;
        for slot in SLOTS.iter().take(n) {
            first += self.count(*slot);
        }
        let count = SLOTS.get(n).map_or(0, |s| self.count(*s));
        (first, count)
    }

    fn count(&self, slot: Slot) -> usize {
        match slot {
            Slot::Scalar => 1,
            Slot::List(l) => self.offset(LENGTHS + l) as usize,
        }
    }

    /// Piece `p`'s text.
    fn piece(&self, p: usize) -> &str {
        let mut p = p;
        let mut end = self.offset(HEADER + p);
        if end & REPEAT != 0 {
            let earlier = (end & !REPEAT) as usize;
            end = self.offset(HEADER + earlier);
            if earlier >= p || end & REPEAT != 0 {
                return "";
            }
            p = earlier;
        }
        // It starts where the last stored piece before it ends.
        let start = (0..p)
            .rev()
            .map(|k| self.offset(HEADER + k))
            .find(|e| e & REPEAT == 0)
            .unwrap_or(0);
        let base = self.offset(TEXT_START) as usize;
        self.block
            .text
            .get(base + start as usize..base + end as usize)
            .unwrap_or_default()
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

    /// Bytes of its block this consumer's values take (text and offsets), for the memory
    /// test.
    #[cfg(test)]
    pub(super) fn heap_bytes(&self) -> usize {
        let (first, count) = self.pieces(SLOTS.len());
        let pieces = first + count;
        let text = (0..pieces)
            .map(|k| self.offset(HEADER + k))
            .filter(|e| e & REPEAT == 0)
            .max()
            .unwrap_or(0) as usize;
        text + (HEADER + pieces) * std::mem::size_of::<u32>()
    }
}

/// Equal values, wherever they are packed.
impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        self.flags == other.flags
            && self.accounts() == other.accounts()
            && SLOTS.iter().enumerate().all(|(n, slot)| match slot {
                Slot::Scalar => self.scalar(n) == other.scalar(n),
                Slot::List(_) => self.list(n).eq(other.list(n)),
            })
    }
}

impl Eq for Texts {}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A piece's end: below [`REPEAT`], saturating (see [`Packer::push`]).
fn to_end(n: usize) -> u32 {
    to_u32(n).min(REPEAT - 1)
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
        let texts = Texts::pack(
            [
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
            ],
            Some(-3),
            0b10,
        );
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
        assert_eq!((texts.accounts(), texts.flags), (Some(-3), 0b10));
    }

    /// Slot values with `email` in the four fields that often hold one person's address.
    fn with_email<'a>(login: &'a str, email: &'a [String]) -> [Value<'a>; 13] {
        let mut values = [(); 13].map(|_| Value::Scalar(None));
        values[slot::LOGIN] = Value::Scalar(Some(login));
        values[slot::VERIFIED_DOMAIN_EMAILS] = Value::List(email);
        values[slot::SAML_NAME_ID] = Value::Scalar(email.first().map(String::as_str));
        values[slot::SERVER_EMAILS] = Value::List(email);
        values[slot::VS_EMAIL] = Value::Scalar(email.first().map(String::as_str));
        values
    }

    #[test]
    fn a_value_repeated_in_other_fields_is_stored_once_and_reads_back_everywhere() {
        let email = strings(&["mona@x.example"]);
        let texts = Texts::pack(with_email("mona", &email), None, 0);
        assert_eq!(&*texts.block.text, "monamona@x.example");
        assert_eq!(texts.list(slot::VERIFIED_DOMAIN_EMAILS), ["mona@x.example"]);
        assert_eq!(texts.scalar(slot::SAML_NAME_ID), Some("mona@x.example"));
        assert_eq!(texts.list(slot::SERVER_EMAILS), ["mona@x.example"]);
        assert_eq!(texts.scalar(slot::VS_EMAIL), Some("mona@x.example"));
        assert_eq!(texts.scalar(slot::LOGIN), Some("mona"));
        assert_eq!(
            texts.scalar(slot::NAME),
            None,
            "empty values are never repeats"
        );
        // Equal to the same values packed without sharing anything.
        let mut other = Packer::default();
        other.push(with_email("hubot", &strings(&["h@x.example"])), None, 0);
        other.push(with_email("mona", &email), None, 0);
        let packed: Vec<Texts> = other.finish().collect();
        assert!(Arc::ptr_eq(&packed[0].block, &packed[1].block), "one block");
        assert!(packed[1] == texts);
        assert!(packed[0] != texts);
        assert_eq!(packed[0].scalar(slot::SAML_NAME_ID), Some("h@x.example"));
    }

    #[test]
    fn total_user_accounts_reads_back_at_both_ends_of_its_range() {
        for accounts in [
            None,
            Some(0),
            Some(1),
            Some(-1),
            Some(i64::MAX),
            Some(i64::MIN),
        ] {
            let values = [(); 13].map(|_| Value::Scalar(None));
            assert_eq!(Texts::pack(values, accounts, 0).accounts(), accounts);
        }
    }

    #[test]
    fn a_default_consumer_reads_as_empty_and_shares_one_block() {
        let (a, b) = (Texts::default(), Texts::default());
        assert!(Arc::ptr_eq(&a.block, &b.block));
        for n in 0..SLOTS.len() {
            assert_eq!(a.scalar(n), None);
        }
        assert!(a.list(slot::SERVER_EMAILS).is_empty());
        assert_eq!(a.accounts(), None);
        let empty = [(); 13].map(|_| Value::Scalar(None));
        assert!(a == Texts::pack(empty, None, 0));
    }

    #[test]
    fn a_list_iterates_from_both_ends_and_reports_its_length() {
        let items = strings(&["a", "bb", "ccc"]);
        let mut values = [(); 13].map(|_| Value::Scalar(None));
        values[slot::SERVER_EMAILS] = Value::List(&items);
        let texts = Texts::pack(values, None, 0);
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
