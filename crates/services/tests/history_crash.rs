//! Crash safety of the history: a writer process killed with SIGKILL at random moments
//! while it keeps consumed-licenses loads never leaves a damaged file or loses a load it
//! had kept.
//!
//! The writer is this test binary again (`GHLS_CRASH_WRITER` set): it keeps load after load
//! until killed. CI kills it 12 times during loads of 20,000 people; `scripts/bench` runs
//! the figure (50 kills during loads of 300,000) with `GHLS_CRASH_KILLS` and
//! `GHLS_CRASH_PEOPLE`, in a release build.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ghls_domain::consumed::changes::keyed;
use ghls_domain::{ConsumedLicenses, ConsumerFields, LicenseConsumer};
use ghls_services::History;
use time::macros::datetime;
use time::OffsetDateTime;

const TEST: &str =
    "a_writer_killed_at_random_moments_never_damages_the_history_or_loses_a_kept_load";
const START: OffsetDateTime = datetime!(2026-01-05 09:00 UTC);

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Load `k` of `n` people: each week 1% leave, 1% join and 1% change.
fn load(k: usize, n: usize) -> ConsumedLicenses {
    let churn = (n / 100).max(1);
    let first = k * churn;
    let people = (first..first + n).map(|i| ConsumerFields {
        github_com_login: Some(format!("user{i}")),
        github_com_name: Some(format!(
            "User {i} v{}",
            if i % 100 == k % 100 { k } else { 0 }
        )),
        enterprise_server_user_ids: vec![format!("ghes.example.com:{i}")],
        github_com_user: Some(true),
        enterprise_server_user: Some(true),
        enterprise_server_emails: vec![format!("user{i}@example.com")],
        license_type: Some("Enterprise".into()),
        total_user_accounts: Some(2),
        ..Default::default()
    });
    ConsumedLicenses {
        total_seats_consumed: Some(n as i64),
        total_seats_purchased: Some(n as i64 * 2),
        users: LicenseConsumer::pack_all(people),
    }
}

fn expected(data: &ConsumedLicenses) -> Vec<(String, ConsumerFields)> {
    let mut v: Vec<_> = keyed(&data.users)
        .into_iter()
        .map(|(k, c)| (k, c.fields()))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// The writer: keeps loads of `enterprise`, the next after the ones already kept, until
/// killed (or `once`).
fn writer(path: &Path, enterprise: &str, people: usize, once: bool) {
    let history = History::open(path);
    assert!(history.problem().is_none(), "{:?}", history.problem());
    // Never outlives its test for long, even if the test died before killing it.
    let until = Instant::now() + Duration::from_secs(120);
    while Instant::now() < until {
        let k = history.overview(enterprise, None).consumed.len();
        // A day apart: the 2-year retention never lets a load of this test go.
        let at = START + time::Duration::days(k as i64);
        history
            .record_consumed(enterprise, at, &load(k, people))
            .unwrap();
        if once {
            return;
        }
    }
}

fn spawn_writer(path: &Path, people: usize, once: bool) -> std::process::Child {
    spawn_writer_of(path, "acme", people, once)
}

fn spawn_writer_of(
    path: &Path,
    enterprise: &str,
    people: usize,
    once: bool,
) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST, "--nocapture", "--test-threads=1"])
        .env("GHLS_CRASH_WRITER", path)
        .env("GHLS_CRASH_ENTERPRISE", enterprise)
        .env("GHLS_CRASH_PEOPLE", people.to_string())
        .env("GHLS_CRASH_ONCE", if once { "1" } else { "0" })
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap()
}

/// A writer that is killed when dropped, so a failing test leaves none behind.
struct Writer(std::process::Child);

impl Drop for Writer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The kill moments: the `n`th, below `max`, the same every run.
fn moment(n: usize, max: Duration) -> Duration {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ("kill", n).hash(&mut h);
    Duration::from_nanos(h.finish() % (max.as_nanos().max(1) as u64))
}

/// The file is whole and every load it holds rebuilds to what was kept.
fn assert_whole(path: &Path, people: usize, check_all: bool) -> usize {
    let conn = rusqlite::Connection::open(path).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let history = History::open(path);
    assert!(history.problem().is_none(), "{:?}", history.problem());
    let loads = history.overview("acme", None).consumed;
    let checked: Vec<usize> = if check_all {
        (0..loads.len()).collect()
    } else {
        // The first (the full set everything builds on) and the newest.
        [0, loads.len().saturating_sub(1)]
            .into_iter()
            .filter(|k| *k < loads.len())
            .collect()
    };
    for k in checked {
        let rebuilt = history.consumed_load(loads[k].id).unwrap();
        assert_eq!(rebuilt.len(), people, "load {k}");
        assert!(rebuilt == expected(&load(k, people)), "load {k} differs");
    }
    loads.len()
}

#[test]
fn a_writer_killed_at_random_moments_never_damages_the_history_or_loses_a_kept_load() {
    if let Some(path) = std::env::var_os("GHLS_CRASH_WRITER") {
        let people = env_number("GHLS_CRASH_PEOPLE", 20_000);
        let enterprise =
            std::env::var("GHLS_CRASH_ENTERPRISE").unwrap_or_else(|_| "acme".to_owned());
        writer(
            &PathBuf::from(path),
            &enterprise,
            people,
            std::env::var("GHLS_CRASH_ONCE").as_deref() == Ok("1"),
        );
        return;
    }
    let kills = env_number("GHLS_CRASH_KILLS", 12);
    let people = env_number("GHLS_CRASH_PEOPLE", 20_000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");

    // How long a process takes to start and keep one load: the kills fall within twice it.
    let started = Instant::now();
    let status = spawn_writer(&path, people, true).wait().unwrap();
    assert!(status.success());
    let one = started.elapsed();
    let mut kept = assert_whole(&path, people, true);
    assert_eq!(kept, 1);

    let mut killed_mid_load = 0;
    for n in 0..kills {
        let mut child = Writer(spawn_writer(&path, people, false));
        std::thread::sleep(moment(n, one * 2));
        child.0.kill().unwrap(); // SIGKILL
        child.0.wait().unwrap();
        let now = assert_whole(&path, people, false);
        assert!(
            now >= kept,
            "a kept load was lost: {kept} before, {now} after"
        );
        if now == kept {
            killed_mid_load += 1;
        }
        kept = now;
    }
    let total = assert_whole(&path, people, true);
    eprintln!(
        "history crash test: {kills} kills of a writer of {people}-person loads, {killed_mid_load} before its load was kept; {total} loads kept, all whole; one load took {:.2} s",
        one.as_secs_f64()
    );
}

#[test]
fn two_processes_keeping_loads_at_once_both_keep_theirs() {
    // The app and a cron job's ghls: two processes, one file, writing at the same moment.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    for _ in 0..3 {
        let a = spawn_writer_of(&path, "acme", 5_000, true);
        let b = spawn_writer_of(&path, "globex", 5_000, true);
        for mut w in [a, b] {
            assert!(w.wait().unwrap().success());
        }
    }
    let history = History::open(&path);
    for enterprise in ["acme", "globex"] {
        let loads = history.overview(enterprise, None).consumed;
        assert_eq!(loads.len(), 3, "{enterprise}");
        for (k, l) in loads.iter().enumerate() {
            assert!(history.consumed_load(l.id).unwrap() == expected(&load(k, 5_000)));
        }
    }
}
