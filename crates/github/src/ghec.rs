//! The GitHub Enterprise Cloud REST client: consumed licenses (all pages) and the license
//! sync status of the enterprise's server instances.
//!
//! Two ways to read every consumed-licenses page: [`GhecClient::consumed_licenses`] follows
//! `Link: rel="next"` one page after the other and stops at the first error (simple, for
//! small enterprises and tests); [`GhecClient::fetch_consumed_licenses`] (in `fetch.rs`)
//! reads pages concurrently, waits out rate limits, retries and can be cancelled, for the
//! Consumed licenses screen.

use ghls_domain::{ConsumedLicenses, ConsumerFields, LicenseConsumer, Secret, ServerSync};
use ghls_l10n::t;
use url::Url;

use crate::error::{Endpoint, Error, Result};
use crate::graphql::GraphqlClient;
use crate::http::{join, parse_base_url, ClientOptions, Conditional, Http, Reply, Validator};
use crate::link::page_of;
use crate::wire::consumed_licenses::ConsumedLicensesPage;
use crate::wire::license_sync_status::LicenseSyncStatus;

/// The largest page GitHub serves for consumed licenses.
pub const DEFAULT_PER_PAGE: u8 = 100;

/// A safety stop for a server that keeps sending `next` links: 100,000 pages is ten million
/// consumers, far beyond any enterprise.
pub(crate) const MAX_PAGES: u32 = 100_000;

/// An enterprise on GHEC (`https://api.github.com` or `https://api.SUBDOMAIN.ghe.com`).
#[derive(Debug, Clone)]
pub struct GhecClient {
    http: Http,
    base: Url,
    enterprise: String,
}

/// One page of consumed licenses.
#[derive(Debug, Clone, Default)]
pub struct ConsumedPage {
    pub page: u32,
    pub total_seats_consumed: Option<i64>,
    pub total_seats_purchased: Option<i64>,
    pub users: Vec<LicenseConsumer>,
    /// The number of pages, from the `last` link, when GitHub sent one.
    pub last_page: Option<u32>,
    /// The `next` link, when there is a next page.
    pub next: Option<Url>,
}

/// Progress of a multi-page fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageProgress {
    pub pages_done: u32,
    pub pages_total: Option<u32>,
    pub consumers: usize,
}

impl GhecClient {
    /// A client for `enterprise` (its slug) at `api_base_url`.
    pub fn new(
        api_base_url: &str,
        enterprise: &str,
        token: &Secret,
        options: &ClientOptions,
    ) -> Result<Self> {
        let enterprise = enterprise.trim();
        if enterprise.is_empty() {
            return Err(Error::InvalidUrl {
                url: api_base_url.to_owned(),
                reason: t!("github-url-no-slug"),
            });
        }
        Ok(Self {
            http: Http::new(options, token)?,
            base: parse_base_url(api_base_url)?,
            enterprise: enterprise.to_owned(),
        })
    }

    /// The enterprise slug.
    pub fn enterprise(&self) -> &str {
        &self.enterprise
    }

    /// The API base this client talks to.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    pub(crate) fn http(&self) -> &Http {
        &self.http
    }

    /// A GraphQL client for the same API origin with the same token and options
    /// (`{base}/graphql`); its reads take the enterprise slug, e.g. [`GhecClient::enterprise`].
    pub fn graphql(&self) -> Result<GraphqlClient> {
        GraphqlClient::over(self.http.clone(), &self.base)
    }

    /// `GET /enterprises/{e}/license-sync-status`.
    pub async fn license_sync_status(&self) -> Result<Reply<Vec<ServerSync>>> {
        let endpoint = Endpoint::GhecLicenseSyncStatus {
            enterprise: self.enterprise.clone(),
        };
        let url = join(
            &self.base,
            &["enterprises", &self.enterprise, "license-sync-status"],
        )?;
        let reply = self
            .http
            .get_json::<LicenseSyncStatus>(&endpoint, url)
            .await?;
        Ok(Reply {
            value: reply.value.into(),
            meta: reply.meta,
        })
    }

    /// One page of `GET /enterprises/{e}/consumed-licenses`.
    pub async fn consumed_licenses_page(
        &self,
        page: u32,
        per_page: u8,
    ) -> Result<Reply<ConsumedPage>> {
        let url = self.consumed_licenses_url(page, per_page)?;
        self.fetch_page(url, page.max(1)).await
    }

    /// `…/enterprises/{e}/consumed-licenses?per_page=N&page=P`.
    pub(crate) fn consumed_licenses_url(&self, page: u32, per_page: u8) -> Result<Url> {
        let mut url = join(
            &self.base,
            &["enterprises", &self.enterprise, "consumed-licenses"],
        )?;
        url.query_pairs_mut()
            .append_pair("per_page", &per_page.clamp(1, 100).to_string())
            .append_pair("page", &page.max(1).to_string());
        Ok(url)
    }

    /// All of `GET /enterprises/{e}/consumed-licenses`, 100 per page, following
    /// `Link: rel="next"` until there is none. Totals come from the first page.
    /// `on_page` is called after every page.
    pub async fn consumed_licenses(
        &self,
        mut on_page: impl FnMut(PageProgress),
    ) -> Result<ConsumedLicenses> {
        let first = self
            .consumed_licenses_page(1, DEFAULT_PER_PAGE)
            .await?
            .value;
        let mut out = ConsumedLicenses {
            total_seats_consumed: first.total_seats_consumed,
            total_seats_purchased: first.total_seats_purchased,
            users: first.users,
        };
        let pages_total = first.last_page;
        let mut pages_done = 1;
        on_page(PageProgress {
            pages_done,
            pages_total,
            consumers: out.users.len(),
        });
        let mut next = first.next;
        while let Some(url) = next.take() {
            let page = page_of(&url).unwrap_or(pages_done + 1);
            self.check_same_origin(&url, page)?;
            if pages_done >= MAX_PAGES || page <= pages_done {
                // A `next` that does not move forward would loop for ever.
                break;
            }
            let reply = self.fetch_page(url, page).await?.value;
            out.users.extend(reply.users);
            pages_done += 1;
            on_page(PageProgress {
                pages_done,
                pages_total: reply.last_page.or(pages_total),
                consumers: out.users.len(),
            });
            next = reply.next;
        }
        Ok(out)
    }

    pub(crate) async fn fetch_page(&self, url: Url, page: u32) -> Result<Reply<ConsumedPage>> {
        let endpoint = Endpoint::GhecConsumedLicenses {
            enterprise: self.enterprise.clone(),
            page,
        };
        let reply = self
            .http
            .get_json::<ConsumedLicensesPage>(&endpoint, url)
            .await?;
        Ok(consumed_page(page, reply))
    }

    /// One page of consumed licenses, conditional on `validator` (see
    /// [`Http::get_json_conditional`](crate::http::Http)).
    pub(crate) async fn fetch_page_conditional(
        &self,
        url: Url,
        page: u32,
        validator: Option<&Validator>,
    ) -> Result<Conditional<ConsumedPage>> {
        let endpoint = Endpoint::GhecConsumedLicenses {
            enterprise: self.enterprise.clone(),
            page,
        };
        let answer = self
            .http
            .get_json_conditional::<ConsumedLicensesPage>(&endpoint, url, validator)
            .await?;
        Ok(match answer {
            Conditional::Modified { reply, validator } => Conditional::Modified {
                reply: consumed_page(page, reply),
                validator,
            },
            Conditional::NotModified { meta, validator } => {
                Conditional::NotModified { meta, validator }
            }
        })
    }

    /// The token goes only to the configured origin, whatever a `Link` header says.
    pub(crate) fn check_same_origin(&self, url: &Url, page: u32) -> Result<()> {
        if url.origin() == self.base.origin() {
            Ok(())
        } else {
            Err(Error::ForeignLink {
                endpoint: Endpoint::GhecConsumedLicenses {
                    enterprise: self.enterprise.clone(),
                    page,
                },
                url: url.to_string(),
            })
        }
    }
}

/// A decoded consumed-licenses page with its pagination.
fn consumed_page(page: u32, reply: Reply<ConsumedLicensesPage>) -> Reply<ConsumedPage> {
    let links = &reply.meta.links;
    let value = ConsumedPage {
        page,
        total_seats_consumed: reply.value.total_seats_consumed,
        total_seats_purchased: reply.value.total_seats_purchased,
        // The page's consumers packed together, in one block.
        users: LicenseConsumer::pack_all(
            reply
                .value
                .users
                .unwrap_or_default()
                .into_iter()
                .map(ConsumerFields::from),
        ),
        last_page: links.last_page(),
        next: links.next.clone(),
    };
    Reply {
        value,
        meta: reply.meta,
    }
}
