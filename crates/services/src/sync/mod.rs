//! The sync flows: Add server usage, Sync now, Enable automatic license sync, One-click sync,
//! and Keep watching. Each is a hand-off ([`crate::handoff`]) followed by a confirmation
//! watch ([`crate::confirm_watch`]), recorded in the activity ([`crate::activity`]).
//!
//! One watch per instance at a time: a second start for the same instance is refused
//! (a double click never starts two uploads), and [`App::watches`] lists the running ones
//! for a screen that comes back to them.
//!
//! What is known about GitHub Connect license sync on an instance comes only from this
//! session: an export that lists `license_usage_sync` (a hint, github-api.md §2.4), a
//! license-sync-status entry whose status names GitHub Connect, or a Sync now / Enable that
//! GitHub confirmed. Nothing says it is *off* for sure, so Sync now is never refused on that
//! ground; when it is not known to be on, the hand-off says so.
//!
//! IPC contract (commands in `src-tauri/src/commands/sync.rs`): `start_upload { path,
//! onProgress }`, `sync_now { instance, onProgress }`, `enable_license_sync { instance,
//! onProgress }`, `keep_watching { instance, since, onProgress }` stream [`WatchEvent`]s and
//! return the final one; `one_click_sync { onProgress }` streams [`OneClickEvent`]s and
//! returns a [`OneClickResult`]; `cancel_watch { instance }` returns whether one was
//! running; `watches()` returns [`WatchInfo`]s; `handoff_setting()` / `set_handoff_setting
//! { how }` read and change [`OpenIn`]. Refusals are `ErrorReport`s (`watch_running`,
//! `usage_file_refused`, `unknown_instance`, `not_configured`, `no_web_address`, GitHub's
//! own kinds when GHEC cannot be read at the start).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Instant;

use ghls_domain::expiry::{parse_github_time, to_rfc3339};
use ghls_domain::sync_status::same_host;
use ghls_domain::usage_file::{UsageReview, UsageVerdict};
use ghls_domain::ServerSync;
use ghls_github::CancellationToken;
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::{App, Mode};
use crate::confirm_watch::{self, InstanceRef, WatchConfig, WatchEvent, WatchSpec};
use crate::error::{Error, ErrorReport, Result};
use crate::handoff::{self, HandOff, HandOffRequest, NoDesktop, OpenIn, RecordingHandOff};
use crate::settings::GhesSettings;

/// Which flow a watch belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WatchKind {
    AddServerUsage,
    SyncNow,
    EnableLicenseSync,
}

impl WatchKind {
    fn activity(self) -> ActivityKind {
        match self {
            Self::AddServerUsage => ActivityKind::AddServerUsage,
            Self::SyncNow => ActivityKind::SyncNow,
            Self::EnableLicenseSync => ActivityKind::EnableLicenseSync,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Self::AddServerUsage => "Add server usage",
            Self::SyncNow => "Sync now",
            Self::EnableLicenseSync => "Enable license sync",
        }
    }
}

/// A running watch, for `watches()`.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WatchInfo {
    /// The configured instance's id (or, for an upload of an instance not configured here,
    /// the export's host name): what `cancel_watch` and `keep_watching` take.
    pub instance: String,
    pub name: String,
    pub kind: WatchKind,
    /// The hand-off time T (RFC 3339); empty until the hand-off.
    pub since: String,
    pub started_at: String,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
    /// The latest event.
    pub last: Option<WatchEvent>,
}

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

/// A usage export accepted in this session.
#[derive(Debug, Clone)]
struct SessionExport {
    path: PathBuf,
    license_usage_sync_hint: bool,
}

/// A watch that ended: what Keep watching needs to continue it with the same T.
#[derive(Debug, Clone)]
struct Ended {
    target: Target,
    kind: WatchKind,
    since: OffsetDateTime,
    baseline: Option<ServerSync>,
    consumed_before: Option<i64>,
}

#[derive(Debug)]
struct Running {
    serial: u64,
    name: String,
    kind: WatchKind,
    since: Option<OffsetDateTime>,
    started: Instant,
    started_at: OffsetDateTime,
    cancel: CancellationToken,
    last: Option<WatchEvent>,
}

/// The flows' state in this session.
#[derive(Debug)]
pub(crate) struct SyncSession {
    handoff: RwLock<Arc<dyn HandOff>>,
    config: RwLock<WatchConfig>,
    running: Mutex<HashMap<String, Running>>,
    serial: std::sync::atomic::AtomicU64,
    ended: Mutex<HashMap<String, Ended>>,
    /// By configured instance id.
    exports: Mutex<HashMap<String, SessionExport>>,
    /// By configured instance id: why Connect license sync is believed on.
    connect_on: Mutex<HashMap<String, String>>,
}

impl Default for SyncSession {
    fn default() -> Self {
        let handoff: Arc<dyn HandOff> = match RecordingHandOff::from_env() {
            Some(r) => Arc::new(r),
            None => Arc::new(NoDesktop),
        };
        Self {
            handoff: RwLock::new(handoff),
            config: RwLock::default(),
            running: Mutex::default(),
            serial: std::sync::atomic::AtomicU64::new(0),
            ended: Mutex::default(),
            exports: Mutex::default(),
            connect_on: Mutex::default(),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Who a flow is about.
#[derive(Debug, Clone)]
struct Target {
    key: String,
    name: String,
    instance: InstanceRef,
}

/// Removes its watch from the running ones when the flow ends, however it ends.
struct Registration<'a> {
    session: &'a SyncSession,
    key: String,
    serial: u64,
    cancel: CancellationToken,
}

impl Registration<'_> {
    fn update(&self, f: impl FnOnce(&mut Running)) {
        if let Some(r) = lock(&self.session.running)
            .get_mut(&self.key)
            .filter(|r| r.serial == self.serial)
        {
            f(r);
        }
    }
}

impl Drop for Registration<'_> {
    fn drop(&mut self) {
        let mut running = lock(&self.session.running);
        if running
            .get(&self.key)
            .is_some_and(|r| r.serial == self.serial)
        {
            running.remove(&self.key);
        }
    }
}

impl SyncSession {
    fn register(&self, target: &Target, kind: WatchKind) -> Result<Registration<'_>> {
        let mut running = lock(&self.running);
        if let Some(r) = running.get(&target.key) {
            return Err(Error::WatchRunning {
                target: r.name.clone(),
                started_ago: seconds_words(r.started.elapsed().as_secs()),
            });
        }
        let serial = self
            .serial
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let cancel = CancellationToken::new();
        running.insert(
            target.key.clone(),
            Running {
                serial,
                name: target.name.clone(),
                kind,
                since: None,
                started: Instant::now(),
                started_at: OffsetDateTime::now_utc(),
                cancel: cancel.clone(),
                last: None,
            },
        );
        Ok(Registration {
            session: self,
            key: target.key.clone(),
            serial,
            cancel,
        })
    }

    fn handoff(&self) -> Arc<dyn HandOff> {
        self.handoff
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn config(&self) -> WatchConfig {
        *self.config.read().unwrap_or_else(PoisonError::into_inner)
    }
}

/// "12 s", "3 min", "1 h 5 min".
fn seconds_words(s: u64) -> String {
    match s {
        0..=59 => format!("{s} s"),
        60..=3599 => format!("{} min", s / 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

/// What the flow is: the target, the page and what to prepare.
struct Plan {
    target: Target,
    kind: WatchKind,
    /// `None` for Keep watching.
    handoff: Option<HandOffRequest>,
    notes: Vec<String>,
    /// Copyable details for the activity (file hash, server ID, …).
    details: String,
    /// Keep watching: the original T.
    since: Option<OffsetDateTime>,
}

type Emit<'a> = &'a (dyn Fn(WatchEvent) + Send + Sync);

impl App {
    /// Replaces what performs hand-offs (the desktop shell installs its own).
    pub fn set_hand_off(&self, handoff: Arc<dyn HandOff>) {
        *self
            .sync
            .handoff
            .write()
            .unwrap_or_else(PoisonError::into_inner) = handoff;
    }

    /// Replaces how watches poll (tests poll every few milliseconds).
    pub fn with_watch_config(self, config: WatchConfig) -> Self {
        self.set_watch_config(config);
        self
    }

    /// See [`App::with_watch_config`].
    pub fn set_watch_config(&self, config: WatchConfig) {
        *self
            .sync
            .config
            .write()
            .unwrap_or_else(PoisonError::into_inner) = config;
    }

    /// Where hand-offs open GitHub's pages.
    pub fn handoff_setting(&self) -> OpenIn {
        self.settings().handoff
    }

    /// Changes where hand-offs open GitHub's pages, and saves it (the demo: memory only).
    pub async fn set_handoff_setting(&self, how: OpenIn) -> Result<OpenIn> {
        let _one_at_a_time = self.connections_lock.lock().await;
        let mut next = self.settings();
        next.handoff = how;
        if self.mode() == Mode::Normal {
            let store = self.store.clone().ok_or(Error::SettingsReadOnly)?;
            let to_save = next.clone();
            tokio::task::spawn_blocking(move || store.save(&to_save))
                .await
                .map_err(|e| Error::Task {
                    what: "Saving the settings",
                    detail: e.to_string(),
                })??;
        }
        *self
            .settings
            .write()
            .unwrap_or_else(PoisonError::into_inner) = next;
        Ok(how)
    }

    /// The watches running now.
    pub fn watches(&self) -> Vec<WatchInfo> {
        let running = lock(&self.sync.running);
        let mut out: Vec<WatchInfo> = running
            .iter()
            .map(|(key, r)| WatchInfo {
                instance: key.clone(),
                name: r.name.clone(),
                kind: r.kind,
                since: r.since.map(to_rfc3339).unwrap_or_default(),
                started_at: to_rfc3339(r.started_at),
                elapsed_ms: u64::try_from(r.started.elapsed().as_millis()).unwrap_or(u64::MAX),
                last: r.last.clone(),
            })
            .collect();
        out.sort_by(|a, b| a.started_at.cmp(&b.started_at));
        out
    }

    /// Cancels the watch of `instance`; false when none runs.
    pub fn cancel_watch(&self, instance: &str) -> bool {
        match lock(&self.sync.running).get(instance) {
            Some(r) => {
                r.cancel.cancel();
                true
            }
            None => false,
        }
    }

    /// Remembers an accepted export (for One-click sync) and records the check. Called by
    /// [`App::inspect_usage_file`].
    pub(crate) async fn note_usage_file(&self, path: &std::path::Path, verdict: &UsageVerdict) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let activity = match verdict {
            UsageVerdict::Accepted(review) => {
                let e = &review.export;
                if let Some(id) = self.configured_id_of(&e.server_id, &e.host_name) {
                    lock(&self.sync.exports).insert(
                        id.clone(),
                        SessionExport {
                            path: path.to_path_buf(),
                            license_usage_sync_hint: e.license_usage_sync_hint,
                        },
                    );
                    if e.license_usage_sync_hint {
                        lock(&self.sync.connect_on).entry(id).or_insert_with(|| {
                            "its usage export lists license_usage_sync".to_owned()
                        });
                    }
                }
                Activity::new(
                    ActivityKind::UsageFileCheck,
                    &file,
                    Outcome::Ok,
                    format!(
                        "{file} is a license-usage export of {} (GHES {}).",
                        e.host_name, e.version
                    ),
                    format!(
                        "path: {}\nserver ID: {}\nSHA-256: {}\nsize: {} bytes{}",
                        path.display(),
                        e.server_id,
                        e.sha256,
                        e.file_size,
                        review
                            .warnings
                            .iter()
                            .map(|w| format!("\nwarning: {}", w.message()))
                            .collect::<String>()
                    ),
                )
            }
            UsageVerdict::Refused(r) => Activity::new(
                ActivityKind::UsageFileCheck,
                &file,
                Outcome::Failed,
                format!("{file} was refused: {}", r.message()),
                format!("path: {}\nfix: {}", path.display(), r.fix()),
            ),
        };
        self.record(activity).await;
    }

    /// The configured instance with this server ID (as GitHub reported it) or host name.
    fn configured_id_of(&self, server_id: &str, hostname: &str) -> Option<String> {
        let settings = self.settings();
        let ids = self
            .server_ids
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        settings
            .ghes
            .iter()
            .find(|g| {
                ids.get(&g.id)
                    .is_some_and(|s| !server_id.is_empty() && s.eq_ignore_ascii_case(server_id))
            })
            .or_else(|| {
                settings
                    .ghes
                    .iter()
                    .find(|g| same_host(&g.hostname, hostname))
            })
            .map(|g| g.id.clone())
    }

    fn configured_target(&self, g: &GhesSettings) -> Target {
        let server_id = self
            .server_ids
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&g.id)
            .cloned();
        Target {
            key: g.id.clone(),
            name: g.hostname.clone(),
            instance: InstanceRef {
                server_id,
                hostname: g.hostname.clone(),
            },
        }
    }

    fn instance(&self, id: &str) -> Result<GhesSettings> {
        self.settings()
            .ghes
            .into_iter()
            .find(|g| g.id == id)
            .ok_or_else(|| Error::UnknownInstance(id.to_owned()))
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
            what: "GitHub Enterprise Cloud",
        })?;
        let url = handoff::ghec_license_page(&ghec).ok_or_else(|| Error::NoWebAddress {
            target: format!("enterprise {}", ghec.enterprise),
        })?;
        let key = self
            .configured_id_of(&e.server_id, &e.host_name)
            .unwrap_or_else(|| e.host_name.to_ascii_lowercase());
        let mut notes = vec![format!(
            "On the page, next to \"Enterprise Server instances\", choose \"Add server usage\" and upload {} (its path is on the clipboard).",
            path.display()
        )];
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
            details: format!(
                "file: {}\nSHA-256: {}\nserver ID: {}\nversion: {}",
                path.display(),
                e.sha256,
                e.server_id,
                e.version
            ),
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
        let g = self.instance(instance)?;
        self.require_ghec()?;
        let mut notes =
            vec!["On the License page, under License sync, choose \"Sync now\".".to_owned()];
        if !lock(&self.sync.connect_on).contains_key(&g.id) {
            notes.push(format!(
                "GitHub Connect license sync is not known to be on for {}: this opens its License page. If it shows no \"Sync now\", enable license sync first (Enable automatic license sync), or use Add server usage.",
                g.hostname
            ));
        }
        let plan = Plan {
            target: self.configured_target(&g),
            kind: WatchKind::SyncNow,
            details: format!("instance: {} ({})", g.display_name(), g.hostname),
            handoff: Some(HandOffRequest {
                url: handoff::ghes_license_page(&g),
                how: self.handoff_setting(),
                file: None,
            }),
            notes,
            since: None,
        };
        self.run_flow(plan, &on_event).await
    }

    /// Enable automatic license sync: opens the instance's GitHub Connect settings, then
    /// waits for its first successful license-sync-status entry after the hand-off. Until
    /// then, automatic sync is "not confirmed".
    pub async fn enable_license_sync(
        &self,
        instance: &str,
        on_event: impl Fn(WatchEvent) + Send + Sync,
    ) -> Result<WatchEvent> {
        let g = self.instance(instance)?;
        self.require_ghec()?;
        let plan = Plan {
            target: self.configured_target(&g),
            kind: WatchKind::EnableLicenseSync,
            details: format!("instance: {} ({})", g.display_name(), g.hostname),
            handoff: Some(HandOffRequest {
                url: handoff::ghes_connect_page(&g),
                how: self.handoff_setting(),
                file: None,
            }),
            notes: vec![
                "Under GitHub Connect, enable \"Server can sync user license count and usage\" (License sync). Automatic sync stays \"not confirmed\" until GitHub shows the instance's first sync.".to_owned(),
            ],
            since: None,
        };
        self.run_flow(plan, &on_event).await
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
            what: "The hand-off time",
            value: since.to_owned(),
            detail: "expected an RFC 3339 time such as 2026-11-22T12:00:00Z".to_owned(),
        })?;
        self.require_ghec()?;
        let ended = lock(&self.sync.ended).get(instance).cloned();
        let (target, kind) = match (ended, self.instance(instance)) {
            (Some(e), _) => (e.target, e.kind),
            (None, Ok(g)) => (self.configured_target(&g), WatchKind::SyncNow),
            (None, Err(err)) => return Err(err),
        };
        let plan = Plan {
            target,
            kind,
            handoff: None,
            notes: Vec::new(),
            details: format!("keep watching since {since}"),
            since: Some(at),
        };
        self.run_flow(plan, &on_event).await
    }

    fn require_ghec(&self) -> Result<crate::settings::GhecSettings> {
        self.settings().ghec.ok_or(Error::NotConfigured {
            what: "GitHub Enterprise Cloud",
        })
    }

    /// Registers the watch, reads the baseline, hands off, watches, records.
    async fn run_flow(&self, plan: Plan, emit: Emit<'_>) -> Result<WatchEvent> {
        let ghec = self.require_ghec()?;
        let registration = self.sync.register(&plan.target, plan.kind)?;
        let client = self.ghec_client(&ghec).await?;
        let target = &plan.target;

        // The baseline: the instance's entry and the consumed total before the hand-off
        // (Keep watching with the same T reuses the original one).
        let kept = plan.since.and_then(|since| {
            lock(&self.sync.ended)
                .get(&target.key)
                .filter(|e| e.since == since)
                .map(|e| (e.baseline.clone(), e.consumed_before))
        });
        let (baseline, consumed_before) = match kept {
            Some(k) => k,
            None => {
                let list = client.license_sync_status().await?.value;
                let entry = target.instance.find(&list).cloned();
                (entry, confirm_watch::consumed_total(&client).await)
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
            let handoff = self.sync.handoff();
            let req = request.clone();
            let done =
                tokio::task::spawn_blocking(move || handoff::perform(handoff.as_ref(), &req))
                    .await
                    .map_err(|e| Error::Task {
                        what: "The hand-off",
                        detail: e.to_string(),
                    })?;
            let mut notes = done.notes;
            notes.extend(plan.notes.iter().cloned());
            self.record(Activity::new(
                plan.kind.activity(),
                &target.name,
                Outcome::Info,
                format!(
                    "{}: opened {} in {} for {}; waiting for GitHub.",
                    plan.kind.words(),
                    request.url,
                    request.how.words(),
                    target.name
                ),
                format!(
                    "{}\nhanded off at: {}\n{}",
                    plan.details,
                    to_rfc3339(since),
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
        });

        let spec = WatchSpec {
            instance: target.instance.clone(),
            name: target.name.clone(),
            since,
            baseline: baseline.clone(),
            consumed_before,
            config: self.sync.config(),
        };
        let end = confirm_watch::watch(&client, &spec, &registration.cancel, &send).await;

        lock(&self.sync.ended).insert(
            target.key.clone(),
            Ended {
                target: target.clone(),
                kind: plan.kind,
                since,
                baseline,
                consumed_before,
            },
        );
        if matches!(end, WatchEvent::Confirmed { .. })
            && matches!(plan.kind, WatchKind::SyncNow | WatchKind::EnableLicenseSync)
        {
            lock(&self.sync.connect_on).insert(
                target.key.clone(),
                format!("GitHub confirmed a {} in this session", plan.kind.words()),
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
        if says_connect && self.instance(key).is_ok() {
            lock(&self.sync.connect_on)
                .entry(key.to_owned())
                .or_insert_with(|| "license-sync-status shows a GitHub Connect sync".to_owned());
        }
    }

    async fn notify_end(&self, kind: WatchKind, name: &str, end: &WatchEvent) {
        let (title, body) = match end {
            WatchEvent::Confirmed { summary, .. } => {
                (format!("{}: confirmed", kind.words()), summary.clone())
            }
            WatchEvent::Failed { message, .. } => {
                (format!("{}: failed", kind.words()), message.clone())
            }
            WatchEvent::TimedOut { .. } => (
                format!("{}: not confirmed yet", kind.words()),
                format!("GitHub does not show the sync of {name} yet. Keep watching or stop."),
            ),
            _ => return,
        };
        let handoff = self.sync.handoff();
        let done = tokio::task::spawn_blocking(move || handoff.notify(&title, &body)).await;
        if let Ok(Err(e)) = done {
            tracing::info!(error = %e, "no notification shown");
        }
    }

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
                what: "A GHES instance",
            });
        }
        let on_event = &on_event;
        let mut outcomes: Vec<Option<InstanceOutcome>> = vec![None; settings.ghes.len()];
        let mut connect = Vec::new();
        let mut uploads = Vec::new();
        for (i, g) in settings.ghes.iter().enumerate() {
            let export = lock(&self.sync.exports).get(&g.id).cloned();
            let connect_on = lock(&self.sync.connect_on).contains_key(&g.id);
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
                            reason: format!(
                                "export license usage first: GitHub Connect license sync is not known to be on for {}, and no usage export of it was checked in this session (or use Sync now if its License page has it).",
                                g.hostname
                            ),
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
            "all instances",
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
    match r {
        InstanceResult::Finished { event } => match event {
            WatchEvent::Confirmed { summary, .. } => format!("confirmed. {summary}"),
            WatchEvent::Failed { message, .. } => format!("failed. {message}"),
            WatchEvent::TimedOut { .. } => "not confirmed in time".to_owned(),
            WatchEvent::Cancelled => "cancelled".to_owned(),
            _ => "unfinished".to_owned(),
        },
        InstanceResult::Skipped { reason } => reason.clone(),
        InstanceResult::Refused { error } => format!("refused: {}", error.message),
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
                InstanceResult::Skipped { .. } => "export license usage first".to_owned(),
                r => outcome_words(r),
            };
            format!("{}: {words}", o.name)
        })
        .collect();
    let mut summary = format!(
        "{confirmed} of {total} instance{} confirmed",
        if total == 1 { "" } else { "s" }
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

fn end_activity(kind: WatchKind, name: &str, end: &WatchEvent, details: &str) -> Activity {
    let (outcome, summary, extra) = match end {
        WatchEvent::Confirmed { summary, .. } => (Outcome::Ok, summary.clone(), String::new()),
        WatchEvent::Failed {
            message,
            github_error,
        } => (
            Outcome::Failed,
            message.clone(),
            github_error
                .as_deref()
                .map(|g| format!("\nGitHub: {g}"))
                .unwrap_or_default(),
        ),
        WatchEvent::TimedOut { elapsed_ms, since } => (
            Outcome::Failed,
            format!(
                "{} for {name} not confirmed in time: GitHub shows no sync since {since}.",
                kind.words()
            ),
            format!("\nwaited: {} s", elapsed_ms / 1000),
        ),
        WatchEvent::Cancelled => (
            Outcome::Info,
            format!("Stopped watching {} for {name}.", kind.words()),
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

#[cfg(test)]
mod tests {
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
