//! Connections through the services: saving settings and secrets, and Test connection
//! against the built-in emulator over real HTTP, for success and for every failure the
//! admin can meet, each asserting the words that tell them what to do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ghls_domain::{SeatCount, Secret};
use ghls_emulator::testing::{emulator, Start};
use ghls_emulator::{Emulator, EmulatorInfo, Fault, FaultKind, FaultTarget};
use ghls_github::ClientOptions;
use ghls_services::connections::SettingsStore;
use ghls_services::connections::{
    Backend, CredentialStore, MemoryStore, SecretKeep, SecretKey, SecretKind, SecretStatus,
};
use ghls_services::connections::{
    ConnectionTarget, ConnectionsDraft, GhecDraft, GhesDraft, Saving, SshDraft,
};
use ghls_services::connections::{ConnectionTest, Learned, ManageApiCheck, TestResult};
use ghls_services::{App, Error, ErrorReport};
use support::{assert_says, words};

/// An app in normal mode (a settings file, secrets in `secrets`), connected to a running
/// emulator's enterprise and `main` instance with the right tokens.
struct Setup {
    _dir: tempfile::TempDir,
    path: PathBuf,
    emu: Emulator,
    info: EmulatorInfo,
    secrets: Arc<MemoryStore>,
    app: App,
}

async fn setup() -> Setup {
    setup_with(ClientOptions::default()).await
}

async fn setup_tls() -> Setup {
    setup_from(emulator().tls(), ClientOptions::default()).await
}

async fn setup_with(options: ClientOptions) -> Setup {
    setup_from(emulator(), options).await
}

async fn setup_from(emulator: Start, options: ClientOptions) -> Setup {
    let emu = emulator.consumers(40).await;
    let info = emu.info();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    let secrets = Arc::new(MemoryStore::default());
    let app = App::open(SettingsStore::new(&path), secrets.clone()).with_client_options(options);
    let main = &info.ghes[0];
    let saved = app
        .save_connections(ConnectionsDraft {
            ghec: Some(GhecDraft {
                api_host: info.ghec.api_url.clone(),
                enterprise: info.ghec.enterprise.clone(),
                web_url: String::new(),
                licensing_url: None,
            }),
            ghes: vec![instance(&main.hostname, &main.api_url)],
        })
        .await
        .unwrap();
    let id = saved.ghes[0].settings.id.clone();
    assert_eq!(id, "github-acme-example");
    set(&app, &ConnectionTarget::Ghec, &info.ghec.token).await;
    set(&app, &ghes(&id), &main.token).await;
    Setup {
        _dir: dir,
        path,
        emu,
        info,
        secrets,
        app,
    }
}

fn instance(hostname: &str, api_url: &str) -> GhesDraft {
    GhesDraft::new(hostname, api_url)
}

fn ghes(id: &str) -> ConnectionTarget {
    ConnectionTarget::Ghes { id: id.into() }
}

const MAIN: &str = "github-acme-example";

async fn set(app: &App, target: &ConnectionTarget, token: &str) -> SecretStatus {
    app.set_secret(
        target,
        SecretKind::Token,
        Secret::new(token),
        SecretKeep::Keyring,
    )
    .await
    .unwrap()
}

async fn edit(app: &App, f: impl FnOnce(&mut ConnectionsDraft)) {
    let mut d = ConnectionsDraft::from_settings(&app.settings());
    f(&mut d);
    app.save_connections(d).await.unwrap();
}

impl Setup {
    /// Test connection of `target`: the failure it reports, which must be of `kind`.
    async fn refused(&self, target: ConnectionTarget, kind: &str) -> ErrorReport {
        let t = self.app.test_connection(target).await;
        let e = failed(&t).clone();
        assert_eq!(e.kind, kind, "{e:?}");
        e
    }

    /// As [`Setup::refused`], once the token of `target` is `token`.
    async fn refused_with_token(
        &self,
        target: ConnectionTarget,
        token: &str,
        kind: &str,
    ) -> ErrorReport {
        set(&self.app, &target, token).await;
        self.refused(target, kind).await
    }
}

fn failed(t: &ConnectionTest) -> &ErrorReport {
    match &t.result {
        TestResult::Failed { error } => error,
        TestResult::Connected { summary, .. } => panic!("expected a failure, got: {summary}"),
    }
}

fn assert_no_token(info: &EmulatorInfo, json: &str) {
    info.assert_no_token_in(json);
}

#[tokio::test]
async fn a_ghes_instance_that_answers_reports_its_version_and_seats() {
    let s = setup().await;
    let t = s.app.test_connection(ghes(MAIN)).await;
    let TestResult::Connected { summary, learned } = &t.result else {
        panic!("{:?}", t.result);
    };
    let Learned::Ghes {
        version,
        seats,
        seats_used,
        manage_api,
    } = learned
    else {
        panic!("{learned:?}");
    };
    let (want_seats, used) = s.emu.with_world(|w| {
        let i = w.instance("main").unwrap();
        (i.license.seats.unwrap() as i64, i.users.len() as i64)
    });
    assert_eq!(version.as_deref(), Some("3.17.4"));
    assert_eq!(seats, &Some(SeatCount::Count(want_seats)));
    assert_eq!(*seats_used, Some(used));
    assert_eq!(manage_api, &ManageApiCheck::NoPassword);
    assert!(summary.contains("GHES 3.17.4"), "{summary}");
    assert_eq!(t.name, "GHES github.acme.example");
    assert!(t.duration_ms < 10_000);
    assert_no_token(&s.info, &serde_json::to_string(&t).unwrap());
}

#[tokio::test]
async fn a_saved_manage_password_is_checked_on_the_administration_port_and_its_failure_kept_apart()
{
    let s = setup().await;
    s.app
        .set_secret(
            &ghes(MAIN),
            SecretKind::ManagePassword,
            Secret::new("console pw "),
            SecretKeep::Keyring,
        )
        .await
        .unwrap();
    let t = s.app.test_connection(ghes(MAIN)).await;
    let TestResult::Connected {
        learned: Learned::Ghes { manage_api, .. },
        ..
    } = &t.result
    else {
        panic!("{:?}", t.result);
    };
    // The Manage API is asked at https://github.acme.example:8443, which does not exist
    // here: the REST connection still counts, the Manage API part says why it failed.
    let ManageApiCheck::Failed { error, .. } = manage_api else {
        panic!("{manage_api:?}");
    };
    assert!(error.message.contains("Manage API"), "{error:?}");
    assert!(!serde_json::to_string(&t).unwrap().contains("console pw"));
    // A password keeps its spaces; tokens are trimmed.
    let key = SecretKey::ghes_manage_password(MAIN);
    assert_eq!(
        s.secrets.get(&key).unwrap().unwrap().expose(),
        "console pw "
    );
}

#[tokio::test]
async fn the_enterprise_that_answers_reports_its_server_instances() {
    let s = setup().await;
    let t = s.app.test_connection(ConnectionTarget::Ghec).await;
    let TestResult::Connected { learned, summary } = &t.result else {
        panic!("{:?}", t.result);
    };
    let Learned::Ghec {
        enterprise,
        server_instances,
        token_scopes,
    } = learned
    else {
        panic!("{learned:?}");
    };
    assert_eq!(enterprise, "acme");
    assert_eq!(*server_instances, 2);
    assert!(summary.contains("2 server instances"), "{summary}");
    assert!(token_scopes
        .as_ref()
        .is_some_and(|s| s.iter().any(|x| x == "read:enterprise")));
}

#[tokio::test]
async fn a_wrong_token_is_401_bad_credentials_on_both_sides() {
    let s = setup().await;
    set(&s.app, &ghes(MAIN), "ghp_wrong").await;
    set(&s.app, &ConnectionTarget::Ghec, "ghp_wrong").await;
    for target in [ghes(MAIN), ConnectionTarget::Ghec] {
        let e = s.refused(target, "unauthorized").await;
        assert_says(&e, &["401 Bad credentials", "Create a new token"]);
        assert_eq!(e.github_message.as_deref(), Some("Bad credentials"));
    }
}

#[tokio::test]
async fn a_ghes_404_says_the_token_is_not_a_site_administrators() {
    let s = setup().await;
    let e = s
        .refused_with_token(ghes(MAIN), &s.info.ghes[0].non_admin_token, "not_found")
        .await;
    assert_says(&e, &["404", "site administrator"]);
}

#[tokio::test]
async fn a_ghec_404_for_a_non_owner_or_a_wrong_slug_names_both() {
    let s = setup().await;
    let e = s
        .refused_with_token(
            ConnectionTarget::Ghec,
            &s.info.ghec.non_owner_token,
            "not_found",
        )
        .await;
    // The emulator's non-owner token has read:enterprise (X-OAuth-Scopes says so), which
    // leaves "not an owner" and "wrong slug".
    for w in ["404", "not an owner", "slug", "read:enterprise"] {
        assert!(words(&e).contains(w), "{w} missing: {}", words(&e));
    }

    // The right token with a wrong slug: the same 404, naming the slug that was used.
    set(&s.app, &ConnectionTarget::Ghec, &s.info.ghec.token).await;
    edit(&s.app, |d| {
        d.ghec.as_mut().unwrap().enterprise = "acme-typo".into()
    })
    .await;
    let e = s.refused(ConnectionTarget::Ghec, "not_found").await;
    assert_says(&e, &["`acme-typo`"]);
}

#[tokio::test]
async fn sso_enforcement_says_to_authorize_the_token_at_githubs_address() {
    let s = setup().await;
    s.emu.inject(Fault::once(
        FaultTarget::Ghec,
        "license-sync-status",
        FaultKind::SsoRequired,
    ));
    let e = s.refused(ConnectionTarget::Ghec, "sso_required").await;
    assert_says(
        &e,
        &["Authorize the token for SSO", "/sso?authorization_request="],
    );
}

#[tokio::test]
async fn a_company_ca_is_refused_until_its_bundle_is_set_then_trusted() {
    let s = setup_tls().await;
    let tls_api = s.info.ghes[0].tls_api_url.clone().unwrap();
    edit(&s.app, |d| d.ghes[0].api_url = tls_api).await;
    let e = s.refused(ghes(MAIN), "tls_unknown_issuer").await;
    assert_says(&e, &["does not trust", "custom CA bundle"]);

    // The emulator's CA as the instance's bundle: trusted besides the OS store.
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("acme-ca.pem");
    std::fs::write(&pem, s.info.ca_pem.clone().unwrap()).unwrap();
    let shown = pem.display().to_string();
    edit(&s.app, |d| d.ghes[0].ca_bundle = shown.clone()).await;
    let t = s.app.test_connection(ghes(MAIN)).await;
    assert!(
        matches!(t.result, TestResult::Connected { .. }),
        "{:?}",
        t.result
    );
}

#[tokio::test]
async fn a_certificate_for_another_name_is_a_name_mismatch() {
    let s = setup_tls().await;
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("acme-ca.pem");
    std::fs::write(&pem, s.info.ca_pem.clone().unwrap()).unwrap();
    let wrong = format!(
        "{}/ghes/main/api/v3",
        s.info.tls_wrong_name_base_url.clone().unwrap()
    );
    let shown = pem.display().to_string();
    edit(&s.app, |d| {
        d.ghes[0].api_url = wrong;
        d.ghes[0].ca_bundle = shown.clone();
    })
    .await;
    let e = s.refused(ghes(MAIN), "tls_name_mismatch").await;
    assert_says(&e, &["another host name"]);
    assert!(
        words(&e).contains(&shown),
        "the bundle in use is named: {}",
        words(&e)
    );
}

#[tokio::test]
async fn a_ca_bundle_without_certificates_is_refused_naming_the_file() {
    let s = setup().await;
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("acme-ca.cer");
    std::fs::write(&pem, [0x30, 0x82, 0x01, 0x0a]).unwrap();
    let shown = pem.display().to_string();
    edit(&s.app, |d| d.ghes[0].ca_bundle = shown.clone()).await;
    let e = s.refused(ghes(MAIN), "ca_bundle").await;
    assert!(e.message.contains(&shown), "{e:?}");
    assert_says(&e, &["BEGIN CERTIFICATE"]);
}

#[tokio::test]
async fn talking_tls_to_a_plain_http_port_is_a_tls_failure() {
    let s = setup().await;
    let https = s.info.ghes[0].api_url.replace("http://", "https://");
    edit(&s.app, |d| d.ghes[0].api_url = https).await;
    let t = s.app.test_connection(ghes(MAIN)).await;
    let e = failed(&t);
    assert!(e.kind.as_str().starts_with("tls"), "{e:?}");
    assert_says(e, &["secure connection"]);
}

#[tokio::test]
async fn a_token_without_read_enterprise_says_to_add_the_scope() {
    let s = setup().await;
    let e = s
        .refused_with_token(
            ConnectionTarget::Ghec,
            &s.info.ghec.no_scope_token,
            "not_found",
        )
        .await;
    assert_says(&e, &["lacks the read:enterprise scope", "repo, read:org"]);
}

#[tokio::test]
async fn a_fine_grained_token_is_refused_as_an_unsupported_token_type() {
    let s = setup().await;
    let e = s
        .refused_with_token(
            ConnectionTarget::Ghec,
            &s.info.ghec.fine_grained_token,
            "token_type_unsupported",
        )
        .await;
    assert_says(&e, &["fine-grained", "classic personal access token"]);
}

#[tokio::test]
async fn a_token_not_authorized_for_sso_says_where_to_authorize_it() {
    let s = setup().await;
    let e = s
        .refused_with_token(
            ConnectionTarget::Ghec,
            &s.info.ghec.sso_token,
            "sso_required",
        )
        .await;
    assert_says(
        &e,
        &["Authorize the token for SSO", "/sso?authorization_request="],
    );
}

#[tokio::test]
async fn a_ca_bundle_that_went_missing_after_saving_is_a_clear_error() {
    let s = setup().await;
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("acme-ca.pem");
    std::fs::write(&pem, "-----BEGIN CERTIFICATE-----\n").unwrap();
    let shown = pem.display().to_string();
    edit(&s.app, |d| d.ghes[0].ca_bundle = shown.clone()).await;
    std::fs::remove_file(&pem).unwrap();
    let e = s.refused(ghes(MAIN), "ca_bundle").await;
    assert!(
        e.message.contains(&shown) && e.message.contains("does not exist"),
        "{e:?}"
    );
}

#[tokio::test]
async fn nothing_listening_is_connection_refused() {
    let s = setup().await;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    edit(&s.app, |d| {
        d.ghes[0].api_url = format!("http://127.0.0.1:{closed}/api/v3");
    })
    .await;
    let e = s.refused(ghes(MAIN), "connection_refused").await;
    assert_says(&e, &["refused", "Check the host name and port"]);
}

#[tokio::test]
async fn a_host_name_that_does_not_resolve_says_so() {
    let s = setup_with(ClientOptions {
        connect_timeout: Duration::from_secs(5),
        ..ClientOptions::default()
    })
    .await;
    edit(&s.app, |d| {
        d.ghes[0].hostname = "ghes.invalid".into();
        d.ghes[0].api_url = String::new();
    })
    .await;
    let e = s.refused(ghes(MAIN), "connect").await;
    assert_says(&e, &["ghes.invalid", "resolve"]);
}

#[tokio::test]
async fn a_slow_instance_times_out_with_advice() {
    let s = setup_with(ClientOptions {
        timeout: Duration::from_millis(400),
        ..ClientOptions::default()
    })
    .await;
    s.emu.inject(Fault::once(
        FaultTarget::Ghes("main".into()),
        "license",
        FaultKind::Delay { ms: 3000 },
    ));
    let t = s.app.test_connection(ghes(MAIN)).await;
    let e = failed(&t);
    assert_eq!(e.kind, "timeout");
    assert_says(e, &["no answer", "VPN"]);
    assert!(t.duration_ms >= 300, "{}", t.duration_ms);
}

#[tokio::test]
async fn a_server_error_says_to_try_again() {
    let s = setup().await;
    s.emu.inject(Fault::once(
        FaultTarget::Ghes("main".into()),
        "license",
        FaultKind::Status {
            status: 503,
            message: Some("Service Unavailable".into()),
        },
    ));
    let e = s.refused(ghes(MAIN), "server_error").await;
    assert_says(&e, &["503", "Try again"]);
}

#[tokio::test]
async fn without_a_token_the_test_says_where_to_save_one() {
    let s = setup().await;
    s.app
        .delete_secret(&ConnectionTarget::Ghec, SecretKind::Token)
        .await
        .unwrap();
    let e = s.refused(ConnectionTarget::Ghec, "missing_secret").await;
    assert_says(&e, &["No token is saved", "keyring"]);
}

#[tokio::test]
async fn settings_are_saved_to_the_file_without_any_secret_and_read_back() {
    let s = setup().await;
    edit(&s.app, |d| {
        d.ghes[0].ssh = Some(SshDraft {
            user: String::new(),
            host: String::new(),
            port: "2222".into(),
            known_hosts: None,
            identity_file: None,
        });
        d.ghes[0].label = "Main".into();
    })
    .await;
    let file = std::fs::read_to_string(&s.path).unwrap();
    assert_no_token(&s.info, &file);
    assert!(file.contains("\"port\": 2222"), "{file}");

    let again = App::open(SettingsStore::new(&s.path), s.secrets.clone());
    let c = again.connections().await;
    assert_eq!(
        c.saving,
        Saving::File {
            path: s.path.display().to_string()
        }
    );
    assert_eq!(c.credential_backend, Backend::Memory);
    assert_eq!(c.ghec.as_ref().unwrap().settings.enterprise, "acme");
    assert_eq!(c.ghes[0].settings.label.as_deref(), Some("Main"));
    assert_eq!(c.ghes[0].settings.ssh.as_ref().unwrap().user, "admin");
    assert_eq!(c.ghes[0].token, SecretStatus::Session);
    assert_eq!(c.ghes[0].manage_password, SecretStatus::NotSet);
    assert_no_token(&s.info, &serde_json::to_string(&c).unwrap());
}

#[tokio::test]
async fn a_refused_draft_names_each_field_and_changes_nothing() {
    let s = setup().await;
    let before = std::fs::read(&s.path).unwrap();
    let mut d = ConnectionsDraft::from_settings(&s.app.settings());
    d.ghec.as_mut().unwrap().enterprise = "Acme Corp".into();
    d.ghes[0].hostname = "https://github.acme.example".into();
    d.ghes[0].ssh = Some(SshDraft {
        port: "0".into(),
        ..SshDraft::default()
    });
    let e = s.app.save_connections(d).await.unwrap_err();
    let Error::InvalidSettings { problems } = &e else {
        panic!("{e:?}");
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["ghec.enterprise", "ghes.0.hostname", "ghes.0.ssh.port"]
    );
    assert!(problems[0].fix.contains("`acme-corp`"), "{problems:?}");
    assert!(
        problems[1].fix.contains("`github.acme.example`"),
        "{problems:?}"
    );
    assert!(problems[2].fix.contains("1 to 65535"), "{problems:?}");
    assert_eq!(std::fs::read(&s.path).unwrap(), before);
    assert_eq!(s.app.settings().ghec.unwrap().enterprise, "acme");
}

#[tokio::test]
async fn removing_an_instance_deletes_its_secrets() {
    let s = setup().await;
    s.app
        .set_secret(
            &ghes(MAIN),
            SecretKind::ManagePassword,
            Secret::new("pw"),
            SecretKeep::Keyring,
        )
        .await
        .unwrap();
    let c = s.app.remove_ghes_instance(MAIN).await.unwrap();
    assert!(c.ghes.is_empty());
    assert!(s
        .secrets
        .get(&SecretKey::ghes_token(MAIN))
        .unwrap()
        .is_none());
    assert!(s
        .secrets
        .get(&SecretKey::ghes_manage_password(MAIN))
        .unwrap()
        .is_none());
    assert!(!std::fs::read_to_string(&s.path).unwrap().contains(MAIN));
    assert_eq!(
        s.app.remove_ghes_instance(MAIN).await.unwrap_err().kind(),
        "unknown_instance"
    );
    // Added again, it starts without secrets.
    let main = &s.info.ghes[0];
    edit(&s.app, |d| {
        d.ghes.push(instance(&main.hostname, &main.api_url))
    })
    .await;
    assert_eq!(
        s.app.connections().await.ghes[0].token,
        SecretStatus::NotSet
    );
}

#[tokio::test]
async fn a_draft_that_leaves_an_instance_out_deletes_its_secrets_too() {
    let s = setup().await;
    edit(&s.app, |d| d.ghes.clear()).await;
    assert!(s
        .secrets
        .get(&SecretKey::ghes_token(MAIN))
        .unwrap()
        .is_none());
    // The enterprise's token is untouched.
    assert!(s.secrets.get(&SecretKey::ghec_token()).unwrap().is_some());
}

#[tokio::test]
async fn secrets_for_unknown_targets_or_blank_are_refused() {
    let s = setup().await;
    let e = s
        .app
        .set_secret(
            &ghes("nope"),
            SecretKind::Token,
            Secret::new("x"),
            SecretKeep::Keyring,
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "unknown_instance");
    let e = s
        .app
        .set_secret(
            &ghes(MAIN),
            SecretKind::Token,
            Secret::new(" \n"),
            SecretKeep::Keyring,
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "invalid_settings");
    assert!(e.to_string().contains("token is empty"), "{e}");
    let e = s
        .app
        .set_secret(
            &ConnectionTarget::Ghec,
            SecretKind::ManagePassword,
            Secret::new("x"),
            SecretKeep::Keyring,
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "invalid_settings");
}

#[tokio::test]
async fn a_settings_file_from_a_newer_version_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, b"{\"version\": 9, \"ghes\": []}").unwrap();
    let app = App::open(SettingsStore::new(&path), Arc::new(MemoryStore::default()));
    assert_eq!(
        app.info().settings_warning.unwrap().kind,
        "settings_from_the_future"
    );
    assert_eq!(app.connections().await.saving, Saving::Off);
    let mut d = ConnectionsDraft::default();
    d.ghes.push(instance("ghes.acme.example", ""));
    let e = app.save_connections(d).await.unwrap_err();
    assert_eq!(e.kind(), "settings_read_only");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"version\": 9, \"ghes\": []}"
    );
}

#[tokio::test]
async fn a_corrupt_settings_file_is_kept_aside_and_a_save_starts_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    std::fs::write(&path, b"{\"version\": 1, \"ghes\": [").unwrap();
    let app = App::open(SettingsStore::new(&path), Arc::new(MemoryStore::default()));
    let warning = app.info().settings_warning.unwrap();
    assert_eq!(warning.kind, "settings_corrupt");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        kept.iter().any(|n| n.starts_with("settings.json.corrupt-")),
        "{kept:?}"
    );
    let mut d = ConnectionsDraft::default();
    d.ghes.push(instance("ghes.acme.example", ""));
    app.save_connections(d).await.unwrap();
    let reread = SettingsStore::new(&path).load().unwrap();
    assert_eq!(reread.settings.ghes[0].hostname, "ghes.acme.example");
    assert!(reread.warning.is_none());
}

/// A machine without a Secret Service.
#[derive(Debug)]
struct NoKeyring;

impl CredentialStore for NoKeyring {
    fn get(&self, _: &SecretKey) -> ghls_services::Result<Option<Secret>> {
        Err(Error::KeyringUnavailable {
            detail: "org.freedesktop.secrets was not provided by any .service files".into(),
        })
    }
    fn set(&self, k: &SecretKey, _: &Secret) -> ghls_services::Result<()> {
        self.get(k).map(|_| ())
    }
    fn delete(&self, k: &SecretKey) -> ghls_services::Result<()> {
        self.get(k).map(|_| ())
    }
    fn backend(&self) -> Backend {
        Backend::Keyring
    }
}

#[tokio::test]
async fn without_a_keyring_the_admin_is_told_and_may_keep_a_token_for_the_session() {
    let emu = emulator().consumers(20).await;
    let info = emu.info();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    let app = App::open(SettingsStore::new(&path), Arc::new(NoKeyring));
    let main = &info.ghes[0];
    let c = app
        .save_connections(ConnectionsDraft {
            ghec: None,
            ghes: vec![instance(&main.hostname, &main.api_url)],
        })
        .await
        .unwrap();
    assert!(matches!(c.ghes[0].token, SecretStatus::Unknown { .. }));

    let e = app
        .set_secret(
            &ghes(MAIN),
            SecretKind::Token,
            Secret::new(main.token.clone()),
            SecretKeep::Keyring,
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "keyring_unavailable");
    assert!(e.fix().contains("for this session only"), "{}", e.fix());
    assert!(!e.to_string().contains(&main.token));

    let status = app
        .set_secret(
            &ghes(MAIN),
            SecretKind::Token,
            Secret::new(main.token.clone()),
            SecretKeep::Session,
        )
        .await
        .unwrap();
    assert_eq!(status, SecretStatus::Session);
    let t = app.test_connection(ghes(MAIN)).await;
    assert!(
        matches!(t.result, TestResult::Connected { .. }),
        "{:?}",
        t.result
    );
    assert_no_token(&info, &std::fs::read_to_string(&path).unwrap());

    // Removing the instance works without a keyring, and forgets the session token.
    app.remove_ghes_instance(MAIN).await.unwrap();
}
