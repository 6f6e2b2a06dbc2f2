//! Export license usage through the IPC commands on Tauri's MockRuntime, with the demo's
//! emulator (its admin shell over SSH) behind them.
//!
//! A test binary of its own: the Save dialog's test seam is an environment variable
//! (`GHLS_TEST_FILE_DIALOG`), and `commands.rs` sets it for its own Save-dialog test, so
//! sharing a process would race.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::sync::Arc;

use ghls_services::demo::{self, DemoConfig};
use ghls_services::App;
use serde_json::{json, Value};

mod support;

fn demo_app() -> Arc<App> {
    Arc::new(
        tauri::async_runtime::block_on(demo::start(DemoConfig {
            consumers: 60,
            seed: 1,
            ..DemoConfig::default()
        }))
        .unwrap(),
    )
}

/// Invokes `cmd`, recording what is sent through IPC channels.
fn invoke(app: Arc<App>, cmd: &str, args: Value) -> (Result<Value, Value>, Vec<Value>) {
    support::invoke_recording_channels(app, cmd, args)
}

#[test]
fn export_license_usage_saves_through_the_dialog_streams_progress_and_returns_the_verdict() {
    let app = demo_app();
    let dir = tempfile::tempdir().unwrap();
    let answer = dir.path().join("dialog-answer");
    std::env::set_var("GHLS_TEST_FILE_DIALOG", &answer);
    let args = json!({ "instance": "main", "onProgress": "__CHANNEL__:9" });

    // A cancelled dialog: nothing is exported, nothing written.
    std::fs::write(&answer, "").unwrap();
    let (cancelled, progress) = invoke(app.clone(), "export_license_usage", args.clone());
    assert_eq!(cancelled.unwrap(), Value::Null);
    assert!(progress.is_empty());

    let dest = dir.path().join("main-usage.json");
    std::fs::write(&answer, dest.display().to_string()).unwrap();
    let (outcome, progress) = invoke(app.clone(), "export_license_usage", args);
    let outcome = outcome.unwrap();
    assert_eq!(outcome["path"], dest.display().to_string());
    assert_eq!(outcome["command"], "ghe-license usage -o -y");
    assert_eq!(outcome["version"], "3.17.4");
    assert_eq!(outcome["verdict"]["status"], "accepted");
    assert_eq!(
        outcome["bytes"].as_u64().unwrap(),
        std::fs::metadata(&dest).unwrap().len()
    );
    let stages: Vec<&str> = progress
        .iter()
        .map(|p| p["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages.first(), Some(&"reading_version"));
    assert!(stages.contains(&"connecting") && stages.contains(&"receiving"));
    assert_eq!(stages.last(), Some(&"validating"));

    // An unknown instance is refused before any dialog.
    let (err, _) = invoke(
        app.clone(),
        "export_license_usage",
        json!({ "instance": "nope", "onProgress": "__CHANNEL__:9" }),
    );
    assert_eq!(err.unwrap_err()["kind"], "unknown_instance");

    let (none, _) = invoke(app, "cancel_export", json!({ "instance": "main" }));
    assert_eq!(none.unwrap(), Value::Bool(false));
}
