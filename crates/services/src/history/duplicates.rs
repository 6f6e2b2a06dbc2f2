//! Duplicate analyses in the history: each analysis's findings by their stable id, so the
//! Duplicates screen can say what was fixed since an earlier analysis (and the seats that
//! freed) and which findings keep coming back.

use std::collections::{BTreeMap, BTreeSet};

use ghls_domain::duplicates::{Confidence, DuplicateReport, ReasonKind};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::{from_wire, to_wire};

/// One duplicate analysis kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DuplicateAnalysis {
    #[ts(type = "number")]
    pub id: i64,
    /// The analysed load's time (RFC 3339).
    pub read_at: String,
    pub consumers: u32,
    pub findings: u32,
    pub seats_saved: u32,
    /// Whether the GHES accounts were loaded for it.
    pub with_accounts: bool,
}

/// A finding as the history keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KeptFinding {
    pub id: String,
    pub reason: ReasonKind,
    /// The reason's group title, as the Duplicates screen shows it.
    pub title: String,
    pub confidence: Confidence,
    pub seats_saved: u32,
    pub summary: String,
}

/// What changed between two analyses.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DuplicatesSince {
    pub from: DuplicateAnalysis,
    pub to: DuplicateAnalysis,
    /// Findings of `from` that `to` no longer has: fixed (or gone with their people).
    pub fixed: Vec<KeptFinding>,
    /// The seats the fixed findings would have saved.
    pub seats_freed: u32,
    /// Findings of `to` that `from` did not have (and that were not seen before).
    pub new: Vec<KeptFinding>,
    /// Findings of `to` that some analysis between had lost: fixed, then back.
    pub came_back: Vec<KeptFinding>,
}

/// Keeps `report`, the analysis of the load read at `read_at`; an earlier analysis of the
/// same load (before the accounts were loaded) is replaced.
pub(crate) fn store(
    tx: &Transaction<'_>,
    enterprise: &str,
    read_at: (&str, i64),
    report: &DuplicateReport,
    with_accounts: bool,
) -> rusqlite::Result<i64> {
    tx.execute(
        "DELETE FROM readings WHERE kind = 'duplicates' AND enterprise = ?1 AND read_at_unix = ?2 AND read_at = ?3",
        params![enterprise, read_at.1, read_at.0],
    )?;
    tx.execute(
        "INSERT INTO readings (kind, enterprise, read_at, read_at_unix) VALUES ('duplicates', ?1, ?2, ?3)",
        params![enterprise, read_at.0, read_at.1],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO duplicate_analyses (reading_id, consumers, findings, seats_saved, with_accounts)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id,
            report.consumers,
            report.findings,
            report.seats_saved.total,
            with_accounts
        ],
    )?;
    let mut insert = tx.prepare(
        "INSERT OR REPLACE INTO duplicate_findings (analysis_id, finding_id, reason, confidence, seats_saved, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for group in &report.groups {
        for f in &group.findings {
            insert.execute(params![
                id,
                f.id,
                to_wire(&group.reason),
                to_wire(&f.confidence),
                f.seats_saved,
                f.summary
            ])?;
        }
    }
    Ok(id)
}

fn analysis_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DuplicateAnalysis> {
    Ok(DuplicateAnalysis {
        id: r.get(0)?,
        read_at: r.get(1)?,
        consumers: r.get(2)?,
        findings: r.get(3)?,
        seats_saved: r.get(4)?,
        with_accounts: r.get(5)?,
    })
}

const COLUMNS: &str =
    "a.reading_id, r.read_at, a.consumers, a.findings, a.seats_saved, a.with_accounts";

/// Every analysis of `enterprise` kept, oldest first.
pub(crate) fn list(
    conn: &Connection,
    enterprise: &str,
) -> rusqlite::Result<Vec<DuplicateAnalysis>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM duplicate_analyses a JOIN readings r ON r.id = a.reading_id
         WHERE r.enterprise = ?1 ORDER BY r.read_at_unix, a.reading_id"
    ))?;
    let rows = stmt.query_map([enterprise], analysis_row)?;
    rows.collect()
}

fn findings(conn: &Connection, id: i64) -> rusqlite::Result<BTreeMap<String, KeptFinding>> {
    let mut stmt = conn.prepare(
        "SELECT finding_id, reason, confidence, seats_saved, summary FROM duplicate_findings
         WHERE analysis_id = ?1",
    )?;
    let rows = stmt.query_map([id], |r| {
        let reason: String = r.get(1)?;
        let confidence: String = r.get(2)?;
        let reason: ReasonKind = from_wire(reason).unwrap_or(ReasonKind::NoServerEmail);
        Ok(KeptFinding {
            id: r.get(0)?,
            title: reason.title().to_owned(),
            reason,
            confidence: from_wire(confidence).unwrap_or(Confidence::Low),
            seats_saved: r.get(3)?,
            summary: r.get(4)?,
        })
    })?;
    rows.map(|f| f.map(|f| (f.id.clone(), f))).collect()
}

/// What changed from analysis `from` to analysis `to` of `enterprise`; `None` when either
/// is not kept.
pub(crate) fn since(
    conn: &Connection,
    enterprise: &str,
    from: i64,
    to: i64,
) -> rusqlite::Result<Option<DuplicatesSince>> {
    let one = |id: i64| {
        conn.query_row(
            &format!(
                "SELECT {COLUMNS} FROM duplicate_analyses a JOIN readings r ON r.id = a.reading_id
                 WHERE a.reading_id = ?1 AND r.enterprise = ?2"
            ),
            params![id, enterprise],
            analysis_row,
        )
        .optional()
    };
    let (Some(from_a), Some(to_a)) = (one(from)?, one(to)?) else {
        return Ok(None);
    };
    let before = findings(conn, from)?;
    let after = findings(conn, to)?;
    let fixed: Vec<KeptFinding> = before
        .values()
        .filter(|f| !after.contains_key(&f.id))
        .cloned()
        .collect();
    let new: Vec<KeptFinding> = after
        .values()
        .filter(|f| !before.contains_key(&f.id))
        .cloned()
        .collect();
    // Back: in `to`, seen in some analysis up to `to`, and missing from one after that.
    let between: Vec<i64> = list(conn, enterprise)?
        .into_iter()
        .filter(|a| a.read_at <= to_a.read_at && a.id != to)
        .map(|a| a.id)
        .collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut lost: BTreeSet<String> = BTreeSet::new();
    for id in between {
        let present = findings(conn, id)?;
        for key in &seen {
            if !present.contains_key(key) {
                lost.insert(key.clone());
            }
        }
        seen.extend(present.into_keys());
    }
    let came_back: Vec<KeptFinding> = after
        .values()
        .filter(|f| lost.contains(&f.id))
        .cloned()
        .collect();
    // A finding that came back is told once, as such, not as new too.
    let new: Vec<KeptFinding> = new.into_iter().filter(|f| !lost.contains(&f.id)).collect();
    let seats_freed = fixed.iter().map(|f| f.seats_saved).sum();
    Ok(Some(DuplicatesSince {
        from: from_a,
        to: to_a,
        fixed,
        seats_freed,
        new,
        came_back,
    }))
}
