//! `ghls duplicates`: the Duplicates screen, as a readable list, JSON or CSV.

use ghls_domain::{Confidence, DuplicateReport};
use ghls_services::duplicates::AccountsLoadProgress;
use ghls_services::ExportFormat;
use serde::Serialize;

use super::{export_to_stdout, format_of, load_consumed, Context};
use crate::args::{DuplicatesArgs, ReportFormat};
use crate::exit::{Exit, Failure};
use crate::output::Paint;
use crate::progress::Spinner;

/// `ghls duplicates -o FILE --json`.
#[derive(Debug, Serialize)]
pub struct WrittenOut {
    pub path: String,
    pub findings: u32,
    pub bytes: u64,
    pub format: ExportFormat,
}

pub async fn run(cx: &Context<'_>, args: &DuplicatesArgs) -> Result<Exit, Failure> {
    let format = match (args.format, &args.output, cx.out.json) {
        (Some(ReportFormat::Table), Some(_), _) => {
            return Err(Failure::usage(
                "--format table is for the terminal and cannot be written with -o.",
                "Use --format json or --format csv with -o FILE.",
            ))
        }
        (Some(ReportFormat::Table), None, _) => None,
        (Some(ReportFormat::Json), _, _) => Some(ExportFormat::Json),
        (Some(ReportFormat::Csv), _, _) => Some(ExportFormat::Csv),
        (None, Some(path), _) => Some(format_of(path)),
        (None, None, true) => Some(ExportFormat::Json),
        (None, None, false) => None,
    };
    load_consumed(cx, args.max_wait).await?;
    if args.accounts {
        load_accounts(cx).await?;
    }
    let app = cx.app;
    match (format, &args.output) {
        (None, _) => {
            let report = app
                .duplicate_report()
                .await
                .map_err(|e| cx.fail(e.report()))?;
            cx.out.print(&human(cx, &report))?;
        }
        (Some(format), None) => {
            export_to_stdout(format, |tmp| app.export_duplicates(format, tmp)).await?;
        }
        (Some(format), Some(path)) => {
            let written = app
                .export_duplicates(format, path.clone())
                .await
                .map_err(|e| cx.fail(e.report()))?;
            let out = WrittenOut {
                path: written.path,
                findings: written.rows,
                bytes: written.bytes,
                format,
            };
            cx.out.result(&out, || {
                format!(
                    "Wrote {} findings to {} ({} bytes, {}).\n",
                    out.findings,
                    out.path,
                    out.bytes,
                    out.format.extension()
                )
            })?;
        }
    }
    Ok(Exit::Ok)
}

/// "Load server accounts", with its progress on stderr; what GitHub gave only in part is
/// said there too (and in the report).
async fn load_accounts(cx: &Context<'_>) -> Result<(), Failure> {
    let spinner = Spinner::new(cx.out.interactive());
    spinner.set("Server accounts: asking GitHub for the Enterprise Server instances".to_owned());
    let s = spinner.clone();
    let loaded = cx
        .app
        .load_server_accounts(move |p| {
            if let Some(m) = accounts_message(&p) {
                s.set(m);
            }
        })
        .await;
    spinner.finish();
    let summary = loaded.map_err(|r| cx.fail(r))?;
    if !summary.complete {
        for note in &summary.notes {
            spinner.println(&format!("warning: server accounts: {note}"));
        }
    }
    Ok(())
}

/// The spinner's words for one progress message.
fn accounts_message(p: &AccountsLoadProgress) -> Option<String> {
    Some(match p {
        AccountsLoadProgress::Installations => {
            "Server accounts: asking GitHub for the Enterprise Server instances".to_owned()
        }
        AccountsLoadProgress::Reading {
            instances_done,
            instances_total,
            accounts,
            total_count,
        } => format!(
            "Server accounts: {instances_done} of {instances_total} instances done, {accounts}{} accounts",
            total_count.map(|t| format!(" of {t}")).unwrap_or_default()
        ),
        AccountsLoadProgress::WaitingRateLimit { until, seconds } => {
            format!("Server accounts: GitHub's rate limit: waiting {seconds} s (until {until})")
        }
        AccountsLoadProgress::Retrying {
            attempt, reason, ..
        } => format!("Server accounts: {reason}; attempt {attempt}"),
        AccountsLoadProgress::Done { .. } => return None,
    })
}

fn confidence_words(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn human(cx: &Context<'_>, r: &DuplicateReport) -> String {
    let out = cx.out;
    let mut text = format!(
        "{} in {} consumers: {} finding{}, up to {} seat{} to save (high {}, medium {}, low {}).\n",
        out.paint("Duplicates", Paint::Bold),
        r.consumers,
        r.findings,
        if r.findings == 1 { "" } else { "s" },
        r.seats_saved.total,
        if r.seats_saved.total == 1 { "" } else { "s" },
        r.seats_saved.high,
        r.seats_saved.medium,
        r.seats_saved.low,
    );
    if let Some(a) = &r.server_accounts {
        text.push_str(&format!(
            "Server accounts: {} of {} server-only entries named{}.\n",
            a.named,
            a.server_entries,
            if a.complete {
                ""
            } else {
                "; GitHub gave only part of the accounts"
            }
        ));
        for note in &a.notes {
            text.push_str(&format!("  {} {note}\n", out.paint("-", Paint::Dim)));
        }
    }
    for g in &r.groups {
        text.push_str(&format!(
            "\n{} ({} finding{}, {} seat{})\n",
            out.paint(&g.title, Paint::Bold),
            g.count,
            if g.count == 1 { "" } else { "s" },
            g.seats_saved,
            if g.seats_saved == 1 { "" } else { "s" },
        ));
        for f in &g.findings {
            let paint = match f.confidence {
                Confidence::High => Paint::Red,
                Confidence::Medium => Paint::Yellow,
                Confidence::Low => Paint::Dim,
            };
            text.push_str(&format!(
                "  [{}] {}\n",
                out.paint(confidence_words(f.confidence), paint),
                f.summary
            ));
            for e in &f.evidence {
                text.push_str(&format!("      {} {e}\n", out.paint("-", Paint::Dim)));
            }
            text.push_str(&format!(
                "      {} {}\n",
                out.paint("fix:", Paint::Bold),
                f.fix
            ));
        }
    }
    text
}
