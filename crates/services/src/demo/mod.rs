//! Demo mode: the built-in GitHub emulator started in-process, settings pointing at it,
//! and its demo tokens held in memory (never in the keyring), so a newcomer sees every
//! screen work without any account.
//!
//! The demo's emulator serves each GHES instance's admin shell over SSH and its Manage API
//! too: the settings point each instance's `ssh` at its loopback endpoint, and the
//! Management Console passwords are held in memory like the tokens. What only the demo
//! needs (the emulator's `known_hosts` file and client key, the Manage API's address) is
//! not in the settings: the app reads it from the running emulator, in demo mode only.

use std::sync::Arc;

use ghls_domain::Secret;
use ghls_emulator::{Emulator, EmulatorConfig, EmulatorInfo};

use crate::app::App;
use crate::connections::{
    CredentialStore, GhecSettings, GhesSettings, MemoryStore, SecretKey, Settings, SshTarget,
    SETTINGS_VERSION,
};
use crate::error::{Error, ErrorReport, Result};
use crate::sync::OpenIn;

/// How big a demo to start.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    pub consumers: usize,
    pub seed: u64,
    /// Weeks of past readings the demo's history starts with (read from the emulator as
    /// it was each week: `World::weeks_ago`); 0 starts it empty.
    pub history_weeks: u32,
}

impl Default for DemoConfig {
    fn default() -> Self {
        Self {
            consumers: ghls_emulator::DEFAULT_CONSUMERS,
            seed: 1,
            history_weeks: 0,
        }
    }
}

/// The weeks of history the desktop demo starts with.
pub const DEMO_HISTORY_WEEKS: u32 = 12;

/// Starts the emulator on the current tokio runtime and an app connected to it.
pub async fn start(config: DemoConfig) -> Result<App> {
    let emulator = Emulator::start(EmulatorConfig {
        consumers: config.consumers,
        seed: config.seed,
        // The admin shell over SSH, for Export license usage.
        ssh: true,
        ..EmulatorConfig::default()
    })
    .await
    .map_err(|e| Error::Emulator(e.to_string()))?;
    let info = emulator.info();
    let credentials: Arc<dyn CredentialStore> = Arc::new(MemoryStore::default());
    store_demo_tokens(credentials.as_ref(), &info)?;
    let app = App::for_demo(settings_for(&info), credentials, emulator, advice);
    if config.history_weeks > 0 {
        seed_history(&app, config.history_weeks, config.seed).await?;
    }
    Ok(app)
}

/// Fills the demo's history with a reading a week for the last `weeks` weeks: the emulator
/// travels back to each week (`World::weeks_ago`), and the License screen and the consumed
/// licenses are read from it over HTTP, as the app reads them, and kept with that week's
/// time. The emulator then comes back to now, with its rate budgets full again.
async fn seed_history(app: &App, weeks: u32, seed: u64) -> Result<()> {
    let Some(emulator) = app.emulator() else {
        return Ok(());
    };
    let now = time::OffsetDateTime::now_utc();
    let present = emulator.with_world(Clone::clone);
    let enterprise = present.enterprise.slug.clone();
    let history = app.history().clone();
    let mut outcome = Ok(());
    for w in (1..=weeks).rev() {
        let at = now - time::Duration::weeks(i64::from(w));
        emulator.update_world(|world| *world = present.weeks_ago(w, seed, now));
        let overview = app.license_overview_as_of(at).await;
        let data = match app.fetch_consumed_once().await {
            Ok(d) => d,
            Err(e) => {
                outcome = Err(e);
                break;
            }
        };
        let (history, enterprise) = (history.clone(), enterprise.clone());
        let kept = crate::support::blocking(ghls_l10n::msg!("task-keep-demo-week"), move || {
            history.record_license(&enterprise, &overview)?;
            let report =
                ghls_domain::analyse(&data.users, &ghls_domain::AnalysisContext::default());
            history.record_duplicates(&enterprise, at, &report, false)?;
            history.record_consumed(&enterprise, at, &data).map(|_| ())
        })
        .await
        .and_then(|r| r);
        if let Err(e) = kept {
            outcome = Err(e);
            break;
        }
    }
    emulator.update_world(|world| *world = present);
    emulator.reset_rate_limits();
    outcome.map(|_| ())
}

/// The demo's advice: a refused connection means the built-in emulator stopped.
fn advice(report: ErrorReport) -> ErrorReport {
    if report.kind == "connection_refused" {
        report.with_fix(&ghls_l10n::t!("svc-demo-emulator-stopped"))
    } else {
        report
    }
}

/// Settings that point at the emulator.
pub fn settings_for(info: &EmulatorInfo) -> Settings {
    Settings {
        version: SETTINGS_VERSION,
        ghec: Some(GhecSettings {
            api_url: info.ghec.api_url.clone(),
            enterprise: info.ghec.enterprise.clone(),
            // The emulator's web pages, so hand-offs stay inside the demo.
            web_url: Some(web_root(&info.ghec.web_url, || {
                format!("{}/ghec/web", info.base_url)
            })),
            licensing_url: None,
        }),
        ghes: info
            .ghes
            .iter()
            .map(|g| GhesSettings {
                id: g.name.clone(),
                hostname: g.hostname.clone(),
                https: true,
                api_url: Some(g.api_url.clone()),
                label: None,
                // The emulator's admin shell, with its own known_hosts file and demo key,
                // and none of the user's ssh configuration.
                ssh: g.ssh.as_ref().map(|s| SshTarget {
                    user: s.user.clone(),
                    host: Some(s.host.clone()),
                    port: s.port,
                    known_hosts: Some(s.known_hosts_file.clone()),
                    identity_file: Some(s.identity_file.clone()),
                    ignore_ssh_config: true,
                }),
                ca_bundle: None,
                web_url: Some(web_root(&g.web_url, || {
                    format!("{}/ghes/{}/web", info.base_url, g.name)
                })),
                // The emulator's stand-in for the Management Console API.
                manage_url: Some(g.manage_url.clone()).filter(|u| !u.trim().is_empty()),
                enterprise_slug: None,
                license_page_url: None,
                connect_page_url: None,
            })
            .collect(),
        // A window of the app: the demo needs no browser and no GitHub sign-in.
        handoff: OpenIn::AppWindow,
        rate_reserve_percent: None,
        history_detail_days: None,
        language: None,
    }
}

/// The emulator's web root, or where it serves it when it did not say (an older binary).
fn web_root(said: &str, derived: impl FnOnce() -> String) -> String {
    if said.trim().is_empty() {
        derived()
    } else {
        said.trim().to_owned()
    }
}

fn store_demo_tokens(store: &dyn CredentialStore, info: &EmulatorInfo) -> Result<()> {
    store.set(
        &SecretKey::ghec_token(),
        &Secret::new(info.ghec.token.clone()),
    )?;
    for g in &info.ghes {
        store.set(
            &SecretKey::ghes_token(&g.name),
            &Secret::new(g.token.clone()),
        )?;
        if !g.manage_password.is_empty() {
            store.set(
                &SecretKey::ghes_manage_password(&g.name),
                &Secret::new(g.manage_password.clone()),
            )?;
        }
    }
    Ok(())
}
