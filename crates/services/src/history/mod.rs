//! History: every reading of GitHub kept in an embedded SQLite database (`store.rs`), so the
//! app opens with the last data at once, and can say what changed since any earlier
//! reading: seats over time, each instance's syncs, who appeared or went between two loads
//! of the consumed licenses.
//!
//! - `store.rs`: the file, its schema versions (`schema_v1.sql`), WAL and busy timeout.
//! - `readings.rs`: License screen readings (seats, licenses, syncs, the screen itself).
//! - `consumed.rs`: consumed-licenses loads, a full set and then changes per person.
//!
//! Recording never fails the work it records: a history that cannot be written is said in
//! the log and in [`HistoryOverview::problem`], and the screen shows GitHub's answer as ever.
//! The history holds no secret: GitHub's data, times and host names only.

mod activity;
mod consumed;
mod csv;
mod duplicates;
mod readings;
mod store;

pub use csv::{changes_csv, loads_csv};
pub use duplicates::{DuplicateAnalysis, DuplicatesSince, KeptFinding};
pub use readings::{LicenseReading, ServerLicenseReading, SyncReading, UploadReading};
pub use store::{FILE_NAME, SCHEMA_VERSION};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ghls_domain::consumed::changes::PersonChange;
use ghls_domain::expiry::to_rfc3339;
use ghls_domain::{ConsumedLicenses, ConsumerFields, SeatSplit};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::app::App;
use crate::error::{Error, ErrorReport, Result};
use crate::license::LicenseOverview;
use crate::support::blocking;
use store::Store;

/// How long a load's people are kept in detail; its summary is kept for ever.
pub const DEFAULT_DETAIL_DAYS: u32 = 2 * 365;
/// The shortest detail a setting may ask (a month: "changes since" needs last month's load).
pub const MIN_DETAIL_DAYS: u32 = 30;

/// The history the app writes to, or why it has none.
#[derive(Debug, Clone)]
pub struct History {
    inner: std::result::Result<Arc<Store>, ErrorReport>,
    detail_days: u32,
}

impl Default for History {
    /// A history in memory for this session.
    fn default() -> Self {
        Self::in_memory()
    }
}

impl History {
    /// `history.sqlite3` in the app data folder (`GHLS_DATA_DIR` overrides the folder).
    pub fn default_location() -> Option<PathBuf> {
        Some(crate::support::data_folder()?.join(FILE_NAME))
    }

    /// The history in the file at `path`, created when missing. Never fails: a file that
    /// cannot be used (newer version, damaged, unwritable) leaves the app without history,
    /// and says why. Blocking.
    pub fn open(path: &Path) -> Self {
        let inner = Store::open(path).map(Arc::new).map_err(|e| {
            tracing::warn!(error = %e, "history: not used");
            e.report()
        });
        Self {
            inner,
            detail_days: DEFAULT_DETAIL_DAYS,
        }
    }

    /// A history in memory for this session (the demo).
    pub fn in_memory() -> Self {
        Self {
            inner: Store::in_memory().map(Arc::new).map_err(|e| e.report()),
            detail_days: DEFAULT_DETAIL_DAYS,
        }
    }

    /// Keeps loads' people in detail this many days (at least 1).
    pub fn with_detail_days(mut self, days: u32) -> Self {
        self.detail_days = days.max(1);
        self
    }

    /// Lets the file grow to about `bytes` at most: a load past it is refused as a full
    /// disk would refuse it, and the loads kept before stay.
    pub fn with_size_limit(self, bytes: u64) -> Result<Self> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.limit_size(bytes)?;
        Ok(self)
    }

    /// The file, when the history has one.
    pub fn path(&self) -> Option<&Path> {
        self.inner.as_ref().ok().and_then(|s| s.path())
    }

    /// Why there is no history, when there is none.
    pub fn problem(&self) -> Option<&ErrorReport> {
        self.inner.as_ref().err()
    }

    fn store(&self) -> std::result::Result<Arc<Store>, ErrorReport> {
        self.inner.clone()
    }
}

/// One consumed-licenses load in the history: its summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedLoad {
    #[ts(type = "number")]
    pub id: i64,
    /// RFC 3339.
    pub read_at: String,
    pub consumers: u32,
    #[ts(type = "number | null")]
    pub seats_consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub seats_purchased: Option<i64>,
    /// Who consumes the seats: cloud only, server only, both, Visual Studio.
    pub split: SeatSplit,
    /// Against the load before it.
    pub added: u32,
    pub removed: u32,
    pub changed: u32,
    /// False once its people were let go (retention): the summary stays.
    pub detail_kept: bool,
    /// The load of the same enterprise kept just before this one, which `added`, `removed`
    /// and `changed` count against; `null` for the first.
    #[ts(type = "number | null")]
    pub previous_id: Option<i64>,
}

/// Everything the history holds for the enterprise, oldest first.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HistoryOverview {
    pub enterprise: String,
    /// The database file (`null` in memory, and when there is no history).
    pub path: Option<String>,
    /// Why there is no history, when there is none.
    pub problem: Option<ErrorReport>,
    pub consumed: Vec<ConsumedLoad>,
    pub license: Vec<LicenseReading>,
    /// The duplicate analyses of the loads, oldest first.
    pub duplicates: Vec<DuplicateAnalysis>,
    /// How many days each load's people are kept (the setting; summaries for ever).
    pub detail_days: u32,
}

/// What happened to one person between two loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One person's change between two loads.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PersonChangeRow {
    pub key: String,
    pub change: ChangeKind,
    /// The person in the later load; in the earlier one when removed.
    pub person: ConsumerFields,
    /// For a person changed, how they were in the earlier load.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub before: Option<ConsumerFields>,
}

/// Who was added, removed or changed between two stored loads.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConsumedChanges {
    pub from: ConsumedLoad,
    pub to: ConsumedLoad,
    pub added: u32,
    pub removed: u32,
    pub changed: u32,
    /// By key; the first `limit` when the caller asked fewer (see `complete`).
    pub people: Vec<PersonChangeRow>,
    /// False when `people` holds only the first of them.
    pub complete: bool,
}

/// A stored License screen to show while GitHub is asked again.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StoredLicense {
    /// When GitHub was read for it (RFC 3339).
    pub read_at: String,
    /// The screen as it was shown (kept as JSON; only this app version's are offered).
    #[ts(as = "LicenseOverview")]
    pub overview: serde_json::Value,
}

/// An enum's wire name (its serde name), as the history stores it in a text column.
fn to_wire<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enum a stored wire name names; `None` for a name this version does not know.
fn from_wire<T: serde::de::DeserializeOwned>(name: String) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name)).ok()
}

/// An instant as the shells take one: RFC 3339 (`2026-01-05T09:00:00Z`) or a day
/// (`2026-01-05`, its start in UTC).
pub fn parse_instant(what: ghls_l10n::Message, text: &str) -> Result<OffsetDateTime> {
    let t = text.trim();
    let day = time::macros::format_description!("[year]-[month]-[day]");
    OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
        .or_else(|_| time::Date::parse(t, &day).map(|d| d.midnight().assume_utc()))
        .map_err(|_| Error::InvalidArgument {
            what,
            value: text.to_owned(),
            detail: ghls_l10n::msg!("svc-arg-instant-detail"),
        })
}

fn damaged(store: &Store, e: consumed::LoadError) -> Error {
    match e {
        consumed::LoadError::Sqlite(e) => store.error(&e),
        consumed::LoadError::Damaged(detail) => store.refused(detail),
    }
}

fn load_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ConsumedLoad> {
    Ok(ConsumedLoad {
        id: r.get(0)?,
        read_at: r.get(1)?,
        consumers: r.get(2)?,
        seats_consumed: r.get(3)?,
        seats_purchased: r.get(4)?,
        split: SeatSplit {
            cloud_only: r.get(5)?,
            server_only: r.get(6)?,
            both: r.get(7)?,
            visual_studio: r.get(8)?,
            unknown: r.get(9)?,
        },
        added: r.get(10)?,
        removed: r.get(11)?,
        changed: r.get(12)?,
        detail_kept: r.get(13)?,
        previous_id: r.get(14)?,
    })
}

const LOAD_COLUMNS: &str =
    "l.reading_id, r.read_at, l.consumers, l.seats_consumed, l.seats_purchased,
    l.cloud_only, l.server_only, l.cloud_and_server, l.visual_studio, l.unknown,
    l.added, l.removed, l.changed, l.detail_kept,
    (SELECT MAX(p.reading_id) FROM consumed_loads p JOIN readings pr ON pr.id = p.reading_id
     WHERE pr.enterprise = r.enterprise AND p.reading_id < l.reading_id)";

fn load_by_id(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<Option<ConsumedLoad>> {
    conn.query_row(
        &format!(
            "SELECT {LOAD_COLUMNS} FROM consumed_loads l JOIN readings r ON r.id = l.reading_id WHERE l.reading_id = ?1"
        ),
        [id],
        load_row,
    )
    .optional()
}

/// Lets the people of loads older than `cutoff_unix` go, a whole full set and its changes at
/// a time (a change cannot be rebuilt without its full set), and License screens older than
/// the cutoff but the newest. Summaries stay.
fn prune(tx: &rusqlite::Transaction<'_>, cutoff_unix: i64) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE consumed_loads SET detail_kept = 0 WHERE detail_kept = 1 AND base_id IN (
            SELECT l.base_id FROM consumed_loads l JOIN readings r ON r.id = l.reading_id
            GROUP BY l.base_id HAVING MAX(r.read_at_unix) < ?1)",
        [cutoff_unix],
    )?;
    tx.execute(
        "DELETE FROM consumed_data WHERE load_id IN (SELECT reading_id FROM consumed_loads WHERE detail_kept = 0)",
        [],
    )?;
    tx.execute(
        "DELETE FROM license_screens WHERE reading_id IN (
            SELECT s.reading_id FROM license_screens s JOIN readings r ON r.id = s.reading_id
            WHERE r.read_at_unix < ?1)
         AND reading_id != (SELECT MAX(reading_id) FROM license_screens)",
        [cutoff_unix],
    )?;
    Ok(())
}

impl History {
    /// Keeps a consumed-licenses load of `enterprise` read at `read_at`. Blocking.
    pub fn record_consumed(
        &self,
        enterprise: &str,
        read_at: OffsetDateTime,
        data: &ConsumedLicenses,
    ) -> Result<ConsumedLoad> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let cutoff = read_at.unix_timestamp() - i64::from(self.detail_days) * 86_400;
        let at = to_rfc3339(read_at);
        let stored = store.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let stored =
                match consumed::store(&tx, enterprise, (&at, read_at.unix_timestamp()), data) {
                    Ok(s) => s,
                    Err(consumed::LoadError::Sqlite(e)) => return Err(e),
                    Err(consumed::LoadError::Damaged(d)) => {
                        return Ok(Err(d));
                    }
                };
            prune(&tx, cutoff)?;
            let load = load_by_id(&tx, stored.id)?;
            tx.commit()?;
            Ok(Ok(load))
        })?;
        match stored {
            Ok(Some(load)) => Ok(load),
            Ok(None) => Err(store.error(&rusqlite::Error::QueryReturnedNoRows)),
            Err(detail) => Err(store.refused(detail)),
        }
    }

    /// Keeps a License screen reading of `enterprise`. Blocking.
    pub fn record_license(&self, enterprise: &str, overview: &LicenseOverview) -> Result<i64> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let at = ghls_domain::parse_github_time(&overview.fetched_at)
            .unwrap_or_else(OffsetDateTime::now_utc)
            .unix_timestamp();
        store.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let id = readings::store(&tx, enterprise, at, overview)?;
            tx.commit()?;
            Ok(id)
        })
    }

    /// The consumed loads and License readings of `enterprise` since `since`. Blocking.
    pub fn overview(&self, enterprise: &str, since: Option<OffsetDateTime>) -> HistoryOverview {
        let mut out = HistoryOverview {
            enterprise: enterprise.to_owned(),
            path: self.path().map(|p| p.display().to_string()),
            problem: self.problem().cloned(),
            consumed: Vec::new(),
            license: Vec::new(),
            duplicates: Vec::new(),
            detail_days: self.detail_days,
        };
        let Ok(store) = self.store() else {
            return out;
        };
        let since = since.map_or(i64::MIN, OffsetDateTime::unix_timestamp);
        let read = store.with(|conn| {
            let mut stmt = conn.prepare(&format!(
                "SELECT {LOAD_COLUMNS} FROM consumed_loads l JOIN readings r ON r.id = l.reading_id
                 WHERE r.enterprise = ?1 AND r.read_at_unix >= ?2 ORDER BY r.read_at_unix, l.reading_id"
            ))?;
            let loads = stmt
                .query_map(params![enterprise, since], load_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let license = readings::list(conn, enterprise, since)?;
            let analyses = duplicates::list(conn, enterprise)?
                .into_iter()
                .filter(|a| {
                    ghls_domain::parse_github_time(&a.read_at)
                        .is_none_or(|t| t.unix_timestamp() >= since)
                })
                .collect();
            Ok((loads, license, analyses))
        });
        match read {
            Ok((consumed, license, analyses)) => {
                out.consumed = consumed;
                out.license = license;
                out.duplicates = analyses;
            }
            Err(e) => out.problem = Some(e.report()),
        }
        out
    }

    /// The newest load of `enterprise` read at or before `at` (the oldest kept, when all are
    /// later). Blocking.
    pub fn load_at(&self, enterprise: &str, at: OffsetDateTime) -> Result<Option<ConsumedLoad>> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.with(|conn| {
            let sql = |order: &str, cmp: &str| {
                format!(
                    "SELECT {LOAD_COLUMNS} FROM consumed_loads l JOIN readings r ON r.id = l.reading_id
                     WHERE r.enterprise = ?1 AND l.detail_kept = 1 AND r.read_at_unix {cmp} ?2
                     ORDER BY r.read_at_unix {order}, l.reading_id {order} LIMIT 1"
                )
            };
            let before = conn
                .query_row(&sql("DESC", "<="), params![enterprise, at.unix_timestamp()], load_row)
                .optional()?;
            match before {
                Some(l) => Ok(Some(l)),
                None => conn
                    .query_row(&sql("ASC", ">"), params![enterprise, at.unix_timestamp()], load_row)
                    .optional(),
            }
        })
    }

    /// The newest load of `enterprise` kept in detail. Blocking.
    pub fn newest_load(&self, enterprise: &str) -> Result<Option<ConsumedLoad>> {
        self.load_at(
            enterprise,
            OffsetDateTime::new_utc(time::Date::MAX, time::Time::MIDNIGHT),
        )
    }

    /// Load `id` rebuilt: its people in key order. Blocking.
    pub fn consumed_load(&self, id: i64) -> Result<Vec<(String, ConsumerFields)>> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let rows = store
            .with(|conn| Ok(consumed::rebuild(conn, id)))?
            .map_err(|e| damaged(&store, e))?;
        rows.into_iter()
            .map(|(key, text)| {
                consumed::decode(&text)
                    .map(|p| (key, p))
                    .map_err(|detail| store.refused(detail))
            })
            .collect()
    }

    /// Who was added, removed or changed from load `from` to load `to`. Blocking.
    pub fn changes(&self, from: i64, to: i64) -> Result<ConsumedChanges> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let (from_load, to_load, before, delta) = store
            .with(|conn| {
                let loads = (load_by_id(conn, from)?, load_by_id(conn, to)?);
                let (Some(f), Some(t)) = loads else {
                    return Ok(Err(consumed::LoadError::Damaged(ghls_l10n::t!(
                        "svc-history-no-load",
                        load = if load_by_id(conn, from)?.is_none() {
                            from
                        } else {
                            to
                        }
                        .to_string()
                    ))));
                };
                let before = match consumed::rebuild(conn, from) {
                    Ok(b) => b,
                    Err(e) => return Ok(Err(e)),
                };
                let after = match consumed::rebuild(conn, to) {
                    Ok(a) => a,
                    Err(e) => return Ok(Err(e)),
                };
                let delta = ghls_domain::consumed::changes::changes(&before, &after);
                Ok(Ok((f, t, before, delta)))
            })?
            .map_err(|e| damaged(&store, e))?;
        let bad = |detail: String| store.refused(detail);
        let mut out = ConsumedChanges {
            from: from_load,
            to: to_load,
            added: 0,
            removed: 0,
            changed: 0,
            people: Vec::with_capacity(delta.len()),
            complete: true,
        };
        for (key, change) in delta {
            let (kind, text) = match &change {
                PersonChange::Added(t) => (ChangeKind::Added, t.as_str()),
                PersonChange::Changed(t) => (ChangeKind::Changed, t.as_str()),
                PersonChange::Removed => (
                    ChangeKind::Removed,
                    before.get(&key).map(String::as_str).unwrap_or_default(),
                ),
            };
            match kind {
                ChangeKind::Added => out.added += 1,
                ChangeKind::Removed => out.removed += 1,
                ChangeKind::Changed => out.changed += 1,
            }
            let before = match kind {
                ChangeKind::Changed => before
                    .get(&key)
                    .map(|t| consumed::decode(t))
                    .transpose()
                    .map_err(bad)?,
                _ => None,
            };
            out.people.push(PersonChangeRow {
                person: consumed::decode(text).map_err(bad)?,
                before,
                key,
                change: kind,
            });
        }
        Ok(out)
    }

    /// Keeps a duplicate analysis of the load of `enterprise` read at `read_at` (replacing
    /// an earlier analysis of the same load). Blocking.
    pub fn record_duplicates(
        &self,
        enterprise: &str,
        read_at: OffsetDateTime,
        report: &ghls_domain::DuplicateReport,
        with_accounts: bool,
    ) -> Result<i64> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let at = to_rfc3339(read_at);
        store.with(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let id = duplicates::store(
                &tx,
                enterprise,
                (&at, read_at.unix_timestamp()),
                report,
                with_accounts,
            )?;
            tx.commit()?;
            Ok(id)
        })
    }

    /// What changed from duplicate analysis `from` to `to` (the newest when `None`).
    /// Blocking.
    pub fn duplicates_since(
        &self,
        enterprise: &str,
        from: i64,
        to: Option<i64>,
    ) -> Result<DuplicatesSince> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store
            .with(|conn| {
                let to = match to {
                    Some(t) => Some(t),
                    None => duplicates::list(conn, enterprise)?.last().map(|a| a.id),
                };
                match to {
                    Some(to) => duplicates::since(conn, enterprise, from, to),
                    None => Ok(None),
                }
            })?
            .ok_or(Error::NoHistory)
    }

    /// The License reading `back` readings before the newest of `enterprise` (0: the
    /// newest). Blocking.
    pub fn license_reading(&self, enterprise: &str, back: u32) -> Result<Option<LicenseReading>> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.with(|conn| readings::newest_but(conn, enterprise, i64::from(back)))
    }

    /// The newest License screen this app version stored. Blocking.
    pub fn last_license(&self) -> Result<Option<StoredLicense>> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let found = store.with(|conn| readings::last_screen(conn))?;
        Ok(found.and_then(|(read_at, json)| {
            // A screen this version cannot read back is simply not offered.
            serde_json::from_str::<serde_json::Value>(&json)
                .ok()
                .map(|overview| StoredLicense { read_at, overview })
        }))
    }
}

impl App {
    /// Gives the app its history (the shells open it from the data folder at start).
    pub fn with_history(mut self, history: History) -> Self {
        self.replace_history(history);
        self
    }

    fn enterprise_slug(&self) -> String {
        self.settings()
            .ghec
            .map(|g| g.enterprise)
            .unwrap_or_default()
    }

    /// How many days each load's people are kept in the history (the setting, else 2 years).
    pub fn history_detail_days(&self) -> u32 {
        self.settings()
            .history_detail_days
            .unwrap_or(DEFAULT_DETAIL_DAYS)
            .max(MIN_DETAIL_DAYS)
    }

    /// Changes how long each load's people are kept (at least 30 days) and saves it; the
    /// next load kept lets older detail go.
    pub async fn set_history_detail_days(&self, days: u32) -> Result<u32> {
        if days < MIN_DETAIL_DAYS {
            return Err(Error::HistoryDetailTooShort {
                days,
                min: MIN_DETAIL_DAYS,
            });
        }
        let _one_at_a_time = self.settings_change().await;
        let mut next = self.settings();
        next.history_detail_days = Some(days);
        self.persist(next).await?;
        Ok(days)
    }

    /// What the history holds for the configured enterprise since `since`.
    pub async fn history_overview(&self, since: Option<OffsetDateTime>) -> Result<HistoryOverview> {
        let history = self
            .history()
            .clone()
            .with_detail_days(self.history_detail_days());
        let enterprise = self.enterprise_slug();
        blocking(ghls_l10n::msg!("task-read-history"), move || {
            history.overview(&enterprise, since)
        })
        .await
    }

    /// The License reading before the newest one: what a check (`ghls status`, which keeps
    /// a reading) compares with. `None` when there is none, or no history.
    pub async fn previous_license_reading(&self) -> Option<LicenseReading> {
        let history = self.history().clone();
        if history.problem().is_some() {
            return None;
        }
        let enterprise = self.enterprise_slug();
        blocking(ghls_l10n::msg!("task-read-history"), move || {
            history.license_reading(&enterprise, 1)
        })
        .await
        .ok()?
        .ok()?
    }

    /// The newest stored License screen, to show while GitHub is asked again.
    pub async fn stored_license(&self) -> Result<Option<StoredLicense>> {
        let history = self.history().clone();
        if history.problem().is_some() {
            return Ok(None);
        }
        blocking(ghls_l10n::msg!("task-read-history"), move || {
            history.last_license()
        })
        .await?
    }

    /// Who was added, removed or changed from the stored load `from` to `to` (the newest
    /// when `None`); at most `limit` people listed (the counts are always whole).
    pub async fn consumed_changes(
        &self,
        from: i64,
        to: Option<i64>,
        limit: Option<usize>,
    ) -> Result<ConsumedChanges> {
        let history = self.history().clone();
        let enterprise = self.enterprise_slug();
        blocking(ghls_l10n::msg!("task-compare-loads"), move || {
            let to = match to {
                Some(t) => t,
                None => {
                    history
                        .newest_load(&enterprise)?
                        .ok_or(Error::NoHistory)?
                        .id
                }
            };
            let mut changes = history.changes(from, to)?;
            if let Some(limit) = limit {
                if changes.people.len() > limit {
                    changes.people.truncate(limit);
                    changes.complete = false;
                }
            }
            Ok(changes)
        })
        .await?
    }

    /// Who was added, removed or changed since `since`: from the newest load read at or
    /// before it (the oldest kept, when all are later) to the newest load.
    pub async fn consumed_changes_since(
        &self,
        since: OffsetDateTime,
        limit: Option<usize>,
    ) -> Result<ConsumedChanges> {
        let history = self.history().clone();
        let enterprise = self.enterprise_slug();
        let from = blocking(ghls_l10n::msg!("task-read-history"), move || {
            history.load_at(&enterprise, since)
        })
        .await??
        .ok_or(Error::NoHistory)?;
        let changes = self.consumed_changes(from.id, None, limit).await?;
        if changes.from.id == changes.to.id {
            return Err(Error::NoHistory);
        }
        Ok(changes)
    }

    /// Writes `changes` to `path` (atomically) as JSON or CSV ([`changes_csv`]).
    pub async fn export_consumed_changes(
        &self,
        changes: ConsumedChanges,
        format: crate::ExportFormat,
        path: PathBuf,
    ) -> Result<crate::ExportResult> {
        blocking(ghls_l10n::msg!("task-write-changes"), move || {
            let bytes = crate::support::atomic_file::write_export(&path, |w| match format {
                crate::ExportFormat::Csv => changes_csv(&changes, w),
                crate::ExportFormat::Json => {
                    serde_json::to_writer_pretty(&mut *w, &changes)
                        .map_err(std::io::Error::from)?;
                    w.write_all(b"\n")
                }
            })?;
            Ok(crate::ExportResult {
                path: path.display().to_string(),
                rows: u32::try_from(changes.people.len()).unwrap_or(u32::MAX),
                bytes,
            })
        })
        .await?
    }

    /// What was fixed (and the seats freed), what is new and what came back from the kept
    /// duplicate analysis `from` to `to` (the newest when `None`).
    pub async fn duplicates_since(&self, from: i64, to: Option<i64>) -> Result<DuplicatesSince> {
        let history = self.history().clone();
        let enterprise = self.enterprise_slug();
        blocking(ghls_l10n::msg!("task-compare-analyses"), move || {
            history.duplicates_since(&enterprise, from, to)
        })
        .await?
    }

    /// Keeps a duplicate analysis; a failure is logged, never fatal.
    pub(crate) async fn record_duplicate_analysis(
        &self,
        data: &crate::consumed::DataSet,
        report: Arc<ghls_domain::DuplicateReport>,
        with_accounts: bool,
    ) {
        let history = self.history().clone();
        if history.problem().is_some() {
            return;
        }
        let (enterprise, at) = (data.enterprise.clone(), data.fetched_at);
        match blocking(ghls_l10n::msg!("task-keep-analysis"), move || {
            history.record_duplicates(&enterprise, at, &report, with_accounts)
        })
        .await
        {
            Ok(Ok(_)) => {}
            Ok(Err(e)) | Err(e) => {
                tracing::warn!(error = %e, "history: duplicate analysis not kept")
            }
        }
    }

    /// Keeps a License screen reading; a failure is logged, never fatal.
    pub(crate) async fn record_license_reading(&self, overview: &LicenseOverview) {
        let history = self.history().clone();
        if history.problem().is_some() {
            return;
        }
        let enterprise = self.enterprise_slug();
        let overview = overview.clone();
        match blocking(ghls_l10n::msg!("task-keep-license"), move || {
            history.record_license(&enterprise, &overview)
        })
        .await
        {
            Ok(Ok(_)) => {}
            Ok(Err(e)) | Err(e) => tracing::warn!(error = %e, "history: License reading not kept"),
        }
    }

    /// Keeps a consumed-licenses load; a failure is logged, never fatal.
    pub(crate) async fn record_consumed_load(&self, data: Arc<crate::consumed::DataSet>) {
        let history = self
            .history()
            .clone()
            .with_detail_days(self.history_detail_days());
        if history.problem().is_some() {
            return;
        }
        match blocking(ghls_l10n::msg!("task-keep-consumed"), move || {
            history.record_consumed(&data.enterprise, data.fetched_at, data.data())
        })
        .await
        {
            Ok(Ok(load)) => tracing::info!(
                load = load.id,
                added = load.added,
                removed = load.removed,
                changed = load.changed,
                "history: consumed licenses kept"
            ),
            Ok(Err(e)) | Err(e) => {
                tracing::warn!(error = %e, "history: consumed licenses not kept")
            }
        }
    }
}
