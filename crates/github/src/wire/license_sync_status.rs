//! GHEC `GET /enterprises/{enterprise}/license-sync-status` (`enterprise-admin/get-license-sync-status`).
//!
//! Docs: <https://docs.github.com/enterprise-cloud@latest/rest/enterprise-admin/licensing#get-a-license-sync-status>,
//! API version 2022-11-28. Known gaps: no enum for `status` (only `success` is shown); `date`
//! has no declared format; nothing is required. go-github models a different (JSON-Schema
//! like) shape; we follow the OpenAPI description, which the published example matches.

use ghls_domain::{GitHubTime, LastSync, ServerSync};
use serde::Deserialize;

use crate::lenient;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct LicenseSyncStatus {
    server_instances: Option<Vec<ServerInstance>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ServerInstance {
    #[serde(deserialize_with = "lenient::opt_string")]
    server_id: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    hostname: Option<String>,
    last_sync: Option<WireLastSync>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct WireLastSync {
    #[serde(deserialize_with = "lenient::opt_string")]
    date: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    status: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    error: Option<String>,
}

impl From<LicenseSyncStatus> for Vec<ServerSync> {
    fn from(w: LicenseSyncStatus) -> Self {
        w.server_instances
            .unwrap_or_default()
            .into_iter()
            .map(|i| ServerSync {
                server_id: i.server_id,
                hostname: i.hostname,
                last_sync: i.last_sync.map(|l| LastSync {
                    date: l.date.as_deref().map(GitHubTime::parse),
                    status: l.status,
                    error: l.error,
                }),
            })
            .collect()
    }
}
