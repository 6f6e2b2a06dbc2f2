//! The GHES Manage API's license endpoints (GHES 3.12+; github-api.md §1.6):
//!
//! - `GET /manage/v1/config/license`: the license's attributes;
//! - `GET /manage/v1/config/license/check`: `valid`, `invalid`, `expired` or
//!   `cluster mode not supported`;
//! - `PUT /manage/v1/config/license?apply=BOOL`: a new `.ghl` license file, as the
//!   multipart field `license`; `201` (kept) or `202` (being applied).
//!
//! Docs: `docs.github.com/enterprise-server@3.22/rest/enterprise-admin/manage-ghes`,
//! operations `enterprise-admin/license-info`, `license-check`, `license-upload` (the
//! ghes-3.22 description). Known gaps: the schemas say object, GitHub's own examples (and
//! go-github) show a one-element array, so both are read; the GET example carries a typo'd
//! key `supportKey"`, read as `supportKey`. Error answers have no documented body.
//!
//! The Manage API listens on the administration port, `https://HOSTNAME:8443` (or
//! `http://HOSTNAME:8080` without TLS), and takes HTTP Basic authentication as `api_key`
//! with the root site administrator (Management Console) password. The password goes into
//! the `Authorization` header only (marked sensitive) and is in no message.

use std::time::Duration;

use ghls_domain::Secret;
use ghls_l10n::{msg, t};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use url::Url;

use crate::error::{Endpoint, Error, Result};
use crate::http::{
    authorization, client, github_message, join, parse_base_url, read_body, transport_error,
    ClientOptions,
};

/// The Manage API's Basic-auth user for the root site administrator password.
pub const MANAGE_API_USER: &str = "api_key";

/// The largest answer read: the license is well under a kilobyte.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// A GHES instance's Manage API.
#[derive(Debug, Clone)]
pub struct ManageClient {
    client: reqwest::Client,
    base: Url,
    host: String,
    auth: HeaderValue,
    timeout: Duration,
}

/// The license GHES has (`GET /manage/v1/config/license`). Every field is optional, as in
/// the schema; booleans and numbers are read leniently.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManageLicense {
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub advanced_security_enabled: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub advanced_security_seats: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub cluster_support: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub company: Option<String>,
    /// Whether the license includes GitHub Connect.
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub croquet_support: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub custom_terms: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub evaluation: Option<bool>,
    /// Verbatim (`2025-01-02T07:59:59Z` in the docs).
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub expire_at: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub insights_enabled: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub insights_expire_at: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub learning_lab_evaluation_expires: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub learning_lab_seats: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub perpetual: Option<bool>,
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub reference_number: Option<String>,
    /// The seat count; 0 with unlimited seating.
    #[serde(default, deserialize_with = "crate::lenient::opt_i64")]
    pub seats: Option<i64>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub ssh_allowed: Option<bool>,
    #[serde(
        default,
        alias = "supportKey\"",
        deserialize_with = "crate::lenient::opt_string"
    )]
    pub support_key: Option<String>,
    #[serde(default, deserialize_with = "crate::lenient::opt_bool")]
    pub unlimited_seating: Option<bool>,
}

/// `GET /manage/v1/config/license/check`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct LicenseCheck {
    /// `valid`, `invalid`, `expired` or `cluster mode not supported`; kept as text, since
    /// GitHub may add states.
    #[serde(default, deserialize_with = "crate::lenient::opt_string")]
    pub status: Option<String>,
}

impl LicenseCheck {
    /// True only for `valid`.
    pub fn is_valid(&self) -> bool {
        self.status.as_deref() == Some("valid")
    }
}

/// How GHES took an uploaded license.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadAnswer {
    /// `201 Created`: stored, applied by a later configuration run.
    Created,
    /// `202 Accepted`: stored and being applied.
    Accepted,
}

impl ManageClient {
    /// The Manage API's root for an instance: `https://HOSTNAME:8443`, or
    /// `http://HOSTNAME:8080` for one run without TLS.
    pub fn default_base_url(hostname: &str, https: bool) -> String {
        if https {
            format!("https://{}:8443", hostname.trim())
        } else {
            format!("http://{}:8080", hostname.trim())
        }
    }

    /// A client for the Manage API at `base_url` (see [`Self::default_base_url`]), signing
    /// in as `api_key` with `password`. `host` names the instance in messages.
    pub fn new(
        base_url: &str,
        host: &str,
        password: &Secret,
        options: &ClientOptions,
    ) -> Result<Self> {
        let client = client(options, HeaderMap::new())?;
        let credentials = format!("{MANAGE_API_USER}:{}", password.expose());
        let auth = authorization(
            &format!("Basic {}", base64(credentials.as_bytes())),
            msg!("github-detail-header-password"),
        )?;
        Ok(Self {
            client,
            base: parse_base_url(base_url)?,
            host: host.to_owned(),
            auth,
            timeout: options.timeout,
        })
    }

    /// The root this client talks to.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// `GET /manage/v1/config/license`.
    pub async fn license(&self) -> Result<ManageLicense> {
        let endpoint = Endpoint::ManageLicense {
            host: self.host.clone(),
        };
        let url = join(&self.base, &["manage", "v1", "config", "license"])?;
        let request = self.client.get(url.clone());
        let (status, body) = self.send(&endpoint, &url, request).await?;
        expect_ok(&endpoint, status, &body)?;
        decode_one(&endpoint, &body)
    }

    /// `GET /manage/v1/config/license/check`.
    pub async fn license_check(&self) -> Result<LicenseCheck> {
        let endpoint = Endpoint::ManageLicenseCheck {
            host: self.host.clone(),
        };
        let url = join(&self.base, &["manage", "v1", "config", "license", "check"])?;
        let request = self.client.get(url.clone());
        let (status, body) = self.send(&endpoint, &url, request).await?;
        expect_ok(&endpoint, status, &body)?;
        decode_one(&endpoint, &body)
    }

    /// `PUT /manage/v1/config/license?apply=BOOL` with `license` (a `.ghl` file's bytes,
    /// sent as `file_name`).
    pub async fn upload_license(
        &self,
        file_name: &str,
        license: Vec<u8>,
        apply: bool,
    ) -> Result<UploadAnswer> {
        let endpoint = Endpoint::ManageLicenseUpload {
            host: self.host.clone(),
        };
        let mut url = join(&self.base, &["manage", "v1", "config", "license"])?;
        url.query_pairs_mut()
            .append_pair("apply", if apply { "true" } else { "false" });
        let part = reqwest::multipart::Part::bytes(license)
            .file_name(file_name.to_owned())
            .mime_str("application/octet-stream")
            .map_err(|e| Error::ClientSetup {
                detail: e.to_string(),
            })?;
        let form = reqwest::multipart::Form::new().part("license", part);
        let request = self.client.put(url.clone()).multipart(form);
        let (status, body) = self.send(&endpoint, &url, request).await?;
        match status {
            201 => Ok(UploadAnswer::Created),
            200 | 202 | 204 => Ok(UploadAnswer::Accepted),
            400 | 415 | 422 => Err(Error::LicenseRejected {
                endpoint,
                status,
                github: github_message(&body),
            }),
            _ => {
                expect_ok(&endpoint, status, &body)?;
                Ok(UploadAnswer::Accepted)
            }
        }
    }

    async fn send(
        &self,
        endpoint: &Endpoint,
        url: &Url,
        request: reqwest::RequestBuilder,
    ) -> Result<(u16, Vec<u8>)> {
        let response = request
            .header(AUTHORIZATION, self.auth.clone())
            .send()
            .await
            .map_err(|e| transport_error(endpoint, url, self.timeout, &e))?;
        let status = response.status().as_u16();
        let body = read_body(endpoint, url, response, MAX_BODY_BYTES, self.timeout).await?;
        tracing::debug!(endpoint = %endpoint, status, bytes = body.len(), "Manage API answered");
        Ok((status, body))
    }
}

/// Statuses other than success, as errors.
fn expect_ok(endpoint: &Endpoint, status: u16, body: &[u8]) -> Result<()> {
    let endpoint = endpoint.clone();
    match status {
        200..=299 => Ok(()),
        401 => Err(Error::ManagePasswordRefused { endpoint }),
        500..=599 => Err(Error::ServerError {
            endpoint,
            status,
            github: github_message(body),
        }),
        _ => Err(Error::UnexpectedStatus {
            endpoint,
            status,
            github: github_message(body),
        }),
    }
}

/// Decodes an object, or the first element of a one-element array (GitHub's examples),
/// naming the failing JSON path.
pub(crate) fn decode_one<T: DeserializeOwned>(endpoint: &Endpoint, body: &[u8]) -> Result<T> {
    let decode_error = |path: String, detail: String| Error::Decode {
        endpoint: endpoint.clone(),
        path,
        detail,
    };
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| decode_error(t!("github-path-whole-body"), e.to_string()))?;
    let (value, prefix) = match value {
        serde_json::Value::Array(mut items) => {
            if items.is_empty() {
                return Err(decode_error(
                    t!("github-path-whole-body"),
                    t!("github-detail-empty-list"),
                ));
            }
            (items.swap_remove(0), "[0]")
        }
        other => (other, ""),
    };
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = match (prefix, path.as_str()) {
            ("", ".") => t!("github-path-whole-body"),
            (p, ".") => p.to_owned(),
            (p, rest) => format!("{p}{}{rest}", if p.is_empty() { "" } else { "." }),
        };
        decode_error(path, e.into_inner().to_string())
    })
}

/// Standard base64 with padding, for the Basic credentials.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(file: &str) -> Vec<u8> {
        let path = format!(
            "{}/../../spec/github-api/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        let spec: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let ex = &spec["operation"]["responses"]["200"]["content"]["application/json"]["examples"]
            ["default"]["value"];
        serde_json::to_vec(ex).unwrap()
    }

    fn endpoint() -> Endpoint {
        Endpoint::ManageLicense {
            host: "ghes.example".into(),
        }
    }

    #[test]
    fn githubs_own_license_example_decodes_array_and_typo_included() {
        let l: ManageLicense = decode_one(
            &endpoint(),
            &example("ghes-3.22-manage-config-license-get.json"),
        )
        .unwrap();
        assert_eq!(l.company.as_deref(), Some("GitHub"));
        assert_eq!(l.expire_at.as_deref(), Some("2025-01-02T07:59:59Z"));
        assert_eq!(l.seats, Some(0));
        assert_eq!(l.unlimited_seating, Some(true));
        assert_eq!(l.learning_lab_seats, Some(100));
        assert_eq!(l.reference_number.as_deref(), Some("32a145"));
        // `"supportKey\"": ""`: read under the right name, empty as no key.
        assert_eq!(l.support_key, None);
        let typo: ManageLicense = decode_one(&endpoint(), br#"[{"supportKey\"":"abc"}]"#).unwrap();
        assert_eq!(typo.support_key.as_deref(), Some("abc"));
    }

    #[test]
    fn the_object_form_of_the_schema_decodes_too() {
        let l: ManageLicense = decode_one(
            &endpoint(),
            br#"{"seats":"750","unlimitedSeating":"","expireAt":"2030-01-01T00:00:00Z","supportKey":"k"}"#,
        )
        .unwrap();
        assert_eq!(l.seats, Some(750));
        assert_eq!(l.unlimited_seating, None);
        assert_eq!(l.support_key.as_deref(), Some("k"));
    }

    #[test]
    fn githubs_own_check_example_decodes_and_both_forms_agree() {
        let c: LicenseCheck = decode_one(
            &endpoint(),
            &example("ghes-3.22-manage-config-license-check.json"),
        )
        .unwrap();
        assert!(c.is_valid());
        let o: LicenseCheck = decode_one(&endpoint(), br#"{"status":"expired"}"#).unwrap();
        assert_eq!(o.status.as_deref(), Some("expired"));
        assert!(!o.is_valid());
    }

    #[test]
    fn a_wrong_shape_names_its_path_inside_the_array() {
        let e = decode_one::<ManageLicense>(&endpoint(), br#"[{"company":{"a":1}}]"#).unwrap_err();
        match e {
            Error::Decode { path, .. } => assert_eq!(path, "[0].company"),
            other => panic!("{other:?}"),
        }
        assert!(decode_one::<ManageLicense>(&endpoint(), b"[]").is_err());
    }

    #[test]
    fn basic_credentials_are_standard_base64() {
        assert_eq!(base64(b"api_key:secret"), "YXBpX2tleTpzZWNyZXQ=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn the_default_address_is_the_administration_port() {
        assert_eq!(
            ManageClient::default_base_url("ghes.example", true),
            "https://ghes.example:8443"
        );
        assert_eq!(
            ManageClient::default_base_url("ghes.example", false),
            "http://ghes.example:8080"
        );
    }
}
