//! The application: settings, credentials and (in demo mode) the built-in emulator, and the
//! operations both shells offer.

use std::sync::{Arc, PoisonError, RwLock};

use ghls_github::{ClientOptions, GhecClient, GhesClient};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::credentials::{Backend, CredentialStore, SecretKey};
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
    settings: RwLock<Settings>,
    store: Option<SettingsStore>,
    settings_warning: Option<ErrorReport>,
    credentials: Arc<dyn CredentialStore>,
    client_options: ClientOptions,
    emulator: Option<ghls_emulator::Emulator>,
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
            credentials,
            client_options: ClientOptions::default(),
            emulator: None,
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
            credentials,
            client_options: ClientOptions::default(),
            emulator: Some(emulator),
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
        license_overview::load(targets, OffsetDateTime::now_utc(), |report| {
            if demo && report.kind == "connection_refused" {
                report.with_extra_fix(
                    "The built-in GitHub emulator is not answering: it was stopped. Quit and start the demo again.",
                )
            } else {
                report
            }
        })
        .await
    }

    /// Clients for every configured connection, with their tokens from the store.
    async fn targets(&self) -> Targets {
        let settings = self.settings();
        let ghec = match &settings.ghec {
            None => None,
            Some(g) => Some(match self.secret(SecretKey::ghec_token(), "GitHub Enterprise Cloud").await {
                Ok(token) => GhecClient::new(&g.api_url, &g.enterprise, &token, &self.client_options)
                    .map_err(|e| Error::from(e).report()),
                Err(e) => Err(e.report()),
            }),
        };
        let mut ghes = Vec::with_capacity(settings.ghes.len());
        for g in settings.ghes {
            let target = format!("GHES {}", g.display_name());
            let client = match self.secret(SecretKey::ghes_token(&g.id), &target).await {
                Ok(token) => GhesClient::new(&g.api_base_url(), &g.hostname, &token, &self.client_options)
                    .map_err(|e| Error::from(e).report()),
                Err(e) => Err(e.report()),
            };
            ghes.push((g, client));
        }
        Targets { ghec, ghes }
    }

    /// Reads a secret off the async threads (keyring calls block on D-Bus).
    async fn secret(&self, key: SecretKey, target: &str) -> Result<ghls_domain::Secret> {
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
