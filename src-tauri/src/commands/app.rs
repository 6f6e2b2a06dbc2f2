//! The app itself: mode, version, where settings and secrets are kept.

use std::sync::Arc;

use ghls_services::{App, AppInfo, ErrorReport};
use tauri::State;

/// Mode, version, where secrets are kept, settings warnings. Never a secret.
#[tauri::command]
pub(crate) async fn app_info(app: State<'_, Arc<App>>) -> Result<AppInfo, ErrorReport> {
    Ok(app.info())
}
