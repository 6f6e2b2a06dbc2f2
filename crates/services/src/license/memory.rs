//! What GitHub last said about each server instance's license sync (`isConnected`), kept
//! across restarts so the License screen can still say it, with its age, when GitHub cannot
//! be read. A small file beside the Activity record in the app data folder
//! (`license-sync-modes.json`, written atomically; host names and times only, no secrets);
//! an app whose Activity lives in memory (the demo) keeps this in memory too.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::support::atomic_file::write_atomically;
use crate::support::lock;

/// The file's name in the app data folder.
pub const FILE_NAME: &str = "license-sync-modes.json";

/// One instance's last known mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Known {
    pub connected: bool,
    /// When GitHub said so (RFC 3339).
    pub read_at: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    instances: BTreeMap<String, Known>,
}

/// The memory: loaded from the file at first use, written back whenever it changes.
#[derive(Debug, Default)]
pub(crate) struct LicenseMemory {
    known: Mutex<Option<BTreeMap<String, Known>>>,
}

fn key(host: &str) -> String {
    host.trim().to_ascii_lowercase()
}

/// The file in the folder of `activity` (the Activity record's file), if it has one.
pub(crate) fn file_beside(activity: Option<&Path>) -> Option<PathBuf> {
    Some(activity?.parent()?.join(FILE_NAME))
}

fn load(path: Option<&Path>) -> BTreeMap<String, Known> {
    let Some(path) = path else {
        return BTreeMap::new();
    };
    match std::fs::read(path) {
        Ok(bytes) => match serde_json::from_slice::<Stored>(&bytes) {
            Ok(s) => s.instances,
            Err(e) => {
                // Only a cache: an unreadable one is started afresh, and said in the log.
                tracing::warn!(path = %path.display(), error = %e, "license sync modes unreadable");
                BTreeMap::new()
            }
        },
        Err(_) => BTreeMap::new(),
    }
}

impl LicenseMemory {
    /// The last known mode of `host`. Blocking (reads the file once).
    pub fn recall(&self, path: Option<&Path>, host: &str) -> Option<Known> {
        let mut known = lock(&self.known);
        known
            .get_or_insert_with(|| load(path))
            .get(&key(host))
            .cloned()
    }

    /// Records what GitHub said now; writes the file when something changed. Blocking.
    pub fn remember(&self, path: Option<&Path>, found: &[(String, bool)], read_at: &str) {
        let mut guard = lock(&self.known);
        let known = guard.get_or_insert_with(|| load(path));
        for (host, connected) in found {
            known.insert(
                key(host),
                Known {
                    connected: *connected,
                    read_at: read_at.to_owned(),
                },
            );
        }
        let Some(path) = path else { return };
        if found.is_empty() {
            return;
        }
        let stored = Stored {
            instances: known.clone(),
        };
        let written = serde_json::to_vec_pretty(&stored)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
                }
                write_atomically(path, &bytes).map_err(|e| e.to_string())
            });
        if let Err(e) = written {
            tracing::warn!(path = %path.display(), error = %e, "license sync modes not saved");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_modes_survive_a_new_memory_on_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let first = LicenseMemory::default();
        first.remember(
            Some(&path),
            &[("GitHub.Acme.Example".into(), true)],
            "2026-12-06T10:00:00Z",
        );
        let second = LicenseMemory::default();
        assert_eq!(
            second.recall(Some(&path), "github.acme.example"),
            Some(Known {
                connected: true,
                read_at: "2026-12-06T10:00:00Z".into()
            })
        );
        assert_eq!(second.recall(Some(&path), "other.example"), None);
    }

    #[test]
    fn without_a_file_the_modes_live_in_memory() {
        let m = LicenseMemory::default();
        m.remember(None, &[("a.example".into(), false)], "2026-12-06T10:00:00Z");
        assert!(m.recall(None, "A.example").is_some_and(|k| !k.connected));
    }
}
