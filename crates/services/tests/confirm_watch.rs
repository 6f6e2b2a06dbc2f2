//! Hand-off and confirmation watch against the built-in emulator. The test plays the admin:
//! when the app hands off to a page, the test does what the admin would do there (POST the
//! upload form, press Sync now) on the emulator's web pages, and the app must confirm only
//! once GitHub shows the result through the REST API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ghls_services::sync::{HandOff, OpenIn};
use ghls_services::sync::{InstanceResult, OneClickEvent, SyncPath, WatchKind};
use ghls_services::sync::{UploadSeen, WatchConfig, WatchEvent};
use ghls_services::App;
use support::{demo, graphql_refused_for_good};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// What the app asked the desktop to do.
#[derive(Debug, Default)]
struct Desk {
    log: Mutex<Vec<String>>,
}

impl HandOff for Desk {
    fn open_url(&self, url: &str, how: OpenIn) -> Result<(), String> {
        self.log
            .lock()
            .unwrap()
            .push(format!("open {url} in {how:?}"));
        Ok(())
    }
    fn reveal_file(&self, path: &Path) -> Result<(), String> {
        self.log
            .lock()
            .unwrap()
            .push(format!("reveal {}", path.display()));
        Ok(())
    }
    fn copy_text(&self, text: &str) -> Result<(), String> {
        self.log.lock().unwrap().push(format!("copy {text}"));
        Ok(())
    }
    fn notify(&self, title: &str, _body: &str) -> Result<(), String> {
        self.log.lock().unwrap().push(format!("notify {title}"));
        Ok(())
    }
}

fn fast(timeout: Duration) -> WatchConfig {
    WatchConfig {
        first_poll: Duration::from_millis(40),
        max_poll: Duration::from_millis(80),
        timeout,
    }
}

async fn demo_app(processing_delay: Duration, timeout: Duration) -> (Arc<App>, Arc<Desk>) {
    let app = demo().await.with_watch_config(fast(timeout));
    app.emulator()
        .unwrap()
        .set_processing_delay(processing_delay);
    let desk = Arc::new(Desk::default());
    app.set_hand_off(desk.clone());
    (Arc::new(app), desk)
}

type Events = mpsc::UnboundedReceiver<WatchEvent>;

fn channel() -> (impl Fn(WatchEvent) + Send + Sync + 'static, Events) {
    let (tx, rx) = mpsc::unbounded_channel();
    (
        move |e| {
            let _ = tx.send(e);
        },
        rx,
    )
}

/// The next event matching `f`, within 10 s.
async fn next(rx: &mut Events, f: impl Fn(&WatchEvent) -> bool) -> WatchEvent {
    tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            let e = rx.recv().await.expect("the watch ended without that event");
            if f(&e) {
                return e;
            }
        }
    })
    .await
    .expect("no such event within 10 s")
}

/// What a watch that ended confirmed said.
struct Confirmation {
    summary: String,
    consumed_before: Option<i64>,
    consumed_after: Option<i64>,
    upload: Option<UploadSeen>,
    note: Option<String>,
}

/// The end of the watch `task` ran, which must be a confirmation; any other end fails the
/// test, saying it `expected` one.
async fn confirmation<E: std::fmt::Debug>(
    task: JoinHandle<Result<WatchEvent, E>>,
    expected: &str,
) -> Confirmation {
    match task.await.unwrap().unwrap() {
        WatchEvent::Confirmed {
            summary,
            consumed_before,
            consumed_after,
            upload,
            note,
            ..
        } => Confirmation {
            summary,
            consumed_before,
            consumed_after,
            upload,
            note,
        },
        end => panic!("expected {expected}, got {end:?}"),
    }
}

fn handed_off_url(e: &WatchEvent) -> String {
    match e {
        WatchEvent::HandedOff { url, .. } => url.clone(),
        other => panic!("not a hand-off: {other:?}"),
    }
}

/// The admin presses a button (a form POST) on the page the app opened.
async fn press(url: &str, form: &str) -> reqwest::StatusCode {
    reqwest::Client::new()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form.to_owned())
        .send()
        .await
        .unwrap()
        .status()
}

/// The admin uploads `file` with the "Add server usage" form.
async fn upload(licensing_page: &str, file: &Path) -> reqwest::StatusCode {
    let bytes = std::fs::read(file).unwrap();
    let boundary = "ghls-test-boundary-7d1f";
    // The browser sends the file's own name, which GitHub's upload record shows.
    let name = file.file_name().unwrap().to_string_lossy();
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"usage_file\"; filename=\"{name}\"\r\nContent-Type: application/json\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    reqwest::Client::new()
        .post(format!("{licensing_page}/server-usage"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
}

/// Starts Add server usage for `file` and, once the app hands off, uploads the file on the
/// licensing page as the admin would. Returns the running watch and its events.
async fn upload_after_the_hand_off(
    app: &Arc<App>,
    file: &Path,
) -> (JoinHandle<ghls_services::Result<WatchEvent>>, Events) {
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let (app, file) = (app.clone(), file.to_path_buf());
        async move { app.start_upload(file, emit).await }
    });
    let url = handed_off_url(&next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await);
    assert!(upload(&url, file).await.is_success());
    (task, rx)
}

fn export_file(app: &App, instance: &str, dir: &Path) -> PathBuf {
    let path = dir.join(format!("{instance}-license-usage.json"));
    app.emulator().unwrap().save_usage_export(instance, path)
}

fn status_polls(app: &App) -> usize {
    app.emulator().unwrap().requests_to("license-sync-status")
}

#[tokio::test]
async fn sync_now_is_confirmed_only_after_last_sync_moves() {
    let delay = Duration::from_millis(400);
    let (app, desk) = demo_app(delay, Duration::from_secs(10)).await;
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.sync_now("main", emit).await }
    });
    let url = handed_off_url(&next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await);
    let ghes_web = app.settings().ghes[0].web_url.clone().unwrap();
    assert_eq!(url, format!("{ghes_web}/enterprise/settings/license"));
    assert_eq!(
        desk.log.lock().unwrap()[0],
        format!("open {url} in AppWindow"),
        "the demo opens an app window"
    );

    let pressed = Instant::now();
    assert!(press(&format!("{url}/sync-now"), "").await.is_success());
    // GitHub is still processing: the app keeps waiting and says what it sees (the sync's
    // upload node, PENDING, makes it "processing").
    let waiting = next(
        &mut rx,
        |e| matches!(e, WatchEvent::Processing { polls, .. } if *polls >= 1),
    )
    .await;
    let WatchEvent::Processing {
        last_seen, message, ..
    } = waiting
    else {
        unreachable!()
    };
    assert!(
        message.starts_with("GitHub is processing the upload github-connect-"),
        "{message}"
    );
    assert!(
        last_seen.is_some(),
        "the instance's current last sync is shown"
    );

    let end = confirmation(task, "confirmed").await;
    let summary = &end.summary;
    assert!(
        pressed.elapsed() >= delay,
        "confirmed after {:?}, before GitHub processed the sync ({delay:?})",
        pressed.elapsed()
    );
    assert_eq!(app.emulator().unwrap().pending_syncs(), 0);
    assert!(end.consumed_before.is_some() && end.consumed_after.is_some());
    assert!(summary.contains("github.acme.example"), "{summary}");
    assert!(summary.contains("consumed"), "{summary}");
    // Sync now leaves an upload node too: the confirmation names it.
    let Some(up) = &end.upload else {
        panic!("the sync's upload is not named: {summary}");
    };
    assert!(up.name.starts_with("github-connect-"), "{up:?}");
    assert_eq!(up.sync_state, "SUCCESS");
    assert!(summary.contains(&up.name), "{summary}");
    assert!(app.watches().is_empty(), "the watch is over");
    assert!(desk
        .log
        .lock()
        .unwrap()
        .iter()
        .any(|l| l == "notify Sync now: confirmed"));
}

#[tokio::test]
async fn an_upload_hands_off_with_the_file_ready_and_is_confirmed_when_github_processed_it() {
    let dir = tempfile::tempdir().unwrap();
    let (app, desk) = demo_app(Duration::from_millis(200), Duration::from_secs(10)).await;
    let file = export_file(&app, "legacy", dir.path());
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let (app, file) = (app.clone(), file.clone());
        async move { app.start_upload(file, emit).await }
    });
    let handed = next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await;
    let WatchEvent::HandedOff {
        url,
        opened_in,
        file_path,
        notes,
        ..
    } = &handed
    else {
        unreachable!()
    };
    let ghec_web = app.settings().ghec.unwrap().web_url.unwrap();
    assert_eq!(url, &format!("{ghec_web}/enterprises/acme/licensing"));
    assert_eq!(*opened_in, OpenIn::AppWindow);
    assert_eq!(
        file_path.as_deref(),
        Some(file.display().to_string().as_str())
    );
    assert!(
        notes.iter().any(|n| n.contains("Add server usage")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.ends_with(
            "(if the page moved: Your enterprises → acme → Billing and licensing → Licensing)."
        )),
        "GitHub's menu path is beside the address: {notes:?}"
    );
    {
        let log = desk.log.lock().unwrap();
        assert!(
            log.contains(&format!("reveal {}", file.display())),
            "{log:?}"
        );
        assert!(log.contains(&format!("copy {}", file.display())), "{log:?}");
    }
    assert_eq!(app.watches()[0].kind, WatchKind::AddServerUsage);
    assert_eq!(app.watches()[0].instance, "legacy");

    assert!(upload(url, &file).await.is_success());
    let end = task.await.unwrap().unwrap();
    assert!(matches!(end, WatchEvent::Confirmed { .. }), "{end:?}");
}

#[tokio::test]
async fn an_upload_github_refuses_ends_as_failed_with_githubs_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = demo_app(Duration::from_millis(100), Duration::from_secs(10)).await;
    let good = export_file(&app, "main", dir.path());
    // Still a well-formed export to the app (it never decrypts the user list), but GitHub
    // cannot decrypt it: one base64 character of the payload changed.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&good).unwrap()).unwrap();
    let users = doc["users"].as_str().unwrap().to_owned();
    let i = users.len() / 2;
    let swapped = if &users[i..=i] == "A" { "B" } else { "A" };
    doc["users"] = format!("{}{swapped}{}", &users[..i], &users[i + 1..]).into();
    let tampered = dir.path().join("tampered.json");
    std::fs::write(&tampered, serde_json::to_vec(&doc).unwrap()).unwrap();

    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.start_upload(tampered, emit).await }
    });
    let url = handed_off_url(&next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await);
    let tampered = dir.path().join("tampered.json");
    assert_eq!(upload(&url, &tampered).await.as_u16(), 422);
    let end = task.await.unwrap().unwrap();
    let WatchEvent::Failed {
        message,
        github_error,
        ..
    } = &end
    else {
        panic!("expected failed, got {end:?}");
    };
    let shown = app.emulator().unwrap().with_world(|w| {
        w.instance("main")
            .unwrap()
            .last_sync
            .as_ref()
            .unwrap()
            .error
            .clone()
    });
    assert_eq!(github_error.as_deref(), Some(shown.as_str()));
    assert!(message.contains(&shown), "{message}");
}

#[tokio::test]
async fn a_refused_file_is_never_handed_off() {
    let dir = tempfile::tempdir().unwrap();
    let (app, desk) = demo_app(Duration::ZERO, Duration::from_secs(10)).await;
    let ghl = dir.path().join("github-enterprise.ghl");
    std::fs::write(&ghl, [0x1f, 0x8b, 0x08, 0x00, 0x00]).unwrap();
    let err = app.start_upload(ghl, |_| {}).await.unwrap_err();
    assert_eq!(err.kind(), "usage_file_refused", "{err}");
    assert!(!err.report().fix.unwrap().is_empty());
    assert!(desk.log.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_sync_that_never_happens_times_out_and_keep_watching_uses_the_same_time() {
    let (app, _) = demo_app(Duration::ZERO, Duration::from_millis(300)).await;
    let (emit, mut rx) = channel();
    let end = app.sync_now("main", emit).await.unwrap();
    let handed = next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await;
    let WatchEvent::HandedOff { at, url, .. } = handed else {
        unreachable!()
    };
    let WatchEvent::TimedOut { since, elapsed_ms } = &end else {
        panic!("expected timed out, got {end:?}");
    };
    assert_eq!(since, &at);
    assert!(*elapsed_ms >= 300);

    // The admin presses Sync now late; keep watching with the same T confirms it.
    app.set_watch_config(fast(Duration::from_secs(10)));
    assert!(press(&format!("{url}/sync-now"), "").await.is_success());
    let (emit, mut rx) = channel();
    let end = app.keep_watching("main", since, emit).await.unwrap();
    assert!(matches!(end, WatchEvent::Confirmed { .. }), "{end:?}");
    assert!(
        !std::iter::from_fn(|| rx.try_recv().ok())
            .any(|e| matches!(e, WatchEvent::HandedOff { .. })),
        "keep watching opens nothing"
    );
    let bad = app.keep_watching("main", "yesterday-ish", |_| {}).await;
    assert_eq!(bad.unwrap_err().kind(), "invalid_argument");
}

#[tokio::test]
async fn cancel_stops_polling() {
    let (app, _) = demo_app(Duration::ZERO, Duration::from_secs(30)).await;
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.sync_now("main", emit).await }
    });
    next(
        &mut rx,
        |e| matches!(e, WatchEvent::Waiting { polls, .. } if *polls >= 2),
    )
    .await;
    assert!(app.cancel_watch("main"));
    let end = task.await.unwrap().unwrap();
    assert_eq!(end, WatchEvent::Cancelled);
    let polls = status_polls(&app);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(status_polls(&app), polls, "no poll after the cancel");
    assert!(app.watches().is_empty());
    assert!(!app.cancel_watch("main"), "nothing left to cancel");
}

#[tokio::test]
async fn a_second_start_for_the_same_instance_is_refused_while_one_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (app, desk) = demo_app(Duration::ZERO, Duration::from_secs(30)).await;
    let file = export_file(&app, "main", dir.path());

    // A double click: two uploads of the same file at once.
    let (a, b) = tokio::join!(app.start_upload(file.clone(), |_| {}), async {
        while app.watches().is_empty() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let second = app.start_upload(file.clone(), |_| {}).await;
        let err = second.unwrap_err();
        assert_eq!(err.kind(), "watch_running");
        let message = err.to_string();
        assert!(
            message.starts_with("A watch for github.acme.example is already running (started ")
                && message.ends_with("ago); cancel it first."),
            "{message}"
        );
        // Sync now of the same instance is refused the same way.
        assert_eq!(
            app.sync_now("main", |_| {}).await.unwrap_err().kind(),
            "watch_running"
        );
        let running = app.watches();
        assert_eq!(running.len(), 1);
        assert_eq!(running[0].instance, "main");
        app.cancel_watch("main");
    });
    let () = b;
    assert_eq!(a.unwrap(), WatchEvent::Cancelled);
    let opened = desk
        .log
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.starts_with("open "))
        .count();
    assert_eq!(opened, 1, "one upload, one page");
}

#[tokio::test]
async fn enable_license_sync_is_confirmed_by_the_first_sync_after_the_hand_off() {
    let (app, _) = demo_app(Duration::from_millis(100), Duration::from_secs(10)).await;
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.enable_license_sync("legacy", emit).await }
    });
    let url = handed_off_url(&next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await);
    assert!(
        url.ends_with("/ghes/legacy/web/enterprise/settings/dotcom_connection"),
        "{url}"
    );
    assert!(press(&format!("{url}/license-sync"), "enabled=true")
        .await
        .is_success());
    // Enabling alone is not a sync: still waiting.
    next(
        &mut rx,
        |e| matches!(e, WatchEvent::Waiting { polls, .. } if *polls >= 2),
    )
    .await;
    let license_page = url.replace("/dotcom_connection", "/license");
    assert!(press(&format!("{license_page}/sync-now"), "")
        .await
        .is_success());
    let end = task.await.unwrap().unwrap();
    assert!(matches!(end, WatchEvent::Confirmed { .. }), "{end:?}");
}

#[tokio::test]
async fn one_click_without_exports_or_connect_says_export_first_for_each_instance() {
    let (app, desk) = demo_app(Duration::ZERO, Duration::from_secs(10)).await;
    let r = app.one_click_sync(|_| {}).await.unwrap();
    assert_eq!((r.confirmed, r.total), (0, 2));
    for o in &r.outcomes {
        assert_eq!(o.path, SyncPath::None);
        let InstanceResult::Skipped { reason } = &o.result else {
            panic!("{o:?}");
        };
        assert!(reason.starts_with("export license usage first"), "{reason}");
    }
    assert!(
        r.summary.contains("export license usage first"),
        "{}",
        r.summary
    );
    assert!(desk.log.lock().unwrap().is_empty(), "nothing opened");
}

#[tokio::test]
async fn one_click_combines_connect_sync_and_upload_outcomes() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = demo_app(Duration::from_millis(150), Duration::from_secs(10)).await;
    // main's export lists license_usage_sync (Connect); legacy's does not (upload).
    let main_file = export_file(&app, "main", dir.path());
    let legacy_file = export_file(&app, "legacy", dir.path());
    for f in [&main_file, &legacy_file] {
        assert!(matches!(
            app.inspect_usage_file(f.clone()).await,
            ghls_domain::UsageVerdict::Accepted(_)
        ));
    }
    let (tx, mut rx) = mpsc::unbounded_channel::<OneClickEvent>();
    let task = tokio::spawn({
        let app = app.clone();
        async move {
            app.one_click_sync(move |e| {
                let _ = tx.send(e);
            })
            .await
        }
    });
    let mut handled = Vec::new();
    while handled.len() < 2 {
        let e = tokio::time::timeout(Duration::from_secs(10), rx.recv())
            .await
            .unwrap()
            .unwrap();
        if let WatchEvent::HandedOff { url, .. } = &e.event {
            match e.instance.as_str() {
                "main" => assert!(press(&format!("{url}/sync-now"), "").await.is_success()),
                "legacy" => assert!(upload(url, &legacy_file).await.is_success()),
                other => panic!("{other}"),
            }
            handled.push(e.instance.clone());
        }
    }
    let r = task.await.unwrap().unwrap();
    assert_eq!((r.confirmed, r.total), (2, 2), "{r:?}");
    assert_eq!(r.outcomes[0].path, SyncPath::ConnectSync);
    assert_eq!(r.outcomes[1].path, SyncPath::AddServerUsage);
    assert_eq!(r.summary, "2 of 2 instances confirmed.");
}

#[tokio::test]
async fn sync_upload_reads_processing_with_its_name_then_is_confirmed_by_githubs_upload_record() {
    let dir = tempfile::tempdir().unwrap();
    let delay = Duration::from_millis(600);
    let (app, _) = demo_app(delay, Duration::from_secs(10)).await;
    let file = export_file(&app, "legacy", dir.path());
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let (task, mut rx) = upload_after_the_hand_off(&app, &file).await;

    // GitHub has the upload and is processing it: the app says so, by the file's name.
    let processing = next(&mut rx, |e| matches!(e, WatchEvent::Processing { .. })).await;
    let WatchEvent::Processing {
        message,
        upload: seen,
        note,
        ..
    } = &processing
    else {
        unreachable!()
    };
    assert_eq!(message, &format!("GitHub is processing the upload {name}."));
    assert_eq!(seen.name, name);
    assert_eq!(seen.sync_state, "PENDING");
    assert_eq!(note, &None, "both signals are read");

    let end = confirmation(task, "confirmed with the upload").await;
    let summary = &end.summary;
    let Some(done) = &end.upload else {
        panic!("expected confirmed with the upload, got none: {summary}");
    };
    assert_eq!(done.name, name);
    assert_eq!(done.sync_state, "SUCCESS");
    assert!(
        summary.starts_with(&format!("GitHub processed the upload {name} of ")),
        "{summary}"
    );
    assert!(summary.contains("consumed"), "{summary}");
    assert_eq!(end.note, None);
    assert_eq!(app.emulator().unwrap().pending_syncs(), 0);
}

#[tokio::test]
async fn sync_an_armed_upload_failure_ends_as_failed_with_the_upload_and_its_fix() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = demo_app(Duration::from_millis(300), Duration::from_secs(10)).await;
    let file = export_file(&app, "main", dir.path());
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let words = "The license usage file could not be processed";
    assert!(app.emulator().unwrap().fail_next_upload("main", words));
    let (task, _events) = upload_after_the_hand_off(&app, &file).await;
    let end = task.await.unwrap().unwrap();
    let WatchEvent::Failed {
        message,
        github_error,
        upload: Some(failed),
        fix: Some(fix),
        ..
    } = &end
    else {
        panic!("expected failed with the upload and a fix, got {end:?}");
    };
    assert_eq!(failed.name, name);
    assert_eq!(failed.sync_state, "FAILURE");
    assert!(
        message.starts_with(&format!(
            "GitHub could not process the upload {name} of github.acme.example"
        )),
        "{message}"
    );
    assert_eq!(github_error.as_deref(), Some(words));
    assert!(fix.contains("Export the license usage again"), "{fix}");
    assert!(fix.contains("license and status"), "{fix}");
}

#[tokio::test]
async fn sync_a_token_refused_on_graphql_is_confirmed_by_license_sync_status_with_a_note() {
    let (app, _) = demo_app(Duration::from_millis(300), Duration::from_secs(10)).await;
    app.emulator().unwrap().inject(graphql_refused_for_good());
    let (emit, mut rx) = channel();
    let task = tokio::spawn({
        let app = app.clone();
        async move { app.sync_now("main", emit).await }
    });
    let url = handed_off_url(&next(&mut rx, |e| matches!(e, WatchEvent::HandedOff { .. })).await);
    // From the first "waiting" on, the watch says it confirms by license-sync-status only.
    let waiting = next(&mut rx, |e| matches!(e, WatchEvent::Waiting { .. })).await;
    let said = waiting.note().unwrap_or_default().to_owned();
    assert!(
        said.starts_with("GitHub's upload record could not be read (")
            && said.ends_with("): confirming by license-sync-status only."),
        "{said}"
    );
    assert!(press(&format!("{url}/sync-now"), "").await.is_success());
    let end = confirmation(task, "confirmed by license-sync-status").await;
    let summary = &end.summary;
    assert_eq!(end.upload, None, "no upload record was read");
    assert_eq!(end.note.as_deref(), Some(said.as_str()));
    assert!(
        summary.starts_with("GitHub shows the sync of github.acme.example at "),
        "{summary}"
    );
    assert!(summary.ends_with(&said), "{summary}");
    // Refused once, the record is not asked again at every poll.
    let asked = app.emulator().unwrap().requests_to("graphql");
    assert!(asked <= 1, "GraphQL asked {asked} times after refusing");
}
