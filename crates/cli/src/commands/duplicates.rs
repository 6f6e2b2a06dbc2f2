//! `ghls duplicates`: the Duplicates screen, as a readable list, JSON or CSV.

use ghls_domain::{Confidence, DuplicateReport};
use ghls_l10n::{msg, t};
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
                msg!("cli-table-not-to-file"),
                msg!("cli-table-not-to-file-fix"),
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
                    "{}\n",
                    msg!(
                        "cli-findings-written",
                        findings = out.findings,
                        path = &out.path,
                        bytes = out.bytes,
                        format = out.format.extension()
                    )
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
    spinner.set(t!("cli-accounts-asking"));
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
            spinner.println(&t!("cli-accounts-warning", note = note));
        }
    }
    Ok(())
}

/// The spinner's words for one progress message.
fn accounts_message(p: &AccountsLoadProgress) -> Option<String> {
    Some(match p {
        AccountsLoadProgress::Installations => t!("cli-accounts-asking"),
        AccountsLoadProgress::Reading {
            instances_done,
            instances_total,
            accounts,
            total_count,
        } => match total_count {
            Some(total) => t!(
                "cli-accounts-reading-of",
                done = *instances_done,
                instances = *instances_total,
                accounts = *accounts,
                total = *total
            ),
            None => t!(
                "cli-accounts-reading",
                done = *instances_done,
                instances = *instances_total,
                accounts = *accounts
            ),
        },
        AccountsLoadProgress::WaitingRateLimit { until, seconds } => {
            t!("cli-accounts-rate-limit", seconds = *seconds, until = until)
        }
        AccountsLoadProgress::Retrying {
            attempt, reason, ..
        } => t!("cli-accounts-retrying", reason = reason, attempt = *attempt),
        AccountsLoadProgress::Done { .. } => return None,
    })
}

fn confidence_words(c: Confidence) -> String {
    let c = match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    };
    t!("cli-confidence", confidence = c)
}

fn human(cx: &Context<'_>, r: &DuplicateReport) -> String {
    let out = cx.out;
    let mut text = format!(
        "{}\n",
        msg!(
            "cli-duplicates-title",
            title = out.paint(&t!("cli-duplicates"), Paint::Bold),
            consumers = r.consumers,
            findings = msg!("cli-n-findings", n = r.findings),
            seats = msg!("cli-n-seats", n = r.seats_saved.total),
            high = r.seats_saved.high,
            medium = r.seats_saved.medium,
            low = r.seats_saved.low
        )
    );
    if let Some(a) = &r.server_accounts {
        let id = if a.complete {
            "cli-duplicates-accounts"
        } else {
            "cli-duplicates-accounts-partial"
        };
        let said = ghls_l10n::Message::new(id)
            .arg("named", a.named)
            .arg("entries", a.server_entries);
        text.push_str(&format!("{said}\n"));
        for note in &a.notes {
            text.push_str(&format!("  {} {note}\n", out.paint("-", Paint::Dim)));
        }
    }
    for g in &r.groups {
        text.push_str(&format!(
            "\n{}\n",
            msg!(
                "cli-duplicates-group",
                title = out.paint(&g.title, Paint::Bold),
                findings = msg!("cli-n-findings", n = g.count),
                seats = msg!("cli-n-seats", n = g.seats_saved)
            )
        ));
        for f in &g.findings {
            let paint = match f.confidence {
                Confidence::High => Paint::Red,
                Confidence::Medium => Paint::Yellow,
                Confidence::Low => Paint::Dim,
            };
            text.push_str(&format!(
                "  [{}] {}\n",
                out.paint(&confidence_words(f.confidence), paint),
                f.summary
            ));
            for e in &f.evidence {
                text.push_str(&format!("      {} {e}\n", out.paint("-", Paint::Dim)));
            }
            text.push_str(&format!(
                "      {} {}\n",
                out.paint(&t!("cli-label-fix"), Paint::Bold),
                f.fix
            ));
        }
    }
    text
}
