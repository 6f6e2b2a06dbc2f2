//! The token's rate budget before a full consumed-licenses load: what the load will cost
//! (one request per 100 consumers, github-api.md §3.4), what is left (GitHub's `GET
//! /rate_limit`, which costs nothing), and whether the load would cut into the reserve the
//! admin keeps for every other tool that shares the token. The app asks before such a load;
//! `ghls --max-wait` refuses one that would have to wait longer than allowed.

use ghls_domain::expiry::to_rfc3339;
use ghls_github::{Budget, RateBudgets as GithubBudgets};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

/// The share of the hourly limit a load asks before spending, unless set.
pub const DEFAULT_RESERVE_PERCENT: u8 = 10;

/// Consumers per page of a full load (GitHub's maximum).
const PER_PAGE: u64 = 100;

/// One of the token's budgets (`App::rate_budget`, `ghls status`). `reset_at` is RFC 3339
/// (UTC), `null` when GitHub did not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RateBudget {
    #[ts(type = "number")]
    pub limit: u64,
    #[ts(type = "number")]
    pub remaining: u64,
    #[ts(type = "number")]
    pub used: u64,
    pub reset_at: Option<String>,
}

/// The budgets this app spends: REST requests (`core`) and GraphQL points (`graphql`);
/// either is `null` when GitHub's answer lacked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RateBudgets {
    pub core: Option<RateBudget>,
    pub graphql: Option<RateBudget>,
}

/// What a full consumed-licenses load would cost and leave (`App::consumed_load_estimate`).
///
/// `requests` is ⌈consumers/100⌉ (`null` when the count is unknown); `budget` is the REST
/// budget; `reserve` the requests kept back (`reserve_percent` of the limit);
/// `cuts_into_reserve` is true when the load would leave less than that, so the app asks
/// first; `wait_seconds` is set when the budget cannot pay for the load, which then pauses
/// until the reset (that many seconds from now).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LoadEstimate {
    pub consumers: Option<u32>,
    pub requests: Option<u32>,
    pub budget: Option<RateBudget>,
    pub reserve_percent: u8,
    #[ts(type = "number")]
    pub reserve: u64,
    pub cuts_into_reserve: bool,
    #[ts(type = "number | null")]
    pub wait_seconds: Option<u64>,
}

impl RateBudget {
    fn of(b: Budget) -> Self {
        Self {
            limit: b.limit,
            remaining: b.remaining,
            used: b.used,
            reset_at: b.reset_at.map(to_rfc3339),
        }
    }
}

impl From<GithubBudgets> for RateBudgets {
    fn from(b: GithubBudgets) -> Self {
        Self {
            core: b.core.map(RateBudget::of),
            graphql: b.graphql.map(RateBudget::of),
        }
    }
}

/// Requests a full load of `consumers` costs: one page per 100, and at least the first.
pub fn load_cost(consumers: u64) -> u64 {
    consumers.div_ceil(PER_PAGE).max(1)
}

/// The estimate for `consumers` against `core` as of `now`.
pub fn estimate(
    consumers: Option<u64>,
    core: Option<Budget>,
    reserve_percent: u8,
    now: OffsetDateTime,
) -> LoadEstimate {
    let reserve_percent = reserve_percent.min(100);
    let requests = consumers.map(load_cost);
    let reserve = core.map_or(0, |b| (b.limit * u64::from(reserve_percent)).div_ceil(100));
    let (cuts_into_reserve, wait_seconds) = match (requests, core) {
        (Some(cost), Some(b)) => {
            let left = b.remaining.saturating_sub(cost);
            let short = cost > b.remaining;
            let wait = b.reset_at.map_or(60, |r| {
                u64::try_from((r - now).whole_seconds().max(1)).unwrap_or(1)
            });
            (left < reserve, short.then_some(wait))
        }
        (None, Some(b)) if b.remaining == 0 => (
            true,
            Some(b.reset_at.map_or(60, |r| {
                u64::try_from((r - now).whole_seconds().max(1)).unwrap_or(1)
            })),
        ),
        _ => (false, None),
    };
    let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    LoadEstimate {
        consumers: consumers.map(small),
        requests: requests.map(small),
        budget: core.map(RateBudget::of),
        reserve_percent,
        reserve,
        cuts_into_reserve,
        wait_seconds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Duration;

    fn budget(remaining: u64, now: OffsetDateTime) -> Budget {
        Budget {
            limit: 5000,
            remaining,
            used: 5000 - remaining,
            reset_at: Some(now + Duration::minutes(20)),
        }
    }

    #[test]
    fn a_load_costs_one_request_per_hundred_consumers_rounded_up() {
        assert_eq!(load_cost(300_000), 3000);
        assert_eq!(load_cost(101), 2);
        assert_eq!(load_cost(100), 1);
        assert_eq!(load_cost(0), 1, "the first page is always asked for");
    }

    #[test]
    fn a_load_that_leaves_the_reserve_untouched_does_not_ask() {
        let now = OffsetDateTime::now_utc();
        let e = estimate(Some(300_000), Some(budget(4870, now)), 10, now);
        assert_eq!(e.requests, Some(3000));
        assert_eq!(e.reserve, 500);
        assert!(!e.cuts_into_reserve, "{e:?}");
        assert_eq!(e.wait_seconds, None);
    }

    #[test]
    fn a_load_that_would_leave_less_than_the_reserve_asks_first() {
        let now = OffsetDateTime::now_utc();
        let e = estimate(Some(300_000), Some(budget(3400, now)), 10, now);
        assert!(e.cuts_into_reserve, "3,400 - 3,000 = 400 < 500");
        assert_eq!(e.wait_seconds, None, "the budget still pays for it");
        let e = estimate(Some(300_000), Some(budget(3400, now)), 0, now);
        assert!(!e.cuts_into_reserve, "no reserve kept");
    }

    #[test]
    fn a_load_the_budget_cannot_pay_for_says_how_long_it_would_wait() {
        let now = OffsetDateTime::now_utc();
        let e = estimate(Some(300_000), Some(budget(1000, now)), 10, now);
        assert!(e.cuts_into_reserve);
        assert_eq!(e.wait_seconds, Some(20 * 60));
        let e = estimate(None, Some(budget(0, now)), 10, now);
        assert_eq!(e.wait_seconds, Some(20 * 60), "spent, whatever the size");
    }
}
