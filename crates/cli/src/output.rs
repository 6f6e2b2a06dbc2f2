//! Where output goes and how it looks.
//!
//! stdout carries the answer (a table, the data, or JSON with `--json`); stderr carries
//! errors, warnings and progress, so `ghls consumed > file.json` and `ghls status --json |
//! jq` stay clean. Colours only where a person reads: on a terminal, unless `NO_COLOR` is
//! set (https://no-color.org) or `--color never`; `--color always` forces them.

use std::io::{self, IsTerminal, Write};

use ghls_l10n::t;
use ghls_services::ErrorReport;
use serde::Serialize;

use crate::args::ColorChoice;
use crate::exit::Failure;

/// A colour or weight for a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Bold,
    Dim,
    Red,
    Yellow,
    Green,
}

impl Paint {
    fn code(self) -> &'static str {
        match self {
            Self::Bold => "1",
            Self::Dim => "2",
            Self::Red => "31",
            Self::Yellow => "33",
            Self::Green => "32",
        }
    }
}

/// The output streams of this run.
#[derive(Debug, Clone)]
pub struct Output {
    pub json: bool,
    colour_stdout: bool,
    colour_stderr: bool,
    stderr_is_terminal: bool,
}

impl Output {
    pub fn new(json: bool, colour: ColorChoice) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let decide = |is_terminal: bool| match colour {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && !no_color && !dumb,
        };
        let stderr_is_terminal = io::stderr().is_terminal();
        Self {
            json,
            colour_stdout: decide(io::stdout().is_terminal()),
            colour_stderr: decide(stderr_is_terminal),
            stderr_is_terminal,
        }
    }

    /// True when a person watches stderr: progress bars and spinners are drawn there.
    pub fn interactive(&self) -> bool {
        self.stderr_is_terminal
    }

    /// `text` painted for stdout.
    pub fn paint(&self, text: &str, paint: Paint) -> String {
        paint_if(self.colour_stdout, text, paint)
    }

    fn paint_err(&self, text: &str, paint: Paint) -> String {
        paint_if(self.colour_stderr, text, paint)
    }

    /// Writes `text` (lines, each ending in a newline) to stdout.
    pub fn print(&self, text: &str) -> Result<(), Failure> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|e| Failure::output(&e))
    }

    /// Writes `value` as pretty JSON and a newline to stdout.
    pub fn print_json<T: Serialize + ?Sized>(&self, value: &T) -> Result<(), Failure> {
        let mut text = serde_json::to_string_pretty(value).map_err(|e| {
            Failure::output(&io::Error::other(t!(
                "cli-json-failed",
                detail = e.to_string()
            )))
        })?;
        text.push('\n');
        self.print(&text)
    }

    /// A command's result on stdout: `value` as JSON with `--json`, else the text `human`
    /// writes.
    pub fn result<T: Serialize + ?Sized>(
        &self,
        value: &T,
        human: impl FnOnce() -> String,
    ) -> Result<(), Failure> {
        if self.json {
            self.print_json(value)
        } else {
            self.print(&human())
        }
    }

    /// A line for the person at the keyboard, on stderr.
    pub fn note(&self, text: &str) {
        eprintln!("{text}");
    }

    /// A warning on stderr: what, then what to do.
    pub fn warn(&self, report: &ErrorReport) {
        self.message_and_fix(&t!("cli-label-warning"), Paint::Yellow, report);
    }

    /// `label` with the report's message, then its fix when it has one, on stderr.
    fn message_and_fix(&self, label: &str, paint: Paint, report: &ErrorReport) {
        eprintln!("{} {}", self.paint_err(label, paint), report.message);
        if let Some(fix) = report.fix.as_deref().filter(|f| !f.is_empty()) {
            eprintln!(
                "  {} {fix}",
                self.paint_err(&t!("cli-label-fix"), Paint::Bold)
            );
        }
    }

    /// Lines for stdout: `label` with `message`, then the indented fix; how a warning or a
    /// refusal reads.
    pub fn with_fix(&self, label: &str, paint: Paint, message: &str, fix: &str) -> String {
        format!(
            "{} {message}\n  {} {fix}\n",
            self.paint(label, paint),
            self.paint(&t!("cli-label-fix"), Paint::Bold)
        )
    }

    /// An error on stderr, as the app shows it: what failed and why, what to do, and
    /// GitHub's own words when it sent any.
    pub fn error(&self, report: &ErrorReport) {
        self.message_and_fix(&t!("cli-label-error"), Paint::Red, report);
        if let Some(g) = &report.github_message {
            eprintln!(
                "  {} {g}",
                self.paint_err(&t!("cli-label-github-said"), Paint::Bold)
            );
        }
        if let Some(url) = &report.documentation_url {
            eprintln!(
                "  {} {url}",
                self.paint_err(&t!("cli-label-docs"), Paint::Bold)
            );
        }
        if let Some(s) = report.retry_after_seconds {
            eprintln!(
                "  {} {}",
                self.paint_err(&t!("cli-label-retry-after"), Paint::Bold),
                t!("cli-seconds", seconds = s)
            );
        }
        for f in report.fields.iter().flatten() {
            eprintln!("  - {}: {} {}", f.label, f.message, f.fix);
        }
    }

    /// Ends the run with `failure`: the message on stderr, and with `--json` also
    /// `{"error": …}` on stdout so a script reads why.
    pub fn fail(&self, failure: &Failure) -> crate::exit::Exit {
        self.error(&failure.report);
        if self.json {
            #[derive(Serialize)]
            struct ErrorOut<'a> {
                error: &'a ErrorReport,
            }
            // Nothing more can be said if stdout is gone too.
            let _ = self.print_json(&ErrorOut {
                error: &failure.report,
            });
        }
        failure.exit
    }
}

fn paint_if(on: bool, text: &str, paint: Paint) -> String {
    if on && !text.is_empty() {
        format!("\x1b[{}m{text}\x1b[0m", paint.code())
    } else {
        text.to_owned()
    }
}

/// The characters of `s` a terminal shows: colour codes take no room.
fn visible_width(s: &str) -> usize {
    let mut n = 0;
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => n += 1,
        }
    }
    n
}

/// A whole number as the process's language writes it ("1,234", "1.234").
#[allow(clippy::cast_precision_loss)] // counts of seats and people, far below 2^53
pub fn number(v: i64) -> String {
    ghls_l10n::format_number(v as f64, ghls_l10n::language(), 0, 0)
}

/// A table's header: each column's message id, in the process's language.
pub fn header(ids: &[&'static str]) -> Vec<String> {
    ids.iter()
        .map(|id| ghls_l10n::Message::new(*id).text())
        .collect()
}

/// Columns padded to the widest cell (colour codes take no room); the last column is not
/// padded.
pub fn table(header: &[impl AsRef<str>], rows: &[Vec<String>]) -> Vec<String> {
    let width = visible_width;
    let header: Vec<&str> = header.iter().map(AsRef::as_ref).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(c));
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let n = cells.len();
        let mut out = String::new();
        for (i, c) in cells.into_iter().enumerate() {
            out.push_str(c);
            if i + 1 < n {
                let pad = widths.get(i).copied().unwrap_or(0).saturating_sub(width(c));
                out.push_str(&" ".repeat(pad + 2));
            }
        }
        out.trim_end().to_owned()
    };
    let mut out = vec![line(header)];
    out.extend(
        rows.iter()
            .map(|r| line(r.iter().map(String::as_str).collect())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_pad_every_column_but_the_last() {
        let t = table(
            &["ID", "HOST", "STATE"],
            &[
                vec!["main".into(), "github.acme.example".into(), "ok".into()],
                vec!["legacy".into(), "x".into(), "stale".into()],
            ],
        );
        assert_eq!(
            t,
            [
                "ID      HOST                 STATE",
                "main    github.acme.example  ok",
                "legacy  x                    stale",
            ]
        );
    }

    #[test]
    fn coloured_cells_are_padded_by_what_shows() {
        let t = table(
            &["A", "B"],
            &[vec![paint_if(true, "ok", Paint::Green), "x".into()]],
        );
        assert_eq!(t[1], "\x1b[32mok\x1b[0m  x");
    }

    #[test]
    fn colour_is_only_added_when_on() {
        assert_eq!(paint_if(false, "x", Paint::Red), "x");
        assert_eq!(paint_if(true, "x", Paint::Red), "\x1b[31mx\x1b[0m");
    }
}
