//! How addresses and names are compared: case-insensitively, `+tags` stripped from local
//! parts, accents and separators folded in names, and keyed by a 64-bit fingerprint so the
//! indexes over 300,000 consumers hold no strings of their own. A fingerprint only finds
//! candidates; every candidate is confirmed by comparing the normalised text itself, so a
//! fingerprint collision can cost time but never produce a wrong finding.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Local parts shared by unrelated people or by machines: a match on these says nothing.
/// Sorted, for a binary search.
const GENERIC_LOCAL_PARTS: &[&str] = &[
    "admin",
    "administrator",
    "bot",
    "build",
    "builder",
    "ci",
    "contact",
    "deploy",
    "dev",
    "devops",
    "ghe",
    "ghes",
    "git",
    "github",
    "hello",
    "help",
    "info",
    "it",
    "jenkins",
    "mail",
    "no-reply",
    "noreply",
    "office",
    "ops",
    "postmaster",
    "root",
    "security",
    "service",
    "support",
    "svc",
    "sysadmin",
    "team",
    "test",
    "tester",
    "testing",
    "user",
    "webmaster",
];

/// How many emails of one entry are compared. People have a handful; an entry with
/// thousands is broken data, and capping it keeps the analysis linear in the input.
pub(super) const MAX_EMAILS_PER_ENTRY: usize = 64;

/// How many parent domains of a domain are tried against the verified ones.
const MAX_PARENT_DOMAINS: usize = 16;

/// Local parts shorter than this (in characters) are too common to mean one person.
const MIN_LOCAL_PART_CHARS: usize = 3;

/// The two halves of an address, split at its last `@`; `None` unless both are non-empty.
pub(super) fn split_email(email: &str) -> Option<(&str, &str)> {
    let (local, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.');
    (!local.is_empty() && !domain.is_empty()).then_some((local, domain))
}

/// A domain and its parent domains (`eng.corp.com`, `com`, `corp.com`), at most
/// [`MAX_PARENT_DOMAINS`] parents, so a domain of ten thousand dots costs no more than
/// reading it.
pub(super) fn domain_and_parents(domain: &str) -> impl Iterator<Item = &str> {
    let parents = domain
        .rmatch_indices('.')
        .take(MAX_PARENT_DOMAINS)
        .filter_map(move |(i, _)| domain.get(i + 1..))
        .filter(|parent| !parent.is_empty());
    std::iter::once(domain).chain(parents)
}

/// The part of a local part that names the mailbox: `mona+ghes` is `mona`.
pub(super) fn mailbox(local: &str) -> &str {
    local.split('+').next().unwrap_or(local)
}

/// True when a (tag-stripped) local part, already lower-cased, is specific enough to
/// suggest one person.
pub(super) fn is_distinctive_local_part(lower_mailbox: &str) -> bool {
    lower_mailbox
        .chars()
        .nth(MIN_LOCAL_PART_CHARS - 1)
        .is_some()
        && GENERIC_LOCAL_PARTS.binary_search(&lower_mailbox).is_err()
}

/// Writes `s` lower-cased and trimmed into `out` (cleared first).
pub(super) fn lower_into(s: &str, out: &mut String) {
    out.clear();
    let s = s.trim();
    // Addresses are nearly always ASCII; lower-casing bytes in place is much cheaper.
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

/// True when `a` and `b` are the same text ignoring case and surrounding blanks.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    a.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .eq(b.trim().chars().flat_map(char::to_lowercase))
}

/// Writes `name` folded for comparison into `out` (cleared first): lower case, common Latin
/// accents removed, words split on blanks, `.`, `_`, `-` and `,` and joined by one space.
/// Returns the number of words. "Jean-Luc  Picard" and `jean.luc.picard` both give
/// "jean luc picard".
pub(super) fn name_into(name: &str, out: &mut String) -> usize {
    out.clear();
    let mut words = 0;
    let mut in_word = false;
    let mut fold = |c: char| {
        if c.is_whitespace() || matches!(c, '.' | '_' | '-' | ',') {
            in_word = false;
            return;
        }
        if !in_word {
            if words > 0 {
                out.push(' ');
            }
            words += 1;
            in_word = true;
        }
        if c.is_ascii() {
            out.push(c);
        } else {
            fold_accent(c, out);
        }
    };
    for c in name.chars() {
        // Most names are ASCII: skip the Unicode lower-casing tables for them.
        if c.is_ascii() {
            fold(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut fold);
        }
    }
    words
}

/// Pushes `c` without its accent, for the Latin letters names most often carry.
fn fold_accent(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ð' | 'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// A deterministic 64-bit fingerprint: eight bytes at a time (FxHash's step), then a
/// finaliser so every bit is mixed, as the pre-hashed maps below need. Stable across runs
/// and platforms, so finding ids built from it are stable too.
pub(super) fn fingerprint(parts: &[&str]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut h: u64 = 0;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // A word no text ends with, so ["ab", "c"] and ["a", "bc"] differ.
            h = step(h, u64::MAX);
        }
        let bytes = part.as_bytes();
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            h = step(h, u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        for (t, b) in tail.iter_mut().zip(rest) {
            *t = *b;
        }
        // The length tells "a" from "a\0".
        h = step(h, u64::from_le_bytes(tail) ^ ((bytes.len() as u64) << 56));
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A hasher for keys that already are fingerprints: hashing them again would be wasted.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by fingerprints.
pub(super) type FpMap<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_splits_at_its_last_at_sign_and_needs_both_halves() {
        assert_eq!(split_email(" Mona@Corp.com. "), Some(("Mona", "Corp.com")));
        assert_eq!(split_email("a@b@c.com"), Some(("a@b", "c.com")));
        assert_eq!(split_email("mona"), None);
        assert_eq!(split_email("@corp.com"), None);
        assert_eq!(split_email("mona@"), None);
    }

    #[test]
    fn a_domain_comes_with_its_parents() {
        let all: Vec<_> = domain_and_parents("eng.corp.com").collect();
        assert_eq!(all, ["eng.corp.com", "com", "corp.com"]);
        let dots = ".".repeat(10_000);
        assert!(domain_and_parents(&dots).count() <= 1 + MAX_PARENT_DOMAINS);
    }

    #[test]
    fn a_plus_tag_does_not_change_the_mailbox() {
        assert_eq!(mailbox("mona+ghes"), "mona");
        assert_eq!(mailbox("mona"), "mona");
    }

    #[test]
    fn generic_and_short_local_parts_are_not_distinctive() {
        for generic in ["admin", "ci", "jo", "noreply", "root", "git", "webmaster"] {
            assert!(!is_distinctive_local_part(generic), "{generic}");
        }
        assert!(GENERIC_LOCAL_PARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_distinctive_local_part("mona"));
        assert!(is_distinctive_local_part("zoë"));
    }

    #[test]
    fn names_compare_without_case_accents_or_separators() {
        let (mut a, mut b) = (String::new(), String::new());
        assert_eq!(name_into("  José   Müller-Lüdenscheidt ", &mut a), 3);
        assert_eq!(name_into("jose.muller_ludenscheidt", &mut b), 3);
        assert_eq!(a, b);
        assert_eq!(name_into("...", &mut a), 0);
        assert_eq!(a, "");
    }

    #[test]
    fn fingerprints_separate_the_parts_they_join() {
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        assert_ne!(fingerprint(&["a"]), fingerprint(&["a\0"]));
        assert_ne!(
            fingerprint(&["mona.lisa@corp.com"]),
            fingerprint(&["mona.lisa@corp.con"])
        );
        assert_eq!(fingerprint(&["mona"]), fingerprint(&["mona"]));
    }
}
