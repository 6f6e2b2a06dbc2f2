//! One-click sync: for every configured instance the best path it has, then one
//! combined result.

use serde::Serialize;
use ts_rs::TS;

use super::confirm_watch::WatchEvent;
use super::session::SessionExport;
use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;
use crate::connections::GhesSettings;
use crate::error::{Error, ErrorReport, Result};
use crate::support::lock;

/// One event of a one-click sync: `{ instance, event }`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OneClickEvent {
    pub instance: String,
    pub event: WatchEvent,
}

/// The path one-click sync took for an instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SyncPath {
    /// GitHub Connect license sync: Sync now on the GHES License page.
    ConnectSync,
    /// Add server usage with this session's latest export of the instance.
    AddServerUsage,
    /// Nothing could be done (see the result).
    None,
}

/// How one instance ended in a one-click sync.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum InstanceResult {
    /// The watch ended with `event` (confirmed, failed, timed out or cancelled).
    Finished { event: WatchEvent },
    /// Nothing to do it with, and what to do.
    Skipped { reason: String },
    /// The flow was refused before any hand-off.
    Refused { error: ErrorReport },
}

/// One instance's outcome.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct InstanceOutcome {
    pub instance: String,
    pub name: String,
    pub path: SyncPath,
    pub result: InstanceResult,
}

/// The combined result of a one-click sync.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OneClickResult {
    pub outcomes: Vec<InstanceOutcome>,
    pub confirmed: u32,
    pub total: u32,
    /// "1 of 2 instances confirmed; ghes-legacy.acme.example: export license usage first."
    pub summary: String,
}

impl App {
    /// One-click sync: for every configured instance the best path it has (GitHub Connect
    /// Sync now when it is known to be on, else Add server usage with this session's latest
    /// export), then one combined result. Connect syncs run side by side; uploads one after
    /// the other (one file on the clipboard at a time).
    pub async fn one_click_sync(
        &self,
        on_event: impl Fn(OneClickEvent) + Send + Sync,
    ) -> Result<OneClickResult> {
        self.require_ghec()?;
        let settings = self.settings();
        if settings.ghes.is_empty() {
            return Err(Error::NotConfigured {
                what: crate::error::Configurable::GhesInstance,
            });
        }
        let on_event = &on_event;
        let mut outcomes: Vec<Option<InstanceOutcome>> = vec![None; settings.ghes.len()];
        let mut connect = Vec::new();
        let mut uploads = Vec::new();
        for (i, g) in settings.ghes.iter().enumerate() {
            let export = lock(&self.sync_session().exports).get(&g.id).cloned();
            let connect_on = lock(&self.sync_session().connect_on).contains_key(&g.id);
            match choose_path(connect_on, export.as_ref()) {
                SyncPath::ConnectSync => connect.push((i, g.clone())),
                SyncPath::AddServerUsage => {
                    if let Some(e) = export {
                        uploads.push((i, g.clone(), e.path));
                    }
                }
                SyncPath::None => {
                    outcomes[i] = Some(InstanceOutcome {
                        instance: g.id.clone(),
                        name: g.hostname.clone(),
                        path: SyncPath::None,
                        result: InstanceResult::Skipped {
                            reason: super::handoff::steps::export_first(&g.hostname).text(),
                        },
                    });
                }
            }
        }
        let outcome = |g: &GhesSettings, path: SyncPath, r: Result<WatchEvent>| InstanceOutcome {
            instance: g.id.clone(),
            name: g.hostname.clone(),
            path,
            result: match r {
                Ok(event) => InstanceResult::Finished { event },
                Err(e) => InstanceResult::Refused { error: e.report() },
            },
        };
        let connect_all = futures_util::future::join_all(connect.iter().map(|(i, g)| async move {
            let id = g.id.clone();
            let r = self
                .sync_now(&g.id, move |event| {
                    on_event(OneClickEvent {
                        instance: id.clone(),
                        event,
                    });
                })
                .await;
            (*i, outcome(g, SyncPath::ConnectSync, r))
        }));
        let uploads_in_turn = async {
            let mut done = Vec::new();
            for (i, g, path) in &uploads {
                let id = g.id.clone();
                let r = self
                    .start_upload(path.clone(), move |event| {
                        on_event(OneClickEvent {
                            instance: id.clone(),
                            event,
                        });
                    })
                    .await;
                done.push((*i, outcome(g, SyncPath::AddServerUsage, r)));
            }
            done
        };
        let (a, b) = tokio::join!(connect_all, uploads_in_turn);
        for (i, o) in a.into_iter().chain(b) {
            outcomes[i] = Some(o);
        }
        let outcomes: Vec<InstanceOutcome> = outcomes.into_iter().flatten().collect();
        let result = combine(outcomes);
        self.record(Activity::new(
            ActivityKind::OneClickSync,
            ghls_l10n::t!("entry-all-instances"),
            if result.confirmed == result.total {
                Outcome::Ok
            } else {
                Outcome::Failed
            },
            result.summary.clone(),
            result
                .outcomes
                .iter()
                .map(|o| format!("{}: {}", o.name, outcome_words(&o.result)))
                .collect::<Vec<_>>()
                .join("\n"),
        ))
        .await;
        Ok(result)
    }
}

/// One-click's choice for an instance.
fn choose_path(connect_on: bool, export: Option<&SessionExport>) -> SyncPath {
    match (connect_on, export) {
        (true, _) => SyncPath::ConnectSync,
        (false, Some(e)) if e.license_usage_sync_hint => SyncPath::ConnectSync,
        (false, Some(_)) => SyncPath::AddServerUsage,
        (false, None) => SyncPath::None,
    }
}

fn outcome_words(r: &InstanceResult) -> String {
    let words = |state: &str, text: &str| {
        ghls_l10n::msg!("handoff-outcome", state = state, text = text).text()
    };
    match r {
        InstanceResult::Finished { event } => match event {
            WatchEvent::Confirmed { summary, .. } => words("confirmed", summary),
            WatchEvent::Failed { message, .. } => words("failed", message),
            WatchEvent::TimedOut { .. } => words("timed_out", ""),
            WatchEvent::Cancelled => words("cancelled", ""),
            _ => words("unfinished", ""),
        },
        InstanceResult::Skipped { reason } => reason.clone(),
        InstanceResult::Refused { error } => words("refused", &error.message),
    }
}

fn combine(outcomes: Vec<InstanceOutcome>) -> OneClickResult {
    let total = u32::try_from(outcomes.len()).unwrap_or(u32::MAX);
    let confirmed = u32::try_from(
        outcomes
            .iter()
            .filter(|o| {
                matches!(
                    o.result,
                    InstanceResult::Finished {
                        event: WatchEvent::Confirmed { .. }
                    }
                )
            })
            .count(),
    )
    .unwrap_or(u32::MAX);
    let others: Vec<String> = outcomes
        .iter()
        .filter(|o| {
            !matches!(
                o.result,
                InstanceResult::Finished {
                    event: WatchEvent::Confirmed { .. }
                }
            )
        })
        .map(|o| {
            let words = match &o.result {
                InstanceResult::Skipped { .. } => {
                    ghls_l10n::t!("handoff-one-click-export-first-short")
                }
                r => outcome_words(r),
            };
            format!("{}: {words}", o.name)
        })
        .collect();
    let mut summary = ghls_l10n::t!(
        "handoff-one-click-confirmed",
        confirmed = confirmed,
        total = total
    );
    if !others.is_empty() {
        summary.push_str("; ");
        summary.push_str(&others.join("; "));
    }
    summary.push('.');
    OneClickResult {
        outcomes,
        confirmed,
        total,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::super::session::seconds_words;
    use super::*;

    #[test]
    fn one_click_prefers_connect_sync_then_an_export_then_says_export_first() {
        let plain = SessionExport {
            path: "/tmp/a.json".into(),
            license_usage_sync_hint: false,
        };
        let hinted = SessionExport {
            license_usage_sync_hint: true,
            ..plain.clone()
        };
        assert_eq!(choose_path(true, None), SyncPath::ConnectSync);
        assert_eq!(choose_path(false, Some(&hinted)), SyncPath::ConnectSync);
        assert_eq!(choose_path(false, Some(&plain)), SyncPath::AddServerUsage);
        assert_eq!(choose_path(false, None), SyncPath::None);
    }

    #[test]
    fn waits_are_said_in_seconds_then_minutes() {
        assert_eq!(seconds_words(12), "12 s");
        assert_eq!(seconds_words(125), "2 min");
        assert_eq!(seconds_words(3_900), "1 h 5 min");
    }

    #[test]
    fn the_combined_result_lists_what_did_not_confirm() {
        let r = combine(vec![
            InstanceOutcome {
                instance: "main".into(),
                name: "github.acme.example".into(),
                path: SyncPath::ConnectSync,
                result: InstanceResult::Finished {
                    event: WatchEvent::Confirmed {
                        synced_at: "2026-11-22T12:00:03Z".into(),
                        consumed_before: Some(10),
                        consumed_after: Some(9),
                        summary: "ok".into(),
                        upload: None,
                        note: None,
                    },
                },
            },
            InstanceOutcome {
                instance: "legacy".into(),
                name: "ghes-legacy.acme.example".into(),
                path: SyncPath::None,
                result: InstanceResult::Skipped {
                    reason: "export license usage first".into(),
                },
            },
        ]);
        assert_eq!((r.confirmed, r.total), (1, 2));
        assert_eq!(
            r.summary,
            "1 of 2 instances confirmed; ghes-legacy.acme.example: export license usage first."
        );
    }
}
