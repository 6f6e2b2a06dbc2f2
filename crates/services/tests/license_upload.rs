//! Upload a new license through the app services on the demo: the `.ghl` goes to the
//! instance's Manage API with the Management Console password from the credential store,
//! the new seats and expiry come back and the License screen's figures change; what is not
//! a license never leaves the machine; Test connection checks the Manage API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::sync::Arc;

use ghls_domain::{SeatCount, Secret};
use ghls_emulator::testing::demo_license;
use ghls_emulator::{Fault, FaultKind, FaultTarget};
use ghls_services::activity::{ActivityKind, Outcome};
use ghls_services::connections::ConnectionTarget;
use ghls_services::connections::{Learned, ManageApiCheck, TestResult};
use ghls_services::connections::{SecretKeep, SecretKind};
use ghls_services::App;
use support::{assert_last_activity, demo};

async fn demo_app() -> App {
    demo().consumers(60).seed(5).await
}

fn write_ghl(
    dir: &std::path::Path,
    name: &str,
    seats: Option<u64>,
    expire_at: &str,
) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, demo_license(seats, expire_at)).unwrap();
    path
}

fn manage_requests(app: &App) -> usize {
    app.emulator().unwrap().requests_to("/manage/")
}

#[tokio::test]
async fn an_applied_license_comes_back_with_its_seats_and_expiry_and_the_rest_api_agrees() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let ghl = write_ghl(
        dir.path(),
        "acme-2031.ghl",
        Some(1500),
        "2031-06-30T23:59:59Z",
    );
    let outcome = app.upload_license("legacy", ghl, true).await.unwrap();
    assert_eq!(outcome.seats, Some(SeatCount::Count(1500)));
    assert_eq!(outcome.expire_at.as_deref(), Some("2031-06-30T23:59:59Z"));
    assert_eq!(outcome.check_status.as_deref(), Some("valid"));
    assert!(outcome.applied);
    assert!(outcome.seats_used.unwrap() > 0);
    assert_eq!(outcome.file, "acme-2031.ghl");
    assert_eq!(
        app.emulator().unwrap().manage_license_applied("legacy"),
        Some(true)
    );
    // What the License screen reads from the REST API changed too.
    let seats = app
        .emulator()
        .unwrap()
        .with_world(|w| w.instance("legacy").unwrap().license.seats);
    assert_eq!(seats, Some(1500));
    assert_last_activity(&app, ActivityKind::LicenseUpload, Outcome::Ok);
    let last = &app.activity(Some(1))[0];
    // Numbers are written as the language writes them (English: 1,500).
    assert!(last.summary.contains("1,500 seats"), "{}", last.summary);
    assert!(
        !last.details.contains("demo-console"),
        "no password in Activity"
    );
}

#[tokio::test]
async fn a_license_kept_for_later_is_not_applied() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let before = app
        .emulator()
        .unwrap()
        .with_world(|w| w.instance("main").unwrap().license.seats);
    let ghl = write_ghl(dir.path(), "next.ghl", None, "2033-01-01T00:00:00Z");
    let outcome = app.upload_license("main", ghl, false).await.unwrap();
    assert!(!outcome.applied);
    assert_eq!(outcome.seats, Some(SeatCount::Unlimited));
    let after = app
        .emulator()
        .unwrap()
        .with_world(|w| w.instance("main").unwrap().license.seats);
    assert_eq!(before, after);
}

#[tokio::test]
async fn what_is_not_a_license_is_refused_before_anything_is_sent() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let emu = app.emulator().unwrap();
    let usage = emu.save_usage_export("main", dir.path().join("usage.ghl"));
    let e = app.upload_license("main", usage, true).await.unwrap_err();
    let r = e.report();
    assert_eq!(r.kind, "license_file_refused");
    assert!(r.message.contains("license-usage export"), "{}", r.message);
    assert!(r.fix.unwrap().contains("Add server usage"));

    let txt = dir.path().join("license.txt");
    std::fs::write(&txt, b"hello").unwrap();
    let refused = |instance: &'static str, path| async {
        let e = app.upload_license(instance, path, true).await.unwrap_err();
        e.report().kind
    };
    assert_eq!(refused("main", txt).await, "license_file_refused");
    let missing = dir.path().join("gone.ghl");
    assert_eq!(refused("main", missing).await, "license_file_refused");
    let elsewhere = dir.path().join("x.ghl");
    assert_eq!(refused("nope", elsewhere).await, "unknown_instance");
    assert_eq!(manage_requests(&app), 0, "nothing reached the Manage API");
    assert_last_activity(&app, ActivityKind::LicenseUpload, Outcome::Failed);
}

#[tokio::test]
async fn a_wrong_management_console_password_says_so_and_a_missing_one_points_to_connections() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let ghl = write_ghl(dir.path(), "a.ghl", Some(10), "2031-01-01T00:00:00Z");
    let main = ConnectionTarget::Ghes { id: "main".into() };
    app.set_secret(
        &main,
        SecretKind::ManagePassword,
        Secret::new("wrong password"),
        SecretKeep::Session,
    )
    .await
    .unwrap();
    let r = app
        .upload_license("main", ghl.clone(), true)
        .await
        .unwrap_err()
        .report();
    assert_eq!(r.kind, "manage_unauthorized");
    assert!(r.fix.unwrap().contains("Management Console password"));
    assert!(!r.message.contains("wrong password"));

    app.delete_secret(&main, SecretKind::ManagePassword)
        .await
        .unwrap();
    let r = app
        .upload_license("main", ghl, true)
        .await
        .unwrap_err()
        .report();
    assert_eq!(r.kind, "missing_secret");
    assert!(
        r.message.contains("Management Console password"),
        "{}",
        r.message
    );
}

#[tokio::test]
async fn a_second_upload_to_the_same_instance_while_one_runs_is_refused() {
    let app = Arc::new(demo_app().await);
    app.emulator().unwrap().inject(Fault::once(
        FaultTarget::Ghes("main".into()),
        "/manage/v1/config/license?apply",
        FaultKind::Delay { ms: 1_500 },
    ));
    let dir = tempfile::tempdir().unwrap();
    let ghl = write_ghl(dir.path(), "a.ghl", Some(10), "2031-01-01T00:00:00Z");
    let first = {
        let app = app.clone();
        let ghl = ghl.clone();
        tokio::spawn(async move { app.upload_license("main", ghl, true).await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let r = app
        .upload_license("main", ghl.clone(), true)
        .await
        .unwrap_err()
        .report();
    assert_eq!(r.kind, "job_running");
    first.await.unwrap().unwrap();
    // Once done, the next upload runs.
    app.upload_license("main", ghl, true).await.unwrap();
}

#[tokio::test]
async fn test_connection_checks_the_manage_api_with_the_saved_password() {
    let app = demo_app().await;
    let t = app
        .test_connection(ConnectionTarget::Ghes { id: "main".into() })
        .await;
    let TestResult::Connected {
        learned: Learned::Ghes { manage_api, .. },
        ..
    } = &t.result
    else {
        panic!("{:?}", t.result);
    };
    let ManageApiCheck::Checked {
        status, expire_at, ..
    } = manage_api
    else {
        panic!("{manage_api:?}");
    };
    assert_eq!(status.as_deref(), Some("valid"));
    assert!(expire_at.is_some());
    assert!(manage_requests(&app) >= 2);
}
