//! The admin's language (feature `language`): the UI's message files and the setting.

use std::sync::Arc;

use ghls_l10n::LanguageChoice;
use ghls_services::{App, ErrorReport, LanguageState, LocaleMessages};
use tauri::{AppHandle, Runtime, State};

/// `locale_messages`: the language in use, the choices, and the Fluent files the UI renders
/// its text with (the language's and English's, the fallback).
#[tauri::command]
pub(crate) async fn locale_messages(
    app: State<'_, Arc<App>>,
) -> Result<LocaleMessages, ErrorReport> {
    Ok(app.locale_messages())
}

/// `set_language { choice }`: saves the setting; the services speak it from now on.
#[tauri::command]
pub(crate) async fn set_language<R: Runtime>(
    handle: AppHandle<R>,
    app: State<'_, Arc<App>>,
    choice: LanguageChoice,
) -> Result<LanguageState, ErrorReport> {
    let state = app.set_language(choice).await.map_err(|e| e.report())?;
    // The window reloads itself; the tray's menu is the shell's to relabel.
    crate::tray::relabel(&handle);
    Ok(state)
}
