//! The license-usage recogniser against a corpus of real-world shapes and wrong files
//! (`tests/fixtures/usage/`, verdicts in `expected.json`), and against mutated and random
//! bytes. The official GitHub examples in the corpus come from `shared/github-api/`; the
//! export shapes are the variants github-api.md §2 leaves open, with placeholder values.

// clippy.toml's allow-*-in-tests covers `#[test]` functions only, not the helpers and
// statics below, which are test code all the same.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::LazyLock;

use ghls_domain::{recognise, Refusal, UsageExport};
use proptest::prelude::*;
use serde_json::Value;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/usage")
}

/// Every corpus file with its expected verdict, read once.
static CORPUS: LazyLock<Vec<(String, Vec<u8>, Value)>> = LazyLock::new(|| {
    let dir = corpus_dir();
    let manifest: BTreeMap<String, Value> =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
    manifest
        .into_iter()
        .map(|(name, want)| {
            let bytes = std::fs::read(dir.join(&name))
                .unwrap_or_else(|e| panic!("{name} is in expected.json but unreadable: {e}"));
            (name, bytes, want)
        })
        .collect()
});

/// The corpus files that are valid exports.
static EXPORTS: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| {
    CORPUS
        .iter()
        .filter(|(_, _, want)| want["verdict"] == "export")
        .map(|(name, bytes, _)| (name.clone(), bytes.clone()))
        .collect()
});

/// The kind a refusal serialises with: what the UI switches on.
fn kind_of(refusal: &Refusal) -> String {
    let json = serde_json::to_value(refusal).unwrap();
    assert!(
        json["message"].is_string() && json["fix"].is_string(),
        "{json}"
    );
    json["kind"].as_str().unwrap().to_owned()
}

fn check_export(name: &str, got: &UsageExport, want: &Value, bytes: &[u8]) {
    for field in ["host_name", "server_id", "version"] {
        let got = serde_json::to_value(got).unwrap()[field].clone();
        assert_eq!(got, want[field], "{name}: {field}");
    }
    let got_json = serde_json::to_value(got).unwrap();
    for (field, want) in want.as_object().unwrap() {
        match field.as_str() {
            "verdict" | "host_name" | "server_id" | "version" => {}
            "features" => assert_eq!(
                Some(got.features.len() as u64),
                want.as_u64(),
                "{name}: features {:?}",
                got.features
            ),
            other => assert_eq!(&got_json[other], want, "{name}: {other}"),
        }
    }
    assert_eq!(got.file_size, bytes.len() as u64, "{name}");
    assert_eq!(got.sha256.len(), 64, "{name}");
    assert!(
        got.payload_bytes > 0 && got.payload_bytes.is_multiple_of(4),
        "{name}"
    );
}

#[test]
fn every_file_in_the_corpus_gets_its_expected_verdict() {
    let listed: BTreeSet<_> = CORPUS.iter().map(|(n, _, _)| n.clone()).collect();
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            name == "expected.json" || listed.contains(&name),
            "{name} has no verdict in expected.json"
        );
    }
    assert!(
        CORPUS.len() >= 25,
        "the corpus has only {} files",
        CORPUS.len()
    );

    let mut refusals = vec![
        Refusal::directory(),
        Refusal::unreadable("permission denied"),
        Refusal::too_large(300 * 1024 * 1024),
    ];
    for (name, bytes, want) in CORPUS.iter() {
        match (recognise(bytes, name), want["verdict"].as_str()) {
            (Ok(export), Some("export")) => check_export(name, &export, want, bytes),
            (Err(refusal), Some("refused")) => {
                assert_eq!(kind_of(&refusal), want["kind"], "{name}: {refusal}");
                refusals.push(refusal);
            }
            (got, _) => panic!("{name}: expected {want}, got {got:?}"),
        }
    }

    // Every kind is worded, and no two kinds share a message or a fix: the admin must be
    // able to tell from the words alone what the file was.
    let mut words_by_kind: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    for r in &refusals {
        assert!(
            !r.message().trim().is_empty() && !r.fix().trim().is_empty(),
            "{r:?}"
        );
        words_by_kind
            .entry(kind_of(r))
            .or_default()
            .insert((r.message().to_owned(), r.fix().to_owned()));
    }
    let kinds: Vec<_> = words_by_kind.keys().cloned().collect();
    assert_eq!(
        kinds,
        [
            "consumed_licenses_json",
            "directory",
            "empty",
            "empty_users",
            "ghec_csv",
            "ghl_license",
            "missing_metadata",
            "no_users",
            "not_an_object",
            "not_json",
            "not_text",
            "other_json",
            "sync_status_json",
            "too_large",
            "truncated",
            "unreadable",
            "users_not_base64",
            "utf16",
        ],
        "the corpus should exercise every refusal"
    );
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for (kind, words) in &words_by_kind {
        for (message, fix) in words {
            for text in [message.as_str(), fix.as_str()] {
                if let Some(other) = owner.insert(text, kind) {
                    assert_eq!(other, kind, "{kind} and {other} share the words {text:?}");
                }
            }
        }
    }
}

#[test]
fn a_ghl_license_file_is_refused_with_a_pointer_to_upload_a_new_license() {
    for name in [
        "license-gzip.ghl",
        "license-pgp-armoured.ghl",
        "license-binary.ghl",
    ] {
        let bytes = std::fs::read(corpus_dir().join(name)).unwrap();
        let refusal = recognise(&bytes, name).unwrap_err();
        assert!(refusal.message().contains(".ghl"), "{name}");
        assert!(refusal.fix().contains("Upload a new license"), "{name}");
        assert!(refusal.fix().contains("Export license usage"), "{name}");
    }
}

#[test]
fn a_ghl_is_recognised_by_content_whatever_its_name() {
    let bytes = std::fs::read(corpus_dir().join("license-gzip.ghl")).unwrap();
    assert_eq!(
        kind_of(&recognise(&bytes, "usage.json").unwrap_err()),
        "ghl_license"
    );
    // Random binary that only the name identifies is plain binary under another name.
    let bytes = std::fs::read(corpus_dir().join("license-binary.ghl")).unwrap();
    assert_eq!(
        kind_of(&recognise(&bytes, "usage.json").unwrap_err()),
        "not_text"
    );
}

#[test]
fn a_refusal_reaches_the_ui_as_one_flat_object_with_its_kind() {
    let r = recognise(b"", "usage.json").unwrap_err();
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        serde_json::json!({
            "kind": "empty",
            "blank": false,
            "message": r.message(),
            "fix": r.fix(),
        })
    );
}

/// Bytes that look like JSON: enough structure to reach the deeper branches.
fn json_soup() -> impl Strategy<Value = Vec<u8>> {
    let token = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        "\"instance\"",
        "\"server_id\"",
        "\"serverId\"",
        "\"host_name\"",
        "\"version\"",
        "\"users\"",
        "\"features\"",
        "\"http_only\"",
        "\"license\"",
        "\"public_key\"",
        "\"name\"",
        "\"enabled_at\"",
        "\"enabled\"",
        "\"server_instances\"",
        "\"total_seats_consumed\"",
        "\"github_com_login\"",
        "\"QUJD\"",
        "\"QUI=\"",
        "\"Q\\nUJD\"",
        "\"\\u003d\"",
        "\"\\/\"",
        "\"True\"",
        "\"3.14.2\"",
        "true",
        "false",
        "null",
        "0",
        "1",
        "3.15",
        "-1e999",
        " ",
        "\n",
        "\\",
        "é",
        "\u{feff}",
    ]);
    prop::collection::vec(token, 0..64).prop_map(|t| t.concat().into_bytes())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        name in prop::sample::select(vec!["usage.json", "license.ghl", "report.csv", ""]),
    ) {
        let _ = recognise(&bytes, name);
    }

    #[test]
    fn json_like_bytes_never_panic(bytes in json_soup()) {
        let _ = recognise(&bytes, "usage.json");
    }

    #[test]
    fn a_truncated_export_is_always_refused(
        pick in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let (name, bytes) = pick.get(&EXPORTS);
        let at = cut.index(bytes.len());
        let (kept, lost) = bytes.split_at(at);
        // Cutting only the final newline leaves the export whole.
        prop_assume!(!lost.iter().all(u8::is_ascii_whitespace));
        prop_assert!(recognise(kept, name).is_err(), "{} cut at {} was accepted", name, at);
    }

    #[test]
    fn an_export_with_flipped_bytes_never_panics(
        pick in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..8),
    ) {
        let (name, bytes) = pick.get(&EXPORTS);
        let mut bytes = bytes.clone();
        for (at, mask) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= mask;
        }
        if let Ok(export) = recognise(&bytes, name) {
            prop_assert!(!export.host_name.is_empty() && !export.server_id.is_empty());
            prop_assert!(export.payload_bytes.is_multiple_of(4));
        }
    }
}
