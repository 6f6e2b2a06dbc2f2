//! Calling the app's IPC commands on Tauri's MockRuntime, shared by the command tests.
#![allow(clippy::unwrap_used, dead_code)] // test helpers may fail loudly; not every binary uses all

use std::sync::{Arc, Mutex};

use ghls_services::App;
use serde_json::Value;
use tauri::ipc::{CallbackFn, InvokeBody, InvokeResponseBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

/// Invokes `cmd` with `args` (`Value::Null`: none) on a mock app around `app`.
pub fn invoke_with(app: Arc<App>, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_recording_channels(app, cmd, args).0
}

/// Invokes `cmd` and also returns what the command sent through IPC channels (e.g. an
/// `onProgress` channel), recorded instead of evaluated in a webview.
pub fn invoke_recording_channels(
    app: Arc<App>,
    cmd: &str,
    args: Value,
) -> (Result<Value, Value>, Vec<Value>) {
    let sent = Arc::new(Mutex::new(Vec::new()));
    let sink = sent.clone();
    let builder = mock_builder().channel_interceptor(move |_, _, _, body| {
        if let InvokeResponseBody::Json(json) = body {
            sink.lock()
                .unwrap()
                .push(serde_json::from_str(json).unwrap());
        }
        true
    });
    let tauri_app = ghe_license_sync::configure(builder, app)
        .build(mock_context(noop_assets()))
        .unwrap();
    let webview = WebviewWindowBuilder::new(&tauri_app, "main", Default::default())
        .build()
        .unwrap();
    let result = get_ipc_response(
        &webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the IPC request URL must be tauri://localhost (platform.md).
            url: "tauri://localhost".parse().unwrap(),
            body: if args.is_null() {
                InvokeBody::default()
            } else {
                InvokeBody::Json(args)
            },
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap());
    let sent = sent.lock().unwrap().clone();
    (result, sent)
}
