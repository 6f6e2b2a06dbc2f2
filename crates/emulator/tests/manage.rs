//! The emulated Manage API's license endpoints: Basic authentication with the Management
//! Console password, the array-wrapped bodies of GitHub's own examples (each element
//! checked against the published schema), and an upload that really changes the license
//! the REST API reports.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_emulator::testing::{demo_license as license, emulator};
use ghls_emulator::{Emulator, GhesInfo};
use serde_json::Value;
use support::{http as client, ok_schema, openapi};

async fn start() -> (Emulator, GhesInfo) {
    let emu = emulator().consumers(30).await;
    let main = emu.ghes("main");
    (emu, main)
}

async fn get(g: &GhesInfo, path: &str, password: Option<&str>) -> (u16, Value) {
    let mut req = client().get(format!("{}/manage/v1/config/{path}", g.manage_url));
    if let Some(p) = password {
        req = req.basic_auth("api_key", Some(p));
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn put(g: &GhesInfo, bytes: Vec<u8>, apply: bool) -> (u16, String) {
    let form = reqwest::multipart::Form::new().part(
        "license",
        reqwest::multipart::Part::bytes(bytes).file_name("enterprise.ghl"),
    );
    let resp = client()
        .put(format!(
            "{}/manage/v1/config/license?apply={apply}",
            g.manage_url
        ))
        .basic_auth("api_key", Some(&g.manage_password))
        .multipart(form)
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

async fn rest_license(g: &GhesInfo) -> Value {
    client()
        .get(format!("{}/enterprise/settings/license", g.api_url))
        .bearer_auth(&g.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_manage_api_wants_the_management_console_password() {
    let (_emu, main) = start().await;
    for password in [None, Some("wrong"), Some(main.token.as_str())] {
        let (status, _) = get(&main, "license", password).await;
        assert_eq!(status, 401, "{password:?}");
    }
    let (status, _) = get(&main, "license/check", Some(&main.manage_password)).await;
    assert_eq!(status, 200);
    let legacy_password = "demo-console-legacy";
    assert_ne!(main.manage_password, legacy_password);
    assert_eq!(get(&main, "license", Some(legacy_password)).await.0, 401);
}

#[tokio::test]
async fn license_and_check_are_one_element_arrays_of_the_published_schemas() {
    let (_emu, main) = start().await;
    let (status, body) = get(&main, "license", Some(&main.manage_password)).await;
    assert_eq!(status, 200);
    let items = body.as_array().expect("an array, as GitHub's example");
    assert_eq!(items.len(), 1);
    let v = openapi::violations(
        &ok_schema("ghes-3.22-manage-config-license-get.json"),
        &items[0],
        &[],
    );
    assert!(v.is_empty(), "{v:?}");
    // The license the REST API reports, under the Manage API's names.
    let rest = rest_license(&main).await;
    assert_eq!(items[0]["seats"], rest["seats"]);
    assert_eq!(items[0]["unlimitedSeating"], false);

    let (status, body) = get(&main, "license/check", Some(&main.manage_password)).await;
    assert_eq!(status, 200);
    let v = openapi::violations(
        &ok_schema("ghes-3.22-manage-config-license-check.json"),
        &body[0],
        &[],
    );
    assert!(v.is_empty(), "{v:?}");
    assert_eq!(body[0]["status"], "valid");
}

#[tokio::test]
async fn an_applied_upload_changes_what_the_rest_api_reports() {
    let (emu, main) = start().await;
    let before = rest_license(&main).await;
    assert_ne!(before["seats"], 900);

    let (status, _) = put(&main, license(Some(900), "2031-01-02T07:59:59Z"), true).await;
    assert_eq!(status, 202);
    assert_eq!(emu.manage_license_applied("main"), Some(true));
    let after = rest_license(&main).await;
    assert_eq!(after["seats"], 900);
    assert!(after["expire_at"]
        .as_str()
        .unwrap()
        .starts_with("2031/01/0"));
    let (_, body) = get(&main, "license", Some(&main.manage_password)).await;
    assert_eq!(body[0]["seats"], 900);
    assert_eq!(body[0]["expireAt"], "2031-01-02T07:59:59Z");
    assert_eq!(body[0]["unlimitedSeating"], false);

    // Kept, not applied: the Manage API has it, the REST API still reports the old one.
    let (status, _) = put(&main, license(Some(50), "2020-01-01T00:00:00Z"), false).await;
    assert_eq!(status, 201);
    assert_eq!(rest_license(&main).await["seats"], 900);
    let (_, check) = get(&main, "license/check", Some(&main.manage_password)).await;
    assert_eq!(check[0]["status"], "expired");
}

#[tokio::test]
async fn a_file_that_is_not_a_license_is_refused_and_changes_nothing() {
    let (emu, main) = start().await;
    let before = rest_license(&main).await;
    let export = emu.license_usage_export("main").unwrap();
    let (status, body) = put(&main, export, true).await;
    assert_eq!(status, 400);
    assert!(body.contains("not a GitHub Enterprise license"), "{body}");
    assert_eq!(emu.manage_license_applied("main"), None);
    assert_eq!(rest_license(&main).await, before);
}
