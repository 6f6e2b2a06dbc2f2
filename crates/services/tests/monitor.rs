//! Background checks against the built-in emulator: each change of an instance's license
//! sync is told once (stale, failed, in sync again), across restarts, and the loop checks
//! on a clock the test moves, only while the admin has it on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ghls_emulator::world::{SyncRecord, UploadState};
use ghls_services::monitor::CancellationToken;
use ghls_services::{
    ActivityKind, ActivityLog, Announce, App, Clock, MonitorInstance, MonitorNews, MonitorSettings,
    NewsKind, Outcome, SyncVerdict,
};
use support::{assert_says, demo, ghec_refuses, graphql_refused_for_good};
use time::OffsetDateTime;
use tokio::sync::mpsc;

const MAIN: &str = "github.acme.example";
const LEGACY: &str = "ghes-legacy.acme.example";

/// The demo (main synced 26 hours ago, legacy 37 days ago) with its Activity, and so its
/// monitor state, in `dir`.
async fn app_in(dir: &Path) -> App {
    demo()
        .await
        .with_activity_log(ActivityLog::open(dir.join("activity.jsonl")))
}

fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(0).unwrap()
}

fn told(news: &[MonitorNews]) -> Vec<(&str, NewsKind)> {
    news.iter().map(|n| (n.hostname.as_str(), n.kind)).collect()
}

fn verdicts(instances: &[MonitorInstance]) -> Vec<(&str, SyncVerdict)> {
    instances
        .iter()
        .map(|i| (i.hostname.as_str(), i.verdict))
        .collect()
}

fn background_checks(app: &App) -> usize {
    app.activity(None)
        .iter()
        .filter(|a| a.kind == ActivityKind::BackgroundCheck)
        .count()
}

async fn press(url: &str) -> reqwest::StatusCode {
    reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn a_stale_instance_is_told_once_and_again_only_when_it_synced() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path()).await;
    let t0 = now();

    // The first check tells what is already stale: the admin turned it on to hear that.
    let first = app.monitor_check(t0).await.unwrap();
    assert!(first.error.is_none(), "{:?}", first.error);
    assert_eq!(told(&first.news), [(LEGACY, NewsKind::BecameStale)]);
    let news = &first.news[0];
    assert_eq!(news.instance_id.as_deref(), Some("legacy"));
    assert_eq!(news.title, format!("{LEGACY} has not synced for 37 days"));
    assert!(
        news.body
            .ends_with("Open GHE License Sync → License to sync it."),
        "{}",
        news.body
    );
    assert_eq!(
        verdicts(&first.instances),
        [(MAIN, SyncVerdict::Ok), (LEGACY, SyncVerdict::Stale)]
    );
    assert_eq!(background_checks(&app), 1);
    support::assert_last_activity(&app, ActivityKind::BackgroundCheck, Outcome::Failed);

    // Still stale: nothing to tell, and nothing recorded.
    let again = app
        .monitor_check(t0 + time::Duration::hours(6))
        .await
        .unwrap();
    assert!(again.news.is_empty(), "{:?}", again.news);
    assert_eq!(background_checks(&app), 1);

    // A threshold of 1 day for main, synced 26 hours ago: stale at once, told once.
    app.set_monitor_settings(MonitorSettings {
        per_instance_days: [("main".to_owned(), 1)].into(),
        ..MonitorSettings::default()
    })
    .await
    .unwrap();
    let strict = app.monitor_check(t0).await.unwrap();
    assert_eq!(told(&strict.news), [(MAIN, NewsKind::BecameStale)]);
    assert_eq!(
        strict.news[0].title,
        format!("{MAIN} has not synced for 1 day")
    );
    assert!(app.monitor_check(t0).await.unwrap().news.is_empty());
    assert_eq!(background_checks(&app), 2);

    // The admin presses Sync now on main's License page; GitHub records a sync now.
    let emu = app.emulator().unwrap();
    emu.set_processing_delay(Duration::ZERO);
    let main_web = app.settings().ghes[0].web_url.clone().unwrap();
    assert!(
        press(&format!("{main_web}/enterprise/settings/license/sync-now"))
            .await
            .is_success()
    );
    let back = app.monitor_check(now()).await.unwrap();
    assert_eq!(told(&back.news), [(MAIN, NewsKind::Recovered)]);
    assert_eq!(back.news[0].title, format!("{MAIN} is in sync again"));
    assert!(
        back.news[0].body.contains("Nothing to do"),
        "{}",
        back.news[0].body
    );
    support::assert_last_activity(&app, ActivityKind::BackgroundCheck, Outcome::Ok);
    assert!(app.monitor_check(now()).await.unwrap().news.is_empty());
    assert_eq!(background_checks(&app), 3);

    // Back to 7 days for all; eight days on, main's new sync is stale: told once, and
    // legacy, still stale, is not told again.
    app.set_monitor_settings(MonitorSettings::default())
        .await
        .unwrap();
    let later = t0 + time::Duration::days(8) + time::Duration::hours(1);
    let stale = app.monitor_check(later).await.unwrap();
    assert_eq!(told(&stale.news), [(MAIN, NewsKind::BecameStale)]);
    assert_eq!(
        stale.news[0].title,
        format!("{MAIN} has not synced for 8 days")
    );
    assert!(app.monitor_check(later).await.unwrap().news.is_empty());
    assert_eq!(background_checks(&app), 4);

    let status = app.monitor_status();
    assert!(status.last_check.is_some());
    assert!(status.next_due.is_none(), "off: no next check");
    assert_eq!(
        verdicts(&status.instances),
        [(MAIN, SyncVerdict::Stale), (LEGACY, SyncVerdict::Stale)]
    );
}

#[tokio::test]
async fn a_failed_sync_is_told_once_with_githubs_words() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path()).await;
    app.monitor_check(now()).await.unwrap();
    app.emulator().unwrap().update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        main.last_sync = Some(SyncRecord {
            date: OffsetDateTime::now_utc(),
            status: "failed".into(),
            error: "The license usage file could not be processed".into(),
        });
    });
    failed_sync_is_told_once(&app, "The license usage file could not be processed").await;
}

/// The next check tells main's failed sync, with `words` in its body, and the one after it
/// tells nothing.
async fn failed_sync_is_told_once(app: &App, words: &str) {
    let failed = app.monitor_check(now()).await.unwrap();
    assert_eq!(told(&failed.news), [(MAIN, NewsKind::SyncFailed)]);
    assert_eq!(
        failed.news[0].title,
        format!("The license sync of {MAIN} failed")
    );
    assert!(
        failed.news[0].body.contains(words),
        "{}",
        failed.news[0].body
    );
    assert!(app.monitor_check(now()).await.unwrap().news.is_empty());
}

#[tokio::test]
async fn github_not_answering_is_no_news_and_keeps_what_was_told() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path()).await;
    app.monitor_check(now()).await.unwrap();
    app.emulator()
        .unwrap()
        .inject(ghec_refuses("license-sync-status", 401, "Bad credentials"));
    let refused = app.monitor_check(now()).await.unwrap();
    assert!(refused.news.is_empty(), "{:?}", refused.news);
    let error = refused.error.expect("the failure is reported");
    assert_eq!(error.kind, "unauthorized");
    assert_eq!(app.monitor_status().last_error.as_ref(), Some(&error));
    assert_eq!(
        app.monitor_status().instances.len(),
        2,
        "the last judgement is kept"
    );
    // Read again: legacy is still stale, which was told before the failure.
    let back = app.monitor_check(now()).await.unwrap();
    assert!(back.error.is_none());
    assert!(back.news.is_empty(), "{:?}", back.news);
    assert!(app.monitor_status().last_error.is_none());
}

/// A manual upload that license-sync-status does not show (GitHub does not document that
/// it moves it) still counts: the upload record decides where it is newer.
#[tokio::test]
async fn an_upload_only_githubs_upload_record_shows_is_seen_and_a_failed_one_told() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path()).await;
    let first = app.monitor_check(now()).await.unwrap();
    assert!(first.uploads_error.is_none(), "{:?}", first.uploads_error);
    assert_eq!(told(&first.news), [(LEGACY, NewsKind::BecameStale)]);

    let uploaded = OffsetDateTime::now_utc() - time::Duration::hours(3);
    app.emulator().unwrap().update_world(|w| {
        let legacy = w.instances.iter().find(|i| i.name == "legacy").unwrap();
        let (server_id, before) = (legacy.server_id.clone(), legacy.last_sync.clone());
        w.add_upload(
            server_id,
            "legacy-usage.json".into(),
            UploadState::Success,
            uploaded - time::Duration::minutes(2),
            uploaded,
        );
        // Only the upload record moved.
        assert_eq!(
            w.instances
                .iter()
                .find(|i| i.name == "legacy")
                .unwrap()
                .last_sync
                .as_ref()
                .map(|s| s.date),
            before.map(|s| s.date)
        );
    });
    let seen = app.monitor_check(now()).await.unwrap();
    assert_eq!(told(&seen.news), [(LEGACY, NewsKind::Recovered)]);
    let legacy = seen
        .instances
        .iter()
        .find(|i| i.hostname == LEGACY)
        .unwrap();
    assert_eq!(legacy.verdict, SyncVerdict::Ok);

    app.emulator().unwrap().update_world(|w| {
        let main = w.instances.iter().find(|i| i.name == "main").unwrap();
        let server_id = main.server_id.clone();
        let at = OffsetDateTime::now_utc();
        w.add_upload(
            server_id,
            "main-usage.json".into(),
            UploadState::Failure,
            at - time::Duration::minutes(1),
            at,
        );
    });
    failed_sync_is_told_once(&app, "main-usage.json").await;
}

#[tokio::test]
async fn an_unreadable_upload_record_is_said_and_license_sync_status_still_decides() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_in(dir.path()).await;
    // A token that may read REST but not GraphQL, on every GraphQL request of the check.
    app.emulator().unwrap().inject(graphql_refused_for_good());
    let check = app.monitor_check(now()).await.unwrap();
    assert!(check.error.is_none(), "{:?}", check.error);
    assert!(
        check.uploads_error.is_some(),
        "the upload record's failure is said"
    );
    assert_eq!(told(&check.news), [(LEGACY, NewsKind::BecameStale)]);
}

#[tokio::test]
async fn what_was_told_and_the_settings_survive_a_restart_and_hold_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    // Another app on the same folder, already running (as `ghls monitor` from cron beside
    // the desktop app): what one tells, the other does not tell again.
    let other = app_in(dir.path()).await;
    assert!(other.monitor_status().last_check.is_none());
    let tokens = {
        let app = app_in(dir.path()).await;
        let settings = MonitorSettings {
            enabled: true,
            every_hours: 12,
            ..MonitorSettings::default()
        };
        app.set_monitor_settings(settings).await.unwrap();
        let first = app.monitor_check(now()).await.unwrap();
        assert_eq!(told(&first.news), [(LEGACY, NewsKind::BecameStale)]);
        let info = app.emulator().unwrap().info();
        let mut tokens = vec![info.ghec.token.clone()];
        tokens.extend(info.ghes.iter().map(|g| g.token.clone()));
        tokens
    };
    let beside = other.monitor_check(now()).await.unwrap();
    assert!(
        beside.news.is_empty(),
        "told by the other app: {:?}",
        beside.news
    );
    let file = std::fs::read_to_string(dir.path().join("monitor.json")).unwrap();
    assert!(file.contains(LEGACY), "{file}");
    for t in &tokens {
        assert!(!file.contains(t.as_str()), "a token is in monitor.json");
    }
    assert!(!file.contains("ghp_"), "{file}");

    let restarted = app_in(dir.path()).await;
    let settings = restarted.monitor_settings();
    assert!(settings.enabled);
    assert_eq!(settings.every_hours, 12);
    let status = restarted.monitor_status();
    assert!(status.last_check.is_some() && status.next_due.is_some());
    let again = restarted.monitor_check(now()).await.unwrap();
    assert!(
        again.news.is_empty(),
        "told before the restart: {:?}",
        again.news
    );
}

#[tokio::test]
async fn the_demo_keeps_the_monitor_in_memory() {
    let app = demo().await;
    assert!(
        !app.monitor_settings().enabled,
        "off until the admin turns it on"
    );
    app.monitor_check(now()).await.unwrap();
    assert!(app.monitor_check(now()).await.unwrap().news.is_empty());
    assert!(app.info().settings_path.is_none());
}

#[tokio::test]
async fn settings_out_of_range_or_for_an_unknown_instance_are_refused_with_what_to_do() {
    let app = demo().await;
    let ok = MonitorSettings::default();
    for (bad, field, says) in [
        (
            MonitorSettings {
                every_hours: 0,
                ..ok.clone()
            },
            "every_hours",
            "between 1 and 168",
        ),
        (
            MonitorSettings {
                every_hours: 169,
                ..ok.clone()
            },
            "every_hours",
            "once a week (168 hours)",
        ),
        (
            MonitorSettings {
                stale_after_days: 0,
                ..ok.clone()
            },
            "stale_after_days",
            "1 to 90",
        ),
        (
            MonitorSettings {
                stale_after_days: 91,
                ..ok.clone()
            },
            "stale_after_days",
            "between 1 and 90",
        ),
        (
            MonitorSettings {
                per_instance_days: [("nope".to_owned(), 3)].into(),
                ..ok.clone()
            },
            "per_instance_days.nope",
            "add the instance in Connections",
        ),
        (
            MonitorSettings {
                per_instance_days: [("main".to_owned(), 120)].into(),
                ..ok.clone()
            },
            "per_instance_days.main",
            "1 to 90 days for this instance",
        ),
    ] {
        let refused = app.set_monitor_settings(bad).await.unwrap_err().report();
        assert_eq!(refused.kind, "invalid_settings");
        let fields = refused.fields.clone().unwrap();
        assert_eq!(fields.len(), 1, "{fields:?}");
        assert_eq!(fields[0].field, field);
        assert_says(&refused, &[says]);
    }
    assert_eq!(app.monitor_settings(), ok, "nothing refused was kept");

    let per_instance = MonitorSettings {
        per_instance_days: [("main".to_owned(), 1)].into(),
        ..ok
    };
    assert_eq!(
        app.set_monitor_settings(per_instance.clone())
            .await
            .unwrap(),
        per_instance
    );
    // main synced 26 hours ago: stale against its own 1 day.
    let check = app.monitor_check(now()).await.unwrap();
    let main = check.instances.iter().find(|i| i.hostname == MAIN).unwrap();
    assert_eq!(
        (main.verdict, main.stale_after_days),
        (SyncVerdict::Stale, 1)
    );
    assert!(told(&check.news).contains(&(MAIN, NewsKind::BecameStale)));

    // main removed from Connections: its threshold goes with it, and the settings as the
    // screen reads them save again.
    app.remove_ghes_instance("main").await.unwrap();
    let after = app.monitor_settings();
    assert!(after.per_instance_days.is_empty(), "{after:?}");
    app.set_monitor_settings(after).await.unwrap();
}

type Told = mpsc::UnboundedReceiver<(MonitorNews, OffsetDateTime)>;

/// A clock the test owns: each wait moves it on at once.
#[derive(Debug)]
struct FakeClock(Mutex<OffsetDateTime>);

impl Clock for FakeClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap()
    }

    fn sleep(&self, d: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        *self.0.lock().unwrap() += d;
        Box::pin(tokio::task::yield_now())
    }
}

fn collector(
    clock: Arc<FakeClock>,
) -> (
    Announce,
    mpsc::UnboundedReceiver<(MonitorNews, OffsetDateTime)>,
) {
    let (tx, rx) = mpsc::unbounded_channel();
    let announce: Announce = Arc::new(move |n: &MonitorNews| {
        let _ = tx.send((n.clone(), clock.now()));
    });
    (announce, rx)
}

async fn wait(rx: &mut Told) -> (MonitorNews, OffsetDateTime) {
    tokio::time::timeout(Duration::from_secs(60), rx.recv())
        .await
        .expect("news in time")
        .expect("the loop runs")
}

#[tokio::test]
async fn the_loop_checks_only_when_on_every_n_hours_and_stops_when_cancelled() {
    let app = Arc::new(demo().await);
    let t0 = now();
    let clock = Arc::new(FakeClock(Mutex::new(t0)));
    let (announce, mut rx) = collector(clock.clone());
    let stop = CancellationToken::new();
    let task = tokio::spawn(
        app.clone()
            .run_monitor(clock.clone(), announce, stop.clone()),
    );

    // Off: nothing is read.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let polls = || app.emulator().unwrap().requests_to("license-sync-status");
    assert_eq!(polls(), 0, "off checks nothing");

    // On: the loop wakes at once and tells what is already stale.
    app.set_monitor_settings(MonitorSettings {
        enabled: true,
        every_hours: 6,
        ..MonitorSettings::default()
    })
    .await
    .unwrap();
    let (first, at) = wait(&mut rx).await;
    assert_eq!(
        (first.hostname.as_str(), first.kind),
        (LEGACY, NewsKind::BecameStale)
    );
    assert_eq!(at, t0, "the first check is at once");

    // main synced 26 hours before t0 turns 7 days old between the checks at t0 + 5 days
    // 18 hours and t0 + 6 days: told at the check every 6 hours that first sees it.
    let (second, at) = wait(&mut rx).await;
    assert_eq!(
        (second.hostname.as_str(), second.kind),
        (MAIN, NewsKind::BecameStale)
    );
    assert_eq!(at, t0 + time::Duration::days(6));

    stop.cancel();
    tokio::time::timeout(Duration::from_secs(10), task)
        .await
        .expect("the loop ends when stopped")
        .unwrap();
}

#[tokio::test]
async fn a_loop_that_is_off_ends_when_stopped() {
    let app = Arc::new(demo().await);
    let clock = Arc::new(FakeClock(Mutex::new(now())));
    let (announce, _rx) = collector(clock.clone());
    let stop = CancellationToken::new();
    let task = tokio::spawn(app.clone().run_monitor(clock, announce, stop.clone()));
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.cancel();
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .expect("the loop ends when stopped")
        .unwrap();
    assert_eq!(
        app.emulator().unwrap().requests_to("license-sync-status"),
        0
    );
}
