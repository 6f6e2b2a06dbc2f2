//! GitHub's upload record (GraphQL `userAccountsUploads`, the newest per instance) beside
//! license-sync-status. GitHub does not document whether a manual upload on "Add server
//! usage" moves license-sync-status (github-api.md §1.3), and an admin who uploads by hand
//! is exactly the one whose sync goes stale unnoticed; so an upload newer than the last sync
//! GitHub reports decides: a processed one makes the instance as fresh as the upload, one
//! GitHub could not process is a failed sync. A pending upload decides nothing yet.

use ghls_domain::expiry::{parse_github_time, to_rfc3339};
use time::OffsetDateTime;

use super::judge::{by_age, days, SyncVerdict};
use super::news::Judged;
use crate::sync::{InstanceUpload, UploadSeen};

/// GitHub stamps a sync and the upload it came from a moment apart; an upload this close
/// after the last sync is that same sync, not a newer one (else a failed sync would be
/// told twice: once from each record).
const SAME_SYNC: time::Duration = time::Duration::minutes(5);

/// Lets each instance's newest upload overrule its license-sync-status where it is newer.
pub(crate) fn apply(judged: &mut [Judged], uploads: &[InstanceUpload], now: OffsetDateTime) {
    for j in judged.iter_mut() {
        let newest = uploads
            .iter()
            .find(|u| u.host_name.eq_ignore_ascii_case(&j.instance.hostname))
            .and_then(|u| u.newest.as_ref());
        if let Some(upload) = newest {
            overrule(j, upload, now);
        }
    }
}

fn overrule(j: &mut Judged, upload: &UploadSeen, now: OffsetDateTime) {
    let Some(at) = upload
        .updated_at
        .as_deref()
        .or(upload.created_at.as_deref())
        .and_then(parse_github_time)
    else {
        return;
    };
    if j.last_sync_at.is_some_and(|last| at <= last + SAME_SYNC) {
        return;
    }
    let verdict = match upload.sync_state.as_str() {
        "SUCCESS" => {
            j.instance.github_error = None;
            by_age(at, now, days(j.instance.stale_after_days))
        }
        "FAILURE" => {
            j.instance.github_error = Some(ghls_l10n::t!(
                "notice-upload-not-processed",
                file = &upload.name
            ));
            SyncVerdict::Failed
        }
        _ => return,
    };
    j.instance.verdict = verdict;
    j.instance.last_sync = Some(to_rfc3339(at));
    j.last_sync_at = Some(at);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitor::MonitorInstance;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-12-01 12:00 UTC);
    const HOST: &str = "ghes.example.com";

    fn judged(verdict: SyncVerdict, last: Option<OffsetDateTime>) -> Judged {
        Judged {
            instance: MonitorInstance {
                instance_id: Some("main".into()),
                hostname: HOST.into(),
                verdict,
                last_sync: last.map(to_rfc3339),
                stale_after_days: 7,
                github_error: None,
            },
            last_sync_at: last,
        }
    }

    fn uploaded(state: &str, at: OffsetDateTime) -> Vec<InstanceUpload> {
        vec![InstanceUpload {
            host_name: HOST.to_uppercase(),
            newest: Some(UploadSeen {
                name: "ghes-usage.json".into(),
                sync_state: state.into(),
                created_at: Some(to_rfc3339(at - time::Duration::minutes(2))),
                updated_at: Some(to_rfc3339(at)),
            }),
        }]
    }

    fn after(mut j: Judged, uploads: &[InstanceUpload]) -> Judged {
        apply(std::slice::from_mut(&mut j), uploads, NOW);
        j
    }

    #[test]
    fn a_processed_upload_newer_than_the_last_sync_makes_a_stale_instance_fresh() {
        let at = NOW - time::Duration::days(2);
        let j = after(
            judged(SyncVerdict::Stale, Some(NOW - time::Duration::days(40))),
            &uploaded("SUCCESS", at),
        );
        assert_eq!(j.instance.verdict, SyncVerdict::Ok);
        assert_eq!(j.last_sync_at, Some(at));
        assert_eq!(j.instance.last_sync, Some(to_rfc3339(at)));
    }

    #[test]
    fn a_processed_upload_older_than_the_threshold_still_leaves_it_stale() {
        let j = after(
            judged(SyncVerdict::NeverSynced, None),
            &uploaded("SUCCESS", NOW - time::Duration::days(9)),
        );
        assert_eq!(j.instance.verdict, SyncVerdict::Stale);
    }

    #[test]
    fn an_upload_github_could_not_process_is_a_failed_sync_naming_the_file() {
        let j = after(
            judged(SyncVerdict::Ok, Some(NOW - time::Duration::days(3))),
            &uploaded("FAILURE", NOW - time::Duration::hours(1)),
        );
        assert_eq!(j.instance.verdict, SyncVerdict::Failed);
        assert_eq!(
            j.instance.github_error.as_deref(),
            Some("GitHub could not process the uploaded file ghes-usage.json.")
        );
    }

    #[test]
    fn the_upload_of_the_last_sync_itself_or_an_older_or_pending_one_changes_nothing() {
        let last = NOW - time::Duration::days(8);
        for uploads in [
            uploaded("FAILURE", last + time::Duration::seconds(40)),
            uploaded("SUCCESS", last - time::Duration::days(7)),
            uploaded("PENDING", NOW - time::Duration::minutes(1)),
            Vec::new(),
        ] {
            let j = after(judged(SyncVerdict::Stale, Some(last)), &uploads);
            assert_eq!(j.instance.verdict, SyncVerdict::Stale, "{uploads:?}");
            assert_eq!(j.last_sync_at, Some(last));
        }
    }
}
