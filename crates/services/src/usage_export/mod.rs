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
//! An instance's admin-shell settings may name a `known_hosts` file and a key of its own,
//! and ask for no ssh config (`-F none -o UserKnownHostsFile=… -o IdentitiesOnly=yes -i …`):
//! the demo's emulator does; see [`ShellTarget`].
//!
//! Files: `command.rs` (version → command), `targets.rs` (where, how long), `ssh.rs` (argv),
//! `advice.rs` (failures and their fixes), `export.rs` (the streamed, staged export).

mod advice;
mod command;
mod export;
mod ssh;
mod targets;
#[cfg(test)]
mod tests;

pub use advice::{ShellError, ShellFailure};
pub use command::ExportCommand;
pub use export::{export_to, ExportOutcome, ExportProgress, Exported};
pub use ssh::ssh_args;
pub use targets::{ShellOptions, ShellTarget, DEFAULT_EXPORT_TIMEOUT, STDERR_TAIL_BYTES};

use std::path::PathBuf;

use time::OffsetDateTime;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;
use crate::connections::{GhesSettings, DEFAULT_SSH_PORT, DEFAULT_SSH_USER};
use crate::error::{Error, Result};
use export::file_name_for;

impl App {
    /// Where the admin shell of `g` answers, with the files its settings name.
    fn shell_target(&self, g: &GhesSettings) -> Result<ShellTarget> {
        let Some(ssh) = &g.ssh else {
            let target = ShellTarget::new(g.hostname.clone(), DEFAULT_SSH_PORT, DEFAULT_SSH_USER);
            return Err(ShellError::new(ShellFailure::NotSetUp, &target, "", String::new()).into());
        };
        let host = ssh
            .host
            .as_deref()
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .unwrap_or(g.hostname.trim());
        let mut target = ShellTarget::new(host, ssh.port, ssh.user.clone());
        target.known_hosts_file = ssh.known_hosts.as_deref().map(PathBuf::from);
        target.identity_file = ssh.identity_file.as_deref().map(PathBuf::from);
        target.ignore_ssh_config = ssh.ignore_ssh_config;
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
        self.export_jobs().cancel(instance)
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
        let Some(job) = self.export_jobs().start(instance) else {
            return Err(Error::JobRunning {
                what: ghls_l10n::msg!("shell-job-export", instance = g.display_name()),
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
                let verdict = self.judge_usage_file(&exported.path).await;
                self.record(Activity::new(
                    ActivityKind::ExportLicenseUsage,
                    &name,
                    Outcome::Ok,
                    ghls_l10n::t!(
                        "shell-exported",
                        bytes = exported.bytes,
                        path = exported.path.display().to_string()
                    ),
                    ghls_l10n::t!(
                        "entry-details-exported",
                        command_line = format!(
                            "ssh -p {} {}@{} -- {}",
                            target.port,
                            target.user,
                            target.host,
                            command.command_line()
                        ),
                        version = match version.as_deref() {
                            Some(v) => ghls_l10n::Arg::from(v),
                            None => ghls_l10n::msg!("svc-unknown").into(),
                        },
                        sha256 = &exported.export.sha256
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
