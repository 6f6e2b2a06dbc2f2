//! What the emulator's own tests share: GitHub's published schemas (`spec/github-api/`) and
//! their validator, and HTTP requests made as GitHub's clients and a browser make them. The
//! emulator itself is started with `ghls_emulator::testing::emulator()`.
#![allow(clippy::unwrap_used, dead_code)] // test helpers may fail loudly; not every binary uses all

pub mod openapi;

use reqwest::header::HeaderMap;
use serde_json::Value;

/// A file of `spec/github-api/`, parsed.
pub fn spec(file: &str) -> Value {
    let path = format!(
        "{}/../../spec/github-api/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The schema of an operation's 200 JSON answer.
pub fn ok_schema(file: &str) -> Value {
    spec(file)["operation"]["responses"]["200"]["content"]["application/json"]["schema"].clone()
}

/// A client that names itself, as GitHub wants of every API request.
pub fn http() -> reqwest::Client {
    ghls_emulator::testing::install_crypto_provider();
    reqwest::Client::builder()
        .user_agent("ghls-emulator-test")
        .build()
        .unwrap()
}

/// GETs `url` as a REST client does (GitHub's media type, `token` as bearer): the status,
/// the headers and the JSON body.
pub async fn get_json(url: &str, token: Option<&str>) -> (u16, HeaderMap, Value) {
    let req = http()
        .get(url)
        .header("accept", "application/vnd.github+json");
    json_answer(req, token).await
}

/// Sends the request with `token` as bearer: the status, the headers and the JSON body.
pub async fn json_answer(
    mut req: reqwest::RequestBuilder,
    token: Option<&str>,
) -> (u16, HeaderMap, Value) {
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, headers, resp.json().await.unwrap())
}

/// Sends the request: the status and the text of the answer (a page, an error).
pub async fn answer(req: reqwest::RequestBuilder) -> (u16, String) {
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap())
}
