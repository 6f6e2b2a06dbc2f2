//! GHEC's GraphQL API on the emulator, over real HTTP on loopback: the enterprise's Enterprise
//! Server installations, their user accounts and uploads, pagination, and GitHub's answers
//! for tokens and slugs it refuses (github-api.md §1.7).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, Fault, FaultKind, FaultTarget};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};
use time::OffsetDateTime;

/// POSTs a GraphQL request as GitHub's clients do: the status, headers and JSON answer.
async fn graphql(
    emu: &Emulator,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> (u16, HeaderMap, Value) {
    let url = format!("{}/graphql", emu.info().ghec.api_url);
    let req = support::http()
        .post(url)
        .json(&json!({"query": query, "variables": variables}));
    support::json_answer(req, token).await
}

/// As the enterprise owner, expecting an answer without errors: its `data`.
async fn owner_data(emu: &Emulator, query: &str, variables: Value) -> Value {
    let token = emu.info().ghec.token;
    let (status, _, body) = graphql(emu, Some(&token), query, variables).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

/// As the enterprise owner, a query without variables that GitHub answers with HTTP 200,
/// errors and all: the body.
async fn owner_answer(emu: &Emulator, query: &str) -> Value {
    let token = emu.info().ghec.token;
    let (status, _, body) = graphql(emu, Some(&token), query, json!({})).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// The cursor of the page after the one `page_info` describes; `None` after the last.
fn next_page(page_info: &Value) -> Option<String> {
    if page_info["hasNextPage"] == false {
        return None;
    }
    Some(page_info["endCursor"].as_str().unwrap().to_owned())
}

const INSTALLATIONS: &str = r#"query($slug: String!, $after: String) {
  enterprise(slug: $slug) { ownerInfo { enterpriseServerInstallations(first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id hostName customerName isConnected createdAt updatedAt
      userAccountsUploads(first: 5) { nodes { name syncState createdAt updatedAt } }
      userAccounts(first: 3) { totalCount pageInfo { hasNextPage endCursor }
        nodes { login profileName isSiteAdmin remoteUserId remoteCreatedAt
                emails(first: 10) { nodes { email isPrimary } } } } } } } }
}"#;

const ACCOUNTS: &str = r#"query($slug: String!, $after: String) {
  enterprise(slug: $slug) { ownerInfo {
    enterpriseServerInstallations(first: 1, after: null, orderBy: {field: HOST_NAME, direction: ASC}) { totalCount }
    all: enterpriseServerInstallations(first: 10) { nodes { hostName
      userAccounts(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { login remoteUserId emails(first: 5) { nodes { email isPrimary } } } } } } } } }
}"#;

const UPLOADS: &str = r#"query($slug: String!) {
  enterprise(slug: $slug) { ownerInfo { enterpriseServerInstallations(first: 10) { nodes {
    hostName isConnected
    userAccountsUploads(first: 10) { totalCount nodes { id name syncState createdAt updatedAt } } } } } }
}"#;

fn installations(data: &Value) -> Vec<Value> {
    data["enterprise"]["ownerInfo"]["enterpriseServerInstallations"]["nodes"]
        .as_array()
        .unwrap()
        .clone()
}

/// The uploads GraphQL lists for `host`, newest first.
async fn uploads_of(emu: &Emulator, host: &str) -> Vec<Value> {
    let data = owner_data(emu, UPLOADS, json!({"slug": "acme"})).await;
    let inst = installations(&data)
        .into_iter()
        .find(|i| i["hostName"] == host)
        .unwrap_or_else(|| panic!("no installation {host}: {data}"));
    inst["userAccountsUploads"]["nodes"]
        .as_array()
        .unwrap()
        .clone()
}

/// Uploads `bytes` as `file_name` on the emulated "Add server usage" form.
async fn upload(emu: &Emulator, file_name: &str, bytes: Vec<u8>) -> u16 {
    let url = format!(
        "{}/enterprises/acme/settings/license/server-usage",
        emu.info().ghec.web_url
    );
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(file_name.to_owned())
        .mime_str("application/json")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("usage_file", part);
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    client
        .post(url)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn wait_for_state(emu: &Emulator, host: &str, name: &str, state: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let uploads = uploads_of(emu, host).await;
        if let Some(u) = uploads.iter().find(|u| u["name"] == name) {
            if u["syncState"] == state {
                return u.clone();
            }
        }
        assert!(
            Instant::now() < deadline,
            "{name} never became {state}: {uploads:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_demo_enterprise_lists_its_instances_with_accounts_and_past_uploads() {
    let emu = emulator().await;
    let token = emu.info().ghec.token;
    let (status, headers, body) =
        graphql(&emu, Some(&token), INSTALLATIONS, json!({"slug": "acme"})).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(headers["x-ratelimit-resource"], "graphql");
    assert_eq!(headers["x-ratelimit-used"], "1");
    let conn = &body["data"]["enterprise"]["ownerInfo"]["enterpriseServerInstallations"];
    assert_eq!(conn["totalCount"], 2);
    let nodes = installations(&body["data"]);
    let hosts: Vec<&str> = nodes
        .iter()
        .map(|n| n["hostName"].as_str().unwrap())
        .collect();
    assert_eq!(
        hosts,
        ["ghes-legacy.acme.example", "github.acme.example"],
        "ordered by host name by default"
    );
    for node in &nodes {
        let uploads = node["userAccountsUploads"]["nodes"].as_array().unwrap();
        assert!(
            !uploads.is_empty(),
            "every instance has a past upload: {node}"
        );
        assert_eq!(uploads[0]["syncState"], "SUCCESS");
        let accounts = &node["userAccounts"];
        assert_eq!(accounts["nodes"].as_array().unwrap().len(), 3);
        assert_eq!(accounts["pageInfo"]["hasNextPage"], true);
        for account in accounts["nodes"].as_array().unwrap() {
            let emails = account["emails"]["nodes"].as_array().unwrap();
            assert_eq!(
                emails.iter().filter(|e| e["isPrimary"] == true).count(),
                1,
                "{account}"
            );
        }
    }
    assert_eq!(nodes[0]["isConnected"], false, "legacy uploads by hand");
    assert_eq!(nodes[1]["isConnected"], true, "main syncs through Connect");
    assert!(nodes[0]["userAccountsUploads"]["nodes"][0]["name"]
        .as_str()
        .unwrap()
        .starts_with("ghes-legacy.acme.example-license-usage-"));
}

#[tokio::test]
async fn pagination_walks_three_instances_and_20000_accounts_without_repeats() {
    let emu = emulator().await;
    emu.update_world(|w| w.add_generated_instance("big", 20_000, true, OffsetDateTime::now_utc()));

    // Installations one at a time.
    let mut after: Option<String> = None;
    let mut hosts = Vec::new();
    loop {
        let data = owner_data(
            &emu,
            r#"query($after: String) { enterprise(slug: "acme") { ownerInfo {
                enterpriseServerInstallations(first: 1, after: $after) {
                  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                  nodes { hostName } } } } }"#,
            json!({"after": after}),
        )
        .await;
        let conn = &data["enterprise"]["ownerInfo"]["enterpriseServerInstallations"];
        assert_eq!(conn["totalCount"], 3);
        hosts.push(conn["nodes"][0]["hostName"].as_str().unwrap().to_owned());
        assert_eq!(conn["pageInfo"]["hasPreviousPage"], after.is_some());
        after = next_page(&conn["pageInfo"]);
        if after.is_none() {
            break;
        }
    }
    assert_eq!(
        hosts,
        [
            "big.acme.example",
            "ghes-legacy.acme.example",
            "github.acme.example"
        ]
    );

    // Every account of the big one, 100 at a time, in login order.
    let query = r#"query($after: String) { enterprise(slug: "acme") { ownerInfo {
        enterpriseServerInstallations(first: 1) { nodes { hostName
          userAccounts(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
            nodes { login remoteUserId emails(first: 5) { nodes { isPrimary } } } } } } } } }"#;
    let started = Instant::now();
    let mut after: Option<String> = None;
    let mut logins = Vec::new();
    let mut ids = HashSet::new();
    let mut pages = 0;
    loop {
        let data = owner_data(&emu, query, json!({"after": after})).await;
        let accounts = &installations(&data)[0]["userAccounts"];
        assert_eq!(accounts["totalCount"], 20_000);
        for a in accounts["nodes"].as_array().unwrap() {
            logins.push(a["login"].as_str().unwrap().to_owned());
            assert!(ids.insert(a["remoteUserId"].as_i64().unwrap()), "{a}");
            assert_eq!(a["emails"]["nodes"][0]["isPrimary"], true);
        }
        pages += 1;
        after = next_page(&accounts["pageInfo"]);
        if after.is_none() {
            break;
        }
    }
    assert_eq!(pages, 200);
    assert_eq!(logins.len(), 20_000);
    assert!(logins.windows(2).all(|w| w[0] < w[1]), "sorted by login");
    // 200 pages of a 20,000-account instance: a sort per page would show here.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );

    // connectedOnly leaves out the instance that uploads by hand.
    let data = owner_data(
        &emu,
        r#"{ enterprise(slug: "acme") { ownerInfo {
            enterpriseServerInstallations(first: 10, connectedOnly: true) { totalCount nodes { hostName } } } } }"#,
        json!({}),
    )
    .await;
    let conn = &data["enterprise"]["ownerInfo"]["enterpriseServerInstallations"];
    assert_eq!(conn["totalCount"], 2);
    assert!(!conn.to_string().contains("ghes-legacy"));
}

#[tokio::test]
async fn pages_go_backwards_and_follow_the_order_asked_for() {
    let emu = emulator().await;
    let query = r#"query($before: String) { enterprise(slug: "acme") { ownerInfo {
        enterpriseServerInstallations(first: 1) { nodes {
          byLogin: userAccounts(first: 5) { edges { cursor node { login } } }
          back: userAccounts(last: 2, before: $before) { pageInfo { hasPreviousPage hasNextPage } nodes { login } }
          newest: userAccounts(first: 3, orderBy: {field: REMOTE_CREATED_AT, direction: DESC}) { nodes { remoteUserId remoteCreatedAt } }
        } } } } }"#;
    let data = owner_data(&emu, query, json!({"before": null})).await;
    let inst = &installations(&data)[0];
    let edges = inst["byLogin"]["edges"].as_array().unwrap();
    let fifth = edges[4]["cursor"].as_str().unwrap();
    let data = owner_data(&emu, query, json!({"before": fifth})).await;
    let inst = &installations(&data)[0];
    let back: Vec<&Value> = inst["back"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["login"])
        .collect();
    assert_eq!(
        back,
        [&edges[2]["node"]["login"], &edges[3]["node"]["login"]]
    );
    assert_eq!(inst["back"]["pageInfo"]["hasPreviousPage"], true);
    assert_eq!(inst["back"]["pageInfo"]["hasNextPage"], true);
    let newest: Vec<i64> = inst["newest"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["remoteUserId"].as_i64().unwrap())
        .collect();
    assert!(newest.windows(2).all(|w| w[0] > w[1]), "{newest:?}");
}

#[tokio::test]
async fn more_than_100_nodes_a_page_is_an_error_with_http_200() {
    let emu = emulator().await;
    let body = owner_answer(
        &emu,
        r#"{ enterprise(slug: "acme") { ownerInfo { enterpriseServerInstallations(first: 101) { totalCount } } } }"#,
    )
    .await;
    let e = &body["errors"][0];
    assert_eq!(e["type"], "EXCESSIVE_PAGINATION", "{body}");
    assert_eq!(
        e["message"],
        "Requesting 101 records on the `enterpriseServerInstallations` connection exceeds the `first` limit of 100 records."
    );
    assert_eq!(
        e["path"],
        json!(["enterprise", "ownerInfo", "enterpriseServerInstallations"])
    );
    assert_eq!(body["data"]["enterprise"]["ownerInfo"], Value::Null);
}

#[tokio::test]
async fn an_unknown_slug_is_not_found_and_a_non_owner_is_forbidden_with_http_200() {
    let emu = emulator().await;
    let info = emu.info();
    let query = r#"query($slug: String!) { enterprise(slug: $slug) { ownerInfo {
        enterpriseServerInstallations(first: 5) { totalCount } } } }"#;

    let (status, _, body) =
        graphql(&emu, Some(&info.ghec.token), query, json!({"slug": "nope"})).await;
    assert_eq!(status, 200);
    assert_eq!(body["data"], json!({"enterprise": null}));
    assert_eq!(body["errors"][0]["type"], "NOT_FOUND");
    assert_eq!(body["errors"][0]["path"], json!(["enterprise"]));
    assert_eq!(
        body["errors"][0]["message"],
        "Could not resolve to an Enterprise with the slug of 'nope'."
    );

    for (token, kind) in [
        (&info.ghec.non_owner_token, "FORBIDDEN"),
        (&info.ghec.fine_grained_token, "FORBIDDEN"),
        (&info.ghec.sso_token, "FORBIDDEN"),
        (&info.ghec.no_scope_token, "INSUFFICIENT_SCOPES"),
    ] {
        let (status, _, body) = graphql(&emu, Some(token), query, json!({"slug": "acme"})).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"], json!({"enterprise": {"ownerInfo": null}}));
        let e = &body["errors"][0];
        assert_eq!(e["type"], kind, "{body}");
        assert_eq!(e["path"], json!(["enterprise", "ownerInfo"]));
        assert!(e["locations"].is_array());
        assert!(!e["message"].as_str().unwrap().is_empty());
        assert!(e.get("extensions").is_none(), "{e}");
    }
}

#[tokio::test]
async fn a_missing_or_unknown_token_is_401_with_githubs_message() {
    let emu = emulator().await;
    let query = r#"{ enterprise(slug: "acme") { ownerInfo { enterpriseServerInstallations(first: 1) { totalCount } } } }"#;
    let (status, _, body) = graphql(&emu, None, query, json!({})).await;
    assert_eq!(status, 401);
    assert_eq!(
        body["message"],
        "This endpoint requires you to be authenticated."
    );
    let (status, _, body) = graphql(&emu, Some("ghp_not_a_token"), query, json!({})).await;
    assert_eq!(status, 401);
    assert_eq!(body["message"], "Bad credentials");
    assert!(body["documentation_url"]
        .as_str()
        .unwrap()
        .contains("graphql"));
}

#[tokio::test]
async fn a_field_github_does_not_publish_is_a_validation_error() {
    let emu = emulator().await;
    let body = owner_answer(
        &emu,
        r#"{ enterprise(slug: "acme") { name ownerInfo { enterpriseServerInstallations(first: 1) { nodes { seats } } } } }"#,
    )
    .await;
    assert!(body.get("data").is_none(), "{body}");
    let messages = body["errors"].to_string();
    assert!(messages.contains("\\\"name\\\""), "{messages}");
    assert!(messages.contains("\\\"seats\\\""), "{messages}");
}

#[tokio::test]
async fn an_upload_is_pending_until_processed_then_succeeds_under_its_file_name() {
    let emu = emulator().processing_delay(Duration::from_secs(3600)).await;
    let export = emu.license_usage_export("legacy").unwrap();
    assert_eq!(upload(&emu, "legacy-2026-12.json", export).await, 303);
    let uploads = uploads_of(&emu, "ghes-legacy.acme.example").await;
    assert_eq!(uploads[0]["name"], "legacy-2026-12.json", "newest first");
    assert_eq!(uploads[0]["syncState"], "PENDING");
    assert_eq!(uploads[0]["createdAt"], uploads[0]["updatedAt"]);
    emu.set_processing_delay(Duration::ZERO);
    let done = wait_for_state(
        &emu,
        "ghes-legacy.acme.example",
        "legacy-2026-12.json",
        "SUCCESS",
    )
    .await;
    assert_eq!(done["id"], uploads[0]["id"]);
}

#[tokio::test]
async fn an_armed_failure_ends_the_next_upload_as_failure_once() {
    let emu = emulator().processing_delay(Duration::ZERO).await;
    let control = emu.info().control_url;
    let status = support::http()
        .post(format!("{control}/ghes/legacy/next-upload-fails"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 204);
    let export = emu.license_usage_export("legacy").unwrap();
    upload(&emu, "first.json", export.clone()).await;
    wait_for_state(&emu, "ghes-legacy.acme.example", "first.json", "FAILURE").await;
    let status = emu.with_world(|w| {
        w.instance("legacy")
            .unwrap()
            .last_sync
            .clone()
            .unwrap()
            .status
    });
    assert_eq!(status, "failed", "license-sync-status says so too");
    upload(&emu, "second.json", export).await;
    wait_for_state(&emu, "ghes-legacy.acme.example", "second.json", "SUCCESS").await;

    let unknown = support::http()
        .post(format!("{control}/ghes/nope/next-upload-fails"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(unknown, 404);
}

#[tokio::test]
async fn a_file_github_would_not_take_is_a_failure_of_the_server_it_names() {
    let emu = emulator().processing_delay(Duration::ZERO).await;
    let mut export: Value =
        serde_json::from_slice(&emu.license_usage_export("legacy").unwrap()).unwrap();
    export["users"] = json!("bm90IHRoZSB1c2Vycw==");
    let status = upload(&emu, "broken.json", serde_json::to_vec(&export).unwrap()).await;
    assert_eq!(status, 422);
    wait_for_state(&emu, "ghes-legacy.acme.example", "broken.json", "FAILURE").await;
}

#[tokio::test]
async fn sync_now_adds_a_connect_upload_and_is_connected_follows_the_setting() {
    let emu = emulator().processing_delay(Duration::ZERO).await;
    let web = emu.info().ghes[0].web_url.clone();
    let before = uploads_of(&emu, "github.acme.example").await.len();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let status = client
        .post(format!("{web}/enterprise/settings/license/sync-now"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 303);
    let uploads = uploads_of(&emu, "github.acme.example").await;
    assert_eq!(uploads.len(), before + 1);
    assert!(uploads[0]["name"]
        .as_str()
        .unwrap()
        .starts_with("github-connect-github.acme.example-"));
    assert_eq!(uploads[0]["syncState"], "SUCCESS");

    // An armed upload failure takes the next Sync now too.
    assert!(emu.fail_next_upload("main", "GitHub could not read the usage"));
    client
        .post(format!("{web}/enterprise/settings/license/sync-now"))
        .send()
        .await
        .unwrap();
    let uploads = uploads_of(&emu, "github.acme.example").await;
    assert_eq!(uploads.len(), before + 2);
    assert_eq!(uploads[0]["syncState"], "FAILURE");
    let error = emu.with_world(|w| w.instance("main").unwrap().last_sync.clone().unwrap().error);
    assert_eq!(error, "GitHub could not read the usage");
    assert!(!emu.fail_next_upload("nope", "x"));

    client
        .post(format!(
            "{web}/enterprise/settings/github-connect/license-sync"
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("enabled=false")
        .send()
        .await
        .unwrap();
    let data = owner_data(&emu, UPLOADS, json!({"slug": "acme"})).await;
    let main = installations(&data)
        .into_iter()
        .find(|i| i["hostName"] == "github.acme.example")
        .unwrap();
    assert_eq!(main["isConnected"], false);
}

#[tokio::test]
async fn user_accounts_are_the_last_synced_users_under_their_consumed_licenses_ids() {
    let emu = emulator().await;
    let info = emu.info();
    let mut graphql_ids = HashSet::new();
    let mut after: Option<String> = None;
    loop {
        let data = owner_data(&emu, ACCOUNTS, json!({"slug": "acme", "after": after})).await;
        let legacy = data["enterprise"]["ownerInfo"]["all"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["hostName"] == "ghes-legacy.acme.example")
            .unwrap()
            .clone();
        let accounts = &legacy["userAccounts"];
        for e in accounts["edges"].as_array().unwrap() {
            graphql_ids.insert(format!(
                "ghes-legacy.acme.example:{}",
                e["node"]["remoteUserId"]
            ));
        }
        after = next_page(&accounts["pageInfo"]);
        if after.is_none() {
            break;
        }
    }
    let (_, _, consumed) = support::get_json(
        &format!(
            "{}/enterprises/acme/consumed-licenses?per_page=100",
            info.ghec.api_url
        ),
        Some(&info.ghec.token),
    )
    .await;
    let mut rest_ids = HashSet::new();
    let mut page = 1;
    let mut users = consumed["users"].as_array().unwrap().clone();
    while !users.is_empty() {
        for u in &users {
            for id in u["enterprise_server_user_ids"].as_array().unwrap() {
                let id = id.as_str().unwrap();
                if id.starts_with("ghes-legacy.acme.example:") {
                    rest_ids.insert(id.to_owned());
                }
            }
        }
        page += 1;
        let (_, _, next) = support::get_json(
            &format!(
                "{}/enterprises/acme/consumed-licenses?per_page=100&page={page}",
                info.ghec.api_url
            ),
            Some(&info.ghec.token),
        )
        .await;
        users = next["users"].as_array().unwrap().clone();
    }
    assert!(!rest_ids.is_empty());
    assert_eq!(graphql_ids, rest_ids);
}

#[tokio::test]
async fn a_secondary_rate_limit_can_hit_the_second_page_of_a_listing() {
    let emu = emulator().await;
    // GraphQL faults also match the body: only a request for a next page names a cursor.
    emu.inject(Fault::once(
        FaultTarget::Ghec,
        "\"after\":\"",
        FaultKind::RateLimited {
            retry_after: Some(1),
            status: 403,
        },
    ));
    let token = emu.info().ghec.token;
    let query = r#"query($after: String) { enterprise(slug: "acme") { ownerInfo {
        enterpriseServerInstallations(first: 1, after: $after) { pageInfo { endCursor } nodes { hostName } } } } }"#;
    let (status, _, first) = graphql(&emu, Some(&token), query, json!({"after": null})).await;
    assert_eq!(status, 200);
    let cursor = first["data"]["enterprise"]["ownerInfo"]["enterpriseServerInstallations"]
        ["pageInfo"]["endCursor"]
        .clone();
    let (status, headers, body) =
        graphql(&emu, Some(&token), query, json!({"after": cursor})).await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(headers["retry-after"], "1");
    assert_eq!(headers["x-ratelimit-resource"], "graphql");
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("secondary rate limit"));
    let (status, _, body) = graphql(&emu, Some(&token), query, json!({"after": cursor})).await;
    assert_eq!(status, 200, "the retry gets the page: {body}");
}
