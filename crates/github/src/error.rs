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

use ghls_l10n::{msg, Arg, Message};
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

    /// The token this endpoint takes, for the fixes ("a classic personal access token of
    /// …").
    fn token_advice(&self) -> Message {
        if self.is_server() {
            msg!("github-token-advice-server")
        } else {
            msg!("github-token-advice-cloud")
        }
    }

    /// The call, as the messages name it: `GHES ghes.example: GET /api/v3/meta`.
    pub fn message(&self) -> Message {
        match self {
            Self::GhesLicense { host } => msg!("github-endpoint-ghes-license", host = host),
            Self::GhesMeta { host } => msg!("github-endpoint-ghes-meta", host = host),
            Self::ManageLicense { host } => msg!("github-endpoint-manage-license", host = host),
            Self::ManageLicenseCheck { host } => {
                msg!("github-endpoint-manage-license-check", host = host)
            }
            Self::ManageLicenseUpload { host } => {
                msg!("github-endpoint-manage-license-upload", host = host)
            }
            Self::GhecConsumedLicenses { enterprise, page } => msg!(
                "github-endpoint-ghec-consumed-licenses",
                enterprise = enterprise,
                page = *page
            ),
            Self::GhecLicenseSyncStatus { enterprise } => msg!(
                "github-endpoint-ghec-license-sync-status",
                enterprise = enterprise
            ),
            Self::GhecRateLimit { enterprise } => {
                msg!("github-endpoint-ghec-rate-limit", enterprise = enterprise)
            }
            Self::GhecGraphql { enterprise, what } => msg!(
                "github-endpoint-ghec-graphql",
                enterprise = enterprise,
                what = what
            ),
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

/// GitHub's error body (`basic-error`): kept verbatim so the admin sees GitHub's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GitHubMessage {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}

impl GitHubMessage {
    /// GitHub's words quoted after a status (`github-said`), or nothing.
    fn said(&self) -> Arg {
        match &self.message {
            Some(m) if !m.is_empty() => Arg::from(msg!("github-said", message = m)),
            _ => Arg::from(""),
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
}

/// Everything that can go wrong talking to GitHub.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    Unauthorized {
        endpoint: Endpoint,
        github: GitHubMessage,
    },

    Forbidden {
        endpoint: Endpoint,
        github: GitHubMessage,
        /// `X-GitHub-SSO`: the organisation enforces SAML SSO and the token is not authorised.
        sso: Option<String>,
        /// `X-Accepted-GitHub-Permissions`: the permission GitHub wanted.
        accepted_permissions: Option<String>,
    },

    TokenTypeUnsupported {
        endpoint: Endpoint,
        github: GitHubMessage,
    },

    NotFound {
        endpoint: Endpoint,
        github: GitHubMessage,
        /// `X-OAuth-Scopes`, when GitHub sent it: classic tokens carry their scopes (possibly
        /// none), fine-grained and GitHub App tokens send no such header.
        scopes: Option<Vec<String>>,
    },

    RateLimited {
        endpoint: Endpoint,
        status: u16,
        limit: Box<RateLimit>,
        github: GitHubMessage,
    },

    ServerError {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },

    UnexpectedStatus {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },

    Timeout {
        endpoint: Endpoint,
        url: String,
        seconds: u64,
    },

    ConnectionRefused {
        endpoint: Endpoint,
        address: String,
    },

    Connect {
        endpoint: Endpoint,
        address: String,
        detail: String,
    },

    Tls {
        endpoint: Endpoint,
        address: String,
        reason: TlsReason,
        detail: String,
    },

    Transport {
        endpoint: Endpoint,
        detail: String,
    },

    Decode {
        endpoint: Endpoint,
        path: String,
        detail: String,
    },

    BodyTooLarge {
        endpoint: Endpoint,
        limit_bytes: usize,
    },

    ForeignLink {
        endpoint: Endpoint,
        url: String,
    },

    InvalidUrl {
        url: String,
        reason: String,
    },

    ClientSetup {
        detail: String,
    },

    CaBundle {
        problem: String,
    },

    Cancelled {
        enterprise: String,
    },

    Graphql {
        endpoint: Endpoint,
        /// The first problem's message, verbatim.
        github: GitHubMessage,
        /// Every entry of GitHub's `errors`.
        errors: Vec<GraphqlProblem>,
    },

    GraphqlCancelled {
        endpoint: Endpoint,
    },

    InstallationNotListed {
        endpoint: Endpoint,
        enterprise: String,
        installation_id: String,
    },

    ManagePasswordRefused {
        endpoint: Endpoint,
    },

    LicenseRejected {
        endpoint: Endpoint,
        status: u16,
        github: GitHubMessage,
    },
}

/// `admin:enterprise` includes `read:enterprise`.
fn has_read_enterprise(scopes: &[String]) -> bool {
    scopes
        .iter()
        .any(|s| s == "read:enterprise" || s == "admin:enterprise")
}

/// The token's scopes as the messages list them, or `github-scopes-none`.
fn scope_list(scopes: &[String]) -> Arg {
    if scopes.is_empty() {
        Arg::from(msg!("github-scopes-none"))
    } else {
        Arg::from(scopes.join(", "))
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

/// The selector of the refused token type: `github-app` or `fine-grained`.
fn refused_token_type(github: &GitHubMessage) -> &'static str {
    let m = github.message.as_deref().unwrap_or_default();
    if m.to_ascii_lowercase().contains("integration") {
        "github-app"
    } else {
        "fine-grained"
    }
}

/// How many of the requests of the window were used, when GitHub said.
fn rate_usage(l: &RateLimit) -> Arg {
    match (l.used, l.limit, &l.resource) {
        (Some(used), Some(limit), Some(resource)) => Arg::from(msg!(
            "github-rate-usage-resource",
            used = used,
            limit = limit,
            resource = resource
        )),
        (Some(used), Some(limit), None) => {
            Arg::from(msg!("github-rate-usage", used = used, limit = limit))
        }
        _ => Arg::from(""),
    }
}

/// How long GitHub asks to wait, when it said.
fn rate_wait(l: &RateLimit) -> Arg {
    if let Some(secs) = l.retry_after {
        Arg::from(msg!("github-rate-retry-after", seconds = secs))
    } else if let Some(reset) = l.reset_at {
        let time = format!(
            "{:02}:{:02}:{:02}",
            reset.hour(),
            reset.minute(),
            reset.second()
        );
        Arg::from(msg!("github-rate-resets-at", time = time))
    } else {
        Arg::from("")
    }
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

    /// What failed, as a message of `locales/*/github.ftl` (the error's `Display` is its
    /// text in the process's language). GitHub's own words are in it verbatim.
    pub fn message(&self) -> Message {
        match self {
            Self::Unauthorized { endpoint, .. } => {
                msg!("github-unauthorized", endpoint = endpoint.message())
            }
            Self::Forbidden {
                endpoint, github, ..
            } => msg!(
                "github-forbidden",
                endpoint = endpoint.message(),
                said = github.said()
            ),
            Self::TokenTypeUnsupported { endpoint, github } => msg!(
                "github-token-type-unsupported",
                endpoint = endpoint.message(),
                said = github.said(),
                kind = refused_token_type(github)
            ),
            Self::NotFound {
                endpoint,
                github,
                scopes,
            } => {
                let (endpoint_words, said) = (endpoint.message(), github.said());
                match (endpoint.enterprise(), scopes.as_deref()) {
                    (Some(enterprise), Some(scopes)) if has_read_enterprise(scopes) => msg!(
                        "github-not-found-not-owner",
                        endpoint = endpoint_words,
                        said = said,
                        enterprise = enterprise
                    ),
                    (Some(_), Some(scopes)) => msg!(
                        "github-not-found-lacks-scope",
                        endpoint = endpoint_words,
                        said = said,
                        scopes = scope_list(scopes)
                    ),
                    _ => msg!("github-not-found", endpoint = endpoint_words, said = said),
                }
            }
            Self::RateLimited {
                endpoint, limit, ..
            } => msg!(
                "github-rate-limited",
                endpoint = endpoint.message(),
                usage = rate_usage(limit),
                wait = rate_wait(limit)
            ),
            Self::ServerError {
                endpoint,
                status,
                github,
            } => msg!(
                "github-server-error",
                endpoint = endpoint.message(),
                status = *status,
                said = github.said()
            ),
            Self::UnexpectedStatus {
                endpoint,
                status,
                github,
            } => msg!(
                "github-unexpected-status",
                endpoint = endpoint.message(),
                status = *status,
                said = github.said()
            ),
            Self::Timeout {
                endpoint,
                url,
                seconds,
            } => msg!(
                "github-timeout",
                endpoint = endpoint.message(),
                url = url,
                seconds = *seconds
            ),
            Self::ConnectionRefused { endpoint, address } => msg!(
                "github-connection-refused",
                endpoint = endpoint.message(),
                address = address
            ),
            Self::Connect {
                endpoint,
                address,
                detail,
            } => msg!(
                "github-connect",
                endpoint = endpoint.message(),
                address = address,
                detail = detail
            ),
            Self::Tls {
                endpoint,
                address,
                reason,
                detail,
            } => msg!(
                "github-tls",
                endpoint = endpoint.message(),
                address = address,
                reason = reason.as_str(),
                detail = detail
            ),
            Self::Transport { endpoint, detail } => msg!(
                "github-transport",
                endpoint = endpoint.message(),
                detail = detail
            ),
            Self::Decode {
                endpoint,
                path,
                detail,
            } => msg!(
                "github-decode",
                endpoint = endpoint.message(),
                path = path,
                detail = detail
            ),
            Self::BodyTooLarge {
                endpoint,
                limit_bytes,
            } => msg!(
                "github-body-too-large",
                endpoint = endpoint.message(),
                limit = *limit_bytes
            ),
            Self::ForeignLink { endpoint, url } => msg!(
                "github-foreign-link",
                endpoint = endpoint.message(),
                url = url
            ),
            Self::InvalidUrl { url, reason } => {
                msg!("github-invalid-url", url = url, reason = reason)
            }
            Self::ClientSetup { detail } => msg!("github-client-setup", detail = detail),
            Self::CaBundle { problem } => msg!("github-ca-bundle", problem = problem),
            Self::Cancelled { enterprise } => msg!("github-cancelled", enterprise = enterprise),
            Self::Graphql {
                endpoint,
                github,
                errors,
            } => msg!(
                "github-graphql",
                endpoint = endpoint.message(),
                message = github.message.as_deref().unwrap_or_default(),
                more = errors.len().saturating_sub(1)
            ),
            Self::GraphqlCancelled { endpoint } => {
                msg!("github-graphql-cancelled", endpoint = endpoint.message())
            }
            Self::InstallationNotListed {
                endpoint,
                enterprise,
                installation_id,
            } => msg!(
                "github-installation-not-listed",
                endpoint = endpoint.message(),
                installation = installation_id,
                enterprise = enterprise
            ),
            Self::ManagePasswordRefused { endpoint } => {
                msg!(
                    "github-manage-password-refused",
                    endpoint = endpoint.message()
                )
            }
            Self::LicenseRejected {
                endpoint,
                status,
                github,
            } => msg!(
                "github-license-rejected",
                endpoint = endpoint.message(),
                status = *status,
                said = github.said()
            ),
        }
    }

    /// What the admin should do about it, in one or two sentences (the text of
    /// [`Error::fix_message`] in the process's language).
    pub fn fix(&self) -> String {
        self.fix_message().text()
    }

    /// What the admin should do about it, as a message of `locales/*/github.ftl`.
    pub fn fix_message(&self) -> Message {
        match self {
            Self::Unauthorized { endpoint, .. } => {
                msg!("github-fix-unauthorized", token = endpoint.token_advice())
            }
            Self::Forbidden { sso: Some(sso), .. } => match sso_url(sso) {
                Some(url) => msg!("github-fix-sso-at", url = url),
                None => msg!("github-fix-sso"),
            },
            Self::Forbidden { endpoint, .. } if endpoint.is_graphql() => msg!(
                "github-fix-forbidden-graphql",
                enterprise = endpoint.enterprise().unwrap_or_default()
            ),
            Self::Forbidden {
                endpoint,
                accepted_permissions: Some(p),
                ..
            } => msg!(
                "github-fix-forbidden-permission",
                permission = p,
                token = endpoint.token_advice()
            ),
            Self::Forbidden { endpoint, .. } => {
                msg!("github-fix-forbidden", token = endpoint.token_advice())
            }
            Self::TokenTypeUnsupported { endpoint, github } => msg!(
                "github-fix-token-type-unsupported",
                kind = refused_token_type(github),
                token = endpoint.token_advice()
            ),
            Self::NotFound {
                endpoint, scopes, ..
            } if endpoint.is_server() => {
                match scopes
                    .as_deref()
                    .filter(|s| !s.iter().any(|x| x == "site_admin"))
                {
                    Some(scopes) => msg!(
                        "github-fix-not-found-server-no-site-admin",
                        scopes = scope_list(scopes)
                    ),
                    None => msg!("github-fix-not-found-server"),
                }
            }
            Self::NotFound {
                endpoint, scopes, ..
            } if endpoint.is_graphql() => {
                let enterprise = endpoint.enterprise().unwrap_or_default();
                match scopes.as_deref().filter(|s| !has_read_enterprise(s)) {
                    Some(scopes) => msg!(
                        "github-fix-not-found-graphql-lacks-scope",
                        enterprise = enterprise,
                        scopes = scope_list(scopes)
                    ),
                    None => msg!("github-fix-not-found-graphql", enterprise = enterprise),
                }
            }
            Self::NotFound {
                endpoint, scopes, ..
            } => {
                let enterprise = endpoint.enterprise().unwrap_or_default();
                match scopes.as_deref() {
                    Some(scopes) if has_read_enterprise(scopes) => {
                        msg!("github-fix-not-found-not-owner", enterprise = enterprise)
                    }
                    Some(scopes) => msg!(
                        "github-fix-not-found-lacks-scope",
                        scopes = scope_list(scopes),
                        enterprise = enterprise
                    ),
                    None => msg!("github-fix-not-found-no-scopes", enterprise = enterprise),
                }
            }
            Self::RateLimited {
                endpoint, limit, ..
            } if endpoint.is_graphql() => msg!(
                "github-fix-rate-limited-graphql",
                seconds = limit.wait_seconds(OffsetDateTime::now_utc())
            ),
            Self::RateLimited { limit, .. } => msg!(
                "github-fix-rate-limited",
                seconds = limit.wait_seconds(OffsetDateTime::now_utc())
            ),
            Self::ServerError { .. } => msg!("github-fix-server-error"),
            Self::UnexpectedStatus { .. } => msg!("github-fix-unexpected-status"),
            Self::Timeout { .. } => msg!("github-fix-timeout"),
            Self::ConnectionRefused { .. } => msg!("github-fix-connection-refused"),
            Self::Connect { .. } => msg!("github-fix-connect"),
            Self::Tls { reason, .. } => match reason {
                TlsReason::UnknownIssuer => msg!("github-fix-tls-unknown-issuer"),
                TlsReason::NameMismatch => msg!("github-fix-tls-name-mismatch"),
                TlsReason::Expired => msg!("github-fix-tls-expired"),
                TlsReason::Other => msg!("github-fix-tls"),
            },
            Self::Transport { .. } => msg!("github-fix-transport"),
            Self::Decode { .. } => msg!("github-fix-decode"),
            Self::BodyTooLarge { .. } => msg!("github-fix-body-too-large"),
            Self::ForeignLink { .. } => msg!("github-fix-foreign-link"),
            Self::InvalidUrl { .. } => msg!("github-fix-invalid-url"),
            Self::ClientSetup { .. } => msg!("github-fix-client-setup"),
            Self::Cancelled { .. } => msg!("github-fix-cancelled"),
            Self::ManagePasswordRefused { .. } => msg!("github-fix-manage-password-refused"),
            Self::Graphql { .. } => msg!("github-fix-graphql"),
            Self::GraphqlCancelled { .. } => msg!("github-fix-graphql-cancelled"),
            Self::InstallationNotListed { enterprise, .. } => {
                msg!(
                    "github-fix-installation-not-listed",
                    enterprise = enterprise
                )
            }
            Self::LicenseRejected { .. } => msg!("github-fix-license-rejected"),
            Self::CaBundle { .. } => msg!("github-fix-ca-bundle"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
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
    use ghls_l10n::Lang;

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
    fn github_errors_read_in_portuguese_with_githubs_own_words_kept() {
        let e = Error::NotFound {
            endpoint: ghec(),
            github: GitHubMessage {
                message: Some("Not Found".into()),
                documentation_url: None,
            },
            scopes: Some(vec!["repo".into()]),
        };
        assert_eq!(
            e.message().in_lang(Lang::PtBr),
            "Empresa acme do GHEC: GET /enterprises/acme/license-sync-status: o GitHub respondeu \
             404 Not Found \"Not Found\": falta ao token o escopo read:enterprise (escopos dele: \
             repo)."
        );
        let fix = e.fix_message().in_lang(Lang::PtBr);
        assert!(
            fix.starts_with("Falta ao token o escopo read:enterprise (escopos dele: repo). Edite o token clássico no GitHub (Settings [Configurações], Developer settings [Configurações do desenvolvedor]"),
            "{fix}"
        );
        let e = Error::Graphql {
            endpoint: Endpoint::GhecGraphql {
                enterprise: "acme".into(),
                what: "Enterprise Server installations".into(),
            },
            github: GitHubMessage {
                message: Some("Could not resolve to an Enterprise with the slug of 'acme'.".into()),
                documentation_url: None,
            },
            errors: vec![GraphqlProblem::default(); 3],
        };
        let text = e.message().in_lang(Lang::PtBr);
        assert!(
            text.ends_with(
                ": o GitHub recusou a consulta: \"Could not resolve to an Enterprise with the slug of 'acme'.\" (e mais 2)."
            ),
            "{text}"
        );
        assert_eq!(
            e.github_message().and_then(|g| g.message.as_deref()),
            Some("Could not resolve to an Enterprise with the slug of 'acme'.")
        );
    }

    #[test]
    fn github_errors_read_in_spanish_with_the_fix_for_each_tls_reason() {
        let e = Error::Tls {
            endpoint: Endpoint::GhesMeta {
                host: "ghes.example".into(),
            },
            address: "ghes.example:443".into(),
            reason: TlsReason::NameMismatch,
            detail: "invalid peer certificate: NotValidForName".into(),
        };
        assert_eq!(
            e.message().in_lang(Lang::Es),
            "GHES ghes.example: GET /api/v3/meta: falló la conexión segura a ghes.example:443: su \
             certificado es para otro nombre de host (invalid peer certificate: NotValidForName)."
        );
        assert!(e.fix_message().in_lang(Lang::Es).starts_with(
            "El certificado es para otro nombre de host: comprueba que el nombre de host"
        ));
        let e = Error::ManagePasswordRefused {
            endpoint: Endpoint::ManageLicense {
                host: "ghes.example".into(),
            },
        };
        assert_eq!(
            e.message().in_lang(Lang::Es),
            "GHES ghes.example: Manage API GET /manage/v1/config/license: la Manage API respondió \
             401 Unauthorized: no se aceptó la contraseña de la consola de administración."
        );
    }

    #[test]
    fn english_error_sentences_are_word_for_word_what_they_were() {
        let e = Error::Unauthorized {
            endpoint: Endpoint::GhesLicense {
                host: "ghes.example".into(),
            },
            github: GitHubMessage::default(),
        };
        assert_eq!(
            e.to_string(),
            "GHES ghes.example: GET /api/v3/enterprise/settings/license: GitHub answered 401 Bad \
             credentials: the token is wrong, expired or revoked."
        );
        assert_eq!(
            e.fix(),
            "Create a new token (a classic personal access token of a site administrator (GHES \
             accepts no fine-grained tokens here)) and save it for this connection."
        );
        let e = Error::RateLimited {
            endpoint: Endpoint::GhecConsumedLicenses {
                enterprise: "acme".into(),
                page: 1234,
            },
            status: 403,
            limit: Box::new(RateLimit {
                limit: Some(5000),
                remaining: Some(0),
                used: Some(5000),
                reset_at: None,
                resource: Some("core".into()),
                retry_after: Some(3600),
            }),
            github: GitHubMessage::default(),
        };
        assert_eq!(
            e.to_string(),
            "GHEC enterprise acme: GET /enterprises/acme/consumed-licenses (page 1234): GitHub's \
             rate limit was reached (5000 of 5000 requests used, resource core); GitHub asks to \
             retry after 3600 s."
        );
        assert_eq!(
            e.fix(),
            "Wait 3600 s and try again; large enterprises need one request per 100 consumers."
        );
        let e = Error::Forbidden {
            endpoint: ghec(),
            github: GitHubMessage {
                message: Some("Must have admin rights".into()),
                documentation_url: None,
            },
            sso: Some("required".into()),
            accepted_permissions: None,
        };
        assert_eq!(
            e.to_string(),
            "GHEC enterprise acme: GET /enterprises/acme/license-sync-status: GitHub answered 403 \
             Forbidden \"Must have admin rights\"."
        );
        assert_eq!(
            e.fix(),
            "The organization enforces SAML single sign-on and this token is not authorized for \
             it. Authorize the token for SSO, then try again."
        );
        let e = Error::BodyTooLarge {
            endpoint: ghec(),
            limit_bytes: 67_108_864,
        };
        assert!(e.to_string().contains("larger than 67108864 bytes"), "{e}");
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
