//! The monitor's IPC types: its settings, what a check found, and its status.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::judge::SyncVerdict;
use crate::error::ErrorReport;

/// Bounds of [`MonitorSettings::every_hours`]: at least hourly (GitHub Connect syncs weekly,
/// more often only costs API calls), at most weekly.
pub const EVERY_HOURS: std::ops::RangeInclusive<u32> = 1..=168;
/// Bounds of a stale threshold in days.
pub const STALE_DAYS: std::ops::RangeInclusive<u32> = 1..=90;

/// "Keep checking in the background": off unless the admin turns it on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct MonitorSettings {
    /// Nothing runs in the background unless this is on.
    pub enabled: bool,
    /// Hours between two checks (1..=168).
    pub every_hours: u32,
    /// A sync older than this many days is news (1..=90).
    pub stale_after_days: u32,
    /// Per configured GHES instance (settings id): its own threshold in days.
    pub per_instance_days: BTreeMap<String, u32>,
    /// Start the app (hidden, in the tray) when the admin logs in; the shell applies it.
    pub start_at_login: bool,
    /// The shell has said once that closing the window keeps the app in the tray.
    pub told_about_tray: bool,
}

impl Default for MonitorSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            every_hours: 6,
            stale_after_days: ghls_domain::sync_status::STALE_AFTER_DAYS.unsigned_abs() as u32,
            per_instance_days: BTreeMap::new(),
            start_at_login: false,
            told_about_tray: false,
        }
    }
}

impl MonitorSettings {
    /// The stale threshold of the instance with settings id `id` (none: not configured).
    pub fn days_for(&self, id: Option<&str>) -> u32 {
        id.and_then(|id| self.per_instance_days.get(id))
            .copied()
            .unwrap_or(self.stale_after_days)
    }
}

/// What changed, as the notification says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NewsKind {
    /// The last sync is now older than the instance's threshold (or there never was one).
    BecameStale,
    /// GitHub reports the last sync as failed.
    SyncFailed,
    /// It was stale or failed, and GitHub now shows a good sync within the threshold.
    Recovered,
}

/// One change to announce: an OS notification's title and body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MonitorNews {
    /// The configured instance's settings id; `null` for an instance GitHub lists that is
    /// not in Connections.
    pub instance_id: Option<String>,
    pub hostname: String,
    pub kind: NewsKind,
    /// "ghes.example.com has not synced for 9 days".
    pub title: String,
    /// What it means and what to do.
    pub body: String,
}

/// One instance as the last check judged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MonitorInstance {
    /// The settings id; `null` when not configured here.
    pub instance_id: Option<String>,
    pub hostname: String,
    pub verdict: SyncVerdict,
    /// GitHub's last sync (RFC 3339), when it has a readable one.
    pub last_sync: Option<String>,
    /// The threshold it was judged against.
    pub stale_after_days: u32,
    /// GitHub's error text for the last sync, verbatim.
    pub github_error: Option<String>,
}

/// What one check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonitorCheck {
    /// RFC 3339.
    pub checked_at: String,
    /// The changes since the last check, to announce; empty when nothing changed.
    pub news: Vec<MonitorNews>,
    /// Every instance as judged now (empty when GitHub could not be read).
    pub instances: Vec<MonitorInstance>,
    /// GitHub could not be read (network, token, not set up): nothing was judged and the
    /// previous state is kept. Not news about an instance.
    pub error: Option<ErrorReport>,
    /// GitHub's upload record (GraphQL) could not be read: the verdicts are license-sync-
    /// status's alone, so a manual upload it does not show is not seen.
    pub uploads_error: Option<ErrorReport>,
    /// The new state could not be saved: the news is returned, but may be told again after
    /// a restart.
    pub save_error: Option<ErrorReport>,
}

/// The monitor as the settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct MonitorStatus {
    pub settings: MonitorSettings,
    /// The last check that read GitHub (RFC 3339); `null` before the first.
    pub last_check: Option<String>,
    /// The last attempt, when it could not read GitHub.
    pub last_error: Option<ErrorReport>,
    /// When the background loop checks next (RFC 3339); `null` while it is off.
    pub next_due: Option<String>,
    /// Each instance as the last successful check judged it.
    pub instances: Vec<MonitorInstance>,
}
