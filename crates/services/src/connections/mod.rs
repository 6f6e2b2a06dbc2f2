//! Connections: what the admin sees and edits about the GHEC enterprise and the GHES
//! instances, the settings and secrets behind them, and the clients built from them.
//!
//! The web view (and the CLI) send a [`ConnectionsDraft`] of plain text fields; everything
//! is checked here (`validate.rs`) and refused field by field. Secrets travel apart,
//! one at a time, into the keyring (or, by the admin's explicit choice, session memory);
//! what comes back is only a [`SecretStatus`], never a secret. In the demo, saving changes
//! the in-memory settings only: the demo has no settings store.
//!
//! `clients.rs` is the one factory of GitHub clients every feature uses; `test.rs` is Test
//! connection.

mod clients;
mod credentials;
mod draft;
mod settings;
mod test;
pub mod validate;

pub use credentials::{
    Backend, CredentialStore, KeyringStore, MemoryStore, SecretKeep, SecretKey, SecretKind,
    SecretStatus, SecretTarget, Secrets, KEYRING_SERVICE,
};
pub use draft::{
    ConnectionTarget, Connections, ConnectionsDraft, GhecConnection, GhecDraft, GhesConnection,
    GhesDraft, Saving, SshDraft,
};
pub use settings::{
    GhecSettings, GhesSettings, Loaded, Settings, SettingsStore, SshTarget, DEFAULT_SSH_PORT,
    DEFAULT_SSH_USER, GITHUB_COM_API, SETTINGS_VERSION,
};
pub(crate) use test::seats_phrase;
pub use test::{ConnectionTest, Learned, ManageApiCheck, TestResult};
pub use validate::{FieldProblem, Problem};

use ghls_domain::Secret;

use crate::app::App;
use crate::error::{Error, Result};
use crate::support::{blocking, blocking_keyring};
use draft::{api_host_field, settings_from_draft};

impl App {
    /// The Connections screen: the settings and, per secret, whether it is set.
    pub async fn connections(&self) -> Connections {
        let settings = self.settings();
        let secrets = self.credentials().clone();
        let lookup = settings.clone();
        // Keyring lookups block on D-Bus: all of them at once, off the async threads.
        let statuses = tokio::task::spawn_blocking(move || {
            let ghec = lookup
                .ghec
                .as_ref()
                .map(|_| secrets.status(&SecretKey::ghec_token()));
            let ghes: Vec<(SecretStatus, SecretStatus)> = lookup
                .ghes
                .iter()
                .map(|g| {
                    (
                        secrets.status(&SecretKey::ghes_token(&g.id)),
                        secrets.status(&SecretKey::ghes_manage_password(&g.id)),
                    )
                })
                .collect();
            (ghec, ghes)
        })
        .await;
        let (ghec_token, ghes_statuses) = statuses.unwrap_or_else(|e| {
            let unknown = SecretStatus::Unknown {
                error: Error::KeyringUnavailable {
                    detail: e.to_string(),
                }
                .report(),
            };
            (
                settings.ghec.as_ref().map(|_| unknown.clone()),
                settings
                    .ghes
                    .iter()
                    .map(|_| (unknown.clone(), unknown.clone()))
                    .collect(),
            )
        });
        Connections {
            mode: self.mode(),
            saving: self.saving(),
            credential_backend: self.credentials().backend(),
            ghec: settings.ghec.map(|g| GhecConnection {
                api_host: api_host_field(&g.api_url),
                web_url: g.web_base_url(),
                token: ghec_token.unwrap_or(SecretStatus::NotSet),
                settings: g,
            }),
            ghes: settings
                .ghes
                .into_iter()
                .zip(ghes_statuses)
                .map(|(g, (token, manage_password))| GhesConnection {
                    api_url: g.api_base_url(),
                    settings: g,
                    token,
                    manage_password,
                })
                .collect(),
        }
    }

    fn saving(&self) -> Saving {
        match self.settings_store() {
            Ok(None) => Saving::DemoMemory,
            Ok(Some(store)) => Saving::File {
                path: store.path().display().to_string(),
            },
            Err(_) => Saving::Off,
        }
    }

    /// Checks and saves the connections (non-secret settings only). An instance the draft
    /// no longer lists is removed with its secrets. In the demo, only memory changes.
    pub async fn save_connections(&self, draft: ConnectionsDraft) -> Result<Connections> {
        let _one_at_a_time = self.settings_change().await;
        let current = self.settings();
        let (next, dropped) =
            blocking_keyring(move || settings_from_draft(&draft, &current)).await??;
        self.forget_secrets_of(&dropped).await?;
        self.persist(next).await?;
        Ok(self.connections().await)
    }

    /// Removes a GHES instance and deletes its secrets.
    pub async fn remove_ghes_instance(&self, id: &str) -> Result<Connections> {
        let _one_at_a_time = self.settings_change().await;
        let mut next = self.settings();
        let before = next.ghes.len();
        next.ghes.retain(|g| g.id != id);
        if next.ghes.len() == before {
            return Err(Error::UnknownInstance(id.to_owned()));
        }
        self.forget_secrets_of(&[id.to_owned()]).await?;
        self.persist(next).await?;
        Ok(self.connections().await)
    }

    /// Writes `next` to the settings store (none in the demo: memory only) and makes it
    /// the current settings. The caller holds [`App::settings_change`].
    pub(crate) async fn persist(&self, next: Settings) -> Result<()> {
        if let Some(store) = self.settings_store()?.cloned() {
            let to_save = next.clone();
            blocking(ghls_l10n::msg!("task-save-settings"), move || {
                store.save(&to_save)
            })
            .await??;
        }
        self.replace_settings(next);
        Ok(())
    }

    /// Deletes the token and Manage password of the instances `ids`. A keyring that is
    /// not there holds nothing we could delete; any other refusal stops the removal, so no
    /// secret is left behind for a new instance that would get the same id.
    async fn forget_secrets_of(&self, ids: &[String]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let secrets = self.credentials().clone();
        let ids = ids.to_vec();
        blocking_keyring(move || {
            for id in &ids {
                for key in [
                    SecretKey::ghes_token(id),
                    SecretKey::ghes_manage_password(id),
                ] {
                    match secrets.delete(&key) {
                        Ok(()) => {}
                        Err(e @ Error::KeyringUnavailable { .. }) => {
                            tracing::warn!(account = %key.account(), error = %e, "secret not deleted: no keyring");
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Ok(())
        })
        .await?
    }

    /// Saves a secret for a connection, in the keyring or (the admin's explicit choice)
    /// for this session only. Returns only whether it is set, and where.
    pub async fn set_secret(
        &self,
        target: &ConnectionTarget,
        kind: SecretKind,
        secret: Secret,
        keep: SecretKeep,
    ) -> Result<SecretStatus> {
        self.check_secret_target(target, kind)?;
        let secret = match kind {
            // Pasted tokens often carry a newline; a password keeps its spaces.
            SecretKind::Token => Secret::new(secret.expose().trim()),
            SecretKind::ManagePassword => secret,
        };
        if secret.is_blank() {
            return Err(Error::InvalidSettings {
                problems: vec![Problem::new(
                    ghls_l10n::msg!("conn-secret-empty", kind = kind.as_str()),
                    ghls_l10n::msg!("conn-secret-empty-fix"),
                )
                .at("secret", &kind.label())],
            });
        }
        let key = target.secret_key(kind);
        let secrets = self.credentials().clone();
        blocking_keyring(move || {
            secrets.keep(&key, &secret, keep)?;
            Ok(secrets.status(&key))
        })
        .await?
    }

    /// Deletes a connection's secret (from the keyring and the session).
    pub async fn delete_secret(
        &self,
        target: &ConnectionTarget,
        kind: SecretKind,
    ) -> Result<SecretStatus> {
        self.check_secret_target(target, kind)?;
        let key = target.secret_key(kind);
        let secrets = self.credentials().clone();
        blocking_keyring(move || {
            secrets.delete(&key)?;
            Ok(secrets.status(&key))
        })
        .await?
    }

    fn check_secret_target(&self, target: &ConnectionTarget, kind: SecretKind) -> Result<()> {
        let settings = self.settings();
        match target {
            ConnectionTarget::Ghec if settings.ghec.is_none() => Err(Error::NotConfigured {
                what: crate::error::Configurable::Ghec,
            }),
            ConnectionTarget::Ghec if kind == SecretKind::ManagePassword => {
                Err(Error::InvalidSettings {
                    problems: vec![Problem::new(
                        ghls_l10n::msg!("conn-ghec-no-manage-password"),
                        ghls_l10n::msg!("conn-ghec-no-manage-password-fix"),
                    )
                    .at("secret", &kind.label())],
                })
            }
            ConnectionTarget::Ghes { id } => settings.ghes_or_unknown(id).map(|_| ()),
            _ => Ok(()),
        }
    }
}
