//! The emulated GitHub web pages, over real HTTP: GHEC's licensing page with "Add server
//! usage", GHES's License page with "Export license usage" and "Sync now", and GitHub
//! Connect's license sync. What they change is read back through the REST API, as the app
//! confirms it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::time::{Duration, Instant};

use ghls_emulator::testing::emulator;
use ghls_emulator::{Emulator, PlantedKind, World};
use serde_json::Value;
use support::{answer, http, ok_schema, openapi};
use time::OffsetDateTime;

async fn start(delay: Duration) -> Emulator {
    emulator().processing_delay(delay).await
}

fn licensing_url(emu: &Emulator) -> String {
    let info = emu.info();
    format!(
        "{}/enterprises/{}/licensing",
        info.ghec.web_url, info.ghec.enterprise
    )
}

fn ghes_web(emu: &Emulator, name: &str) -> String {
    emu.ghes(name).web_url
}

async fn page(url: &str) -> (u16, String) {
    answer(http().get(url)).await
}

/// A `multipart/form-data` body with one file field, as a browser sends it.
fn multipart(field: &str, file_name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----ghls-web-pages-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/json\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Sends `bytes` through the "Add server usage" form; follows the redirect like a browser.
async fn upload(emu: &Emulator, bytes: &[u8]) -> (u16, String) {
    let (content_type, body) = multipart("usage_file", "usage.json", bytes);
    post(
        &format!("{}/server-usage", licensing_url(emu)),
        &content_type,
        body,
    )
    .await
}

async fn post_form(url: &str, form: &str) -> (u16, String) {
    post(url, "application/x-www-form-urlencoded", form.into()).await
}

async fn post(url: &str, content_type: &str, body: Vec<u8>) -> (u16, String) {
    answer(
        http()
            .post(url)
            .header("content-type", content_type)
            .body(body),
    )
    .await
}

async fn sync_now(emu: &Emulator, name: &str) -> (u16, String) {
    post_form(
        &format!(
            "{}/enterprise/settings/license/sync-now",
            ghes_web(emu, name)
        ),
        "",
    )
    .await
}

async fn rest(emu: &Emulator, path: &str) -> Value {
    let info = emu.info();
    let url = format!("{}/enterprises/acme/{path}", info.ghec.api_url);
    let (status, _, body) = support::get_json(&url, Some(&info.ghec.token)).await;
    assert_eq!(status, 200);
    body
}

/// `last_sync` of the instance with this host name in license-sync-status.
async fn last_sync(emu: &Emulator, hostname: &str) -> Value {
    let status = rest(emu, "license-sync-status").await;
    status["server_instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["hostname"] == hostname)
        .unwrap_or_else(|| panic!("{hostname} not in {status}"))["last_sync"]
        .clone()
}

async fn seats_consumed(emu: &Emulator) -> u64 {
    rest(emu, "consumed-licenses?per_page=1").await["total_seats_consumed"]
        .as_u64()
        .unwrap()
}

/// Polls license-sync-status until the instance's `last_sync.date` is no longer `before`.
async fn wait_for_new_sync(emu: &Emulator, hostname: &str, before: &Value) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = last_sync(emu, hostname).await;
        if now["date"] != before["date"] {
            return now;
        }
        assert!(
            Instant::now() < deadline,
            "{hostname}'s last sync never moved"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn main_host(emu: &Emulator) -> String {
    emu.with_world(|w| w.instance("main").unwrap().hostname.clone())
}

/// On GHES `main`, makes the verified address of a planted double-counted person their
/// primary email: the fix the duplicate analysis proposes. GHEC sees it only after a sync.
/// Returns the consumer count a sync of `main` must then give, derived from the world.
fn fix_a_planted_duplicate_on_main(emu: &Emulator) -> usize {
    let host = main_host(emu);
    // The seed already fixed one person since the last sync: take one not fixed yet.
    let pair = emu.with_world(|w| {
        let verified: Vec<String> = w.enterprise.verified_emails().cloned().collect();
        let main = w.instance("main").unwrap();
        w.planted()
            .duplicates
            .iter()
            .filter(|p| {
                p.kind == PlantedKind::VerifiedEmail
                    && p.server_ids[0].starts_with(&format!("{host}:"))
            })
            .find(|p| {
                let id: u64 = p.server_ids[0].rsplit(':').next().unwrap().parse().unwrap();
                let u = main.users.iter().find(|u| u.user_id == id).unwrap();
                !verified.contains(&u.emails[0])
            })
            .cloned()
            .unwrap()
    });
    let user_id: u64 = pair.server_ids[0]
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    emu.update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        let user = main
            .users
            .iter_mut()
            .find(|u| u.user_id == user_id)
            .unwrap();
        user.emails.reverse();
    });
    emu.with_world(|w| synced_now(w, "main").consumers.len())
}

/// The world as it is once `name` has synced its current users.
fn synced_now(w: &World, name: &str) -> World {
    let mut w = w.clone();
    let inst = w.instances.iter_mut().find(|i| i.name == name).unwrap();
    inst.synced_users = inst.users.clone();
    w.rematch();
    w
}

fn export_of(emu: &Emulator, name: &str) -> Vec<u8> {
    emu.license_usage_export(name).unwrap()
}

fn whole_seconds_now() -> OffsetDateTime {
    OffsetDateTime::now_utc().replace_nanosecond(0).unwrap()
}

fn parse_date(v: &Value) -> OffsetDateTime {
    OffsetDateTime::parse(
        v["date"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
}

#[tokio::test]
async fn the_licensing_page_lists_every_instance_with_its_last_sync_and_the_upload_form() {
    let emu = start(Duration::ZERO).await;
    let (status, html) = page(&licensing_url(&emu)).await;
    assert_eq!(status, 200);
    for needle in [
        "Enterprise Server instances",
        "Add server usage",
        "Drag and drop or select a file to upload",
        "<form id=\"add-server-usage\" method=\"post\"",
        "enctype=\"multipart/form-data\"",
        "<input type=\"file\" id=\"usage-file\" name=\"usage_file\"",
        "id=\"upload-server-usage\"",
        "id=\"seats-consumed\"",
    ] {
        assert!(html.contains(needle), "no {needle:?} in the page");
    }
    let consumed = seats_consumed(&emu).await;
    assert!(html.contains(&format!("data-seats-consumed=\"{consumed}\"")));
    let status = rest(&emu, "license-sync-status").await;
    for (inst, event) in status["server_instances"]
        .as_array()
        .unwrap()
        .iter()
        .zip(["connect_server_usage_synced", "server_usage_uploaded"])
    {
        let row = format!(
            "<tr data-server-id=\"{}\" data-hostname=\"{}\" data-last-sync-date=\"{}\" data-last-sync-status=\"success\" data-event=\"{event}\">",
            inst["server_id"].as_str().unwrap(),
            inst["hostname"].as_str().unwrap(),
            inst["last_sync"]["date"].as_str().unwrap(),
        );
        assert!(html.contains(&row), "no {row} in the page");
    }
    assert!(html.contains("GitHub Connect server usage synced"));
    assert!(html.contains("Server usage uploaded"));

    // Connect configured, nothing synced yet.
    emu.update_world(|w| w.instances[0].last_sync = None);
    let (_, html) = page(&licensing_url(&emu)).await;
    assert!(html.contains("GitHub Connect server usage never synced"));
    assert!(html.contains("data-event=\"connect_server_usage_never_synced\""));
}

#[tokio::test]
async fn an_upload_lands_only_after_the_processing_delay_and_merges_the_fixed_duplicate() {
    // Held back for an hour, so the checks before it lands do not race the clock.
    let emu = start(Duration::from_secs(3600)).await;
    let host = main_host(&emu);
    let before_total = seats_consumed(&emu).await as usize;
    let expected = fix_a_planted_duplicate_on_main(&emu);
    assert_eq!(
        expected,
        before_total - 2,
        "the person fixed here and the one the seed fixed are each one consumer after a sync"
    );
    let before = last_sync(&emu, &host).await;
    let started = whole_seconds_now();

    let (status, html) = upload(&emu, &export_of(&emu, "main")).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(&format!("Server usage uploaded for {host}.")));
    assert!(html.contains("id=\"pending-server-usage\""));
    // GitHub is still processing: nothing has changed yet.
    assert_eq!(last_sync(&emu, &host).await, before);
    assert_eq!(seats_consumed(&emu).await as usize, before_total);
    assert_eq!(emu.pending_syncs(), 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(last_sync(&emu, &host).await, before);

    // A shorter delay applies to the upload already waiting.
    emu.set_processing_delay(Duration::from_millis(200));
    let after = wait_for_new_sync(&emu, &host, &before).await;
    assert_eq!(after["status"], "success");
    assert_eq!(after["error"], "");
    assert!(parse_date(&after) >= started, "{after}");
    assert_eq!(seats_consumed(&emu).await as usize, expected);
    let (_, html) = page(&licensing_url(&emu)).await;
    assert!(html.contains("data-event=\"server_usage_uploaded\""));
    assert!(!html.contains("id=\"pending-server-usage\""));
}

#[tokio::test]
async fn an_upload_of_an_unchanged_export_moves_only_the_last_sync() {
    let emu = start(Duration::ZERO).await;
    // `legacy`: nobody there changed since its last sync (on `main` the seed fixed one).
    let host = emu.with_world(|w| w.instance("legacy").unwrap().hostname.clone());
    let consumers = emu.with_world(|w| w.consumers.clone());
    let before = last_sync(&emu, &host).await;
    let (status, _) = upload(&emu, &export_of(&emu, "legacy")).await;
    assert_eq!(status, 200);
    assert_ne!(last_sync(&emu, &host).await["date"], before["date"]);
    assert_eq!(emu.with_world(|w| w.consumers.clone()), consumers);
}

#[tokio::test]
async fn a_bad_file_is_refused_on_the_page_and_recorded_as_a_failed_sync() {
    let emu = start(Duration::ZERO).await;
    let host = main_host(&emu);
    let total = seats_consumed(&emu).await;
    let mut doc: Value = serde_json::from_slice(&export_of(&emu, "main")).unwrap();
    doc["users"] = Value::from("AAAAAAAAAAAAAAAA");
    let (status, html) = upload(&emu, doc.to_string().as_bytes()).await;
    assert_eq!(status, 422);
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(
        html.contains("Server usage was not uploaded: the users payload could not be decrypted")
    );
    assert!(html.contains(&format!("records it as a failed sync of {host}")));
    let sync = last_sync(&emu, &host).await;
    assert_eq!(sync["status"], "failed");
    assert_eq!(
        sync["error"],
        "The uploaded file is not a valid license usage export"
    );
    assert_eq!(
        seats_consumed(&emu).await,
        total,
        "GitHub keeps what it had"
    );
    let (_, html) = page(&licensing_url(&emu)).await;
    assert!(html.contains("data-last-sync-status=\"failed\""));
    assert!(html.contains("Server usage upload failed"));
}

#[tokio::test]
async fn files_that_name_no_server_are_refused_on_the_page_only() {
    let emu = start(Duration::ZERO).await;
    let status_before = rest(&emu, "license-sync-status").await;
    for (bytes, says) in [
        (
            &b"-----BEGIN GHL LICENSE-----\nnot json"[..],
            "the file is not JSON",
        ),
        (
            &b"login,email\nada,ada@acme.example\n"[..],
            "the file is not JSON",
        ),
        (&b"{\"users\":\"AAAA\"}"[..], "no instance metadata"),
        (&b"  \n"[..], "the file is empty"),
    ] {
        let (status, html) = upload(&emu, bytes).await;
        assert_eq!(status, 422, "{says}");
        assert!(html.contains(says), "no {says:?} in the page");
        assert!(!html.contains("records it as a failed sync"));
    }
    // No file at all.
    let (content_type, body) = multipart("something_else", "x.json", b"{}");
    let url = format!("{}/server-usage", licensing_url(&emu));
    let (status, html) = post(&url, &content_type, body).await;
    assert_eq!(status, 422);
    assert!(html.contains("no file was uploaded"));
    assert_eq!(rest(&emu, "license-sync-status").await, status_before);
}

#[tokio::test]
async fn an_export_from_a_server_the_enterprise_does_not_know_adds_an_instance() {
    let emu = start(Duration::ZERO).await;
    let bytes = emu.with_world(|w| {
        let mut inst = w.instance("legacy").unwrap().clone();
        inst.server_id = "c0ffee00-0000-4000-8000-000000000001".to_owned();
        inst.hostname = "ghes-new.acme.example".to_owned();
        ghls_emulator::render_export(&inst, OffsetDateTime::now_utc())
    });
    let (status, html) = upload(&emu, &bytes).await;
    assert_eq!(status, 200);
    assert!(html.contains("Server usage uploaded for ghes-new.acme.example."));
    let sync = last_sync(&emu, "ghes-new.acme.example").await;
    assert_eq!(sync["status"], "success");
    assert_eq!(
        rest(&emu, "license-sync-status").await["server_instances"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(emu.info().ghes.len(), 2, "GHEC alone knows the new server");

    // What the pages changed still reads as GitHub's operations say.
    emu.fail_next_sync_now("main", "GitHub Connect could not reach api.github.com");
    sync_now(&emu, "main").await;
    let status = rest(&emu, "license-sync-status").await;
    let v = openapi::violations(&ok_schema("ghec-license-sync-status.json"), &status, &[]);
    assert!(v.is_empty(), "{v:?}");
    let quirk = [openapi::Allowance {
        path: "users[*].github_com_two_factor_auth",
        value: Value::from(""),
        why: "GitHub's example sends \"\" for a server-only user's two-factor flag",
    }];
    let consumed = rest(&emu, "consumed-licenses?per_page=100&page=4").await;
    let v = openapi::violations(&ok_schema("ghec-consumed-licenses.json"), &consumed, &quirk);
    assert!(v.is_empty(), "{v:?} (allowed: {})", quirk[0].why);
}

#[tokio::test]
async fn sync_now_lands_like_an_upload_with_the_github_connect_event() {
    let emu = start(Duration::ZERO).await;
    let host = main_host(&emu);
    let expected = fix_a_planted_duplicate_on_main(&emu);
    let (status, html) = page(&format!(
        "{}/enterprise/settings/license",
        ghes_web(&emu, "main")
    ))
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("<h2 id=\"license-sync-heading\">License sync</h2>"));
    assert!(html.contains("<button type=\"submit\" id=\"sync-now\">Sync now</button>"));
    let before = last_sync(&emu, &host).await;
    let started = whole_seconds_now();
    let (status, html) = sync_now(&emu, "main").await;
    assert_eq!(status, 200);
    assert!(html.contains("License usage sync started."));
    let after = last_sync(&emu, &host).await;
    assert_ne!(after["date"], before["date"]);
    assert_eq!(after["status"], "success");
    assert!(parse_date(&after) >= started);
    assert_eq!(seats_consumed(&emu).await as usize, expected);
    let (_, html) = page(&licensing_url(&emu)).await;
    assert!(html.contains("data-event=\"connect_server_usage_synced\""));
}

#[tokio::test]
async fn a_sync_now_armed_to_fail_records_the_error_once() {
    let emu = start(Duration::ZERO).await;
    let host = main_host(&emu);
    let total = seats_consumed(&emu).await;
    let control = emu.info().control_url;
    let resp = reqwest::Client::new()
        .post(format!("{control}/ghes/main/sync-now-fails"))
        .json(&serde_json::json!({"error": "GitHub Connect could not reach api.github.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 204);
    let (status, _) = sync_now(&emu, "main").await;
    assert_eq!(status, 200);
    let sync = last_sync(&emu, &host).await;
    assert_eq!(sync["status"], "failed");
    assert_eq!(
        sync["error"],
        "GitHub Connect could not reach api.github.com"
    );
    assert_eq!(seats_consumed(&emu).await, total);
    let (_, html) = page(&licensing_url(&emu)).await;
    assert!(html.contains("GitHub Connect server usage sync failed"));

    sync_now(&emu, "main").await;
    assert_eq!(last_sync(&emu, &host).await["status"], "success");

    emu.fail_next_sync_now("main", "from the API");
    sync_now(&emu, "main").await;
    assert_eq!(last_sync(&emu, &host).await["error"], "from the API");
    let unknown = reqwest::Client::new()
        .post(format!("{control}/ghes/nowhere/sync-now-fails"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);
}

#[tokio::test]
async fn sync_now_is_absent_and_refused_until_github_connect_enables_license_sync() {
    let emu = start(Duration::ZERO).await;
    let host = emu.with_world(|w| w.instance("legacy").unwrap().hostname.clone());
    let web = ghes_web(&emu, "legacy");
    let before = last_sync(&emu, &host).await;
    let (_, html) = page(&format!("{web}/enterprise/settings/license")).await;
    assert!(!html.contains("id=\"sync-now\""));
    assert!(html.contains("id=\"license-sync-disabled\""));
    assert!(html.contains(
        "<a id=\"github-connect-link\" href=\"/ghes/legacy/web/enterprise/settings/dotcom_connection\">"
    ));
    let (status, html) = sync_now(&emu, "legacy").await;
    assert_eq!(status, 409);
    assert!(html.contains("License sync is not enabled on"));
    assert_eq!(last_sync(&emu, &host).await, before);

    let connect = format!("{web}/enterprise/settings/dotcom_connection");
    let (_, html) = page(&connect).await;
    assert!(html.contains("Server can sync user license count and usage"));
    assert!(html.contains("id=\"license-sync-state\" data-enabled=\"false\">Disabled<"));
    assert!(html.contains("<input type=\"hidden\" name=\"enabled\" value=\"true\">"));
    let (status, html) = post_form(&format!("{connect}/license-sync"), "enabled=true").await;
    assert_eq!(status, 200);
    assert!(html.contains("data-enabled=\"true\">Enabled<"));
    assert!(html.contains("License sync enabled."));
    assert_eq!(
        last_sync(&emu, &host).await,
        before,
        "enabling does not sync by itself"
    );

    let (_, html) = page(&format!("{web}/enterprise/settings/license")).await;
    assert!(html.contains("id=\"sync-now\""));
    let (status, _) = sync_now(&emu, "legacy").await;
    assert_eq!(status, 200);
    assert_eq!(last_sync(&emu, &host).await["status"], "success");
    assert_ne!(last_sync(&emu, &host).await["date"], before["date"]);

    let (status, _) = post_form(&format!("{connect}/license-sync"), "enabled=maybe").await;
    assert_eq!(status, 422);
    post_form(&format!("{connect}/license-sync"), "enabled=false").await;
    assert!(!emu.with_world(|w| w.instance("legacy").unwrap().connect_license_sync));
}

#[tokio::test]
async fn export_license_usage_downloads_the_instances_export() {
    let emu = start(Duration::ZERO).await;
    let web = ghes_web(&emu, "main");
    let (_, html) = page(&format!("{web}/enterprise/settings/license")).await;
    assert!(html.contains("Quick links"));
    assert!(html.contains(
        "<a id=\"export-license-usage\" href=\"/ghes/main/web/enterprise/settings/license/usage-export\" download>Export license usage</a>"
    ));
    let resp = reqwest::get(format!("{web}/enterprise/settings/license/usage-export"))
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let disposition = resp.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"github.acme.example-license-usage-"),
        "{disposition}"
    );
    assert_eq!(
        resp.bytes().await.unwrap().to_vec(),
        export_of(&emu, "main")
    );
}

#[tokio::test]
async fn every_page_escapes_hostile_strings() {
    let emu = start(Duration::ZERO).await;
    let hostile = "<script>alert(1)</script>\"'&";
    emu.update_world(|w| {
        let main = w.instances.iter_mut().find(|i| i.name == "main").unwrap();
        main.hostname = hostile.to_owned();
        main.license.kind = hostile.to_owned();
    });
    emu.fail_next_sync_now("main", "<img src=x onerror=alert(2)>");
    sync_now(&emu, "main").await;
    let (_, uploaded) = upload(&emu, &export_of(&emu, "legacy")).await;
    let web = ghes_web(&emu, "main");
    let base = emu.base_url();
    let mut pages = vec![uploaded];
    for url in [
        licensing_url(&emu),
        web.clone(),
        format!("{web}/enterprise/settings/license"),
        format!("{web}/enterprise/settings/dotcom_connection"),
        format!("{base}/ghes/%3Cscript%3Ealert(1)%3C%2Fscript%3E/web/enterprise/settings/license"),
        format!("{base}/ghec/web/enterprises/%3Cscript%3Ealert(1)%3C%2Fscript%3E/licensing"),
    ] {
        pages.push(page(&url).await.1);
    }
    for html in &pages {
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
    assert!(pages[1].contains("&lt;img src=x onerror=alert(2)&gt;"));
    let (status, _) = page(&format!("{base}/ghes/nowhere/web")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_web_roots_are_in_the_info_and_answer() {
    let emu = start(Duration::ZERO).await;
    let info = emu.info();
    assert_eq!(info.ghec.web_url, format!("{}/ghec/web", info.base_url));
    for g in &info.ghes {
        assert_eq!(g.web_url, format!("{}/ghes/{}/web", info.base_url, g.name));
        let (status, html) = page(&g.web_url).await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"license-link\""));
    }
    let (status, html) = page(&info.ghec.web_url).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"enterprise-licensing-link\""));
}

#[tokio::test]
async fn the_processing_delay_is_set_through_the_control_route() {
    let emu = start(Duration::from_secs(3600)).await;
    let control = emu.info().control_url;
    let client = reqwest::Client::new();
    let current: Value = client
        .get(format!("{control}/processing-delay"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(current["ms"], 3_600_000);
    let resp = client
        .put(format!("{control}/processing-delay"))
        .json(&serde_json::json!({"ms": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 204);
    assert_eq!(emu.processing_delay(), Duration::ZERO);
    let host = main_host(&emu);
    let before = last_sync(&emu, &host).await;
    sync_now(&emu, "main").await;
    assert_ne!(last_sync(&emu, &host).await["date"], before["date"]);
}

#[tokio::test]
async fn a_sync_that_never_lands_does_not_hold_up_shutdown() {
    let emu = start(Duration::from_secs(24 * 3600)).await;
    let host = main_host(&emu);
    let before = emu.with_world(|w| w.instance("main").unwrap().last_sync.clone().unwrap().date);
    let (status, _) = sync_now(&emu, "main").await;
    assert_eq!(status, 200);
    assert_eq!(emu.pending_syncs(), 1);
    tokio::time::timeout(Duration::from_secs(5), emu.shutdown())
        .await
        .expect("shutdown waited for the pending sync");
    let deadline = Instant::now() + Duration::from_secs(5);
    while emu.pending_syncs() > 0 {
        assert!(
            Instant::now() < deadline,
            "the pending sync outlived the emulator"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let after = emu.with_world(|w| {
        let inst = w.instances.iter().find(|i| i.hostname == host).unwrap();
        inst.last_sync.clone().unwrap().date
    });
    assert_eq!(after, before, "nothing landed");
}

#[tokio::test]
async fn the_pages_answer_at_githubs_paths_and_the_old_paths_redirect_there() {
    let emu = start(Duration::ZERO).await;
    let web = ghes_web(&emu, "main");
    let ghec = emu.info().ghec.web_url;
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    let (status, html) = page(&format!("{ghec}/enterprises/acme/licensing")).await;
    assert_eq!(status, 200);
    assert!(html.contains("action=\"/ghec/web/enterprises/acme/licensing/server-usage\""));
    let (status, html) = page(&format!("{web}/enterprise/settings/dotcom_connection")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Server can sync user license count and usage"));
    for (slug_form, words) in [
        ("settings/license", "id=\"export-license-usage\""),
        (
            "settings/dotcom_connection",
            "Server can sync user license count and usage",
        ),
    ] {
        let (status, html) = page(&format!("{web}/enterprises/acme/{slug_form}")).await;
        assert_eq!(status, 200, "{slug_form}");
        assert!(html.contains(words), "{slug_form}: {html}");
    }

    for (old, new) in [
        (
            format!("{ghec}/enterprises/acme/settings/license?flash=3"),
            "/ghec/web/enterprises/acme/licensing?flash=3",
        ),
        (
            format!("{web}/enterprise/settings/github-connect"),
            "/ghes/main/web/enterprise/settings/dotcom_connection",
        ),
    ] {
        let resp = no_redirects.get(&old).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 308, "{old}");
        assert_eq!(resp.headers()["location"], new, "{old}");
    }
}
