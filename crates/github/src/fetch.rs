//! Every page of `GET /enterprises/{e}/consumed-licenses`, fast and robust enough for
//! 300,000 consumers (3,000 pages): the Consumed licenses screen's fetch.
//!
//! - Page 1 first: its `Link: rel="last"` gives the number of pages. The rest are read with
//!   at most [`FetchOptions::concurrency`] requests in flight (GitHub allows 100 concurrent
//!   requests; a few is polite and already hides most of the round-trip time), and each
//!   page's consumers are moved straight into their place in one vector sized for them, so
//!   the result is in GitHub's order whatever order the pages arrive in, and no second copy
//!   of the data set is ever made.
//! - A `next` link on the last page (the enterprise grew while reading) is followed one page
//!   after the other, as is a first page with `next` but no `last`.
//! - Rate limits (github-api.md §3.4) pause *every* request, not just the one that hit
//!   them: `retry-after` first, else until `x-ratelimit-reset`, else a minute; a successful
//!   answer with `x-ratelimit-remaining: 0` pauses until the reset too, instead of
//!   spending the next request on a refusal. The pause is reported as
//!   [`FetchEvent::WaitingRateLimit`].
//! - 5xx, timeouts and broken connections are retried (these GETs are idempotent) with
//!   capped exponential back-off and jitter, reported as [`FetchEvent::Retrying`]; anything
//!   else (401, 404, a body that does not decode, …) fails the fetch at once, since sending
//!   it again cannot help.
//! - Cancelling the token drops every request in flight and returns [`Error::Cancelled`]
//!   at once; nothing partial is returned.
//! - A refresh ([`GhecClient::refresh_consumed_licenses`]) sends each page's stored `ETag`
//!   (`If-None-Match`, else `If-Modified-Since`); a 304 costs no rate budget (github-api.md
//!   §3.4) and the stored page is reused (copied only if another page changed; when none
//!   did, the result is [`Consumers::Unchanged`] and nothing is copied). A page that moved because an earlier one changed
//!   simply comes back 200 with a new tag, and a server that ignores the condition (always
//!   200) is just a full load. [`FetchCost`] says what the read cost.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use futures_util::stream::{self, StreamExt};
use ghls_domain::{ConsumedLicenses, LicenseConsumer};
use ghls_l10n::t;
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;
use url::Url;

use crate::error::{Endpoint, Error, Result};
use crate::ghec::{ConsumedPage, GhecClient, DEFAULT_PER_PAGE, MAX_PAGES};
use crate::http::{Conditional, Validator};
use crate::link::page_of;
use crate::pace::{paced, Gate, Pacing};

/// The most requests in flight [`FetchOptions::concurrency`] may ask for.
pub const MAX_CONCURRENCY: usize = 16;

/// Room reserved up front for the consumers (virtual memory only until written): enough
/// for any real enterprise, and a server announcing absurd page counts cannot make the
/// fetch reserve more.
const MAX_RESERVED: usize = 2_000_000;

/// How [`GhecClient::fetch_consumed_licenses`] reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    /// Pages in flight at once after the first, 1 to [`MAX_CONCURRENCY`] (1 reads one page
    /// after the other).
    pub concurrency: usize,
    /// Consumers per page, 1 to 100 (GitHub's maximum).
    pub per_page: u8,
    pub retry: RetryPolicy,
}

impl Default for FetchOptions {
    fn default() -> Self {
        Self {
            concurrency: 4,
            per_page: DEFAULT_PER_PAGE,
            retry: RetryPolicy::default(),
        }
    }
}

/// When and how often a page is asked for again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// The wait before the first retry of a 5xx, timeout or broken connection; it doubles
    /// with each further retry.
    pub base: Duration,
    /// No single back-off wait is longer.
    pub cap: Duration,
    /// Attempts per page for 5xx, timeouts and broken connections, the first included.
    pub max_attempts: u32,
    /// Rate-limit waits per page before its rate-limit error is returned.
    pub max_rate_limit_waits: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_millis(500),
            cap: Duration::from_secs(30),
            max_attempts: 5,
            max_rate_limit_waits: 10,
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1 for the first): `base · 2^(retry-1)`, capped,
    /// then "equal jitter": half of it fixed, the other half scaled by `jitter` (0 to 1),
    /// so parallel requests that failed together do not come back together.
    pub fn backoff(&self, retry: u32, jitter: f64) -> Duration {
        let exp = retry.saturating_sub(1).min(30);
        let full = self.base.saturating_mul(1u32 << exp).min(self.cap);
        let half = full / 2;
        half + half.mul_f64(jitter.clamp(0.0, 1.0))
    }
}

/// What a running fetch reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FetchEvent {
    /// Pages are being read; `pages_total` is `None` while GitHub has not said.
    Fetching {
        pages_done: u32,
        pages_total: Option<u32>,
        rows: usize,
    },
    /// GitHub's rate limit was reached: no request is sent before `until`.
    WaitingRateLimit { until: OffsetDateTime, seconds: u64 },
    /// Page `page` failed in a way that may pass; attempt `attempt` follows after `wait`.
    Retrying {
        page: u32,
        attempt: u32,
        wait: Duration,
        reason: String,
    },
}

/// What a read of every page cost in requests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FetchCost {
    /// Requests sent, retries and refused ones included.
    pub requests_sent: u32,
    /// Of those, 304 Not Modified answers: pages reused, at no cost.
    pub not_modified: u32,
    /// Requests that counted against the rate limit: every one but the 304s.
    pub budget_spent: u32,
    /// Pages in the result.
    pub pages: u32,
}

/// What one page of a read left to make the next read of it conditional.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StoredPage {
    validator: Validator,
    /// Where its consumers start in the data set, and how many.
    start: usize,
    len: usize,
    last_page: Option<u32>,
    next: Option<Url>,
}

/// Every page's validator and place, kept with the data set a read returned, for
/// [`GhecClient::refresh_consumed_licenses`]. Small: a few dozen bytes a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredPages {
    per_page: u8,
    total_seats_consumed: Option<i64>,
    total_seats_purchased: Option<i64>,
    /// Page `p` at `p - 1`.
    pages: Vec<StoredPage>,
}

impl StoredPages {
    /// Pages with a validator, that a refresh can ask about conditionally.
    pub fn conditional_pages(&self) -> usize {
        self.pages
            .iter()
            .filter(|p| !p.validator.is_empty())
            .count()
    }
}

/// The result of a read: the consumers, what makes the next read conditional, and what
/// this one cost.
#[derive(Debug, Clone)]
pub struct ConsumedFetch {
    pub consumers: Consumers,
    pub pages: StoredPages,
    pub cost: FetchCost,
}

/// The consumers a read gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Consumers {
    /// What was read, in GitHub's order (a page answered 304 holds the previous read's
    /// consumers of that page, copied).
    Read(ConsumedLicenses),
    /// Every page of the previous read answered 304 and no page was added: the previous
    /// read's consumers and totals stand as they are. Nothing was copied, so a no-change
    /// refresh of 1,000,000 consumers costs no memory either.
    Unchanged,
}

/// A previous read to refresh: its stored pages and the consumers they point into.
#[derive(Debug, Clone, Copy)]
pub struct Previous<'a> {
    pub pages: &'a StoredPages,
    pub users: &'a [LicenseConsumer],
}

impl GhecClient {
    /// Every page of `GET /enterprises/{e}/consumed-licenses`: concurrently, in GitHub's
    /// order, through rate limits and transient failures (see the module comment).
    /// Totals come from the first page. `on_event` is called from the fetching task; keep
    /// it quick. Cancelling `cancel` ends the fetch with [`Error::Cancelled`] at once.
    pub async fn fetch_consumed_licenses(
        &self,
        options: &FetchOptions,
        cancel: &CancellationToken,
        on_event: &(dyn Fn(FetchEvent) + Send + Sync),
    ) -> Result<ConsumedLicenses> {
        match self
            .refresh_consumed_licenses(options, None, cancel, on_event)
            .await?
            .consumers
        {
            Consumers::Read(data) => Ok(data),
            // Without a previous read nothing is asked conditionally, so nothing can be
            // unchanged; said rather than answered with an empty enterprise.
            Consumers::Unchanged => Err(Error::Decode {
                endpoint: Endpoint::GhecConsumedLicenses {
                    enterprise: self.enterprise().to_owned(),
                    page: 1,
                },
                path: String::new(),
                detail: t!("github-detail-not-modified-unasked"),
            }),
        }
    }

    /// As [`GhecClient::fetch_consumed_licenses`], but every page `previous` holds a
    /// validator for is asked conditionally, and a 304 reuses the previous consumers of
    /// that page (see the module comment); when every page does, the result is
    /// [`Consumers::Unchanged`]. `None`, or pages stored with another `per_page`, read
    /// everything. The result says what the read cost.
    pub async fn refresh_consumed_licenses(
        &self,
        options: &FetchOptions,
        previous: Option<Previous<'_>>,
        cancel: &CancellationToken,
        on_event: &(dyn Fn(FetchEvent) + Send + Sync),
    ) -> Result<ConsumedFetch> {
        let per_page = options.per_page.clamp(1, 100);
        let run = Run {
            client: self,
            per_page,
            concurrency: options.concurrency.clamp(1, MAX_CONCURRENCY),
            retry: options.retry,
            on_event,
            previous: previous.filter(|p| p.pages.per_page == per_page),
            gate: Gate::default(),
            pages_done: AtomicU32::new(0),
            pages_total: AtomicU32::new(0),
            rows: AtomicUsize::new(0),
            sent: AtomicU32::new(0),
            not_modified: AtomicU32::new(0),
            stored: Mutex::new(BTreeMap::new()),
        };
        tokio::select! {
            biased;
            () = cancel.cancelled() => Err(Error::Cancelled {
                enterprise: self.enterprise().to_owned(),
            }),
            result = run.all() => result,
        }
    }
}

/// A page's validator, `last` page and `next` link as read.
type PageRead = (Validator, Option<u32>, Option<Url>);

/// One fetch in progress.
struct Run<'a> {
    client: &'a GhecClient,
    per_page: u8,
    concurrency: usize,
    retry: RetryPolicy,
    on_event: &'a (dyn Fn(FetchEvent) + Send + Sync),
    previous: Option<Previous<'a>>,
    /// Rate-limit pauses, shared by every page in flight.
    gate: Gate,
    pages_done: AtomicU32,
    /// 0 while unknown.
    pages_total: AtomicU32,
    rows: AtomicUsize,
    sent: AtomicU32,
    not_modified: AtomicU32,
    /// Each page's validator and links as read (place filled in at the end).
    stored: Mutex<BTreeMap<u32, PageRead>>,
}

impl Run<'_> {
    async fn all(&self) -> Result<ConsumedFetch> {
        let first = self.page(1).await?;
        self.check_size(1, first.len())?;
        let last = first.page.last_page.map(|n| n.clamp(1, MAX_PAGES));
        let per_page = usize::from(self.per_page);
        let mut slots = Slots::new(per_page, last.unwrap_or(1));
        let (total_seats_consumed, total_seats_purchased) = (
            first.page.total_seats_consumed,
            first.page.total_seats_purchased,
        );
        // With a `last` link the pages in between are read concurrently, and only the last
        // page's `next` (the data grew) is followed; without one, page 1's `next` is.
        let mut next = match last {
            Some(n) if n > 1 => None,
            _ => first.page.next.clone(),
        };
        self.pages_total.store(last.unwrap_or(0), Ordering::Relaxed);
        self.placed(&mut slots, 1, first);
        let mut highest = 1;

        if let Some(last) = last.filter(|&n| n > 1) {
            let mut pages = stream::iter(2..=last)
                .map(|p| async move { (p, self.page(p).await) })
                .buffer_unordered(self.concurrency);
            while let Some((p, reply)) = pages.next().await {
                let reply = reply?;
                self.check_size(p, reply.len())?;
                if p == last {
                    next = reply.page.next.clone();
                }
                self.placed(&mut slots, p, reply);
            }
            highest = last;
        }

        while let Some(url) = next.take() {
            let page = page_of(&url).unwrap_or(highest.saturating_add(1));
            self.client.check_same_origin(&url, page)?;
            if page <= highest || page > MAX_PAGES {
                // A `next` that does not move forward would loop for ever.
                break;
            }
            let reply = self.get(url, page).await?;
            self.check_size(page, reply.len())?;
            next = reply.page.next.clone();
            self.pages_total.fetch_max(page, Ordering::Relaxed);
            self.placed(&mut slots, page, reply);
            highest = page;
        }

        let stored = std::mem::take(&mut *self.stored());
        let mut pages = Vec::with_capacity(stored.len());
        let mut start = 0;
        for (p, (validator, last_page, next)) in stored {
            let index = usize::try_from(p.saturating_sub(1)).unwrap_or(usize::MAX);
            let len = slots.counts.get(index).copied().unwrap_or(0);
            // Pages are read from 1 without gaps; one missing would break the places.
            if index != pages.len() {
                break;
            }
            pages.push(StoredPage {
                validator,
                start,
                len,
                last_page,
                next,
            });
            start += len;
        }
        let sent = self.sent.load(Ordering::Relaxed);
        let not_modified = self.not_modified.load(Ordering::Relaxed);
        let cost = FetchCost {
            requests_sent: sent,
            not_modified,
            budget_spent: sent.saturating_sub(not_modified),
            pages: u32::try_from(pages.len()).unwrap_or(u32::MAX),
        };
        let previous = self.previous.map(|p| (p.users, p.pages.pages.len()));
        let consumers = match slots.finish(previous) {
            None => Consumers::Unchanged,
            Some(users) => Consumers::Read(ConsumedLicenses {
                total_seats_consumed,
                total_seats_purchased,
                users,
            }),
        };
        Ok(ConsumedFetch {
            consumers,
            pages: StoredPages {
                per_page: self.per_page,
                total_seats_consumed,
                total_seats_purchased,
                pages,
            },
            cost,
        })
    }

    /// Puts a page in its place and says so.
    fn placed(&self, slots: &mut Slots, page: u32, got: Got) {
        self.rows.fetch_add(got.len(), Ordering::Relaxed);
        self.pages_done.fetch_add(1, Ordering::Relaxed);
        match got.reused {
            Some(range) => slots.reuse(page, range),
            None => slots.put(page, got.page.users),
        }
        self.report_progress();
    }

    fn report_progress(&self) {
        let total = self.pages_total.load(Ordering::Relaxed);
        (self.on_event)(FetchEvent::Fetching {
            pages_done: self.pages_done.load(Ordering::Relaxed),
            pages_total: (total > 0).then_some(total),
            rows: self.rows.load(Ordering::Relaxed),
        });
    }

    /// GitHub caps pages at `per_page`; a page with more would overwrite the next one's
    /// place, so it is refused rather than silently mixed up.
    fn check_size(&self, page: u32, users: usize) -> Result<()> {
        if users <= usize::from(self.per_page) {
            return Ok(());
        }
        Err(Error::Decode {
            endpoint: Endpoint::GhecConsumedLicenses {
                enterprise: self.client.enterprise().to_owned(),
                page,
            },
            path: "users".to_owned(),
            detail: t!(
                "github-detail-page-too-large",
                users = users,
                per_page = self.per_page
            ),
        })
    }

    fn stored(&self) -> MutexGuard<'_, BTreeMap<u32, PageRead>> {
        self.stored.lock().unwrap_or_else(PoisonError::into_inner)
    }

    async fn page(&self, page: u32) -> Result<Got> {
        let url = self.client.consumed_licenses_url(page, self.per_page)?;
        self.get(url, page).await
    }

    /// What the previous read stored of `page`, if it can be asked about conditionally, and
    /// where its consumers are in the previous read's.
    fn stored_page(&self, page: u32) -> Option<(&StoredPage, Range<usize>)> {
        let previous = self.previous?;
        let index = usize::try_from(page.checked_sub(1)?).ok()?;
        let stored = previous.pages.pages.get(index)?;
        let range = stored.start..stored.start.checked_add(stored.len)?;
        previous.users.get(range.clone())?;
        (!stored.validator.is_empty()).then_some((stored, range))
    }

    /// One page, through rate-limit pauses and retries; conditional when the previous read
    /// stored it, and then a 304 points at the previous read's consumers of that page.
    async fn get(&self, url: Url, page: u32) -> Result<Got> {
        let events = PageEvents { run: self, page };
        let stored = self.stored_page(page);
        let (modified, validator, links) = paced(&self.gate, &self.retry, &events, || async {
            self.sent.fetch_add(1, Ordering::Relaxed);
            let answer = self
                .client
                .fetch_page_conditional(
                    url.clone(),
                    page,
                    stored.as_ref().map(|(s, _)| &s.validator),
                )
                .await?;
            Ok(match answer {
                Conditional::Modified { reply, validator } => {
                    let limit = reply.meta.rate_limit.clone();
                    ((Some(reply.value), validator, None), limit)
                }
                Conditional::NotModified { meta, validator } => {
                    let limit = meta.rate_limit.clone();
                    ((None, validator, Some(meta.links)), limit)
                }
            })
        })
        .await?;
        let (got, validator) = match (modified, stored) {
            (Some(read), _) => (
                Got {
                    page: read,
                    reused: None,
                },
                validator,
            ),
            (None, Some((s, range))) => {
                self.not_modified.fetch_add(1, Ordering::Relaxed);
                // The 304's own links when it sent them (the data may have grown at the
                // end), else the stored ones.
                let links = links.filter(|l| l.next.is_some() || l.last_page().is_some());
                let prev = self.previous.map(|p| p.pages);
                let reused = ConsumedPage {
                    page,
                    total_seats_consumed: prev.and_then(|p| p.total_seats_consumed),
                    total_seats_purchased: prev.and_then(|p| p.total_seats_purchased),
                    users: Vec::new(),
                    last_page: links.as_ref().map_or(s.last_page, |l| l.last_page()),
                    next: links.map_or_else(|| s.next.clone(), |l| l.next),
                };
                // A 304 without tags vouches for the stored page: its stored tag holds.
                let validator = if validator.is_empty() {
                    s.validator.clone()
                } else {
                    validator
                };
                (
                    Got {
                        page: reused,
                        reused: Some(range),
                    },
                    validator,
                )
            }
            (None, None) => {
                return Err(Error::Decode {
                    endpoint: Endpoint::GhecConsumedLicenses {
                        enterprise: self.client.enterprise().to_owned(),
                        page,
                    },
                    path: String::new(),
                    detail: t!("github-detail-not-modified-unasked-request"),
                });
            }
        };
        self.stored()
            .insert(page, (validator, got.page.last_page, got.page.next.clone()));
        Ok(got)
    }
}

/// A page as the fetch holds it: read, or (a 304) where the previous read's consumers of
/// it are, copied only if some other page changed.
struct Got {
    /// `users` is empty when `reused`.
    page: ConsumedPage,
    reused: Option<Range<usize>>,
}

impl Got {
    /// How many consumers the page holds.
    fn len(&self) -> usize {
        self.reused
            .as_ref()
            .map_or(self.page.users.len(), ExactSizeIterator::len)
    }
}

/// What the pacing of one page tells the fetch's listener.
struct PageEvents<'a> {
    run: &'a Run<'a>,
    page: u32,
}

impl Pacing for PageEvents<'_> {
    fn resumed(&self) {
        self.run.report_progress();
    }

    fn pausing(&self, wait: Duration) {
        tracing::info!(
            seconds = wait.as_secs(),
            "GitHub's rate limit reached: pausing the fetch"
        );
        (self.run.on_event)(FetchEvent::WaitingRateLimit {
            until: OffsetDateTime::now_utc() + wait,
            seconds: wait.as_secs(),
        });
    }

    fn retrying(&self, attempt: u32, wait: Duration, error: &Error) {
        let page = self.page;
        tracing::info!(page, attempt, wait_ms = wait.as_millis() as u64, %error, "retrying a consumed-licenses page");
        (self.run.on_event)(FetchEvent::Retrying {
            page,
            attempt,
            wait,
            reason: error.to_string(),
        });
    }
}

/// The consumers in GitHub's order: page `p`'s consumers go to `(p-1)·per_page…`, whatever
/// order the pages arrive in.
struct Slots {
    per_page: usize,
    users: Vec<LicenseConsumer>,
    /// Consumers per page (index `p-1`); a short page before the last leaves a gap that
    /// [`Slots::finish`] closes.
    counts: Vec<usize>,
    /// Per page (index `p-1`): where its consumers are in the previous read's, for a 304.
    reused: Vec<Option<Range<usize>>>,
}

impl Slots {
    fn new(per_page: usize, pages: u32) -> Self {
        let pages = usize::try_from(pages).unwrap_or(usize::MAX);
        Self {
            per_page,
            users: Vec::with_capacity(pages.saturating_mul(per_page).min(MAX_RESERVED)),
            counts: Vec::with_capacity(pages.min(MAX_RESERVED)),
            reused: Vec::new(),
        }
    }

    fn count(&mut self, index: usize, n: usize) {
        if self.counts.len() <= index {
            self.counts.resize(index + 1, 0);
        }
        if let Some(count) = self.counts.get_mut(index) {
            *count = n;
        }
    }

    /// Page `page` holds the previous read's consumers at `range` (copied by `finish`, and
    /// only when some page changed).
    fn reuse(&mut self, page: u32, range: Range<usize>) {
        let index = usize::try_from(page.saturating_sub(1)).unwrap_or(usize::MAX);
        self.count(index, range.len());
        if self.reused.len() <= index {
            self.reused.resize(index + 1, None);
        }
        if let Some(slot) = self.reused.get_mut(index) {
            *slot = Some(range);
        }
    }

    fn put(&mut self, page: u32, users: Vec<LicenseConsumer>) {
        let index = usize::try_from(page.saturating_sub(1)).unwrap_or(usize::MAX);
        let start = index.saturating_mul(self.per_page);
        let end = start.saturating_add(users.len());
        if self.users.len() < end {
            self.users.resize_with(end, LicenseConsumer::default);
        }
        self.count(index, users.len());
        if let Some(place) = self.users.get_mut(start..end) {
            for (slot, user) in place.iter_mut().zip(users) {
                *slot = user;
            }
        }
    }

    /// The consumers, gaps closed in place; `None` when every page of `previous` (its
    /// consumers and how many pages it had) was reused, in place, and nothing else read.
    fn finish(
        mut self,
        previous: Option<(&[LicenseConsumer], usize)>,
    ) -> Option<Vec<LicenseConsumer>> {
        let reused_all = |users: &[LicenseConsumer], pages: usize| {
            let mut at = 0;
            self.counts.len() == pages
                && (0..pages).all(|i| match self.reused.get(i) {
                    Some(Some(r)) if r.start == at => {
                        at = r.end;
                        true
                    }
                    _ => false,
                })
                && at == users.len()
        };
        if previous.is_some_and(|(users, pages)| reused_all(users, pages)) {
            return None;
        }
        let reused = std::mem::take(&mut self.reused);
        for (index, range) in reused.into_iter().enumerate() {
            let (Some(range), Some((users, _))) = (range, previous) else {
                continue;
            };
            let Some(from) = users.get(range) else {
                continue;
            };
            let start = index.saturating_mul(self.per_page);
            let end = start.saturating_add(from.len());
            if self.users.len() < end {
                self.users.resize_with(end, LicenseConsumer::default);
            }
            if let Some(place) = self.users.get_mut(start..end) {
                place.clone_from_slice(from);
            }
        }
        let mut write = 0;
        for (index, &count) in self.counts.iter().enumerate() {
            let start = index * self.per_page;
            if start != write {
                for k in 0..count {
                    self.users.swap(write + k, start + k);
                }
            }
            write += count;
        }
        self.users.truncate(write);
        Some(self.users)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pace::jitter;

    fn named(login: &str) -> LicenseConsumer {
        LicenseConsumer::from(ghls_domain::ConsumerFields {
            github_com_login: Some(login.to_owned()),
            ..Default::default()
        })
    }

    fn logins(users: &[LicenseConsumer]) -> Vec<&str> {
        users
            .iter()
            .map(|u| u.github_com_login().unwrap_or("-"))
            .collect()
    }

    #[test]
    fn pages_arriving_out_of_order_land_in_githubs_order() {
        let mut s = Slots::new(2, 3);
        s.put(3, vec![named("e")]);
        s.put(1, vec![named("a"), named("b")]);
        s.put(2, vec![named("c"), named("d")]);
        assert_eq!(logins(&s.finish(None).unwrap()), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn a_short_page_in_the_middle_leaves_no_gap() {
        let mut s = Slots::new(3, 3);
        s.put(2, vec![named("d")]);
        s.put(3, vec![named("g"), named("h")]);
        s.put(1, vec![named("a"), named("b"), named("c")]);
        assert_eq!(
            logins(&s.finish(None).unwrap()),
            ["a", "b", "c", "d", "g", "h"]
        );
    }

    #[test]
    fn every_page_reused_in_place_is_unchanged_and_copies_nothing() {
        let before = [named("a"), named("b"), named("c")];
        let mut s = Slots::new(2, 2);
        s.reuse(2, 2..3);
        s.reuse(1, 0..2);
        assert!(s.finish(Some((&before, 2))).is_none());
    }

    #[test]
    fn reused_pages_beside_a_changed_one_are_copied_into_their_places() {
        let before = [named("a"), named("b"), named("c"), named("d"), named("e")];
        let mut s = Slots::new(2, 3);
        s.reuse(3, 4..5);
        s.put(2, vec![named("x")]);
        s.reuse(1, 0..2);
        let users = s.finish(Some((&before, 3))).unwrap();
        assert_eq!(logins(&users), ["a", "b", "x", "e"]);
    }

    #[test]
    fn a_previous_read_with_more_pages_is_not_unchanged() {
        // Every page read was reused, but the enterprise lost its last page.
        let before = [named("a"), named("b"), named("c")];
        let mut s = Slots::new(2, 1);
        s.reuse(1, 0..2);
        assert_eq!(logins(&s.finish(Some((&before, 2))).unwrap()), ["a", "b"]);
    }

    #[test]
    fn back_off_doubles_up_to_the_cap_and_jitter_stays_within_half() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1, 1.0), Duration::from_millis(500));
        assert_eq!(p.backoff(1, 0.0), Duration::from_millis(250));
        assert_eq!(p.backoff(2, 1.0), Duration::from_secs(1));
        assert_eq!(p.backoff(4, 1.0), Duration::from_secs(4));
        assert_eq!(p.backoff(20, 1.0), Duration::from_secs(30));
        assert_eq!(p.backoff(u32::MAX, 0.0), Duration::from_secs(15));
        for _ in 0..100 {
            let j = jitter();
            assert!((0.0..1.0).contains(&j), "{j}");
        }
    }
}
