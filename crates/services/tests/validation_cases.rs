//! The settings rules of `ghls_services::connections::validate` over a table of inputs,
//! written to `ui/bindings/validation-cases.json` (committed, like the ts-rs bindings) so
//! that a UI test (tests/ui/validation-rules.test.mjs) holds the Connections screen's
//! as-you-type hints to the same verdicts and normalised values.
//!
//! Each case states the verdict it expects, so a rule that changes fails here first; the
//! JSON then changes with it, and CI's `bindings` step asks for it to be committed.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::PathBuf;

use ghls_services::connections::validate;
use serde_json::{json, Value};

/// One input to one rule. `args` are the rule's arguments after the input, as the JSON
/// gives them to the JS rule.
struct Case {
    rule: &'static str,
    input: &'static str,
    args: Value,
    ok: bool,
}

const fn case(rule: &'static str, input: &'static str, ok: bool) -> Case {
    Case {
        rule,
        input,
        args: Value::Null,
        ok,
    }
}

fn with(rule: &'static str, input: &'static str, args: Value, ok: bool) -> Case {
    Case {
        rule,
        input,
        args,
        ok,
    }
}

fn cases() -> Vec<Case> {
    let mut v = Vec::new();
    for (input, ok) in [
        (" acme-corp2 ", true),
        ("acme", true),
        ("a", true),
        ("0day", true),
        ("Acme-Corp", false),
        ("acme corp", false),
        ("-acme", false),
        ("acme-", false),
        ("acme_corp", false),
        ("", false),
        ("   ", false),
        ("https://github.com/enterprises/acme/settings", false),
        ("github.com/enterprises/acme", false),
        ("acmé", false),
        ("--", false),
    ] {
        v.push(case("enterprise_slug", input, ok));
    }
    for (input, ok) in [
        ("github.acme.example", true),
        ("GitHub.Acme.Example", true),
        (" GitHub.Acme.Example ", true),
        ("ghes", true),
        ("ghes.example.com:8443", true),
        ("10.0.0.5", true),
        ("10.0.0.5:443", true),
        ("[2001:db8::1]:443", true),
        ("[2001:db8::1]", true),
        ("2001:db8::1", true),
        ("2001:DB8::1", true),
        ("::1", true),
        ("github.acme.example.", true),
        ("xn--bcher-kva.example", true),
        ("https://github.acme.example/", false),
        ("http://github.acme.example", false),
        ("github.acme.example/api/v3", false),
        ("github.acme.example?x", false),
        ("ghes.example.com:0", false),
        ("ghes.example.com:99999", false),
        ("ghes.example.com:https", false),
        ("ghes.example.com:", false),
        ("ghes_1.example.com", false),
        ("-ghes.example.com", false),
        ("ghes-.example.com", false),
        ("ghes..example.com", false),
        ("300.1.1.1", false),
        ("1.2.3", false),
        ("1.2.3.4.", false),
        ("010.0.0.1", false),
        ("admin@ghes", false),
        ("ghes example", false),
        ("", false),
        (":443", false),
        ("[2001:db8::1", false),
        ("[2001:db8::1]x", false),
        ("1:2:3", false),
        ("ghés.example", false),
        (
            "a234567890123456789012345678901234567890123456789012345678901234.example",
            false,
        ),
    ] {
        v.push(case("hostname", input, ok));
    }
    for (input, ok) in [
        ("", true),
        ("api.github.com", true),
        ("https://api.github.com/", true),
        ("API.GitHub.com", true),
        ("API.Octocorp.GHE.com", true),
        ("https://api.octocorp.ghe.com", true),
        ("https://api.github.com:443", true),
        ("http://127.0.0.1:41234/ghec/api/", true),
        ("http://localhost:8080", true),
        ("localhost:8080", true),
        ("http://[::1]:9/ghec", true),
        ("octocorp.ghe.com", false),
        ("github.com", false),
        ("www.github.com", false),
        ("http://api.github.com", false),
        ("api.github.com/enterprises", false),
        ("api.github.com?x=1", false),
        ("api.github.com:8443", false),
        ("me@api.github.com", false),
        ("ghes.acme.example", false),
        ("api.x.y.ghe.com", false),
        ("api github.com", false),
        ("http://127.0.0.1:9/api?x=1", false),
    ] {
        v.push(case("ghec_api", input, ok));
    }
    for (input, default, ok) in [
        ("", Some(122), true),
        (" 2222 ", Some(122), true),
        ("122", Some(122), true),
        ("1", None, true),
        ("65535", None, true),
        ("00122", Some(122), true),
        ("+122", Some(122), true),
        ("", None, false),
        ("0", Some(122), false),
        ("65536", Some(122), false),
        ("99999999999", Some(122), false),
        ("-1", Some(122), false),
        ("ssh", Some(122), false),
        ("1.5", Some(122), false),
        ("12 2", Some(122), false),
    ] {
        v.push(with("port_number", input, json!([default]), ok));
    }
    for (input, allow_http, ok) in [
        ("", false, true),
        ("  ", false, true),
        ("https://github.example/", false, true),
        ("https://github.example/ghes/", false, true),
        ("https://github.example:8443", false, true),
        ("http://github.example", true, true),
        ("http://127.0.0.1:9/ghec/web", false, true),
        ("http://localhost/web", false, true),
        ("https://me:pw@github.example", false, false),
        ("https://me@github.example", false, false),
        ("http://github.example", false, false),
        ("github.example", false, false),
        ("ftp://github.example", false, false),
        ("https://github.example/?tab=1", false, false),
        ("https://github.example/#top", false, false),
        ("https://", false, false),
    ] {
        v.push(with("web_address", input, json!([allow_http]), ok));
    }
    for (input, ok) in [
        ("", true),
        ("admin", true),
        (" admin ", true),
        ("root@ghes", false),
        ("ad min", false),
        ("admin:122", false),
        ("a/b", false),
        ("a\\b", false),
    ] {
        v.push(with("ssh_user", input, json!(["admin"]), ok));
    }
    for (input, ok) in [
        ("", true),
        ("ghes-admin.acme.example", true),
        ("10.0.0.5", true),
        ("2001:db8::1", true),
        ("ghes:122", false),
        ("[2001:db8::1]", false),
        ("https://ghes", false),
        ("ghes_1", false),
    ] {
        v.push(case("ssh_host", input, ok));
    }
    for (input, ok) in [
        ("", true),
        ("  ", true),
        ("/dev/null", true),
        ("certs/ca.pem", false),
        ("ca.pem", false),
        ("/", false),
        ("/nonexistent/ghls-validation-cases/ca.pem", false),
    ] {
        v.push(case("ca_bundle", input, ok));
    }
    for (input, ok) in [
        ("", true),
        ("  ", true),
        ("/dev/null", true),
        ("id_ed25519", false),
        (".ssh/known_hosts", false),
        ("/", false),
        ("/nonexistent/ghls-validation-cases/id_ed25519", false),
    ] {
        v.push(case("ssh_file", input, ok));
    }
    v
}

/// The rule's verdict as JSON: `value` when accepted, `message` and `fix` when refused.
fn run(c: &Case) -> Value {
    let arg = |i: usize| c.args.get(i).cloned().unwrap_or(Value::Null);
    let verdict: Result<Value, validate::Problem> = match c.rule {
        "enterprise_slug" => validate::enterprise_slug(c.input).map(Value::from),
        "hostname" => validate::hostname(c.input).map(Value::from),
        "ghec_api" => validate::ghec_api(c.input).map(Value::from),
        "port_number" => {
            let default = arg(0).as_u64().map(|d| u16::try_from(d).unwrap());
            validate::port_number(c.input, default).map(Value::from)
        }
        "web_address" => validate::web_address(c.input, arg(0).as_bool().unwrap()).map(Value::from),
        "ssh_user" => validate::ssh_user(c.input, arg(0).as_str().unwrap()).map(Value::from),
        "ssh_host" => validate::ssh_host(c.input).map(Value::from),
        "ca_bundle" => validate::ca_bundle(c.input).map(Value::from),
        "ssh_file" => validate::ssh_file(c.input).map(Value::from),
        other => panic!("no rule {other}"),
    };
    // Whether a CA bundle is accepted depends on the file, which only the backend can see.
    let filesystem = matches!(c.rule, "ca_bundle" | "ssh_file") && c.input.trim().starts_with('/');
    let mut out = json!({ "rule": c.rule, "input": c.input });
    if !c.args.is_null() {
        out["args"] = c.args.clone();
    }
    match verdict {
        Ok(value) => {
            out["ok"] = json!(true);
            out["value"] = value;
        }
        Err(p) => {
            out["ok"] = json!(false);
            // The English words, as the UI's rules write them by default.
            out["message"] = json!(p.message.in_lang(ghls_l10n::Lang::En));
            out["fix"] = json!(p.fix.in_lang(ghls_l10n::Lang::En));
        }
    }
    if filesystem {
        out["filesystem"] = json!(true);
    }
    out
}

#[test]
fn every_settings_rule_gives_the_expected_verdict_and_the_table_for_the_ui_is_current() {
    let mut rows = Vec::new();
    let mut wrong = Vec::new();
    for c in cases() {
        let row = run(&c);
        if row["ok"] != json!(c.ok) {
            wrong.push(format!("{}({:?}) gave {row}", c.rule, c.input));
        }
        rows.push(row);
    }
    assert!(
        wrong.is_empty(),
        "unexpected verdicts:\n{}",
        wrong.join("\n")
    );

    let table = json!({
        "about": "Generated by crates/services/tests/validation_cases.rs (cargo test -p ghls-services --test validation_cases); do not edit. The Connections screen's as-you-type rules (ui/views/connections/rules.js) must give the same verdicts and values (tests/ui/validation-rules.test.mjs).",
        "cases": rows,
    });
    let text = serde_json::to_string_pretty(&table).unwrap() + "\n";
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/bindings/validation-cases.json");
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        std::fs::write(&path, text).unwrap();
    }
}

#[test]
fn the_table_covers_every_rule_with_both_verdicts() {
    let all = cases();
    for rule in [
        "enterprise_slug",
        "hostname",
        "ghec_api",
        "port_number",
        "web_address",
        "ssh_user",
        "ssh_host",
        "ca_bundle",
        "ssh_file",
    ] {
        for ok in [true, false] {
            assert!(
                all.iter().any(|c| c.rule == rule && c.ok == ok),
                "{rule} has no case that is {}",
                if ok { "accepted" } else { "refused" }
            );
        }
    }
}
