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
