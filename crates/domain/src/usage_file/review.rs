//! What the app should point out about an export it accepted: it comes from an instance
//! that is not configured, it is old, or its GHES version cannot sync with GHE.com. These
//! are warnings, not refusals: the admin may know better, and GitHub has the last word.

use ghls_l10n::{msg, Lang, Message};
use serde::Serialize;
use time::{Duration, OffsetDateTime};
use ts_rs::TS;

use super::{recognise, Refusal, UsageExport};
use crate::age::describe_age;
use crate::sync_status::same_host;

/// An export whose file is older than this many days gets a warning: the same threshold
/// as a stale license sync (product.md), GitHub Connect's weekly rhythm.
pub const STALE_EXPORT_AFTER_DAYS: i64 = 7;

/// The first GHES release that can sync license usage to GHE.com
/// (`data/features/ghecom-license-sync.yml`, github-api.md §5).
const GHE_COM_MIN_VERSION: (u64, u64) = (3, 15);

/// A GHES instance configured in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownInstance<'a> {
    pub hostname: &'a str,
    /// The server ID GitHub reported for it (license-sync-status), when known.
    pub server_id: Option<&'a str>,
}

/// What the warnings are judged against. The domain has no clock and no file system, so
/// the caller passes both the time and the file's modification time.
#[derive(Debug, Clone, Copy)]
pub struct UsageContext<'a> {
    pub now: OffsetDateTime,
    /// When the file was last modified, when the file system says.
    pub modified: Option<OffsetDateTime>,
    pub instances: &'a [KnownInstance<'a>],
    /// The GHEC target is on GHE.com (data residency) rather than github.com.
    pub target_is_ghe_com: bool,
}

/// Something about an accepted export the admin should look at before uploading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum WarningKind {
    /// The app has no GHES instance configured to compare with.
    NoInstancesConfigured { host_name: String },
    /// Neither the host nor the server ID is a configured instance's; or the server ID is,
    /// under another host name (`same_server_as`), as after a rename.
    UnknownInstance {
        host_name: String,
        server_id: String,
        same_server_as: Option<String>,
    },
    /// The host is configured, but GitHub knows it under another server ID.
    ServerIdMismatch {
        host_name: String,
        expected: String,
        found: String,
    },
    /// The file was last modified more than [`STALE_EXPORT_AFTER_DAYS`] ago.
    Stale {
        #[ts(type = "number")]
        age_days: i64,
        /// The age in words ("2 weeks ago").
        age: String,
    },
    /// The GHEC target is on GHE.com and the export's GHES version is older than 3.15.
    VersionTooOldForGheCom { version: String },
}

/// A warning, worded for the admin when it is made (the UI receives the text), from the
/// messages [`UsageWarning::reason_message`] and [`UsageWarning::fix_message`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UsageWarning {
    #[serde(flatten)]
    kind: WarningKind,
    message: String,
    fix: String,
}

impl UsageWarning {
    /// Words the warning of `kind` in the process's language.
    pub fn new(kind: WarningKind) -> Self {
        Self::new_in(kind, ghls_l10n::language())
    }

    /// Words the warning of `kind` in `lang`.
    pub fn new_in(kind: WarningKind, lang: Lang) -> Self {
        let (message, fix) = words(&kind);
        Self {
            message: message.in_lang(lang),
            fix: fix.in_lang(lang),
            kind,
        }
    }

    /// What to look at, as a message of `locales/*/usage-file-rules.ftl`.
    pub fn reason_message(&self) -> Message {
        words(&self.kind).0
    }

    /// What to do, as a message of `locales/*/usage-file-rules.ftl`.
    pub fn fix_message(&self) -> Message {
        words(&self.kind).1
    }

    pub fn kind(&self) -> &WarningKind {
        &self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn fix(&self) -> &str {
        &self.fix
    }
}

/// How old the file is, from its modification time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FileAge {
    #[ts(type = "number")]
    pub seconds: i64,
    /// "3 days ago".
    pub words: String,
}

/// An accepted export with what the confirmation screen says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UsageReview {
    pub export: UsageExport,
    /// Absent when the modification time is unknown.
    pub age: Option<FileAge>,
    pub warnings: Vec<UsageWarning>,
}

/// What the Add server usage screen shows for a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
#[ts(export)]
pub enum UsageVerdict {
    Accepted(UsageReview),
    Refused(Refusal),
}

/// Recognises `bytes` and, for an export, reviews it in `ctx`: the one call the services
/// layer needs once it has read the file.
pub fn assess(bytes: &[u8], file_name: &str, ctx: &UsageContext<'_>) -> UsageVerdict {
    match recognise(bytes, file_name) {
        Ok(export) => UsageVerdict::Accepted(review(export, ctx)),
        Err(refusal) => UsageVerdict::Refused(refusal),
    }
}

/// Adds the file's age and the warnings to an accepted export.
pub fn review(export: UsageExport, ctx: &UsageContext<'_>) -> UsageReview {
    let age = ctx.modified.map(|at| FileAge {
        seconds: (ctx.now - at).whole_seconds(),
        words: describe_age(at, ctx.now),
    });
    let warnings = warnings(&export, ctx);
    UsageReview {
        export,
        age,
        warnings,
    }
}

/// What the admin should look at before uploading `export`, most important first.
pub fn warnings(export: &UsageExport, ctx: &UsageContext<'_>) -> Vec<UsageWarning> {
    let mut out = Vec::new();
    out.extend(instance_warning(export, ctx.instances));
    if let Some(at) = ctx.modified {
        let age = ctx.now - at;
        if age > Duration::days(STALE_EXPORT_AFTER_DAYS) {
            out.push(WarningKind::Stale {
                age_days: age.whole_days(),
                age: describe_age(at, ctx.now),
            });
        }
    }
    if ctx.target_is_ghe_com
        && major_minor(&export.version).is_some_and(|v| v < GHE_COM_MIN_VERSION)
    {
        out.push(WarningKind::VersionTooOldForGheCom {
            version: export.version.clone(),
        });
    }
    out.into_iter().map(UsageWarning::new).collect()
}

fn instance_warning(export: &UsageExport, instances: &[KnownInstance<'_>]) -> Option<WarningKind> {
    if instances.is_empty() {
        return Some(WarningKind::NoInstancesConfigured {
            host_name: export.host_name.clone(),
        });
    }
    let same_id = |known: Option<&str>| {
        known.is_some_and(|k| k.trim().eq_ignore_ascii_case(export.server_id.trim()))
    };
    let host = host_key(&export.host_name);
    if let Some(by_host) = instances
        .iter()
        .find(|i| same_host(&host_key(i.hostname), &host))
    {
        return match by_host.server_id.filter(|id| !id.trim().is_empty()) {
            Some(expected) if !same_id(Some(expected)) => Some(WarningKind::ServerIdMismatch {
                host_name: export.host_name.clone(),
                expected: expected.trim().to_owned(),
                found: export.server_id.clone(),
            }),
            _ => None,
        };
    }
    Some(WarningKind::UnknownInstance {
        host_name: export.host_name.clone(),
        server_id: export.server_id.clone(),
        same_server_as: instances
            .iter()
            .find(|i| same_id(i.server_id))
            .map(|i| i.hostname.to_owned()),
    })
}

/// The host part of a configured address or an export's host name: a scheme, a path, user
/// info and a port are dropped, so `https://GHES.example.com:8443/` is `GHES.example.com`.
/// Case and a trailing dot are left to [`same_host`].
fn host_key(raw: &str) -> String {
    let s = raw.trim();
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let s = s.split(['/', '?', '#']).next().unwrap_or(s);
    let s = s.rsplit_once('@').map_or(s, |(_, host)| host);
    if let Some(bracketed) = s.strip_prefix('[') {
        // An IPv6 literal: its colons are not a port.
        return bracketed.split(']').next().unwrap_or(bracketed).to_owned();
    }
    match s.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !host.contains(':') => {
            host.to_owned()
        }
        _ => s.to_owned(),
    }
}

/// Reads the major and minor release from a GHES version such as `3.14.2`,
/// `enterprise-server@3.14` or `v3.15.0.rc1`; `None` when there are not two numbers.
fn major_minor(version: &str) -> Option<(u64, u64)> {
    let start = version.find(|c: char| c.is_ascii_digit())?;
    let mut parts = version.get(start..)?.split('.').map(|p| {
        let digits = p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len());
        p.get(..digits).and_then(|d| d.parse::<u64>().ok())
    });
    Some((parts.next()??, parts.next()??))
}

fn words(kind: &WarningKind) -> (Message, Message) {
    use WarningKind as K;
    match kind {
        K::NoInstancesConfigured { host_name } => (
            msg!("usage-rule-no-instances", host = host_name),
            msg!("usage-rule-no-instances-fix", host = host_name),
        ),
        K::UnknownInstance {
            host_name,
            server_id,
            same_server_as: None,
        } => (
            msg!(
                "usage-rule-unknown-instance",
                host = host_name,
                server_id = server_id
            ),
            msg!("usage-rule-unknown-instance-fix", host = host_name),
        ),
        K::UnknownInstance {
            host_name,
            server_id,
            same_server_as: Some(known),
        } => (
            msg!(
                "usage-rule-renamed-instance",
                host = host_name,
                server_id = server_id,
                known = known
            ),
            msg!(
                "usage-rule-renamed-instance-fix",
                known = known,
                host = host_name
            ),
        ),
        K::ServerIdMismatch {
            host_name,
            expected,
            found,
        } => (
            msg!(
                "usage-rule-server-id-mismatch",
                host = host_name,
                expected = expected,
                found = found
            ),
            msg!("usage-rule-server-id-mismatch-fix", host = host_name),
        ),
        K::Stale { age_days, age } => (
            msg!("usage-rule-stale", age = age, days = *age_days),
            msg!(
                "usage-rule-stale-fix",
                steps = msg!("usage-rule-export-steps")
            ),
        ),
        K::VersionTooOldForGheCom { version } => (
            msg!("usage-rule-version-too-old", version = version),
            msg!("usage-rule-version-too-old-fix"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    fn export(host: &str, id: &str, version: &str) -> UsageExport {
        UsageExport {
            host_name: host.into(),
            server_id: id.into(),
            version: version.into(),
            features: vec![],
            http_only: None,
            license_hash: None,
            public_key_present: false,
            payload_bytes: 4,
            file_size: 100,
            sha256: String::new(),
            license_usage_sync_hint: false,
        }
    }

    fn ctx<'a>(instances: &'a [KnownInstance<'a>]) -> UsageContext<'a> {
        UsageContext {
            now: NOW,
            modified: Some(NOW - Duration::hours(1)),
            instances,
            target_is_ghe_com: false,
        }
    }

    fn kinds(e: &UsageExport, c: &UsageContext<'_>) -> Vec<WarningKind> {
        warnings(e, c).into_iter().map(|w| w.kind).collect()
    }

    const GHES: KnownInstance<'static> = KnownInstance {
        hostname: "https://GHES.example.com:8443/",
        server_id: Some("AAA-111"),
    };

    #[test]
    fn an_export_of_a_configured_host_with_its_server_id_has_no_warnings() {
        let e = export("ghes.example.com.", "aaa-111", "3.15.2");
        assert_eq!(kinds(&e, &ctx(&[GHES])), vec![]);
        let unknown_id = KnownInstance {
            server_id: None,
            ..GHES
        };
        assert_eq!(kinds(&e, &ctx(&[unknown_id])), vec![]);
    }

    #[test]
    fn an_export_of_an_unconfigured_host_is_flagged_and_a_known_server_id_suggests_a_rename() {
        let e = export("other.example.com", "zzz", "3.15.2");
        assert!(matches!(
            kinds(&e, &ctx(&[GHES]))[..],
            [WarningKind::UnknownInstance {
                same_server_as: None,
                ..
            }]
        ));
        let e = export("renamed.example.com", "AAA-111", "3.15.2");
        let [WarningKind::UnknownInstance {
            same_server_as: Some(known),
            ..
        }] = &kinds(&e, &ctx(&[GHES]))[..]
        else {
            panic!("no rename hint")
        };
        assert_eq!(known, GHES.hostname);
    }

    #[test]
    fn a_configured_host_with_another_server_id_is_flagged() {
        let e = export("ghes.example.com", "bbb-222", "3.15.2");
        assert_eq!(
            kinds(&e, &ctx(&[GHES])),
            vec![WarningKind::ServerIdMismatch {
                host_name: "ghes.example.com".into(),
                expected: "AAA-111".into(),
                found: "bbb-222".into()
            }]
        );
    }

    #[test]
    fn with_no_instance_configured_the_admin_is_told_nothing_can_be_checked() {
        let e = export("ghes.example.com", "a", "3.15.2");
        assert!(matches!(
            kinds(&e, &ctx(&[]))[..],
            [WarningKind::NoInstancesConfigured { .. }]
        ));
    }

    #[test]
    fn a_file_older_than_seven_days_is_stale() {
        let e = export("ghes.example.com", "aaa-111", "3.15.2");
        let mut c = ctx(&[GHES]);
        c.modified = Some(NOW - Duration::days(7) + Duration::minutes(1));
        assert_eq!(kinds(&e, &c), vec![]);
        c.modified = Some(NOW - Duration::days(9));
        assert_eq!(
            kinds(&e, &c),
            vec![WarningKind::Stale {
                age_days: 9,
                age: "9 days ago".into()
            }]
        );
        c.modified = None;
        assert_eq!(kinds(&e, &c), vec![]);
    }

    #[test]
    fn ghes_older_than_3_15_is_flagged_only_for_a_ghe_com_target() {
        let mut c = ctx(&[GHES]);
        let old = export("ghes.example.com", "aaa-111", "3.14.2");
        assert_eq!(kinds(&old, &c), vec![]);
        c.target_is_ghe_com = true;
        assert_eq!(
            kinds(&old, &c),
            vec![WarningKind::VersionTooOldForGheCom {
                version: "3.14.2".into()
            }]
        );
        for fine in ["3.15.0", "3.16", "4.0.1", "unknown", "3", ""] {
            let e = export("ghes.example.com", "aaa-111", fine);
            assert_eq!(kinds(&e, &c), vec![], "{fine}");
        }
    }

    #[test]
    fn versions_are_read_leniently() {
        assert_eq!(major_minor("3.14.2"), Some((3, 14)));
        assert_eq!(major_minor("v3.15.0.rc1"), Some((3, 15)));
        assert_eq!(major_minor("enterprise-server@3.9"), Some((3, 9)));
        assert_eq!(major_minor("3.x"), None);
        assert_eq!(major_minor("99999999999999999999.1"), None);
    }

    #[test]
    fn host_keys_drop_scheme_port_path_and_user() {
        assert_eq!(
            host_key("https://admin@GHES.example.com:8443/x"),
            "GHES.example.com"
        );
        assert_eq!(host_key("ghes.example.com."), "ghes.example.com.");
        assert_eq!(host_key("[::1]:443"), "::1");
        assert_eq!(host_key("::1"), "::1");
    }

    #[test]
    fn the_review_gives_the_file_age_in_seconds_and_words() {
        let r = review(
            export("ghes.example.com", "aaa-111", "3.15.2"),
            &ctx(&[GHES]),
        );
        assert_eq!(
            r.age,
            Some(FileAge {
                seconds: 3600,
                words: "1 hour ago".into()
            })
        );
    }

    #[test]
    fn a_verdict_reaches_the_ui_as_one_object_tagged_by_status() {
        let v = assess(b"[1]", "usage.json", &ctx(&[GHES]));
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["status"], "refused");
        assert_eq!(json["kind"], "not_an_object");
        assert!(json["message"].as_str().unwrap().contains("a list"));

        let file = br#"{"server_id": "bbb", "host_name": "ghes.example.com", "version": "3.15.2", "users": "QUJD"}"#;
        let json = serde_json::to_value(assess(file, "usage.json", &ctx(&[GHES]))).unwrap();
        assert_eq!(json["status"], "accepted");
        assert_eq!(json["export"]["server_id"], "bbb");
        assert_eq!(json["age"]["seconds"], 3600);
        assert_eq!(json["warnings"][0]["kind"], "server_id_mismatch");
        assert!(json["warnings"][0]["fix"].is_string());
    }

    #[test]
    fn a_usage_warning_reads_in_spanish_and_portuguese() {
        let w = UsageWarning::new(WarningKind::ServerIdMismatch {
            host_name: "ghes.example.com".into(),
            expected: "AAA-111".into(),
            found: "bbb-222".into(),
        });
        assert_eq!(
            w.reason_message().in_lang(Lang::Es),
            "GitHub conoce ghes.example.com con el ID del servidor AAA-111, pero esta exportación \
             tiene el ID del servidor bbb-222: viene de otro appliance con el mismo nombre, como \
             una réplica, una copia de staging o una instancia reconstruida."
        );
        let then = NOW - Duration::days(9);
        let stale = |lang| {
            UsageWarning::new_in(
                WarningKind::Stale {
                    age_days: 9,
                    age: crate::age::age_message(then, NOW).in_lang(lang),
                },
                lang,
            )
        };
        assert_eq!(
            stale(Lang::PtBr).message(),
            "Este arquivo foi alterado pela última vez há 9 dias (9 dias): os usuários dele podem \
             não corresponder mais à instância."
        );
        assert_eq!(
            stale(Lang::En).message(),
            "This file was last changed 9 days ago (9 days): the users in it may no longer match \
             the instance."
        );
        assert_eq!(
            stale(Lang::En).fix(),
            "Export the usage again on GHES (Enterprise settings → License → Export license \
             usage) so GitHub Enterprise Cloud counts today's users."
        );
    }

    #[test]
    fn every_warning_is_worded_distinctly() {
        let all = [
            WarningKind::NoInstancesConfigured {
                host_name: "h".into(),
            },
            WarningKind::UnknownInstance {
                host_name: "h".into(),
                server_id: "i".into(),
                same_server_as: None,
            },
            WarningKind::UnknownInstance {
                host_name: "h".into(),
                server_id: "i".into(),
                same_server_as: Some("k".into()),
            },
            WarningKind::ServerIdMismatch {
                host_name: "h".into(),
                expected: "e".into(),
                found: "f".into(),
            },
            WarningKind::Stale {
                age_days: 9,
                age: "9 days ago".into(),
            },
            WarningKind::VersionTooOldForGheCom {
                version: "3.14".into(),
            },
        ];
        let worded: Vec<_> = all.into_iter().map(UsageWarning::new).collect();
        for (i, a) in worded.iter().enumerate() {
            assert!(!a.message.is_empty() && !a.fix.is_empty());
            for b in &worded[i + 1..] {
                assert_ne!(a.message, b.message);
                assert_ne!(a.fix, b.fix);
            }
        }
    }
}
