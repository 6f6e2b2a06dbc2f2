//! The concurrent consumed-licenses fetch against the emulator over real HTTP: GitHub's
//! order whatever order pages arrive in, rate limits waited out, transient failures
//! retried, permanent ones not, and cancellation.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ghls_domain::ConsumedLicenses;
use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, Fault, FaultKind, FaultTarget};
use ghls_github::{CancellationToken, Error, FetchEvent, FetchOptions, RetryPolicy};
use support::owner;

/// Four in flight, and retries quick enough for tests.
fn options(concurrency: usize) -> FetchOptions {
    FetchOptions {
        concurrency,
        retry: RetryPolicy {
            base: Duration::from_millis(20),
            cap: Duration::from_millis(200),
            ..RetryPolicy::default()
        },
        ..FetchOptions::default()
    }
}

/// Fetches everything, collecting the events.
async fn fetch(
    emu: &Emulator,
    options: &FetchOptions,
) -> (Result<ConsumedLicenses, Error>, Vec<FetchEvent>) {
    let events = Mutex::new(Vec::new());
    let result = owner(emu)
        .fetch_consumed_licenses(options, &CancellationToken::new(), &|e| {
            events.lock().unwrap().push(e)
        })
        .await;
    (result, events.into_inner().unwrap())
}

/// The emulator's consumers as (login, server ids), in its order.
fn world_order(emu: &Emulator) -> Vec<(Option<String>, usize)> {
    emu.with_world(|w| {
        w.consumers
            .iter()
            .map(|c| {
                (
                    c.cloud.map(|i| w.enterprise.cloud[i].login.clone()),
                    c.server.len(),
                )
            })
            .collect()
    })
}

fn fetched_order(all: &ConsumedLicenses) -> Vec<(Option<String>, usize)> {
    all.users
        .iter()
        .map(|u| {
            (
                u.github_com_login().map(str::to_owned),
                u.enterprise_server_user_ids().len(),
            )
        })
        .collect()
}

fn requests_for(emu: &Emulator, page: &str) -> usize {
    emu.requests()
        .iter()
        .filter(|r| r.uri.ends_with(page))
        .count()
}

fn page_fault(emu: &Emulator, page: u32, kind: FaultKind) {
    emu.inject(Fault::once(
        FaultTarget::Ghec,
        &format!("&page={page}"),
        kind,
    ));
}

#[tokio::test]
async fn four_pages_in_flight_keep_githubs_order_and_report_every_page() {
    let emu = emulator().consumers(2345).await;
    // Latency makes pages overlap and finish out of order.
    emu.set_latency(Duration::from_millis(20));
    let (all, events) = fetch(&emu, &options(4)).await;
    let all = all.unwrap();
    assert_eq!(fetched_order(&all), world_order(&emu));
    assert_eq!(all.total_seats_consumed, Some(all.users.len() as i64));
    let pages = all.users.len().div_ceil(100) as u32;
    let progress: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            FetchEvent::Fetching {
                pages_done,
                pages_total,
                rows,
            } => Some((*pages_done, *pages_total, *rows)),
            _ => None,
        })
        .collect();
    assert_eq!(progress.len() as u32, pages);
    assert!(progress.iter().all(|(_, total, _)| *total == Some(pages)));
    assert_eq!(
        progress.last().unwrap(),
        &(pages, Some(pages), all.users.len())
    );
    // Each page asked for once, 100 at a time.
    let uris: Vec<String> = emu.requests().into_iter().map(|r| r.uri).collect();
    assert_eq!(uris.len() as u32, pages);
    assert!(uris.iter().all(|u| u.contains("per_page=100")));
}

#[tokio::test]
async fn concurrency_four_is_faster_than_one_page_at_a_time() {
    // Latency well above the CPU time of a page in a debug build on a busy machine, so the
    // comparison measures overlap, not load.
    let emu = emulator().consumers(800).await;
    emu.set_latency(Duration::from_millis(100));
    let started = Instant::now();
    fetch(&emu, &options(1)).await.0.unwrap();
    let sequential = started.elapsed();
    let started = Instant::now();
    fetch(&emu, &options(4)).await.0.unwrap();
    let concurrent = started.elapsed();
    // 8 pages: about 800 ms one by one, about 300 ms four at a time.
    assert!(
        concurrent * 3 < sequential * 2,
        "{concurrent:?} with 4 in flight, {sequential:?} one at a time"
    );
}

#[tokio::test]
async fn a_429_with_retry_after_midway_pauses_the_fetch_and_resumes() {
    let emu = emulator().consumers(1234).await;
    page_fault(
        &emu,
        7,
        FaultKind::RateLimited {
            retry_after: Some(1),
            status: 429,
        },
    );
    let started = Instant::now();
    let (all, events) = fetch(&emu, &options(4)).await;
    let all = all.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(fetched_order(&all), world_order(&emu));
    let waits: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            FetchEvent::WaitingRateLimit { until, seconds } => Some((*until, *seconds)),
            _ => None,
        })
        .collect();
    assert_eq!(waits.len(), 1, "{events:?}");
    assert_eq!(waits[0].1, 1);
    assert!(waits[0].0 > time::OffsetDateTime::now_utc() - time::Duration::seconds(5));
    assert_eq!(requests_for(&emu, "&page=7"), 2);
}

#[tokio::test]
async fn no_requests_left_pauses_until_the_reset_then_continues() {
    let emu = emulator().consumers(800).await;
    page_fault(
        &emu,
        3,
        FaultKind::PrimaryRateLimitExhausted {
            reset_in_seconds: 1,
        },
    );
    let (all, events) = fetch(&emu, &options(2)).await;
    assert_eq!(fetched_order(&all.unwrap()), world_order(&emu));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, FetchEvent::WaitingRateLimit { .. })),
        "{events:?}"
    );
}

#[tokio::test]
async fn a_502_is_retried_after_a_back_off_and_the_fetch_completes() {
    let emu = emulator().consumers(1234).await;
    emu.fail_once_with_status(FaultTarget::Ghec, "&page=5", 502, Some("Bad Gateway"));
    let (all, events) = fetch(&emu, &options(4)).await;
    assert_eq!(fetched_order(&all.unwrap()), world_order(&emu));
    let retries: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            FetchEvent::Retrying {
                page,
                attempt,
                wait,
                reason,
            } => Some((*page, *attempt, *wait, reason.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(retries.len(), 1, "{events:?}");
    let (page, attempt, wait, reason) = &retries[0];
    assert_eq!((*page, *attempt), (5, 2));
    assert!(*wait >= Duration::from_millis(10) && *wait <= Duration::from_millis(20));
    assert!(reason.contains("502"), "{reason}");
    assert_eq!(requests_for(&emu, "&page=5"), 2);
}

#[tokio::test]
async fn a_connection_reset_midway_is_retried() {
    let emu = emulator().consumers(1234).await;
    page_fault(&emu, 9, FaultKind::ResetConnection);
    let (all, events) = fetch(&emu, &options(4)).await;
    assert_eq!(fetched_order(&all.unwrap()), world_order(&emu));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, FetchEvent::Retrying { page: 9, .. })),
        "{events:?}"
    );
}

#[tokio::test]
async fn a_page_that_keeps_failing_gives_up_after_five_attempts() {
    let emu = emulator().consumers(600).await;
    emu.inject(Fault {
        target: FaultTarget::Ghec,
        path_contains: Some("&page=4".into()),
        times: 0,
        kind: FaultKind::Status {
            status: 503,
            message: None,
        },
    });
    let (result, events) = fetch(&emu, &options(4)).await;
    let err = result.unwrap_err();
    assert_eq!(err.kind(), "server_error", "{err}");
    assert_eq!(requests_for(&emu, "&page=4"), 5);
    let attempts: Vec<u32> = events
        .iter()
        .filter_map(|e| match e {
            FetchEvent::Retrying { attempt, .. } => Some(*attempt),
            _ => None,
        })
        .collect();
    assert_eq!(attempts, [2, 3, 4, 5]);
}

#[tokio::test]
async fn a_401_midway_fails_at_once_without_retrying() {
    let emu = emulator().consumers(600).await;
    emu.fail_once_with_status(FaultTarget::Ghec, "&page=3", 401, Some("Bad credentials"));
    let (result, events) = fetch(&emu, &options(4)).await;
    assert_eq!(result.unwrap_err().kind(), "unauthorized");
    assert!(!events
        .iter()
        .any(|e| matches!(e, FetchEvent::Retrying { .. })));
    assert_eq!(requests_for(&emu, "&page=3"), 1);
}

#[tokio::test]
async fn cancelling_midway_returns_cancelled_promptly() {
    let emu = emulator().consumers(3000).await;
    emu.set_latency(Duration::from_millis(100));
    let cancel = CancellationToken::new();
    let pages_seen = Arc::new(Mutex::new(0u32));
    let client = owner(&emu);
    let on_event = {
        let cancel = cancel.clone();
        let pages_seen = pages_seen.clone();
        move |e: FetchEvent| {
            if let FetchEvent::Fetching { pages_done, .. } = e {
                *pages_seen.lock().unwrap() = pages_done;
                if pages_done >= 3 {
                    cancel.cancel();
                }
            }
        }
    };
    let started = Instant::now();
    let err = client
        .fetch_consumed_licenses(&options(4), &cancel, &on_event)
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(err.kind(), "cancelled");
    assert!(err.to_string().contains("cancelled"), "{err}");
    // 30 pages would take about 800 ms; cancelling stops within a round trip.
    assert!(took < Duration::from_millis(600), "{took:?}");
    assert!(*pages_seen.lock().unwrap() < 30);
    let asked = emu.requests().len();
    tokio::time::sleep(Duration::from_millis(250)).await;
    assert_eq!(emu.requests().len(), asked, "no request after the cancel");
}

#[tokio::test]
async fn a_cancel_during_a_rate_limit_pause_ends_the_wait() {
    let emu = emulator().consumers(500).await;
    page_fault(
        &emu,
        2,
        FaultKind::RateLimited {
            retry_after: Some(60),
            status: 403,
        },
    );
    let cancel = CancellationToken::new();
    let on_event = {
        let cancel = cancel.clone();
        move |e: FetchEvent| {
            if matches!(e, FetchEvent::WaitingRateLimit { seconds: 60, .. }) {
                cancel.cancel();
            }
        }
    };
    let started = Instant::now();
    let err = owner(&emu)
        .fetch_consumed_licenses(&options(4), &cancel, &on_event)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "cancelled");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// The CI-sized large enterprise (the 300,000 one is in the services benchmark).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thirty_thousand_consumers_arrive_complete_and_in_order() {
    let emu = emulator().consumers(30_000).await;
    let started = Instant::now();
    let (all, _) = fetch(&emu, &FetchOptions::default()).await;
    let all = all.unwrap();
    eprintln!("{} consumers in {:?}", all.users.len(), started.elapsed());
    assert_eq!(fetched_order(&all), world_order(&emu));
}
