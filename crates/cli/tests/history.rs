//! `ghls history` and `ghls consumed --changes-since`: each load a cron job's ghls makes is
//! kept in the history file the app shares, and what changed between loads is told.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

#[allow(dead_code)] // the helpers are shared with cli.rs, which uses them all
mod support;

use predicates::prelude::*;
use predicates::str::contains;
use support::{json, Emulated};

#[test]
fn each_consumed_load_is_kept_and_history_lists_them_with_their_changes() {
    let e = Emulated::start();
    e.ghls(&["consumed", "-o", "first.json"])
        .current_dir(e.home.path())
        .assert()
        .success();
    // A week later on GitHub: one person renamed (one gone, one new).
    e.emulator.update_world(|w| {
        let cloud = w.consumers.iter().find_map(|c| c.cloud).unwrap();
        w.enterprise.cloud[cloud].login.push_str("-renamed");
    });
    let changes = e
        .ghls(&["consumed", "--changes-since", "1d"])
        .output()
        .unwrap();
    assert!(changes.status.success(), "{changes:?}");
    let changes = json(&changes);
    assert_eq!(changes["added"], 1, "{changes}");
    assert_eq!(changes["removed"], 1);
    assert_eq!(changes["changed"], 0);
    let people = changes["people"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert!(people
        .iter()
        .any(|p| p["change"] == "added" && p["key"].as_str().unwrap().ends_with("-renamed")));

    let listed = json(&e.ghls(&["history", "--json"]).output().unwrap());
    let loads = listed["consumed"].as_array().unwrap();
    assert_eq!(loads.len(), 2, "{listed}");
    assert_eq!(loads[1]["added"], 1);
    assert_eq!(loads[1]["removed"], 1);
    assert!(listed["path"]
        .as_str()
        .unwrap()
        .ends_with("history.sqlite3"));
    assert!(e.home.path().join("data/history.sqlite3").is_file());

    e.ghls(&["history"])
        .assert()
        .success()
        .stdout(contains("Consumed-licenses loads of").and(contains("+1 -1 ~0")));
    let csv = e.ghls(&["history", "--csv"]).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("read_at,consumers,seats_consumed"), "{csv}");

    let out = e
        .ghls(&["consumed", "--changes-since", "1d", "--format", "csv"])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.starts_with("change,person,github_com_login"), "{out}");
    // Every load is from the last day: counted from the oldest, so the rename again.
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(
        out.contains("\nremoved,login:") && out.contains("\nadded,login:"),
        "{out}"
    );
    // Each duplicate analysis is kept too.
    e.ghls(&["duplicates", "--format", "json"])
        .assert()
        .success();
    e.ghls(&["history"])
        .assert()
        .success()
        .stdout(contains("Duplicate analyses (1):"));
}

#[test]
fn history_since_something_unreadable_is_a_usage_error_saying_what_it_takes() {
    let e = Emulated::start();
    e.ghls(&["history", "--since", "last tuesday"])
        .assert()
        .code(2)
        .stderr(contains("not an age, a day or a time").and(contains("7d, 12w")));
}

#[test]
fn changes_since_with_no_earlier_load_kept_says_so_and_what_to_do() {
    let e = Emulated::start();
    // The load this run makes is the first kept: there is nothing to compare it with.
    e.ghls(&["consumed", "--changes-since", "7d"])
        .assert()
        .code(1)
        .stderr(contains("No earlier consumed-licenses load").and(contains("every load is kept")));
}

#[test]
fn status_compares_with_the_previous_check_the_history_kept() {
    let e = Emulated::start();
    let first = json(&e.ghls(&["status", "--json"]).output().unwrap());
    assert!(first.get("previous_check_at").is_none(), "{first}");
    // main syncs again; legacy does not.
    e.emulator.update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        main.last_sync = Some(ghls_emulator::world::SyncRecord {
            date: time::OffsetDateTime::now_utc() - time::Duration::minutes(10),
            status: "success".into(),
            error: String::new(),
        });
    });
    let second = json(&e.ghls(&["status", "--json"]).output().unwrap());
    assert!(second["previous_check_at"].is_string(), "{second}");
    let by_id = |id: &str| {
        second["instances"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_id("main")["synced_since_previous_check"],
        true,
        "{second}"
    );
    assert_eq!(by_id("legacy")["synced_since_previous_check"], false);
    // Once more, told in words.
    e.emulator.update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        if let Some(s) = main.last_sync.as_mut() {
            s.date = time::OffsetDateTime::now_utc();
        }
    });
    e.ghls(&["status"]).assert().stdout(
        contains("Since the last check").and(contains("main synced again; legacy did not")),
    );
}
