//! Recognises a file by its first bytes, before any JSON is read: encodings an export never
//! has (UTF-16, binary, legacy 8-bit text), the `.ghl` license file, and the GHEC CSV report.

use super::RefusalKind;
use crate::consumed::CONSUMED_LICENSE_FIELDS;

/// How far into the file the byte-pattern heuristics look. Enough for a few lines of text.
const SNIFF_LEN: usize = 4096;

/// The text of the file, UTF-8 BOM removed, or why the bytes cannot be an export.
pub(super) fn text(bytes: &[u8]) -> Result<&str, RefusalKind> {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(RefusalKind::Utf16 { big_endian: false });
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(RefusalKind::Utf16 { big_endian: true });
    }
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    if is_license_file(body) {
        return Err(RefusalKind::GhlLicense);
    }
    if let Some(big_endian) = utf16_without_bom(body) {
        return Err(RefusalKind::Utf16 { big_endian });
    }
    std::str::from_utf8(body).map_err(|e| RefusalKind::NotText {
        offset: u64::try_from(bom + e.valid_up_to()).unwrap_or(u64::MAX),
        binary: looks_binary(body),
    })
}

/// A `.ghl` by its content. GitHub does not document the format; the license files seen in
/// the wild are gzip-compressed tarballs, and PGP armour is the other form license bundles
/// take, so the container signatures are what we can rely on.
fn is_license_file(bytes: &[u8]) -> bool {
    const GZIP: &[u8] = &[0x1F, 0x8B];
    const ARMOUR: &[u8] = b"-----BEGIN PGP ";
    let tar = bytes.get(257..262) == Some(b"ustar".as_slice());
    let armoured = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .and_then(|start| bytes.get(start..))
        .is_some_and(|rest| rest.starts_with(ARMOUR));
    bytes.starts_with(GZIP) || tar || armoured
}

/// UTF-16 without a byte-order mark: mostly ASCII text, so every other byte is NUL. Returns
/// whether it is big-endian. JSON never contains a raw NUL, so this cannot hide an export.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = bytes.get(..bytes.len().min(SNIFF_LEN)).unwrap_or(bytes);
    let pairs = head.chunks_exact(2);
    let total = pairs.len();
    if total == 0 {
        return None;
    }
    let (mut le, mut be) = (0, 0);
    for pair in pairs {
        match *pair {
            [0, b] if b != 0 => be += 1,
            [a, 0] if a != 0 => le += 1,
            _ => {}
        }
    }
    // Three quarters leaves room for non-ASCII characters in otherwise ASCII text.
    if le * 4 >= total * 3 {
        Some(false)
    } else if be * 4 >= total * 3 {
        Some(true)
    } else {
        None
    }
}

/// Binary data rather than text in some 8-bit encoding: NUL bytes, or many control bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(SNIFF_LEN)).unwrap_or(bytes);
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    head.contains(&0) || control * 32 > head.len()
}

/// Columns of older GHEC consumed-licenses reports, besides today's fields
/// ([`CONSUMED_LICENSE_FIELDS`]).
const OLDER_GHEC_COLUMNS: &[&str] = &[
    "github_com_enterprise_role",
    "enterprise_server_primary_emails",
];

/// True when the first line of `text` is the header of GHEC's consumed-licenses CSV. Cells
/// may be quoted, and spreadsheet tools may have turned `github_com_login` into
/// "GitHub com login" or changed the separator, so cells are folded before comparing.
pub(super) fn is_ghec_csv(text: &str) -> bool {
    let line = text.trim_start().lines().next().unwrap_or("");
    let Some(separator) = [',', ';', '\t'].into_iter().find(|&s| line.contains(s)) else {
        return false;
    };
    let known = line
        .split(separator)
        .map(fold_cell)
        .filter(|cell| {
            CONSUMED_LICENSE_FIELDS.contains(&cell.as_str())
                || OLDER_GHEC_COLUMNS.contains(&cell.as_str())
        })
        .count();
    known >= 2
}

fn fold_cell(cell: &str) -> String {
    cell.trim()
        .trim_matches('"')
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// True when `file_name` (a bare name or a path) ends in `.ghl`, in any case.
pub(super) fn named_ghl(file_name: &str) -> bool {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    name.len() > 4
        && name
            .get(name.len() - 4..)
            .is_some_and(|ext| ext.eq_ignore_ascii_case(".ghl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_recognised_by_its_nul_bytes_without_a_bom() {
        let le: Vec<u8> = "{\"a\": 1}".bytes().flat_map(|b| [b, 0]).collect();
        let be: Vec<u8> = "{\"a\": 1}".bytes().flat_map(|b| [0, b]).collect();
        assert_eq!(text(&le), Err(RefusalKind::Utf16 { big_endian: false }));
        assert_eq!(text(&be), Err(RefusalKind::Utf16 { big_endian: true }));
    }

    #[test]
    fn the_ghec_header_is_recognised_quoted_renamed_or_with_semicolons() {
        assert!(is_ghec_csv("github_com_login,github_com_name\nx,y"));
        assert!(is_ghec_csv("\"GitHub com login\";\"License type\"\r\n"));
        assert!(!is_ghec_csv("login,name\n"));
        assert!(!is_ghec_csv("github_com_login\n"));
    }

    #[test]
    fn a_ghl_name_is_read_from_paths_in_any_case() {
        assert!(named_ghl("license.ghl"));
        assert!(named_ghl("C:\\Users\\me\\Downloads\\ACME.GHL"));
        assert!(named_ghl("/tmp/x/enterprise.ghl"));
        assert!(!named_ghl(".ghl/usage.json"));
        assert!(!named_ghl("usage.json"));
        assert!(!named_ghl("ghl"));
        assert!(!named_ghl("é.gh"));
    }

    #[test]
    fn latin1_text_is_not_binary_but_random_bytes_are() {
        assert!(!looks_binary(b"caf\xE9 cr\xE8me, na\xEFve\n"));
        assert!(looks_binary(&[0x13, 0x88, 0x02, 0x99, 0x04, 0x00, 0xC3]));
    }
}
