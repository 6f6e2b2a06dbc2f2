//! The HTTP side: routes, GitHub's authentication answers, headers and pagination.
//!
//! One loopback listener (and, with TLS on, two more serving the same routes over HTTPS)
//! serves every emulated host under its own path prefix:
//! - `/ghec/api/…`: GHEC REST (`https://api.github.com` on GitHub), and its GraphQL API at
//!   `POST /ghec/api/graphql` (`graphql/`), whose faults also match the request body;
//! - `/ghes/{name}/api/v3/…`: each GHES instance's REST API;
//! - `/ghes/{name}/manage/v1/config/license[/check]`: its Manage API (standing for
//!   `https://HOSTNAME:8443`; Basic auth, `manage.rs`);
//! - `/ghec/web/…`, `/ghes/{name}/web/…`: the web pages with no API behind them ("Add server
//!   usage", "Sync now", GitHub Connect), in `web.rs`;
//! - `/_emulator/…`: the emulator's own control and inspection endpoints (not GitHub's):
//!   - `GET /_emulator/info`: URLs and demo tokens of every emulated host;
//!   - `GET /_emulator/planted`: the planted duplicates and look-alikes (test truth);
//!   - `POST|DELETE /_emulator/faults`: queue a fault, or drop every queued one;
//!   - `PUT /_emulator/latency` (`{"ms": …}`): latency added to every GitHub request;
//! - Consumed-licenses pages carry a weak `ETag` of their body and answer a matching
//!   `If-None-Match` with 304 and no body, which no budget counts, as on GitHub.
//! - `/ghec/api/rate_limit`: the tokens' budgets from the same counters as the
//!   `x-ratelimit-*` headers; asking does not count.
//!   - `POST /_emulator/shutdown`: stop serving;
//!   - `GET /_emulator/ghes/{name}/license-usage-export`: the license-usage export GHES
//!     `{name}` would write now (its "Export license usage" link, `ghe-license usage -o -y`),
//!     as an `application/json` attachment named `<hostname>-license-usage-<YYYYMMDD>.json`.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Extension, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde_json::Value;
use time::macros::format_description;
use time::OffsetDateTime;

use crate::faults::{take, Fault, FaultKind, FaultTarget};
use crate::render;
use crate::state::{lock, read, Shared};
use crate::tokens::{ghes_scopes, GhecToken};
use crate::usage_export;
use crate::world::{Instance, World};

const DOC_REST: &str = "https://docs.github.com/rest";
const DOC_CONSUMED: &str = "https://docs.github.com/enterprise-cloud@latest/rest/enterprise-admin/licensing#list-enterprise-consumed-licenses";
const DOC_SYNC: &str = "https://docs.github.com/enterprise-cloud@latest/rest/enterprise-admin/licensing#get-a-license-sync-status";
/// The REST API versions GitHub supports (github-api.md §3.2).
const SUPPORTED_API_VERSIONS: &[&str] = &["2022-11-28", "2026-03-10"];
pub(crate) const RATE_WINDOW_SECONDS: i64 = 3600;
/// GHEC's GraphQL endpoint (`graphql/`).
const GRAPHQL_PATH: &str = "/ghec/api/graphql";

/// Whether a listener serves plain HTTP or HTTPS: links GitHub writes (`Link`, SSO URLs)
/// must name the scheme the client used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    Http,
    Https,
}

impl Scheme {
    fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
        }
    }
}

pub(crate) fn router(shared: Arc<Shared>, scheme: Scheme) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/_emulator/info", get(info))
        .route("/_emulator/planted", get(planted))
        .route("/_emulator/faults", post(add_fault).delete(clear_faults))
        .route("/_emulator/latency", put(set_latency))
        .route("/_emulator/rate-limit", delete(reset_rate_limits))
        .route("/_emulator/shutdown", post(shutdown))
        .route(
            "/_emulator/ghes/{instance}/license-usage-export",
            get(license_usage_export),
        )
        .route(
            "/ghec/api/enterprises/{enterprise}/consumed-licenses",
            get(consumed_licenses),
        )
        .route(
            "/ghec/api/enterprises/{enterprise}/license-sync-status",
            get(license_sync_status),
        )
        .route("/ghec/api/rate_limit", get(rate_limit))
        .route(
            "/ghec/api/graphql",
            post(crate::graphql::handler).layer(DefaultBodyLimit::max(crate::graphql::BODY_LIMIT)),
        )
        .route("/ghec/api/{*rest}", get(ghec_unknown))
        .route(
            "/ghes/{instance}/api/v3/enterprise/settings/license",
            get(ghes_license),
        )
        .route("/ghes/{instance}/api/v3/meta", get(ghes_meta))
        .route("/ghes/{instance}/api/v3/{*rest}", get(ghes_unknown))
        // The Manage API (Basic auth, `manage.rs`), behind the same faults and headers.
        .merge(crate::manage::routes())
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(shared.clone(), github_layer))
        // Outermost, so the GitHub layer sees it too.
        .layer(Extension(scheme))
        .with_state(shared.clone())
        // The web pages stay outside the REST layer: GitHub's web UI has none of its checks.
        .merge(crate::web::router(shared))
}

// ---------------------------------------------------------------------------------------
// GHEC

async fn consumed_licenses(
    State(s): State<Arc<Shared>>,
    Extension(scheme): Extension<Scheme>,
    Path(enterprise): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let world = read(&s.world);
    let origin = origin(scheme, &headers, &s.address);
    if let Some(r) = ghec_refusal(
        &world.enterprise,
        &enterprise,
        &headers,
        DOC_CONSUMED,
        &origin,
    ) {
        return r;
    }
    // GitHub ignores unreadable values and caps per_page at 100.
    let per_page = q
        .get("per_page")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(30)
        .min(100);
    let page = q
        .get("page")
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1);
    let total = world.consumers.len();
    let last = total.div_ceil(per_page).max(1);
    let start = (page - 1).saturating_mul(per_page).min(total);
    let end = start.saturating_add(per_page).min(total);
    let body = render::consumed_licenses_page(&world, &world.consumers[start..end]);
    let base = format!("{origin}/ghec/api/enterprises/{enterprise}/consumed-licenses");
    let link =
        |p: usize, rel: &str| format!("<{base}?per_page={per_page}&page={p}>; rel=\"{rel}\"");
    let mut links = Vec::new();
    if page > 1 {
        links.push(link((page - 1).min(last), "prev"));
    }
    if page < last {
        links.push(link(page + 1, "next"));
        links.push(link(last, "last"));
    }
    if page > 1 {
        links.push(link(1, "first"));
    }
    let body = body.to_string();
    let etag = etag_of(body.as_bytes());
    // As GitHub: a page whose body has not changed is a 304 without a body, which the
    // rate layer below does not count (github-api.md §3.4).
    let mut resp = if if_none_match(&headers, &etag) {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else {
        let mut r = Response::new(Body::from(body));
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        r
    };
    if let Ok(v) = HeaderValue::from_str(&etag) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    if !links.is_empty() {
        if let Ok(v) = HeaderValue::from_str(&links.join(", ")) {
            resp.headers_mut().insert(header::LINK, v);
        }
    }
    resp
}

/// A weak ETag of a body, like GitHub's `W/"…"`: FNV-1a over the bytes, so the same page
/// content always gives the same tag, across requests and restarts.
pub(crate) fn etag_of(body: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("W/\"{h:016x}{:08x}\"", body.len())
}

/// Whether `If-None-Match` names `etag` (or is `*`); weak comparison, as RFC 9110 asks of
/// `If-None-Match`.
pub(crate) fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    let ours = opaque(etag);
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == "*" || opaque(t) == ours)
}

async fn license_sync_status(
    State(s): State<Arc<Shared>>,
    Extension(scheme): Extension<Scheme>,
    Path(enterprise): Path<String>,
    headers: HeaderMap,
) -> Response {
    let world = read(&s.world);
    let origin = origin(scheme, &headers, &s.address);
    if let Some(r) = ghec_refusal(&world.enterprise, &enterprise, &headers, DOC_SYNC, &origin) {
        return r;
    }
    json_response(StatusCode::OK, &render::license_sync_status(&world))
}

/// `GET /rate_limit`: the token's budgets as the counters behind every `x-ratelimit-*`
/// header stand, without counting this request (GitHub: "Accessing this endpoint does not
/// count against your REST API rate limit"). Its own headers are the `core` budget's.
async fn rate_limit(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let token = bearer(&headers).map(str::to_owned);
    if let Some(t) = &token {
        if !crate::tokens::is_known(&read(&s.world), t) {
            return github_error(StatusCode::UNAUTHORIZED, "Bad credentials", DOC_REST);
        }
    }
    let token = token.as_deref();
    let core = budget(&s, token, "core", false);
    let graphql = budget(&s, token, "graphql", false);
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let body = render::rate_limit_overview(
        (s.rate_limit, core.1, core.0),
        (s.rate_limit, graphql.1, graphql.0),
        now,
    );
    let mut r = json_response(StatusCode::OK, &body);
    set_rate_headers(&mut r, s.rate_limit, core, "core");
    r
}

async fn ghec_unknown(State(s): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let world = read(&s.world);
    match bearer(&headers).and_then(|t| GhecToken::of(&world.enterprise, t)) {
        Some(_) => github_error(StatusCode::NOT_FOUND, "Not Found", DOC_REST),
        None => github_error(StatusCode::UNAUTHORIZED, "Bad credentials", DOC_REST),
    }
}

/// GitHub's answer when the request to an enterprise endpoint may not proceed, or `None`
/// when it may. `origin` (`scheme://host:port`) is where the emulator's web pages are.
fn ghec_refusal(
    e: &crate::world::Enterprise,
    slug: &str,
    headers: &HeaderMap,
    doc: &str,
    origin: &str,
) -> Option<Response> {
    let Some(token) = bearer(headers) else {
        return Some(github_error(
            StatusCode::UNAUTHORIZED,
            "Requires authentication",
            DOC_REST,
        ));
    };
    match GhecToken::of(e, token) {
        None => Some(github_error(
            StatusCode::UNAUTHORIZED,
            "Bad credentials",
            DOC_REST,
        )),
        Some(GhecToken::FineGrained) => Some(github_error(
            StatusCode::FORBIDDEN,
            "Resource not accessible by personal access token",
            doc,
        )),
        Some(GhecToken::SsoUnauthorized) => Some(sso_required(&format!(
            "{origin}/ghec/web/enterprises/{}/sso?authorization_request=DEMO",
            e.slug
        ))),
        Some(GhecToken::Owner) if slug.eq_ignore_ascii_case(&e.slug) => None,
        // Like GitHub: a wrong slug, a user who is not an owner, or a token without
        // read:enterprise, is a bare 404.
        Some(_) => Some(github_error(StatusCode::NOT_FOUND, "Not Found", doc)),
    }
}

/// 403 with `X-GitHub-SSO`: the token is not authorised for SAML single sign-on.
fn sso_required(authorize_url: &str) -> Response {
    let mut r = github_error(
        StatusCode::FORBIDDEN,
        "Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.",
        "https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/",
    );
    set(
        &mut r,
        "x-github-sso",
        &format!("required; url={authorize_url}"),
    );
    r
}

// ---------------------------------------------------------------------------------------
// GHES

async fn ghes_license(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    headers: HeaderMap,
) -> Response {
    ghes_answer(&s, &instance, &headers, true, |inst| {
        json_response(
            StatusCode::OK,
            &render::ghes_license(inst, OffsetDateTime::now_utc()),
        )
    })
}

async fn ghes_meta(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    headers: HeaderMap,
) -> Response {
    ghes_answer(&s, &instance, &headers, false, |inst| {
        json_response(StatusCode::OK, &render::ghes_meta(inst))
    })
}

async fn ghes_unknown(
    State(s): State<Arc<Shared>>,
    Path((instance, _rest)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    ghes_answer(&s, &instance, &headers, false, |inst| {
        github_error(StatusCode::NOT_FOUND, "Not Found", &ghes_doc(inst))
    })
}

/// The answer to a request for a GHES instance's API: 404 for an instance the emulator does
/// not have, the refusal when the token may not ask, else `answer`.
fn ghes_answer(
    s: &Shared,
    instance: &str,
    headers: &HeaderMap,
    admin_only: bool,
    answer: impl FnOnce(&crate::world::Instance) -> Response,
) -> Response {
    let world = read(&s.world);
    let Some(inst) = world.instance(instance) else {
        return not_found_page();
    };
    if let Some(r) = ghes_refusal(inst, headers, admin_only) {
        return r;
    }
    answer(inst)
}

/// `admin_only`: site-administrator endpoints answer 404 to everyone else, as GHES does.
fn ghes_refusal(
    inst: &crate::world::Instance,
    headers: &HeaderMap,
    admin_only: bool,
) -> Option<Response> {
    match bearer(headers) {
        None if admin_only => Some(github_error(
            StatusCode::UNAUTHORIZED,
            "Requires authentication",
            &ghes_doc(inst),
        )),
        None => None,
        Some(t) if t == inst.admin_token => None,
        Some(t) if t == inst.user_token => {
            if admin_only {
                Some(github_error(
                    StatusCode::NOT_FOUND,
                    "Not Found",
                    &ghes_doc(inst),
                ))
            } else {
                None
            }
        }
        Some(_) => Some(github_error(
            StatusCode::UNAUTHORIZED,
            "Bad credentials",
            &ghes_doc(inst),
        )),
    }
}

fn ghes_doc(inst: &crate::world::Instance) -> String {
    let minor: String = inst
        .version
        .split('.')
        .take(2)
        .collect::<Vec<_>>()
        .join(".");
    format!("https://docs.github.com/enterprise-server@{minor}/rest")
}

// ---------------------------------------------------------------------------------------
// The emulator's own endpoints

async fn index(State(s): State<Arc<Shared>>) -> Html<String> {
    let info = s.info();
    let mut rows = format!(
        "<li>GHEC API <code>{}</code>, enterprise <code>{}</code></li>",
        info.ghec.api_url, info.ghec.enterprise
    );
    for g in &info.ghes {
        rows.push_str(&format!(
            "<li>GHES {} ({}) API <code>{}</code></li>",
            g.hostname, g.version, g.api_url
        ));
    }
    Html(format!(
        "<!doctype html><meta charset=utf-8><title>GitHub emulator</title>\
         <h1>GitHub license emulator</h1><p>Not GitHub: a local stand-in for the demo and tests.</p>\
         <ul>{rows}</ul><p>Connection details: <a href=\"/_emulator/info\">/_emulator/info</a></p>"
    ))
}

async fn info(State(s): State<Arc<Shared>>) -> Json<crate::EmulatorInfo> {
    Json(s.info())
}

/// The planted duplicates and look-alikes: the truth a duplicate analysis is checked against.
async fn planted(State(s): State<Arc<Shared>>) -> Json<crate::planted::Planted> {
    Json(read(&s.world).planted().clone())
}

async fn add_fault(State(s): State<Arc<Shared>>, Json(fault): Json<Fault>) -> StatusCode {
    lock(&s.faults).push(fault);
    StatusCode::NO_CONTENT
}

async fn clear_faults(State(s): State<Arc<Shared>>) -> StatusCode {
    lock(&s.faults).clear();
    StatusCode::NO_CONTENT
}

#[derive(serde::Deserialize)]
struct Latency {
    ms: u64,
}

async fn set_latency(State(s): State<Arc<Shared>>, Json(l): Json<Latency>) -> StatusCode {
    s.latency_ms.store(l.ms, Ordering::Relaxed);
    StatusCode::NO_CONTENT
}

/// Every token's rate-limit window starts afresh, as if an hour had passed: benchmarks
/// that load a large enterprise several times use it.
async fn reset_rate_limits(State(s): State<Arc<Shared>>) -> StatusCode {
    lock(&s.rate).clear();
    StatusCode::NO_CONTENT
}

async fn shutdown(State(s): State<Arc<Shared>>) -> StatusCode {
    s.stop.send_replace(true);
    StatusCode::ACCEPTED
}

async fn license_usage_export(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
) -> Response {
    let now = OffsetDateTime::now_utc();
    let Some((hostname, bytes)) = instance_export(&s, now, |w| w.instance(&instance)) else {
        return (
            StatusCode::NOT_FOUND,
            format!("No GHES instance `{instance}` in this emulator: see /_emulator/info for the instances it has.\n"),
        )
            .into_response();
    };
    export_download(&hostname, bytes, now)
}

/// The license usage export, as of `now`, of the instance `find` picks out of the world,
/// with the instance's host name; `None` when it picks none.
pub(crate) fn instance_export(
    s: &Shared,
    now: OffsetDateTime,
    find: impl for<'w> FnOnce(&'w World) -> Option<&'w Instance>,
) -> Option<(String, Vec<u8>)> {
    let world = read(&s.world);
    let inst = find(&world)?;
    Some((
        inst.hostname.clone(),
        usage_export::render_export(inst, now),
    ))
}

/// A license usage export as a download named as GHES names it:
/// `<host>-license-usage-<yyyymmdd>.json`.
pub(crate) fn export_download(host: &str, bytes: Vec<u8>, now: OffsetDateTime) -> Response {
    let day = now
        .format(format_description!("[year][month][day]"))
        .unwrap_or_default();
    let mut r = Response::new(Body::from(bytes));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    let disposition = format!("attachment; filename=\"{host}-license-usage-{day}.json\"");
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

async fn fallback() -> Response {
    not_found_page()
}

fn not_found_page() -> Response {
    (
        StatusCode::NOT_FOUND,
        "Not found: this emulator serves /ghec/api, /ghes/{name}/api/v3 and /_emulator.\n",
    )
        .into_response()
}

// ---------------------------------------------------------------------------------------
// Cross-cutting: latency, faults, rate-limit and version headers

fn target_of(path: &str) -> Option<FaultTarget> {
    if path.starts_with("/ghec/") {
        return Some(FaultTarget::Ghec);
    }
    let rest = path.strip_prefix("/ghes/")?;
    let name = rest.split('/').next().filter(|n| !n.is_empty())?;
    Some(FaultTarget::Ghes(name.to_owned()))
}

async fn github_layer(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let Some(target) = target_of(&path) else {
        return next.run(req).await;
    };
    let latency = s.latency_ms.load(Ordering::Relaxed);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    let token = bearer(req.headers()).map(str::to_owned);
    let scheme = req
        .extensions()
        .get::<Scheme>()
        .copied()
        .unwrap_or(Scheme::Http);
    let origin = origin(scheme, req.headers(), &s.address);
    s.record(&req, &target);
    if let Some(refusal) = refuse_malformed_request(req.headers()) {
        return refusal;
    }
    // Faults match the query too, so a test can fail one page (`page=7`) of a listing.
    let mut path_and_query = req
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |pq| pq.as_str().to_owned());
    let graphql = path == GRAPHQL_PATH;
    // GraphQL pages differ only in their body (`"after":"…"`), so faults match it there.
    let req = if graphql {
        let (parts, body) = req.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, crate::graphql::BODY_LIMIT).await else {
            return github_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "The request body is too large.",
                DOC_REST,
            );
        };
        path_and_query.push('\n');
        path_and_query.push_str(&String::from_utf8_lossy(&bytes));
        Request::from_parts(parts, Body::from(bytes))
    } else {
        req
    };
    let fault = take(&mut lock(&s.faults), &target, &path_and_query);
    let mut resp = match fault {
        None => next.run(req).await,
        Some(FaultKind::Delay { ms }) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            next.run(req).await
        }
        Some(FaultKind::Status { status, message }) => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let msg =
                message.unwrap_or_else(|| code.canonical_reason().unwrap_or("Error").to_owned());
            github_error(code, &msg, DOC_REST)
        }
        Some(FaultKind::RateLimited {
            retry_after,
            status,
        }) => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::TOO_MANY_REQUESTS);
            let mut r = github_error(
                code,
                "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api",
            );
            if let Some(secs) = retry_after {
                set(&mut r, "retry-after", &secs.to_string());
            }
            r
        }
        Some(FaultKind::PrimaryRateLimitExhausted { reset_in_seconds }) => {
            let mut r = github_error(
                StatusCode::FORBIDDEN,
                "API rate limit exceeded for user ID 1.",
                "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
            );
            let reset = OffsetDateTime::now_utc().unix_timestamp() + reset_in_seconds as i64;
            set(&mut r, "x-ratelimit-limit", &s.rate_limit.to_string());
            set(&mut r, "x-ratelimit-remaining", "0");
            set(&mut r, "x-ratelimit-used", &s.rate_limit.to_string());
            set(&mut r, "x-ratelimit-reset", &reset.to_string());
            let resource = if graphql { "graphql" } else { "core" };
            set(&mut r, "x-ratelimit-resource", resource);
            r
        }
        Some(FaultKind::SsoRequired) => sso_required(&format!(
            "{origin}/ghec/web/orgs/acme-eng/sso?authorization_request=DEMO"
        )),
        Some(FaultKind::MalformedJson) => {
            let (parts, body) = next.run(req).await.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let mut v: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            corrupt_first_number(&mut v);
            let mut r = Response::from_parts(parts, Body::from(v.to_string()));
            r.headers_mut().remove(header::CONTENT_LENGTH);
            r
        }
        Some(FaultKind::TruncatedBody) => {
            let (parts, body) = next.run(req).await.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let half = bytes.slice(..bytes.len() / 2);
            let mut r = Response::from_parts(parts, Body::from(half));
            r.headers_mut().remove(header::CONTENT_LENGTH);
            r
        }
        Some(FaultKind::ResetConnection) => {
            let (mut parts, body) = next.run(req).await.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let len = bytes.len();
            let half = bytes.slice(..len / 2);
            let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = vec![
                Ok(half),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "emulated connection reset",
                )),
            ];
            if let Ok(v) = HeaderValue::from_str(&len.to_string()) {
                parts.headers.insert(header::CONTENT_LENGTH, v);
            }
            Response::from_parts(parts, Body::from_stream(futures_util::stream::iter(chunks)))
        }
    };
    match &target {
        FaultTarget::Ghec => {
            if !resp.headers().contains_key("x-ratelimit-remaining") {
                let resource = if graphql { "graphql" } else { "core" };
                // A 304 to a conditional request costs nothing (github-api.md §3.4).
                let count = resp.status() != StatusCode::NOT_MODIFIED;
                let state = budget(&s, token.as_deref(), resource, count);
                set_rate_headers(&mut resp, s.rate_limit, state, resource);
            }
            let world = read(&s.world);
            let scopes = token
                .as_deref()
                .and_then(|t| GhecToken::of(&world.enterprise, t))
                .and_then(GhecToken::scopes);
            if let Some(scopes) = scopes {
                set(&mut resp, "x-oauth-scopes", scopes);
                set(&mut resp, "x-accepted-oauth-scopes", "read:enterprise");
            }
        }
        FaultTarget::Ghes(name) => {
            if let Some(inst) = read(&s.world).instance(name) {
                set(&mut resp, "x-github-enterprise-version", &inst.version);
                if let Some(scopes) = token.as_deref().and_then(|t| ghes_scopes(inst, t)) {
                    set(&mut resp, "x-oauth-scopes", scopes);
                }
            }
        }
        FaultTarget::Any => {}
    }
    set(&mut resp, "x-github-media-type", "github.v3; format=json");
    resp
}

/// GitHub refuses requests without a `User-Agent`, and unknown API versions.
fn refuse_malformed_request(headers: &HeaderMap) -> Option<Response> {
    if headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.trim().is_empty())
    {
        return Some(github_error(
            StatusCode::FORBIDDEN,
            "Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.",
            DOC_REST,
        ));
    }
    if let Some(v) = headers.get("x-github-api-version") {
        let v = v.to_str().unwrap_or_default();
        if !SUPPORTED_API_VERSIONS.contains(&v) {
            return Some(github_error(
                StatusCode::BAD_REQUEST,
                &format!("Invalid API version provided: {v}"),
                "https://docs.github.com/rest/about-the-rest-api/api-versions",
            ));
        }
    }
    None
}

/// The key of `token`'s `resource` budget in [`Shared::rate`].
pub(crate) fn budget_key(token: Option<&str>, resource: &str) -> String {
    let token = token.unwrap_or("anonymous");
    if resource == "core" {
        token.to_owned()
    } else {
        format!("{resource}:{token}")
    }
}

/// `(reset, used)` of `token`'s `resource` budget, its window started afresh when over;
/// `count` spends one request of it first.
fn budget(s: &Shared, token: Option<&str>, resource: &str, count: bool) -> (i64, u64) {
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let mut rate = lock(&s.rate);
    let entry = rate
        .entry(budget_key(token, resource))
        .or_insert((now + RATE_WINDOW_SECONDS, 0));
    if now >= entry.0 {
        *entry = (now + RATE_WINDOW_SECONDS, 0);
    }
    if count {
        entry.1 = (entry.1 + 1).min(s.rate_limit);
    }
    *entry
}

fn set_rate_headers(
    resp: &mut Response,
    limit: u64,
    (reset, used): (i64, u64),
    resource: &'static str,
) {
    set(resp, "x-ratelimit-limit", &limit.to_string());
    set(
        resp,
        "x-ratelimit-remaining",
        &limit.saturating_sub(used).to_string(),
    );
    set(resp, "x-ratelimit-used", &used.to_string());
    set(resp, "x-ratelimit-reset", &reset.to_string());
    set(resp, "x-ratelimit-resource", resource);
}

/// Replaces the first number met (depth first) by an object, so a client that expects a
/// number at that path must fail there and say so.
fn corrupt_first_number(v: &mut Value) -> bool {
    match v {
        Value::Number(_) => {
            *v = serde_json::json!({"unexpected": "object"});
            true
        }
        Value::Object(m) => m.values_mut().any(corrupt_first_number),
        Value::Array(a) => a.iter_mut().any(corrupt_first_number),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------
// Helpers

pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = v.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("token"))
        .then(|| token.trim())
}

/// `scheme://host:port` as the client addressed the emulator.
fn origin(scheme: Scheme, headers: &HeaderMap, fallback: &std::net::SocketAddr) -> String {
    format!("{}://{}", scheme.as_str(), host_of(headers, fallback))
}

fn host_of(headers: &HeaderMap, fallback: &std::net::SocketAddr) -> String {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| fallback.to_string())
}

fn set(resp: &mut Response, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        resp.headers_mut().insert(HeaderName::from_static(name), v);
    }
}

pub(crate) fn json_response(status: StatusCode, v: &Value) -> Response {
    let mut r = Response::new(Body::from(v.to_string()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    r
}

pub(crate) fn github_error(status: StatusCode, message: &str, doc: &str) -> Response {
    json_response(status, &render::basic_error(message, doc, status.as_u16()))
}
