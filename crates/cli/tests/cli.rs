//! `ghls` as cron jobs and CI steps run it: every subcommand against the GitHub emulator,
//! its JSON shapes and its exit codes (0 ok, 1 failure, 2 usage, 3 needs attention,
//! 4 refused file).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use support::{demo, json, Emulated};

/// Runs `cmd` expecting exit `code`: its stdout as JSON.
fn json_of(cmd: &mut assert_cmd::Command, code: i32) -> serde_json::Value {
    json(&cmd.assert().code(code).get_output().clone())
}

/// `ghls --json VERB` with a wrong GHEC token in the environment: exit 1, and the JSON
/// error says unauthorized with a fix about the token.
fn assert_json_refuses_a_wrong_token(e: &Emulated, verb: &str) {
    let v = json_of(
        e.ghls(&["--json", verb])
            .env("GHLS_GHEC_TOKEN", "ghp_not_a_real_token"),
        1,
    );
    assert_eq!(v["error"]["kind"], "unauthorized");
    assert!(v["error"]["fix"].as_str().unwrap().contains("token"));
}

// ---- status -------------------------------------------------------------------------

#[test]
fn status_of_the_demo_finds_legacy_weeks_stale_and_exits_3() {
    let (mut cmd, _home) = demo(&["status"]);
    cmd.assert()
        .code(3)
        .stdout(contains("legacy").and(contains("stale: older than 7d")))
        .stdout(contains("1 of 2 instances needs attention"));
}

#[test]
fn status_json_has_the_documented_shape_and_max_age_decides() {
    let (mut cmd, _home) = demo(&["--json", "status", "--max-age", "60d"]);
    let v = json_of(&mut cmd, 0);
    assert_eq!(v["enterprise"], "acme");
    assert_eq!(v["max_age_seconds"], 60 * 86_400);
    assert_eq!(v["needs_attention"], 0);
    let instances = v["instances"].as_array().unwrap();
    assert_eq!(instances.len(), 2);
    let legacy = instances.iter().find(|i| i["id"] == "legacy").unwrap();
    for key in [
        "hostname",
        "server_id",
        "listed_by_github",
        "last_sync",
        "last_sync_raw",
        "age_seconds",
        "relative",
        "status",
        "error",
        "health",
        "verdict",
    ] {
        assert!(
            legacy.get(key).is_some(),
            "instances[].{key} is missing: {legacy}"
        );
    }
    assert_eq!(
        legacy["health"], "stale",
        "the app's 7-day rule still shows"
    );
    assert_eq!(legacy["verdict"], "ok", "but 60d is the gate asked for");
    assert!(legacy["age_seconds"].as_i64().unwrap() > 30 * 86_400);

    let (mut strict, _home) = demo(&["--json", "status", "--max-age", "1h"]);
    let v = json_of(&mut strict, 3);
    assert_eq!(v["needs_attention"], 2, "main synced 26 hours ago: {v}");
}

#[test]
fn a_bad_max_age_is_a_usage_error_with_examples() {
    let (mut cmd, _home) = demo(&["status", "--max-age", "7"]);
    cmd.assert().code(2).stderr(contains("e.g. 7d, 36h"));
}

// ---- license ------------------------------------------------------------------------

#[test]
fn license_lists_seats_used_available_and_expiry_per_instance() {
    let (mut cmd, _home) = demo(&["license"]);
    cmd.assert()
        .code(0)
        .stdout(
            contains("SEATS")
                .and(contains("AVAILABLE"))
                .and(contains("days left")),
        )
        .stdout(contains("github.acme.example").and(contains("3.12.9")));

    let (mut cmd, _home) = demo(&["--json", "license"]);
    let v = json_of(&mut cmd, 0);
    let legacy = v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "legacy")
        .unwrap();
    let l = &legacy["license"];
    let (seats, used, available) = (
        l["seats"].as_i64().unwrap(),
        l["seats_used"].as_i64().unwrap(),
        l["seats_available"].as_i64().unwrap(),
    );
    assert_eq!(seats - used, available, "{l}");
    assert_eq!(
        l["expiry_state"], "soon",
        "legacy's license ends in 21 days: {l}"
    );
    assert!(l["days_left"].as_i64().unwrap() <= 21);
    assert!(l["expires_at"].as_str().unwrap().ends_with('Z'));
    assert!(legacy["error"].is_null());
    assert_eq!(legacy["version"], "3.12.9");
}

// ---- servers ------------------------------------------------------------------------

#[test]
fn servers_lists_each_instance_github_knows_with_its_license_sync_and_last_uploads() {
    let (mut cmd, _home) = demo(&["servers"]);
    cmd.assert()
        .code(0)
        .stdout(contains("AUTOMATIC LICENSE SYNC").and(contains("LAST UPLOAD")))
        .stdout(contains("on (GitHub Connect)").and(contains("off: uploads by hand")))
        .stdout(contains("SUCCESS"));

    let (mut cmd, _home) = demo(&["--json", "servers"]);
    let v = json_of(&mut cmd, 0);
    assert_eq!(v["enterprise"], "acme");
    assert_eq!(v["configured_not_listed"], serde_json::json!([]));
    let instances = v["instances"].as_array().unwrap();
    let main = instances
        .iter()
        .find(|i| i["host_name"] == "github.acme.example")
        .unwrap();
    assert_eq!(main["connected"], true);
    assert_eq!(main["configured"], true);
    assert_eq!(main["configured_id"], "main");
    let newest = &main["uploads"][0];
    assert!(
        newest["name"].as_str().unwrap().ends_with(".json"),
        "{newest}"
    );
    assert_eq!(newest["state"], "SUCCESS");
    assert!(newest["at"].as_str().unwrap().ends_with('Z'), "{newest}");
    assert!(main["uploads_total"].as_u64().unwrap() >= 1);
    let legacy = instances
        .iter()
        .find(|i| i["host_name"] == "ghes-legacy.acme.example")
        .unwrap();
    assert_eq!(legacy["connected"], false);
}

#[test]
fn servers_marks_an_instance_not_in_the_settings_and_refuses_a_bad_token_with_the_fix() {
    let e = Emulated::start();
    let mut settings = ghls_services::demo::settings_for(&e.info);
    settings.ghes.retain(|g| g.id == "main");
    e.save_settings(&settings);
    e.ghls(&["servers"])
        .assert()
        .code(0)
        .stdout(contains("not configured"));
    let v = json_of(&mut e.ghls(&["--json", "servers"]), 0);
    let legacy = v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["host_name"] == "ghes-legacy.acme.example")
        .unwrap();
    assert_eq!(legacy["configured"], false);
    assert!(legacy["configured_id"].is_null());

    assert_json_refuses_a_wrong_token(&e, "servers");
}

// ---- consumed -----------------------------------------------------------------------

#[test]
fn consumed_to_stdout_is_the_apps_json_export() {
    let (mut cmd, _home) = demo(&["consumed"]);
    let v = json_of(&mut cmd, 0);
    assert_eq!(v["enterprise"], "acme");
    let users = v["users"].as_array().unwrap();
    assert_eq!(
        users.len() as i64,
        v["total_seats_consumed"].as_i64().unwrap()
    );
    assert!(users[0].get("github_com_login").is_some());
    assert_eq!(v["query"]["filter"], "all");
}

#[test]
fn consumed_tells_what_the_load_cost_on_stderr_and_keeps_stdout_the_data() {
    let (mut cmd, _home) = demo(&["consumed"]);
    let out = cmd.assert().code(0).get_output().clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("ghls: loaded ") && stderr.contains("requests of the rate limit"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("cost").is_none(), "the JSON export is the data alone");
}

/// The pages of consumed licenses `ghls` asked the emulator for, in the order they came.
fn consumed_pages_in_order(e: &Emulated) -> Vec<u32> {
    e.emulator
        .requests()
        .iter()
        .filter(|r| r.uri.contains("/consumed-licenses"))
        .map(|r| {
            let page = r
                .uri
                .split(['?', '&'])
                .find_map(|p| p.strip_prefix("page="));
            page.map_or(1, |p| p.parse().unwrap())
        })
        .collect()
}

#[test]
fn consumed_with_the_hidden_concurrency_1_reads_one_page_after_the_other() {
    use ghls_emulator::FaultKind;
    // Page 2 fails once (502) and is retried after a back-off: read one at a time, its retry
    // comes before page 3; with the default 4 in flight, pages 3 and 4 are asked before it.
    let run = |concurrency: Option<&str>| {
        let e = Emulated::start();
        e.fail_second_consumed_page_once(FaultKind::Status {
            status: 502,
            message: None,
        });
        let mut args = vec!["consumed", "-o", "consumed.json"];
        if let Some(n) = concurrency {
            args.extend(["--concurrency", n]);
        }
        e.ghls(&args).current_dir(e.home.path()).assert().code(0);
        consumed_pages_in_order(&e)
    };
    assert_eq!(run(Some("1")), [1, 2, 2, 3, 4]);
    let default = run(None);
    assert_eq!(default.len(), 5, "{default:?}");
    let retry = default.iter().rposition(|&p| p == 2).unwrap();
    let page3 = default.iter().position(|&p| p == 3).unwrap();
    assert!(page3 < retry, "4 in flight: {default:?}");
}

#[test]
fn consumed_filter_search_and_csv_choose_rows_and_format() {
    let (mut cmd, _home) = demo(&[
        "consumed",
        "--format",
        "csv",
        "--filter",
        "server-only",
        "--search",
        "@acme.example",
    ]);
    let out = cmd.assert().code(0).get_output().clone();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    assert!(lines
        .next()
        .unwrap()
        .starts_with("github_com_login,github_com_name,"));
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.contains("@acme.example")), "{rows:?}");
}

#[test]
fn consumed_to_a_file_is_written_whole_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("consumed.csv");
    let (mut cmd, _home) = demo(&["--json", "consumed", "-o", file.to_str().unwrap()]);
    let v = json_of(&mut cmd, 0);
    assert_eq!(v["format"], "csv", "the extension chose CSV: {v}");
    assert_eq!(v["path"], file.to_str().unwrap());
    assert_eq!(v["rows"], v["summary"]["rows"]);
    assert_eq!(
        v["bytes"].as_u64().unwrap(),
        std::fs::metadata(&file).unwrap().len()
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left beside it");

    let (mut human, _home) = demo(&["consumed", "-o", file.to_str().unwrap()]);
    human
        .assert()
        .code(0)
        .stdout(contains("Wrote ").and(contains("consumers of enterprise acme")));
}

#[test]
fn consumed_into_a_missing_folder_fails_with_the_apps_fix() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no/such/folder/consumed.json");
    let (mut cmd, _home) = demo(&["consumed", "-o", file.to_str().unwrap()]);
    cmd.assert()
        .code(1)
        .stderr(contains("could not be written").and(contains("fix:")));
}

// ---- duplicates ---------------------------------------------------------------------

#[test]
fn duplicates_are_a_readable_list_with_reasons_and_fixes() {
    let (mut cmd, _home) = demo(&["duplicates"]);
    cmd.assert()
        .code(0)
        .stdout(contains("findings, up to").and(contains("fix:")))
        .stdout(contains("[high]"));
}

#[test]
fn duplicates_json_and_csv_are_the_apps_report() {
    let (mut cmd, _home) = demo(&["--json", "duplicates"]);
    let v = json_of(&mut cmd, 0);
    let findings = v["findings"].as_u64().unwrap();
    assert!(findings > 0);
    assert!(v["seats_saved"]["total"].as_u64().is_some());
    let in_groups: u64 = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["findings"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(in_groups, findings);

    let (mut csv, _home) = demo(&["duplicates", "--format", "csv"]);
    let out = csv.assert().code(0).get_output().clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("reason,finding_id,confidence,seats_saved,summary,"));
    assert_eq!(
        text.split("\r\n").filter(|l| !l.is_empty()).count() as u64,
        findings + 1
    );
}

#[test]
fn duplicates_with_accounts_name_server_entries_by_login_and_primary_email() {
    let (mut cmd, _home) = demo(&["--json", "duplicates", "--accounts"]);
    let v = json_of(&mut cmd, 0);
    let accounts = &v["server_accounts"];
    assert_eq!(accounts["complete"], true, "{accounts}");
    assert!(accounts["named"].as_u64().unwrap() > 0, "{accounts}");
    let named = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["findings"].as_array().unwrap())
        .flat_map(|f| f["entries"].as_array().unwrap())
        .flat_map(|e| e["server_accounts"].as_array().unwrap())
        .find(|a| a["primary_email"].is_string())
        .expect("a server entry named with its primary email");
    assert!(named["login"].is_string(), "{named}");

    let (mut without, _home) = demo(&["--json", "duplicates"]);
    let v = json_of(&mut without, 0);
    assert!(v["server_accounts"].is_null(), "not loaded unless asked");
}

#[test]
fn a_duplicates_table_cannot_be_written_to_a_file() {
    let (mut cmd, _home) = demo(&["duplicates", "--format", "table", "-o", "dups.txt"]);
    cmd.assert()
        .code(2)
        .stderr(contains("--format json or --format csv"));
}

// ---- validate -----------------------------------------------------------------------

#[test]
fn validate_accepts_an_emulator_export_and_refuses_a_ghl_license() {
    let e = Emulated::start();
    let export = e.usage_export("main");
    e.ghls(&["validate", export.to_str().unwrap()])
        .assert()
        .code(0)
        .stdout(contains("accepted:").and(contains("github.acme.example")))
        .stdout(contains("SHA-256"));
    let v = json_of(
        &mut e.ghls(&["--json", "validate", export.to_str().unwrap()]),
        0,
    );
    assert_eq!(v["status"], "accepted");
    assert_eq!(v["export"]["host_name"], "github.acme.example");
    assert_eq!(v["export"]["sha256"].as_str().unwrap().len(), 64);

    let ghl = e.home.path().join("github-enterprise.ghl");
    std::fs::write(&ghl, b"\x00\x01binary license blob\xff").unwrap();
    e.ghls(&["validate", ghl.to_str().unwrap()])
        .assert()
        .code(4)
        .stdout(contains("refused:").and(contains(".ghl")))
        .stdout(contains("Export license usage"));
    let v = json_of(
        &mut e.ghls(&["--json", "validate", ghl.to_str().unwrap()]),
        4,
    );
    assert_eq!(
        (v["status"].as_str(), v["kind"].as_str()),
        (Some("refused"), Some("ghl_license"))
    );
}

#[test]
fn validate_of_a_file_that_is_not_there_is_refused_with_4() {
    let (mut cmd, home) = demo(&[]);
    cmd.arg("validate").arg(home.path().join("missing.json"));
    cmd.assert().code(4).stdout(contains("refused:"));
}

// ---- export -------------------------------------------------------------------------

#[test]
fn export_of_an_instance_without_admin_shell_fails_with_the_apps_fix_and_writes_nothing() {
    let e = Emulated::start();
    let file = e.home.path().join("usage.json");
    std::fs::write(&file, b"an older export").unwrap();
    e.ghls(&["export", "--instance", "main", "-o", file.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("No admin shell (SSH) is set up").and(contains("fix:")));
    assert_eq!(std::fs::read(&file).unwrap(), b"an older export");
    let v = json(
        &e.ghls(&[
            "--json",
            "export",
            "--instance",
            "main",
            "-o",
            file.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .get_output()
        .clone(),
    );
    assert_eq!(v["error"]["kind"], "admin_shell_not_set_up");
}

#[test]
fn export_needs_an_instance_and_a_file() {
    let (mut missing, _home) = demo(&["export", "--instance", "main"]);
    missing.assert().code(2);
    let (mut unknown, _home) = demo(&["export", "--instance", "nope", "-o", "x.json"]);
    unknown
        .assert()
        .code(2)
        .stderr(contains("Use one of: main"));
}

// ---- watch --------------------------------------------------------------------------

#[test]
fn watch_confirms_a_sync_github_shows_after_since() {
    let (mut cmd, _home) = demo(&["--json", "watch", "--instance", "main", "--since", "2d"]);
    let v = json_of(&mut cmd, 0);
    assert_eq!(v["instance"], "main");
    assert_eq!(v["result"]["state"], "confirmed");
    assert!(v["result"]["summary"]
        .as_str()
        .unwrap()
        .contains("github.acme.example"));
}

#[test]
fn watch_not_confirmed_before_the_timeout_exits_3_with_how_to_keep_watching() {
    let (mut cmd, _home) = demo(&[
        "watch",
        "--instance",
        "ghes-legacy.acme.example",
        "--since",
        "now",
        "--timeout",
        "2s",
    ]);
    cmd.assert()
        .code(3)
        .stdout(contains("not confirmed:").and(contains("ghls watch --instance legacy --since")));
}

#[test]
fn watch_of_a_failed_sync_exits_1_with_githubs_words() {
    let e = Emulated::start();
    e.emulator.update_world(|w| {
        let legacy = w.instances.iter_mut().find(|i| i.name == "legacy").unwrap();
        legacy.last_sync = Some(ghls_emulator::world::SyncRecord {
            date: time::OffsetDateTime::now_utc(),
            status: "failed".into(),
            error: "The license usage file could not be processed".into(),
        });
    });
    e.ghls(&[
        "watch",
        "--instance",
        "legacy",
        "--since",
        "1h",
        "--timeout",
        "30s",
    ])
    .assert()
    .code(1)
    .stderr(contains("The license usage file could not be processed"));
}

#[test]
fn watch_of_an_unknown_instance_is_a_usage_error_naming_the_known_ones() {
    let (mut cmd, _home) = demo(&["watch", "--instance", "nope", "--since", "now"]);
    cmd.assert()
        .code(2)
        .stderr(contains("no GHES instance `nope`").and(contains("main (github.acme.example)")));
}

// ---- settings, tokens and errors ----------------------------------------------------

#[test]
fn the_settings_folder_and_token_variables_reach_github() {
    let e = Emulated::start();
    e.ghls(&["status"])
        .assert()
        .code(3)
        .stdout(contains("legacy").and(contains("stale")));
    e.ghls(&["license"])
        .assert()
        .code(0)
        .stdout(contains("3.17.4"));
    e.ghls(&["consumed", "--filter", "both"]).assert().code(0);
}

#[test]
fn a_wrong_token_from_the_environment_is_a_401_with_the_fix() {
    let e = Emulated::start();
    e.ghls(&["status"])
        .env("GHLS_GHEC_TOKEN", "ghp_not_a_real_token")
        .assert()
        .code(1)
        .stderr(contains("401 Bad credentials").and(contains("fix:")))
        .stderr(contains("GHLS_GHEC_TOKEN"));
    assert_json_refuses_a_wrong_token(&e, "status");
}

#[test]
fn an_unreachable_host_is_refused_with_the_fix() {
    let e = Emulated::start();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut settings = ghls_services::demo::settings_for(&e.info);
    if let Some(g) = settings.ghec.as_mut() {
        g.api_url = format!("http://127.0.0.1:{closed}/ghec/api");
    }
    e.save_settings(&settings);
    e.ghls(&["status"])
        .assert()
        .code(1)
        .stderr(contains("refused").and(contains("fix:")));
}

#[test]
fn no_enterprise_configured_says_where_the_settings_are() {
    let home = tempfile::tempdir().unwrap();
    support::ghls(home.path())
        .arg("status")
        .assert()
        .code(1)
        .stderr(contains("not set up").and(contains("GHLS_CONFIG_DIR")));
}

// ---- the command line itself --------------------------------------------------------

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in [
        "status",
        "license",
        "servers",
        "consumed",
        "duplicates",
        "validate",
        "export",
        "watch",
        "emulator",
        "completions",
    ] {
        let (mut cmd, _home) = demo(&[sub, "--help"]);
        cmd.assert().code(0).stdout(contains("Example"));
    }
    let (mut top, _home) = demo(&["--help"]);
    top.assert()
        .code(0)
        .stdout(contains("GHLS_GHES_TOKEN_<ID>").and(contains("Exit codes")));
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let (mut cmd, _home) = demo(&["consumed", "--token", "x"]);
    cmd.assert().code(2);
}

#[test]
fn completions_are_generated_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let (mut cmd, _home) = demo(&["completions", shell]);
        cmd.assert()
            .code(0)
            .stdout(contains("ghls").and(contains("duplicates")));
    }
}

#[test]
fn the_man_page_is_roff_of_every_command_and_man_stays_hidden() {
    let (mut cmd, _home) = demo(&["man"]);
    let out = cmd.assert().code(0).get_output().stdout.clone();
    let page = String::from_utf8(out).unwrap();
    assert!(page.contains(".TH ghls 1"), "{page}");
    for words in [
        "status",
        "duplicates",
        "completions",
        "GHLS_GHEC_TOKEN",
        "Exit codes",
    ] {
        assert!(page.contains(words), "{words} missing from the man page");
    }
    let dir = tempfile::tempdir().unwrap();
    let (mut cmd, _home) = demo(&["man", "--dir", dir.path().to_str().unwrap()]);
    cmd.assert().code(0).stdout("");
    for name in [
        "ghls.1",
        "ghls-status.1",
        "ghls-consumed.1",
        "ghls-completions.1",
    ] {
        let page = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(page.starts_with(".ie"), "{name}: {page}");
    }
    assert!(!dir.path().join("ghls-man.1").exists());
    let (mut bash, _home) = demo(&["completions", "bash"]);
    bash.assert().code(0).stdout(contains("ghls__man").not());
}

#[test]
fn colours_only_when_asked_on_a_pipe() {
    let (mut plain, _home) = demo(&["license"]);
    plain.assert().stdout(contains("\x1b[").not());
    let (mut forced, _home) = demo(&["--color", "always", "status"]);
    forced.assert().code(3).stdout(contains("\x1b["));
}

#[test]
fn the_emulator_runs_in_the_foreground_and_prints_its_info_line() {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ghls"));
    command.args(["emulator", "--consumers", "50"]);
    let serving = ghls_emulator::testing::Serving::spawn(command);
    let info: serde_json::Value = serde_json::from_str(serving.line()).unwrap();
    drop(serving);
    assert!(info["base_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    assert_eq!(info["ghec"]["enterprise"], "acme");
}
