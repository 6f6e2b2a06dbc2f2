//! The Consumed licenses and Duplicates services on the demo app, its emulator behind them
//! over real HTTP: loading once per session, joining a running fetch, cancelling, queries,
//! exports and the duplicate report against the emulator's planted truth.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ghls_domain::{ConsumerFields, ConsumerKind, DuplicateReport, LicenseConsumer, ReasonKind};
use ghls_emulator::PlantedKind;
use ghls_github::{FetchOptions, RetryPolicy};
use ghls_services::consumed::consumers_csv;
use ghls_services::consumed::{
    ConsumedQuery, ConsumedSort, ConsumedSummary, ConsumerFilter, ExportFormat, FetchProgress,
    SortColumn,
};
use ghls_services::{App, ErrorReport};
use support::demo;

async fn demo_app(consumers: usize) -> Arc<App> {
    let app = demo()
        .consumers(consumers)
        .seed(1)
        .await
        .with_fetch_options(FetchOptions {
            retry: RetryPolicy {
                base: Duration::from_millis(20),
                cap: Duration::from_millis(200),
                ..RetryPolicy::default()
            },
            ..FetchOptions::default()
        });
    Arc::new(app)
}

type Events = Arc<Mutex<Vec<FetchProgress>>>;

/// Slows the emulator to 100 ms an answer and starts a load (`refresh`: a reload) that runs
/// until it ends or is cancelled.
fn slow_load_in_background(
    app: &Arc<App>,
    refresh: bool,
) -> tokio::task::JoinHandle<Result<ConsumedSummary, ErrorReport>> {
    app.emulator()
        .unwrap()
        .set_latency(Duration::from_millis(100));
    let app = app.clone();
    tokio::spawn(async move { app.load_consumed_licenses(refresh, |_| {}).await })
}

fn recorder() -> (Events, impl Fn(FetchProgress) + Send + Sync + 'static) {
    let events: Events = Arc::default();
    let sink = events.clone();
    (events, move |p| sink.lock().unwrap().push(p))
}

async fn loaded(app: &App) {
    app.load_consumed_licenses(false, |_| {}).await.unwrap();
}

fn query(
    search: &str,
    filter: ConsumerFilter,
    column: SortColumn,
    descending: bool,
) -> ConsumedQuery {
    ConsumedQuery {
        search: search.into(),
        filter,
        sort: ConsumedSort { column, descending },
        offset: 0,
        limit: 5_000,
    }
}

fn consumer_requests(app: &App) -> usize {
    app.emulator().unwrap().requests_to("consumed-licenses")
}

// ---------------------------------------------------------------------------------------
// Loading

#[tokio::test]
async fn the_first_load_fetches_every_consumer_and_the_next_one_answers_from_the_cache() {
    let app = demo_app(1234).await;
    let (events, on_progress) = recorder();
    let summary = app
        .load_consumed_licenses(false, on_progress)
        .await
        .unwrap();
    let (consumers, purchased) = app
        .emulator()
        .unwrap()
        .with_world(|w| (w.consumers.len(), w.enterprise.seats_purchased));
    assert_eq!(summary.rows as usize, consumers);
    assert_eq!(summary.enterprise, "acme");
    assert_eq!(summary.total_seats_consumed, Some(consumers as i64));
    assert_eq!(summary.total_seats_purchased, Some(purchased as i64));
    let s = summary.split;
    assert_eq!(
        (s.cloud_only + s.server_only + s.both + s.visual_studio + s.unknown) as usize,
        consumers
    );
    assert!(s.multiple_accounts > 0 && s.visual_studio > 0 && s.server_only > 0);
    assert!(time::OffsetDateTime::parse(
        &summary.fetched_at,
        &time::format_description::well_known::Rfc3339
    )
    .is_ok());
    let events = events.lock().unwrap().clone();
    let pages = consumers.div_ceil(100) as u32;
    assert_eq!(
        events.last(),
        Some(&FetchProgress::Done {
            rows: consumers as u32
        })
    );
    assert!(events.contains(&FetchProgress::Fetching {
        pages_done: pages,
        pages_total: Some(pages),
        rows: consumers as u32
    }));
    assert_eq!(consumer_requests(&app), pages as usize);

    // Cached: no request, the same figures, and `done` alone.
    let (events, on_progress) = recorder();
    let again = app
        .load_consumed_licenses(false, on_progress)
        .await
        .unwrap();
    assert_eq!(again, summary);
    assert_eq!(
        *events.lock().unwrap(),
        [FetchProgress::Done {
            rows: consumers as u32
        }]
    );
    assert_eq!(consumer_requests(&app), pages as usize);

    // Refresh fetches again.
    app.load_consumed_licenses(true, |_| {}).await.unwrap();
    assert_eq!(consumer_requests(&app), 2 * pages as usize);
}

#[tokio::test]
async fn a_refresh_reuses_unchanged_pages_at_no_cost_and_yields_what_a_full_load_does() {
    let app = demo_app(1_234).await;
    let first = app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let cost = first.cost.unwrap();
    assert_eq!(
        (
            cost.pages,
            cost.requests_sent,
            cost.not_modified,
            cost.budget_spent
        ),
        (13, 13, 0, 13)
    );
    assert!(!cost.refreshed, "nothing stored to compare with");
    let before = all_rows(&app).await;

    let emu = app.emulator().unwrap();
    let remaining = app.rate_budget().await.unwrap().core.unwrap().remaining;
    let refreshed = app.load_consumed_licenses(true, |_| {}).await.unwrap();
    let cost = refreshed.cost.unwrap();
    assert!(cost.refreshed);
    assert_eq!(
        (
            cost.pages,
            cost.requests_sent,
            cost.not_modified,
            cost.budget_spent
        ),
        (13, 13, 13, 0)
    );
    assert_eq!(
        app.rate_budget().await.unwrap().core.unwrap().remaining,
        remaining,
        "the 304s cost no budget"
    );
    assert_eq!(refreshed.rows, first.rows);
    assert_eq!(refreshed.split, first.split);
    assert_eq!(
        all_rows(&app).await,
        before,
        "the stored pages, reused as they were"
    );

    // One consumer renamed on page 5: that page alone is sent again.
    emu.update_world(|w| {
        let c = w.consumers[400..500].iter().find_map(|c| c.cloud).unwrap();
        w.enterprise.cloud[c].login.push_str("-renamed");
    });
    let changed = app.load_consumed_licenses(true, |_| {}).await.unwrap();
    let cost = changed.cost.unwrap();
    assert_eq!((cost.not_modified, cost.budget_spent), (12, 1));
    let refreshed_rows = all_rows(&app).await;
    assert_ne!(refreshed_rows, before);

    // A fresh session's full load of the same world gives the same rows.
    let other = demo_app(1_234).await;
    other.emulator().unwrap().update_world(|w| {
        let c = w.consumers[400..500].iter().find_map(|c| c.cloud).unwrap();
        w.enterprise.cloud[c].login.push_str("-renamed");
    });
    other.load_consumed_licenses(false, |_| {}).await.unwrap();
    assert_eq!(all_rows(&other).await, refreshed_rows);
}

#[tokio::test]
async fn a_refresh_that_finds_nothing_changed_keeps_the_analysis_instead_of_copying_the_consumers()
{
    let app = demo_app(1_234).await;
    let first = app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let report = app.duplicate_report().await.unwrap();
    let rows = all_rows(&app).await;

    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let refreshed = app.load_consumed_licenses(true, |_| {}).await.unwrap();
    assert_eq!(refreshed.cost.unwrap().not_modified, 13);
    assert!(
        refreshed.fetched_at > first.fetched_at,
        "the time is the refresh's: {} then {}",
        first.fetched_at,
        refreshed.fetched_at
    );
    assert_eq!((refreshed.rows, refreshed.split), (first.rows, first.split));
    assert_eq!(all_rows(&app).await, rows);
    assert!(
        Arc::ptr_eq(&app.duplicate_report().await.unwrap(), &report),
        "the same analysis of the same consumers, not computed again"
    );

    // A change: the consumers are read and analysed again.
    app.emulator().unwrap().update_world(|w| {
        let c = w.consumers[400..500].iter().find_map(|c| c.cloud).unwrap();
        w.enterprise.cloud[c].login.push_str("-renamed");
    });
    app.load_consumed_licenses(true, |_| {}).await.unwrap();
    assert!(!Arc::ptr_eq(
        &app.duplicate_report().await.unwrap(),
        &report
    ));
}

#[tokio::test]
async fn a_load_while_a_fetch_runs_joins_it_instead_of_fetching_twice() {
    let app = demo_app(1500).await;
    app.emulator()
        .unwrap()
        .set_latency(Duration::from_millis(30));
    let (first_events, first) = recorder();
    let (second_events, second) = recorder();
    let (a, b) = tokio::join!(
        app.load_consumed_licenses(true, first),
        app.load_consumed_licenses(true, second)
    );
    assert_eq!(a.unwrap(), b.unwrap());
    assert_eq!(consumer_requests(&app), 15, "one fetch, not two");
    for events in [first_events, second_events] {
        let events = events.lock().unwrap();
        assert_eq!(events.last(), Some(&FetchProgress::Done { rows: 1500 }));
    }
}

#[tokio::test]
async fn cancelling_a_first_load_returns_cancelled_promptly_and_keeps_nothing() {
    let app = demo_app(3000).await;
    let loading = slow_load_in_background(&app, false);
    tokio::time::sleep(Duration::from_millis(250)).await;
    let started = Instant::now();
    assert!(app.cancel_consumed_fetch());
    let err = loading.await.unwrap().unwrap_err();
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(err.kind, "cancelled", "{err:?}");
    assert!(app.consumed_summary().is_none());
    let q = app
        .query_consumed_licenses(ConsumedQuery::default())
        .await
        .unwrap_err();
    assert_eq!(q.kind(), "not_loaded");
    assert!(!app.cancel_consumed_fetch(), "nothing runs any more");
}

#[tokio::test]
async fn a_cancelled_refresh_keeps_the_data_loaded_before() {
    let app = demo_app(2000).await;
    let before = app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let refreshing = slow_load_in_background(&app, true);
    tokio::time::sleep(Duration::from_millis(150)).await;
    app.cancel_consumed_fetch();
    assert_eq!(refreshing.await.unwrap().unwrap_err().kind, "cancelled");
    assert_eq!(app.consumed_summary(), Some(before));
}

#[tokio::test]
async fn a_fetch_that_fails_says_why_and_a_server_error_midway_is_retried() {
    let app = demo_app(800).await;
    let emu = app.emulator().unwrap();
    emu.inject(ghls_emulator::Fault::once(
        ghls_emulator::FaultTarget::Ghec,
        "&page=3",
        ghls_emulator::FaultKind::Status {
            status: 500,
            message: None,
        },
    ));
    let (events, on_progress) = recorder();
    app.load_consumed_licenses(false, on_progress)
        .await
        .unwrap();
    assert!(events.lock().unwrap().iter().any(|e| matches!(
        e,
        FetchProgress::Retrying {
            page: 3,
            attempt: 2,
            ..
        }
    )));

    emu.inject(ghls_emulator::Fault::once(
        ghls_emulator::FaultTarget::Ghec,
        "&page=1",
        ghls_emulator::FaultKind::Status {
            status: 404,
            message: Some("Not Found".into()),
        },
    ));
    let err = app.load_consumed_licenses(true, |_| {}).await.unwrap_err();
    assert_eq!(err.kind, "not_found");
    assert!(err.fix.unwrap().contains("slug"));
}

#[tokio::test]
async fn nothing_can_be_queried_or_analysed_before_the_first_load() {
    let app = demo_app(320).await;
    for err in [
        app.query_consumed_licenses(ConsumedQuery::default())
            .await
            .unwrap_err(),
        app.duplicate_report().await.unwrap_err(),
    ] {
        assert_eq!(err.kind(), "not_loaded");
        assert!(err.fix().contains("Load"), "{}", err.fix());
    }
}

// ---------------------------------------------------------------------------------------
// Queries

/// Every consumer of the loaded demo, by index, through the query API.
async fn all_rows(app: &App) -> Vec<ghls_services::consumed::ConsumerRow> {
    let page = app
        .query_consumed_licenses(query("", ConsumerFilter::All, SortColumn::Login, false))
        .await
        .unwrap();
    let mut rows = page.rows;
    rows.sort_by_key(|r| r.index);
    rows
}

#[tokio::test]
async fn each_filter_lists_exactly_the_consumers_the_split_counts() {
    let app = demo_app(320).await;
    let summary = app.load_consumed_licenses(false, |_| {}).await.unwrap();
    let s = summary.split;
    for (filter, expected) in [
        (ConsumerFilter::All, summary.rows),
        (ConsumerFilter::CloudOnly, s.cloud_only),
        (ConsumerFilter::ServerOnly, s.server_only),
        (ConsumerFilter::Both, s.both),
        (ConsumerFilter::VisualStudio, s.visual_studio),
        (ConsumerFilter::MultipleAccounts, s.multiple_accounts),
    ] {
        let page = app
            .query_consumed_licenses(query("", filter, SortColumn::Login, false))
            .await
            .unwrap();
        assert_eq!(page.total_matching, expected, "{filter:?}");
        assert_eq!(page.rows.len() as u32, expected);
        for r in &page.rows {
            let ok = match filter {
                ConsumerFilter::All => true,
                ConsumerFilter::CloudOnly => r.kind == ConsumerKind::CloudOnly && !r.visual_studio,
                ConsumerFilter::ServerOnly => {
                    r.kind == ConsumerKind::ServerOnly && !r.visual_studio
                }
                ConsumerFilter::Both => r.kind == ConsumerKind::Both && !r.visual_studio,
                ConsumerFilter::VisualStudio => r.visual_studio,
                ConsumerFilter::MultipleAccounts => r.accounts.unwrap() > 1,
            };
            assert!(ok, "{filter:?}: {r:?}");
        }
    }
}

#[tokio::test]
async fn search_is_a_caseless_substring_of_logins_names_emails_ids_and_name_ids() {
    let app = demo_app(320).await;
    loaded(&app).await;
    let rows = all_rows(&app).await;
    let search = |s: &str| {
        let app = app.clone();
        let s = s.to_owned();
        async move {
            let page = app
                .query_consumed_licenses(query(&s, ConsumerFilter::All, SortColumn::Login, false))
                .await
                .unwrap();
            let mut found: Vec<u32> = page.rows.iter().map(|r| r.index).collect();
            found.sort_unstable();
            found
        }
    };
    let expect = |pred: &dyn Fn(&ghls_services::consumed::ConsumerRow) -> bool| {
        rows.iter()
            .filter(|r| pred(r))
            .map(|r| r.index)
            .collect::<Vec<_>>()
    };
    let login = rows.iter().find_map(|r| r.login.clone()).unwrap();
    assert_eq!(
        search(&login.to_uppercase()).await,
        expect(&|r| r.login.as_deref().is_some_and(|l| l.contains(&login)))
    );
    // A server email, a server user id, a SAML NameID and a name.
    assert_eq!(
        search("ACME-OLD.example").await,
        expect(&|r| r
            .server_emails
            .iter()
            .any(|e| e.contains("acme-old.example")))
    );
    assert!(!search("acme-old.example").await.is_empty());
    let id = rows
        .iter()
        .find_map(|r| r.server_ids.first().cloned())
        .unwrap();
    assert!(search(&id).await.contains(
        &rows
            .iter()
            .find(|r| r.server_ids.contains(&id))
            .unwrap()
            .index
    ));
    let saml = rows
        .iter()
        .find(|r| r.saml_name_id.is_some() && r.verified_emails.is_empty())
        .unwrap();
    assert!(search(saml.saml_name_id.as_deref().unwrap())
        .await
        .contains(&saml.index));
    let named = rows.iter().find_map(|r| r.name.clone()).unwrap();
    assert!(!search(&named.to_lowercase()).await.is_empty());
    assert!(search("no such person anywhere").await.is_empty());
    assert_eq!(
        search("   ").await.len(),
        rows.len(),
        "blank lists everyone"
    );
}

#[tokio::test]
async fn sorting_is_stable_caseless_with_empty_values_last_both_ways() {
    let app = demo_app(320).await;
    loaded(&app).await;
    let sorted = |column, descending| {
        let app = app.clone();
        async move {
            app.query_consumed_licenses(query("", ConsumerFilter::All, column, descending))
                .await
                .unwrap()
                .rows
        }
    };
    for descending in [false, true] {
        let rows = sorted(SortColumn::Login, descending).await;
        let logins: Vec<Option<String>> = rows.iter().map(|r| r.login.clone()).collect();
        let present = logins.iter().take_while(|l| l.is_some()).count();
        assert!(
            logins[present..].iter().all(Option::is_none),
            "empties last"
        );
        let mut want: Vec<String> = logins[..present].iter().flatten().cloned().collect();
        want.sort_by_key(|l| l.to_lowercase());
        if descending {
            want.reverse();
        }
        assert_eq!(
            logins[..present]
                .iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>(),
            want
        );
        // Rows without a login keep GitHub's order.
        let tail: Vec<u32> = rows[present..].iter().map(|r| r.index).collect();
        assert!(tail.windows(2).all(|w| w[0] < w[1]), "stable: {tail:?}");
    }
    let by_kind = sorted(SortColumn::Kind, false).await;
    let rank = |k: ConsumerKind| match k {
        ConsumerKind::CloudOnly => 0,
        ConsumerKind::ServerOnly => 1,
        ConsumerKind::Both => 2,
        ConsumerKind::Unknown => 3,
    };
    assert!(by_kind.windows(2).all(|w| {
        rank(w[0].kind) < rank(w[1].kind) || (w[0].kind == w[1].kind && w[0].index < w[1].index)
    }));
    let by_accounts = sorted(SortColumn::Accounts, true).await;
    assert!(by_accounts
        .windows(2)
        .all(|w| w[0].accounts >= w[1].accounts));
    for column in [
        SortColumn::Name,
        SortColumn::Emails,
        SortColumn::ServerIds,
        SortColumn::LicenseType,
    ] {
        assert_eq!(sorted(column, true).await.len(), by_kind.len());
    }
}

#[tokio::test]
async fn a_window_is_a_slice_of_the_full_ordered_result() {
    let app = demo_app(320).await;
    loaded(&app).await;
    let mut q = query("", ConsumerFilter::All, SortColumn::Name, false);
    let full = app.query_consumed_licenses(q.clone()).await.unwrap();
    q.offset = 40;
    q.limit = 25;
    let window = app.query_consumed_licenses(q.clone()).await.unwrap();
    assert_eq!(window.total_matching, full.total_matching);
    assert_eq!(window.offset, 40);
    assert_eq!(window.rows, full.rows[40..65]);
    q.offset = 10_000;
    let past = app.query_consumed_licenses(q).await.unwrap();
    assert_eq!(past.offset, full.total_matching);
    assert!(past.rows.is_empty());
}

// ---------------------------------------------------------------------------------------
// Exports

/// Splits RFC 4180 text into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

#[test]
fn csv_quotes_what_needs_it_joins_lists_and_defuses_formulas() {
    let tricky = LicenseConsumer::from(ConsumerFields {
        github_com_login: Some("=HYPERLINK(\"http://evil\")".into()),
        github_com_name: Some("Lisa, \"Mona\"\nsecond line".into()),
        enterprise_server_user_ids: vec!["ghes.example:1".into(), "ghes.example:2".into()],
        enterprise_server_emails: vec!["+tag@corp.example".into()],
        github_com_saml_name_id: Some("@mona".into()),
        license_type: Some("-1+1".into()),
        github_com_user: Some(true),
        total_user_accounts: Some(2),
        ..Default::default()
    });
    let mut out = Vec::new();
    consumers_csv([&tricky, &LicenseConsumer::default()].into_iter(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.ends_with("\r\n"));
    assert_eq!(
        text.matches("\r\n").count(),
        3,
        "header and two rows: {text}"
    );
    let records = parse_csv(&text);
    assert_eq!(records.len(), 3);
    let header = &records[0];
    assert_eq!(header.len(), 18);
    assert_eq!(header[0], "github_com_login");
    let row: std::collections::HashMap<&str, &str> = header
        .iter()
        .map(String::as_str)
        .zip(records[1].iter().map(String::as_str))
        .collect();
    assert_eq!(row["github_com_login"], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(row["github_com_name"], "Lisa, \"Mona\"\nsecond line");
    assert_eq!(
        row["enterprise_server_user_ids"],
        "ghes.example:1;ghes.example:2"
    );
    assert_eq!(row["enterprise_server_emails"], "'+tag@corp.example");
    assert_eq!(row["github_com_saml_name_id"], "'@mona");
    assert_eq!(row["license_type"], "'-1+1");
    assert_eq!(row["github_com_user"], "true");
    assert_eq!(row["enterprise_server_user"], "");
    assert_eq!(row["total_user_accounts"], "2");
    assert!(records[2].iter().all(String::is_empty));
}

#[tokio::test]
async fn exporting_the_current_query_writes_every_match_atomically_as_csv_and_json() {
    let app = demo_app(320).await;
    app.emulator().unwrap().update_world(|w| {
        w.enterprise.cloud[0].name = "=cmd|' /C calc'!A0".into();
    });
    loaded(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let q = ConsumedQuery {
        limit: 5,
        ..query("", ConsumerFilter::All, SortColumn::Login, false)
    };
    let csv = dir.path().join("consumers.csv");
    std::fs::write(&csv, "an older export").unwrap();
    let r = app
        .export_consumed_licenses(q.clone(), ExportFormat::Csv, csv.clone())
        .await
        .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        r.rows, 320,
        "the window is ignored: every match is exported"
    );
    assert_eq!(r.bytes, text.len() as u64);
    assert_eq!(r.path, csv.display().to_string());
    let records = parse_csv(&text);
    assert_eq!(records.len(), 321);
    assert!(text.contains("'=cmd|' /C calc'!A0"), "formula defused");
    // In the query's order.
    let logins: Vec<&str> = records[1..]
        .iter()
        .map(|r| r[0].as_str())
        .filter(|l| !l.is_empty())
        .collect();
    let mut sorted = logins.clone();
    sorted.sort_by_key(|l| l.to_lowercase());
    assert_eq!(logins, sorted);

    let json = dir.path().join("server-only.json");
    let r = app
        .export_consumed_licenses(
            query("", ConsumerFilter::ServerOnly, SortColumn::Login, false),
            ExportFormat::Json,
            json.clone(),
        )
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["enterprise"], "acme");
    assert_eq!(v["query"]["filter"], "server_only");
    assert_eq!(v["users"].as_array().unwrap().len() as u32, r.rows);
    assert!(v["users"][0]["enterprise_server_emails"].is_array());
    assert!(v["total_seats_consumed"].is_number());

    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["consumers.csv", "server-only.json"],
        "no temporary left"
    );
}

#[tokio::test]
async fn a_failed_export_leaves_existing_files_intact_and_says_where() {
    let app = demo_app(320).await;
    loaded(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let kept = dir.path().join("kept.csv");
    std::fs::write(&kept, "kept").unwrap();
    // A folder where the file should go: the final rename fails.
    let blocked = dir.path().join("blocked.csv");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("inside"), "x").unwrap();
    let err = app
        .export_consumed_licenses(ConsumedQuery::default(), ExportFormat::Csv, blocked.clone())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "export_failed");
    assert!(err.to_string().contains("blocked.csv"), "{err}");
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "kept");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no temporary left"
    );
    let missing = dir.path().join("no-such-folder").join("x.csv");
    let err = app
        .export_duplicates(ExportFormat::Json, missing)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[tokio::test]
async fn export_file_names_carry_the_enterprise_and_the_fetch_date() {
    let app = demo_app(320).await;
    assert_eq!(
        app.export_file_name("duplicates", ExportFormat::Json),
        "duplicates.json"
    );
    loaded(&app).await;
    let name = app.export_file_name("consumed-licenses", ExportFormat::Csv);
    assert!(name.starts_with("consumed-licenses-acme-20"), "{name}");
    assert!(name.ends_with(".csv"));
}

// ---------------------------------------------------------------------------------------
// Duplicates

/// The finding entries' (server ids, cloud logins), per finding.
fn pairs(report: &DuplicateReport) -> Vec<(ReasonKind, HashSet<String>, HashSet<String>)> {
    report
        .all_findings()
        .map(|f| {
            let ids = f
                .entries
                .iter()
                .flat_map(|e| e.enterprise_server_user_ids.iter().cloned())
                .collect();
            let logins = f
                .entries
                .iter()
                .filter_map(|e| e.github_com_login.clone())
                .collect();
            (f.reason.kind(), ids, logins)
        })
        .collect()
}

fn expected_reason(kind: PlantedKind) -> ReasonKind {
    match kind {
        PlantedKind::VerifiedEmail => ReasonKind::VerifiedEmailNotMatched,
        PlantedKind::SamlNameId => ReasonKind::SamlNameId,
        PlantedKind::VisualStudioEmail => ReasonKind::UnverifiedCloudEmail,
        PlantedKind::SameLocalPart => ReasonKind::SameLocalPart,
        PlantedKind::SameName => ReasonKind::SameName,
        other => panic!("{other:?} is not a planted duplicate"),
    }
}

#[tokio::test]
async fn the_report_finds_every_planted_duplicate_and_none_of_the_look_alikes() {
    let app = demo_app(1000).await;
    loaded(&app).await;
    let report = app.duplicate_report().await.unwrap();
    let planted = app.emulator().unwrap().with_world(|w| w.planted().clone());
    assert_eq!(planted.duplicates.len(), 10 * 5);
    let found = pairs(&report);

    for p in &planted.duplicates {
        let hit = found.iter().find(|(_, ids, logins)| {
            p.server_ids.iter().all(|id| ids.contains(id)) && logins.contains(&p.cloud_login)
        });
        let (reason, _, _) = hit.unwrap_or_else(|| panic!("not found: {p:?}"));
        assert_eq!(*reason, expected_reason(p.kind), "{p:?}");
    }
    for id in &planted.off_domain {
        assert!(
            found
                .iter()
                .any(|(r, ids, _)| *r == ReasonKind::OffVerifiedDomain && ids.contains(id)),
            "off-domain entry {id} not reported"
        );
    }
    for p in &planted.look_alikes {
        let paired = found.iter().any(|(_, ids, logins)| {
            logins.contains(&p.cloud_login) && p.server_ids.iter().any(|id| ids.contains(id))
        });
        assert!(!paired, "a look-alike was paired: {p:?}");
        if p.kind != PlantedKind::AlreadyMerged {
            // Not flagged on its own either: it is on a verified domain.
            assert!(
                !found
                    .iter()
                    .any(|(_, ids, _)| p.server_ids.iter().any(|id| ids.contains(id))),
                "{p:?}"
            );
        }
    }
    let merged = planted
        .look_alikes
        .iter()
        .filter(|p| p.kind == PlantedKind::AlreadyMerged)
        .count() as u32;
    assert!(report.counted_once.entries >= merged);

    // Computed once per data set: the same report again, and after a refresh that finds
    // nothing changed (a refresh with changes analyses again: see
    // a_refresh_that_finds_nothing_changed_keeps_the_analysis_…).
    let again = app.duplicate_report().await.unwrap();
    assert!(Arc::ptr_eq(&report, &again));
    app.load_consumed_licenses(true, |_| {}).await.unwrap();
    let kept = app.duplicate_report().await.unwrap();
    assert!(Arc::ptr_eq(&report, &kept));
}

#[tokio::test]
async fn the_demo_duplicates_view_has_findings_of_every_kind() {
    let app = demo_app(ghls_emulator::DEFAULT_CONSUMERS).await;
    loaded(&app).await;
    let report = app.duplicate_report().await.unwrap();
    for reason in [
        ReasonKind::VerifiedEmailNotMatched,
        ReasonKind::SamlNameId,
        ReasonKind::UnverifiedCloudEmail,
        ReasonKind::SameLocalPart,
        ReasonKind::SameName,
        ReasonKind::OffVerifiedDomain,
    ] {
        let n = report.group(reason).map_or(0, |g| g.count);
        assert!(n >= 3, "{reason:?}: {n}");
    }
    assert!(report.counted_once.entries > 0);
}

#[tokio::test]
async fn the_duplicate_report_exports_one_csv_row_per_finding_and_json_as_is() {
    let app = demo_app(320).await;
    loaded(&app).await;
    let report = app.duplicate_report().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("duplicates.csv");
    let r = app
        .export_duplicates(ExportFormat::Csv, csv.clone())
        .await
        .unwrap();
    assert_eq!(r.rows, report.findings);
    let records = parse_csv(&std::fs::read_to_string(&csv).unwrap());
    assert_eq!(records.len() as u32, 1 + report.findings);
    assert_eq!(records[0][0], "reason");
    assert!(records[1..].iter().all(|r| r.len() == records[0].len()));
    let json = dir.path().join("duplicates.json");
    app.export_duplicates(ExportFormat::Json, json.clone())
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v, serde_json::to_value(&*report).unwrap());
}

#[tokio::test]
async fn the_screen_is_sent_the_reports_counts_and_pages_through_its_findings() {
    use ghls_domain::{Confidence, ReasonKind};
    use ghls_services::duplicates::{FindingsQuery, MAX_FINDINGS_WINDOW};

    let app = demo_app(ghls_emulator::DEFAULT_CONSUMERS).await;
    loaded(&app).await;
    let report = app.duplicate_report().await.unwrap();
    let overview = app.duplicate_overview().await.unwrap();
    assert_eq!(
        (overview.findings, overview.seats_saved, overview.consumers),
        (report.findings, report.seats_saved, report.consumers)
    );
    assert_eq!(overview.groups.len(), report.groups.len());
    let all = vec![Confidence::High, Confidence::Medium, Confidence::Low];
    for (o, g) in overview.groups.iter().zip(&report.groups) {
        assert_eq!(
            (o.reason, o.count, o.seats_saved),
            (g.reason, g.count, g.seats_saved)
        );
        assert_eq!(
            o.high.findings + o.medium.findings + o.low.findings,
            g.count
        );
        assert_eq!(
            o.high.seats_saved + o.medium.seats_saved + o.low.seats_saved,
            g.seats_saved
        );
        // Two at a time, the windows make up the group, in its order.
        let mut ids = Vec::new();
        loop {
            let page = app
                .duplicate_findings(FindingsQuery {
                    reason: g.reason,
                    confidences: all.clone(),
                    offset: u32::try_from(ids.len()).unwrap(),
                    limit: 2,
                })
                .await
                .unwrap();
            assert_eq!(page.total_matching, g.count);
            if page.findings.is_empty() {
                break;
            }
            ids.extend(page.findings.into_iter().map(|f| f.id));
        }
        let expected: Vec<_> = g.findings.iter().map(|f| f.id.clone()).collect();
        assert_eq!(ids, expected, "{:?}", g.reason);
        // One confidence: only its findings, as many as the overview counts.
        let high = app
            .duplicate_findings(FindingsQuery {
                reason: g.reason,
                confidences: vec![Confidence::High],
                offset: 0,
                limit: 10_000,
            })
            .await
            .unwrap();
        assert_eq!(high.total_matching, o.high.findings);
        assert!(high.findings.len() <= MAX_FINDINGS_WINDOW as usize);
        assert!(high
            .findings
            .iter()
            .all(|f| f.confidence == Confidence::High));
    }
    // A group the report does not have: nothing, said as nothing.
    let absent = [ReasonKind::NoServerEmail, ReasonKind::AccountsCountedOnce]
        .into_iter()
        .find(|r| report.groups.iter().all(|g| g.reason != *r))
        .unwrap();
    let page = app
        .duplicate_findings(FindingsQuery {
            reason: absent,
            confidences: all,
            offset: 5,
            limit: 25,
        })
        .await
        .unwrap();
    assert_eq!(
        (page.total_matching, page.offset, page.findings.len()),
        (0, 0, 0)
    );
}
