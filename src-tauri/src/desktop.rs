//! The desktop side of hand-offs: opens GitHub's page in the system browser or in an app
//! window, shows the file in the file manager, puts its path on the clipboard, and shows an
//! OS notification when a watch ends while the app is not in front. The services decide
//! what; this only does it.
//!
//! - Browser: `xdg-open` (Linux), `open` (macOS), `rundll32 url.dll,FileProtocolHandler`
//!   (Windows), with the address as a separate argument, never through a shell.
//! - App window: a webview labelled `github` loading the external page. No capability names
//!   that label (capabilities/default.json lists only `main`), so the page can call none of
//!   the app's commands.
//! - File manager: `org.freedesktop.FileManager1.ShowItems` over D-Bus, else `xdg-open` on
//!   the folder (Linux); `open -R` (macOS); `explorer /select,` (Windows).
//! - Clipboard: GTK's clipboard on the main thread (Linux); `pbcopy` / `clip` elsewhere.
//! - Notification: `org.freedesktop.Notifications.Notify` over D-Bus (Linux), `osascript`
//!   (macOS); none on Windows yet. Without a notification service (headless) it fails,
//!   and that is only logged.
//!
//! Test seam: with `GHLS_TEST_HANDOFF_LOG` set, [`install`] records hand-offs in that file
//! instead (`ghls_services::sync::RecordingHandOff`), and nothing is opened.

use std::fmt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use ghls_services::App;
use ghls_services::{HandOff, OpenIn, RecordingHandOff};
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// The label of the hand-off window. Keep it out of every capability.
pub(crate) const GITHUB_WINDOW: &str = "github";

/// Gives the services the hand-off of this desktop (or the test recorder).
pub(crate) fn install<R: Runtime>(handle: &AppHandle<R>, app: &App) {
    let handoff: Arc<dyn HandOff> = match RecordingHandOff::from_env() {
        Some(recorder) => Arc::new(recorder),
        None => Arc::new(Desktop {
            app: handle.clone(),
        }),
    };
    app.set_hand_off(handoff);
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
        let parsed: tauri::Url = url.parse().map_err(|e| format!("not a web address: {e}"))?;
        if !matches!(parsed.scheme(), "https" | "http") {
            return Err(format!(
                "only web addresses are opened, not {}:",
                parsed.scheme()
            ));
        }
        match how {
            OpenIn::Browser => open_in_browser(parsed.as_str()),
            OpenIn::AppWindow => self.open_in_window(parsed),
        }
    }

    fn reveal_file(&self, path: &Path) -> Result<(), String> {
        reveal(path)
    }

    fn copy_text(&self, text: &str) -> Result<(), String> {
        copy(&self.app, text)
    }

    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        let in_front = self
            .app
            .get_webview_window("main")
            .and_then(|w| w.is_focused().ok())
            .unwrap_or(false);
        if in_front {
            return Ok(());
        }
        notify(title, body)
    }
}

impl<R: Runtime> Desktop<R> {
    fn open_in_window(&self, url: tauri::Url) -> Result<(), String> {
        if let Some(w) = self.app.get_webview_window(GITHUB_WINDOW) {
            w.navigate(url)
                .map_err(|e| format!("the GitHub window could not load the page: {e}"))?;
            let _ = w.show();
            let _ = w.set_focus();
            return Ok(());
        }
        WebviewWindowBuilder::new(&self.app, GITHUB_WINDOW, WebviewUrl::External(url))
            .title("GitHub — GHE License Sync")
            .inner_size(1100.0, 800.0)
            // Web pages only: never the app's own `tauri://` pages (which may call
            // commands) or any other scheme.
            .on_navigation(|u| matches!(u.scheme(), "https" | "http"))
            .build()
            .map(|_| ())
            .map_err(|e| format!("the GitHub window could not be opened: {e}"))
    }
}

/// Starts `cmd` and gives it a moment to fail; one still running then (a browser started in
/// the foreground) is left to run and reaped in the background.
fn run(mut cmd: Command, what: &str) -> Result<(), String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("{what} could not be started: {e}"))?;
    for _ in 0..30 {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("{what} failed ({status})")),
            Ok(None) => std::thread::sleep(Duration::from_millis(100)),
            Err(e) => return Err(format!("{what}: {e}")),
        }
    }
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

/// Runs `program` with `text` on its standard input.
#[cfg(not(target_os = "linux"))]
fn pipe(program: &str, text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut child = Command::new(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{program} could not be started: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| format!("{program}: {e}"))?;
    }
    match child.wait() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{program} failed ({s})")),
        Err(e) => Err(format!("{program}: {e}")),
    }
}

fn open_in_browser(url: &str) -> Result<(), String> {
    #[cfg(target_os = "macos")]
    let (cmd, what) = {
        let mut c = Command::new("open");
        c.arg(url);
        (c, "open")
    };
    #[cfg(windows)]
    let (cmd, what) = {
        let mut c = Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler").arg(url);
        (c, "rundll32")
    };
    #[cfg(not(any(target_os = "macos", windows)))]
    let (cmd, what) = {
        let mut c = Command::new("xdg-open");
        c.arg(url);
        (c, "xdg-open (no default browser?)")
    };
    run(cmd, what)
}

fn reveal(path: &Path) -> Result<(), String> {
    if !path.is_absolute() {
        return Err(format!("{} is not an absolute path", path.display()));
    }
    #[cfg(target_os = "linux")]
    {
        let uri = tauri::Url::from_file_path(path)
            .map_err(|()| format!("{} cannot be named as a file URI", path.display()))?;
        match linux::show_items(uri.as_str()) {
            Ok(()) => Ok(()),
            Err(dbus) => {
                let folder = path.parent().unwrap_or(path);
                let mut cmd = Command::new("xdg-open");
                cmd.arg(folder);
                run(cmd, "xdg-open").map_err(|e| format!("{dbus}; {e}"))
            }
        }
    }
    #[cfg(target_os = "macos")]
    {
        let mut cmd = Command::new("open");
        cmd.arg("-R").arg(path);
        run(cmd, "open -R")
    }
    #[cfg(windows)]
    {
        let mut cmd = Command::new("explorer");
        cmd.arg(format!("/select,{}", path.display()));
        // Explorer exits with 1 even when it worked.
        let _ = run(cmd, "explorer");
        Ok(())
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
    {
        let mut cmd = Command::new("xdg-open");
        cmd.arg(path.parent().unwrap_or(path));
        run(cmd, "xdg-open")
    }
}

fn copy<R: Runtime>(app: &AppHandle<R>, text: &str) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        let (tx, rx) = std::sync::mpsc::channel();
        let text = text.to_owned();
        app.run_on_main_thread(move || {
            let clipboard = gtk::Clipboard::get(&gtk::gdk::SELECTION_CLIPBOARD);
            clipboard.set_text(&text);
            let _ = tx.send(());
        })
        .map_err(|e| format!("the clipboard could not be reached: {e}"))?;
        rx.recv_timeout(Duration::from_secs(5))
            .map_err(|_| "the clipboard did not answer".to_owned())
    }
    #[cfg(target_os = "macos")]
    {
        let _ = app;
        pipe("pbcopy", text)
    }
    #[cfg(windows)]
    {
        let _ = app;
        pipe("clip", text)
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
    {
        let _ = (app, text);
        Err("no clipboard support on this system".to_owned())
    }
}

fn notify(title: &str, body: &str) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        linux::notify(title, body)
    }
    #[cfg(target_os = "macos")]
    {
        let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let mut cmd = Command::new("osascript");
        cmd.arg("-e").arg(format!(
            "display notification \"{}\" with title \"{}\"",
            quote(body),
            quote(title)
        ));
        run(cmd, "osascript")
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos")))]
    {
        let _ = (title, body);
        Err("OS notifications are not available on this system yet".to_owned())
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::collections::HashMap;
    use std::time::Duration;

    use dbus::blocking::Connection;

    const TIMEOUT: Duration = Duration::from_secs(5);

    /// `org.freedesktop.FileManager1.ShowItems([uri], "")`: Nautilus, Dolphin, Nemo, Thunar…
    pub(super) fn show_items(uri: &str) -> Result<(), String> {
        let conn = Connection::new_session().map_err(|e| format!("no D-Bus session: {e}"))?;
        conn.with_proxy(
            "org.freedesktop.FileManager1",
            "/org/freedesktop/FileManager1",
            TIMEOUT,
        )
        .method_call::<(), _, _, _>("org.freedesktop.FileManager1", "ShowItems", (vec![uri], ""))
        .map_err(|e| format!("no file manager answered on D-Bus: {e}"))
    }

    /// `org.freedesktop.Notifications.Notify`.
    pub(super) fn notify(title: &str, body: &str) -> Result<(), String> {
        let conn = Connection::new_session().map_err(|e| format!("no D-Bus session: {e}"))?;
        let hints: dbus::arg::PropMap = HashMap::new();
        conn.with_proxy(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            TIMEOUT,
        )
        .method_call::<(u32,), _, _, _>(
            "org.freedesktop.Notifications",
            "Notify",
            (
                "GHE License Sync",
                0u32,
                "",
                title,
                body,
                Vec::<String>::new(),
                hints,
                -1i32,
            ),
        )
        .map(|_| ())
        .map_err(|e| format!("no notification service answered on D-Bus: {e}"))
    }
}
