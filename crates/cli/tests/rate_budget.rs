//! `ghls` and the token's rate budget, as a cron job meets it: `--max-wait` fails fast on a
//! spent token (exit 1, kind rate_limited, retry_after_seconds), a pause is told on stderr
//! with no terminal attached, and `status` shows the budget.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

#[allow(dead_code)] // the helpers are shared with cli.rs, which uses them all
mod support;

use std::time::Duration;

use ghls_emulator::FaultKind;
use predicates::str::contains;
use support::{json, Emulated};

fn consumed_pages_asked(e: &Emulated) -> usize {
    e.emulator
        .requests()
        .iter()
        .filter(|r| r.uri.contains("consumed-licenses"))
        .count()
}

/// Runs `ghls ARGS…`, which must give up on the rate limit: exit 1 with the error kind
/// `rate_limited`. Returns the wait it names (`retry_after_seconds`) and its stderr.
fn rate_limited(e: &Emulated, args: &[&str]) -> (u64, String) {
    let out = e
        .ghls(args)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(1)
        .get_output()
        .clone();
    let v = json(&out);
    assert_eq!(v["error"]["kind"], "rate_limited", "{v}");
    let wait = v["error"]["retry_after_seconds"].as_u64().unwrap();
    (wait, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn max_wait_0_on_a_spent_token_fails_at_once_with_rate_limited_and_the_wait() {
    let e = Emulated::start();
    e.emulator
        .set_rate_budget(&e.info.ghec.token, 0, Duration::from_secs(600));
    let (wait, stderr) = rate_limited(&e, &["--json", "consumed", "--max-wait", "0"]);
    assert!((580..=600).contains(&wait), "{wait}");
    assert!(stderr.contains("--max-wait"), "{stderr}");
    assert!(
        consumed_pages_asked(&e) <= 1,
        "only the one-consumer probe was spent, not the load"
    );
}

#[test]
fn a_pause_longer_than_max_wait_during_the_load_stops_it_with_the_wait() {
    let e = Emulated::start();
    e.fail_second_consumed_page_once(FaultKind::PrimaryRateLimitExhausted {
        reset_in_seconds: 900,
    });
    let (wait, stderr) = rate_limited(&e, &["--json", "duplicates", "--max-wait", "1m"]);
    assert!((880..=900).contains(&wait), "{wait}");
    assert!(
        stderr.contains("the load pauses"),
        "told before giving up: {stderr}"
    );
}

#[test]
fn a_pause_is_told_on_stderr_without_a_terminal_and_the_load_then_finishes() {
    let e = Emulated::start();
    // One request left, the window resetting in two seconds: the first page spends it.
    e.emulator
        .set_rate_budget(&e.info.ghec.token, 1, Duration::from_secs(2));
    let out = e
        .ghls(&["consumed", "-o", "consumed.json"])
        .current_dir(e.home.path())
        .timeout(Duration::from_secs(60))
        .assert()
        .code(0)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("GitHub's rate limit for this token is spent: the load pauses"),
        "{stderr}"
    );
    assert!(stderr.contains("UTC"), "with the reset time: {stderr}");
    assert!(e.home.path().join("consumed.json").exists());
}

#[test]
fn status_shows_the_budget_in_text_and_json_and_reading_it_costs_nothing() {
    let e = Emulated::start();
    e.emulator
        .set_rate_budget(&e.info.ghec.token, 4870, Duration::from_secs(1800));
    e.ghls(&["status", "--max-age", "365d"])
        .assert()
        // Numbers are written as English writes them (grouped, as the app's screens do).
        .stdout(contains("GitHub rate budget of the token: 4,8"))
        .stdout(contains("of 5,000 REST requests left (resets "))
        .stdout(contains("GraphQL points left"));
    let out = e
        .ghls(&["--json", "status", "--max-age", "365d"])
        .assert()
        .get_output()
        .clone();
    let v = json(&out);
    let core = &v["rate_budget"]["core"];
    assert_eq!(core["limit"], 5000, "{v}");
    let remaining = core["remaining"].as_u64().unwrap();
    assert!(remaining <= 4870 && remaining > 4800, "{remaining}");
    assert!(core["reset_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(v["rate_budget"]["graphql"]["limit"], 5000);
    assert!(v["instances"].is_array(), "the existing fields stay");
}
