//! The License screen's view of the server instances GitHub knows (GraphQL
//! `enterpriseServerInstallations`), read from the built-in emulator over real HTTP: each
//! configured instance's license sync kept across restarts, the last uploads, the instances
//! not in Connections, and a GraphQL refusal that leaves the rest of the screen working.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_emulator::{Fault, FaultKind, FaultTarget};
use ghls_services::license::{Section, LICENSE_SYNC_MODES_FILE};
use ghls_services::ActivityLog;
use support::{assert_says, demo};
use time::OffsetDateTime;

#[tokio::test]
async fn license_sync_is_shown_from_github_and_kept_across_a_restart_with_its_age() {
    let dir = tempfile::tempdir().unwrap();
    let activity = dir.path().join("activity.jsonl");
    let app = demo().await.with_activity_log(ActivityLog::open(&activity));
    let (main_on, legacy_on) = app.emulator().unwrap().with_world(|w| {
        (
            w.instance("main").unwrap().connect_license_sync,
            w.instance("legacy").unwrap().connect_license_sync,
        )
    });
    assert_ne!(main_on, legacy_on, "the demo has one of each");

    let o = app.license_overview().await;
    let modes: Vec<_> = o
        .servers
        .iter()
        .map(|c| c.license_sync_mode.clone().unwrap())
        .collect();
    assert_eq!(
        modes.iter().map(|m| m.connected).collect::<Vec<_>>(),
        vec![main_on, legacy_on]
    );
    assert!(modes.iter().all(|m| m.current && m.read_at == o.fetched_at));
    let saved = std::fs::read_to_string(dir.path().join(LICENSE_SYNC_MODES_FILE)).unwrap();
    assert!(saved.contains("github.acme.example"), "{saved}");
    assert!(!saved.contains("ghp_"), "no secrets: {saved}");

    // A restart on the same data folder, with GitHub unreachable.
    let restarted = demo().await.with_activity_log(ActivityLog::open(&activity));
    restarted.emulator().unwrap().shutdown().await;
    let later = restarted.license_overview().await;
    let cloud = later.cloud.loaded().unwrap();
    assert!(matches!(cloud.servers, Section::Failed { .. }));
    for (card, before) in later.servers.iter().zip(&modes) {
        let kept = card.license_sync_mode.as_ref().unwrap();
        assert_eq!(kept.connected, before.connected, "{}", card.hostname);
        assert!(!kept.current, "GitHub was not read now");
        assert_eq!(kept.read_at, o.fetched_at, "with when it was read");
    }
}

#[tokio::test]
async fn the_last_uploads_of_each_instance_are_listed_with_state_and_time() {
    let app = demo().await;
    let emu = app.emulator().unwrap();
    let web = emu
        .info()
        .ghes
        .iter()
        .find(|g| g.name == "main")
        .unwrap()
        .web_url
        .clone();
    let sent = reqwest::Client::new()
        .post(format!("{web}/enterprise/settings/license/sync-now"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap();
    assert!(sent.status().is_success(), "{}", sent.status());

    let o = app.license_overview().await;
    let uploads = o.servers[0].uploads.as_ref().unwrap();
    let newest = &uploads[0];
    assert!(
        newest
            .name
            .as_deref()
            .unwrap()
            .starts_with("github-connect-github.acme.example-"),
        "{newest:?}"
    );
    assert!(
        matches!(newest.state.as_deref(), Some("PENDING" | "SUCCESS")),
        "{newest:?}"
    );
    let at = OffsetDateTime::parse(
        newest.at.as_deref().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert!((OffsetDateTime::now_utc() - at).whole_minutes().abs() < 5);
    let servers = o.cloud.loaded().unwrap().servers.loaded().unwrap();
    let main = servers
        .iter()
        .find(|s| s.host_name.as_deref() == Some("github.acme.example"))
        .unwrap();
    assert_eq!(main.uploads.as_ref().unwrap()[0], *newest);
}

#[tokio::test]
async fn an_instance_github_knows_but_connections_does_not_is_listed_unconfigured() {
    let app = demo().await;
    app.emulator().unwrap().update_world(|w| {
        w.add_generated_instance("branch", 3, true, OffsetDateTime::now_utc());
    });
    let o = app.license_overview().await;
    let servers = o.cloud.loaded().unwrap().servers.loaded().unwrap();
    let branch = servers
        .iter()
        .find(|s| s.host_name.as_deref() == Some("branch.acme.example"))
        .unwrap();
    assert_eq!(branch.configured_id, None);
    assert_eq!(branch.connected, Some(true));
    let mut configured: Vec<_> = servers
        .iter()
        .filter_map(|s| s.configured_id.clone())
        .collect();
    configured.sort();
    assert_eq!(configured, vec!["legacy".to_owned(), "main".to_owned()]);
    assert_eq!(o.servers.len(), 2, "not added to the configured cards");
}

#[tokio::test]
async fn a_graphql_refusal_says_why_with_the_fix_and_the_rest_still_loads() {
    let app = demo().await;
    app.emulator().unwrap().inject(Fault::once(
        FaultTarget::Ghec,
        "graphql",
        FaultKind::SsoRequired,
    ));
    let o = app.license_overview().await;
    let cloud = o.cloud.loaded().unwrap();
    let Section::Failed { error } = &cloud.servers else {
        panic!("expected the refusal, got {:?}", cloud.servers)
    };
    assert_eq!(error.kind, "sso_required");
    assert_says(error, &["SSO"]);
    assert!(error.fix.is_some());
    assert!(cloud.seats.loaded().is_some());
    assert!(cloud.instances.loaded().is_some());
    for card in &o.servers {
        assert!(card.license.loaded().is_some());
        assert!(card.sync.loaded().is_some());
        assert_eq!(card.uploads, None);
    }
}

#[tokio::test]
async fn every_card_carries_its_hand_off_pages_with_githubs_menu_paths() {
    let app = demo().await;
    let o = app.license_overview().await;
    let main = &o.servers[0];
    assert!(main
        .pages
        .license
        .url
        .ends_with("/ghes/main/web/enterprise/settings/license"));
    assert_eq!(
        main.pages.license.menu,
        "Enterprise settings → Settings → License"
    );
    assert!(main
        .pages
        .connect
        .url
        .ends_with("/ghes/main/web/enterprise/settings/dotcom_connection"));
    assert_eq!(
        main.pages.connect.menu,
        "Enterprise settings → GitHub Connect"
    );
    let licensing = o.cloud.loaded().unwrap().licensing_page.clone().unwrap();
    assert!(licensing
        .url
        .ends_with("/ghec/web/enterprises/acme/licensing"));
    assert_eq!(
        licensing.menu,
        "Your enterprises → acme → Billing and licensing → Licensing"
    );
    // The emulator answers there.
    let page = reqwest::get(&licensing.url).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
}
