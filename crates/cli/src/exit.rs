//! Exit codes, and the failure a command ends with.
//!
//! The codes are part of the CLI's contract (README, `ghls --help`): cron jobs and CI steps
//! branch on them, so a code never changes meaning.

use std::process::ExitCode;

use ghls_l10n::{msg, Message};
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
    pub fn new(exit: Exit, kind: ErrorKind, message: Message, fix: Option<Message>) -> Self {
        Self {
            report: cli_report(kind, &message, fix.as_ref()),
            exit,
        }
    }

    /// A wrong argument (exit 2).
    pub fn usage(message: Message, fix: Message) -> Self {
        Self::new(Exit::Usage, ErrorKind::Usage, message, Some(fix))
    }

    /// Writing the output failed (exit 1). A reader that went away (`ghls consumed | head`)
    /// is not a failure: kind `broken_pipe`, which `main` ends quietly.
    pub fn output(e: &std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Self::new(Exit::Ok, BROKEN_PIPE, msg!("cli-reader-gone"), None);
        }
        Self::new(
            Exit::Failure,
            ErrorKind::Output,
            msg!("cli-output-failed", detail = e.to_string()),
            Some(msg!("cli-output-failed-fix")),
        )
    }
}

impl From<ghls_services::Error> for Failure {
    fn from(e: ghls_services::Error) -> Self {
        Self::report(e.report())
    }
}

/// An [`ErrorReport`] made by the CLI, in the services' shape: its message id and arguments
/// kept, its words in the process's language.
pub fn cli_report(kind: ErrorKind, message: &Message, fix: Option<&Message>) -> ErrorReport {
    ErrorReport::new(kind, message, fix)
}

/// Words already said (by the services, by GitHub) as a message: shown as they are.
pub fn as_is(text: impl Into<String>) -> Message {
    msg!("text-as-is", text = text.into())
}
