//! The message files stay whole: every language has exactly English's files, messages,
//! attributes and variables; every file parses; every message id the Rust code names exists in
//! English; a translated sentence is not English's sentence left as it was.
#![allow(clippy::panic)] // a broken message file fails the test loudly, naming it

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ghls_l10n::{files, Lang};

/// A message's shape: its attributes and the variables it uses anywhere.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn variables_of_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                variables_of_inline(p, out);
            }
            for n in &arguments.named {
                variables_of_inline(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        _ => {}
    }
}

fn variables_of_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            variables_of_expression(expression, out);
        }
    }
}

fn text_of(p: &Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|el| match el {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

/// Every message of `lang`: its shape, its value's text, and whether its comment says it is
/// the same in every language.
fn messages(lang: Lang) -> BTreeMap<String, (Shape, String, bool, &'static str)> {
    let mut out = BTreeMap::new();
    for (file, source) in files(lang) {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang}/{file} does not parse: {errors:?}"),
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut variables = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables_of_pattern(v, &mut variables);
                    }
                    for a in &m.attributes {
                        variables_of_pattern(&a.value, &mut variables);
                    }
                    let shape = Shape {
                        value: m.value.is_some(),
                        attributes: m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                        variables,
                    };
                    let same = m.comment.as_ref().is_some_and(|c| {
                        c.content
                            .iter()
                            .any(|l| l.contains("Same in every language"))
                    });
                    let text = m.value.as_ref().map(text_of).unwrap_or_default();
                    let previous = out.insert(m.id.name.to_owned(), (shape, text, same, *file));
                    assert!(
                        previous.is_none(),
                        "{lang}/{file}: message {} is defined twice",
                        m.id.name
                    );
                }
                Entry::Junk { content } => panic!("{lang}/{file}: cannot parse {content:?}"),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_language_has_englishs_files_messages_and_variables() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    let en_files: Vec<&str> = files(Lang::En).iter().map(|(f, _)| *f).collect();
    for lang in [Lang::Es, Lang::PtBr] {
        let theirs: Vec<&str> = files(lang).iter().map(|(f, _)| *f).collect();
        assert_eq!(
            theirs, en_files,
            "{lang} has other message files than English"
        );
        let translated = messages(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<&String> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks {} messages of English: {missing:?}",
            missing.len()
        );
        assert!(
            extra.is_empty(),
            "{lang} has messages English does not: {extra:?}"
        );
        for (id, (shape, _, _, file)) in &english {
            let (theirs, _, _, their_file) = &translated[id];
            assert_eq!(
                theirs, shape,
                "{lang}: {id} differs from English in attributes or variables"
            );
            assert_eq!(
                their_file, file,
                "{lang}: {id} is in another file than English's"
            );
        }
    }
}

#[test]
fn no_sentence_is_left_in_english() {
    let english = messages(Lang::En);
    for lang in [Lang::Es, Lang::PtBr] {
        let translated = messages(lang);
        let left: Vec<&String> = english
            .iter()
            .filter(|(id, (_, text, same, _))| {
                let words = text
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count();
                !*same && words >= 3 && translated.get(*id).is_some_and(|(_, t, _, _)| t == text)
            })
            .map(|(id, _)| id)
            .collect();
        assert!(left.is_empty(), "{lang} leaves these as English (mark a message `# Same in every language.` if it must be): {left:?}");
    }
}

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The ids in `msg!("…"`, `t!("…"` and `Message::new("…"` of a source file.
fn ids_named_in(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in ["msg!(\"", "t!(\"", "Message::new(\""] {
        for (at, _) in source.match_indices(marker) {
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // print!(", format!(": not ours
            }
            let rest = &source[at + marker.len()..];
            let id: String = rest.chars().take_while(|c| *c != '"').collect();
            let shaped = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
            if shaped {
                ids.push(id);
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_sources(&root.join(dir), &mut sources);
    }
    assert!(
        sources.len() > 20,
        "the workspace's sources were not found under {}",
        root.display()
    );
    let english = messages(Lang::En);
    let mut unknown = Vec::new();
    for file in sources {
        if file.components().any(|c| c.as_os_str() == "target") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for id in ids_named_in(&text) {
            let message = id.split('.').next().unwrap_or_default();
            if !english.contains_key(message) {
                unknown.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "ids the code names but locales/en lacks: {unknown:#?}"
    );
}

#[test]
fn a_message_renders_with_its_arguments_and_falls_back_to_english() {
    let m = ghls_l10n::msg!("language-system", lang = "Español");
    assert_eq!(m.in_lang(Lang::En), "System language (Español)");
    assert!(m.exists_in(Lang::Es));
    let missing = ghls_l10n::Message::new(String::from("no-such-message-anywhere"));
    assert_eq!(missing.in_lang(Lang::Es), "no-such-message-anywhere");
}
