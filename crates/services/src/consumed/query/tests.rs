use super::*;
use ghls_domain::ConsumerFields;

#[test]
fn caseless_order_and_empties_last() {
    assert_eq!(cmp_caseless("Mona", "mona"), Ordering::Equal);
    assert_eq!(cmp_caseless("ada", "Bea"), Ordering::Less);
    assert_eq!(cmp_caseless("Éva", "éva"), Ordering::Equal);
    assert_eq!(
        empties_last(None, Some(1), |a: i32, b| a.cmp(&b)),
        Ordering::Greater
    );
}

#[test]
fn a_search_never_spans_two_fields_or_two_consumers() {
    let users = vec![
        LicenseConsumer::from(ConsumerFields {
            github_com_login: Some("ab".into()),
            github_com_name: Some("cd".into()),
            ..Default::default()
        }),
        LicenseConsumer::default(),
        LicenseConsumer::from(ConsumerFields {
            github_com_login: Some("EF".into()),
            ..Default::default()
        }),
    ];
    let set = DataSet::new(
        "acme".into(),
        OffsetDateTime::UNIX_EPOCH,
        ConsumedLicenses {
            users,
            ..Default::default()
        },
        AnalysisContext::default(),
    );
    let q = |s: &str| ConsumedQuery {
        search: s.into(),
        ..Default::default()
    };
    assert_eq!(*set.matching(&q("bc")), Vec::<u32>::new());
    assert_eq!(*set.matching(&q("ef")), vec![2]);
    assert_eq!(*set.matching(&q(" Cd ")), vec![0]);
    assert_eq!(set.matching(&q("")).len(), 3);
}
fn set(users: Vec<ConsumerFields>) -> DataSet {
    let data = ConsumedLicenses {
        total_seats_consumed: None,
        total_seats_purchased: None,
        users: users.into_iter().map(LicenseConsumer::from).collect(),
    };
    DataSet::new(
        "acme".to_owned(),
        OffsetDateTime::UNIX_EPOCH,
        data,
        AnalysisContext::default(),
    )
}

fn found(set: &DataSet, search: &str) -> Vec<u32> {
    set.matching(&ConsumedQuery {
        search: search.to_owned(),
        ..ConsumedQuery::default()
    })
    .to_vec()
}

#[test]
fn an_email_in_four_fields_is_searched_once_and_still_found_in_any_case() {
    let email = "Mona.Lisa@acme.example";
    let set = set(vec![
        ConsumerFields {
            github_com_login: Some("mona".to_owned()),
            github_com_verified_domain_emails: vec![email.to_owned()],
            enterprise_server_emails: vec![email.to_lowercase()],
            github_com_saml_name_id: Some(email.to_uppercase()),
            visual_studio_subscription_email: Some(email.to_owned()),
            ..ConsumerFields::default()
        },
        ConsumerFields {
            github_com_login: Some("hubot".to_owned()),
            enterprise_server_emails: vec!["hubot@acme.example".to_owned()],
            ..ConsumerFields::default()
        },
    ]);
    assert_eq!(set.prepared.haystack.matches("mona.lisa@").count(), 1);
    assert_eq!(
        set.prepared.haystack,
        "mona\u{1}mona.lisa@acme.example\u{1}hubot\u{1}hubot@acme.example\u{1}"
    );
    assert_eq!(found(&set, "MONA.LISA@ACME"), [0]);
    assert_eq!(found(&set, "hubot@"), [1]);
    assert_eq!(found(&set, "acme.example"), [1, 0], "by login");
}
