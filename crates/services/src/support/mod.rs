//! Plumbing every feature shares, written once: the atomic file write, the one-job-per-key
//! registry, running blocking work off the async threads, poison-tolerant locks, and the
//! words for an I/O failure.

/// Declares a fieldless enum whose variants each have a wire name (their serde name), with
/// `ALL` (every variant, in declaration order) and `as_str` (the wire name) generated from
/// the same list, so the IPC, `--json` and the CLI's choices cannot drift apart.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $wire:literal,)*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The wire name, as serde writes it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $wire,)*
                }
            }
        }
    };
}

pub(crate) mod atomic_file;
pub(crate) mod jobs;

use std::io;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::error::{Error, Result};

/// The app data folder the desktop app and `ghls` share (the Activity record, the history,
/// what the background checks last told): `GHLS_DATA_DIR`, else the OS's data folder
/// (`~/.local/share/ghe-license-sync` on Linux). `None` when the system has none.
pub(crate) fn data_folder() -> Option<PathBuf> {
    match std::env::var_os("GHLS_DATA_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => Some(dirs::data_dir()?.join("ghe-license-sync")),
    }
}

/// Locks `m`. A panic while it was held leaves plain data behind (no invariant spans a
/// lock here), so a poisoned lock is used as it is rather than failing every later call.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Reads `l`; poison is ignored as in [`lock`].
pub(crate) fn read<T>(l: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(PoisonError::into_inner)
}

/// Writes `l`; poison is ignored as in [`lock`].
pub(crate) fn write<T>(l: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `f` on a blocking thread (files, the keyring's D-Bus calls, queries over 300,000
/// rows), so it never stalls the async runtime. `what` names the work (a `task-*` message)
/// if the thread dies.
pub(crate) async fn blocking<T: Send + 'static>(
    what: ghls_l10n::Message,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Task {
            what,
            detail: e.to_string(),
        })
}

/// [`blocking`] for keyring work: a thread that dies there means the keyring could not be
/// used, which is how the Connections screen must say it.
pub(crate) async fn blocking_keyring<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::KeyringUnavailable {
            detail: ghls_l10n::t!("svc-task-stopped", detail = e.to_string()),
        })
}

/// Whether a failed I/O call was reading a file the admin chose, or writing into a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IoUse {
    Read,
    Write,
}

/// The OS's words for an I/O failure, without the path (the message names it already).
pub(crate) fn io_words(e: &io::Error, used: IoUse) -> String {
    use ghls_l10n::t;
    match (e.kind(), used) {
        (io::ErrorKind::NotFound, IoUse::Read) => t!("svc-io-file-missing"),
        (io::ErrorKind::NotFound, IoUse::Write) => t!("svc-io-folder-missing"),
        (io::ErrorKind::PermissionDenied, IoUse::Read) => t!("svc-io-read-denied"),
        (io::ErrorKind::PermissionDenied, IoUse::Write) => t!("svc-io-write-denied"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::{ConsumerFilter, ErrorKind, ExportFormat, SortColumn};

    fn wire<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    #[test]
    fn every_listed_variant_is_named_as_serde_writes_it() {
        for &v in ConsumerFilter::ALL {
            assert_eq!(wire(v), v.as_str());
        }
        for &v in SortColumn::ALL {
            assert_eq!(wire(v), v.as_str());
        }
        for &v in ExportFormat::ALL {
            assert_eq!(wire(v), v.as_str());
        }
        for &v in ErrorKind::ALL {
            assert_eq!(wire(v), v.as_str());
        }
        let distinct: std::collections::HashSet<&str> =
            ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            distinct.len(),
            ErrorKind::ALL.len(),
            "two kinds share a name"
        );
    }
}
