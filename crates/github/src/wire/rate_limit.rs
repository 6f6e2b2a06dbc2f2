//! GHEC `GET /rate_limit` (`rate-limit/get`, schema `rate-limit-overview`).
//!
//! Docs: <https://docs.github.com/enterprise-cloud@latest/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user>,
//! API version 2022-11-28. Asking costs nothing (it does not count against the REST limit).
//! Known gaps: the top-level `rate` is closing down (gone in `2026-03-10`), so `resources.core`
//! is read first and `rate` only when `core` is missing; under `resources` only `core` and
//! `search` are required, so `graphql` may be absent; `reset` is epoch seconds.

use serde::Deserialize;
use time::OffsetDateTime;

use crate::lenient;
use crate::rate_budget::{Budget, RateBudgets};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct RateLimitOverview {
    resources: Option<Resources>,
    rate: Option<WireBudget>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Resources {
    core: Option<WireBudget>,
    graphql: Option<WireBudget>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct WireBudget {
    #[serde(deserialize_with = "lenient::opt_i64")]
    limit: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    remaining: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    reset: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    used: Option<i64>,
}

impl WireBudget {
    /// A budget needs its limit and what remains; `used` follows from them when absent.
    fn budget(self) -> Option<Budget> {
        let count = |n: Option<i64>| n.and_then(|n| u64::try_from(n).ok());
        let limit = count(self.limit)?;
        let remaining = count(self.remaining)?;
        Some(Budget {
            limit,
            remaining,
            used: count(self.used).unwrap_or(limit.saturating_sub(remaining)),
            reset_at: self
                .reset
                .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok()),
        })
    }
}

impl From<RateLimitOverview> for RateBudgets {
    fn from(w: RateLimitOverview) -> Self {
        let (core, graphql) = match w.resources {
            Some(r) => (r.core, r.graphql),
            None => (None, None),
        };
        Self {
            core: core.or(w.rate).and_then(WireBudget::budget),
            graphql: graphql.and_then(WireBudget::budget),
        }
    }
}
