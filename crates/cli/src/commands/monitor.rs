//! `ghls monitor`: one of the desktop app's background checks, for cron. The services keep
//! what was told (monitor.json, shared with the app), so each change is printed once.

use ghls_l10n::t;
use ghls_services::{MonitorCheck, MonitorInstance, NewsKind, SyncVerdict};
use time::OffsetDateTime;

use super::Context;
use crate::args::MonitorArgs;
use crate::exit::{Exit, Failure};
use crate::output::{header, table, Paint};

pub async fn run(cx: &Context<'_>, args: &MonitorArgs) -> Result<Exit, Failure> {
    let check = cx
        .app
        .monitor_check(OffsetDateTime::now_utc())
        .await
        .map_err(|e| cx.fail(e.report()))?;
    // GitHub not read: no news and the state kept, which a cron job must hear about.
    if let Some(error) = &check.error {
        return Err(cx.fail(error.clone()));
    }
    if let Some(e) = &check.save_error {
        cx.out.warn(&cx.advice.apply(e.clone()));
    }
    if cx.out.json {
        cx.out.print_json(&check)?;
    } else {
        cx.out.print(&human(cx, &check, args.news_only))?;
    }
    Ok(Exit::Ok)
}

fn human(cx: &Context<'_>, check: &MonitorCheck, news_only: bool) -> String {
    let out = cx.out;
    let mut text = String::new();
    for n in &check.news {
        let paint = match n.kind {
            NewsKind::Recovered => Paint::Green,
            NewsKind::SyncFailed => Paint::Red,
            NewsKind::BecameStale => Paint::Yellow,
        };
        text.push_str(&format!("{}: {}\n", out.paint(&n.title, paint), n.body));
    }
    if news_only {
        return text;
    }
    if check.news.is_empty() {
        text.push_str(&format!("{}\n", t!("cli-monitor-no-change")));
    }
    if check.instances.is_empty() {
        text.push_str(&format!("{}\n", t!("cli-no-instances")));
        return text;
    }
    let rows: Vec<Vec<String>> = check
        .instances
        .iter()
        .map(|i| {
            vec![
                i.instance_id
                    .clone()
                    .unwrap_or_else(|| t!("cli-not-configured-id")),
                i.hostname.clone(),
                i.last_sync.clone().unwrap_or_else(|| "-".to_owned()),
                t!("cli-days", days = i.stale_after_days),
                out.paint(&verdict_words(i), paint_of(i.verdict)),
            ]
        })
        .collect();
    let header = header(&[
        "cli-col-instance",
        "cli-col-host",
        "cli-col-last-sync",
        "cli-col-tell-after",
        "cli-col-verdict",
    ]);
    for line in table(&header, &rows) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

fn paint_of(v: SyncVerdict) -> Paint {
    match v {
        SyncVerdict::Ok => Paint::Green,
        SyncVerdict::Failed => Paint::Red,
        _ => Paint::Yellow,
    }
}

fn verdict_words(i: &MonitorInstance) -> String {
    super::status::verdict_words(i.verdict, &t!("cli-days", days = i.stale_after_days))
}
