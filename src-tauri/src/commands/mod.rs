//! The IPC commands: thin adapters over `ghls_services::App`, one module per screen.
//! (Referenced by full path in `generate_handler!`, which needs the macro's hidden items.)

pub(crate) mod app;
pub(crate) mod license;
