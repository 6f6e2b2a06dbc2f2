//! Hand-offs and confirmation watches (feature `sync`): Add server usage, Sync now, Enable license sync,
//! One-click sync, Keep watching. The IPC contract is documented in
//! `ghls_services::sync`; progress streams through the `onProgress` channel and the
//! final event is the result. Refusals (a watch already running for the instance, a file
//! that is not a usage export, …) are `ErrorReport`s.

use std::path::PathBuf;
use std::sync::Arc;

use ghls_services::{
    App, ErrorReport, OneClickEvent, OneClickResult, OpenIn, WatchEvent, WatchInfo,
};
use tauri::ipc::Channel;
use tauri::State;

/// `start_upload { path, onProgress }`: checks the file again, opens GHEC's licensing page
/// with the file ready, and watches until GitHub shows the upload.
#[tauri::command]
pub(crate) async fn start_upload(
    app: State<'_, Arc<App>>,
    path: String,
    on_progress: Channel<WatchEvent>,
) -> Result<WatchEvent, ErrorReport> {
    app.start_upload(PathBuf::from(path), move |e| {
        // A closed window no longer listens; the watch still ends and is recorded.
        let _ = on_progress.send(e);
    })
    .await
    .map_err(|e| e.report())
}

/// `sync_now { instance, onProgress }`: opens the instance's GHES License page and watches.
#[tauri::command]
pub(crate) async fn sync_now(
    app: State<'_, Arc<App>>,
    instance: String,
    on_progress: Channel<WatchEvent>,
) -> Result<WatchEvent, ErrorReport> {
    app.sync_now(&instance, move |e| {
        let _ = on_progress.send(e);
    })
    .await
    .map_err(|e| e.report())
}

/// `enable_license_sync { instance, onProgress }`: opens the instance's GitHub Connect
/// settings and waits for its first successful sync.
#[tauri::command]
pub(crate) async fn enable_license_sync(
    app: State<'_, Arc<App>>,
    instance: String,
    on_progress: Channel<WatchEvent>,
) -> Result<WatchEvent, ErrorReport> {
    app.enable_license_sync(&instance, move |e| {
        let _ = on_progress.send(e);
    })
    .await
    .map_err(|e| e.report())
}

/// `one_click_sync { onProgress }`: every instance by its best path; one combined result.
#[tauri::command]
pub(crate) async fn one_click_sync(
    app: State<'_, Arc<App>>,
    on_progress: Channel<OneClickEvent>,
) -> Result<OneClickResult, ErrorReport> {
    app.one_click_sync(move |e| {
        let _ = on_progress.send(e);
    })
    .await
    .map_err(|e| e.report())
}

/// `keep_watching { instance, since, onProgress }`: a new watch with the same hand-off time.
#[tauri::command]
pub(crate) async fn keep_watching(
    app: State<'_, Arc<App>>,
    instance: String,
    since: String,
    on_progress: Channel<WatchEvent>,
) -> Result<WatchEvent, ErrorReport> {
    app.keep_watching(&instance, &since, move |e| {
        let _ = on_progress.send(e);
    })
    .await
    .map_err(|e| e.report())
}

/// `cancel_watch { instance }`: true when a watch was running.
#[tauri::command]
pub(crate) async fn cancel_watch(
    app: State<'_, Arc<App>>,
    instance: String,
) -> Result<bool, ErrorReport> {
    Ok(app.cancel_watch(&instance))
}

/// `watches()`: the running watches, for a screen that comes back to them.
#[tauri::command]
pub(crate) async fn watches(app: State<'_, Arc<App>>) -> Result<Vec<WatchInfo>, ErrorReport> {
    Ok(app.watches())
}

/// `handoff_setting()`: `"browser"` or `"app_window"`.
#[tauri::command]
pub(crate) async fn handoff_setting(app: State<'_, Arc<App>>) -> Result<OpenIn, ErrorReport> {
    Ok(app.handoff_setting())
}

/// `set_handoff_setting { how }`: saves it with the settings (the demo: memory only).
#[tauri::command]
pub(crate) async fn set_handoff_setting(
    app: State<'_, Arc<App>>,
    how: OpenIn,
) -> Result<OpenIn, ErrorReport> {
    app.set_handoff_setting(how).await.map_err(|e| e.report())
}
