//! Every GraphQL query the client sends (`crates/github/queries/*.graphql`) is valid against
//! GitHub's published schema excerpt (`spec/github-api/ghec-graphql-enterprise-server-installations.graphql`,
//! copied unchanged from GitHub's schema), checked by a real GraphQL validator: no field,
//! argument or type GitHub does not publish can be asked for. And the check can fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::{Path, PathBuf};

use apollo_compiler::executable::{Selection, SelectionSet};
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Schema};

const SCHEMA: &str = "spec/github-api/ghec-graphql-enterprise-server-installations.graphql";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn github_schema() -> Valid<Schema> {
    let path = repo_root().join(SCHEMA);
    let sdl = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Schema::parse_and_validate(sdl, SCHEMA).unwrap_or_else(|e| panic!("{e}"))
}

fn query_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "graphql"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn validate(schema: &Valid<Schema>, name: &str, query: &str) -> Result<(), String> {
    ExecutableDocument::parse_and_validate(schema, query, name)
        .map(|_| ())
        .map_err(|e| e.errors.to_string())
}

#[test]
fn every_query_file_is_valid_against_githubs_published_schema() {
    let schema = github_schema();
    let files = query_files();
    let names: Vec<_> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "installation_cursors.graphql",
            "installations.graphql",
            "user_accounts.graphql"
        ],
        "a new query file must be listed here and compiled into the client"
    );
    for (name, query) in &files {
        if let Err(e) = validate(&schema, name, query) {
            panic!("{name} asks for something GitHub does not publish:\n{e}");
        }
    }
}

#[test]
fn a_query_asking_for_an_unpublished_field_fails_the_validation() {
    let schema = github_schema();
    let unpublished = r#"
        query($slug: String!) {
          enterprise(slug: $slug) {
            ownerInfo {
              enterpriseServerInstallations(first: 10) {
                nodes { id hostName licenseSeats }
              }
            }
          }
        }"#;
    let err = validate(&schema, "unpublished.graphql", unpublished).unwrap_err();
    assert!(err.contains("licenseSeats"), "{err}");

    let wrong_argument = r#"
        query($slug: String!) {
          enterprise(slug: $slug) {
            ownerInfo { enterpriseServerInstallations(first: 10, host: "x") { totalCount } }
          }
        }"#;
    let err = validate(&schema, "argument.graphql", wrong_argument).unwrap_err();
    assert!(err.contains("host"), "{err}");

    // And a real query file still passes once the bad field is gone: the check is not
    // simply refusing everything.
    let (name, query) = &query_files()[1];
    validate(&schema, name, query).unwrap();
}

/// GitHub's node limit (github-api.md §1.7): every connection asks for `first` (or `last`)
/// of at most 100, or GitHub refuses the whole query.
#[test]
fn every_connection_in_the_queries_asks_for_at_most_100_nodes() {
    let schema = github_schema();
    for (name, query) in query_files() {
        let doc = ExecutableDocument::parse_and_validate(&schema, query, &name).unwrap();
        let mut connections = 0;
        for op in doc.operations.iter() {
            check_connections(&name, &op.selection_set, &mut connections);
        }
        assert!(connections > 0, "{name} reads no connection");
    }
}

fn check_connections(file: &str, set: &SelectionSet, connections: &mut usize) {
    for selection in &set.selections {
        let Selection::Field(field) = selection else {
            panic!("{file}: fragments are not used by the client's queries");
        };
        if field
            .definition
            .ty
            .inner_named_type()
            .ends_with("Connection")
        {
            *connections += 1;
            let size = field
                .arguments
                .iter()
                .find(|a| a.name == "first" || a.name == "last")
                .unwrap_or_else(|| panic!("{file}: `{}` has no first or last", field.name));
            let n = size
                .value
                .to_i32()
                .unwrap_or_else(|| panic!("{file}: `{}` must give a literal size", field.name));
            assert!(
                (1..=100).contains(&n),
                "{file}: `{}` asks for {n} nodes",
                field.name
            );
        }
        check_connections(file, &field.selection_set, connections);
    }
}
