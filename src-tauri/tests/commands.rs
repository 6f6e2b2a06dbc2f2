//! The IPC commands through Tauri's MockRuntime: the same handlers the window calls, with
//! the demo app (and its emulator over real HTTP) behind them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::sync::Arc;

use ghls_services::demo::{self, DemoConfig};
use ghls_services::App;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

fn demo_app() -> Arc<App> {
    Arc::new(tauri::async_runtime::block_on(demo::start(DemoConfig::default())).unwrap())
}

fn invoke(app: Arc<App>, cmd: &str) -> Result<Value, Value> {
    let tauri_app = ghe_license_sync::configure(mock_builder(), app)
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = WebviewWindowBuilder::new(&tauri_app, "main", Default::default())
        .build()
        .unwrap();
    get_ipc_response(
        &webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the IPC request URL must be tauri://localhost (platform.md).
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::default(),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn license_overview_returns_the_emulators_figures_through_the_real_client() {
    let app = demo_app();
    let (seats, used, consumed) = app.emulator().unwrap().with_world(|w| {
        let main = w.instance("main").unwrap();
        (
            main.license.seats.unwrap(),
            main.users.len(),
            w.consumers.len(),
        )
    });
    let v = invoke(app.clone(), "license_overview").unwrap();
    let main = &v["servers"][0];
    assert_eq!(main["id"], "main");
    assert_eq!(main["version"], "3.17.4");
    assert_eq!(main["license"]["state"], "loaded");
    assert_eq!(
        main["license"]["data"]["seats"],
        serde_json::json!({"kind": "count", "value": seats})
    );
    assert_eq!(main["license"]["data"]["seats_used"], used);
    assert_eq!(main["sync"]["data"]["health"], "synced");
    assert_eq!(v["servers"][1]["sync"]["data"]["health"], "stale");
    assert_eq!(v["cloud"]["data"]["seats"]["data"]["consumed"], consumed);
    assert!(
        !v.to_string().contains("ghp_"),
        "no token in an IPC response"
    );
}

#[test]
fn app_info_reports_demo_mode_with_secrets_in_memory_and_no_secret() {
    let app = demo_app();
    let v = invoke(app.clone(), "app_info").unwrap();
    assert_eq!(v["mode"], "demo");
    assert_eq!(v["credential_backend"], "memory");
    assert_eq!(v["emulator_url"], app.emulator().unwrap().base_url());
    assert!(!v.to_string().contains("ghp_"));
}

#[test]
fn a_stopped_emulator_comes_back_as_failed_sections_not_an_ipc_error() {
    let app = demo_app();
    tauri::async_runtime::block_on(app.emulator().unwrap().shutdown());
    let v = invoke(app, "license_overview").unwrap();
    assert_eq!(v["servers"][0]["license"]["state"], "failed");
    assert_eq!(
        v["servers"][0]["license"]["error"]["kind"],
        "connection_refused"
    );
    let fix = v["servers"][0]["license"]["error"]["fix"].as_str().unwrap();
    assert!(fix.contains("emulator"), "{fix}");
}

#[test]
fn an_unknown_command_is_refused() {
    let err = invoke(demo_app(), "upload_server_usage").unwrap_err();
    assert!(err.to_string().contains("upload_server_usage"), "{err}");
}
