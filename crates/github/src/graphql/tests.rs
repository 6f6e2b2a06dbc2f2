//! GraphQL answers in the shapes GitHub documents and is seen to send (the schema excerpt's
//! types; `errors` entries with `type`, `path`, `locations`, `message`; validation errors
//! with `extensions.code`), decoded and classified without a network.

use std::time::Duration;

use time::OffsetDateTime;
use url::Url;

use super::installations::take_page;
use super::model::{ServerInstallations, ServerUserAccount, SyncState};
use super::read_answer;
use super::wire::{Connection, Data, WireAccountsInstallation, WireInstallation};
use crate::error::{Endpoint, Error, RateLimit};
use crate::http::{RawReply, ReplyMeta};
use crate::link::Links;

fn endpoint() -> Endpoint {
    Endpoint::GhecGraphql {
        enterprise: "acme".into(),
        what: "Enterprise Server installations".into(),
    }
}

fn reply(
    body: &str,
    remaining: Option<u64>,
    scopes: Option<&[&str]>,
    sso: Option<&str>,
) -> RawReply {
    RawReply {
        meta: ReplyMeta {
            status: 200,
            url: Url::parse("https://api.github.com/graphql").unwrap(),
            enterprise_version: None,
            rate_limit: RateLimit {
                limit: Some(5000),
                remaining,
                used: remaining.map(|r| 5000 - r),
                reset_at: Some(OffsetDateTime::now_utc() + time::Duration::seconds(120)),
                resource: Some("graphql".into()),
                retry_after: None,
            },
            oauth_scopes: scopes.map(|s| s.iter().map(|x| (*x).to_owned()).collect()),
            links: Links::default(),
            elapsed: Duration::ZERO,
        },
        sso: sso.map(str::to_owned),
        body: body.as_bytes().to_vec(),
    }
}

/// The installations of one answer, or its error.
fn installations(body: &str) -> Result<ServerInstallations, Error> {
    installations_with(reply(body, Some(4000), None, None))
}

fn installations_with(reply: RawReply) -> Result<ServerInstallations, Error> {
    let answer = read_answer::<Data<Connection<WireInstallation>>>(&endpoint(), reply)?;
    let (page, missing) = answer.installations(&endpoint())?;
    let mut out = ServerInstallations::default();
    take_page(&mut out, page, missing);
    Ok(out)
}

/// The read of `body` fails as `kind`, keeping GitHub's `message` verbatim, with a fix
/// that says each of `fix_words`.
fn refusal(body: &str, kind: &str, message: &str, fix_words: &[&str]) -> Error {
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), kind);
    assert_eq!(
        err.github_message().unwrap().message.as_deref(),
        Some(message)
    );
    let fix = err.fix();
    for w in fix_words {
        assert!(fix.contains(w), "{w}: {fix}");
    }
    err
}

const PAGE: &str = r#"{
  "data": {
    "enterprise": {
      "ownerInfo": {
        "enterpriseServerInstallations": {
          "totalCount": 2,
          "pageInfo": { "hasNextPage": false, "endCursor": "Y3Vyc29yOnYyOpHOAAH1gQ==" },
          "nodes": [
            {
              "id": "MDI3OkVudGVycHJpc2VTZXJ2ZXJJbnN0YWxsYXRpb24x",
              "hostName": "github.acme.example",
              "customerName": "Acme Corp",
              "isConnected": true,
              "createdAt": "2024-03-01T09:00:00Z",
              "updatedAt": "2026-11-30T17:45:12Z",
              "userAccountsUploads": {
                "totalCount": 14,
                "nodes": [
                  { "id": "U_2", "name": "enterprise-license-usage-2026-11-30.json", "syncState": "PENDING",
                    "createdAt": "2026-11-30T17:45:12Z", "updatedAt": "2026-11-30T17:45:12Z" },
                  { "id": "U_1", "name": "enterprise-license-usage-2026-11-01.json", "syncState": "SUCCESS",
                    "createdAt": "2026-11-01T08:00:00Z", "updatedAt": "2026-11-01T08:02:31Z" }
                ]
              }
            },
            {
              "id": "MDI3OkVudGVycHJpc2VTZXJ2ZXJJbnN0YWxsYXRpb24y",
              "hostName": "legacy.acme.example",
              "customerName": "Acme Corp",
              "isConnected": false,
              "createdAt": "2019-06-12T00:00:00Z",
              "updatedAt": "2026-01-15T10:00:00Z",
              "userAccountsUploads": { "totalCount": 0, "nodes": [] }
            }
          ]
        }
      }
    }
  }
}"#;

#[test]
fn a_complete_page_of_installations_decodes_with_newest_uploads_first() {
    let all = installations(PAGE).unwrap();
    assert!(all.is_complete(), "{:?}", all.missing);
    assert_eq!(all.total_count, Some(2));
    let main = all.by_host("GITHUB.acme.example").unwrap();
    assert_eq!(main.is_connected, Some(true));
    assert_eq!(main.customer_name.as_deref(), Some("Acme Corp"));
    assert_eq!(main.uploads_total, Some(14));
    let newest = main.newest_upload().unwrap();
    assert_eq!(
        newest.name.as_deref(),
        Some("enterprise-license-usage-2026-11-30.json")
    );
    assert_eq!(newest.sync_state, Some(SyncState::Pending));
    assert!(newest.created_at.as_ref().unwrap().at.is_some());
    let legacy = all.by_host("legacy.acme.example").unwrap();
    assert_eq!(legacy.is_connected, Some(false));
    assert_eq!(
        legacy.uploads.as_deref(),
        Some(&[][..]),
        "none, not unknown"
    );
}

#[test]
fn odd_values_are_read_leniently_and_an_unreadable_date_keeps_its_text() {
    let body = PAGE
        .replace(
            r#""isConnected": true"#,
            r#""isConnected": "true", "somethingNew": {"a": 1}"#,
        )
        .replace(
            r#""createdAt": "2024-03-01T09:00:00Z""#,
            r#""createdAt": "last spring""#,
        )
        .replace(r#""syncState": "SUCCESS""#, r#""syncState": "SUPERSEDED""#)
        .replace(
            r#""customerName": "Acme Corp","#,
            r#""customerName": null,"#,
        );
    let all = installations(&body).unwrap();
    let main = &all.installations[0];
    assert_eq!(main.is_connected, Some(true));
    let created = main.created_at.as_ref().unwrap();
    assert_eq!(created.raw, "last spring");
    assert_eq!(created.at, None);
    assert_eq!(main.customer_name, None);
    assert_eq!(
        main.uploads.as_ref().unwrap()[1].sync_state,
        Some(SyncState::Other("SUPERSEDED".into()))
    );
}

#[test]
fn a_value_of_the_wrong_shape_is_a_decode_error_naming_its_path() {
    let body = PAGE.replace(r#""isConnected": false"#, r#""isConnected": {"yes": 1}"#);
    let err = installations(&body).unwrap_err();
    assert_eq!(err.kind(), "decode");
    let Error::Decode { path, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        path,
        "data.enterprise.ownerInfo.enterpriseServerInstallations.nodes[1].isConnected"
    );
}

#[test]
fn a_wrong_slug_is_not_found_with_githubs_words_and_the_slug_or_owner_fix() {
    let body = r#"{"data":{"enterprise":null},"errors":[{"type":"NOT_FOUND","path":["enterprise"],
        "locations":[{"line":2,"column":3}],
        "message":"Could not resolve to an Enterprise with the slug of 'acme'."}]}"#;
    let err = refusal(
        body,
        "not_found",
        "Could not resolve to an Enterprise with the slug of 'acme'.",
        &["slug is wrong", "not an owner"],
    );
    assert!(err.to_string().contains("GraphQL"), "{err}");
}

#[test]
fn a_not_found_for_a_token_without_read_enterprise_says_to_add_it() {
    let body = r#"{"data":{"enterprise":null},"errors":[{"type":"NOT_FOUND","path":["enterprise"],"message":"Could not resolve to an Enterprise with the slug of 'acme'."}]}"#;
    let err = installations_with(reply(body, Some(4000), Some(&["repo"]), None)).unwrap_err();
    assert!(
        err.fix().contains("scopes (repo) lack read:enterprise"),
        "{}",
        err.fix()
    );
}

#[test]
fn a_non_owner_is_forbidden_with_the_owner_and_read_enterprise_advice() {
    let body = r#"{"data":{"enterprise":{"ownerInfo":null}},"errors":[{"type":"FORBIDDEN","path":["enterprise","ownerInfo"],
        "locations":[{"line":3,"column":5}],"message":"mona does not have permission to view owner info of this enterprise."}]}"#;
    refusal(
        body,
        "forbidden",
        "mona does not have permission to view owner info of this enterprise.",
        &["owner", "read:enterprise"],
    );
}

#[test]
fn a_token_without_the_scope_is_forbidden_too() {
    let body = r#"{"errors":[{"type":"INSUFFICIENT_SCOPES","locations":[{"line":3,"column":5}],
        "message":"Your token has not been granted the required scopes to execute this query. The 'ownerInfo' field requires one of the following scopes: ['read:enterprise'], but your token has only been granted the: ['repo'] scopes."}]}"#;
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), "forbidden");
    assert!(err.to_string().contains("['read:enterprise']"), "{err}");
}

#[test]
fn an_owner_info_withheld_without_an_error_is_read_as_forbidden() {
    let err = installations(r#"{"data":{"enterprise":{"ownerInfo":null}}}"#).unwrap_err();
    assert_eq!(err.kind(), "forbidden");
}

#[test]
fn saml_enforcement_is_sso_required_with_or_without_the_header() {
    let body = r#"{"data":{"enterprise":null},"errors":[{"type":"FORBIDDEN","path":["enterprise"],
        "message":"Resource protected by enterprise SAML enforcement. You must grant your Personal Access token access to this enterprise."}]}"#;
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), "sso_required");
    let header = "required; url=https://github.com/enterprises/acme/sso?authorization_request=A1";
    let err = installations_with(reply(body, Some(4000), None, Some(header))).unwrap_err();
    assert_eq!(err.kind(), "sso_required");
    assert!(
        err.fix()
            .contains("https://github.com/enterprises/acme/sso?authorization_request=A1"),
        "{}",
        err.fix()
    );
}

#[test]
fn a_primary_rate_limit_with_http_200_is_rate_limited_with_the_reset() {
    let body = r#"{"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded for user ID 1234."}]}"#;
    let err = installations_with(reply(body, Some(0), None, None)).unwrap_err();
    assert_eq!(err.kind(), "rate_limited");
    let Error::RateLimited { status, limit, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 200);
    assert_eq!(limit.resource.as_deref(), Some("graphql"));
    assert!((100..=120).contains(&limit.wait_seconds(OffsetDateTime::now_utc())));
    assert!(err.fix().contains("GraphQL points"), "{}", err.fix());
}

#[test]
fn a_secondary_rate_limit_message_with_http_200_is_rate_limited() {
    let body = r#"{"data":null,"errors":[{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}]}"#;
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), "rate_limited");
}

#[test]
fn a_query_github_refuses_is_a_graphql_error_with_its_words_verbatim() {
    let body = r#"{"errors":[{"path":["query","enterprise","ownerInfo","licenseSeats"],
        "extensions":{"code":"undefinedField","typeName":"EnterpriseOwnerInfo","fieldName":"licenseSeats"},
        "locations":[{"line":1,"column":40}],
        "message":"Field 'licenseSeats' doesn't exist on type 'EnterpriseOwnerInfo'"}]}"#;
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), "graphql");
    assert!(
        err.to_string()
            .contains("\"Field 'licenseSeats' doesn't exist on type 'EnterpriseOwnerInfo'\""),
        "{err}"
    );
    let Error::Graphql { errors, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(errors[0].code.as_deref(), Some("undefinedField"));
    assert_eq!(
        errors[0].path.as_deref(),
        Some("query.enterprise.ownerInfo.licenseSeats")
    );
    assert!(err.fix().contains("update the app"), "{}", err.fix());
}

#[test]
fn partial_data_is_returned_with_its_missing_parts_named_never_as_complete() {
    let body = PAGE
        .replace(
            r#""userAccountsUploads": { "totalCount": 0, "nodes": [] }"#,
            r#""userAccountsUploads": null"#,
        )
        .replace(
            "\n  }\n}",
            r#"},
  "errors": [{"type": "SERVICE_UNAVAILABLE",
              "path": ["enterprise", "ownerInfo", "enterpriseServerInstallations", "nodes", 1, "userAccountsUploads"],
              "message": "Something went wrong while executing your query. This may be the result of a timeout."}]
}"#,
        );
    let all = installations(&body).unwrap();
    assert!(!all.is_complete());
    assert_eq!(all.installations.len(), 2, "the rest is kept");
    let legacy = all.by_host("legacy.acme.example").unwrap();
    assert_eq!(legacy.uploads, None, "unknown, not empty");
    assert_eq!(all.missing.len(), 1, "{:?}", all.missing);
    let gap = &all.missing[0];
    assert_eq!(
        gap.path,
        "enterprise.ownerInfo.enterpriseServerInstallations.nodes.1.userAccountsUploads"
    );
    assert_eq!(gap.error_type.as_deref(), Some("SERVICE_UNAVAILABLE"));
    assert!(gap.from_github);
}

#[test]
fn a_null_node_without_an_error_is_still_reported_missing() {
    let body = PAGE.replacen(
        "{\n              \"id\": \"MDI3OkVudGVycHJpc2VTZXJ2ZXJJbnN0YWxsYXRpb24y\"",
        "null, {\n              \"id\": \"MDI3OkVudGVycHJpc2VTZXJ2ZXJJbnN0YWxsYXRpb24y\"",
        1,
    );
    let all = installations(&body).unwrap();
    assert_eq!(all.installations.len(), 2);
    assert!(!all.is_complete());
    assert!(!all.missing[0].from_github);
    assert!(
        all.missing[0].path.ends_with("nodes.1"),
        "{:?}",
        all.missing
    );
}

#[test]
fn user_accounts_decode_with_their_primary_email() {
    let body = r#"{"data":{"enterprise":{"ownerInfo":{"enterpriseServerInstallations":{"nodes":[{
        "id":"I_1","hostName":"github.acme.example",
        "userAccounts":{"totalCount":2,"pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjI="},
          "nodes":[
            {"login":"mona","profileName":"Mona Lisa Octocat","isSiteAdmin":true,"remoteUserId":42,
             "remoteCreatedAt":"2019-06-12T10:00:00Z",
             "emails":{"totalCount":2,"nodes":[{"email":"mona@old.example","isPrimary":false},{"email":"mona@acme.example","isPrimary":true}]}},
            {"login":"hubot","profileName":null,"isSiteAdmin":false,"remoteUserId":"43",
             "remoteCreatedAt":"2019-06-12T10:00:00Z",
             "emails":{"totalCount":120,"nodes":[{"email":"hubot@acme.example","isPrimary":false}]}}
          ]}}]}}}}}"#;
    let answer = read_answer::<Data<Connection<WireAccountsInstallation>>>(
        &endpoint(),
        reply(body, Some(4000), None, None),
    )
    .unwrap();
    let (page, missing) = answer.installations(&endpoint()).unwrap();
    assert!(missing.is_empty());
    let node = page.nodes.unwrap().remove(0).unwrap();
    let accounts = node.user_accounts.unwrap();
    assert_eq!(accounts.total(), Some(2));
    assert_eq!(accounts.next(), (true, Some("Y3Vyc29yOjI=".to_owned())));
    let list: Vec<ServerUserAccount> = accounts
        .nodes
        .unwrap()
        .into_iter()
        .flatten()
        .map(ServerUserAccount::from)
        .collect();
    assert_eq!(list[0].primary_email(), Some("mona@acme.example"));
    assert_eq!(list[0].remote_user_id, Some(42));
    assert_eq!(list[0].is_site_admin, Some(true));
    assert!(list[0].emails_complete);
    assert_eq!(list[1].remote_user_id, Some(43), "an id sent as text");
    assert_eq!(list[1].profile_name, None);
    assert_eq!(list[1].primary_email(), None);
    assert!(
        !list[1].emails_complete,
        "120 emails, one sent: the primary may not have been read"
    );
}

#[test]
fn a_fine_grained_token_refused_with_http_200_asks_for_a_classic_token_as_rest_does() {
    let body = r#"{"data":{"enterprise":{"ownerInfo":null}},"errors":[{"type":"FORBIDDEN","path":["enterprise","ownerInfo"],"message":"Resource not accessible by personal access token"}]}"#;
    let err = installations(body).unwrap_err();
    assert_eq!(err.kind(), "token_type_unsupported");
    assert!(
        err.fix().contains("classic personal access token"),
        "{}",
        err.fix()
    );
}
