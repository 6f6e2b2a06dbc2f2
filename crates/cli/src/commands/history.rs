//! `ghls history`: what the history keeps (feature `history`): every consumed-licenses load
//! with its seats and changes, and every License reading, oldest first. Nothing is read from
//! GitHub; `ghls consumed`, `license` and `status` (and the app) keep the readings.

use ghls_services::history::{loads_csv, HistoryOverview};
use time::OffsetDateTime;

use super::Context;
use crate::args::HistoryArgs;
use crate::exit::{Exit, Failure};
use crate::output::table;

/// `--since` as typed: an age (`7d`, `12w`) back from now, a day, or RFC 3339.
pub fn since(text: &str, now: OffsetDateTime) -> Result<OffsetDateTime, Failure> {
    if let Ok(age) = crate::duration::parse(text) {
        let age = time::Duration::try_from(age).unwrap_or(time::Duration::MAX);
        return Ok(now.checked_sub(age).unwrap_or(OffsetDateTime::UNIX_EPOCH));
    }
    let flag = ghls_l10n::msg!("text-as-is", text = "--since");
    ghls_services::history::parse_instant(flag, text).map_err(|_| {
        Failure::usage(
            format!("`{text}` is not an age, a day or a time."),
            "Use an age back from now (7d, 12w), a day (2026-01-05) or RFC 3339 (2026-01-05T09:00:00Z).",
        )
    })
}

pub async fn run(cx: &Context<'_>, args: &HistoryArgs) -> Result<Exit, Failure> {
    if args.csv && cx.out.json {
        return Err(Failure::usage(
            "--csv and --json ask for two formats at once.",
            "Use one of them.",
        ));
    }
    let from = args
        .since
        .as_deref()
        .map(|s| since(s, OffsetDateTime::now_utc()))
        .transpose()?;
    let history = cx
        .app
        .history_overview(from)
        .await
        .map_err(|e| cx.fail(e.report()))?;
    if let Some(problem) = &history.problem {
        return Err(cx.fail(problem.clone()));
    }
    if args.csv {
        let mut text = Vec::new();
        loads_csv(&history, &mut text).map_err(|e| Failure::output(&e))?;
        cx.out.print(&String::from_utf8_lossy(&text))?;
        return Ok(Exit::Ok);
    }
    cx.out.result(&history, || human(&history))?;
    Ok(Exit::Ok)
}

fn n(v: Option<i64>) -> String {
    v.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

fn human(h: &HistoryOverview) -> String {
    let mut text = String::new();
    let place = h.path.as_deref().unwrap_or("memory (this run only)");
    if h.consumed.is_empty() && h.license.is_empty() {
        return format!(
            "Nothing is kept yet for enterprise {} in {place}: `ghls consumed`, `ghls license` and the app keep each reading.\n",
            if h.enterprise.is_empty() { "(none set up)" } else { &h.enterprise }
        );
    }
    text.push_str(&format!(
        "Consumed-licenses loads of {} ({} kept, in {place}):\n",
        h.enterprise,
        h.consumed.len()
    ));
    let rows: Vec<Vec<String>> = h
        .consumed
        .iter()
        .map(|l| {
            vec![
                l.read_at.clone(),
                l.consumers.to_string(),
                format!("{}/{}", n(l.seats_consumed), n(l.seats_purchased)),
                l.split.cloud_only.to_string(),
                l.split.server_only.to_string(),
                l.split.both.to_string(),
                l.split.visual_studio.to_string(),
                format!("+{} -{} ~{}", l.added, l.removed, l.changed),
            ]
        })
        .collect();
    for line in table(
        &[
            "read at", "people", "seats", "cloud", "server", "both", "VS", "changes",
        ],
        &rows,
    ) {
        text.push_str(&format!("  {line}\n"));
    }
    if !h.duplicates.is_empty() {
        text.push_str(&format!("\nDuplicate analyses ({}):\n", h.duplicates.len()));
        let rows: Vec<Vec<String>> = h
            .duplicates
            .iter()
            .map(|a| {
                vec![
                    a.read_at.clone(),
                    a.findings.to_string(),
                    a.seats_saved.to_string(),
                    if a.with_accounts { "yes" } else { "no" }.to_owned(),
                ]
            })
            .collect();
        for line in table(
            &[
                "load read at",
                "findings",
                "seats to save",
                "server accounts",
            ],
            &rows,
        ) {
            text.push_str(&format!("  {line}\n"));
        }
    }
    if !h.license.is_empty() {
        text.push_str(&format!("\nLicense readings ({}):\n", h.license.len()));
        let rows: Vec<Vec<String>> = h
            .license
            .iter()
            .map(|r| {
                let servers = r
                    .servers
                    .iter()
                    .map(|s| format!("{} {}/{}", s.hostname, n(s.seats_used), n(s.seats)))
                    .collect::<Vec<_>>()
                    .join(", ");
                vec![
                    r.read_at.clone(),
                    format!("{}/{}", n(r.seats_consumed), n(r.seats_purchased)),
                    servers,
                ]
            })
            .collect();
        for line in table(
            &["read at", "cloud seats", "server licenses (used/seats)"],
            &rows,
        ) {
            text.push_str(&format!("  {line}\n"));
        }
    }
    text
}
