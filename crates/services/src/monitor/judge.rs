//! The one judgement of an instance's license sync against a maximum age, shared by
//! `ghls status` (its `--max-age`) and the monitor (each instance's stale threshold), so the
//! two can never disagree about the same instance.

use std::time::Duration;

use ghls_domain::{SyncHealth, SyncView};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

/// An instance's sync against a maximum age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SyncVerdict {
    Ok,
    Stale,
    Failed,
    NeverSynced,
    UnreadableDate,
}

/// Judges one instance's sync at `now` against `max_age`. `None`: GitHub does not list the
/// instance, so it never synced.
pub fn judge(view: Option<&SyncView>, now: OffsetDateTime, max_age: Duration) -> SyncVerdict {
    let Some(v) = view else {
        return SyncVerdict::NeverSynced;
    };
    match v.health {
        SyncHealth::Failed => return SyncVerdict::Failed,
        SyncHealth::NeverSynced => return SyncVerdict::NeverSynced,
        SyncHealth::Unknown => return SyncVerdict::UnreadableDate,
        SyncHealth::Synced | SyncHealth::Stale => {}
    }
    let Some(at) = v.last_sync.as_ref().and_then(|d| d.at) else {
        return SyncVerdict::UnreadableDate;
    };
    by_age(at, now, max_age)
}

/// A good sync at `at`, judged at `now`: stale once older than `max_age`. The date rule of
/// [`judge`], also applied to an upload GitHub processed (`uploads.rs`).
pub(crate) fn by_age(at: OffsetDateTime, now: OffsetDateTime, max_age: Duration) -> SyncVerdict {
    let max = time::Duration::try_from(max_age).unwrap_or(time::Duration::MAX);
    if now - at > max {
        SyncVerdict::Stale
    } else {
        SyncVerdict::Ok
    }
}

/// An instance's stale threshold in days as the maximum age [`judge`] takes.
pub(crate) fn days(n: u32) -> Duration {
    Duration::from_secs(u64::from(n) * 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_domain::{GitHubTime, LastSync, ServerSync};
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    fn view(date: &str, status: &str) -> SyncView {
        SyncView::new(
            &ServerSync {
                server_id: Some("s1".into()),
                hostname: Some("github.acme.example".into()),
                last_sync: Some(LastSync {
                    date: Some(GitHubTime::parse(date)),
                    status: Some(status.into()),
                    error: None,
                }),
            },
            NOW,
        )
    }

    #[test]
    fn a_sync_older_than_max_age_is_stale_even_within_the_apps_seven_days() {
        let day_and_a_half = view("2026-11-21T00:00:00Z", "success");
        assert_eq!(
            judge(Some(&day_and_a_half), NOW, Duration::from_secs(7 * 86_400)),
            SyncVerdict::Ok
        );
        assert_eq!(
            judge(Some(&day_and_a_half), NOW, Duration::from_secs(24 * 3600)),
            SyncVerdict::Stale
        );
        let weeks = view("2026-10-15T00:00:00Z", "success");
        assert_eq!(
            judge(Some(&weeks), NOW, Duration::from_secs(60 * 86_400)),
            SyncVerdict::Ok,
            "a generous --max-age accepts what the app calls stale"
        );
    }

    #[test]
    fn failed_never_and_unreadable_syncs_need_attention_whatever_the_age() {
        let max = Duration::from_secs(365 * 86_400);
        assert_eq!(
            judge(Some(&view("2026-11-22T10:00:00Z", "failed")), NOW, max),
            SyncVerdict::Failed
        );
        assert_eq!(judge(None, NOW, max), SyncVerdict::NeverSynced);
        assert_eq!(
            judge(Some(&view("", "")), NOW, max),
            SyncVerdict::NeverSynced
        );
        assert_eq!(
            judge(Some(&view("last tuesday", "success")), NOW, max),
            SyncVerdict::UnreadableDate
        );
    }
}
