//! One job per key at a time: the registry behind the admin-shell exports, the license
//! uploads and the sync watches, so a double click never starts two jobs of a kind for the
//! same target (the second start is refused while the first runs). Each job carries a
//! [`CancellationToken`] that [`Jobs::cancel`] fires, and what its feature wants to show
//! about it (`T`); the job's [`JobGuard`] frees the key when dropped, however the job ended.

use std::collections::HashMap;
use std::sync::Mutex;

use ghls_github::CancellationToken;

use super::lock;

#[derive(Debug)]
struct Entry<T> {
    serial: u64,
    token: CancellationToken,
    data: T,
}

/// The jobs of one kind running now, by key (an instance id).
#[derive(Debug)]
pub(crate) struct Jobs<T = ()> {
    running: Mutex<HashMap<String, Entry<T>>>,
    serial: std::sync::atomic::AtomicU64,
}

impl<T> Default for Jobs<T> {
    fn default() -> Self {
        Self {
            running: Mutex::default(),
            serial: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

/// A running job: frees its key when dropped.
pub(crate) struct JobGuard<'a, T = ()> {
    jobs: &'a Jobs<T>,
    key: String,
    serial: u64,
    token: CancellationToken,
}

impl<T> JobGuard<'_, T> {
    /// The token [`Jobs::cancel`] fires for this job.
    pub(crate) fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// Changes what the registry shows about this job.
    pub(crate) fn update(&self, f: impl FnOnce(&mut T)) {
        if let Some(e) = lock(&self.jobs.running)
            .get_mut(&self.key)
            .filter(|e| e.serial == self.serial)
        {
            f(&mut e.data);
        }
    }
}

impl<T> Drop for JobGuard<'_, T> {
    fn drop(&mut self) {
        let mut running = lock(&self.jobs.running);
        if running
            .get(&self.key)
            .is_some_and(|e| e.serial == self.serial)
        {
            running.remove(&self.key);
        }
    }
}

impl Jobs<()> {
    /// Starts the job of `key`; `None` when one already runs.
    pub(crate) fn start(&self, key: &str) -> Option<JobGuard<'_>> {
        self.start_with(key, || (), |()| ()).ok()
    }
}

impl<T> Jobs<T> {
    /// Starts the job of `key` showing `data()`; when one already runs, the error `refuse`
    /// makes from what the running one shows.
    pub(crate) fn start_with<E>(
        &self,
        key: &str,
        data: impl FnOnce() -> T,
        refuse: impl FnOnce(&T) -> E,
    ) -> Result<JobGuard<'_, T>, E> {
        let mut running = lock(&self.running);
        if let Some(e) = running.get(key) {
            return Err(refuse(&e.data));
        }
        let serial = self
            .serial
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let token = CancellationToken::new();
        running.insert(
            key.to_owned(),
            Entry {
                serial,
                token: token.clone(),
                data: data(),
            },
        );
        Ok(JobGuard {
            jobs: self,
            key: key.to_owned(),
            serial,
            token,
        })
    }

    /// Cancels the job of `key`; false when none runs.
    pub(crate) fn cancel(&self, key: &str) -> bool {
        match lock(&self.running).get(key) {
            Some(e) => {
                e.token.cancel();
                true
            }
            None => false,
        }
    }

    /// What `f` makes of each running job, in no particular order.
    pub(crate) fn list<U>(&self, f: impl Fn(&str, &T) -> U) -> Vec<U> {
        lock(&self.running)
            .iter()
            .map(|(k, e)| f(k, &e.data))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_start_for_the_same_key_is_refused_until_the_first_ends() {
        let jobs = Jobs::default();
        let first = jobs.start("a");
        assert!(first.is_some());
        assert!(jobs.start("a").is_none());
        assert!(jobs.start("b").is_some());
        drop(first);
        assert!(jobs.start("a").is_some());
    }

    #[test]
    fn cancel_fires_the_running_jobs_token_only() {
        let jobs = Jobs::default();
        let a = jobs.start("a").unwrap();
        let b = jobs.start("b").unwrap();
        assert!(jobs.cancel("a"));
        assert!(a.token().is_cancelled());
        assert!(!b.token().is_cancelled());
    }

    #[test]
    fn cancel_without_a_running_job_says_false() {
        let jobs = Jobs::default();
        assert!(!jobs.cancel("a"));
        drop(jobs.start("a"));
        assert!(!jobs.cancel("a"));
    }
}
