//! The IPC contract of the Consumed licenses and Duplicates screens (generated into
//! `ui/bindings/`): each type says which command sends or takes it. Field names are
//! snake_case.

use ghls_domain::ConsumerKind;
use ghls_github::FetchEvent;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// What the fetch of this data set cost in GitHub requests; absent before a fetch
    /// has said (and in older answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub cost: Option<LoadCost>,
    /// True for the newest load the history kept, shown until GitHub is read again
    /// (`restore_consumed_licenses`); its people come in key order, not GitHub's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[ts(as = "Option<bool>", optional)]
    pub from_history: bool,
}

/// What one load of the consumed licenses cost (`load_consumed_licenses`'s summary): the
/// requests sent, how many of them GitHub answered 304 Not Modified (a refresh's unchanged
/// pages, reused from the session, which cost no rate budget), and how many counted
/// against the rate limit. `refreshed`: the load asked conditionally, with the ETags of a
/// previous load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LoadCost {
    pub pages: u32,
    pub requests_sent: u32,
    pub not_modified: u32,
    pub budget_spent: u32,
    pub refreshed: bool,
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

wire_enum! {
    /// Which consumers a query lists. `cloud_only`, `server_only` and `both` are the chart's
    /// buckets, so they leave out Visual Studio subscribers; `visual_studio` lists those;
    /// `multiple_accounts` lists entries with `total_user_accounts > 1`.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
    #[ts(export)]
    pub enum ConsumerFilter {
        #[default]
        All = "all",
        CloudOnly = "cloud_only",
        ServerOnly = "server_only",
        Both = "both",
        VisualStudio = "visual_studio",
        MultipleAccounts = "multiple_accounts",
    }
}

wire_enum! {
    /// The column a query sorts by. Text compares without case; `emails` is the first
    /// verified email, else the first server email; `server_ids` the first server user id;
    /// `kind` is cloud only, server only, both, unknown.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
    #[ts(export)]
    pub enum SortColumn {
        #[default]
        Login = "login",
        Name = "name",
        Kind = "kind",
        Emails = "emails",
        ServerIds = "server_ids",
        Accounts = "accounts",
        LicenseType = "license_type",
    }
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

wire_enum! {
    /// The file format of an export (`format` of `export_consumed_licenses` and
    /// `export_duplicates`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
    #[ts(export)]
    pub enum ExportFormat {
        Json = "json",
        Csv = "csv",
    }
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
