//! `ghls status`: the License screen's "License sync" part, judged against `--max-age`.

use ghls_services::ErrorKind;
use std::time::Duration;

use ghls_domain::expiry::to_rfc3339;
use ghls_domain::{SyncHealth, SyncView};
use ghls_l10n::{msg, t};
use ghls_services::sync::UploadSeen;
use ghls_services::{ErrorReport, RateBudget, RateBudgets, Section};
use serde::Serialize;
use time::OffsetDateTime;

use super::Context;
use crate::args::StatusArgs;
use crate::exit::{Exit, Failure};
use crate::output::{header, table, Paint};

/// `ghls status --json`.
#[derive(Debug, Serialize)]
pub struct StatusOut {
    pub enterprise: String,
    pub checked_at: String,
    pub max_age_seconds: u64,
    /// How many instances have a verdict other than `ok`.
    pub needs_attention: u32,
    pub instances: Vec<InstanceStatus>,
    /// Why GitHub's upload record (`newest_upload`) could not be read, when it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uploads_error: Option<ErrorReport>,
    /// The token's REST and GraphQL budgets (`GET /rate_limit`, which costs nothing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_budget: Option<RateBudgets>,
    /// When the previous check read GitHub (the history), if there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_check_at: Option<String>,
    /// Why the budgets could not be read, when they could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_budget_error: Option<ErrorReport>,
}

/// One server instance's license sync.
#[derive(Debug, Serialize)]
pub struct InstanceStatus {
    /// The settings id, when the instance is configured here.
    pub id: Option<String>,
    pub hostname: Option<String>,
    pub server_id: Option<String>,
    /// False for a configured instance GitHub does not list: it never synced.
    pub listed_by_github: bool,
    /// RFC 3339, when GitHub's date could be read.
    pub last_sync: Option<String>,
    /// The date exactly as GitHub sent it.
    pub last_sync_raw: Option<String>,
    pub age_seconds: Option<i64>,
    /// "3 days ago".
    pub relative: Option<String>,
    pub status: Option<String>,
    /// GitHub's error text, verbatim.
    pub error: Option<String>,
    /// The app's judgement (7-day rule): synced, stale, failed, never_synced, unknown.
    pub health: SyncHealth,
    /// Against --max-age.
    pub verdict: Verdict,
    /// The last sync the previous check saw (RFC 3339; the history's License reading before
    /// this one); `null` when there was no previous check of this instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_last_sync: Option<String>,
    /// Whether GitHub shows a newer sync than the previous check saw; `null` without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced_since_previous_check: Option<bool>,
    /// The newest upload GitHub's upload record shows for the instance (GraphQL; `--json`
    /// only). `None` when it shows none or could not be read (see `uploads_error`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub newest_upload: Option<UploadSeen>,
}

/// An instance's sync against `--max-age`: the services' one judgement, which the
/// background checks share.
pub use ghls_services::monitor::{judge, SyncVerdict as Verdict};

/// The verdict as the table says it; `max_age` as the sentence says it ("7d", "7 days").
pub(crate) fn verdict_words(v: Verdict, max_age: &str) -> String {
    let verdict = match v {
        Verdict::Ok => "ok",
        Verdict::Stale => "stale",
        Verdict::Failed => "failed",
        Verdict::NeverSynced => "never_synced",
        Verdict::UnreadableDate => "unreadable_date",
    };
    t!("cli-verdict", verdict = verdict, max_age = max_age)
}

fn instance(
    id: Option<String>,
    hostname: Option<String>,
    view: Option<&SyncView>,
    now: OffsetDateTime,
    max_age: Duration,
) -> InstanceStatus {
    let at = view.and_then(|v| v.last_sync.as_ref()).and_then(|d| d.at);
    InstanceStatus {
        id,
        hostname: view.and_then(|v| v.hostname.clone()).or(hostname),
        server_id: view.and_then(|v| v.server_id.clone()),
        listed_by_github: view.is_some(),
        last_sync: at.map(to_rfc3339),
        last_sync_raw: view
            .and_then(|v| v.last_sync.as_ref())
            .map(|d| d.raw.clone()),
        age_seconds: at.map(|at| (now - at).whole_seconds()),
        relative: view.and_then(|v| v.relative.clone()),
        status: view.and_then(|v| v.status.clone()),
        error: view.and_then(|v| v.error.clone()),
        health: view.map_or(SyncHealth::NeverSynced, |v| v.health),
        verdict: judge(view, now, max_age),
        previous_last_sync: None,
        synced_since_previous_check: None,
        newest_upload: None,
    }
}

pub async fn run(cx: &Context<'_>, args: &StatusArgs) -> Result<Exit, Failure> {
    let overview = cx.app.license_overview().await;
    let now = OffsetDateTime::now_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    let cloud = match overview.cloud {
        Section::Loaded { data } => data,
        Section::Failed { error } => return Err(cx.fail(error)),
        Section::NotConfigured { .. } => {
            return Err(cx.fail(
                ghls_services::Error::NotConfigured {
                    what: ghls_services::Configurable::Ghec,
                }
                .report(),
            ))
        }
    };
    let listed = match cloud.instances {
        Section::Loaded { data } => data,
        Section::Failed { error } => return Err(cx.fail(error)),
        Section::NotConfigured { reason } => {
            return Err(Failure::new(
                Exit::Failure,
                ErrorKind::NotConfigured,
                crate::exit::as_is(reason),
                None,
            ))
        }
    };
    let mut instances: Vec<InstanceStatus> = listed
        .iter()
        .map(|i| {
            instance(
                i.configured_id.clone(),
                i.sync.hostname.clone(),
                Some(&i.sync),
                now,
                args.max_age,
            )
        })
        .collect();
    // Configured instances GitHub does not list have never synced.
    for s in &overview.servers {
        if matches!(s.sync, Section::Loaded { data: None }) {
            instances.push(instance(
                Some(s.id.clone()),
                Some(s.hostname.clone()),
                None,
                now,
                args.max_age,
            ));
        }
    }
    // Against the previous check the history kept (this one was just kept too).
    let previous = cx.app.previous_license_reading().await;
    if let Some(p) = &previous {
        for i in &mut instances {
            let Some(host) = i.hostname.as_deref() else {
                continue;
            };
            if let Some(before) = p
                .syncs
                .iter()
                .find(|s| ghls_domain::sync_status::same_host(&s.hostname, host))
            {
                i.previous_last_sync = before.last_sync.clone();
                i.synced_since_previous_check = Some(match (&before.last_sync, &i.last_sync) {
                    (Some(then), Some(now)) => now > then,
                    (None, Some(_)) => true,
                    _ => false,
                });
            }
        }
    }
    let needs_attention = u32::try_from(
        instances
            .iter()
            .filter(|i| i.verdict != Verdict::Ok)
            .count(),
    )
    .unwrap_or(u32::MAX);
    // Upload state costs one GraphQL read: only the machine-readable output asks for it.
    let mut uploads_error = None;
    if cx.out.json {
        match cx.app.newest_uploads().await {
            Ok(uploads) => {
                for i in &mut instances {
                    i.newest_upload = i.hostname.as_deref().and_then(|h| {
                        uploads
                            .iter()
                            .find(|u| ghls_domain::sync_status::same_host(&u.host_name, h))
                            .and_then(|u| u.newest.clone())
                    });
                }
            }
            Err(e) => uploads_error = Some(e.report()),
        }
    }
    let (rate_budget, rate_budget_error) = match cx.app.rate_budget().await {
        Ok(b) => (Some(b), None),
        Err(e) => (None, Some(e.report())),
    };
    let result = StatusOut {
        rate_budget,
        rate_budget_error,
        enterprise: cloud.enterprise,
        previous_check_at: previous.map(|p| p.read_at),
        checked_at: to_rfc3339(now),
        max_age_seconds: args.max_age.as_secs(),
        needs_attention,
        instances,
        uploads_error,
    };
    if cx.out.json {
        cx.out.print_json(&result)?;
    } else {
        cx.out.print(&human(cx, &result, args.max_age))?;
    }
    Ok(if needs_attention > 0 {
        Exit::Attention
    } else {
        Exit::Ok
    })
}

fn human(cx: &Context<'_>, s: &StatusOut, max_age: Duration) -> String {
    let out = cx.out;
    let max_age_words = crate::duration::words(max_age);
    let mut text = format!(
        "{}\n",
        msg!(
            "cli-status-title",
            title = out.paint(&t!("cli-status-license-sync"), Paint::Bold),
            enterprise = &s.enterprise,
            max_age = &max_age_words
        )
    );
    if s.instances.is_empty() {
        text.push_str(&format!("{}\n", t!("cli-no-instances")));
        text.push_str(&budget_line(s));
        return text;
    }
    let rows: Vec<Vec<String>> = s
        .instances
        .iter()
        .map(|i| {
            let when = match (&i.last_sync, &i.relative, &i.last_sync_raw) {
                (Some(at), Some(rel), _) => {
                    t!(
                        "cli-last-sync-cell",
                        at = ghls_l10n::Arg::moment(at),
                        ago = rel
                    )
                }
                (_, _, Some(raw)) if !raw.is_empty() => raw.clone(),
                _ => "-".to_owned(),
            };
            let verdict = verdict_words(i.verdict, &max_age_words);
            let paint = match i.verdict {
                Verdict::Ok => Paint::Green,
                Verdict::Failed => Paint::Red,
                _ => Paint::Yellow,
            };
            vec![
                i.id.clone().unwrap_or_else(|| t!("cli-not-configured-id")),
                i.hostname.clone().unwrap_or_default(),
                when,
                out.paint(&verdict, paint),
            ]
        })
        .collect();
    let header = header(&[
        "cli-col-instance",
        "cli-col-host",
        "cli-col-last-sync",
        "cli-col-verdict",
    ]);
    for line in table(&header, &rows) {
        text.push_str(&line);
        text.push('\n');
    }
    for i in &s.instances {
        if let Some(e) = &i.error {
            text.push_str(&format!(
                "{}\n",
                msg!(
                    "cli-github-says",
                    host = i.hostname.as_deref().unwrap_or("?"),
                    error = e
                )
            ));
        }
    }
    if let Some(at) = &s.previous_check_at {
        let said: Vec<String> = s
            .instances
            .iter()
            .filter_map(|i| {
                let name = i.id.clone().or_else(|| i.hostname.clone())?;
                Some(match i.synced_since_previous_check? {
                    true => t!("cli-synced-again", name = name),
                    false => t!("cli-not-synced-again", name = name),
                })
            })
            .collect();
        if !said.is_empty() {
            text.push_str(&format!(
                "{}\n",
                msg!(
                    "cli-since-last-check",
                    at = ghls_l10n::Arg::moment(at),
                    said = said.join("; ")
                )
            ));
        }
    }
    text.push_str(&budget_line(s));
    let n = s.instances.len();
    let last = match s.needs_attention {
        0 => msg!("cli-status-all-synced", total = n, max_age = &max_age_words),
        k => msg!("cli-status-attention", count = k, total = n),
    };
    text.push_str(&format!("{last}\n"));
    text
}

/// "GitHub rate budget: 4870 of 5000 REST requests left (resets 09:16 UTC); GraphQL …".
fn budget_line(s: &StatusOut) -> String {
    let part = |b: &RateBudget, unit: &str| {
        let left = msg!(
            "cli-budget-left",
            unit = unit,
            remaining = b.remaining,
            limit = b.limit
        );
        match b.reset_at.as_deref().and_then(|r| r.get(11..16)) {
            Some(hm) => t!("cli-budget-resets", left = left, time = hm),
            None => left.text(),
        }
    };
    match (&s.rate_budget, &s.rate_budget_error) {
        (Some(b), _) => {
            let mut parts = Vec::new();
            if let Some(core) = &b.core {
                parts.push(part(core, "rest"));
            }
            if let Some(graphql) = &b.graphql {
                parts.push(part(graphql, "graphql"));
            }
            if parts.is_empty() {
                return String::new();
            }
            format!("{}\n", msg!("cli-budget", parts = parts.join("; ")))
        }
        (None, Some(e)) => format!("{}\n", msg!("cli-budget-unknown", error = &e.message)),
        (None, None) => String::new(),
    }
}
