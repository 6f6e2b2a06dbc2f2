//! The history database: one SQLite file in the app data folder (`history.sqlite3`), shared
//! by the desktop app and `ghls`. WAL, so a reader never waits for a writer; a busy timeout,
//! so a cron job's `ghls` and the open app that write at once take turns instead of failing;
//! the schema version in `user_version` (rusqlite_migration), and a file from a newer
//! version refused, untouched.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use crate::support::lock;

/// The file's name in the app data folder.
pub const FILE_NAME: &str = "history.sqlite3";

/// How long a write waits for another process's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The schema, one migration per version. Append only: a released migration never changes.
const MIGRATIONS: &[M<'static>] = &[M::up(include_str!("schema_v1.sql"))];

/// The highest schema version this build reads and writes.
pub const SCHEMA_VERSION: i64 = 1;

/// An open history: one connection, used by one call at a time (calls are short, and the
/// callers already run them off the async threads).
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the database at `path`, bringing its schema up to date. Refuses a
    /// database from a newer version without writing to it. Blocking.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::History {
                path: path.to_path_buf(),
                detail: ghls_l10n::t!("svc-history-folder", detail = e.to_string()),
            })?;
        }
        let failed = |e: rusqlite::Error| Error::History {
            path: path.to_path_buf(),
            detail: sqlite_words(&e),
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(failed)?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A history kept in memory for this session (the demo, and an app without a data
    /// folder).
    pub fn in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory().map_err(|e| Error::History {
            path: PathBuf::from(":memory:"),
            detail: sqlite_words(&e),
        })?;
        Self::prepare(conn, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        let failed = |e: rusqlite::Error| Error::History {
            path: shown.clone(),
            detail: sqlite_words(&e),
        };
        conn.busy_timeout(BUSY_TIMEOUT).map_err(failed)?;
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(failed)?;
        if found > SCHEMA_VERSION {
            return Err(Error::HistoryFromTheFuture {
                path: shown,
                found,
                supported: SCHEMA_VERSION,
            });
        }
        if path.is_some() {
            // WAL is a property of the file: set once, kept by every later open.
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(failed)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(failed)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(failed)?;
        let migrations = Migrations::from_slice(MIGRATIONS);
        if let Err(e) = migrations.to_latest(&mut conn) {
            // Another process may have brought the schema up to date at the same moment.
            let now: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(failed)?;
            if now != SCHEMA_VERSION {
                return Err(Error::History {
                    path: shown,
                    detail: ghls_l10n::t!("svc-history-tables", detail = e.to_string()),
                });
            }
        }
        Ok(Self {
            conn: Mutex::new(conn),
            path,
        })
    }

    /// Lets the file grow to about `bytes` at most: a write past it fails as a full disk
    /// does, and changes nothing.
    pub fn limit_size(&self, bytes: u64) -> Result<()> {
        self.with(|conn| {
            let page: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
            let pages = i64::try_from(bytes).unwrap_or(i64::MAX) / page.max(1);
            conn.pragma_update(None, "max_page_count", pages.max(1))
        })
    }

    /// The file, or `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` with the connection. Blocking.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut conn = lock(&self.conn);
        f(&mut conn).map_err(|e| self.error(&e))
    }

    /// `e` said for the admin, naming the file.
    pub(crate) fn error(&self, e: &rusqlite::Error) -> Error {
        self.refused(sqlite_words(e))
    }

    /// A failure of this history, in `detail`'s words, naming the file.
    pub(crate) fn refused(&self, detail: String) -> Error {
        Error::History {
            path: self
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(":memory:")),
            detail,
        }
    }
}

/// SQLite's failure in words an admin can act on.
fn sqlite_words(e: &rusqlite::Error) -> String {
    use ghls_l10n::t;
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => t!("svc-history-disk-full"),
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) => {
            t!("svc-history-read-only")
        }
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            t!("svc-history-locked")
        }
        Some(ErrorCode::NotADatabase) => t!("svc-history-not-a-history"),
        Some(ErrorCode::DatabaseCorrupt) => t!("svc-history-damaged"),
        Some(ErrorCode::CannotOpen) => t!("svc-history-cannot-open"),
        _ => e.to_string(),
    }
}
