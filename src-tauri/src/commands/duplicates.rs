//! The Duplicates screen (feature `duplicates`): the analysis of the loaded consumed
//! licenses and its export. Errors arrive as `ErrorReport` (`not_loaded` before the first
//! load of consumed licenses).

use std::sync::Arc;

use ghls_domain::DuplicateReport;
use ghls_services::{App, ErrorReport, ExportFormat, ExportResult};
use tauri::{Runtime, State, WebviewWindow};

use super::consumed::ask_where;

/// The duplicate analysis of the loaded consumers.
#[tauri::command]
pub(crate) async fn duplicate_report(
    app: State<'_, Arc<App>>,
) -> Result<DuplicateReport, ErrorReport> {
    app.duplicate_report()
        .await
        .map(|r| (*r).clone())
        .map_err(|e| e.report())
}

/// Asks where to save, then writes the duplicate report; `null` when the Save dialog was
/// cancelled.
#[tauri::command]
pub(crate) async fn export_duplicates<R: Runtime>(
    window: WebviewWindow<R>,
    app: State<'_, Arc<App>>,
    format: ExportFormat,
) -> Result<Option<ExportResult>, ErrorReport> {
    let Some(path) = ask_where(&window, &app, "duplicates", format).await? else {
        return Ok(None);
    };
    app.export_duplicates(format, path)
        .await
        .map(Some)
        .map_err(|e| e.report())
}
