//! Background checks ("Keep checking in the background"): every few hours the app reads the
//! enterprise's license-sync-status with the stored tokens, judges each server instance with
//! the same code as `ghls status` ([`judge`]), and announces only what changed since the last
//! check: an instance became stale, a sync failed, or it recovered. What was told is kept in
//! `monitor.json` (`store.rs`), so nothing is announced twice, across restarts. The shells
//! run [`App::run_monitor`] (the desktop app, when the admin turned it on) or
//! [`App::monitor_check`] once (`ghls monitor`, e.g. from cron).
//!
//! The first check (and the first sight of an instance) tells what is already stale or
//! failed: the admin turned the checks on to hear exactly that. GitHub not answering is not
//! news about an instance; it is reported beside the news and what was told is kept. Each
//! check starts from the file as it is, so the desktop app and `ghls monitor` on the same
//! data folder share what was told.

mod clock;
mod judge;
mod news;
mod store;
mod types;
mod uploads;

pub use clock::{clock_from_env, Clock, FileClock, SystemClock, TEST_CLOCK_ENV};
/// The stop signal of [`App::run_monitor`] (the GitHub client's, re-exported for the shells).
pub use ghls_github::CancellationToken;
pub use judge::{judge, SyncVerdict};
pub(crate) use store::MonitorSession;
pub use store::FILE_NAME as MONITOR_FILE;
pub use types::{
    MonitorCheck, MonitorInstance, MonitorNews, MonitorSettings, MonitorStatus, NewsKind,
    EVERY_HOURS, STALE_DAYS,
};

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ghls_domain::expiry::to_rfc3339;
use ghls_l10n::{msg, Message};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;
use crate::connections::FieldProblem;
use crate::error::{Error, ErrorReport, Result};
use crate::license::{LicenseOverview, Section};
use crate::support::blocking;
use news::Judged;

/// Called with each piece of news the background loop finds (the desktop shell sends an
/// OS notification).
pub type Announce = Arc<dyn Fn(&MonitorNews) + Send + Sync>;

/// The longest single wait of the loop: the wall clock is looked at again after it, so a
/// machine that slept through the due time checks soon after waking.
const LONGEST_WAIT: Duration = Duration::from_secs(60);

impl App {
    /// The monitor's settings (off until the admin turns it on).
    pub fn monitor_settings(&self) -> MonitorSettings {
        let path = self.monitor_path();
        let mut settings = self
            .monitor_session()
            .read(path.as_deref(), |s| s.stored.settings.clone());
        // An instance removed from Connections takes its own threshold with it, so saving
        // the screen again is not refused for an instance the admin no longer sees.
        let configured = self.settings();
        settings
            .per_instance_days
            .retain(|id, _| configured.ghes.iter().any(|g| &g.id == id));
        settings
    }

    /// Checks and saves `next` (atomically, in `monitor.json`); the background loop applies
    /// it at once. Refuses an interval, a threshold or an instance it cannot use, saying
    /// which and what to do.
    pub async fn set_monitor_settings(&self, next: MonitorSettings) -> Result<MonitorSettings> {
        validate(&next, &self.settings())?;
        let session = self.monitor_session();
        let path = self.monitor_path();
        {
            let _order = session.saving.lock().await;
            self.reload_monitor_file(path.as_deref()).await;
            let mut stored = session.read(path.as_deref(), |s| s.stored.clone());
            stored.settings = next.clone();
            if let Some(path) = path.clone() {
                let written = blocking(ghls_l10n::msg!("task-save-monitor"), {
                    let path = path.clone();
                    move || store::save(&path, &stored)
                })
                .await?;
                written.map_err(|e| Error::SettingsWrite {
                    path,
                    detail: e.to_string(),
                })?;
            }
            session.update(path.as_deref(), |s| s.stored.settings = next.clone());
        }
        session.changed.notify_waiters();
        Ok(next)
    }

    /// One check at `now`: reads license-sync-status (the License screen's read) and the
    /// newest upload of each instance (GraphQL; `uploads.rs`) with the stored tokens, judges
    /// each instance against its threshold, and returns what changed
    /// since the last check (never the same news twice). The state is saved, and a check
    /// with news is recorded in Activity. GitHub not answering is not news: it is in
    /// [`MonitorCheck::error`] and what was told is kept.
    pub async fn monitor_check(&self, now: OffsetDateTime) -> Result<MonitorCheck> {
        let session = self.monitor_session();
        let _one = session.checking.lock().await;
        let now = now.replace_nanosecond(0).unwrap_or(now);
        let checked_at = to_rfc3339(now);
        let settings = self.monitor_settings();
        let overview = self.license_overview().await;
        let path = self.monitor_path();

        let (enterprise, mut judged) = match judged_from(&overview, &settings, now) {
            Ok(found) => found,
            Err(error) => {
                let error = self.advise(error);
                tracing::warn!(kind = %error.kind, "background check: GitHub not read");
                let _order = session.saving.lock().await;
                self.reload_monitor_file(path.as_deref()).await;
                let stored = session.update(path.as_deref(), |s| {
                    s.last_error = Some(error.clone());
                    s.stored.last_attempt = Some(checked_at.clone());
                    s.stored.clone()
                });
                let save_error = self.save_monitor(path, stored).await;
                return Ok(MonitorCheck {
                    checked_at,
                    news: Vec::new(),
                    instances: Vec::new(),
                    error: Some(error),
                    uploads_error: None,
                    save_error,
                });
            }
        };

        // The upload record may know of an upload license-sync-status does not show; not
        // reading it (a token without GraphQL access, GitHub failing) leaves the verdicts as
        // license-sync-status has them and is said, not fatal.
        let uploads_error = match self.newest_uploads().await {
            Ok(list) => {
                uploads::apply(&mut judged, &list, now);
                None
            }
            Err(e) => {
                let report = self.advise(e.report());
                tracing::info!(kind = %report.kind, "background check: upload record not read");
                Some(report)
            }
        };
        let instances: Vec<MonitorInstance> = judged.iter().map(|j| j.instance.clone()).collect();
        let (news, save_error) = {
            let _order = session.saving.lock().await;
            self.reload_monitor_file(path.as_deref()).await;
            let (news, stored) = session.update(path.as_deref(), |s| {
                let (news, told) = news::diff(&s.stored.told, &judged, now);
                s.stored.told = told;
                s.stored.instances = instances.clone();
                s.stored.last_check = Some(checked_at.clone());
                s.stored.last_attempt = Some(checked_at.clone());
                s.last_error = None;
                (news, s.stored.clone())
            });
            (news, self.save_monitor(path, stored).await)
        };
        if !news.is_empty() {
            self.record(activity_of(&enterprise, &news)).await;
        }
        Ok(MonitorCheck {
            checked_at,
            news,
            instances,
            error: None,
            uploads_error,
            save_error,
        })
    }

    /// The last check, each instance's verdict then, and when the loop checks next.
    pub fn monitor_status(&self) -> MonitorStatus {
        let path = self.monitor_path();
        let state = self.monitor_session().read(path.as_deref(), |s| s.clone());
        let settings = self.monitor_settings();
        let next_due = settings.enabled.then(|| {
            to_rfc3339(next_due(
                state.stored.last_attempt.as_deref(),
                &settings,
                OffsetDateTime::now_utc(),
            ))
        });
        MonitorStatus {
            settings,
            last_check: state.stored.last_check,
            last_error: state.last_error,
            next_due,
            instances: state.stored.instances,
        }
    }

    /// The background loop: checks when due (every `every_hours` after the last check, at
    /// once when there was none), calls `announce` with each piece of news, and ends when
    /// `stop` is cancelled. The settings are read again each round, and a change wakes it,
    /// so it applies without a restart; while they say off it checks nothing.
    pub async fn run_monitor(
        self: Arc<Self>,
        clock: Arc<dyn Clock>,
        announce: Announce,
        stop: CancellationToken,
    ) {
        let session = self.monitor_session();
        loop {
            if stop.is_cancelled() {
                return;
            }
            // Listening before the settings are read: a change made meanwhile still wakes us.
            let changed = session.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let settings = self.monitor_settings();
            if !settings.enabled {
                tokio::select! {
                    () = stop.cancelled() => return,
                    () = &mut changed => continue,
                }
            }
            let now = clock.now();
            let last = session.read(self.monitor_path().as_deref(), |s| {
                s.stored.last_attempt.clone()
            });
            let due = next_due(last.as_deref(), &settings, now);
            if now >= due {
                let check = tokio::select! {
                    () = stop.cancelled() => return,
                    check = self.monitor_check(now) => check,
                };
                match check {
                    Ok(check) => {
                        for n in &check.news {
                            announce(n);
                        }
                    }
                    Err(e) => {
                        // Nothing was recorded, so it would be due again at once: pause.
                        tracing::warn!(error = %e, "background check failed");
                        tokio::select! {
                            () = stop.cancelled() => return,
                            () = clock.sleep(LONGEST_WAIT) => {}
                        }
                    }
                }
                continue;
            }
            let wait = Duration::try_from(due - now)
                .unwrap_or(LONGEST_WAIT)
                .min(LONGEST_WAIT);
            tokio::select! {
                () = stop.cancelled() => return,
                () = &mut changed => {}
                () = clock.sleep(wait) => {}
            }
        }
    }

    /// `monitor.json` beside the Activity record; `None` (memory only) when the Activity
    /// lives in memory, as in the demo.
    fn monitor_path(&self) -> Option<PathBuf> {
        store::file_beside(self.activity_log().path())
    }

    /// Starts from the file as it is now: another process (`ghls monitor` from cron beside
    /// the desktop app, or the other way round) may have checked and told since.
    async fn reload_monitor_file(&self, path: Option<&std::path::Path>) {
        let Some(path) = path.map(std::path::Path::to_path_buf) else {
            return;
        };
        let read = blocking(ghls_l10n::msg!("task-read-monitor"), {
            let path = path.clone();
            move || store::read_file(&path)
        })
        .await;
        if let Ok(Some(stored)) = read {
            self.monitor_session()
                .update(Some(&path), |s| s.stored = stored);
        }
    }

    /// Saves `stored`; a failure is returned as the report to show, never fatal: the check
    /// it records already happened.
    async fn save_monitor(
        &self,
        path: Option<PathBuf>,
        stored: store::Stored,
    ) -> Option<ErrorReport> {
        let path = path?;
        let detail = match blocking(ghls_l10n::msg!("task-save-monitor"), {
            let path = path.clone();
            move || store::save(&path, &stored)
        })
        .await
        {
            Ok(Ok(())) => return None,
            Ok(Err(e)) => e.to_string(),
            Err(e) => e.to_string(),
        };
        tracing::warn!(path = %path.display(), error = %detail, "background checks: state not saved");
        Some(
            Error::SettingsWrite { path, detail }
                .report()
                .with_fix(&ghls_l10n::t!("notice-state-not-saved-fix")),
        )
    }
}

/// When the next check is due: `every_hours` after the last one, now when there was none.
fn next_due(
    last_attempt: Option<&str>,
    settings: &MonitorSettings,
    now: OffsetDateTime,
) -> OffsetDateTime {
    last_attempt
        .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
        .map_or(now, |t| {
            t + time::Duration::hours(i64::from(settings.every_hours.max(1)))
        })
}

/// Every instance the License screen shows in its license sync part, judged at `now`: the
/// ones GitHub lists, and the configured ones it does not (never synced).
fn judged_from(
    overview: &LicenseOverview,
    settings: &MonitorSettings,
    now: OffsetDateTime,
) -> std::result::Result<(String, Vec<Judged>), ErrorReport> {
    let not_configured = || {
        Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        }
        .report()
    };
    let cloud = match &overview.cloud {
        Section::Loaded { data } => data,
        Section::Failed { error } => return Err(error.clone()),
        Section::NotConfigured { .. } => return Err(not_configured()),
    };
    let listed = match &cloud.instances {
        Section::Loaded { data } => data,
        Section::Failed { error } => return Err(error.clone()),
        Section::NotConfigured { .. } => return Err(not_configured()),
    };
    let one = |id: Option<String>, hostname: String, view: Option<&ghls_domain::SyncView>| {
        let days = settings.days_for(id.as_deref());
        let at = view.and_then(|v| v.last_sync.as_ref()).and_then(|d| d.at);
        Judged {
            instance: MonitorInstance {
                verdict: judge(view, now, judge::days(days)),
                instance_id: id,
                hostname,
                last_sync: at.map(to_rfc3339),
                stale_after_days: days,
                github_error: view.and_then(|v| v.error.clone()),
            },
            last_sync_at: at,
        }
    };
    let mut judged: Vec<Judged> = listed
        .iter()
        .map(|i| {
            let hostname = i
                .sync
                .hostname
                .clone()
                .or_else(|| {
                    i.sync
                        .server_id
                        .as_ref()
                        .map(|s| ghls_l10n::t!("notice-server-id", id = s))
                })
                .unwrap_or_else(|| ghls_l10n::t!("notice-no-host-name"));
            one(i.configured_id.clone(), hostname, Some(&i.sync))
        })
        .collect();
    for s in &overview.servers {
        if matches!(s.sync, Section::Loaded { data: None }) {
            judged.push(one(Some(s.id.clone()), s.hostname.clone(), None));
        }
    }
    Ok((cloud.enterprise.clone(), judged))
}

/// The Activity entry of a check with news: one line per change.
fn activity_of(enterprise: &str, news: &[MonitorNews]) -> Activity {
    let bad = news.iter().any(|n| n.kind != NewsKind::Recovered);
    let titles: Vec<&str> = news.iter().map(|n| n.title.as_str()).collect();
    let details: Vec<String> = news
        .iter()
        .map(|n| format!("{}: {}", n.title, n.body))
        .collect();
    Activity::new(
        ActivityKind::BackgroundCheck,
        enterprise,
        if bad { Outcome::Failed } else { Outcome::Ok },
        ghls_l10n::t!("entry-background-check", titles = titles.join("; ")),
        details.join("\n"),
    )
}

/// Refuses settings the loop cannot use, each problem with what to do.
fn validate(s: &MonitorSettings, settings: &crate::connections::Settings) -> Result<()> {
    let mut problems = Vec::new();
    let mut problem = |field: String, label: Message, message: Message, fix: Message| {
        problems.push(FieldProblem {
            field,
            label: label.text(),
            message: message.text(),
            fix: fix.text(),
        });
    };
    if !EVERY_HOURS.contains(&s.every_hours) {
        problem(
            "every_hours".into(),
            msg!("notice-setting-every-hours"),
            msg!("notice-setting-every-hours-invalid", hours = s.every_hours),
            msg!("notice-setting-every-hours-fix"),
        );
    }
    if !STALE_DAYS.contains(&s.stale_after_days) {
        problem(
            "stale_after_days".into(),
            msg!("notice-setting-stale-days"),
            msg!(
                "notice-setting-stale-days-invalid",
                days = s.stale_after_days
            ),
            msg!("notice-setting-stale-days-fix"),
        );
    }
    for (id, days) in &s.per_instance_days {
        if !settings.ghes.iter().any(|g| &g.id == id) {
            problem(
                format!("per_instance_days.{id}"),
                msg!("notice-setting-instance-days"),
                msg!("notice-setting-instance-unknown", id = id),
                msg!("notice-setting-instance-unknown-fix"),
            );
        } else if !STALE_DAYS.contains(days) {
            problem(
                format!("per_instance_days.{id}"),
                msg!("notice-setting-instance-days"),
                msg!(
                    "notice-setting-instance-days-invalid",
                    days = *days,
                    id = id
                ),
                msg!("notice-setting-instance-days-fix"),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidMonitorSettings { problems })
    }
}
