//! The app services of GHE License Sync: everything the desktop app and the CLI do, once.
//!
//! Settings, credentials, the built-in demo, and the License overview live here, above the
//! GitHub clients and the pure domain, and below the two thin shells (`src-tauri/` and the
//! CLI), which only adapt these calls to IPC or a terminal. Nothing here knows tauri.
//!
//! Secrets come from a [`credentials::CredentialStore`] (the OS keyring, or memory for the
//! demo and "this session only") and go straight to a client's `Authorization` header;
//! they never appear in an [`ErrorReport`], a log line or a returned value.
#![forbid(unsafe_code)]

pub mod activity;
pub mod admin_shell;
pub mod app;
mod atomic_file;
pub mod confirm_watch;
pub mod connection_test;
pub mod connections;
pub mod consumed;
pub mod consumed_export;
pub mod consumed_query;
pub mod credentials;
pub mod demo;
mod error;
mod fetch_job;
pub mod handoff;
mod jobs;
pub mod license_overview;
pub mod license_upload;
pub mod settings;
pub mod sync_plan;
pub mod usage_intake;
pub mod validate;

pub use app::{App, AppInfo, Mode};
pub use error::{Error, ErrorReport, Result};
