//! "Load server accounts" for Duplicates on the demo app, its emulator behind it over real
//! HTTP (GraphQL): progress, cancel, and server duplicates named by login, profile name and
//! primary email once the accounts are loaded.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::sync::{Arc, Mutex};

use ghls_domain::ConsumerKind;
use ghls_services::duplicates::AccountsLoadProgress;
use support::demo;

#[tokio::test]
async fn server_duplicates_are_named_by_login_and_primary_email_once_accounts_are_loaded() {
    let app = demo().consumers(80).seed(1).await;
    app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let before = app.duplicate_report().await.unwrap();
    assert_eq!(before.server_accounts, None, "no accounts loaded yet");
    assert!(app.server_accounts_summary().is_none());

    let events: Arc<Mutex<Vec<AccountsLoadProgress>>> = Arc::default();
    let sink = events.clone();
    let summary = app
        .load_server_accounts(move |p| sink.lock().unwrap().push(p))
        .await
        .unwrap();
    assert!(summary.accounts > 0, "{summary:?}");
    assert!(summary.complete, "{:?}", summary.notes);
    assert_eq!(app.server_accounts_summary(), Some(summary.clone()));

    let events = events.lock().unwrap().clone();
    assert_eq!(events.first(), Some(&AccountsLoadProgress::Installations));
    let instances = u32::try_from(summary.instances.len()).unwrap();
    assert!(
        events.iter().any(|e| matches!(e,
            AccountsLoadProgress::Reading { instances_done, instances_total, accounts, .. }
                if *instances_done == instances && *instances_total == instances && *accounts == summary.accounts)),
        "{events:?}"
    );
    assert_eq!(
        events.last(),
        Some(&AccountsLoadProgress::Done {
            instances,
            accounts: summary.accounts
        })
    );

    let after = app.duplicate_report().await.unwrap();
    let accounts = after
        .server_accounts
        .as_ref()
        .expect("the report says what it had");
    assert!(accounts.complete);
    assert_eq!(
        accounts.named, accounts.server_entries,
        "every server-only entry is named"
    );
    let pairs: Vec<_> = after
        .all_findings()
        .filter(|f| f.seats_saved == 1)
        .collect();
    assert!(!pairs.is_empty(), "the demo plants duplicates");
    for f in pairs {
        let server = f
            .entries
            .iter()
            .find(|e| e.kind == ConsumerKind::ServerOnly)
            .expect("a pair has a server entry");
        let account = server
            .server_accounts
            .first()
            .unwrap_or_else(|| panic!("{f:#?}"));
        let login = account
            .account
            .login
            .as_deref()
            .expect("GitHub gives the login");
        let primary = account
            .account
            .primary_email
            .as_deref()
            .expect("and the primary email");
        assert!(
            f.summary.contains(&format!("user {login}")),
            "{}",
            f.summary
        );
        assert!(
            f.evidence
                .iter()
                .any(|e| e.contains(&format!("primary email {primary}"))),
            "the evidence names the address GitHub compared: {:#?}",
            f.evidence
        );
    }
    // The same data set and accounts give the same report, not a new analysis.
    assert!(Arc::ptr_eq(&after, &app.duplicate_report().await.unwrap()));
}

#[tokio::test]
async fn a_cancelled_load_keeps_the_analysis_as_it_was_and_says_cancelled() {
    let app = Arc::new(demo().consumers(40).seed(2).await);
    app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let canceller = app.clone();
    let e = app
        .load_server_accounts(move |p| {
            if p == AccountsLoadProgress::Installations {
                assert!(canceller.cancel_server_accounts(), "a load runs");
            }
        })
        .await
        .unwrap_err();
    assert_eq!(e.kind.to_string(), "cancelled", "{e:?}");
    assert!(!app.cancel_server_accounts(), "nothing runs after it");
    assert!(app.server_accounts_summary().is_none());
    assert_eq!(app.duplicate_report().await.unwrap().server_accounts, None);
    // A new load after a cancelled one starts and completes.
    assert!(app.load_server_accounts(|_| {}).await.is_ok());
}

#[tokio::test]
async fn the_load_runs_as_its_own_task_as_the_desktop_app_runs_it() {
    // Tauri runs each command on a task of its own: the load must be `Send` and `'static`.
    let app = Arc::new(demo().consumers(20).seed(3).await);
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.load_server_accounts(|_| {}).await }
    });
    let summary = task.await.unwrap().unwrap();
    assert_eq!(app.server_accounts_summary(), Some(summary));
}
