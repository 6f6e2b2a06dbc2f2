//! The confirmation watch: after a hand-off at time T, read GitHub back until it shows the
//! step landed. The product's rule (product.md): never report success that was not read
//! back. So "confirmed" is only ever said once GHEC's license-sync-status shows the
//! instance's `last_sync.date` past T; until then the state is "waiting for GitHub", with the
//! elapsed time and what GitHub shows now.
//!
//! - The instance is found by server ID when known, else by host name (case-insensitive).
//! - The emulator and GitHub write the date to the second, T has sub-seconds, and clocks
//!   differ: an entry also counts when it *changed* since it was read at hand-off (the
//!   baseline), at or after it. A date that does not parse counts only when it changed.
//! - A new entry whose status is not `success`, or that carries an error, ends the watch as
//!   failed, with GitHub's own words.
//! - The totals of consumed-licenses are read at hand-off and at confirmation, for the
//!   sentence "consumed 512 → 498, 14 people now counted once".
//! - Polls back off (2 s growing to 30 s by default) and stop at the time-out (10 min by
//!   default) or when cancelled; a failed poll is shown and retried, never fatal.

use std::time::{Duration, Instant};

use ghls_domain::expiry::to_rfc3339;
use ghls_domain::sync_status::same_host;
use ghls_domain::{ServerSync, SyncView};
use ghls_github::{CancellationToken, GhecClient};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use super::handoff::OpenIn;
use crate::error::{Error, ErrorReport};

/// How often and how long to poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchConfig {
    /// The first wait after the hand-off.
    pub first_poll: Duration,
    /// Waits grow by half each poll up to this.
    pub max_poll: Duration,
    /// Not confirmed after this long: timed out (the admin may keep watching).
    pub timeout: Duration,
}

impl Default for WatchConfig {
    fn default() -> Self {
        Self {
            first_poll: Duration::from_secs(2),
            max_poll: Duration::from_secs(30),
            timeout: Duration::from_secs(10 * 60),
        }
    }
}

impl WatchConfig {
    /// The wait after `current`.
    pub fn next_delay(&self, current: Duration) -> Duration {
        (current + current / 2)
            .min(self.max_poll)
            .max(Duration::from_millis(1))
    }
}

/// A watch's progress, streamed to the UI; the last one is also the command's result.
///
/// IPC: serialised with a `state` tag, e.g. `{"state":"waiting","elapsed_ms":4000,"polls":2,
/// "last_seen":{…SyncView…},"poll_error":null}`. Times are RFC 3339 strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum WatchEvent {
    /// The page was opened (or could not be: see `notes`) at `at`, the time T the watch
    /// waits to see passed.
    HandedOff {
        url: String,
        opened_in: OpenIn,
        /// The file revealed and put on the clipboard (Add server usage).
        file_path: Option<String>,
        at: String,
        /// What did not work (no browser, no file manager, no clipboard) or what to know.
        notes: Vec<String>,
    },
    /// Not landed yet. `last_seen` is the instance's entry in license-sync-status now.
    Waiting {
        #[ts(type = "number")]
        elapsed_ms: u64,
        polls: u32,
        last_seen: Option<Box<SyncView>>,
        /// The last poll failed (it is retried).
        poll_error: Option<Box<ErrorReport>>,
    },
    /// GitHub shows a sync after T, with success.
    Confirmed {
        synced_at: String,
        #[ts(type = "number | null")]
        consumed_before: Option<i64>,
        #[ts(type = "number | null")]
        consumed_after: Option<i64>,
        /// "GitHub shows the sync of … at …: consumed 512 → 498, 14 people now counted once."
        summary: String,
    },
    /// GitHub shows a sync after T that failed.
    Failed {
        message: String,
        /// GitHub's own text (`last_sync.error`, else its status), verbatim.
        github_error: Option<String>,
    },
    /// Not confirmed in time. Keep watching is a new watch with the same `since`.
    TimedOut {
        #[ts(type = "number")]
        elapsed_ms: u64,
        since: String,
    },
    Cancelled,
}

impl WatchEvent {
    /// True for the states that end a watch.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            Self::Confirmed { .. } | Self::Failed { .. } | Self::TimedOut { .. } | Self::Cancelled
        )
    }
}

/// Which entry of license-sync-status is the instance's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceRef {
    pub server_id: Option<String>,
    pub hostname: String,
}

impl InstanceRef {
    /// The instance's entry: by server ID when known (an entry of another server ID with the
    /// same host name is another installation), else by host name.
    pub fn find<'a>(&self, list: &'a [ServerSync]) -> Option<&'a ServerSync> {
        let id = self
            .server_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let entry_id = |s: &ServerSync| {
            s.server_id
                .as_deref()
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
        };
        if let Some(id) = id {
            if let Some(hit) = list
                .iter()
                .find(|s| entry_id(s).is_some_and(|e| e.eq_ignore_ascii_case(id)))
            {
                return Some(hit);
            }
        }
        list.iter().find(|s| {
            s.hostname
                .as_deref()
                .is_some_and(|h| same_host(h, &self.hostname))
                && (id.is_none() || entry_id(s).is_none())
        })
    }
}

/// What the watch found in one reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Waiting,
    Landed {
        /// The date as GitHub wrote it, RFC 3339 when it parsed.
        synced_at: String,
        /// GitHub's error text or status, when the sync failed.
        failure: Option<String>,
    },
}

/// Says whether `now` (the instance's entry now) shows a sync after `since`, given
/// `baseline` (its entry when the watch began).
pub fn judge(
    since: OffsetDateTime,
    baseline: Option<&ServerSync>,
    now: Option<&ServerSync>,
) -> Verdict {
    let Some(last) = now.and_then(|s| s.last_sync.as_ref()) else {
        return Verdict::Waiting;
    };
    let Some(date) = last.date.as_ref().filter(|d| !d.raw.trim().is_empty()) else {
        return Verdict::Waiting;
    };
    let before = baseline.and_then(|b| b.last_sync.as_ref());
    let changed = before != Some(last);
    let before_at = before.and_then(|b| b.date.as_ref()).and_then(|d| d.at);
    let landed = match date.at {
        Some(at) => at > since || (changed && before_at.is_none_or(|b| at >= b)),
        None => changed,
    };
    if !landed {
        return Verdict::Waiting;
    }
    let text = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let error = text(&last.error);
    let status = text(&last.status);
    let ok = error.is_none()
        && status
            .as_deref()
            .is_none_or(|s| s.eq_ignore_ascii_case("success"));
    Verdict::Landed {
        synced_at: date.at.map_or_else(|| date.raw.clone(), to_rfc3339),
        failure: (!ok).then(|| error.or(status).unwrap_or_default()),
    }
}

/// "consumed 512 → 498, 14 people now counted once".
pub fn describe_consumed(before: Option<i64>, after: Option<i64>) -> String {
    match (before, after) {
        (Some(b), Some(a)) if a < b => {
            let n = b - a;
            format!(
                "consumed {b} → {a}, {n} {} now counted once",
                if n == 1 { "person" } else { "people" }
            )
        }
        (Some(b), Some(a)) if a > b => {
            let n = a - b;
            format!(
                "consumed {b} → {a}, {n} more {} counted",
                if n == 1 { "seat" } else { "seats" }
            )
        }
        (Some(_), Some(a)) => format!("consumed licenses unchanged at {a}"),
        (None, Some(a)) => format!("{a} licenses consumed now"),
        _ => "the consumed licenses could not be read".to_owned(),
    }
}

/// What a watch knows when it starts.
#[derive(Debug, Clone)]
pub struct WatchSpec {
    pub instance: InstanceRef,
    /// The instance as the screens name it.
    pub name: String,
    /// The hand-off time T.
    pub since: OffsetDateTime,
    /// The instance's entry when the watch began.
    pub baseline: Option<ServerSync>,
    pub consumed_before: Option<i64>,
    pub config: WatchConfig,
}

/// The total of consumed licenses now (first page), `None` when it cannot be read.
pub async fn consumed_total(client: &GhecClient) -> Option<i64> {
    match client.consumed_licenses_page(1, 100).await {
        Ok(reply) => reply.value.total_seats_consumed,
        Err(e) => {
            tracing::info!(error = %e, "consumed licenses not read for the confirmation");
            None
        }
    }
}

/// Polls until the sync lands, fails, times out or `cancel` fires. Emits a `waiting` event
/// after every poll; returns the final event (not emitted).
pub async fn watch(
    client: &GhecClient,
    spec: &WatchSpec,
    cancel: &CancellationToken,
    emit: &(dyn Fn(WatchEvent) + Send + Sync),
) -> WatchEvent {
    let started = Instant::now();
    let elapsed_ms = || {
        let ms = (OffsetDateTime::now_utc() - spec.since).whole_milliseconds();
        u64::try_from(ms).unwrap_or(0)
    };
    let mut delay = spec.config.first_poll;
    let mut polls: u32 = 0;
    loop {
        let remaining = spec.config.timeout.saturating_sub(started.elapsed());
        if remaining.is_zero() {
            return WatchEvent::TimedOut {
                elapsed_ms: elapsed_ms(),
                since: to_rfc3339(spec.since),
            };
        }
        tokio::select! {
            () = cancel.cancelled() => return WatchEvent::Cancelled,
            () = tokio::time::sleep(delay.min(remaining)) => {}
        }
        delay = spec.config.next_delay(delay);
        let read = tokio::select! {
            () = cancel.cancelled() => return WatchEvent::Cancelled,
            r = client.license_sync_status() => r,
        };
        polls = polls.saturating_add(1);
        let (now, poll_error) = match read {
            Ok(reply) => (spec.instance.find(&reply.value).cloned(), None),
            Err(e) => (None, Some(Box::new(Error::from(e).report()))),
        };
        if poll_error.is_none() {
            if let Verdict::Landed { synced_at, failure } =
                judge(spec.since, spec.baseline.as_ref(), now.as_ref())
            {
                return match failure {
                    Some(github_error) => WatchEvent::Failed {
                        message: format!(
                            "GitHub shows a sync of {} at {synced_at}, and it failed: {}",
                            spec.name,
                            if github_error.is_empty() {
                                "no reason given"
                            } else {
                                &github_error
                            }
                        ),
                        github_error: Some(github_error).filter(|e| !e.is_empty()),
                    },
                    None => {
                        let consumed_after = tokio::select! {
                            () = cancel.cancelled() => return WatchEvent::Cancelled,
                            c = consumed_total(client) => c,
                        };
                        WatchEvent::Confirmed {
                            summary: format!(
                                "GitHub shows the sync of {} at {synced_at}: {}.",
                                spec.name,
                                describe_consumed(spec.consumed_before, consumed_after)
                            ),
                            synced_at,
                            consumed_before: spec.consumed_before,
                            consumed_after,
                        }
                    }
                };
            }
        }
        emit(WatchEvent::Waiting {
            elapsed_ms: elapsed_ms(),
            polls,
            last_seen: now
                .as_ref()
                .map(|s| Box::new(SyncView::new(s, OffsetDateTime::now_utc()))),
            poll_error,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_domain::{GitHubTime, LastSync};
    use time::macros::datetime;

    const T: OffsetDateTime = datetime!(2026-11-22 12:00:00.500 UTC);

    fn entry(date: &str, status: &str, error: &str) -> ServerSync {
        ServerSync {
            server_id: Some("deadbeef1".into()),
            hostname: Some("github.example.com".into()),
            last_sync: Some(LastSync {
                date: Some(GitHubTime::parse(date)),
                status: Some(status.into()),
                error: Some(error.into()),
            }),
        }
    }

    #[test]
    fn an_old_sync_is_not_a_confirmation() {
        let old = entry("2026-11-21T09:00:00Z", "success", "");
        assert_eq!(judge(T, Some(&old), Some(&old)), Verdict::Waiting);
        assert_eq!(judge(T, None, None), Verdict::Waiting);
    }

    #[test]
    fn a_sync_after_the_hand_off_is_landed() {
        let old = entry("2026-11-21T09:00:00Z", "success", "");
        let new = entry("2026-11-22T12:00:03Z", "success", "");
        assert_eq!(
            judge(T, Some(&old), Some(&new)),
            Verdict::Landed {
                synced_at: "2026-11-22T12:00:03Z".into(),
                failure: None
            }
        );
    }

    #[test]
    fn a_sync_in_the_same_second_counts_only_when_the_entry_changed() {
        // GitHub writes whole seconds: 12:00:00 may be 12:00:00.700, after T.
        let old = entry("2026-11-21T09:00:00Z", "success", "");
        let same_second = entry("2026-11-22T12:00:00Z", "success", "");
        assert!(matches!(
            judge(T, Some(&old), Some(&same_second)),
            Verdict::Landed { .. }
        ));
        assert_eq!(
            judge(T, Some(&same_second), Some(&same_second)),
            Verdict::Waiting
        );
    }

    #[test]
    fn a_failed_sync_carries_githubs_words() {
        let old = entry("2026-11-21T09:00:00Z", "success", "");
        let bad = entry(
            "2026-11-22T12:01:00Z",
            "failed",
            "The file is not a valid license usage file",
        );
        assert_eq!(
            judge(T, Some(&old), Some(&bad)),
            Verdict::Landed {
                synced_at: "2026-11-22T12:01:00Z".into(),
                failure: Some("The file is not a valid license usage file".into())
            }
        );
        let status_only = entry("2026-11-22T12:01:00Z", "error", "");
        assert!(matches!(
            judge(T, Some(&old), Some(&status_only)),
            Verdict::Landed { failure: Some(f), .. } if f == "error"
        ));
    }

    #[test]
    fn an_unreadable_date_counts_only_when_it_changed() {
        let old = entry("last tuesday", "success", "");
        let new = entry("this morning", "success", "");
        assert_eq!(judge(T, Some(&old), Some(&old)), Verdict::Waiting);
        assert!(matches!(
            judge(T, Some(&old), Some(&new)),
            Verdict::Landed { .. }
        ));
    }

    #[test]
    fn the_instance_is_found_by_server_id_then_host_name() {
        let mut other_install = entry("2026-11-21T09:00:00Z", "success", "");
        other_install.server_id = Some("0ld1d".into());
        let ours = entry("2026-11-20T09:00:00Z", "success", "");
        let list = vec![other_install.clone(), ours.clone()];
        let by_id = InstanceRef {
            server_id: Some("DEADBEEF1".into()),
            hostname: "github.example.com".into(),
        };
        assert_eq!(by_id.find(&list), Some(&ours));
        let by_host = InstanceRef {
            server_id: None,
            hostname: "GitHub.Example.com".into(),
        };
        assert_eq!(by_host.find(&list), Some(&other_install));
        let unknown_id = InstanceRef {
            server_id: Some("new-install".into()),
            hostname: "github.example.com".into(),
        };
        assert_eq!(unknown_id.find(&list), None);
    }

    #[test]
    fn the_consumed_sentence_says_who_is_now_counted_once() {
        assert_eq!(
            describe_consumed(Some(512), Some(498)),
            "consumed 512 → 498, 14 people now counted once"
        );
        assert_eq!(
            describe_consumed(Some(498), Some(499)),
            "consumed 498 → 499, 1 more seat counted"
        );
        assert_eq!(
            describe_consumed(Some(5), Some(5)),
            "consumed licenses unchanged at 5"
        );
        assert_eq!(
            describe_consumed(None, None),
            "the consumed licenses could not be read"
        );
    }

    #[test]
    fn polls_back_off_up_to_the_cap() {
        let c = WatchConfig::default();
        let mut d = c.first_poll;
        let mut seen = vec![d];
        for _ in 0..10 {
            d = c.next_delay(d);
            seen.push(d);
        }
        assert_eq!(seen[1], Duration::from_secs(3));
        assert_eq!(*seen.last().unwrap(), Duration::from_secs(30));
    }
}
