//! Background checks on the desktop through Tauri's MockRuntime: the commands, the tray's
//! items (the same service calls as the window's buttons), and Start at login.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ghe_license_sync::tray;
use ghls_services::demo::{self, DemoConfig};
use ghls_services::{App, MemoryStore, SettingsStore};
use serde_json::{json, Value};
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::{Listener, Manager, WebviewWindowBuilder};

mod support;
use support::invoke_with;

/// One home folder for every test of this binary: Start at login writes the desktop's
/// autostart entry under `$HOME`, never the real one.
fn test_home() -> &'static PathBuf {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        std::env::set_var("HOME", &dir);
        dir
    })
}

/// The autostart folder is shared by the tests of this binary: they take turns.
fn login_items() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn demo_app() -> Arc<App> {
    test_home();
    Arc::new(tauri::async_runtime::block_on(demo::start(DemoConfig::default())).unwrap())
}

/// A mock app around `app` with its main window, as the real one starts.
fn mock_app(app: Arc<App>) -> tauri::App<MockRuntime> {
    let tauri_app = ghe_license_sync::configure(mock_builder(), app)
        .build(mock_context(noop_assets()))
        .unwrap();
    WebviewWindowBuilder::new(&tauri_app, "main", Default::default())
        .build()
        .unwrap();
    tauri_app
}

/// The monitor settings as the `monitor_settings` command answers them.
fn settings(app: &Arc<App>) -> Value {
    invoke_with(app.clone(), "monitor_settings", Value::Null).unwrap()
}

/// Saves `settings` through the `set_monitor_settings` command: its answer or its error.
fn save_settings(app: &Arc<App>, settings: &Value) -> Result<Value, Value> {
    invoke_with(
        app.clone(),
        "set_monitor_settings",
        json!({ "settings": settings }),
    )
}

#[test]
fn monitor_settings_are_off_until_turned_on_and_saved_through_the_command() {
    let app = demo_app();
    let v = settings(&app);
    assert_eq!(
        v["enabled"], false,
        "nothing runs unless the admin turns it on"
    );
    assert_eq!(v["every_hours"], 6);
    assert_eq!(v["stale_after_days"], 7);

    let mut on = v.clone();
    on["enabled"] = json!(true);
    on["every_hours"] = json!(12);
    on["per_instance_days"] = json!({ "legacy": 30 });
    let saved = save_settings(&app, &on).unwrap();
    assert_eq!(saved["every_hours"], 12);
    let status = invoke_with(app.clone(), "monitor_status", Value::Null).unwrap();
    assert_eq!(status["settings"]["enabled"], true);
    assert_eq!(status["settings"]["per_instance_days"]["legacy"], 30);
    assert!(status["next_due"].is_string(), "{status}");
}

#[test]
fn a_refused_interval_comes_back_as_invalid_settings_naming_the_field() {
    let app = demo_app();
    let mut bad = settings(&app);
    bad["every_hours"] = json!(0);
    let err = save_settings(&app, &bad).unwrap_err();
    assert_eq!(err["kind"], "invalid_settings", "{err}");
    let fields = err["fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|f| f["field"].as_str().unwrap().contains("every_hours")),
        "{err}"
    );
    assert_eq!(app.monitor_settings().every_hours, 6, "nothing was saved");
}

#[test]
fn check_now_tells_news_once_then_no_change() {
    let app = demo_app();
    let first = invoke_with(app.clone(), "monitor_check_now", Value::Null).unwrap();
    assert!(first["error"].is_null(), "{first}");
    let news = first["news"].as_array().unwrap();
    // The demo's legacy instance last synced long ago.
    assert!(news.iter().any(|n| n["kind"] == "became_stale"), "{first}");
    let again = invoke_with(app.clone(), "monitor_check_now", Value::Null).unwrap();
    assert_eq!(
        again["news"],
        json!([]),
        "never the same news twice: {again}"
    );
    assert!(!first.to_string().contains("ghp_"), "no token in a check");
}

#[test]
fn the_trays_check_now_runs_the_same_check_as_the_button() {
    let app = demo_app();
    let tauri_app = mock_app(app.clone());
    let (tx, rx) = mpsc::channel();
    tauri_app.listen_any("monitor:checked", move |e| {
        let _ = tx.send(e.payload().to_owned());
    });
    assert!(app.monitor_status().last_check.is_none());

    tray::on_tray_item(tauri_app.handle(), tray::CHECK_NOW);

    let payload: Value =
        serde_json::from_str(&rx.recv_timeout(Duration::from_secs(20)).unwrap()).unwrap();
    let status = app.monitor_status();
    assert_eq!(
        status.last_check.as_deref(),
        payload["checked_at"].as_str(),
        "the tray's check is the one the status shows"
    );
    assert!(!status.instances.is_empty());
}

#[test]
fn the_trays_sync_everything_asks_the_window_to_start_its_one_click_sync() {
    let app = demo_app();
    let tauri_app = mock_app(app.clone());
    let (tx, rx) = mpsc::channel();
    tauri_app.listen_any(tray::SYNC_EVERYTHING_EVENT, move |_| {
        let _ = tx.send(());
    });
    tray::on_tray_item(tauri_app.handle(), tray::SYNC_EVERYTHING);
    rx.recv_timeout(Duration::from_secs(5))
        .expect("the window is asked to sync everything");
    // The flow itself runs in the window (hand-offs, progress), not a second copy here.
    assert!(app.watches().is_empty());
}

#[test]
fn the_trays_open_and_unknown_items_leave_the_app_running() {
    let app = demo_app();
    let tauri_app = mock_app(app.clone());
    tray::on_tray_item(tauri_app.handle(), tray::OPEN);
    tray::on_tray_item(tauri_app.handle(), "an item of another menu");
    assert!(tauri_app.get_webview_window("main").is_some());
    assert!(
        app.monitor_status().last_check.is_none(),
        "no check was run"
    );
}

/// The app with the admin's own (here: empty) settings, as the desktop starts it without
/// --demo; secrets in memory, nothing written.
fn own_app() -> Arc<App> {
    let dir = tempfile::tempdir().unwrap().keep();
    Arc::new(App::open(
        SettingsStore::new(dir.join("settings.json")),
        Arc::new(MemoryStore::default()),
    ))
}

#[test]
fn the_demo_never_adds_itself_to_the_login_items() {
    let _turn = login_items();
    let home = test_home();
    let app = demo_app();
    let mut s = settings(&app);
    s["start_at_login"] = json!(true);
    let err = save_settings(&app, &s).unwrap_err();
    assert_eq!(err["kind"], "autostart", "{err}");
    assert!(
        err["fix"].as_str().unwrap().contains("without --demo"),
        "{err}"
    );
    assert!(!app.monitor_settings().start_at_login);
    assert!(!home.join(".config/autostart/test.desktop").exists());
}

#[test]
fn start_at_login_adds_and_removes_the_autostart_entry_and_a_failure_saves_nothing() {
    let _turn = login_items();
    let home = test_home();
    // Named after the app (MockRuntime's is `test`).
    let entry = home.join(".config/autostart/test.desktop");
    let app = own_app();
    let mut s = settings(&app);

    s["start_at_login"] = json!(true);
    save_settings(&app, &s).unwrap();
    let desktop = std::fs::read_to_string(&entry).unwrap();
    let exe = std::env::current_exe().unwrap();
    assert!(desktop.contains(&*exe.to_string_lossy()), "{desktop}");
    assert!(
        desktop.contains("--in-tray"),
        "at login the app starts in the tray: {desktop}"
    );
    assert!(app.monitor_settings().start_at_login);

    s["start_at_login"] = json!(false);
    save_settings(&app, &s).unwrap();
    assert!(!entry.exists(), "turned off, the entry is gone");

    // A login-items folder that cannot be written: a clear report, and the setting stays off.
    let folder = home.join(".config/autostart");
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "not a folder").unwrap();
    s["start_at_login"] = json!(true);
    let err = save_settings(&app, &s).unwrap_err();
    std::fs::remove_file(&folder).unwrap();
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("Start at login could not be turned on"),
        "{err}"
    );
    assert!(err["fix"].as_str().unwrap().contains("autostart"), "{err}");
    assert!(!app.monitor_settings().start_at_login, "not saved");
}

#[test]
fn the_login_items_argument_is_understood_by_the_command_line() {
    let o = ghe_license_sync::StartOptions::parse(["--in-tray".to_owned()]).unwrap();
    assert!(o.in_tray);
    assert!(!o.demo);
    let plain = ghe_license_sync::StartOptions::parse(Vec::<String>::new()).unwrap();
    assert!(!plain.in_tray, "a plain start shows the window");
}
