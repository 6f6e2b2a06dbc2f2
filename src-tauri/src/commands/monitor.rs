//! Background checks (feature `monitor`): the settings, Check now and the status. What the
//! shell adds (the login item, the notifications) is in `crate::monitor`.

use std::sync::Arc;

use ghls_services::{App, ErrorReport, MonitorCheck, MonitorSettings, MonitorStatus};
use tauri::{AppHandle, Runtime, State};

/// `monitor_settings()`: "Keep checking in the background" and its options.
#[tauri::command]
pub(crate) async fn monitor_settings(
    app: State<'_, Arc<App>>,
) -> Result<MonitorSettings, ErrorReport> {
    Ok(app.monitor_settings())
}

/// `set_monitor_settings { settings }`: validates and saves them (the demo: memory only);
/// a changed Start at login is applied to the desktop's login items first.
#[tauri::command]
pub(crate) async fn set_monitor_settings<R: Runtime>(
    handle: AppHandle<R>,
    settings: MonitorSettings,
) -> Result<MonitorSettings, ErrorReport> {
    crate::monitor::set_settings(&handle, settings).await
}

/// `monitor_check_now()`: one check now; its news are also sent as OS notifications.
#[tauri::command]
pub(crate) async fn monitor_check_now<R: Runtime>(
    handle: AppHandle<R>,
) -> Result<MonitorCheck, ErrorReport> {
    crate::monitor::check_now(&handle)
        .await
        .map_err(|e| e.report())
}

/// `monitor_status()`: the last check, each instance's verdict, when the next check is due.
#[tauri::command]
pub(crate) async fn monitor_status(app: State<'_, Arc<App>>) -> Result<MonitorStatus, ErrorReport> {
    Ok(app.monitor_status())
}
