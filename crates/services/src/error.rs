//! Errors of the app services, and [`ErrorReport`]: the structured form the UI and the
//! CLI's `--json` receive (a kind to switch on, what happened, what to do).

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::connections::FieldProblem;

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

    #[error("{} {} attention: {}", problems.len(), if problems.len() == 1 { "setting needs" } else { "settings need" }, list_problems(problems))]
    InvalidSettings { problems: Vec<FieldProblem> },

    #[error("Saving is off: the settings file could not be read as this version's settings, and it is kept as it is.")]
    SettingsReadOnly,

    #[error("The custom CA bundle {path} cannot be used: {detail}.")]
    CaBundle { path: String, detail: String },

    #[error("{what} is not set up.")]
    NotConfigured { what: &'static str },

    #[error("No consumed licenses are loaded yet.")]
    NotLoaded,

    #[error("The export could not be written to {path}: {detail}.")]
    Export { path: PathBuf, detail: String },

    #[error("{what} stopped unexpectedly: {detail}.")]
    Task { what: &'static str, detail: String },

    #[error(
        "A watch for {target} is already running (started {started_ago} ago); cancel it first."
    )]
    WatchRunning { target: String, started_ago: String },

    #[error("{file} cannot be uploaded: {reason}")]
    UsageFileRefused {
        file: String,
        reason: String,
        fix: String,
    },

    #[error("There is no web address to open for {target}.")]
    NoWebAddress { target: String },

    #[error("{what} `{value}` is not valid: {detail}.")]
    InvalidArgument {
        what: &'static str,
        value: String,
        detail: String,
    },

    /// Export license usage over the admin shell failed (`usage_export/`).
    #[error("{0}")]
    AdminShell(Box<crate::usage_export::ShellError>),

    #[error("{what} is already running.")]
    JobRunning { what: String },

    #[error("{file} cannot be uploaded as a license: {reason}")]
    LicenseFileRefused {
        file: String,
        reason: String,
        fix: String,
    },
}

fn list_problems(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.label, p.message))
        .collect::<Vec<_>>()
        .join(" ")
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
            Self::InvalidSettings { .. } => "invalid_settings",
            Self::SettingsReadOnly => "settings_read_only",
            Self::CaBundle { .. } => "ca_bundle",
            Self::NotConfigured { .. } => "not_configured",
            Self::NotLoaded => "not_loaded",
            Self::Export { .. } => "export_failed",
            Self::Task { .. } => "internal",
            Self::WatchRunning { .. } => "watch_running",
            Self::UsageFileRefused { .. } => "usage_file_refused",
            Self::NoWebAddress { .. } => "no_web_address",
            Self::InvalidArgument { .. } => "invalid_argument",
            Self::AdminShell(e) => e.kind(),
            Self::JobRunning { .. } => "job_running",
            Self::LicenseFileRefused { .. } => "license_file_refused",
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
            Self::InvalidSettings { problems } => match problems.as_slice() {
                [one] => one.fix.clone(),
                _ => "Correct the fields marked on the Connections screen, then save again.".to_owned(),
            },
            Self::SettingsReadOnly => "Look at the settings warning: update the app, or move the file away to start over. Until then nothing is written over it.".to_owned(),
            Self::CaBundle { .. } => "Check the path of the custom CA bundle in Connections: it must be a readable PEM file with your company's CA certificate(s) (-----BEGIN CERTIFICATE-----).".to_owned(),
            Self::NotConfigured { .. } => "Enter the enterprise slug in Connections and save.".to_owned(),
            Self::NotLoaded => "Load the consumed licenses from GitHub first (Consumed licenses, Load).".to_owned(),
            Self::Export { .. } => "Choose a folder you can write to with space left; a file that was there before is unchanged.".to_owned(),
            Self::Task { .. } => "Try again; if it happens again, see the logs.".to_owned(),
            Self::WatchRunning { .. } => "Wait until GitHub confirms it, or cancel that watch, then start again.".to_owned(),
            Self::UsageFileRefused { fix, .. } => fix.clone(),
            Self::NoWebAddress { .. } => "Enter the web address in Connections (e.g. https://github.com, or https://SUBDOMAIN.ghe.com with data residency).".to_owned(),
            Self::InvalidArgument { .. } => "Refresh the screen and try again.".to_owned(),
            Self::AdminShell(e) => e.fix(),
            Self::JobRunning { .. } => "Wait until it finishes (or cancel it), then start again.".to_owned(),
            Self::LicenseFileRefused { fix, .. } => fix.clone(),
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
            fields: match self {
                Self::InvalidSettings { problems } => Some(problems.clone()),
                _ => None,
            },
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
    /// The refused fields, for `invalid_settings`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fields: Option<Vec<FieldProblem>>,
}

impl ErrorReport {
    /// Replaces the advice with what only the caller knows (e.g. that the demo's emulator
    /// stopped, where "check the host name" would mislead).
    pub fn with_fix(mut self, fix: &str) -> Self {
        self.fix = Some(fix.to_owned());
        self
    }

    /// Adds what only the caller knows after the existing advice.
    pub fn with_extra_fix(mut self, extra: &str) -> Self {
        self.fix = Some(match self.fix.take() {
            Some(f) if !f.is_empty() => format!("{f} {extra}"),
            _ => extra.to_owned(),
        });
        self
    }
}
