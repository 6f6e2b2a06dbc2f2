//! Errors of the app services, and [`ErrorReport`]: the structured form the UI and the
//! CLI's `--json` receive (a kind to switch on, what happened, what to do).

use std::path::PathBuf;

use ghls_l10n::{Arg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::connections::{FieldProblem, SecretKind, SecretTarget};

/// Result of a service call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the services. Its `Display` is [`Error::message`]'s
/// text in the process's language.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    GitHub(#[from] ghls_github::Error),

    MissingSecret {
        target: String,
        what: SecretKind,
    },

    KeyringUnavailable {
        detail: String,
    },

    Keyring {
        action: KeyringAction,
        what: SecretKind,
        target: SecretTarget,
        detail: String,
    },

    SettingsRead {
        path: PathBuf,
        detail: String,
    },

    SettingsCorrupt {
        path: PathBuf,
        kept_as: PathBuf,
        detail: String,
    },

    SettingsFromTheFuture {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    SettingsWrite {
        path: PathBuf,
        detail: String,
    },

    Emulator(String),

    UnknownInstance(String),

    InvalidSettings {
        problems: Vec<FieldProblem>,
    },

    SettingsReadOnly,

    CaBundle {
        path: String,
        detail: String,
    },

    NotConfigured {
        what: Configurable,
    },

    NotLoaded,

    Export {
        path: PathBuf,
        detail: String,
    },

    /// Work on a blocking thread died. `what` names the work (a `task-*` message).
    Task {
        what: Message,
        detail: String,
    },

    WatchRunning {
        target: String,
        started_ago: String,
    },

    UsageFileRefused {
        file: String,
        reason: String,
        fix: String,
    },

    NoWebAddress {
        target: String,
    },

    /// `what` names the value ("The start", "rate reserve"); `detail` says what is allowed.
    InvalidArgument {
        what: Message,
        value: String,
        detail: Message,
    },

    /// Export license usage over the admin shell failed (`usage_export/`).
    AdminShell(Box<crate::usage_export::ShellError>),

    /// `what` is the job as a sentence's subject ("An export of license usage of main").
    JobRunning {
        what: Message,
    },

    LicenseFileRefused {
        file: String,
        reason: Message,
        fix: Message,
    },

    /// Refused settings of the background checks (`monitor/`).
    InvalidMonitorSettings {
        problems: Vec<FieldProblem>,
    },

    /// The history database (`history/`) could not be used.
    History {
        path: PathBuf,
        detail: String,
    },

    HistoryDetailTooShort {
        days: u32,
        min: u32,
    },

    /// The history could not be opened at start (the report says why).
    HistoryUnavailable(Box<ErrorReport>),

    NoHistory,

    HistoryFromTheFuture {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
}

/// What [`Error::NotConfigured`] says is not set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Configurable {
    /// The GitHub Enterprise Cloud enterprise.
    Ghec,
    /// Any GHES instance (none is configured).
    GhesInstance,
}

/// What the OS keyring was asked to do when it refused ([`Error::Keyring`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyringAction {
    Open,
    Read,
    Save,
    Delete,
}

impl KeyringAction {
    /// The selector the messages choose on.
    fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Read => "read",
            Self::Save => "save",
            Self::Delete => "delete",
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text())
    }
}

fn list_problems(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.label, p.message))
        .collect::<Vec<_>>()
        .join(" ")
}

fn path_arg(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// A report's message again, from its id and arguments (rendered arguments stay as they
/// were rendered).
fn message_of(report: &ErrorReport) -> Message {
    report
        .args
        .iter()
        .fold(Message::new(report.id.clone()), |m, (name, value)| {
            let arg = match value {
                serde_json::Value::String(s) => Arg::Text(s.clone()),
                serde_json::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or_default()),
                other => Arg::Text(other.to_string()),
            };
            m.arg(name.clone(), arg)
        })
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

    /// What to do about it, in the process's language.
    pub fn fix(&self) -> String {
        self.fix_message().text()
    }

    /// What failed, as a message of `locales/` (its `Display` is this message's text).
    pub fn message(&self) -> Message {
        use ghls_l10n::msg;
        match self {
            Self::GitHub(e) => e.message(),
            Self::MissingSecret { target, what } => {
                msg!(
                    "error-missing-secret",
                    kind = what.as_str(),
                    target = target
                )
            }
            Self::KeyringUnavailable { detail } => {
                msg!("error-keyring-unavailable", detail = detail)
            }
            Self::Keyring {
                action,
                what,
                target,
                detail,
            } => {
                let (target, instance) = match target {
                    SecretTarget::Ghec => ("ghec", ""),
                    SecretTarget::Ghes(id) => ("ghes", id.as_str()),
                };
                msg!(
                    "error-keyring",
                    action = action.as_str(),
                    kind = what.as_str(),
                    target = target,
                    instance = instance,
                    detail = detail
                )
            }
            Self::SettingsRead { path, detail } => {
                msg!(
                    "error-settings-read",
                    path = path_arg(path),
                    detail = detail
                )
            }
            Self::SettingsCorrupt {
                path,
                kept_as,
                detail,
            } => msg!(
                "error-settings-corrupt",
                path = path_arg(path),
                detail = detail,
                kept_as = path_arg(kept_as)
            ),
            Self::SettingsFromTheFuture {
                path,
                found,
                supported,
            } => msg!(
                "error-settings-from-the-future",
                path = path_arg(path),
                found = *found,
                supported = *supported
            ),
            Self::SettingsWrite { path, detail } => {
                msg!(
                    "error-settings-write",
                    path = path_arg(path),
                    detail = detail
                )
            }
            Self::Emulator(detail) => msg!("error-emulator", detail = detail),
            Self::UnknownInstance(id) => msg!("error-unknown-instance", id = id),
            Self::InvalidSettings { problems } => msg!(
                "error-invalid-settings",
                count = problems.len(),
                problems = list_problems(problems)
            ),
            Self::SettingsReadOnly => msg!("error-settings-read-only"),
            Self::CaBundle { path, detail } => {
                msg!("error-ca-bundle", path = path, detail = detail)
            }
            Self::NotConfigured { what } => msg!(
                "error-not-configured",
                what = match what {
                    Configurable::Ghec => "ghec",
                    Configurable::GhesInstance => "ghes",
                }
            ),
            Self::NotLoaded => msg!("error-not-loaded"),
            Self::Export { path, detail } => {
                msg!("error-export", path = path_arg(path), detail = detail)
            }
            Self::Task { what, detail } => msg!("error-task", what = what.clone(), detail = detail),
            Self::WatchRunning {
                target,
                started_ago,
            } => msg!(
                "error-watch-running",
                target = target,
                started_ago = started_ago
            ),
            Self::UsageFileRefused { file, reason, .. } => {
                msg!("error-usage-file-refused", file = file, reason = reason)
            }
            Self::NoWebAddress { target } => msg!("error-no-web-address", target = target),
            Self::InvalidArgument {
                what,
                value,
                detail,
            } => msg!(
                "error-invalid-argument",
                what = what.clone(),
                value = value,
                detail = detail.clone()
            ),
            Self::AdminShell(e) => e.message(),
            Self::JobRunning { what } => msg!("error-job-running", what = what.clone()),
            Self::LicenseFileRefused { file, reason, .. } => msg!(
                "error-license-file-refused",
                file = file,
                reason = reason.clone()
            ),
            Self::InvalidMonitorSettings { problems } => msg!(
                "error-invalid-monitor-settings",
                count = problems.len(),
                problems = list_problems(problems)
            ),
            Self::History { path, detail } => {
                msg!("error-history", path = path_arg(path), detail = detail)
            }
            Self::HistoryDetailTooShort { days, min } => {
                msg!("error-history-detail-too-short", min = *min, days = *days)
            }
            Self::HistoryUnavailable(report) => message_of(report),
            Self::NoHistory => msg!("error-no-history"),
            Self::HistoryFromTheFuture {
                path,
                found,
                supported,
            } => msg!(
                "error-history-from-the-future",
                path = path_arg(path),
                found = *found,
                supported = *supported
            ),
        }
    }

    /// What to do about it, as a message of `locales/`.
    pub fn fix_message(&self) -> Message {
        use ghls_l10n::msg;
        match self {
            Self::GitHub(e) => e.fix_message(),
            Self::MissingSecret { what, .. } => {
                msg!("error-missing-secret-fix", kind = what.as_str())
            }
            Self::KeyringUnavailable { .. } => msg!("error-keyring-unavailable-fix"),
            Self::Keyring { .. } => msg!("error-keyring-fix"),
            Self::SettingsRead { .. } => msg!("error-settings-read-fix"),
            Self::SettingsCorrupt { .. } => msg!("error-settings-corrupt-fix"),
            Self::SettingsFromTheFuture { .. } => msg!("error-settings-from-the-future-fix"),
            Self::SettingsWrite { .. } => msg!("error-settings-write-fix"),
            Self::Emulator(_) => msg!("error-emulator-fix"),
            Self::UnknownInstance(_) => msg!("error-unknown-instance-fix"),
            Self::InvalidSettings { problems } => match problems.as_slice() {
                [one] => msg!("text-as-is", text = &one.fix),
                _ => msg!("error-invalid-settings-fix"),
            },
            Self::SettingsReadOnly => msg!("error-settings-read-only-fix"),
            Self::CaBundle { .. } => msg!("error-ca-bundle-fix"),
            Self::NotConfigured { what } => match what {
                Configurable::Ghec => msg!("error-not-configured-ghec-fix"),
                Configurable::GhesInstance => msg!("error-not-configured-ghes-fix"),
            },
            Self::NotLoaded => msg!("error-not-loaded-fix"),
            Self::Export { .. } => msg!("error-export-fix"),
            Self::Task { .. } => msg!("error-task-fix"),
            Self::WatchRunning { .. } => msg!("error-watch-running-fix"),
            Self::UsageFileRefused { fix, .. } => msg!("text-as-is", text = fix),
            Self::NoWebAddress { .. } => msg!("error-no-web-address-fix"),
            Self::InvalidArgument { .. } => msg!("error-invalid-argument-fix"),
            Self::AdminShell(e) => e.fix_message(),
            Self::JobRunning { .. } => msg!("error-job-running-fix"),
            Self::LicenseFileRefused { fix, .. } => fix.clone(),
            Self::InvalidMonitorSettings { problems } => match problems.as_slice() {
                [one] => msg!("text-as-is", text = &one.fix),
                _ => msg!("error-invalid-monitor-settings-fix"),
            },
            Self::History { .. } => msg!("error-history-fix"),
            Self::HistoryFromTheFuture { .. } => msg!("error-history-from-the-future-fix"),
            Self::HistoryUnavailable(r) => {
                msg!("text-as-is", text = r.fix.clone().unwrap_or_default())
            }
            Self::HistoryDetailTooShort { min, .. } => {
                msg!("error-history-detail-too-short-fix", min = *min)
            }
            Self::NoHistory => msg!("error-no-history-fix"),
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

#[cfg(test)]
mod tests {
    use ghls_l10n::Lang;

    use super::*;

    #[test]
    fn an_error_report_carries_its_message_id_and_spanish_text() {
        let e = Error::NotLoaded;
        let report = e.report();
        assert_eq!(report.id, "error-not-loaded");
        assert_eq!(report.kind, ErrorKind::NotLoaded);
        assert_eq!(
            e.message().in_lang(Lang::Es),
            "Todavía no hay licencias consumidas cargadas."
        );
        assert_eq!(
            e.fix_message().in_lang(Lang::PtBr),
            "Primeiro carregue as licenças consumidas do GitHub (Licenças consumidas, Carregar)."
        );
        let e = Error::UnknownInstance("lab".into());
        assert_eq!(e.report().args["id"], "lab");
        assert_eq!(
            e.message().in_lang(Lang::PtBr),
            "Não há nenhuma instância GHES `lab` nas configurações."
        );
    }

    #[test]
    fn errors_keep_their_english_words() {
        let secret = Error::MissingSecret {
            target: "GHES main".into(),
            what: SecretKind::ManagePassword,
        };
        assert_eq!(
            secret.to_string(),
            "No Management Console password is saved for GHES main."
        );
        assert_eq!(
            secret.fix(),
            "Open Connections and save the Management Console password. It is kept in the OS keyring, never in a file."
        );
        let keyring = Error::Keyring {
            action: KeyringAction::Save,
            what: SecretKind::Token,
            target: SecretTarget::Ghes("main".into()),
            detail: "locked".into(),
        };
        assert_eq!(
            keyring.to_string(),
            "The OS keyring refused to save the token for GHES instance main: locked."
        );
        assert_eq!(
            Error::NotConfigured {
                what: Configurable::Ghec
            }
            .to_string(),
            "GitHub Enterprise Cloud is not set up."
        );
        assert_eq!(
            Error::HistoryDetailTooShort { days: 7, min: 30 }.to_string(),
            "Each load's people must be kept at least 30 days (7 days was asked)."
        );
        assert_eq!(
            Error::HistoryDetailTooShort { days: 7, min: 30 }.fix(),
            "Choose 30 days or more; each load's summary is kept for ever either way."
        );
        let problem = |label: &str| FieldProblem {
            field: "f".into(),
            label: label.into(),
            message: "Wrong.".into(),
            fix: "Fix it.".into(),
        };
        let one = Error::InvalidSettings {
            problems: vec![problem("Port")],
        };
        assert_eq!(one.to_string(), "1 setting needs attention: Port: Wrong.");
        assert_eq!(one.fix(), "Fix it.");
        let two = Error::InvalidSettings {
            problems: vec![problem("Port"), problem("Host")],
        };
        assert_eq!(
            two.to_string(),
            "2 settings need attention: Port: Wrong. Host: Wrong."
        );
        assert_eq!(
            two.fix(),
            "Correct the fields marked on the Connections screen, then save again."
        );
    }

    #[test]
    fn the_keyring_refusal_reads_in_spanish_and_portuguese() {
        let e = Error::Keyring {
            action: KeyringAction::Delete,
            what: SecretKind::ManagePassword,
            target: SecretTarget::Ghes("main".into()),
            detail: "locked".into(),
        };
        assert_eq!(
            e.message().in_lang(Lang::Es),
            "El llavero del sistema se negó a eliminar la contraseña de la consola de administración de la instancia de GHES main: locked."
        );
        let e = Error::Keyring {
            action: KeyringAction::Read,
            what: SecretKind::Token,
            target: SecretTarget::Ghec,
            detail: "locked".into(),
        };
        assert_eq!(
            e.message().in_lang(Lang::PtBr),
            "O chaveiro do sistema se recusou a ler o token do GitHub Enterprise Cloud: locked."
        );
    }

    #[test]
    fn a_history_that_could_not_open_says_so_in_any_language_from_its_report() {
        let cause = Error::History {
            path: PathBuf::from("/data/history.sqlite"),
            detail: "it is damaged".into(),
        };
        let e = Error::history_unavailable(cause.report());
        assert_eq!(e.message().id(), "error-history");
        assert_eq!(e.to_string(), cause.to_string());
        assert_eq!(
            e.message().in_lang(Lang::Es),
            "No se pudo usar el historial /data/history.sqlite: it is damaged."
        );
        assert_eq!(e.fix(), cause.fix());
    }
}
