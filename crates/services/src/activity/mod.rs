//! The Activity screen: what the app did (checks, hand-offs, confirmations, exports,
//! uploads, connection tests), newest first, kept bounded in a JSON-lines file with tokens
//! redacted (see `log.rs`).

mod log;

pub use log::{
    redact, Activity, ActivityKind, ActivityLog, Limits, Outcome, MAX_BYTES, MAX_ENTRIES,
};

use crate::app::App;

impl App {
    /// Keeps the activity in `log` (the shell passes the file in the data folder).
    pub fn with_activity_log(mut self, log: ActivityLog) -> Self {
        self.replace_activity_log(log);
        self
    }

    /// The newest `limit` activities (all kept when `None`), newest first.
    pub fn activity(&self, limit: Option<usize>) -> Vec<Activity> {
        self.activity_log().newest(limit)
    }

    /// Records `activity` off the async threads. A failure to write is logged, never fatal:
    /// the work it describes already happened.
    pub(crate) async fn record(&self, activity: Activity) {
        let log = self.activity_log().clone();
        let done = tokio::task::spawn_blocking(move || log.append(activity)).await;
        match done {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "activity: not written"),
            Err(e) => tracing::warn!(error = %e, "activity: not written"),
        }
    }
}
