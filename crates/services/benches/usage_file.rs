//! Add server usage on the largest export we plan for, as the emulator's GHES writes it:
//! an instance with about 300,000 users. Measures what the admin waits for after a drop:
//! the bounded read of the file, recognition and the warnings (`usage_intake::inspect`).
//!
//! Run: `cargo bench -p ghls-services --bench usage_file -- --warm-up-time 1 --measurement-time 10`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ghls_domain::usage_file::UsageVerdict;
use ghls_emulator::{render_export, World};
use ghls_services::connections::Settings;
use time::OffsetDateTime;

/// The demo's `main` instance holds about 49% of the consumers as server users.
const CONSUMERS: usize = 612_000;

fn inspect_an_emulator_export(c: &mut Criterion) {
    let now = OffsetDateTime::now_utc();
    let world = World::seeded(CONSUMERS, 1, now);
    let main = world.instance("main").unwrap();
    let users = main.users.len();
    let bytes = render_export(main, now);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("license-usage.json");
    std::fs::write(&path, &bytes).unwrap();
    println!(
        "export of {} ({} users): {} bytes",
        main.hostname,
        users,
        bytes.len()
    );
    // From JSON, as the settings file holds it, so new optional fields need no change here.
    let settings: Settings = serde_json::from_value(serde_json::json!({
        "version": 1,
        "ghes": [{ "id": "main", "hostname": main.hostname }],
    }))
    .unwrap();
    drop(world);

    let mut group = c.benchmark_group("add_server_usage");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function(format!("inspect_{users}_user_export"), |b| {
        b.iter(|| {
            let verdict = ghls_services::usage_file::inspect(
                black_box(&path),
                &settings,
                &Default::default(),
                now,
            );
            assert!(matches!(verdict, UsageVerdict::Accepted(_)));
        })
    });
    group.finish();
}

criterion_group!(benches, inspect_an_emulator_export);
criterion_main!(benches);
