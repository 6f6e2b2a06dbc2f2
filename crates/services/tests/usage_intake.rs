//! Add server usage, part 1, through the app services on the demo: the file comes from the
//! emulator's GHES, as an admin would download it, and the warnings are judged against the
//! settings and what GitHub reported.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_domain::usage_file::{UsageVerdict, WarningKind};
use support::demo;

#[tokio::test]
async fn an_export_whose_server_id_differs_from_githubs_record_is_flagged() {
    let app = demo().await;
    let emu = app.emulator().unwrap();
    let export = String::from_utf8(emu.license_usage_export("main").unwrap()).unwrap();
    let real_id = emu.with_world(|w| w.instance("main").unwrap().server_id.clone());
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    let other = dir.path().join("other.json");
    std::fs::write(&good, &export).unwrap();
    std::fs::write(
        &other,
        export.replace(&real_id, "00000000-1111-2222-3333-444444444444"),
    )
    .unwrap();

    // Before the app has read license-sync-status it cannot know the server ID.
    let UsageVerdict::Accepted(before) = app.inspect_usage_file(other.clone()).await else {
        panic!("the edited export is still an export");
    };
    assert!(before.warnings.is_empty(), "{:?}", before.warnings);

    app.license_overview().await;
    let UsageVerdict::Accepted(good) = app.inspect_usage_file(good).await else {
        panic!("the emulator's export is accepted");
    };
    assert!(good.warnings.is_empty(), "{:?}", good.warnings);
    let UsageVerdict::Accepted(after) = app.inspect_usage_file(other).await else {
        panic!("the edited export is still an export");
    };
    assert!(
        after.warnings.iter().any(|w| matches!(
            w.kind(),
            WarningKind::ServerIdMismatch { expected, .. } if *expected == real_id
        )),
        "{:?}",
        after.warnings
    );
}

#[tokio::test]
async fn a_ghl_license_dropped_on_add_server_usage_is_refused_with_a_pointer() {
    let app = demo().await;
    let dir = tempfile::tempdir().unwrap();
    let ghl = dir.path().join("github-enterprise.ghl");
    std::fs::write(
        &ghl,
        [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x03],
    )
    .unwrap();
    let UsageVerdict::Refused(r) = app.inspect_usage_file(ghl).await else {
        panic!("a .ghl is not usage");
    };
    assert!(r.fix().contains("Upload a new license"), "{}", r.fix());
}
