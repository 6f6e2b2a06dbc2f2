//! The one place where HTTP happens: GitHub's required headers, bounded body reads, status
//! codes turned into [`Error`]s, and JSON decoded with the failing path named.
//!
//! TLS is reqwest 0.13's rustls (`rustls-no-provider`) with the ring provider, and
//! certificates checked by `rustls-platform-verifier`, that is by the OS trust store (on
//! Linux the system's CA files through `rustls-native-certs`, on macOS and Windows the
//! platform verifier itself). A connection's custom CA bundle is added to those roots with
//! `tls_certs_merge` (`Verifier::new_with_extra_roots`), never instead of them.

use std::error::Error as _;
use std::time::{Duration, Instant};

use ghls_domain::Secret;
use ghls_l10n::{msg, t, Message};
use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, IF_MODIFIED_SINCE, IF_NONE_MATCH,
};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use url::Url;

use crate::error::{is_token_type_refusal, Endpoint, Error, GitHubMessage, RateLimit, Result};
use crate::link::Links;
use crate::tls::{ca_certificates, tls_failure};

/// The REST API version every request asks for (supported until 2028-03-10).
pub const API_VERSION: &str = "2022-11-28";
const MEDIA_TYPE: &str = "application/vnd.github+json";

/// How the clients talk HTTP.
#[derive(Clone)]
pub struct ClientOptions {
    /// GitHub rejects requests without a `User-Agent`.
    pub user_agent: String,
    /// Whole-request limit, body included.
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Bodies larger than this are refused instead of filling memory. A consumed-licenses
    /// page of 100 users is about 100 KB; the default leaves a wide margin.
    pub max_body_bytes: usize,
    /// The contents of a PEM file with one or more CA certificates to trust *in addition to*
    /// the OS trust store, for an instance whose certificate comes from a company CA. The
    /// caller reads the file; a file that holds no usable certificate makes the client
    /// constructors fail with [`Error::CaBundle`].
    pub ca_bundle_pem: Option<Vec<u8>>,
}

impl ClientOptions {
    /// These options with `pem` (a CA bundle file's contents) trusted besides the OS store.
    pub fn with_ca_bundle_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.ca_bundle_pem = Some(pem.into());
        self
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_body_bytes", &self.max_body_bytes)
            .field(
                "ca_bundle_pem",
                &self
                    .ca_bundle_pem
                    .as_ref()
                    .map(|p| format!("{} bytes", p.len())),
            )
            .finish()
    }
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            user_agent: format!("ghe-license-sync/{}", env!("CARGO_PKG_VERSION")),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_body_bytes: 32 * 1024 * 1024,
            ca_bundle_pem: None,
        }
    }
}

/// What GitHub said about a response besides its body.
#[derive(Debug, Clone)]
pub struct ReplyMeta {
    pub status: u16,
    pub url: Url,
    /// `X-GitHub-Enterprise-Version`, sent by GHES.
    pub enterprise_version: Option<String>,
    pub rate_limit: RateLimit,
    /// `X-OAuth-Scopes`: the scopes of a classic token.
    pub oauth_scopes: Option<Vec<String>>,
    pub links: Links,
    pub elapsed: Duration,
}

/// A decoded body and what came with it.
#[derive(Debug, Clone)]
pub struct Reply<T> {
    pub value: T,
    pub meta: ReplyMeta,
}

/// What makes a later GET of the same resource conditional: the answer's `ETag` and
/// `Last-Modified`, kept as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validator {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validator {
    /// Whether a conditional request can be made with it.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// The answer to a conditional GET.
#[derive(Debug)]
pub(crate) enum Conditional<T> {
    /// 200: the body, and the validator to send next time.
    Modified {
        reply: Reply<T>,
        validator: Validator,
    },
    /// 304: what was stored is still current.
    NotModified {
        meta: ReplyMeta,
        validator: Validator,
    },
}

/// A successful answer whose body is still to be read (GraphQL).
#[derive(Debug)]
pub(crate) struct RawReply {
    pub(crate) meta: ReplyMeta,
    /// `X-GitHub-SSO`: sent when SAML single sign-on refused the token.
    pub(crate) sso: Option<String>,
    pub(crate) body: Vec<u8>,
}

/// The HTTP client of every API client: `options`' user agent, time-outs and extra CA
/// bundle, `headers` on every request, and no redirect followed (the credentials must never
/// go to wherever one points).
pub(crate) fn client(options: &ClientOptions, headers: HeaderMap) -> Result<reqwest::Client> {
    crate::install_crypto_provider();
    let mut builder = reqwest::Client::builder()
        .user_agent(options.user_agent.clone())
        .default_headers(headers)
        .timeout(options.timeout)
        .connect_timeout(options.connect_timeout)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(pem) = &options.ca_bundle_pem {
        builder = builder.tls_certs_merge(ca_certificates(pem)?);
    }
    builder.build().map_err(|e| Error::ClientSetup {
        detail: error_chain(&e),
    })
}

/// An `Authorization` header value, marked sensitive so it is never logged; `secret` names
/// what it carries when it cannot be sent.
pub(crate) fn authorization(value: &str, unsendable: Message) -> Result<HeaderValue> {
    let mut auth = HeaderValue::from_str(value).map_err(|_| Error::ClientSetup {
        detail: unsendable.text(),
    })?;
    auth.set_sensitive(true);
    Ok(auth)
}

/// An authenticated HTTP client bound to one API origin.
#[derive(Debug, Clone)]
pub(crate) struct Http {
    client: reqwest::Client,
    auth: HeaderValue,
    options: ClientOptions,
}

impl Http {
    pub(crate) fn new(options: &ClientOptions, token: &Secret) -> Result<Self> {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static(MEDIA_TYPE));
        headers.insert(
            "x-github-api-version",
            HeaderValue::from_static(API_VERSION),
        );
        let client = client(options, headers)?;
        let auth = authorization(
            &format!("Bearer {}", token.expose().trim()),
            msg!("github-detail-header-token"),
        )?;
        Ok(Self {
            client,
            auth,
            options: options.clone(),
        })
    }

    /// GETs `url` and decodes a JSON body of type `T`.
    pub(crate) async fn get_json<T: DeserializeOwned>(
        &self,
        endpoint: &Endpoint,
        url: Url,
    ) -> Result<Reply<T>> {
        let request = self.client.get(url.clone());
        let (_, meta, body) = self.exchange(endpoint, url, request).await?;
        let value = decode(endpoint, &body)?;
        Ok(Reply { value, meta })
    }

    /// GETs `url` as a conditional request when `validator` holds something to send
    /// (`If-None-Match`, else `If-Modified-Since`): a 304 is [`Conditional::NotModified`]
    /// and costs no rate budget (github-api.md §3.4); anything else is decoded as
    /// [`Http::get_json`] does, with the answer's own validator.
    pub(crate) async fn get_json_conditional<T: DeserializeOwned>(
        &self,
        endpoint: &Endpoint,
        url: Url,
        validator: Option<&Validator>,
    ) -> Result<Conditional<T>> {
        let mut request = self.client.get(url.clone());
        if let Some(v) = validator {
            if let Some(etag) = v
                .etag
                .as_deref()
                .and_then(|e| HeaderValue::from_str(e).ok())
            {
                request = request.header(IF_NONE_MATCH, etag);
            } else if let Some(since) = v
                .last_modified
                .as_deref()
                .and_then(|e| HeaderValue::from_str(e).ok())
            {
                request = request.header(IF_MODIFIED_SINCE, since);
            }
        }
        let (headers, meta, body) = self.exchange_allowing(endpoint, url, request, true).await?;
        let validator = Validator {
            etag: header(&headers, "etag"),
            last_modified: header(&headers, "last-modified"),
        };
        if meta.status == StatusCode::NOT_MODIFIED.as_u16() {
            return Ok(Conditional::NotModified { meta, validator });
        }
        let value = decode(endpoint, &body)?;
        Ok(Conditional::Modified {
            reply: Reply { value, meta },
            validator,
        })
    }

    /// POSTs a JSON `body` to `url` (GraphQL): the same headers, token, body limit and
    /// status handling as [`Http::get_json`], but the body is returned undecoded, since a
    /// GraphQL answer with HTTP 200 can still be a refusal that only its `errors` tell.
    pub(crate) async fn post_json_raw(
        &self,
        endpoint: &Endpoint,
        url: Url,
        body: Vec<u8>,
    ) -> Result<RawReply> {
        let request = self
            .client
            .post(url.clone())
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body);
        let (headers, meta, body) = self.exchange(endpoint, url, request).await?;
        Ok(RawReply {
            sso: header(&headers, "x-github-sso"),
            meta,
            body,
        })
    }

    /// Sends `request` with the token, reads the bounded body, logs the answer and turns a
    /// non-success status into its error: what every GitHub request of this client shares.
    async fn exchange(
        &self,
        endpoint: &Endpoint,
        url: Url,
        request: reqwest::RequestBuilder,
    ) -> Result<(HeaderMap, ReplyMeta, Vec<u8>)> {
        self.exchange_allowing(endpoint, url, request, false).await
    }

    /// [`Http::exchange`], with a 304 (`not_modified`: the request was conditional) an
    /// answer rather than an error.
    async fn exchange_allowing(
        &self,
        endpoint: &Endpoint,
        url: Url,
        request: reqwest::RequestBuilder,
        not_modified: bool,
    ) -> Result<(HeaderMap, ReplyMeta, Vec<u8>)> {
        let started = Instant::now();
        let response = request
            .header(AUTHORIZATION, self.auth.clone())
            .send()
            .await
            .map_err(|e| self.transport_error(endpoint, &url, &e))?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = self.read_body(endpoint, &url, response).await?;
        let meta = reply_meta(status, url, &headers, started.elapsed());
        tracing::debug!(
            endpoint = %endpoint,
            status = status.as_u16(),
            bytes = body.len(),
            elapsed_ms = meta.elapsed.as_millis() as u64,
            "GitHub answered"
        );
        let expected = status.is_success() || (not_modified && status == StatusCode::NOT_MODIFIED);
        if !expected {
            return Err(status_error(endpoint, status, &headers, &meta, &body));
        }
        Ok((headers, meta, body))
    }

    async fn read_body(
        &self,
        endpoint: &Endpoint,
        url: &Url,
        response: reqwest::Response,
    ) -> Result<Vec<u8>> {
        read_body(
            endpoint,
            url,
            response,
            self.options.max_body_bytes,
            self.options.timeout,
        )
        .await
    }

    fn transport_error(&self, endpoint: &Endpoint, url: &Url, e: &reqwest::Error) -> Error {
        transport_error(endpoint, url, self.options.timeout, e)
    }
}

/// Reads a response body, refusing more than `limit` bytes (checked against the declared
/// length first, then as chunks arrive), so a runaway answer cannot fill memory. Shared by
/// the REST and Manage API clients.
pub(crate) async fn read_body(
    endpoint: &Endpoint,
    url: &Url,
    mut response: reqwest::Response,
    limit: usize,
    timeout: Duration,
) -> Result<Vec<u8>> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(Error::BodyTooLarge {
            endpoint: endpoint.clone(),
            limit_bytes: limit,
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(endpoint, url, timeout, &e))?
    {
        if body.len() + chunk.len() > limit {
            return Err(Error::BodyTooLarge {
                endpoint: endpoint.clone(),
                limit_bytes: limit,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// What a failed request means for the admin: time-out, refused, TLS (with its reason),
/// unresolvable or unreachable host, or a broken connection. Shared by both clients.
pub(crate) fn transport_error(
    endpoint: &Endpoint,
    url: &Url,
    timeout: Duration,
    e: &reqwest::Error,
) -> Error {
    let endpoint = endpoint.clone();
    let address = address_of(url);
    if e.is_timeout() {
        return Error::Timeout {
            endpoint,
            url: url.to_string(),
            seconds: timeout.as_secs().max(1),
        };
    }
    if io_kind_in_chain(e, std::io::ErrorKind::ConnectionRefused) {
        return Error::ConnectionRefused { endpoint, address };
    }
    let chain = error_chain(e);
    if let Some(reason) = tls_failure(e, &chain) {
        return Error::Tls {
            endpoint,
            address,
            reason,
            detail: innermost(e),
        };
    }
    let lower = chain.to_ascii_lowercase();
    if e.is_connect() {
        let detail = if lower.contains("dns") || lower.contains("lookup") {
            t!("github-detail-name-not-resolved", detail = innermost(e))
        } else {
            innermost(e)
        };
        return Error::Connect {
            endpoint,
            address,
            detail,
        };
    }
    Error::Transport {
        endpoint,
        detail: chain,
    }
}

/// Checks and normalises a base API URL: http or https, a host, no query or fragment, no
/// trailing slash.
pub(crate) fn parse_base_url(raw: &str) -> Result<Url> {
    let invalid = |reason: &str| Error::InvalidUrl {
        url: raw.to_owned(),
        reason: reason.to_owned(),
    };
    let mut url = Url::parse(raw.trim()).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(&t!("github-url-scheme")));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid(&t!("github-url-no-host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(&t!("github-url-query")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(&t!("github-url-credentials")));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&path);
    Ok(url)
}

/// `base` with `segments` appended, each percent-encoded.
pub(crate) fn join(base: &Url, segments: &[&str]) -> Result<Url> {
    let mut url = base.clone();
    url.path_segments_mut()
        .map_err(|()| Error::InvalidUrl {
            url: base.to_string(),
            reason: t!("github-url-no-path"),
        })?
        .pop_if_empty()
        .extend(segments);
    Ok(url)
}

/// `host:port` of a URL, for messages.
pub(crate) fn address_of(url: &Url) -> String {
    match (url.host_str(), url.port_or_known_default()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        _ => url.to_string(),
    }
}

pub(crate) fn decode<T: DeserializeOwned>(endpoint: &Endpoint, body: &[u8]) -> Result<T> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        Error::Decode {
            endpoint: endpoint.clone(),
            path: if path == "." {
                t!("github-path-whole-body")
            } else {
                path
            },
            detail: e.into_inner().to_string(),
        }
    })?;
    de.end().map_err(|e| Error::Decode {
        endpoint: endpoint.clone(),
        path: t!("github-path-after-json"),
        detail: e.to_string(),
    })?;
    Ok(value)
}

fn reply_meta(status: StatusCode, url: Url, h: &HeaderMap, elapsed: Duration) -> ReplyMeta {
    ReplyMeta {
        status: status.as_u16(),
        url,
        enterprise_version: header(h, "x-github-enterprise-version"),
        rate_limit: RateLimit {
            limit: header_u64(h, "x-ratelimit-limit"),
            remaining: header_u64(h, "x-ratelimit-remaining"),
            used: header_u64(h, "x-ratelimit-used"),
            reset_at: header_u64(h, "x-ratelimit-reset")
                .and_then(|s| i64::try_from(s).ok())
                .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok()),
            resource: header(h, "x-ratelimit-resource"),
            retry_after: header_u64(h, "retry-after"),
        },
        oauth_scopes: oauth_scopes(h),
        links: header(h, "link")
            .map(|l| Links::parse(&l))
            .unwrap_or_default(),
        elapsed,
    }
}

fn status_error(
    endpoint: &Endpoint,
    status: StatusCode,
    headers: &HeaderMap,
    meta: &ReplyMeta,
    body: &[u8],
) -> Error {
    let github = github_message(body);
    let endpoint = endpoint.clone();
    let code = status.as_u16();
    let limit = meta.rate_limit.clone();
    let says_rate_limit = github
        .message
        .as_deref()
        .is_some_and(|m| m.to_ascii_lowercase().contains("rate limit"));
    match code {
        401 => Error::Unauthorized { endpoint, github },
        403 if limit.remaining == Some(0) || limit.retry_after.is_some() || says_rate_limit => {
            Error::RateLimited {
                endpoint,
                status: code,
                limit: Box::new(limit),
                github,
            }
        }
        403 => {
            let sso = header(headers, "x-github-sso");
            if sso.is_none() && is_token_type_refusal(&github) {
                return Error::TokenTypeUnsupported { endpoint, github };
            }
            Error::Forbidden {
                endpoint,
                github,
                sso,
                accepted_permissions: header(headers, "x-accepted-github-permissions"),
            }
        }
        404 => Error::NotFound {
            endpoint,
            github,
            scopes: meta.oauth_scopes.clone(),
        },
        429 => Error::RateLimited {
            endpoint,
            status: code,
            limit: Box::new(limit),
            github,
        },
        500..=599 => Error::ServerError {
            endpoint,
            status: code,
            github,
        },
        _ => Error::UnexpectedStatus {
            endpoint,
            status: code,
            github,
        },
    }
}

/// GitHub's `basic-error` body, read leniently; a non-JSON body yields its first line. The
/// Manage API documents no error body and gets the same reading.
pub(crate) fn github_message(body: &[u8]) -> GitHubMessage {
    #[derive(serde::Deserialize)]
    struct Basic {
        #[serde(default, deserialize_with = "crate::lenient::opt_string")]
        message: Option<String>,
        #[serde(default, deserialize_with = "crate::lenient::opt_string")]
        documentation_url: Option<String>,
    }
    if let Ok(b) = serde_json::from_slice::<Basic>(body) {
        return GitHubMessage {
            message: b.message,
            documentation_url: b.documentation_url,
        };
    }
    let text = String::from_utf8_lossy(body);
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    GitHubMessage {
        message: first.map(|l| l.chars().take(200).collect()),
        documentation_url: None,
    }
}

fn header(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// `X-OAuth-Scopes`: present (possibly empty) for classic tokens, absent for fine-grained and
/// GitHub App tokens, so an empty header is an empty list, not `None`.
fn oauth_scopes(h: &HeaderMap) -> Option<Vec<String>> {
    let v = h.get("x-oauth-scopes")?.to_str().ok()?;
    Some(
        v.split(',')
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect(),
    )
}

fn header_u64(h: &HeaderMap, name: &str) -> Option<u64> {
    header(h, name).and_then(|s| s.parse().ok())
}

fn io_kind_in_chain(e: &reqwest::Error, kind: std::io::ErrorKind) -> bool {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.kind() == kind {
                return true;
            }
        }
        source = s.source();
    }
    false
}

pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

fn innermost(e: &dyn std::error::Error) -> String {
    let mut last = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

/// The decoder, for the published-example tests.
#[cfg(test)]
pub(crate) fn tests_decode<T: DeserializeOwned>(endpoint: &Endpoint, body: &[u8]) -> Result<T> {
    decode(endpoint, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalised_and_checked() {
        assert_eq!(
            parse_base_url("https://ghes.example/api/v3/")
                .unwrap()
                .as_str(),
            "https://ghes.example/api/v3"
        );
        assert!(parse_base_url("ftp://x").is_err());
        assert!(parse_base_url("https://x/?a=1").is_err());
        assert!(parse_base_url("https://user:pw@x/").is_err());
        assert!(parse_base_url("not a url").is_err());
    }

    #[test]
    fn joined_segments_are_percent_encoded() {
        let base = parse_base_url("http://127.0.0.1:9/ghec/api").unwrap();
        let url = join(&base, &["enterprises", "a/b c", "license-sync-status"]).unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/ghec/api/enterprises/a%2Fb%20c/license-sync-status"
        );
        let root = parse_base_url("https://api.github.com").unwrap();
        assert_eq!(
            join(&root, &["enterprises", "acme"]).unwrap().as_str(),
            "https://api.github.com/enterprises/acme"
        );
    }

    #[test]
    fn a_non_json_error_body_keeps_its_first_line() {
        let m = github_message(b"\n  <html>Bad Gateway</html>\n");
        assert_eq!(m.message.as_deref(), Some("<html>Bad Gateway</html>"));
        let m = github_message(
            br#"{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}"#,
        );
        assert_eq!(m.message.as_deref(), Some("Bad credentials"));
        assert_eq!(
            m.documentation_url.as_deref(),
            Some("https://docs.github.com/rest")
        );
    }
}
