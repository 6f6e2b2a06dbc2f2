//! GHEC's GraphQL API (`POST {api}/graphql`), for the one read-only view GitHub publishes of
//! what license sync produced on the cloud side (github-api.md §1.7): the enterprise's
//! Enterprise Server installations, whether each is connected, their usage uploads with
//! their sync state, and their user accounts with emails.
//!
//! - Queries live in `crates/github/queries/*.graphql` and are compiled in; a test
//!   validates every one against GitHub's published schema excerpt, so no field GitHub does
//!   not publish can be asked for. This module never builds a query from strings.
//! - The same HTTP client, token, body limit and status handling as REST (`http.rs`), the
//!   same rate-limit gate and retry policy (`pace.rs`, [`RetryPolicy`]). GraphQL's own
//!   limits are read from the same `x-ratelimit-*` headers (resource `graphql`); a primary
//!   limit arrives as HTTP 200 with an error, which is waited out like a 403/429.
//! - `errors` with HTTP 200 become the same error kinds as REST (`not_found`, `forbidden`,
//!   `sso_required`, `rate_limited`) or `graphql` with GitHub's words; data that came with
//!   errors is returned with the missing parts named, never as complete.
//! - Reads are cancellable; a cancelled read returns [`Error::GraphqlCancelled`] at once
//!   and nothing partial.
//!
//! There is no mutation here and must never be one: GitHub publishes none for uploads or
//! syncs (github-api.md §4).

mod accounts;
mod installations;
pub(crate) mod model;
#[cfg(test)]
mod tests;
mod wire;

use std::future::Future;
use std::time::Duration;

use ghls_domain::Secret;
use ghls_l10n::t;
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;
use url::Url;

use crate::error::{Endpoint, Error, Result};
use crate::fetch::RetryPolicy;
use crate::http::{decode, join, parse_base_url, ClientOptions, Http, RawReply};
use crate::pace::{paced, Gate, Pacing};
use model::GraphqlEvent;
use wire::{Answer, Envelope};

pub use accounts::{DEFAULT_INSTANCES_IN_FLIGHT, MAX_INSTANCES_IN_FLIGHT};

/// The query files, compiled in. Each is validated against GitHub's schema by a test.
pub(crate) mod queries {
    pub(crate) const INSTALLATIONS: &str = include_str!("../../queries/installations.graphql");
    pub(crate) const INSTALLATION_CURSORS: &str =
        include_str!("../../queries/installation_cursors.graphql");
    pub(crate) const USER_ACCOUNTS: &str = include_str!("../../queries/user_accounts.graphql");
}

/// A client for GHEC's GraphQL endpoint: `https://api.github.com/graphql`, or
/// `https://api.SUBDOMAIN.ghe.com/graphql` with data residency.
#[derive(Debug, Clone)]
pub struct GraphqlClient {
    http: Http,
    url: Url,
    retry: RetryPolicy,
}

impl GraphqlClient {
    /// A client for the REST API base `api_base_url` (`https://api.github.com`,
    /// `https://api.SUBDOMAIN.ghe.com`): GraphQL is served at its `/graphql`.
    pub fn new(api_base_url: &str, token: &Secret, options: &ClientOptions) -> Result<Self> {
        let http = Http::new(options, token)?;
        Self::over(http, &parse_base_url(api_base_url)?)
    }

    pub(crate) fn over(http: Http, base: &Url) -> Result<Self> {
        Ok(Self {
            http,
            url: join(base, &["graphql"])?,
            retry: RetryPolicy::default(),
        })
    }

    /// The same client with another retry policy (tests use short back-offs).
    #[must_use]
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The GraphQL endpoint this client posts to.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Sends `query` with `variables` once and reads the envelope; HTTP failures are
    /// already errors here, GraphQL ones are left to the caller.
    async fn post<D: DeserializeOwned>(
        &self,
        endpoint: &Endpoint,
        query: &str,
        variables: serde_json::Value,
    ) -> Result<Answer<D>> {
        let body = serde_json::to_vec(&serde_json::json!({
            "query": query,
            "variables": variables,
        }))
        .map_err(|e| Error::ClientSetup {
            detail: t!("github-detail-graphql-not-written", detail = e.to_string()),
        })?;
        let reply = self
            .http
            .post_json_raw(endpoint, self.url.clone(), body)
            .await?;
        read_answer(endpoint, reply)
    }
}

/// The envelope of a successful HTTP answer, decoded leniently.
fn read_answer<D: DeserializeOwned>(endpoint: &Endpoint, reply: RawReply) -> Result<Answer<D>> {
    let mut envelope: Envelope<D> = decode(endpoint, &reply.body)?;
    Ok(Answer {
        problems: envelope.problems(),
        data: envelope.data,
        meta: reply.meta,
        sso: reply.sso,
    })
}

fn check_slug(slug: &str, url: &Url) -> Result<String> {
    let slug = slug.trim();
    if slug.is_empty() {
        return Err(Error::InvalidUrl {
            url: url.to_string(),
            reason: t!("github-url-no-slug"),
        });
    }
    Ok(slug.to_owned())
}

/// One read in progress: its rate-limit gate (shared by every request of the read, as
/// GitHub's limits are per token), retry policy and listener.
struct Pacer<'a> {
    gate: Gate,
    retry: RetryPolicy,
    on_event: &'a (dyn Fn(GraphqlEvent) + Send + Sync),
}

impl<'a> Pacer<'a> {
    fn new(retry: RetryPolicy, on_event: &'a (dyn Fn(GraphqlEvent) + Send + Sync)) -> Self {
        Self {
            gate: Gate::default(),
            retry,
            on_event,
        }
    }

    /// Runs one request (`attempt`, which sends it and reads its answer) through
    /// rate-limit pauses and retries of transient failures, like the REST fetch does.
    async fn call<T, F, Fut>(&self, what: &str, attempt: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<(T, crate::error::RateLimit)>>,
    {
        let events = RequestEvents {
            on_event: self.on_event,
            what,
        };
        paced(&self.gate, &self.retry, &events, attempt).await
    }
}

/// What the pacing of one GraphQL request tells the read's listener.
struct RequestEvents<'a> {
    on_event: &'a (dyn Fn(GraphqlEvent) + Send + Sync),
    what: &'a str,
}

impl Pacing for RequestEvents<'_> {
    fn pausing(&self, wait: Duration) {
        tracing::info!(
            seconds = wait.as_secs(),
            "GitHub's GraphQL rate limit reached: pausing"
        );
        (self.on_event)(GraphqlEvent::WaitingRateLimit {
            until: OffsetDateTime::now_utc() + wait,
            seconds: wait.as_secs(),
        });
    }

    fn retrying(&self, attempt: u32, wait: Duration, error: &Error) {
        let what = self.what;
        tracing::info!(what, attempt, wait_ms = wait.as_millis() as u64, %error, "retrying a GraphQL request");
        (self.on_event)(GraphqlEvent::Retrying {
            what: what.to_owned(),
            attempt,
            wait,
            reason: error.to_string(),
        });
    }
}

/// Runs `read` unless `cancel` fires first.
async fn cancellable<T>(
    endpoint: Endpoint,
    cancel: &CancellationToken,
    read: impl Future<Output = Result<T>>,
) -> Result<T> {
    tokio::select! {
        biased;
        () = cancel.cancelled() => Err(Error::GraphqlCancelled { endpoint }),
        result = read => result,
    }
}

/// A safety stop for a server whose cursors never end: 100,000 pages of 100 is ten
/// million accounts, far beyond any instance.
const MAX_PAGES: u32 = 100_000;

/// Walks the pages of the enterprise's Enterprise Server installations: `query` reads what
/// the caller needs of each, `what` names the request in retry events.
struct InstallationPages<'a> {
    client: &'a GraphqlClient,
    pacer: &'a Pacer<'a>,
    endpoint: &'a Endpoint,
    slug: &'a str,
    query: &'static str,
    what: String,
    /// The cursor the next page starts after; `None` before the first.
    after: Option<String>,
    pages: u32,
    done: bool,
}

impl<'a> InstallationPages<'a> {
    fn new(
        client: &'a GraphqlClient,
        pacer: &'a Pacer<'a>,
        endpoint: &'a Endpoint,
        slug: &'a str,
        (query, what): (&'static str, String),
    ) -> Self {
        Self {
            client,
            pacer,
            endpoint,
            slug,
            query,
            what,
            after: None,
            pages: 0,
            done: false,
        }
    }

    /// The next page, what GitHub left out of it, and the cursor it was read after; `None`
    /// after the last page.
    async fn next<N: DeserializeOwned + Send>(
        &mut self,
    ) -> Result<Option<(wire::Connection<N>, Vec<model::MissingPart>, Option<String>)>> {
        if self.done {
            return Ok(None);
        }
        let after = self.after.take();
        let (page, missing) = self
            .pacer
            .call(&self.what, || async {
                let answer = self
                    .client
                    .post::<wire::Data<wire::Connection<N>>>(
                        self.endpoint,
                        self.query,
                        serde_json::json!({ "slug": self.slug, "after": after }),
                    )
                    .await?;
                let limit = answer.meta.rate_limit.clone();
                Ok((answer.installations(self.endpoint)?, limit))
            })
            .await?;
        self.pages += 1;
        self.after = next_cursor(
            self.endpoint,
            wire::INSTALLATIONS,
            page.next(),
            after.as_deref(),
            self.pages,
        )?;
        self.done = self.after.is_none();
        Ok(Some((page, missing, after)))
    }
}

/// The cursor GitHub gave must move the read forward; one that does not would loop for
/// ever.
fn next_cursor(
    endpoint: &Endpoint,
    path: &str,
    (has_next, end): (bool, Option<String>),
    previous: Option<&str>,
    pages: u32,
) -> Result<Option<String>> {
    if !has_next {
        return Ok(None);
    }
    match end {
        Some(c) if Some(c.as_str()) != previous && pages < MAX_PAGES => Ok(Some(c)),
        _ => Err(Error::Decode {
            endpoint: endpoint.clone(),
            path: format!("{path}.pageInfo"),
            detail: t!("github-detail-no-next-cursor"),
        }),
    }
}
