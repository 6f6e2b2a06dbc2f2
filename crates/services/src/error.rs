//! Errors of the app services, and [`ErrorReport`]: the structured form the UI and the
//! CLI's `--json` receive (a kind to switch on, what happened, what to do).

use std::path::PathBuf;

use ghls_l10n::Message;
use serde::{Deserialize, Serialize};
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
    Emulator(String),

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

    /// Refused settings of the background checks (`monitor/`).
    #[error("{} {} attention: {}", problems.len(), if problems.len() == 1 { "background check setting needs" } else { "background check settings need" }, list_problems(problems))]
    InvalidMonitorSettings { problems: Vec<FieldProblem> },

    /// The history database (`history/`) could not be used.
    #[error("The history {path} could not be used: {detail}.")]
    History { path: PathBuf, detail: String },

    #[error("Each load's people must be kept at least {min} days ({days} days was asked).")]
    HistoryDetailTooShort { days: u32, min: u32 },

    /// The history could not be opened at start (the report says why).
    #[error("{}", .0.message)]
    HistoryUnavailable(Box<ErrorReport>),

    #[error("No earlier consumed-licenses load is kept in the history to compare with.")]
    NoHistory,

    #[error("The history {path} was written by a newer version of GHE License Sync (schema version {found}, this app reads up to {supported}).")]
    HistoryFromTheFuture {
        path: PathBuf,
        found: i64,
        supported: i64,
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
    /// The history that could not be opened, as its report said.
    pub(crate) fn history_unavailable(report: ErrorReport) -> Self {
        Self::HistoryUnavailable(Box::new(report))
    }

    /// The kind of failure, to switch on.
    pub fn error_kind(&self) -> ErrorKind {
        match self {
            Self::GitHub(e) => ErrorKind::of_github(e),
            Self::MissingSecret { .. } => ErrorKind::MissingSecret,
            Self::KeyringUnavailable { .. } => ErrorKind::KeyringUnavailable,
            Self::Keyring { .. } => ErrorKind::Keyring,
            Self::SettingsRead { .. } => ErrorKind::SettingsRead,
            Self::SettingsCorrupt { .. } => ErrorKind::SettingsCorrupt,
            Self::SettingsFromTheFuture { .. } => ErrorKind::SettingsFromTheFuture,
            Self::SettingsWrite { .. } => ErrorKind::SettingsWrite,
            Self::Emulator(_) => ErrorKind::Emulator,
            Self::UnknownInstance(_) => ErrorKind::UnknownInstance,
            Self::InvalidSettings { .. } => ErrorKind::InvalidSettings,
            Self::SettingsReadOnly => ErrorKind::SettingsReadOnly,
            Self::CaBundle { .. } => ErrorKind::CaBundle,
            Self::NotConfigured { .. } => ErrorKind::NotConfigured,
            Self::NotLoaded => ErrorKind::NotLoaded,
            Self::Export { .. } => ErrorKind::ExportFailed,
            Self::Task { .. } => ErrorKind::Internal,
            Self::WatchRunning { .. } => ErrorKind::WatchRunning,
            Self::UsageFileRefused { .. } => ErrorKind::UsageFileRefused,
            Self::NoWebAddress { .. } => ErrorKind::NoWebAddress,
            Self::InvalidArgument { .. } => ErrorKind::InvalidArgument,
            Self::AdminShell(e) => e.error_kind(),
            Self::JobRunning { .. } => ErrorKind::JobRunning,
            Self::LicenseFileRefused { .. } => ErrorKind::LicenseFileRefused,
            Self::InvalidMonitorSettings { .. } => ErrorKind::InvalidSettings,
            Self::History { .. } => ErrorKind::History,
            Self::HistoryFromTheFuture { .. } => ErrorKind::HistoryFromTheFuture,
            Self::HistoryUnavailable(r) => r.kind,
            Self::NoHistory => ErrorKind::NoHistory,
            Self::HistoryDetailTooShort { .. } => ErrorKind::InvalidArgument,
        }
    }

    /// [`Error::error_kind`]'s wire name, e.g. for `ghls --json`.
    pub fn kind(&self) -> &'static str {
        self.error_kind().as_str()
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
            Self::InvalidMonitorSettings { problems } => match problems.as_slice() {
                [one] => one.fix.clone(),
                _ => "Correct the marked Background checks settings, then save again.".to_owned(),
            },
            Self::History { .. } => "Check there is space left and that the data folder is writable; the app works on without its history meanwhile. A damaged file can be moved away: a new one is started.".to_owned(),
            Self::HistoryFromTheFuture { .. } => "Update GHE License Sync. Until then the history is left as it is, and this version works without it.".to_owned(),
            Self::HistoryUnavailable(r) => r.fix.clone().unwrap_or_default(),
            Self::HistoryDetailTooShort { min, .. } => format!("Choose {min} days or more; each load's summary is kept for ever either way."),
            Self::NoHistory => "Load the consumed licenses (Consumed licenses, Load; or `ghls consumed`): every load is kept, and changes are counted from the second one.".to_owned(),
        }
    }

    /// What failed, as a message of `locales/` (its `Display` is this message's text).
    pub fn message(&self) -> Message {
        // Not yet in locales/: the English sentence as it is (issue #17 moves each one).
        ghls_l10n::msg!("text-as-is", text = self.to_string())
    }

    /// What to do about it, as a message of `locales/`.
    pub fn fix_message(&self) -> Message {
        ghls_l10n::msg!("text-as-is", text = self.fix())
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
            github_message: github.and_then(|g| g.message.clone()),
            documentation_url: github.and_then(|g| g.documentation_url.clone()),
            retry_after_seconds,
            fields: match self {
                Self::InvalidSettings { problems } | Self::InvalidMonitorSettings { problems } => {
                    Some(problems.clone())
                }
                _ => None,
            },
            ..ErrorReport::new(
                self.error_kind(),
                &self.message(),
                Some(&self.fix_message()),
            )
        }
    }
}

wire_enum! {
    /// A stable name of a kind of failure, to switch on: the UI (a generated union of
    /// string literals), `ghls --json` and the tests. The wire names never change.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
    #[ts(export)]
    pub enum ErrorKind {
        /// GitHub: the token is wrong, expired or revoked (401).
        Unauthorized = "unauthorized",
        /// GitHub: the token must be authorized for SAML single sign-on.
        SsoRequired = "sso_required",
        /// GitHub: the token lacks a scope or a role (403).
        Forbidden = "forbidden",
        /// GitHub: this endpoint does not take this kind of token.
        TokenTypeUnsupported = "token_type_unsupported",
        NotFound = "not_found",
        RateLimited = "rate_limited",
        ServerError = "server_error",
        UnexpectedStatus = "unexpected_status",
        /// GitHub, or the admin shell, did not answer in time.
        Timeout = "timeout",
        ConnectionRefused = "connection_refused",
        Connect = "connect",
        /// TLS failed for a reason the client could not tell.
        Tls = "tls",
        TlsUnknownIssuer = "tls_unknown_issuer",
        TlsNameMismatch = "tls_name_mismatch",
        TlsExpired = "tls_expired",
        Transport = "transport",
        Decode = "decode",
        BodyTooLarge = "body_too_large",
        ForeignLink = "foreign_link",
        InvalidUrl = "invalid_url",
        ClientSetup = "client_setup",
        CaBundle = "ca_bundle",
        /// A fetch, watch or export was cancelled.
        Cancelled = "cancelled",
        /// The Management Console refused the password.
        ManageUnauthorized = "manage_unauthorized",
        LicenseRejected = "license_rejected",
        /// GitHub refused a GraphQL query.
        Graphql = "graphql",
        InstallationNotFound = "installation_not_found",
        MissingSecret = "missing_secret",
        KeyringUnavailable = "keyring_unavailable",
        Keyring = "keyring",
        SettingsRead = "settings_read",
        SettingsCorrupt = "settings_corrupt",
        SettingsFromTheFuture = "settings_from_the_future",
        SettingsWrite = "settings_write",
        /// The built-in demo emulator could not start.
        Emulator = "emulator",
        UnknownInstance = "unknown_instance",
        /// Refused settings: see `fields`.
        InvalidSettings = "invalid_settings",
        SettingsReadOnly = "settings_read_only",
        NotConfigured = "not_configured",
        NotLoaded = "not_loaded",
        ExportFailed = "export_failed",
        Internal = "internal",
        WatchRunning = "watch_running",
        UsageFileRefused = "usage_file_refused",
        NoWebAddress = "no_web_address",
        InvalidArgument = "invalid_argument",
        JobRunning = "job_running",
        LicenseFileRefused = "license_file_refused",
        AdminShellNotSetUp = "admin_shell_not_set_up",
        SshMissing = "ssh_missing",
        SshHostKeyUnknown = "ssh_host_key_unknown",
        SshHostKeyChanged = "ssh_host_key_changed",
        SshAuthRefused = "ssh_auth_refused",
        SshConnect = "ssh_connect",
        SshCommandNotFound = "ssh_command_not_found",
        SshCommandFailed = "ssh_command_failed",
        SshConnectionLost = "ssh_connection_lost",
        ExportNotUsage = "export_not_usage",
        ExportTooLarge = "export_too_large",
        /// The desktop shell: a file dialog failed.
        FileDialog = "file_dialog",
        /// The desktop shell: Start at login could not be changed.
        Autostart = "autostart",
        /// The history database could not be used.
        History = "history",
        /// The history database is from a newer version, and left untouched.
        HistoryFromTheFuture = "history_from_the_future",
        /// Nothing to compare yet: no consumed-licenses load is kept.
        NoHistory = "no_history",
        /// The CLI: a wrong argument.
        Usage = "usage",
        /// The CLI: its output could not be written.
        Output = "output",
        /// The CLI: the reader of its output went away.
        BrokenPipe = "broken_pipe",
        /// The CLI: a watched sync failed.
        SyncFailed = "sync_failed",
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for ErrorKind {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ErrorKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl ErrorKind {
    /// The kind of a GitHub client failure, by its variant.
    pub fn of_github(e: &ghls_github::Error) -> Self {
        use ghls_github::{Error as G, TlsReason};
        match e {
            G::Unauthorized { .. } => Self::Unauthorized,
            G::Forbidden { sso: Some(_), .. } => Self::SsoRequired,
            G::Forbidden { .. } => Self::Forbidden,
            G::TokenTypeUnsupported { .. } => Self::TokenTypeUnsupported,
            G::NotFound { .. } => Self::NotFound,
            G::RateLimited { .. } => Self::RateLimited,
            G::ServerError { .. } => Self::ServerError,
            G::UnexpectedStatus { .. } => Self::UnexpectedStatus,
            G::Timeout { .. } => Self::Timeout,
            G::ConnectionRefused { .. } => Self::ConnectionRefused,
            G::Connect { .. } => Self::Connect,
            G::Tls { reason, .. } => match reason {
                TlsReason::UnknownIssuer => Self::TlsUnknownIssuer,
                TlsReason::NameMismatch => Self::TlsNameMismatch,
                TlsReason::Expired => Self::TlsExpired,
                _ => Self::Tls,
            },
            G::Transport { .. } => Self::Transport,
            G::Decode { .. } => Self::Decode,
            G::BodyTooLarge { .. } => Self::BodyTooLarge,
            G::ForeignLink { .. } => Self::ForeignLink,
            G::InvalidUrl { .. } => Self::InvalidUrl,
            G::ClientSetup { .. } => Self::ClientSetup,
            G::CaBundle { .. } => Self::CaBundle,
            G::Cancelled { .. } | G::GraphqlCancelled { .. } => Self::Cancelled,
            G::ManagePasswordRefused { .. } => Self::ManageUnauthorized,
            G::LicenseRejected { .. } => Self::LicenseRejected,
            G::Graphql { .. } => Self::Graphql,
            G::InstallationNotListed { .. } => Self::InstallationNotFound,
            // The client's error is non-exhaustive: a variant added there is found by its
            // wire name until it gets its own arm here.
            other => Self::ALL
                .iter()
                .copied()
                .find(|k| *k == other.kind())
                .unwrap_or(Self::Internal),
        }
    }
}

/// An error as the UI and `--json` receive it. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ErrorReport {
    /// A stable name to switch on (`unauthorized`, `not_found`, `connection_refused`, …).
    pub kind: ErrorKind,
    /// The id of `message` in `locales/` (stable, like `kind` but one per sentence).
    pub id: String,
    /// The arguments `message` was rendered with (data as strings, numbers as numbers).
    #[ts(type = "Record<string, string | number | null>")]
    pub args: serde_json::Map<String, serde_json::Value>,
    /// What failed and why, in a sentence, in the process's language.
    pub message: String,
    /// What to do about it, in the process's language.
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
    /// A report of `kind` saying `message` (rendered now, in the process's language, with
    /// its id and arguments kept) and what to do (`fix`).
    pub fn new(kind: ErrorKind, message: &Message, fix: Option<&Message>) -> Self {
        let lang = ghls_l10n::language();
        Self {
            kind,
            id: message.id().to_owned(),
            args: message.args_json(lang),
            message: message.in_lang(lang),
            fix: fix.map(|f| f.in_lang(lang)),
            github_message: None,
            documentation_url: None,
            retry_after_seconds: None,
            fields: None,
        }
    }

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
