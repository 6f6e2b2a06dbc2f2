//! Upload a new license (feature `license_upload`): a `.ghl` file (its path from the OS: a drop or a dialog) to an
//! instance's Manage API, after the confirmation the UI shows. The IPC contract is
//! documented on `ghls_services::license_upload::LicenseUploadOutcome`.

use std::path::PathBuf;
use std::sync::Arc;

use ghls_services::{App, ErrorReport, LicenseUploadOutcome};
use tauri::{Runtime, State, WebviewWindow};

/// Uploads the license at `path` to `instance` (applied at once when `apply`), then reads
/// the new seats, expiry and license check back. A second call for the same instance while
/// one runs is refused (`job_running`).
#[tauri::command]
pub(crate) async fn upload_license(
    app: State<'_, Arc<App>>,
    instance: String,
    path: String,
    apply: bool,
) -> Result<LicenseUploadOutcome, ErrorReport> {
    app.upload_license(&instance, PathBuf::from(path), apply)
        .await
        .map_err(|e| e.report())
}

/// Opens the native file dialog for a license file (`*.ghl`); `None` when the user cancels.
#[tauri::command]
pub(crate) async fn pick_license_file<R: Runtime>(
    window: WebviewWindow<R>,
) -> Result<Option<String>, ErrorReport> {
    crate::file_dialog::pick_file(
        window,
        &ghls_l10n::t!("dialog-choose-license"),
        crate::file_dialog::LICENSE_FILE,
    )
    .await
    .map_err(crate::file_dialog::dialog_failed)
}
