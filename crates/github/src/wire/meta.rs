//! GHES `GET /api/v3/meta`: only `installed_version` is read, to learn the instance's
//! version when a response lacks the `X-GitHub-Enterprise-Version` header.
//!
//! Docs: <https://docs.github.com/enterprise-server@3.22/rest/meta/meta#get-github-enterprise-server-meta-information>.

use serde::Deserialize;

use crate::lenient;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Meta {
    #[serde(deserialize_with = "lenient::opt_string")]
    pub(crate) installed_version: Option<String>,
}
