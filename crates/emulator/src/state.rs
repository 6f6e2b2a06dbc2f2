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
    pub(crate) tls: Option<TlsEndpoints>,
    pub(crate) world: RwLock<World>,
    pub(crate) faults: Mutex<Vec<Fault>>,
    /// Per token: (window reset epoch seconds, requests used in the window).
    pub(crate) rate: Mutex<HashMap<String, (i64, u64)>>,
    pub(crate) latency_ms: AtomicU64,
    /// Requests per hour per token and resource.
    pub(crate) rate_limit: u64,
    pub(crate) stop: watch::Sender<bool>,
    pub(crate) requests: Mutex<Vec<RecordedRequest>>,
    /// The web pages' state: processing delay, pending syncs, flash messages.
    pub(crate) web: crate::web::WebState,
    /// Licenses uploaded through the Manage API (`manage.rs`).
    pub(crate) manage: crate::manage::ManageState,
    /// The admin shells over SSH, with their keys (`ssh.rs`), when on.
    pub(crate) ssh: Option<crate::ssh::SshEndpoints>,
    /// The GraphQL endpoint's sort orders (`graphql/`).
    pub(crate) graphql: crate::graphql::GraphqlState,
}

/// Where the HTTPS ports listen, and the CA a client must trust to use them.
#[derive(Debug)]
pub(crate) struct TlsEndpoints {
    /// Its certificate is for `127.0.0.1` and `localhost`.
    pub(crate) address: SocketAddr,
    /// Its certificate is for `wrong.example` only.
    pub(crate) wrong_name_address: SocketAddr,
    pub(crate) ca_pem: String,
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
        let token_known = token.is_some_and(|t| crate::tokens::is_known(&read(&self.world), &t));
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
        let tls_base = self.tls.as_ref().map(|t| format!("https://{}", t.address));
        let world = read(&self.world);
        let e = &world.enterprise;
        EmulatorInfo {
            emulator: "ghls-emulator".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            base_url: base.clone(),
            control_url: format!("{base}/_emulator"),
            ghec: GhecInfo {
                api_url: format!("{base}/ghec/api"),
                enterprise: e.slug.clone(),
                token: e.owner_token.clone(),
                non_owner_token: e.member_token.clone(),
                no_scope_token: e.no_scope_token.clone(),
                fine_grained_token: e.fine_grained_token.clone(),
                sso_token: e.sso_token.clone(),
                web_url: format!("{base}/ghec/web"),
                tls_api_url: tls_base.as_ref().map(|b| format!("{b}/ghec/api")),
            },
            ghes: world
                .instances
                .iter()
                // Servers GHEC learned of from an upload only have no GHES to reach.
                .filter(|i| !crate::ingest::is_ghec_only(i))
                .map(|i| GhesInfo {
                    name: i.name.clone(),
                    hostname: i.hostname.clone(),
                    server_id: i.server_id.clone(),
                    version: i.version.clone(),
                    api_url: format!("{base}/ghes/{}/api/v3", i.name),
                    token: i.admin_token.clone(),
                    non_admin_token: i.user_token.clone(),
                    web_url: format!("{base}/ghes/{}/web", i.name),
                    tls_api_url: tls_base
                        .as_ref()
                        .map(|b| format!("{b}/ghes/{}/api/v3", i.name)),
                    manage_url: format!("{base}/ghes/{}", i.name),
                    manage_password: crate::manage::password_of(&i.name),
                    ssh: self.ssh.as_ref().and_then(|s| s.info(&i.name)),
                })
                .collect(),
            tls_base_url: tls_base.clone(),
            tls_wrong_name_base_url: self
                .tls
                .as_ref()
                .map(|t| format!("https://{}", t.wrong_name_address)),
            ca_pem: self.tls.as_ref().map(|t| t.ca_pem.clone()),
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
