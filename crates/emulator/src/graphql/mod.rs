//! GHEC's GraphQL API (`POST /ghec/api/graphql`, standing for `https://api.github.com/graphql`
//! and `https://api.SUBDOMAIN.ghe.com/graphql`), for the slice the app reads: an
//! enterprise's Enterprise Server installations, their user accounts as license sync
//! uploaded them, and each upload's sync state (github-api.md §1.7).
//!
//! A real GraphQL engine (async-graphql) parses, validates and executes the queries, with
//! GitHub's types from the published schema (`schema.rs`), so a client asking for a field
//! GitHub does not have gets the validation error GitHub would give. The data is the same
//! world the REST API and the web pages change: an upload on "Add server usage" or a Sync
//! now adds an upload node, PENDING until its processing ends.
//!
//! The answers follow GitHub's conventions: a missing or unknown token is HTTP 401 with the
//! REST-style JSON message; what a token may not see, or an enterprise that does not exist,
//! is HTTP 200 with `null` in `data` and an `errors` entry carrying GitHub's `type`
//! (`NOT_FOUND`, `FORBIDDEN`, `INSUFFICIENT_SCOPES`, `EXCESSIVE_PAGINATION`, …) at the top
//! level of the error, beside `path`, `locations` and `message`. Rate-limit headers say
//! `x-ratelimit-resource: graphql` (the REST layer in `server.rs` adds them, and applies
//! queued faults to this route as to any GHEC request).

mod page;
mod schema;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use async_graphql::{EmptyMutation, EmptySubscription, Schema};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;

use crate::server::{bearer, github_error};
use crate::state::{lock, read, Shared};
use crate::tokens::GhecToken;
use crate::world::World;
pub(crate) use schema::AccountOrderField;

type EmulatorSchema = Schema<schema::QueryRoot, EmptyMutation, EmptySubscription>;

const DOC_GRAPHQL: &str = "https://docs.github.com/graphql";
const DOC_GRAPHQL_AUTH: &str =
    "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql";

/// The largest request body read: a query with its variables, never a file.
pub(crate) const BODY_LIMIT: usize = 1024 * 1024;

/// Who is asking, for the resolvers.
pub(crate) struct Caller {
    pub(crate) shared: Arc<Shared>,
    pub(crate) token: GhecToken,
}

/// What the GraphQL side keeps beside the world: each instance's accounts sorted once per
/// sync for each order, so paging through 300,000 accounts costs a binary search a page,
/// not a sort.
#[derive(Debug, Default)]
pub(crate) struct GraphqlState {
    orders: Mutex<HashMap<(String, AccountOrderField), CachedOrder>>,
}

#[derive(Debug)]
struct CachedOrder {
    revision: u64,
    len: usize,
    order: Arc<Vec<u32>>,
}

impl GraphqlState {
    /// Positions in `synced_users` of instance `index`, ascending by `field`.
    fn account_order(
        &self,
        world: &World,
        index: usize,
        field: AccountOrderField,
    ) -> Arc<Vec<u32>> {
        let Some(inst) = world.instances.get(index) else {
            return Arc::new(Vec::new());
        };
        let users = &inst.synced_users;
        let key = (inst.server_id.clone(), field);
        let mut orders = lock(&self.orders);
        if let Some(c) = orders.get(&key) {
            if c.revision == world.revision && c.len == users.len() {
                return c.order.clone();
            }
        }
        let mut order: Vec<u32> = (0..users.len())
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        order.sort_by_cached_key(|&i| users.get(i as usize).map(|u| schema::account_key(u, field)));
        let order = Arc::new(order);
        orders.insert(
            key,
            CachedOrder {
                revision: world.revision,
                len: users.len(),
                order: order.clone(),
            },
        );
        order
    }
}

fn build_schema() -> EmulatorSchema {
    Schema::build(schema::QueryRoot, EmptyMutation, EmptySubscription)
        // `Node` is only ever implemented here (GitHub's `node(id:)` is not in the slice), so
        // it has to be registered by hand to appear in the schema.
        .register_output_type::<schema::Node>()
        .finish()
}

fn the_schema() -> &'static EmulatorSchema {
    static SCHEMA: OnceLock<EmulatorSchema> = OnceLock::new();
    SCHEMA.get_or_init(build_schema)
}

/// The schema the emulator serves, as GraphQL SDL (compared with GitHub's excerpt by
/// `tests/graphql_schema.rs`).
pub fn sdl() -> String {
    the_schema().sdl()
}

/// `POST /ghec/api/graphql`.
pub(crate) async fn handler(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(token) = bearer(&headers) else {
        return github_error(
            StatusCode::UNAUTHORIZED,
            "This endpoint requires you to be authenticated.",
            DOC_GRAPHQL_AUTH,
        );
    };
    let Some(kind) = GhecToken::of(&read(&s.world).enterprise, token) else {
        return github_error(StatusCode::UNAUTHORIZED, "Bad credentials", DOC_GRAPHQL);
    };
    let request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(_) => {
            return github_error(
                StatusCode::BAD_REQUEST,
                "Problems parsing JSON",
                DOC_GRAPHQL,
            )
        }
    };
    let caller = Caller {
        shared: s.clone(),
        token: kind,
    };
    let mut response = the_schema().execute(request.data(caller)).await;
    null_where_fields_failed(&mut response);
    json_text_response(&response)
}

/// The fields of the slice that are non-null (`!`) and can fail: their error makes their
/// parent `null`, which in this slice is always nullable (an `ownerInfo`, or an item of a
/// `nodes`/`edges` list).
const NON_NULL_FALLIBLE: &[&str] = &[
    "enterpriseServerInstallations",
    "userAccounts",
    "userAccountsUploads",
    "emails",
    "enterpriseServerInstallation",
];

/// GraphQL (and GitHub) answer a field that failed with `null` where it was asked, or on
/// its parent when the field is non-null; async-graphql leaves such fields out instead, so
/// they are put back as `null` along each error's path.
fn null_where_fields_failed(response: &mut async_graphql::Response) {
    use async_graphql::PathSegment;
    for error in &response.errors {
        let mut path = error.path.clone();
        if matches!(path.last(), Some(PathSegment::Field(f)) if NON_NULL_FALLIBLE.contains(&f.as_str()))
        {
            path.pop();
        }
        if !path.is_empty() {
            set_null(&mut response.data, &path);
        }
    }
}

fn set_null(at: &mut async_graphql::Value, path: &[async_graphql::PathSegment]) {
    use async_graphql::{Name, PathSegment, Value as GqlValue};
    match path {
        [] => *at = GqlValue::Null,
        [PathSegment::Field(f), rest @ ..] => {
            if !matches!(at, GqlValue::Object(_)) {
                *at = GqlValue::Object(Default::default());
            }
            if let GqlValue::Object(map) = at {
                set_null(map.entry(Name::new(f)).or_insert(GqlValue::Null), rest);
            }
        }
        [PathSegment::Index(i), rest @ ..] => {
            if let GqlValue::List(items) = at {
                if let Some(item) = items.get_mut(*i) {
                    set_null(item, rest);
                }
            }
        }
    }
}

/// The response as GitHub writes it: `data` with its fields in the order the query asked
/// for them (a `serde_json::Value` would sort them), and `errors` in GitHub's shape. A
/// request that could not run at all (a parse or validation error) has no `data`.
fn json_text_response(response: &async_graphql::Response) -> Response {
    let mut errors = serde_json::to_value(&response.errors).unwrap_or(Value::Null);
    if let Some(list) = errors.as_array_mut() {
        list.iter_mut().for_each(github_error_shape);
    }
    let data = serde_json::to_string(&response.data).unwrap_or_else(|_| "null".to_owned());
    let has_errors = !response.errors.is_empty();
    let body = match (has_errors, response.data == async_graphql::Value::Null) {
        (false, _) => format!("{{\"data\":{data}}}"),
        (true, true) => format!("{{\"errors\":{errors}}}"),
        (true, false) => format!("{{\"data\":{data},\"errors\":{errors}}}"),
    };
    let mut r = Response::new(axum::body::Body::from(body));
    r.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    r
}

/// GitHub writes an error's `type` beside its `message`, not under `extensions`.
fn github_error_shape(error: &mut Value) {
    {
        let Some(obj) = error.as_object_mut() else {
            return;
        };
        let kind = obj
            .get_mut("extensions")
            .and_then(Value::as_object_mut)
            .and_then(|ext| ext.remove("type"));
        if let Some(kind) = kind {
            obj.insert("type".to_owned(), kind);
        }
        if obj
            .get("extensions")
            .and_then(Value::as_object)
            .is_some_and(serde_json::Map::is_empty)
        {
            obj.remove("extensions");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_type_moves_out_of_extensions_to_where_github_writes_it() {
        let mut v = serde_json::json!(
            {"message": "m", "path": ["enterprise"], "extensions": {"type": "NOT_FOUND"}}
        );
        github_error_shape(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"message": "m", "path": ["enterprise"], "type": "NOT_FOUND"})
        );
    }
}
