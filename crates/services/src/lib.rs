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

pub mod app;
pub mod credentials;
pub mod demo;
mod atomic_file;
mod error;
pub mod license_overview;
pub mod settings;

pub use app::{App, AppInfo, Mode};
pub use error::{Error, ErrorReport, Result};
