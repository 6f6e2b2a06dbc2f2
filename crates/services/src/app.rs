//! The application: settings, credentials and (in demo mode) the built-in emulator, and the
//! operations both shells offer.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use ghls_github::ClientOptions;
use serde::Serialize;
use ts_rs::TS;

use crate::activity::ActivityLog;
use crate::connections::{Backend, CredentialStore, Secrets, Settings, SettingsStore};
use crate::consumed::ConsumedState;
use crate::error::{Error, ErrorReport, Result};
use crate::support::jobs::Jobs;
use crate::support::{read, write};
use crate::sync::SyncSession;

/// Demo (the built-in emulator, secrets in memory) or normal (real GitHub, the keyring).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Mode {
    Demo,
    Normal,
}

/// What the shells show about the running app. Never contains a secret.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub mode: Mode,
    pub credential_backend: Backend,
    /// The demo's emulator, e.g. `http://127.0.0.1:41234`.
    pub emulator_url: Option<String>,
    pub settings_path: Option<String>,
    /// A problem found while loading the settings.
    pub settings_warning: Option<ErrorReport>,
}

/// Where changed settings go.
#[derive(Debug)]
enum Store {
    /// The settings file.
    File(SettingsStore),
    /// Nowhere: they live in memory for this session (the demo has no settings file).
    Memory,
    /// Nowhere, and changes are refused: the file could not be read or is from a newer
    /// version, and must not be written over.
    Locked,
}

/// Rewrites an [`ErrorReport`] for the context the app runs in (the demo: "the built-in
/// emulator stopped" instead of "check the host name"). Set once, at start-up.
pub(crate) type Advice = fn(ErrorReport) -> ErrorReport;

/// The running application. Its state is private: each feature folder reaches it through
/// the methods below, and the shells through the features' `impl App` blocks.
#[derive(Debug)]
pub struct App {
    mode: Mode,
    settings: RwLock<Settings>,
    /// Where changed settings go.
    store: Store,
    /// Kept as the error: reported in the language in use when asked.
    settings_warning: Option<crate::Error>,
    credentials: Arc<Secrets>,
    client_options: ClientOptions,
    #[cfg(feature = "demo")]
    emulator: Option<ghls_emulator::Emulator>,
    /// How reports are adjusted to the mode (see [`Advice`]).
    advice: Advice,
    /// One change of the settings at a time (connections, the hand-off setting).
    settings_change: tokio::sync::Mutex<()>,
    /// The server ID GitHub last reported for each configured GHES instance (by settings
    /// id), from license-sync-status: lets a dropped export be checked against it.
    server_ids: RwLock<HashMap<String, String>>,
    /// The consumed licenses of this session and the fetch filling them (`consumed/`).
    consumed: Arc<ConsumedState>,
    /// Hand-offs and confirmation watches of this session (`sync/`).
    sync: SyncSession,
    /// The Activity record (`activity/`): memory until the shell gives it a file.
    activity: Arc<ActivityLog>,
    /// Exports over the admin shell running now (`usage_export/`).
    exports: Jobs,
    /// License uploads running now (`license_upload/`).
    license_uploads: Jobs,
    /// The server accounts loaded for Duplicates, and its reports with them (`duplicates/`).
    duplicates: crate::duplicates::DuplicatesSession,
    /// Each instance's license sync as GitHub last said it (`license/`).
    license: Arc<crate::license::LicenseMemory>,
    /// The background checks' settings and what they last told (`monitor/`).
    monitor: crate::monitor::MonitorSession,
    /// Every reading kept (`history/`): memory until the shell gives it a file.
    history: crate::history::History,
}

impl App {
    /// Opens the app on the settings in `store` and the secrets in `credentials`. Never
    /// fails: an unreadable settings file starts the app with empty settings, never writes
    /// over the file, and says why in [`AppInfo::settings_warning`].
    pub fn open(store: SettingsStore, credentials: Arc<dyn CredentialStore>) -> Self {
        let loaded = store.load().unwrap_or_else(|e| crate::connections::Loaded {
            settings: Settings::default(),
            warning: Some(e),
            read_only: true,
        });
        if let Some(w) = &loaded.warning {
            tracing::warn!(warning = %w, "settings");
        }
        let mut app = Self::new(Mode::Normal, loaded.settings, credentials);
        app.store = if loaded.read_only {
            Store::Locked
        } else {
            Store::File(store)
        };
        app.settings_warning = loaded.warning;
        app
    }

    /// An app in demo mode, on settings and credentials prepared by [`crate::demo`].
    #[cfg(feature = "demo")]
    pub(crate) fn for_demo(
        settings: Settings,
        credentials: Arc<dyn CredentialStore>,
        emulator: ghls_emulator::Emulator,
        advice: Advice,
    ) -> Self {
        let mut app = Self::new(Mode::Demo, settings, credentials);
        app.emulator = Some(emulator);
        app.advice = advice;
        app
    }

    fn new(mode: Mode, settings: Settings, credentials: Arc<dyn CredentialStore>) -> Self {
        Self {
            mode,
            settings: RwLock::new(settings),
            store: Store::Memory,
            settings_warning: None,
            credentials: Arc::new(Secrets::new(credentials)),
            client_options: ClientOptions::default(),
            #[cfg(feature = "demo")]
            emulator: None,
            advice: std::convert::identity,
            server_ids: RwLock::default(),
            settings_change: tokio::sync::Mutex::new(()),
            consumed: Arc::default(),
            sync: SyncSession::default(),
            activity: Arc::default(),
            license: Arc::default(),
            exports: Jobs::default(),
            license_uploads: Jobs::default(),
            duplicates: Default::default(),
            monitor: Default::default(),
            history: Default::default(),
        }
    }

    /// Replaces how the clients talk HTTP (timeouts), e.g. for tests.
    pub fn with_client_options(mut self, options: ClientOptions) -> Self {
        self.client_options = options;
        self
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The demo's emulator.
    #[cfg(feature = "demo")]
    pub fn emulator(&self) -> Option<&ghls_emulator::Emulator> {
        self.emulator.as_ref()
    }

    /// A copy of the current settings.
    pub fn settings(&self) -> Settings {
        read(&self.settings).clone()
    }

    /// The configured GHES instance `id`, or [`Error::UnknownInstance`].
    pub(crate) fn ghes_settings(&self, id: &str) -> Result<crate::connections::GhesSettings> {
        read(&self.settings).ghes_or_unknown(id).cloned()
    }

    /// What the shells show about the app.
    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            mode: self.mode,
            credential_backend: self.credentials.backend(),
            emulator_url: self.emulator_url(),
            settings_path: match &self.store {
                Store::File(s) => Some(s.path().display().to_string()),
                Store::Memory | Store::Locked => None,
            },
            settings_warning: self.settings_warning.as_ref().map(crate::Error::report),
        }
    }

    #[cfg(feature = "demo")]
    fn emulator_url(&self) -> Option<String> {
        self.emulator.as_ref().map(|e| e.base_url())
    }

    #[cfg(not(feature = "demo"))]
    fn emulator_url(&self) -> Option<String> {
        None
    }

    // The state the feature folders share, reached only through these.

    /// `report` as the admin needs it in this mode.
    pub(crate) fn advise(&self, report: ErrorReport) -> ErrorReport {
        (self.advice)(report)
    }

    pub(crate) fn advice(&self) -> Advice {
        self.advice
    }

    /// Makes `next` the current settings (the caller saved it where it must be saved).
    pub(crate) fn replace_settings(&self, next: Settings) {
        *write(&self.settings) = next;
    }

    /// Where settings are saved: `None` when they live in memory only (the demo), an
    /// error when the file must not be written over.
    pub(crate) fn settings_store(&self) -> Result<Option<&SettingsStore>> {
        match &self.store {
            Store::File(s) => Ok(Some(s)),
            Store::Memory => Ok(None),
            Store::Locked => Err(Error::SettingsReadOnly),
        }
    }

    /// Held while the settings change, so two changes never interleave.
    pub(crate) async fn settings_change(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.settings_change.lock().await
    }

    pub(crate) fn credentials(&self) -> &Arc<Secrets> {
        &self.credentials
    }

    pub(crate) fn client_options(&self) -> &ClientOptions {
        &self.client_options
    }

    /// The server IDs GitHub reported, by configured instance id.
    pub(crate) fn server_ids(&self) -> HashMap<String, String> {
        read(&self.server_ids).clone()
    }

    pub(crate) fn server_id_of(&self, id: &str) -> Option<String> {
        read(&self.server_ids).get(id).cloned()
    }

    pub(crate) fn remember_server_ids(&self, found: impl IntoIterator<Item = (String, String)>) {
        write(&self.server_ids).extend(found);
    }

    pub(crate) fn consumed_state(&self) -> &Arc<ConsumedState> {
        &self.consumed
    }

    pub(crate) fn sync_session(&self) -> &SyncSession {
        &self.sync
    }

    pub(crate) fn license_memory(&self) -> &Arc<crate::license::LicenseMemory> {
        &self.license
    }

    pub(crate) fn activity_log(&self) -> &Arc<ActivityLog> {
        &self.activity
    }

    pub(crate) fn replace_activity_log(&mut self, log: ActivityLog) {
        self.activity = Arc::new(log);
    }

    pub(crate) fn export_jobs(&self) -> &Jobs {
        &self.exports
    }

    pub(crate) fn license_upload_jobs(&self) -> &Jobs {
        &self.license_uploads
    }

    pub(crate) fn duplicates_session(&self) -> &crate::duplicates::DuplicatesSession {
        &self.duplicates
    }

    pub(crate) fn monitor_session(&self) -> &crate::monitor::MonitorSession {
        &self.monitor
    }

    pub(crate) fn history(&self) -> &crate::history::History {
        &self.history
    }

    pub(crate) fn replace_history(&mut self, history: crate::history::History) {
        self.history = history;
    }
}
