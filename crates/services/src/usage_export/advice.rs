//! Why an export over the admin shell failed, told apart by ssh's exit status and words,
//! and what the admin can do about each.

use std::fmt;

use super::targets::ShellTarget;
use crate::error::{Error, ErrorKind};

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
    pub(crate) fn new(
        failure: ShellFailure,
        target: &ShellTarget,
        command: &str,
        stderr: String,
    ) -> Self {
        Self {
            failure,
            host: target.host.clone(),
            port: target.port,
            command: command.to_owned(),
            stderr,
        }
    }

    /// The kind to switch on.
    pub fn error_kind(&self) -> ErrorKind {
        match self.failure {
            ShellFailure::NotSetUp => ErrorKind::AdminShellNotSetUp,
            ShellFailure::SshMissing { .. } => ErrorKind::SshMissing,
            ShellFailure::HostKeyUnknown => ErrorKind::SshHostKeyUnknown,
            ShellFailure::HostKeyChanged { .. } => ErrorKind::SshHostKeyChanged,
            ShellFailure::AuthRefused => ErrorKind::SshAuthRefused,
            ShellFailure::Connect => ErrorKind::SshConnect,
            ShellFailure::CommandNotFound { .. } => ErrorKind::SshCommandNotFound,
            ShellFailure::CommandFailed { .. } => ErrorKind::SshCommandFailed,
            ShellFailure::ConnectionLost => ErrorKind::SshConnectionLost,
            ShellFailure::TimedOut { .. } => ErrorKind::Timeout,
            ShellFailure::Cancelled => ErrorKind::Cancelled,
            ShellFailure::NotAnExport { .. } => ErrorKind::ExportNotUsage,
            ShellFailure::TooLarge { .. } => ErrorKind::ExportTooLarge,
        }
    }

    /// [`ShellError::error_kind`]'s wire name.
    pub fn kind(&self) -> &'static str {
        self.error_kind().as_str()
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

/// The failure an exit status and ssh's standard error mean; `None` for success.
pub(crate) fn classify(code: Option<i32>, stderr: &str, bytes: u64) -> Option<ShellFailure> {
    match code {
        Some(0) => None,
        Some(127) => Some(ShellFailure::CommandNotFound { version: None }),
        Some(255) => Some(ssh_failure(stderr, bytes)),
        exit => Some(ShellFailure::CommandFailed { exit }),
    }
}

/// ssh's own failures (exit status 255), told apart by its words.
pub(crate) fn ssh_failure(stderr: &str, bytes: u64) -> ShellFailure {
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
