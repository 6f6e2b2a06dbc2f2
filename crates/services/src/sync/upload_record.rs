//! GitHub's own record of usage uploads (GraphQL `userAccountsUploads`, github-api.md §1.7),
//! the first signal of the confirmation watch: every manual "Add server usage" file and every
//! automatic sync leaves an upload node, `PENDING` while GitHub processes it, then `SUCCESS`
//! or `FAILURE`. license-sync-status stays the second signal, and the only one when the
//! record cannot be read (a token refused on GraphQL), which the watch then says.
//!
//! Which node is the hand-off's: the newest of the instance's nodes created after T, or,
//! as clocks differ and GitHub writes whole seconds, one that was not listed in the baseline
//! read before the hand-off (the same tolerance as [`super::judge`]).

use ghls_domain::expiry::to_rfc3339;
use ghls_domain::sync_status::same_host;
use ghls_github::{CancellationToken, GhecClient, SyncState, UserAccountsUpload};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::app::App;
use crate::error::{Error, ErrorReport, Result};

/// One upload as GitHub records it, for the watch's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UploadSeen {
    /// The uploaded file's name as GitHub shows it.
    pub name: String,
    /// GitHub's `syncState`: `PENDING`, `SUCCESS`, `FAILURE` (or a word it adds later).
    pub sync_state: String,
    /// When GitHub created the node (RFC 3339 when it parsed, else GitHub's text).
    pub created_at: Option<String>,
    /// When GitHub last changed it (for a finished upload: when it finished).
    pub updated_at: Option<String>,
}

impl UploadSeen {
    fn of(u: &UserAccountsUpload) -> Self {
        let time = |t: &Option<ghls_domain::GitHubTime>| {
            t.as_ref()
                .map(|t| t.at.map_or_else(|| t.raw.clone(), to_rfc3339))
        };
        Self {
            name: u
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| ghls_l10n::t!("handoff-upload-no-name")),
            sync_state: u
                .sync_state
                .as_ref()
                .map_or_else(|| "unknown".to_owned(), |s| s.as_str().to_owned()),
            created_at: time(&u.created_at),
            updated_at: time(&u.updated_at),
        }
    }
}

/// What the watch knows of the upload record when it starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UploadBaseline {
    /// The keys of the instance's uploads GitHub listed before the hand-off; `None` when
    /// they were not read (an upload then counts only when created after T).
    pub known: Option<Vec<String>>,
    /// Why the record is not used for this watch (GitHub refused it): the watch confirms by
    /// license-sync-status alone and says so.
    pub off: Option<String>,
}

/// One reading of the record for the instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadRead {
    /// GitHub gave the record; `complete` is false when parts were missing (then nothing
    /// is confirmed on it alone). `uploads` is empty when the instance is not listed.
    Read {
        uploads: Vec<UserAccountsUpload>,
        complete: bool,
        missing: String,
    },
    /// GitHub refused it (scope, role, token type, SSO, the enterprise, GraphQL's own
    /// error): not asked again in this watch.
    Refused(Box<ErrorReport>),
    /// It failed this time (network, rate limit, server): asked again at the next poll.
    Failed(Box<ErrorReport>),
}

/// The refusals after which asking again would only fail again.
fn is_refusal(kind: &str) -> bool {
    matches!(
        kind,
        "forbidden"
            | "not_found"
            | "token_type_unsupported"
            | "sso_required"
            | "graphql"
            | "unauthorized"
            | "installation_not_found"
    )
}

/// Tells one upload from another: GitHub's node id, else name and creation time.
pub fn upload_key(u: &UserAccountsUpload) -> String {
    u.id.clone().unwrap_or_else(|| {
        format!(
            "{}@{}",
            u.name.as_deref().unwrap_or_default(),
            u.created_at
                .as_ref()
                .map(|t| t.raw.as_str())
                .unwrap_or_default()
        )
    })
}

/// Reads the instance's newest uploads (`host`, matched as host names are).
pub async fn read_uploads(
    client: &GhecClient,
    host: &str,
    cancel: &CancellationToken,
) -> UploadRead {
    let graphql = match client.graphql() {
        Ok(g) => g,
        Err(e) => return UploadRead::Refused(Box::new(Error::from(e).report())),
    };
    match graphql
        .installations(client.enterprise(), cancel, &|_| {})
        .await
    {
        Ok(list) => {
            // An instance GitHub does not list (yet) has no uploads; one it lists without
            // them is a partial answer.
            let (uploads, given) = match list
                .installations
                .iter()
                .find(|i| i.host_name.as_deref().is_some_and(|h| same_host(h, host)))
            {
                Some(i) => (i.uploads.clone(), i.uploads.is_some()),
                None => (None, true),
            };
            let complete = list.is_complete() && given;
            let missing = list
                .missing
                .iter()
                .map(|m| m.message.clone())
                .collect::<Vec<_>>()
                .join("; ");
            UploadRead::Read {
                uploads: uploads.unwrap_or_default(),
                complete,
                missing,
            }
        }
        Err(e) => {
            let refused = is_refusal(e.kind());
            let report = Box::new(Error::from(e).report());
            if refused {
                UploadRead::Refused(report)
            } else {
                UploadRead::Failed(report)
            }
        }
    }
}

/// The record before the hand-off.
pub async fn upload_baseline(
    client: &GhecClient,
    host: &str,
    cancel: &CancellationToken,
) -> UploadBaseline {
    match read_uploads(client, host, cancel).await {
        UploadRead::Read { uploads, .. } => UploadBaseline {
            known: Some(uploads.iter().map(upload_key).collect()),
            off: None,
        },
        UploadRead::Refused(r) => UploadBaseline {
            known: None,
            off: Some(off_note(&r)),
        },
        UploadRead::Failed(r) => {
            tracing::info!(error = %r.message, "upload record not read before the hand-off");
            UploadBaseline::default()
        }
    }
}

/// "GitHub's upload record could not be read (…): confirming by license-sync-status only."
pub fn off_note(r: &ErrorReport) -> String {
    ghls_l10n::t!(
        "handoff-record-off",
        reason = r.message.trim_end_matches('.')
    )
}

/// The hand-off's upload among `uploads` (newest first): the newest one created after
/// `since`, or not listed at the baseline.
pub fn new_upload<'a>(
    since: OffsetDateTime,
    known: Option<&[String]>,
    uploads: &'a [UserAccountsUpload],
) -> Option<&'a UserAccountsUpload> {
    uploads.iter().find(|u| {
        let after = u
            .created_at
            .as_ref()
            .and_then(|t| t.at)
            .is_some_and(|at| at > since);
        let unseen = known.is_some_and(|k| !k.contains(&upload_key(u)));
        after || unseen
    })
}

/// What the upload record says of the hand-off's upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadVerdict {
    /// No upload after T yet.
    None,
    Processing(UploadSeen),
    Succeeded(UploadSeen),
    Failed(UploadSeen),
}

/// Reads the state of `u`; a state GitHub adds later is "processing" (never success).
pub fn upload_verdict(u: Option<&UserAccountsUpload>) -> UploadVerdict {
    let Some(u) = u else {
        return UploadVerdict::None;
    };
    let seen = UploadSeen::of(u);
    match u.sync_state {
        Some(SyncState::Success) => UploadVerdict::Succeeded(seen),
        Some(SyncState::Failure) => UploadVerdict::Failed(seen),
        _ => UploadVerdict::Processing(seen),
    }
}

/// The newest upload GitHub records for one Enterprise Server instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct InstanceUpload {
    pub host_name: String,
    /// `None` when GitHub records no upload of it (or did not give its uploads).
    pub newest: Option<UploadSeen>,
}

impl App {
    /// The newest upload of every instance GitHub knows (one GraphQL read of the
    /// enterprise's installations). Fails as GitHub refused or failed the read.
    pub async fn newest_uploads(&self) -> Result<Vec<InstanceUpload>> {
        let ghec = self.settings().ghec.ok_or(Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        })?;
        let client = self.ghec_client(&ghec).await?;
        let list = client
            .graphql()?
            .installations(client.enterprise(), &CancellationToken::new(), &|_| {})
            .await?;
        Ok(list
            .installations
            .iter()
            .filter_map(|i| {
                Some(InstanceUpload {
                    host_name: i.host_name.clone()?,
                    newest: i.newest_upload().map(UploadSeen::of),
                })
            })
            .collect())
    }
}

/// What to do when GitHub could not process an upload.
pub fn upload_failed_fix() -> String {
    ghls_l10n::t!("handoff-upload-failed-fix")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_domain::GitHubTime;
    use time::macros::datetime;

    const T: OffsetDateTime = datetime!(2026-11-22 12:00:00.500 UTC);

    fn node(id: &str, name: &str, created: &str, state: &str) -> UserAccountsUpload {
        UserAccountsUpload {
            id: Some(id.into()),
            name: Some(name.into()),
            sync_state: Some(SyncState::parse(state)),
            created_at: Some(GitHubTime::parse(created)),
            updated_at: Some(GitHubTime::parse(created)),
        }
    }

    #[test]
    fn only_an_upload_after_the_hand_off_or_unseen_at_the_baseline_counts() {
        let old = node("U1", "old.json", "2026-11-21T09:00:00Z", "SUCCESS");
        let same_second = node("U2", "new.json", "2026-11-22T12:00:00Z", "PENDING");
        let known = vec!["U1".to_owned()];
        assert_eq!(
            new_upload(T, Some(&known), std::slice::from_ref(&old)),
            None
        );
        let list = vec![same_second.clone(), old.clone()];
        assert_eq!(new_upload(T, Some(&known), &list), Some(&same_second));
        // Without a baseline, the same second is not after T.
        assert_eq!(new_upload(T, None, &list), None);
        let later = node("U3", "later.json", "2026-11-22T12:00:03Z", "PENDING");
        assert_eq!(new_upload(T, None, &[later.clone(), old]), Some(&later));
    }

    #[test]
    fn the_upload_state_reads_as_processing_success_or_failure() {
        let n = |s| node("U", "usage.json", "2026-11-22T12:00:03Z", s);
        assert!(
            matches!(upload_verdict(Some(&n("PENDING"))), UploadVerdict::Processing(u) if u.name == "usage.json")
        );
        assert!(matches!(
            upload_verdict(Some(&n("SUCCESS"))),
            UploadVerdict::Succeeded(_)
        ));
        assert!(matches!(
            upload_verdict(Some(&n("FAILURE"))),
            UploadVerdict::Failed(_)
        ));
        assert!(matches!(
            upload_verdict(Some(&n("QUEUED"))),
            UploadVerdict::Processing(_)
        ));
        assert_eq!(upload_verdict(None), UploadVerdict::None);
    }

    #[test]
    fn refusals_turn_the_record_off_but_failures_are_retried() {
        for k in [
            "forbidden",
            "not_found",
            "token_type_unsupported",
            "sso_required",
            "graphql",
            "unauthorized",
        ] {
            assert!(is_refusal(k), "{k}");
        }
        for k in [
            "rate_limited",
            "timeout",
            "connection_refused",
            "server_error",
        ] {
            assert!(!is_refusal(k), "{k}");
        }
    }
}
