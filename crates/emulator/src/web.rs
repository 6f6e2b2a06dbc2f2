//! The emulated GitHub web pages, for the steps GitHub keeps out of its APIs (github-api.md
//! §4): uploading server usage on GHEC, and "Sync now" and GitHub Connect's license sync on
//! GHES. The app hands the admin off to these pages and confirms the outcome by reading
//! license-sync-status and consumed-licenses back, so the pages change the same world the
//! REST API renders.
//!
//! Routes (the app links to them; keep them as they are). Pages are at GitHub's own paths
//! (github-api.md §1.8) under the per-target prefixes; the paths of earlier versions
//! redirect (GET) or still take the form (POST).
//! - `GET  /ghec/web`: the GHEC web root, linking to the enterprise's licensing page;
//! - `GET  /ghec/web/enterprises/{slug}/licensing`: licensing, with "Enterprise
//!   Server instances" and the "Add server usage" form;
//! - `POST /ghec/web/enterprises/{slug}/licensing/server-usage`: the upload
//!   (`multipart/form-data`, file field `usage_file`);
//! - `GET  /ghes/{name}/web`: an instance's web root;
//! - `GET  /ghes/{name}/web/enterprise/settings/license`: License, with "Export license
//!   usage" and, with GitHub Connect license sync on, "Sync now";
//! - `GET  /ghes/{name}/web/enterprise/settings/license/usage-export`: the export download;
//! - `POST /ghes/{name}/web/enterprise/settings/license/sync-now`;
//! - `GET  /ghes/{name}/web/enterprise/settings/dotcom_connection` (GitHub Connect);
//! - `POST /ghes/{name}/web/enterprise/settings/dotcom_connection/license-sync` (form field
//!   `enabled` = `true` | `false`);
//! - `GET  /ghes/{name}/web/enterprises/{slug}/settings/license` and
//!   `…/enterprises/{slug}/settings/dotcom_connection`: the same pages at the slug forms;
//! - moved: `/ghec/web/enterprises/{slug}/settings/license` → `…/licensing`,
//!   `/ghes/{name}/web/enterprise/settings/github-connect` → `…/dotcom_connection`.
//!
//! And the emulator's controls for them (not GitHub's):
//! - `GET|PUT /_emulator/processing-delay` (`{"ms": N}`): how long GitHub takes to process an
//!   upload or a Sync now before license-sync-status changes, counted from when each was
//!   sent; a change applies to the ones already waiting. A delay of days is a sync that never
//!   lands within a test ("not confirmed in time"); setting 0 afterwards releases it;
//! - `POST|DELETE /_emulator/ghes/{name}/sync-now-fails` (optional `{"error": "…"}`): the
//!   next Sync now of that instance ends as a failed sync with that error (DELETE disarms);
//! - `POST|DELETE /_emulator/ghes/{name}/next-upload-fails` (optional `{"error": "…"}`): the
//!   next usage upload GHEC receives for that instance (a file on "Add server usage" or a
//!   Sync now) is processed as one GitHub would not take: its upload node ends `FAILURE` and
//!   license-sync-status records a failed sync with that error (DELETE disarms).
//!
//! Every upload and Sync now adds an upload node for its instance (GraphQL
//! `userAccountsUploads`, `graphql/`), `PENDING` until the processing delay is over, then
//! `SUCCESS` or `FAILURE`: named after the uploaded file (its multipart file name, or the
//! name GHES gives an export when the form sent none), or, for a Sync now, a name the
//! emulator makes up (`github-connect-HOST-YYYYMMDDTHHMMSSZ.json`). An unreadable file that
//! names a server GHEC knows adds a `FAILURE` node for that server; one that names none adds
//! nothing, as there is no instance to show it under.
//!
//! The pages need no token (the admin's browser session is implied) and skip the REST
//! layer's checks (User-Agent, API version, rate-limit headers, faults and latency), which
//! GitHub's web pages do not have either. Processing runs on a task per upload that ends
//! when the emulator stops, so stopping never waits for it.

mod ghec;
mod ghes;
mod html;

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use tokio::sync::watch;

use crate::ingest::{self, SyncEvent};
use crate::state::{lock, read, write, Shared};
use crate::usage_export::ReadExport;
use crate::world::UploadState;

/// The default processing delay: long enough that the demo shows "waiting for GitHub".
pub(crate) const DEFAULT_PROCESSING_DELAY: Duration = Duration::from_millis(1500);

/// The largest upload accepted: an export of the largest generated enterprise fits.
const UPLOAD_LIMIT: usize = 512 * 1024 * 1024;

/// The error a failing Sync now records when the control gave none.
const DEFAULT_SYNC_NOW_ERROR: &str =
    "GitHub Connect could not upload license usage to GitHub Enterprise Cloud";

/// How many flash messages are kept (a page shows the one its redirect names).
const FLASH_LIMIT: usize = 64;

/// The web pages' own state, beside the world.
#[derive(Debug)]
pub(crate) struct WebState {
    /// In milliseconds; a channel, so syncs already waiting see a change at once.
    processing_delay_ms: watch::Sender<u64>,
    /// Instance name → the error its next Sync now fails with.
    sync_now_failures: Mutex<HashMap<String, String>>,
    /// Server ID → the error its next upload (by file or Sync now) fails with.
    upload_failures: Mutex<HashMap<String, String>>,
    /// Server ID → how its last sync reached GHEC; instances not in it were seeded.
    events: Mutex<HashMap<String, SyncEvent>>,
    flashes: Mutex<VecDeque<(u64, html::Flash)>>,
    pending: Mutex<Vec<Pending>>,
    next_id: AtomicU64,
}

/// Usage GitHub is still processing.
#[derive(Debug, Clone)]
struct Pending {
    id: u64,
    hostname: String,
    event: SyncEvent,
}

/// What processing does once the delay is over.
#[derive(Debug)]
enum Work {
    Ingest(ReadExport),
    Fail {
        server_id: Option<String>,
        hostname: Option<String>,
        error: String,
    },
}

impl WebState {
    pub(crate) fn new(processing_delay: Duration) -> Self {
        Self {
            processing_delay_ms: watch::Sender::new(millis(processing_delay)),
            sync_now_failures: Mutex::new(HashMap::new()),
            upload_failures: Mutex::new(HashMap::new()),
            events: Mutex::new(HashMap::new()),
            flashes: Mutex::new(VecDeque::new()),
            pending: Mutex::new(Vec::new()),
            next_id: AtomicU64::new(1),
        }
    }

    pub(crate) fn processing_delay(&self) -> Duration {
        Duration::from_millis(*self.processing_delay_ms.borrow())
    }

    /// Applies to syncs already waiting too, counted from when each was sent: a test can hold
    /// a sync back with a long delay, look, then release it with a short one.
    pub(crate) fn set_processing_delay(&self, delay: Duration) {
        self.processing_delay_ms.send_replace(millis(delay));
    }

    /// Arms (`Some`) or disarms (`None`) a failure for the next Sync now of `instance`.
    pub(crate) fn fail_next_sync_now(&self, instance: &str, error: Option<String>) {
        let mut failures = lock(&self.sync_now_failures);
        match error {
            Some(e) => {
                failures.insert(instance.to_owned(), e);
            }
            None => {
                failures.remove(instance);
            }
        }
    }

    /// Arms (`Some`) or disarms (`None`) a failure for the next upload of the server with
    /// `server_id`.
    pub(crate) fn fail_next_upload(&self, server_id: &str, error: Option<String>) {
        let mut failures = lock(&self.upload_failures);
        match error {
            Some(e) => {
                failures.insert(server_id.to_owned(), e);
            }
            None => {
                failures.remove(server_id);
            }
        }
    }

    /// The armed failure of the next upload for `server_id`, disarmed as it is taken.
    fn take_upload_failure(&self, server_id: &str) -> Option<String> {
        lock(&self.upload_failures).remove(server_id)
    }

    /// How many uploads and syncs GitHub is still processing.
    pub(crate) fn pending_count(&self) -> usize {
        lock(&self.pending).len()
    }

    fn id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    fn event_of(&self, server_id: &str) -> Option<SyncEvent> {
        lock(&self.events).get(server_id).copied()
    }

    fn pending_hosts(&self) -> Vec<(String, SyncEvent)> {
        lock(&self.pending)
            .iter()
            .map(|p| (p.hostname.clone(), p.event))
            .collect()
    }

    fn add_flash(&self, flash: html::Flash) -> u64 {
        let id = self.id();
        let mut flashes = lock(&self.flashes);
        if flashes.len() >= FLASH_LIMIT {
            flashes.pop_front();
        }
        flashes.push_back((id, flash));
        id
    }

    fn flash(&self, id: Option<u64>) -> Option<html::Flash> {
        let id = id?;
        lock(&self.flashes)
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, f)| f.clone())
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/ghec/web", get(ghec::root))
        .route(
            "/ghec/web/enterprises/{enterprise}/licensing",
            get(ghec::licensing),
        )
        .route(
            "/ghec/web/enterprises/{enterprise}/licensing/server-usage",
            post(ghec::add_server_usage).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        // The addresses of earlier versions: the page redirects, the form still posts.
        .route(
            "/ghec/web/enterprises/{enterprise}/settings/license",
            get(moved),
        )
        .route(
            "/ghec/web/enterprises/{enterprise}/settings/license/server-usage",
            post(ghec::add_server_usage).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/ghes/{instance}/web", get(ghes::root))
        .route(
            "/ghes/{instance}/web/enterprise/settings/license",
            get(ghes::license),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/license/usage-export",
            get(ghes::usage_export),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/license/sync-now",
            post(ghes::sync_now),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/dotcom_connection",
            get(ghes::github_connect),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/dotcom_connection/license-sync",
            post(ghes::set_license_sync),
        )
        // The slug forms GitHub's runbooks quote (github-api.md §1.8): any slug, as the
        // emulated instance has one enterprise.
        .route(
            "/ghes/{instance}/web/enterprises/{slug}/settings/license",
            get(ghes::license_of_enterprise),
        )
        .route(
            "/ghes/{instance}/web/enterprises/{slug}/settings/dotcom_connection",
            get(ghes::github_connect_of_enterprise),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/github-connect",
            get(moved),
        )
        .route(
            "/ghes/{instance}/web/enterprise/settings/github-connect/license-sync",
            post(ghes::set_license_sync),
        )
        .route(
            "/_emulator/processing-delay",
            get(get_processing_delay).put(put_processing_delay),
        )
        .route(
            "/_emulator/ghes/{instance}/sync-now-fails",
            post(arm_sync_now_failure).delete(disarm_sync_now_failure),
        )
        .route(
            "/_emulator/ghes/{instance}/next-upload-fails",
            post(arm_upload_failure).delete(disarm_upload_failure),
        )
        .with_state(shared)
}

/// A page of an earlier emulator version: redirects to its address at GitHub's path, the
/// query (a flash message) kept.
async fn moved(uri: Uri) -> Response {
    let path = uri.path();
    let to = if path.starts_with("/ghec/") {
        path.replace("/settings/license", "/licensing")
    } else {
        path.replace("/github-connect", "/dotcom_connection")
    };
    let to = match uri.query() {
        Some(q) => format!("{to}?{q}"),
        None => to,
    };
    Redirect::permanent(&to).into_response()
}

/// Processes usage after the processing delay: at once (before the response) when the delay
/// is zero, so tests without a delay see the result on their next request; otherwise on a
/// task that follows changes of the delay and gives up when the emulator stops.
/// `upload`: the upload node to settle when it is done.
fn schedule(
    shared: &Arc<Shared>,
    hostname: String,
    event: SyncEvent,
    work: Work,
    upload: Option<u64>,
) {
    if shared.web.processing_delay().is_zero() {
        apply(shared, event, work, upload);
        return;
    }
    let sent = tokio::time::Instant::now();
    let id = shared.web.id();
    lock(&shared.web.pending).push(Pending {
        id,
        hostname,
        event,
    });
    let shared = shared.clone();
    let mut stopped = shared.stop.subscribe();
    let mut delay_changed = shared.web.processing_delay_ms.subscribe();
    tokio::spawn(async move {
        loop {
            let delay = Duration::from_millis(*delay_changed.borrow_and_update());
            // A delay past what `Instant` holds is "never": wait for a change or the stop.
            let deadline = sent.checked_add(delay);
            let due = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                () = due => {
                    apply(&shared, event, work, upload);
                    break;
                }
                changed = delay_changed.changed() => {
                    if changed.is_err() {
                        break;
                    }
                }
                _ = stopped.wait_for(|s| *s) => break,
            }
        }
        lock(&shared.web.pending).retain(|p| p.id != id);
    });
}

fn apply(shared: &Shared, event: SyncEvent, work: Work, upload: Option<u64>) {
    let now = OffsetDateTime::now_utc();
    let landed = {
        let mut world = write(&shared.world);
        if let Some(id) = upload {
            let state = match work {
                Work::Ingest(_) => UploadState::Success,
                Work::Fail { .. } => UploadState::Failure,
            };
            world.settle_upload(id, state, now);
        }
        match work {
            Work::Ingest(export) => Some(ingest::ingest(&mut world, export, now)),
            Work::Fail {
                server_id,
                hostname,
                error,
            } => ingest::record_failure(
                &mut world,
                server_id.as_deref(),
                hostname.as_deref(),
                &error,
                now,
            ),
        }
    };
    if let Some(l) = landed {
        tracing::info!(hostname = %l.hostname, server_id = %l.server_id, ?event, "server usage processed");
        lock(&shared.web.events).insert(l.server_id, event);
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Delay {
    ms: u64,
}

async fn get_processing_delay(State(s): State<Arc<Shared>>) -> Json<Delay> {
    Json(Delay {
        ms: millis(s.web.processing_delay()),
    })
}

async fn put_processing_delay(State(s): State<Arc<Shared>>, Json(d): Json<Delay>) -> StatusCode {
    s.web.set_processing_delay(Duration::from_millis(d.ms));
    StatusCode::NO_CONTENT
}

#[derive(Debug, Default, Deserialize)]
struct ArmedFailure {
    #[serde(default)]
    error: Option<String>,
}

async fn arm_sync_now_failure(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    body: Bytes,
) -> (StatusCode, String) {
    if !has_ghes_side(&s, &instance) {
        return unknown_instance(&instance);
    }
    let error = match armed_error(&body, DEFAULT_SYNC_NOW_ERROR) {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    s.web.fail_next_sync_now(&instance, Some(error));
    (StatusCode::NO_CONTENT, String::new())
}

/// The error an arming hook's optional body `{"error": "…"}` names; an empty body, or an
/// empty error, arms `default`.
fn armed_error(body: &[u8], default: &str) -> Result<String, (StatusCode, String)> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(default.to_owned());
    }
    let failure: ArmedFailure = serde_json::from_slice(body).map_err(|e| {
        (
            StatusCode::BAD_REQUEST,
            format!("Expected {{\"error\": \"…\"}} or no body: {e}\n"),
        )
    })?;
    Ok(failure
        .error
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| default.to_owned()))
}

async fn disarm_sync_now_failure(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
) -> (StatusCode, String) {
    if !has_ghes_side(&s, &instance) {
        return unknown_instance(&instance);
    }
    s.web.fail_next_sync_now(&instance, None);
    (StatusCode::NO_CONTENT, String::new())
}

async fn arm_upload_failure(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    body: Bytes,
) -> (StatusCode, String) {
    let Some(server_id) = server_id_of(&s, &instance) else {
        return unknown_instance(&instance);
    };
    let error = match armed_error(&body, ingest::INVALID_EXPORT) {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    s.web.fail_next_upload(&server_id, Some(error));
    (StatusCode::NO_CONTENT, String::new())
}

async fn disarm_upload_failure(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
) -> (StatusCode, String) {
    let Some(server_id) = server_id_of(&s, &instance) else {
        return unknown_instance(&instance);
    };
    s.web.fail_next_upload(&server_id, None);
    (StatusCode::NO_CONTENT, String::new())
}

/// The server ID of the instance called `instance`, GHEC-only ones included.
fn server_id_of(s: &Shared, instance: &str) -> Option<String> {
    read(&s.world)
        .instance(instance)
        .map(|i| i.server_id.clone())
}

fn has_ghes_side(s: &Shared, instance: &str) -> bool {
    read(&s.world)
        .instance(instance)
        .is_some_and(|i| !ingest::is_ghec_only(i))
}

fn unknown_instance(instance: &str) -> (StatusCode, String) {
    (
        StatusCode::NOT_FOUND,
        format!("{}\n", crate::Error::UnknownInstance(instance.to_owned())),
    )
}

/// `?flash=N` of a page's URL.
fn flash_id(query: &HashMap<String, String>) -> Option<u64> {
    query.get("flash").and_then(|v| v.parse().ok())
}
