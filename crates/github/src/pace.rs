//! How every multi-request read paces itself against GitHub, shared by the REST
//! consumed-licenses fetch (`fetch.rs`) and the GraphQL reads (`graphql/`): one rate-limit
//! gate that holds back *every* request of a read (GitHub's limits are per token, so one
//! request hitting them means the others would too), which failures are worth another try,
//! and the jitter that spreads those tries.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use time::OffsetDateTime;
use tokio::time::Instant;

use crate::error::{Error, RateLimit, Result};
use crate::fetch::RetryPolicy;

/// No request of a read starts before the gate's instant (a rate-limit pause).
#[derive(Debug, Default)]
pub(crate) struct Gate {
    until: Mutex<Option<Instant>>,
}

impl Gate {
    /// Holds every request back for `seconds` (at least one). Returns the wait when it
    /// extends the pause, `None` when an earlier pause already covers about as long (so
    /// the caller reports a pause once, not once per request in flight).
    pub(crate) fn pause(&self, seconds: u64) -> Option<Duration> {
        let wait = Duration::from_secs(seconds.max(1));
        let until = Instant::now() + wait;
        let mut gate = self.until.lock().unwrap_or_else(PoisonError::into_inner);
        let extends = gate.is_none_or(|current| until > current + Duration::from_millis(500));
        if !extends {
            return None;
        }
        *gate = Some(until);
        Some(wait)
    }

    /// Sleeps while a pause is on; true when it slept.
    pub(crate) async fn wait(&self) -> bool {
        let mut slept = false;
        loop {
            let until = *self.until.lock().unwrap_or_else(PoisonError::into_inner);
            match until {
                Some(t) if t > Instant::now() => {
                    tokio::time::sleep_until(t).await;
                    slept = true;
                }
                _ => return slept,
            }
        }
    }
}

/// What a read tells its listener while one of its requests is paced.
pub(crate) trait Pacing {
    /// The gate held the request back for a pause, which is over now.
    fn resumed(&self) {}
    /// A rate-limit pause of `wait` begins for every request of the read.
    fn pausing(&self, wait: Duration);
    /// Try number `attempt` follows `wait` after `error`.
    fn retrying(&self, attempt: u32, wait: Duration, error: &Error);
}

/// Runs one request (`attempt`, which sends it and reads its answer with its rate limit)
/// through the gate's rate-limit pauses and `retry`'s retries of transient failures. An
/// answer that spends the last request of the limit pauses the read until the reset too,
/// instead of spending the next request on a refusal.
pub(crate) async fn paced<T, F, Fut>(
    gate: &Gate,
    retry: &RetryPolicy,
    events: &impl Pacing,
    mut attempt: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(T, RateLimit)>>,
{
    let pause = |seconds: u64| {
        if let Some(wait) = gate.pause(seconds) {
            events.pausing(wait);
        }
    };
    let mut tries = 1;
    let mut rate_waits = 0;
    loop {
        if gate.wait().await {
            events.resumed();
        }
        match attempt().await {
            Ok((value, limit)) => {
                if limit.remaining == Some(0) && limit.reset_at.is_some() {
                    pause(limit.wait_seconds(OffsetDateTime::now_utc()));
                }
                return Ok(value);
            }
            Err(Error::RateLimited { limit, .. }) if rate_waits < retry.max_rate_limit_waits => {
                rate_waits += 1;
                pause(limit.wait_seconds(OffsetDateTime::now_utc()));
            }
            Err(e) if is_retryable(&e) && tries < retry.max_attempts => {
                let wait = retry.backoff(tries, jitter());
                tries += 1;
                events.retrying(tries, wait, &e);
                tokio::time::sleep(wait).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Failures that another try of the same read may not meet.
pub(crate) fn is_retryable(e: &Error) -> bool {
    matches!(
        e,
        Error::ServerError { .. } | Error::Timeout { .. } | Error::Transport { .. }
    )
}

/// A number in `[0, 1)` that differs between calls and processes; good enough to spread
/// retries, not meant for anything else.
pub(crate) fn jitter() -> f64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::from(d.subsec_nanos()));
    let mut z = STATE
        .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
        .wrapping_add(nanos);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_shorter_pause_does_not_shorten_or_repeat_a_longer_one() {
        let gate = Gate::default();
        assert!(!gate.wait().await, "no pause: no waiting");
        assert_eq!(gate.pause(10), Some(Duration::from_secs(10)));
        assert_eq!(gate.pause(3), None);
        assert_eq!(gate.pause(10), None, "about as long: reported once");
        assert_eq!(gate.pause(30), Some(Duration::from_secs(30)));
    }
}
