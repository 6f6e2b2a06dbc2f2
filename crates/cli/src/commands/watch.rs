//! `ghls watch`: the confirmation watch ("Keep watching") until GitHub shows a sync.

use ghls_domain::expiry::{parse_github_time, to_rfc3339};
use ghls_l10n::{msg, t, Arg};
use ghls_services::ErrorKind;
use ghls_services::{WatchConfig, WatchEvent};
use serde::Serialize;
use time::OffsetDateTime;

use super::{instance_id, Context};
use crate::args::WatchArgs;
use crate::exit::{Exit, Failure};
use crate::output::Paint;
use crate::progress::Spinner;

/// `ghls watch --json`.
#[derive(Debug, Serialize)]
pub struct WatchOut {
    pub instance: String,
    pub since: String,
    pub result: WatchEvent,
}

/// `--since` as the services take it (RFC 3339): a time, `now`, or a duration ago.
pub fn since(text: &str, now: OffsetDateTime) -> Result<String, Failure> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("now") {
        return Ok(to_rfc3339(now.replace_nanosecond(0).unwrap_or(now)));
    }
    if let Some(at) = parse_github_time(t) {
        return Ok(to_rfc3339(at));
    }
    match crate::duration::parse(t) {
        Ok(ago) => {
            let ago = time::Duration::try_from(ago).unwrap_or(time::Duration::MAX);
            let at = now.checked_sub(ago).unwrap_or(now);
            Ok(to_rfc3339(at.replace_nanosecond(0).unwrap_or(at)))
        }
        Err(_) => Err(Failure::usage(
            msg!("cli-watch-since-invalid", text = text),
            msg!("cli-watch-since-invalid-fix"),
        )),
    }
}

fn seen_words(last_seen: Option<&ghls_domain::SyncView>) -> String {
    match last_seen {
        Some(v) => match (&v.relative, &v.last_sync) {
            (Some(rel), _) => t!("cli-watch-seen-relative", relative = rel),
            (None, Some(d)) => t!("cli-watch-seen-at", at = Arg::moment(&d.raw)),
            _ => t!("cli-watch-seen-none"),
        },
        None => t!("cli-watch-not-listed"),
    }
}

fn waiting_words(e: &WatchEvent) -> Option<String> {
    let (elapsed_ms, polls, last_seen, poll_error, head) = match e {
        WatchEvent::Waiting {
            elapsed_ms,
            polls,
            last_seen,
            poll_error,
            ..
        } => (
            elapsed_ms,
            polls,
            last_seen,
            poll_error,
            t!("cli-watch-waiting"),
        ),
        // "GitHub is processing the upload NAME."
        WatchEvent::Processing {
            elapsed_ms,
            polls,
            last_seen,
            poll_error,
            message,
            ..
        } => (
            elapsed_ms,
            polls,
            last_seen,
            poll_error,
            message.trim_end_matches('.').to_owned(),
        ),
        _ => return None,
    };
    let seen = seen_words(last_seen.as_deref());
    let problem = poll_error
        .as_deref()
        .map(|e| format!("; {}", msg!("cli-watch-read-failed", error = &e.message)))
        .unwrap_or_default();
    let progress = msg!(
        "cli-watch-progress",
        head = head,
        seconds = elapsed_ms / 1000,
        polls = *polls,
        seen = seen
    );
    Some(format!("{progress}{problem}"))
}

pub async fn run(cx: &Context<'_>, args: &WatchArgs) -> Result<Exit, Failure> {
    let id = instance_id(cx, &args.instance)?;
    let since = since(&args.since, OffsetDateTime::now_utc())?;
    cx.app.set_watch_config(WatchConfig {
        timeout: args.timeout,
        ..WatchConfig::default()
    });
    let spinner = Spinner::new(cx.out.interactive());
    spinner.set(t!(
        "cli-watch-waiting-for",
        instance = &id,
        since = Arg::moment(&since)
    ));
    let listener = spinner.clone();
    let last_problem = std::sync::Mutex::new(None::<ErrorKind>);
    // Each note (e.g. "confirming by license-sync-status only") and upload is said once.
    let said = std::sync::Mutex::new(Vec::<String>::new());
    let end = cx
        .app
        .keep_watching(&id, &since, move |e| {
            if let Some(words) = waiting_words(&e) {
                listener.set(words);
            }
            let news = [
                e.note().map(|n| t!("cli-watch-note", note = n)),
                match &e {
                    WatchEvent::Processing { message, .. } => Some(message.clone()),
                    _ => None,
                },
            ];
            let mut said = said
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for line in news.into_iter().flatten() {
                if !said.contains(&line) {
                    listener.println(&line);
                    said.push(line);
                }
            }
            // Without a terminal, a failed read is said once per kind of failure.
            if let WatchEvent::Waiting {
                poll_error: Some(err),
                ..
            } = &e
            {
                let mut last = last_problem
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if *last != Some(err.kind) {
                    listener.println(&t!("cli-watch-read-retrying", error = &err.message));
                    *last = Some(err.kind);
                }
            }
        })
        .await;
    spinner.finish();
    let end = end.map_err(|e| cx.fail(e.report()))?;
    let exit = match &end {
        WatchEvent::Confirmed { .. } => Exit::Ok,
        WatchEvent::TimedOut { .. } => Exit::Attention,
        _ => Exit::Failure,
    };
    if cx.out.json {
        cx.out.print_json(&WatchOut {
            instance: id.clone(),
            since: since.clone(),
            result: end.clone(),
        })?;
    }
    match &end {
        WatchEvent::Confirmed {
            summary, upload, ..
        } if !cx.out.json => {
            cx.out.print(&format!(
                "{} {summary}\n",
                cx.out.paint(&t!("cli-label-confirmed"), Paint::Green)
            ))?;
            if let Some(u) = upload {
                let said = match u.updated_at.as_deref() {
                    Some(at) => msg!(
                        "cli-watch-upload-at",
                        name = &u.name,
                        state = &u.sync_state,
                        at = Arg::moment(at)
                    ),
                    None => msg!("cli-watch-upload", name = &u.name, state = &u.sync_state),
                };
                cx.out.print(&format!("  {said}\n"))?;
            }
        }
        WatchEvent::TimedOut { since, .. } => {
            let words = t!(
                "cli-watch-timed-out",
                instance = &id,
                since = Arg::moment(since),
                waited = crate::duration::words(args.timeout)
            );
            let fix = t!("cli-watch-timed-out-fix", instance = &id, since = since);
            if cx.out.json {
                cx.out.note(&words);
            } else {
                cx.out.print(&cx.out.with_fix(
                    &t!("cli-label-not-confirmed"),
                    Paint::Yellow,
                    &words,
                    &fix,
                ))?;
            }
        }
        WatchEvent::Failed {
            message,
            github_error,
            fix,
            ..
        } => cx.out.error(&crate::exit::cli_report(
            ErrorKind::SyncFailed,
            &crate::exit::as_is(message.clone()),
            Some(&match (fix, github_error) {
                (Some(f), _) => crate::exit::as_is(f.clone()),
                (None, Some(g)) => msg!("cli-watch-failed-fix-says", github = g),
                (None, None) => msg!("cli-watch-failed-fix"),
            }),
        )),
        WatchEvent::Cancelled => cx.out.note(&t!("cli-watch-cancelled")),
        _ => {}
    }
    Ok(exit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00.250 UTC);

    fn ok(text: &str) -> String {
        since(text, NOW).map_err(|f| f.report.message).unwrap()
    }

    #[test]
    fn since_takes_a_time_now_or_how_long_ago() {
        assert_eq!(ok("2026-11-20T08:00:00Z"), "2026-11-20T08:00:00Z");
        assert_eq!(ok("now"), "2026-11-22T12:00:00Z");
        assert_eq!(ok("2h"), "2026-11-22T10:00:00Z");
        assert_eq!(ok("1d"), "2026-11-21T12:00:00Z");
        let e = since("yesterday-ish", NOW).unwrap_err();
        assert_eq!(e.exit, Exit::Usage);
        assert!(e.report.fix.unwrap_or_default().contains("RFC 3339"));
    }

    #[test]
    fn the_spinner_says_github_is_processing_the_upload_by_name() {
        let e = WatchEvent::Processing {
            elapsed_ms: 7_400,
            polls: 3,
            message: "GitHub is processing the upload usage.json.".into(),
            upload: ghls_services::sync::UploadSeen {
                name: "usage.json".into(),
                sync_state: "PENDING".into(),
                created_at: None,
                updated_at: None,
            },
            last_seen: None,
            poll_error: None,
            note: None,
        };
        assert_eq!(
            waiting_words(&e).unwrap(),
            "GitHub is processing the upload usage.json: 7 s, 3 reads; GitHub does not list it yet"
        );
    }
}
