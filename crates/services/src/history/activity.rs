//! The Activity record in the history database: the app and `ghls` append to one table, so
//! each sees the other's entries at once. The old `activity.jsonl` is imported once (and
//! kept beside it as `activity.jsonl.imported`, a backup).

use rusqlite::{params, OptionalExtension};

use super::{from_wire, to_wire, History};
use crate::activity::Activity;
use crate::error::{Error, Result};

/// The `meta` key set once the old file was imported.
const IMPORTED: &str = "activity_jsonl_imported";

fn insert(conn: &rusqlite::Connection, a: &Activity) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT OR IGNORE INTO activity (id, at, kind, target, outcome, summary, details)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            a.id,
            a.at,
            to_wire(&a.kind),
            a.target,
            to_wire(&a.outcome),
            a.summary,
            a.details
        ],
    )
}

impl History {
    /// Whether the old Activity file was imported already. Blocking.
    pub(crate) fn activity_imported(&self) -> Result<bool> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.with(|conn| {
            Ok(conn
                .query_row("SELECT 1 FROM meta WHERE key = ?1", [IMPORTED], |_| Ok(()))
                .optional()?
                .is_some())
        })
    }

    /// Imports `entries` (oldest first) once, and marks the import done. Blocking.
    pub(crate) fn import_activity(&self, entries: &[Activity]) -> Result<usize> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.with(|conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut n = 0;
            for a in entries {
                n += insert(&tx, a)?;
            }
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                params![IMPORTED, entries.len().to_string()],
            )?;
            tx.commit()?;
            Ok(n)
        })
    }

    /// Appends `a`, keeping the newest `keep` entries. Blocking.
    pub(crate) fn append_activity(&self, a: &Activity, keep: usize) -> Result<()> {
        let store = self.store().map_err(Error::history_unavailable)?;
        store.with(|conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            insert(&tx, a)?;
            // Trimmed a tenth below the bound at a time, not on every entry once full.
            let count: i64 = tx.query_row("SELECT COUNT(*) FROM activity", [], |r| r.get(0))?;
            let keep = i64::try_from(keep).unwrap_or(i64::MAX);
            if count > keep {
                tx.execute(
                    "DELETE FROM activity WHERE seq <= (SELECT seq FROM activity ORDER BY seq DESC LIMIT 1 OFFSET ?1)",
                    [keep - keep / 10],
                )?;
            }
            tx.commit()
        })
    }

    /// The newest `limit` entries (all when `None`), newest first. Blocking.
    pub(crate) fn newest_activity(&self, limit: Option<usize>) -> Result<Vec<Activity>> {
        let store = self.store().map_err(Error::history_unavailable)?;
        let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        store.with(|conn| {
            let mut stmt = conn.prepare(
                "SELECT id, at, kind, target, outcome, summary, details FROM activity
                 ORDER BY seq DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit], |r| {
                let kind: String = r.get(2)?;
                let outcome: String = r.get(4)?;
                Ok((
                    from_wire(kind),
                    from_wire(outcome),
                    Activity {
                        id: r.get(0)?,
                        at: r.get(1)?,
                        kind: crate::activity::ActivityKind::ConnectionTest,
                        target: r.get(3)?,
                        outcome: crate::activity::Outcome::Info,
                        summary: r.get(5)?,
                        details: r.get(6)?,
                    },
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                // An entry of a kind a newer version added is skipped, not misread.
                if let (Some(kind), Some(outcome), mut a) = row? {
                    a.kind = kind;
                    a.outcome = outcome;
                    out.push(a);
                }
            }
            Ok(out)
        })
    }
}
