//! The keyring store against a real Secret Service (gnome-keyring on a private D-Bus
//! session). `scripts/test` starts one and runs these with `--ignored`; a plain
//! `cargo test` has no Secret Service to talk to, so they are ignored there.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::process::Command;

use ghls_domain::Secret;
use ghls_services::credentials::{
    Backend, CredentialStore, KeyringStore, SecretKey, KEYRING_SERVICE,
};

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
    assert_eq!(store.get(&key).unwrap().unwrap().expose(), "s3cr3t-replaced");
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
        .args(["store", "--label=GHE License Sync test", "service", KEYRING_SERVICE])
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
