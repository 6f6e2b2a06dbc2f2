//! Demo mode: the built-in GitHub emulator started in-process, settings pointing at it,
//! and its demo tokens held in memory (never in the keyring), so a newcomer sees every
//! screen work without any account.

use std::sync::Arc;

use ghls_domain::Secret;
use ghls_emulator::{Emulator, EmulatorConfig, EmulatorInfo};

use crate::app::App;
use crate::credentials::{CredentialStore, MemoryStore, SecretKey};
use crate::error::Result;
use crate::settings::{GhecSettings, GhesSettings, Settings, SETTINGS_VERSION};

/// How big a demo to start.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    pub consumers: usize,
    pub seed: u64,
}

impl Default for DemoConfig {
    fn default() -> Self {
        Self {
            consumers: ghls_emulator::DEFAULT_CONSUMERS,
            seed: 1,
        }
    }
}

/// Starts the emulator on the current tokio runtime and an app connected to it.
pub async fn start(config: DemoConfig) -> Result<App> {
    let emulator = Emulator::start(EmulatorConfig {
        consumers: config.consumers,
        seed: config.seed,
        ..EmulatorConfig::default()
    })
    .await?;
    let info = emulator.info();
    let credentials: Arc<dyn CredentialStore> = Arc::new(MemoryStore::default());
    store_demo_tokens(credentials.as_ref(), &info)?;
    Ok(App::for_demo(settings_for(&info), credentials, emulator))
}

/// Settings that point at the emulator.
pub fn settings_for(info: &EmulatorInfo) -> Settings {
    Settings {
        version: SETTINGS_VERSION,
        ghec: Some(GhecSettings {
            api_url: info.ghec.api_url.clone(),
            enterprise: info.ghec.enterprise.clone(),
            web_url: None,
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
            })
            .collect(),
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
    }
    Ok(())
}
