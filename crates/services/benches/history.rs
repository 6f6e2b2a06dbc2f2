//! The history's figures at the sizes we plan for (issue #15), printed as a table:
//!
//! - keeping a first load of 300,000 consumers (a full set), and a load with 1% changed;
//! - the file after 52 weekly loads of 300,000 with about 1% churn a week (0.4% leave,
//!   0.4% join, 0.2% change);
//! - rebuilding the newest load, and the changes from the first load to the newest;
//! - opening the file and reading every summary (what the History screen asks first).
//!
//! The consumers are the emulator's enterprise of 300,000 read over loopback HTTP by the
//! real client, so the text is as repetitive as GitHub's. Run (release):
//! `cargo bench -p ghls-services --bench history` (about two minutes);
//! `GHLS_BENCH_PEOPLE` and `GHLS_BENCH_WEEKS` change the sizes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use ghls_domain::{ConsumedLicenses, ConsumerFields, LicenseConsumer, Secret};
use ghls_emulator::{Emulator, EmulatorConfig};
use ghls_github::{CancellationToken, ClientOptions, FetchOptions, GhecClient};
use ghls_services::History;
use time::macros::datetime;
use time::OffsetDateTime;

const START: OffsetDateTime = datetime!(2026-01-05 09:00 UTC);

fn fetch(consumers: usize) -> ConsumedLicenses {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let emu = Emulator::start(EmulatorConfig {
            consumers,
            ..EmulatorConfig::default()
        })
        .await
        .unwrap();
        let info = emu.info();
        let client = GhecClient::new(
            &info.ghec.api_url,
            &info.ghec.enterprise,
            &Secret::new(info.ghec.token.clone()),
            &ClientOptions::default(),
        )
        .unwrap();
        client
            .fetch_consumed_licenses(&FetchOptions::default(), &CancellationToken::new(), &|_| {})
            .await
            .unwrap()
    })
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Next week's enterprise: some people leave, some join (new logins), some change.
fn churn(people: &mut Vec<ConsumerFields>, week: usize, rng: &mut Rng) {
    let n = people.len();
    for _ in 0..n * 4 / 1000 {
        let i = rng.below(people.len());
        people.swap_remove(i);
    }
    for j in 0..n * 4 / 1000 {
        let mut p = people[rng.below(people.len())].clone();
        p.github_com_login = Some(format!("joined-w{week}-{j}"));
        p.github_com_profile = Some(format!("https://github.com/joined-w{week}-{j}"));
        people.push(p);
    }
    for _ in 0..n * 2 / 1000 {
        let i = rng.below(people.len());
        people[i].github_com_name = Some(format!("Renamed in week {week}"));
    }
}

fn pack(people: &[ConsumerFields], seats: &ConsumedLicenses) -> ConsumedLicenses {
    ConsumedLicenses {
        total_seats_consumed: Some(people.len() as i64),
        total_seats_purchased: seats.total_seats_purchased,
        users: LicenseConsumer::pack_all(people.iter().cloned()),
    }
}

fn file_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum()
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this with no argument:
    // then a small size, as a check that it works.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let size = |name: &str, default: usize| -> usize {
        std::env::var(name).map_or(default, |v| v.parse().unwrap_or(default))
    };
    let people = size("GHLS_BENCH_PEOPLE", if smoke { 2_000 } else { 300_000 });
    let weeks = size("GHLS_BENCH_WEEKS", if smoke { 4 } else { 52 });

    let fetched = fetch(people);
    let mut current: Vec<ConsumerFields> =
        fetched.users.iter().map(LicenseConsumer::fields).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let history = History::open(&path);
    assert!(history.problem().is_none());
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);

    let mut first = Duration::ZERO;
    let mut changes: Vec<Duration> = Vec::new();
    let mut first_size = 0;
    let mut ids = Vec::new();
    for week in 0..weeks {
        if week > 0 {
            churn(&mut current, week, &mut rng);
        }
        let data = pack(&current, &fetched);
        let started = Instant::now();
        let load = history
            .record_consumed("acme", START + time::Duration::weeks(week as i64), &data)
            .unwrap();
        let took = started.elapsed();
        ids.push(load.id);
        if week == 0 {
            first = took;
            first_size = file_size(dir.path());
        } else {
            changes.push(took);
        }
    }
    changes.sort();
    let median_change = changes.get(changes.len() / 2).copied().unwrap_or_default();
    let size = file_size(dir.path());

    let started = Instant::now();
    let newest = history.consumed_load(*ids.last().unwrap()).unwrap();
    let rebuild = started.elapsed();
    assert_eq!(newest.len(), current.len());

    let started = Instant::now();
    let delta = history.changes(ids[0], *ids.last().unwrap()).unwrap();
    let compare = started.elapsed();

    drop(history);
    let started = Instant::now();
    let reopened = History::open(&path);
    let summaries = reopened.overview("acme", None);
    let open = started.elapsed();
    assert_eq!(summaries.consumed.len(), weeks);
    let bases = {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.query_row(
            "SELECT COUNT(*) FROM consumed_loads WHERE base_id = reading_id",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
    };

    let mb = |b: u64| format!("{:.1} MB", b as f64 / 1e6);
    println!("| history figure ({people} consumers, {weeks} weekly loads) | value |");
    println!("|---|---|");
    println!("| keep the first load (a full set) | {} |", secs(first));
    println!(
        "| keep a load with ~1% changed (median of {}) | {} |",
        changes.len(),
        secs(median_change)
    );
    println!("| file after the first load | {} |", mb(first_size));
    println!(
        "| file after {weeks} weekly loads ({bases} full sets) | {} |",
        mb(size)
    );
    println!("| rebuild the newest load | {} |", secs(rebuild));
    println!(
        "| changes first → newest ({} added, {} removed, {} changed) | {} |",
        delta.added,
        delta.removed,
        delta.changed,
        secs(compare)
    );
    println!(
        "| open the file and read every summary | {:.1} ms |",
        open.as_secs_f64() * 1000.0
    );
    println!("| peak memory of the process | {:.0} MB |", peak_rss_mb());
}
