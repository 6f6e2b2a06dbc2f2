//! The Consumed licenses screen at the sizes we plan for:
//!
//! - `consumed_fetch`: every page of 100,000 consumers (1,000 pages) from the emulator over
//!   loopback HTTP with 50 ms of latency per request, as a far-away GitHub would answer,
//!   four requests in flight against one at a time;
//! - `consumed_300k`: on 300,000 consumers, preparing the data set (search keys), the
//!   first sort by a column (ranking everyone), the duplicate analysis, a search query
//!   (search, sort, first window) and a sort of everyone by an already ranked column.
//!
//! Run: `cargo bench -p ghls-services --bench consumed_fetch -- --warm-up-time 1 --measurement-time 10`
//! (the one-at-a-time fetch takes about a minute per sample). Peak memory of the 100k
//! fetch: `/usr/bin/time -v target/release/deps/consumed_fetch-* --bench 'consumed_fetch/concurrency_4'`;
//! the bench prints the process's resident memory with the emulator's world alone and after
//! a fetch, since the emulator shares the process.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::cell::OnceCell;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};
use ghls_domain::{AnalysisContext, ConsumedLicenses, Secret};
use ghls_emulator::{Emulator, EmulatorConfig};
use ghls_github::{CancellationToken, ClientOptions, FetchOptions, GhecClient};
use ghls_services::consumed::DataSet;
use ghls_services::consumed::{ConsumedQuery, ConsumedSort, ConsumerFilter, SortColumn};
use time::OffsetDateTime;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

fn start(rt: &tokio::runtime::Runtime, consumers: usize) -> (Emulator, GhecClient) {
    let emu = rt
        .block_on(Emulator::start(EmulatorConfig {
            consumers,
            ..Default::default()
        }))
        .unwrap();
    let info = emu.info();
    let client = GhecClient::new(
        &info.ghec.api_url,
        &info.ghec.enterprise,
        &Secret::new(info.ghec.token),
        &ClientOptions::default(),
    )
    .unwrap();
    (emu, client)
}

async fn fetch_all(client: &GhecClient, concurrency: usize) -> ConsumedLicenses {
    let options = FetchOptions {
        concurrency,
        ..FetchOptions::default()
    };
    client
        .fetch_consumed_licenses(&options, &CancellationToken::new(), &|_| {})
        .await
        .unwrap()
}

/// `VmRSS` and `VmHWM` (peak) of this process, in MB (Linux only; 0 elsewhere).
fn memory_mb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn fetch_100k_with_latency(c: &mut Criterion) {
    let rt = runtime();
    let (emu, client) = start(&rt, 100_000);
    let consumers = emu.with_world(|w| w.consumers.len());
    emu.set_latency(Duration::from_millis(50));
    let (rss, peak) = memory_mb();
    println!("emulator with {consumers} consumers: RSS {rss} MB (peak {peak} MB)");

    let mut group = c.benchmark_group("consumed_fetch");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    for concurrency in [4, 1] {
        group.bench_function(format!("concurrency_{concurrency}"), |b| {
            b.iter(|| {
                // 1,000 requests a fetch: five fetches use up the emulated hour's 5,000.
                emu.reset_rate_limits();
                let all = rt.block_on(fetch_all(&client, concurrency));
                assert_eq!(all.users.len(), consumers);
                let (rss, peak) = memory_mb();
                println!("  after a fetch of {consumers}: RSS {rss} MB (peak {peak} MB)");
                black_box(all)
            })
        });
    }
    group.finish();
}

fn analyse_and_search_300k(c: &mut Criterion) {
    // Made on first use, so that a run filtered to the fetch (for its peak memory) never
    // builds these 300,000 consumers.
    let loaded: OnceCell<ConsumedLicenses> = OnceCell::new();
    let data = || {
        loaded.get_or_init(|| {
            let rt = runtime();
            let (_emu, client) = start(&rt, 300_000);
            let data = rt.block_on(fetch_all(&client, 4));
            println!("{} consumers fetched", data.users.len());
            data
        })
    };
    let now = OffsetDateTime::now_utc();
    let fresh = || {
        DataSet::new(
            "acme".into(),
            now,
            data().clone(),
            AnalysisContext::default(),
        )
    };
    let ranked: OnceCell<DataSet> = OnceCell::new();
    let set = || ranked.get_or_init(fresh);

    let mut group = c.benchmark_group("consumed_300k");
    group.sample_size(10);
    group.bench_function("prepare_data_set", |b| {
        b.iter_batched(
            || data().clone(),
            |data| DataSet::new("acme".into(), now, data, AnalysisContext::default()),
            BatchSize::LargeInput,
        )
    });
    // The first sort by a text column ranks all 300,000 consumers (once per column and
    // data set); later sorts by it compare integers.
    let by_name = ConsumedQuery {
        sort: ConsumedSort {
            column: SortColumn::Name,
            descending: false,
        },
        ..ConsumedQuery::default()
    };
    group.bench_function("first_sort_by_name", |b| {
        b.iter_batched(fresh, |set| set.query(&by_name), BatchSize::LargeInput)
    });
    group.bench_function("analyse", |b| {
        let set = set();
        b.iter(|| ghls_domain::analyse(black_box(set.consumers()), &AnalysisContext::default()))
    });
    // Two searches in turn, so the kept last query never answers.
    let queries = ["mona", "ACME-OLD"].map(|search| ConsumedQuery {
        search: search.into(),
        filter: ConsumerFilter::All,
        sort: ConsumedSort {
            column: SortColumn::Name,
            descending: false,
        },
        offset: 0,
        limit: 100,
    });
    let mut turn = 0usize;
    group.bench_function("search_sort_window", |b| {
        let set = set();
        b.iter(|| {
            turn += 1;
            let page = set.query(black_box(&queries[turn % 2]));
            assert!(page.total_matching > 0);
            page
        })
    });
    let all = [SortColumn::Login, SortColumn::Emails].map(|column| ConsumedQuery {
        sort: ConsumedSort {
            column,
            descending: true,
        },
        ..ConsumedQuery::default()
    });
    group.bench_function("sort_everyone_window", |b| {
        let set = set();
        b.iter(|| {
            turn += 1;
            set.query(black_box(&all[turn % 2]))
        })
    });
    group.finish();
}

criterion_group!(benches, fetch_100k_with_latency, analyse_and_search_300k);
criterion_main!(benches);
