//! One job per key at a time: the registry behind the admin-shell exports and the license
//! uploads, so a double click never starts two jobs of a kind for the same target (the
//! second start is refused while the first runs). Each job carries a [`CancellationToken`]
//! that [`Jobs::cancel`] fires; the job's [`JobGuard`] frees the key when dropped, however
//! the job ended.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use ghls_github::CancellationToken;

/// The jobs of one kind running now, by key (an instance id).
#[derive(Debug, Default)]
pub(crate) struct Jobs {
    running: Mutex<HashMap<String, CancellationToken>>,
}

/// A running job: frees its key when dropped.
pub(crate) struct JobGuard<'a> {
    jobs: &'a Jobs,
    key: String,
    token: CancellationToken,
}

impl JobGuard<'_> {
    /// The token [`Jobs::cancel`] fires for this job.
    pub(crate) fn token(&self) -> CancellationToken {
        self.token.clone()
    }
}

impl Drop for JobGuard<'_> {
    fn drop(&mut self) {
        self.jobs.lock().remove(&self.key);
    }
}

impl Jobs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, CancellationToken>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts the job of `key`; `None` when one already runs.
    pub(crate) fn start(&self, key: &str) -> Option<JobGuard<'_>> {
        let mut running = self.lock();
        if running.contains_key(key) {
            return None;
        }
        let token = CancellationToken::new();
        running.insert(key.to_owned(), token.clone());
        Some(JobGuard {
            jobs: self,
            key: key.to_owned(),
            token,
        })
    }

    /// Cancels the job of `key`; false when none runs.
    pub(crate) fn cancel(&self, key: &str) -> bool {
        match self.lock().get(key) {
            Some(t) => {
                t.cancel();
                true
            }
            None => false,
        }
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
