//! The application: settings, credentials and (in demo mode) the built-in emulator, and the
//! operations both shells offer.

use std::sync::{Arc, PoisonError, RwLock};

use ghls_domain::usage_file::{Refusal, RefusalKind, UsageVerdict};
use ghls_github::ClientOptions;
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::credentials::{Backend, CredentialStore, SecretKey, Secrets};
use crate::error::{Error, ErrorReport, Result};
use crate::license_overview::{self, LicenseOverview, Targets};
use crate::settings::{Settings, SettingsStore};

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

/// The running application.
#[derive(Debug)]
pub struct App {
    mode: Mode,
    pub(crate) settings: RwLock<Settings>,
    /// `None` in the demo, and when the file must not be written over.
    pub(crate) store: Option<SettingsStore>,
    settings_warning: Option<ErrorReport>,
    pub(crate) credentials: Arc<Secrets>,
    pub(crate) client_options: ClientOptions,
    emulator: Option<ghls_emulator::Emulator>,
    /// One change of the connections at a time (see `connections.rs`).
    pub(crate) connections_lock: tokio::sync::Mutex<()>,
    /// The server ID GitHub last reported for each configured GHES instance (by settings
    /// id), from license-sync-status: lets a dropped export be checked against it.
    pub(crate) server_ids: RwLock<std::collections::HashMap<String, String>>,
    /// The consumed licenses of this session and the fetch filling them (`consumed.rs`).
    pub(crate) consumed: Arc<crate::fetch_job::ConsumedState>,
    /// Hand-offs and confirmation watches of this session (`sync_plan.rs`).
    pub(crate) sync: crate::sync_plan::SyncSession,
    /// The Activity record (`activity.rs`): memory until the shell gives it a file.
    pub(crate) activity: Arc<crate::activity::ActivityLog>,
    /// Exports over the admin shell running now (`admin_shell.rs`).
    pub(crate) exports: crate::jobs::Jobs,
    /// License uploads running now (`license_upload.rs`).
    pub(crate) license_uploads: crate::jobs::Jobs,
}

impl App {
    /// Opens the app on the settings in `store` and the secrets in `credentials`. Never
    /// fails: an unreadable settings file starts the app with empty settings, never writes
    /// over the file, and says why in [`AppInfo::settings_warning`].
    pub fn open(store: SettingsStore, credentials: Arc<dyn CredentialStore>) -> Self {
        let loaded = store.load().unwrap_or_else(|e| crate::settings::Loaded {
            settings: Settings::default(),
            warning: Some(e),
            read_only: true,
        });
        if let Some(w) = &loaded.warning {
            tracing::warn!(warning = %w, "settings");
        }
        Self {
            mode: Mode::Normal,
            settings: RwLock::new(loaded.settings),
            store: (!loaded.read_only).then_some(store.clone()),
            settings_warning: loaded.warning.map(|w| w.report()),
            credentials: Arc::new(Secrets::new(credentials)),
            client_options: ClientOptions::default(),
            emulator: None,
            server_ids: RwLock::default(),
            connections_lock: tokio::sync::Mutex::new(()),
            consumed: Arc::default(),
            sync: crate::sync_plan::SyncSession::default(),
            activity: Arc::default(),
            exports: Default::default(),
            license_uploads: Default::default(),
        }
    }

    /// An app in demo mode, on settings and credentials prepared by [`crate::demo`].
    pub(crate) fn for_demo(
        settings: Settings,
        credentials: Arc<dyn CredentialStore>,
        emulator: ghls_emulator::Emulator,
    ) -> Self {
        Self {
            mode: Mode::Demo,
            settings: RwLock::new(settings),
            store: None,
            settings_warning: None,
            credentials: Arc::new(Secrets::new(credentials)),
            client_options: ClientOptions::default(),
            emulator: Some(emulator),
            server_ids: RwLock::default(),
            connections_lock: tokio::sync::Mutex::new(()),
            consumed: Arc::default(),
            sync: crate::sync_plan::SyncSession::default(),
            activity: Arc::default(),
            exports: Default::default(),
            license_uploads: Default::default(),
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
    pub fn emulator(&self) -> Option<&ghls_emulator::Emulator> {
        self.emulator.as_ref()
    }

    /// A copy of the current settings.
    pub fn settings(&self) -> Settings {
        self.settings
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Reads the file at `path` (from a drag-and-drop or the file dialog) and says whether
    /// it is a GHES license-usage export ready for Add server usage, with warnings, or what
    /// it is instead. Never fails: every problem is a refusal the admin can act on.
    pub async fn inspect_usage_file(&self, path: std::path::PathBuf) -> UsageVerdict {
        let path_for_note = path.clone();
        let settings = self.settings();
        let server_ids = self
            .server_ids
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let task = tokio::task::spawn_blocking(move || {
            crate::usage_intake::inspect(&path, &settings, &server_ids, OffsetDateTime::now_utc())
        });
        let verdict = task.await.unwrap_or_else(|e| {
            UsageVerdict::Refused(Refusal::new(RefusalKind::Unreadable {
                detail: format!("reading the file stopped unexpectedly: {e}"),
            }))
        });
        self.note_usage_file(&path_for_note, &verdict).await;
        verdict
    }

    /// What the shells show about the app.
    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            mode: self.mode,
            credential_backend: self.credentials.backend(),
            emulator_url: self.emulator.as_ref().map(|e| e.base_url()),
            settings_path: self.store.as_ref().map(|s| s.path().display().to_string()),
            settings_warning: self.settings_warning.clone(),
        }
    }

    /// Everything the License screen shows, read from GitHub now.
    pub async fn license_overview(&self) -> LicenseOverview {
        let targets = self.targets().await;
        let demo = self.mode == Mode::Demo;
        let overview = license_overview::load(targets, OffsetDateTime::now_utc(), |report| {
            if demo && report.kind == "connection_refused" {
                report.with_fix(
                    "The built-in GitHub emulator is not answering: it was stopped. Quit the app and start the demo again.",
                )
            } else {
                report
            }
        })
        .await;
        self.remember_server_ids(&overview);
        overview
    }

    fn remember_server_ids(&self, overview: &LicenseOverview) {
        let license_overview::Section::Loaded { data: cloud } = &overview.cloud else {
            return;
        };
        let license_overview::Section::Loaded { data: instances } = &cloud.instances else {
            return;
        };
        let mut ids = self
            .server_ids
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        for i in instances {
            if let (Some(id), Some(server_id)) = (&i.configured_id, &i.sync.server_id) {
                ids.insert(id.clone(), server_id.clone());
            }
        }
    }

    /// Clients for every configured connection, with their tokens from the store.
    async fn targets(&self) -> Targets {
        let settings = self.settings();
        let ghec = match &settings.ghec {
            None => None,
            Some(g) => Some(self.ghec_client(g).await.map_err(|e| e.report())),
        };
        let mut ghes = Vec::with_capacity(settings.ghes.len());
        for g in settings.ghes {
            // Built in connections.rs, with the instance's custom CA bundle.
            let client = self.ghes_client(&g).await.map_err(|e| e.report());
            ghes.push((g, client));
        }
        Targets { ghec, ghes }
    }

    /// Reads a secret off the async threads (keyring calls block on D-Bus).
    pub(crate) async fn secret(&self, key: SecretKey, target: &str) -> Result<ghls_domain::Secret> {
        let store = self.credentials.clone();
        let what = key.kind.describe();
        let found = tokio::task::spawn_blocking(move || store.get(&key))
            .await
            .map_err(|e| Error::KeyringUnavailable {
                detail: e.to_string(),
            })??;
        found
            .filter(|s| !s.is_blank())
            .ok_or_else(|| Error::MissingSecret {
                target: target.to_owned(),
                what,
            })
    }
}
