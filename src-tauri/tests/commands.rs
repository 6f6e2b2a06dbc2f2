//! The IPC commands through Tauri's MockRuntime: the same handlers the window calls, with
//! the demo app (and its emulator over real HTTP) behind them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::sync::Arc;

use ghls_services::demo::{self, DemoConfig};
use ghls_services::App;
use serde_json::Value;

mod support;
use support::{invoke_recording_channels, invoke_with};

fn demo_app() -> Arc<App> {
    Arc::new(tauri::async_runtime::block_on(demo::start(DemoConfig::default())).unwrap())
}

fn invoke(app: Arc<App>, cmd: &str) -> Result<Value, Value> {
    invoke_with(app, cmd, Value::Null)
}

#[test]
fn license_overview_returns_the_emulators_figures_through_the_real_client() {
    let app = demo_app();
    let (seats, used, consumed) = app.emulator().unwrap().with_world(|w| {
        let main = w.instance("main").unwrap();
        (
            main.license.seats.unwrap(),
            main.users.len(),
            w.consumers.len(),
        )
    });
    let v = invoke(app.clone(), "license_overview").unwrap();
    let main = &v["servers"][0];
    assert_eq!(main["id"], "main");
    assert_eq!(main["version"], "3.17.4");
    assert_eq!(main["license"]["state"], "loaded");
    assert_eq!(
        main["license"]["data"]["seats"],
        serde_json::json!({"kind": "count", "value": seats})
    );
    assert_eq!(main["license"]["data"]["seats_used"], used);
    assert_eq!(main["sync"]["data"]["health"], "synced");
    assert_eq!(v["servers"][1]["sync"]["data"]["health"], "stale");
    assert_eq!(v["cloud"]["data"]["seats"]["data"]["consumed"], consumed);
    assert!(
        !v.to_string().contains("ghp_"),
        "no token in an IPC response"
    );
}

#[test]
fn app_info_reports_demo_mode_with_secrets_in_memory_and_no_secret() {
    let app = demo_app();
    let v = invoke(app.clone(), "app_info").unwrap();
    assert_eq!(v["mode"], "demo");
    assert_eq!(v["credential_backend"], "memory");
    assert_eq!(v["emulator_url"], app.emulator().unwrap().base_url());
    assert!(!v.to_string().contains("ghp_"));
}

#[test]
fn a_stopped_emulator_comes_back_as_failed_sections_not_an_ipc_error() {
    let app = demo_app();
    tauri::async_runtime::block_on(app.emulator().unwrap().shutdown());
    let v = invoke(app, "license_overview").unwrap();
    assert_eq!(v["servers"][0]["license"]["state"], "failed");
    assert_eq!(
        v["servers"][0]["license"]["error"]["kind"],
        "connection_refused"
    );
    let fix = v["servers"][0]["license"]["error"]["fix"].as_str().unwrap();
    assert!(fix.contains("emulator"), "{fix}");
}

#[test]
fn an_unknown_command_is_refused() {
    let err = invoke(demo_app(), "upload_server_usage").unwrap_err();
    assert!(err.to_string().contains("upload_server_usage"), "{err}");
}

#[test]
fn inspect_usage_file_accepts_the_emulators_export_and_knows_its_instance() {
    let app = demo_app();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("github.acme.example-license-usage.json");
    let (bytes, server_id) = {
        let emu = app.emulator().unwrap();
        let id = emu.with_world(|w| w.instance("main").unwrap().server_id.clone());
        (emu.license_usage_export("main").unwrap(), id)
    };
    std::fs::write(&path, &bytes).unwrap();
    let v = invoke_with(
        app,
        "inspect_usage_file",
        serde_json::json!({ "path": path.display().to_string() }),
    )
    .unwrap();
    assert_eq!(v["status"], "accepted", "{v}");
    assert_eq!(v["export"]["host_name"], "github.acme.example");
    assert_eq!(v["export"]["server_id"], server_id.as_str());
    assert_eq!(v["export"]["file_size"], bytes.len());
    // The demo configures this instance and the file is new: nothing to warn about.
    assert_eq!(v["warnings"], serde_json::json!([]), "{v}");
}

#[test]
fn inspect_usage_file_refuses_a_folder_and_a_missing_file_with_a_fix() {
    let dir = tempfile::tempdir().unwrap();
    let app = demo_app();
    let folder = invoke_with(
        app.clone(),
        "inspect_usage_file",
        serde_json::json!({ "path": dir.path().display().to_string() }),
    )
    .unwrap();
    assert_eq!(folder["status"], "refused");
    assert_eq!(folder["kind"], "directory");
    assert!(!folder["fix"].as_str().unwrap().is_empty());
    let missing = invoke_with(
        app,
        "inspect_usage_file",
        serde_json::json!({ "path": dir.path().join("gone.json").display().to_string() }),
    )
    .unwrap();
    assert_eq!(missing["kind"], "unreadable", "{missing}");
    assert!(missing["detail"]
        .as_str()
        .unwrap()
        .contains("does not exist"));
}

// --- Connections ------------------------------------------------------------------------

/// Every demo token the emulator knows: none may ever appear in an IPC response.
fn assert_no_token(app: &App, v: &Value) {
    let info = app.emulator().unwrap().info();
    info.assert_no_token_in(&v.to_string());
}

fn main_target() -> Value {
    serde_json::json!({ "target": "ghes", "id": "main" })
}

#[test]
fn connections_show_the_demo_settings_and_whether_secrets_are_set_never_the_secrets() {
    let app = demo_app();
    let v = invoke(app.clone(), "connections").unwrap();
    assert_eq!(v["mode"], "demo");
    assert_eq!(v["saving"], serde_json::json!({ "to": "demo_memory" }));
    assert_eq!(v["ghec"]["settings"]["enterprise"], "acme");
    assert_eq!(
        v["ghec"]["token"],
        serde_json::json!({ "state": "session" })
    );
    assert_eq!(v["ghes"][0]["settings"]["id"], "main");
    assert_eq!(v["ghes"][0]["token"]["state"], "session");
    // The demo holds the emulator's Management Console password too (Upload a new license).
    assert_eq!(v["ghes"][0]["manage_password"]["state"], "session");
    assert!(!v.to_string().contains("demo-console-"));
    assert_no_token(&app, &v);
}

#[test]
fn a_wrong_token_then_the_right_one_turns_the_test_from_401_to_connected() {
    let app = demo_app();
    let right = app.emulator().unwrap().info().ghes[0].token.clone();
    let set = |value: &str| {
        invoke_with(
            app.clone(),
            "set_secret",
            serde_json::json!({ "target": main_target(), "kind": "token", "value": value, "keep": "keyring" }),
        )
        .unwrap()
    };
    let status = set("ghp_not_the_right_one");
    assert_eq!(
        status,
        serde_json::json!({ "state": "session" }),
        "the demo keeps secrets in memory"
    );
    let t = invoke_with(
        app.clone(),
        "test_connection",
        serde_json::json!({ "target": main_target() }),
    )
    .unwrap();
    assert_eq!(t["result"]["status"], "failed", "{t}");
    assert_eq!(t["result"]["error"]["kind"], "unauthorized");
    assert!(t["result"]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("401 Bad credentials"));
    assert_no_token(&app, &t);

    assert_no_token(&app, &set(&right));
    let t = invoke_with(
        app.clone(),
        "test_connection",
        serde_json::json!({ "target": main_target() }),
    )
    .unwrap();
    assert_eq!(t["result"]["status"], "connected", "{t}");
    assert_eq!(t["result"]["learned"]["kind"], "ghes");
    assert_eq!(t["result"]["learned"]["version"], "3.17.4");
    assert_eq!(t["result"]["learned"]["manage_api"]["state"], "checked");
    assert_eq!(t["result"]["learned"]["manage_api"]["status"], "valid");
    assert!(t["duration_ms"].as_u64().is_some());
    assert_no_token(&app, &t);

    let t = invoke_with(
        app.clone(),
        "test_connection",
        serde_json::json!({ "target": { "target": "ghec" } }),
    )
    .unwrap();
    assert_eq!(t["result"]["status"], "connected", "{t}");
    assert_eq!(t["result"]["learned"]["server_instances"], 2);
    assert_no_token(&app, &t);
}

#[test]
fn save_connections_refuses_each_bad_field_with_what_to_do_and_keeps_the_demo_settings() {
    let app = demo_app();
    let draft = serde_json::json!({
        "ghec": { "api_host": "octocorp.ghe.com", "enterprise": "Acme Corp", "web_url": "" },
        "ghes": [{ "id": "main", "hostname": "https://github.acme.example/", "https": true,
                   "api_url": "", "label": "", "ssh": { "user": "", "host": "", "port": "0" },
                   "ca_bundle": "" }]
    });
    let err = invoke_with(
        app.clone(),
        "save_connections",
        serde_json::json!({ "draft": draft }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "invalid_settings", "{err}");
    let fields: Vec<&str> = err["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "ghec.enterprise",
            "ghec.api_host",
            "ghes.0.hostname",
            "ghes.0.ssh.port"
        ]
    );
    assert!(
        err["fields"][0]["fix"]
            .as_str()
            .unwrap()
            .contains("`acme-corp`"),
        "{err}"
    );
    assert!(
        err["fields"][1]["fix"]
            .as_str()
            .unwrap()
            .contains("api.octocorp.ghe.com"),
        "{err}"
    );
    assert_eq!(app.settings().ghec.unwrap().enterprise, "acme");
}

#[test]
fn saving_in_the_demo_changes_memory_only_and_adding_an_instance_gives_it_an_id() {
    let app = demo_app();
    let mut v = invoke(app.clone(), "connections").unwrap();
    let mut draft = serde_json::json!({
        "ghec": { "api_host": v["ghec"]["api_host"], "enterprise": "acme", "web_url": "" },
        "ghes": v["ghes"].as_array().unwrap().iter().map(|g| serde_json::json!({
            "id": g["settings"]["id"], "hostname": g["settings"]["hostname"], "https": true,
            "api_url": g["settings"]["api_url"], "label": "", "ssh": null, "ca_bundle": ""
        })).collect::<Vec<_>>()
    });
    draft["ghes"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": null, "hostname": "ghes-lab.acme.example", "https": false, "api_url": "",
            "label": "Lab", "ssh": { "user": "", "host": "", "port": "" }, "ca_bundle": ""
        }));
    v = invoke_with(
        app.clone(),
        "save_connections",
        serde_json::json!({ "draft": draft }),
    )
    .unwrap();
    let lab = &v["ghes"][2];
    assert_eq!(lab["settings"]["id"], "ghes-lab-acme-example");
    assert_eq!(lab["api_url"], "http://ghes-lab.acme.example/api/v3");
    assert_eq!(
        lab["settings"]["ssh"],
        serde_json::json!({ "user": "admin", "host": null, "port": 122 })
    );
    assert_eq!(lab["token"]["state"], "not_set");
    assert_eq!(v["saving"]["to"], "demo_memory");

    let v = invoke_with(
        app.clone(),
        "remove_ghes_instance",
        serde_json::json!({ "id": "legacy" }),
    )
    .unwrap();
    let ids: Vec<&str> = v["ghes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["settings"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["main", "ghes-lab-acme-example"]);
    let err = invoke_with(
        app.clone(),
        "remove_ghes_instance",
        serde_json::json!({ "id": "legacy" }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "unknown_instance");
    assert_no_token(&app, &v);
}

#[test]
fn delete_secret_leaves_the_connection_without_a_token() {
    let app = demo_app();
    let v = invoke_with(
        app.clone(),
        "delete_secret",
        serde_json::json!({ "target": main_target(), "kind": "token" }),
    )
    .unwrap();
    assert_eq!(v, serde_json::json!({ "state": "not_set" }));
    let t = invoke_with(
        app.clone(),
        "test_connection",
        serde_json::json!({ "target": main_target() }),
    )
    .unwrap();
    assert_eq!(t["result"]["error"]["kind"], "missing_secret");
}

/// A machine without a Secret Service.
#[derive(Debug)]
struct NoKeyring;

impl ghls_services::connections::CredentialStore for NoKeyring {
    fn get(
        &self,
        _: &ghls_services::connections::SecretKey,
    ) -> ghls_services::Result<Option<ghls_domain::Secret>> {
        Err(ghls_services::Error::KeyringUnavailable {
            detail: "no Secret Service on the session bus".into(),
        })
    }
    fn set(
        &self,
        k: &ghls_services::connections::SecretKey,
        _: &ghls_domain::Secret,
    ) -> ghls_services::Result<()> {
        self.get(k).map(|_| ())
    }
    fn delete(&self, k: &ghls_services::connections::SecretKey) -> ghls_services::Result<()> {
        self.get(k).map(|_| ())
    }
    fn backend(&self) -> ghls_services::connections::Backend {
        ghls_services::connections::Backend::Keyring
    }
}

#[test]
fn without_a_keyring_set_secret_says_so_and_session_only_keeps_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    let app = Arc::new(App::open(
        ghls_services::connections::SettingsStore::new(&path),
        Arc::new(NoKeyring),
    ));
    let draft = serde_json::json!({ "ghes": [{ "hostname": "ghes.acme.example" }] });
    let v = invoke_with(
        app.clone(),
        "save_connections",
        serde_json::json!({ "draft": draft }),
    )
    .unwrap();
    assert_eq!(v["saving"]["to"], "file");
    assert_eq!(v["ghes"][0]["token"]["state"], "unknown");
    assert_eq!(
        v["ghes"][0]["token"]["error"]["kind"],
        "keyring_unavailable"
    );
    let target = serde_json::json!({ "target": "ghes", "id": "ghes-acme-example" });
    let secret = "ghp_session_only_value";
    let err = invoke_with(app.clone(), "set_secret",
        serde_json::json!({ "target": target, "kind": "manage_password", "value": secret, "keep": "keyring" })).unwrap_err();
    assert_eq!(err["kind"], "keyring_unavailable", "{err}");
    assert!(
        err["fix"]
            .as_str()
            .unwrap()
            .contains("for this session only"),
        "{err}"
    );
    let ok = invoke_with(app.clone(), "set_secret",
        serde_json::json!({ "target": target, "kind": "manage_password", "value": secret, "keep": "session" })).unwrap();
    assert_eq!(ok, serde_json::json!({ "state": "session" }));
    let v = invoke(app.clone(), "connections").unwrap();
    assert_eq!(v["ghes"][0]["manage_password"]["state"], "session");
    for text in [
        err.to_string(),
        ok.to_string(),
        v.to_string(),
        std::fs::read_to_string(&path).unwrap(),
    ] {
        assert!(!text.contains(secret), "{text}");
    }
}

// --- Consumed licenses and Duplicates ----------------------------------------------------

fn load_consumed(app: &Arc<App>, refresh: bool) -> (Result<Value, Value>, Vec<Value>) {
    invoke_recording_channels(
        app.clone(),
        "load_consumed_licenses",
        serde_json::json!({ "refresh": refresh, "onProgress": "__CHANNEL__:7" }),
    )
}

fn consumed_query(search: &str, filter: &str) -> Value {
    serde_json::json!({ "query": {
        "search": search,
        "filter": filter,
        "sort": { "column": "login", "descending": false },
        "offset": 0,
        "limit": 50,
    }})
}

#[test]
fn load_consumed_licenses_streams_progress_through_its_channel_and_returns_the_summary() {
    let app = demo_app();
    let consumers = app.emulator().unwrap().with_world(|w| w.consumers.len());
    let (summary, progress) = load_consumed(&app, false);
    let summary = summary.unwrap();
    assert_eq!(summary["rows"], consumers);
    assert_eq!(summary["enterprise"], "acme");
    assert_eq!(summary["total_seats_consumed"], consumers);
    for key in [
        "cloud_only",
        "server_only",
        "both",
        "visual_studio",
        "multiple_accounts",
    ] {
        assert!(
            summary["split"][key].as_u64().unwrap() > 0,
            "{key}: {summary}"
        );
    }
    assert!(summary["fetched_at"].as_str().unwrap().ends_with('Z'));
    let pages = consumers.div_ceil(100);
    assert_eq!(
        progress.first().unwrap(),
        &serde_json::json!({ "state": "fetching", "pages_done": 1, "pages_total": pages, "rows": 100 })
    );
    assert_eq!(
        progress.last().unwrap(),
        &serde_json::json!({ "state": "done", "rows": consumers })
    );
    assert_no_token(&app, &summary);
    // The second load answers from the session's cache with `done` alone.
    let (again, progress) = load_consumed(&app, false);
    assert_eq!(again.unwrap(), summary);
    assert_eq!(
        progress,
        [serde_json::json!({ "state": "done", "rows": consumers })]
    );
}

#[test]
fn consumed_queries_and_the_duplicate_report_are_not_loaded_before_a_load() {
    let app = demo_app();
    let err = invoke_with(
        app.clone(),
        "query_consumed_licenses",
        consumed_query("", "all"),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "not_loaded", "{err}");
    assert!(err["fix"].as_str().unwrap().contains("Load"));
    let err = invoke(app.clone(), "duplicate_overview").unwrap_err();
    assert_eq!(err["kind"], "not_loaded");
    let err = invoke_with(
        app.clone(),
        "duplicate_findings",
        serde_json::json!({ "query": { "reason": "saml_name_id", "confidences": ["high"], "offset": 0, "limit": 25 } }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "not_loaded");
    let err = invoke_with(
        app.clone(),
        "export_duplicates",
        serde_json::json!({ "format": "csv" }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "not_loaded", "no Save dialog for nothing");
    assert_eq!(invoke(app, "cancel_consumed_fetch").unwrap(), Value::Null);
}

#[test]
fn the_rate_budget_and_the_load_estimate_reach_the_page_in_snake_case() {
    let app = demo_app();
    let budget = invoke(app.clone(), "rate_budget").unwrap();
    assert_eq!(budget["core"]["limit"], 5000, "{budget}");
    assert!(budget["graphql"]["remaining"].is_u64(), "{budget}");
    let e = invoke(app.clone(), "consumed_load_estimate").unwrap();
    for key in [
        "consumers",
        "requests",
        "budget",
        "reserve_percent",
        "reserve",
        "cuts_into_reserve",
        "wait_seconds",
    ] {
        assert!(e.get(key).is_some(), "{key} missing: {e}");
    }
    assert_eq!(e["reserve_percent"], 10);
    assert_eq!(invoke(app.clone(), "rate_reserve_setting").unwrap(), 10);
    let saved = invoke_with(
        app.clone(),
        "set_rate_reserve_setting",
        serde_json::json!({ "percent": 20 }),
    )
    .unwrap();
    assert_eq!(saved, 20);
    assert_eq!(invoke(app, "rate_reserve_setting").unwrap(), 20);
}

#[test]
fn query_consumed_licenses_filters_searches_and_returns_snake_case_rows() {
    let app = demo_app();
    load_consumed(&app, false).0.unwrap();
    let page = invoke_with(
        app.clone(),
        "query_consumed_licenses",
        consumed_query("ACME-OLD.EXAMPLE", "server_only"),
    )
    .unwrap();
    let rows = page["rows"].as_array().unwrap();
    assert!(!rows.is_empty(), "{page}");
    assert_eq!(page["total_matching"], rows.len());
    assert_eq!(page["offset"], 0);
    for r in rows {
        assert_eq!(r["kind"], "server_only");
        assert_eq!(r["login"], Value::Null);
        assert!(r["server_emails"].to_string().contains("acme-old.example"));
        for key in [
            "index",
            "name",
            "visual_studio",
            "accounts",
            "license_type",
            "server_ids",
            "verified_emails",
            "saml_name_id",
        ] {
            assert!(r.get(key).is_some(), "{key} missing: {r}");
        }
    }
    let err = invoke_with(
        app,
        "query_consumed_licenses",
        serde_json::json!({ "query": { "filter": "nobody" } }),
    )
    .unwrap_err();
    assert!(err.to_string().contains("nobody"), "{err}");
}

#[test]
fn the_duplicate_report_and_the_exports_go_through_the_save_dialog_seam() {
    let app = demo_app();
    load_consumed(&app, false).0.unwrap();
    let report = invoke(app.clone(), "duplicate_overview").unwrap();
    assert!(report["findings"].as_u64().unwrap() > 0, "{report}");
    let saml = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["reason"] == "saml_name_id")
        .unwrap();
    assert!(
        saml.get("findings").is_none(),
        "counts, not findings: {saml}"
    );
    let high = saml["high"]["findings"].as_u64().unwrap();
    assert!(high > 0, "{saml}");
    let page = invoke_with(
        app.clone(),
        "duplicate_findings",
        serde_json::json!({ "query": { "reason": "saml_name_id", "confidences": ["high"], "offset": 0, "limit": 2 } }),
    )
    .unwrap();
    assert_eq!(page["total_matching"].as_u64(), Some(high), "{page}");
    assert_eq!(
        page["findings"].as_array().unwrap().len() as u64,
        high.min(2)
    );
    assert!(page["findings"][0]["evidence"].as_array().is_some());

    let dir = tempfile::tempdir().unwrap();
    let answer = dir.path().join("dialog-answer");
    // The only tests in this binary that open the Save dialog: the seam is set for all of
    // them, and nothing else reads it.
    std::env::set_var("GHLS_TEST_FILE_DIALOG", &answer);

    std::fs::write(&answer, "").unwrap();
    let cancelled = invoke_with(
        app.clone(),
        "export_consumed_licenses",
        serde_json::json!({ "query": consumed_query("", "all")["query"], "format": "csv" }),
    )
    .unwrap();
    assert_eq!(cancelled, Value::Null, "a cancelled dialog writes nothing");

    let csv = dir.path().join("consumers.csv");
    std::fs::write(&answer, csv.display().to_string()).unwrap();
    let written = invoke_with(
        app.clone(),
        "export_consumed_licenses",
        serde_json::json!({ "query": consumed_query("", "visual_studio")["query"], "format": "csv" }),
    )
    .unwrap();
    assert_eq!(written["path"], csv.display().to_string());
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(written["bytes"], text.len());
    assert_eq!(
        text.lines().count() as u64,
        written["rows"].as_u64().unwrap() + 1
    );
    assert!(text.starts_with("github_com_login,github_com_name,"));

    let json = dir.path().join("duplicates.json");
    std::fs::write(&answer, json.display().to_string()).unwrap();
    let written = invoke_with(
        app,
        "export_duplicates",
        serde_json::json!({ "format": "json" }),
    )
    .unwrap();
    assert_eq!(written["rows"], report["findings"]);
    let saved: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    // The whole report, of which the screen was sent the overview.
    for field in [
        "consumers",
        "findings",
        "seats_saved",
        "off_domain",
        "counted_once",
    ] {
        assert_eq!(saved[field], report[field], "{field}");
    }
    let groups = saved["groups"].as_array().unwrap();
    assert_eq!(groups.len(), report["groups"].as_array().unwrap().len());
    for (g, o) in groups.iter().zip(report["groups"].as_array().unwrap()) {
        assert_eq!(g["reason"], o["reason"]);
        assert_eq!(
            g["findings"].as_array().unwrap().len() as u64,
            o["count"].as_u64().unwrap()
        );
    }
}

// --- Hand-offs, watches and activity ----------------------------------------------------

#[test]
fn watches_and_cancel_watch_of_nothing_answer_without_error() {
    let app = demo_app();
    assert_eq!(
        invoke(app.clone(), "watches").unwrap(),
        serde_json::json!([])
    );
    let v = invoke_with(
        app,
        "cancel_watch",
        serde_json::json!({ "instance": "main" }),
    )
    .unwrap();
    assert_eq!(v, serde_json::json!(false));
}

#[test]
fn sync_now_of_an_unknown_instance_is_refused_before_any_hand_off() {
    let app = demo_app();
    let err = invoke_with(
        app.clone(),
        "sync_now",
        serde_json::json!({ "instance": "nope", "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "unknown_instance", "{err}");
    assert!(!err["fix"].as_str().unwrap().is_empty());
    assert_eq!(invoke(app, "activity").unwrap(), serde_json::json!([]));
}

#[test]
fn the_demo_hands_off_to_an_app_window_and_the_setting_can_change() {
    let app = demo_app();
    assert_eq!(
        invoke(app.clone(), "handoff_setting").unwrap(),
        serde_json::json!("app_window")
    );
    let v = invoke_with(
        app.clone(),
        "set_handoff_setting",
        serde_json::json!({ "how": "browser" }),
    )
    .unwrap();
    assert_eq!(v, serde_json::json!("browser"));
    assert_eq!(
        invoke(app, "handoff_setting").unwrap(),
        serde_json::json!("browser")
    );
}

#[test]
fn activity_lists_usage_file_checks_newest_first_and_honours_the_limit() {
    let app = demo_app();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("main-license-usage.json");
    std::fs::write(
        &path,
        app.emulator()
            .unwrap()
            .license_usage_export("main")
            .unwrap(),
    )
    .unwrap();
    for p in [dir.path().to_path_buf(), path] {
        invoke_with(
            app.clone(),
            "inspect_usage_file",
            serde_json::json!({ "path": p.display().to_string() }),
        )
        .unwrap();
    }
    let all = invoke(app.clone(), "activity").unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["kind"], "usage_file_check");
    assert_eq!(all[0]["outcome"], "ok");
    assert_eq!(all[0]["target"], "main-license-usage.json");
    assert_eq!(all[1]["outcome"], "failed");
    for key in ["id", "at", "summary", "details"] {
        assert!(all[0][key].is_string(), "{key}: {}", all[0]);
    }
    let one = invoke_with(app.clone(), "activity", serde_json::json!({ "limit": 1 })).unwrap();
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["id"], all[0]["id"]);
    assert_no_token(&app, &Value::Array(all.clone()));
}

// --- Upload a new license ---------------------------------------------------------------

#[test]
fn upload_license_sends_the_ghl_and_returns_the_new_seats_and_expiry() {
    let app = demo_app();
    let dir = tempfile::tempdir().unwrap();
    let ghl = dir.path().join("acme-2031.ghl");
    let license = ghls_emulator::testing::demo_license(Some(1200), "2031-06-30T23:59:59Z");
    std::fs::write(&ghl, license).unwrap();
    let outcome = invoke_with(
        app.clone(),
        "upload_license",
        serde_json::json!({ "instance": "main", "path": ghl.display().to_string(), "apply": true }),
    )
    .unwrap();
    assert_eq!(
        outcome["seats"],
        serde_json::json!({ "kind": "count", "value": 1200 })
    );
    assert_eq!(outcome["expire_at"], "2031-06-30T23:59:59Z");
    assert_eq!(outcome["check_status"], "valid");
    assert_eq!(outcome["applied"], true);
    assert!(outcome["seats_used"].as_i64().unwrap() > 0);

    // A usage export is never sent as a license.
    let emu = app.emulator().unwrap();
    let usage = emu.save_usage_export("main", dir.path().join("usage.json"));
    let err = invoke_with(
        app,
        "upload_license",
        serde_json::json!({ "instance": "main", "path": usage.display().to_string(), "apply": true }),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "license_file_refused");
    assert!(err["fix"].as_str().unwrap().contains("Add server usage"));
}
