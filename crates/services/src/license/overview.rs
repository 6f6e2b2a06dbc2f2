//! The License screen's data: per GHES instance its license and version, per enterprise its
//! seats and the license sync of every server instance, all read through the real clients.
//!
//! Every part loads on its own and fails on its own: an unreachable instance shows its
//! error in its own card while the others still show their figures.

use futures_util::future::join_all;
use ghls_domain::expiry::to_rfc3339;
use ghls_domain::sync_status::same_host;
use ghls_domain::{ServerLicense, ServerLicenseView, ServerSync, SyncView};
use ghls_github::{GhecClient, GhesClient};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::connections::GhesSettings;
use crate::error::{Error, ErrorReport};

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
            Some(Err(e)) => Some((Err(e.clone()), Err(e.clone()))),
            Some(Ok(c)) => Some(cloud(c, &report).await),
        }
    };
    let (servers, cloud) = tokio::join!(servers, cloud);

    let sync: Section<Vec<ServerSync>> = match &cloud {
        None => not_configured(),
        Some((sync, _)) => Section::from_result(sync.clone()),
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
        })
        .collect();

    let cloud_card = match (&targets.ghec, cloud) {
        (Some(target), Some((_, seats))) => {
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

fn not_configured<T>() -> Section<T> {
    Section::NotConfigured {
        reason: "Add the GitHub Enterprise Cloud enterprise in Connections to see its seats and license sync."
            .to_owned(),
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
    tokio::join!(sync, seats)
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
    match client.license().await {
        Ok(reply) => {
            let version = match reply.meta.enterprise_version {
                Some(v) => Some(v),
                None => client
                    .meta()
                    .await
                    .ok()
                    .and_then(|m| m.value.installed_version),
            };
            (Ok(reply.value), version)
        }
        Err(e) => (Err(report(e)), None),
    }
}
