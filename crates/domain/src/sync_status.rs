//! License sync status per GHES instance, as GHEC's `license-sync-status` reports it, and the
//! rules the app applies to it: when a sync is stale, when it failed, when it never ran.
//!
//! GitHub publishes no enum for `status` (the only documented value is `success`), so it is
//! kept as an open string; only `success` (any case) counts as a success.

use serde::Serialize;
use time::{Duration, OffsetDateTime};
use ts_rs::TS;

use crate::age::describe_age;
use crate::expiry::GitHubTime;

/// A sync older than this many days is stale (product.md: "a stale badge after 7 days",
/// matching GitHub Connect's weekly schedule).
pub const STALE_AFTER_DAYS: i64 = 7;

/// One entry of `server_instances[]`. Every field is optional, as in GitHub's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerSync {
    pub server_id: Option<String>,
    pub hostname: Option<String>,
    pub last_sync: Option<LastSync>,
}

/// `last_sync` of one instance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastSync {
    pub date: Option<GitHubTime>,
    pub status: Option<String>,
    pub error: Option<String>,
}

/// What the app makes of an instance's last sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SyncHealth {
    /// Succeeded within [`STALE_AFTER_DAYS`].
    Synced,
    /// Succeeded, but longer ago than [`STALE_AFTER_DAYS`].
    Stale,
    /// The last sync reported an error or a status other than success.
    Failed,
    /// GitHub knows the instance but has no sync date for it.
    NeverSynced,
    /// A date GitHub sent could not be read.
    Unknown,
}

/// An instance's sync as the screens show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncView {
    pub server_id: Option<String>,
    pub hostname: Option<String>,
    pub last_sync: Option<GitHubTime>,
    /// "3 days ago"; absent when there is no readable date.
    pub relative: Option<String>,
    #[ts(type = "number | null")]
    pub age_days: Option<i64>,
    pub status: Option<String>,
    /// GitHub's own error text, verbatim.
    pub error: Option<String>,
    pub health: SyncHealth,
    /// True when the last sync is older than [`STALE_AFTER_DAYS`] (or there was none).
    pub stale: bool,
}

impl SyncView {
    /// Judges `sync` at `now`.
    pub fn new(sync: &ServerSync, now: OffsetDateTime) -> Self {
        let last = sync.last_sync.clone().unwrap_or_default();
        let date = last.date.clone().filter(|d| !d.raw.trim().is_empty());
        let at = date.as_ref().and_then(|d| d.at);
        let age = at.map(|at| now - at);
        let status = last.status.clone().filter(|s| !s.trim().is_empty());
        let error = last.error.clone().filter(|s| !s.trim().is_empty());
        let failed = error.is_some()
            || status
                .as_deref()
                .is_some_and(|s| !s.trim().eq_ignore_ascii_case("success"));
        let stale = match age {
            Some(age) => age > Duration::days(STALE_AFTER_DAYS),
            None => true,
        };
        let health = if failed {
            SyncHealth::Failed
        } else if date.is_none() {
            SyncHealth::NeverSynced
        } else if at.is_none() {
            SyncHealth::Unknown
        } else if stale {
            SyncHealth::Stale
        } else {
            SyncHealth::Synced
        };
        Self {
            server_id: sync.server_id.clone(),
            hostname: sync.hostname.clone(),
            last_sync: date,
            relative: at.map(|at| describe_age(at, now)),
            age_days: age.map(|a| a.whole_days()),
            status,
            error,
            health,
            stale,
        }
    }
}

/// True when two host names denote the same GHES instance: case-insensitive, ignoring a
/// trailing dot and surrounding spaces.
pub fn same_host(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('.').to_ascii_lowercase();
    !a.trim().is_empty() && norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::server_sync;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    #[test]
    fn a_sync_from_yesterday_is_synced() {
        let v = SyncView::new(&server_sync("2026-11-21T09:00:00Z", "success", ""), NOW);
        assert_eq!(v.health, SyncHealth::Synced);
        assert!(!v.stale);
        assert_eq!(v.relative.as_deref(), Some("yesterday"));
        assert_eq!(v.error, None);
    }

    #[test]
    fn a_sync_older_than_seven_days_is_stale() {
        let v = SyncView::new(&server_sync("2026-11-14T11:00:00Z", "success", ""), NOW);
        assert_eq!(v.health, SyncHealth::Stale);
        assert!(v.stale);
        assert_eq!(v.age_days, Some(8));
        let v = SyncView::new(&server_sync("2026-11-15T13:00:00Z", "success", ""), NOW);
        assert_eq!(v.health, SyncHealth::Synced, "6 days 23 hours is not stale");
    }

    #[test]
    fn an_error_or_a_status_other_than_success_is_a_failure() {
        let v = SyncView::new(
            &server_sync("2026-11-22T10:00:00Z", "failed", "bad file"),
            NOW,
        );
        assert_eq!(v.health, SyncHealth::Failed);
        assert_eq!(v.error.as_deref(), Some("bad file"));
        let v = SyncView::new(&server_sync("2026-11-22T10:00:00Z", "Success", "oops"), NOW);
        assert_eq!(v.health, SyncHealth::Failed);
        let v = SyncView::new(&server_sync("2026-11-22T10:00:00Z", "SUCCESS", ""), NOW);
        assert_eq!(v.health, SyncHealth::Synced);
    }

    #[test]
    fn no_date_means_never_synced_and_a_bad_date_is_unknown() {
        let v = SyncView::new(&server_sync("", "", ""), NOW);
        assert_eq!(v.health, SyncHealth::NeverSynced);
        assert!(v.stale);
        let v = SyncView::new(&ServerSync::default(), NOW);
        assert_eq!(v.health, SyncHealth::NeverSynced);
        let v = SyncView::new(&server_sync("yesterday-ish", "success", ""), NOW);
        assert_eq!(v.health, SyncHealth::Unknown);
        assert_eq!(v.last_sync.unwrap().raw, "yesterday-ish");
    }

    #[test]
    fn host_names_match_without_case_or_trailing_dot() {
        assert!(same_host("GitHub.Example.com.", "github.example.com"));
        assert!(!same_host("github.example.com", "github2.example.com"));
        assert!(!same_host("", ""));
    }
}
