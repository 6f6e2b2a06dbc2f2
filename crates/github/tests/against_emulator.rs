//! The clients against the GitHub emulator over real HTTP on loopback: every status,
//! header and quirk the clients must handle.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::time::Duration;

use ghls_domain::{ConsumerKind, SeatCount, Secret};
use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, FaultKind, FaultTarget};
use ghls_github::{ClientOptions, Error, GhecClient, GhesClient};
use support::{ghec, ghes, ghes_with, owner};

fn inject(emu: &Emulator, target: FaultTarget, path: &str, kind: FaultKind) {
    emu.fail_once(target, path, kind);
}

/// GHEC's license-sync-status read once a fault of `kind` is set on `path`: the error it
/// ends in.
async fn sync_status_refused(path: &str, kind: FaultKind) -> Error {
    let emu = emulator().await;
    inject(&emu, FaultTarget::Ghec, path, kind);
    owner(&emu).license_sync_status().await.unwrap_err()
}

/// GHEC's license-sync-status answered with a plain 403 saying `message`.
async fn sync_status_403(message: &str) -> Error {
    let kind = FaultKind::Status {
        status: 403,
        message: Some(message.into()),
    };
    sync_status_refused("", kind).await
}

#[tokio::test]
async fn ghes_license_figures_are_read_as_the_emulator_serves_them() {
    let emu = emulator().await;
    let reply = ghes(&emu, "main", None).license().await.unwrap();
    let (seats, used) = emu.with_world(|w| {
        let i = w.instance("main").unwrap();
        (i.license.seats.unwrap() as i64, i.users.len() as i64)
    });
    let l = reply.value;
    assert_eq!(l.seats, Some(SeatCount::Count(seats)));
    assert_eq!(l.seats_used, Some(used));
    assert_eq!(l.seats_available, Some(SeatCount::Count(seats - used)));
    assert_eq!(l.kind.as_deref(), Some("standard"));
    assert!(l.days_until_expiration.unwrap() >= 199);
    let expiry = l.expire_at.unwrap();
    assert!(
        expiry.raw.contains('/'),
        "GHES's non-ISO form: {}",
        expiry.raw
    );
    assert!(expiry.at.is_some());
    assert_eq!(reply.meta.enterprise_version.as_deref(), Some("3.17.4"));
}

#[tokio::test]
async fn seats_sent_as_strings_are_read_as_numbers() {
    let emu = emulator().await;
    let l = ghes(&emu, "legacy", None).license().await.unwrap();
    let seats = emu.with_world(|w| w.instance("legacy").unwrap().license.seats.unwrap() as i64);
    assert_eq!(l.value.seats, Some(SeatCount::Count(seats)));
    assert_eq!(l.meta.enterprise_version.as_deref(), Some("3.12.9"));
}

#[tokio::test]
async fn ghes_meta_reports_the_installed_version() {
    let emu = emulator().await;
    let m = ghes(&emu, "legacy", None).meta().await.unwrap();
    assert_eq!(m.value.installed_version.as_deref(), Some("3.12.9"));
}

#[tokio::test]
async fn every_request_carries_githubs_headers_and_a_bearer_token() {
    let emu = emulator().await;
    owner(&emu).license_sync_status().await.unwrap();
    ghes(&emu, "main", None).license().await.unwrap();
    let requests = emu.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    for r in requests {
        assert_eq!(r.accept.as_deref(), Some("application/vnd.github+json"));
        assert_eq!(r.api_version.as_deref(), Some("2022-11-28"));
        assert!(r.user_agent.unwrap().starts_with("ghe-license-sync/"));
        assert_eq!(r.auth_scheme.as_deref(), Some("Bearer"));
        assert!(r.token_known);
    }
}

#[tokio::test]
async fn a_ghes_token_of_a_non_admin_gets_404_and_site_admin_advice() {
    let emu = emulator().await;
    let token = emu.info().ghes[0].non_admin_token.clone();
    let err = ghes(&emu, "main", Some(&token))
        .license()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert!(err.fix().contains("site administrator"));
    // GHES reports the classic token's scopes too; without site_admin the fix says so.
    assert!(err
        .scopes()
        .is_some_and(|s| !s.contains(&"site_admin".to_owned())));
    assert!(err.fix().contains("site_admin"), "{}", err.fix());
    let gh = err.github_message().unwrap();
    assert_eq!(gh.message.as_deref(), Some("Not Found"));
    assert!(gh
        .documentation_url
        .as_deref()
        .unwrap()
        .starts_with("https://docs.github.com/enterprise-server@3.17"));
}

#[tokio::test]
async fn a_wrong_token_is_bad_credentials_on_both_sides() {
    let emu = emulator().await;
    let err = ghec(&emu, "ghp_demo_wrong")
        .license_sync_status()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Unauthorized { .. }), "{err:?}");
    assert_eq!(
        err.github_message().unwrap().message.as_deref(),
        Some("Bad credentials")
    );
    assert!(err.fix().contains("read:enterprise"));
    let err = ghes(&emu, "main", Some("ghp_demo_wrong"))
        .license()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "unauthorized");
    assert!(err.fix().contains("site administrator"));
}

#[tokio::test]
async fn a_ghec_404_for_a_non_owner_or_a_wrong_slug_names_both_causes() {
    let emu = emulator().await;
    let non_owner = emu.info().ghec.non_owner_token.clone();
    let err = ghec(&emu, &non_owner)
        .license_sync_status()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    // The token has read:enterprise, so the scope and the token type are ruled out.
    for words in ["not an owner", "slug"] {
        assert!(err.fix().contains(words), "{words}: {}", err.fix());
    }
    let info = emu.info();
    let wrong_slug = GhecClient::new(
        &info.ghec.api_url,
        "acme-typo",
        &Secret::new(&info.ghec.token),
        &ClientOptions::default(),
    )
    .unwrap();
    let err = wrong_slug.consumed_licenses_page(1, 100).await.unwrap_err();
    assert_eq!(err.kind(), "not_found");
    assert!(err.fix().contains("`acme-typo`"));
}

#[tokio::test]
async fn a_ghec_404_without_token_scopes_lists_every_cause() {
    let emu = emulator().await;
    // A 404 that carries no X-OAuth-Scopes, as for fine-grained and GitHub App tokens.
    emu.fail_once_with_status(FaultTarget::Ghec, "", 404, None);
    let err = ghec(&emu, "github_pat_unknown_to_the_emulator")
        .license_sync_status()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "not_found");
    assert_eq!(err.scopes(), None);
    for words in ["not an owner", "slug", "read:enterprise", "token type"] {
        assert!(err.fix().contains(words), "{words}: {}", err.fix());
    }
}

#[tokio::test]
async fn license_sync_status_lists_each_instance_with_its_last_sync() {
    let emu = emulator().await;
    let reply = owner(&emu).license_sync_status().await.unwrap();
    let info = emu.info();
    assert_eq!(reply.value.len(), 2);
    for (got, want) in reply.value.iter().zip(&info.ghes) {
        assert_eq!(got.hostname.as_deref(), Some(want.hostname.as_str()));
        assert_eq!(got.server_id.as_deref(), Some(want.server_id.as_str()));
        let last = got.last_sync.as_ref().unwrap();
        assert_eq!(last.status.as_deref(), Some("success"));
        assert_eq!(last.error, None);
        assert!(last.date.as_ref().unwrap().at.is_some());
    }
    let rl = reply.meta.rate_limit;
    assert_eq!(rl.limit, Some(5000));
    assert!(rl.remaining.unwrap() < 5000);
    assert!(rl.reset_at.is_some());
    assert_eq!(
        reply.meta.oauth_scopes,
        Some(vec!["read:enterprise".to_owned(), "read:org".to_owned()])
    );
}

#[tokio::test]
async fn consumed_licenses_follow_link_next_through_every_page() {
    let emu = emulator().consumers(1234).await;
    let expected = emu.with_world(|w| w.consumers.len());
    let mut progress = Vec::new();
    let all = owner(&emu)
        .consumed_licenses(|p| progress.push(p))
        .await
        .unwrap();
    assert_eq!(all.users.len(), expected);
    assert_eq!(all.total_seats_consumed, Some(expected as i64));
    let pages = expected.div_ceil(100) as u32;
    assert_eq!(progress.len() as u32, pages);
    assert_eq!(progress.last().unwrap().pages_done, pages);
    assert_eq!(progress[0].pages_total, Some(pages));
    // Every request asked for 100 per page and followed the pages in order.
    let uris: Vec<String> = emu.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(uris.len() as u32, pages);
    for (i, uri) in uris.iter().enumerate() {
        assert!(uri.contains("per_page=100"), "{uri}");
        assert!(uri.ends_with(&format!("page={}", i + 1)), "{uri}");
    }
    // The order and identity of consumers are GitHub's.
    let logins: Vec<_> = all
        .users
        .iter()
        .map(|u| u.github_com_login().map(str::to_owned))
        .collect();
    let want: Vec<_> = emu.with_world(|w| {
        w.consumers
            .iter()
            .map(|c| c.cloud.map(|i| w.enterprise.cloud[i].login.clone()))
            .collect()
    });
    assert_eq!(logins, want);
}

#[tokio::test]
async fn server_only_consumers_decode_with_githubs_published_quirks() {
    let emu = emulator().await;
    let all = owner(&emu).consumed_licenses(|_| {}).await.unwrap();
    let server_only: Vec<_> = all
        .users
        .iter()
        .filter(|u| u.kind() == ConsumerKind::ServerOnly)
        .collect();
    assert!(!server_only.is_empty());
    for u in server_only {
        assert_eq!(u.github_com_login(), None);
        assert_eq!(
            u.github_com_two_factor_auth(),
            None,
            "\"\" is read as unknown"
        );
        assert!(!u.enterprise_server_user_ids().is_empty());
    }
    assert!(all.users.iter().any(|u| u.is_visual_studio()));
    assert!(all
        .users
        .iter()
        .any(|u| u.total_user_accounts().unwrap_or(0) > 2));
}

#[tokio::test]
async fn a_plain_403_is_forbidden_and_names_the_token_types_github_refuses() {
    let err = sync_status_403("Must have admin rights to this enterprise.").await;
    assert_eq!(err.kind(), "forbidden");
    assert!(err.to_string().contains("Must have admin rights"));
    assert!(err.fix().contains("fine-grained"));
}

#[tokio::test]
async fn resource_not_accessible_by_personal_access_token_is_an_unsupported_token_type() {
    let err = sync_status_403("Resource not accessible by personal access token").await;
    assert_eq!(err.kind(), "token_type_unsupported");
    assert!(err.fix().contains("classic personal access token"));
}

#[tokio::test]
async fn an_sso_403_points_at_the_authorisation_url() {
    let err = sync_status_refused("", FaultKind::SsoRequired).await;
    assert_eq!(err.kind(), "sso_required");
    assert!(
        err.fix().contains("/sso?authorization_request="),
        "{}",
        err.fix()
    );
}

#[tokio::test]
async fn a_429_with_retry_after_is_a_rate_limit_with_the_wait() {
    let emu = emulator().await;
    inject(
        &emu,
        FaultTarget::Ghec,
        "consumed-licenses",
        FaultKind::RateLimited {
            retry_after: Some(42),
            status: 429,
        },
    );
    let err = owner(&emu).consumed_licenses(|_| {}).await.unwrap_err();
    match &err {
        Error::RateLimited { status, limit, .. } => {
            assert_eq!(*status, 429);
            assert_eq!(limit.retry_after, Some(42));
        }
        other => panic!("expected a rate limit, got {other:?}"),
    }
    assert!(err.to_string().contains("retry after 42 s"), "{err}");
    assert!(err.is_transient());
}

#[tokio::test]
async fn a_403_with_no_requests_left_is_a_rate_limit_until_the_reset() {
    let err = sync_status_refused(
        "",
        FaultKind::PrimaryRateLimitExhausted {
            reset_in_seconds: 120,
        },
    )
    .await;
    match &err {
        Error::RateLimited { status, limit, .. } => {
            assert_eq!(*status, 403);
            assert_eq!(limit.remaining, Some(0));
            assert_eq!(limit.limit, Some(5000));
            let wait = limit.wait_seconds(time::OffsetDateTime::now_utc());
            assert!((110..=121).contains(&wait), "{wait}");
        }
        other => panic!("expected a rate limit, got {other:?}"),
    }
    assert!(err.to_string().contains("resets at"), "{err}");
}

#[tokio::test]
async fn a_502_is_a_server_error() {
    let emu = emulator().await;
    emu.fail_once_with_status(FaultTarget::Ghes("main".into()), "license", 502, None);
    let err = ghes(&emu, "main", None).license().await.unwrap_err();
    assert!(
        matches!(err, Error::ServerError { status: 502, .. }),
        "{err:?}"
    );
    assert!(err.is_transient());
}

#[tokio::test]
async fn a_slow_answer_times_out_with_the_address_named() {
    let emu = emulator().await;
    inject(
        &emu,
        FaultTarget::Ghes("main".into()),
        "",
        FaultKind::Delay { ms: 3000 },
    );
    let options = ClientOptions {
        timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let err = ghes_with(&emu, "main", None, &options)
        .license()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(err
        .to_string()
        .contains("/ghes/main/api/v3/enterprise/settings/license"));
}

#[tokio::test]
async fn a_closed_port_is_connection_refused() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = GhesClient::new(
        &format!("http://127.0.0.1:{port}/api/v3"),
        "ghes.example",
        &Secret::new("t"),
        &ClientOptions::default(),
    )
    .unwrap();
    let err = c.license().await.unwrap_err();
    assert!(matches!(err, Error::ConnectionRefused { .. }), "{err:?}");
    assert!(err.to_string().contains(&format!("127.0.0.1:{port}")));
}

#[tokio::test]
async fn an_unresolvable_host_is_a_connect_error() {
    let c = GhesClient::new(
        "http://ghes.invalid/api/v3",
        "ghes.invalid",
        &Secret::new("t"),
        &ClientOptions::default(),
    )
    .unwrap();
    let err = c.license().await.unwrap_err();
    assert_eq!(err.kind(), "connect", "{err:?}");
}

#[tokio::test]
async fn a_body_of_the_wrong_shape_names_the_json_path() {
    let emu = emulator().await;
    inject(
        &emu,
        FaultTarget::Ghes("main".into()),
        "license",
        FaultKind::MalformedJson,
    );
    let err = ghes(&emu, "main", None).license().await.unwrap_err();
    match &err {
        Error::Decode { path, .. } => assert_eq!(path, "days_until_expiration"),
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert!(err.to_string().contains("`days_until_expiration`"), "{err}");
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error() {
    let emu = emulator().await;
    inject(
        &emu,
        FaultTarget::Ghec,
        "consumed-licenses",
        FaultKind::TruncatedBody,
    );
    let err = owner(&emu)
        .consumed_licenses_page(1, 100)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "decode", "{err:?}");
    assert!(err.to_string().contains("EOF"), "{err}");
}

#[tokio::test]
async fn a_connection_reset_mid_body_is_a_transport_error() {
    let err = sync_status_refused("license-sync-status", FaultKind::ResetConnection).await;
    assert_eq!(err.kind(), "transport", "{err:?}");
    assert!(err.is_transient());
}

#[tokio::test]
async fn the_client_works_again_once_the_fault_has_passed() {
    let emu = emulator().await;
    emu.fail_once_with_status(FaultTarget::Ghec, "", 500, None);
    let c = owner(&emu);
    assert!(c.license_sync_status().await.is_err());
    assert!(c.license_sync_status().await.is_ok());
}
