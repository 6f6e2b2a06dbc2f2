//! Progress of long work on stderr: the consumed-licenses fetch (pages) and a watch
//! (waiting for GitHub). Drawn only when a person watches stderr; a cron job's log gets
//! only the notices that must never be silent (a pause for GitHub's rate limit).

use std::time::Duration;

use ghls_services::FetchProgress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// What the bar shows for one event: pages done of how many, and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarState {
    pub position: u64,
    pub length: Option<u64>,
    pub message: String,
}

/// The bar's state after `p`.
pub fn fetch_state(p: &FetchProgress) -> Option<BarState> {
    Some(match p {
        FetchProgress::Fetching {
            pages_done,
            pages_total,
            rows,
        } => BarState {
            position: u64::from(*pages_done),
            length: pages_total.map(u64::from),
            message: ghls_l10n::t!("cli-progress-consumers", rows = *rows),
        },
        FetchProgress::WaitingRateLimit { until, seconds } => BarState {
            position: 0,
            length: None,
            message: ghls_l10n::t!("cli-progress-rate-limit", seconds = *seconds, until = until),
        },
        FetchProgress::Retrying {
            page,
            attempt,
            wait_ms,
            reason,
        } => BarState {
            position: 0,
            length: None,
            message: ghls_l10n::t!(
                "cli-progress-retrying",
                page = *page,
                reason = reason,
                attempt = *attempt,
                wait = f64::from(*wait_ms) / 1000.0
            ),
        },
        FetchProgress::Done { .. } => return None,
    })
}

/// The consumed-licenses fetch's progress bar.
#[derive(Debug, Clone)]
pub struct FetchBar {
    bar: ProgressBar,
}

impl FetchBar {
    /// A bar on stderr when `visible`, else one that draws nothing.
    pub fn new(visible: bool) -> Self {
        let bar = ProgressBar::with_draw_target(
            None,
            if visible {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::hidden()
            },
        );
        // indicatif's placeholders stay outside the message (Fluent reads braces too).
        let template = format!(
            "{{spinner}} {} {{pos}}/{{len}} {{wide_bar}} {{msg}} [{{elapsed}}]",
            ghls_l10n::t!("cli-progress-pages")
        );
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        bar.set_message(ghls_l10n::t!("cli-progress-starting"));
        if visible {
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        Self { bar }
    }

    /// Feeds the bar; what `load_consumed_licenses` calls.
    pub fn listener(&self) -> impl Fn(FetchProgress) + Send + Sync + 'static {
        let bar = self.bar.clone();
        move |p| {
            let Some(state) = fetch_state(&p) else {
                return;
            };
            match (&p, state.length) {
                (FetchProgress::Fetching { .. }, Some(len)) => {
                    bar.set_length(len);
                    bar.set_position(state.position);
                }
                (FetchProgress::Fetching { .. }, None) => bar.set_position(state.position),
                _ => {}
            }
            bar.set_message(state.message);
        }
    }

    /// Prints `line` on stderr: above the bar on a terminal, plainly in a log.
    pub fn notice(&self, line: &str) {
        print_above(&self.bar, line);
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// A spinner with a message: the watch's "waiting for GitHub".
#[derive(Debug, Clone)]
pub struct Spinner {
    bar: ProgressBar,
}

impl Spinner {
    pub fn new(visible: bool) -> Self {
        let bar = if visible {
            ProgressBar::new_spinner()
        } else {
            ProgressBar::hidden()
        };
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}") {
            bar.set_style(style);
        }
        if visible {
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        Self { bar }
    }

    pub fn set(&self, message: String) {
        self.bar.set_message(message);
    }

    /// Prints `line` above the spinner (or plainly, when hidden).
    pub fn println(&self, line: &str) {
        print_above(&self.bar, line);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Prints `line` on stderr above `bar` when it is drawn, else plainly (a log, a hidden bar).
fn print_above(bar: &ProgressBar, line: &str) {
    if bar.is_hidden() {
        eprintln!("{line}");
    } else {
        bar.println(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_move_the_bar_and_waits_say_why() {
        let s = fetch_state(&FetchProgress::Fetching {
            pages_done: 3,
            pages_total: Some(10),
            rows: 300,
        });
        assert_eq!(
            s,
            Some(BarState {
                position: 3,
                length: Some(10),
                message: "300 consumers".into()
            })
        );
        let s = fetch_state(&FetchProgress::WaitingRateLimit {
            until: "2026-11-22T12:00:00Z".into(),
            seconds: 42,
        })
        .unwrap();
        assert!(s.message.contains("rate limit: waiting 42 s"), "{s:?}");
        let s = fetch_state(&FetchProgress::Retrying {
            page: 7,
            attempt: 2,
            wait_ms: 1500,
            reason: "GitHub answered 502".into(),
        })
        .unwrap();
        assert_eq!(s.message, "page 7: GitHub answered 502; attempt 2 in 1.5 s");
        assert_eq!(fetch_state(&FetchProgress::Done { rows: 1 }), None);
    }
}
