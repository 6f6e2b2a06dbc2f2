//! The Activity record of a normal (non-demo) app against the emulator: what it keeps, that
//! it survives a restart, and that no secret is ever in it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use ghls_domain::Secret;
use ghls_emulator::EmulatorInfo;
use ghls_services::activity::{ActivityKind, ActivityLog, Outcome};
use ghls_services::connections::ConnectionTarget;
use ghls_services::connections::SettingsStore;
use ghls_services::connections::{CredentialStore, MemoryStore, SecretKey};
use ghls_services::demo;
use ghls_services::sync::{OpenIn, RecordingHandOff};
use ghls_services::sync::{WatchConfig, WatchEvent};
use ghls_services::App;

/// A normal app (settings file, activity file) connected to the demo's emulator, with the
/// emulator's tokens in its credential store.
fn normal_app(info: &EmulatorInfo, dir: &Path, credentials: Arc<MemoryStore>) -> App {
    let store = SettingsStore::new(dir.join("config/settings.json"));
    let mut settings = demo::settings_for(info);
    settings.handoff = OpenIn::Browser;
    store.save(&settings).unwrap();
    let app = App::open(store, credentials)
        .with_activity_log(ActivityLog::open(dir.join("data/activity.jsonl")))
        .with_watch_config(WatchConfig {
            first_poll: Duration::from_millis(40),
            max_poll: Duration::from_millis(80),
            timeout: Duration::from_secs(10),
        });
    app.set_hand_off(Arc::new(RecordingHandOff::new(dir.join("handoffs.jsonl"))));
    app
}

#[tokio::test]
async fn activity_persists_across_an_app_restart_and_holds_no_secret() {
    let demo = support::demo().await;
    let emu = demo.emulator().unwrap();
    emu.set_processing_delay(Duration::ZERO);
    let info = emu.info();
    let dir = tempfile::tempdir().unwrap();
    let credentials = support::tokens_of(&info);
    // A wrong token, whose 401 is recorded: the token itself must not be.
    let wrong = "ghp_wrongTokenThatMustNeverBeWritten123";
    credentials
        .set(&SecretKey::ghes_token("legacy"), &Secret::new(wrong))
        .unwrap();

    let app = Arc::new(normal_app(&info, dir.path(), credentials.clone()));
    assert_eq!(app.handoff_setting(), OpenIn::Browser);
    let ok = app.test_connection(ConnectionTarget::Ghec).await;
    let failed = app
        .test_connection(ConnectionTarget::Ghes {
            id: "legacy".into(),
        })
        .await;
    assert!(failed.name.contains("legacy"));
    let _ = ok;
    let file = dir.path().join("main-license-usage.json");
    std::fs::write(&file, emu.license_usage_export("main").unwrap()).unwrap();
    app.inspect_usage_file(file.clone()).await;
    app.inspect_usage_file(dir.path().to_path_buf()).await;

    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.sync_now("main", move |e| drop(tx.send(e))).await }
    });
    let url = loop {
        if let Some(WatchEvent::HandedOff { url, .. }) = rx.recv().await {
            break url;
        }
    };
    let pressed = reqwest::Client::new()
        .post(format!("{url}/sync-now"))
        .send()
        .await
        .unwrap();
    assert!(pressed.status().is_success());
    assert!(matches!(
        task.await.unwrap().unwrap(),
        WatchEvent::Confirmed { .. }
    ));
    let before = app.activity(None);
    drop(app);

    let reopened = normal_app(&info, dir.path(), credentials);
    let after = reopened.activity(None);
    assert_eq!(after, before, "the same activity after a restart");
    let kinds: Vec<(ActivityKind, Outcome)> = after.iter().map(|a| (a.kind, a.outcome)).collect();
    assert_eq!(
        kinds,
        [
            (ActivityKind::SyncNow, Outcome::Ok),
            (ActivityKind::SyncNow, Outcome::Info),
            (ActivityKind::UsageFileCheck, Outcome::Failed),
            (ActivityKind::UsageFileCheck, Outcome::Ok),
            (ActivityKind::ConnectionTest, Outcome::Failed),
            (ActivityKind::ConnectionTest, Outcome::Ok),
        ],
        "newest first"
    );
    assert!(
        after[1].summary.contains("in the browser"),
        "{}",
        after[1].summary
    );
    assert!(
        after[0].summary.contains("consumed"),
        "{}",
        after[0].summary
    );
    assert_eq!(reopened.activity(Some(2)).len(), 2);

    let written = std::fs::read_to_string(dir.path().join("data/activity.jsonl")).unwrap();
    info.assert_no_token_in(&written);
    assert!(
        !written.contains(wrong),
        "a token in the activity file: {wrong}"
    );

    let handoffs = std::fs::read_to_string(dir.path().join("handoffs.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(handoffs.lines().next().unwrap()).unwrap();
    assert_eq!(first["action"], "open_url");
    assert_eq!(first["how"], "browser");
}

#[tokio::test]
async fn the_handoff_setting_is_saved_with_the_settings() {
    let demo = support::demo().await;
    let info = demo.emulator().unwrap().info();
    let dir = tempfile::tempdir().unwrap();
    let app = normal_app(&info, dir.path(), Arc::new(MemoryStore::default()));
    assert_eq!(
        app.set_handoff_setting(OpenIn::AppWindow).await.unwrap(),
        OpenIn::AppWindow
    );
    let saved = SettingsStore::new(dir.path().join("config/settings.json"))
        .load()
        .unwrap();
    assert_eq!(saved.settings.handoff, OpenIn::AppWindow);
    assert_eq!(
        demo.handoff_setting(),
        OpenIn::AppWindow,
        "the demo's default"
    );
}
