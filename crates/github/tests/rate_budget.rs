//! `GET /rate_limit` against the emulator over real HTTP: the budget is the emulator's own
//! counters (the ones behind every `x-ratelimit-*` header), and asking spends none of it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::time::Duration;

use ghls_emulator::testing::emulator;
use ghls_github::DEFAULT_PER_PAGE;
use support::owner;

#[tokio::test]
async fn the_budget_reflects_requests_spent_and_asking_for_it_costs_nothing() {
    let emu = emulator().await;
    let client = owner(&emu);
    let before = client.rate_limit().await.unwrap().value.core.unwrap();
    assert_eq!(before.limit, 5000);

    let page = client
        .consumed_licenses_page(1, DEFAULT_PER_PAGE)
        .await
        .unwrap();
    client
        .consumed_licenses_page(2, DEFAULT_PER_PAGE)
        .await
        .unwrap();
    let header_remaining = page.meta.rate_limit.remaining.unwrap();

    let after = client.rate_limit().await.unwrap();
    let core = after.value.core.unwrap();
    assert_eq!(
        core.remaining,
        before.remaining - 2,
        "two pages, two requests"
    );
    assert_eq!(core.remaining, header_remaining - 1);
    assert_eq!(core.used, before.used + 2);
    assert!(core.reset_at.is_some());
    let graphql = after
        .value
        .graphql
        .expect("GraphQL points are reported too");
    assert_eq!(graphql.limit, 5000);

    let again = client.rate_limit().await.unwrap().value.core.unwrap();
    assert_eq!(
        again.remaining, core.remaining,
        "GET /rate_limit does not count"
    );
}

#[tokio::test]
async fn a_token_spent_elsewhere_shows_an_empty_budget_and_its_reset() {
    let emu = emulator().await;
    emu.set_rate_budget(&emu.info().ghec.token, 0, Duration::from_secs(900));
    let core = owner(&emu).rate_limit().await.unwrap().value.core.unwrap();
    assert_eq!((core.remaining, core.used), (0, 5000));
    let wait = core.reset_at.unwrap() - time::OffsetDateTime::now_utc();
    assert!((890..=901).contains(&wait.whole_seconds()), "{wait}");
}
