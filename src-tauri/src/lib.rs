//! The desktop shell of GHE License Sync.
//!
//! Only adapts: commands take the managed [`ghls_services::App`], call one service method,
//! and return its (serialisable, secret-free) result. Everything they do is async, so no
//! keyring, file or HTTP work ever runs on the GTK main thread.
#![forbid(unsafe_code)]

mod commands;
mod desktop;
mod file_dialog;
mod monitor;
mod start;
pub mod tray;

use std::process::ExitCode;
use std::sync::Arc;

use ghls_services::App;
use tauri::Runtime;

pub use start::StartOptions;

/// Registers the app's state, commands and hand-off plugins on a builder (the real one, or a
/// MockRuntime's). The real app adds single instance and window state first (`run`).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, app: Arc<App>) -> tauri::Builder<R> {
    let for_setup = app.clone();
    desktop::handoff_plugins(builder)
        .manage(app)
        .manage(monitor::MonitorShell::from_env())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![monitor::IN_TRAY_ARG]),
        ))
        .on_window_event(monitor::on_window_event)
        .setup(move |tauri_app| {
            desktop::install(tauri_app.handle(), &for_setup);
            desktop::keep_window_state(tauri_app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::language::locale_messages,
            commands::language::set_language,
            commands::license::license_overview,
            commands::connections::connections,
            commands::connections::save_connections,
            commands::connections::remove_ghes_instance,
            commands::connections::set_secret,
            commands::connections::delete_secret,
            commands::connections::test_connection,
            commands::usage_file::inspect_usage_file,
            commands::usage_file::pick_usage_file,
            commands::usage_file::take_opened_files,
            commands::consumed::load_consumed_licenses,
            commands::consumed::restore_consumed_licenses,
            commands::consumed::cancel_consumed_fetch,
            commands::consumed::rate_budget,
            commands::consumed::consumed_load_estimate,
            commands::consumed::rate_reserve_setting,
            commands::consumed::set_rate_reserve_setting,
            commands::consumed::query_consumed_licenses,
            commands::consumed::export_consumed_licenses,
            commands::duplicates::duplicate_overview,
            commands::duplicates::duplicate_findings,
            commands::duplicates::export_duplicates,
            commands::duplicates::load_server_accounts,
            commands::duplicates::cancel_server_accounts,
            commands::duplicates::server_accounts_summary,
            commands::sync::start_upload,
            commands::sync::sync_now,
            commands::sync::enable_license_sync,
            commands::sync::one_click_sync,
            commands::sync::keep_watching,
            commands::sync::cancel_watch,
            commands::sync::watches,
            commands::sync::handoff_setting,
            commands::sync::set_handoff_setting,
            commands::activity::activity,
            commands::history::history_overview,
            commands::history::stored_license,
            commands::history::consumed_changes,
            commands::history::duplicates_since,
            commands::history::set_history_detail_days,
            commands::usage_export::export_license_usage,
            commands::usage_export::cancel_export,
            commands::license_upload::upload_license,
            commands::license_upload::pick_license_file,
            commands::monitor::monitor_settings,
            commands::monitor::set_monitor_settings,
            commands::monitor::monitor_check_now,
            commands::monitor::monitor_status,
        ])
}

/// Keeps the history, and the Activity record in it, in the app data folder
/// (`history.sqlite3`; `GHLS_DATA_DIR` overrides the folder; an `activity.jsonl` of an
/// earlier version is imported once). The demo keeps both in memory, like its settings.
fn with_data_files(app: App) -> App {
    if app.mode() == ghls_services::Mode::Demo {
        return app;
    }
    let Some(path) = ghls_services::History::default_location() else {
        tracing::warn!("no data folder: the history and activity are kept for this session only");
        return app;
    };
    let history = ghls_services::History::open(&path);
    let activity = ghls_services::ActivityLog::in_history(
        &history,
        ghls_services::ActivityLog::default_location(),
    );
    app.with_history(history).with_activity_log(activity)
}

/// Starts the desktop app with the process's arguments.
pub fn run() -> ExitCode {
    start::init_logging();
    // The OS's language until the settings are read: what a wrong command line is told in.
    ghls_l10n::set_language(ghls_l10n::Lang::from_environment());
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
        Ok(app) => Arc::new(with_data_files(app)),
        Err(e) => {
            eprintln!("ghe-license-sync: {e}\n{}", e.fix());
            return ExitCode::FAILURE;
        }
    };
    let file = options
        .file
        .as_deref()
        .map(|f| start::absolute(f, &std::env::current_dir().unwrap_or_default()));
    let keep_window_state = app.mode() != ghls_services::Mode::Demo;
    let builder =
        desktop::with_instance_plugins(tauri::Builder::default(), file, keep_window_state);
    match configure(builder, app).build(tauri::generate_context!()) {
        Ok(tauri_app) => {
            // The tray and the background loop belong to the real app only (not MockRuntime
            // tests), once its event loop runs.
            let in_tray = options.in_tray;
            tauri_app.run(move |handle, event| monitor::on_run_event(handle, event, in_tray));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "ghe-license-sync: {}",
                ghls_l10n::t!("start-window-not-opened", detail = e.to_string())
            );
            ExitCode::FAILURE
        }
    }
}
