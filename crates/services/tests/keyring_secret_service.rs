//! The keyring store against a real Secret Service (gnome-keyring on a private D-Bus
//! session). `scripts/test` starts one and runs these with `--ignored`; a plain
//! `cargo test` has no Secret Service to talk to, so they are ignored there.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::io::Write as _;
use std::process::Command;
use std::sync::{Arc, Mutex};

use ghls_domain::Secret;
use ghls_emulator::testing::emulator;
use ghls_services::connections::SettingsStore;
use ghls_services::connections::TestResult;
use ghls_services::connections::{
    Backend, CredentialStore, KeyringStore, SecretKeep, SecretKey, SecretKind, SecretStatus,
    KEYRING_SERVICE,
};
use ghls_services::connections::{ConnectionTarget, ConnectionsDraft, GhesDraft};
use ghls_services::App;

/// What `secret-tool` (libsecret, outside this process) finds for an account.
fn secret_tool_lookup(account: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", KEYRING_SERVICE, "username", account])
        .output()
        .expect("secret-tool runs (package libsecret-tools)");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
#[ignore = "needs a Secret Service: scripts/test runs it inside dbus-run-session with gnome-keyring"]
fn tokens_round_trip_through_the_real_secret_service_and_nowhere_else() {
    let store = KeyringStore;
    assert_eq!(store.backend(), Backend::Keyring);
    let id = format!("test-{}", std::process::id());
    let key = SecretKey::ghes_token(&id);
    let account = key.account();

    assert!(store.get(&key).unwrap().is_none(), "nothing stored yet");
    store.set(&key, &Secret::new("first-value")).unwrap();
    store.set(&key, &Secret::new("s3cr3t-replaced")).unwrap();
    assert_eq!(
        store.get(&key).unwrap().unwrap().expose(),
        "s3cr3t-replaced"
    );
    // Another program sees the same item under our service and account: it really is in
    // the OS keyring, not in a private file or in memory.
    assert_eq!(
        secret_tool_lookup(&account).as_deref(),
        Some("s3cr3t-replaced")
    );

    store.delete(&key).unwrap();
    assert!(store.get(&key).unwrap().is_none());
    assert_eq!(secret_tool_lookup(&account), None);
    // Deleting what is not there is not an error.
    store.delete(&key).unwrap();
}

#[test]
#[ignore = "needs a Secret Service: scripts/test runs it inside dbus-run-session with gnome-keyring"]
fn a_token_stored_with_secret_tool_as_the_readme_says_is_read_by_the_app() {
    let id = format!("readme-{}", std::process::id());
    let key = SecretKey::ghes_token(&id);
    let mut child = Command::new("secret-tool")
        .args([
            "store",
            "--label=GHE License Sync test",
            "service",
            KEYRING_SERVICE,
        ])
        .args(["username", &key.account()])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("secret-tool runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"from-secret-tool").unwrap();
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(
        KeyringStore.get(&key).unwrap().unwrap().expose(),
        "from-secret-tool"
    );
    KeyringStore.delete(&key).unwrap();
}

/// Everything the app logs, at every level, from every crate.
#[derive(Clone, Default)]
struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogBuffer {
    type Writer = LogBuffer;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service: scripts/test runs it inside dbus-run-session with gnome-keyring"]
async fn a_token_saved_through_the_app_lives_in_the_keyring_and_nowhere_else() {
    let logs = LogBuffer::default();
    tracing_subscriber::fmt()
        .with_writer(logs.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .try_init()
        .unwrap();
    let emu = emulator().consumers(20).await;
    let info = emu.info();
    let main = &info.ghes[0];
    let right = main.token.clone();
    let wrong = format!("ghp_wrong_{}", std::process::id());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    let app = App::open(SettingsStore::new(&path), Arc::new(KeyringStore));
    // Every value the app hands back in this session, as the UI would receive it.
    let mut responses: Vec<String> = Vec::new();
    let mut keep = |v: &dyn erased::Json| responses.push(v.json());

    let c = app
        .save_connections(ConnectionsDraft {
            ghec: None,
            ghes: vec![GhesDraft::new(&main.hostname, &main.api_url)],
        })
        .await
        .unwrap();
    keep(&c);
    let id = c.ghes[0].settings.id.clone();
    let target = ConnectionTarget::Ghes { id: id.clone() };
    let account = SecretKey::ghes_token(&id).account();
    assert_eq!(c.credential_backend, Backend::Keyring);
    assert_eq!(c.ghes[0].token, SecretStatus::NotSet);

    // Saved: the OS keyring holds it (another program reads it), and the app says only
    // "in the keyring".
    let status = app
        .set_secret(
            &target,
            SecretKind::Token,
            Secret::new(format!("{right}\n")),
            SecretKeep::Keyring,
        )
        .await
        .unwrap();
    keep(&status);
    assert_eq!(status, SecretStatus::Keyring);
    assert_eq!(
        secret_tool_lookup(&account).as_deref(),
        Some(right.as_str())
    );
    let t = app.test_connection(target.clone()).await;
    keep(&t);
    assert!(
        matches!(t.result, TestResult::Connected { .. }),
        "{:?}",
        t.result
    );

    // Replaced with a wrong one: the keyring has the new value, and GitHub refuses it.
    let status = app
        .set_secret(
            &target,
            SecretKind::Token,
            Secret::new(wrong.clone()),
            SecretKeep::Keyring,
        )
        .await
        .unwrap();
    keep(&status);
    assert_eq!(
        secret_tool_lookup(&account).as_deref(),
        Some(wrong.as_str())
    );
    let t = app.test_connection(target.clone()).await;
    keep(&t);
    let TestResult::Failed { error } = &t.result else {
        panic!("{:?}", t.result);
    };
    assert_eq!(error.kind, "unauthorized");
    keep(&app.connections().await);
    keep(&app.license_overview().await);

    // Deleted: gone from the keyring.
    let status = app.delete_secret(&target, SecretKind::Token).await.unwrap();
    keep(&status);
    assert_eq!(status, SecretStatus::NotSet);
    assert_eq!(secret_tool_lookup(&account), None);

    // A Manage password goes the same way, and removing the instance deletes it.
    app.set_secret(
        &target,
        SecretKind::ManagePassword,
        Secret::new(format!("pw-{right}")),
        SecretKeep::Keyring,
    )
    .await
    .unwrap();
    let pw_account = SecretKey::ghes_manage_password(&id).account();
    assert!(secret_tool_lookup(&pw_account).is_some());
    keep(&app.remove_ghes_instance(&id).await.unwrap());
    assert_eq!(secret_tool_lookup(&pw_account), None);
    keep(&app.info());

    let file = std::fs::read_to_string(&path).unwrap();
    let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("connection tested"),
        "the subscriber captured the app's logs"
    );
    for (what, text) in [("settings file", &file), ("logs", &logs)]
        .into_iter()
        .chain(responses.iter().map(|r| ("a response", r)))
    {
        for secret in [&right, &wrong] {
            assert!(
                !text.contains(secret.as_str()),
                "the token is in the {what}: {text}"
            );
        }
    }
    let _ = std::io::stderr().flush();
}

/// Serialises any response the same way the IPC layer does.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}
