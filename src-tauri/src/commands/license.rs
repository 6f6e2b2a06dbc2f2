use std::sync::Arc;

use ghls_services::license_overview::LicenseOverview;
use ghls_services::App;
use tauri::State;

/// The License screen's data, read from GitHub now. Failures are inside the sections.
#[tauri::command]
pub(crate) async fn license_overview(app: State<'_, Arc<App>>) -> Result<LicenseOverview, ()> {
    Ok(app.license_overview().await)
}
