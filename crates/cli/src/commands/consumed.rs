//! `ghls consumed`: the Consumed licenses screen's export, to a file or stdout.

use ghls_l10n::{msg, t};
use ghls_services::{ConsumedQuery, ConsumedSort, ConsumedSummary, ExportFormat};
use serde::Serialize;

use super::{export_to_stdout, format_of, load_consumed, Context};
use crate::args::ConsumedArgs;
use crate::exit::{Exit, Failure};

/// `ghls consumed -o FILE --json`.
#[derive(Debug, Serialize)]
pub struct WrittenOut {
    pub path: String,
    pub rows: u32,
    pub bytes: u64,
    pub format: ExportFormat,
    pub summary: ConsumedSummary,
}

pub fn query(args: &ConsumedArgs) -> ConsumedQuery {
    ConsumedQuery {
        search: args.search.clone(),
        filter: args.filter,
        sort: ConsumedSort {
            column: args.sort,
            descending: args.descending,
        },
        ..ConsumedQuery::default()
    }
}

pub async fn run(cx: &Context<'_>, args: &ConsumedArgs) -> Result<Exit, Failure> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format,
        (None, Some(path)) => format_of(path),
        (None, None) => ExportFormat::Json,
    };
    if let Some(n) = args.concurrency {
        cx.app
            .set_fetch_concurrency(usize::try_from(n).unwrap_or(usize::MAX));
    }
    let summary = load_consumed(cx, args.max_wait).await?;
    if let Some(since) = &args.changes_since {
        return changes(cx, args, format, since).await;
    }
    let query = query(args);
    let Some(path) = &args.output else {
        let app = cx.app;
        let written = export_to_stdout(format, |tmp| {
            app.export_consumed_licenses(query, format, tmp)
        })
        .await?;
        if cx.out.interactive() {
            cx.out.note(&t!(
                "cli-consumed-written",
                rows = written.rows,
                total = summary.rows,
                enterprise = &summary.enterprise,
                fetched_at = &summary.fetched_at
            ));
        }
        return Ok(Exit::Ok);
    };
    let written = cx
        .app
        .export_consumed_licenses(query, format, path.clone())
        .await
        .map_err(|e| cx.fail(e.report()))?;
    let out = WrittenOut {
        path: written.path,
        rows: written.rows,
        bytes: written.bytes,
        format,
        summary,
    };
    cx.out.result(&out, || {
        format!(
            "{}\n",
            msg!(
                "cli-consumed-written-to",
                rows = out.rows,
                total = out.summary.rows,
                enterprise = &out.summary.enterprise,
                path = &out.path,
                bytes = out.bytes,
                format = out.format.extension()
            )
        )
    })?;
    Ok(Exit::Ok)
}

/// `--changes-since WHEN`: who was added, removed or changed from the load the history kept
/// then to the one just made (and kept).
async fn changes(
    cx: &Context<'_>,
    args: &ConsumedArgs,
    format: ExportFormat,
    since: &str,
) -> Result<Exit, Failure> {
    let from = super::history::since(since, time::OffsetDateTime::now_utc())?;
    let changes = cx
        .app
        .consumed_changes_since(from, None)
        .await
        .map_err(|e| cx.fail(e.report()))?;
    let note = t!(
        "cli-consumed-changes",
        added = changes.added,
        removed = changes.removed,
        changed = changes.changed,
        from = &changes.from.read_at,
        to = &changes.to.read_at
    );
    let app = cx.app;
    match &args.output {
        None => {
            export_to_stdout(format, |tmp| {
                app.export_consumed_changes(changes, format, tmp)
            })
            .await?;
            if cx.out.interactive() {
                cx.out.note(&note);
            }
        }
        Some(path) => {
            let written = app
                .export_consumed_changes(changes, format, path.clone())
                .await
                .map_err(|e| cx.fail(e.report()))?;
            cx.out.result(&written, || {
                format!(
                    "{}\n",
                    msg!(
                        "cli-changes-written",
                        path = &written.path,
                        bytes = written.bytes,
                        note = &note
                    )
                )
            })?;
        }
    }
    Ok(Exit::Ok)
}
