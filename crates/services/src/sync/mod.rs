//! The sync flows: Add server usage, Sync now, Enable automatic license sync, One-click sync,
//! and Keep watching. Each is a hand-off (`handoff.rs`) followed by a confirmation watch
//! (`confirm_watch.rs`), recorded in the activity ([`crate::activity`]). The flows are in
//! `flows.rs` and `one_click.rs`; what they share in a session is in `session.rs`.
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

mod confirm_watch;
mod flows;
mod handoff;
mod one_click;
mod session;
mod upload_record;

pub use confirm_watch::{
    consumed_message, consumed_total, describe_consumed, judge, watch, InstanceRef, Verdict,
    WatchConfig, WatchEvent, WatchSpec,
};
pub use handoff::{
    ghec_license_menu, ghec_license_menu_message, ghec_license_page, ghes_connect_menu,
    ghes_connect_page, ghes_license_menu, ghes_license_page, if_moved, menu_note,
    menu_note_message, perform, steps, HandOff, HandOffDone, HandOffRequest, NoDesktop, OpenIn,
    RecordingHandOff, TEST_HANDOFF_LOG,
};
pub use one_click::{InstanceOutcome, InstanceResult, OneClickEvent, OneClickResult, SyncPath};
pub(crate) use session::SyncSession;
pub use session::{WatchInfo, WatchKind};
pub use upload_record::{
    new_upload, upload_failed_fix, upload_verdict, InstanceUpload, UploadBaseline, UploadSeen,
    UploadVerdict,
};

use std::path::Path;
use std::sync::Arc;

use ghls_domain::expiry::to_rfc3339;

use crate::app::App;
use crate::error::Result;
use crate::support::{lock, write};
use session::SessionExport;

impl App {
    /// Replaces what performs hand-offs (the desktop shell installs its own).
    pub fn set_hand_off(&self, handoff: Arc<dyn HandOff>) {
        *write(&self.sync_session().handoff) = handoff;
    }

    /// Replaces how watches poll (tests poll every few milliseconds).
    pub fn with_watch_config(self, config: WatchConfig) -> Self {
        self.set_watch_config(config);
        self
    }

    /// See [`App::with_watch_config`].
    pub fn set_watch_config(&self, config: WatchConfig) {
        *write(&self.sync_session().config) = config;
    }

    /// Where hand-offs open GitHub's pages.
    pub fn handoff_setting(&self) -> OpenIn {
        self.settings().handoff
    }

    /// Changes where hand-offs open GitHub's pages, and saves it (the demo: memory only).
    pub async fn set_handoff_setting(&self, how: OpenIn) -> Result<OpenIn> {
        let _one_at_a_time = self.settings_change().await;
        let mut next = self.settings();
        next.handoff = how;
        self.persist(next).await?;
        Ok(how)
    }

    /// The watches running now.
    pub fn watches(&self) -> Vec<WatchInfo> {
        let mut out: Vec<WatchInfo> = self.sync_session().running.list(|key, r| WatchInfo {
            instance: key.to_owned(),
            name: r.name.clone(),
            kind: r.kind,
            since: r.since.map(to_rfc3339).unwrap_or_default(),
            started_at: to_rfc3339(r.started_at),
            elapsed_ms: u64::try_from(r.started.elapsed().as_millis()).unwrap_or(u64::MAX),
            last: r.last.clone(),
        });
        out.sort_by(|a, b| a.started_at.cmp(&b.started_at));
        out
    }

    /// Cancels the watch of `instance`; false when none runs.
    pub fn cancel_watch(&self, instance: &str) -> bool {
        self.sync_session().running.cancel(instance)
    }

    /// Remembers an accepted usage export of the configured instance `id`, for One-click
    /// sync; an export that lists `license_usage_sync` hints that Connect sync is on.
    pub(crate) fn remember_usage_export(&self, id: String, path: &Path, hint: bool) {
        let session = self.sync_session();
        lock(&session.exports).insert(
            id.clone(),
            SessionExport {
                path: path.to_path_buf(),
                license_usage_sync_hint: hint,
            },
        );
        if hint {
            lock(&session.connect_on)
                .entry(id)
                .or_insert_with(|| "its usage export lists license_usage_sync".to_owned());
        }
    }
}
