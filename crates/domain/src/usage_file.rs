//! The GHES license-usage export: the file an admin downloads from GHES (Enterprise settings
//! → License → Export license usage, or `ghe-license usage` in the admin shell) and uploads
//! to GHEC with **Add server usage**. This module says whether a file is one.
//!
//! Source: github-api.md §2 (GitHub's docs name the fields, not the JSON keys; one
//! unverified runbook shows an `instance` object and a base64 `users` blob). Known gaps: no
//! official sample exists, so key spellings, where the metadata sits and the shape of
//! `features` are all read leniently. The user list is ciphertext: it is checked for the
//! shape of base64 and never decoded or counted.
//!
//! Recognition is content-first: a file is judged by its bytes, and its name only breaks
//! the tie for a `.ghl` license file that is not recognisable by content.

mod base64;
mod json;
mod refusal;
mod review;
mod sniff;

use ghls_l10n::{msg, Lang, Message};
use serde::Serialize;
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub use refusal::{Refusal, RefusalKind};
pub use review::{
    assess, review, warnings, FileAge, KnownInstance, UsageContext, UsageReview, UsageVerdict,
    UsageWarning, WarningKind, STALE_EXPORT_AFTER_DAYS,
};

use base64::Payload;
use json::{Fields, Loose, Top};

/// The largest file accepted as a usage export: 256 MiB.
///
/// The export carries, per GHES user, the user ID, the email addresses and (GHES 3.12+) the
/// GHAS / Code Security / Secret Protection flags (github-api.md §2.1): about 150–250 bytes
/// of JSON per user in plain text. Encrypted and base64-encoded (×4/3) that is up to about
/// 350 bytes per user, so the largest instances we plan for, 300,000 users, make about
/// 105 MB. 256 MiB leaves more than twice that as headroom for users with many addresses,
/// while still refusing an archive or a disk image picked by mistake before it is read.
pub const MAX_USAGE_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The feature whose presence hints that Connect license sync is on (github-api.md §2.4).
const LICENSE_USAGE_SYNC: &str = "license_usage_sync";

/// A file recognised as a GHES license-usage export: what the confirmation screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UsageExport {
    pub host_name: String,
    pub server_id: String,
    pub version: String,
    pub features: Vec<UsageFeature>,
    /// Whether the instance serves plain HTTP; GitHub's docs show `True`/`False`.
    pub http_only: Option<bool>,
    /// The hash of the GHES license the export names.
    pub license_hash: Option<String>,
    /// Whether the license's public key is in the file. The key itself is never shown.
    pub public_key_present: bool,
    /// Base64 characters in the encrypted user list, line breaks excluded.
    #[ts(type = "number")]
    pub payload_bytes: u64,
    #[ts(type = "number")]
    pub file_size: u64,
    /// SHA-256 of the whole file, lower-case hex: proves later which file was uploaded.
    pub sha256: String,
    /// The features include `license_usage_sync`: a hint, not proof, that GitHub Connect
    /// license sync is enabled on the instance.
    pub license_usage_sync_hint: bool,
}

/// A GitHub Connect feature the export lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UsageFeature {
    pub name: String,
    /// When it was enabled, verbatim; its format is undocumented.
    pub enabled_at: Option<String>,
    /// Set only when the file says so explicitly.
    pub enabled: Option<bool>,
}

/// Says whether `bytes`, the content of the file called `file_name` (a name or a path), is
/// a GHES license-usage export, and if not, what it is (in the process's language). Never
/// panics, whatever the bytes.
pub fn recognise(bytes: &[u8], file_name: &str) -> Result<UsageExport, Refusal> {
    recognise_in(bytes, file_name, ghls_l10n::language())
}

/// [`recognise`], with a refusal worded in `lang`.
pub fn recognise_in(bytes: &[u8], file_name: &str, lang: Lang) -> Result<UsageExport, Refusal> {
    classify(bytes, MAX_USAGE_FILE_BYTES, lang).map_err(|kind| {
        if kind.is_generic() && sniff::named_ghl(file_name) {
            Refusal::new_in(RefusalKind::GhlLicense, lang)
        } else {
            Refusal::new_in(kind, lang)
        }
    })
}

/// What a JSON value is, for a refusal ("a number"): `key` is one of `usage-rule-value`'s.
fn value_message(key: &'static str) -> Message {
    msg!("usage-rule-value", value = key)
}

fn classify(bytes: &[u8], cap: u64, lang: Lang) -> Result<UsageExport, RefusalKind> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > cap {
        return Err(RefusalKind::TooLarge { size, cap });
    }
    if bytes.is_empty() {
        return Err(RefusalKind::Empty { blank: false });
    }
    let text = sniff::text(bytes)?;
    let start = text.trim_start();
    if start.is_empty() {
        return Err(RefusalKind::Empty { blank: true });
    }
    if !start.starts_with(['{', '[']) && sniff::is_ghec_csv(start) {
        return Err(RefusalKind::GhecCsv);
    }
    let fields = match serde_json::from_str::<Top<'_>>(text) {
        Ok(Top::Object(fields)) => fields,
        Ok(Top::Array { consumers: true }) => return Err(RefusalKind::ConsumedLicensesJson),
        Ok(Top::Array { consumers: false }) => {
            return Err(RefusalKind::NotAnObject {
                found: value_message("list").in_lang(lang),
            })
        }
        Ok(Top::Scalar(found)) => {
            return Err(RefusalKind::NotAnObject {
                found: value_message(found).in_lang(lang),
            })
        }
        Err(e) => return Err(json_error(&e)),
    };
    let export = read_export(&fields, lang)?;
    Ok(UsageExport {
        file_size: size,
        sha256: sha256_hex(bytes),
        ..export
    })
}

fn json_error(e: &serde_json::Error) -> RefusalKind {
    let line = u64::try_from(e.line()).unwrap_or(u64::MAX);
    let column = u64::try_from(e.column()).unwrap_or(u64::MAX);
    if e.is_eof() {
        return RefusalKind::Truncated { line, column };
    }
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let detail = full.strip_suffix(&position).unwrap_or(&full).to_owned();
    RefusalKind::NotJson {
        line,
        column,
        detail,
    }
}

/// Judges an object: another of GitHub's JSON files, an export, or neither.
fn read_export(top: &Fields<'_>, lang: Lang) -> Result<UsageExport, RefusalKind> {
    if !top.has_metadata() {
        if top.server_instances {
            return Err(RefusalKind::SyncStatusJson);
        }
        if top.seat_totals || top.consumer || top.users.is_some_and(|u| u.get().starts_with('[')) {
            return Err(RefusalKind::ConsumedLicensesJson);
        }
    }
    if !top.has_export_fields() {
        return Err(RefusalKind::OtherJson);
    }

    let instance_raw = top.instance.filter(|v| v.get() != "null");
    let instance = instance_raw.and_then(json::object);
    let mut problems = Vec::new();
    if let (Some(raw), None) = (instance_raw, &instance) {
        problems.push(msg!(
            "usage-rule-problem-instance-not-object",
            value = value_message(Loose::read(raw).describe())
        ));
    }
    // The instance object is where the runbook puts the metadata; the top level is the
    // fallback for files that flatten it.
    let pick = |f: for<'b> fn(&'b Fields<'b>) -> Option<&'b RawValue>| {
        instance
            .as_ref()
            .and_then(|i| f(i).filter(|v| v.get() != "null"))
            .or_else(|| f(top).filter(|v| v.get() != "null"))
    };
    let server_id = required_text(pick(|f| f.server_id), "server-id", &mut problems);
    let host_name = required_text(pick(|f| f.host_name), "host-name", &mut problems);
    let version = required_text(pick(|f| f.version), "version", &mut problems);
    let (Some(server_id), Some(host_name), Some(version)) = (server_id, host_name, version) else {
        return Err(RefusalKind::MissingMetadata {
            problems: problems.iter().map(|p| p.in_lang(lang)).collect(),
        });
    };

    let Some(users) = pick(|f| f.users) else {
        return Err(RefusalKind::NoUsers { host_name });
    };
    let payload_bytes = match base64::check_json_string(users.get()) {
        Payload::Base64 { chars } => chars,
        Payload::Empty => return Err(RefusalKind::EmptyUsers { host_name }),
        Payload::Invalid(detail) if users.get().starts_with('"') => {
            return Err(RefusalKind::UsersNotBase64 {
                detail: detail.in_lang(lang),
            })
        }
        Payload::Invalid(_) => {
            let value = value_message(Loose::read(users).describe());
            return Err(RefusalKind::UsersNotBase64 {
                detail: msg!("usage-rule-users-not-text", value = value).in_lang(lang),
            });
        }
    };

    let features = pick(|f| f.features).map(json::features).unwrap_or_default();
    let license_usage_sync_hint = features.iter().any(|f| {
        f.enabled != Some(false)
            && f.name
                .replace('-', "_")
                .eq_ignore_ascii_case(LICENSE_USAGE_SYNC)
    });
    Ok(UsageExport {
        host_name,
        server_id,
        version,
        features,
        http_only: pick(|f| f.http_only).and_then(http_only),
        license_hash: pick(|f| f.license).and_then(|raw| match Loose::read(raw) {
            Loose::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        }),
        public_key_present: pick(|f| f.public_key).is_some_and(|raw| match Loose::read(raw) {
            Loose::Text(t) => !t.trim().is_empty(),
            Loose::Null => false,
            _ => true,
        }),
        payload_bytes,
        file_size: 0,
        sha256: String::new(),
        license_usage_sync_hint,
    })
}

/// A metadata field that must be non-empty text; records what is wrong with it otherwise.
/// `field` is the field's selector in `usage-rule-problem-*` (`server-id`).
fn required_text(
    raw: Option<&RawValue>,
    field: &'static str,
    problems: &mut Vec<Message>,
) -> Option<String> {
    let Some(raw) = raw else {
        problems.push(msg!("usage-rule-problem-missing", field = field));
        return None;
    };
    match Loose::read(raw) {
        Loose::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
        Loose::Text(_) => {
            problems.push(msg!("usage-rule-problem-empty", field = field));
            None
        }
        other => {
            problems.push(msg!(
                "usage-rule-problem-not-text",
                field = field,
                value = value_message(other.describe())
            ));
            None
        }
    }
}

/// Reads `http_only` as GitHub's docs show it (`True`/`False`) or as a JSON boolean.
fn http_only(raw: &RawValue) -> Option<bool> {
    match Loose::read(raw) {
        Loose::Bool(b) => Some(b),
        Loose::Text(t) => match t.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" => Some(false),
            _ => None,
        },
        Loose::Number(0.0) => Some(false),
        Loose::Number(1.0) => Some(true),
        _ => None,
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(digest.len() * 2);
    for b in digest {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0x0F)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYLOAD: &str = "QUJDRA==";

    fn refusal(json: &str) -> RefusalKind {
        recognise(json.as_bytes(), "usage.json")
            .unwrap_err()
            .kind()
            .clone()
    }

    #[test]
    fn the_runbook_shape_is_accepted_with_its_details() {
        let json = format!(
            r#"{{"instance": {{"server_id": "2f6c9a1e", "host_name": "ghes.example.com",
                "version": "3.15.2", "public_key": "-----BEGIN PUBLIC KEY-----",
                "features": ["license_usage_sync", "search"]}}, "users": "{PAYLOAD}"}}"#
        );
        let e = recognise(json.as_bytes(), "usage.json").unwrap();
        assert_eq!(e.host_name, "ghes.example.com");
        assert_eq!(e.server_id, "2f6c9a1e");
        assert_eq!(e.version, "3.15.2");
        assert!(e.public_key_present);
        assert!(e.license_usage_sync_hint);
        assert_eq!(e.payload_bytes, 8);
        assert_eq!(e.file_size, json.len() as u64);
        assert_eq!(e.sha256.len(), 64);
    }

    #[test]
    fn the_sha256_is_the_lower_case_hex_of_the_whole_file() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_version_given_as_a_number_is_named_in_the_refusal() {
        let json = format!(
            r#"{{"server_id": "a", "host_name": "h", "version": 3.15, "users": "{PAYLOAD}"}}"#
        );
        let RefusalKind::MissingMetadata { problems } = refusal(&json) else {
            panic!("not missing metadata")
        };
        assert_eq!(problems, vec!["the version is a number, not text"]);
    }

    #[test]
    fn a_sync_disabled_feature_is_no_hint() {
        let json = format!(
            r#"{{"server_id": "a", "host_name": "h", "version": "3.16.0", "users": "{PAYLOAD}",
                "features": {{"license_usage_sync": false}}}}"#
        );
        let e = recognise(json.as_bytes(), "usage.json").unwrap();
        assert!(!e.license_usage_sync_hint);
    }

    #[test]
    fn an_instance_that_is_not_an_object_is_reported() {
        let RefusalKind::MissingMetadata { problems } =
            refusal(r#"{"instance": "ghes", "users": "QUJD"}"#)
        else {
            panic!("not missing metadata")
        };
        assert_eq!(problems.first().unwrap(), "instance is text, not an object");
    }

    #[test]
    fn bytes_over_the_cap_are_refused_before_they_are_read() {
        let json = format!(
            r#"{{"server_id": "a", "host_name": "h", "version": "3", "users": "{PAYLOAD}"}}"#
        );
        let cap = json.len() as u64;
        assert!(classify(json.as_bytes(), cap, Lang::En).is_ok());
        assert_eq!(
            classify(format!("{json} ").as_bytes(), cap, Lang::En),
            Err(RefusalKind::TooLarge { size: cap + 1, cap })
        );
    }
}
