//! GitHub's GraphQL answers as they travel (`{"data": …, "errors": […]}`), decoded
//! leniently, and the rules that turn them into values or [`Error`]s.
//!
//! Docs: <https://docs.github.com/enterprise-cloud@latest/graphql/reference/objects#enterpriseserverinstallation>
//! and the schema excerpt `spec/github-api/ghec-graphql-enterprise-server-installations.graphql`.
//! Known gaps: GitHub documents no example answers for these types and no list of error
//! `type`s; `NOT_FOUND`, `FORBIDDEN`, `INSUFFICIENT_SCOPES` and `RATE_LIMITED` are the ones
//! its GraphQL API is seen to send. Every field is read as optional although the schema
//! marks most non-null: a refused or failed part of an answer is `null`.

use ghls_domain::GitHubTime;
use ghls_l10n::{msg, t};
use serde::Deserialize;
use serde_json::Value;

use super::model::{
    MissingPart, ServerInstallation, ServerUserAccount, ServerUserEmail, SyncState,
    UserAccountsUpload,
};
use crate::error::{is_token_type_refusal, Endpoint, Error, GitHubMessage, GraphqlProblem};
use crate::http::ReplyMeta;
use crate::lenient;

/// The GraphQL envelope.
#[derive(Debug, Deserialize)]
#[serde(bound = "D: Deserialize<'de>")]
pub(crate) struct Envelope<D> {
    #[serde(default)]
    pub(crate) data: Option<D>,
    #[serde(default)]
    errors: Option<Vec<Option<WireError>>>,
}

impl<D> Envelope<D> {
    pub(crate) fn problems(&mut self) -> Vec<GraphqlProblem> {
        self.errors
            .take()
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .map(GraphqlProblem::from)
            .collect()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct WireError {
    #[serde(rename = "type", deserialize_with = "lenient::opt_string")]
    error_type: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    message: Option<String>,
    /// Strings and indexes; kept as JSON so an odd item cannot fail the whole answer.
    path: Option<Vec<Value>>,
    extensions: Option<WireExtensions>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct WireExtensions {
    #[serde(deserialize_with = "lenient::opt_string")]
    code: Option<String>,
}

impl From<WireError> for GraphqlProblem {
    fn from(e: WireError) -> Self {
        let path = e.path.filter(|p| !p.is_empty()).map(|p| {
            p.iter()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(".")
        });
        Self {
            error_type: e.error_type,
            code: e.extensions.and_then(|x| x.code),
            message: e.message.unwrap_or_default(),
            path,
        }
    }
}

/// `data.enterprise.ownerInfo.enterpriseServerInstallations`, whatever the connection `C`.
#[derive(Debug, Deserialize)]
#[serde(bound = "C: Deserialize<'de>")]
pub(crate) struct Data<C> {
    #[serde(default)]
    enterprise: Option<Enterprise<C>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", bound = "C: Deserialize<'de>")]
struct Enterprise<C> {
    #[serde(default)]
    owner_info: Option<OwnerInfo<C>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", bound = "C: Deserialize<'de>")]
struct OwnerInfo<C> {
    #[serde(default)]
    enterprise_server_installations: Option<C>,
}

pub(crate) const ENTERPRISE: &str = "enterprise";
pub(crate) const OWNER_INFO: &str = "enterprise.ownerInfo";
pub(crate) const INSTALLATIONS: &str = "enterprise.ownerInfo.enterpriseServerInstallations";

/// A GraphQL answer with what came with it.
#[derive(Debug)]
pub(crate) struct Answer<D> {
    pub(crate) data: Option<D>,
    pub(crate) problems: Vec<GraphqlProblem>,
    pub(crate) meta: ReplyMeta,
    pub(crate) sso: Option<String>,
}

impl<C> Answer<Data<C>> {
    /// The installations connection, or the error that explains why it is missing. The
    /// problems that did not cost the connection come back as missing parts.
    pub(crate) fn installations(self, endpoint: &Endpoint) -> Result<(C, Vec<MissingPart>), Error> {
        self.installations_needing(endpoint, |_| None)
    }

    /// As [`Answer::installations`], when the read also cannot do without a part inside the
    /// connection: `needs` names it (its path) when it is missing.
    pub(crate) fn installations_needing(
        self,
        endpoint: &Endpoint,
        needs: impl FnOnce(&C) -> Option<String>,
    ) -> Result<(C, Vec<MissingPart>), Error> {
        let Answer {
            data,
            problems,
            meta,
            sso,
        } = self;
        if let Some(limited) = rate_limited(endpoint, &meta, &problems) {
            return Err(limited);
        }
        let refuse = |at: &str| refusal(endpoint, &meta, sso.as_deref(), &problems, at);
        let enterprise = data
            .and_then(|d| d.enterprise)
            .ok_or_else(|| refuse(ENTERPRISE))?;
        let owner_info = enterprise.owner_info.ok_or_else(|| refuse(OWNER_INFO))?;
        let connection = owner_info
            .enterprise_server_installations
            .ok_or_else(|| refuse(INSTALLATIONS))?;
        if let Some(at) = needs(&connection) {
            return Err(refuse(&at));
        }
        Ok((
            connection,
            problems.into_iter().map(missing_from_github).collect(),
        ))
    }
}

/// A problem GitHub reported that left the rest of the answer usable.
fn missing_from_github(p: GraphqlProblem) -> MissingPart {
    MissingPart {
        path: p.path.unwrap_or_else(|| t!("github-missing-no-place")),
        error_type: p.error_type,
        message: p.message,
        from_github: true,
    }
}

/// A gap the app found itself.
pub(crate) fn missing_noticed(path: String, message: impl Into<String>) -> MissingPart {
    MissingPart {
        path,
        error_type: None,
        message: message.into(),
        from_github: false,
    }
}

fn has_type(p: &GraphqlProblem, t: &str) -> bool {
    p.error_type
        .as_deref()
        .is_some_and(|x| x.eq_ignore_ascii_case(t))
}

/// GitHub answers a primary rate limit with HTTP 200, an error and
/// `x-ratelimit-remaining: 0`, and a secondary one with 200 or 403 and a message saying
/// so (github-api.md §3.4, "Exceeding the rate limit"). Either way nothing of the answer is
/// to be used.
fn rate_limited(
    endpoint: &Endpoint,
    meta: &ReplyMeta,
    problems: &[GraphqlProblem],
) -> Option<Error> {
    let hit = problems.iter().find(|p| {
        has_type(p, "RATE_LIMITED") || p.message.to_ascii_lowercase().contains("rate limit")
    });
    let hit = hit.or_else(|| {
        (meta.rate_limit.remaining == Some(0))
            .then(|| problems.first())
            .flatten()
    })?;
    Some(Error::RateLimited {
        endpoint: endpoint.clone(),
        status: meta.status,
        limit: Box::new(meta.rate_limit.clone()),
        github: verbatim(hit),
    })
}

fn verbatim(p: &GraphqlProblem) -> GitHubMessage {
    GitHubMessage {
        message: (!p.message.is_empty()).then(|| p.message.clone()),
        documentation_url: None,
    }
}

/// Why the part at `at` is missing: the problem GitHub reported for it (or for a part
/// above it, or for no part in particular), mapped to the same kinds as REST.
fn refusal(
    endpoint: &Endpoint,
    meta: &ReplyMeta,
    sso: Option<&str>,
    problems: &[GraphqlProblem],
    at: &str,
) -> Error {
    let covers = |p: &&GraphqlProblem| {
        p.path
            .as_deref()
            .is_none_or(|path| at == path || at.starts_with(&format!("{path}.")))
    };
    let Some(problem) = problems.iter().find(covers).or_else(|| problems.first()) else {
        return silent_refusal(endpoint, sso, at);
    };
    let github = verbatim(problem);
    let saml = problem.message.to_ascii_uppercase().contains("SAML");
    if sso.is_some() || (saml && (has_type(problem, "FORBIDDEN") || problem.error_type.is_none())) {
        return Error::Forbidden {
            endpoint: endpoint.clone(),
            github,
            sso: Some(sso.unwrap_or("required").to_owned()),
            accepted_permissions: None,
        };
    }
    if has_type(problem, "NOT_FOUND") {
        return Error::NotFound {
            endpoint: endpoint.clone(),
            github,
            scopes: meta.oauth_scopes.clone(),
        };
    }
    if has_type(problem, "FORBIDDEN") && is_token_type_refusal(&github) {
        return Error::TokenTypeUnsupported {
            endpoint: endpoint.clone(),
            github,
        };
    }
    if has_type(problem, "FORBIDDEN") || has_type(problem, "INSUFFICIENT_SCOPES") {
        return Error::Forbidden {
            endpoint: endpoint.clone(),
            github,
            sso: None,
            accepted_permissions: None,
        };
    }
    Error::Graphql {
        endpoint: endpoint.clone(),
        github,
        errors: problems.to_vec(),
    }
}

/// A part missing with no error to say why. `ownerInfo` is documented as visible to
/// enterprise owners only, so its absence is read as that refusal; a missing enterprise as
/// not found; anything else is an answer the app cannot read.
fn silent_refusal(endpoint: &Endpoint, sso: Option<&str>, at: &str) -> Error {
    match at {
        ENTERPRISE => Error::NotFound {
            endpoint: endpoint.clone(),
            github: GitHubMessage::default(),
            scopes: None,
        },
        OWNER_INFO => Error::Forbidden {
            endpoint: endpoint.clone(),
            github: GitHubMessage::default(),
            sso: sso.map(str::to_owned),
            accepted_permissions: None,
        },
        _ => Error::Decode {
            endpoint: endpoint.clone(),
            path: format!("data.{at}"),
            detail: t!("github-detail-null-unexplained"),
        },
    }
}

// ---- connections and nodes ----

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct PageInfo {
    #[serde(deserialize_with = "lenient::opt_bool")]
    pub(crate) has_next_page: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) end_cursor: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(default, rename_all = "camelCase", bound = "T: Deserialize<'de>")]
pub(crate) struct Connection<T> {
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub(crate) total_count: Option<i64>,
    pub(crate) page_info: Option<PageInfo>,
    pub(crate) nodes: Option<Vec<Option<T>>>,
    pub(crate) edges: Option<Vec<Option<Edge<T>>>>,
}

impl<T> Default for Connection<T> {
    fn default() -> Self {
        Self {
            total_count: None,
            page_info: None,
            nodes: None,
            edges: None,
        }
    }
}

impl<T> Connection<T> {
    pub(crate) fn total(&self) -> Option<u64> {
        self.total_count.and_then(|n| u64::try_from(n).ok())
    }

    /// `(hasNextPage, endCursor)`; a missing `pageInfo` means no next page is known.
    pub(crate) fn next(&self) -> (bool, Option<String>) {
        let info = self.page_info.as_ref();
        (
            info.and_then(|p| p.has_next_page).unwrap_or(false),
            info.and_then(|p| p.end_cursor.clone()),
        )
    }
}

#[derive(Debug, Deserialize)]
#[serde(default, bound = "T: Deserialize<'de>")]
pub(crate) struct Edge<T> {
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) cursor: Option<String>,
    pub(crate) node: Option<T>,
}

impl<T> Default for Edge<T> {
    fn default() -> Self {
        Self {
            cursor: None,
            node: None,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct WireInstallation {
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) id: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) host_name: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    customer_name: Option<String>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    is_connected: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_string")]
    created_at: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    updated_at: Option<String>,
    user_accounts_uploads: Option<Connection<WireUpload>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct WireUpload {
    #[serde(deserialize_with = "lenient::opt_string")]
    id: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    name: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    sync_state: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    created_at: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    updated_at: Option<String>,
}

fn time(raw: Option<String>) -> Option<GitHubTime> {
    raw.as_deref().map(GitHubTime::parse)
}

impl WireInstallation {
    /// The installation, noting in `missing` (under `at`, its path in the answer) what
    /// GitHub left out of it. `None` for a node without an id, which nothing could refer to.
    pub(crate) fn into_model(
        self,
        at: &str,
        missing: &mut Vec<MissingPart>,
    ) -> Option<ServerInstallation> {
        let Some(id) = self.id else {
            missing.push(missing_noticed(
                at.to_owned(),
                match self.host_name.as_deref() {
                    Some(host) => t!("github-missing-installation-without-id", host = host),
                    None => t!(
                        "github-missing-installation-without-id",
                        host = msg!("github-missing-host-unknown")
                    ),
                },
            ));
            return None;
        };
        let (uploads, uploads_total) = match self.user_accounts_uploads {
            Some(c) => {
                let total = c.total();
                let mut list = Vec::new();
                for (i, node) in c.nodes.unwrap_or_default().into_iter().enumerate() {
                    match node {
                        Some(u) => list.push(UserAccountsUpload {
                            id: u.id,
                            name: u.name,
                            sync_state: u.sync_state.as_deref().map(SyncState::parse),
                            created_at: time(u.created_at),
                            updated_at: time(u.updated_at),
                        }),
                        None => {
                            noticed_null(missing, format!("{at}.userAccountsUploads.nodes.{i}"))
                        }
                    }
                }
                (Some(list), total)
            }
            None => {
                if !missing
                    .iter()
                    .any(|m| m.path.starts_with(&format!("{at}.userAccountsUploads")))
                {
                    missing.push(missing_noticed(
                        format!("{at}.userAccountsUploads"),
                        t!("github-missing-no-uploads"),
                    ));
                }
                (None, None)
            }
        };
        Some(ServerInstallation {
            id,
            host_name: self.host_name,
            customer_name: self.customer_name,
            is_connected: self.is_connected,
            created_at: time(self.created_at),
            updated_at: time(self.updated_at),
            uploads,
            uploads_total,
        })
    }
}

/// A `null` node is a gap unless GitHub already reported an error at (or inside) it.
pub(crate) fn noticed_null(missing: &mut Vec<MissingPart>, at: String) {
    if missing
        .iter()
        .any(|m| m.path == at || m.path.starts_with(&format!("{at}.")))
    {
        return;
    }
    missing.push(missing_noticed(at, t!("github-missing-null")));
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct WireCursorNode {
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) id: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) host_name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct WireAccountsInstallation {
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) id: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) host_name: Option<String>,
    pub(crate) user_accounts: Option<Connection<WireAccount>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct WireAccount {
    #[serde(deserialize_with = "lenient::opt_string")]
    login: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    profile_name: Option<String>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    is_site_admin: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    remote_user_id: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_string")]
    remote_created_at: Option<String>,
    emails: Option<Connection<WireEmail>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct WireEmail {
    #[serde(deserialize_with = "lenient::opt_string")]
    email: Option<String>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    is_primary: Option<bool>,
}

impl From<WireAccount> for ServerUserAccount {
    fn from(a: WireAccount) -> Self {
        let (emails, complete) = match a.emails {
            Some(c) => {
                let total = c.total();
                let nodes = c.nodes.unwrap_or_default();
                let sent = nodes.len();
                let emails: Vec<_> = nodes
                    .into_iter()
                    .flatten()
                    .filter_map(|e| {
                        Some(ServerUserEmail {
                            email: e.email?,
                            is_primary: e.is_primary.unwrap_or(false),
                        })
                    })
                    .collect();
                let complete = emails.len() == sent && total.is_none_or(|t| t <= sent as u64);
                (emails, complete)
            }
            None => (Vec::new(), false),
        };
        Self {
            login: a.login,
            profile_name: a.profile_name,
            is_site_admin: a.is_site_admin,
            remote_user_id: a.remote_user_id,
            remote_created_at: time(a.remote_created_at),
            emails,
            emails_complete: complete,
        }
    }
}
