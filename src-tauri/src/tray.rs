//! The tray icon (feature `monitor`): Open, Check now, Sync everything, Quit.
//!
//! Each item does what the window's button of the same name does: Check now is
//! `App::monitor_check` through [`crate::monitor::check_now`] (as the Background checks
//! section's button); Sync everything is the License screen's one-click sync, which hands
//! steps off to GitHub's pages and streams its progress to the window, so the tray shows the
//! window and asks its UI to start that same flow ([`SYNC_EVERYTHING_EVENT`]).
//!
//! The handler is the plain function [`on_tray_item`], so tests drive it on MockRuntime
//! without a tray. A desktop without a tray host (a bare X server, some GNOME setups) must
//! not stop the app: [`install`] only logs when the icon cannot be made.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::desktop::MAIN_WINDOW;

/// The tray menu's item ids.
pub const OPEN: &str = "open";
pub const CHECK_NOW: &str = "check_now";
pub const SYNC_EVERYTHING: &str = "sync_everything";
pub const QUIT: &str = "quit";

/// Sent to the main window when the tray's Sync everything is chosen; the UI starts the
/// License screen's one-click sync, exactly as its Sync everything button does.
pub const SYNC_EVERYTHING_EVENT: &str = "tray:sync-everything";

/// Adds the tray icon. Without a tray host the failure is logged and the app runs on.
pub(crate) fn install<R: Runtime>(app: &AppHandle<R>) -> Option<TrayIcon<R>> {
    match build(app) {
        Ok(tray) => Some(tray),
        Err(e) => {
            tracing::warn!(
                "no tray icon ({e}); the app runs on, and closing the window quits it as usual"
            );
            None
        }
    }
}

/// The tray icon's id.
const TRAY: &str = "main";

/// The menu, labelled in the process's language.
fn menu<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let item = |id: &str, label: String| MenuItem::with_id(app, id, label, true, None::<&str>);
    let open = item(OPEN, ghls_l10n::t!("tray-open"))?;
    let check = item(CHECK_NOW, ghls_l10n::t!("tray-check-now"))?;
    let sync = item(SYNC_EVERYTHING, ghls_l10n::t!("tray-sync-everything"))?;
    let separator = PredefinedMenuItem::separator(app)?;
    let quit = item(QUIT, ghls_l10n::t!("tray-quit"))?;
    Menu::with_items(app, &[&open, &check, &sync, &separator, &quit])
}

/// Labels the tray's menu again in the process's language (after the language changed).
/// Without a tray icon there is nothing to do.
pub(crate) fn relabel<R: Runtime>(app: &AppHandle<R>) {
    let Some(tray) = app.tray_by_id(TRAY) else {
        return;
    };
    match menu(app) {
        Ok(menu) => {
            if let Err(e) = tray.set_menu(Some(menu)) {
                tracing::warn!("the tray menu could not be relabelled: {e}");
            }
        }
        Err(e) => tracing::warn!("the tray menu could not be relabelled: {e}"),
    }
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<TrayIcon<R>> {
    let menu = menu(app)?;
    let mut builder = TrayIconBuilder::with_id(TRAY)
        .tooltip(ghls_l10n::t!("app-name"))
        .menu(&menu)
        // A left click opens the window (where the platform reports clicks); the menu is on
        // the right button.
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| on_tray_item(app, event.id().as_ref()))
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show_main(tray.app_handle());
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)
}

/// What a tray menu item does. Unknown ids (another menu's items reach the same global
/// menu handler) are ignored.
pub fn on_tray_item<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        OPEN => show_main(app),
        CHECK_NOW => {
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                crate::monitor::check_from_tray(&app).await;
            });
        }
        SYNC_EVERYTHING => {
            show_main(app);
            if let Err(e) = app.emit_to(MAIN_WINDOW, SYNC_EVERYTHING_EVENT, ()) {
                tracing::warn!("the window could not be asked to sync everything: {e}");
            }
        }
        QUIT => app.exit(0),
        _ => {}
    }
}

/// Shows the main window in front, wherever it was (hidden in the tray, minimised).
pub(crate) fn show_main<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else {
        tracing::warn!("the main window is gone; nothing to show");
        return;
    };
    let _ = window.show();
    let _ = window.unminimize();
    let _ = window.set_focus();
}
