//! The License screen: per GHES instance its license and version, per enterprise its seats
//! and the license sync of every server instance (`overview.rs`), read from GitHub now.
//! What it learns (each instance's server ID as GitHub reports it) lets a dropped usage
//! export be matched to its configured instance.

mod memory;
mod overview;

pub(crate) use memory::LicenseMemory;
pub use memory::FILE_NAME as LICENSE_SYNC_MODES_FILE;
pub use overview::{
    CloudCard, CloudInstance, CloudSeats, KnownServer, LicenseOverview, LicenseSyncMode, PageLink,
    Section, ServerCard, ServerPages, UploadView,
};

use ghls_domain::sync_status::same_host;
use time::OffsetDateTime;

use crate::app::App;
use crate::support::blocking;
use overview::Targets;

impl App {
    /// Everything the License screen shows, read from GitHub now.
    pub async fn license_overview(&self) -> LicenseOverview {
        let targets = self.targets().await;
        let overview = overview::load(targets, OffsetDateTime::now_utc(), |report| {
            self.advise(report)
        })
        .await;
        self.learn_server_ids(&overview);
        let overview = self.keep_license_sync_modes(overview).await;
        self.record_license_reading(&overview).await;
        overview
    }

    /// The License screen's data read from GitHub now, its ages told as of `at` and its
    /// time `at`: the demo's past weeks, read from its time-travelling emulator. Nothing is
    /// remembered or kept.
    #[cfg(feature = "demo")]
    pub(crate) async fn license_overview_as_of(&self, at: OffsetDateTime) -> LicenseOverview {
        let targets = self.targets().await;
        overview::load(targets, at, |report| self.advise(report)).await
    }

    /// Remembers each instance's license sync as GitHub said it now, or, when GitHub could
    /// not be read, shows the last known one with when it was read.
    async fn keep_license_sync_modes(&self, mut overview: LicenseOverview) -> LicenseOverview {
        let memory = self.license_memory().clone();
        let path = memory::file_beside(self.activity_log().path());
        let read_now = overview
            .cloud
            .loaded()
            .is_some_and(|c| matches!(c.servers, Section::Loaded { .. }));
        let found: Vec<(String, bool)> = overview
            .servers
            .iter()
            .filter_map(|c| Some((c.hostname.clone(), c.license_sync_mode.as_ref()?.connected)))
            .collect();
        let hosts: Vec<String> = overview
            .servers
            .iter()
            .map(|c| c.hostname.clone())
            .collect();
        let read_at = overview.fetched_at.clone();
        let recalled = blocking(ghls_l10n::msg!("task-read-sync-modes"), move || {
            memory.remember(path.as_deref(), &found, &read_at);
            hosts
                .iter()
                .map(|h| memory.recall(path.as_deref(), h))
                .collect::<Vec<_>>()
        })
        .await
        .unwrap_or_default();
        if !read_now {
            for (card, known) in overview.servers.iter_mut().zip(recalled) {
                if card.license_sync_mode.is_none() {
                    card.license_sync_mode = known.map(|k| LicenseSyncMode {
                        connected: k.connected,
                        read_at: k.read_at,
                        current: false,
                    });
                }
            }
        }
        overview
    }

    /// The configured instance with this server ID (as GitHub reported it) or host name.
    pub(crate) fn configured_id_of(&self, server_id: &str, hostname: &str) -> Option<String> {
        let settings = self.settings();
        let ids = self.server_ids();
        settings
            .ghes
            .iter()
            .find(|g| {
                ids.get(&g.id)
                    .is_some_and(|s| !server_id.is_empty() && s.eq_ignore_ascii_case(server_id))
            })
            .or_else(|| {
                settings
                    .ghes
                    .iter()
                    .find(|g| same_host(&g.hostname, hostname))
            })
            .map(|g| g.id.clone())
    }

    fn learn_server_ids(&self, overview: &LicenseOverview) {
        let Section::Loaded { data: cloud } = &overview.cloud else {
            return;
        };
        let Section::Loaded { data: instances } = &cloud.instances else {
            return;
        };
        self.remember_server_ids(
            instances
                .iter()
                .filter_map(|i| Some((i.configured_id.clone()?, i.sync.server_id.clone()?))),
        );
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
            let client = self.ghes_client(&g).await.map_err(|e| e.report());
            ghes.push((g, client));
        }
        Targets {
            ghec,
            ghec_settings: settings.ghec.clone(),
            ghes,
        }
    }
}
