//! How long the Add server usage screen waits for a verdict on the largest export we plan
//! for: 300,000 users at the ~350 bytes of base64 per user behind `MAX_USAGE_FILE_BYTES`.
//!
//! Run: `cargo bench -p ghls-domain --bench usage_file -- --warm-up-time 1 --measurement-time 5`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ghls_domain::{recognise, warnings, KnownInstance, UsageContext};
use time::macros::datetime;

const USERS: usize = 300_000;
/// Ciphertext bytes per user; base64 makes them 4/3 as many characters (≈ 350).
const CIPHER_BYTES_PER_USER: usize = 262;

/// A synthetic export: the runbook shape with pseudo-random ciphertext. `line_breaks`
/// writes the base64 as Ruby's `Base64.encode64` does, a `\n` every 60 characters.
fn synthetic_export(users: usize, line_breaks: bool) -> Vec<u8> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let cipher_len = users * CIPHER_BYTES_PER_USER;
    let mut out = Vec::with_capacity(cipher_len * 4 / 3 + cipher_len / 20 + 1024);
    out.extend_from_slice(
        br#"{"instance": {"server_id": "5c3a7f0e-8d2b-4c61-9a4e-1f2b3c4d5e6f", "host_name": "ghes.example.com", "version": "3.15.2", "public_key": "-----BEGIN PUBLIC KEY-----", "features": ["license_usage_sync", "search", "contributions"]}, "users": ""#,
    );
    let mut column = 0;
    let mut remaining = cipher_len;
    while remaining > 0 {
        let take = remaining.min(3);
        remaining -= take;
        let r = next();
        let chunk = [r as u8, (r >> 8) as u8, (r >> 16) as u8];
        let n = (u32::from(chunk[0]) << 16) | (u32::from(chunk[1]) << 8) | u32::from(chunk[2]);
        for i in 0..4 {
            let c = if i > take {
                b'='
            } else {
                ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]
            };
            out.push(c);
        }
        column += 4;
        if line_breaks && column == 60 {
            out.extend_from_slice(b"\\n");
            column = 0;
        }
    }
    out.extend_from_slice(b"\"}\n");
    out
}

fn bench(c: &mut Criterion) {
    let instances = [KnownInstance {
        hostname: "ghes.example.com",
        server_id: Some("5c3a7f0e-8d2b-4c61-9a4e-1f2b3c4d5e6f"),
    }];
    let ctx = UsageContext {
        now: datetime!(2026-11-22 12:00:00 UTC),
        modified: Some(datetime!(2026-11-20 09:00:00 UTC)),
        instances: &instances,
        target_is_ghe_com: true,
    };
    let mut group = c.benchmark_group("usage_file");
    group.sample_size(10);
    for (label, line_breaks) in [("300k_users", false), ("300k_users_line_breaks", true)] {
        let file = synthetic_export(USERS, line_breaks);
        let export = recognise(&file, "usage.json").expect("the synthetic export is valid");
        eprintln!(
            "{label}: {} bytes ({:.1} MiB), payload {} base64 characters",
            file.len(),
            file.len() as f64 / 1024.0 / 1024.0,
            export.payload_bytes
        );
        group.throughput(Throughput::Bytes(file.len() as u64));
        group.bench_function(format!("recognise_and_warn/{label}"), |b| {
            b.iter(|| {
                let export = recognise(black_box(&file), "usage.json").unwrap();
                black_box(warnings(&export, &ctx))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
