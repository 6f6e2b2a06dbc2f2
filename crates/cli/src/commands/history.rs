//! `ghls history`: what the history keeps (feature `history`): every consumed-licenses load
//! with its seats and changes, and every License reading, oldest first. Nothing is read from
//! GitHub; `ghls consumed`, `license` and `status` (and the app) keep the readings.

use ghls_l10n::{msg, t};
use ghls_services::history::{loads_csv, HistoryOverview};
use time::OffsetDateTime;

use super::Context;
use crate::args::HistoryArgs;
use crate::exit::{Exit, Failure};
use crate::output::{header, number, table};

/// `--since` as typed: an age (`7d`, `12w`) back from now, a day, or RFC 3339.
pub fn since(text: &str, now: OffsetDateTime) -> Result<OffsetDateTime, Failure> {
    if let Ok(age) = crate::duration::parse(text) {
        let age = time::Duration::try_from(age).unwrap_or(time::Duration::MAX);
        return Ok(now.checked_sub(age).unwrap_or(OffsetDateTime::UNIX_EPOCH));
    }
    let flag = ghls_l10n::msg!("text-as-is", text = "--since");
    ghls_services::history::parse_instant(flag, text).map_err(|_| {
        Failure::usage(
            msg!("cli-history-since-invalid", text = text),
            msg!("cli-history-since-invalid-fix"),
        )
    })
}

pub async fn run(cx: &Context<'_>, args: &HistoryArgs) -> Result<Exit, Failure> {
    if args.csv && cx.out.json {
        return Err(Failure::usage(
            msg!("cli-csv-and-json"),
            msg!("cli-csv-and-json-fix"),
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
    v.map_or_else(|| "-".to_owned(), number)
}

/// A count as a table cell.
fn count(v: u32) -> String {
    number(i64::from(v))
}

fn human(h: &HistoryOverview) -> String {
    let mut text = String::new();
    let place = h
        .path
        .clone()
        .unwrap_or_else(|| t!("cli-history-in-memory"));
    if h.consumed.is_empty() && h.license.is_empty() {
        let enterprise = if h.enterprise.is_empty() {
            t!("cli-history-no-enterprise")
        } else {
            h.enterprise.clone()
        };
        return format!(
            "{}\n",
            msg!("cli-history-empty", enterprise = enterprise, place = &place)
        );
    }
    text.push_str(&format!(
        "{}\n",
        msg!(
            "cli-history-loads",
            enterprise = &h.enterprise,
            kept = h.consumed.len(),
            place = &place
        )
    ));
    let rows: Vec<Vec<String>> = h
        .consumed
        .iter()
        .map(|l| {
            vec![
                l.read_at.clone(),
                count(l.consumers),
                format!("{}/{}", n(l.seats_consumed), n(l.seats_purchased)),
                count(l.split.cloud_only),
                count(l.split.server_only),
                count(l.split.both),
                count(l.split.visual_studio),
                format!(
                    "+{} -{} ~{}",
                    count(l.added),
                    count(l.removed),
                    count(l.changed)
                ),
            ]
        })
        .collect();
    let columns = header(&[
        "cli-col-read-at",
        "cli-col-people",
        "cli-col-seats-pair",
        "cli-col-cloud",
        "cli-col-server",
        "cli-col-both",
        "cli-col-vs",
        "cli-col-changes",
    ]);
    for line in table(&columns, &rows) {
        text.push_str(&format!("  {line}\n"));
    }
    if !h.duplicates.is_empty() {
        text.push_str(&format!(
            "\n{}\n",
            msg!("cli-history-duplicates", count = h.duplicates.len())
        ));
        let rows: Vec<Vec<String>> = h
            .duplicates
            .iter()
            .map(|a| {
                vec![
                    a.read_at.clone(),
                    count(a.findings),
                    count(a.seats_saved),
                    if a.with_accounts {
                        t!("cli-yes")
                    } else {
                        t!("cli-no")
                    },
                ]
            })
            .collect();
        let columns = header(&[
            "cli-col-load-read-at",
            "cli-col-findings",
            "cli-col-seats-to-save",
            "cli-col-server-accounts",
        ]);
        for line in table(&columns, &rows) {
            text.push_str(&format!("  {line}\n"));
        }
    }
    if !h.license.is_empty() {
        text.push_str(&format!(
            "\n{}\n",
            msg!("cli-history-license", count = h.license.len())
        ));
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
        let columns = header(&[
            "cli-col-read-at",
            "cli-col-cloud-seats",
            "cli-col-server-licenses",
        ]);
        for line in table(&columns, &rows) {
            text.push_str(&format!("  {line}\n"));
        }
    }
    text
}
