//! The License screen (feature `license`).

use std::sync::Arc;

use ghls_services::{App, ErrorReport, LicenseOverview};
use tauri::State;

/// The License screen's data, read from GitHub now. Failures are inside the sections.
#[tauri::command]
pub(crate) async fn license_overview(
    app: State<'_, Arc<App>>,
) -> Result<LicenseOverview, ErrorReport> {
    Ok(app.license_overview().await)
}
