//! `ghls monitor` as a cron job runs it: each change told once across runs (the state in
//! the data folder, shared with the desktop app), exit 0 with or without news, 1 when GitHub
//! cannot be read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

#[allow(dead_code)] // the helpers are shared with cli.rs, which uses them all
mod support;

use predicates::prelude::*;
use predicates::str::contains;
use support::{demo, json, Emulated};

#[test]
fn monitor_tells_each_change_once_across_runs_and_keeps_no_secret() {
    let e = Emulated::start();
    e.ghls(&["monitor"])
        .assert()
        .code(0)
        .stdout(contains(
            "ghes-legacy.acme.example has not synced for 37 days",
        ))
        .stdout(contains("Open GHE License Sync → License to sync it."))
        .stdout(contains("INSTANCE").and(contains("stale: older than 7 days")));
    e.ghls(&["monitor"])
        .assert()
        .code(0)
        .stdout(contains("No change since the last check."))
        .stdout(contains("has not synced").not());
    e.ghls(&["monitor", "--news-only"])
        .assert()
        .code(0)
        .stdout("");

    let data = e.home.path().join("data");
    let state = std::fs::read_to_string(data.join("monitor.json")).unwrap();
    assert!(state.contains("ghes-legacy.acme.example"), "{state}");
    assert!(
        !state.contains(&e.info.ghec.token),
        "a token in monitor.json"
    );
    for g in &e.info.ghes {
        assert!(!state.contains(&g.token), "a token in monitor.json");
    }
    // The Activity record is in the history the app shares.
    let history = ghls_services::History::open(&data.join("history.sqlite3"));
    let activity = ghls_services::ActivityLog::in_history(&history, None).newest(None);
    assert_eq!(
        activity
            .iter()
            .filter(|a| a.kind == ghls_services::ActivityKind::BackgroundCheck)
            .count(),
        1,
        "{activity:?}"
    );
    let file =
        String::from_utf8_lossy(&std::fs::read(data.join("history.sqlite3")).unwrap()).into_owned();
    assert!(!file.contains(&e.info.ghec.token), "a token in the history");

    e.emulator.update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        main.last_sync = Some(ghls_emulator::world::SyncRecord {
            date: time::OffsetDateTime::now_utc(),
            status: "failed".into(),
            error: "The license usage file could not be processed".into(),
        });
    });
    let v = json(
        &e.ghls(&["--json", "monitor"])
            .assert()
            .code(0)
            .get_output()
            .clone(),
    );
    assert_eq!(v["news"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["news"][0]["kind"], "sync_failed");
    assert_eq!(v["news"][0]["instance_id"], "main");
    assert!(v["news"][0]["body"]
        .as_str()
        .unwrap()
        .contains("The license usage file could not be processed"));
    assert!(v["error"].is_null());
    let verdicts: Vec<&str> = v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["failed", "stale"]);
    let again = json(
        &e.ghls(&["--json", "monitor"])
            .assert()
            .code(0)
            .get_output()
            .clone(),
    );
    assert_eq!(again["news"], serde_json::json!([]));
}

#[test]
fn monitor_exits_1_when_github_cannot_be_read_and_tells_it_later() {
    let e = Emulated::start();
    e.ghls(&["monitor"])
        .env("GHLS_GHEC_TOKEN", "ghp_not_a_real_token")
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("401 Bad credentials").and(contains("GHLS_GHEC_TOKEN")));
    // Nothing was judged, so nothing was told: the next good check tells it.
    e.ghls(&["monitor", "--news-only"])
        .assert()
        .code(0)
        .stdout(contains("ghes-legacy.acme.example has not synced"));
}

#[test]
fn monitor_of_the_demo_tells_the_weeks_stale_instance_as_json() {
    let (mut cmd, _home) = demo(&["--json", "monitor"]);
    let v = json(&cmd.assert().code(0).get_output().clone());
    assert_eq!(v["news"][0]["hostname"], "ghes-legacy.acme.example");
    assert_eq!(v["news"][0]["kind"], "became_stale");
    assert_eq!(v["instances"].as_array().unwrap().len(), 2);
}
