use super::*;
use crate::connections::clients::read_ca_bundle;

fn current() -> Settings {
    Settings {
        version: 1,
        ghec: None,
        ghes: vec![GhesSettings::new("main", "github.acme.example")],
        handoff: crate::sync::OpenIn::Browser,
        rate_reserve_percent: None,
        history_detail_days: None,
        language: None,
    }
}

fn new_instance(host: &str) -> GhesDraft {
    GhesDraft::new(host, "")
}

fn problems(r: Result<(Settings, Vec<String>)>) -> Vec<FieldProblem> {
    match r {
        Err(Error::InvalidSettings { problems }) => problems,
        other => panic!("expected invalid settings, got {other:?}"),
    }
}

#[test]
fn every_refused_field_is_named_with_what_to_do() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghec = Some(GhecDraft {
        api_host: "octocorp.ghe.com".into(),
        enterprise: "Acme Corp".into(),
        web_url: String::new(),
        licensing_url: None,
    });
    d.ghes[0].hostname = "https://github.acme.example/".into();
    d.ghes[0].ssh = Some(SshDraft {
        port: "70000".into(),
        ..SshDraft::default()
    });
    d.ghes[0].ca_bundle = "/nonexistent/acme-ca.pem".into();
    let p = problems(settings_from_draft(&d, &current()));
    let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "ghec.enterprise",
            "ghec.api_host",
            "ghes.0.hostname",
            "ghes.0.ssh.port",
            "ghes.0.ca_bundle"
        ]
    );
    assert!(p.iter().all(|p| !p.fix.is_empty()));
    let e = Error::InvalidSettings { problems: p };
    assert!(
        e.to_string().starts_with("5 settings need attention"),
        "{e}"
    );
    assert!(e.to_string().contains("Enterprise slug:"), "{e}");
    let report = e.report();
    assert_eq!(report.kind, "invalid_settings");
    assert_eq!(report.fields.map(|f| f.len()), Some(5));
}

#[test]
fn a_new_instance_gets_an_id_from_its_host_name_and_defaults_for_ssh() {
    let mut d = ConnectionsDraft::from_settings(&current());
    let mut added = new_instance("GHES-2.acme.example");
    added.ssh = Some(SshDraft::default());
    d.ghes.push(added);
    d.ghes.push(new_instance("ghes-2.acme.example:8443"));
    let (s, dropped) = settings_from_draft(&d, &current()).unwrap();
    assert!(dropped.is_empty());
    assert_eq!(s.ghes[1].id, "ghes-2-acme-example");
    assert_eq!(s.ghes[1].hostname, "ghes-2.acme.example");
    assert_eq!(s.ghes[2].id, "ghes-2-acme-example-2");
    let ssh = s.ghes[1].ssh.clone().unwrap();
    assert_eq!(
        (ssh.user.as_str(), ssh.port, ssh.host),
        ("admin", 122, None)
    );
}

#[test]
fn the_same_host_twice_is_refused_and_a_missing_instance_is_dropped() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghes.push(new_instance("GitHub.acme.example"));
    let p = problems(settings_from_draft(&d, &current()));
    assert_eq!(p[0].field, "ghes.1.hostname");
    assert!(p[0].message.contains("already configured"), "{p:?}");

    let (s, dropped) = settings_from_draft(&ConnectionsDraft::default(), &current()).unwrap();
    assert!(s.ghes.is_empty());
    assert_eq!(dropped, ["main"]);
}

#[test]
fn an_empty_enterprise_form_means_no_enterprise_but_a_host_without_slug_is_refused() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghec = Some(GhecDraft {
        api_host: "api.github.com".into(),
        ..GhecDraft::default()
    });
    assert_eq!(settings_from_draft(&d, &current()).unwrap().0.ghec, None);
    d.ghec = Some(GhecDraft {
        api_host: "api.octocorp.ghe.com".into(),
        ..GhecDraft::default()
    });
    assert_eq!(
        problems(settings_from_draft(&d, &current()))[0].field,
        "ghec.enterprise"
    );
    d.ghec = Some(GhecDraft {
        api_host: "API.octocorp.ghe.com".into(),
        enterprise: "octo".into(),
        web_url: String::new(),
        licensing_url: None,
    });
    let g = settings_from_draft(&d, &current()).unwrap().0.ghec.unwrap();
    assert_eq!(g.api_url, "https://api.octocorp.ghe.com");
    assert_eq!(
        g.web_base_url().as_deref(),
        Some("https://octocorp.ghe.com")
    );
}

#[test]
fn an_id_the_settings_do_not_know_is_refused() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghes[0].id = Some("gone".into());
    assert!(matches!(
        settings_from_draft(&d, &current()),
        Err(Error::UnknownInstance(id)) if id == "gone"
    ));
}

#[test]
fn plain_http_api_addresses_need_the_https_switch_off() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghes[0].api_url = "http://ghes.acme.example:8080/api/v3".into();
    assert_eq!(
        problems(settings_from_draft(&d, &current()))[0].field,
        "ghes.0.api_url"
    );
    d.ghes[0].https = false;
    let s = settings_from_draft(&d, &current()).unwrap().0;
    assert_eq!(
        s.ghes[0].api_base_url(),
        "http://ghes.acme.example:8080/api/v3"
    );
}

#[test]
fn a_ca_bundle_that_cannot_be_read_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone.pem").display().to_string();
    let e = read_ca_bundle(&gone).unwrap_err();
    assert_eq!(e.kind(), "ca_bundle");
    assert!(e.to_string().contains(&gone), "{e}");
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[test]
fn the_manage_address_and_ssh_files_are_checked_and_kept_when_the_form_leaves_them_out() {
    let mut before = current();
    before.ghes[0].manage_url = Some("https://github.acme.example:9443".into());
    before.ghes[0].ssh = Some(SshTarget {
        user: "admin".into(),
        host: None,
        port: 122,
        known_hosts: Some("/etc/ssh/ssh_known_hosts".into()),
        identity_file: None,
        ignore_ssh_config: true,
    });
    let mut d = ConnectionsDraft::from_settings(&before);
    d.ghes[0].manage_url = None;
    if let Some(ssh) = d.ghes[0].ssh.as_mut() {
        ssh.known_hosts = None;
    }
    let (kept, _) = settings_from_draft(&d, &before).unwrap();
    assert_eq!(
        kept.ghes[0].manage_url.as_deref(),
        Some("https://github.acme.example:9443")
    );
    let ssh = kept.ghes[0].ssh.clone().unwrap();
    assert_eq!(ssh.known_hosts.as_deref(), Some("/etc/ssh/ssh_known_hosts"));
    assert!(ssh.ignore_ssh_config);

    d.ghes[0].manage_url = Some("http://github.acme.example:8080".into());
    if let Some(ssh) = d.ghes[0].ssh.as_mut() {
        ssh.identity_file = Some("/nonexistent/id_ed25519".into());
    }
    let fields: Vec<String> = problems(settings_from_draft(&d, &before))
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["ghes.0.ssh.identity_file", "ghes.0.manage_url"]);

    d.ghes[0].manage_url = Some(String::new());
    if let Some(ssh) = d.ghes[0].ssh.as_mut() {
        ssh.identity_file = Some(String::new());
    }
    let (cleared, _) = settings_from_draft(&d, &before).unwrap();
    assert_eq!(cleared.ghes[0].manage_url, None);
    assert_eq!(cleared.ghes[0].ssh.clone().unwrap().identity_file, None);
}

#[test]
fn hand_off_page_overrides_are_checked_kept_when_absent_and_cleared_when_empty() {
    let mut d = ConnectionsDraft::from_settings(&current());
    d.ghes[0].enterprise_slug = Some(" acme ".into());
    d.ghes[0].license_page_url = Some("https://github.acme.example/new/license/".into());
    d.ghes[0].connect_page_url = Some("http://github.acme.example/connect".into());
    d.ghec = Some(GhecDraft {
        enterprise: "acme".into(),
        licensing_url: Some("not an address".into()),
        ..GhecDraft::default()
    });
    let p = problems(settings_from_draft(&d, &current()));
    let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["ghec.licensing_url", "ghes.0.connect_page_url"],
        "{p:?}"
    );

    d.ghes[0].connect_page_url = Some(String::new());
    d.ghec = None;
    let (saved, _) = settings_from_draft(&d, &current()).unwrap();
    let g = &saved.ghes[0];
    assert_eq!(g.enterprise_slug.as_deref(), Some("acme"));
    assert_eq!(
        g.license_page_url.as_deref(),
        Some("https://github.acme.example/new/license")
    );
    assert_eq!(g.connect_page_url, None, "empty clears");

    // A form without the fields keeps what the instance has.
    let mut without = ConnectionsDraft::from_settings(&saved);
    without.ghes[0].enterprise_slug = None;
    without.ghes[0].license_page_url = None;
    let (kept, _) = settings_from_draft(&without, &saved).unwrap();
    assert_eq!(kept.ghes[0].enterprise_slug.as_deref(), Some("acme"));
    assert_eq!(
        kept.ghes[0].license_page_url.as_deref(),
        Some("https://github.acme.example/new/license")
    );

    without.ghes[0].enterprise_slug = Some("Acme Corp".into());
    let p = problems(settings_from_draft(&without, &saved));
    assert_eq!(p[0].field, "ghes.0.enterprise_slug", "{p:?}");
}
