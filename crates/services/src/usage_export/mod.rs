//! Export license usage over the GHES admin shell (SSH, port 122), through the system's
//! OpenSSH client.
//!
//! The `ssh` binary is run, never a library: the admin's keys, agent, `known_hosts`,
//! `~/.ssh/config` and ProxyJump apply as on the command line, and the app never holds a
//! key or a password (the admin shell takes keys only). Arguments are separate argv
//! entries, never a shell string:
//!
//! ```text
//! ssh -p PORT -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=20 -T -a -x
//!     -o ClearAllForwardings=yes -l USER HOST -- ghe-license usage -o -y
//! ```
//!
//! The command follows the version the REST API reports (github-api.md §4.1, §5):
//! `ghe-license usage -o -y` on GHES 3.13 and newer, `ghe-license-usage` on 3.12 and older.
//! Host-key checking stays on: an unknown or changed host key is its own failure, with how
//! to verify and trust the key. Other failures carry ssh's standard error verbatim (its
//! last [`STDERR_TAIL_BYTES`]).
//!
//! The output streams into a hidden temporary file beside the destination
//! (`.NAME.partial-…`), is fsynced, read back (bounded) and recognised as a license-usage
//! export, and only then renamed over the destination. A failed, refused, timed-out or
//! cancelled export removes its temporary file and never replaces a file already there.
//!
//! In demo mode only, the target also names the emulator's `known_hosts` file and demo key
//! (`-F none -o UserKnownHostsFile=… -o IdentitiesOnly=yes -i …`): see [`ShellTarget`].

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::PoisonError;
use std::time::{Duration, Instant};

use ghls_domain::usage_file::{recognise, UsageExport, UsageVerdict, MAX_USAGE_FILE_BYTES};
use ghls_github::CancellationToken;
use serde::Serialize;
use time::OffsetDateTime;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use ts_rs::TS;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::{App, Mode};
use crate::error::{Error, Result};
use crate::settings::GhesSettings;

/// How much of ssh's standard error is kept for the message: the end, where the cause is.
pub const STDERR_TAIL_BYTES: usize = 4 * 1024;

/// The whole export may take this long by default (300,000 users are about 100 MB).
pub const DEFAULT_EXPORT_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// The export command for a GHES version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportCommand {
    /// GHES 3.13 and newer: `ghe-license usage -o -y` (`-o` to standard output, `-y` no
    /// confirmation).
    GheLicenseUsage,
    /// GHES 3.12 and older: `ghe-license-usage`.
    LegacyGheLicenseUsage,
}

impl ExportCommand {
    /// The command for `version` (`3.17.4`); a version that cannot be read gets the current
    /// command.
    pub fn for_version(version: &str) -> Self {
        let mut parts = version
            .trim()
            .trim_start_matches(['v', 'V'])
            .split('.')
            .map(|p| p.trim().parse::<u32>().ok());
        match (parts.next().flatten(), parts.next().flatten()) {
            (Some(major), Some(minor)) if (major, minor) < (3, 13) => Self::LegacyGheLicenseUsage,
            _ => Self::GheLicenseUsage,
        }
    }

    /// The remote command's words, each its own argv entry after `--`.
    pub fn argv(self) -> &'static [&'static str] {
        match self {
            Self::GheLicenseUsage => &["ghe-license", "usage", "-o", "-y"],
            Self::LegacyGheLicenseUsage => &["ghe-license-usage"],
        }
    }

    /// As typed in a shell.
    pub fn command_line(self) -> String {
        self.argv().join(" ")
    }

    fn other(self) -> Self {
        match self {
            Self::GheLicenseUsage => Self::LegacyGheLicenseUsage,
            Self::LegacyGheLicenseUsage => Self::GheLicenseUsage,
        }
    }
}

/// Where the admin shell answers, and (demo and tests only) which files OpenSSH uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellTarget {
    pub host: String,
    pub port: u16,
    pub user: String,
    /// `-o UserKnownHostsFile=…`: the demo's file instead of `~/.ssh/known_hosts`.
    pub known_hosts_file: Option<PathBuf>,
    /// `-o IdentitiesOnly=yes -i …`: the demo's key instead of the agent's and the config's.
    pub identity_file: Option<PathBuf>,
    /// `-F none`: neither `~/.ssh/config` nor `/etc/ssh/ssh_config` (the demo must not
    /// depend on them); off for real instances, whose config (ProxyJump, keys) must apply.
    pub ignore_ssh_config: bool,
}

impl ShellTarget {
    /// A real instance's target: the user's own OpenSSH setup applies.
    pub fn new(host: impl Into<String>, port: u16, user: impl Into<String>) -> Self {
        Self {
            host: host.into(),
            port,
            user: user.into(),
            known_hosts_file: None,
            identity_file: None,
            ignore_ssh_config: false,
        }
    }
}

/// How the export runs.
#[derive(Debug, Clone)]
pub struct ShellOptions {
    /// The OpenSSH client: `ssh` on the `PATH`.
    pub ssh_program: PathBuf,
    /// The whole export, connection included.
    pub timeout: Duration,
    /// `-o ConnectTimeout=…`, in seconds.
    pub connect_timeout_seconds: u32,
}

impl Default for ShellOptions {
    fn default() -> Self {
        Self {
            ssh_program: PathBuf::from("ssh"),
            timeout: DEFAULT_EXPORT_TIMEOUT,
            connect_timeout_seconds: 20,
        }
    }
}

/// Where an export is, streamed to the UI through a channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "stage", rename_all = "snake_case")]
#[ts(export)]
pub enum ExportProgress {
    /// Reading the instance's version from its REST API.
    ReadingVersion,
    /// ssh started: connecting and running `command`.
    Connecting {
        host: String,
        port: u16,
        command: String,
    },
    /// Bytes of the export received so far.
    Receiving {
        #[ts(type = "number")]
        bytes: u64,
    },
    /// The whole output is in; checking it is a license-usage export.
    Validating {
        #[ts(type = "number")]
        bytes: u64,
    },
}

/// A finished export, as the engine returns it.
#[derive(Debug, Clone)]
pub struct Exported {
    pub path: PathBuf,
    pub bytes: u64,
    pub export: UsageExport,
}

/// What the UI gets when an export is saved: the file, ready for Add server usage.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExportOutcome {
    /// Where the export was saved.
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// The command that wrote it, e.g. `ghe-license usage -o -y`.
    pub command: String,
    /// The GHES version the command was chosen for.
    pub version: Option<String>,
    /// The file as Add server usage judges it (accepted, with warnings, in practice).
    pub verdict: UsageVerdict,
}

/// Why an export over the admin shell failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShellFailure {
    /// No admin shell is set for the instance.
    NotSetUp,
    /// The `ssh` program could not be started.
    SshMissing {
        detail: String,
    },
    /// The host key is not in `known_hosts` (first connection), and checking is strict.
    HostKeyUnknown,
    /// The host key differs from the one in `known_hosts`.
    HostKeyChanged {
        fingerprint: Option<String>,
    },
    /// No key was accepted (`Permission denied (publickey)`).
    AuthRefused,
    /// The host could not be reached: refused, unresolvable, timed out.
    Connect,
    /// The appliance has no such command (exit status 127): the version is not the one
    /// the command was chosen for.
    CommandNotFound {
        version: Option<String>,
    },
    /// The command or ssh failed otherwise.
    CommandFailed {
        exit: Option<i32>,
    },
    /// The connection broke during the export.
    ConnectionLost,
    TimedOut {
        seconds: u64,
    },
    Cancelled,
    /// The command answered, but not with a license-usage export.
    NotAnExport {
        reason: String,
    },
    /// More than any export can be.
    TooLarge {
        cap: u64,
    },
}

/// An export over the admin shell that did not complete. Never holds a secret: ssh's
/// standard error has none (the admin shell takes no password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellError {
    pub failure: ShellFailure,
    /// `HOST` (as given to ssh) and port.
    pub host: String,
    pub port: u16,
    pub command: String,
    /// The end of ssh's standard error, verbatim.
    pub stderr: String,
}

impl ShellError {
    fn new(failure: ShellFailure, target: &ShellTarget, command: &str, stderr: String) -> Self {
        Self {
            failure,
            host: target.host.clone(),
            port: target.port,
            command: command.to_owned(),
            stderr,
        }
    }

    /// A stable name to switch on.
    pub fn kind(&self) -> &'static str {
        match self.failure {
            ShellFailure::NotSetUp => "admin_shell_not_set_up",
            ShellFailure::SshMissing { .. } => "ssh_missing",
            ShellFailure::HostKeyUnknown => "ssh_host_key_unknown",
            ShellFailure::HostKeyChanged { .. } => "ssh_host_key_changed",
            ShellFailure::AuthRefused => "ssh_auth_refused",
            ShellFailure::Connect => "ssh_connect",
            ShellFailure::CommandNotFound { .. } => "ssh_command_not_found",
            ShellFailure::CommandFailed { .. } => "ssh_command_failed",
            ShellFailure::ConnectionLost => "ssh_connection_lost",
            ShellFailure::TimedOut { .. } => "timeout",
            ShellFailure::Cancelled => "cancelled",
            ShellFailure::NotAnExport { .. } => "export_not_usage",
            ShellFailure::TooLarge { .. } => "export_too_large",
        }
    }

    /// `[HOST]:PORT` as `known_hosts` writes it (plain `HOST` on port 22).
    fn known_hosts_name(&self) -> String {
        if self.port == 22 {
            self.host.clone()
        } else {
            format!("[{}]:{}", self.host, self.port)
        }
    }

    /// What to do about it.
    pub fn fix(&self) -> String {
        let (host, port) = (&self.host, self.port);
        match &self.failure {
            ShellFailure::NotSetUp => "Open Connections and set this instance's admin shell (SSH): user admin, port 122. Add your SSH public key on the appliance first (Management Console, Authentication, SSH access).".to_owned(),
            ShellFailure::SshMissing { .. } => "Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client; macOS and Windows 10+ ship it) and make sure `ssh` is on the PATH, or download the export from the GHES web UI (Enterprise settings, License, Export license usage) and drop it on Add server usage.".to_owned(),
            ShellFailure::HostKeyUnknown => format!(
                "This computer has never connected to {host}:{port}, so its host key is not trusted yet, and the app keeps host-key checking on. Ask the GHES administrator for the appliance's SSH host key fingerprint, compare it with `ssh-keyscan -p {port} {host} | ssh-keygen -lf -`, and only if it matches, trust it: `ssh-keyscan -p {port} {host} >> ~/.ssh/known_hosts`. Then export again."
            ),
            ShellFailure::HostKeyChanged { fingerprint } => format!(
                "The appliance at {host}:{port} presented a different host key{} than the one this computer trusts. Do not connect until the GHES administrator confirms the key changed (appliance reinstalled, restored or its keys regenerated): someone may be intercepting the connection. If it did change, remove the old key with `ssh-keygen -R '{}'`, verify the new fingerprint with the administrator, trust it with `ssh-keyscan -p {port} {host} >> ~/.ssh/known_hosts`, and export again.",
                fingerprint.as_deref().map(|f| format!(" ({f})")).unwrap_or_default(),
                self.known_hosts_name()
            ),
            ShellFailure::AuthRefused => format!(
                "The admin shell takes SSH keys only. Add your public key on the appliance (Management Console, Authentication, SSH access), make sure ssh offers it (ssh-agent, or IdentityFile for {host} in ~/.ssh/config), and check with `ssh -p {port} admin@{host} -- ghe-license --help`."
            ),
            ShellFailure::Connect => {
                "Check the host and port of the admin shell in Connections (port 122 on every appliance), and that this computer can reach it (VPN, firewall; a ProxyJump in ~/.ssh/config applies). ssh's own words are above."
                .to_owned()
            }
            ShellFailure::CommandNotFound { version } => format!(
                "The appliance has no `{}`{}. GHES 3.13 and newer have `ghe-license usage -o -y`, 3.12 and older `ghe-license-usage`. Check that the admin shell in Connections is the same appliance as the REST API, or export from the GHES web UI (Enterprise settings, License, Export license usage).",
                self.command.split_whitespace().next().unwrap_or(&self.command),
                version.as_deref().map(|v| format!(", although its REST API reports GHES {v}")).unwrap_or_default()
            ),
            ShellFailure::CommandFailed { .. } => "Read the appliance's words above. Try again; if it persists, run the same command in the admin shell yourself, or export from the GHES web UI (Enterprise settings, License, Export license usage).".to_owned(),
            ShellFailure::ConnectionLost => "Export again; a file that was there before is unchanged. If the connection keeps breaking, check the network (VPN, proxies) or export from the GHES web UI.".to_owned(),
            ShellFailure::TimedOut { .. } => "Export again; for a very large instance, over a slow link, download the export from the GHES web UI instead (Enterprise settings, License, Export license usage).".to_owned(),
            ShellFailure::Cancelled => "Export again when you are ready; a file that was there before is unchanged.".to_owned(),
            ShellFailure::NotAnExport { .. } => "Run the command in the admin shell yourself to see what it prints, or export from the GHES web UI (Enterprise settings, License, Export license usage).".to_owned(),
            ShellFailure::TooLarge { .. } => "This is not what the export command writes: run it in the admin shell yourself, or export from the GHES web UI.".to_owned(),
        }
    }
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = format!("{}:{}", self.host, self.port);
        match &self.failure {
            ShellFailure::NotSetUp => write!(f, "No admin shell (SSH) is set up for this instance."),
            ShellFailure::SshMissing { detail } => {
                write!(f, "The OpenSSH client `ssh` could not be started: {detail}.")
            }
            ShellFailure::HostKeyUnknown => write!(
                f,
                "The admin shell at {at} was not contacted: its SSH host key is not known to this computer (host key verification failed)."
            ),
            ShellFailure::HostKeyChanged { .. } => write!(
                f,
                "The admin shell at {at} was not contacted: its SSH host key has CHANGED since this computer last trusted it."
            ),
            ShellFailure::AuthRefused => write!(
                f,
                "The admin shell at {at} refused every SSH key offered (Permission denied)."
            ),
            ShellFailure::Connect => write!(f, "ssh could not connect to {at}."),
            ShellFailure::CommandNotFound { .. } => write!(
                f,
                "The admin shell at {at} has no command `{}` (exit status 127).",
                self.command
            ),
            ShellFailure::CommandFailed { exit: Some(code) } => write!(
                f,
                "`{}` on the admin shell at {at} failed with exit status {code}.",
                self.command
            ),
            ShellFailure::CommandFailed { exit: None } => write!(
                f,
                "`{}` on the admin shell at {at} was stopped before it finished.",
                self.command
            ),
            ShellFailure::ConnectionLost => write!(
                f,
                "The connection to the admin shell at {at} broke during the export; nothing was saved."
            ),
            ShellFailure::TimedOut { seconds } => write!(
                f,
                "The export over the admin shell at {at} did not finish within {seconds} s; it was stopped and nothing was saved."
            ),
            ShellFailure::Cancelled => write!(
                f,
                "The export over the admin shell at {at} was cancelled; nothing was saved."
            ),
            ShellFailure::NotAnExport { reason } => write!(
                f,
                "`{}` on the admin shell at {at} did not write a license-usage export: {reason} Nothing was saved.",
                self.command
            ),
            ShellFailure::TooLarge { cap } => write!(
                f,
                "`{}` on the admin shell at {at} wrote more than {cap} bytes; it was stopped and nothing was saved.",
                self.command
            ),
        }?;
        let stderr = self.stderr.trim();
        if !stderr.is_empty() {
            write!(f, "\nssh said:\n{stderr}")?;
        }
        Ok(())
    }
}

impl From<ShellError> for Error {
    fn from(e: ShellError) -> Self {
        Error::AdminShell(Box::new(e))
    }
}

/// The argv for ssh (without the program).
pub fn ssh_args(
    target: &ShellTarget,
    command: ExportCommand,
    options: &ShellOptions,
) -> Vec<String> {
    let mut args = Vec::new();
    if target.ignore_ssh_config {
        args.extend(["-F".to_owned(), "none".to_owned()]);
    }
    args.extend([
        "-p".to_owned(),
        target.port.to_string(),
        "-o".to_owned(),
        "BatchMode=yes".to_owned(),
        "-o".to_owned(),
        "StrictHostKeyChecking=yes".to_owned(),
        "-o".to_owned(),
        format!("ConnectTimeout={}", options.connect_timeout_seconds),
        "-o".to_owned(),
        "ClearAllForwardings=yes".to_owned(),
        // No terminal (the output must be the bytes the command writes), no agent or X11
        // forwarding to an appliance that needs neither.
        "-T".to_owned(),
        "-a".to_owned(),
        "-x".to_owned(),
    ]);
    if let Some(file) = &target.known_hosts_file {
        args.extend([
            "-o".to_owned(),
            format!("UserKnownHostsFile={}", file.display()),
        ]);
    }
    if let Some(file) = &target.identity_file {
        args.extend([
            "-o".to_owned(),
            "IdentitiesOnly=yes".to_owned(),
            "-i".to_owned(),
            file.display().to_string(),
        ]);
    }
    args.extend(["-l".to_owned(), target.user.clone(), target.host.clone()]);
    args.push("--".to_owned());
    args.extend(command.argv().iter().map(|s| (*s).to_owned()));
    args
}

/// A host or user that ssh would read as an option, or that is not one word.
fn check_target(target: &ShellTarget) -> Result<()> {
    for (what, value) in [
        ("admin shell host", &target.host),
        ("admin shell user", &target.user),
    ] {
        if value.is_empty()
            || value.starts_with('-')
            || value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(Error::InvalidArgument {
                what,
                value: value.clone(),
                detail: "it must be one word that does not start with `-`".to_owned(),
            });
        }
    }
    Ok(())
}

/// Removes the temporary file unless the export was renamed into place.
struct Partial(Option<PathBuf>);

impl Drop for Partial {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// `.NAME.partial-PID-N` beside `dest`.
fn partial_path(dest: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "license-usage.json".to_owned());
    dest.with_file_name(format!(".{name}.partial-{}-{n}", std::process::id()))
}

fn write_error(dest: &Path, e: &std::io::Error) -> Error {
    Error::Export {
        path: dest.to_path_buf(),
        detail: match e.kind() {
            std::io::ErrorKind::PermissionDenied => {
                "permission denied: your user may not write in that folder".to_owned()
            }
            std::io::ErrorKind::NotFound => "the folder does not exist".to_owned(),
            _ => e.to_string(),
        },
    }
}

/// Runs `command` on the admin shell at `target` and saves its output at `dest`, as
/// described at the top of this module. `progress` hears each stage; `cancel` stops it
/// (the ssh process is killed).
pub async fn export_to(
    target: &ShellTarget,
    command: ExportCommand,
    dest: &Path,
    options: &ShellOptions,
    cancel: &CancellationToken,
    mut progress: impl FnMut(ExportProgress) + Send,
) -> Result<Exported> {
    check_target(target)?;
    let line = command.command_line();
    let fail = |failure: ShellFailure, stderr: String| -> Error {
        ShellError::new(failure, target, &line, stderr).into()
    };
    // The destination's folder must take a file before anything is fetched.
    let tmp = partial_path(dest);
    let file = tokio::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .await
        .map_err(|e| write_error(dest, &e))?;
    let mut partial = Partial(Some(tmp.clone()));
    let mut out = tokio::io::BufWriter::with_capacity(256 * 1024, file);

    progress(ExportProgress::Connecting {
        host: target.host.clone(),
        port: target.port,
        command: line.clone(),
    });
    let mut child = tokio::process::Command::new(&options.ssh_program)
        .args(ssh_args(target, command, options))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            fail(
                ShellFailure::SshMissing {
                    detail: if e.kind() == std::io::ErrorKind::NotFound {
                        format!(
                            "{} was not found on the PATH",
                            options.ssh_program.display()
                        )
                    } else {
                        e.to_string()
                    },
                },
                String::new(),
            )
        })?;
    let stderr_task = child
        .stderr
        .take()
        .map(|s| tokio::spawn(read_tail(s, STDERR_TAIL_BYTES)));
    let Some(mut stdout) = child.stdout.take() else {
        return Err(fail(
            ShellFailure::CommandFailed { exit: None },
            "ssh's standard output could not be read".to_owned(),
        ));
    };
    let deadline = tokio::time::sleep(options.timeout);
    tokio::pin!(deadline);
    let timed_out = ShellFailure::TimedOut {
        seconds: options.timeout.as_secs().max(1),
    };

    let mut bytes: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    let mut last_report = Instant::now();
    let mut read_error = None;
    loop {
        let n = tokio::select! {
            () = cancel.cancelled() => {
                let _ = child.kill().await;
                return Err(fail(ShellFailure::Cancelled, String::new()));
            }
            () = &mut deadline => {
                let _ = child.kill().await;
                return Err(fail(timed_out, stderr_of(stderr_task).await));
            }
            n = stdout.read(&mut buf) => n,
        };
        match n {
            Ok(0) => break,
            Ok(n) => {
                bytes += n as u64;
                if bytes > MAX_USAGE_FILE_BYTES {
                    let _ = child.kill().await;
                    return Err(fail(
                        ShellFailure::TooLarge {
                            cap: MAX_USAGE_FILE_BYTES,
                        },
                        String::new(),
                    ));
                }
                if let Err(e) = out.write_all(&buf[..n]).await {
                    let _ = child.kill().await;
                    return Err(write_error(dest, &e));
                }
                if last_report.elapsed() >= Duration::from_millis(100) {
                    last_report = Instant::now();
                    progress(ExportProgress::Receiving { bytes });
                }
            }
            Err(e) => {
                read_error = Some(e);
                break;
            }
        }
    }
    progress(ExportProgress::Receiving { bytes });
    let status = tokio::select! {
        () = cancel.cancelled() => {
            let _ = child.kill().await;
            return Err(fail(ShellFailure::Cancelled, String::new()));
        }
        () = &mut deadline => {
            let _ = child.kill().await;
            return Err(fail(timed_out, stderr_of(stderr_task).await));
        }
        s = child.wait() => s,
    };
    let stderr = stderr_of(stderr_task).await;
    let status = status.map_err(|e| {
        fail(
            ShellFailure::CommandFailed { exit: None },
            format!("{stderr}\n(waiting for ssh failed: {e})"),
        )
    })?;
    if let Some(failure) = classify(status.code(), &stderr, bytes) {
        return Err(fail(failure, stderr));
    }
    if let Some(e) = read_error {
        return Err(fail(
            ShellFailure::ConnectionLost,
            format!("{stderr}\n(reading ssh's output failed: {e})"),
        ));
    }

    if let Err(e) = finish(&mut out).await {
        return Err(write_error(dest, &e));
    }
    drop(out);
    progress(ExportProgress::Validating { bytes });
    let dest_owned = dest.to_path_buf();
    let tmp_for_check = tmp.clone();
    let checked = tokio::task::spawn_blocking(move || {
        let file = crate::usage_intake::read_bounded(&tmp_for_check, MAX_USAGE_FILE_BYTES)
            .map_err(|r| r.to_string())?;
        let name = dest_owned
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        recognise(&file.bytes, &name).map_err(|r| r.message().to_owned())
    })
    .await
    .map_err(|e| Error::Task {
        what: "checking the export",
        detail: e.to_string(),
    })?;
    let export = match checked {
        Ok(export) => export,
        Err(reason) => return Err(fail(ShellFailure::NotAnExport { reason }, stderr)),
    };
    tokio::fs::rename(&tmp, dest)
        .await
        .map_err(|e| write_error(dest, &e))?;
    partial.0 = None;
    sync_dir(dest).await;
    Ok(Exported {
        path: dest.to_path_buf(),
        bytes,
        export,
    })
}

async fn finish(out: &mut tokio::io::BufWriter<tokio::fs::File>) -> std::io::Result<()> {
    out.flush().await?;
    out.get_mut().sync_all().await
}

/// Makes the rename durable where the platform allows it.
async fn sync_dir(dest: &Path) {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
        .to_path_buf();
    let _ = tokio::task::spawn_blocking(move || {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    })
    .await;
}

/// The end of a stream, at most `cap` bytes, as text.
async fn read_tail(mut r: impl AsyncRead + Unpin, cap: usize) -> String {
    let mut tail: Vec<u8> = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = r.read(&mut buf).await {
        if n == 0 {
            break;
        }
        tail.extend_from_slice(&buf[..n]);
        if tail.len() > cap {
            let cut = tail.len() - cap;
            tail.drain(..cut);
        }
    }
    String::from_utf8_lossy(&tail).into_owned()
}

/// ssh's standard error, waiting briefly: a ProxyJump or ControlMaster child may hold the
/// pipe open after ssh itself ended.
async fn stderr_of(task: Option<tokio::task::JoinHandle<String>>) -> String {
    let Some(task) = task else {
        return String::new();
    };
    match tokio::time::timeout(Duration::from_secs(2), task).await {
        Ok(Ok(s)) => s,
        _ => String::new(),
    }
}

/// The failure an exit status and ssh's standard error mean; `None` for success.
fn classify(code: Option<i32>, stderr: &str, bytes: u64) -> Option<ShellFailure> {
    match code {
        Some(0) => None,
        Some(127) => Some(ShellFailure::CommandNotFound { version: None }),
        Some(255) => Some(ssh_failure(stderr, bytes)),
        exit => Some(ShellFailure::CommandFailed { exit }),
    }
}

/// ssh's own failures (exit status 255), told apart by its words.
fn ssh_failure(stderr: &str, bytes: u64) -> ShellFailure {
    let lower = stderr.to_ascii_lowercase();
    if stderr.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") {
        return ShellFailure::HostKeyChanged {
            fingerprint: stderr
                .split_whitespace()
                .find(|w| w.starts_with("SHA256:"))
                .map(|w| w.trim_end_matches('.').to_owned()),
        };
    }
    if lower.contains("host key verification failed") || lower.contains("host key is known for") {
        return ShellFailure::HostKeyUnknown;
    }
    if lower.contains("permission denied (") {
        return ShellFailure::AuthRefused;
    }
    let connect = [
        "connection refused",
        "could not resolve hostname",
        "connection timed out",
        "operation timed out",
        "no route to host",
        "network is unreachable",
    ];
    if connect.iter().any(|w| lower.contains(w)) && bytes == 0 {
        return ShellFailure::Connect;
    }
    let lost = [
        "connection closed",
        "closed by remote host",
        "received disconnect",
        "connection reset",
        "broken pipe",
        "disconnected from",
    ];
    if bytes > 0 || lost.iter().any(|w| lower.contains(w)) {
        return ShellFailure::ConnectionLost;
    }
    ShellFailure::CommandFailed { exit: Some(255) }
}

/// `HOSTNAME-license-usage-YYYYMMDD.json`, as GHES names its download.
fn file_name_for(hostname: &str, now: OffsetDateTime) -> String {
    let host: String = hostname
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "{host}-license-usage-{:04}{:02}{:02}.json",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}

impl App {
    fn ghes_settings(&self, id: &str) -> Result<GhesSettings> {
        self.settings()
            .ghes
            .into_iter()
            .find(|g| g.id == id)
            .ok_or_else(|| Error::UnknownInstance(id.to_owned()))
    }

    /// Where the admin shell of `g` answers; in the demo, with the emulator's files.
    fn shell_target(&self, g: &GhesSettings) -> Result<ShellTarget> {
        let Some(ssh) = &g.ssh else {
            let target = ShellTarget::new(
                g.hostname.clone(),
                crate::settings::DEFAULT_SSH_PORT,
                crate::settings::DEFAULT_SSH_USER,
            );
            return Err(ShellError::new(ShellFailure::NotSetUp, &target, "", String::new()).into());
        };
        let host = ssh
            .host
            .as_deref()
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .unwrap_or(g.hostname.trim());
        let mut target = ShellTarget::new(host, ssh.port, ssh.user.clone());
        if self.mode() == Mode::Demo {
            let demo = self.emulator().and_then(|e| {
                e.info()
                    .ghes
                    .into_iter()
                    .find(|i| i.name == g.id)
                    .and_then(|i| i.ssh)
            });
            if let Some(demo) = demo {
                target.known_hosts_file = Some(PathBuf::from(demo.known_hosts_file));
                target.identity_file = Some(PathBuf::from(demo.identity_file));
                target.ignore_ssh_config = true;
            }
        }
        Ok(target)
    }

    /// The file name the Save dialog offers for an export of `instance`
    /// (`HOSTNAME-license-usage-YYYYMMDD.json`). Fails, before any dialog, when the instance
    /// is unknown or has no admin shell set up.
    pub fn license_usage_file_name(&self, instance: &str) -> Result<String> {
        let g = self.ghes_settings(instance)?;
        self.shell_target(&g)?;
        Ok(file_name_for(&g.hostname, OffsetDateTime::now_utc()))
    }

    /// Cancels the running export of `instance`; false when none runs.
    pub fn cancel_export(&self, instance: &str) -> bool {
        self.exports.cancel(instance)
    }

    /// Exports license usage of `instance` over its admin shell into `dest` (from the Save
    /// dialog), with the command for the version its REST API reports, and says how Add
    /// server usage judges the file. One export per instance at a time. Recorded in
    /// Activity, whatever the outcome.
    pub async fn export_license_usage(
        &self,
        instance: &str,
        dest: PathBuf,
        progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportOutcome> {
        self.export_license_usage_with(instance, dest, &ShellOptions::default(), progress)
            .await
    }

    /// [`App::export_license_usage`] with other ssh options (tests: a short time-out).
    pub async fn export_license_usage_with(
        &self,
        instance: &str,
        dest: PathBuf,
        options: &ShellOptions,
        mut progress: impl FnMut(ExportProgress) + Send,
    ) -> Result<ExportOutcome> {
        let g = self.ghes_settings(instance)?;
        let Some(job) = self.exports.start(instance) else {
            return Err(Error::JobRunning {
                what: format!("An export of license usage of {}", g.display_name()),
            });
        };
        let cancel = job.token();
        let name = format!("GHES {}", g.display_name());
        let result = async {
            let target = self.shell_target(&g)?;
            progress(ExportProgress::ReadingVersion);
            let version = tokio::select! {
                () = cancel.cancelled() => {
                    return Err(ShellError::new(ShellFailure::Cancelled, &target, "", String::new()).into());
                }
                v = self.ghes_version(&g) => v?,
            };
            let command = version
                .as_deref()
                .map_or(ExportCommand::GheLicenseUsage, ExportCommand::for_version);
            let exported = export_to(&target, command, &dest, options, &cancel, &mut progress)
                .await
                .map_err(|e| with_version(e, version.as_deref(), command))?;
            Ok::<_, Error>((target, command, version, exported))
        }
        .await;
        match result {
            Ok((target, command, version, exported)) => {
                let verdict = self.judge_export(&exported.path).await;
                self.record(Activity::new(
                    ActivityKind::ExportLicenseUsage,
                    &name,
                    Outcome::Ok,
                    format!(
                        "License usage exported over the admin shell ({} bytes) to {}.",
                        exported.bytes,
                        exported.path.display()
                    ),
                    format!(
                        "ssh -p {} {}@{} -- {}\nGHES version: {}\nSHA-256: {}",
                        target.port,
                        target.user,
                        target.host,
                        command.command_line(),
                        version.as_deref().unwrap_or("unknown"),
                        exported.export.sha256
                    ),
                ))
                .await;
                Ok(ExportOutcome {
                    path: exported.path.display().to_string(),
                    bytes: exported.bytes,
                    command: command.command_line(),
                    version,
                    verdict,
                })
            }
            Err(e) => {
                let report = e.report();
                let outcome = if report.kind == "cancelled" {
                    Outcome::Info
                } else {
                    Outcome::Failed
                };
                self.record(Activity::new(
                    ActivityKind::ExportLicenseUsage,
                    &name,
                    outcome,
                    report.message.lines().next().unwrap_or_default().to_owned(),
                    format!(
                        "{}\n{}",
                        report.message,
                        report.fix.clone().unwrap_or_default()
                    ),
                ))
                .await;
                Err(e)
            }
        }
    }

    /// The instance's version: `X-GitHub-Enterprise-Version`, else `/meta`'s
    /// `installed_version`.
    async fn ghes_version(&self, g: &GhesSettings) -> Result<Option<String>> {
        let client = self.ghes_client(g).await?;
        let meta = client.meta().await?;
        Ok(meta
            .meta
            .enterprise_version
            .or(meta.value.installed_version))
    }

    /// The saved export as Add server usage judges it.
    async fn judge_export(&self, path: &Path) -> UsageVerdict {
        let settings = self.settings();
        let server_ids = self
            .server_ids
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let path = path.to_path_buf();
        tokio::task::spawn_blocking(move || {
            crate::usage_intake::inspect(&path, &settings, &server_ids, OffsetDateTime::now_utc())
        })
        .await
        .unwrap_or_else(|e| {
            UsageVerdict::Refused(ghls_domain::usage_file::Refusal::unreadable(format!(
                "reading the file stopped unexpectedly: {e}"
            )))
        })
    }
}

/// Adds the version the command was chosen for to a command-not-found failure.
fn with_version(e: Error, version: Option<&str>, command: ExportCommand) -> Error {
    match e {
        Error::AdminShell(mut shell) => {
            if let ShellFailure::CommandNotFound { version: v } = &mut shell.failure {
                *v = version.map(str::to_owned);
                tracing::info!(
                    chosen = %command.command_line(),
                    other = %command.other().command_line(),
                    "the admin shell lacks the command chosen for its version"
                );
            }
            Error::AdminShell(shell)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
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
}
