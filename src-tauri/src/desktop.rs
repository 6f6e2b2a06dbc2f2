//! The app on the desktop, through Tauri's official plugins (tauri-apps/plugins-workspace):
//! the hand-offs (GitHub's page in the browser or an app window, the file in the file
//! manager, its path on the clipboard, an OS notification when a watch ends while the app is
//! not in front), one instance at a time, files handed to the app from outside, and the main
//! window's size and place kept across restarts. The services decide what; this only does it.
//!
//! - Browser and file manager: `tauri-plugin-opener` (Linux, macOS, Windows).
//! - Clipboard: `tauri-plugin-clipboard-manager`.
//! - Notifications: `tauri-plugin-notification` (a failure, e.g. no notification service on
//!   a headless machine, is only logged by the plugin).
//! - App window: a webview labelled `github` loading the external page. No capability names
//!   that label (capabilities/default.json lists only `main`), so the page can call none of
//!   the app's commands nor any plugin's.
//! - One instance: `tauri-plugin-single-instance`. A second launch brings the first window to
//!   the front; a file on its command line is queued here ([`OpenedFiles`]) and the main
//!   window hears [`OPENED_FILES_EVENT`], takes the queue (`take_opened_files`) and shows the
//!   file on Add server usage. A file on the first launch's command line waits in the same
//!   queue until the page takes it.
//! - Window state: `tauri-plugin-window-state`, the `main` window only (size, position,
//!   maximised), saved shortly after each move or resize as well as at exit, since a killed
//!   app (logout, SIGTERM) never reaches the plugin's save at exit.
//!
//! Test seam: with `GHLS_TEST_HANDOFF_LOG` set, [`install`] records hand-offs in that file
//! instead (`ghls_services::sync::RecordingHandOff`), and nothing is opened.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ghls_l10n::t;
use ghls_services::App;
use ghls_services::{HandOff, OpenIn, RecordingHandOff};
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindowBuilder, WindowEvent};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_notification::NotificationExt;
use tauri_plugin_opener::OpenerExt;
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The label of the app's own window (tauri.conf.json).
pub(crate) const MAIN_WINDOW: &str = "main";

/// The label of the hand-off window. Keep it out of every capability.
pub(crate) const GITHUB_WINDOW: &str = "github";

/// Sent to the main window when a file was handed to the running app (payload: its path).
/// The page then calls `take_opened_files`.
pub(crate) const OPENED_FILES_EVENT: &str = "opened-files";

/// What of the main window is kept: not its visibility (hidden in the tray is not how it
/// should come back), decorations or full screen.
const WINDOW_STATE: StateFlags = StateFlags::SIZE
    .union(StateFlags::POSITION)
    .union(StateFlags::MAXIMIZED);

/// How long the window must stay still before its state is written (a drag sends many moves).
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// Gives the services the hand-off of this desktop (or the test recorder), and makes sure
/// the queue of handed files exists (empty unless [`with_instance_plugins`] filled it).
pub(crate) fn install<R: Runtime>(handle: &AppHandle<R>, app: &App) {
    let handoff: Arc<dyn HandOff> = match RecordingHandOff::from_env() {
        Some(recorder) => Arc::new(recorder),
        None => Arc::new(Desktop {
            app: handle.clone(),
        }),
    };
    app.set_hand_off(handoff);
    // Already managed (and so unchanged) when `run` queued a file from the command line.
    handle.manage(OpenedFiles::default());
}

/// The plugins the hand-offs use. The opener injects no script into pages: the UI opens
/// nothing itself, and the `github` window's pages must not reach the plugin.
pub(crate) fn handoff_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_notification::init())
}

/// The plugins of the real app only (never on a MockRuntime, where a second test app would
/// end the test process as a "second instance"): single instance first, as its docs
/// require, so a second launch stops before anything else starts; the window state unless
/// `keep_window_state` is false (the demo writes nothing). `file` (from the command line)
/// waits in the queue until the page takes it.
pub(crate) fn with_instance_plugins<R: Runtime>(
    builder: tauri::Builder<R>,
    file: Option<String>,
    keep_window_state: bool,
) -> tauri::Builder<R> {
    let builder = builder
        .plugin(tauri_plugin_single_instance::init(second_launch))
        .manage(OpenedFiles::new(file));
    if !keep_window_state {
        return builder;
    }
    builder
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(WINDOW_STATE)
                .with_filter(|label| label == MAIN_WINDOW)
                .build(),
        )
        .manage(WindowStateSaver::default())
}

/// Saves the main window's state shortly after it stops moving or being resized, on the
/// main thread: the plugin's save holds its cache lock while it asks the window for its
/// size, and its own event handler (on the main thread) takes that lock too. Does nothing
/// without the window-state plugin.
pub(crate) fn keep_window_state<R: Runtime>(handle: &AppHandle<R>) {
    if handle.try_state::<WindowStateSaver>().is_none() {
        return;
    }
    let Some(window) = handle.get_webview_window(MAIN_WINDOW) else {
        return;
    };
    let handle = handle.clone();
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            save_window_state_soon(&handle);
        }
    });
}

/// Counts moves and resizes: a save runs only if none came after the one that asked for it.
#[derive(Default)]
struct WindowStateSaver(AtomicU64);

fn save_window_state_soon<R: Runtime>(handle: &AppHandle<R>) {
    let Some(saver) = handle.try_state::<WindowStateSaver>() else {
        return;
    };
    let asked = saver.0.fetch_add(1, Ordering::SeqCst) + 1;
    let handle = handle.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(SAVE_AFTER).await;
        let latest = handle
            .try_state::<WindowStateSaver>()
            .map(|s| s.0.load(Ordering::SeqCst));
        if latest != Some(asked) {
            return;
        }
        let on_main = handle.clone();
        let _ = handle.run_on_main_thread(move || {
            if let Err(e) = on_main.save_window_state(WINDOW_STATE) {
                tracing::warn!("the window's size and place could not be saved: {e}");
            }
        });
    });
}

/// Files handed to the app from outside (its command line, a second launch's), oldest
/// first, until the page takes them.
#[derive(Debug, Default)]
pub(crate) struct OpenedFiles(Mutex<Vec<String>>);

impl OpenedFiles {
    fn new(file: Option<String>) -> Self {
        Self(Mutex::new(file.into_iter().collect()))
    }

    fn push(&self, path: String) {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(path);
    }

    /// Empties the queue: each file is given once.
    pub(crate) fn take(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }
}

/// A second launch of the app (its process has handed over and exits): the first window
/// comes to the front, and a file on its command line opens on Add server usage.
fn second_launch<R: Runtime>(handle: &AppHandle<R>, argv: Vec<String>, cwd: String) {
    bring_to_front(handle);
    match crate::StartOptions::parse(argv.into_iter().skip(1)) {
        Ok(options) => {
            if let Some(file) = options.file {
                hand_over(handle, crate::start::absolute(&file, Path::new(&cwd)));
            }
        }
        Err(message) => tracing::warn!("a second launch's command line was ignored: {message}"),
    }
}

/// Queues `path` and tells the main window.
fn hand_over<R: Runtime>(handle: &AppHandle<R>, path: String) {
    if let Some(files) = handle.try_state::<OpenedFiles>() {
        files.push(path.clone());
    }
    if let Err(e) = handle.emit_to(MAIN_WINDOW, OPENED_FILES_EVENT, path) {
        tracing::warn!("the window was not told about a handed file: {e}");
    }
}

/// Unminimises, shows and focuses the main window (it may be hidden in the tray).
fn bring_to_front<R: Runtime>(handle: &AppHandle<R>) {
    if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

struct Desktop<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> fmt::Debug for Desktop<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Desktop")
    }
}

impl<R: Runtime> HandOff for Desktop<R> {
    fn open_url(&self, url: &str, how: OpenIn) -> Result<(), String> {
        let parsed = url
            .parse::<tauri::Url>()
            .map_err(|e| t!("shell-not-a-url", detail = e.to_string()))?;
        if !matches!(parsed.scheme(), "https" | "http") {
            return Err(t!("shell-scheme", scheme = parsed.scheme()));
        }
        match how {
            OpenIn::Browser => self
                .app
                .opener()
                .open_url(parsed.as_str(), None::<&str>)
                .map_err(|e| t!("shell-no-browser", detail = e.to_string())),
            OpenIn::AppWindow => self.open_in_window(parsed),
        }
    }

    fn reveal_file(&self, path: &Path) -> Result<(), String> {
        if !path.is_absolute() {
            return Err(t!("shell-not-absolute", path = path.display().to_string()));
        }
        self.app
            .opener()
            .reveal_item_in_dir(path)
            .map_err(|e| t!("shell-no-file-manager", detail = e.to_string()))
    }

    fn copy_text(&self, text: &str) -> Result<(), String> {
        self.app
            .clipboard()
            .write_text(text)
            .map_err(|e| t!("shell-no-clipboard", detail = e.to_string()))
    }

    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        let in_front = self
            .app
            .get_webview_window(MAIN_WINDOW)
            .and_then(|w| w.is_focused().ok())
            .unwrap_or(false);
        if in_front {
            return Ok(());
        }
        self.app
            .notification()
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| t!("shell-no-notification", detail = e.to_string()))
    }
}

impl<R: Runtime> Desktop<R> {
    fn open_in_window(&self, url: tauri::Url) -> Result<(), String> {
        if let Some(w) = self.app.get_webview_window(GITHUB_WINDOW) {
            w.navigate(url)
                .map_err(|e| t!("shell-window-not-loaded", detail = e.to_string()))?;
            let _ = w.show();
            let _ = w.set_focus();
            return Ok(());
        }
        WebviewWindowBuilder::new(&self.app, GITHUB_WINDOW, WebviewUrl::External(url))
            .title(t!("github-window-title"))
            .inner_size(1100.0, 800.0)
            // Web pages only: never the app's own `tauri://` pages (which may call
            // commands) or any other scheme.
            .on_navigation(|u| matches!(u.scheme(), "https" | "http"))
            .build()
            .map(|_| ())
            .map_err(|e| t!("shell-window-not-opened", detail = e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handed_file_waits_until_the_page_takes_it_and_is_given_once() {
        let app = tauri::test::mock_app();
        app.manage(OpenedFiles::new(Some("/launch/first.json".to_owned())));
        hand_over(app.handle(), "/second/launch.json".to_owned());
        let files = app.state::<OpenedFiles>();
        assert_eq!(
            files.take(),
            ["/launch/first.json", "/second/launch.json"],
            "oldest first"
        );
        assert!(files.take().is_empty());
    }

    #[test]
    fn the_queue_from_the_command_line_is_kept_when_the_setup_makes_sure_it_exists() {
        let app = tauri::test::mock_app();
        app.manage(OpenedFiles::new(Some("/launch/first.json".to_owned())));
        // What `install` does for every app, the MockRuntime's included.
        assert!(!app.handle().manage(OpenedFiles::default()));
        assert_eq!(app.state::<OpenedFiles>().take(), ["/launch/first.json"]);
    }
}
