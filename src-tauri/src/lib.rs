//! The desktop shell of GHE License Sync.
//!
//! Only adapts: commands take the managed [`ghls_services::App`], call one service method,
//! and return its (serialisable, secret-free) result. Everything they do is async, so no
//! keyring, file or HTTP work ever runs on the GTK main thread.
#![forbid(unsafe_code)]

mod commands;
mod start;

use std::process::ExitCode;
use std::sync::Arc;

use ghls_services::App;
use tauri::Runtime;

pub use start::StartOptions;

/// Registers the app's state and commands on a builder (the real one, or a MockRuntime's).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, app: Arc<App>) -> tauri::Builder<R> {
    builder.manage(app).invoke_handler(tauri::generate_handler![
        commands::app::app_info,
        commands::license::license_overview,
    ])
}

/// Starts the desktop app with the process's arguments.
pub fn run() -> ExitCode {
    start::init_logging();
    let options = match StartOptions::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("ghe-license-sync: {message}\n\n{}", start::USAGE);
            return ExitCode::from(2);
        }
    };
    if options.help {
        #[allow(clippy::print_stdout)]
        {
            println!("{}", start::USAGE);
        }
        return ExitCode::SUCCESS;
    }
    let app = match tauri::async_runtime::block_on(start::open_app(&options)) {
        Ok(app) => Arc::new(app),
        Err(e) => {
            eprintln!("ghe-license-sync: {e}\n{}", e.fix());
            return ExitCode::FAILURE;
        }
    };
    match configure(tauri::Builder::default(), app).run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ghe-license-sync: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
