//! Opening the app as the desktop shell does (`src-tauri/src/start.rs`): the demo with its
//! in-process emulator, or the settings file, the OS keyring (behind the token variables)
//! and the activity record shared with the desktop app.

use std::path::PathBuf;
use std::sync::Arc;

use ghls_services::demo::{self, DemoConfig};
use ghls_services::ActivityLog;
use ghls_services::History;
use ghls_services::KeyringStore;
use ghls_services::SettingsStore;
use ghls_services::{App, ErrorReport, Mode};

use crate::args::Global;
use crate::env_tokens::EnvFirst;
use crate::exit::Failure;

/// Opens the app the global flags ask for.
pub async fn open_app(g: &Global) -> Result<App, Failure> {
    if g.demo() {
        let defaults = DemoConfig::default();
        return Ok(demo::start(DemoConfig {
            consumers: g.demo_consumers.unwrap_or(defaults.consumers),
            seed: g.demo_seed.unwrap_or(defaults.seed),
            ..defaults
        })
        .await?);
    }
    let store = SettingsStore::default_location().ok_or_else(|| {
        Failure::from(ghls_services::Error::SettingsRead {
            path: ghls_l10n::t!("cli-no-config-folder").into(),
            detail: ghls_l10n::t!("cli-no-config-folder-detail"),
        })
    })?;
    let credentials = Arc::new(EnvFirst::from_env(Arc::new(KeyringStore)));
    let app = App::open(store, credentials);
    // Every reading is kept in the history the desktop app shows (the same file), and what
    // the CLI does (checks, watches) is recorded in its Activity record.
    let Some(path) = History::default_location() else {
        return Ok(app);
    };
    let opened = tokio::task::spawn_blocking(move || {
        let history = History::open(&path);
        let activity = ActivityLog::in_history(&history, ActivityLog::default_location());
        (history, activity)
    })
    .await;
    let app = match opened {
        Ok((history, activity)) => app.with_history(history).with_activity_log(activity),
        Err(_) => app,
    };
    Ok(app)
}

/// Advice only the CLI can give, added to the app's: where the settings are, and that
/// tokens may come from the environment.
#[derive(Debug, Clone)]
pub struct Advice {
    demo: bool,
    settings_path: Option<PathBuf>,
}

impl Advice {
    pub fn for_app(app: &App) -> Self {
        Self {
            demo: app.mode() == Mode::Demo,
            settings_path: app.info().settings_path.map(PathBuf::from),
        }
    }

    /// `report` with the CLI's advice added where it helps.
    pub fn apply(&self, report: ErrorReport) -> ErrorReport {
        if self.demo {
            return report;
        }
        match report.kind.as_str() {
            "missing_secret" | "keyring_unavailable" | "keyring" => {
                report.with_extra_fix(&ghls_l10n::t!("cli-advice-token-variables"))
            }
            "unauthorized" => report.with_extra_fix(&ghls_l10n::t!("cli-advice-token-order")),
            "not_configured" | "settings_corrupt" | "settings_from_the_future" => {
                let advice = match &self.settings_path {
                    Some(p) => {
                        ghls_l10n::t!("cli-advice-settings-at", path = p.display().to_string())
                    }
                    None => ghls_l10n::t!("cli-advice-settings"),
                };
                report.with_extra_fix(&advice)
            }
            _ => report,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_token_names_the_environment_variables() {
        let advice = Advice {
            demo: false,
            settings_path: Some("/home/a/.config/ghe-license-sync/settings.json".into()),
        };
        let r = advice.apply(
            ghls_services::Error::MissingSecret {
                target: "GitHub Enterprise Cloud".into(),
                what: ghls_services::connections::SecretKind::Token,
            }
            .report(),
        );
        let fix = r.fix.unwrap_or_default();
        assert!(fix.starts_with("Open Connections"), "{fix}");
        assert!(fix.contains("GHLS_GHEC_TOKEN"), "{fix}");
        let r = advice.apply(
            ghls_services::Error::NotConfigured {
                what: ghls_services::Configurable::Ghec,
            }
            .report(),
        );
        assert!(
            r.fix
                .unwrap_or_default()
                .contains("/home/a/.config/ghe-license-sync"),
            "the settings path is named"
        );
    }
}
