//! The license-usage export GHES writes ("Export license usage", `ghe-license usage -o -y`):
//! its instance metadata, its opaque user payload, the version-dependent feature list, how
//! the emulator reads it back, and the control route that serves it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use ghls_emulator::testing::emulator;
use ghls_emulator::world::Instance;
use ghls_emulator::{read_export, render_export, Error, World};
use serde_json::Value;
use time::macros::datetime;
use time::OffsetDateTime;

const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

fn world() -> World {
    World::seeded(320, 1, NOW)
}

fn instance(w: &World, name: &str) -> Instance {
    w.instance(name).unwrap().clone()
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

fn feature_names(features: &Value) -> Vec<String> {
    features
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            f.as_str()
                .or_else(|| f["name"].as_str())
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn an_export_round_trips_through_read_export_with_the_same_users() {
    let w = world();
    for inst in &w.instances {
        let read = read_export(&render_export(inst, NOW)).unwrap();
        assert_eq!(read.server_id, inst.server_id);
        assert_eq!(read.host_name, inst.hostname);
        assert_eq!(read.version, inst.version);
        assert!(!inst.users.is_empty());
        assert_eq!(read.users, inst.users, "{}", inst.name);
    }
}

#[test]
fn an_account_with_several_emails_keeps_its_primary_first() {
    let mut inst = instance(&world(), "main");
    inst.users[0].emails = vec![
        "primary@acme.example".to_owned(),
        "second@mail.example".to_owned(),
        "third@home.example".to_owned(),
    ];
    let read = read_export(&render_export(&inst, NOW)).unwrap();
    assert_eq!(read.users[0].emails, inst.users[0].emails);
}

#[test]
fn an_export_names_its_instance_and_hides_its_users() {
    let w = world();
    let inst = instance(&w, "main");
    let bytes = render_export(&inst, NOW);
    let doc = json_of(&bytes);
    let meta = &doc["instance"];
    assert_eq!(meta["server_id"], inst.server_id.as_str());
    assert_eq!(meta["host_name"], inst.hostname.as_str());
    assert_eq!(meta["version"], inst.version.as_str());
    assert_eq!(meta["http_only"], false);
    let license = meta["license"].as_str().unwrap();
    assert_eq!(license.len(), 64);
    assert!(license.bytes().all(|b| b.is_ascii_hexdigit()));
    let key = meta["public_key"].as_str().unwrap();
    assert!(key.starts_with("-----BEGIN PUBLIC KEY-----\n"), "{key}");
    assert!(key.ends_with("-----END PUBLIC KEY-----\n"), "{key}");

    let users = doc["users"].as_str().unwrap();
    assert!(!users.is_empty());
    assert!(!users.contains('\n'), "the payload is one line");
    assert_eq!(users.len() % 4, 0, "padded base64");
    assert!(users
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    let text = String::from_utf8_lossy(&bytes);
    for u in &inst.users {
        for e in &u.emails {
            assert!(!text.contains(e.as_str()), "{e} is readable in the export");
        }
    }
}

#[test]
fn the_same_world_exports_the_same_file() {
    let w = world();
    let inst = instance(&w, "main");
    assert_eq!(render_export(&inst, NOW), render_export(&inst, NOW));
    assert_eq!(
        render_export(&inst, NOW),
        render_export(&inst, NOW + time::Duration::days(3))
    );
}

#[test]
fn a_3_12_instance_lists_feature_names_and_a_3_17_one_feature_objects() {
    let w = world();
    let mut legacy = instance(&w, "legacy");
    legacy.version = "3.12.9".to_owned();
    let old = json_of(&render_export(&legacy, NOW))["instance"]["features"].clone();
    assert!(!old.as_array().unwrap().is_empty());
    assert!(
        old.as_array().unwrap().iter().all(Value::is_string),
        "{old}"
    );

    let mut main = instance(&w, "main");
    main.version = "3.17.4".to_owned();
    let new = json_of(&render_export(&main, NOW))["instance"]["features"].clone();
    assert!(!new.as_array().unwrap().is_empty());
    for f in new.as_array().unwrap() {
        assert!(f["name"].is_string(), "{f}");
        let at = f["enabled_at"].as_str().unwrap();
        let at = OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        assert!(at <= NOW, "enabled in the past: {at}");
    }
    for names in [feature_names(&old), feature_names(&new)] {
        assert!(names.iter().any(|n| n == "contributions"), "{names:?}");
        assert!(names.iter().any(|n| n == "search"), "{names:?}");
    }
}

#[test]
fn license_usage_sync_is_listed_only_when_connect_license_sync_is_on() {
    let w = world();
    for name in ["main", "legacy"] {
        for on in [true, false] {
            let mut inst = instance(&w, name);
            inst.connect_license_sync = on;
            let bytes = render_export(&inst, NOW);
            let names = feature_names(&json_of(&bytes)["instance"]["features"]);
            assert_eq!(
                names.iter().any(|n| n == "license_usage_sync"),
                on,
                "{name}: {names:?}"
            );
            assert_eq!(
                read_export(&bytes)
                    .unwrap()
                    .features
                    .contains(&"license_usage_sync".to_owned()),
                on
            );
        }
    }
}

/// The export with its `users` text changed by `f`.
fn with_users(bytes: &[u8], f: impl FnOnce(&str) -> String) -> Vec<u8> {
    let mut doc = json_of(bytes);
    let users = f(doc["users"].as_str().unwrap());
    doc["users"] = Value::String(users);
    serde_json::to_vec(&doc).unwrap()
}

#[test]
fn a_tampered_payload_is_refused_never_read_as_other_users() {
    let inst = instance(&world(), "main");
    let bytes = render_export(&inst, NOW);
    let len = json_of(&bytes)["users"].as_str().unwrap().len();
    let mut positions: Vec<usize> = (0..len).step_by(len / 97 + 1).collect();
    positions.extend([0, 1, 2, 3, 8, 11, len - 4, len - 3, len - 2, len - 1]);
    for at in positions {
        let tampered = with_users(&bytes, |u| {
            let mut b = u.as_bytes().to_vec();
            b[at] = match b[at] {
                b'A' => b'B',
                b'=' => b'A',
                _ => b'A',
            };
            String::from_utf8(b).unwrap()
        });
        let err = read_export(&tampered).unwrap_err();
        let server = inst.server_id.as_str();
        match &err {
            Error::ExportUsersUndecryptable { server_id }
            | Error::ExportUsersNotBase64 { server_id, .. } => assert_eq!(server_id, server),
            other => panic!("at {at}: {other}"),
        }
        assert!(err.to_string().contains(server), "{err}");
    }
}

#[test]
fn an_export_whose_metadata_names_another_server_cannot_be_decrypted() {
    let w = world();
    let main = instance(&w, "main");
    let legacy = instance(&w, "legacy");
    let mut doc = json_of(&render_export(&main, NOW));
    doc["instance"]["server_id"] = Value::String(legacy.server_id.clone());
    let err = read_export(&serde_json::to_vec(&doc).unwrap()).unwrap_err();
    assert!(
        matches!(&err, Error::ExportUsersUndecryptable { server_id } if *server_id == legacy.server_id),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "the users payload could not be decrypted for server {}: the file was changed \
             after export, or its metadata names another server; export it again from GHES",
            legacy.server_id
        )
    );
}

#[test]
fn files_that_are_not_exports_are_refused_with_the_reason() {
    let inst = instance(&world(), "main");
    let bytes = render_export(&inst, NOW);
    let not_json = read_export(b"GHL\x00\x01binary license").unwrap_err();
    assert!(matches!(not_json, Error::ExportNotJson(_)), "{not_json:?}");
    assert!(not_json.to_string().starts_with("the file is not JSON"));

    let csv = read_export(b"github_com_login,github_com_name\n").unwrap_err();
    assert!(matches!(csv, Error::ExportNotJson(_)), "{csv:?}");

    let no_instance = read_export(br#"{"users": "AAAA"}"#).unwrap_err();
    assert!(
        matches!(no_instance, Error::ExportNoInstance),
        "{no_instance:?}"
    );
    assert!(no_instance.to_string().contains("no instance metadata"));

    let mut doc = json_of(&bytes);
    doc["instance"].as_object_mut().unwrap().remove("host_name");
    let err = read_export(&serde_json::to_vec(&doc).unwrap()).unwrap_err();
    assert!(
        matches!(err, Error::ExportMissingField("host_name")),
        "{err:?}"
    );

    for users in [Value::Null, Value::String(String::new()), Value::from(3)] {
        let mut doc = json_of(&bytes);
        doc["users"] = users;
        let err = read_export(&serde_json::to_vec(&doc).unwrap()).unwrap_err();
        assert!(matches!(err, Error::ExportNoUsers), "{err:?}");
    }

    let short = with_users(&bytes, |_| "AAAA".to_owned());
    assert!(matches!(
        read_export(&short).unwrap_err(),
        Error::ExportUsersUndecryptable { .. }
    ));
}

async fn fetch(url: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(url)
        .header("user-agent", "usage-export-test")
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_control_route_serves_the_export_as_an_attachment() {
    let emu = emulator().await;
    let resp = fetch(&format!(
        "{}/_emulator/ghes/main/license-usage-export",
        emu.base_url()
    ))
    .await;
    assert_eq!(resp.status().as_u16(), 200);
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(header("content-type"), "application/json");
    let day = OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]"))
        .unwrap();
    assert_eq!(
        header("content-disposition"),
        format!("attachment; filename=\"github.acme.example-license-usage-{day}.json\"")
    );
    let body = resp.bytes().await.unwrap();
    assert_eq!(
        body.as_ref(),
        emu.license_usage_export("main").unwrap().as_slice()
    );
    let read = read_export(&body).unwrap();
    assert_eq!(
        read.users,
        emu.with_world(|w| w.instance("main").unwrap().users.clone())
    );
}

#[tokio::test]
async fn the_control_route_answers_404_for_an_unknown_instance() {
    let emu = emulator().await;
    assert!(emu.license_usage_export("nope").is_none());
    let resp = fetch(&format!(
        "{}/_emulator/ghes/nope/license-usage-export",
        emu.base_url()
    ))
    .await;
    assert_eq!(resp.status().as_u16(), 404);
    let text = resp.text().await.unwrap();
    assert!(text.contains("No GHES instance `nope`"), "{text}");
}

/// Sizes and timings for the report: `cargo test -p ghls-emulator --release --test
/// usage_export -- --ignored --nocapture`.
#[test]
#[ignore = "measures export sizes and times; run by hand"]
fn export_sizes_and_times() {
    for consumers in [ghls_emulator::DEFAULT_CONSUMERS, 300_000] {
        let w = World::seeded(consumers, 1, NOW);
        for inst in &w.instances {
            let started = std::time::Instant::now();
            let bytes = render_export(inst, NOW);
            let rendered = started.elapsed();
            let started = std::time::Instant::now();
            let read = read_export(&bytes).unwrap();
            let read_in = started.elapsed();
            assert_eq!(read.users.len(), inst.users.len());
            eprintln!(
                "{consumers} consumers, {} ({} users): {} bytes, rendered in {rendered:?}, read in {read_in:?}",
                inst.name,
                inst.users.len(),
                bytes.len()
            );
        }
    }
}

/// A ten times bigger instance takes about ten times as long to render, not a hundred times:
/// the rendering does no quadratic work. Compared against the same build on the same machine
/// a moment earlier, so a slow or busy machine does not fail it (an absolute time limit did,
/// at 17 s against 10 s under load); linear work gives a ratio near 10, quadratic near 100.
#[test]
fn a_300k_consumer_export_renders_without_quadratic_work() {
    let small = World::seeded(30_000, 1, NOW);
    let big = World::seeded(300_000, 1, NOW);
    let (small, big) = (instance(&small, "main"), instance(&big, "main"));
    assert!(big.users.len() > 100_000, "{}", big.users.len());
    assert!(big.users.len() >= small.users.len() * 8);
    let render = |inst: &Instance, runs: usize| {
        // The fastest of a few, so one pause of the machine does not count.
        (0..runs)
            .map(|_| {
                let started = std::time::Instant::now();
                let bytes = render_export(inst, NOW);
                assert!(bytes.len() > inst.users.len() * 50);
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (small_took, big_took) = (render(&small, 5), render(&big, 2));
    let per_user =
        |took: std::time::Duration, inst: &Instance| took.as_secs_f64() / inst.users.len() as f64;
    let growth = per_user(big_took, &big) / per_user(small_took, &small).max(f64::MIN_POSITIVE);
    assert!(
        growth < 4.0,
        "per-user time grew {growth:.1}x from {} to {} users ({small_took:?} vs {big_took:?})",
        small.users.len(),
        big.users.len()
    );
}
