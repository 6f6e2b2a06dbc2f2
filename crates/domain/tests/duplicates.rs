//! Duplicate analysis, rule by rule, with the look-alikes that must not be flagged, GitHub's
//! published consumed-licenses example, and random consumers (never a panic, always the
//! same report for the same input).

// clippy.toml's allow-*-in-tests covers `#[test]` functions only, not the helpers below.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ghls_domain::{
    analyse, analyse_in, AnalysisContext, Confidence, ConsumerFields, ConsumerKind, DomainsSource,
    DuplicateReason, DuplicateReport, Finding, LicenseConsumer, ReasonKind,
};
use ghls_l10n::Lang;
use proptest::prelude::*;
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// Builders

/// A server-only consumer with one GHES account (`host:id`) per entry of `ids`.
fn server(ids: &[&str], emails: &[&str]) -> ConsumerFields {
    ConsumerFields {
        github_com_user: Some(false),
        enterprise_server_user: Some(true),
        enterprise_server_user_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        enterprise_server_emails: emails.iter().map(|s| (*s).to_owned()).collect(),
        license_type: Some("enterprise".into()),
        total_user_accounts: Some(1),
        ..Default::default()
    }
}

/// A cloud-only consumer.
fn cloud(login: &str, name: Option<&str>, verified: &[&str]) -> ConsumerFields {
    ConsumerFields {
        github_com_login: Some(login.into()),
        github_com_name: name.map(Into::into),
        github_com_user: Some(true),
        enterprise_server_user: Some(false),
        github_com_verified_domain_emails: verified.iter().map(|s| (*s).to_owned()).collect(),
        license_type: Some("enterprise".into()),
        total_user_accounts: Some(1),
        ..Default::default()
    }
}

fn with_name_id(mut c: ConsumerFields, name_id: &str) -> ConsumerFields {
    c.github_com_saml_name_id = Some(name_id.into());
    c
}

fn with_vs_email(mut c: ConsumerFields, email: &str) -> ConsumerFields {
    c.visual_studio_subscription_user = Some(true);
    c.visual_studio_subscription_email = Some(email.into());
    c
}

/// Consumers as the app holds them.
fn held(consumers: &[ConsumerFields]) -> Vec<LicenseConsumer> {
    consumers.iter().map(LicenseConsumer::from).collect()
}

fn run(consumers: &[ConsumerFields]) -> DuplicateReport {
    analyse(&held(consumers), &AnalysisContext::default())
}

/// The pair findings (those that would free a seat).
fn pairs(report: &DuplicateReport) -> Vec<&Finding> {
    report
        .all_findings()
        .filter(|f| f.seats_saved == 1)
        .collect()
}

fn only_pair(report: &DuplicateReport) -> &Finding {
    let pairs = pairs(report);
    assert_eq!(pairs.len(), 1, "expected one pair, got {pairs:#?}");
    pairs[0]
}

fn only_finding(report: &DuplicateReport) -> &Finding {
    let all: Vec<_> = report.all_findings().collect();
    assert_eq!(all.len(), 1, "{all:#?}");
    all[0]
}

fn indexes(f: &Finding) -> Vec<u32> {
    f.entries.iter().map(|e| e.index).collect()
}

// ---------------------------------------------------------------------------------------
// Rule 1: server-only and cloud-only entries that are one person

#[test]
fn a_server_email_equal_to_a_saml_name_id_matches_at_the_next_sync() {
    let consumers = [
        server(&["github.acme.example:123"], &["mona@corp.com"]),
        with_name_id(cloud("mona-corp", None, &[]), "Mona@Corp.com"),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(
        f.reason,
        DuplicateReason::SamlNameId {
            email: "mona@corp.com".into(),
            name_id: "Mona@Corp.com".into()
        }
    );
    assert_eq!(f.confidence, Confidence::High);
    assert_eq!(indexes(f), [0, 1]);
    assert!(report.uses_saml && report.uses_saml_inferred);
    assert!(f.fix.contains("Sync now"), "{}", f.fix);
    assert!(f
        .fix
        .contains("primary email of GHES user 123 on github.acme.example"));
    assert!(f
        .evidence
        .contains(&"github.com account mona-corp has SAML NameID Mona@Corp.com".to_owned()));
}

#[test]
fn a_duplicate_finding_is_explained_in_portuguese_and_spanish() {
    let consumers = held(&[
        server(&["github.acme.example:123"], &["mona@corp.com"]),
        with_name_id(cloud("mona-corp", None, &[]), "Mona@Corp.com"),
    ]);
    let ctx = AnalysisContext::default();
    let pt = analyse_in(&consumers, &ctx, None, Lang::PtBr);
    let f = only_pair(&pt);
    assert_eq!(
        pt.groups[0].title,
        "E-mail do GHES igual ao NameID SAML de uma conta na nuvem"
    );
    assert_eq!(
        f.summary,
        "O usuário do GHES 123 em github.acme.example e a conta mona-corp do github.com \
         provavelmente são a mesma pessoa"
    );
    assert!(
        f.evidence.contains(
            &"A conta mona-corp do github.com tem o NameID SAML Mona@Corp.com".to_owned()
        ),
        "{:#?}",
        f.evidence
    );
    assert!(
        f.fix.starts_with(
            "O GitHub associa mona@corp.com ao NameID SAML da conta mona-corp do github.com na \
             próxima sincronização: clique em Sync now (Sincronizar agora)."
        ),
        "{}",
        f.fix
    );
    assert!(f
        .fix
        .contains("o e-mail principal do usuário do GHES 123 em github.acme.example"));

    let es = analyse_in(&consumers, &ctx, None, Lang::Es);
    let e = only_pair(&es);
    assert_eq!(
        e.summary,
        "El usuario de GHES 123 en github.acme.example y la cuenta mona-corp de github.com \
         probablemente son la misma persona"
    );
    // The facts are the same in every language; only the words differ.
    assert_eq!((&e.id, &e.reason), (&f.id, &f.reason));
    assert_eq!(
        analyse(&consumers, &ctx).groups[0].title,
        ReasonKind::SamlNameId.title()
    );
}

#[test]
fn the_verb_agrees_with_several_ghes_users_in_every_language() {
    let consumers = held(&[server(&["h:1", "h:2"], &[])]);
    let ctx = AnalysisContext::default();
    let summary = |lang| {
        only_finding(&analyse_in(&consumers, &ctx, None, lang))
            .summary
            .clone()
    };
    assert_eq!(
        summary(Lang::En),
        "GHES user 1 on h and user 2 on h have no email"
    );
    assert_eq!(
        summary(Lang::Es),
        "Los usuarios de GHES 1 en h y 2 en h no tienen correo electrónico"
    );
    assert_eq!(
        summary(Lang::PtBr),
        "Os usuários do GHES 1 em h e 2 em h não têm e-mail"
    );
}

#[test]
fn without_saml_a_name_id_match_asks_to_verify_the_address() {
    let consumers = [
        server(&["h:1"], &["mona@corp.com"]),
        with_name_id(cloud("mona-corp", None, &[]), "mona@corp.com"),
    ];
    let ctx = AnalysisContext {
        uses_saml: Some(false),
        ..Default::default()
    };
    let report = analyse(&held(&consumers), &ctx);
    assert!(!report.uses_saml && !report.uses_saml_inferred);
    assert_eq!(
        only_pair(&report).fix,
        "Add and verify mona@corp.com on github.com account mona-corp, then Sync now."
    );
}

#[test]
fn a_server_email_equal_to_an_unverified_visual_studio_email_needs_verifying() {
    let consumers = [
        server(&["github.acme.example:123"], &["mona@corp-old.com"]),
        with_vs_email(
            cloud("mona-corp", None, &["mona@corp.com"]),
            "MONA@corp-old.com",
        ),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(f.reason.kind(), ReasonKind::UnverifiedCloudEmail);
    assert_eq!(f.confidence, Confidence::High);
    assert!(f.fix.starts_with(
        "Add and verify mona@corp-old.com on github.com account mona-corp (today it is only its \
         Visual Studio subscription email), or change the GHES primary email of user 123 on \
         github.acme.example to mona@corp.com, then Sync now."
    ));
}

#[test]
fn a_server_email_already_verified_on_a_cloud_only_account_means_no_sync_or_a_secondary_email() {
    let consumers = [
        cloud("mona-corp", Some("Mona Lisa"), &["mona@corp.com"]),
        server(&["h:7"], &["old@corp.com", "Mona@corp.com"]),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(
        f.reason,
        DuplicateReason::VerifiedEmailNotMatched {
            email: "Mona@corp.com".into()
        }
    );
    assert_eq!(f.confidence, Confidence::High);
    assert_eq!(indexes(f), [1, 0]);
    assert!(f
        .fix
        .contains("make it the primary email of GHES user 7 on h"));
}

#[test]
fn a_server_only_entry_matching_a_merged_persons_verified_email_is_a_pair() {
    // Mona's account on the first instance is merged; the one on the second is not.
    let mut merged = cloud("mona-corp", None, &["mona@corp.com"]);
    merged.enterprise_server_user = Some(true);
    merged.enterprise_server_user_ids = vec!["one.example:5".into()];
    merged.enterprise_server_emails = vec!["mona@corp.com".into()];
    let consumers = [merged, server(&["two.example:9"], &["mona@corp.com"])];
    let f = only_pair(&run(&consumers)).clone();
    assert_eq!(f.reason.kind(), ReasonKind::VerifiedEmailNotMatched);
    assert_eq!(f.entries[1].kind, ConsumerKind::Both);
}

#[test]
fn a_server_only_and_a_cloud_only_entry_with_the_same_local_part_are_one_person() {
    let consumers = [
        server(&["github.acme.example:123"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
        cloud("hubot", None, &["hubot@corp.com"]),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(
        f.reason,
        DuplicateReason::SameLocalPart {
            local_part: "mona".into(),
            server_email: "mona@corp-old.com".into(),
            cloud_address: "mona@corp.com".into(),
            same_name: None,
            sharing: 2,
        }
    );
    assert_eq!(f.confidence, Confidence::Medium);
    assert_eq!(
        f.fix,
        "Add and verify mona@corp-old.com on github.com account mona-corp (or change the GHES \
         primary email of user 123 on github.acme.example to mona@corp.com), then Sync now."
    );
    assert!(f
        .evidence
        .contains(&"GHES user 123 on github.acme.example has email mona@corp-old.com".to_owned()));
    assert!(f
        .evidence
        .contains(&"github.com account mona-corp has verified email mona@corp.com".to_owned()));
    // corp-old.com is not among the domains inferred from the verified emails.
    assert!(f
        .evidence
        .iter()
        .any(|e| e.starts_with("corp-old.com is not a verified domain")));
}

#[test]
fn the_same_local_part_and_the_same_name_raise_confidence_to_high() {
    let consumers = [
        server(&["h:1"], &["mona.lisa@corp-old.com"]),
        cloud("mona-corp", Some("Mona Lisa"), &["mona.lisa@corp.com"]),
    ];
    let f = only_pair(&run(&consumers)).clone();
    assert_eq!(f.confidence, Confidence::High);
    let DuplicateReason::SameLocalPart { same_name, .. } = &f.reason else {
        panic!("{:?}", f.reason)
    };
    assert_eq!(same_name.as_deref(), Some("Mona Lisa"));
}

#[test]
fn case_accents_and_a_plus_tag_do_not_hide_a_match() {
    let consumers = [
        server(&["h:1"], &["Zoe.Muller+ghes@OLD.example"]),
        cloud("zm", Some("Zoë  Müller"), &["zoe.muller@corp.com"]),
    ];
    let f = only_pair(&run(&consumers)).clone();
    assert_eq!(f.reason.kind(), ReasonKind::SameLocalPart);
    assert_eq!(f.confidence, Confidence::High);
}

#[test]
fn a_name_id_that_is_a_user_name_counts_as_a_local_part() {
    let consumers = [
        server(&["h:1"], &["monalisa@old.example"]),
        with_name_id(cloud("ml", None, &["ml@corp.com"]), "monalisa"),
    ];
    let f = only_pair(&run(&consumers)).clone();
    assert_eq!(f.reason.kind(), ReasonKind::SameLocalPart);
    assert!(f.fix.contains("to ml@corp.com"), "{}", f.fix);
}

#[test]
fn an_email_that_reads_as_a_unique_display_name_is_a_low_confidence_pair() {
    let consumers = [
        server(&["h:1"], &["mona.lisa@old.example"]),
        cloud("octo", Some("Mona Lisa"), &["ml@corp.com"]),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(
        f.reason,
        DuplicateReason::SameName {
            name: "Mona Lisa".into(),
            server_email: Some("mona.lisa@old.example".into())
        }
    );
    assert_eq!(f.confidence, Confidence::Low);
    assert!(
        f.fix.starts_with("If they are the same person"),
        "{}",
        f.fix
    );
    assert_eq!(report.seats_saved.low, 1);
}

#[test]
fn each_server_only_entry_pairs_with_its_strongest_candidate_only() {
    let consumers = [
        cloud("by-mailbox", None, &["mona@other.com"]),
        server(&["h:1"], &["mona@corp-old.com"]),
        with_vs_email(cloud("by-vs-email", None, &[]), "mona@corp-old.com"),
    ];
    let report = run(&consumers);
    let f = only_pair(&report);
    assert_eq!(f.reason.kind(), ReasonKind::UnverifiedCloudEmail);
    assert_eq!(indexes(f), [1, 2]);
}

#[test]
fn the_lower_login_wins_a_tie_whatever_the_input_order() {
    let mut consumers = vec![
        cloud("zed", None, &["mona@a.com"]),
        server(&["h:1"], &["mona@old.com"]),
        cloud("amy", None, &["mona@b.com"]),
    ];
    let first = run(&consumers);
    let f = only_pair(&first);
    assert_eq!(f.entries[1].github_com_login.as_deref(), Some("amy"));
    // Three entries share the mailbox: less certain.
    assert_eq!(f.confidence, Confidence::Low);
    consumers.reverse();
    let second = run(&consumers);
    let g = only_pair(&second);
    assert_eq!(g.entries[1].github_com_login.as_deref(), Some("amy"));
    assert_eq!(f.id, g.id);
}

// ---------------------------------------------------------------------------------------
// Rule 1: look-alikes that are not one person

#[test]
fn two_people_with_a_generic_local_part_are_not_paired() {
    let consumers = [
        server(&["h:1"], &["admin@a.com"]),
        cloud("someone", None, &["admin@b.com"]),
        server(&["h:2"], &["ci@a.com"]),
        cloud("robot", None, &["ci@b.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn short_local_parts_are_not_evidence() {
    let consumers = [
        server(&["h:1"], &["jo@a.com"]),
        cloud("jo", None, &["jo@b.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn mona_and_monalisa_are_different_local_parts() {
    let consumers = [
        server(&["h:1"], &["mona@old.com"]),
        cloud("monalisa", None, &["monalisa@corp.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn a_shared_first_name_alone_is_not_a_match() {
    let consumers = [
        server(&["h:1"], &["mona.smith@old.com"]),
        cloud("ml", Some("Mona Lisa"), &["mona.lisa@corp.com"]),
        server(&["h:2"], &["mona@old.com"]),
        cloud("mona-x", Some("Mona"), &["mx@corp.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn a_name_borne_by_three_entries_is_ambiguous() {
    let consumers = [
        server(&["h:1"], &["john.smith@old.com"]),
        cloud("js1", Some("John Smith"), &["js1@corp.com"]),
        cloud("js2", Some("John  SMITH"), &["js2@corp.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn a_local_part_used_by_more_than_four_entries_is_not_evidence() {
    let consumers = [
        server(&["h:1"], &["chris@old.com"]),
        cloud("c1", None, &["chris@corp.com"]),
        server(&["h:2"], &["chris@other.com"]),
        server(&["h:3"], &["chris@third.com"]),
        server(&["h:4"], &["chris@fourth.com"]),
    ];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn an_entry_that_already_has_both_accounts_is_not_a_server_only_candidate() {
    let mut both = cloud("mona-corp", None, &["mona@corp.com"]);
    both.enterprise_server_user = Some(true);
    both.enterprise_server_user_ids = vec!["h:1".into()];
    both.enterprise_server_emails = vec!["mona@corp-old.com".into()];
    let consumers = [both, cloud("mona2", None, &["mona@other.com"])];
    assert!(pairs(&run(&consumers)).is_empty());
}

#[test]
fn a_server_only_entry_on_a_verified_domain_without_a_candidate_is_not_reported() {
    let consumers = [
        server(&["h:1"], &["mona@corp.com"]),
        cloud("hubot", None, &["hubot@corp.com"]),
    ];
    let report = run(&consumers);
    assert_eq!(report.findings, 0, "{report:#?}");
    assert_eq!(report.verified_domains, ["corp.com"]);
    assert_eq!(report.verified_domains_source, DomainsSource::Inferred);
}

// ---------------------------------------------------------------------------------------
// Rule 2: server emails outside the verified domains

#[test]
fn server_emails_outside_the_inferred_verified_domains_are_reported() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["github.acme.example:123"], &["zed@corp-old.com"]),
    ];
    let report = run(&consumers);
    let group = report.group(ReasonKind::OffVerifiedDomain).unwrap();
    assert_eq!(group.count, 1);
    let f = &group.findings[0];
    assert_eq!(
        f.reason,
        DuplicateReason::OffVerifiedDomain {
            emails: vec!["zed@corp-old.com".into()],
            domains: vec!["corp-old.com".into()],
        }
    );
    assert_eq!(f.seats_saved, 0);
    assert_eq!(
        f.fix,
        "Change the GHES primary email of user 123 on github.acme.example to an address on a \
         verified domain (corp.com), or verify corp-old.com on github.com if the company owns \
         it; then Sync now."
    );
    assert!(f
        .evidence
        .iter()
        .any(|e| e.contains("as inferred from the license data")));
    assert_eq!(report.off_domain.len(), 1);
    assert_eq!(report.off_domain[0].domain, "corp-old.com");
}

#[test]
fn given_verified_domains_replace_the_inferred_ones() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:1"], &["zed@Corp-Old.com"]),
    ];
    let ctx = AnalysisContext {
        verified_domains: Some(vec!["@CORP-old.com.".into(), "corp.com".into()]),
        ..Default::default()
    };
    let report = analyse(&held(&consumers), &ctx);
    assert_eq!(report.verified_domains, ["corp-old.com", "corp.com"]);
    assert_eq!(report.verified_domains_source, DomainsSource::Given);
    assert_eq!(report.findings, 0);
}

#[test]
fn a_subdomain_of_a_verified_domain_counts_as_verified() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:1"], &["zed@eng.corp.com"]),
    ];
    assert_eq!(run(&consumers).findings, 0);
}

#[test]
fn one_email_on_a_verified_domain_is_enough() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:1"], &["zed@gmail.com", "zed@corp.com"]),
    ];
    assert_eq!(run(&consumers).findings, 0);
}

#[test]
fn without_any_known_verified_domain_the_off_domain_rule_stays_silent() {
    let consumers = [server(&["h:1"], &["zed@corp-old.com"])];
    let report = run(&consumers);
    assert_eq!(report.findings, 0);
    assert_eq!(report.verified_domains_source, DomainsSource::Unknown);
}

#[test]
fn an_enterprise_said_to_have_no_verified_domains_is_told_to_verify_one() {
    let consumers = [server(&["h:1"], &["zed@corp.com"])];
    let ctx = AnalysisContext {
        verified_domains: Some(vec![]),
        ..Default::default()
    };
    let report = analyse(&held(&consumers), &ctx);
    let f = report.all_findings().next().unwrap();
    assert_eq!(f.reason.kind(), ReasonKind::OffVerifiedDomain);
    assert!(f
        .fix
        .starts_with("Verify corp.com as the enterprise's domain on github.com"));
}

#[test]
fn a_paired_entry_is_not_also_reported_off_domain() {
    let consumers = [
        server(&["h:1"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
    ];
    let report = run(&consumers);
    assert_eq!(report.findings, 1);
    assert!(report.group(ReasonKind::OffVerifiedDomain).is_none());
}

#[test]
fn the_off_domain_summary_counts_entries_per_domain_most_first() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:1"], &["a1@gmail.com"]),
        server(&["h:2"], &["b1@old.com"]),
        server(&["h:3"], &["c1@old.com", "c1@OLD.com"]),
    ];
    let report = run(&consumers);
    let summary: Vec<_> = report
        .off_domain
        .iter()
        .map(|d| (d.domain.as_str(), d.entries))
        .collect();
    assert_eq!(summary, [("old.com", 2), ("gmail.com", 1)]);
}

#[test]
fn a_server_only_entry_without_an_email_is_reported() {
    let consumers = [server(&["h:1"], &[""])];
    let report = run(&consumers);
    let f = only_finding(&report);
    assert_eq!(f.reason, DuplicateReason::NoServerEmail);
    assert_eq!(f.seats_saved, 0);
    assert_eq!(
        f.evidence[0],
        "GHES user 1 on h has no email address in the license data"
    );
}

#[test]
fn a_server_email_that_is_not_an_address_counts_as_no_email() {
    let consumers = [
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:1"], &["mona", "@corp.com"]),
    ];
    let report = run(&consumers);
    let f = only_finding(&report);
    assert_eq!(f.reason, DuplicateReason::NoServerEmail);
    assert_eq!(
        f.evidence[0],
        "GHES user 1 on h has no email address in the license data, only: mona, @corp.com"
    );
}

// ---------------------------------------------------------------------------------------
// Rule 3: several accounts in one entry

fn merged_mona() -> ConsumerFields {
    let mut mona = cloud("monalisa", None, &["monalisa@corp.com"]);
    mona.enterprise_server_user_ids = vec!["a:1".into(), "b:2".into()];
    mona.enterprise_server_user = Some(true);
    mona.total_user_accounts = Some(3);
    mona
}

#[test]
fn several_accounts_in_one_entry_are_counted_not_reported_as_duplicates() {
    let report = run(&[merged_mona(), cloud("hubot", None, &["hubot@corp.com"])]);
    assert_eq!(report.findings, 0);
    assert_eq!(report.counted_once.entries, 1);
    assert_eq!(report.counted_once.accounts, 3);
}

#[test]
fn several_accounts_in_one_entry_can_be_listed_as_information_with_no_seat_saved() {
    let ctx = AnalysisContext {
        list_counted_once: true,
        ..Default::default()
    };
    let report = analyse(&held(&[merged_mona()]), &ctx);
    let f = only_finding(&report);
    assert_eq!(
        f.reason,
        DuplicateReason::AccountsCountedOnce { accounts: 3 }
    );
    assert_eq!(f.seats_saved, 0);
    assert_eq!(report.seats_saved.total, 0);
    assert_eq!(
        f.summary,
        "3 accounts counted as one person: github.com account monalisa and GHES user 1 on a \
         and user 2 on b"
    );
    assert_eq!(
        f.fix,
        "Nothing to do: GitHub already counts these accounts as one seat."
    );
}

// ---------------------------------------------------------------------------------------
// The report

#[test]
fn the_report_groups_findings_by_reason_and_totals_the_seats() {
    let consumers = [
        server(&["h:1"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
        server(&["h:2"], &["hubot@corp.com"]),
        cloud("hubot", None, &["hubot@corp.com"]),
        server(&["h:3"], &["zed@gmail.com"]),
        server(&["h:4"], &["kim.lee@old.example"]),
        cloud("kl", Some("Kim Lee"), &["kl@corp.com"]),
    ];
    let report = run(&consumers);
    let groups: Vec<_> = report.groups.iter().map(|g| (g.reason, g.count)).collect();
    assert_eq!(
        groups,
        [
            (ReasonKind::VerifiedEmailNotMatched, 1),
            (ReasonKind::SameLocalPart, 1),
            (ReasonKind::SameName, 1),
            (ReasonKind::OffVerifiedDomain, 1),
        ]
    );
    assert_eq!(report.findings, 4);
    assert_eq!(report.seats_saved.total, 3);
    assert_eq!(
        (
            report.seats_saved.high,
            report.seats_saved.medium,
            report.seats_saved.low
        ),
        (1, 1, 1)
    );
    assert_eq!(report.consumers, 7);
}

#[test]
fn finding_ids_are_unique_and_do_not_depend_on_input_order() {
    let mut consumers = vec![
        server(&["h:1"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
        server(&["h:3"], &["zed@gmail.com"]),
        server(&["h:3"], &["zed@gmail.com"]),
    ];
    let ids = |r: &DuplicateReport| {
        let mut ids: Vec<String> = r.all_findings().map(|f| f.id.clone()).collect();
        ids.sort();
        ids
    };
    let before = ids(&run(&consumers));
    let mut unique = before.clone();
    unique.dedup();
    assert_eq!(unique.len(), before.len());
    consumers.swap(0, 1);
    assert_eq!(ids(&run(&consumers)), before);
}

#[test]
fn the_words_name_the_cloud_host_the_admin_uses() {
    let consumers = [
        server(&["h:1"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
    ];
    let ctx = AnalysisContext {
        cloud_host: Some("acme.ghe.com".into()),
        ..Default::default()
    };
    let report = analyse(&held(&consumers), &ctx);
    let f = only_pair(&report);
    assert!(
        f.fix.contains("on acme.ghe.com account mona-corp"),
        "{}",
        f.fix
    );
}

#[test]
fn broken_data_neither_panics_nor_takes_quadratic_time() {
    let mut consumers = vec![cloud("hubot", None, &["hubot@corp.com"])];
    // The same GHES user id thousands of times: ids get suffixes, in linear time.
    consumers.extend((0..5_000).map(|i| server(&["h:1"], &[&format!("u{i}@gmail.com")])));
    // One entry with thousands of emails, one with a domain of thousands of dots.
    let many: Vec<String> = (0..20_000).map(|i| format!("x{i}@d{i}.example")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    consumers.push(server(&["h:2"], &many));
    let dots = format!("zed@{}com", "a.".repeat(50_000));
    consumers.push(server(&["h:3"], &[&dots]));

    let started = std::time::Instant::now();
    let report = run(&consumers);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let group = report.group(ReasonKind::OffVerifiedDomain).unwrap();
    assert_eq!(group.count, 5_002);
    let mut ids: Vec<&str> = group.findings.iter().map(|f| f.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5_002);
}

#[test]
fn nothing_in_gives_an_empty_report() {
    let report = run(&[]);
    assert_eq!(report.findings, 0);
    assert!(report.groups.is_empty());
    assert!(!report.uses_saml);
}

#[test]
fn the_report_serializes_reasons_as_tagged_unions() {
    let consumers = [
        server(&["h:1"], &["mona@corp-old.com"]),
        cloud("mona-corp", None, &["mona@corp.com"]),
    ];
    let json = serde_json::to_value(run(&consumers)).unwrap();
    let finding = &json["groups"][0]["findings"][0];
    assert_eq!(finding["reason"]["kind"], "same_local_part");
    assert_eq!(finding["confidence"], "medium");
    assert_eq!(json["groups"][0]["reason"], "same_local_part");
}

// ---------------------------------------------------------------------------------------
// GitHub's published example

/// The `default` example of `GET /enterprises/{enterprise}/consumed-licenses`, verbatim
/// from `shared/github-api/ghec-consumed-licenses.json` (github/rest-api-description).
const GITHUB_EXAMPLE: &str = r#"{
  "total_seats_consumed": 5000,
  "total_seats_purchased": 4500,
  "users": [
    {
      "github_com_login": "monalisa",
      "github_com_name": "Mona Lisa",
      "enterprise_server_user_ids": ["example_host_name.com:123", "example_host_name_2:222"],
      "github_com_user": true,
      "enterprise_server_user": true,
      "visual_studio_subscription_user": false,
      "license_type": "enterprise",
      "github_com_profile": "https://github.com/monalisa",
      "github_com_member_roles": ["org1:Owner", "org2:Owner"],
      "github_com_enterprise_roles": ["owner"],
      "github_com_verified_domain_emails": ["monalisa@github.com"],
      "github_com_saml_name_id": "monalisa",
      "github_com_orgs_with_pending_invites": ["org1", "org2"],
      "github_com_two_factor_auth": true,
      "enterprise_server_emails": ["monalisa@github.com"],
      "visual_studio_license_status": "",
      "visual_studio_subscription_email": "",
      "total_user_accounts": 3
    },
    {
      "github_com_login": "",
      "github_com_name": "",
      "enterprise_server_user_ids": ["example_host_name:123"],
      "github_com_user": false,
      "enterprise_server_user": true,
      "visual_studio_subscription_user": false,
      "license_type": "enterprise",
      "github_com_profile": "",
      "github_com_member_roles": [],
      "github_com_enterprise_role": "",
      "github_com_enterprise_roles": [],
      "github_com_verified_domain_emails": [],
      "github_com_saml_name_id": "",
      "github_com_orgs_with_pending_invites": [],
      "github_com_two_factor_auth": "",
      "enterprise_server_emails": ["hubot@example.com"],
      "visual_studio_license_status": "",
      "visual_studio_subscription_email": "",
      "total_user_accounts": 1
    }
  ]
}"#;

/// Decodes one `users[]` item the way the client does: `""` means none, a non-boolean
/// where a boolean belongs means unknown. `LicenseConsumer` has no `Deserialize` of its
/// own: decoding GitHub is the client's job.
fn consumer_from(v: &Value) -> ConsumerFields {
    let text = |k: &str| v[k].as_str().filter(|s| !s.is_empty()).map(str::to_owned);
    let list = |k: &str| {
        v[k].as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    ConsumerFields {
        github_com_login: text("github_com_login"),
        github_com_name: text("github_com_name"),
        enterprise_server_user_ids: list("enterprise_server_user_ids"),
        github_com_user: v["github_com_user"].as_bool(),
        enterprise_server_user: v["enterprise_server_user"].as_bool(),
        visual_studio_subscription_user: v["visual_studio_subscription_user"].as_bool(),
        license_type: text("license_type"),
        github_com_profile: text("github_com_profile"),
        github_com_member_roles: list("github_com_member_roles"),
        github_com_enterprise_roles: list("github_com_enterprise_roles"),
        github_com_verified_domain_emails: list("github_com_verified_domain_emails"),
        github_com_saml_name_id: text("github_com_saml_name_id"),
        github_com_orgs_with_pending_invites: list("github_com_orgs_with_pending_invites"),
        github_com_two_factor_auth: v["github_com_two_factor_auth"].as_bool(),
        enterprise_server_emails: list("enterprise_server_emails"),
        visual_studio_license_status: text("visual_studio_license_status"),
        visual_studio_subscription_email: text("visual_studio_subscription_email"),
        total_user_accounts: v["total_user_accounts"].as_i64(),
    }
}

fn github_example() -> Vec<ConsumerFields> {
    let doc: Value = serde_json::from_str(GITHUB_EXAMPLE).unwrap();
    doc["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(consumer_from)
        .collect()
}

#[test]
fn the_inline_example_is_github_s_published_one() {
    // GitHub's operation as copied into spec/ (never skipped: the copy is in the repo).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../spec/github-api/ghec-consumed-licenses.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let op: Value = serde_json::from_str(&text).unwrap();
    let published = op
        .pointer("/responses/200/content/application~1json/examples/default/value")
        .or_else(|| {
            op.pointer("/operation/responses/200/content/application~1json/examples/default/value")
        })
        .cloned()
        .unwrap_or_else(|| find_example(&op).expect("an examples.default.value in the file"));
    let inline: Value = serde_json::from_str(GITHUB_EXAMPLE).unwrap();
    assert_eq!(inline, published);
}

/// The first `examples.default.value` anywhere in `v`.
fn find_example(v: &Value) -> Option<Value> {
    match v {
        Value::Object(map) => map
            .get("examples")
            .and_then(|e| e.pointer("/default/value"))
            .cloned()
            .or_else(|| map.values().find_map(find_example)),
        Value::Array(items) => items.iter().find_map(find_example),
        _ => None,
    }
}

#[test]
fn github_s_example_is_one_merged_person_and_one_server_user_off_the_verified_domain() {
    let ctx = AnalysisContext {
        list_counted_once: true,
        ..Default::default()
    };
    let report = analyse(&held(&github_example()), &ctx);
    assert_eq!(report.consumers, 2);
    // monalisa's NameID infers SAML; her verified email infers the domain github.com.
    assert!(report.uses_saml && report.uses_saml_inferred);
    assert_eq!(report.verified_domains, ["github.com"]);
    // Nobody would merge: hubot has no cloud candidate at all.
    assert_eq!(report.seats_saved.total, 0);
    let kinds: Vec<_> = report.groups.iter().map(|g| g.reason).collect();
    assert_eq!(
        kinds,
        [
            ReasonKind::OffVerifiedDomain,
            ReasonKind::AccountsCountedOnce
        ]
    );

    let hubot = &report.groups[0].findings[0];
    assert_eq!(hubot.entries[0].index, 1);
    assert_eq!(
        hubot.fix,
        "Change the GHES primary email of user 123 on example_host_name to an address on a \
         verified domain (github.com), or verify example.com on github.com if the company owns \
         it; then Sync now."
    );
    assert_eq!(report.counted_once.entries, 1);
    assert_eq!(report.counted_once.accounts, 3);
    let mona = &report.groups[1].findings[0];
    assert_eq!(
        mona.reason,
        DuplicateReason::AccountsCountedOnce { accounts: 3 }
    );
    assert_eq!(
        mona.entries[0].github_com_login.as_deref(),
        Some("monalisa")
    );
}

// ---------------------------------------------------------------------------------------
// Any input

/// Values drawn from a small pool so that matches happen, plus arbitrary text.
fn email() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (
            prop::sample::select(vec!["mona", "MONA+x", "mona.lisa", "admin", "jo", "zoë.m", "", "@"]),
            prop::sample::select(vec!["corp.com", "old.com", "CORP.com.", "eng.corp.com", "", "@"]),
        )
            .prop_map(|(l, d)| format!("{l}@{d}")),
        1 => ".{0,12}",
    ]
}

fn consumer() -> impl Strategy<Value = ConsumerFields> {
    let name = prop::option::of(prop_oneof![
        3 => prop::sample::select(vec!["Mona Lisa", "mona  LISA", "Zoë M", "Mona", ""]).prop_map(str::to_owned),
        1 => ".{0,12}",
    ]);
    let login = prop::option::of(
        prop::sample::select(vec!["mona", "amy", "zed", ""]).prop_map(str::to_owned),
    );
    let ids = prop::collection::vec(
        prop_oneof![3 => prop::sample::select(vec!["h:1", "h:2", "g:1", ":", ""]).prop_map(str::to_owned), 1 => ".{0,8}"],
        0..3,
    );
    (
        (
            login,
            name,
            ids,
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
        ),
        (
            prop::collection::vec(email(), 0..3),
            prop::collection::vec(email(), 0..3),
            prop::option::of(email()),
            prop::option::of(email()),
            prop::option::of(any::<i64>()),
        ),
    )
        .prop_map(
            |(
                (login, name, ids, cloud, server),
                (verified, server_emails, name_id, vs, accounts),
            )| {
                ConsumerFields {
                    github_com_login: login,
                    github_com_name: name,
                    enterprise_server_user_ids: ids,
                    github_com_user: cloud,
                    enterprise_server_user: server,
                    github_com_verified_domain_emails: verified,
                    enterprise_server_emails: server_emails,
                    github_com_saml_name_id: name_id,
                    visual_studio_subscription_email: vs,
                    total_user_accounts: accounts,
                    ..Default::default()
                }
            },
        )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn analysis_never_panics_and_gives_the_same_report_for_the_same_input(
        consumers in prop::collection::vec(consumer(), 0..40),
        domains in prop::option::of(prop::collection::vec(".{0,10}", 0..3)),
        saml in prop::option::of(any::<bool>()),
        listed in any::<bool>(),
    ) {
        let ctx = AnalysisContext { verified_domains: domains, uses_saml: saml, cloud_host: None, list_counted_once: listed };
        let first = analyse(&held(&consumers), &ctx);
        let second = analyse(&held(&consumers), &ctx.clone());
        prop_assert_eq!(&first, &second);

        let len = u32::try_from(consumers.len()).unwrap();
        let mut ids = std::collections::HashSet::new();
        let mut seats = 0;
        for f in first.all_findings() {
            prop_assert!(ids.insert(f.id.clone()), "duplicate id {}", f.id);
            prop_assert!(f.entries.iter().all(|e| e.index < len));
            prop_assert!(!f.fix.is_empty() && !f.evidence.is_empty());
            seats += f.seats_saved;
        }
        prop_assert_eq!(seats, first.seats_saved.total);
        prop_assert_eq!(u32::try_from(ids.len()).unwrap(), first.findings);
    }
}

// ---------------------------------------------------------------------------------------
// With the GHES accounts GitHub holds (GraphQL), joined on HOST:remoteUserId

mod with_accounts {
    use super::*;
    use ghls_domain::duplicates::{
        analyse_with_accounts, InstanceAccounts, ServerAccount, ServerAccounts,
    };

    fn account(login: &str, name: &str, primary: Option<&str>) -> ServerAccount {
        ServerAccount {
            login: Some(login.into()),
            name: Some(name.into()),
            primary_email: primary.map(Into::into),
            site_admin: false,
            emails_complete: true,
        }
    }

    fn accounts(host: &str, list: &[(&str, ServerAccount)]) -> ServerAccounts {
        let mut a = ServerAccounts::default();
        a.add_instance(InstanceAccounts {
            host_name: host.into(),
            accounts: u32::try_from(list.len()).unwrap(),
            total_count: Some(u32::try_from(list.len()).unwrap()),
            ..Default::default()
        });
        for (id, acc) in list {
            a.insert(host, id, acc.clone());
        }
        a
    }

    #[test]
    fn server_entries_are_named_by_login_profile_name_and_primary_email_joined_on_host_and_id() {
        let consumers = [
            server(&["GitHub.Acme.Example:12"], &["ann.lee@corp-old.example"]),
            cloud("ann-lee", Some("Ann Lee"), &["ann.lee@corp.example"]),
        ];
        let a = accounts(
            "github.acme.example",
            &[(
                "12",
                account("ann", "Ann Lee", Some("ann.lee@corp-old.example")),
            )],
        );
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let f = only_pair(&report);
        assert_eq!(
            f.summary,
            "GHES user ann (Ann Lee) on GitHub.Acme.Example and github.com account ann-lee are likely the same person"
        );
        let named = &f.entries[0].server_accounts;
        assert_eq!(named.len(), 1, "{named:?}");
        assert_eq!(named[0].id, "GitHub.Acme.Example:12");
        assert_eq!(named[0].account.login.as_deref(), Some("ann"));
        assert_eq!(named[0].account.name.as_deref(), Some("Ann Lee"));
        assert_eq!(
            named[0].account.primary_email.as_deref(),
            Some("ann.lee@corp-old.example")
        );
        assert!(
            f.entries[1].server_accounts.is_empty(),
            "the cloud side has no GHES account"
        );
        let summary = report.server_accounts.as_ref().unwrap();
        assert_eq!((summary.server_entries, summary.named), (1, 1));
        assert!(summary.complete && summary.notes.is_empty(), "{summary:?}");
    }

    #[test]
    fn the_evidence_says_which_primary_email_github_compared_and_why_it_did_not_match() {
        let consumers = [
            server(&["h.example:7"], &["ann.lee@corp-old.example"]),
            cloud(
                "ann-lee",
                Some("Ann Lee"),
                &["ann.lee@corp.example", "ann@users.noreply.example"],
            ),
        ];
        let a = accounts(
            "h.example",
            &[(
                "7",
                account("ann", "Ann Lee", Some("ann.lee@corp-old.example")),
            )],
        );
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let f = only_pair(&report);
        assert!(
            f.evidence.contains(
                &"GitHub compared the GHES primary email ann.lee@corp-old.example of user ann \
                  (Ann Lee) on h.example with the verified emails of github.com account ann-lee; \
                  no match, because github.com account ann-lee has ann.lee@corp.example, \
                  ann@users.noreply.example"
                    .to_owned()
            ),
            "{:#?}",
            f.evidence
        );
    }

    #[test]
    fn a_verified_email_that_is_not_the_primary_asks_to_make_it_primary_and_names_todays() {
        let consumers = [
            server(
                &["h.example:7"],
                &["ann@home.example", "ann.lee@corp.example"],
            ),
            cloud("ann-lee", None, &["ann.lee@corp.example"]),
        ];
        let a = accounts(
            "h.example",
            &[("7", account("ann", "Ann Lee", Some("ann@home.example")))],
        );
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let f = only_pair(&report);
        assert_eq!(f.reason.kind(), ReasonKind::VerifiedEmailNotMatched);
        assert!(
            f.fix.contains("make it the primary email of GHES user ann (Ann Lee) on h.example (today it is ann@home.example"),
            "{}",
            f.fix
        );
        assert!(
            f.evidence.iter().any(|e| e.starts_with(
                "ann.lee@corp.example, the address that ties them, is an email of GHES user ann \
                 (Ann Lee) on h.example but not its primary one (ann@home.example)"
            )),
            "{:#?}",
            f.evidence
        );
        assert!(
            !f.fix.contains("If it already is"),
            "the primary is known: {}",
            f.fix
        );
    }

    #[test]
    fn a_verified_primary_email_means_github_has_not_synced_since() {
        let consumers = [
            server(&["h.example:7"], &["ann.lee@corp.example"]),
            cloud("ann-lee", None, &["ann.lee@corp.example"]),
        ];
        let a = accounts(
            "h.example",
            &[("7", account("ann", "Ann Lee", Some("Ann.Lee@corp.example")))],
        );
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let f = only_pair(&report);
        assert!(
            f.fix
                .starts_with("ann.lee@corp.example is already the primary email of GHES user ann"),
            "{}",
            f.fix
        );
        assert!(f.fix.ends_with("Sync now."), "{}", f.fix);
    }

    #[test]
    fn a_primary_email_off_the_verified_domains_is_a_finding_even_when_another_email_is_on_one() {
        let consumers = [
            server(
                &["h.example:9"],
                &["bob@gmail.example", "bob.stone@corp.example"],
            ),
            cloud("someone", None, &["someone@corp.example"]),
        ];
        let without = run(&consumers);
        assert_eq!(without.findings, 0, "{without:#?}");
        let a = accounts(
            "h.example",
            &[("9", account("bob", "Bob Stone", Some("bob@gmail.example")))],
        );
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let f = only_finding(&report);
        assert_eq!(f.reason.kind(), ReasonKind::OffVerifiedDomain);
        assert!(f.evidence.iter().any(|e| e.starts_with(
            "GitHub compares only the primary email, bob@gmail.example"
        )), "{:#?}", f.evidence);
        assert_eq!(report.off_domain[0].domain, "gmail.example");
    }

    #[test]
    fn accounts_read_in_part_are_said_in_the_report_and_in_the_findings_they_touch() {
        let consumers = [
            server(&["h.example:7"], &["ann.lee@corp-old.example"]),
            cloud("ann-lee", Some("Ann Lee"), &["ann.lee@corp.example"]),
        ];
        let mut a = ServerAccounts::default();
        a.add_instance(InstanceAccounts {
            host_name: "h.example".into(),
            accounts: 1,
            total_count: Some(3),
            missing: vec!["userAccounts page 2: Something went wrong".into()],
            emails_incomplete: 1,
        });
        let mut partial = account("ann", "Ann Lee", None);
        partial.emails_complete = false;
        a.insert("h.example", "7", partial);
        let report = analyse_with_accounts(&held(&consumers), &AnalysisContext::default(), &a);
        let summary = report.server_accounts.as_ref().unwrap();
        assert!(!summary.complete);
        assert_eq!(
            summary.notes,
            [
                "h.example: 1 of 3 accounts were read; the others are named by ID only",
                "h.example: GitHub did not give every part: userAccounts page 2: Something went wrong",
                "h.example: GitHub gave only part of the emails of 1 account, so their primary email may be unknown",
            ]
        );
        let f = only_pair(&report);
        assert!(
            f.evidence
                .iter()
                .any(|e| e.contains("gave only part of its emails")
                    && e.contains("which address it compared is not known")),
            "{:#?}",
            f.evidence
        );
        assert!(
            !f.evidence.iter().any(|e| e.contains("no primary email")),
            "partial is not 'none'"
        );
    }

    #[test]
    fn without_accounts_the_report_names_ids_only_and_says_none_were_loaded() {
        let consumers = [
            server(&["h.example:7"], &["ann.lee@corp-old.example"]),
            cloud("ann-lee", Some("Ann Lee"), &["ann.lee@corp.example"]),
        ];
        let report = run(&consumers);
        assert_eq!(report.server_accounts, None);
        let f = only_pair(&report);
        assert!(
            f.summary.starts_with("GHES user 7 on h.example"),
            "{}",
            f.summary
        );
        assert!(f.entries.iter().all(|e| e.server_accounts.is_empty()));
        assert!(!f.evidence.iter().any(|e| e.contains("GitHub compared")));
    }
}
