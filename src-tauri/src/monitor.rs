//! Background checks (feature `monitor`) on the desktop: the loop started with the app, the
//! OS notifications it sends, Check now (the window's button and the tray's item share
//! [`check_now`]), closing the window into the tray, and Start at login.
//!
//! The services decide everything (what is stale, what is news, never the same news twice);
//! this only runs the loop, shows the news and applies the login item.
//!
//! News always notifies, even with the window in front or hidden in the tray: the admin
//! asked to be told. Notifications go through tauri-plugin-notification; without a
//! notification service (a headless machine) sending fails, and that is only logged.

use std::sync::Arc;

use ghls_services::{
    App, Clock, ErrorKind, ErrorReport, MonitorCheck, MonitorNews, MonitorSettings,
};
use tauri::{AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_notification::NotificationExt as _;

/// Sent to the window after every check (the loop's, the tray's, the button's), so the
/// Background checks section shows the new last check without polling.
pub const CHECKED_EVENT: &str = "monitor:checked";

/// What the shell keeps for the monitor: the clock every check reads.
pub(crate) struct MonitorShell {
    clock: Arc<dyn Clock>,
}

impl MonitorShell {
    /// The system's clock, or the test clock file (`GHLS_TEST_CLOCK_FILE`).
    pub(crate) fn from_env() -> Self {
        Self {
            clock: ghls_services::clock_from_env(),
        }
    }
}

/// Starts the background loop. It checks only while the admin has the monitor on (it reads
/// the settings each round), so starting it always is what keeps "off" cheap and a later
/// "on" effective without a restart.
pub(crate) fn start_loop<R: Runtime>(handle: &AppHandle<R>) {
    let app = handle.state::<Arc<App>>().inner().clone();
    let clock = handle.state::<MonitorShell>().clock.clone();
    let announcer = handle.clone();
    let announce: Arc<dyn Fn(&MonitorNews) + Send + Sync> =
        Arc::new(move |news: &MonitorNews| announce(&announcer, news));
    let stop = ghls_services::monitor::CancellationToken::new();
    tauri::async_runtime::spawn(app.run_monitor(clock, announce, stop));
}

/// One check now, with its news announced: the window's Check now and the tray's.
pub(crate) async fn check_now<R: Runtime>(
    handle: &AppHandle<R>,
) -> ghls_services::Result<MonitorCheck> {
    let app = handle.state::<Arc<App>>().inner().clone();
    let now = handle.state::<MonitorShell>().clock.now();
    let check = app.monitor_check(now).await?;
    for news in &check.news {
        announce(handle, news);
    }
    if let Err(e) = handle.emit(CHECKED_EVENT, &check) {
        tracing::debug!("the window was not told about the check: {e}");
    }
    Ok(check)
}

/// The tray's Check now: as the button, and since the window may be hidden, a check that
/// found no news (or could not read GitHub) says so in a notification too.
pub(crate) async fn check_from_tray<R: Runtime>(handle: &AppHandle<R>) {
    match check_now(handle).await {
        Ok(check) if check.news.is_empty() => match &check.error {
            Some(e) => notify(handle, &ghls_l10n::t!("notify-check-unread"), &e.message),
            None => notify(
                handle,
                &ghls_l10n::t!("notify-check-no-change"),
                &ghls_l10n::t!("notify-check-no-change-body", count = check.instances.len()),
            ),
        },
        Ok(_) => {}
        Err(e) => notify(
            handle,
            &ghls_l10n::t!("notify-check-failed"),
            &e.report().message,
        ),
    }
}

fn announce<R: Runtime>(handle: &AppHandle<R>, news: &MonitorNews) {
    notify(handle, &news.title, &news.body);
}

/// Shows an OS notification; failures (no notification service) are only logged.
pub(crate) fn notify<R: Runtime>(handle: &AppHandle<R>, title: &str, body: &str) {
    if handle
        .try_state::<tauri_plugin_notification::Notification<R>>()
        .is_none()
    {
        tracing::warn!("notifications are not set up; not shown: {title}");
        return;
    }
    if let Err(e) = handle
        .notification()
        .builder()
        .title(title)
        .body(body)
        .show()
    {
        tracing::warn!("the notification could not be shown ({e}): {title}");
    }
}

/// The main window's close button: with the monitor on, the window hides into the tray
/// (and says so the first time); with it off, the app quits as it always did.
pub(crate) fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if window.label() != crate::desktop::MAIN_WINDOW {
        return;
    }
    let Some(app) = window.try_state::<Arc<App>>() else {
        return;
    };
    let settings = app.monitor_settings();
    if !settings.enabled {
        return;
    }
    api.prevent_close();
    if let Err(e) = window.hide() {
        tracing::warn!("the window could not be hidden: {e}");
    }
    if settings.told_about_tray {
        return;
    }
    let app = app.inner().clone();
    let handle = window.app_handle().clone();
    tauri::async_runtime::spawn(async move {
        notify(
            &handle,
            &ghls_l10n::t!("notify-in-tray"),
            &ghls_l10n::t!("notify-in-tray-body"),
        );
        let told = MonitorSettings {
            told_about_tray: true,
            ..app.monitor_settings()
        };
        if let Err(e) = app.set_monitor_settings(told).await {
            tracing::warn!("could not remember that the tray was explained: {e}");
        }
    });
}

/// Saves the settings, registering or removing the login item first when Start at login
/// changed. A login item that cannot be changed refuses the whole save, so the saved
/// setting always says what the desktop does.
pub(crate) async fn set_settings<R: Runtime>(
    handle: &AppHandle<R>,
    settings: MonitorSettings,
) -> Result<MonitorSettings, ErrorReport> {
    let app = handle.state::<Arc<App>>().inner().clone();
    let before = app.monitor_settings().start_at_login;
    let wanted = settings.start_at_login;
    if wanted && !before && app.mode() == ghls_services::Mode::Demo {
        // The demo writes nothing outside its memory; a login item would outlive it.
        return Err(ErrorReport::new(
            ErrorKind::Autostart,
            &ghls_l10n::msg!("autostart-demo"),
            Some(&ghls_l10n::msg!("autostart-demo-fix")),
        ));
    }
    if wanted != before {
        apply_start_at_login(handle, wanted)?;
    }
    match app.set_monitor_settings(settings).await {
        Ok(saved) => Ok(saved),
        Err(e) => {
            if wanted != before {
                // Put the login item back as the (unchanged) saved setting says.
                if let Err(undo) = apply_start_at_login(handle, before) {
                    tracing::warn!("the login item could not be put back: {}", undo.message);
                }
            }
            Err(e.report())
        }
    }
}

/// At start-up: a saved Start at login is registered again, so the login item follows the
/// app when it moved (a new package, another folder). Failures are only logged.
pub(crate) fn refresh_start_at_login<R: Runtime>(handle: &AppHandle<R>) {
    let app = handle.state::<Arc<App>>().inner().clone();
    if app.monitor_settings().start_at_login {
        if let Err(e) = apply_start_at_login(handle, true) {
            tracing::warn!("Start at login: {}", e.message);
        }
    }
}

fn apply_start_at_login<R: Runtime>(handle: &AppHandle<R>, on: bool) -> Result<(), ErrorReport> {
    let Some(launcher) = handle.try_state::<tauri_plugin_autostart::AutoLaunchManager>() else {
        return Err(start_at_login_failed(
            on,
            &ghls_l10n::t!("autostart-not-set-up"),
        ));
    };
    let result = if on {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|e| start_at_login_failed(on, &e.to_string()))
}

fn start_at_login_failed(on: bool, detail: &str) -> ErrorReport {
    ErrorReport::new(
        ErrorKind::Autostart,
        &ghls_l10n::msg!(
            "autostart-failed",
            state = if on { "on" } else { "off" },
            detail = detail
        ),
        Some(&ghls_l10n::msg!("autostart-failed-fix")),
    )
}

/// The argument the login item starts the app with: hidden in the tray, when the checks
/// are on (`StartOptions::in_tray`).
pub(crate) const IN_TRAY_ARG: &str = "--in-tray";

/// The real app's run loop: once it runs, the tray icon, the background loop and the login
/// item are set up. Started `in_tray` (at login) with the checks on, the window stays hidden;
/// with them off there is nothing to do in the background, so it shows as usual.
pub(crate) fn on_run_event<R: Runtime>(
    handle: &AppHandle<R>,
    event: tauri::RunEvent,
    in_tray: bool,
) {
    if let tauri::RunEvent::Ready = event {
        crate::tray::install(handle);
        start_loop(handle);
        refresh_start_at_login(handle);
        let enabled = handle.state::<Arc<App>>().monitor_settings().enabled;
        if in_tray && enabled {
            if let Some(window) = handle.get_webview_window(crate::desktop::MAIN_WINDOW) {
                let _ = window.hide();
            }
        }
    }
}
