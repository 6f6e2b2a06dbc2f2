//! One file per subcommand: each takes the app, calls the services, and prints.

pub mod completions;
pub mod consumed;
pub mod duplicates;
pub mod emulator;
pub mod export;
pub mod history;
pub mod license;
pub mod man;
pub mod monitor;
pub mod servers;
pub mod status;
pub mod validate;
pub mod watch;

use ghls_services::ErrorKind;
use std::future::Future;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::Notify;

use ghls_domain::sync_status::same_host;
use ghls_l10n::msg;
use ghls_services::consumed::LoadCost;
use ghls_services::App;
use ghls_services::{ConsumedSummary, ExportFormat, ExportResult, FetchProgress};

use crate::exit::{cli_report, Exit, Failure};
use crate::open::Advice;
use crate::output::Output;
use crate::progress::FetchBar;

/// What every command that talks to GitHub gets.
#[derive(Debug)]
pub struct Context<'a> {
    pub app: &'a App,
    pub out: &'a Output,
    pub advice: &'a Advice,
}

impl Context<'_> {
    /// A failure the services reported, with the CLI's advice.
    pub fn fail(&self, report: ghls_services::ErrorReport) -> Failure {
        Failure::report(self.advice.apply(report))
    }
}

/// The settings id of `name`: an id, else a host name.
pub fn instance_id(cx: &Context<'_>, name: &str) -> Result<String, Failure> {
    let settings = cx.app.settings();
    if let Some(g) = settings.ghes.iter().find(|g| g.id == name) {
        return Ok(g.id.clone());
    }
    if let Some(g) = settings.ghes.iter().find(|g| same_host(&g.hostname, name)) {
        return Ok(g.id.clone());
    }
    let known: Vec<String> = settings
        .ghes
        .iter()
        .map(|g| format!("{} ({})", g.id, g.hostname))
        .collect();
    Err(Failure::usage(
        msg!("cli-unknown-instance", name = name),
        if known.is_empty() {
            msg!("cli-unknown-instance-none-fix")
        } else {
            msg!("cli-unknown-instance-fix", known = known.join(", "))
        },
    ))
}

/// Loads the consumed licenses with a progress bar on a terminal. A pause for GitHub's rate
/// limit is told on stderr whether or not a person watches. With `max_wait`, a load that
/// would have to pause longer fails at once (kind `rate_limited`, `retry_after_seconds`):
/// before the first page when the budget already cannot pay for it, else when the pause
/// comes.
pub async fn load_consumed(
    cx: &Context<'_>,
    max_wait: Option<Duration>,
) -> Result<ConsumedSummary, Failure> {
    if let (Some(max), None) = (max_wait, cx.app.consumed_summary()) {
        let estimate = cx
            .app
            .consumed_load_estimate()
            .await
            .map_err(|e| cx.fail(e.report()))?;
        if let Some(wait) = estimate.wait_seconds.filter(|&w| w > max.as_secs()) {
            return Err(rate_limit_too_long(wait, max));
        }
    }
    let bar = FetchBar::new(cx.out.interactive());
    let too_long: Arc<Mutex<Option<u64>>> = Arc::default();
    let stop = Arc::new(Notify::new());
    let listener = {
        let feed = bar.listener();
        let bar = bar.clone();
        let too_long = too_long.clone();
        let stop = stop.clone();
        move |p: FetchProgress| {
            if let FetchProgress::WaitingRateLimit { until, seconds } = &p {
                bar.notice(&pause_notice(*seconds, until));
                if max_wait.is_some_and(|max| u64::from(*seconds) > max.as_secs()) {
                    *too_long.lock().unwrap_or_else(PoisonError::into_inner) =
                        Some(u64::from(*seconds));
                    stop.notify_one();
                }
            }
            feed(p);
        }
    };
    let load = cx.app.load_consumed_licenses(false, listener);
    tokio::pin!(load);
    let loaded = tokio::select! {
        loaded = &mut load => loaded,
        () = stop.notified() => {
            cx.app.cancel_consumed_fetch();
            load.await
        }
    };
    bar.finish();
    if let Some(cost) = loaded.as_ref().ok().and_then(|s| s.cost) {
        eprintln!("{}", cost_notice(&cost));
    }
    let too_long = *too_long.lock().unwrap_or_else(PoisonError::into_inner);
    match (loaded, too_long, max_wait) {
        (Err(_), Some(wait), Some(max)) => Err(rate_limit_too_long(wait, max)),
        (loaded, _, _) => loaded.map_err(|r| cx.fail(r)),
    }
}

/// What stderr says a load cost in GitHub requests (never stdout: that is the data).
fn cost_notice(cost: &LoadCost) -> String {
    let pages = msg!("cli-n-pages", n = cost.pages);
    let spent = msg!("cli-n-requests", n = cost.budget_spent);
    let said = if cost.refreshed {
        msg!(
            "cli-load-cost-refreshed",
            pages = pages,
            unchanged = cost.not_modified,
            spent = spent,
            sent = cost.requests_sent
        )
    } else {
        msg!("cli-load-cost", pages = pages, spent = spent)
    };
    format!("ghls: {said}")
}

/// What stderr says when GitHub's rate limit pauses the load.
fn pause_notice(seconds: u32, until: &str) -> String {
    let clock = until.get(11..19).unwrap_or(until);
    format!(
        "ghls: {}",
        msg!("cli-load-pauses", seconds = seconds, until = clock)
    )
}

/// The failure of a load that would pause longer than `--max-wait` allows.
fn rate_limit_too_long(wait: u64, max: Duration) -> Failure {
    let mut report = cli_report(
        ErrorKind::RateLimited,
        &msg!(
            "cli-load-would-pause",
            seconds = wait,
            max_wait = crate::duration::words(max)
        ),
        Some(&msg!(
            "cli-load-would-pause-fix",
            wait = crate::duration::words(Duration::from_secs(wait))
        )),
    );
    report.retry_after_seconds = Some(wait);
    Failure::report(report)
}

/// Runs one of the services' exports into a temporary file and copies it to stdout: the
/// bytes are the export's, whether they go to a file or a pipe.
pub async fn export_to_stdout<F, Fut>(
    format: ExportFormat,
    export: F,
) -> Result<ExportResult, Failure>
where
    F: FnOnce(PathBuf) -> Fut,
    Fut: Future<Output = ghls_services::Result<ExportResult>>,
{
    let dir = tempfile::tempdir().map_err(|e| {
        Failure::new(
            Exit::Failure,
            ErrorKind::Output,
            msg!("cli-no-temporary-file", detail = e.to_string()),
            Some(msg!("cli-no-temporary-file-fix")),
        )
    })?;
    let path = dir.path().join(format!("export.{}", format.extension()));
    let result = export(path.clone()).await?;
    copy_to_stdout(&path)?;
    Ok(result)
}

fn copy_to_stdout(path: &Path) -> Result<(), Failure> {
    let mut file = std::fs::File::open(path).map_err(|e| Failure::output(&e))?;
    let mut out = io::stdout().lock();
    io::copy(&mut file, &mut out)
        .and_then(|_| out.flush())
        .map(|_| ())
        .map_err(|e| Failure::output(&e))
}

/// The format a file name asks for: `.csv` is CSV, anything else JSON.
pub fn format_of(path: &Path) -> ExportFormat {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("csv") => ExportFormat::Csv,
        _ => ExportFormat::Json,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_file_name_asks_for_csv() {
        assert_eq!(format_of(Path::new("out/consumed.CSV")), ExportFormat::Csv);
        assert_eq!(format_of(Path::new("consumed.json")), ExportFormat::Json);
        assert_eq!(format_of(Path::new("consumed")), ExportFormat::Json);
    }

    #[test]
    fn the_cost_notice_counts_requests_spent_and_pages_unchanged() {
        let first = LoadCost {
            pages: 1_000,
            requests_sent: 1_000,
            not_modified: 0,
            budget_spent: 1_000,
            refreshed: false,
        };
        assert_eq!(
            cost_notice(&first),
            "ghls: loaded 1,000 pages of consumed licenses (cost 1,000 requests of the rate limit)."
        );
        let refresh = LoadCost {
            not_modified: 999,
            budget_spent: 1,
            refreshed: true,
            ..first
        };
        assert_eq!(
            cost_notice(&refresh),
            "ghls: refreshed 1,000 pages of consumed licenses, 999 unchanged (cost 1 request of the rate limit; 1,000 sent)."
        );
    }
}
