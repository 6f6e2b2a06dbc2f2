//! The License overview read through the real clients from the built-in emulator.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::sync::Arc;

use ghls_domain::server_license::ExpiryState;
use ghls_domain::{SeatCount, SyncHealth};
use ghls_emulator::{Fault, FaultKind, FaultTarget};
use ghls_services::connections::MemoryStore;
use ghls_services::connections::SettingsStore;
use ghls_services::license::Section;
use ghls_services::{App, Mode};
use support::demo;

async fn demo_app() -> App {
    demo().await
}

#[tokio::test]
async fn the_demo_overview_shows_both_instances_and_the_enterprise_from_the_emulator() {
    let app = demo_app().await;
    assert_eq!(app.mode(), Mode::Demo);
    let emu = app.emulator().unwrap();
    let o = app.license_overview().await;

    assert_eq!(o.servers.len(), 2);
    let main = &o.servers[0];
    assert_eq!(main.hostname, "github.acme.example");
    assert_eq!(main.version.as_deref(), Some("3.17.4"));
    let lic = main.license.loaded().unwrap();
    let (seats, used) = emu.with_world(|w| {
        let i = w.instance("main").unwrap();
        (i.license.seats.unwrap() as i64, i.users.len() as i64)
    });
    assert_eq!(lic.seats, Some(SeatCount::Count(seats)));
    assert_eq!(lic.seats_used, Some(used));
    assert_eq!(lic.expiry.state, ExpiryState::Ok);
    let sync = main.sync.loaded().unwrap().as_ref().unwrap();
    assert_eq!(sync.health, SyncHealth::Synced);
    assert_eq!(sync.relative.as_deref(), Some("yesterday"));

    let legacy = &o.servers[1];
    assert_eq!(legacy.version.as_deref(), Some("3.12.9"));
    assert_eq!(
        legacy.license.loaded().unwrap().expiry.state,
        ExpiryState::Soon
    );
    let sync = legacy.sync.loaded().unwrap().as_ref().unwrap();
    assert_eq!(sync.health, SyncHealth::Stale);
    assert!(sync.stale);
    assert_eq!(sync.relative.as_deref(), Some("5 weeks ago"));

    let cloud = o.cloud.loaded().unwrap();
    assert_eq!(cloud.enterprise, "acme");
    let seats = cloud.seats.loaded().unwrap();
    let (consumed, purchased) = emu.with_world(|w| {
        (
            w.consumers.len() as i64,
            w.enterprise.seats_purchased as i64,
        )
    });
    assert_eq!(seats.consumed, Some(consumed));
    assert_eq!(seats.purchased, Some(purchased));
    assert_eq!(seats.available, Some(purchased - consumed));
    let instances = cloud.instances.loaded().unwrap();
    let ids: Vec<_> = instances.iter().map(|i| i.configured_id.clone()).collect();
    assert_eq!(
        ids,
        vec![Some("main".to_owned()), Some("legacy".to_owned())]
    );
}

#[tokio::test]
async fn one_failing_instance_does_not_hide_the_others() {
    let app = demo_app().await;
    app.emulator().unwrap().inject(Fault::once(
        FaultTarget::Ghes("legacy".into()),
        "license",
        FaultKind::Status {
            status: 503,
            message: None,
        },
    ));
    let o = app.license_overview().await;
    assert!(o.servers[0].license.loaded().is_some());
    match &o.servers[1].license {
        Section::Failed { error } => {
            assert_eq!(error.kind, "server_error");
            assert!(error.message.contains("503"));
        }
        other => panic!("expected a failure, got {other:?}"),
    }
    assert!(o.cloud.loaded().unwrap().seats.loaded().is_some());
}

#[tokio::test]
async fn a_stopped_emulator_is_reported_everywhere_with_what_to_do() {
    let app = demo_app().await;
    app.emulator().unwrap().shutdown().await;
    let o = app.license_overview().await;
    for s in &o.servers {
        let Section::Failed { error } = &s.license else {
            panic!("expected a failure, got {:?}", s.license)
        };
        assert_eq!(error.kind, "connection_refused");
        assert!(
            error.fix.as_deref().unwrap().contains("emulator"),
            "{error:?}"
        );
    }
    let cloud = o.cloud.loaded().unwrap();
    assert!(
        matches!(&cloud.seats, Section::Failed { error } if error.kind == "connection_refused")
    );
}

#[tokio::test]
async fn the_overview_never_carries_a_token() {
    let app = demo_app().await;
    let json = serde_json::to_string(&app.license_overview().await).unwrap();
    assert!(!json.contains("ghp_demo"), "{json}");
    let info = serde_json::to_string(&app.info()).unwrap();
    assert!(!info.contains("ghp_demo"), "{info}");
    assert!(json.contains("\"state\":\"loaded\""));
}

#[tokio::test]
async fn a_connection_without_a_saved_token_says_which_and_where_to_add_it() {
    let running = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path().join("settings.json"));
    store.save(&running.settings()).unwrap();
    let app = App::open(store, Arc::new(MemoryStore::default()));
    assert_eq!(app.mode(), Mode::Normal);
    let o = app.license_overview().await;
    let Section::Failed { error } = &o.servers[0].license else {
        panic!("expected a failure")
    };
    assert_eq!(error.kind, "missing_secret");
    assert!(
        error.message.contains("GHES github.acme.example"),
        "{}",
        error.message
    );
    assert!(error.fix.as_deref().unwrap().contains("Connections"));
    let cloud = o.cloud.loaded().unwrap();
    assert!(matches!(&cloud.seats, Section::Failed { error } if error.kind == "missing_secret"));
}

#[tokio::test]
async fn without_an_enterprise_the_cloud_card_says_how_to_add_one() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::open(
        SettingsStore::new(dir.path().join("none.json")),
        Arc::new(MemoryStore::default()),
    );
    let o = app.license_overview().await;
    assert!(o.servers.is_empty());
    assert!(
        matches!(&o.cloud, Section::NotConfigured { reason } if reason.contains("Connections"))
    );
}
