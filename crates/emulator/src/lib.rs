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
//! Besides the happy path it answers the ways a connection goes wrong on demand: tokens with
//! the wrong scopes, of the wrong type or not authorised for SSO (see [`GhecInfo`]), queued
//! [`Fault`]s, and, with [`EmulatorConfig::tls`], HTTPS under its own certificate authority,
//! including a port whose certificate is for another host name.
#![forbid(unsafe_code)]

mod base64;
mod faults;
pub mod render;
mod rng;
mod server;
mod state;
mod tls;
mod tokens;
pub mod usage_export;
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
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            consumers: DEFAULT_CONSUMERS,
            seed: 1,
            tls: false,
        }
    }
}

/// The demo enterprise's default size: a few hundred consumers.
pub const DEFAULT_CONSUMERS: usize = 320;

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
    /// With TLS on: `api_url` over HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_api_url: Option<String>,
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
}

/// A running emulator. Dropping it stops it.
#[derive(Debug)]
pub struct Emulator {
    shared: Arc<Shared>,
    /// One serving task per port.
    tasks: Mutex<Vec<JoinHandle<()>>>,
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
            stop,
            requests: Mutex::new(Vec::new()),
        });
        let mut tasks = vec![serve(&shared, listener, server::Scheme::Http)];
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
