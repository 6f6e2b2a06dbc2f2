//! The Activity record: every hand-off, confirmation, failure, time-out, cancel, connection
//! test and usage-file check, with time, target, outcome and copyable details.
//!
//! Kept in the history database of the app data folder (`history.sqlite3` in
//! `~/.local/share/ghe-license-sync/` on Linux, `~/Library/Application Support/…` on macOS,
//! `%APPDATA%\…` on Windows; `GHLS_DATA_DIR` overrides the folder), shared by the app and
//! `ghls`, so it survives restarts and each sees the other's entries at once
//! ([`ActivityLog::in_history`]). The JSON-lines file earlier versions kept
//! (`activity.jsonl`) is imported once and kept beside it as `activity.jsonl.imported`; it
//! is still used, as before, when the history cannot be (a newer version's, a damaged one).
//! An app opened without either (the demo, tests, [`crate::App::open`] until the shell
//! chooses) keeps it in memory only.
//!
//! Bounded: over [`MAX_ENTRIES`] entries or [`MAX_BYTES`] bytes, the oldest are dropped and
//! the file is rewritten atomically (temp file + rename). A line that cannot be read is
//! skipped, never fatal. Nothing secret is ever written: entries are built from the app's
//! own sentences, and anything shaped like a GitHub token is redacted on the way in anyway.

use std::collections::VecDeque;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use ghls_domain::expiry::to_rfc3339;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use crate::support::atomic_file::write_atomically;
use crate::support::lock;

/// The newest entries kept.
pub const MAX_ENTRIES: usize = 2_000;
/// The largest the file may grow before the oldest entries are dropped.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// What an entry is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActivityKind {
    /// Add server usage: the hand-off to GHEC's licensing page and its confirmation.
    AddServerUsage,
    /// Sync now on a GHES License page, and its confirmation.
    SyncNow,
    /// Enabling license sync in GitHub Connect, and its confirmation.
    EnableLicenseSync,
    /// One-click sync: the combined outcome.
    OneClickSync,
    ConnectionTest,
    /// A file checked for Add server usage.
    UsageFileCheck,
    /// Export license usage over a GHES admin shell (`admin_shell.rs`).
    ExportLicenseUsage,
    /// Upload a new license through the Manage API (`license_upload.rs`).
    LicenseUpload,
    /// A background check that found news (`monitor/`).
    BackgroundCheck,
    /// Written by a newer version of the app.
    #[serde(other)]
    Other,
}

/// How it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Outcome {
    Ok,
    Failed,
    /// A step that is neither (a hand-off, a cancel).
    Info,
}

/// One entry of the Activity screen. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Activity {
    /// Unique, sortable within a run.
    pub id: String,
    /// RFC 3339, UTC.
    pub at: String,
    pub kind: ActivityKind,
    /// The host name, the enterprise, or the file.
    pub target: String,
    pub outcome: Outcome,
    /// One sentence, in the language of the app (or `ghls`) that wrote the entry: entries
    /// are rendered when written and kept as they were (the history stores text, not
    /// message ids).
    pub summary: String,
    /// Copyable details (addresses, GitHub's own error text, file hashes), may be empty.
    #[serde(default)]
    pub details: String,
}

impl Activity {
    /// A new entry stamped now.
    pub fn new(
        kind: ActivityKind,
        target: impl Into<String>,
        outcome: Outcome,
        summary: impl Into<String>,
        details: impl Into<String>,
    ) -> Self {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let now = OffsetDateTime::now_utc();
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        Self {
            id: format!("{:x}-{n:x}", now.unix_timestamp_nanos()),
            at: to_rfc3339(now),
            kind,
            target: redact(&target.into()),
            outcome,
            summary: redact(&summary.into()),
            details: redact(&details.into()),
        }
    }
}

/// Prefixes of GitHub's token formats (classic, OAuth, user-to-server, server-to-server,
/// refresh, fine-grained).
const TOKEN_PREFIXES: &[&str] = &["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"];

/// Replaces every word that looks like a GitHub token with `[redacted]`.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let hit = TOKEN_PREFIXES
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, *p)))
            .min_by_key(|(i, _)| *i);
        let Some((i, prefix)) = hit else {
            out.push_str(rest);
            break;
        };
        let boundary = rest[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        out.push_str(&rest[..i]);
        let after = &rest[i + prefix.len()..];
        let len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if boundary {
            out.push_str("[redacted]");
        } else {
            out.push_str(prefix);
            out.push_str(&after[..len]);
        }
        rest = &after[len..];
    }
    out
}

/// How much the log keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub entries: usize,
    pub bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            entries: MAX_ENTRIES,
            bytes: MAX_BYTES,
        }
    }
}

/// The activity log: in the history database, or in memory and a file when it has one.
#[derive(Debug)]
pub struct ActivityLog {
    /// Where entries go when the history can take them.
    history: Option<crate::history::History>,
    path: Option<PathBuf>,
    limits: Limits,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// Oldest first, with the size of each entry's line.
    entries: VecDeque<(Activity, u64)>,
    bytes: u64,
    /// The file ends without a line break (cut short): the next append starts a new line.
    ragged_end: bool,
}

impl Default for ActivityLog {
    fn default() -> Self {
        Self::in_memory()
    }
}

impl ActivityLog {
    /// A log kept in memory only (the demo).
    pub fn in_memory() -> Self {
        Self {
            history: None,
            path: None,
            limits: Limits::default(),
            inner: Mutex::default(),
        }
    }

    /// `activity.jsonl` in the app data folder; `GHLS_DATA_DIR` overrides the folder.
    pub fn default_location() -> Option<PathBuf> {
        Some(crate::support::data_folder()?.join("activity.jsonl"))
    }

    /// The log in the file at `path`, read now: unreadable lines are skipped, a missing
    /// file is an empty log. Blocking.
    pub fn open(path: impl Into<PathBuf>) -> Self {
        Self::open_with_limits(path, Limits::default())
    }

    /// [`ActivityLog::open`] with other bounds (tests).
    pub fn open_with_limits(path: impl Into<PathBuf>, limits: Limits) -> Self {
        let path = path.into();
        let mut inner = Inner::default();
        match std::fs::read(&path) {
            Ok(bytes) => {
                inner.ragged_end = bytes.last().is_some_and(|b| *b != b'\n');
                let mut skipped = 0usize;
                for line in bytes.split(|b| *b == b'\n') {
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    match serde_json::from_slice::<Activity>(line) {
                        Ok(a) => inner.push(a, line.len() as u64 + 1),
                        Err(_) => skipped += 1,
                    }
                }
                if skipped > 0 {
                    tracing::warn!(path = %path.display(), skipped, "activity: unreadable lines skipped");
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                tracing::warn!(path = %path.display(), error = %e, "activity: the file could not be read; starting a new one");
            }
        }
        let log = Self {
            history: None,
            path: Some(path),
            limits,
            inner: Mutex::new(inner),
        };
        let mut inner = log.lock();
        if inner.over(limits) {
            inner.trim(limits);
            if let Err(e) = log.rewrite(&mut inner) {
                tracing::warn!(error = %e, "activity: the file could not be trimmed");
            }
        }
        drop(inner);
        log
    }

    /// The log in `history` (shared with every other process using the same file), after
    /// importing the old file at `legacy` once and keeping it as `activity.jsonl.imported`.
    /// A history that cannot be used leaves the log in `legacy`, as before. Blocking.
    pub fn in_history(history: &crate::history::History, legacy: Option<PathBuf>) -> Self {
        let Some(db) = history.path().map(Path::to_path_buf) else {
            return match legacy {
                Some(path) if history.problem().is_some() => Self::open(path),
                _ => Self::in_memory(),
            };
        };
        match Self::import(history, legacy.as_deref()) {
            Ok(()) => Self {
                history: Some(history.clone()),
                path: Some(db),
                limits: Limits::default(),
                inner: Mutex::default(),
            },
            Err(e) => {
                tracing::warn!(error = %e, "activity: kept in the old file; the history cannot take it");
                legacy.map_or_else(Self::in_memory, Self::open)
            }
        }
    }

    /// Imports the old file once (its readable lines), then moves it aside as a backup.
    fn import(history: &crate::history::History, legacy: Option<&Path>) -> crate::Result<()> {
        if history.activity_imported()? {
            return Ok(());
        }
        let Some(path) = legacy.filter(|p| p.exists()) else {
            return history.import_activity(&[]).map(|_| ());
        };
        let old = Self::open_with_limits(
            path,
            Limits {
                entries: usize::MAX,
                bytes: u64::MAX,
            },
        );
        let mut entries = old.newest(None);
        entries.reverse();
        let n = history.import_activity(&entries)?;
        let backup = path.with_extension("jsonl.imported");
        if let Err(e) = std::fs::rename(path, &backup) {
            tracing::warn!(error = %e, "activity: imported, but the old file could not be renamed");
        }
        tracing::info!(entries = n, backup = %backup.display(), "activity: the old file imported into the history");
        Ok(())
    }

    /// Where it is kept (the history database, or the file); `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        lock(&self.inner)
    }

    /// Adds `activity`. Blocking (a file append, now and then an atomic rewrite).
    pub fn append(&self, activity: Activity) -> std::io::Result<()> {
        if let Some(history) = &self.history {
            return history
                .append_activity(&activity, self.limits.entries)
                .map_err(std::io::Error::other);
        }
        let mut line = serde_json::to_vec(&activity).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut inner = self.lock();
        inner.push(activity, line.len() as u64);
        let Some(path) = &self.path else {
            inner.trim(self.limits);
            return Ok(());
        };
        if inner.over(self.limits) {
            inner.trim(self.limits);
            return self.rewrite(&mut inner);
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        if inner.ragged_end {
            f.write_all(b"\n")?;
            inner.ragged_end = false;
        }
        f.write_all(&line)
    }

    fn rewrite(&self, inner: &mut Inner) -> std::io::Result<()> {
        inner.ragged_end = false;
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut all = Vec::with_capacity(usize::try_from(inner.bytes).unwrap_or(0));
        for (a, _) in &inner.entries {
            serde_json::to_writer(&mut all, a).map_err(std::io::Error::other)?;
            all.push(b'\n');
        }
        write_atomically(path, &all)
    }

    /// The newest `limit` entries (all when `None`), newest first.
    pub fn newest(&self, limit: Option<usize>) -> Vec<Activity> {
        if let Some(history) = &self.history {
            return history.newest_activity(limit).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "activity: the history could not be read");
                Vec::new()
            });
        }
        let inner = self.lock();
        inner
            .entries
            .iter()
            .rev()
            .take(limit.unwrap_or(usize::MAX))
            .map(|(a, _)| a.clone())
            .collect()
    }
}

impl Inner {
    fn push(&mut self, a: Activity, size: u64) {
        self.bytes += size;
        self.entries.push_back((a, size));
    }

    fn over(&self, limits: Limits) -> bool {
        self.entries.len() > limits.entries || self.bytes > limits.bytes
    }

    /// Drops the oldest entries down to nine tenths of the bounds, so the file is not
    /// rewritten on every entry once full.
    fn trim(&mut self, limits: Limits) {
        let entries = (limits.entries - limits.entries / 10).max(1);
        let bytes = limits.bytes - limits.bytes / 10;
        while self.entries.len() > 1 && (self.entries.len() > entries || self.bytes > bytes) {
            if let Some((_, size)) = self.entries.pop_front() {
                self.bytes -= size;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: usize) -> Activity {
        Activity::new(
            ActivityKind::SyncNow,
            "github.acme.example",
            Outcome::Info,
            format!("entry {n}"),
            "",
        )
    }

    #[test]
    fn tokens_are_redacted_wherever_they_appear() {
        assert_eq!(
            redact("token ghp_abc123XYZ, then github_pat_11AB_cd!"),
            "token [redacted], then [redacted]!"
        );
        assert_eq!(redact("nothing here"), "nothing here");
        assert_eq!(redact("myghp_x stays"), "myghp_x stays");
    }

    #[test]
    fn the_log_is_bounded_and_the_file_rewritten_when_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.jsonl");
        let limits = Limits {
            entries: 10,
            bytes: 1 << 20,
        };
        let log = ActivityLog::open_with_limits(&path, limits);
        for n in 0..25 {
            log.append(entry(n)).unwrap();
        }
        let kept = log.newest(None);
        assert!(kept.len() <= 10, "{}", kept.len());
        assert_eq!(kept[0].summary, "entry 24");
        let reopened = ActivityLog::open_with_limits(&path, limits);
        assert_eq!(reopened.newest(None), kept);
        assert_eq!(reopened.newest(Some(2)).len(), 2);
    }

    #[test]
    fn a_file_over_the_byte_bound_is_trimmed_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.jsonl");
        let log = ActivityLog::open(&path);
        for n in 0..50 {
            log.append(entry(n)).unwrap();
        }
        let small = ActivityLog::open_with_limits(
            &path,
            Limits {
                entries: 1_000,
                bytes: 2_000,
            },
        );
        assert!(std::fs::metadata(&path).unwrap().len() <= 2_000);
        assert_eq!(small.newest(Some(1))[0].summary, "entry 49");
    }

    #[test]
    fn corrupt_lines_are_skipped_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("activity.jsonl");
        let good = serde_json::to_string(&entry(1)).unwrap();
        std::fs::write(&path, format!("{good}\n{{not json\n\u{0}\u{1}\n{good}")).unwrap();
        let log = ActivityLog::open(&path);
        assert_eq!(log.newest(None).len(), 2);
        log.append(entry(2)).unwrap();
        assert_eq!(ActivityLog::open(&path).newest(None).len(), 3);
    }
}
