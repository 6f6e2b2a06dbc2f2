//! HTTP clients for the documented GitHub license calls, and only those:
//!
//! - GHES `GET /api/v3/enterprise/settings/license` (and `GET /api/v3/meta` for the version);
//! - GHEC `GET /enterprises/{e}/consumed-licenses`, all pages (concurrently, through rate
//!   limits and retries, cancellable: `fetch.rs`);
//! - GHEC `GET /enterprises/{e}/license-sync-status`;
//! - GHEC `GET /rate_limit`: the token's budgets, which asking does not spend (`rate_budget.rs`);
//! - GHEC GraphQL `POST /graphql`, read only (`graphql/`): the enterprise's Enterprise
//!   Server installations, their usage uploads with sync state, and their user accounts;
//! - the GHES Manage API's license endpoints (`manage.rs`): read the license, check it,
//!   and upload a new `.ghl` license file (Basic auth with the Management Console password).
//!
//! GitHub publishes no API to upload server usage or to press "Sync now", so this crate has
//! no such call and must never grow one (see github-api.md §4).
//!
//! Responses are decoded leniently (`""` for a boolean, numbers as strings, unknown keys,
//! non-ISO dates) into `ghls_domain` types; a body that still does not decode is an error
//! naming the JSON path. Every failure is an [`Error`] whose message says what to do.
#![forbid(unsafe_code)]

mod error;
mod fetch;
mod ghec;
mod ghes;
mod graphql;
mod http;
mod lenient;
mod link;
mod manage;
mod pace;
mod rate_budget;
mod tls;
mod wire;

pub use error::{Endpoint, Error, GitHubMessage, GraphqlProblem, RateLimit, Result, TlsReason};
pub use fetch::{
    ConsumedFetch, Consumers, FetchCost, FetchEvent, FetchOptions, Previous, RetryPolicy,
    StoredPages, MAX_CONCURRENCY,
};
pub use ghec::{ConsumedPage, GhecClient, PageProgress, DEFAULT_PER_PAGE};
pub use ghes::{GhesClient, GhesMeta};
pub use graphql::model::{
    AccountsProgress, GraphqlEvent, MissingPart, ServerInstallation, ServerInstallations,
    ServerUserAccount, ServerUserEmail, SyncState, UserAccounts, UserAccountsUpload,
};
pub use graphql::{GraphqlClient, DEFAULT_INSTANCES_IN_FLIGHT, MAX_INSTANCES_IN_FLIGHT};
pub use http::{ClientOptions, Reply, ReplyMeta, Validator, API_VERSION};
pub use link::Links;
pub use manage::{LicenseCheck, ManageClient, ManageLicense, UploadAnswer, MANAGE_API_USER};
pub use rate_budget::{Budget, RateBudgets};
/// The token that cancels [`GhecClient::fetch_consumed_licenses`] and the [`GraphqlClient`] reads.
pub use tokio_util::sync::CancellationToken;

/// Makes ring, the one crypto provider the workspace builds (see its Cargo.toml), the
/// process's rustls provider, which reqwest and rustls-platform-verifier use. Idempotent;
/// every client this crate builds calls it first. Code that builds a `reqwest::Client` of
/// its own (tests) calls it before: without a provider reqwest panics.
pub fn install_crypto_provider() {
    // An Err only says one is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
