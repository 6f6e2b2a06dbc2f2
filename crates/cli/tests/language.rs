//! `ghls` in the admin's language: `--lang`, or the environment as gettext reads it (LANG,
//! LC_MESSAGES, LC_ALL, LANGUAGE). Numbers are written as the language writes them; `--json`
//! keeps its field names and kinds (the message in it is in the language); `--help` stays
//! English. The other tests run in English: `support::ghls` sets `LANG=C.UTF-8`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

#[allow(dead_code)] // the helpers are shared with cli.rs, which uses them all
mod support;

use std::path::Path;

use ghls_l10n::{format_number, Lang, Message};
use predicates::prelude::*;
use predicates::str::{contains, is_match};
use support::{demo, json};

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn ghls_lang_es_status_prints_spanish_and_keeps_githubs_labels() {
    let (mut cmd, _home) = demo(&["--lang", "es", "status"]);
    cmd.assert()
        .code(3)
        .stdout(contains(
            "Sincronización de licencias de la empresa acme (necesita atención después de 7d)",
        ))
        .stdout(contains("desactualizada: más antigua que 7d"))
        .stdout(contains("1 de 2 instancias necesita atención"))
        .stdout(contains("\"Sync now\" (Sincronizar ahora)"))
        .stdout(contains("\"Add server usage\" (Agregar uso del servidor)"))
        .stdout(contains("INSTANCIA").and(contains("VEREDICTO")))
        .stdout(contains("needs attention").not());
}

#[test]
fn status_writes_the_last_sync_as_the_language_writes_a_date_in_utc() {
    let (mut cmd, _home) = demo(&["--lang", "es", "status"]);
    cmd.assert()
        .stdout(
            is_match(
                r"\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}, \d{1,2}:\d{2} UTC \(ayer\)",
            )
            .unwrap(),
        )
        .stdout(is_match(r"T\d{2}:\d{2}:\d{2}Z").unwrap().not());

    let (mut cmd, _home) = demo(&["--lang", "en", "status"]);
    cmd.assert()
        .stdout(is_match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(yesterday\)").unwrap());
}

#[test]
fn license_writes_the_expiry_as_the_language_writes_a_date() {
    let (mut cmd, _home) = demo(&["--lang", "pt-BR", "license"]);
    cmd.assert()
        .stdout(is_match(r"\d{1,2} de [a-z]{3}\. de \d{4} \(restam \d+ dias\)").unwrap());
    let (mut cmd, _home) = demo(&["--lang", "en", "license"]);
    cmd.assert()
        .stdout(is_match(r"\d{4}-\d{2}-\d{2} \(\d+ days left\)").unwrap());
}

#[test]
fn ghls_lang_es_writes_numbers_as_spanish_does() {
    let (mut cmd, home) = demo(&["--lang", "es", "consumed", "-o"]);
    let file = home.path().join("consumed.json");
    let out = cmd.arg(&file).assert().code(0).get_output().clone();
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(size >= 10_000, "Spanish groups from five digits: {size}");
    #[allow(clippy::cast_precision_loss)]
    let bytes = format_number(size as f64, Lang::Es, 0, 0);
    assert!(bytes.contains('.'), "{bytes}");
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Se escribieron 320 de 320 usuarios que consumen una licencia de la empresa acme"
        ),
        "{text}"
    );
    assert!(text.contains(&format!("({bytes} bytes, json)")), "{text}");
}

#[test]
fn lang_pt_br_in_the_environment_prints_portuguese() {
    let (mut cmd, _home) = demo(&["status"]);
    cmd.env("LANG", "pt_BR.UTF-8")
        .assert()
        .code(3)
        .stdout(contains(
            "Sincronização de licenças da empresa acme (precisa de atenção após 7d)",
        ))
        .stdout(contains("desatualizada: mais antiga que 7d"))
        .stdout(contains("\"Sync now\" (Sincronizar agora)"));

    let (mut cmd, _home) = demo(&["status"]);
    cmd.env("LANG", "en_US.UTF-8")
        .env("LC_MESSAGES", "pt_BR.UTF-8")
        .assert()
        .stdout(contains("Sincronização de licenças"));

    let (mut cmd, _home) = demo(&["--lang", "en", "status"]);
    cmd.env("LANG", "pt_BR.UTF-8")
        .assert()
        .stdout(contains("License sync of enterprise acme"));
}

#[test]
fn json_keeps_its_fields_and_kinds_and_says_its_message_in_the_language() {
    let (mut cmd, _home) = demo(&["--lang", "es", "--json", "status"]);
    let v = json(&cmd.assert().code(3).get_output().clone());
    let legacy = v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "legacy")
        .unwrap();
    assert_eq!(legacy["verdict"], "stale", "{legacy}");
    assert_eq!(legacy["health"], "stale", "{legacy}");
    assert_eq!(v["needs_attention"], 1);

    let (mut cmd, _home) = demo(&[
        "--json",
        "watch",
        "--instance",
        "nope",
        "--since",
        "now",
        "--lang",
        "pt-BR",
    ]);
    let v = json(&cmd.assert().code(2).get_output().clone());
    let error = &v["error"];
    assert_eq!(error["kind"], "usage", "{v}");
    assert_eq!(error["id"], "cli-unknown-instance", "{v}");
    assert_eq!(error["args"]["name"], "nope", "{v}");
    assert_eq!(
        error["message"],
        "Não há nenhuma instância do GHES `nope` nas configurações."
    );
    assert!(
        error["fix"]
            .as_str()
            .unwrap()
            .starts_with("Use uma destas: main"),
        "{v}"
    );
}

#[test]
fn help_stays_english_whatever_the_language() {
    let (mut cmd, _home) = demo(&["--lang", "es", "status", "--help"]);
    cmd.assert()
        .code(0)
        .stdout(contains("Usage:").and(contains("--max-age")))
        .stdout(contains("Example"));
    let (mut cmd, _home) = demo(&["--help"]);
    let english = stdout(&cmd.assert().code(0).get_output().clone());
    let (mut cmd, _home) = demo(&["--help"]);
    let in_pt = stdout(
        &cmd.env("LANG", "pt_BR.UTF-8")
            .assert()
            .code(0)
            .get_output()
            .clone(),
    );
    assert_eq!(in_pt, english);
}

#[test]
fn a_wrong_duration_is_explained_in_the_language_asked_for() {
    let (mut cmd, _home) = demo(&["--lang", "es", "status", "--max-age", "7"]);
    cmd.assert()
        .code(2)
        .stderr(contains("no es una duración").and(contains("7d, 36h")));
}

/// Every `"cli-…"` id the CLI's sources name exists in English (the l10n crate's test finds
/// those in `msg!`/`t!` only; table headers are named by id alone).
#[test]
fn every_message_id_ghls_names_exists() {
    fn sources(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut texts = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut texts,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    for text in &texts {
        for (at, _) in text.match_indices("\"cli-") {
            let id: String = text[at + 1..].chars().take_while(|c| *c != '"').collect();
            seen += 1;
            if !Message::new(id.clone()).exists_in(Lang::En) {
                missing.push(id);
            }
        }
    }
    assert!(seen > 100, "the ids were not found ({seen})");
    assert!(missing.is_empty(), "locales/en/cli.ftl lacks {missing:?}");
}
