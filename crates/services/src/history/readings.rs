//! License screen readings in the history: the enterprise's seats, each GHES instance's
//! license, each server instance's license sync, and the screen as shown (to open with).

use ghls_domain::expiry::to_rfc3339;
use ghls_domain::SeatCount;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::license::{LicenseOverview, Section};

/// One License screen reading, as the history keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LicenseReading {
    #[ts(type = "number")]
    pub id: i64,
    /// RFC 3339.
    pub read_at: String,
    /// The enterprise's seats, when they were read.
    #[ts(type = "number | null")]
    pub seats_consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub seats_purchased: Option<i64>,
    pub servers: Vec<ServerLicenseReading>,
    pub syncs: Vec<SyncReading>,
    /// The usage uploads GHEC held then (GraphQL), newest first per instance.
    pub uploads: Vec<UploadReading>,
}

/// A usage upload as GHEC held it at a reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UploadReading {
    pub hostname: String,
    pub name: Option<String>,
    /// `PENDING`, `SUCCESS`, `FAILURE`, as GitHub spells it.
    pub state: Option<String>,
    pub at: Option<String>,
}

/// A GHES instance's license at a reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ServerLicenseReading {
    pub hostname: String,
    pub version: Option<String>,
    /// `null` for unlimited or unreadable seats.
    #[ts(type = "number | null")]
    pub seats: Option<i64>,
    #[ts(type = "number | null")]
    pub seats_used: Option<i64>,
    pub expires_at: Option<String>,
    /// Why the license could not be read, when it could not (an error kind).
    pub error_kind: Option<String>,
}

/// A server instance's license sync as GHEC listed it at a reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncReading {
    pub hostname: String,
    pub server_id: Option<String>,
    /// RFC 3339, when GitHub's date could be read.
    pub last_sync: Option<String>,
    pub status: Option<String>,
    pub error: Option<String>,
}

/// Keeps `overview` as a reading of `enterprise` (its seats, licenses and syncs, and the
/// screen itself for this app version).
pub(crate) fn store(
    tx: &Transaction<'_>,
    enterprise: &str,
    read_at_unix: i64,
    overview: &LicenseOverview,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO readings (kind, enterprise, read_at, read_at_unix) VALUES ('license', ?1, ?2, ?3)",
        params![enterprise, overview.fetched_at, read_at_unix],
    )?;
    let id = tx.last_insert_rowid();
    if let Some(seats) = overview.cloud.loaded().and_then(|c| c.seats.loaded()) {
        tx.execute(
            "INSERT INTO cloud_seats (reading_id, consumed, purchased) VALUES (?1, ?2, ?3)",
            params![id, seats.consumed, seats.purchased],
        )?;
    }
    {
        let mut insert = tx.prepare(
            "INSERT OR REPLACE INTO server_licenses (reading_id, hostname, version, seats, seats_used, expires_at, error_kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for card in &overview.servers {
            let (seats, used, expires, error) = match &card.license {
                Section::Loaded { data } => (
                    match data.seats {
                        Some(SeatCount::Count(n)) => Some(n),
                        _ => None,
                    },
                    data.seats_used,
                    data.expiry.date.as_ref().and_then(|d| d.at).map(to_rfc3339),
                    None,
                ),
                Section::Failed { error } => (None, None, None, Some(error.kind.as_str())),
                Section::NotConfigured { .. } => (None, None, None, Some("not_configured")),
            };
            insert.execute(params![
                id,
                card.hostname.to_ascii_lowercase(),
                card.version,
                seats,
                used,
                expires,
                error
            ])?;
        }
    }
    if let Some(instances) = overview.cloud.loaded().and_then(|c| c.instances.loaded()) {
        let mut insert = tx.prepare(
            "INSERT OR REPLACE INTO syncs (reading_id, hostname, server_id, last_sync, last_sync_unix, status, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for i in instances {
            let s = &i.sync;
            let at = s.last_sync.as_ref().and_then(|t| t.at);
            insert.execute(params![
                id,
                s.hostname
                    .as_deref()
                    .unwrap_or_default()
                    .to_ascii_lowercase(),
                s.server_id,
                at.map(to_rfc3339),
                at.map(|t| t.unix_timestamp()),
                s.status,
                s.error
            ])?;
        }
    }
    if let Some(known) = overview.cloud.loaded().and_then(|c| c.servers.loaded()) {
        let mut insert = tx.prepare(
            "INSERT INTO uploads (reading_id, hostname, name, state, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for server in known {
            let host = server
                .host_name
                .as_deref()
                .unwrap_or_default()
                .to_ascii_lowercase();
            for u in server.uploads.iter().flatten() {
                insert.execute(params![id, host, u.name, u.state, u.at])?;
            }
        }
    }
    if let Ok(json) = serde_json::to_string(overview) {
        tx.execute(
            "INSERT INTO license_screens (reading_id, app_version, overview) VALUES (?1, ?2, ?3)",
            params![id, env!("CARGO_PKG_VERSION"), json],
        )?;
    }
    Ok(id)
}

/// The License readings of `enterprise` since `since_unix`, oldest first.
pub(crate) fn list(
    conn: &Connection,
    enterprise: &str,
    since_unix: i64,
) -> rusqlite::Result<Vec<LicenseReading>> {
    select(
        conn,
        "WHERE r.kind = 'license' AND r.enterprise = ?1 AND r.read_at_unix >= ?2
         ORDER BY r.read_at_unix, r.id",
        params![enterprise, since_unix],
    )
}

/// The License reading of `enterprise` `back` readings before the newest (0: the newest).
pub(crate) fn newest_but(
    conn: &Connection,
    enterprise: &str,
    back: i64,
) -> rusqlite::Result<Option<LicenseReading>> {
    Ok(select(
        conn,
        "WHERE r.kind = 'license' AND r.enterprise = ?1
         ORDER BY r.read_at_unix DESC, r.id DESC LIMIT 1 OFFSET ?2",
        params![enterprise, back],
    )?
    .pop())
}

/// The readings `filter` (the SQL after the join, with its parameters) chooses.
fn select(
    conn: &Connection,
    filter: &str,
    args: impl rusqlite::Params,
) -> rusqlite::Result<Vec<LicenseReading>> {
    let mut readings = {
        let mut stmt = conn.prepare(&format!(
            "SELECT r.id, r.read_at, s.consumed, s.purchased FROM readings r
             LEFT JOIN cloud_seats s ON s.reading_id = r.id {filter}"
        ))?;
        let rows = stmt.query_map(args, |r| {
            Ok(LicenseReading {
                id: r.get(0)?,
                read_at: r.get(1)?,
                seats_consumed: r.get(2)?,
                seats_purchased: r.get(3)?,
                servers: Vec::new(),
                syncs: Vec::new(),
                uploads: Vec::new(),
            })
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut servers = conn.prepare(
        "SELECT hostname, version, seats, seats_used, expires_at, error_kind FROM server_licenses
         WHERE reading_id = ?1 ORDER BY hostname",
    )?;
    let mut syncs = conn.prepare(
        "SELECT hostname, server_id, last_sync, status, error FROM syncs
         WHERE reading_id = ?1 ORDER BY hostname",
    )?;
    let mut uploads = conn.prepare(
        "SELECT hostname, name, state, at FROM uploads WHERE reading_id = ?1 ORDER BY hostname, rowid",
    )?;
    for reading in &mut readings {
        reading.uploads = uploads
            .query_map([reading.id], |r| {
                Ok(UploadReading {
                    hostname: r.get(0)?,
                    name: r.get(1)?,
                    state: r.get(2)?,
                    at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        reading.servers = servers
            .query_map([reading.id], |r| {
                Ok(ServerLicenseReading {
                    hostname: r.get(0)?,
                    version: r.get(1)?,
                    seats: r.get(2)?,
                    seats_used: r.get(3)?,
                    expires_at: r.get(4)?,
                    error_kind: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        reading.syncs = syncs
            .query_map([reading.id], |r| {
                Ok(SyncReading {
                    hostname: r.get(0)?,
                    server_id: r.get(1)?,
                    last_sync: r.get(2)?,
                    status: r.get(3)?,
                    error: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
    }
    Ok(readings)
}

/// The newest License screen this app version stored, as JSON, with when it was read.
pub(crate) fn last_screen(conn: &Connection) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT r.read_at, s.overview FROM license_screens s JOIN readings r ON r.id = s.reading_id
         WHERE s.app_version = ?1 ORDER BY r.read_at_unix DESC, r.id DESC LIMIT 1",
        [env!("CARGO_PKG_VERSION")],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}
