//! The emulated GHES admin shell, driven by the system's OpenSSH client exactly as the app
//! drives it: each version answers its own export command with a real export, the other
//! version's command is "command not found" (127), only the demo key gets in, and a fault
//! drops the connection mid-export.
//!
//! Needs `ssh` (Debian's openssh-client, installed by `scripts/setup --test`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::process::Output;

use ghls_emulator::testing::emulator;
use ghls_emulator::{read_export, FaultKind, FaultTarget, GhesSshInfo};

/// GHES 3.13+'s export command.
const EXPORT: &[&str] = &["ghe-license", "usage", "-o", "-y"];

async fn run(ssh: &GhesSshInfo, identity: &str, command: &[&str]) -> Output {
    let mut cmd = tokio::process::Command::new("ssh");
    cmd.args(["-F", "none", "-p", &ssh.port.to_string()])
        .args(["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes"])
        .arg("-o")
        .arg(format!("UserKnownHostsFile={}", ssh.known_hosts_file))
        .args(["-o", "IdentitiesOnly=yes", "-i", identity])
        .arg(format!("{}@{}", ssh.user, ssh.host))
        .arg("--")
        .args(command);
    cmd.kill_on_drop(true);
    cmd.output()
        .await
        .expect("the ssh client (openssh-client) is installed")
}

#[tokio::test]
async fn each_version_answers_its_own_export_command_with_a_real_export() {
    let emu = emulator().consumers(40).ssh().await;
    for (name, command) in [
        ("main", &["ghe-license", "usage", "-o", "-y"][..]),
        ("legacy", &["ghe-license-usage"][..]),
    ] {
        let ssh = emu.ssh_of(name);
        let out = run(&ssh, &ssh.identity_file, command).await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let export = read_export(&out.stdout).unwrap();
        let (host, server_id) = emu.with_world(|w| {
            let i = w.instance(name).unwrap();
            (i.hostname.clone(), i.server_id.clone())
        });
        assert_eq!((export.host_name, export.server_id), (host, server_id));
        assert!(!export.users.is_empty());
    }
}

#[tokio::test]
async fn the_other_versions_command_is_not_found_with_exit_status_127() {
    let emu = emulator().consumers(40).ssh().await;
    for (name, command, missing) in [
        ("main", &["ghe-license-usage"][..], "ghe-license-usage"),
        (
            "legacy",
            &["ghe-license", "usage", "-o", "-y"][..],
            "ghe-license",
        ),
    ] {
        let ssh = emu.ssh_of(name);
        let out = run(&ssh, &ssh.identity_file, command).await;
        assert_eq!(out.status.code(), Some(127), "{name}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim(),
            format!("bash: {missing}: command not found")
        );
    }
}

#[tokio::test]
async fn only_the_demo_key_gets_in_and_the_host_key_is_the_published_one() {
    let emu = emulator().consumers(40).ssh().await;
    let ssh = emu.ssh_of("main");
    assert!(ssh
        .known_hosts_line
        .starts_with(&format!("[127.0.0.1]:{} ssh-ed25519 ", ssh.port)));
    let known = std::fs::read_to_string(&ssh.known_hosts_file).unwrap();
    assert!(known.contains(&ssh.known_hosts_line));
    let dir = std::env::temp_dir().join(format!("ghls-ssh-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let other = dir.join("other_key");
    let _ = std::fs::remove_file(&other);
    let made = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(&other)
        .status()
        .unwrap();
    assert!(made.success());
    let out = run(&ssh, other.to_str().unwrap(), EXPORT).await;
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(255));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Permission denied (publickey)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn a_reset_fault_drops_the_connection_mid_export() {
    let emu = emulator().consumers(40).ssh().await;
    let ssh = emu.ssh_of("main");
    let full = emu.license_usage_export("main").unwrap();
    emu.fail_once(
        FaultTarget::Ghes("main".into()),
        "ssh:",
        FaultKind::ResetConnection,
    );
    let out = run(&ssh, &ssh.identity_file, EXPORT).await;
    assert_eq!(out.status.code(), Some(255));
    assert!(!out.stdout.is_empty() && out.stdout.len() < full.len());
    assert!(read_export(&out.stdout).is_err());
    // The fault was used up: the next export is whole.
    let out = run(&ssh, &ssh.identity_file, EXPORT).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(read_export(&out.stdout).is_ok());
}

#[tokio::test]
async fn the_key_folder_is_private_and_removed_with_the_emulator() {
    let emu = emulator().consumers(40).ssh().await;
    let ssh = emu.ssh_of("main");
    let identity = std::path::PathBuf::from(&ssh.identity_file);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&identity).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let without = emulator().consumers(10).await;
    assert!(without.info().ghes.iter().all(|g| g.ssh.is_none()));
    drop(emu);
    assert!(!identity.exists());
}
