//! The history: every load kept and rebuilt exactly, changes between loads, retention, a
//! newer or foreign file refused untouched, a full disk said, two writers at once, and no
//! secret in the file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::path::Path;
use std::sync::Arc;

use ghls_domain::consumed::changes::keyed;
use ghls_domain::{ConsumedLicenses, ConsumerFields, LicenseConsumer};
use ghls_services::activity::{Activity, ActivityKind, ActivityLog, Outcome};
use ghls_services::connections::SettingsStore;
use ghls_services::history::ChangeKind;
use ghls_services::{demo, App, ErrorKind, History};
use proptest::prelude::*;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const WEEK: Duration = Duration::weeks(1);
const START: OffsetDateTime = datetime!(2026-01-05 09:00 UTC);

fn person(n: u32, version: u32) -> ConsumerFields {
    ConsumerFields {
        github_com_login: (!n.is_multiple_of(5)).then(|| format!("user{n}")),
        github_com_name: Some(format!("User \"{n}\"\twith\\escapes v{version}")),
        enterprise_server_user_ids: if n.is_multiple_of(3) {
            vec![format!("ghes.example.com:{n}")]
        } else {
            vec![]
        },
        github_com_user: Some(!n.is_multiple_of(5)),
        enterprise_server_user: Some(n.is_multiple_of(3)),
        visual_studio_subscription_user: Some(n.is_multiple_of(7)),
        license_type: Some("Enterprise".into()),
        github_com_member_roles: vec![format!(
            "acme:{}",
            if version.is_multiple_of(2) {
                "member"
            } else {
                "owner"
            }
        )],
        enterprise_server_emails: vec![format!("user{n}@example.com")],
        total_user_accounts: Some(i64::from(1 + n % 3)),
        ..Default::default()
    }
}

fn load_of(people: &[ConsumerFields]) -> ConsumedLicenses {
    ConsumedLicenses {
        total_seats_consumed: Some(people.len() as i64),
        total_seats_purchased: Some(1000),
        users: LicenseConsumer::pack_all(people.iter().cloned()),
    }
}

/// What a stored load must rebuild to: each person by key, in key order.
fn expected(data: &ConsumedLicenses) -> Vec<(String, ConsumerFields)> {
    let mut v: Vec<(String, ConsumerFields)> = keyed(&data.users)
        .into_iter()
        .map(|(k, c)| (k, c.fields()))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn bases(path: &Path) -> Vec<(i64, i64)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT reading_id, base_id FROM consumed_loads ORDER BY reading_id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Reconstruction: every load, rebuilt from its full set and the changes after it,
    /// equals what was fetched, whatever was added, removed, changed or repeated.
    #[test]
    fn any_stored_load_rebuilds_to_exactly_what_was_fetched(
        steps in prop::collection::vec(
            (prop::collection::vec(0u32..60, 0..40), 0u32..4),
            1..7,
        )
    ) {
        let history = History::in_memory();
        let mut stored = Vec::new();
        for (i, (ids, version)) in steps.iter().enumerate() {
            // Repeated ids are two consumers with one key: numbered, and kept apart.
            let people: Vec<ConsumerFields> =
                ids.iter().map(|n| person(*n, (n + version) % 3)).collect();
            let data = load_of(&people);
            let load = history
                .record_consumed("acme", START + WEEK * i as i32, &data)
                .unwrap();
            prop_assert_eq!(load.consumers as usize, data.users.len());
            stored.push((load.id, expected(&data)));
        }
        for (id, want) in stored {
            prop_assert_eq!(history.consumed_load(id).unwrap(), want);
        }
    }
}

#[test]
fn changes_between_two_loads_name_who_was_added_removed_and_changed() {
    let history = History::in_memory();
    let week1: Vec<ConsumerFields> = (1..=10).map(|n| person(n, 0)).collect();
    let mut week2: Vec<ConsumerFields> = (3..=12).map(|n| person(n, 0)).collect();
    week2[0] = person(3, 1); // user3: another role
    let first = history
        .record_consumed("acme", START, &load_of(&week1))
        .unwrap();
    let second = history
        .record_consumed("acme", START + WEEK, &load_of(&week2))
        .unwrap();
    assert_eq!(
        (first.added, first.removed, first.changed),
        (0, 0, 0),
        "the first load has nothing to compare with"
    );
    assert_eq!((second.added, second.removed, second.changed), (2, 2, 1));

    let changes = history.changes(first.id, second.id).unwrap();
    let by_kind = |k: ChangeKind| -> Vec<String> {
        changes
            .people
            .iter()
            .filter(|p| p.change == k)
            .map(|p| p.key.clone())
            .collect()
    };
    assert_eq!(by_kind(ChangeKind::Added), ["login:user11", "login:user12"]);
    // user5 and user10 have no login: known by their server emails.
    assert_eq!(
        by_kind(ChangeKind::Removed),
        ["login:user1", "login:user2"],
        "{:?}",
        changes.people
    );
    assert_eq!(by_kind(ChangeKind::Changed), ["login:user3"]);
    let removed = changes
        .people
        .iter()
        .find(|p| p.key == "login:user1")
        .unwrap();
    assert_eq!(
        removed.person,
        person(1, 0),
        "a removed person is shown as they were"
    );
    let changed = changes
        .people
        .iter()
        .find(|p| p.key == "login:user3")
        .unwrap();
    assert_eq!(changed.before.as_ref(), Some(&person(3, 0)), "as they were");
    assert_eq!(changed.person, person(3, 1), "as they are");
    assert!(removed.before.is_none());
    assert_eq!(second.previous_id, Some(first.id));
    assert_eq!(first.previous_id, None);
    assert_eq!((changes.added, changes.removed, changes.changed), (2, 2, 1));
}

#[test]
fn a_new_full_set_is_kept_once_the_changes_reach_a_quarter_of_the_last_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let history = History::open(&path);
    assert!(history.problem().is_none());
    // 100 people, then 5 gone and 5 new a week: changes of 10%, 20%, 30% of the full set.
    for week in 0..4u32 {
        let people: Vec<ConsumerFields> =
            (week * 5..100 + week * 5).map(|n| person(n, 0)).collect();
        history
            .record_consumed("acme", START + WEEK * week as i32, &load_of(&people))
            .unwrap();
    }
    let b = bases(&path);
    let ids: Vec<i64> = b.iter().map(|x| x.0).collect();
    assert_eq!(
        b,
        [
            (ids[0], ids[0]),
            (ids[1], ids[0]),
            (ids[2], ids[0]),
            (ids[3], ids[3])
        ],
        "the fourth load (30% changed since the full set) starts one"
    );
    for id in ids {
        assert!(!history.consumed_load(id).unwrap().is_empty());
    }
}

#[test]
fn loads_older_than_the_detail_kept_keep_only_their_summary() {
    let history = History::in_memory().with_detail_days(30);
    let people: Vec<ConsumerFields> = (0..50).map(|n| person(n, 0)).collect();
    let old = history
        .record_consumed("acme", START, &load_of(&people))
        .unwrap();
    // Enough churn that the next one is a full set of its own, 60 days later.
    let others: Vec<ConsumerFields> = (100..150).map(|n| person(n, 0)).collect();
    let new = history
        .record_consumed("acme", START + Duration::days(60), &load_of(&others))
        .unwrap();
    let overview = history.overview("acme", None);
    let kept: Vec<(i64, bool, u32)> = overview
        .consumed
        .iter()
        .map(|l| (l.id, l.detail_kept, l.consumers))
        .collect();
    assert_eq!(kept, [(old.id, false, 50), (new.id, true, 50)]);
    let refused = history.consumed_load(old.id).unwrap_err();
    assert_eq!(refused.error_kind(), ErrorKind::History);
    assert!(
        refused.to_string().contains("not kept in detail"),
        "{refused}"
    );
    assert_eq!(history.consumed_load(new.id).unwrap().len(), 50);
}

#[test]
fn a_history_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    drop(History::open(&path));
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let history = History::open(&path);
    let problem = history.problem().expect("refused");
    assert_eq!(problem.kind, ErrorKind::HistoryFromTheFuture);
    assert!(
        problem.message.contains("schema version 99"),
        "{}",
        problem.message
    );
    assert!(problem
        .fix
        .as_deref()
        .unwrap()
        .contains("Update GHE License Sync"));
    let refused = history
        .record_consumed("acme", START, &load_of(&[person(1, 0)]))
        .unwrap_err();
    assert_eq!(refused.error_kind(), ErrorKind::HistoryFromTheFuture);
    drop(history);
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
}

#[test]
fn a_file_that_is_not_a_history_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let text = "this is somebody's notes, not a database\n".repeat(200);
    std::fs::write(&path, &text).unwrap();
    let history = History::open(&path);
    let problem = history.problem().expect("refused");
    assert_eq!(problem.kind, ErrorKind::History);
    assert!(
        problem
            .message
            .contains("is not a GHE License Sync history"),
        "{}",
        problem.message
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_full_disk_is_said_and_the_loads_kept_before_stay() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let history = History::open(&path).with_size_limit(256 * 1024).unwrap();
    let small: Vec<ConsumerFields> = (0..20).map(|n| person(n, 0)).collect();
    let kept = history
        .record_consumed("acme", START, &load_of(&small))
        .unwrap();
    // Far more than 256 KiB, even deflated: every person's name is different noise.
    let big: Vec<ConsumerFields> = (0..20_000)
        .map(|n| ConsumerFields {
            github_com_name: Some(format!(
                "{:x}",
                (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            )),
            ..person(n, 0)
        })
        .collect();
    let refused = history
        .record_consumed("acme", START + WEEK, &load_of(&big))
        .unwrap_err();
    assert_eq!(refused.error_kind(), ErrorKind::History);
    assert!(refused.to_string().contains("full"), "{refused}");
    assert!(refused.fix().contains("space left"), "{}", refused.fix());
    let overview = history.overview("acme", None);
    assert_eq!(overview.consumed.len(), 1, "the failed load left nothing");
    assert_eq!(
        history.consumed_load(kept.id).unwrap(),
        expected(&load_of(&small))
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn two_writers_at_once_both_keep_every_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = Arc::new(dir.path().join("history.sqlite3"));
    let writers: Vec<_> = ["acme", "globex"]
        .into_iter()
        .map(|enterprise| {
            let path = path.clone();
            std::thread::spawn(move || {
                // Each its own connection, as the app and a cron job's ghls have.
                let history = History::open(&path);
                assert!(history.problem().is_none(), "{:?}", history.problem());
                for week in 0..12u32 {
                    let people: Vec<ConsumerFields> =
                        (week..200 + week).map(|n| person(n, week % 2)).collect();
                    history
                        .record_consumed(enterprise, START + WEEK * week as i32, &load_of(&people))
                        .unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let history = History::open(&path);
    for enterprise in ["acme", "globex"] {
        let loads = history.overview(enterprise, None).consumed;
        assert_eq!(loads.len(), 12, "{enterprise}");
        let last = loads.last().unwrap();
        let people: Vec<ConsumerFields> = (11..211).map(|n| person(n, 1)).collect();
        assert_eq!(
            history.consumed_load(last.id).unwrap(),
            expected(&load_of(&people))
        );
    }
}

/// A normal app on the demo's emulator, its history in `dir`.
fn normal_app(info: &ghls_emulator::EmulatorInfo, dir: &Path) -> App {
    let store = SettingsStore::new(dir.join("config/settings.json"));
    store.save(&demo::settings_for(info)).unwrap();
    let credentials = support::tokens_of(info);
    App::open(store, credentials).with_history(History::open(&dir.join("data/history.sqlite3")))
}

#[tokio::test]
async fn every_license_and_consumed_reading_is_kept_the_app_reopens_with_it_and_no_secret_is_in_the_file(
) {
    let demo = support::demo().consumers(150).await;
    let emu = demo.emulator().unwrap();
    let info = emu.info();
    let dir = tempfile::tempdir().unwrap();
    let app = normal_app(&info, dir.path());

    let shown = app.license_overview().await;
    app.load_consumed_licenses(true, |_| {}).await.unwrap();
    // A week later: one person renamed on GitHub (a new login: one gone, one new), another
    // with a new display name (changed).
    emu.update_world(|w| {
        let cloud: Vec<usize> = w.consumers.iter().filter_map(|c| c.cloud).take(2).collect();
        w.enterprise.cloud[cloud[0]].login.push_str("-renamed");
        w.enterprise.cloud[cloud[1]].name = "Another Name".to_owned();
    });
    app.load_consumed_licenses(true, |_| {}).await.unwrap();
    let report = app.duplicate_report().await.unwrap();
    app.duplicate_report().await.unwrap(); // the same analysis: kept once

    let history = app.history_overview(None).await.unwrap();
    assert_eq!(history.duplicates.len(), 1, "{:?}", history.duplicates);
    assert_eq!(history.duplicates[0].findings, report.findings);
    assert_eq!(history.duplicates[0].read_at, history.consumed[1].read_at);
    assert!(history.problem.is_none(), "{:?}", history.problem);
    assert_eq!(history.license.len(), 1);
    assert_eq!(history.consumed.len(), 2);
    let second = &history.consumed[1];
    assert_eq!(
        (second.added, second.removed, second.changed),
        (1, 1, 1),
        "{:?}",
        history.consumed
    );
    let reading = &history.license[0];
    assert_eq!(
        reading.seats_consumed,
        shown
            .cloud
            .loaded()
            .unwrap()
            .seats
            .loaded()
            .unwrap()
            .consumed
    );
    assert_eq!(reading.servers.len(), app.settings().ghes.len());

    let changes = app
        .consumed_changes(history.consumed[0].id, None, None)
        .await
        .unwrap();
    assert_eq!((changes.added, changes.removed, changes.changed), (1, 1, 1));
    let renamed = changes
        .people
        .iter()
        .find(|p| p.change == ChangeKind::Added)
        .unwrap();
    assert!(renamed.key.ends_with("-renamed"), "{:?}", changes.people);

    let held = app.consumed_summary().unwrap();
    drop(app);
    let reopened = normal_app(&info, dir.path());
    // The Consumed licenses screen opens with the newest load kept, as it was.
    let restored = reopened
        .restore_consumed_licenses()
        .await
        .unwrap()
        .expect("kept");
    assert!(restored.from_history);
    assert_eq!(restored.rows, held.rows);
    assert_eq!(restored.split, held.split);
    assert_eq!(restored.fetched_at, history.consumed[1].read_at);
    let renamed_now = reopened
        .query_consumed_licenses(ghls_services::ConsumedQuery {
            search: "-renamed".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        renamed_now.total_matching, 1,
        "the renamed person is in the kept load"
    );
    // A refresh reads GitHub again and holds that instead.
    let fresh = reopened.load_consumed_licenses(true, |_| {}).await.unwrap();
    assert!(!fresh.from_history);
    let stored = reopened.stored_license().await.unwrap().expect("kept");
    assert_eq!(stored.read_at, shown.fetched_at);
    assert_eq!(stored.overview, serde_json::to_value(&shown).unwrap());
    drop(reopened);

    let mut written = Vec::new();
    for entry in std::fs::read_dir(dir.path().join("data")).unwrap() {
        written.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    info.assert_no_token_in(&String::from_utf8_lossy(&written));
    // The people are stored deflated: what they inflate to holds no token either.
    let history = History::open(&dir.path().join("data/history.sqlite3"));
    for load in history.overview(&info.ghec.enterprise, None).consumed {
        let people = history.consumed_load(load.id).unwrap();
        info.assert_no_token_in(&serde_json::to_string(&people).unwrap());
    }
}

#[tokio::test]
async fn the_demo_starts_with_weeks_of_history_read_from_its_emulator_as_it_was() {
    let app = support::demo().consumers(300).history_weeks(6).await;
    let emu = app.emulator().unwrap();
    let history = app.history_overview(None).await.unwrap();
    assert_eq!(history.consumed.len(), 6);
    assert_eq!(history.license.len(), 6);
    // A week apart, oldest first, the newest a week ago.
    let times: Vec<OffsetDateTime> = history
        .consumed
        .iter()
        .map(|l| {
            OffsetDateTime::parse(&l.read_at, &time::format_description::well_known::Rfc3339)
                .unwrap()
        })
        .collect();
    for pair in times.windows(2) {
        assert_eq!(pair[1] - pair[0], WEEK);
    }
    assert!(OffsetDateTime::now_utc() - times[5] >= WEEK);
    // People joined and left, week by week.
    let churn: u32 = history.consumed[1..]
        .iter()
        .map(|l| l.added + l.removed)
        .sum();
    assert!(churn > 0, "{:?}", history.consumed);
    // legacy's hand uploads stopped five weeks ago: the two newest readings show the same
    // last sync, the oldest an earlier one.
    let legacy_sync = |r: &ghls_services::history::LicenseReading| {
        r.syncs
            .iter()
            .find(|s| s.hostname.starts_with("ghes-legacy"))
            .and_then(|s| s.last_sync.clone())
    };
    assert_eq!(
        legacy_sync(&history.license[4]),
        legacy_sync(&history.license[5])
    );
    assert_ne!(
        legacy_sync(&history.license[0]),
        legacy_sync(&history.license[5])
    );
    // The emulator is back to now, with a full budget.
    let now = app.load_consumed_licenses(true, |_| {}).await.unwrap();
    assert_eq!(now.rows as usize, emu.with_world(|w| w.consumers.len()));
    let newest = app.history_overview(None).await.unwrap().consumed;
    assert_eq!(
        newest.len(),
        7,
        "the load just made is kept after the past ones"
    );
}

/// A person counted twice: a cloud account with a verified email, and a server-only entry
/// with the same email.
fn counted_twice(n: u32) -> [ConsumerFields; 2] {
    let email = format!("person{n}@acme.example");
    [
        ConsumerFields {
            github_com_login: Some(format!("person{n}-acme")),
            github_com_user: Some(true),
            enterprise_server_user: Some(false),
            github_com_verified_domain_emails: vec![email.clone()],
            total_user_accounts: Some(1),
            ..Default::default()
        },
        ConsumerFields {
            github_com_user: Some(false),
            enterprise_server_user: Some(true),
            enterprise_server_user_ids: vec![format!("ghes.acme.example:{n}")],
            enterprise_server_emails: vec![email],
            total_user_accounts: Some(1),
            ..Default::default()
        },
    ]
}

fn analysed(people: &[u32]) -> ghls_domain::DuplicateReport {
    let consumers: Vec<LicenseConsumer> = people
        .iter()
        .flat_map(|n| counted_twice(*n))
        .map(LicenseConsumer::from)
        .collect();
    ghls_domain::analyse(&consumers, &ghls_domain::AnalysisContext::default())
}

#[test]
fn duplicates_since_an_analysis_say_what_was_fixed_with_the_seats_freed_and_what_came_back() {
    let history = History::in_memory();
    // Week 1: three people counted twice; week 2: person 2 fixed; week 3: person 2 back,
    // person 3 fixed, person 4 new.
    let weeks = [vec![1, 2, 3], vec![1, 3], vec![1, 2, 4]];
    let mut ids = Vec::new();
    for (i, people) in weeks.iter().enumerate() {
        let report = analysed(people);
        assert_eq!(
            report.seats_saved.total as usize,
            people.len(),
            "{report:?}"
        );
        ids.push(
            history
                .record_duplicates("acme", START + WEEK * i as i32, &report, false)
                .unwrap(),
        );
    }
    // The same load analysed again (with the accounts loaded) replaces its analysis.
    ids[2] = history
        .record_duplicates("acme", START + WEEK * 2, &analysed(&weeks[2]), true)
        .unwrap();
    let kept = history.overview("acme", None).duplicates;
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert!(kept[2].with_accounts);

    let one_to_two = history
        .duplicates_since("acme", ids[0], Some(ids[1]))
        .unwrap();
    assert_eq!(one_to_two.fixed.len(), 1);
    assert!(
        one_to_two.fixed[0].summary.contains("person2"),
        "{:?}",
        one_to_two.fixed
    );
    assert_eq!(one_to_two.seats_freed, 1);
    assert!(one_to_two.new.is_empty() && one_to_two.came_back.is_empty());

    let one_to_now = history.duplicates_since("acme", ids[0], None).unwrap();
    assert_eq!(one_to_now.to.id, ids[2]);
    let summaries = |f: &[ghls_services::history::KeptFinding]| -> Vec<String> {
        f.iter().map(|f| f.summary.clone()).collect()
    };
    assert!(summaries(&one_to_now.fixed)
        .iter()
        .all(|s| s.contains("person3")));
    assert!(summaries(&one_to_now.new)
        .iter()
        .all(|s| s.contains("person4")));
    assert_eq!(one_to_now.came_back.len(), 1, "{:?}", one_to_now.came_back);
    assert!(
        one_to_now
            .new
            .iter()
            .all(|f| !f.summary.contains("person2")),
        "a finding that came back is not new too"
    );
    assert_eq!(
        one_to_now.came_back[0].title,
        one_to_now.came_back[0].reason.title(),
        "each finding with its group's title"
    );
    assert!(one_to_now.came_back[0].summary.contains("person2"));

    let unknown = history.duplicates_since("acme", 999, None).unwrap_err();
    assert_eq!(unknown.error_kind(), ErrorKind::NoHistory);
}

fn activity_entry(n: u32) -> Activity {
    Activity::new(
        ActivityKind::ConnectionTest,
        "github.acme.example",
        Outcome::Ok,
        format!("entry {n}"),
        "",
    )
}

#[test]
fn the_old_activity_file_is_imported_once_and_kept_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let legacy = dir.path().join("activity.jsonl");
    let old = ActivityLog::open(&legacy);
    for n in 0..3 {
        old.append(activity_entry(n)).unwrap();
    }
    let before = old.newest(None);
    drop(old);

    let history = History::open(&dir.path().join("history.sqlite3"));
    let log = ActivityLog::in_history(&history, Some(legacy.clone()));
    assert_eq!(log.newest(None), before, "the same entries, newest first");
    assert!(!legacy.exists());
    let backup = dir.path().join("activity.jsonl.imported");
    assert!(backup.is_file(), "kept as a backup");
    log.append(activity_entry(3)).unwrap();
    assert_eq!(log.newest(Some(1))[0].summary, "entry 3");
    assert_eq!(log.path(), history.path());

    // Put back by hand: not imported twice.
    std::fs::copy(&backup, &legacy).unwrap();
    let again = ActivityLog::in_history(&history, Some(legacy.clone()));
    assert_eq!(again.newest(None).len(), 4);
}

#[test]
fn the_app_and_ghls_see_each_others_activity_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let app = ActivityLog::in_history(&History::open(&path), None);
    let cli = ActivityLog::in_history(&History::open(&path), None);
    cli.append(activity_entry(1)).unwrap();
    app.append(activity_entry(2)).unwrap();
    let seen: Vec<String> = app.newest(None).into_iter().map(|a| a.summary).collect();
    assert_eq!(seen, ["entry 2", "entry 1"]);
    assert_eq!(cli.newest(None).len(), 2);
}

#[test]
fn a_history_that_cannot_be_used_leaves_the_activity_in_its_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    std::fs::write(
        &path,
        "not a database at all, but somebody's notes\n".repeat(100),
    )
    .unwrap();
    let legacy = dir.path().join("activity.jsonl");
    let history = History::open(&path);
    assert!(history.problem().is_some());
    let log = ActivityLog::in_history(&history, Some(legacy.clone()));
    log.append(activity_entry(1)).unwrap();
    assert_eq!(log.path(), Some(legacy.as_path()));
    assert_eq!(ActivityLog::open(&legacy).newest(None).len(), 1);
}

#[tokio::test]
async fn how_long_people_are_kept_is_a_setting_of_at_least_a_month() {
    let app = support::demo().consumers(60).await;
    assert_eq!(app.history_detail_days(), 730, "two years unless set");
    let refused = app.set_history_detail_days(7).await.unwrap_err();
    assert_eq!(refused.error_kind(), ErrorKind::InvalidArgument);
    assert!(
        refused.to_string().contains("at least 30 days"),
        "{refused}"
    );
    assert_eq!(app.set_history_detail_days(90).await.unwrap(), 90);
    assert_eq!(app.history_detail_days(), 90);
    assert_eq!(app.settings().history_detail_days, Some(90));
    assert_eq!(app.history_overview(None).await.unwrap().detail_days, 90);
}
