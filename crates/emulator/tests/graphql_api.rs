//! GHEC's GraphQL API on the emulator, over real HTTP on loopback: the enterprise's Enterprise
//! Server installations, their user accounts and uploads, pagination, and GitHub's answers
//! for tokens and slugs it refuses (github-api.md §1.7).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use ghls_emulator::{Emulator, EmulatorConfig};
use serde_json::{json, Value};

async fn post(
    emu: &Emulator,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let url = format!("{}/graphql", emu.info().ghec.api_url);
    let mut req = reqwest::Client::new()
        .post(url)
        .header("user-agent", "graphql-test")
        .json(&json!({"query": query, "variables": variables}));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = resp.json().await.unwrap();
    (status, headers, body)
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

#[tokio::test]
async fn the_demo_enterprise_lists_its_instances_with_accounts_and_past_uploads() {
    let emu = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let info = emu.info();
    let (status, headers, body) = post(
        &emu,
        Some(&info.ghec.token),
        INSTALLATIONS,
        json!({"slug": "acme"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("errors").is_none(), "{body}");
    assert_eq!(headers["x-ratelimit-resource"], "graphql");
    let conn = &body["data"]["enterprise"]["ownerInfo"]["enterpriseServerInstallations"];
    assert_eq!(conn["totalCount"], 2);
    let hosts: Vec<&str> = conn["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["hostName"].as_str().unwrap())
        .collect();
    assert_eq!(
        hosts,
        ["ghes-legacy.acme.example", "github.acme.example"],
        "by host name"
    );
    for node in conn["nodes"].as_array().unwrap() {
        let uploads = node["userAccountsUploads"]["nodes"].as_array().unwrap();
        assert!(!uploads.is_empty(), "{node}");
        assert_eq!(uploads[0]["syncState"], "SUCCESS");
        let accounts = &node["userAccounts"];
        assert_eq!(accounts["nodes"].as_array().unwrap().len(), 3);
        assert_eq!(accounts["pageInfo"]["hasNextPage"], true);
        let emails = accounts["nodes"][0]["emails"]["nodes"].as_array().unwrap();
        assert_eq!(emails.iter().filter(|e| e["isPrimary"] == true).count(), 1);
    }
    let main = &conn["nodes"][1];
    assert_eq!(main["isConnected"], true);
    assert_eq!(conn["nodes"][0]["isConnected"], false);
}
