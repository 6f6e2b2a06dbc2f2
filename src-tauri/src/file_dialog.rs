//! The native file dialog (rfd with GTK 3 on Linux), opened on the main thread as GTK
//! requires, with the main window as its parent so it stays modal to the app.
//!
//! Test seam: when `GHLS_TEST_FILE_DIALOG` names a file, no dialog opens; the dialog
//! "answers" with the path written in that file (empty: cancelled). End-to-end tests use
//! it because driving a GTK dialog under Xvfb is fragile; everything after the dialog is
//! the real code path.

use std::path::PathBuf;

use tauri::{Runtime, WebviewWindow};

const TEST_SEAM: &str = "GHLS_TEST_FILE_DIALOG";

/// What an Open dialog offers first, before "All files": a filter's name (in the process's
/// language) and extensions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FileKind {
    name: fn() -> String,
    extensions: &'static [&'static str],
}

/// A license-usage export (`*.json`).
pub(crate) const USAGE_EXPORT: FileKind = FileKind {
    name: || ghls_l10n::t!("dialog-filter-usage-export"),
    extensions: &["json", "JSON"],
};

/// A GitHub Enterprise license file (`*.ghl`).
pub(crate) const LICENSE_FILE: FileKind = FileKind {
    name: || ghls_l10n::t!("dialog-filter-license"),
    extensions: &["ghl", "GHL"],
};

/// Asks for one file, offering `kind` first and "All files" second; `None` when the user
/// cancels.
pub(crate) async fn pick_file<R: Runtime>(
    window: WebviewWindow<R>,
    title: &str,
    kind: FileKind,
) -> Result<Option<String>, String> {
    if let Some(answer) = std::env::var_os(TEST_SEAM) {
        return test_answer(PathBuf::from(answer)).await;
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let title = title.to_owned();
    let (kind_name, all_files) = ((kind.name)(), ghls_l10n::t!("dialog-filter-all"));
    let parent = window.clone();
    window
        .run_on_main_thread(move || {
            let picked = rfd::FileDialog::new()
                .set_title(title)
                .add_filter(kind_name, kind.extensions)
                .add_filter(all_files, &["*"])
                .set_parent(&parent)
                .pick_file();
            let _ = tx.send(picked);
        })
        .map_err(|e| ghls_l10n::t!("dialog-not-opened", detail = e.to_string()))?;
    let picked = rx.await.map_err(|_| ghls_l10n::t!("dialog-no-answer"))?;
    Ok(picked.map(|p| p.display().to_string()))
}

async fn test_answer(answer_file: PathBuf) -> Result<Option<String>, String> {
    let text = tokio::fs::read_to_string(&answer_file)
        .await
        .map_err(|e| format!("{TEST_SEAM}: {}: {e}", answer_file.display()))?;
    let path = text.trim();
    Ok((!path.is_empty()).then(|| path.to_owned()))
}

/// Asks where to save a file, offering `file_name` and filtering on `extension`; `None`
/// when the user cancels. Same test seam as [`pick_file`]: the seam file names the path to
/// save to.
pub(crate) async fn save_file<R: Runtime>(
    window: WebviewWindow<R>,
    title: &str,
    file_name: &str,
    filter: (&str, &str),
) -> Result<Option<PathBuf>, String> {
    if let Some(answer) = std::env::var_os(TEST_SEAM) {
        return Ok(test_answer(PathBuf::from(answer)).await?.map(PathBuf::from));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let (title, file_name) = (title.to_owned(), file_name.to_owned());
    let (filter_name, extension) = (filter.0.to_owned(), filter.1.to_owned());
    let parent = window.clone();
    window
        .run_on_main_thread(move || {
            let chosen = rfd::FileDialog::new()
                .set_title(title)
                .set_file_name(file_name)
                .add_filter(filter_name, &[extension])
                .set_parent(&parent)
                .save_file();
            let _ = tx.send(chosen);
        })
        .map_err(|e| ghls_l10n::t!("dialog-not-opened", detail = e.to_string()))?;
    rx.await.map_err(|_| ghls_l10n::t!("dialog-no-answer"))
}

/// A Save or Open dialog that failed to open, as the UI's structured error.
pub(crate) fn dialog_failed(message: String) -> ghls_services::ErrorReport {
    ghls_services::ErrorReport::new(
        ghls_services::ErrorKind::FileDialog,
        &ghls_l10n::msg!("file-dialog-failed", detail = message),
        Some(&ghls_l10n::msg!("file-dialog-failed-fix")),
    )
}
