//! Errors of the GitHub clients, written for the admin at the keyboard.
//!
//! Each variant is one distinct situation with its own fix. The same HTTP status means
//! different things on the two sides (a 404 on GHES is "not a site admin", on GHEC it is one
//! of four causes GitHub does not tell apart), so every error carries the [`Endpoint`] it
//! came from and words its advice for that side. Where GitHub says more than the status, the
//! advice narrows: a classic token's `X-OAuth-Scopes` tells a missing `read:enterprise` from
//! a user who is not an owner, and rustls tells an untrusted certificate authority from a
//! certificate for another host name.
//!
//! No variant holds a token: messages name the endpoint, the address and GitHub's words.

use std::fmt;

use time::OffsetDateTime;

/// Result of a client call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The GitHub call an error belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Endpoint {
    /// GHES `GET /api/v3/enterprise/settings/license` on `host`.
    GhesLicense { host: String },
    /// GHES `GET /api/v3/meta` on `host`.
    GhesMeta { host: String },
    /// GHEC `GET /enterprises/{enterprise}/consumed-licenses`, one page.
    GhecConsumedLicenses { enterprise: String, page: u32 },
    /// GHEC `GET /enterprises/{enterprise}/license-sync-status`.
    GhecLicenseSyncStatus { enterprise: String },
    /// GHEC `GET /rate_limit`, with the token set up for `enterprise`.
    GhecRateLimit { enterprise: String },
    /// GHES Manage API `GET /manage/v1/config/license` on `host`.
    ManageLicense { host: String },
    /// GHES Manage API `GET /manage/v1/config/license/check` on `host`.
    ManageLicenseCheck { host: String },
    /// GHES Manage API `PUT /manage/v1/config/license` on `host`.
    ManageLicenseUpload { host: String },
    /// GHEC `POST /graphql`, reading `what` (e.g. "Enterprise Server installations") of
    /// `enterprise`.
    GhecGraphql { enterprise: String, what: String },
}

impl Endpoint {
    /// True for calls to a GitHub Enterprise Server instance.
    pub fn is_server(&self) -> bool {
        matches!(
            self,
            Self::GhesLicense { .. }
                | Self::GhesMeta { .. }
                | Self::ManageLicense { .. }
                | Self::ManageLicenseCheck { .. }
                | Self::ManageLicenseUpload { .. }
        )
    }

    /// The enterprise slug of a GHEC call.
    pub fn enterprise(&self) -> Option<&str> {
        match self {
            Self::GhecConsumedLicenses { enterprise, .. }
            | Self::GhecLicenseSyncStatus { enterprise }
            | Self::GhecRateLimit { enterprise }
            | Self::GhecGraphql { enterprise, .. } => Some(enterprise),
            Self::GhesLicense { .. }
            | Self::GhesMeta { .. }
            | Self::ManageLicense { .. }
            | Self::ManageLicenseCheck { .. }
            | Self::ManageLicenseUpload { .. } => None,
        }
    }

    fn is_graphql(&self) -> bool {
        matches!(self, Self::GhecGraphql { .. })
    }

    fn token_advice(&self) -> &'static str {
        if self.is_server() {
            "a classic personal access token of a site administrator (GHES accepts no fine-grained tokens here)"
        } else {
            "a classic personal access token of an enterprise owner with the read:enterprise scope"
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::GhesLicense { host } => {
                write!(f, "GHES {host}: GET /api/v3/enterprise/settings/license")
            }
            Self::GhesMeta { host } => write!(f, "GHES {host}: GET /api/v3/meta"),
            Self::ManageLicense { host } => {
                write!(f, "GHES {host}: Manage API GET /manage/v1/config/license")
            }
            Self::ManageLicenseCheck { host } => {
                write!(f, "GHES {host}: Manage API GET /manage/v1/config/license/check")
            }
            Self::ManageLicenseUpload { host } => {
                write!(f, "GHES {host}: Manage API PUT /manage/v1/config/license")
            }
            Self::GhecConsumedLicenses { enterprise, page } => write!(
                f,
                "GHEC enterprise {enterprise}: GET /enterprises/{enterprise}/consumed-licenses (page {page})"
            ),
            Self::GhecLicenseSyncStatus { enterprise } => write!(
                f,
                "GHEC enterprise {enterprise}: GET /enterprises/{enterprise}/license-sync-status"
            ),
            Self::GhecRateLimit { enterprise } => {
                write!(f, "GHEC enterprise {enterprise}: GET /rate_limit")
            }
            Self::GhecGraphql { enterprise, what } => {
                write!(f, "GHEC enterprise {enterprise}: GraphQL, {what}")
            }
        }
    }
}

/// GitHub's error body (`basic-error`): kept verbatim so the admin sees GitHub's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GitHubMessage {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}

impl GitHubMessage {
    fn quoted(&self) -> String {
        match &self.message {
            Some(m) if !m.is_empty() => format!(" \"{m}\""),
            _ => String::new(),
        }
    }
}

/// The rate-limit state GitHub reported with a response (`x-ratelimit-*`, `retry-after`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateLimit {
    pub limit: Option<u64>,
    pub remaining: Option<u64>,
    pub used: Option<u64>,
    /// When the window resets (`x-ratelimit-reset`, epoch seconds).
    pub reset_at: Option<OffsetDateTime>,
    pub resource: Option<String>,
    /// `retry-after`, in seconds.
    pub retry_after: Option<u64>,
}

impl RateLimit {
    /// How long to wait before trying again, as GitHub asks: `retry-after` first, else until
    /// the reset time, else at least a minute (GitHub's advice for secondary limits).
    pub fn wait_seconds(&self, now: OffsetDateTime) -> u64 {
        if let Some(s) = self.retry_after {
            return s;
        }
        if let Some(reset) = self.reset_at {
            let secs = (reset - now).whole_seconds();
            return u64::try_from(secs.max(1)).unwrap_or(1);
        }
        60
    }
}

/// One entry of a GraphQL answer's `errors`, as GitHub wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GraphqlProblem {
    /// GitHub's `type` (`NOT_FOUND`, `FORBIDDEN`, `RATE_LIMITED`, …), when it sent one.
    pub error_type: Option<String>,
    /// `extensions.code`, which GitHub sends for a query its schema refuses.
    pub code: Option<String>,
    /// GitHub's words, verbatim.
    pub message: String,
    /// Where in the answer, dotted (`enterprise.ownerInfo`), when GitHub said.
    pub path: Option<String>,
}

/// Why a certificate was refused, as far as the TLS library could tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TlsReason {
    /// Issued by a certificate authority this computer does not trust: self-signed, or a
    /// company CA that is neither in the OS trust store nor in the connection's CA bundle.
    UnknownIssuer,
    /// The certificate is for another host name than the one in the address.
    NameMismatch,
    /// The certificate has expired or is not valid yet (or this computer's clock is wrong).
    Expired,
    /// Anything else: a revoked or malformed certificate, no common protocol, a broken
    /// handshake.
    Other,
}

impl TlsReason {
    /// A stable name: `unknown_issuer`, `name_mismatch`, `expired` or `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownIssuer => "unknown_issuer",
            Self::NameMismatch => "name_mismatch",
            Self::Expired => "expired",
            Self::Other => "other",
        }
    }

    fn words(self) -> &'static str {
        match self {
            Self::UnknownIssuer => "its certificate was issued by a certificate authority this computer does not trust, such as a self-signed or company CA",
            Self::NameMismatch => "its certificate is for another host name",
            Self::Expired => "its certificate has expired or is not valid yet",
            Self::Other => "the TLS handshake failed",
        }
    }
}

/// Everything that can go wrong talking to GitHub.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(
        "{endpoint}: GitHub answered 401 Bad credentials: the token is wrong, expired or revoked."
    )]
    Unauthorized {
        endpoint: Endpoint,
        github: GitHubMessage,
    },

    #[error("{endpoint}: GitHub answered 403 Forbidden{}.", github.quoted())]
    Forbidden {
        endpoint: Endpoint,
        github: GitHubMessage,
        /// `X-GitHub-SSO`: the organisation enforces SAML SSO and the token is not authorised.
        sso: Option<String>,
        /// `X-Accepted-GitHub-Permissions`: the permission GitHub wanted.
        accepted_permissions: Option<String>,
    },

    #[error(
        "{endpoint}: GitHub answered 403 Forbidden{}: {} tokens are not accepted here.",
        github.quoted(),
        refused_token_type(github)
    )]
    TokenTypeUnsupported {
        endpoint: Endpoint,
        github: GitHubMessage,
    },

    #[error(
        "{endpoint}: GitHub answered 404 Not Found{}{}.",
        github.quoted(),
        not_found_cause(endpoint, scopes.as_deref())
    )]
    NotFound {
        endpoint: Endpoint,
        github: GitHubMessage,
        /// `X-OAuth-Scopes`, when GitHub sent it: classic tokens carry their scopes (possibly
        /// none), fine-grained and GitHub App tokens send no such header.
        scopes: Option<Vec<String>>,
    },

    #[error(
        "{endpoint}: GitHub's rate limit was reached{}.",
        rate_limit_words(limit)
    )]
    RateLimited {
        endpoint: Endpoint,
        status: u16,
        limit: Box<RateLimit>,
        github: GitHubMessage,
    },

    #[error("{endpoint}: GitHub answered {status}, a server error{}.", github.quoted())]
    ServerError {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },

    #[error("{endpoint}: GitHub answered an unexpected {status}{}.", github.quoted())]
    UnexpectedStatus {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },

    #[error("{endpoint}: no answer from {url} within {seconds} s.")]
    Timeout {
        endpoint: Endpoint,
        url: String,
        seconds: u64,
    },

    #[error("{endpoint}: the connection to {address} was refused: nothing is listening there.")]
    ConnectionRefused { endpoint: Endpoint, address: String },

    #[error("{endpoint}: could not connect to {address}: {detail}.")]
    Connect {
        endpoint: Endpoint,
        address: String,
        detail: String,
    },

    #[error("{endpoint}: the secure connection to {address} failed: {} ({detail}).", reason.words())]
    Tls {
        endpoint: Endpoint,
        address: String,
        reason: TlsReason,
        detail: String,
    },

    #[error("{endpoint}: the connection broke before GitHub's answer was complete: {detail}.")]
    Transport { endpoint: Endpoint, detail: String },

    #[error("{endpoint}: GitHub's answer could not be read at `{path}`: {detail}.")]
    Decode {
        endpoint: Endpoint,
        path: String,
        detail: String,
    },

    #[error("{endpoint}: GitHub's answer is larger than {limit_bytes} bytes, more than any license response should be.")]
    BodyTooLarge {
        endpoint: Endpoint,
        limit_bytes: usize,
    },

    #[error("{endpoint}: GitHub pointed the next page at {url}, a different host than the one configured; the token was not sent there.")]
    ForeignLink { endpoint: Endpoint, url: String },

    #[error("`{url}` is not a usable API address: {reason}.")]
    InvalidUrl { url: String, reason: String },

    #[error("the HTTP client could not be set up: {detail}.")]
    ClientSetup { detail: String },

    #[error("the custom CA bundle cannot be used: {problem}.")]
    CaBundle { problem: String },

    #[error("The fetch of GHEC enterprise {enterprise}'s consumed licenses was cancelled; nothing was kept from it.")]
    Cancelled { enterprise: String },

    #[error("{endpoint}: GitHub refused the query: \"{}\"{}.", github.message.as_deref().unwrap_or_default(), more_problems(errors))]
    Graphql {
        endpoint: Endpoint,
        /// The first problem's message, verbatim.
        github: GitHubMessage,
        /// Every entry of GitHub's `errors`.
        errors: Vec<GraphqlProblem>,
    },

    #[error("{endpoint}: cancelled; nothing was kept from it.")]
    GraphqlCancelled { endpoint: Endpoint },

    #[error("{endpoint}: GitHub no longer lists the Enterprise Server installation `{installation_id}` of enterprise `{enterprise}`.")]
    InstallationNotListed {
        endpoint: Endpoint,
        enterprise: String,
        installation_id: String,
    },

    #[error("{endpoint}: the Manage API answered 401 Unauthorized: the Management Console password was not accepted.")]
    ManagePasswordRefused { endpoint: Endpoint },

    #[error("{endpoint}: GHES refused the license file ({status}){}.", github.quoted())]
    LicenseRejected {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },
}

/// What a GHEC 404 means, when the token's scopes tell.
fn not_found_cause(endpoint: &Endpoint, scopes: Option<&[String]>) -> String {
    let (Some(enterprise), Some(scopes)) = (endpoint.enterprise(), scopes) else {
        return String::new();
    };
    if has_read_enterprise(scopes) {
        format!(": the token has read:enterprise, so its user is not an owner of enterprise `{enterprise}` or the slug `{enterprise}` is wrong")
    } else {
        format!(
            ": the token lacks the read:enterprise scope (its scopes: {})",
            scope_list(scopes)
        )
    }
}

/// `admin:enterprise` includes `read:enterprise`.
fn has_read_enterprise(scopes: &[String]) -> bool {
    scopes
        .iter()
        .any(|s| s == "read:enterprise" || s == "admin:enterprise")
}

fn scope_list(scopes: &[String]) -> String {
    if scopes.is_empty() {
        "none".to_owned()
    } else {
        scopes.join(", ")
    }
}

/// GitHub's "Resource not accessible by personal access token" (a fine-grained token) or
/// "… by integration" (a GitHub App token).
pub(crate) fn is_token_type_refusal(github: &GitHubMessage) -> bool {
    github.message.as_deref().is_some_and(|m| {
        m.to_ascii_lowercase()
            .contains("resource not accessible by")
    })
}

fn refused_token_type(github: &GitHubMessage) -> &'static str {
    let m = github.message.as_deref().unwrap_or_default();
    if m.to_ascii_lowercase().contains("integration") {
        "GitHub App"
    } else {
        "fine-grained"
    }
}

fn more_problems(errors: &[GraphqlProblem]) -> String {
    match errors.len() {
        0 | 1 => String::new(),
        n => format!(" (and {} more)", n - 1),
    }
}

fn rate_limit_words(l: &RateLimit) -> String {
    let mut s = String::new();
    if let (Some(used), Some(limit)) = (l.used, l.limit) {
        s.push_str(&format!(" ({used} of {limit} requests used"));
        if let Some(r) = &l.resource {
            s.push_str(&format!(", resource {r}"));
        }
        s.push(')');
    }
    if let Some(secs) = l.retry_after {
        s.push_str(&format!("; GitHub asks to retry after {secs} s"));
    } else if let Some(reset) = l.reset_at {
        s.push_str(&format!(
            "; the limit resets at {:02}:{:02}:{:02} UTC",
            reset.hour(),
            reset.minute(),
            reset.second()
        ));
    }
    s
}

impl Error {
    /// A stable name for the kind of failure, for the UI and `--json` output to switch on.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Unauthorized { .. } => "unauthorized",
            Self::Forbidden { sso: Some(_), .. } => "sso_required",
            Self::Forbidden { .. } => "forbidden",
            Self::TokenTypeUnsupported { .. } => "token_type_unsupported",
            Self::NotFound { .. } => "not_found",
            Self::RateLimited { .. } => "rate_limited",
            Self::ServerError { .. } => "server_error",
            Self::UnexpectedStatus { .. } => "unexpected_status",
            Self::Timeout { .. } => "timeout",
            Self::ConnectionRefused { .. } => "connection_refused",
            Self::Connect { .. } => "connect",
            Self::Tls { reason, .. } => match reason {
                TlsReason::UnknownIssuer => "tls_unknown_issuer",
                TlsReason::NameMismatch => "tls_name_mismatch",
                TlsReason::Expired => "tls_expired",
                TlsReason::Other => "tls",
            },
            Self::Transport { .. } => "transport",
            Self::Decode { .. } => "decode",
            Self::BodyTooLarge { .. } => "body_too_large",
            Self::ForeignLink { .. } => "foreign_link",
            Self::InvalidUrl { .. } => "invalid_url",
            Self::ClientSetup { .. } => "client_setup",
            Self::CaBundle { .. } => "ca_bundle",
            Self::Cancelled { .. } => "cancelled",
            Self::ManagePasswordRefused { .. } => "manage_unauthorized",
            Self::LicenseRejected { .. } => "license_rejected",
            Self::Graphql { .. } => "graphql",
            Self::GraphqlCancelled { .. } => "cancelled",
            Self::InstallationNotListed { .. } => "installation_not_found",
        }
    }

    /// The endpoint the error belongs to, when it belongs to one.
    pub fn endpoint(&self) -> Option<&Endpoint> {
        match self {
            Self::Unauthorized { endpoint, .. }
            | Self::Forbidden { endpoint, .. }
            | Self::TokenTypeUnsupported { endpoint, .. }
            | Self::NotFound { endpoint, .. }
            | Self::RateLimited { endpoint, .. }
            | Self::ServerError { endpoint, .. }
            | Self::UnexpectedStatus { endpoint, .. }
            | Self::Timeout { endpoint, .. }
            | Self::ConnectionRefused { endpoint, .. }
            | Self::Connect { endpoint, .. }
            | Self::Tls { endpoint, .. }
            | Self::Transport { endpoint, .. }
            | Self::Decode { endpoint, .. }
            | Self::BodyTooLarge { endpoint, .. }
            | Self::ForeignLink { endpoint, .. }
            | Self::ManagePasswordRefused { endpoint }
            | Self::LicenseRejected { endpoint, .. }
            | Self::Graphql { endpoint, .. }
            | Self::GraphqlCancelled { endpoint }
            | Self::InstallationNotListed { endpoint, .. } => Some(endpoint),
            Self::InvalidUrl { .. }
            | Self::ClientSetup { .. }
            | Self::CaBundle { .. }
            | Self::Cancelled { .. } => None,
        }
    }

    /// The token's scopes as GitHub reported them with a 404 (`X-OAuth-Scopes`); `None` when
    /// GitHub sent no such header, as for fine-grained and GitHub App tokens.
    pub fn scopes(&self) -> Option<&[String]> {
        match self {
            Self::NotFound { scopes, .. } => scopes.as_deref(),
            _ => None,
        }
    }

    /// Why the certificate was refused, for a TLS failure.
    pub fn tls_reason(&self) -> Option<TlsReason> {
        match self {
            Self::Tls { reason, .. } => Some(*reason),
            _ => None,
        }
    }

    /// GitHub's own error body, when it sent one.
    pub fn github_message(&self) -> Option<&GitHubMessage> {
        match self {
            Self::Unauthorized { github, .. }
            | Self::Forbidden { github, .. }
            | Self::TokenTypeUnsupported { github, .. }
            | Self::NotFound { github, .. }
            | Self::RateLimited { github, .. }
            | Self::ServerError { github, .. }
            | Self::UnexpectedStatus { github, .. }
            | Self::LicenseRejected { github, .. }
            | Self::Graphql { github, .. } => Some(github),
            _ => None,
        }
    }

    /// True when the same request may succeed if simply sent again later.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::RateLimited { .. }
                | Self::ServerError { .. }
                | Self::Timeout { .. }
                | Self::Transport { .. }
        )
    }

    /// What the admin should do about it, in one or two sentences.
    pub fn fix(&self) -> String {
        match self {
            Self::Unauthorized { endpoint, .. } => format!(
                "Create a new token ({}) and save it for this connection.",
                endpoint.token_advice()
            ),
            Self::Forbidden {
                sso: Some(sso),
                ..
            } => format!(
                "The organization enforces SAML single sign-on and this token is not authorized for it. Authorize the token for SSO{}, then try again.",
                sso_url(sso).map(|u| format!(" at {u}")).unwrap_or_default()
            ),
            Self::Forbidden { endpoint, .. } if endpoint.is_graphql() => {
                let enterprise = endpoint.enterprise().unwrap_or_default();
                format!(
                    "GitHub shows an enterprise's Enterprise Server installations only to its owners, and a classic token needs the read:enterprise (or admin:enterprise) scope. Use a classic personal access token of an owner of enterprise `{enterprise}` with read:enterprise (Settings, Developer settings, Personal access tokens (classic))."
                )
            }
            Self::Forbidden {
                endpoint,
                accepted_permissions: Some(p),
                ..
            } => format!(
                "GitHub wants the permission `{p}`, which this token lacks. Use {}.",
                endpoint.token_advice()
            ),
            Self::Forbidden { endpoint, .. } => format!(
                "The token may not read this: fine-grained tokens and GitHub App tokens are refused here, or too many bad logins locked the account for a while. Use {}.",
                endpoint.token_advice()
            ),
            Self::TokenTypeUnsupported { endpoint, github } => format!(
                "Use a classic personal access token ({} tokens are not accepted by this endpoint): create {} and save it for this connection.",
                refused_token_type(github),
                endpoint.token_advice()
            ),
            Self::NotFound { endpoint, scopes, .. } if endpoint.is_server() => {
                let mut fix = "GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator, and check the host is a GitHub Enterprise Server.".to_owned();
                if let Some(scopes) = scopes.as_deref().filter(|s| !s.iter().any(|x| x == "site_admin")) {
                    fix.push_str(&format!(
                        " The token's scopes ({}) do not include site_admin: if its user is a site administrator, add that scope.",
                        scope_list(scopes)
                    ));
                }
                fix
            }
            Self::NotFound { endpoint, scopes, .. } if endpoint.is_graphql() => {
                let enterprise = endpoint.enterprise().unwrap_or_default();
                let mut fix = format!(
                    "GitHub found no enterprise `{enterprise}` for this token: the enterprise slug is wrong, or the token's user is not an owner of it. Check the slug in the enterprise's address (https://github.com/enterprises/SLUG) and use a classic token of an enterprise owner with read:enterprise."
                );
                if let Some(scopes) = scopes.as_deref().filter(|s| !has_read_enterprise(s)) {
                    fix.push_str(&format!(
                        " The token's scopes ({}) lack read:enterprise: add it.",
                        scope_list(scopes)
                    ));
                }
                fix
            }
            Self::NotFound { endpoint, scopes, .. } => {
                let enterprise = endpoint.enterprise().unwrap_or_default();
                match scopes.as_deref() {
                    Some(scopes) if has_read_enterprise(scopes) => format!(
                        "The token has read:enterprise, so GitHub is saying its user is not an owner of enterprise `{enterprise}`, or the slug `{enterprise}` is wrong. Use a token of an enterprise owner, and check the slug in the enterprise's address (https://github.com/enterprises/SLUG)."
                    ),
                    Some(scopes) => format!(
                        "The token lacks the read:enterprise scope (its scopes: {}). Edit the classic token on GitHub (Settings, Developer settings, Personal access tokens (classic)), tick read:enterprise, and try again; if GitHub still answers 404, its user is not an owner of enterprise `{enterprise}` or the slug is wrong.",
                        scope_list(scopes)
                    ),
                    None => format!(
                        "GitHub sent no token scopes, as for fine-grained and GitHub App tokens, and does not tell the causes apart: the token type is not supported (use a classic personal access token), the token lacks the read:enterprise scope, the token's user is not an owner of enterprise `{enterprise}`, or the slug `{enterprise}` is wrong."
                    ),
                }
            }
            Self::RateLimited { endpoint, limit, .. } if endpoint.is_graphql() => format!(
                "Wait {} s and try again; GitHub counts GraphQL points per hour, about one per 100 user accounts read.",
                limit.wait_seconds(OffsetDateTime::now_utc())
            ),
            Self::RateLimited { limit, .. } => format!(
                "Wait {} s and try again; large enterprises need one request per 100 consumers.",
                limit.wait_seconds(OffsetDateTime::now_utc())
            ),
            Self::ServerError { .. } => {
                "GitHub or the instance is having trouble. Try again in a minute; if it persists, check the instance's health or githubstatus.com.".to_owned()
            }
            Self::UnexpectedStatus { .. } => {
                "Check that the address points at the GitHub API (GHES: https://HOST/api/v3; GHEC: https://api.github.com or https://api.SUBDOMAIN.ghe.com), not at a proxy or a web page.".to_owned()
            }
            Self::Timeout { .. } => {
                "Check that the host is reachable from this machine (VPN, proxy, firewall), then try again.".to_owned()
            }
            Self::ConnectionRefused { .. } => {
                "Check the host name and port, and that the instance is running.".to_owned()
            }
            Self::Connect { .. } => {
                "Check the host name for typos and that this machine can resolve and reach it (VPN, DNS, proxy).".to_owned()
            }
            Self::Tls { reason: TlsReason::UnknownIssuer, .. } => {
                "Set a custom CA bundle for this instance in Connections, or install the CA in the OS trust store. If a bundle is set already, it lacks the CA that issued this certificate: use the company's root CA certificate (PEM).".to_owned()
            }
            Self::Tls { reason: TlsReason::NameMismatch, .. } => {
                "The certificate is for another host name: check the hostname in the connection's address is the instance's own name (the one on its certificate), not an alias or an IP address.".to_owned()
            }
            Self::Tls { reason: TlsReason::Expired, .. } => {
                "Check this computer's date and time; if they are right, the instance's certificate has expired and its administrator must renew it.".to_owned()
            }
            Self::Tls { .. } => {
                "If the instance uses a certificate from your company's own certificate authority, set that CA bundle for the connection. Otherwise check the host name and that no proxy intercepts the connection.".to_owned()
            }
            Self::Transport { .. } => "Try again; a proxy or an unstable network may have cut the connection.".to_owned(),
            Self::Decode { .. } => {
                "The answer is not what GitHub documents: a proxy or login page may sit in front of the API, or the address is wrong. Open the URL in a browser to see what answers.".to_owned()
            }
            Self::BodyTooLarge { .. } => "Check the address points at the GitHub API.".to_owned(),
            Self::ForeignLink { .. } => "Check the API address in the connection settings: it should be the host GitHub itself uses in its page links.".to_owned(),
            Self::InvalidUrl { .. } => "Enter an address like https://github.example.com (GHES) or https://api.github.com (GHEC).".to_owned(),
            Self::ClientSetup { .. } => "This is a problem of the app's environment; see the logs.".to_owned(),
            Self::Cancelled { .. } => "Load the consumed licenses again when you are ready; the data loaded before, if any, is still shown.".to_owned(),
            Self::ManagePasswordRefused { .. } => "Enter the Management Console password in Connections (the root site administrator password: the app signs in as api_key, so a Management Console user's own password is not enough). Too many wrong passwords lock the Manage API for a while.".to_owned(),
            Self::Graphql { .. } => "GitHub's own words above say what it refused. If they name a field, argument or type, this app's query no longer matches GitHub's schema: update the app. Otherwise try again later.".to_owned(),
            Self::GraphqlCancelled { .. } => "Load it again when you are ready; what was shown before, if anything, is still shown.".to_owned(),
            Self::InstallationNotListed { enterprise, .. } => format!("The instance may have been removed from enterprise `{enterprise}` on GitHub, or its history reset. Refresh the list of Enterprise Server installations and try again."),
            Self::LicenseRejected { .. } => "Choose the .ghl license file GitHub sent for this instance (from the enterprise account's Enterprise licensing page), not a license-usage export or another file.".to_owned(),
            Self::CaBundle { .. } => "Choose the PEM file of the certificate authority that issued the instance's certificate (a text file starting with -----BEGIN CERTIFICATE-----), or clear the custom CA bundle to use the OS trust store alone.".to_owned(),
        }
    }
}

/// `X-GitHub-SSO` is `required; url=https://github.com/orgs/ORG/sso?authorization_request=…`.
fn sso_url(header: &str) -> Option<&str> {
    header
        .split(';')
        .map(str::trim)
        .find_map(|part| part.strip_prefix("url="))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ghec() -> Endpoint {
        Endpoint::GhecLicenseSyncStatus {
            enterprise: "acme".into(),
        }
    }

    #[test]
    fn a_ghec_404_lists_all_four_causes() {
        let e = Error::NotFound {
            endpoint: ghec(),
            github: GitHubMessage::default(),
            scopes: None,
        };
        let fix = e.fix();
        for words in ["not an owner", "slug", "read:enterprise", "token type"] {
            assert!(fix.contains(words), "{words} missing from {fix}");
        }
    }

    fn ghec_404_with_scopes(scopes: &[&str]) -> Error {
        Error::NotFound {
            endpoint: ghec(),
            github: GitHubMessage::default(),
            scopes: Some(scopes.iter().map(|s| (*s).to_owned()).collect()),
        }
    }

    #[test]
    fn a_ghec_404_for_a_classic_token_without_read_enterprise_says_to_add_the_scope() {
        let e = ghec_404_with_scopes(&["repo", "read:org"]);
        assert_eq!(e.kind(), "not_found");
        assert!(
            e.to_string()
                .contains("lacks the read:enterprise scope (its scopes: repo, read:org)"),
            "{e}"
        );
        assert!(e.fix().contains("tick read:enterprise"), "{}", e.fix());
        let e = ghec_404_with_scopes(&[]);
        assert!(e.to_string().contains("its scopes: none"), "{e}");
    }

    #[test]
    fn a_ghec_404_for_a_token_with_the_scope_blames_ownership_or_the_slug() {
        for scope in ["read:enterprise", "admin:enterprise"] {
            let e = ghec_404_with_scopes(&[scope]);
            assert!(
                e.to_string().contains("not an owner of enterprise `acme`"),
                "{e}"
            );
            let fix = e.fix();
            assert!(
                fix.contains("not an owner") && fix.contains("slug"),
                "{fix}"
            );
            assert!(!fix.contains("tick read:enterprise"), "{fix}");
        }
    }

    #[test]
    fn a_fine_grained_403_is_an_unsupported_token_type_asking_for_a_classic_token() {
        let e = Error::TokenTypeUnsupported {
            endpoint: ghec(),
            github: GitHubMessage {
                message: Some("Resource not accessible by personal access token".into()),
                documentation_url: None,
            },
        };
        assert_eq!(e.kind(), "token_type_unsupported");
        assert!(
            e.to_string()
                .contains("fine-grained tokens are not accepted"),
            "{e}"
        );
        assert!(e.fix().contains("Use a classic personal access token (fine-grained tokens are not accepted by this endpoint)"), "{}", e.fix());
    }

    #[test]
    fn tls_failures_have_a_kind_and_a_fix_per_reason() {
        let tls = |reason| Error::Tls {
            endpoint: ghec(),
            address: "ghes.example:443".into(),
            reason,
            detail: "invalid peer certificate".into(),
        };
        let e = tls(TlsReason::UnknownIssuer);
        assert_eq!(e.kind(), "tls_unknown_issuer");
        assert!(e.fix().contains("custom CA bundle") && e.fix().contains("OS trust store"));
        let e = tls(TlsReason::NameMismatch);
        assert_eq!(e.kind(), "tls_name_mismatch");
        assert!(e.fix().contains("another host name: check the hostname"));
        let e = tls(TlsReason::Expired);
        assert_eq!(e.kind(), "tls_expired");
        assert!(e.fix().contains("expired"));
        assert_eq!(tls(TlsReason::Other).kind(), "tls");
    }

    #[test]
    fn a_ghes_404_says_site_administrator() {
        let e = Error::NotFound {
            endpoint: Endpoint::GhesLicense {
                host: "ghes.example".into(),
            },
            github: GitHubMessage {
                message: Some("Not Found".into()),
                documentation_url: None,
            },
            scopes: None,
        };
        assert!(e.fix().contains("site administrator"));
        assert!(e.to_string().contains("\"Not Found\""));
    }

    #[test]
    fn an_sso_403_points_at_githubs_authorisation_url() {
        let e = Error::Forbidden {
            endpoint: ghec(),
            github: GitHubMessage::default(),
            sso: Some(
                "required; url=https://github.com/orgs/acme/sso?authorization_request=A1".into(),
            ),
            accepted_permissions: None,
        };
        assert_eq!(e.kind(), "sso_required");
        assert!(e
            .fix()
            .contains("https://github.com/orgs/acme/sso?authorization_request=A1"));
    }

    #[test]
    fn rate_limits_say_how_long_to_wait() {
        let now = OffsetDateTime::now_utc();
        let l = RateLimit {
            retry_after: Some(7),
            ..Default::default()
        };
        assert_eq!(l.wait_seconds(now), 7);
        let l = RateLimit {
            reset_at: Some(now + time::Duration::seconds(90)),
            ..Default::default()
        };
        assert!((89..=90).contains(&l.wait_seconds(now)));
        assert_eq!(RateLimit::default().wait_seconds(now), 60);
    }
}
