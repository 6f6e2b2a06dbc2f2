//! The License screen's data: per GHES instance its license and version, per enterprise its
//! seats and the license sync of every server instance, all read through the real clients.
//!
//! Every part loads on its own and fails on its own: an unreachable instance shows its
//! error in its own card while the others still show their figures.

use futures_util::future::join_all;
use ghls_domain::expiry::to_rfc3339;
use ghls_domain::sync_status::same_host;
use ghls_domain::{ServerLicense, ServerLicenseView, ServerSync, SyncView};
use ghls_github::{
    CancellationToken, GhecClient, GhesClient, ServerInstallation, ServerInstallations,
    UserAccountsUpload,
};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::connections::GhesSettings;
use crate::error::{Error, ErrorReport};
use crate::sync::{
    ghec_license_menu, ghec_license_page, ghes_connect_menu, ghes_connect_page, ghes_license_menu,
    ghes_license_page,
};

/// One part of a screen: loaded, failed with a reason, or not set up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum Section<T> {
    Loaded { data: T },
    Failed { error: ErrorReport },
    NotConfigured { reason: String },
}

impl<T> Section<T> {
    fn from_result(r: Result<T, ErrorReport>) -> Self {
        match r {
            Ok(data) => Self::Loaded { data },
            Err(error) => Self::Failed { error },
        }
    }

    /// The data, when loaded.
    pub fn loaded(&self) -> Option<&T> {
        match self {
            Self::Loaded { data } => Some(data),
            _ => None,
        }
    }
}

/// Everything on the License screen.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LicenseOverview {
    /// When these figures were read (RFC 3339).
    pub fetched_at: String,
    pub servers: Vec<ServerCard>,
    pub cloud: Section<CloudCard>,
}

/// One GHES instance.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ServerCard {
    pub id: String,
    pub name: String,
    pub hostname: String,
    pub api_url: String,
    /// From `X-GitHub-Enterprise-Version`, else `GET /meta`.
    pub version: Option<String>,
    pub license: Section<ServerLicenseView>,
    /// This instance's entry in GHEC's license-sync-status; `null` when GHEC lists no
    /// instance with this host name.
    pub sync: Section<Option<SyncView>>,
    /// Whether usage reaches GHEC by GitHub Connect license sync (GraphQL `isConnected`):
    /// read now, or the last known value when GitHub cannot be read now; `null` when
    /// never known.
    pub license_sync_mode: Option<LicenseSyncMode>,
    /// The newest usage uploads GHEC holds for this instance, newest first; `null` when
    /// they could not be read now (`cloud.servers` says why) or GHEC lists no such host.
    pub uploads: Option<Vec<UploadView>>,
    /// The instance's pages the hand-offs open.
    pub pages: ServerPages,
}

/// "Automatic license sync: on (GitHub Connect)" or "off: uploads by hand".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LicenseSyncMode {
    /// GitHub's `isConnected`.
    pub connected: bool,
    /// When GitHub said so (RFC 3339).
    pub read_at: String,
    /// False when GitHub could not be read now and this is the last known value.
    pub current: bool,
}

/// One usage upload as GHEC holds it (GraphQL `userAccountsUploads`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UploadView {
    /// The uploaded file's name.
    pub name: Option<String>,
    /// `PENDING`, `SUCCESS`, `FAILURE`, or a state GitHub added later, as GitHub spells it.
    pub state: Option<String>,
    /// When it was uploaded (RFC 3339, or exactly as GitHub wrote it when unreadable).
    pub at: Option<String>,
}

/// A server instance GHEC knows (GraphQL `enterpriseServerInstallations`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KnownServer {
    pub host_name: Option<String>,
    pub customer_name: Option<String>,
    pub connected: Option<bool>,
    /// The newest uploads, newest first; `null` when GitHub did not give them.
    pub uploads: Option<Vec<UploadView>>,
    #[ts(type = "number | null")]
    pub uploads_total: Option<u64>,
    /// The id of the configured instance with this host name; `null` for an instance not
    /// in Connections (offered as "Add to Connections").
    pub configured_id: Option<String>,
}

/// A page a hand-off opens, with GitHub's menu path to find it if it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PageLink {
    pub url: String,
    /// "Enterprise settings → Settings → License".
    pub menu: String,
}

/// The pages of one GHES instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ServerPages {
    /// License: "Export license usage", "Sync now".
    pub license: PageLink,
    /// GitHub Connect: "Server can sync user license count and usage".
    pub connect: PageLink,
}

/// The GHEC enterprise.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CloudCard {
    pub enterprise: String,
    pub api_url: String,
    pub seats: Section<CloudSeats>,
    /// Every server instance GHEC knows, configured here or not.
    pub instances: Section<Vec<CloudInstance>>,
    /// Every server instance GHEC knows with its license sync and uploads (GraphQL); a
    /// refusal here leaves the rest of the screen as it is.
    pub servers: Section<Vec<KnownServer>>,
    /// What GitHub left out of `servers` when its answer was partial (GraphQL `errors` beside
    /// `data`, or nodes missing), one sentence each; empty when the list is complete.
    pub servers_missing: Vec<String>,
    /// The licensing page ("Add server usage"); `null` when no web address is known.
    pub licensing_page: Option<PageLink>,
}

/// Seats of the enterprise, from consumed-licenses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CloudSeats {
    #[ts(type = "number | null")]
    pub consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub purchased: Option<i64>,
    /// Purchased minus consumed; negative when over-consumed.
    #[ts(type = "number | null")]
    pub available: Option<i64>,
}

/// A server instance as GHEC lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CloudInstance {
    pub sync: SyncView,
    /// The id of the configured instance with the same host name, if any.
    pub configured_id: Option<String>,
}

/// The connections to read from: clients built from the settings and the keyring. A
/// connection whose client could not be built (no token, a bad address) carries the reason.
#[derive(Debug)]
pub(crate) struct Targets {
    pub ghec: Option<Result<GhecClient, ErrorReport>>,
    pub ghec_settings: Option<crate::connections::GhecSettings>,
    pub ghes: Vec<(GhesSettings, Result<GhesClient, ErrorReport>)>,
}

/// Reads everything, concurrently. `decorate` lets the caller add advice only it knows
/// (the demo says its emulator stopped).
pub(crate) async fn load(
    targets: Targets,
    now: OffsetDateTime,
    decorate: impl Fn(ErrorReport) -> ErrorReport,
) -> LicenseOverview {
    let report = |e: ghls_github::Error| decorate(Error::from(e).report());
    let servers = join_all(targets.ghes.iter().map(|(_, c)| server_license(c, &report)));
    let cloud = async {
        match &targets.ghec {
            None => None,
            Some(Err(e)) => Some((Err(e.clone()), Err(e.clone()), Err(e.clone()))),
            Some(Ok(c)) => Some(cloud(c, &report).await),
        }
    };
    let (servers, cloud) = tokio::join!(servers, cloud);

    let sync: Section<Vec<ServerSync>> = match &cloud {
        None => not_configured(),
        Some((sync, _, _)) => Section::from_result(sync.clone()),
    };
    let installations: Section<ServerInstallations> = match &cloud {
        None => not_configured(),
        Some((_, _, i)) => Section::from_result(i.clone()),
    };
    let configured_id = |hostname: Option<&str>| {
        targets
            .ghes
            .iter()
            .find(|(g, _)| hostname.is_some_and(|h| same_host(h, &g.hostname)))
            .map(|(g, _)| g.id.clone())
    };

    let server_cards = targets
        .ghes
        .iter()
        .zip(servers)
        .map(|((settings, _), (license, version))| ServerCard {
            id: settings.id.clone(),
            name: settings.display_name().to_owned(),
            hostname: settings.hostname.clone(),
            api_url: settings.api_base_url(),
            version,
            license: Section::from_result(license.map(|l| ServerLicenseView::new(&l, now))),
            sync: map_section(&sync, |list| {
                list.iter()
                    .find(|s| {
                        s.hostname
                            .as_deref()
                            .is_some_and(|h| same_host(h, &settings.hostname))
                    })
                    .map(|s| SyncView::new(s, now))
            }),
            license_sync_mode: installations
                .loaded()
                .and_then(|i| i.by_host(&settings.hostname))
                .and_then(|i| i.is_connected)
                .map(|connected| LicenseSyncMode {
                    connected,
                    read_at: to_rfc3339(now),
                    current: true,
                }),
            uploads: installations
                .loaded()
                .and_then(|i| i.by_host(&settings.hostname))
                .and_then(|i| i.uploads.as_deref())
                .map(uploads_of),
            pages: ServerPages {
                license: PageLink {
                    url: ghes_license_page(settings),
                    menu: ghes_license_menu().to_owned(),
                },
                connect: PageLink {
                    url: ghes_connect_page(settings),
                    menu: ghes_connect_menu().to_owned(),
                },
            },
        })
        .collect();

    let cloud_card = match (&targets.ghec, cloud) {
        (Some(target), Some((_, seats, _))) => {
            let (enterprise, api_url) = match target {
                Ok(c) => (c.enterprise().to_owned(), c.base_url().to_string()),
                Err(_) => (String::new(), String::new()),
            };
            Section::Loaded {
                data: CloudCard {
                    enterprise,
                    api_url,
                    seats: Section::from_result(seats),
                    instances: map_section(&sync, |list| {
                        list.iter()
                            .map(|s| CloudInstance {
                                sync: SyncView::new(s, now),
                                configured_id: configured_id(s.hostname.as_deref()),
                            })
                            .collect()
                    }),
                    servers_missing: installations
                        .loaded()
                        .map(|i| i.missing.iter().map(missing_words).collect())
                        .unwrap_or_default(),
                    servers: map_section(&installations, |i| {
                        i.installations
                            .iter()
                            .map(|i| known_server(i, configured_id(i.host_name.as_deref())))
                            .collect()
                    }),
                    licensing_page: targets.ghec_settings.as_ref().and_then(|g| {
                        Some(PageLink {
                            url: ghec_license_page(g)?,
                            menu: ghec_license_menu(g),
                        })
                    }),
                },
            }
        }
        _ => not_configured(),
    };

    LicenseOverview {
        fetched_at: to_rfc3339(now),
        servers: server_cards,
        cloud: cloud_card,
    }
}

fn uploads_of(uploads: &[UserAccountsUpload]) -> Vec<UploadView> {
    uploads
        .iter()
        .map(|u| UploadView {
            name: u.name.clone(),
            state: u.sync_state.as_ref().map(|s| s.as_str().to_owned()),
            at: u
                .created_at
                .as_ref()
                .map(|t| t.at.map(to_rfc3339).unwrap_or_else(|| t.raw.clone())),
        })
        .collect()
}

/// "enterprise.ownerInfo.…nodes.3.userAccountsUploads: FORBIDDEN: …", for a part GitHub left out.
fn missing_words(m: &ghls_github::MissingPart) -> String {
    match &m.error_type {
        Some(t) => format!("{}: {t}: {}", m.path, m.message),
        None => format!("{}: {}", m.path, m.message),
    }
}

fn known_server(i: &ServerInstallation, configured_id: Option<String>) -> KnownServer {
    KnownServer {
        host_name: i.host_name.clone(),
        customer_name: i.customer_name.clone(),
        connected: i.is_connected,
        uploads: i.uploads.as_deref().map(uploads_of),
        uploads_total: i.uploads_total,
        configured_id,
    }
}

fn not_configured<T>() -> Section<T> {
    Section::NotConfigured {
        reason: ghls_l10n::t!("svc-ghec-not-configured-reason"),
    }
}

fn map_section<T, U>(s: &Section<T>, f: impl FnOnce(&T) -> U) -> Section<U> {
    match s {
        Section::Loaded { data } => Section::Loaded { data: f(data) },
        Section::Failed { error } => Section::Failed {
            error: error.clone(),
        },
        Section::NotConfigured { reason } => Section::NotConfigured {
            reason: reason.clone(),
        },
    }
}

async fn cloud(
    client: &GhecClient,
    report: &impl Fn(ghls_github::Error) -> ErrorReport,
) -> (
    Result<Vec<ServerSync>, ErrorReport>,
    Result<CloudSeats, ErrorReport>,
    Result<ServerInstallations, ErrorReport>,
) {
    let sync = async {
        client
            .license_sync_status()
            .await
            .map(|r| r.value)
            .map_err(report)
    };
    // The totals come with every page; one consumer per page keeps this read small.
    let seats = async {
        client
            .consumed_licenses_page(1, 1)
            .await
            .map(|r| CloudSeats {
                consumed: r.value.total_seats_consumed,
                purchased: r.value.total_seats_purchased,
                available: r
                    .value
                    .total_seats_purchased
                    .zip(r.value.total_seats_consumed)
                    .map(|(p, c)| p - c),
            })
            .map_err(report)
    };
    // The same token as the REST reads; the screen is read once, so nothing cancels it.
    let servers = async {
        let never = CancellationToken::new();
        match client.graphql() {
            Ok(g) => g.installations(client.enterprise(), &never, &|_| {}).await,
            Err(e) => Err(e),
        }
        .map_err(report)
    };
    tokio::join!(sync, seats, servers)
}

/// The license, and the version from the response header or else `GET /meta`.
async fn server_license(
    client: &Result<GhesClient, ErrorReport>,
    report: &impl Fn(ghls_github::Error) -> ErrorReport,
) -> (Result<ServerLicense, ErrorReport>, Option<String>) {
    let client = match client {
        Ok(c) => c,
        Err(e) => return (Err(e.clone()), None),
    };
    match client.license_and_version().await {
        Ok((license, version)) => (Ok(license), version),
        Err(e) => (Err(report(e)), None),
    }
}
