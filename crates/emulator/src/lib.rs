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
#![forbid(unsafe_code)]

mod faults;
pub mod render;
mod rng;
mod server;
mod state;
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
use state::{lock, read, write, Shared};
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
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            consumers: DEFAULT_CONSUMERS,
            seed: 1,
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
}

/// The emulated GHEC enterprise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GhecInfo {
    pub api_url: String,
    pub enterprise: String,
    /// An enterprise owner's token (demo only; not a secret).
    pub token: String,
    /// A valid token of a user who is not an owner: GitHub answers 404.
    pub non_owner_token: String,
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
}

/// Why the emulator could not start.
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
}

/// A running emulator. Dropping it stops it.
#[derive(Debug)]
pub struct Emulator {
    shared: Arc<Shared>,
    task: Mutex<Option<JoinHandle<()>>>,
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
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|source| Error::Bind {
                address: config.listen,
                source,
            })?;
        let address = listener.local_addr().map_err(|source| Error::Bind {
            address: config.listen,
            source,
        })?;
        let world = World::seeded(config.consumers, config.seed, OffsetDateTime::now_utc());
        let (stop, mut stopped) = watch::channel(false);
        let shared = Arc::new(Shared {
            address,
            world: RwLock::new(world),
            faults: Mutex::new(Vec::new()),
            rate: Mutex::new(Default::default()),
            latency_ms: AtomicU64::new(0),
            stop,
            requests: Mutex::new(Vec::new()),
        });
        let app = server::router(shared.clone());
        let task = tokio::spawn(async move {
            let until_stopped = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(until_stopped)
                .await
            {
                tracing::error!(error = %e, "the emulator stopped with an error");
            }
        });
        tracing::info!(%address, "GitHub emulator listening");
        Ok(Self {
            shared,
            task: Mutex::new(Some(task)),
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
        let task = lock(&self.task).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }

    /// Waits until the emulator stops (by [`Emulator::stop`] or `POST /_emulator/shutdown`).
    pub async fn stopped(&self) {
        let mut rx = self.shared.stop.subscribe();
        let _ = rx.wait_for(|s| *s).await;
        let task = lock(&self.task).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.stop();
    }
}
