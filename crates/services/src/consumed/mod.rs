//! The Consumed licenses and Duplicates screens: every license consumer of the GHEC
//! enterprise, fetched once and kept for the session, searched, filtered, sorted and
//! exported; and the duplicate analysis of them.
//!
//! The types here are the IPC contract of these screens (generated into `ui/bindings/`);
//! each says which command sends or takes it. Field names are snake_case.
//!
//! - Fetching is one job at a time: a second load while one runs joins it (`fetch_job.rs`).
//! - Queries, exports and the analysis run on blocking threads: at 300,000 consumers they
//!   take tens to hundreds of milliseconds, which must not stall the async runtime.
//! - Exports go through an atomically replaced file (`consumed_export.rs`).

use std::path::PathBuf;
use std::sync::Arc;

use ghls_domain::{ConsumerKind, DuplicateReport};
use ghls_github::{FetchEvent, FetchOptions, GhecClient};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::{App, Mode};
use crate::consumed_export::{export_consumers, export_report};
use crate::consumed_query::DataSet;
use crate::error::{Error, ErrorReport, Result};
use crate::fetch_job::{Begin, Listener};

/// Progress of `load_consumed_licenses`, sent through its `onProgress` channel
/// (`Channel<FetchProgress>`); switch on `state`.
///
/// `fetching` after every page (and when a pause ends); `waiting_rate_limit` when GitHub's
/// rate limit pauses the fetch until `until` (RFC 3339, UTC), `seconds` from now;
/// `retrying` before page `page` is asked for again (attempt `attempt`, counting the
/// first) in `wait_ms` because of `reason`; `done` once the data set is ready to query.
/// A load answered from the cache sends `done` alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum FetchProgress {
    Fetching {
        pages_done: u32,
        pages_total: Option<u32>,
        rows: u32,
    },
    WaitingRateLimit {
        until: String,
        seconds: u32,
    },
    Retrying {
        page: u32,
        attempt: u32,
        wait_ms: u32,
        reason: String,
    },
    Done {
        rows: u32,
    },
}

impl FetchProgress {
    /// The client's event as the UI receives it.
    pub(crate) fn from_event(e: FetchEvent) -> Option<Self> {
        let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Some(match e {
            FetchEvent::Fetching {
                pages_done,
                pages_total,
                rows,
            } => Self::Fetching {
                pages_done,
                pages_total,
                rows: u32::try_from(rows).unwrap_or(u32::MAX),
            },
            FetchEvent::WaitingRateLimit { until, seconds } => Self::WaitingRateLimit {
                until: ghls_domain::expiry::to_rfc3339(
                    until.replace_nanosecond(0).unwrap_or(until),
                ),
                seconds: small(seconds),
            },
            FetchEvent::Retrying {
                page,
                attempt,
                wait,
                reason,
            } => Self::Retrying {
                page,
                attempt,
                wait_ms: small(u64::try_from(wait.as_millis()).unwrap_or(u64::MAX)),
                reason,
            },
            _ => return None,
        })
    }
}

/// What `load_consumed_licenses` returns: the loaded data set in figures.
///
/// `fetched_at` is RFC 3339 (UTC); the seat totals are GitHub's, from the first page;
/// `rows` is the number of consumers listed; `split` counts them as the License screen's
/// chart does (each consumer in one bucket, Visual Studio subscribers apart), plus
/// `multiple_accounts`, which overlaps the buckets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedSummary {
    /// The enterprise slug.
    pub enterprise: String,
    pub fetched_at: String,
    #[ts(type = "number | null")]
    pub total_seats_consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub total_seats_purchased: Option<i64>,
    pub rows: u32,
    pub split: ConsumedSplit,
}

/// Consumers per bucket; see [`ConsumedSummary`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedSplit {
    pub cloud_only: u32,
    pub server_only: u32,
    pub both: u32,
    pub visual_studio: u32,
    /// Entries with `total_user_accounts > 1`, whatever their bucket.
    pub multiple_accounts: u32,
    /// Neither flag nor identifier says where the accounts are.
    pub unknown: u32,
}

/// Which consumers a query lists. `cloud_only`, `server_only` and `both` are the chart's
/// buckets, so they leave out Visual Studio subscribers; `visual_studio` lists those;
/// `multiple_accounts` lists entries with `total_user_accounts > 1`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ConsumerFilter {
    #[default]
    All,
    CloudOnly,
    ServerOnly,
    Both,
    VisualStudio,
    MultipleAccounts,
}

/// The column a query sorts by. Text compares without case; `emails` is the first
/// verified email, else the first server email; `server_ids` the first server user id;
/// `kind` is cloud only, server only, both, unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SortColumn {
    #[default]
    Login,
    Name,
    Kind,
    Emails,
    ServerIds,
    Accounts,
    LicenseType,
}

/// A query's order: stable (equal rows keep GitHub's order), empty values last in either
/// direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsumedSort {
    pub column: SortColumn,
    pub descending: bool,
}

/// What `query_consumed_licenses` and `export_consumed_licenses` take (`{ query }`).
///
/// `search` is a case-insensitive substring of the login, name, any email (verified,
/// server, Visual Studio), server user id or SAML NameID; blank lists everyone. `offset`
/// and `limit` choose the window of rows returned (at most 5,000); an export ignores them
/// and writes every matching row, in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConsumedQuery {
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub filter: ConsumerFilter,
    #[serde(default)]
    pub sort: ConsumedSort,
    #[serde(default)]
    pub offset: u32,
    #[serde(default = "default_limit")]
    pub limit: u32,
}

fn default_limit() -> u32 {
    100
}

impl Default for ConsumedQuery {
    fn default() -> Self {
        Self {
            search: String::new(),
            filter: ConsumerFilter::All,
            sort: ConsumedSort::default(),
            offset: 0,
            limit: default_limit(),
        }
    }
}

/// What `query_consumed_licenses` returns: how many consumers match, and the rows of the
/// window from `offset` (clamped to the matches).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedPage {
    pub total_matching: u32,
    pub offset: u32,
    pub rows: Vec<ConsumerRow>,
}

/// One consumer in the table. `index` is its place in GitHub's listing (stable for the
/// data set, and what duplicate findings' `entries[].index` refer to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumerRow {
    pub index: u32,
    pub login: Option<String>,
    pub name: Option<String>,
    pub kind: ConsumerKind,
    pub visual_studio: bool,
    /// `total_user_accounts`.
    #[ts(type = "number | null")]
    pub accounts: Option<i64>,
    pub license_type: Option<String>,
    pub server_ids: Vec<String>,
    pub server_emails: Vec<String>,
    pub verified_emails: Vec<String>,
    pub saml_name_id: Option<String>,
    pub visual_studio_email: Option<String>,
}

/// The file format of an export (`format` of `export_consumed_licenses` and
/// `export_duplicates`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }
}

/// What an export wrote: where, how many rows (consumers, or findings), how many bytes.
/// The export commands return `null` instead when the Save dialog was cancelled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExportResult {
    pub path: String,
    pub rows: u32,
    #[ts(type = "number")]
    pub bytes: u64,
}

impl App {
    /// Sets how the consumed-licenses fetch reads (concurrency, retries), e.g. for tests.
    pub fn with_fetch_options(self, options: FetchOptions) -> Self {
        self.consumed.set_options(options);
        self
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
        match self.consumed.begin(refresh, listener.clone()) {
            Begin::Cached(data) => {
                listener(FetchProgress::Done {
                    rows: data.summary.rows,
                });
                Ok(data.summary.clone())
            }
            Begin::Joined(job) => job.wait().await,
            Begin::Started(job) => {
                let decorate: fn(ErrorReport) -> ErrorReport = if self.mode() == Mode::Demo {
                    demo_advice
                } else {
                    std::convert::identity
                };
                match self.consumed_client().await {
                    Ok((client, cloud_host)) => {
                        // Its own task: the fetch finishes (and fills the cache) even if
                        // this caller goes away.
                        tokio::spawn(self.consumed.clone().run(
                            job.clone(),
                            client,
                            cloud_host,
                            decorate,
                        ));
                    }
                    Err(e) => self.consumed.finish(&job, Err(decorate(e.report()))),
                }
                job.wait().await
            }
        }
    }

    /// Cancels the running consumed-licenses fetch; false when none runs.
    pub fn cancel_consumed_fetch(&self) -> bool {
        self.consumed.cancel()
    }

    /// The loaded data set's figures, if one is loaded.
    pub fn consumed_summary(&self) -> Option<ConsumedSummary> {
        self.consumed.data().map(|d| d.summary.clone())
    }

    /// One window of the consumers matching `query`.
    pub async fn query_consumed_licenses(&self, query: ConsumedQuery) -> Result<ConsumedPage> {
        let data = self.loaded()?;
        blocking("The consumed-licenses query", move || data.query(&query)).await
    }

    /// Writes every consumer matching `query` (window ignored) to `path` as `format`.
    pub async fn export_consumed_licenses(
        &self,
        query: ConsumedQuery,
        format: ExportFormat,
        path: PathBuf,
    ) -> Result<ExportResult> {
        let data = self.loaded()?;
        blocking("The export", move || {
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

    /// The duplicate analysis of the loaded consumers, computed once per data set.
    pub async fn duplicate_report(&self) -> Result<Arc<DuplicateReport>> {
        let data = self.loaded()?;
        let report = data
            .duplicates
            .get_or_try_init(|| {
                let data = data.clone();
                blocking("The duplicate analysis", move || {
                    Arc::new(ghls_domain::analyse(data.consumers(), &data.analysis))
                })
            })
            .await?;
        Ok(report.clone())
    }

    /// Writes the duplicate report to `path` as `format` (CSV: one row per finding).
    pub async fn export_duplicates(
        &self,
        format: ExportFormat,
        path: PathBuf,
    ) -> Result<ExportResult> {
        let report = self.duplicate_report().await?;
        blocking("The export", move || {
            let bytes = export_report(&report, format, &path)?;
            Ok(ExportResult {
                path: path.display().to_string(),
                rows: report.findings,
                bytes,
            })
        })
        .await?
    }

    /// A file name to offer in the Save dialog: `consumed-licenses-acme-2026-11-22.csv`
    /// (`subject` is `consumed-licenses` or `duplicates`), dated by the fetch.
    pub fn export_file_name(&self, subject: &str, format: ExportFormat) -> String {
        let ext = format.extension();
        match self.consumed.data() {
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

    fn loaded(&self) -> Result<Arc<DataSet>> {
        self.consumed.data().ok_or(Error::NotLoaded)
    }

    /// The GHEC client and the cloud's host for the analysis' wording.
    async fn consumed_client(&self) -> Result<(GhecClient, Option<String>)> {
        let ghec = self.settings().ghec.ok_or(Error::NotConfigured {
            what: "GitHub Enterprise Cloud",
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

/// In the demo a refused connection means the built-in emulator stopped.
fn demo_advice(report: ErrorReport) -> ErrorReport {
    if report.kind == "connection_refused" {
        report.with_fix(
            "The built-in GitHub emulator is not answering: it was stopped. Quit the app and start the demo again.",
        )
    } else {
        report
    }
}

/// Runs `f` on a blocking thread.
async fn blocking<T: Send + 'static>(
    what: &'static str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Task {
            what,
            detail: e.to_string(),
        })
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
}
