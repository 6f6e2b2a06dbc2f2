//! Connections and credentials against the emulator, over real HTTP and HTTPS on loopback:
//! certificates from a CA this computer does not trust, a custom CA bundle, a certificate
//! for another host name, and the tokens GitHub refuses in different ways. Each failure must
//! say what went wrong and what to do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_domain::Secret;
use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, EmulatorInfo, FaultKind, FaultTarget};
use ghls_github::{ClientOptions, Error, GhesClient, TlsReason};
use support::{ghec_at, ghes_at, trusting_the_emulator};

/// The same path as `api_url`, on the HTTPS port whose certificate is for `wrong.example`.
fn on_wrong_name_port(info: &EmulatorInfo, api_url: &str) -> String {
    api_url.replace(
        info.tls_base_url.as_deref().unwrap(),
        info.tls_wrong_name_base_url.as_deref().unwrap(),
    )
}

async fn ghec_error(emu: &Emulator, token: &str) -> Error {
    let info = emu.info();
    ghec_at(&info.ghec.api_url, &info, token, &ClientOptions::default())
        .license_sync_status()
        .await
        .unwrap_err()
}

// ---------------------------------------------------------------------------------------
// TLS

#[tokio::test]
async fn a_certificate_from_an_unknown_ca_asks_for_a_ca_bundle() {
    let emu = emulator().tls().await;
    let info = emu.info();
    let api = info.ghes[0].tls_api_url.clone().unwrap();
    let err = ghes_at(&api, &info, &ClientOptions::default())
        .license()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "tls_unknown_issuer", "{err:?}");
    assert_eq!(err.tls_reason(), Some(TlsReason::UnknownIssuer));
    assert!(err.to_string().contains("does not trust"), "{err}");
    let fix = err.fix();
    assert!(
        fix.contains("custom CA bundle for this instance in Connections")
            && fix.contains("OS trust store"),
        "{fix}"
    );
    assert!(
        emu.requests().is_empty(),
        "no request may pass a refused handshake"
    );
}

#[tokio::test]
async fn with_the_emulators_ca_bundle_the_license_reads_over_https() {
    let emu = emulator().tls().await;
    let info = emu.info();
    let options = trusting_the_emulator(&info);
    let reply = ghes_at(
        info.ghes[0].tls_api_url.as_deref().unwrap(),
        &info,
        &options,
    )
    .license()
    .await
    .unwrap();
    assert!(reply.meta.url.as_str().starts_with("https://127.0.0.1:"));
    assert!(reply.value.seats_used.is_some());
    // GHEC too, following its https `Link` pages on the same origin.
    let all = ghec_at(
        info.ghec.tls_api_url.as_deref().unwrap(),
        &info,
        &info.ghec.token,
        &options,
    )
    .consumed_licenses(|_| {})
    .await
    .unwrap();
    assert_eq!(all.users.len(), emu.with_world(|w| w.consumers.len()));
}

#[tokio::test]
async fn a_certificate_for_another_name_says_to_check_the_hostname() {
    let emu = emulator().tls().await;
    let info = emu.info();
    let api = on_wrong_name_port(&info, info.ghes[0].tls_api_url.as_deref().unwrap());
    let err = ghes_at(&api, &info, &trusting_the_emulator(&info))
        .license()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "tls_name_mismatch", "{err:?}");
    assert!(err.to_string().contains("another host name"), "{err}");
    assert!(
        err.fix()
            .to_lowercase()
            .contains("the certificate is for another host name: check the hostname"),
        "{}",
        err.fix()
    );
}

#[tokio::test]
async fn a_ca_bundle_that_is_not_a_certificate_is_refused_when_the_client_is_made() {
    let info = emulator().tls().await.info();
    let options = ClientOptions::default().with_ca_bundle_pem(b"not a certificate".to_vec());
    let err = GhesClient::new(
        info.ghes[0].tls_api_url.as_deref().unwrap(),
        "ghes",
        &Secret::new("t"),
        &options,
    )
    .unwrap_err();
    assert_eq!(err.kind(), "ca_bundle");
    assert!(err.to_string().contains("CA bundle"), "{err}");
    assert!(err.to_string().contains("no certificate"), "{err}");
    assert!(err.fix().contains("PEM"), "{}", err.fix());
}

#[tokio::test]
async fn the_plain_port_is_unchanged_when_tls_is_on() {
    let emu = emulator().tls().await;
    let info = emu.info();
    assert!(info.base_url.starts_with("http://"));
    assert!(info
        .tls_base_url
        .as_deref()
        .unwrap()
        .starts_with("https://"));
    ghes_at(&info.ghes[0].api_url, &info, &ClientOptions::default())
        .license()
        .await
        .unwrap();
}

// ---------------------------------------------------------------------------------------
// Tokens

#[tokio::test]
async fn a_classic_token_without_read_enterprise_gets_404_naming_the_missing_scope() {
    let emu = emulator().await;
    let err = ghec_error(&emu, &emu.info().ghec.no_scope_token).await;
    assert_eq!(err.kind(), "not_found");
    assert_eq!(
        err.scopes(),
        Some(&["repo".to_owned(), "read:org".to_owned()][..])
    );
    assert!(
        err.to_string().contains("lacks the read:enterprise scope"),
        "{err}"
    );
    assert!(err.fix().contains("tick read:enterprise"), "{}", err.fix());
}

#[tokio::test]
async fn a_non_owner_token_with_the_scope_gets_404_naming_ownership_or_the_slug() {
    let emu = emulator().await;
    let err = ghec_error(&emu, &emu.info().ghec.non_owner_token).await;
    assert_eq!(err.kind(), "not_found");
    assert!(err
        .scopes()
        .unwrap()
        .contains(&"read:enterprise".to_owned()));
    assert!(err.to_string().contains("not an owner"), "{err}");
    let fix = err.fix();
    assert!(
        fix.contains("not an owner of enterprise `acme`") && fix.contains("slug"),
        "{fix}"
    );
}

#[tokio::test]
async fn a_fine_grained_token_is_an_unsupported_token_type() {
    let emu = emulator().await;
    let err = ghec_error(&emu, &emu.info().ghec.fine_grained_token).await;
    assert_eq!(err.kind(), "token_type_unsupported", "{err:?}");
    assert!(
        err.to_string()
            .contains("Resource not accessible by personal access token"),
        "{err}"
    );
    assert!(
        err.fix().contains(
            "Use a classic personal access token (fine-grained tokens are not accepted by this endpoint)"
        ),
        "{}",
        err.fix()
    );
}

#[tokio::test]
async fn a_token_not_authorised_for_sso_points_at_githubs_authorisation_url() {
    let emu = emulator().await;
    let info = emu.info();
    let err = ghec_error(&emu, &info.ghec.sso_token).await;
    assert_eq!(err.kind(), "sso_required");
    let want = format!(
        "{}/ghec/web/enterprises/acme/sso?authorization_request=DEMO",
        info.base_url
    );
    assert!(err.fix().contains(&want), "{}", err.fix());
    assert!(err.fix().contains("single sign-on"), "{}", err.fix());
    // The fault does the same for any token.
    emu.inject(ghls_emulator::Fault::once(
        FaultTarget::Ghec,
        "",
        FaultKind::SsoRequired,
    ));
    let err = ghec_error(&emu, &info.ghec.token).await;
    assert_eq!(err.kind(), "sso_required");
    assert!(err.fix().contains("/sso?authorization_request="));
}

#[tokio::test]
async fn a_wrong_token_is_bad_credentials() {
    let emu = emulator().await;
    let err = ghec_error(&emu, "ghp_not_a_token_the_emulator_issued").await;
    assert_eq!(err.kind(), "unauthorized");
    assert!(err.to_string().contains("401 Bad credentials"), "{err}");
    assert!(err.fix().contains("Create a new token"), "{}", err.fix());
    assert_eq!(err.scopes(), None);
}

#[tokio::test]
async fn no_error_or_debug_output_shows_the_token() {
    let emu = emulator().await;
    let info = emu.info();
    for token in [
        info.ghec.no_scope_token.clone(),
        info.ghec.fine_grained_token.clone(),
        info.ghec.sso_token.clone(),
        "ghp_secret_wrong_token".to_owned(),
    ] {
        let client = ghec_at(&info.ghec.api_url, &info, &token, &ClientOptions::default());
        let err = client.license_sync_status().await.unwrap_err();
        for text in [
            err.to_string(),
            err.fix(),
            format!("{err:?}"),
            format!("{client:?}"),
        ] {
            assert!(!text.contains(&token), "{text}");
        }
    }
}
