//! Contract tests: every response the emulator serves is checked against GitHub's own
//! OpenAPI operation (spec/github-api/), error bodies against `basic-error`, and the
//! pagination, headers and authentication answers against what GitHub documents.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_emulator::testing::{emulator, Serving};
use ghls_emulator::{FaultKind, FaultTarget};
use serde_json::{json, Value};
use support::openapi::{violations, Allowance};
use support::{get_json as get, ok_schema, spec};

fn basic_error() -> Value {
    spec("common-components.json")["schemas"]["basic-error"].clone()
}

/// The deviations GitHub's own published example shows for a server-only consumer, which
/// the emulator reproduces so clients meet them (see spec/github-api/README.md).
fn published_quirks() -> Vec<Allowance> {
    vec![Allowance {
        path: "users[*].github_com_two_factor_auth",
        value: json!(""),
        why: "GitHub's example sends \"\" for a server-only user's two-factor flag",
    }]
}

fn assert_valid(schema: &Value, body: &Value, allow: &[Allowance], what: &str) {
    let v = violations(schema, body, allow);
    let allowed: Vec<String> = allow
        .iter()
        .map(|a| format!("{} = {} ({})", a.path, a.value, a.why))
        .collect();
    assert!(
        v.is_empty(),
        "{what} breaks its schema:\n{}\n(allowed deviations: {allowed:?})",
        v.join("\n")
    );
}

#[tokio::test]
async fn every_consumed_licenses_page_matches_the_operation_schema() {
    let emu = emulator().consumers(750).await;
    let info = emu.info();
    let schema = ok_schema("ghec-consumed-licenses.json");
    let quirks = published_quirks();
    let mut page = 1;
    let mut seen = 0;
    loop {
        let url = format!(
            "{}/enterprises/acme/consumed-licenses?per_page=100&page={page}",
            info.ghec.api_url
        );
        let (status, headers, body) = get(&url, Some(&info.ghec.token)).await;
        assert_eq!(status, 200);
        assert_valid(
            &schema,
            &body,
            &quirks,
            &format!("consumed-licenses page {page}"),
        );
        seen += body["users"].as_array().unwrap().len();
        let link = headers
            .get("link")
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        if !link.contains("rel=\"next\"") {
            break;
        }
        page += 1;
    }
    assert_eq!(seen, emu.with_world(|w| w.consumers.len()));
    assert_eq!(page, seen.div_ceil(100));
}

#[tokio::test]
async fn the_server_only_quirks_are_the_only_deviations_and_they_do_occur() {
    let emu = emulator().await;
    let info = emu.info();
    let url = format!(
        "{}/enterprises/acme/consumed-licenses?per_page=100&page=4",
        info.ghec.api_url
    );
    let (_, _, body) = get(&url, Some(&info.ghec.token)).await;
    let strict = violations(&ok_schema("ghec-consumed-licenses.json"), &body, &[]);
    assert!(
        !strict.is_empty(),
        "the last page holds server-only users with the published quirk"
    );
    assert!(
        strict
            .iter()
            .all(|v| v.contains("github_com_two_factor_auth: expected boolean, got \"\"")),
        "{strict:?}"
    );
    let hubot_like = body["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["github_com_login"] == "")
        .unwrap();
    assert_eq!(
        hubot_like["github_com_enterprise_role"], "",
        "the singular key of the published example"
    );
}

#[tokio::test]
async fn license_sync_status_and_ghes_licenses_match_their_schemas() {
    let emu = emulator().await;
    let info = emu.info();
    let (status, _, body) = get(
        &format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url),
        Some(&info.ghec.token),
    )
    .await;
    assert_eq!(status, 200);
    assert_valid(
        &ok_schema("ghec-license-sync-status.json"),
        &body,
        &[],
        "license-sync-status",
    );
    assert_eq!(body["server_instances"].as_array().unwrap().len(), 2);
    for g in &info.ghes {
        let (status, headers, body) = get(
            &format!("{}/enterprise/settings/license", g.api_url),
            Some(&g.token),
        )
        .await;
        assert_eq!(status, 200);
        assert_valid(
            &ok_schema("ghes-3.22-settings-license.json"),
            &body,
            &[],
            &g.name,
        );
        assert_eq!(headers["x-github-enterprise-version"], g.version.as_str());
        let expire_at = body["expire_at"].as_str().unwrap();
        assert_eq!(
            expire_at.len(),
            "2016/02/06 12:41:52 -0600".len(),
            "{expire_at}"
        );
        assert_eq!(&expire_at[4..5], "/");
    }
}

#[tokio::test]
async fn error_answers_are_github_shaped_and_match_basic_error() {
    let emu = emulator().await;
    let info = emu.info();
    let main = &info.ghes[0];
    let cases = [
        (
            format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url),
            Some("ghp_demo_nope"),
            401,
            "Bad credentials",
        ),
        (
            format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url),
            None,
            401,
            "Requires authentication",
        ),
        (
            format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url),
            Some(info.ghec.non_owner_token.as_str()),
            404,
            "Not Found",
        ),
        (
            format!("{}/enterprises/other/consumed-licenses", info.ghec.api_url),
            Some(info.ghec.token.as_str()),
            404,
            "Not Found",
        ),
        (
            format!("{}/enterprise/settings/license", main.api_url),
            Some(main.non_admin_token.as_str()),
            404,
            "Not Found",
        ),
        (
            format!("{}/no/such/endpoint", main.api_url),
            Some(main.token.as_str()),
            404,
            "Not Found",
        ),
        (
            format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url),
            Some(info.ghec.token.as_str()),
            502,
            "Bad Gateway",
        ),
        (
            format!("{}/enterprise/settings/license", info.ghes[1].api_url),
            Some(info.ghes[1].token.as_str()),
            429,
            "secondary rate limit",
        ),
    ];
    for (url, token, want_status, want_message) in cases {
        match want_status {
            502 => emu.fail_once_with_status(FaultTarget::Ghec, "", 502, None),
            429 => emu.fail_once(
                FaultTarget::Ghes("legacy".into()),
                "",
                FaultKind::RateLimited {
                    retry_after: Some(3),
                    status: 429,
                },
            ),
            _ => {}
        }
        let (status, headers, body) = get(&url, token).await;
        assert_eq!(status, want_status, "{url}");
        assert_valid(&basic_error(), &body, &[], &url);
        assert!(
            body["message"].as_str().unwrap().contains(want_message),
            "{url}: {body}"
        );
        assert!(body["documentation_url"]
            .as_str()
            .unwrap()
            .starts_with("https://docs.github.com/"));
        if url.contains("/ghes/") {
            assert!(headers.contains_key("x-github-enterprise-version"), "{url}");
        }
    }
}

#[tokio::test]
async fn pagination_caps_per_page_at_100_and_serves_an_empty_page_past_the_end() {
    let emu = emulator().await;
    let info = emu.info();
    let total = emu.with_world(|w| w.consumers.len());
    let (_, headers, body) = get(
        &format!(
            "{}/enterprises/acme/consumed-licenses?per_page=500",
            info.ghec.api_url
        ),
        Some(&info.ghec.token),
    )
    .await;
    assert_eq!(body["users"].as_array().unwrap().len(), 100);
    let link = headers["link"].to_str().unwrap();
    assert!(
        link.contains(&format!(
            "per_page=100&page={}>; rel=\"last\"",
            total.div_ceil(100)
        )),
        "{link}"
    );
    assert!(!link.contains("rel=\"prev\""));
    let (_, headers, body) = get(
        &format!("{}/enterprises/acme/consumed-licenses", info.ghec.api_url),
        Some(&info.ghec.token),
    )
    .await;
    assert_eq!(
        body["users"].as_array().unwrap().len(),
        30,
        "GitHub's default per_page is 30"
    );
    assert!(headers["link"]
        .to_str()
        .unwrap()
        .contains("page=2>; rel=\"next\""));
    let (status, headers, body) = get(
        &format!(
            "{}/enterprises/acme/consumed-licenses?per_page=100&page=99",
            info.ghec.api_url
        ),
        Some(&info.ghec.token),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["users"], json!([]));
    assert_eq!(body["total_seats_consumed"], json!(total));
    assert!(headers["link"].to_str().unwrap().contains("rel=\"first\""));
}

#[tokio::test]
async fn requests_without_a_user_agent_or_with_an_unknown_api_version_are_refused() {
    let emu = emulator().await;
    let info = emu.info();
    let url = format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url);
    let resp = reqwest::Client::new()
        .get(&url)
        .bearer_auth(&info.ghec.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    assert!(resp.text().await.unwrap().contains("User-Agent"));
    let resp = reqwest::Client::new()
        .get(&url)
        .bearer_auth(&info.ghec.token)
        .header("user-agent", "t")
        .header("x-github-api-version", "2019-01-01")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
}

#[tokio::test]
async fn the_emulator_refuses_to_listen_beyond_loopback() {
    let err = emulator()
        .listen("0.0.0.0:0".parse().unwrap())
        .try_start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("loopback"));
}

#[tokio::test]
async fn a_stopped_emulator_refuses_connections() {
    let emu = emulator().await;
    let addr = emu.address();
    emu.shutdown().await;
    let err = tokio::net::TcpStream::connect(addr).await.unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
}

#[tokio::test]
async fn a_stopped_emulator_closes_its_https_ports_too() {
    let emu = emulator().tls().await;
    let info = emu.info();
    emu.shutdown().await;
    for base in [info.tls_base_url, info.tls_wrong_name_base_url] {
        let addr = base.unwrap().trim_start_matches("https://").to_owned();
        let err = tokio::net::TcpStream::connect(addr).await.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
    }
}

#[test]
fn the_binary_prints_one_json_line_then_serves_until_killed() {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ghls-emulator"));
    command.args([
        "--listen",
        "127.0.0.1:0",
        "--consumers",
        "50",
        "--seed",
        "9",
    ]);
    let serving = Serving::spawn(command);
    let info = serving.info();
    assert!(info.base_url.starts_with("http://127.0.0.1:"));
    assert_eq!(info.ghes.len(), 2);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (status, _, body) = rt.block_on(get(
        &format!("{}/enterprises/acme/consumed-licenses", info.ghec.api_url),
        Some(&info.ghec.token),
    ));
    drop(serving);
    assert_eq!(status, 200);
    assert!((50..=52).contains(&body["total_seats_consumed"].as_u64().unwrap()));
}

#[test]
fn the_binary_explains_bad_arguments() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ghls-emulator"))
        .args(["--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("loopback"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ghls-emulator"))
        .args(["--consumers", "lots"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a number"));
}

#[tokio::test]
async fn each_demo_token_gets_githubs_answer_and_classic_tokens_carry_their_scopes() {
    let emu = emulator().await;
    let info = emu.info();
    let url = format!("{}/enterprises/acme/license-sync-status", info.ghec.api_url);
    let g = &info.ghec;
    // (token, status, message in the body, X-OAuth-Scopes)
    let cases = [
        (g.token.as_str(), 200, "", Some("read:enterprise, read:org")),
        (
            g.non_owner_token.as_str(),
            404,
            "Not Found",
            Some("read:enterprise, read:org"),
        ),
        (
            g.no_scope_token.as_str(),
            404,
            "Not Found",
            Some("repo, read:org"),
        ),
        (
            g.fine_grained_token.as_str(),
            403,
            "Resource not accessible by personal access token",
            None,
        ),
        (
            g.sso_token.as_str(),
            403,
            "SAML enforcement",
            Some("read:enterprise, read:org"),
        ),
        ("ghp_demo_nope", 401, "Bad credentials", None),
    ];
    assert!(g.fine_grained_token.starts_with("github_pat_"));
    for (token, want_status, want_message, want_scopes) in cases {
        let (status, headers, body) = get(&url, Some(token)).await;
        assert_eq!(status, want_status, "{token}");
        let scopes = headers
            .get("x-oauth-scopes")
            .map(|v| v.to_str().unwrap().to_owned());
        assert_eq!(scopes.as_deref(), want_scopes, "{token}");
        if status != 200 {
            assert_valid(&basic_error(), &body, &[], token);
            assert!(
                body["message"].as_str().unwrap().contains(want_message),
                "{token}: {body}"
            );
        }
        let sso = headers
            .get("x-github-sso")
            .map(|v| v.to_str().unwrap().to_owned());
        if token == g.sso_token {
            let sso = sso.unwrap();
            assert!(sso.starts_with("required; url=http://127.0.0.1:"), "{sso}");
            assert!(sso.ends_with("/sso?authorization_request=DEMO"), "{sso}");
        } else {
            assert_eq!(sso, None, "{token}");
        }
    }
    let main = &info.ghes[0];
    let url = format!("{}/enterprise/settings/license", main.api_url);
    let (_, headers, _) = get(&url, Some(&main.token)).await;
    assert!(headers["x-oauth-scopes"]
        .to_str()
        .unwrap()
        .contains("site_admin"));
    let (status, headers, _) = get(&url, Some(&main.non_admin_token)).await;
    assert_eq!(status, 404);
    assert!(!headers["x-oauth-scopes"]
        .to_str()
        .unwrap()
        .contains("site_admin"));
}

fn trusting(ca_pem: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .tls_certs_only(reqwest::Certificate::from_pem_bundle(ca_pem.as_bytes()).unwrap())
        .build()
        .unwrap()
}

async fn https_get(client: &reqwest::Client, url: &str, token: &str) -> reqwest::Response {
    client
        .get(url)
        .header("user-agent", "contract-test")
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn over_https_the_same_routes_answer_under_the_emulators_own_ca() {
    let emu = emulator().tls().await;
    let info = emu.info();
    let ca_pem = info.ca_pem.clone().unwrap();
    assert!(ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
    let tls_base = info.tls_base_url.clone().unwrap();
    assert!(tls_base.starts_with("https://127.0.0.1:"));
    let api = info.ghec.tls_api_url.clone().unwrap();
    assert_eq!(api, format!("{tls_base}/ghec/api"));
    let client = trusting(&ca_pem);
    let resp = https_get(
        &client,
        &format!("{api}/enterprises/acme/consumed-licenses?per_page=100"),
        &info.ghec.token,
    )
    .await;
    assert_eq!(resp.status(), 200);
    // Links name the scheme the client used, so they stay on the HTTPS origin.
    let link = resp.headers()["link"].to_str().unwrap().to_owned();
    assert!(
        link.starts_with(&format!("<{api}/enterprises/acme/consumed-licenses?")),
        "{link}"
    );
    let body: Value = resp.json().await.unwrap();
    assert_valid(
        &ok_schema("ghec-consumed-licenses.json"),
        &body,
        &published_quirks(),
        "consumed-licenses over HTTPS",
    );
    // localhost is on the certificate too.
    let main = &info.ghes[0];
    let by_name = main
        .tls_api_url
        .as_deref()
        .unwrap()
        .replace("127.0.0.1", "localhost");
    let resp = https_get(
        &client,
        &format!("{by_name}/enterprise/settings/license"),
        &main.token,
    )
    .await;
    assert_eq!(resp.status(), 200);
}

#[tokio::test]
async fn https_is_refused_without_the_ca_and_on_the_wrong_name_port() {
    let emu = emulator().tls().await;
    let info = emu.info();
    let path = "/ghes/main/api/v3/meta";
    let untrusting = reqwest::Client::new();
    let err = untrusting
        .get(format!("{}{path}", info.tls_base_url.as_deref().unwrap()))
        .header("user-agent", "contract-test")
        .send()
        .await
        .unwrap_err();
    assert!(format!("{err:?}").contains("UnknownIssuer"), "{err:?}");
    let err = trusting(info.ca_pem.as_deref().unwrap())
        .get(format!(
            "{}{path}",
            info.tls_wrong_name_base_url.as_deref().unwrap()
        ))
        .header("user-agent", "contract-test")
        .send()
        .await
        .unwrap_err();
    assert!(format!("{err:?}").contains("NotValidForName"), "{err:?}");
    assert!(emu.requests().is_empty());
}

#[test]
fn the_binary_with_tls_prints_the_https_urls_and_the_ca() {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ghls-emulator"));
    command.args(["--consumers", "20", "--tls"]);
    let serving = Serving::spawn(command);
    let info = serving.info();
    let raw: Value = serde_json::from_str(serving.line()).unwrap();
    drop(serving);
    assert!(info.tls_base_url.unwrap().starts_with("https://127.0.0.1:"));
    assert!(info
        .tls_wrong_name_base_url
        .unwrap()
        .starts_with("https://127.0.0.1:"));
    assert!(info.ca_pem.unwrap().contains("BEGIN CERTIFICATE"));
    assert!(raw["ghec"]["no_scope_token"].is_string());
}

/// A consumed-licenses page of one consumer: the cheapest request that counts.
fn one_consumer_page(info: &ghls_emulator::EmulatorInfo) -> String {
    format!(
        "{}/enterprises/acme/consumed-licenses?per_page=1",
        info.ghec.api_url
    )
}

#[tokio::test]
async fn rate_limit_matches_its_schema_reports_the_counters_and_costs_nothing() {
    let emu = emulator().await;
    let info = emu.info();
    let token = info.ghec.token.clone();
    let consumed = one_consumer_page(&info);
    let (_, headers, _) = get(&consumed, Some(&token)).await;
    let remaining_after_page: u64 = headers["x-ratelimit-remaining"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let url = format!("{}/rate_limit", info.ghec.api_url);
    let (status, headers, body) = get(&url, Some(&token)).await;
    assert_eq!(status, 200);
    assert_valid(&ok_schema("ghec-rate-limit.json"), &body, &[], "rate_limit");
    let core = &body["resources"]["core"];
    assert_eq!(core["remaining"], remaining_after_page, "{body}");
    assert_eq!(body["rate"], *core, "the closing-down `rate` repeats core");
    assert_eq!(
        headers["x-ratelimit-remaining"],
        remaining_after_page.to_string().as_str()
    );
    let (_, _, again) = get(&url, Some(&token)).await;
    assert_eq!(
        again["resources"]["core"]["remaining"], remaining_after_page,
        "asking twice spent nothing"
    );

    emu.set_rate_budget(&token, 0, std::time::Duration::from_secs(600));
    let (_, _, spent) = get(&url, Some(&token)).await;
    assert_eq!(spent["resources"]["core"]["remaining"], 0);
    let reset = spent["resources"]["core"]["reset"].as_i64().unwrap();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    assert!((now + 590..=now + 601).contains(&reset), "{reset} vs {now}");

    let (status, _, _) = get(&url, Some("ghp_not_a_demo_token")).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn a_github_app_sized_rate_limit_is_reported_and_spent_from() {
    let emu = emulator().rate_limit(15_000).await;
    let info = emu.info();
    let token = info.ghec.token.clone();
    let consumed = one_consumer_page(&info);
    let (_, headers, _) = get(&consumed, Some(&token)).await;
    assert_eq!(headers["x-ratelimit-limit"], "15000");
    assert_eq!(headers["x-ratelimit-remaining"], "14999");
    let (_, _, rate) = get(&format!("{}/rate_limit", info.ghec.api_url), Some(&token)).await;
    assert_eq!(rate["resources"]["core"]["limit"], 15_000);
    assert_eq!(rate["resources"]["graphql"]["limit"], 15_000);
}

#[tokio::test]
async fn deleting_the_rate_limit_starts_every_window_afresh() {
    let emu = emulator().await;
    let info = emu.info();
    let token = info.ghec.token.clone();
    let url = format!("{}/rate_limit", info.ghec.api_url);
    emu.set_rate_budget(&token, 0, std::time::Duration::from_secs(600));
    let (_, _, spent) = get(&url, Some(&token)).await;
    assert_eq!(spent["resources"]["core"]["remaining"], 0);

    let status = support::http()
        .delete(format!("{}/rate-limit", info.control_url))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 204);
    let (_, _, fresh) = get(&url, Some(&token)).await;
    assert_eq!(
        fresh["resources"]["core"]["remaining"], fresh["resources"]["core"]["limit"],
        "{fresh}"
    );
}

#[tokio::test]
async fn a_matching_if_none_match_gets_304_without_a_body_and_without_counting() {
    let emu = emulator().consumers(250).await;
    let info = emu.info();
    let token = info.ghec.token.clone();
    let page = |p: u32| {
        format!(
            "{}/enterprises/acme/consumed-licenses?per_page=100&page={p}",
            info.ghec.api_url
        )
    };
    let conditional = |url: String, etag: Option<String>| {
        let mut req = support::http()
            .get(url)
            .bearer_auth(&token)
            .header("accept", "application/vnd.github+json");
        if let Some(e) = etag {
            req = req.header("if-none-match", e);
        }
        req.send()
    };
    let remaining = |h: &reqwest::header::HeaderMap| -> u64 {
        h["x-ratelimit-remaining"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap()
    };

    let first = conditional(page(2), None).await.unwrap();
    assert_eq!(first.status(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with("W/\"") && etag.ends_with('"'), "{etag}");
    let spent_before = remaining(first.headers());
    assert!(!first.bytes().await.unwrap().is_empty());

    let other = conditional(page(3), None).await.unwrap();
    assert_ne!(
        other.headers()["etag"].to_str().unwrap(),
        etag,
        "a different page body"
    );

    let unchanged = conditional(page(2), Some(etag.clone())).await.unwrap();
    assert_eq!(unchanged.status(), 304);
    assert_eq!(unchanged.headers()["etag"].to_str().unwrap(), etag);
    assert!(
        unchanged.headers().contains_key("link"),
        "pagination still told"
    );
    assert_eq!(
        remaining(unchanged.headers()),
        spent_before - 1,
        "only page 3 counted since page 2"
    );
    assert!(unchanged.bytes().await.unwrap().is_empty(), "no body");
    let (_, _, rate) = get(&format!("{}/rate_limit", info.ghec.api_url), Some(&token)).await;
    assert_eq!(rate["resources"]["core"]["remaining"], spent_before - 1);

    // Strong or weak, as a list: the weak comparison of If-None-Match matches either.
    let strong = etag.trim_start_matches("W/").to_owned();
    let listed = conditional(page(2), Some(format!("\"nope\", {strong}")))
        .await
        .unwrap();
    assert_eq!(listed.status(), 304);
    let stale = conditional(page(2), Some("W/\"stale\"".to_owned()))
        .await
        .unwrap();
    assert_eq!(stale.status(), 200);
    assert_eq!(remaining(stale.headers()), spent_before - 2);

    // The page's content changes: the stored tag no longer matches.
    emu.update_world(|w| {
        let c = w.consumers[100..200].iter().find_map(|c| c.cloud).unwrap();
        w.enterprise.cloud[c].login.push_str("-renamed");
    });
    let changed = conditional(page(2), Some(etag.clone())).await.unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()["etag"].to_str().unwrap(), etag);
}
