//! The GitHub Enterprise Server REST client: the license, and the instance's version.

use ghls_domain::{Secret, ServerLicense};
use url::Url;

use crate::error::{Endpoint, Result};
use crate::http::{join, parse_base_url, ClientOptions, Http, Reply};
use crate::wire::meta::Meta;
use crate::wire::settings_license::LicenseInformation;

/// A GHES instance's REST API (`http(s)://HOSTNAME/api/v3`).
#[derive(Debug, Clone)]
pub struct GhesClient {
    http: Http,
    base: Url,
    host: String,
}

/// What `GET /api/v3/meta` tells about the instance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GhesMeta {
    pub installed_version: Option<String>,
}

impl GhesClient {
    /// A client for the REST API at `api_base_url` (normally `https://HOSTNAME/api/v3`).
    /// `host` names the instance in messages.
    pub fn new(
        api_base_url: &str,
        host: &str,
        token: &Secret,
        options: &ClientOptions,
    ) -> Result<Self> {
        Ok(Self {
            http: Http::new(options, token)?,
            base: parse_base_url(api_base_url)?,
            host: host.to_owned(),
        })
    }

    /// The API base this client talks to.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// `GET /enterprise/settings/license`. Site administrators only: others get 404.
    pub async fn license(&self) -> Result<Reply<ServerLicense>> {
        let endpoint = Endpoint::GhesLicense {
            host: self.host.clone(),
        };
        let url = join(&self.base, &["enterprise", "settings", "license"])?;
        let reply = self
            .http
            .get_json::<LicenseInformation>(&endpoint, url)
            .await?;
        Ok(Reply {
            value: reply.value.into(),
            meta: reply.meta,
        })
    }

    /// `GET /meta`: the installed version, for when no response carried
    /// `X-GitHub-Enterprise-Version`.
    pub async fn meta(&self) -> Result<Reply<GhesMeta>> {
        let endpoint = Endpoint::GhesMeta {
            host: self.host.clone(),
        };
        let url = join(&self.base, &["meta"])?;
        let reply = self.http.get_json::<Meta>(&endpoint, url).await?;
        Ok(Reply {
            value: GhesMeta {
                installed_version: reply.value.installed_version,
            },
            meta: reply.meta,
        })
    }

    /// The license and the instance's version: the one the license answer's
    /// `X-GitHub-Enterprise-Version` header gives, else `GET /meta`'s (`None` when neither
    /// says; a failed `/meta` does not fail the license).
    pub async fn license_and_version(&self) -> Result<(ServerLicense, Option<String>)> {
        let license = self.license().await?;
        let version = match license.meta.enterprise_version {
            Some(v) => Some(v),
            None => self
                .meta()
                .await
                .ok()
                .and_then(|m| m.value.installed_version),
        };
        Ok((license.value, version))
    }
}
