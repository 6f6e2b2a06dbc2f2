//! The token's rate budgets from GHEC's `GET /rate_limit`, which costs nothing: what a full
//! consumed-licenses load (one request per 100 consumers) would leave of them is known
//! before a single page is read (github-api.md §3.4).

use time::OffsetDateTime;

use crate::error::{Endpoint, Result};
use crate::ghec::GhecClient;
use crate::http::{join, Reply};
use crate::wire::rate_limit::RateLimitOverview;

/// One of the token's budgets (GitHub's `Rate Limit` object).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub limit: u64,
    pub remaining: u64,
    pub used: u64,
    /// When the window starts afresh (`reset`, epoch seconds); `None` if GitHub sent none.
    pub reset_at: Option<OffsetDateTime>,
}

/// The budgets this app spends: REST (`core`) and GraphQL points (`graphql`). Either is
/// `None` when GitHub's answer did not hold it in a usable form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateBudgets {
    pub core: Option<Budget>,
    pub graphql: Option<Budget>,
}

impl GhecClient {
    /// `GET /rate_limit`: the token's budgets. Does not count against the REST limit.
    pub async fn rate_limit(&self) -> Result<Reply<RateBudgets>> {
        let endpoint = Endpoint::GhecRateLimit {
            enterprise: self.enterprise().to_owned(),
        };
        let url = join(self.base_url(), &["rate_limit"])?;
        let reply = self
            .http()
            .get_json::<RateLimitOverview>(&endpoint, url)
            .await?;
        Ok(Reply {
            value: reply.value.into(),
            meta: reply.meta,
        })
    }
}
