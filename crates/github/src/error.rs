//! Errors of the GitHub clients, written for the admin at the keyboard.
//!
//! Each variant is one distinct situation with its own fix. The same HTTP status means
//! different things on the two sides (a 404 on GHES is "not a site admin", on GHEC it is one
//! of four causes GitHub does not tell apart), so every error carries the [`Endpoint`] it
//! came from and words its advice for that side.

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
}

impl Endpoint {
    /// True for calls to a GitHub Enterprise Server instance.
    pub fn is_server(&self) -> bool {
        matches!(self, Self::GhesLicense { .. } | Self::GhesMeta { .. })
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
            Self::GhecConsumedLicenses { enterprise, page } => write!(
                f,
                "GHEC enterprise {enterprise}: GET /enterprises/{enterprise}/consumed-licenses (page {page})"
            ),
            Self::GhecLicenseSyncStatus { enterprise } => write!(
                f,
                "GHEC enterprise {enterprise}: GET /enterprises/{enterprise}/license-sync-status"
            ),
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

    #[error("{endpoint}: GitHub answered 404 Not Found{}.", github.quoted())]
    NotFound {
        endpoint: Endpoint,
        github: GitHubMessage,
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

    #[error("{endpoint}: the secure connection to {address} failed: {detail}.")]
    Tls {
        endpoint: Endpoint,
        address: String,
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
            Self::NotFound { .. } => "not_found",
            Self::RateLimited { .. } => "rate_limited",
            Self::ServerError { .. } => "server_error",
            Self::UnexpectedStatus { .. } => "unexpected_status",
            Self::Timeout { .. } => "timeout",
            Self::ConnectionRefused { .. } => "connection_refused",
            Self::Connect { .. } => "connect",
            Self::Tls { .. } => "tls",
            Self::Transport { .. } => "transport",
            Self::Decode { .. } => "decode",
            Self::BodyTooLarge { .. } => "body_too_large",
            Self::ForeignLink { .. } => "foreign_link",
            Self::InvalidUrl { .. } => "invalid_url",
            Self::ClientSetup { .. } => "client_setup",
        }
    }

    /// The endpoint the error belongs to, when it belongs to one.
    pub fn endpoint(&self) -> Option<&Endpoint> {
        match self {
            Self::Unauthorized { endpoint, .. }
            | Self::Forbidden { endpoint, .. }
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
            | Self::ForeignLink { endpoint, .. } => Some(endpoint),
            Self::InvalidUrl { .. } | Self::ClientSetup { .. } => None,
        }
    }

    /// GitHub's own error body, when it sent one.
    pub fn github_message(&self) -> Option<&GitHubMessage> {
        match self {
            Self::Unauthorized { github, .. }
            | Self::Forbidden { github, .. }
            | Self::NotFound { github, .. }
            | Self::RateLimited { github, .. }
            | Self::ServerError { github, .. }
            | Self::UnexpectedStatus { github, .. } => Some(github),
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
            Self::NotFound { endpoint, .. } if endpoint.is_server() => {
                "GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator, and check the host is a GitHub Enterprise Server.".to_owned()
            }
            Self::NotFound { endpoint, .. } => {
                let enterprise = match endpoint {
                    Endpoint::GhecConsumedLicenses { enterprise, .. }
                    | Endpoint::GhecLicenseSyncStatus { enterprise } => enterprise.as_str(),
                    _ => "",
                };
                format!(
                    "GitHub does not tell these apart: the token's user is not an owner of enterprise `{enterprise}`, the slug `{enterprise}` is wrong, the token lacks the read:enterprise scope, or the token type is not supported (use a classic personal access token)."
                )
            }
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
            Self::Tls { .. } => {
                "If the instance uses a certificate from your company's own certificate authority, add that CA bundle to the connection. Otherwise check the host name matches the certificate.".to_owned()
            }
            Self::Transport { .. } => "Try again; a proxy or an unstable network may have cut the connection.".to_owned(),
            Self::Decode { .. } => {
                "The answer is not what GitHub documents: a proxy or login page may sit in front of the API, or the address is wrong. Open the URL in a browser to see what answers.".to_owned()
            }
            Self::BodyTooLarge { .. } => "Check the address points at the GitHub API.".to_owned(),
            Self::ForeignLink { .. } => "Check the API address in the connection settings: it should be the host GitHub itself uses in its page links.".to_owned(),
            Self::InvalidUrl { .. } => "Enter an address like https://github.example.com (GHES) or https://api.github.com (GHEC).".to_owned(),
            Self::ClientSetup { .. } => "This is a problem of the app's environment; see the logs.".to_owned(),
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
        };
        let fix = e.fix();
        for words in ["not an owner", "slug", "read:enterprise", "token type"] {
            assert!(fix.contains(words), "{words} missing from {fix}");
        }
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
