//! Checks that the encrypted user list has the shape of base64 text, without decoding it.
//!
//! The list is ciphertext only GitHub can read, so decoding it would prove nothing more than
//! the shape does, and would copy up to a hundred megabytes. The check runs on the JSON
//! string as it sits in the file, escapes included: Ruby's `Base64.encode64` breaks lines
//! every 60 characters, which JSON carries as `\n`, and some encoders write `/` as `\/`.

use ghls_l10n::{msg, Message};

/// The verdict on a user list.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Payload {
    /// Well-formed base64 of `chars` characters, padding included, blank space excluded.
    Base64 { chars: u64 },
    /// Nothing but blank space.
    Empty,
    /// Not base64; the message says where it goes wrong.
    Invalid(Message),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Data,
    Pad,
    Blank,
    Other,
}

const fn class_table() -> [Class; 256] {
    let mut t = [Class::Other; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' {
            Class::Data
        } else if c == b'=' {
            Class::Pad
        } else if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
            Class::Blank
        } else {
            Class::Other
        };
        b += 1;
    }
    t
}

static CLASS: [Class; 256] = class_table();

/// Checks `raw`, a JSON string literal exactly as it appears in the file (quotes included).
pub(super) fn check_json_string(raw: &str) -> Payload {
    let Some(body) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return Payload::Invalid(msg!("usage-rule-base64-not-text"));
    };
    let bytes = body.as_bytes();
    let mut data: u64 = 0;
    let mut pad: u64 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (unit, next) = match bytes[i] {
            b'\\' => escaped(body, i),
            b => (Unit::Byte(b), i + 1),
        };
        let class = match unit {
            Unit::Byte(b) => CLASS[usize::from(b)],
            Unit::Foreign => Class::Other,
        };
        match class {
            Class::Data if pad > 0 => {
                return Payload::Invalid(msg!("usage-rule-base64-padding-early", at = i + 1));
            }
            Class::Data => data += 1,
            Class::Pad => {
                pad += 1;
                if pad > 2 {
                    return Payload::Invalid(msg!("usage-rule-base64-padding-excess", at = i + 1));
                }
            }
            Class::Blank => {}
            Class::Other => {
                return Payload::Invalid(msg!(
                    "usage-rule-base64-bad-character",
                    char = describe(body, i),
                    at = i + 1
                ));
            }
        }
        i = next;
    }
    let total = data + pad;
    if total == 0 {
        return Payload::Empty;
    }
    if !total.is_multiple_of(4) {
        return Payload::Invalid(msg!("usage-rule-base64-length", chars = total));
    }
    Payload::Base64 { chars: total }
}

enum Unit {
    Byte(u8),
    /// A character outside ASCII, which base64 never uses.
    Foreign,
}

/// Reads the escape starting at `at` (a backslash); returns what it stands for and where
/// the next character starts.
fn escaped(body: &str, at: usize) -> (Unit, usize) {
    let bytes = body.as_bytes();
    match bytes.get(at + 1) {
        Some(b'n') => (Unit::Byte(b'\n'), at + 2),
        Some(b'r') => (Unit::Byte(b'\r'), at + 2),
        Some(b't') => (Unit::Byte(b'\t'), at + 2),
        Some(b'/') => (Unit::Byte(b'/'), at + 2),
        Some(b'u') => {
            let code = body
                .get(at + 2..at + 6)
                .and_then(|hex| u32::from_str_radix(hex, 16).ok());
            match code.and_then(|c| u8::try_from(c).ok()).filter(u8::is_ascii) {
                Some(b) => (Unit::Byte(b), at + 6),
                None => (Unit::Foreign, at + 6),
            }
        }
        // `\"`, `\\`, `\b`, `\f`: none of them is base64.
        _ => (Unit::Foreign, at + 2),
    }
}

/// The character at `at`, for a message: an escape, a control character, or itself quoted.
fn describe(body: &str, at: usize) -> ghls_l10n::Arg {
    if body.as_bytes().get(at) == Some(&b'\\') {
        let escape: String = body.get(at..).unwrap_or("").chars().take(6).collect();
        let escape = if escape.starts_with("\\u") {
            escape
        } else {
            escape.chars().take(2).collect()
        };
        return msg!("usage-rule-char-escape", escape = escape).into();
    }
    match body.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) if c.is_control() => msg!(
            "usage-rule-char-control",
            code = format!("{:04X}", u32::from(c))
        )
        .into(),
        Some(c) => format!("'{c}'").into(),
        None => msg!("usage-rule-char-unknown").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_l10n::Lang;

    fn check(body: &str) -> Payload {
        check_json_string(&format!("\"{body}\""))
    }

    #[test]
    fn padded_and_unpadded_base64_is_well_formed() {
        assert_eq!(check("QUJD"), Payload::Base64 { chars: 4 });
        assert_eq!(check("QUI="), Payload::Base64 { chars: 4 });
        assert_eq!(check("QQ=="), Payload::Base64 { chars: 4 });
        assert_eq!(check("ab+/AB09"), Payload::Base64 { chars: 8 });
    }

    #[test]
    fn line_breaks_written_as_json_escapes_are_ignored() {
        assert_eq!(check("QUJD\\nQUJD\\r\\n"), Payload::Base64 { chars: 8 });
        assert_eq!(check(" QUJD\\tQUI= "), Payload::Base64 { chars: 8 });
    }

    #[test]
    fn escaped_slashes_and_unicode_escapes_of_base64_characters_count_as_data() {
        assert_eq!(check("ab\\/c"), Payload::Base64 { chars: 4 });
        assert_eq!(
            check("ab\\/cde\\u003D\\u003d"),
            Payload::Base64 { chars: 8 }
        );
    }

    #[test]
    fn blank_text_is_empty() {
        assert_eq!(check(""), Payload::Empty);
        assert_eq!(check(" \\n "), Payload::Empty);
    }

    #[test]
    fn a_length_that_is_not_a_multiple_of_four_is_refused() {
        let Payload::Invalid(why) = check("QUJDQ") else {
            panic!("accepted")
        };
        let why = why.in_lang(Lang::En);
        assert!(why.contains("multiple of 4"), "{why}");
    }

    #[test]
    fn characters_outside_the_alphabet_are_named() {
        let Payload::Invalid(why) = check("QU-D") else {
            panic!("accepted")
        };
        let why = why.in_lang(Lang::En);
        assert!(why.contains("'-' at character 3"), "{why}");
        let Payload::Invalid(why) = check("QUéD") else {
            panic!("accepted")
        };
        let why = why.in_lang(Lang::En);
        assert!(why.contains("'é'"), "{why}");
        let Payload::Invalid(why) = check("QU\\u00e9D") else {
            panic!("accepted")
        };
        let why = why.in_lang(Lang::En);
        assert!(why.contains("\\u00e9"), "{why}");
        let Payload::Invalid(why) = check("QU\\\"D") else {
            panic!("accepted")
        };
        let why = why.in_lang(Lang::En);
        assert!(why.contains("escape \\\""), "{why}");
    }

    #[test]
    fn padding_in_the_middle_or_three_pads_is_refused() {
        assert!(matches!(check("QQ==QUJD"), Payload::Invalid(_)));
        assert!(matches!(check("Q==="), Payload::Invalid(_)));
    }

    #[test]
    fn a_dangling_backslash_does_not_panic() {
        assert!(matches!(check("QUJ\\"), Payload::Invalid(_)));
        assert!(matches!(check("QUJ\\u00"), Payload::Invalid(_)));
        assert!(matches!(check_json_string("\""), Payload::Invalid(_)));
        assert!(matches!(check_json_string(""), Payload::Invalid(_)));
    }
}
