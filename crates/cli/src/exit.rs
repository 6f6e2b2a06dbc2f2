//! Exit codes, and the failure a command ends with.
//!
//! The codes are part of the CLI's contract (README, `ghls --help`): cron jobs and CI steps
//! branch on them, so a code never changes meaning.

use std::process::ExitCode;

use ghls_services::{ErrorKind, ErrorReport};

/// How `ghls` ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did what was asked.
    Ok = 0,
    /// Something failed: GitHub refused or could not be reached, a file could not be
    /// written, a watch saw a failed sync. The reason is on stderr.
    Failure = 1,
    /// The command line is wrong (clap uses 2 for its own errors too).
    Usage = 2,
    /// The answer is "not in time": a license sync older than `--max-age` (or never, or
    /// failed), or a watch not confirmed before `--timeout`.
    Attention = 3,
    /// `validate`: the file is not a license-usage export GitHub would accept.
    Refused = 4,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> Self {
        ExitCode::from(e as u8)
    }
}

/// The kind of [`Failure::output`] when the reader went away.
pub const BROKEN_PIPE: ErrorKind = ErrorKind::BrokenPipe;

/// A command's failure: what the person at the keyboard reads, and the exit code.
#[derive(Debug, Clone)]
pub struct Failure {
    pub report: ErrorReport,
    pub exit: Exit,
}

impl Failure {
    /// A failure the services reported (exit 1).
    pub fn report(report: ErrorReport) -> Self {
        Self {
            report,
            exit: Exit::Failure,
        }
    }

    /// A failure of the CLI itself: `kind` to switch on, what happened, what to do.
    pub fn new(
        exit: Exit,
        kind: ErrorKind,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            report: cli_report(kind, message, fix),
            exit,
        }
    }

    /// A wrong argument (exit 2).
    pub fn usage(message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self::new(Exit::Usage, ErrorKind::Usage, message, fix)
    }

    /// Writing the output failed (exit 1). A reader that went away (`ghls consumed | head`)
    /// is not a failure: kind `broken_pipe`, which `main` ends quietly.
    pub fn output(e: &std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Self::new(
                Exit::Ok,
                BROKEN_PIPE,
                "The reader of the output went away.",
                "",
            );
        }
        Self::new(
            Exit::Failure,
            ErrorKind::Output,
            format!("The output could not be written: {e}."),
            "Check that the disk is not full and that the output is still open.",
        )
    }
}

impl From<ghls_services::Error> for Failure {
    fn from(e: ghls_services::Error) -> Self {
        Self::report(e.report())
    }
}

/// An [`ErrorReport`] made by the CLI, in the services' shape.
pub fn cli_report(
    kind: ErrorKind,
    message: impl Into<String>,
    fix: impl Into<String>,
) -> ErrorReport {
    let fix = fix.into();
    let fix = (!fix.is_empty()).then(|| ghls_l10n::msg!("text-as-is", text = fix));
    ErrorReport::new(
        kind,
        &ghls_l10n::msg!("text-as-is", text = message.into()),
        fix.as_ref(),
    )
}
