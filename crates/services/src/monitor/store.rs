//! The monitor's settings and what it last told, in `monitor.json` beside the Activity
//! record in the app data folder (`GHLS_DATA_DIR` overrides the folder), written atomically.
//! An app whose Activity lives in memory (the demo) keeps this in memory too. Host names,
//! verdicts, dates and settings only: never a token.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::judge::SyncVerdict;
use super::types::{MonitorInstance, MonitorSettings};
use crate::error::ErrorReport;
use crate::support::atomic_file::write_atomically;
use crate::support::lock;

/// The file's name in the app data folder.
pub const FILE_NAME: &str = "monitor.json";

/// The file's format version; a newer one is read as far as it can be, never refused.
const VERSION: u32 = 1;

/// What the admin was last told about an instance: the news is only ever a change of this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Told {
    /// Nothing to worry about (or nothing said yet about a good instance).
    Fine,
    /// "Has not synced for N days" (or never).
    Stale,
    /// "The sync failed".
    Failed,
}

/// One instance's [`Told`], with the failed sync it was about: a later sync that fails too
/// (another date) is new news.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Memory {
    pub told: Told,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_sync: Option<String>,
}

/// The file's content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Stored {
    pub version: u32,
    pub settings: MonitorSettings,
    /// The last check that read GitHub (RFC 3339).
    pub last_check: Option<String>,
    /// The last check, whether or not it could read GitHub: the next is due from it.
    pub last_attempt: Option<String>,
    /// Each instance as that check judged it.
    pub instances: Vec<MonitorInstance>,
    /// What was told, by instance key (the host name, lower case).
    pub told: BTreeMap<String, Memory>,
}

/// The state in memory: the file's content, and the last failure to read GitHub.
#[derive(Debug, Clone, Default)]
pub(crate) struct State {
    pub stored: Stored,
    pub last_error: Option<ErrorReport>,
}

/// The monitor's state of this app: loaded from the file at first use.
#[derive(Debug, Default)]
pub(crate) struct MonitorSession {
    state: Mutex<Option<State>>,
    /// One check at a time (the loop, "Check now" in the tray and the window), so two
    /// checks never announce the same change.
    pub checking: tokio::sync::Mutex<()>,
    /// Rung when the settings change, so the loop applies them at once.
    pub changed: tokio::sync::Notify,
    /// Held from a change of the state in memory until it is on disk, so the file is
    /// written in the order of the changes.
    pub saving: tokio::sync::Mutex<()>,
}

/// The file in the folder of `activity` (the Activity record's file), if it has one.
pub(crate) fn file_beside(activity: Option<&Path>) -> Option<PathBuf> {
    Some(activity?.parent()?.join(FILE_NAME))
}

fn load(path: Option<&Path>) -> State {
    State {
        stored: path.and_then(read_file).unwrap_or_default(),
        last_error: None,
    }
}

/// The file's content; `None` when there is none or it cannot be read. Blocking.
pub(crate) fn read_file(path: &Path) -> Option<Stored> {
    match std::fs::read(path) {
        Ok(bytes) => match serde_json::from_slice::<Stored>(&bytes) {
            Ok(s) => Some(s),
            Err(e) => {
                // Losing it costs one repeated notification and the monitor's settings;
                // refusing to run would cost every later one.
                tracing::warn!(path = %path.display(), error = %e, "monitor state unreadable: starting afresh");
                None
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "monitor state unreadable: starting afresh");
            None
        }
    }
}

impl MonitorSession {
    /// The state, loaded from `path` at first use. Blocking the first time (a small file).
    pub fn read<T>(&self, path: Option<&Path>, f: impl FnOnce(&State) -> T) -> T {
        let mut guard = lock(&self.state);
        f(guard.get_or_insert_with(|| load(path)))
    }

    /// Changes the state in memory.
    pub fn update<T>(&self, path: Option<&Path>, f: impl FnOnce(&mut State) -> T) -> T {
        let mut guard = lock(&self.state);
        f(guard.get_or_insert_with(|| load(path)))
    }
}

/// Writes `stored` to `path` atomically (creating the folder). Blocking.
pub(crate) fn save(path: &Path, stored: &Stored) -> std::io::Result<()> {
    let mut stored = stored.clone();
    stored.version = VERSION;
    let bytes = serde_json::to_vec_pretty(&stored).map_err(std::io::Error::other)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    write_atomically(path, &bytes)
}

/// The key an instance is remembered by: its host name, as [`ghls_domain::sync_status::same_host`]
/// compares them.
pub(crate) fn key(hostname: &str) -> String {
    hostname.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// What `verdict` tells, or `None` when it says nothing either way (an unreadable date).
pub(crate) fn told_by(verdict: SyncVerdict) -> Option<Told> {
    match verdict {
        SyncVerdict::Ok => Some(Told::Fine),
        SyncVerdict::Stale | SyncVerdict::NeverSynced => Some(Told::Stale),
        SyncVerdict::Failed => Some(Told::Failed),
        SyncVerdict::UnreadableDate => None,
    }
}
