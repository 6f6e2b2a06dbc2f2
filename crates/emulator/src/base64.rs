//! Standard base64 (RFC 4648 §4, with `=` padding), written here so the emulator needs no
//! crate for the few places it writes or reads it (the license-usage export's user payload
//! and the license public key).
//!
//! Decoding is strict about the alphabet, the padding and the unused bits of the last
//! character: a changed character must never decode to the same bytes, so a tampered
//! payload is always noticed.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The base64 of `bytes`.
pub(crate) fn encode(bytes: &[u8]) -> String {
    // Built as bytes, not chars: this runs over tens of megabytes for a large export.
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let at = |v: u32, shift: u32| ALPHABET[((v >> shift) & 0x3f) as usize];
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let v = u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2]);
        out.extend_from_slice(&[at(v, 18), at(v, 12), at(v, 6), at(v, 0)]);
    }
    match *chunks.remainder() {
        [a] => {
            let v = u32::from(a) << 16;
            out.extend_from_slice(&[at(v, 18), at(v, 12), b'=', b'=']);
        }
        [a, b] => {
            let v = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend_from_slice(&[at(v, 18), at(v, 12), at(v, 6), b'=']);
        }
        _ => {}
    }
    // Every byte comes from the ASCII alphabet or is `=`.
    String::from_utf8(out).unwrap_or_default()
}

/// Why a text is not base64: the byte offset of the first problem, for the error message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotBase64 {
    pub(crate) at: usize,
}

/// The bytes `text` encodes. ASCII whitespace is skipped (some tools wrap base64 lines).
pub(crate) fn decode(text: &str) -> Result<Vec<u8>, NotBase64> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut quad = [0u8; 4];
    let mut filled = 0;
    let mut padding = 0;
    let mut last_at = 0;
    for (at, b) in text.bytes().enumerate() {
        if b.is_ascii_whitespace() {
            continue;
        }
        last_at = at;
        let v = match b {
            b'=' => {
                // Padding may only close the last group, in its third or fourth place.
                if filled < 2 {
                    return Err(NotBase64 { at });
                }
                padding += 1;
                0
            }
            _ if padding > 0 => return Err(NotBase64 { at }),
            _ => value_of(b).ok_or(NotBase64 { at })?,
        };
        quad[filled] = v;
        filled += 1;
        if filled == 4 {
            let v = u32::from(quad[0]) << 18
                | u32::from(quad[1]) << 12
                | u32::from(quad[2]) << 6
                | u32::from(quad[3]);
            let [_, a, b, c] = v.to_be_bytes();
            match padding {
                0 => out.extend([a, b, c]),
                // Bits the padding leaves unused must be zero, or two texts would decode
                // to the same bytes.
                1 if c == 0 => out.extend([a, b]),
                2 if b == 0 && c == 0 => out.push(a),
                _ => return Err(NotBase64 { at }),
            }
            filled = 0;
        }
    }
    if filled != 0 {
        return Err(NotBase64 { at: last_at });
    }
    Ok(out)
}

fn value_of(b: u8) -> Option<u8> {
    match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_matches_the_rfc_4648_test_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(decode(coded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn every_byte_value_round_trips() {
        let bytes: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for n in 0..bytes.len() {
            assert_eq!(decode(&encode(&bytes[..n])).unwrap(), &bytes[..n]);
        }
    }

    #[test]
    fn wrapped_lines_are_read() {
        assert_eq!(decode("Zm9v\nYmFy\n").unwrap(), b"foobar");
    }

    #[test]
    fn malformed_text_is_refused_where_it_goes_wrong() {
        assert_eq!(decode("Zm9v!mFy"), Err(NotBase64 { at: 4 }));
        assert_eq!(decode("Zm9vY"), Err(NotBase64 { at: 4 }));
        assert_eq!(decode("Z==="), Err(NotBase64 { at: 1 }));
        assert_eq!(decode("Zg==Zg=="), Err(NotBase64 { at: 4 }));
        // "Zh==" differs from "Zg==" only in bits the padding leaves unused.
        assert!(decode("Zh==").is_err());
        assert!(decode("Zm9=").is_err());
    }
}
