//! The flows' state in this session: the running watches (one per instance, in the shared
//! job registry), the ended ones Keep watching continues, the accepted exports and what is
//! known about GitHub Connect license sync per instance.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use ghls_domain::ServerSync;
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use super::confirm_watch::{InstanceRef, WatchConfig, WatchEvent};
use super::handoff::{HandOff, NoDesktop, RecordingHandOff};
use super::upload_record::UploadBaseline;
use crate::activity::ActivityKind;
use crate::error::{Error, Result};
use crate::support::jobs::{JobGuard, Jobs};
use crate::support::read;

/// Which flow a watch belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WatchKind {
    AddServerUsage,
    SyncNow,
    EnableLicenseSync,
}

impl WatchKind {
    pub(super) fn activity(self) -> ActivityKind {
        match self {
            Self::AddServerUsage => ActivityKind::AddServerUsage,
            Self::SyncNow => ActivityKind::SyncNow,
            Self::EnableLicenseSync => ActivityKind::EnableLicenseSync,
        }
    }

    /// The wire name (`add_server_usage`, …): what the messages select on.
    pub(super) fn wire(self) -> &'static str {
        match self {
            Self::AddServerUsage => "add_server_usage",
            Self::SyncNow => "sync_now",
            Self::EnableLicenseSync => "enable_license_sync",
        }
    }

    /// The flow's name: "Add server usage", "Sync now", "Enable license sync".
    pub(super) fn words(self) -> ghls_l10n::Message {
        ghls_l10n::msg!("handoff-flow", kind = self.wire())
    }
}

/// A running watch, for `watches()`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WatchInfo {
    /// The configured instance's id (or, for an upload of an instance not configured here,
    /// the export's host name): what `cancel_watch` and `keep_watching` take.
    pub instance: String,
    pub name: String,
    pub kind: WatchKind,
    /// The hand-off time T (RFC 3339); empty until the hand-off.
    pub since: String,
    pub started_at: String,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
    /// The latest event.
    pub last: Option<WatchEvent>,
}

/// A usage export accepted in this session.
#[derive(Debug, Clone)]
pub(super) struct SessionExport {
    pub(super) path: PathBuf,
    pub(super) license_usage_sync_hint: bool,
}

/// A watch that ended: what Keep watching needs to continue it with the same T.
#[derive(Debug, Clone)]
pub(super) struct Ended {
    pub(super) target: Target,
    pub(super) kind: WatchKind,
    pub(super) since: OffsetDateTime,
    pub(super) baseline: Option<ServerSync>,
    pub(super) consumed_before: Option<i64>,
    pub(super) uploads: UploadBaseline,
}

/// What the registry shows about a running watch.
#[derive(Debug)]
pub(super) struct Running {
    pub(super) name: String,
    pub(super) kind: WatchKind,
    pub(super) since: Option<OffsetDateTime>,
    pub(super) started: Instant,
    pub(super) started_at: OffsetDateTime,
    pub(super) last: Option<WatchEvent>,
}

/// The flows' state in this session.
#[derive(Debug)]
pub(crate) struct SyncSession {
    pub(super) handoff: RwLock<Arc<dyn HandOff>>,
    pub(super) config: RwLock<WatchConfig>,
    pub(super) running: Jobs<Running>,
    pub(super) ended: Mutex<HashMap<String, Ended>>,
    /// By configured instance id.
    pub(super) exports: Mutex<HashMap<String, SessionExport>>,
    /// By configured instance id: why Connect license sync is believed on.
    pub(super) connect_on: Mutex<HashMap<String, String>>,
}

impl Default for SyncSession {
    fn default() -> Self {
        let handoff: Arc<dyn HandOff> = match RecordingHandOff::from_env() {
            Some(r) => Arc::new(r),
            None => Arc::new(NoDesktop),
        };
        Self {
            handoff: RwLock::new(handoff),
            config: RwLock::default(),
            running: Jobs::default(),
            ended: Mutex::default(),
            exports: Mutex::default(),
            connect_on: Mutex::default(),
        }
    }
}

/// Who a flow is about.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) instance: InstanceRef,
}

/// Removes its watch from the running ones when the flow ends, however it ends.
pub(super) type Registration<'a> = JobGuard<'a, Running>;

impl SyncSession {
    pub(super) fn register(&self, target: &Target, kind: WatchKind) -> Result<Registration<'_>> {
        self.running.start_with(
            &target.key,
            || Running {
                name: target.name.clone(),
                kind,
                since: None,
                started: Instant::now(),
                started_at: OffsetDateTime::now_utc(),
                last: None,
            },
            |r| Error::WatchRunning {
                target: r.name.clone(),
                started_ago: seconds_words(r.started.elapsed().as_secs()),
            },
        )
    }

    pub(super) fn handoff(&self) -> Arc<dyn HandOff> {
        read(&self.handoff).clone()
    }

    pub(super) fn config(&self) -> WatchConfig {
        *read(&self.config)
    }
}

/// "12 s", "3 min", "1 h 5 min".
pub(super) fn seconds_words(s: u64) -> String {
    match s {
        0..=59 => format!("{s} s"),
        60..=3599 => format!("{} min", s / 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}
