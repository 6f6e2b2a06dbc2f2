//! An emulator of the parts of GitHub Enterprise Server and GitHub Enterprise Cloud that
//! GHE License Sync touches, served over real HTTP on loopback.
//!
//! No GitHub is reachable from a fresh machine, CI or a demo, so this stands in for it:
//! the desktop app's demo mode starts it in-process, tests and benchmarks use it, and the
//! `ghls-emulator` binary serves it on its own.
//!
//! It must stay independent of the client crate: it writes GitHub's JSON from the published
//! schemas (`spec/github-api/`) itself, so a misspelled field cannot hide on both sides. It
//! only ever binds loopback addresses.
//!
//! Where GitHub has no API (uploading server usage to GHEC, "Sync now", GitHub Connect's
//! license sync) it serves the web pages instead, whose forms change the same world the REST
//! API renders, after a processing delay (`web.rs`, [`EmulatorConfig::processing_delay`]).
//!
//! GHEC's GraphQL API (`POST /ghec/api/graphql`, `graphql/`) shows the same world as GitHub's
//! schema has it: Enterprise Server installations, their user accounts as last synced, and an
//! upload node for every upload and Sync now, `PENDING` until its processing delay is over.
//!
//! Each GHES instance also has its Manage API's license endpoints (`manage.rs`, Basic auth
//! with [`GhesInfo::manage_password`]) and, with [`EmulatorConfig::ssh`], an admin shell
//! over SSH on a loopback port of its own that answers the version's license-usage export
//! command (`ssh.rs`, [`GhesInfo::ssh`]).
//!
//! Besides the happy path it answers the ways a connection goes wrong on demand: tokens with
//! the wrong scopes, of the wrong type or not authorised for SSO (see [`GhecInfo`]), queued
//! [`Fault`]s, and, with [`EmulatorConfig::tls`], HTTPS under its own certificate authority,
//! including a port whose certificate is for another host name.
#![forbid(unsafe_code)]

mod base64;
mod faults;
mod graphql;
mod ingest;
mod manage;
pub mod planted;
pub mod render;
mod rng;
mod server;
mod ssh;
mod state;
#[cfg(feature = "testing")]
pub mod testing;
mod time_travel;
mod tls;
mod tokens;
pub mod usage_export;
mod web;
pub mod world;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use faults::{Fault, FaultKind, FaultTarget};
pub use graphql::sdl as graphql_sdl;
pub use manage::{
    read_demo_license, render_demo_license, DemoLicense, DEMO_LICENSE_MAGIC, MANAGE_USER,
};
pub use planted::{Planted, PlantedKind, PlantedPair};
pub use state::RecordedRequest;
use state::{lock, read, write, Shared, TlsEndpoints};
pub use usage_export::{read_export, render_export, ReadExport};
pub use world::World;

/// How to start the emulator.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// Where to listen: a loopback address; port 0 picks a free port.
    pub listen: SocketAddr,
    /// About how many license consumers the demo enterprise has.
    pub consumers: usize,
    /// The seed of the generated data: the same seed gives the same enterprise.
    pub seed: u64,
    /// Also serve every route over HTTPS, on two more loopback ports: one with a certificate
    /// for `127.0.0.1` and `localhost`, one with a certificate for `wrong.example` only.
    /// Both are issued by a certificate authority made at start-up, which no client trusts
    /// until given [`EmulatorInfo::ca_pem`].
    pub tls: bool,
    /// How long GitHub takes to process an upload or a Sync now on the emulated web pages
    /// before license-sync-status and consumed-licenses change. Zero applies them before the
    /// page answers; a delay of days stands for a sync that never lands.
    pub processing_delay: Duration,
    /// Also serve each GHES instance's admin shell over SSH on a loopback port of its own
    /// (`ssh.rs`), with host keys and a demo client key made at start
    /// ([`GhesInfo::ssh`]). Off by default: tests that do not need it stay fast.
    pub ssh: bool,
    /// Requests per hour each token may make, REST and GraphQL apart: GitHub's 5,000 for a
    /// personal access token by default; 15,000 stands for a GitHub App owned by a GHEC
    /// organization (github-api.md §3.4), which a 1,000,000-consumer load needs.
    pub rate_limit: u64,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            consumers: DEFAULT_CONSUMERS,
            seed: 1,
            tls: false,
            processing_delay: web::DEFAULT_PROCESSING_DELAY,
            ssh: false,
            rate_limit: DEFAULT_RATE_LIMIT,
        }
    }
}

/// The demo enterprise's default size: a few hundred consumers.
pub const DEFAULT_CONSUMERS: usize = 320;

/// A personal access token's requests per hour (github-api.md §3.4).
pub const DEFAULT_RATE_LIMIT: u64 = 5000;

/// The largest enterprise the emulator generates.
pub const MAX_CONSUMERS: usize = 1_000_000;

/// How to reach the emulator: printed by the binary as one JSON line on stdout.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EmulatorInfo {
    pub emulator: String,
    pub version: String,
    pub base_url: String,
    pub control_url: String,
    pub ghec: GhecInfo,
    pub ghes: Vec<GhesInfo>,
    /// With TLS on: `https://127.0.0.1:PORT`, the same routes as `base_url` over HTTPS, with a
    /// certificate for `127.0.0.1` and `localhost` issued by the emulator's own CA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_base_url: Option<String>,
    /// With TLS on: `https://127.0.0.1:PORT` again, but its certificate (from the same CA) is
    /// for `wrong.example` only, so a client checking host names must refuse it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_wrong_name_base_url: Option<String>,
    /// With TLS on: the emulator's CA certificate (PEM, public), the bundle a client must
    /// trust to reach `tls_base_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_pem: Option<String>,
}

/// The emulated GHEC enterprise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GhecInfo {
    pub api_url: String,
    pub enterprise: String,
    /// An enterprise owner's classic token with `read:enterprise` (demo only; not a secret).
    pub token: String,
    /// A classic token with `read:enterprise` of a user who is not an owner: GitHub
    /// answers 404 on the enterprise's endpoints.
    pub non_owner_token: String,
    /// An owner's classic token without `read:enterprise` (`X-OAuth-Scopes: repo, read:org`):
    /// GitHub answers 404.
    #[serde(default)]
    pub no_scope_token: String,
    /// An owner's fine-grained token (`github_pat_…`): GitHub answers 403 "Resource not
    /// accessible by personal access token" and sends no `X-OAuth-Scopes`.
    #[serde(default)]
    pub fine_grained_token: String,
    /// An owner's classic token with `read:enterprise` that is not authorised for SAML SSO:
    /// GitHub answers 403 with `X-GitHub-SSO: required; url=…`.
    #[serde(default)]
    pub sso_token: String,
    /// The GHEC web root (`{base}/ghec/web`): the enterprise's licensing page is at
    /// `{web_url}/enterprises/{enterprise}/licensing` (GitHub's path).
    #[serde(default)]
    pub web_url: String,
    /// With TLS on: `api_url` over HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_api_url: Option<String>,
}

/// One emulated GHES instance.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GhesInfo {
    pub name: String,
    pub hostname: String,
    pub server_id: String,
    pub version: String,
    pub api_url: String,
    /// A site administrator's token (demo only; not a secret).
    pub token: String,
    /// A valid token of a user who is not a site administrator: GHES answers 404.
    pub non_admin_token: String,
    /// The instance's web root (`{base}/ghes/{name}/web`): its License page is at
    /// `{web_url}/enterprise/settings/license`.
    #[serde(default)]
    pub web_url: String,
    /// With TLS on: `api_url` over HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_api_url: Option<String>,
    /// The Manage API's root (`{base}/ghes/{name}`, standing for `https://HOSTNAME:8443`):
    /// its license endpoints are at `{manage_url}/manage/v1/config/license[/check]`.
    #[serde(default)]
    pub manage_url: String,
    /// The Management Console password the Manage API accepts as `api_key:PASSWORD`
    /// (demo only; not a secret).
    #[serde(default)]
    pub manage_password: String,
    /// With SSH on: the instance's admin shell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh: Option<GhesSshInfo>,
}

/// How to reach an emulated instance's admin shell:
/// `ssh -p PORT -o UserKnownHostsFile=KNOWN_HOSTS_FILE -i IDENTITY_FILE USER@HOST -- COMMAND`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GhesSshInfo {
    /// `127.0.0.1`.
    pub host: String,
    pub port: u16,
    /// `admin`, as on every appliance.
    pub user: String,
    /// The `known_hosts` line that trusts this endpoint's host key (made at start).
    pub known_hosts_line: String,
    /// The demo client's private key (OpenSSH format, mode 0600), the only key accepted.
    pub identity_file: String,
    /// A `known_hosts` file with every endpoint's line.
    pub known_hosts_file: String,
}

/// What can go wrong in the emulator: starting it, or reading a license-usage export.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("the emulator only listens on loopback addresses, not {0}: it is not GitHub and must not be reachable from the network")]
    NotLoopback(SocketAddr),
    #[error("the emulator could not listen on {address}: {source}")]
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    #[error("{0} consumers is more than the emulator generates (at most {MAX_CONSUMERS})")]
    TooLarge(usize),
    #[error("the emulator could not make its TLS certificates ({0}); start it without TLS")]
    Tls(String),
    #[error("the emulator's admin shell could not start ({0}); start it without SSH")]
    Ssh(String),
    #[error("the file is not JSON ({0}): a license-usage export is the JSON file GHES's \"Export license usage\" link or `ghe-license usage -o -y` writes")]
    ExportNotJson(String),
    #[error("the file has no instance metadata (no `instance` object): it is not a GHES license-usage export")]
    ExportNoInstance,
    #[error("the export's instance metadata has no `{0}`: export the file again from GHES")]
    ExportMissingField(&'static str),
    #[error("the export has no users payload (no `users` text): export the file again from GHES")]
    ExportNoUsers,
    #[error("the users payload of server {server_id} is not base64 (at character {at}): the file was changed after export; export it again from GHES")]
    ExportUsersNotBase64 { server_id: String, at: usize },
    #[error("the users payload could not be decrypted for server {server_id}: the file was changed after export, or its metadata names another server; export it again from GHES")]
    ExportUsersUndecryptable { server_id: String },
    #[error("no file was uploaded: choose the license usage export (the .json file GHES's \"Export license usage\" link downloads) under \"Drag and drop or select a file to upload\"")]
    NoUsageFile,
    #[error("the file is empty: export license usage again on GHES (Enterprise settings → License → Export license usage) and upload that file")]
    EmptyUsageFile,
    #[error("the upload could not be read ({0}): send the file as multipart/form-data in the `usage_file` field")]
    UploadUnreadable(String),
    #[error(
        "no GHES instance `{0}` in this emulator: see /_emulator/info for the instances it has"
    )]
    UnknownInstance(String),
    #[error("license sync is not enabled on {0}: enable \"Server can sync user license count and usage\" under Enterprise settings → GitHub Connect, then use Sync now")]
    LicenseSyncDisabled(String),
}

/// A running emulator. Dropping it stops it.
#[derive(Debug)]
pub struct Emulator {
    shared: Arc<Shared>,
    /// One serving task per port.
    tasks: Mutex<Vec<JoinHandle<()>>>,
    /// The admin shells' key folder, removed with the emulator.
    _ssh_files: Option<ssh::KeyDir>,
}

impl Emulator {
    /// Generates the demo enterprise and starts serving it on the current tokio runtime.
    pub async fn start(config: EmulatorConfig) -> Result<Self, Error> {
        if !config.listen.ip().is_loopback() {
            return Err(Error::NotLoopback(config.listen));
        }
        if config.consumers > MAX_CONSUMERS {
            return Err(Error::TooLarge(config.consumers));
        }
        let now = OffsetDateTime::now_utc();
        let (listener, address) = bind(config.listen).await?;
        // Certificates first: if they fail, nothing has been spawned yet.
        let tls = if config.tls {
            let certs = tls::Certificates::generate(now)?;
            // The HTTPS ports take the plain port's IP and any free port.
            let any_port = SocketAddr::new(config.listen.ip(), 0);
            let (good, good_address) = bind(any_port).await?;
            let (wrong, wrong_address) = bind(any_port).await?;
            Some((certs, good, good_address, wrong, wrong_address))
        } else {
            None
        };
        let world = World::seeded(config.consumers, config.seed, now);
        let ssh = if config.ssh {
            let names: Vec<String> = world
                .instances
                .iter()
                .filter(|i| !ingest::is_ghec_only(i))
                .map(|i| i.name.clone())
                .collect();
            Some(ssh::prepare(config.listen.ip(), &names).await?)
        } else {
            None
        };
        let (ssh, ssh_listeners, ssh_files) = match ssh {
            Some((endpoints, listeners, files)) => (Some(endpoints), listeners, Some(files)),
            None => (None, Vec::new(), None),
        };
        let (stop, _) = watch::channel(false);
        let shared = Arc::new(Shared {
            address,
            tls: tls.as_ref().map(|(certs, _, good, _, wrong)| TlsEndpoints {
                address: *good,
                wrong_name_address: *wrong,
                ca_pem: certs.ca_pem.clone(),
            }),
            world: RwLock::new(world),
            faults: Mutex::new(Vec::new()),
            rate: Mutex::new(Default::default()),
            latency_ms: AtomicU64::new(0),
            rate_limit: config.rate_limit.max(1),
            stop,
            requests: Mutex::new(Vec::new()),
            web: web::WebState::new(config.processing_delay),
            manage: manage::ManageState::default(),
            ssh,
            graphql: graphql::GraphqlState::default(),
        });
        let mut tasks = vec![serve(&shared, listener, server::Scheme::Http)];
        tasks.extend(ssh::serve(&shared, ssh_listeners));
        tracing::info!(%address, "GitHub emulator listening");
        if let Some((certs, good, good_address, wrong, wrong_address)) = tls {
            for (listener, address, config) in [
                (good, good_address, certs.good),
                (wrong, wrong_address, certs.wrong_name),
            ] {
                let stopped = shared.stop.subscribe();
                let (listener, accepting) =
                    tls::TlsListener::new(listener, address, config, stopped);
                tasks.push(accepting);
                tasks.push(serve(&shared, listener, server::Scheme::Https));
            }
            tracing::info!(%good_address, %wrong_address, "GitHub emulator listening over HTTPS (the second port's certificate is for a wrong name)");
        }
        Ok(Self {
            shared,
            tasks: Mutex::new(tasks),
            _ssh_files: ssh_files,
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        self.shared.base_url()
    }

    /// The socket address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.shared.address
    }

    /// URLs and demo tokens of every emulated host.
    pub fn info(&self) -> EmulatorInfo {
        self.shared.info()
    }

    /// Queues a fault for the next matching request(s).
    pub fn inject(&self, fault: Fault) {
        lock(&self.shared.faults).push(fault);
    }

    /// Drops every queued fault.
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Adds this much latency to every GitHub request (not to `/_emulator`).
    pub fn set_latency(&self, latency: Duration) {
        self.shared
            .latency_ms
            .store(latency.as_millis() as u64, Ordering::Relaxed);
    }

    /// How long GitHub takes to process an upload or a Sync now from now on (also `PUT
    /// /_emulator/processing-delay`); ones already waiting keep their delay.
    pub fn set_processing_delay(&self, delay: Duration) {
        self.shared.web.set_processing_delay(delay);
    }

    /// The current processing delay.
    pub fn processing_delay(&self) -> Duration {
        self.shared.web.processing_delay()
    }

    /// Makes the next Sync now of the instance called `instance_name` end as a failed sync
    /// with `error` in license-sync-status (also `POST /_emulator/ghes/{name}/sync-now-fails`).
    pub fn fail_next_sync_now(&self, instance_name: &str, error: &str) {
        self.shared
            .web
            .fail_next_sync_now(instance_name, Some(error.to_owned()));
    }

    /// Makes the next usage upload GHEC receives for the instance called `instance_name` (a
    /// file on "Add server usage" or a Sync now) one GitHub would not take: its upload node
    /// ends `FAILURE` and license-sync-status records a failed sync with `error` (also `POST
    /// /_emulator/ghes/{name}/next-upload-fails`). False if there is no such instance.
    pub fn fail_next_upload(&self, instance_name: &str, error: &str) -> bool {
        let server_id = self.with_world(|w| w.instance(instance_name).map(|i| i.server_id.clone()));
        match server_id {
            Some(id) => {
                self.shared
                    .web
                    .fail_next_upload(&id, Some(error.to_owned()));
                true
            }
            None => false,
        }
    }

    /// Whether the last license uploaded through the Manage API for the instance called
    /// `instance_name` was applied (`None`: none was uploaded).
    pub fn manage_license_applied(&self, instance_name: &str) -> Option<bool> {
        self.shared.manage.last_applied(instance_name)
    }

    /// How many uploads and Sync nows GitHub is still processing.
    pub fn pending_syncs(&self) -> usize {
        self.shared.web.pending_count()
    }

    /// Starts every token's rate-limit window afresh (5,000 requests an hour, as GitHub's
    /// primary limit): benchmarks that read 1,000 pages again and again would otherwise see
    /// `x-ratelimit-remaining: 0`, which a well-behaved client waits out for the hour.
    pub fn reset_rate_limits(&self) {
        lock(&self.shared.rate).clear();
    }

    /// Sets what is left of `token`'s REST (`core`) budget and when its window resets, as if
    /// other tools had spent the rest: the next request is counted from there, and `GET
    /// /rate_limit` reports it. Tests of an exhausted or nearly spent token use it.
    pub fn set_rate_budget(&self, token: &str, remaining: u64, reset_in: Duration) {
        let reset = OffsetDateTime::now_utc().unix_timestamp()
            + i64::try_from(reset_in.as_secs())
                .unwrap_or(i64::MAX / 2)
                .max(1);
        let used = self.shared.rate_limit.saturating_sub(remaining);
        lock(&self.shared.rate).insert(server::budget_key(Some(token), "core"), (reset, used));
    }

    /// The GitHub requests received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Reads the emulated world.
    pub fn with_world<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        f(&read(&self.shared.world))
    }

    /// The license-usage export GHES would write now for the instance called
    /// `instance_name` (also served at `GET /_emulator/ghes/{name}/license-usage-export`).
    pub fn license_usage_export(&self, instance_name: &str) -> Option<Vec<u8>> {
        let now = OffsetDateTime::now_utc();
        self.with_world(|w| {
            w.instance(instance_name)
                .map(|i| usage_export::render_export(i, now))
        })
    }

    /// Changes the emulated world (then re-derives the consumers).
    pub fn update_world<R>(&self, f: impl FnOnce(&mut World) -> R) -> R {
        let mut w = write(&self.shared.world);
        let r = f(&mut w);
        w.rematch();
        r
    }

    /// Stops serving: new connections are refused from now on.
    pub fn stop(&self) {
        self.shared.stop.send_replace(true);
    }

    /// Stops serving and waits until the listener is closed.
    pub async fn shutdown(&self) {
        self.stop();
        self.join().await;
    }

    async fn join(&self) {
        let tasks = std::mem::take(&mut *lock(&self.tasks));
        for task in tasks {
            let _ = task.await;
        }
    }

    /// Waits until the emulator stops (by [`Emulator::stop`] or `POST /_emulator/shutdown`).
    pub async fn stopped(&self) {
        let mut rx = self.shared.stop.subscribe();
        let _ = rx.wait_for(|s| *s).await;
        self.join().await;
    }
}

async fn bind(address: SocketAddr) -> Result<(tokio::net::TcpListener, SocketAddr), Error> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|source| Error::Bind { address, source })?;
    let local = listener
        .local_addr()
        .map_err(|source| Error::Bind { address, source })?;
    Ok((listener, local))
}

/// Serves the emulator's routes on `listener` until the emulator stops.
fn serve<L>(shared: &Arc<Shared>, listener: L, scheme: server::Scheme) -> JoinHandle<()>
where
    L: axum::serve::Listener<Addr = SocketAddr>,
{
    let app = server::router(shared.clone(), scheme);
    let mut stopped = shared.stop.subscribe();
    tokio::spawn(async move {
        let until_stopped = async move {
            let _ = stopped.wait_for(|s| *s).await;
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(until_stopped)
            .await
        {
            tracing::error!(error = %e, "the emulator stopped with an error");
        }
    })
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.stop();
    }
}
