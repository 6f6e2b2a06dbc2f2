//! Fixtures for tests, here and in the crates above (cargo feature `testing`, which only
//! their dev-dependencies turn on): the shapes GitHub sends, built in one line.

use crate::expiry::GitHubTime;
use crate::sync_status::{LastSync, ServerSync};

/// An instance's entry in license-sync-status (server ID `deadbeef1`, host
/// `github.example.com`) whose last sync was at `date` with `status` and `error`.
pub fn server_sync(date: &str, status: &str, error: &str) -> ServerSync {
    ServerSync {
        server_id: Some("deadbeef1".into()),
        hostname: Some("github.example.com".into()),
        last_sync: Some(LastSync {
            date: Some(GitHubTime::parse(date)),
            status: Some(status.into()),
            error: Some(error.into()),
        }),
    }
}
