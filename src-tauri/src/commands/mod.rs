//! The IPC commands: thin adapters over `ghls_services::App`, one module per screen.
//! (Referenced by full path in `generate_handler!`, which needs the macro's hidden items.)

pub(crate) mod activity;
pub(crate) mod app;
pub(crate) mod connections;
pub(crate) mod consumed;
pub(crate) mod export;
pub(crate) mod license;
pub(crate) mod license_upload;
pub(crate) mod sync;
pub(crate) mod usage;
