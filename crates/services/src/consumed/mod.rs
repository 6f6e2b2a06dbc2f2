//! The Consumed licenses screen: every license consumer of the GHEC enterprise, fetched
//! once and kept for the session, searched, filtered, sorted and exported.
//!
//! The types (`types.rs`) are the IPC contract of this screen and Duplicates (generated
//! into `ui/bindings/`); each says which command sends or takes it.
//!
//! - Fetching is one job at a time: a second load while one runs joins it (`fetch.rs`).
//! - Queries, exports and the analysis run on blocking threads: at 300,000 consumers they
//!   take tens to hundreds of milliseconds, which must not stall the async runtime.
//! - Exports go through an atomically replaced file (`export.rs`); queries are `query.rs`.
//! - The duplicate analysis of the same data set is its own feature (`crate::duplicates`).
//! - The token's rate budget before a load, and the reserve a load asks before cutting
//!   into, are `budget.rs`.

mod budget;
mod export;
mod fetch;
mod query;
mod types;

pub use budget::{
    estimate as estimate_load, load_cost, LoadEstimate, RateBudget, RateBudgets,
    DEFAULT_RESERVE_PERCENT,
};
pub use export::{consumers_csv, consumers_csv_after, csv_cell, findings_csv};
pub(crate) use fetch::ConsumedState;
/// The most consumed-licenses pages a load keeps in flight at once.
pub use ghls_github::MAX_CONCURRENCY as MAX_FETCH_CONCURRENCY;
pub use query::{DataSet, MAX_WINDOW};
pub use types::{
    ConsumedPage, ConsumedQuery, ConsumedSort, ConsumedSplit, ConsumedSummary, ConsumerFilter,
    ConsumerRow, ExportFormat, ExportResult, FetchProgress, LoadCost, SortColumn,
};

use std::path::PathBuf;
use std::sync::Arc;

use ghls_github::{FetchOptions, GhecClient};

use crate::app::App;
use crate::error::{Error, ErrorReport, Result};
use crate::support::blocking;
use export::export_consumers;
use fetch::{Begin, Listener};

impl App {
    /// Sets how the consumed-licenses fetch reads (concurrency, retries), e.g. for tests.
    pub fn with_fetch_options(self, options: FetchOptions) -> Self {
        self.consumed_state().set_options(options);
        self
    }

    /// Sets how many consumed-licenses pages are in flight at once after the first (1 reads
    /// one page after the other; clamped to 1..=[`MAX_FETCH_CONCURRENCY`]), keeping
    /// the other fetch options. The default is 4; `ghls consumed --concurrency` (hidden, for
    /// `scripts/bench`) sets it.
    pub fn set_fetch_concurrency(&self, concurrency: usize) {
        let state = self.consumed_state();
        state.set_options(FetchOptions {
            concurrency: concurrency.clamp(1, MAX_FETCH_CONCURRENCY),
            ..state.options()
        });
    }

    /// The consumed licenses: from the session's cache unless `refresh` (or nothing is
    /// cached), else fetched from GitHub now, reporting to `on_progress`. A call while a
    /// fetch runs joins it (see `fetch_job.rs`). A failed or cancelled fetch (kind
    /// `cancelled`) leaves the cache as it was.
    pub async fn load_consumed_licenses(
        &self,
        refresh: bool,
        on_progress: impl Fn(FetchProgress) + Send + Sync + 'static,
    ) -> std::result::Result<ConsumedSummary, ErrorReport> {
        let listener: Listener = Arc::new(on_progress);
        let state = self.consumed_state();
        match state.begin(refresh, listener.clone()) {
            Begin::Cached(data) => {
                listener(FetchProgress::Done {
                    rows: data.summary.rows,
                });
                Ok(data.summary.clone())
            }
            Begin::Joined(job) => job.wait().await,
            Begin::Started(job) => {
                let advice = self.advice();
                match self.consumed_client().await {
                    Ok((client, cloud_host)) => {
                        // Its own task: the fetch finishes (and fills the cache) even if
                        // this caller goes away.
                        tokio::spawn(state.clone().run(job.clone(), client, cloud_host, advice));
                    }
                    Err(e) => state.finish(&job, Err(advice(e.report()))),
                }
                let outcome = job.wait().await;
                // Each load this call started is kept in the history, before the answer, so
                // `ghls consumed` has kept it when it exits.
                if outcome.is_ok() {
                    if let Some(data) = state.data() {
                        self.record_consumed_load(data).await;
                    }
                }
                outcome
            }
        }
    }

    /// The token's REST and GraphQL budgets (GHEC `GET /rate_limit`, which costs nothing).
    pub async fn rate_budget(&self) -> Result<RateBudgets> {
        let (client, _) = self.consumed_client().await?;
        Ok(client.rate_limit().await?.value.into())
    }

    /// What a full load would cost and leave, before it starts: the consumer count from the
    /// loaded data set, else from GitHub's `Link: rel="last"` of a one-consumer page (one
    /// request), and the budget from `GET /rate_limit` (none).
    pub async fn consumed_load_estimate(&self) -> Result<LoadEstimate> {
        let (client, _) = self.consumed_client().await?;
        let consumers = match self.consumed_summary() {
            Some(s) => u64::from(s.rows),
            None => {
                let probe = client.consumed_licenses_page(1, 1).await?.value;
                probe.last_page.map_or(probe.users.len() as u64, u64::from)
            }
        };
        let budgets = client.rate_limit().await?.value;
        Ok(budget::estimate(
            Some(consumers),
            budgets.core,
            self.rate_reserve_percent(),
            time::OffsetDateTime::now_utc(),
        ))
    }

    /// The share of the hourly REST limit (percent) a load asks before cutting into.
    pub fn rate_reserve_percent(&self) -> u8 {
        self.settings()
            .rate_reserve_percent
            .unwrap_or(DEFAULT_RESERVE_PERCENT)
            .min(100)
    }

    /// Changes the reserve (0 to 100 percent of the limit) and saves it.
    pub async fn set_rate_reserve_percent(&self, percent: u8) -> Result<u8> {
        if percent > 100 {
            return Err(Error::InvalidArgument {
                what: ghls_l10n::msg!("svc-arg-rate-reserve"),
                value: format!("{percent}%"),
                detail: ghls_l10n::msg!("svc-arg-rate-reserve-detail"),
            });
        }
        let _one_at_a_time = self.settings_change().await;
        let mut next = self.settings();
        next.rate_reserve_percent = Some(percent);
        self.persist(next).await?;
        Ok(percent)
    }

    /// The newest load the history kept, held for the session when it holds none yet, so
    /// the screen opens with data at once; `None` when none is kept. A Refresh reads GitHub
    /// again (the whole set: the history keeps no page validators).
    pub async fn restore_consumed_licenses(&self) -> Result<Option<ConsumedSummary>> {
        let state = self.consumed_state();
        if let Some(held) = state.data() {
            return Ok(Some(held.summary.clone()));
        }
        let history = self.history().clone();
        if history.problem().is_some() {
            return Ok(None);
        }
        let Some(ghec) = self.settings().ghec else {
            return Ok(None);
        };
        let analysis = ghls_domain::AnalysisContext {
            cloud_host: cloud_host(&ghec.api_url),
            ..Default::default()
        };
        let enterprise = ghec.enterprise;
        let set = blocking(ghls_l10n::msg!("task-open-kept-consumed"), move || {
            let Some(load) = history.newest_load(&enterprise)? else {
                return Ok(None);
            };
            let people = history.consumed_load(load.id)?;
            let fetched_at = ghls_domain::parse_github_time(&load.read_at)
                .unwrap_or_else(time::OffsetDateTime::now_utc);
            let data = ghls_domain::ConsumedLicenses {
                total_seats_consumed: load.seats_consumed,
                total_seats_purchased: load.seats_purchased,
                users: ghls_domain::LicenseConsumer::pack_all(people.into_iter().map(|(_, p)| p)),
            };
            let mut set = DataSet::new(enterprise, fetched_at, data, analysis);
            set.summary.from_history = true;
            Ok::<_, Error>(Some(set))
        })
        .await??;
        Ok(set.map(|set| state.restore(set).summary.clone()))
    }

    /// Cancels the running consumed-licenses fetch; false when none runs.
    pub fn cancel_consumed_fetch(&self) -> bool {
        self.consumed_state().cancel()
    }

    /// The loaded data set's figures, if one is loaded.
    pub fn consumed_summary(&self) -> Option<ConsumedSummary> {
        self.consumed_state().data().map(|d| d.summary.clone())
    }

    /// One window of the consumers matching `query`.
    pub async fn query_consumed_licenses(&self, query: ConsumedQuery) -> Result<ConsumedPage> {
        let data = self.consumed_data()?;
        blocking(ghls_l10n::msg!("task-query-consumed"), move || {
            data.query(&query)
        })
        .await
    }

    /// Writes every consumer matching `query` (window ignored) to `path` as `format`.
    pub async fn export_consumed_licenses(
        &self,
        query: ConsumedQuery,
        format: ExportFormat,
        path: PathBuf,
    ) -> Result<ExportResult> {
        let data = self.consumed_data()?;
        blocking(ghls_l10n::msg!("task-export"), move || {
            let matches = data.matching(&query);
            let bytes = export_consumers(&data, &query, &matches, format, &path)?;
            Ok(ExportResult {
                path: path.display().to_string(),
                rows: u32::try_from(matches.len()).unwrap_or(u32::MAX),
                bytes,
            })
        })
        .await?
    }

    /// A file name to offer in the Save dialog: `consumed-licenses-acme-2026-11-22.csv`
    /// (`subject` is `consumed-licenses` or `duplicates`), dated by the fetch.
    pub fn export_file_name(&self, subject: &str, format: ExportFormat) -> String {
        let ext = format.extension();
        match self.consumed_state().data() {
            Some(d) => {
                let day = d.fetched_at.date();
                format!(
                    "{subject}-{}-{:04}-{:02}-{:02}.{ext}",
                    d.enterprise,
                    day.year(),
                    u8::from(day.month()),
                    day.day()
                )
            }
            None => format!("{subject}.{ext}"),
        }
    }

    /// The loaded data set, or [`Error::NotLoaded`].
    pub(crate) fn consumed_data(&self) -> Result<Arc<DataSet>> {
        self.consumed_state().data().ok_or(Error::NotLoaded)
    }

    /// The GHEC client and the cloud's host for the analysis' wording.
    /// Every consumed license read from GitHub now, outside the session's cache (the demo's
    /// past weeks).
    #[cfg(feature = "demo")]
    pub(crate) async fn fetch_consumed_once(&self) -> Result<ghls_domain::ConsumedLicenses> {
        let (client, _) = self.consumed_client().await?;
        let options = self.consumed_state().options();
        let cancel = ghls_github::CancellationToken::new();
        Ok(client
            .fetch_consumed_licenses(&options, &cancel, &|_| {})
            .await?)
    }

    async fn consumed_client(&self) -> Result<(GhecClient, Option<String>)> {
        let ghec = self.settings().ghec.ok_or(Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        })?;
        let client = self.ghec_client(&ghec).await?;
        Ok((client, cloud_host(&ghec.api_url)))
    }
}

/// `github.com` for `https://api.github.com`, `SUB.ghe.com` for `https://api.SUB.ghe.com`;
/// `None` for anything else (the analysis then says github.com).
fn cloud_host(api_url: &str) -> Option<String> {
    let url = url::Url::parse(api_url).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    if host == "api.github.com" {
        return Some("github.com".to_owned());
    }
    host.strip_prefix("api.")
        .filter(|rest| rest.ends_with(".ghe.com"))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cloud_host_comes_from_githubs_api_addresses_only() {
        assert_eq!(
            cloud_host("https://api.github.com").as_deref(),
            Some("github.com")
        );
        assert_eq!(
            cloud_host("https://api.acme.ghe.com/").as_deref(),
            Some("acme.ghe.com")
        );
        assert_eq!(cloud_host("http://127.0.0.1:4000/ghec/api"), None);
    }

    #[test]
    fn the_fetch_concurrency_is_set_within_its_bounds_and_keeps_the_other_options() {
        let dir = tempfile::tempdir().unwrap();
        let app = App::open(
            crate::SettingsStore::new(dir.path().join("settings.json")),
            Arc::new(crate::MemoryStore::default()),
        );
        let before = app.consumed_state().options();
        assert_eq!(before.concurrency, 4);
        app.set_fetch_concurrency(1);
        let one = app.consumed_state().options();
        assert_eq!(one.concurrency, 1);
        assert_eq!((one.per_page, one.retry), (before.per_page, before.retry));
        app.set_fetch_concurrency(0);
        assert_eq!(app.consumed_state().options().concurrency, 1);
        app.set_fetch_concurrency(1000);
        assert_eq!(
            app.consumed_state().options().concurrency,
            MAX_FETCH_CONCURRENCY
        );
    }
}
