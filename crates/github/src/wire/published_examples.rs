//! Every official example GitHub publishes for the three reads decodes, quirks and all.
//! The examples are read from `spec/github-api/` (GitHub's OpenAPI operations, verbatim).

use ghls_domain::{
    parse_github_time, ConsumerFields, ConsumerKind, LicenseConsumer, SeatCount, ServerLicense,
    ServerSync,
};
use serde_json::Value;

use super::consumed_licenses::ConsumedLicensesPage;
use super::license_sync_status::LicenseSyncStatus;
use super::settings_license::LicenseInformation;
use crate::error::Endpoint;

fn examples(file: &str) -> Vec<(String, Vec<u8>)> {
    let path = format!(
        "{}/../../spec/github-api/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let op: Value = serde_json::from_str(&text).unwrap();
    let examples = op["operation"]["responses"]["200"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap()
        .clone();
    assert!(!examples.is_empty(), "{file} has no examples");
    examples
        .into_iter()
        .map(|(name, ex)| (name, serde_json::to_vec(&ex["value"]).unwrap()))
        .collect()
}

fn endpoint() -> Endpoint {
    Endpoint::GhesMeta { host: "x".into() }
}

#[test]
fn the_published_ghes_license_example_decodes_with_its_non_iso_expiry() {
    for (_, body) in examples("ghes-3.22-settings-license.json") {
        let w: LicenseInformation = crate::http::tests_decode(&endpoint(), &body).unwrap();
        let l = ServerLicense::from(w);
        assert_eq!(l.seats, Some(SeatCount::Count(1400)));
        assert_eq!(l.seats_used, Some(1316));
        assert_eq!(l.seats_available, Some(SeatCount::Count(84)));
        assert_eq!(l.kind.as_deref(), Some("standard"));
        assert_eq!(l.days_until_expiration, Some(365));
        let expiry = l.expire_at.unwrap();
        assert_eq!(expiry.raw, "2016/02/06 12:41:52 -0600");
        assert_eq!(expiry.at, parse_github_time("2016-02-06T18:41:52Z"));
    }
}

#[test]
fn string_seats_as_the_schema_allows_decode() {
    let body = br#"{"seats":"unlimited","seats_used":"12","seats_available":"unlimited","kind":"standard","days_until_expiration":"30","expire_at":"2030/01/01 00:00:00 +0000"}"#;
    let l = ServerLicense::from(
        crate::http::tests_decode::<LicenseInformation>(&endpoint(), body).unwrap(),
    );
    assert_eq!(l.seats, Some(SeatCount::Unlimited));
    assert_eq!(l.seats_used, Some(12));
    assert_eq!(l.days_until_expiration, Some(30));
}

#[test]
fn the_published_license_sync_status_example_decodes() {
    for (_, body) in examples("ghec-license-sync-status.json") {
        let w: LicenseSyncStatus = crate::http::tests_decode(&endpoint(), &body).unwrap();
        let v: Vec<ServerSync> = w.into();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].server_id.as_deref(), Some("deadbeef1"));
        assert_eq!(v[1].hostname.as_deref(), Some("github2.example.com"));
        let last = v[0].last_sync.clone().unwrap();
        assert_eq!(last.status.as_deref(), Some("success"));
        assert_eq!(last.error, None, "an empty error string means no error");
        assert_eq!(
            last.date.unwrap().at,
            parse_github_time("2020-01-01T00:00:00Z")
        );
    }
}

#[test]
fn the_published_consumed_licenses_example_decodes_with_its_quirks() {
    for (_, body) in examples("ghec-consumed-licenses.json") {
        let page: ConsumedLicensesPage = crate::http::tests_decode(&endpoint(), &body).unwrap();
        assert_eq!(page.total_seats_consumed, Some(5000));
        assert_eq!(page.total_seats_purchased, Some(4500));
        let users =
            LicenseConsumer::pack_all(page.users.unwrap().into_iter().map(ConsumerFields::from));
        assert_eq!(users.len(), 2);

        let mona = &users[0];
        assert_eq!(mona.github_com_login(), Some("monalisa"));
        assert_eq!(mona.kind(), ConsumerKind::Both);
        assert_eq!(mona.total_user_accounts(), Some(3));
        assert_eq!(mona.github_com_two_factor_auth(), Some(true));
        assert_eq!(
            mona.enterprise_server_user_ids(),
            vec!["example_host_name.com:123", "example_host_name_2:222"]
        );
        assert_eq!(mona.visual_studio_license_status(), None, "\"\" means none");

        // The GHES-only person: "" for a boolean, "" for nullable strings, and the
        // singular `github_com_enterprise_role` key that is not in the schema.
        let hubot = &users[1];
        assert_eq!(hubot.github_com_login(), None);
        assert_eq!(hubot.github_com_two_factor_auth(), None);
        assert_eq!(hubot.kind(), ConsumerKind::ServerOnly);
        assert_eq!(hubot.enterprise_server_emails(), vec!["hubot@example.com"]);
    }
}

#[test]
fn a_body_of_the_wrong_shape_names_the_json_path() {
    let body = br#"{"total_seats_consumed": 3, "users": [{"github_com_login": "a"}, {"total_user_accounts": {"n": 1}}]}"#;
    let err = crate::http::tests_decode::<ConsumedLicensesPage>(&endpoint(), body).unwrap_err();
    match err {
        crate::Error::Decode { path, .. } => assert_eq!(path, "users[1].total_user_accounts"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn a_truncated_body_is_a_decode_error() {
    let body = br#"{"server_instances": [{"server_id": "a", "hostname": "h", "last_sy"#;
    let err = crate::http::tests_decode::<LicenseSyncStatus>(&endpoint(), body).unwrap_err();
    assert_eq!(err.kind(), "decode");
    assert!(err.to_string().contains("server_instances[0]"), "{err}");
}

#[test]
fn the_published_rate_limit_example_decodes_to_the_core_and_graphql_budgets() {
    use super::rate_limit::RateLimitOverview;
    use crate::rate_budget::RateBudgets;
    for (_, body) in examples("ghec-rate-limit.json") {
        let w: RateLimitOverview = crate::http::tests_decode(&endpoint(), &body).unwrap();
        let b = RateBudgets::from(w);
        let core = b.core.unwrap();
        assert_eq!((core.limit, core.used, core.remaining), (5000, 1, 4999));
        assert_eq!(core.reset_at.unwrap().unix_timestamp(), 1_691_591_363);
        let graphql = b.graphql.unwrap();
        assert_eq!((graphql.limit, graphql.remaining), (5000, 4993));
    }
}

#[test]
fn rate_limit_without_core_falls_back_to_the_closing_down_rate_object_and_reads_strings() {
    use super::rate_limit::RateLimitOverview;
    use crate::rate_budget::RateBudgets;
    let body = br#"{"resources":{"search":{"limit":30}},"rate":{"limit":"5000","remaining":"12","reset":"","used":null},"extra":[1]}"#;
    let w: RateLimitOverview = crate::http::tests_decode(&endpoint(), body).unwrap();
    let b = RateBudgets::from(w);
    let core = b.core.unwrap();
    assert_eq!((core.limit, core.remaining, core.used), (5000, 12, 4988));
    assert_eq!(core.reset_at, None);
    assert_eq!(b.graphql, None);
}
