//! "Load server accounts": the GHES accounts GitHub holds for every Enterprise Server
//! installation of the enterprise (GraphQL `enterpriseServerInstallations`, then each one's
//! `userAccounts`), kept for the session like the consumed licenses, so the duplicate
//! analysis can name server entries and use their real primary email.
//!
//! One load at a time (a second is refused with `job_running`); cancel stops it and keeps
//! what was loaded before. A load that GitHub answers only in part is kept, and says so:
//! each instance's `missing` parts and its accounts with `emails_complete: false` go into the
//! report, never taken as complete.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, Weak};

use ghls_domain::duplicates::{InstanceAccounts, ServerAccount, ServerAccounts};
use ghls_domain::DuplicateReport;
use ghls_github::{
    CancellationToken, GraphqlEvent, ServerInstallations, UserAccounts, DEFAULT_INSTANCES_IN_FLIGHT,
};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::app::App;
use crate::consumed::DataSet;
use crate::error::{Error, ErrorReport, Result};
use crate::support::lock;

/// What a running "Load server accounts" reports (command `load_server_accounts`, on its
/// channel): `installations` while the list of instances is read; `reading` after each
/// page of accounts (instances done of all, accounts so far of what GitHub says it holds);
/// `waiting_rate_limit` and `retrying` as for the consumed licenses; `done` at the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum AccountsLoadProgress {
    Installations,
    Reading {
        instances_done: u32,
        instances_total: u32,
        accounts: u32,
        /// The sum of GitHub's `totalCount` of the instances that told it so far.
        total_count: Option<u32>,
    },
    WaitingRateLimit {
        until: String,
        seconds: u32,
    },
    Retrying {
        attempt: u32,
        wait_ms: u32,
        reason: String,
    },
    Done {
        instances: u32,
        accounts: u32,
    },
}

/// The server accounts loaded in this session (answer of `load_server_accounts` and
/// `server_accounts_summary`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ServerAccountsSummary {
    pub instances: Vec<InstanceAccounts>,
    /// Accounts held, all instances together.
    pub accounts: u32,
    /// True when every instance, account and email was read.
    pub complete: bool,
    /// What is missing, one sentence each.
    pub notes: Vec<String>,
    /// RFC 3339.
    pub loaded_at: String,
}

/// Loaded accounts and when.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) accounts: ServerAccounts,
    pub(crate) summary: ServerAccountsSummary,
}

/// The feature's session state: the loaded accounts, the load running now, and the last
/// report made with accounts (per data set and accounts).
#[derive(Debug, Default)]
pub(crate) struct DuplicatesSession {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    loaded: Option<Arc<Loaded>>,
    running: Option<CancellationToken>,
    report: Option<Cached>,
}

#[derive(Debug)]
struct Cached {
    data: Weak<DataSet>,
    accounts: Weak<Loaded>,
    lang: ghls_l10n::Lang,
    report: Arc<DuplicateReport>,
}

impl DuplicatesSession {
    pub(crate) fn loaded(&self) -> Option<Arc<Loaded>> {
        lock(&self.inner).loaded.clone()
    }

    /// The report made from `data` and `accounts` in `lang`, if it is the last one made.
    pub(crate) fn cached(
        &self,
        data: &Arc<DataSet>,
        accounts: &Arc<Loaded>,
        lang: ghls_l10n::Lang,
    ) -> Option<Arc<DuplicateReport>> {
        let inner = lock(&self.inner);
        let c = inner.report.as_ref()?;
        (c.lang == lang
            && Weak::ptr_eq(&c.data, &Arc::downgrade(data))
            && Weak::ptr_eq(&c.accounts, &Arc::downgrade(accounts)))
        .then(|| c.report.clone())
    }

    pub(crate) fn remember(
        &self,
        data: &Arc<DataSet>,
        accounts: &Arc<Loaded>,
        lang: ghls_l10n::Lang,
        report: Arc<DuplicateReport>,
    ) {
        lock(&self.inner).report = Some(Cached {
            data: Arc::downgrade(data),
            accounts: Arc::downgrade(accounts),
            lang,
            report,
        });
    }

    fn start(&self) -> Result<CancellationToken> {
        let mut inner = lock(&self.inner);
        if inner.running.is_some() {
            return Err(Error::JobRunning {
                what: ghls_l10n::msg!("svc-job-server-accounts"),
            });
        }
        let token = CancellationToken::new();
        inner.running = Some(token.clone());
        Ok(token)
    }

    fn finish(&self, loaded: Option<Loaded>) {
        let mut inner = lock(&self.inner);
        inner.running = None;
        if let Some(l) = loaded {
            inner.loaded = Some(Arc::new(l));
            inner.report = None;
        }
    }

    fn cancel(&self) -> bool {
        match &lock(&self.inner).running {
            Some(t) => {
                t.cancel();
                true
            }
            None => false,
        }
    }
}

impl App {
    /// Loads the GHES accounts GitHub holds for every Enterprise Server installation of the
    /// configured enterprise, reporting to `on_progress`, and keeps them for the session:
    /// the duplicate analysis then names server entries and uses their primary emails. A
    /// failed or cancelled load (kind `cancelled`) keeps what was loaded before.
    pub async fn load_server_accounts(
        &self,
        on_progress: impl Fn(AccountsLoadProgress) + Send + Sync + 'static,
    ) -> std::result::Result<ServerAccountsSummary, ErrorReport> {
        let session = self.duplicates_session();
        let cancel = session.start().map_err(|e| e.report())?;
        let result = self.read_accounts(&cancel, &on_progress).await;
        match result {
            Ok(loaded) => {
                let summary = loaded.summary.clone();
                session.finish(Some(loaded));
                on_progress(AccountsLoadProgress::Done {
                    instances: small(summary.instances.len()),
                    accounts: summary.accounts,
                });
                Ok(summary)
            }
            Err(e) => {
                session.finish(None);
                Err(self.advise(e.report()))
            }
        }
    }

    /// Cancels the running "Load server accounts"; false when none runs.
    pub fn cancel_server_accounts(&self) -> bool {
        self.duplicates_session().cancel()
    }

    /// The server accounts loaded in this session, if any.
    pub fn server_accounts_summary(&self) -> Option<ServerAccountsSummary> {
        self.duplicates_session()
            .loaded()
            .map(|l| l.summary.clone())
    }

    async fn read_accounts(
        &self,
        cancel: &CancellationToken,
        on_progress: &(dyn Fn(AccountsLoadProgress) + Send + Sync),
    ) -> Result<Loaded> {
        let ghec = self.settings().ghec.ok_or(Error::NotConfigured {
            what: crate::error::Configurable::Ghec,
        })?;
        let client = self.ghec_client(&ghec).await?;
        let graphql = client.graphql()?;
        let slug = client.enterprise().to_owned();

        on_progress(AccountsLoadProgress::Installations);
        let waits = |e: GraphqlEvent| {
            if let Some(p) = wait_progress(&e) {
                on_progress(p);
            }
        };
        let installations = graphql.installations(&slug, cancel, &waits).await?;
        let ids: Vec<String> = installations
            .installations
            .iter()
            .map(|i| i.id.clone())
            .collect();
        let total = small(ids.len());
        on_progress(AccountsLoadProgress::Reading {
            instances_done: 0,
            instances_total: total,
            accounts: 0,
            total_count: None,
        });
        let tally: Mutex<HashMap<String, Tally>> = Mutex::default();
        let on_event = |e: GraphqlEvent| match e {
            GraphqlEvent::Accounts(p) => {
                let (done, accounts, known) = {
                    let mut t = lock(&tally);
                    t.insert(
                        p.installation_id,
                        Tally {
                            accounts: p.accounts,
                            total_count: p.total_count,
                            done: p.done,
                        },
                    );
                    let done = t.values().filter(|v| v.done).count();
                    let accounts: usize = t.values().map(|v| v.accounts).sum();
                    let known: Option<u64> = t.values().map(|v| v.total_count).sum();
                    (done, accounts, known)
                };
                on_progress(AccountsLoadProgress::Reading {
                    instances_done: small(done),
                    instances_total: total,
                    accounts: small(accounts),
                    total_count: known.map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
                });
            }
            other => {
                if let Some(p) = wait_progress(&other) {
                    on_progress(p);
                }
            }
        };
        // Boxed as `dyn Future + Send` here, where the borrows are concrete: proving the
        // client's stream of per-instance reads `Send` later, through the Tauri command's
        // future, trips rustc's higher-ranked lifetime check ("FnOnce is not general enough").
        let reading: Pin<
            Box<dyn Future<Output = ghls_github::Result<Vec<UserAccounts>>> + Send + '_>,
        > = Box::pin(graphql.user_accounts_of(
            &slug,
            &ids,
            DEFAULT_INSTANCES_IN_FLIGHT,
            cancel,
            &on_event,
        ));
        let read = reading.await?;
        let loaded_at = ghls_domain::expiry::to_rfc3339(OffsetDateTime::now_utc());
        // 50,000+ accounts per instance: the map is built off the async threads.
        crate::support::blocking(ghls_l10n::msg!("task-keep-accounts"), move || {
            join(&installations, read, loaded_at)
        })
        .await
    }
}

/// Where one installation's read is.
#[derive(Debug, Clone, Copy)]
struct Tally {
    accounts: usize,
    total_count: Option<u64>,
    done: bool,
}

/// The accounts by `HOST:ID`, and what is missing.
fn join(installations: &ServerInstallations, read: Vec<UserAccounts>, loaded_at: String) -> Loaded {
    let mut accounts = ServerAccounts::default();
    for m in &installations.missing {
        accounts.add_note(ghls_l10n::t!(
            "svc-accounts-installations-incomplete",
            detail = &m.message
        ));
    }
    let mut held = 0u32;
    for instance in read {
        let host = instance.host_name.clone().or_else(|| {
            installations
                .installations
                .iter()
                .find(|i| i.id == instance.installation_id)
                .and_then(|i| i.host_name.clone())
        });
        let Some(host) = host.filter(|h| !h.trim().is_empty()) else {
            accounts.add_note(ghls_l10n::t!(
                "svc-accounts-without-host",
                count = instance.accounts.len()
            ));
            continue;
        };
        let mut missing: Vec<String> = instance
            .missing
            .iter()
            .map(|m| format!("{}: {}", m.path, m.message))
            .collect();
        let mut emails_incomplete = 0u32;
        let mut without_id = 0u32;
        let count = small(instance.accounts.len());
        for a in instance.accounts {
            if !a.emails_complete {
                emails_incomplete = emails_incomplete.saturating_add(1);
            }
            let Some(id) = a.remote_user_id else {
                without_id = without_id.saturating_add(1);
                continue;
            };
            let primary = a.primary_email().map(str::to_owned);
            accounts.insert(
                &host,
                &id.to_string(),
                ServerAccount {
                    login: a.login,
                    name: a.profile_name,
                    primary_email: primary,
                    site_admin: a.is_site_admin.unwrap_or(false),
                    emails_complete: a.emails_complete,
                },
            );
            held = held.saturating_add(1);
        }
        if without_id > 0 {
            missing.push(ghls_l10n::t!("svc-accounts-without-id", count = without_id));
        }
        accounts.add_instance(InstanceAccounts {
            host_name: host,
            accounts: count,
            total_count: instance
                .total_count
                .map(|t| u32::try_from(t).unwrap_or(u32::MAX)),
            missing,
            emails_incomplete,
        });
    }
    Loaded {
        summary: ServerAccountsSummary {
            instances: accounts.instances().to_vec(),
            accounts: held,
            complete: accounts.is_complete(),
            notes: accounts.notes(),
            loaded_at,
        },
        accounts,
    }
}

/// A rate-limit wait or a retry, as the UI shows it.
fn wait_progress(e: &GraphqlEvent) -> Option<AccountsLoadProgress> {
    match e {
        GraphqlEvent::WaitingRateLimit { until, seconds } => {
            Some(AccountsLoadProgress::WaitingRateLimit {
                until: ghls_domain::expiry::to_rfc3339(*until),
                seconds: u32::try_from(*seconds).unwrap_or(u32::MAX),
            })
        }
        GraphqlEvent::Retrying {
            attempt,
            wait,
            reason,
            ..
        } => Some(AccountsLoadProgress::Retrying {
            attempt: *attempt,
            wait_ms: u32::try_from(wait.as_millis()).unwrap_or(u32::MAX),
            reason: reason.clone(),
        }),
        _ => None,
    }
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
