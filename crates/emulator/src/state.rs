//! State shared by the emulator's request handlers.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use tokio::sync::watch;

use crate::faults::{Fault, FaultTarget};
use crate::world::World;
use crate::{EmulatorInfo, GhecInfo, GhesInfo};

#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) address: SocketAddr,
    pub(crate) world: RwLock<World>,
    pub(crate) faults: Mutex<Vec<Fault>>,
    /// Per token: (window reset epoch seconds, requests used in the window).
    pub(crate) rate: Mutex<HashMap<String, (i64, u64)>>,
    pub(crate) latency_ms: AtomicU64,
    pub(crate) stop: watch::Sender<bool>,
    pub(crate) requests: Mutex<Vec<RecordedRequest>>,
}

/// A request as the emulator saw it, for tests to check what a client sent. The token itself
/// is not kept: only its scheme and whether it is one the emulator issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// Path and query.
    pub uri: String,
    pub target: FaultTarget,
    pub accept: Option<String>,
    pub api_version: Option<String>,
    pub user_agent: Option<String>,
    /// `Bearer`, `token`, … (the part before the token).
    pub auth_scheme: Option<String>,
    pub token_known: bool,
}

/// How many requests are remembered (the oldest are dropped first).
const REQUEST_LOG_LIMIT: usize = 10_000;

impl Shared {
    pub(crate) fn record(&self, req: &axum::extract::Request, target: &FaultTarget) {
        let h = req.headers();
        let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let auth = text("authorization");
        let (auth_scheme, token) = match auth.as_deref().and_then(|a| a.trim().split_once(' ')) {
            Some((scheme, token)) => (Some(scheme.to_owned()), Some(token.trim().to_owned())),
            None => (auth.clone(), None),
        };
        let token_known = token.is_some_and(|t| {
            let w = read(&self.world);
            t == w.enterprise.owner_token
                || t == w.enterprise.member_token
                || w.instances
                    .iter()
                    .any(|i| t == i.admin_token || t == i.user_token)
        });
        let entry = RecordedRequest {
            method: req.method().to_string(),
            uri: req.uri().to_string(),
            target: target.clone(),
            accept: text("accept"),
            api_version: text("x-github-api-version"),
            user_agent: text("user-agent"),
            auth_scheme,
            token_known,
        };
        let mut log = lock(&self.requests);
        if log.len() >= REQUEST_LOG_LIMIT {
            log.remove(0);
        }
        log.push(entry);
    }

    pub(crate) fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub(crate) fn info(&self) -> EmulatorInfo {
        let base = self.base_url();
        let world = read(&self.world);
        EmulatorInfo {
            emulator: "ghls-emulator".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            base_url: base.clone(),
            control_url: format!("{base}/_emulator"),
            ghec: GhecInfo {
                api_url: format!("{base}/ghec/api"),
                enterprise: world.enterprise.slug.clone(),
                token: world.enterprise.owner_token.clone(),
                non_owner_token: world.enterprise.member_token.clone(),
            },
            ghes: world
                .instances
                .iter()
                .map(|i| GhesInfo {
                    name: i.name.clone(),
                    hostname: i.hostname.clone(),
                    server_id: i.server_id.clone(),
                    version: i.version.clone(),
                    api_url: format!("{base}/ghes/{}/api/v3", i.name),
                    token: i.admin_token.clone(),
                    non_admin_token: i.user_token.clone(),
                })
                .collect(),
        }
    }
}

/// Locks ignoring poison: a panicked handler must not take the whole emulator down.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub(crate) fn read<T>(l: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    l.read().unwrap_or_else(PoisonError::into_inner)
}

pub(crate) fn write<T>(l: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(PoisonError::into_inner)
}
