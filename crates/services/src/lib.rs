//! The app services of GHE License Sync: everything the desktop app and the CLI do, once.
//!
//! Settings, credentials, the built-in demo and every screen's operations live here, above
//! the GitHub clients and the pure domain, and below the two thin shells (`src-tauri/` and
//! the CLI), which only adapt these calls to IPC or a terminal. Nothing here knows tauri.
//!
//! # Feature map
//!
//! One name per feature in every layer. Each folder opens with its `impl App` block: the
//! operations the shells call. Its other files are private to it.
//!
//! | feature          | folder here        | Tauri commands (`src-tauri/src/commands/`) | UI view (`ui/views/`) | CLI verb |
//! |------------------|--------------------|--------------------------------------------|-----------------------|----------|
//! | app              | `app.rs`           | `app.rs`                                   | `ui/main.js`          | —        |
//! | connections      | `connections/`     | `connections.rs`                           | `connections/`        | (all read settings) |
//! | license          | `license/`         | `license.rs`                               | `license/`            | `license`, `status` |
//! | license_upload   | `license_upload/`  | `license_upload.rs`                        | `license-upload/`     | —        |
//! | usage_file       | `usage_file/`      | `usage_file.rs`                            | `usage-file/`         | `validate` |
//! | usage_export     | `usage_export/`    | `usage_export.rs`                          | `usage-export/`       | `export` |
//! | sync             | `sync/`            | `sync.rs`                                  | `sync/`               | `watch`  |
//! | consumed         | `consumed/`        | `consumed.rs`                              | `consumed/`           | `consumed` |
//! | duplicates       | `duplicates/`      | `duplicates.rs`                            | `duplicates/`         | `duplicates` |
//! | activity         | `activity/`        | `activity.rs`                              | `activity/`           | —        |
//! | history          | `history/` (SQLite: readings kept, changes between loads) | `history.rs` | `history/` | `history`, `consumed --changes-since` |
//! | language         | `language/` (the setting; messages are `locales/`, crate `ghls-l10n`) | `language.rs` | `language/` (the picker) | `--lang` |
//! | monitor          | `monitor/` (background checks, shared `judge`) | `monitor.rs`       | `monitor/`            | `monitor` (judge: `status`) |
//! | demo             | `demo/` (cargo feature `demo`) | —                              | —                     | `--demo`, `emulator` |
//! | support          | `support/`         | —                                          | `ui/lib/`             | —        |
//!
//! `connections/clients.rs` is the one factory of GitHub clients every feature uses;
//! `support/` holds the plumbing written once (atomic file, job registry, blocking and
//! lock helpers, I/O wording). Errors are one enum, [`Error`], reported as [`ErrorReport`].
//!
//! The public API is re-exported here (and, for a feature's own types, at
//! `ghls_services::FEATURE::Type`), so the shells import from the crate root.
//!
//! Secrets come from a [`CredentialStore`] (the OS keyring, or memory for the demo and
//! "this session only") and go straight to a client's `Authorization` header; they never
//! appear in an [`ErrorReport`], a log line or a returned value.
#![forbid(unsafe_code)]

#[macro_use]
mod support;

pub mod activity;
mod app;
pub mod connections;
pub mod consumed;
#[cfg(feature = "demo")]
pub mod demo;
pub mod duplicates;
mod error;
pub mod history;
pub mod language;
pub mod license;
pub mod license_upload;
pub mod monitor;
pub mod sync;
pub mod usage_export;
pub mod usage_file;

pub use activity::{Activity, ActivityKind, ActivityLog, Outcome};
pub use app::{App, AppInfo, Mode};
pub use connections::{
    Backend, ConnectionTarget, ConnectionTest, Connections, ConnectionsDraft, CredentialStore,
    FieldProblem, GhecConnection, GhecDraft, GhecSettings, GhesConnection, GhesDraft, GhesSettings,
    KeyringStore, Learned, ManageApiCheck, MemoryStore, Saving, SecretKeep, SecretKey, SecretKind,
    SecretStatus, SecretTarget, Settings, SettingsStore, SshDraft, SshTarget, TestResult,
    KEYRING_SERVICE,
};
pub use consumed::{
    ConsumedPage, ConsumedQuery, ConsumedSort, ConsumedSummary, ConsumerFilter, ConsumerRow,
    ExportFormat, ExportResult, FetchProgress, LoadEstimate, RateBudget, RateBudgets, SortColumn,
    DEFAULT_RESERVE_PERCENT,
};
#[cfg(feature = "demo")]
pub use demo::DemoConfig;
pub use error::{Configurable, Error, ErrorKind, ErrorReport, KeyringAction, Result};
pub use history::{ConsumedChanges, ConsumedLoad, History, HistoryOverview, StoredLicense};
pub use language::{LanguageState, LocaleMessages};
pub use license::{LicenseOverview, Section};
pub use license_upload::LicenseUploadOutcome;
pub use monitor::{
    clock_from_env, judge, Announce, Clock, FileClock, MonitorCheck, MonitorInstance, MonitorNews,
    MonitorSettings, MonitorStatus, NewsKind, SyncVerdict, SystemClock,
};
pub use sync::{
    HandOff, InstanceResult, OneClickEvent, OneClickResult, OpenIn, RecordingHandOff, SyncPath,
    WatchConfig, WatchEvent, WatchInfo, WatchKind,
};
pub use usage_export::{ExportOutcome, ExportProgress};
