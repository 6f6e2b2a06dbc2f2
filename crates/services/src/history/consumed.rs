//! Consumed-licenses loads in the history, compactly: the first load of an enterprise is
//! kept whole, each later one as the people added, removed and changed since the load
//! before it (keys from `ghls_domain::consumed::changes`). A new full set is started when
//! the changes since the last one grow large or many, so rebuilding any load reads one
//! full set and a bounded number of changes.
//!
//! A part is deflated text, a line a person: the key (`\`, tab and line breaks escaped),
//! a tab, and the person's values as a JSON array in GitHub's field order, or nothing for
//! a person removed. Loads come back in key order.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use ghls_domain::consumed::changes::keyed;
use ghls_domain::{ConsumedLicenses, ConsumerFields, LicenseConsumer, SeatSplit};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

/// People per part of a full set (about 1 MB of text before deflating).
const PART: usize = 4096;
/// Changes in a row before a new full set is kept.
const MAX_CHAIN: i64 = 60;
/// A new full set is kept once the changes since the last one reach this share of it.
const MAX_CHURN_PERCENT: i64 = 25;
/// Deflate level: fast, and text this repetitive still shrinks about eightfold.
const LEVEL: u8 = 3;
/// The most a part may inflate to (a damaged or foreign blob is refused, not followed).
const MAX_PART_BYTES: usize = 256 << 20;

/// A person's values, positional (GitHub's field order): the stored form.
#[derive(Debug, Serialize, Deserialize)]
struct Row(
    Option<String>,
    Option<String>,
    Vec<String>,
    Option<bool>,
    Option<bool>,
    Option<bool>,
    Option<String>,
    Option<String>,
    Vec<String>,
    Vec<String>,
    Vec<String>,
    Option<String>,
    Vec<String>,
    Option<bool>,
    Vec<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
);

fn row_of(c: &LicenseConsumer) -> Row {
    let own = |s: Option<&str>| s.map(str::to_owned);
    Row(
        own(c.github_com_login()),
        own(c.github_com_name()),
        c.enterprise_server_user_ids().to_vec(),
        c.github_com_user(),
        c.enterprise_server_user(),
        c.visual_studio_subscription_user(),
        own(c.license_type()),
        own(c.github_com_profile()),
        c.github_com_member_roles().to_vec(),
        c.github_com_enterprise_roles().to_vec(),
        c.github_com_verified_domain_emails().to_vec(),
        own(c.github_com_saml_name_id()),
        c.github_com_orgs_with_pending_invites().to_vec(),
        c.github_com_two_factor_auth(),
        c.enterprise_server_emails().to_vec(),
        own(c.visual_studio_license_status()),
        own(c.visual_studio_subscription_email()),
        c.total_user_accounts(),
    )
}

impl From<Row> for ConsumerFields {
    fn from(r: Row) -> Self {
        Self {
            github_com_login: r.0,
            github_com_name: r.1,
            enterprise_server_user_ids: r.2,
            github_com_user: r.3,
            enterprise_server_user: r.4,
            visual_studio_subscription_user: r.5,
            license_type: r.6,
            github_com_profile: r.7,
            github_com_member_roles: r.8,
            github_com_enterprise_roles: r.9,
            github_com_verified_domain_emails: r.10,
            github_com_saml_name_id: r.11,
            github_com_orgs_with_pending_invites: r.12,
            github_com_two_factor_auth: r.13,
            enterprise_server_emails: r.14,
            visual_studio_license_status: r.15,
            visual_studio_subscription_email: r.16,
            total_user_accounts: r.17,
        }
    }
}

/// The stored text of a person's values.
fn encode(c: &LicenseConsumer) -> String {
    // A Row of strings, bools and numbers always serialises.
    serde_json::to_string(&row_of(c)).unwrap_or_default()
}

/// A person's values from their stored text.
pub(crate) fn decode(text: &str) -> Result<ConsumerFields, String> {
    serde_json::from_str::<Row>(text)
        .map(ConsumerFields::from)
        .map_err(|e| ghls_l10n::t!("svc-history-person-unreadable", detail = e.to_string()))
}

fn hash_of(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

fn push_line(out: &mut String, key: &str, row: Option<&str>) {
    for ch in key.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('\t');
    if let Some(row) = row {
        out.push_str(row);
    }
    out.push('\n');
}

/// One stored line: the key and the values' text (`None`: removed).
fn split_line(line: &str) -> Result<(String, Option<&str>), String> {
    let (raw, row) = line
        .split_once('\t')
        .ok_or_else(|| ghls_l10n::t!("svc-history-line-without-key"))?;
    let mut key = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => key.push('\t'),
                Some('n') => key.push('\n'),
                Some('r') => key.push('\r'),
                Some(other) => key.push(other),
                None => return Err(ghls_l10n::t!("svc-history-key-escape")),
            }
        } else {
            key.push(c);
        }
    }
    Ok((key, (!row.is_empty()).then_some(row)))
}

/// The parts of load `id`, inflated, in order.
fn parts(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Result<String, String>>> {
    let mut stmt =
        conn.prepare("SELECT data FROM consumed_data WHERE load_id = ?1 ORDER BY part")?;
    let rows = stmt.query_map([id], |r| r.get::<_, Vec<u8>>(0))?;
    let mut out = Vec::new();
    for blob in rows {
        let blob = blob?;
        out.push(
            miniz_oxide::inflate::decompress_to_vec_with_limit(&blob, MAX_PART_BYTES)
                .map_err(|e| {
                    ghls_l10n::t!("svc-history-part-uninflatable", detail = format!("{e:?}"))
                })
                .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string())),
        );
    }
    Ok(out)
}

/// Reads the lines of load `id` into `visit`.
fn each_line(
    conn: &Connection,
    id: i64,
    mut visit: impl FnMut(String, Option<&str>),
) -> Result<(), LoadError> {
    for part in parts(conn, id)? {
        let text = part.map_err(LoadError::Damaged)?;
        for line in text.split_terminator('\n') {
            let (key, row) = split_line(line).map_err(LoadError::Damaged)?;
            visit(key, row);
        }
    }
    Ok(())
}

/// Why a stored load could not be read.
#[derive(Debug)]
pub(crate) enum LoadError {
    Sqlite(rusqlite::Error),
    /// Not what this app writes: the words say what.
    Damaged(String),
}

impl From<rusqlite::Error> for LoadError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Sqlite(e)
    }
}

/// The loads `id` is built from: its full set first, then each change up to `id`.
fn chain(conn: &Connection, id: i64) -> Result<Vec<i64>, LoadError> {
    let base: Option<(i64, i64)> = conn
        .query_row(
            "SELECT base_id, detail_kept FROM consumed_loads WHERE reading_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((base, 1)) = base else {
        return Err(LoadError::Damaged(ghls_l10n::t!(
            "svc-history-load-not-detailed",
            load = id.to_string()
        )));
    };
    let mut stmt = conn.prepare(
        "SELECT reading_id FROM consumed_loads WHERE base_id = ?1 AND reading_id <= ?2 ORDER BY reading_id",
    )?;
    let ids = stmt
        .query_map(params![base, id], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

/// Load `id` replayed from its full set and the changes after it into `state`, each
/// person's values as `keep` makes them from their stored text.
fn replay<M: Default + Extend<(String, V)>, V>(
    conn: &Connection,
    id: i64,
    mut remove: impl FnMut(&mut M, &str),
    keep: impl Fn(&str) -> V,
) -> Result<M, LoadError> {
    let mut state = M::default();
    for load in chain(conn, id)? {
        each_line(conn, load, |key, row| match row {
            Some(row) => state.extend([(key, keep(row))]),
            None => remove(&mut state, &key),
        })?;
    }
    Ok(state)
}

/// Load `id` rebuilt: each person's key and values' text, in key order.
pub(crate) fn rebuild(conn: &Connection, id: i64) -> Result<BTreeMap<String, String>, LoadError> {
    replay(
        conn,
        id,
        |m: &mut BTreeMap<String, String>, k| {
            m.remove(k);
        },
        str::to_owned,
    )
}

/// Load `id` as fingerprints: each key with a hash of its values (what a new load is
/// compared with, in a fraction of the memory of the values).
fn fingerprints(conn: &Connection, id: i64) -> Result<HashMap<String, u64>, LoadError> {
    replay(
        conn,
        id,
        |m: &mut HashMap<String, u64>, k| {
            m.remove(k);
        },
        hash_of,
    )
}

/// Deflates lines into parts of about [`PART`] people.
struct Parts {
    text: String,
    lines: usize,
    done: Vec<Vec<u8>>,
}

impl Parts {
    fn new() -> Self {
        Self {
            text: String::new(),
            lines: 0,
            done: Vec::new(),
        }
    }

    fn push(&mut self, key: &str, row: Option<&str>) {
        push_line(&mut self.text, key, row);
        self.lines += 1;
        if self.lines == PART {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.lines > 0 {
            self.done.push(miniz_oxide::deflate::compress_to_vec(
                self.text.as_bytes(),
                LEVEL,
            ));
            self.text.clear();
            self.lines = 0;
        }
    }

    fn finish(mut self) -> Vec<Vec<u8>> {
        self.flush();
        self.done
    }
}

/// What a stored load came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stored {
    pub id: i64,
    pub full: bool,
    pub added: u32,
    pub removed: u32,
    pub changed: u32,
}

/// The newest load of `enterprise` kept in detail: its id, base and how far its chain is.
fn newest(tx: &Transaction<'_>, enterprise: &str) -> rusqlite::Result<Option<(i64, i64)>> {
    tx.query_row(
        "SELECT l.reading_id, l.base_id FROM consumed_loads l JOIN readings r ON r.id = l.reading_id
         WHERE r.enterprise = ?1 AND l.detail_kept = 1 ORDER BY l.reading_id DESC LIMIT 1",
        [enterprise],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Keeps `data`, read at `read_at` (RFC 3339, and Unix seconds), as the newest load of
/// `enterprise`: as changes from the newest load before it, or as a new full set.
pub(crate) fn store(
    tx: &Transaction<'_>,
    enterprise: &str,
    read_at: (&str, i64),
    data: &ConsumedLicenses,
) -> Result<Stored, LoadError> {
    let previous = newest(tx, enterprise)?;
    let before = match previous {
        Some((id, _)) => Some(fingerprints(tx, id)?),
        None => None,
    };
    let mut people = keyed(&data.users);
    // The changes in one pass; a person's text is not kept (a full set is written in a
    // second pass, so a load of 1,000,000 is never held twice over as text).
    let mut delta = Parts::new();
    let mut counts = (0u32, 0u32, 0u32);
    if let Some(before) = &before {
        let mut seen = 0usize;
        for (key, consumer) in &people {
            let row = encode(consumer);
            match before.get(key.as_str()) {
                None => {
                    counts.0 += 1;
                    delta.push(key, Some(&row));
                }
                Some(h) => {
                    seen += 1;
                    if *h != hash_of(&row) {
                        counts.2 += 1;
                        delta.push(key, Some(&row));
                    }
                }
            }
        }
        if seen < before.len() {
            let now: std::collections::HashSet<&str> =
                people.iter().map(|(k, _)| k.as_str()).collect();
            let mut gone: Vec<&String> = before
                .keys()
                .filter(|k| !now.contains(k.as_str()))
                .collect();
            gone.sort_unstable();
            for key in gone {
                counts.1 += 1;
                delta.push(key, None);
            }
        }
    }
    drop(before);
    let full = match previous {
        None => true,
        Some((_, base)) => {
            let (chain_len, churn, base_size): (i64, i64, i64) = tx.query_row(
                "SELECT COUNT(*), COALESCE(SUM(added + removed + changed), 0),
                        (SELECT consumers FROM consumed_loads WHERE reading_id = ?1)
                 FROM consumed_loads WHERE base_id = ?1 AND reading_id != ?1",
                [base],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let churn = churn + i64::from(counts.0 + counts.1 + counts.2);
            chain_len >= MAX_CHAIN || churn * 100 >= base_size.max(1) * MAX_CHURN_PERCENT
        }
    };
    tx.execute(
        "INSERT INTO readings (kind, enterprise, read_at, read_at_unix) VALUES ('consumed', ?1, ?2, ?3)",
        params![enterprise, read_at.0, read_at.1],
    )?;
    let id = tx.last_insert_rowid();
    let split = SeatSplit::of(&data.users);
    let (base, prev) = if full {
        (id, None)
    } else {
        (previous.map_or(id, |p| p.1), previous.map(|p| p.0))
    };
    tx.execute(
        "INSERT INTO consumed_loads (reading_id, base_id, previous_id, consumers, seats_consumed,
            seats_purchased, cloud_only, server_only, cloud_and_server, visual_studio, unknown,
            added, removed, changed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            id,
            base,
            prev,
            people.len() as i64,
            data.total_seats_consumed,
            data.total_seats_purchased,
            split.cloud_only,
            split.server_only,
            split.both,
            split.visual_studio,
            split.unknown,
            counts.0,
            counts.1,
            counts.2,
        ],
    )?;
    let blobs = if full {
        people.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut set = Parts::new();
        for (key, consumer) in &people {
            set.push(key, Some(&encode(consumer)));
        }
        set.finish()
    } else {
        delta.finish()
    };
    let mut insert =
        tx.prepare("INSERT INTO consumed_data (load_id, part, data) VALUES (?1, ?2, ?3)")?;
    for (n, blob) in blobs.iter().enumerate() {
        insert.execute(params![id, n as i64, blob])?;
    }
    Ok(Stored {
        id,
        full,
        added: counts.0,
        removed: counts.1,
        changed: counts.2,
    })
}
