//! The GHES Manage API's license endpoints (github-api.md §1.6), under each instance's
//! prefix: `/ghes/{name}/manage/v1/config/license[/check]` stands for
//! `https://HOSTNAME:8443/manage/v1/config/license[/check]`.
//!
//! - HTTP Basic authentication, user `api_key` and the instance's Management Console
//!   password ([`crate::GhesInfo::manage_password`]); anything else is `401`.
//! - `GET …/license` and `GET …/license/check` answer the one-element arrays GitHub's own
//!   examples show (and go-github decodes), not the objects the schema describes.
//! - `PUT …/license?apply=BOOL`, `multipart/form-data` with the file in the field `license`:
//!   `202 Accepted` when applied at once, `201 Created` when kept for a later apply. An
//!   applied license changes what `GET /api/v3/enterprise/settings/license` reports (seats,
//!   expiry, kind). A file that is not a license is refused with `400` and a message (the
//!   published operation documents no such status; GHES refuses it somehow, and this is
//!   how the emulator does).
//!
//! Real `.ghl` files are opaque (signed and encrypted by GitHub), so the emulator reads a
//! stand-in of its own, the **demo license**: the two bytes of the gzip magic number (as
//! the domain's file sniffing expects of a `.ghl`), the line `GHLS-DEMO-LICENSE`, then a
//! JSON [`DemoLicense`]. [`render_demo_license`] writes one.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{FromRequestParts, Multipart, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::render::rfc3339;
use crate::state::{lock, read, write, Shared};
use crate::world::Instance;

/// The user of the Manage API's Basic authentication with the root site admin password.
pub const MANAGE_USER: &str = "api_key";

/// What comes before the JSON in a demo license.
pub const DEMO_LICENSE_MAGIC: &[u8] = b"\x1f\x8bGHLS-DEMO-LICENSE\n";

/// The most a license upload may be: real `.ghl` files are a few kilobytes.
const MAX_LICENSE_BYTES: usize = 1024 * 1024;

/// The demo's stand-in for a `.ghl` license file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoLicense {
    pub company: String,
    pub reference_number: String,
    /// `None`: unlimited seating.
    pub seats: Option<u64>,
    /// RFC 3339.
    pub expire_at: String,
    #[serde(default)]
    pub evaluation: bool,
    #[serde(default)]
    pub advanced_security_seats: u64,
}

/// The bytes of a demo `.ghl` file holding `license`.
pub fn render_demo_license(license: &DemoLicense) -> Vec<u8> {
    let mut out = DEMO_LICENSE_MAGIC.to_vec();
    out.extend_from_slice(&serde_json::to_vec(license).unwrap_or_default());
    out
}

/// Reads a demo `.ghl` file, or says why it is not one.
pub fn read_demo_license(bytes: &[u8]) -> Result<DemoLicense, String> {
    let json = bytes
        .strip_prefix(DEMO_LICENSE_MAGIC)
        .ok_or("the file is not a GitHub Enterprise license (.ghl)")?;
    let license: DemoLicense =
        serde_json::from_slice(json).map_err(|e| format!("the license file is damaged ({e})"))?;
    OffsetDateTime::parse(&license.expire_at, &Rfc3339)
        .map_err(|e| format!("the license's expiry date is not valid ({e})"))?;
    Ok(license)
}

/// The Management Console password of the instance called `name` (demo only; not a secret).
pub(crate) fn password_of(name: &str) -> String {
    format!("demo-console-{name}")
}

/// The licenses uploaded through the Manage API, by instance name.
#[derive(Debug, Default)]
pub(crate) struct ManageState {
    uploaded: Mutex<HashMap<String, Uploaded>>,
}

#[derive(Debug, Clone)]
struct Uploaded {
    license: DemoLicense,
    applied: bool,
}

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(
            "/ghes/{instance}/manage/v1/config/license",
            get(get_license).put(put_license),
        )
        .route(
            "/ghes/{instance}/manage/v1/config/license/check",
            get(check_license),
        )
}

/// `401` unless the request carries `api_key:PASSWORD` for the instance.
fn refused(instance: &str, headers: &HeaderMap) -> Option<Response> {
    let ok = basic_credentials(headers)
        .is_some_and(|(user, pass)| user == MANAGE_USER && pass == password_of(instance));
    if ok {
        return None;
    }
    let mut r = (StatusCode::UNAUTHORIZED, "Unauthorized\n").into_response();
    r.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"Manage API\""),
    );
    Some(r)
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, encoded) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = crate::base64::decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_owned(), pass.to_owned()))
}

fn unknown_instance(instance: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        format!("No GHES instance `{instance}` in this emulator.\n"),
    )
        .into_response()
}

fn json(status: StatusCode, v: &Value) -> Response {
    let mut r = (status, v.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    r
}

/// The license set for `inst`: the last uploaded one, else the one it started with.
fn current(s: &Shared, inst: &Instance) -> DemoLicense {
    if let Some(u) = lock(&s.manage.uploaded).get(&inst.name) {
        return u.license.clone();
    }
    DemoLicense {
        company: "Acme Corp".to_owned(),
        reference_number: inst
            .server_id
            .chars()
            .filter(char::is_ascii_hexdigit)
            .take(6)
            .collect(),
        seats: inst.license.seats,
        expire_at: rfc3339(inst.license.expire_at),
        evaluation: inst.license.kind == "evaluation",
        advanced_security_seats: 0,
    }
}

/// The license installed on the instance a request names, for a caller with the Manage
/// API's credentials; the request is refused otherwise, or answered that the instance is
/// unknown.
struct Installed(DemoLicense);

impl FromRequestParts<Arc<Shared>> for Installed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &Arc<Shared>) -> Result<Self, Response> {
        let Path(instance) = Path::<String>::from_request_parts(parts, s)
            .await
            .map_err(IntoResponse::into_response)?;
        installed(s, &instance, &parts.headers).map(Installed)
    }
}

/// The license installed on `instance`, for a caller with the Manage API's credentials;
/// else the answer that refuses them or names the unknown instance.
fn installed(s: &Shared, instance: &str, headers: &HeaderMap) -> Result<DemoLicense, Response> {
    if let Some(r) = refused(instance, headers) {
        return Err(r);
    }
    let world = read(&s.world);
    let Some(inst) = world.instance(instance) else {
        return Err(unknown_instance(instance));
    };
    Ok(current(s, inst))
}

async fn get_license(Installed(license): Installed) -> Response {
    // As GitHub's example: an array holding one object, camelCase keys.
    json(
        StatusCode::OK,
        &json!([{
            "advancedSecurityEnabled": license.advanced_security_seats > 0,
            "advancedSecuritySeats": license.advanced_security_seats,
            "clusterSupport": false,
            "company": license.company,
            "croquetSupport": true,
            "customTerms": false,
            "evaluation": license.evaluation,
            "expireAt": license.expire_at,
            "insightsEnabled": false,
            "perpetual": false,
            "referenceNumber": license.reference_number,
            "seats": license.seats.unwrap_or(0),
            "sshAllowed": true,
            "supportKey": "",
            "unlimitedSeating": license.seats.is_none(),
        }]),
    )
}

async fn check_license(Installed(license): Installed) -> Response {
    let expired = OffsetDateTime::parse(&license.expire_at, &Rfc3339)
        .map_or(true, |at| at <= OffsetDateTime::now_utc());
    let status = if expired { "expired" } else { "valid" };
    json(StatusCode::OK, &json!([{ "status": status }]))
}

#[derive(Debug, Deserialize)]
struct Apply {
    #[serde(default)]
    apply: Option<String>,
}

async fn put_license(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    Query(q): Query<Apply>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if let Some(r) = refused(&instance, &headers) {
        return r;
    }
    if read(&s.world).instance(&instance).is_none() {
        return unknown_instance(&instance);
    }
    let bytes = match multipart {
        Ok(m) => license_field(m).await,
        Err(e) => Err(format!("the upload could not be read ({})", e.body_text())),
    };
    let license = match bytes.and_then(|b| read_demo_license(&b)) {
        Ok(l) => l,
        Err(message) => {
            return json(StatusCode::BAD_REQUEST, &json!({ "message": message }));
        }
    };
    let apply = q
        .apply
        .as_deref()
        .is_some_and(|a| a.eq_ignore_ascii_case("true") || a == "1");
    if apply {
        apply_license(&s, &instance, &license);
    }
    lock(&s.manage.uploaded).insert(
        instance.clone(),
        Uploaded {
            license,
            applied: apply,
        },
    );
    tracing::info!(%instance, apply, "Manage API: license uploaded");
    if apply {
        StatusCode::ACCEPTED.into_response()
    } else {
        StatusCode::CREATED.into_response()
    }
}

/// What GHES's license endpoint reports from now on.
fn apply_license(s: &Shared, instance: &str, license: &DemoLicense) {
    let Ok(expire_at) = OffsetDateTime::parse(&license.expire_at, &Rfc3339) else {
        return;
    };
    let mut world = write(&s.world);
    if let Some(inst) = world.instances.iter_mut().find(|i| i.name == instance) {
        inst.license.seats = license.seats;
        inst.license.expire_at = expire_at;
        inst.license.kind = if license.evaluation {
            "evaluation".to_owned()
        } else {
            "standard".to_owned()
        };
    }
}

async fn license_field(mut multipart: Multipart) -> Result<Vec<u8>, String> {
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("license") => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| format!("the upload could not be read ({})", e.body_text()))?;
                if bytes.len() > MAX_LICENSE_BYTES {
                    return Err("the file is far larger than a license file".to_owned());
                }
                return Ok(bytes.to_vec());
            }
            Ok(Some(_)) => {}
            Ok(None) => return Err(
                "no license file was sent: send it as multipart/form-data in the field `license`"
                    .to_owned(),
            ),
            Err(e) => return Err(format!("the upload could not be read ({})", e.body_text())),
        }
    }
}

impl ManageState {
    /// Whether the last license uploaded for `instance` was applied.
    pub(crate) fn last_applied(&self, instance: &str) -> Option<bool> {
        lock(&self.uploaded).get(instance).map(|u| u.applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_demo_license_reads_back_and_anything_else_is_refused() {
        let l = DemoLicense {
            company: "Acme".into(),
            reference_number: "abc123".into(),
            seats: Some(750),
            expire_at: "2031-01-02T07:59:59Z".into(),
            evaluation: false,
            advanced_security_seats: 0,
        };
        let bytes = render_demo_license(&l);
        assert_eq!(&bytes[..2], &[0x1f, 0x8b]);
        assert_eq!(read_demo_license(&bytes).unwrap(), l);
        assert!(read_demo_license(b"{\"instance\":{}}").is_err());
        let mut broken = bytes.clone();
        broken.truncate(bytes.len() - 3);
        assert!(read_demo_license(&broken).unwrap_err().contains("damaged"));
    }
}
