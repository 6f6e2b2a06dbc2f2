//! The Activity screen (feature `activity`).

use std::sync::Arc;

use ghls_services::{Activity, App, ErrorReport};
use tauri::State;

/// `activity { limit? }`: the newest entries first (all kept when no limit).
#[tauri::command]
pub(crate) async fn activity(
    app: State<'_, Arc<App>>,
    limit: Option<usize>,
) -> Result<Vec<Activity>, ErrorReport> {
    Ok(app.activity(limit))
}
