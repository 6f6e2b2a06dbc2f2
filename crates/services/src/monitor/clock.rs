//! The time the monitor reads and the waits it makes, behind one trait so tests (and the
//! e2e run, through `GHLS_TEST_CLOCK_FILE`) move time without sleeping hours.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// The environment variable naming a file that holds the time (RFC 3339) the desktop shell's
/// monitor reads instead of the system's: a test seam like `GHLS_TEST_HANDOFF_LOG`.
pub const TEST_CLOCK_ENV: &str = "GHLS_TEST_CLOCK_FILE";

/// Now, and a way to wait.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current time.
    fn now(&self) -> OffsetDateTime;
    /// Waits about `d`. It may return earlier: the loop reads [`Clock::now`] again after
    /// each wait, so a short wait only costs a look at the clock.
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()>;
}

/// The system's time and tokio's timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(d))
    }
}

/// The time written in a file (RFC 3339), read at each [`Clock::now`]; tests rewrite the
/// file to move time. Waits are at most half a second of real time, so a moved clock is
/// seen at once. A file that cannot be read gives the system's time (and a warning).
#[derive(Debug, Clone)]
pub struct FileClock {
    path: PathBuf,
}

impl FileClock {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }
}

impl Clock for FileClock {
    fn now(&self) -> OffsetDateTime {
        let read = std::fs::read_to_string(&self.path)
            .map_err(|e| e.to_string())
            .and_then(|t| OffsetDateTime::parse(t.trim(), &Rfc3339).map_err(|e| e.to_string()));
        match read {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(path = %self.path.display(), error = %e, "test clock: unreadable, using the system time");
                OffsetDateTime::now_utc()
            }
        }
    }

    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(d.min(Duration::from_millis(500))))
    }
}

/// The clock the desktop shell gives the monitor: [`FileClock`] when `GHLS_TEST_CLOCK_FILE`
/// names a file, else [`SystemClock`].
pub fn clock_from_env() -> Arc<dyn Clock> {
    match std::env::var_os(TEST_CLOCK_ENV) {
        Some(p) if !p.is_empty() => Arc::new(FileClock::new(p)),
        _ => Arc::new(SystemClock),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_file_clock_reads_the_time_the_test_wrote_at_each_look() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("clock");
        std::fs::write(&path, "2026-11-22T12:00:00Z\n").unwrap();
        let clock = FileClock::new(&path);
        assert_eq!(clock.now(), datetime!(2026-11-22 12:00:00 UTC));
        std::fs::write(&path, "2026-12-01T08:30:00+01:00").unwrap();
        assert_eq!(clock.now(), datetime!(2026-12-01 07:30:00 UTC));
        std::fs::write(&path, "next tuesday").unwrap();
        let system = OffsetDateTime::now_utc();
        assert!(
            (clock.now() - system).abs() < time::Duration::minutes(1),
            "unreadable: the system time"
        );
    }
}
