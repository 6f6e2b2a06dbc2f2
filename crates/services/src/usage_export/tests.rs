use super::advice::{classify, ssh_failure};
use super::targets::check_target;
use super::*;

#[test]
fn the_command_follows_the_version() {
    for (v, c) in [
        ("3.17.4", ExportCommand::GheLicenseUsage),
        ("3.13.0", ExportCommand::GheLicenseUsage),
        ("3.12.9", ExportCommand::LegacyGheLicenseUsage),
        ("3.9", ExportCommand::LegacyGheLicenseUsage),
        ("2.22.1", ExportCommand::LegacyGheLicenseUsage),
        ("4.0.0", ExportCommand::GheLicenseUsage),
        ("garbage", ExportCommand::GheLicenseUsage),
    ] {
        assert_eq!(ExportCommand::for_version(v), c, "{v}");
    }
    assert_eq!(
        ExportCommand::GheLicenseUsage.command_line(),
        "ghe-license usage -o -y"
    );
}

#[test]
fn ssh_gets_separate_arguments_with_strict_host_keys_and_demo_files_only_when_given() {
    let mut t = ShellTarget::new("ghes.acme.example", 122, "admin");
    let o = ShellOptions::default();
    let args = ssh_args(&t, ExportCommand::GheLicenseUsage, &o);
    let joined = args.join(" ");
    assert!(joined.starts_with("-p 122 -o BatchMode=yes -o StrictHostKeyChecking=yes"));
    assert!(joined.ends_with("-l admin ghes.acme.example -- ghe-license usage -o -y"));
    assert!(!joined.contains("UserKnownHostsFile") && !joined.contains("-F none"));
    t.known_hosts_file = Some("/tmp/kh".into());
    t.identity_file = Some("/tmp/id".into());
    t.ignore_ssh_config = true;
    let args = ssh_args(&t, ExportCommand::LegacyGheLicenseUsage, &o);
    let joined = args.join(" ");
    assert!(joined.starts_with("-F none -p 122"));
    assert!(joined.contains("-o UserKnownHostsFile=/tmp/kh -o IdentitiesOnly=yes -i /tmp/id"));
    assert_eq!(args.last().map(String::as_str), Some("ghe-license-usage"));
}

#[test]
fn ssh_failures_are_told_apart_by_its_words() {
    let unknown = "No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\r\nHost key verification failed.\r\n";
    assert_eq!(ssh_failure(unknown, 0), ShellFailure::HostKeyUnknown);
    let changed = "@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nThe fingerprint for the ED25519 key sent by the remote host is\nSHA256:abcDEF123.\r\nHost key verification failed.\r\n";
    assert_eq!(
        ssh_failure(changed, 0),
        ShellFailure::HostKeyChanged {
            fingerprint: Some("SHA256:abcDEF123".into())
        }
    );
    assert_eq!(
        ssh_failure("admin@h: Permission denied (publickey).", 0),
        ShellFailure::AuthRefused
    );
    assert_eq!(
        ssh_failure("ssh: connect to host h port 122: Connection refused", 0),
        ShellFailure::Connect
    );
    assert_eq!(
        ssh_failure("Received disconnect from 127.0.0.1 port 2222:11: lost", 10),
        ShellFailure::ConnectionLost
    );
    assert_eq!(classify(Some(0), "", 5), None);
    assert_eq!(
        classify(Some(127), "bash: x: command not found", 0),
        Some(ShellFailure::CommandNotFound { version: None })
    );
    assert_eq!(
        classify(Some(2), "", 0),
        Some(ShellFailure::CommandFailed { exit: Some(2) })
    );
}

#[test]
fn the_fixes_say_how_to_trust_or_replace_a_host_key() {
    let t = ShellTarget::new("ghes.acme.example", 122, "admin");
    let e = ShellError::new(ShellFailure::HostKeyUnknown, &t, "x", String::new());
    assert!(e
        .fix()
        .contains("ssh-keyscan -p 122 ghes.acme.example >> ~/.ssh/known_hosts"));
    let e = ShellError::new(
        ShellFailure::HostKeyChanged { fingerprint: None },
        &t,
        "x",
        String::new(),
    );
    assert!(e.fix().contains("ssh-keygen -R '[ghes.acme.example]:122'"));
    assert_eq!(e.kind(), "ssh_host_key_changed");
}

#[test]
fn a_host_or_user_that_ssh_would_read_as_an_option_is_refused() {
    assert!(check_target(&ShellTarget::new("-oProxyCommand=x", 122, "admin")).is_err());
    assert!(check_target(&ShellTarget::new("h", 122, "ad min")).is_err());
    assert!(check_target(&ShellTarget::new("h.example", 122, "admin")).is_ok());
}

#[test]
fn the_suggested_name_is_the_host_and_the_day() {
    let at = time::macros::datetime!(2026-03-04 10:00 UTC);
    assert_eq!(
        file_name_for("github.acme.example", at),
        "github.acme.example-license-usage-20260304.json"
    );
}

#[test]
fn an_admin_shell_failure_keeps_ssh_s_words_after_its_message_in_every_language() {
    let t = ShellTarget::new("ghes.acme.example", 122, "admin");
    let e = ShellError::new(
        ShellFailure::HostKeyChanged {
            fingerprint: Some("SHA256:abc".into()),
        },
        &t,
        "ghe-license usage -o -y",
        "Host key verification failed.\n".into(),
    );
    assert_eq!(
        e.to_string(),
        "The admin shell at ghes.acme.example:122 was not contacted: its SSH host key has CHANGED since this computer last trusted it.\nssh said:\nHost key verification failed."
    );
    assert!(e.fix().starts_with(
        "The appliance at ghes.acme.example:122 presented a different host key (SHA256:abc) than"
    ));
    assert!(e
        .fix()
        .contains("`ssh-keygen -R '[ghes.acme.example]:122'`"));
    let es = e.message().in_lang(ghls_l10n::Lang::Es);
    assert!(
        es.starts_with("No se contactó con el shell de administración en ghes.acme.example:122"),
        "{es}"
    );
    assert!(
        es.ends_with("\nssh dijo:\nHost key verification failed."),
        "{es}"
    );
    let pt = e.fix_message().in_lang(ghls_l10n::Lang::PtBr);
    assert!(
        pt.contains("(SHA256:abc)") && pt.contains("ssh-keyscan -p 122 ghes.acme.example"),
        "{pt}"
    );
}

#[test]
fn an_export_past_the_cap_gives_the_cap_as_the_language_writes_numbers() {
    let t = ShellTarget::new("ghes.acme.example", 2222, "admin");
    let e = ShellError::new(
        ShellFailure::TooLarge { cap: 67_108_864 },
        &t,
        "ghe-license-usage",
        String::new(),
    );
    assert_eq!(
        e.to_string(),
        "`ghe-license-usage` on the admin shell at ghes.acme.example:2222 wrote more than 67,108,864 bytes; it was stopped and nothing was saved."
    );
    assert!(e
        .message()
        .in_lang(ghls_l10n::Lang::Es)
        .contains("más de 67.108.864 bytes"));
}
