//! Export license usage over the admin shell, through the system's OpenSSH client: against
//! the demo emulator's SSH endpoints (both versions' commands, host keys, faults, cancel,
//! time-out, destinations), and once against a real OpenSSH server (Debian's `sshd`,
//! started and stopped here) to prove the client side works with the real thing.
//!
//! Needs `ssh`, `ssh-keygen` and `sshd` (openssh-client, openssh-server: `scripts/setup
//! --test` installs them). A missing `sshd` fails the real-server test with that advice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ghls_domain::usage_file::UsageVerdict;
use ghls_emulator::testing::emulator;
use ghls_emulator::{FaultKind, FaultTarget, GhesSshInfo};
use ghls_github::CancellationToken;
use ghls_services::activity::{ActivityKind, Outcome};
use ghls_services::usage_export::{
    export_to, ExportCommand, ExportProgress, ShellOptions, ShellTarget,
};
use ghls_services::{App, Error};
use support::{assert_last_activity, demo};

async fn demo_app() -> App {
    demo().consumers(60).seed(3).await
}

fn ssh_info(app: &App, name: &str) -> GhesSshInfo {
    app.emulator().unwrap().ssh_of(name)
}

/// The demo's target for `name`, with another `known_hosts` file.
fn target_with_known_hosts(ssh: &GhesSshInfo, known_hosts: &Path) -> ShellTarget {
    ShellTarget {
        host: ssh.host.clone(),
        port: ssh.port,
        user: ssh.user.clone(),
        known_hosts_file: Some(known_hosts.to_path_buf()),
        identity_file: Some(PathBuf::from(&ssh.identity_file)),
        ignore_ssh_config: true,
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn kind(e: &Error) -> String {
    e.report().kind.to_string()
}

fn inject(app: &App, name: &str, kind: FaultKind) {
    let target = FaultTarget::Ghes(name.into());
    app.emulator().unwrap().fail_once(target, "ssh:", kind);
}

/// Exports with the default options, never cancelled, not watching progress.
async fn run_export(
    target: &ShellTarget,
    command: ExportCommand,
    dest: &Path,
) -> Result<ghls_services::usage_export::Exported, Error> {
    export_to(
        target,
        command,
        dest,
        &ShellOptions::default(),
        &CancellationToken::new(),
        |_| {},
    )
    .await
}

#[tokio::test]
async fn each_instance_is_exported_with_its_versions_command_and_offered_to_add_server_usage() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    for (name, command, version) in [
        ("main", "ghe-license usage -o -y", "3.17.4"),
        ("legacy", "ghe-license-usage", "3.12.9"),
    ] {
        let dest = dir.path().join(app.license_usage_file_name(name).unwrap());
        assert!(dest
            .file_name()
            .unwrap()
            .to_string_lossy()
            .contains("-license-usage-"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let outcome = app
            .export_license_usage(name, dest.clone(), move |p| log.lock().unwrap().push(p))
            .await
            .unwrap();
        assert_eq!(outcome.command, command);
        assert_eq!(outcome.version.as_deref(), Some(version));
        assert_eq!(outcome.path, dest.display().to_string());
        let UsageVerdict::Accepted(review) = &outcome.verdict else {
            panic!("{:?}", outcome.verdict);
        };
        let host = app
            .settings()
            .ghes
            .iter()
            .find(|g| g.id == name)
            .unwrap()
            .hostname
            .clone();
        assert_eq!(review.export.host_name, host);
        assert_eq!(std::fs::metadata(&dest).unwrap().len(), outcome.bytes);
        let seen = seen.lock().unwrap();
        assert_eq!(seen.first(), Some(&ExportProgress::ReadingVersion));
        assert!(seen
            .iter()
            .any(|p| matches!(p, ExportProgress::Connecting { command: c, .. } if c == command)));
        assert!(seen.contains(&ExportProgress::Validating {
            bytes: outcome.bytes
        }));
    }
    assert_eq!(names_in(dir.path()).len(), 2, "no temporary file is left");
    let exports: Vec<_> = app
        .activity(None)
        .into_iter()
        .filter(|a| a.kind == ActivityKind::ExportLicenseUsage)
        .collect();
    assert_eq!(exports.len(), 2);
    assert!(exports.iter().all(|a| a.outcome == Outcome::Ok));
    assert!(exports[0].details.contains("ghe-license-usage"));
}

#[tokio::test]
async fn the_other_versions_command_is_explained_as_not_found_not_as_a_broken_export() {
    let app = demo_app().await;
    let ssh = ssh_info(&app, "main");
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("usage.json");
    let target = target_with_known_hosts(&ssh, Path::new(&ssh.known_hosts_file));
    let e = run_export(&target, ExportCommand::LegacyGheLicenseUsage, &dest)
        .await
        .unwrap_err();
    let r = e.report();
    assert_eq!(r.kind, "ssh_command_not_found");
    assert!(r.message.contains("exit status 127"), "{}", r.message);
    assert!(r
        .message
        .contains("bash: ghe-license-usage: command not found"));
    let fix = r.fix.unwrap();
    assert!(fix.contains("ghe-license usage -o -y") && fix.contains("3.12 and older"));
    assert!(names_in(dir.path()).is_empty());
}

#[tokio::test]
async fn an_unknown_host_key_is_refused_with_how_to_verify_and_trust_it() {
    let app = demo_app().await;
    let ssh = ssh_info(&app, "main");
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("known_hosts");
    std::fs::write(&empty, "").unwrap();
    let dest = dir.path().join("usage.json");
    let e = run_export(
        &target_with_known_hosts(&ssh, &empty),
        ExportCommand::GheLicenseUsage,
        &dest,
    )
    .await
    .unwrap_err();
    let r = e.report();
    assert_eq!(r.kind, "ssh_host_key_unknown", "{r:?}");
    assert!(
        r.message.contains("Host key verification failed"),
        "{}",
        r.message
    );
    let fix = r.fix.unwrap();
    assert!(
        fix.contains(&format!(
            "ssh-keyscan -p {} 127.0.0.1 >> ~/.ssh/known_hosts",
            ssh.port
        )),
        "{fix}"
    );
    assert!(fix.contains("fingerprint"));
    assert_eq!(names_in(dir.path()), vec!["known_hosts".to_owned()]);
}

#[tokio::test]
async fn a_changed_host_key_is_refused_with_how_to_remove_the_old_one() {
    let app = demo_app().await;
    let main = ssh_info(&app, "main");
    let legacy = ssh_info(&app, "legacy");
    let dir = tempfile::tempdir().unwrap();
    // main's address with legacy's key: what a reinstalled (or impersonated) appliance shows.
    let key = legacy.known_hosts_line.split_once(' ').unwrap().1;
    let known = dir.path().join("known_hosts");
    std::fs::write(&known, format!("[127.0.0.1]:{} {key}\n", main.port)).unwrap();
    let e = run_export(
        &target_with_known_hosts(&main, &known),
        ExportCommand::GheLicenseUsage,
        &dir.path().join("usage.json"),
    )
    .await
    .unwrap_err();
    let r = e.report();
    assert_eq!(r.kind, "ssh_host_key_changed", "{r:?}");
    assert!(r.message.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"));
    let fix = r.fix.unwrap();
    assert!(
        fix.contains(&format!("ssh-keygen -R '[127.0.0.1]:{}'", main.port)),
        "{fix}"
    );
}

#[tokio::test]
async fn a_connection_killed_mid_export_leaves_no_file_and_the_old_one_intact() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("usage.json");
    std::fs::write(&dest, b"the good export from last week").unwrap();
    inject(&app, "main", FaultKind::ResetConnection);
    let e = app
        .export_license_usage("main", dest.clone(), |_| {})
        .await
        .unwrap_err();
    assert_eq!(kind(&e), "ssh_connection_lost", "{e}");
    assert_eq!(
        std::fs::read(&dest).unwrap(),
        b"the good export from last week"
    );
    assert_eq!(names_in(dir.path()), vec!["usage.json".to_owned()]);
    assert_last_activity(&app, ActivityKind::ExportLicenseUsage, Outcome::Failed);
}

#[tokio::test]
async fn output_that_is_not_a_whole_export_is_refused_and_replaces_nothing() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("usage.json");
    std::fs::write(&dest, b"old").unwrap();
    for fault in [FaultKind::TruncatedBody, FaultKind::MalformedJson] {
        inject(&app, "main", fault);
        let e = app
            .export_license_usage("main", dest.clone(), |_| {})
            .await
            .unwrap_err();
        assert_eq!(kind(&e), "export_not_usage", "{e}");
        assert!(e.to_string().contains("Nothing was saved"));
    }
    assert_eq!(std::fs::read(&dest).unwrap(), b"old");
    assert_eq!(names_in(dir.path()), vec!["usage.json".to_owned()]);
}

#[tokio::test]
async fn a_failing_command_shows_the_appliances_words() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    inject(
        &app,
        "legacy",
        FaultKind::Status {
            status: 500,
            message: Some("ghe-license-usage: the license database is locked".into()),
        },
    );
    let e = app
        .export_license_usage("legacy", dir.path().join("u.json"), |_| {})
        .await
        .unwrap_err();
    let r = e.report();
    assert_eq!(r.kind, "ssh_command_failed");
    assert!(r.message.contains("exit status 1"));
    assert!(r
        .message
        .contains("ghe-license-usage: the license database is locked"));
}

#[tokio::test]
async fn cancel_kills_the_export_and_leaves_nothing() {
    let app = Arc::new(demo_app().await);
    inject(&app, "main", FaultKind::Delay { ms: 20_000 });
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("usage.json");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let running = {
        let app = app.clone();
        let dest = dest.clone();
        tokio::spawn(async move {
            app.export_license_usage("main", dest, move |p| {
                let _ = tx.send(p);
            })
            .await
        })
    };
    // Wait until ssh runs, then a second export of the same instance is refused.
    while let Some(p) = rx.recv().await {
        if matches!(p, ExportProgress::Connecting { .. }) {
            break;
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let twice = app
        .export_license_usage("main", dir.path().join("other.json"), |_| {})
        .await
        .unwrap_err();
    assert_eq!(kind(&twice), "job_running");
    let started = std::time::Instant::now();
    assert!(app.cancel_export("main"));
    let e = running.await.unwrap().unwrap_err();
    assert_eq!(kind(&e), "cancelled");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(names_in(dir.path()).is_empty());
    assert!(!app.cancel_export("main"), "nothing runs any more");
    assert_eq!(app.activity(Some(1))[0].outcome, Outcome::Info);
}

#[tokio::test]
async fn a_time_out_stops_the_export_and_leaves_nothing() {
    let app = demo_app().await;
    inject(&app, "main", FaultKind::Delay { ms: 20_000 });
    let dir = tempfile::tempdir().unwrap();
    let options = ShellOptions {
        timeout: Duration::from_secs(2),
        ..ShellOptions::default()
    };
    let e = app
        .export_license_usage_with("main", dir.path().join("u.json"), &options, |_| {})
        .await
        .unwrap_err();
    assert_eq!(kind(&e), "timeout");
    assert!(names_in(dir.path()).is_empty());
}

#[tokio::test]
async fn an_unwritable_destination_is_a_clear_error_before_anything_is_fetched() {
    let app = demo_app().await;
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("file");
    std::fs::write(&not_a_folder, b"keep me").unwrap();
    for dest in [
        dir.path().join("missing-folder").join("usage.json"),
        not_a_folder.join("usage.json"),
    ] {
        let e = app
            .export_license_usage("main", dest.clone(), |_| {})
            .await
            .unwrap_err();
        let r = e.report();
        assert_eq!(r.kind, "export_failed", "{r:?}");
        assert!(r.message.contains(&dest.display().to_string()));
        assert!(r.fix.unwrap().contains("unchanged"));
    }
    assert_eq!(std::fs::read(&not_a_folder).unwrap(), b"keep me");
    assert_eq!(names_in(dir.path()), vec!["file".to_owned()]);
}

#[tokio::test]
async fn a_missing_ssh_client_and_an_unknown_instance_are_explained() {
    let app = demo_app().await;
    let ssh = ssh_info(&app, "main");
    let dir = tempfile::tempdir().unwrap();
    let options = ShellOptions {
        ssh_program: PathBuf::from("/nonexistent/ssh"),
        ..ShellOptions::default()
    };
    let e = export_to(
        &target_with_known_hosts(&ssh, Path::new(&ssh.known_hosts_file)),
        ExportCommand::GheLicenseUsage,
        &dir.path().join("u.json"),
        &options,
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap_err();
    assert_eq!(kind(&e), "ssh_missing");
    assert!(e.fix().contains("openssh-client"));
    assert!(names_in(dir.path()).is_empty());
    let e = app.license_usage_file_name("nope").unwrap_err();
    assert_eq!(kind(&e), "unknown_instance");
}

// ---------------------------------------------------------------------------------------
// A real OpenSSH server

/// Debian's `sshd`, which must be called by its absolute path.
fn sshd_path() -> PathBuf {
    let candidates = ["/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd"];
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("sshd"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    candidates
        .iter()
        .map(PathBuf::from)
        .chain(on_path)
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "sshd is not installed: this test runs the export against a real OpenSSH server. Install it with `scripts/setup --test` or `apt-get install openssh-server openssh-client`."
            )
        })
}

fn keygen(path: &Path) {
    let ok = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(path)
        .status()
        .expect("ssh-keygen (openssh-client) is installed")
        .success();
    assert!(ok, "ssh-keygen failed");
}

fn current_user() -> String {
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// `sshd -D -e -f CONFIG` on a loopback port, killed when dropped.
struct RealSshd {
    child: tokio::process::Child,
    port: u16,
    log: PathBuf,
}

impl RealSshd {
    async fn start(dir: &Path, force_command: &Path) -> Self {
        let sshd = sshd_path();
        keygen(&dir.join("host_key"));
        keygen(&dir.join("client_key"));
        std::fs::copy(dir.join("client_key.pub"), dir.join("authorized_keys")).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let d = dir.display();
        let config = dir.join("sshd_config");
        std::fs::write(
            &config,
            format!(
                "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nAuthorizedKeysFile {d}/authorized_keys\nPidFile {d}/sshd.pid\nUsePAM no\nStrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nForceCommand {}\n",
                force_command.display()
            ),
        )
        .unwrap();
        // As root, sshd insists on its privilege separation folder.
        let _ = std::fs::create_dir_all("/run/sshd");
        let log = dir.join("sshd.log");
        let child = tokio::process::Command::new(&sshd)
            .args(["-D", "-e", "-f"])
            .arg(&config)
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::options().append(true).open(&log).unwrap())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let mut me = Self { child, port, log };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return me;
            }
            if let Ok(Some(status)) = me.child.try_wait() {
                panic!(
                    "sshd exited ({status}) before listening:\n{}",
                    std::fs::read_to_string(&me.log).unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "sshd did not listen on 127.0.0.1:{port} within 10 s:\n{}",
            std::fs::read_to_string(&me.log).unwrap_or_default()
        );
    }
}

#[tokio::test]
async fn the_export_works_against_a_real_openssh_server() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The export GHES would print, from the emulator's renderer.
    let emu = emulator().consumers(30).await;
    let export = emu.license_usage_export("main").unwrap();
    std::fs::write(d.join("export.json"), &export).unwrap();
    let script = d.join("ghe-license-stub");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$SSH_ORIGINAL_COMMAND\" > {d}/command.txt\nexec cat {d}/export.json\n",
            d = d.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut sshd = RealSshd::start(d, &script).await;
    let host_key = std::fs::read_to_string(d.join("host_key.pub")).unwrap();
    let known = d.join("known_hosts");
    std::fs::write(&known, format!("[127.0.0.1]:{} {host_key}", sshd.port)).unwrap();
    let target = ShellTarget {
        host: "127.0.0.1".into(),
        port: sshd.port,
        user: current_user(),
        known_hosts_file: Some(known),
        identity_file: Some(d.join("client_key")),
        ignore_ssh_config: true,
    };
    let out = d.join("out");
    std::fs::create_dir(&out).unwrap();
    let dest = out.join("usage.json");
    let result = run_export(&target, ExportCommand::GheLicenseUsage, &dest).await;
    let exported = result.unwrap_or_else(|e| {
        panic!(
            "{e}\n{}\nsshd's log:\n{}",
            e.fix(),
            std::fs::read_to_string(&sshd.log).unwrap_or_default()
        )
    });
    assert_eq!(std::fs::read(&dest).unwrap(), export);
    assert_eq!(exported.bytes, export.len() as u64);
    assert_eq!(
        std::fs::read_to_string(d.join("command.txt"))
            .unwrap()
            .trim(),
        "ghe-license usage -o -y"
    );

    // The same server, not yet trusted: the real OpenSSH words give the host-key kind.
    let empty = d.join("empty_known_hosts");
    std::fs::write(&empty, "").unwrap();
    let e = run_export(
        &ShellTarget {
            known_hosts_file: Some(empty),
            ..target
        },
        ExportCommand::GheLicenseUsage,
        &out.join("again.json"),
    )
    .await
    .unwrap_err();
    assert_eq!(kind(&e), "ssh_host_key_unknown", "{e}");
    assert_eq!(names_in(&out), vec!["usage.json".to_owned()]);
    let _ = sshd.child.kill().await;
}
