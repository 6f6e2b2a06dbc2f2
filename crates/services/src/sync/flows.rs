//! The flows: Add server usage, Sync now, Enable automatic license sync and Keep watching.
//! Each registers its watch, reads the baseline, hands off, watches until GitHub shows
//! the result, and records it (`run_flow`).

use std::path::PathBuf;

use ghls_domain::expiry::{parse_github_time, to_rfc3339};
use ghls_domain::usage_file::{UsageReview, UsageVerdict};
use ghls_domain::ServerSync;
use ghls_l10n::msg;
use time::OffsetDateTime;

use super::confirm_watch::{self, InstanceRef, WatchEvent, WatchSpec};
use super::handoff::{self, HandOffRequest};
use super::session::{Ended, Target, WatchKind};
use super::upload_record;
use crate::activity::{Activity, Outcome};
use crate::app::App;
use crate::connections::{GhecSettings, GhesSettings};
use crate::error::{Error, Result};
use crate::support::{blocking, lock};

/// What the flow is: the target, the page and what to prepare.
pub(super) struct Plan {
    pub(super) target: Target,
    pub(super) kind: WatchKind,
    /// `None` for Keep watching.
    pub(super) handoff: Option<HandOffRequest>,
    pub(super) notes: Vec<String>,
    /// Copyable details for the activity (file hash, server ID, …).
    pub(super) details: String,
    /// Keep watching: the original T.
    pub(super) since: Option<OffsetDateTime>,
}

pub(super) type Emit<'a> = &'a (dyn Fn(WatchEvent) + Send + Sync);

impl App {
    fn configured_target(&self, g: &GhesSettings) -> Target {
        let server_id = self.server_id_of(&g.id);
        Target {
            key: g.id.clone(),
            name: g.hostname.clone(),
            instance: InstanceRef {
                server_id,
                hostname: g.hostname.clone(),
            },
        }
    }

    /// Add server usage: checks the file again (anything not accepted is refused), opens
    /// GHEC's licensing page with the file shown in the file manager and its path on the
    /// clipboard, then watches the export's instance until GitHub shows the upload.
    pub async fn start_upload(
        &self,
        path: PathBuf,
        on_event: impl Fn(WatchEvent) + Send + Sync,
    ) -> Result<WatchEvent> {
        let review = match self.inspect_usage_file(path.clone()).await {
            UsageVerdict::Accepted(review) => review,
            UsageVerdict::Refused(r) => {
                return Err(Error::UsageFileRefused {
                    file: path.display().to_string(),
                    reason: r.message().to_owned(),
                    fix: r.fix().to_owned(),
                })
            }
        };
        let plan = self.upload_plan(path, &review)?;
        self.run_flow(plan, &on_event).await
    }

    fn upload_plan(&self, path: PathBuf, review: &UsageReview) -> Result<Plan> {
        let e = &review.export;
        let ghec = self.settings().ghec.ok_or(Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        })?;
        let url = handoff::ghec_license_page(&ghec).ok_or_else(|| Error::NoWebAddress {
            target: ghls_l10n::t!("svc-enterprise", slug = &ghec.enterprise),
        })?;
        let key = self
            .configured_id_of(&e.server_id, &e.host_name)
            .unwrap_or_else(|| e.host_name.to_ascii_lowercase());
        let mut notes = vec![handoff::steps::upload(&path).text()];
        notes.push(
            handoff::menu_note_message(&url, handoff::ghec_license_menu_message(&ghec)).text(),
        );
        notes.extend(review.warnings.iter().map(|w| w.message().to_owned()));
        Ok(Plan {
            target: Target {
                key,
                name: e.host_name.clone(),
                instance: InstanceRef {
                    server_id: Some(e.server_id.clone()).filter(|s| !s.trim().is_empty()),
                    hostname: e.host_name.clone(),
                },
            },
            kind: WatchKind::AddServerUsage,
            details: msg!(
                "entry-details-upload",
                path = path.display().to_string(),
                sha256 = &e.sha256,
                server_id = &e.server_id,
                version = &e.version
            )
            .text(),
            handoff: Some(HandOffRequest {
                url,
                how: self.handoff_setting(),
                file: Some(path),
            }),
            notes,
            since: None,
        })
    }

    /// Sync now: opens the instance's GHES License page (where "Sync now" is), then watches
    /// license-sync-status until GitHub shows a sync after the hand-off.
    pub async fn sync_now(
        &self,
        instance: &str,
        on_event: impl Fn(WatchEvent) + Send + Sync,
    ) -> Result<WatchEvent> {
        self.ghes_page_flow(instance, WatchKind::SyncNow, &on_event, |g| {
            let mut notes = vec![handoff::steps::sync_now().text()];
            if !lock(&self.sync_session().connect_on).contains_key(&g.id) {
                notes.push(handoff::steps::connect_not_known(&g.hostname).text());
            }
            let url = handoff::ghes_license_page(g);
            notes
                .push(handoff::menu_note_message(&url, handoff::steps::ghes_license_menu()).text());
            (url, notes)
        })
        .await
    }

    /// Enable automatic license sync: opens the instance's GitHub Connect settings, then
    /// waits for its first successful license-sync-status entry after the hand-off. Until
    /// then, automatic sync is "not confirmed".
    pub async fn enable_license_sync(
        &self,
        instance: &str,
        on_event: impl Fn(WatchEvent) + Send + Sync,
    ) -> Result<WatchEvent> {
        self.ghes_page_flow(instance, WatchKind::EnableLicenseSync, &on_event, |g| {
            let url = handoff::ghes_connect_page(g);
            let menu = handoff::menu_note_message(&url, handoff::steps::ghes_connect_menu()).text();
            let notes = vec![handoff::steps::enable_license_sync().text(), menu];
            (url, notes)
        })
        .await
    }

    /// The flow that opens one of the GHES instance's pages and watches for its sync:
    /// `page` gives the page's address and what to do there.
    async fn ghes_page_flow(
        &self,
        instance: &str,
        kind: WatchKind,
        emit: Emit<'_>,
        page: impl FnOnce(&GhesSettings) -> (String, Vec<String>),
    ) -> Result<WatchEvent> {
        let g = self.ghes_settings(instance)?;
        self.require_ghec()?;
        let (url, notes) = page(&g);
        let plan = Plan {
            target: self.configured_target(&g),
            kind,
            details: msg!(
                "entry-details-instance",
                name = g.display_name(),
                host = &g.hostname
            )
            .text(),
            handoff: Some(HandOffRequest {
                url,
                how: self.handoff_setting(),
                file: None,
            }),
            notes,
            since: None,
        };
        self.run_flow(plan, emit).await
    }

    /// Keep watching: a new watch for `instance` with the same hand-off time `since` (RFC
    /// 3339, from `timed_out.since` or `handed_off.at`). Opens nothing.
    pub async fn keep_watching(
        &self,
        instance: &str,
        since: &str,
        on_event: impl Fn(WatchEvent) + Send + Sync,
    ) -> Result<WatchEvent> {
        let at = parse_github_time(since).ok_or_else(|| Error::InvalidArgument {
            what: ghls_l10n::msg!("svc-arg-handoff-time"),
            value: since.to_owned(),
            detail: ghls_l10n::msg!("svc-arg-handoff-time-detail"),
        })?;
        self.require_ghec()?;
        let ended = lock(&self.sync_session().ended).get(instance).cloned();
        let (target, kind) = match (ended, self.ghes_settings(instance)) {
            (Some(e), _) => (e.target, e.kind),
            (None, Ok(g)) => (self.configured_target(&g), WatchKind::SyncNow),
            (None, Err(err)) => return Err(err),
        };
        let plan = Plan {
            target,
            kind,
            handoff: None,
            notes: Vec::new(),
            details: msg!("entry-details-keep-watching", since = since).text(),
            since: Some(at),
        };
        self.run_flow(plan, &on_event).await
    }

    pub(super) fn require_ghec(&self) -> Result<GhecSettings> {
        self.settings().ghec.ok_or(Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        })
    }

    /// Registers the watch, reads the baseline, hands off, watches, records.
    pub(super) async fn run_flow(&self, plan: Plan, emit: Emit<'_>) -> Result<WatchEvent> {
        let ghec = self.require_ghec()?;
        let registration = self.sync_session().register(&plan.target, plan.kind)?;
        let client = self.ghec_client(&ghec).await?;
        let target = &plan.target;

        // The baseline: the instance's entry and the consumed total before the hand-off
        // (Keep watching with the same T reuses the original one).
        let kept = plan.since.and_then(|since| {
            lock(&self.sync_session().ended)
                .get(&target.key)
                .filter(|e| e.since == since)
                .map(|e| (e.baseline.clone(), e.consumed_before, e.uploads.clone()))
        });
        let (baseline, consumed_before, uploads) = match kept {
            Some(k) => k,
            None => {
                let list = client.license_sync_status().await?.value;
                let entry = target.instance.find(&list).cloned();
                let consumed = confirm_watch::consumed_total(&client).await;
                let uploads = upload_record::upload_baseline(
                    &client,
                    &target.instance.hostname,
                    &registration.token(),
                )
                .await;
                (entry, consumed, uploads)
            }
        };
        self.learn_connect_from_status(&target.key, baseline.as_ref());

        let since = plan.since.unwrap_or_else(OffsetDateTime::now_utc);
        registration.update(|r| r.since = Some(since));
        let send = |e: WatchEvent| {
            registration.update(|r| r.last = Some(e.clone()));
            emit(e);
        };

        if let Some(request) = plan.handoff.clone() {
            let handoff = self.sync_session().handoff();
            let req = request.clone();
            let done = blocking(ghls_l10n::msg!("task-handoff"), move || {
                handoff::perform(handoff.as_ref(), &req)
            })
            .await?;
            let mut notes = done.notes;
            notes.extend(plan.notes.iter().cloned());
            self.record(Activity::new(
                plan.kind.activity(),
                &target.name,
                Outcome::Info,
                msg!(
                    "entry-handed-off",
                    flow = plan.kind.words(),
                    url = &request.url,
                    how = request.how.wire(),
                    name = &target.name
                )
                .text(),
                format!(
                    "{}\n{}\n{}",
                    plan.details,
                    msg!("entry-details-handed-off-at", at = to_rfc3339(since)).text(),
                    notes.join("\n")
                ),
            ))
            .await;
            send(WatchEvent::HandedOff {
                url: request.url,
                opened_in: request.how,
                file_path: request.file.map(|f| f.display().to_string()),
                at: to_rfc3339(since),
                notes,
            });
        }
        send(WatchEvent::Waiting {
            elapsed_ms: u64::try_from((OffsetDateTime::now_utc() - since).whole_milliseconds())
                .unwrap_or(0),
            polls: 0,
            last_seen: baseline
                .as_ref()
                .map(|s| Box::new(ghls_domain::SyncView::new(s, OffsetDateTime::now_utc()))),
            poll_error: None,
            note: uploads.off.clone(),
        });

        let spec = WatchSpec {
            instance: target.instance.clone(),
            name: target.name.clone(),
            since,
            baseline: baseline.clone(),
            uploads: uploads.clone(),
            consumed_before,
            config: self.sync_session().config(),
        };
        let end = confirm_watch::watch(&client, &spec, &registration.token(), &send).await;

        lock(&self.sync_session().ended).insert(
            target.key.clone(),
            Ended {
                target: target.clone(),
                kind: plan.kind,
                since,
                baseline,
                consumed_before,
                uploads,
            },
        );
        if matches!(end, WatchEvent::Confirmed { .. })
            && matches!(plan.kind, WatchKind::SyncNow | WatchKind::EnableLicenseSync)
        {
            lock(&self.sync_session().connect_on).insert(
                target.key.clone(),
                format!(
                    "GitHub confirmed a {} in this session",
                    plan.kind.words().in_lang(ghls_l10n::Lang::En)
                ),
            );
        }
        self.record(end_activity(plan.kind, &target.name, &end, &plan.details))
            .await;
        self.notify_end(plan.kind, &target.name, &end).await;
        send(end.clone());
        drop(registration);
        Ok(end)
    }

    fn learn_connect_from_status(&self, key: &str, entry: Option<&ServerSync>) {
        let says_connect = entry
            .and_then(|s| s.last_sync.as_ref())
            .and_then(|l| l.status.as_deref())
            .is_some_and(|s| s.to_ascii_lowercase().contains("connect"));
        if says_connect && self.ghes_settings(key).is_ok() {
            lock(&self.sync_session().connect_on)
                .entry(key.to_owned())
                .or_insert_with(|| "license-sync-status shows a GitHub Connect sync".to_owned());
        }
    }

    async fn notify_end(&self, kind: WatchKind, name: &str, end: &WatchEvent) {
        let title = |state: &str| msg!("notice-watch-title", flow = kind.words(), state = state);
        let (title, body) = match end {
            WatchEvent::Confirmed { summary, .. } => (title("confirmed").text(), summary.clone()),
            WatchEvent::Failed { message, .. } => (title("failed").text(), message.clone()),
            WatchEvent::TimedOut { .. } => (
                title("timed_out").text(),
                msg!("notice-watch-timed-out", name = name).text(),
            ),
            _ => return,
        };
        let handoff = self.sync_session().handoff();
        let done = tokio::task::spawn_blocking(move || handoff.notify(&title, &body)).await;
        if let Ok(Err(e)) = done {
            tracing::info!(error = %e, "no notification shown");
        }
    }
}

fn end_activity(kind: WatchKind, name: &str, end: &WatchEvent, details: &str) -> Activity {
    let (outcome, summary, extra) = match end {
        WatchEvent::Confirmed { summary, .. } => (Outcome::Ok, summary.clone(), String::new()),
        WatchEvent::Failed {
            message,
            github_error,
            fix,
            ..
        } => (
            Outcome::Failed,
            message.clone(),
            format!(
                "{}{}",
                github_error
                    .as_deref()
                    .map(|g| format!("\n{}", msg!("entry-details-github", text = g)))
                    .unwrap_or_default(),
                fix.as_deref()
                    .map(|f| format!("\n{}", msg!("entry-details-fix", fix = f)))
                    .unwrap_or_default()
            ),
        ),
        WatchEvent::TimedOut { elapsed_ms, since } => (
            Outcome::Failed,
            msg!(
                "entry-timed-out",
                flow = kind.words(),
                name = name,
                since = ghls_l10n::Arg::moment(since)
            )
            .text(),
            format!(
                "\n{}",
                msg!("entry-details-waited", seconds = elapsed_ms / 1000)
            ),
        ),
        WatchEvent::Cancelled => (
            Outcome::Info,
            msg!("entry-cancelled", flow = kind.words(), name = name).text(),
            String::new(),
        ),
        other => (Outcome::Info, format!("{other:?}"), String::new()),
    };
    Activity::new(
        kind.activity(),
        name,
        outcome,
        summary,
        format!("{details}{extra}"),
    )
}
