//! Errors of the app services, and [`ErrorReport`]: the structured form the UI and the
//! CLI's `--json` receive (a kind to switch on, what happened, what to do).

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

/// Result of a service call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the services.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    GitHub(#[from] ghls_github::Error),

    #[error("No {what} is saved for {target}.")]
    MissingSecret { target: String, what: &'static str },

    #[error("The OS keyring is not available: {detail}.")]
    KeyringUnavailable { detail: String },

    #[error("The OS keyring refused to {action} the {what} for {target}: {detail}.")]
    Keyring {
        action: &'static str,
        what: &'static str,
        target: String,
        detail: String,
    },

    #[error("The settings file {path} could not be read: {detail}.")]
    SettingsRead { path: PathBuf, detail: String },

    #[error("The settings file {path} is not valid ({detail}); it was kept aside as {kept_as}.")]
    SettingsCorrupt {
        path: PathBuf,
        kept_as: PathBuf,
        detail: String,
    },

    #[error("The settings file {path} was written by a newer version of GHE License Sync (settings version {found}, this app reads up to {supported}).")]
    SettingsFromTheFuture {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error("The settings could not be saved to {path}: {detail}.")]
    SettingsWrite { path: PathBuf, detail: String },

    #[error("The built-in GitHub emulator could not start: {0}.")]
    Emulator(#[from] ghls_emulator::Error),

    #[error("There is no GHES instance `{0}` in the settings.")]
    UnknownInstance(String),
}

impl Error {
    /// A stable name of the kind of failure.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::GitHub(e) => e.kind(),
            Self::MissingSecret { .. } => "missing_secret",
            Self::KeyringUnavailable { .. } => "keyring_unavailable",
            Self::Keyring { .. } => "keyring",
            Self::SettingsRead { .. } => "settings_read",
            Self::SettingsCorrupt { .. } => "settings_corrupt",
            Self::SettingsFromTheFuture { .. } => "settings_from_the_future",
            Self::SettingsWrite { .. } => "settings_write",
            Self::Emulator(_) => "emulator",
            Self::UnknownInstance(_) => "unknown_instance",
        }
    }

    /// What to do about it.
    pub fn fix(&self) -> String {
        match self {
            Self::GitHub(e) => e.fix(),
            Self::MissingSecret { what, .. } => format!(
                "Open Connections and save the {what}. It is kept in the OS keyring, never in a file."
            ),
            Self::KeyringUnavailable { .. } => "Start or unlock your desktop keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or keep secrets for this session only.".to_owned(),
            Self::Keyring { .. } => "Unlock the keyring and try again.".to_owned(),
            Self::SettingsRead { .. } => "Check the file's permissions.".to_owned(),
            Self::SettingsCorrupt { .. } => "The app starts with empty settings; re-enter your connections, or repair the kept file and put it back.".to_owned(),
            Self::SettingsFromTheFuture { .. } => "Update GHE License Sync, or move the file away to start over with this version.".to_owned(),
            Self::SettingsWrite { .. } => "Check there is space left and that the configuration folder is writable.".to_owned(),
            Self::Emulator(_) => "Close other copies of the demo, then start the app again.".to_owned(),
            Self::UnknownInstance(_) => "Refresh: the settings changed.".to_owned(),
        }
    }

    /// The structured form for the UI and `--json`.
    pub fn report(&self) -> ErrorReport {
        let github = match self {
            Self::GitHub(e) => e.github_message(),
            _ => None,
        };
        let retry_after_seconds = match self {
            Self::GitHub(ghls_github::Error::RateLimited { limit, .. }) => {
                Some(limit.wait_seconds(time::OffsetDateTime::now_utc()))
            }
            _ => None,
        };
        ErrorReport {
            kind: self.kind().to_owned(),
            message: self.to_string(),
            fix: Some(self.fix()),
            github_message: github.and_then(|g| g.message.clone()),
            documentation_url: github.and_then(|g| g.documentation_url.clone()),
            retry_after_seconds,
        }
    }
}

/// An error as the UI and `--json` receive it. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ErrorReport {
    /// A stable name to switch on (`unauthorized`, `not_found`, `connection_refused`, …).
    pub kind: String,
    /// What failed and why, in a sentence.
    pub message: String,
    /// What to do about it.
    pub fix: Option<String>,
    /// GitHub's own `message`, verbatim, when it sent one.
    pub github_message: Option<String>,
    /// GitHub's `documentation_url`, when it sent one.
    pub documentation_url: Option<String>,
    #[ts(type = "number | null")]
    pub retry_after_seconds: Option<u64>,
}

impl ErrorReport {
    /// Replaces the advice with what only the caller knows (e.g. that the demo's emulator
    /// stopped, where "check the host name" would mislead).
    pub fn with_fix(mut self, fix: &str) -> Self {
        self.fix = Some(fix.to_owned());
        self
    }
}
