//! The IPC commands: thin adapters over `ghls_services::App`, one module per feature of
//! the feature map (`crates/services/src/lib.rs`). The command names the UI invokes are
//! the functions' names. (Referenced by full path in `generate_handler!`, which needs the
//! macro's hidden items.)

pub(crate) mod activity;
pub(crate) mod app;
pub(crate) mod connections;
pub(crate) mod consumed;
pub(crate) mod duplicates;
pub(crate) mod history;
pub(crate) mod language;
pub(crate) mod license;
pub(crate) mod license_upload;
pub(crate) mod monitor;
pub(crate) mod sync;
pub(crate) mod usage_export;
pub(crate) mod usage_file;
