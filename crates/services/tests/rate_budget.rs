//! The rate budget before a consumed-licenses load, on the demo app and its emulator over
//! real HTTP: the cost estimate, the budget from `GET /rate_limit`, the reserve the app asks
//! before cutting into, and the wait a spent token would impose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::time::Duration;

use ghls_services::{ErrorKind, DEFAULT_RESERVE_PERCENT};
use support::demo;

#[tokio::test]
async fn the_estimate_counts_one_request_per_hundred_consumers_against_the_real_budget() {
    let app = demo().consumers(2345).seed(1).await;
    let before = app.rate_budget().await.unwrap().core.unwrap();
    let e = app.consumed_load_estimate().await.unwrap();
    assert_eq!(e.consumers, Some(2345));
    assert_eq!(e.requests, Some(24));
    assert_eq!(e.reserve_percent, DEFAULT_RESERVE_PERCENT);
    assert_eq!(e.reserve, 500);
    let budget = e.budget.unwrap();
    assert_eq!(
        budget.remaining,
        before.remaining - 1,
        "the one-consumer probe page is the only request spent"
    );
    assert!(!e.cuts_into_reserve);
    assert_eq!(e.wait_seconds, None);
    assert!(app.rate_budget().await.unwrap().graphql.is_some());

    app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let after_load = app.consumed_load_estimate().await.unwrap();
    assert_eq!(after_load.consumers, Some(2345), "from the loaded data set");
    let spent = budget.remaining - after_load.budget.unwrap().remaining;
    assert_eq!(
        spent, 24,
        "the load cost what was estimated, and no probe was sent"
    );
}

#[tokio::test]
async fn a_load_that_would_cut_into_the_reserve_is_flagged_and_the_reserve_is_a_setting() {
    let app = demo().consumers(2345).seed(1).await;
    let token = app.emulator().unwrap().info().ghec.token;
    app.emulator()
        .unwrap()
        .set_rate_budget(&token, 520, Duration::from_secs(1200));
    let e = app.consumed_load_estimate().await.unwrap();
    assert!(e.cuts_into_reserve, "519 - 24 leaves less than 500: {e:?}");
    assert_eq!(e.wait_seconds, None, "the budget still pays for the load");

    assert_eq!(app.set_rate_reserve_percent(5).await.unwrap(), 5);
    assert_eq!(app.rate_reserve_percent(), 5);
    let e = app.consumed_load_estimate().await.unwrap();
    assert_eq!(e.reserve, 250);
    assert!(!e.cuts_into_reserve, "{e:?}");

    let refused = app.set_rate_reserve_percent(101).await.unwrap_err();
    assert_eq!(refused.error_kind(), ErrorKind::InvalidArgument);
    assert_eq!(app.rate_reserve_percent(), 5, "unchanged");
}

#[tokio::test]
async fn a_spent_token_says_how_long_a_load_would_wait_for_the_reset() {
    let app = demo().consumers(250).seed(1).await;
    let token = app.emulator().unwrap().info().ghec.token;
    app.emulator()
        .unwrap()
        .set_rate_budget(&token, 0, Duration::from_secs(900));
    let e = app.consumed_load_estimate().await.unwrap();
    assert_eq!(e.budget.as_ref().unwrap().remaining, 0);
    assert!(e.cuts_into_reserve);
    let wait = e.wait_seconds.unwrap();
    assert!((880..=900).contains(&wait), "{wait}");
}
