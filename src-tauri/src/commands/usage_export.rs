//! Export license usage over a GHES admin shell (SSH; feature `usage_export`): the Save dialog, then the export
//! with progress on a channel; the outcome is offered straight to Add server usage. The
//! IPC contract is documented on the types in `ghls_services::usage_export`.

use std::sync::Arc;

use ghls_services::{App, ErrorReport, ExportOutcome, ExportProgress};
use tauri::ipc::Channel;
use tauri::{Runtime, State, WebviewWindow};

use crate::file_dialog::{dialog_failed, save_file};

/// Asks where to save (offering `HOSTNAME-license-usage-YYYYMMDD.json`), then exports over
/// the instance's admin shell, streaming progress to `on_progress`; `null` when the Save
/// dialog was cancelled. An unknown instance or one without an admin shell is refused
/// before the dialog opens.
#[tauri::command]
pub(crate) async fn export_license_usage<R: Runtime>(
    window: WebviewWindow<R>,
    app: State<'_, Arc<App>>,
    instance: String,
    on_progress: Channel<ExportProgress>,
) -> Result<Option<ExportOutcome>, ErrorReport> {
    let name = app
        .license_usage_file_name(&instance)
        .map_err(|e| e.report())?;
    let chosen = save_file(
        window,
        &ghls_l10n::t!("dialog-save-usage-export"),
        &name,
        (&ghls_l10n::t!("dialog-filter-usage-export"), "json"),
    )
    .await
    .map_err(dialog_failed)?;
    let Some(path) = chosen else {
        return Ok(None);
    };
    app.export_license_usage(&instance, path, move |p| {
        // A closed window no longer listens; the export still completes.
        let _ = on_progress.send(p);
    })
    .await
    .map(Some)
    .map_err(|e| e.report())
}

/// Cancels the running export of `instance` (its ssh is killed, nothing is saved); false
/// when none runs.
#[tauri::command]
pub(crate) async fn cancel_export(
    app: State<'_, Arc<App>>,
    instance: String,
) -> Result<bool, ErrorReport> {
    Ok(app.cancel_export(&instance))
}
