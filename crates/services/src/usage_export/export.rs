//! The export itself: ssh's output streams into a staged file beside the destination,
//! bounded and timed, is recognised as a license-usage export, and only then replaces the
//! destination.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use ghls_domain::usage_file::{recognise, UsageExport, UsageVerdict, MAX_USAGE_FILE_BYTES};
use ghls_github::CancellationToken;
use serde::Serialize;
use time::OffsetDateTime;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use ts_rs::TS;

use super::advice::{classify, ShellError, ShellFailure};
use super::command::ExportCommand;
use super::ssh::{read_tail, ssh_args, stderr_of};
use super::targets::{check_target, ShellOptions, ShellTarget, STDERR_TAIL_BYTES};
use crate::error::{Error, Result};
use crate::support::atomic_file::Staged;
use crate::support::{blocking, io_words, IoUse};

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

fn write_error(dest: &Path, e: &std::io::Error) -> Error {
    Error::Export {
        path: dest.to_path_buf(),
        detail: io_words(e, IoUse::Write),
    }
}

/// How reading ssh's output ended early.
enum Ended {
    Cancelled,
    TimedOut,
    /// Too much output, or the file could not be written.
    Failed(Error),
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
    let (staged, file) = Staged::create(dest)
        .await
        .map_err(|e| write_error(dest, &e))?;
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
                        ghls_l10n::t!(
                            "shell-ssh-not-on-path",
                            program = options.ssh_program.display().to_string()
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
            ghls_l10n::t!("shell-stdout-unreadable"),
        ));
    };
    // Reading ssh's output and waiting for it to end race the admin's cancel and the
    // deadline once: whichever comes first, ssh is killed.
    let run = async {
        let mut bytes: u64 = 0;
        let mut buf = vec![0u8; 64 * 1024];
        let mut last_report = Instant::now();
        let mut read_error = None;
        loop {
            match stdout.read(&mut buf).await {
                Ok(0) => break,
                Ok(n) => {
                    bytes += n as u64;
                    if bytes > MAX_USAGE_FILE_BYTES {
                        return Err(Ended::Failed(fail(
                            ShellFailure::TooLarge {
                                cap: MAX_USAGE_FILE_BYTES,
                            },
                            String::new(),
                        )));
                    }
                    if let Err(e) = out.write_all(&buf[..n]).await {
                        return Err(Ended::Failed(write_error(dest, &e)));
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
        Ok((bytes, read_error, child.wait().await))
    };
    let ended = tokio::select! {
        () = cancel.cancelled() => Err(Ended::Cancelled),
        () = tokio::time::sleep(options.timeout) => Err(Ended::TimedOut),
        r = run => r,
    };
    let (bytes, read_error, status) = match ended {
        Ok(ended) => ended,
        Err(ended) => {
            let _ = child.kill().await;
            return Err(match ended {
                Ended::Cancelled => fail(ShellFailure::Cancelled, String::new()),
                Ended::TimedOut => fail(
                    ShellFailure::TimedOut {
                        seconds: options.timeout.as_secs().max(1),
                    },
                    stderr_of(stderr_task).await,
                ),
                Ended::Failed(e) => e,
            });
        }
    };
    let stderr = stderr_of(stderr_task).await;
    let status = status.map_err(|e| {
        fail(
            ShellFailure::CommandFailed { exit: None },
            format!(
                "{stderr}\n{}",
                ghls_l10n::t!("shell-wait-failed", detail = e.to_string())
            ),
        )
    })?;
    if let Some(failure) = classify(status.code(), &stderr, bytes) {
        return Err(fail(failure, stderr));
    }
    if let Some(e) = read_error {
        return Err(fail(
            ShellFailure::ConnectionLost,
            format!(
                "{stderr}\n{}",
                ghls_l10n::t!("shell-read-failed", detail = e.to_string())
            ),
        ));
    }

    if let Err(e) = finish(&mut out).await {
        return Err(write_error(dest, &e));
    }
    drop(out);
    progress(ExportProgress::Validating { bytes });
    let dest_owned = dest.to_path_buf();
    let tmp_for_check = staged.path().to_path_buf();
    let checked = blocking(ghls_l10n::msg!("task-check-export"), move || {
        let file = crate::usage_file::read_bounded(&tmp_for_check, MAX_USAGE_FILE_BYTES)
            .map_err(|r| r.to_string())?;
        let name = dest_owned
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        recognise(&file.bytes, &name).map_err(|r| r.message().to_owned())
    })
    .await?;
    let export = match checked {
        Ok(export) => export,
        Err(reason) => return Err(fail(ShellFailure::NotAnExport { reason }, stderr)),
    };
    staged.commit().await.map_err(|e| write_error(dest, &e))?;
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

/// `HOSTNAME-license-usage-YYYYMMDD.json`, as GHES names its download.
pub(crate) fn file_name_for(hostname: &str, now: OffsetDateTime) -> String {
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
