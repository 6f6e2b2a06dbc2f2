use super::*;

#[test]
fn enterprise_slugs_are_lowercase_letters_digits_and_inner_hyphens() {
    assert_eq!(enterprise_slug(" acme-corp2 ").unwrap(), "acme-corp2");
    let p = enterprise_slug("Acme-Corp").unwrap_err();
    assert!(p.message.text().contains("capital letters"), "{p:?}");
    assert!(p.fix.text().contains("`acme-corp`"), "{p:?}");
    let p = enterprise_slug("acme corp").unwrap_err();
    assert!(p.message.text().contains("a space"), "{p:?}");
    assert!(p.fix.text().contains("`acme-corp`"), "{p:?}");
    assert!(enterprise_slug("-acme")
        .unwrap_err()
        .message
        .text()
        .contains("hyphen"));
    assert!(enterprise_slug("acme-")
        .unwrap_err()
        .message
        .text()
        .contains("hyphen"));
    assert!(enterprise_slug("acme_corp")
        .unwrap_err()
        .message
        .text()
        .contains("`_`"));
    assert!(enterprise_slug("")
        .unwrap_err()
        .message
        .text()
        .contains("empty"));
    let p = enterprise_slug("https://github.com/enterprises/acme/settings").unwrap_err();
    assert!(p.fix.text().contains("`acme`"), "{p:?}");
}

#[test]
fn host_names_are_dns_names_or_ip_addresses_with_an_optional_port() {
    for ok in [
        "github.acme.example",
        "GitHub.Acme.Example",
        "ghes",
        "ghes.example.com:8443",
        "10.0.0.5",
        "10.0.0.5:443",
        "[2001:db8::1]:443",
        "2001:db8::1",
        "github.acme.example.",
    ] {
        assert!(hostname(ok).is_ok(), "{ok} should be accepted");
    }
    assert_eq!(
        hostname(" GitHub.Acme.Example ").unwrap(),
        "github.acme.example"
    );
    let p = hostname("https://github.acme.example/").unwrap_err();
    assert!(p.message.text().contains("scheme"), "{p:?}");
    assert!(p.fix.text().contains("`github.acme.example`"), "{p:?}");
    let p = hostname("github.acme.example/api/v3").unwrap_err();
    assert!(p.message.text().contains("path"), "{p:?}");
    assert!(hostname("ghes.example.com:0")
        .unwrap_err()
        .message
        .text()
        .contains("out of range"));
    assert!(hostname("ghes.example.com:99999").is_err());
    assert!(hostname("ghes.example.com:https").is_err());
    assert!(hostname("ghes_1.example.com")
        .unwrap_err()
        .message
        .text()
        .contains("`_`"));
    assert!(hostname("-ghes.example.com").is_err());
    assert!(hostname("ghes..example.com")
        .unwrap_err()
        .message
        .text()
        .contains("empty part"));
    assert!(hostname("300.1.1.1")
        .unwrap_err()
        .message
        .text()
        .contains("IP address"));
    assert!(hostname("admin@ghes").is_err());
    assert!(hostname("").unwrap_err().message.text().contains("empty"));
}

#[test]
fn the_ghec_api_is_github_com_or_a_ghe_com_api_host() {
    assert_eq!(ghec_api("").unwrap(), "https://api.github.com");
    assert_eq!(
        ghec_api("api.github.com").unwrap(),
        "https://api.github.com"
    );
    assert_eq!(
        ghec_api("https://api.github.com/").unwrap(),
        "https://api.github.com"
    );
    assert_eq!(
        ghec_api("API.Octocorp.GHE.com").unwrap(),
        "https://api.octocorp.ghe.com"
    );
    let p = ghec_api("octocorp.ghe.com").unwrap_err();
    assert!(p.fix.text().contains("api.octocorp.ghe.com"), "{p:?}");
    let p = ghec_api("github.com").unwrap_err();
    assert!(p.fix.text().contains("api.github.com"), "{p:?}");
    assert!(ghec_api("http://api.github.com")
        .unwrap_err()
        .message
        .text()
        .contains("https"));
    assert!(ghec_api("api.github.com/enterprises")
        .unwrap_err()
        .message
        .text()
        .contains("path"));
    assert!(ghec_api("ghes.acme.example").is_err());
    assert!(ghec_api("api.x.y.ghe.com").is_err());
    // The built-in emulator and local test servers answer on loopback.
    assert_eq!(
        ghec_api("http://127.0.0.1:41234/ghec/api/").unwrap(),
        "http://127.0.0.1:41234/ghec/api"
    );
}

#[test]
fn ssh_ports_are_1_to_65535_and_default_to_122() {
    assert_eq!(port_number("", Some(122)).unwrap(), 122);
    assert_eq!(port_number(" 2222 ", Some(122)).unwrap(), 2222);
    for bad in ["0", "65536", "-1", "ssh", "1.5"] {
        let p = port_number(bad, Some(122)).unwrap_err();
        assert!(p.fix.text().contains("1 to 65535"), "{bad}: {p:?}");
    }
    assert_eq!(ssh_user("", "admin").unwrap(), "admin");
    assert!(ssh_user("root@ghes", "admin").is_err());
    assert!(ssh_host("ghes:122")
        .unwrap_err()
        .fix
        .text()
        .contains("own field"));
    assert_eq!(ssh_host("").unwrap(), None);
}

#[test]
fn a_ca_bundle_must_be_an_existing_readable_file_given_by_full_path() {
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("ca.pem");
    std::fs::write(&pem, "-----BEGIN CERTIFICATE-----\n").unwrap();
    let shown = pem.display().to_string();
    assert_eq!(ca_bundle(&shown).unwrap().as_deref(), Some(shown.as_str()));
    assert_eq!(ca_bundle("  ").unwrap(), None);
    let p = ca_bundle(&dir.path().join("gone.pem").display().to_string()).unwrap_err();
    assert!(p.message.text().contains("does not exist"), "{p:?}");
    assert!(ca_bundle(&dir.path().display().to_string())
        .unwrap_err()
        .message
        .text()
        .contains("folder"));
    assert!(ca_bundle("certs/ca.pem")
        .unwrap_err()
        .message
        .text()
        .contains("full path"));
}

#[test]
fn web_addresses_are_https_without_credentials() {
    assert_eq!(web_address("", false).unwrap(), None);
    assert_eq!(
        web_address("https://github.example/", false)
            .unwrap()
            .as_deref(),
        Some("https://github.example")
    );
    assert!(web_address("https://me:pw@github.example", false)
        .unwrap_err()
        .fix
        .text()
        .contains("keyring"));
    assert!(web_address("http://github.example", false).is_err());
    assert!(web_address("http://github.example", true).is_ok());
    assert!(web_address("http://127.0.0.1:9/ghec/web", false).is_ok());
    assert!(web_address("github.example", false).is_err());
}

#[test]
fn instance_ids_come_from_the_host_name_and_stay_unique() {
    assert_eq!(
        instance_id("github.acme.example", &[]),
        "github-acme-example"
    );
    assert_eq!(
        instance_id("GHES.example.com:8443", &[]),
        "ghes-example-com"
    );
    assert_eq!(
        instance_id("github.acme.example", &["github-acme-example"]),
        "github-acme-example-2"
    );
    assert_eq!(
        instance_id(
            "github.acme.example",
            &["github-acme-example", "github-acme-example-2"]
        ),
        "github-acme-example-3"
    );
    assert_eq!(instance_id("[::1]", &[]), "ghes-1");
    assert_eq!(instance_id("10.0.0.5", &[]), "ghes-10-0-0-5");
    assert_eq!(instance_id("", &[]), "ghes");
}

#[test]
fn field_problems_read_in_portuguese() {
    let label = ghls_l10n::msg!(
        "conn-label-ghes",
        n = 2,
        field = ghls_l10n::msg!("conn-label-host-name")
    );
    let p = hostname("https://github.acme.example/").unwrap_err().at_in(
        "ghes.1.hostname",
        &label,
        ghls_l10n::Lang::PtBr,
    );
    assert_eq!(p.field, "ghes.1.hostname");
    assert_eq!(p.label, "Instância GHES 2, nome do host");
    assert_eq!(
        p.message,
        "`https://github.acme.example/` inclui um esquema (http:// ou https://)."
    );
    assert_eq!(
        p.fix,
        "Informe só o nome do host: `github.acme.example`. HTTPS é uma configuração à parte."
    );
    let english = hostname("https://github.acme.example/").unwrap_err().at_in(
        "ghes.1.hostname",
        &label,
        ghls_l10n::Lang::En,
    );
    assert_eq!(english.label, "GHES instance 2, host name");
    assert_eq!(
        english.message,
        "`https://github.acme.example/` includes a scheme (http:// or https://)."
    );
}

#[test]
fn a_slug_suggestion_reads_in_spanish() {
    let p = enterprise_slug("Acme Corp").unwrap_err();
    assert_eq!(
        p.message.in_lang(ghls_l10n::Lang::Es),
        "`Acme Corp` tiene mayúsculas; los slugs de empresa van en minúsculas."
    );
    assert_eq!(
        p.fix.in_lang(ghls_l10n::Lang::Es),
        "Los slugs de empresa son letras minúsculas, dígitos y guiones: ¿quisiste decir `acme-corp`?"
    );
}
