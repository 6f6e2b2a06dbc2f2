//! The Duplicates screen (feature `duplicates`): the analysis of the loaded consumed
//! licenses, its export, and "Load server accounts" (GitHub's GHES accounts, which name the
//! server entries). Errors arrive as `ErrorReport` (`not_loaded` before the first load of
//! consumed licenses, `cancelled` for a cancelled load, `job_running` for a second one).

use std::sync::Arc;

use ghls_services::duplicates::{
    AccountsLoadProgress, DuplicateOverview, FindingsPage, FindingsQuery, ServerAccountsSummary,
};
use ghls_services::{App, ErrorReport, ExportFormat, ExportResult};
use tauri::ipc::Channel;
use tauri::{Runtime, State, WebviewWindow};

use super::consumed::ask_where;

/// The duplicate analysis of the loaded consumers, without its findings.
#[tauri::command]
pub(crate) async fn duplicate_overview(
    app: State<'_, Arc<App>>,
) -> Result<DuplicateOverview, ErrorReport> {
    app.duplicate_overview().await.map_err(|e| e.report())
}

/// A window of one group's findings.
#[tauri::command]
pub(crate) async fn duplicate_findings(
    app: State<'_, Arc<App>>,
    query: FindingsQuery,
) -> Result<FindingsPage, ErrorReport> {
    app.duplicate_findings(query).await.map_err(|e| e.report())
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

/// Loads the GHES accounts GitHub holds for every instance of the enterprise, streaming
/// progress to `on_progress`; kept for the session, and used by `duplicate_report` from then.
#[tauri::command]
pub(crate) async fn load_server_accounts(
    app: State<'_, Arc<App>>,
    on_progress: Channel<AccountsLoadProgress>,
) -> Result<ServerAccountsSummary, ErrorReport> {
    app.load_server_accounts(move |p| {
        // A closed window no longer listens; the load still completes and is kept.
        let _ = on_progress.send(p);
    })
    .await
}

/// Cancels the running load of server accounts (nothing when none runs).
#[tauri::command]
pub(crate) async fn cancel_server_accounts(app: State<'_, Arc<App>>) -> Result<(), ErrorReport> {
    app.cancel_server_accounts();
    Ok(())
}

/// The server accounts loaded in this session; `null` before a load.
#[tauri::command]
pub(crate) async fn server_accounts_summary(
    app: State<'_, Arc<App>>,
) -> Result<Option<ServerAccountsSummary>, ErrorReport> {
    Ok(app.server_accounts_summary())
}
