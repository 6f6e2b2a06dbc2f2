//! The Consumed licenses screen (feature `consumed`). The IPC contract is documented on the
//! types in `ghls_services::consumed`; errors arrive as `ErrorReport` (`not_loaded` before
//! the first load, `cancelled` for a cancelled fetch).

use std::sync::Arc;

use ghls_services::{
    App, ConsumedPage, ConsumedQuery, ConsumedSummary, Error, ErrorReport, ExportFormat,
    ExportResult, FetchProgress, LoadEstimate, RateBudgets,
};
use tauri::ipc::Channel;
use tauri::{Runtime, State, WebviewWindow};

use crate::file_dialog::{dialog_failed, save_file};

/// `restore_consumed_licenses`: the newest load the history kept, held for the session
/// when it holds none (`from_history` set), so the screen opens with data at once; `null`
/// when none is kept. A Refresh reads GitHub again.
#[tauri::command]
pub(crate) async fn restore_consumed_licenses(
    app: State<'_, Arc<App>>,
) -> Result<Option<ConsumedSummary>, ErrorReport> {
    app.restore_consumed_licenses()
        .await
        .map_err(|e| e.report())
}

/// Loads every consumer (cached for the session unless `refresh`), streaming progress to
/// `on_progress`. A second call while a fetch runs joins it.
#[tauri::command]
pub(crate) async fn load_consumed_licenses(
    app: State<'_, Arc<App>>,
    refresh: bool,
    on_progress: Channel<FetchProgress>,
) -> Result<ConsumedSummary, ErrorReport> {
    app.load_consumed_licenses(refresh, move |p| {
        // A closed window no longer listens; the fetch still completes and is cached.
        let _ = on_progress.send(p);
    })
    .await
}

/// The token's REST and GraphQL budgets (GitHub's `GET /rate_limit`, which costs nothing).
#[tauri::command]
pub(crate) async fn rate_budget(app: State<'_, Arc<App>>) -> Result<RateBudgets, ErrorReport> {
    app.rate_budget().await.map_err(|e| e.report())
}

/// What a full load would cost of the token's rate budget, and whether it cuts into the
/// reserve (then the screen asks first).
#[tauri::command]
pub(crate) async fn consumed_load_estimate(
    app: State<'_, Arc<App>>,
) -> Result<LoadEstimate, ErrorReport> {
    app.consumed_load_estimate().await.map_err(|e| e.report())
}

/// The reserve (percent of the hourly limit) a load asks before cutting into.
#[tauri::command]
pub(crate) async fn rate_reserve_setting(app: State<'_, Arc<App>>) -> Result<u8, ErrorReport> {
    Ok(app.rate_reserve_percent())
}

/// Changes the reserve and saves it.
#[tauri::command]
pub(crate) async fn set_rate_reserve_setting(
    app: State<'_, Arc<App>>,
    percent: u8,
) -> Result<u8, ErrorReport> {
    app.set_rate_reserve_percent(percent)
        .await
        .map_err(|e| e.report())
}

/// Cancels the running fetch (nothing when none runs).
#[tauri::command]
pub(crate) async fn cancel_consumed_fetch(app: State<'_, Arc<App>>) -> Result<(), ErrorReport> {
    app.cancel_consumed_fetch();
    Ok(())
}

/// One window of the consumers matching `query`.
#[tauri::command]
pub(crate) async fn query_consumed_licenses(
    app: State<'_, Arc<App>>,
    query: ConsumedQuery,
) -> Result<ConsumedPage, ErrorReport> {
    app.query_consumed_licenses(query)
        .await
        .map_err(|e| e.report())
}

/// Asks where to save, then writes every consumer matching `query`; `null` when the Save
/// dialog was cancelled.
#[tauri::command]
pub(crate) async fn export_consumed_licenses<R: Runtime>(
    window: WebviewWindow<R>,
    app: State<'_, Arc<App>>,
    query: ConsumedQuery,
    format: ExportFormat,
) -> Result<Option<ExportResult>, ErrorReport> {
    let Some(path) = ask_where(&window, &app, "consumed-licenses", format).await? else {
        return Ok(None);
    };
    app.export_consumed_licenses(query, format, path)
        .await
        .map(Some)
        .map_err(|e| e.report())
}

/// The Save dialog, opened only when there is something to save.
pub(crate) async fn ask_where<R: Runtime>(
    window: &WebviewWindow<R>,
    app: &App,
    subject: &str,
    format: ExportFormat,
) -> Result<Option<std::path::PathBuf>, ErrorReport> {
    if app.consumed_summary().is_none() {
        return Err(Error::NotLoaded.report());
    }
    let (title, filter) = match format {
        ExportFormat::Csv => (
            ghls_l10n::t!("dialog-export-csv"),
            (ghls_l10n::t!("dialog-filter-csv"), "csv"),
        ),
        ExportFormat::Json => (
            ghls_l10n::t!("dialog-export-json"),
            ("JSON".to_owned(), "json"),
        ),
    };
    save_file(
        window.clone(),
        &title,
        &app.export_file_name(subject, format),
        (&filter.0, filter.1),
    )
    .await
    .map_err(dialog_failed)
}
