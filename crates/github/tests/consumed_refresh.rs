//! Refreshing the consumed licenses with conditional requests, against the emulator over
//! real HTTP: unchanged pages come back 304 at no rate-budget cost and reuse the stored
//! consumers, changed pages come back 200, and the result equals a full load.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::time::Instant;

use ghls_domain::ConsumedLicenses;
use ghls_emulator::testing::emulator;
use ghls_emulator::Emulator;
use ghls_github::{
    CancellationToken, ConsumedFetch, Consumers, FetchOptions, GhecClient, Previous,
};
use support::owner;

/// A read, and the consumers it stands for (for an unchanged one, the previous read's).
struct Read {
    fetch: ConsumedFetch,
    data: ConsumedLicenses,
}

async fn refresh(client: &GhecClient, previous: Option<&Read>) -> Read {
    let fetch = client
        .refresh_consumed_licenses(
            &FetchOptions::default(),
            previous.map(|p| Previous {
                pages: &p.fetch.pages,
                users: &p.data.users,
            }),
            &CancellationToken::new(),
            &|_| {},
        )
        .await
        .unwrap();
    let data = match &fetch.consumers {
        Consumers::Read(data) => data.clone(),
        Consumers::Unchanged => previous
            .expect("unchanged without a previous read")
            .data
            .clone(),
    };
    Read { fetch, data }
}

async fn remaining(client: &GhecClient) -> u64 {
    client
        .rate_limit()
        .await
        .unwrap()
        .value
        .core
        .unwrap()
        .remaining
}

/// The consumers' logins, page by page of 100.
fn pages_of(emu: &Emulator) -> Vec<Vec<Option<String>>> {
    emu.with_world(|w| {
        w.consumers
            .chunks(100)
            .map(|page| {
                page.iter()
                    .map(|c| c.cloud.map(|i| w.enterprise.cloud[i].login.clone()))
                    .collect()
            })
            .collect()
    })
}

fn page_requests(emu: &Emulator) -> usize {
    emu.requests()
        .iter()
        .filter(|r| r.uri.contains("consumed-licenses"))
        .count()
}

#[tokio::test]
async fn a_refresh_of_unchanged_pages_costs_no_budget_and_only_changed_pages_come_back() {
    let emu = emulator().consumers(2_450).await;
    let client = owner(&emu);
    let before = remaining(&client).await;

    let first = refresh(&client, None).await;
    assert_eq!(first.data.users.len(), 2_450);
    assert_eq!(first.fetch.cost.pages, 25);
    assert_eq!(first.fetch.cost.requests_sent, 25);
    assert_eq!(
        first.fetch.cost.not_modified, 0,
        "a first load has nothing to compare"
    );
    assert_eq!(first.fetch.cost.budget_spent, 25);
    assert_eq!(
        first.fetch.pages.conditional_pages(),
        25,
        "every page kept its ETag"
    );
    let after_first = remaining(&client).await;
    assert_eq!(before - after_first, 25);

    let sent_before = page_requests(&emu);
    let second = refresh(&client, Some(&first)).await;
    assert_eq!(
        page_requests(&emu) - sent_before,
        25,
        "every page was asked"
    );
    assert_eq!(second.fetch.cost.requests_sent, 25);
    assert_eq!(second.fetch.cost.not_modified, 25);
    assert_eq!(second.fetch.cost.budget_spent, 0);
    assert_eq!(
        remaining(&client).await,
        after_first,
        "the 304s did not count against the emulator's budget"
    );
    assert_eq!(
        second.fetch.consumers,
        Consumers::Unchanged,
        "every page answered 304: nothing copied"
    );
    assert_eq!(second.data, first.data, "the stored pages, reused");
    assert_eq!(second.fetch.pages, first.fetch.pages);

    // Two consumers on pages 4 and 17 are renamed: those pages, and only those, change.
    let old_pages = pages_of(&emu);
    emu.update_world(|w| {
        for page in [3, 16] {
            let c = w.consumers[page * 100..page * 100 + 100]
                .iter()
                .find_map(|c| c.cloud)
                .unwrap();
            w.enterprise.cloud[c].login.push_str("-renamed");
        }
    });
    let new_pages = pages_of(&emu);
    let changed = old_pages
        .iter()
        .zip(&new_pages)
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 2, "the world changed on two pages");

    let third = refresh(&client, Some(&second)).await;
    assert!(
        matches!(third.fetch.consumers, Consumers::Read(_)),
        "two pages changed: the consumers are read"
    );
    assert_eq!(third.fetch.cost.requests_sent, 25);
    assert_eq!(third.fetch.cost.not_modified, 23);
    assert_eq!(third.fetch.cost.budget_spent, 2);
    assert_eq!(remaining(&client).await, after_first - 2);
    let full = refresh(&client, None).await;
    assert_eq!(
        third.data, full.data,
        "a refresh yields what a full load does"
    );
    let logins: Vec<_> = third
        .data
        .users
        .iter()
        .filter(|u| {
            u.github_com_login()
                .is_some_and(|l| l.ends_with("-renamed"))
        })
        .collect();
    assert_eq!(logins.len(), 2);
}

#[tokio::test]
async fn a_stored_page_whose_neighbours_shift_comes_back_200_with_a_new_tag() {
    let emu = emulator().consumers(450).await;
    let client = owner(&emu);
    let first = refresh(&client, None).await;
    // A cloud account on page 2 leaves the enterprise: later pages shift (and the totals
    // every page carries change), so the stored tags no longer match there.
    emu.update_world(|w| {
        let c = w.consumers[150].cloud.unwrap();
        w.enterprise.cloud.remove(c);
    });
    let total = emu.with_world(|w| w.consumers.len());
    let second = refresh(&client, Some(&first)).await;
    assert_eq!(second.data.users.len(), total);
    let full = refresh(&client, None).await;
    assert_eq!(second.data, full.data, "no stale page reused");
    assert!(
        second.fetch.cost.budget_spent >= 4,
        "{:?}",
        second.fetch.cost
    );
    assert_eq!(
        second.fetch.cost.requests_sent - second.fetch.cost.not_modified,
        second.fetch.cost.budget_spent
    );
}

/// The figure for the README: what a refresh with no change costs against a first load.
/// `GHLS_REFRESH_CONSUMERS=100000` measures at enterprise scale.
#[tokio::test]
async fn a_no_change_refresh_costs_nothing_at_scale() {
    let consumers = std::env::var("GHLS_REFRESH_CONSUMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000);
    let emu = emulator().consumers(consumers).await;
    let client = owner(&emu);
    let t = Instant::now();
    let first = refresh(&client, None).await;
    let first_time = t.elapsed();
    let t = Instant::now();
    let second = refresh(&client, Some(&first)).await;
    let second_time = t.elapsed();
    eprintln!(
        "{consumers} consumers: first load {} requests spent ({first_time:?}); \
         refresh with no change {} sent, {} unchanged, {} spent ({second_time:?})",
        first.fetch.cost.budget_spent,
        second.fetch.cost.requests_sent,
        second.fetch.cost.not_modified,
        second.fetch.cost.budget_spent
    );
    assert_eq!(
        first.fetch.cost.budget_spent as usize,
        consumers.div_ceil(100)
    );
    assert_eq!(second.fetch.cost.budget_spent, 0);
    assert_eq!(second.fetch.consumers, Consumers::Unchanged);
    assert_eq!(second.data.users.len(), consumers);
}
