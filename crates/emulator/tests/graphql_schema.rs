//! Contract test of the emulator's GraphQL endpoint: the schema it serves (its SDL) is
//! GitHub's published excerpt (`spec/github-api/ghec-graphql-enterprise-server-installations.graphql`),
//! type by type and field by field, arguments with their types and defaults, nullability
//! and interfaces included. Both are read by a GraphQL parser, so layout, order and
//! descriptions do not matter; names, signatures and defaults do.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::collections::{BTreeMap, BTreeSet};

use async_graphql::parser::parse_schema;
use async_graphql::parser::types::{InputValueDefinition, TypeKind, TypeSystemDefinition};
use async_graphql::Positioned;

/// Fields of the excerpt the emulator deliberately does not serve, with the reason. Empty:
/// it serves the whole slice.
const NOT_SERVED: &[(&str, &str, &str)] = &[];

fn excerpt() -> String {
    let path = format!(
        "{}/../../spec/github-api/ghec-graphql-enterprise-server-installations.graphql",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

/// A type as far as a client can tell: its kind and what it has, each written out.
#[derive(Debug, PartialEq, Eq)]
enum Shape {
    Scalar,
    Object {
        implements: BTreeSet<String>,
        fields: BTreeMap<String, String>,
    },
    Interface {
        fields: BTreeMap<String, String>,
    },
    Enum(BTreeSet<String>),
    Input(BTreeMap<String, String>),
    Union(BTreeSet<String>),
}

/// `name: Type = default`, with a default value written in one canonical way (object
/// fields sorted), so `{field: HOST_NAME, direction: ASC}` reads the same in any order.
fn input_value(v: &Positioned<InputValueDefinition>) -> String {
    let v = &v.node;
    let default = v
        .default_value
        .as_ref()
        .map(|d| format!(" = {}", canonical(&d.node)))
        .unwrap_or_default();
    format!("{}{default}", v.ty.node)
}

fn canonical(v: &async_graphql::Value) -> String {
    match v {
        async_graphql::Value::Object(map) => {
            let sorted: BTreeMap<String, String> = map
                .iter()
                .map(|(k, v)| (k.to_string(), canonical(v)))
                .collect();
            let parts: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("{{{}}}", parts.join(", "))
        }
        other => other.to_string(),
    }
}

fn fields_of(
    fields: &[Positioned<async_graphql::parser::types::FieldDefinition>],
) -> BTreeMap<String, String> {
    fields
        .iter()
        .map(|f| {
            let f = &f.node;
            let mut args: Vec<String> = f
                .arguments
                .iter()
                .map(|a| format!("{}: {}", a.node.name.node, input_value(a)))
                .collect();
            args.sort();
            let args = if args.is_empty() {
                String::new()
            } else {
                format!("({})", args.join(", "))
            };
            (f.name.node.to_string(), format!("{args}: {}", f.ty.node))
        })
        .collect()
}

/// Every type a schema text defines, by name.
fn shapes(sdl: &str) -> BTreeMap<String, Shape> {
    let doc = parse_schema(sdl).unwrap_or_else(|e| panic!("not a GraphQL schema: {e}\n{sdl}"));
    let mut out = BTreeMap::new();
    for def in doc.definitions {
        let TypeSystemDefinition::Type(t) = def else {
            continue;
        };
        let t = t.node;
        let names = |list: &[Positioned<async_graphql::Name>]| -> BTreeSet<String> {
            list.iter().map(|n| n.node.to_string()).collect()
        };
        let shape = match &t.kind {
            TypeKind::Scalar => Shape::Scalar,
            TypeKind::Object(o) => Shape::Object {
                implements: names(&o.implements),
                fields: fields_of(&o.fields),
            },
            TypeKind::Interface(i) => Shape::Interface {
                fields: fields_of(&i.fields),
            },
            TypeKind::Enum(e) => Shape::Enum(
                e.values
                    .iter()
                    .map(|v| v.node.value.node.to_string())
                    .collect(),
            ),
            TypeKind::InputObject(i) => Shape::Input(
                i.fields
                    .iter()
                    .map(|f| (f.node.name.node.to_string(), input_value(f)))
                    .collect(),
            ),
            TypeKind::Union(u) => Shape::Union(names(&u.members)),
        };
        out.insert(t.name.node.to_string(), shape);
    }
    out
}

/// What differs between GitHub's excerpt and the emulator's schema, one line each.
fn differences(github: &str, emulator: &str) -> Vec<String> {
    let github = shapes(github);
    let emulator = shapes(emulator);
    let mut out = Vec::new();
    for (name, served) in &emulator {
        match github.get(name) {
            None => out.push(format!("{name}: served, but not in GitHub's excerpt")),
            Some(published) if published == served => {}
            Some(published) => out.extend(shape_differences(name, published, served)),
        }
    }
    for name in github.keys() {
        if !emulator.contains_key(name) {
            out.push(format!("{name}: in GitHub's excerpt, not served"));
        }
    }
    out
}

fn shape_differences(name: &str, published: &Shape, served: &Shape) -> Vec<String> {
    let field_maps = |s: &Shape| match s {
        Shape::Object { fields, .. } | Shape::Interface { fields } => Some(fields.clone()),
        Shape::Input(fields) => Some(fields.clone()),
        _ => None,
    };
    let mut out = Vec::new();
    if let (Shape::Object { implements: a, .. }, Shape::Object { implements: b, .. }) =
        (published, served)
    {
        if a != b {
            out.push(format!("{name}: implements {a:?} on GitHub, {b:?} served"));
        }
    }
    match (field_maps(published), field_maps(served)) {
        (Some(a), Some(b)) => {
            for (field, sig) in &b {
                match a.get(field) {
                    None => out.push(format!("{name}.{field}: served, not in GitHub's excerpt")),
                    Some(p) if p != sig => {
                        out.push(format!("{name}.{field}: GitHub `{p}`, served `{sig}`"))
                    }
                    Some(_) => {}
                }
            }
            for field in a.keys() {
                let excused = NOT_SERVED.iter().any(|(t, f, _)| *t == name && f == field);
                if !b.contains_key(field) && !excused {
                    out.push(format!("{name}.{field}: in GitHub's excerpt, not served"));
                }
            }
        }
        _ => out.push(format!(
            "{name}: GitHub has {published:?}, served {served:?}"
        )),
    }
    out
}

#[test]
fn the_emulators_schema_is_githubs_excerpt_type_by_type_field_by_field() {
    let served = ghls_emulator::graphql_sdl();
    let diff = differences(&excerpt(), &served);
    assert!(
        diff.is_empty(),
        "the emulator's GraphQL schema differs from GitHub's excerpt:\n{}\n\nserved SDL:\n{served}",
        diff.join("\n")
    );
    // The comparison saw the whole slice, not an empty parse.
    let types = shapes(&served);
    assert!(types.len() >= 25, "{}", types.len());
    let Some(Shape::Object { fields, .. }) = types.get("EnterpriseServerInstallation") else {
        panic!("no EnterpriseServerInstallation");
    };
    assert_eq!(
        fields["userAccounts"],
        "(after: String, before: String, first: Int, last: Int, orderBy: EnterpriseServerUserAccountOrder = {direction: ASC, field: LOGIN}): EnterpriseServerUserAccountConnection!"
    );
}

#[test]
fn the_comparison_catches_a_changed_nullability_default_or_field() {
    let github = excerpt();
    let emulator = ghls_emulator::graphql_sdl();
    let variants = [
        // GitHub's profile name may be null; a server answering non-null differs.
        (
            "  profileName: String\n",
            "  profileName: String!\n",
            "EnterpriseServerUserAccount.profileName",
        ),
        // Another default order.
        (
            "= {field: CREATED_AT, direction: DESC}",
            "= {field: CREATED_AT, direction: ASC}",
            "EnterpriseServerInstallation.userAccountsUploads",
        ),
        // A field GitHub does not have.
        (
            "  isPrimary: Boolean!\n",
            "  isPrimary: Boolean!\n  verified: Boolean!\n",
            "EnterpriseServerUserAccountEmail.verified",
        ),
    ];
    for (from, to, expected) in variants {
        assert!(github.contains(from), "{from}");
        let changed = github.replacen(from, to, 1);
        let diff = differences(&changed, &emulator);
        assert!(
            diff.iter().any(|d| d.starts_with(expected)),
            "{expected} not reported: {diff:?}"
        );
    }
}
