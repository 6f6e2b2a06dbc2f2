//! The confirmation watch: after a hand-off at time T, read GitHub back until it shows the
//! step landed. The product's rule (product.md): never report success that was not read
//! back. Two signals are read at every poll:
//!
//! 1. GitHub's upload record (GraphQL `userAccountsUploads`, `upload_record.rs`): the
//!    instance's upload created after T is shown by its file name; `PENDING` is the
//!    `processing` state ("GitHub is processing the upload NAME"), `SUCCESS` confirms,
//!    `FAILURE` ends the watch as failed with a fix. A record with missing parts confirms
//!    nothing unless license-sync-status also does, and the summary says so.
//! 2. license-sync-status: the instance's `last_sync.date` past T confirms (or fails) as
//!    before. When the upload record is refused (or not read), this is the only signal, and
//!    every event of the watch says so in its `note`.
//!
//! Until then the state is "waiting for GitHub", with the elapsed time and what GitHub
//! shows now.
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
use ghls_l10n::{msg, Arg};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use super::handoff::OpenIn;
use super::upload_record::{
    self, new_upload, off_note, upload_failed_fix, upload_verdict, UploadBaseline, UploadRead,
    UploadSeen, UploadVerdict,
};
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
        /// What to know about how the watch confirms, e.g. "GitHub's upload record could not
        /// be read (…): confirming by license-sync-status only."
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        note: Option<String>,
    },
    /// GitHub has the hand-off's upload and is processing it (`syncState` PENDING).
    Processing {
        #[ts(type = "number")]
        elapsed_ms: u64,
        polls: u32,
        /// "GitHub is processing the upload NAME."
        message: String,
        upload: UploadSeen,
        last_seen: Option<Box<SyncView>>,
        poll_error: Option<Box<ErrorReport>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        note: Option<String>,
    },
    /// GitHub shows the upload processed, or a sync after T, with success.
    Confirmed {
        synced_at: String,
        #[ts(type = "number | null")]
        consumed_before: Option<i64>,
        #[ts(type = "number | null")]
        consumed_after: Option<i64>,
        /// "GitHub shows the sync of … at …: consumed 512 → 498, 14 people now counted once."
        summary: String,
        /// The upload GitHub processed, when its upload record showed it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        upload: Option<UploadSeen>,
        /// Which signals confirmed it, when not both.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        note: Option<String>,
    },
    /// GitHub could not process the upload, or shows a sync after T that failed.
    Failed {
        message: String,
        /// GitHub's own text (`last_sync.error`, else its status), verbatim.
        github_error: Option<String>,
        /// The upload GitHub could not process (`syncState` FAILURE).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        upload: Option<UploadSeen>,
        /// What to do about it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        fix: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        note: Option<String>,
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

    /// The note on how the watch confirms, when the event has one.
    pub fn note(&self) -> Option<&str> {
        match self {
            Self::Waiting { note, .. }
            | Self::Processing { note, .. }
            | Self::Confirmed { note, .. }
            | Self::Failed { note, .. } => note.as_deref(),
            _ => None,
        }
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
    consumed_message(before, after).text()
}

/// [`describe_consumed`] as a message.
pub fn consumed_message(before: Option<i64>, after: Option<i64>) -> ghls_l10n::Message {
    match (before, after) {
        (Some(b), Some(a)) if a < b => {
            msg!("handoff-consumed-fewer", before = b, after = a, n = b - a)
        }
        (Some(b), Some(a)) if a > b => {
            msg!("handoff-consumed-more", before = b, after = a, n = a - b)
        }
        (Some(_), Some(a)) => msg!("handoff-consumed-unchanged", after = a),
        (None, Some(a)) => msg!("handoff-consumed-now", after = a),
        _ => msg!("handoff-consumed-unread"),
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
    /// The upload record before the hand-off.
    pub uploads: UploadBaseline,
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

/// Polls until the upload is processed or the sync lands, fails, times out or `cancel`
/// fires. Emits a `waiting` or `processing` event after every poll; returns the final event
/// (not emitted).
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
    // Set once GitHub refuses the upload record: license-sync-status alone from then on.
    let mut record_off = spec.uploads.off.clone();
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
        let lss = if poll_error.is_none() {
            judge(spec.since, spec.baseline.as_ref(), now.as_ref())
        } else {
            Verdict::Waiting
        };

        // The first signal, unless GitHub refused it.
        let (record, mut note) = if record_off.is_some() {
            (None, record_off.clone())
        } else {
            let r = tokio::select! {
                () = cancel.cancelled() => return WatchEvent::Cancelled,
                r = upload_record::read_uploads(client, &spec.instance.hostname, cancel) => r,
            };
            match r {
                UploadRead::Read {
                    uploads,
                    complete,
                    missing,
                } => {
                    let verdict = upload_verdict(new_upload(
                        spec.since,
                        spec.uploads.known.as_deref(),
                        &uploads,
                    ));
                    let note = (!complete).then(|| {
                        if missing.is_empty() {
                            msg!("handoff-record-incomplete", name = &spec.name).text()
                        } else {
                            msg!(
                                "handoff-record-incomplete-missing",
                                name = &spec.name,
                                missing = &missing
                            )
                            .text()
                        }
                    });
                    (Some((verdict, complete)), note)
                }
                UploadRead::Refused(r) => {
                    let n = off_note(&r);
                    record_off = Some(n.clone());
                    (None, Some(n))
                }
                UploadRead::Failed(r) => (
                    None,
                    Some(
                        msg!(
                            "handoff-record-failed-this-time",
                            reason = r.message.trim_end_matches('.')
                        )
                        .text(),
                    ),
                ),
            }
        };

        let (lss_ok, lss_failure) = match &lss {
            Verdict::Landed {
                synced_at,
                failure: None,
            } => (Some(synced_at.clone()), None),
            Verdict::Landed {
                synced_at,
                failure: Some(f),
            } => (None, Some((synced_at.clone(), f.clone()))),
            Verdict::Waiting => (None, None),
        };
        let upload_verdict = record.as_ref().map(|(v, _)| v.clone());
        let complete = record.as_ref().is_some_and(|(_, c)| *c);

        // GitHub could not process the upload: its own record says so.
        if let Some(UploadVerdict::Failed(upload)) = &upload_verdict {
            let mut github_error = lss_failure.as_ref().map(|(_, f)| f.clone());
            if github_error.is_none() {
                // The record was read after license-sync-status: GitHub's words for the
                // failure may have landed in between.
                github_error = tokio::select! {
                    () = cancel.cancelled() => return WatchEvent::Cancelled,
                    r = client.license_sync_status() => r.ok().and_then(|reply| {
                        let now = spec.instance.find(&reply.value);
                        match judge(spec.since, spec.baseline.as_ref(), now) {
                            Verdict::Landed { failure, .. } => failure,
                            Verdict::Waiting => None,
                        }
                    }),
                };
            }
            let github_error = github_error.filter(|f| !f.is_empty());
            let id = match (upload.updated_at.is_some(), github_error.is_some()) {
                (false, false) => "handoff-upload-failed",
                (true, false) => "handoff-upload-failed-at",
                (false, true) => "handoff-upload-failed-says",
                (true, true) => "handoff-upload-failed-at-says",
            };
            let mut message = ghls_l10n::Message::new(id)
                .arg("upload", &upload.name)
                .arg("name", &spec.name);
            if let Some(t) = &upload.updated_at {
                message = message.arg("at", Arg::moment(t));
            }
            if let Some(g) = &github_error {
                message = message.arg("github", g);
            }
            return WatchEvent::Failed {
                message: message.text(),
                github_error,
                upload: Some(upload.clone()),
                fix: Some(upload_failed_fix()),
                note,
            };
        }
        if let Some((synced_at, github_error)) = lss_failure {
            let upload = match &upload_verdict {
                Some(UploadVerdict::Processing(u) | UploadVerdict::Succeeded(u)) => Some(u.clone()),
                _ => None,
            };
            let message = if github_error.is_empty() {
                msg!(
                    "handoff-sync-failed-no-reason",
                    name = &spec.name,
                    at = Arg::moment(&synced_at)
                )
            } else {
                msg!(
                    "handoff-sync-failed",
                    name = &spec.name,
                    at = Arg::moment(&synced_at),
                    github = &github_error
                )
            };
            return WatchEvent::Failed {
                message: message.text(),
                github_error: Some(github_error).filter(|e| !e.is_empty()),
                upload,
                fix: None,
                note,
            };
        }

        let confirmed = match (&upload_verdict, &lss_ok) {
            // GitHub's complete record shows the upload processed.
            (Some(UploadVerdict::Succeeded(u)), lss) if complete => {
                let at = u
                    .updated_at
                    .clone()
                    .or_else(|| u.created_at.clone())
                    .unwrap_or_default();
                let second = match lss {
                    Some(s) => msg!("handoff-second-also", at = Arg::moment(s)),
                    None => msg!("handoff-second-not-yet"),
                };
                Some((
                    lss.clone().unwrap_or_else(|| at.clone()),
                    msg!(
                        "handoff-processed",
                        upload = &u.name,
                        name = &spec.name,
                        at = Arg::moment(&at),
                        second = second
                    ),
                    Some(u.clone()),
                    note.clone(),
                ))
            }
            // A partial record, or none: license-sync-status decides.
            (Some(UploadVerdict::Succeeded(u)), Some(s)) => Some((
                s.clone(),
                msg!(
                    "handoff-processed-and-synced",
                    upload = &u.name,
                    name = &spec.name,
                    at = Arg::moment(s)
                ),
                Some(u.clone()),
                Some(msg!("handoff-record-incomplete-confirmed", name = &spec.name).text()),
            )),
            (Some(UploadVerdict::None), Some(s)) => Some((
                s.clone(),
                msg!("handoff-synced", name = &spec.name, at = Arg::moment(s)),
                None,
                Some(note.clone().unwrap_or_else(|| {
                    msg!("handoff-record-no-new-upload", name = &spec.name).text()
                })),
            )),
            (None, Some(s)) => Some((
                s.clone(),
                msg!("handoff-synced", name = &spec.name, at = Arg::moment(s)),
                None,
                note.clone(),
            )),
            _ => None,
        };
        if let Some((synced_at, what, upload, note)) = confirmed {
            let consumed_after = tokio::select! {
                () = cancel.cancelled() => return WatchEvent::Cancelled,
                c = consumed_total(client) => c,
            };
            let consumed = consumed_message(spec.consumed_before, consumed_after);
            let summary = match note.as_deref() {
                Some(n) => msg!(
                    "handoff-confirmed-summary-note",
                    what = what,
                    consumed = consumed,
                    note = n
                ),
                None => msg!(
                    "handoff-confirmed-summary",
                    what = what,
                    consumed = consumed
                ),
            }
            .text();
            return WatchEvent::Confirmed {
                summary,
                synced_at,
                consumed_before: spec.consumed_before,
                consumed_after,
                upload,
                note,
            };
        }

        let last_seen = now
            .as_ref()
            .map(|s| Box::new(SyncView::new(s, OffsetDateTime::now_utc())));
        if let Some(UploadVerdict::Processing(upload)) = upload_verdict {
            emit(WatchEvent::Processing {
                elapsed_ms: elapsed_ms(),
                polls,
                message: msg!("handoff-processing", upload = &upload.name).text(),
                upload,
                last_seen,
                poll_error,
                note,
            });
            continue;
        }
        if let Some(UploadVerdict::Succeeded(u)) = &upload_verdict {
            // Only reached with a partial record: say what is awaited.
            note = Some(msg!("handoff-processed-record-incomplete", upload = &u.name).text());
        }
        emit(WatchEvent::Waiting {
            elapsed_ms: elapsed_ms(),
            polls,
            last_seen,
            poll_error,
            note,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_domain::testing::server_sync;
    use time::macros::datetime;

    const T: OffsetDateTime = datetime!(2026-11-22 12:00:00.500 UTC);

    #[test]
    fn an_old_sync_is_not_a_confirmation() {
        let old = server_sync("2026-11-21T09:00:00Z", "success", "");
        assert_eq!(judge(T, Some(&old), Some(&old)), Verdict::Waiting);
        assert_eq!(judge(T, None, None), Verdict::Waiting);
    }

    #[test]
    fn a_sync_after_the_hand_off_is_landed() {
        let old = server_sync("2026-11-21T09:00:00Z", "success", "");
        let new = server_sync("2026-11-22T12:00:03Z", "success", "");
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
        let old = server_sync("2026-11-21T09:00:00Z", "success", "");
        let same_second = server_sync("2026-11-22T12:00:00Z", "success", "");
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
        let old = server_sync("2026-11-21T09:00:00Z", "success", "");
        let bad = server_sync(
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
        let status_only = server_sync("2026-11-22T12:01:00Z", "error", "");
        assert!(matches!(
            judge(T, Some(&old), Some(&status_only)),
            Verdict::Landed { failure: Some(f), .. } if f == "error"
        ));
    }

    #[test]
    fn an_unreadable_date_counts_only_when_it_changed() {
        let old = server_sync("last tuesday", "success", "");
        let new = server_sync("this morning", "success", "");
        assert_eq!(judge(T, Some(&old), Some(&old)), Verdict::Waiting);
        assert!(matches!(
            judge(T, Some(&old), Some(&new)),
            Verdict::Landed { .. }
        ));
    }

    #[test]
    fn the_instance_is_found_by_server_id_then_host_name() {
        let mut other_install = server_sync("2026-11-21T09:00:00Z", "success", "");
        other_install.server_id = Some("0ld1d".into());
        let ours = server_sync("2026-11-20T09:00:00Z", "success", "");
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
    fn the_consumed_sentence_is_said_with_the_languages_numbers_and_plurals() {
        use ghls_l10n::Lang;
        let fewer = consumed_message(Some(12_345), Some(12_000));
        assert_eq!(
            fewer.in_lang(Lang::En),
            "consumed 12,345 → 12,000, 345 people now counted once"
        );
        assert_eq!(
            fewer.in_lang(Lang::Es),
            "licencias consumidas 12.345 → 12.000, 345 personas ahora cuentan una sola vez"
        );
        assert_eq!(
            fewer.in_lang(Lang::PtBr),
            "licenças consumidas 12.345 → 12.000, 345 pessoas agora contadas uma só vez"
        );
        assert_eq!(
            consumed_message(Some(1_499), Some(1_500)).in_lang(Lang::PtBr),
            "licenças consumidas 1.499 → 1.500, 1 licença de usuário a mais contada"
        );
        assert_eq!(
            consumed_message(None, Some(1)).in_lang(Lang::En),
            "1 license consumed now"
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
