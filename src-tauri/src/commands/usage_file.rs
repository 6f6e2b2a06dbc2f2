//! Add server usage, the file part (feature `usage_file`): inspect a dropped, chosen or
//! handed (command line, second launch) license-usage export.

use std::path::PathBuf;
use std::sync::Arc;

use ghls_domain::usage_file::UsageVerdict;
use ghls_services::{App, ErrorReport};
use tauri::{Runtime, State, WebviewWindow};

/// Reads a file the user dropped or chose and says whether it is a license-usage export.
/// The path comes from the OS (Tauri's drag-drop event or the file dialog).
#[tauri::command]
pub(crate) async fn inspect_usage_file(
    app: State<'_, Arc<App>>,
    path: String,
) -> Result<UsageVerdict, ErrorReport> {
    Ok(app.inspect_usage_file(PathBuf::from(path)).await)
}

/// The files handed to the app from outside since the last call (the command line's, a
/// second launch's), oldest first; each is given once. The page calls it at start and on
/// the `opened-files` event.
#[tauri::command]
pub(crate) fn take_opened_files(files: State<'_, crate::desktop::OpenedFiles>) -> Vec<String> {
    files.take()
}

/// Opens the native file dialog for a license-usage export (`*.json`); `None` when the
/// user cancels.
#[tauri::command]
pub(crate) async fn pick_usage_file<R: Runtime>(
    window: WebviewWindow<R>,
) -> Result<Option<String>, ErrorReport> {
    crate::file_dialog::pick_file(
        window,
        &ghls_l10n::t!("dialog-choose-usage-export"),
        crate::file_dialog::USAGE_EXPORT,
    )
    .await
    .map_err(crate::file_dialog::dialog_failed)
}
