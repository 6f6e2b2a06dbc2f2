//! The one factory of GitHub clients: every feature builds its REST, Manage API and GHEC
//! clients here, with the secret from the credential store (straight into the client's
//! `Authorization` header), the instance's custom CA bundle, and the app's HTTP options.

use ghls_github::{
    ClientOptions, GhecClient, GhesClient, LicenseCheck, ManageClient, ManageLicense,
};

use super::credentials::{CredentialStore, SecretKey};
use super::settings::{GhecSettings, GhesSettings};
use crate::app::App;
use crate::error::{Error, Result};
use crate::support::{blocking, io_words, IoUse};

/// A client's error for the GHES instance `g`: the client read only its CA bundle's bytes,
/// so a bundle problem is named with the file here.
fn bundle_named(g: &GhesSettings, e: ghls_github::Error) -> Error {
    match e {
        ghls_github::Error::CaBundle { problem } => Error::CaBundle {
            path: g.ca_bundle.clone().unwrap_or_default(),
            detail: problem,
        },
        other => other.into(),
    }
}

impl App {
    /// The REST client of a GHES instance: its token, and its custom CA bundle.
    pub(crate) async fn ghes_client(&self, g: &GhesSettings) -> Result<GhesClient> {
        let token = self.ghes_secret(SecretKey::ghes_token(&g.id), g).await?;
        let options = self.ghes_client_options(g).await?;
        GhesClient::new(&g.api_base_url(), &g.hostname, &token, &options)
            .map_err(|e| bundle_named(g, e))
    }

    /// The GHEC client, with its token.
    pub(crate) async fn ghec_client(&self, g: &GhecSettings) -> Result<GhecClient> {
        let token = self
            .secret(SecretKey::ghec_token(), "GitHub Enterprise Cloud")
            .await?;
        Ok(GhecClient::new(
            &g.api_url,
            &g.enterprise,
            &token,
            self.client_options(),
        )?)
    }

    /// The Manage API client of `g`, with its password from the credential store.
    pub(crate) async fn manage_client(&self, g: &GhesSettings) -> Result<ManageClient> {
        let password = self
            .ghes_secret(SecretKey::ghes_manage_password(&g.id), g)
            .await?;
        let options = self.ghes_client_options(g).await?;
        ManageClient::new(&g.manage_base_url(), &g.hostname, &password, &options)
            .map_err(|e| bundle_named(g, e))
    }

    /// A secret of the GHES instance `g`, named after it when it is missing.
    async fn ghes_secret(&self, key: SecretKey, g: &GhesSettings) -> Result<ghls_domain::Secret> {
        self.secret(key, &format!("GHES {}", g.display_name()))
            .await
    }

    /// The license and its check, as the Manage API reports them now.
    pub(crate) async fn manage_license(
        &self,
        g: &GhesSettings,
    ) -> Result<(ManageLicense, LicenseCheck)> {
        let client = self.manage_client(g).await?;
        let check = client.license_check().await?;
        let license = client.license().await?;
        Ok((license, check))
    }

    /// Reads a secret off the async threads (keyring calls block on D-Bus).
    pub(crate) async fn secret(&self, key: SecretKey, target: &str) -> Result<ghls_domain::Secret> {
        let store = self.credentials().clone();
        let what = key.kind;
        let found = tokio::task::spawn_blocking(move || store.get(&key))
            .await
            .map_err(|e| Error::KeyringUnavailable {
                detail: e.to_string(),
            })??;
        found
            .filter(|s| !s.is_blank())
            .ok_or_else(|| Error::MissingSecret {
                target: target.to_owned(),
                what,
            })
    }

    /// The client options for an instance: with its CA bundle read now (a file that went
    /// missing since it was saved is a clear error, not a silent fallback).
    async fn ghes_client_options(&self, g: &GhesSettings) -> Result<ClientOptions> {
        let options = self.client_options().clone();
        let Some(path) = g.ca_bundle.clone() else {
            return Ok(options);
        };
        let pem = blocking(ghls_l10n::msg!("task-read-ca-bundle"), move || {
            read_ca_bundle(&path)
        })
        .await??;
        Ok(options.with_ca_bundle_pem(pem))
    }
}

/// Reads a CA bundle file; the client parses it when it is built.
pub(super) fn read_ca_bundle(path: &str) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::CaBundle {
        path: path.to_owned(),
        detail: io_words(&e, IoUse::Read),
    })
}
