//! Where the admin shell answers and how ssh runs; a host or user ssh would read as an
//! option is refused before ssh starts.

use std::path::PathBuf;
use std::time::Duration;

use crate::error::{Error, Result};

/// How much of ssh's standard error is kept for the message: the end, where the cause is.
pub const STDERR_TAIL_BYTES: usize = 4 * 1024;

/// The whole export may take this long by default (300,000 users are about 100 MB).
pub const DEFAULT_EXPORT_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// Where the admin shell answers, and (when its settings say so) which files OpenSSH uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellTarget {
    pub host: String,
    pub port: u16,
    pub user: String,
    /// `-o UserKnownHostsFile=…`: a file of its own instead of `~/.ssh/known_hosts`.
    pub known_hosts_file: Option<PathBuf>,
    /// `-o IdentitiesOnly=yes -i …`: a key of its own instead of the agent's and the
    /// config's.
    pub identity_file: Option<PathBuf>,
    /// `-F none`: neither `~/.ssh/config` nor `/etc/ssh/ssh_config` (the demo must not
    /// depend on them); off by default, so a real instance's config (ProxyJump, keys)
    /// applies.
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

/// A host or user that ssh would read as an option, or that is not one word.
pub(crate) fn check_target(target: &ShellTarget) -> Result<()> {
    for (what, value) in [
        (ghls_l10n::msg!("shell-arg-host"), &target.host),
        (ghls_l10n::msg!("shell-arg-user"), &target.user),
    ] {
        if value.is_empty()
            || value.starts_with('-')
            || value.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(Error::InvalidArgument {
                what,
                value: value.clone(),
                detail: ghls_l10n::msg!("shell-arg-detail"),
            });
        }
    }
    Ok(())
}
