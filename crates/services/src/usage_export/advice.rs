//! Why an export over the admin shell failed, told apart by ssh's exit status and words,
//! and what the admin can do about each.

use std::fmt;

use super::targets::ShellTarget;
use ghls_l10n::{msg, Message};

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

    /// What to do about it, in the process's language.
    pub fn fix(&self) -> String {
        self.fix_message().text()
    }

    /// What to do about it, as a message of `locales/`.
    pub fn fix_message(&self) -> Message {
        let (host, port) = (self.host.as_str(), self.port);
        match &self.failure {
            ShellFailure::NotSetUp => msg!("shell-not-set-up-fix"),
            ShellFailure::SshMissing { .. } => msg!("shell-ssh-missing-fix"),
            ShellFailure::HostKeyUnknown => {
                msg!(
                    "shell-host-key-unknown-fix",
                    host = host,
                    port = port_arg(port)
                )
            }
            ShellFailure::HostKeyChanged { fingerprint } => {
                let m = match fingerprint {
                    Some(f) => msg!("shell-host-key-changed-fingerprint-fix", fingerprint = f),
                    None => msg!("shell-host-key-changed-fix"),
                };
                m.arg("host", host)
                    .arg("port", port_arg(port))
                    .arg("known_hosts_name", self.known_hosts_name())
            }
            ShellFailure::AuthRefused => {
                msg!("shell-auth-refused-fix", host = host, port = port_arg(port))
            }
            ShellFailure::Connect => msg!("shell-connect-fix"),
            ShellFailure::CommandNotFound { version } => {
                let program = self
                    .command
                    .split_whitespace()
                    .next()
                    .unwrap_or(&self.command);
                match version {
                    Some(v) => msg!(
                        "shell-command-not-found-version-fix",
                        program = program,
                        version = v
                    ),
                    None => msg!("shell-command-not-found-fix", program = program),
                }
            }
            ShellFailure::CommandFailed { .. } => msg!("shell-command-failed-fix"),
            ShellFailure::ConnectionLost => msg!("shell-connection-lost-fix"),
            ShellFailure::TimedOut { .. } => msg!("shell-timed-out-fix"),
            ShellFailure::Cancelled => msg!("shell-cancelled-fix"),
            ShellFailure::NotAnExport { .. } => msg!("shell-not-an-export-fix"),
            ShellFailure::TooLarge { .. } => msg!("shell-too-large-fix"),
        }
    }

    /// What failed, as a message of `locales/`, with ssh's own words after it when it
    /// said any (its `Display` is this message's text).
    pub fn message(&self) -> Message {
        let at = format!("{}:{}", self.host, self.port);
        let command = self.command.as_str();
        let failure = match &self.failure {
            ShellFailure::NotSetUp => msg!("shell-not-set-up"),
            ShellFailure::SshMissing { detail } => msg!("shell-ssh-missing", detail = detail),
            ShellFailure::HostKeyUnknown => msg!("shell-host-key-unknown", at = at),
            ShellFailure::HostKeyChanged { .. } => msg!("shell-host-key-changed", at = at),
            ShellFailure::AuthRefused => msg!("shell-auth-refused", at = at),
            ShellFailure::Connect => msg!("shell-connect", at = at),
            ShellFailure::CommandNotFound { .. } => {
                msg!("shell-command-not-found", at = at, command = command)
            }
            ShellFailure::CommandFailed { exit: Some(code) } => msg!(
                "shell-command-failed",
                at = at,
                command = command,
                code = code.to_string()
            ),
            ShellFailure::CommandFailed { exit: None } => {
                msg!("shell-command-stopped", at = at, command = command)
            }
            ShellFailure::ConnectionLost => msg!("shell-connection-lost", at = at),
            ShellFailure::TimedOut { seconds } => {
                msg!("shell-timed-out", at = at, seconds = *seconds)
            }
            ShellFailure::Cancelled => msg!("shell-cancelled", at = at),
            ShellFailure::NotAnExport { reason } => msg!(
                "shell-not-an-export",
                at = at,
                command = command,
                reason = reason
            ),
            ShellFailure::TooLarge { cap } => {
                msg!("shell-too-large", at = at, command = command, cap = *cap)
            }
        };
        let stderr = self.stderr.trim();
        if stderr.is_empty() {
            failure
        } else {
            msg!("shell-with-stderr", message = failure, stderr = stderr)
        }
    }
}

/// A port is a number, but written as it is (`2222`, never `2,222`): it goes into commands.
fn port_arg(port: u16) -> String {
    port.to_string()
}

impl fmt::Display for ShellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
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
