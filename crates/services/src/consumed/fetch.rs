//! One consumed-licenses fetch at a time, and the session's cache of its result.
//!
//! Policy: a load asked for while a fetch runs **joins** it. It gets the running fetch's
//! latest progress at once, every event after that, and the same result; no second fetch
//! starts (3,000 requests twice would only eat the rate limit). Refusing instead would make
//! the UI handle a "busy" error for something the admin simply asked for twice (a second
//! window, a double click).
//!
//! The cache holds one data set and when it was fetched, for the session, with each
//! page's `ETag`/`Last-Modified`: a refresh asks every page conditionally, and a 304 (no
//! rate budget spent) reuses the page from the cached data set. A fetch that fails or is
//! cancelled changes nothing: the previous data set, if any, stays, and nothing partial
//! is ever kept.

use std::sync::{Arc, Mutex, MutexGuard};

use ghls_domain::ConsumedLicenses;
use ghls_github::{
    CancellationToken, Consumers, FetchEvent, FetchOptions, GhecClient, Previous, StoredPages,
};
use time::OffsetDateTime;
use tokio::sync::watch;

use super::query::DataSet;
use super::types::{ConsumedSummary, FetchProgress, LoadCost};
use crate::error::{Error, ErrorReport};
use crate::support::lock;

/// Who hears a fetch's progress.
pub(crate) type Listener = Arc<dyn Fn(FetchProgress) + Send + Sync>;

/// What a finished fetch gives every caller that waited for it.
pub(crate) type Outcome = std::result::Result<ConsumedSummary, ErrorReport>;

/// The consumed-licenses cache and the fetch that may be filling it.
#[derive(Debug, Default)]
pub(crate) struct ConsumedState {
    inner: Mutex<Inner>,
    options: Mutex<FetchOptions>,
}

#[derive(Debug, Default)]
struct Inner {
    data: Option<Arc<DataSet>>,
    /// The cached data set's pages' validators, for a conditional refresh.
    pages: Option<Arc<StoredPages>>,
    running: Option<Arc<Job>>,
}

/// What a finished fetch leaves to do.
enum Next {
    /// Nothing: the previous data set, found unchanged.
    Ready(DataSet),
    /// Prepare these consumers for queries.
    Prepare(ConsumedLicenses),
    Failed(ErrorReport),
}

/// How a load starts.
pub(crate) enum Begin {
    /// The cache answers; nothing to fetch.
    Cached(Arc<DataSet>),
    /// A fetch runs already: wait for it.
    Joined(Arc<Job>),
    /// This caller starts the fetch: it must call [`ConsumedState::run`] (or
    /// [`ConsumedState::finish`] with an error) on the job.
    Started(Arc<Job>),
}

impl ConsumedState {
    fn inner(&self) -> MutexGuard<'_, Inner> {
        lock(&self.inner)
    }

    pub(crate) fn options(&self) -> FetchOptions {
        lock(&self.options).clone()
    }

    pub(crate) fn set_options(&self, options: FetchOptions) {
        *lock(&self.options) = options;
    }

    /// The cached data set.
    pub(crate) fn data(&self) -> Option<Arc<DataSet>> {
        self.inner().data.clone()
    }

    /// Joins the running fetch, answers from the cache (unless `refresh`), or registers a
    /// new fetch; `listener` hears the fetch either way.
    pub(crate) fn begin(&self, refresh: bool, listener: Listener) -> Begin {
        let mut inner = self.inner();
        if let Some(job) = &inner.running {
            job.listen(listener);
            return Begin::Joined(job.clone());
        }
        if let (false, Some(data)) = (refresh, &inner.data) {
            return Begin::Cached(data.clone());
        }
        let job = Arc::new(Job::new(listener));
        inner.running = Some(job.clone());
        Begin::Started(job)
    }

    /// Holds `set` (a load the history kept) when the session has none and none is being
    /// fetched; answers the data set held after.
    pub(crate) fn restore(&self, set: DataSet) -> Arc<DataSet> {
        let mut inner = self.inner();
        match (&inner.data, &inner.running) {
            (Some(held), _) => held.clone(),
            (None, _) => {
                let set = Arc::new(set);
                inner.data = Some(set.clone());
                inner.pages = None;
                set
            }
        }
    }

    /// Cancels the running fetch, if any; true when there was one.
    pub(crate) fn cancel(&self) -> bool {
        match &self.inner().running {
            Some(job) => {
                job.cancel.cancel();
                true
            }
            None => false,
        }
    }

    /// Fetches with `client`, prepares the data set off the async threads, caches it and
    /// tells everyone waiting. `decorate` adds advice only the app knows to errors.
    pub(crate) async fn run(
        self: Arc<Self>,
        job: Arc<Job>,
        client: GhecClient,
        cloud_host: Option<String>,
        decorate: fn(ErrorReport) -> ErrorReport,
    ) {
        let options = self.options();
        let on_event = |e: FetchEvent| {
            if let Some(p) = FetchProgress::from_event(e) {
                job.emit(p);
            }
        };
        // Only the same enterprise's pages can vouch for what GitHub would send again.
        let (mut previous_data, previous_pages) = {
            let inner = self.inner();
            match (&inner.data, &inner.pages) {
                (Some(d), Some(p)) if d.enterprise == client.enterprise() => {
                    (Some(d.clone()), Some(p.clone()))
                }
                _ => (None, None),
            }
        };
        let previous = previous_data
            .as_deref()
            .zip(previous_pages.as_deref())
            .map(|(d, pages)| Previous {
                pages,
                users: d.consumers(),
            });
        let refreshed = previous.is_some_and(|p| p.pages.conditional_pages() > 0);
        let fetched = client
            .refresh_consumed_licenses(&options, previous, &job.cancel, &on_event)
            .await;
        drop(previous_pages);
        let outcome = match fetched {
            Err(e) => Err(decorate(Error::from(e).report())),
            Ok(fetched) => {
                let enterprise = client.enterprise().to_owned();
                let analysis = ghls_domain::AnalysisContext {
                    cloud_host,
                    ..Default::default()
                };
                let now = OffsetDateTime::now_utc();
                let cost = LoadCost {
                    pages: fetched.cost.pages,
                    requests_sent: fetched.cost.requests_sent,
                    not_modified: fetched.cost.not_modified,
                    budget_spent: fetched.cost.budget_spent,
                    refreshed,
                };
                tracing::info!(
                    pages = cost.pages,
                    requests_sent = cost.requests_sent,
                    not_modified = cost.not_modified,
                    budget_spent = cost.budget_spent,
                    "consumed licenses fetched"
                );
                let pages = Arc::new(fetched.pages);
                // Unchanged: the previous data set stands, shared rather than copied, with
                // its search text, sort ranks and duplicate analysis; only its time and cost
                // are new. (Were its analysis context changed since, it is prepared again.)
                let old = previous_data.take();
                let next = match (fetched.consumers, old.as_deref()) {
                    (Consumers::Read(data), _) => Next::Prepare(data),
                    (Consumers::Unchanged, Some(old)) => match old.unchanged(now, &analysis) {
                        Some(set) => Next::Ready(set),
                        None => Next::Prepare(old.data().clone()),
                    },
                    // The client answers "unchanged" only to a refresh of a previous read,
                    // and one is always passed with its data set.
                    (Consumers::Unchanged, None) => Next::Failed(
                        Error::Task {
                            what: ghls_l10n::msg!("task-refresh-consumed"),
                            detail: ghls_l10n::t!("svc-task-unchanged-without-load").to_owned(),
                        }
                        .report(),
                    ),
                };
                drop(old);
                match next {
                    Next::Failed(report) => Err(report),
                    Next::Ready(mut set) => {
                        set.summary.cost = Some(cost);
                        Ok((Arc::new(set), pages))
                    }
                    Next::Prepare(data) => tokio::task::spawn_blocking(move || {
                        let mut set = DataSet::new(enterprise, now, data, analysis);
                        set.summary.cost = Some(cost);
                        (Arc::new(set), pages)
                    })
                    .await
                    .map_err(|e| {
                        Error::Task {
                            what: ghls_l10n::msg!("task-prepare-consumed"),
                            detail: e.to_string(),
                        }
                        .report()
                    }),
                }
            }
        };
        // Cancelled while the data set was being prepared: still cancelled, as promised.
        let outcome = match outcome {
            Ok(_) if job.cancel.is_cancelled() => {
                Err(Error::GitHub(ghls_github::Error::Cancelled {
                    enterprise: client.enterprise().to_owned(),
                })
                .report())
            }
            other => other,
        };
        self.finish(&job, outcome);
    }

    /// Ends `job`: caches a data set, frees the slot for the next fetch, and wakes every
    /// caller waiting for it.
    pub(crate) fn finish(
        &self,
        job: &Arc<Job>,
        outcome: std::result::Result<(Arc<DataSet>, Arc<StoredPages>), ErrorReport>,
    ) {
        let result = {
            let mut inner = self.inner();
            if inner.running.as_ref().is_some_and(|r| Arc::ptr_eq(r, job)) {
                inner.running = None;
            }
            outcome.map(|(data, pages)| {
                let summary = data.summary.clone();
                inner.data = Some(data);
                inner.pages = Some(pages);
                summary
            })
        };
        if let Ok(summary) = &result {
            job.emit(FetchProgress::Done { rows: summary.rows });
        }
        job.done.send_replace(Some(result));
    }
}

/// A running fetch.
pub(crate) struct Job {
    pub(crate) cancel: CancellationToken,
    listeners: Mutex<Vec<Listener>>,
    last: Mutex<Option<FetchProgress>>,
    done: watch::Sender<Option<Outcome>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("cancelled", &self.cancel.is_cancelled())
            .finish_non_exhaustive()
    }
}

impl Job {
    fn new(listener: Listener) -> Self {
        Self {
            cancel: CancellationToken::new(),
            listeners: Mutex::new(vec![listener]),
            last: Mutex::new(None),
            done: watch::Sender::new(None),
        }
    }

    /// Adds a listener, telling it first where the fetch is.
    fn listen(&self, listener: Listener) {
        // Holding the list while reading the latest event: an event emitted meanwhile is
        // heard (perhaps twice, never not at all).
        let mut listeners = lock(&self.listeners);
        let last = lock(&self.last).clone();
        if let Some(p) = last {
            listener(p);
        }
        listeners.push(listener);
    }

    pub(crate) fn emit(&self, p: FetchProgress) {
        *lock(&self.last) = Some(p.clone());
        let listeners = lock(&self.listeners).clone();
        for l in listeners {
            l(p.clone());
        }
    }

    /// Waits for the fetch's result.
    pub(crate) async fn wait(&self) -> Outcome {
        let mut rx = self.done.subscribe();
        let outcome = rx.wait_for(Option::is_some).await;
        match outcome {
            Ok(v) => v.clone().unwrap_or_else(|| Err(stopped())),
            Err(_) => Err(stopped()),
        }
    }
}

fn stopped() -> ErrorReport {
    Error::Task {
        what: ghls_l10n::msg!("task-fetch-consumed"),
        detail: ghls_l10n::t!("svc-task-no-result"),
    }
    .report()
}
