//! Connections: what the admin sees and edits about the GHEC enterprise and the GHES
//! instances, and the clients built from it.
//!
//! The web view (and the CLI) send a [`ConnectionsDraft`] of plain text fields; everything
//! is checked here ([`crate::validate`]) and refused field by field. Secrets travel apart,
//! one at a time, into the keyring (or, by the admin's explicit choice, session memory);
//! what comes back is only a [`SecretStatus`], never a secret. In the demo, saving changes
//! the in-memory settings only: the demo has no settings file.

use ghls_domain::Secret;
use ghls_github::{ClientOptions, GhecClient, GhesClient};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::{App, Mode};
use crate::credentials::{
    Backend, CredentialStore, SecretKeep, SecretKey, SecretKind, SecretStatus, SecretTarget,
};
use crate::error::{Error, Result};
use crate::settings::{
    GhecSettings, GhesSettings, Settings, SshTarget, DEFAULT_SSH_PORT, DEFAULT_SSH_USER,
    GITHUB_COM_API,
};
use crate::validate::{self, FieldProblem, Problem};

/// Which connection a call is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "target", rename_all = "snake_case")]
#[ts(export)]
pub enum ConnectionTarget {
    Ghec,
    Ghes { id: String },
}

impl ConnectionTarget {
    fn secret_key(&self, kind: SecretKind) -> SecretKey {
        SecretKey {
            target: match self {
                Self::Ghec => SecretTarget::Ghec,
                Self::Ghes { id } => SecretTarget::Ghes(id.clone()),
            },
            kind,
        }
    }
}

/// Everything the Connections screen shows. Never contains a secret.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Connections {
    pub mode: Mode,
    /// Where Save writes.
    pub saving: Saving,
    /// Where new secrets go by default.
    pub credential_backend: Backend,
    pub ghec: Option<GhecConnection>,
    pub ghes: Vec<GhesConnection>,
}

/// Where Save writes the (non-secret) settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "to", rename_all = "snake_case")]
#[ts(export)]
pub enum Saving {
    /// The settings file.
    File { path: String },
    /// The demo: memory only, never a file.
    DemoMemory,
    /// Nothing: the file on disk must not be written over (see the settings warning).
    Off,
}

/// The enterprise as configured.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GhecConnection {
    pub settings: GhecSettings,
    /// What the API host field shows: the host for GitHub's own hosts, else the address.
    pub api_host: String,
    /// Where hand-offs open GitHub's pages (set or derived).
    pub web_url: Option<String>,
    pub token: SecretStatus,
}

/// One GHES instance as configured.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GhesConnection {
    pub settings: GhesSettings,
    /// The REST API this instance is read at.
    pub api_url: String,
    pub token: SecretStatus,
    pub manage_password: SecretStatus,
}

/// The Connections form as typed: text fields, checked by [`App::save_connections`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConnectionsDraft {
    /// `None`, or an empty slug with the default host, means no enterprise.
    #[serde(default)]
    pub ghec: Option<GhecDraft>,
    #[serde(default)]
    pub ghes: Vec<GhesDraft>,
}

/// The enterprise fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GhecDraft {
    /// `api.github.com` (or empty), `api.SUBDOMAIN.ghe.com`, or a loopback address.
    #[serde(default)]
    pub api_host: String,
    #[serde(default)]
    pub enterprise: String,
    /// Empty: derived from the API host.
    #[serde(default)]
    pub web_url: String,
}

/// One instance's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GhesDraft {
    /// `None` for a new instance: the id is derived from the host name.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub hostname: String,
    #[serde(default = "yes")]
    pub https: bool,
    /// Empty: `https://HOSTNAME/api/v3`.
    #[serde(default)]
    pub api_url: String,
    #[serde(default)]
    pub label: String,
    /// `None`: no admin shell.
    #[serde(default)]
    pub ssh: Option<SshDraft>,
    /// Empty: only the OS trust store.
    #[serde(default)]
    pub ca_bundle: String,
}

fn yes() -> bool {
    true
}

/// The admin-shell fields; empty means the GHES defaults (`admin`, the host name, 122).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SshDraft {
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub host: String,
    #[serde(default)]
    pub port: String,
}

impl ConnectionsDraft {
    /// The form filled with `settings`, to edit and save back (the CLI, tests).
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            ghec: settings.ghec.as_ref().map(|g| GhecDraft {
                api_host: api_host_field(&g.api_url),
                enterprise: g.enterprise.clone(),
                web_url: g.web_url.clone().unwrap_or_default(),
            }),
            ghes: settings
                .ghes
                .iter()
                .map(|g| GhesDraft {
                    id: Some(g.id.clone()),
                    hostname: g.hostname.clone(),
                    https: g.https,
                    api_url: g.api_url.clone().unwrap_or_default(),
                    label: g.label.clone().unwrap_or_default(),
                    ssh: g.ssh.as_ref().map(|s| SshDraft {
                        user: s.user.clone(),
                        host: s.host.clone().unwrap_or_default(),
                        port: s.port.to_string(),
                    }),
                    ca_bundle: g.ca_bundle.clone().unwrap_or_default(),
                })
                .collect(),
        }
    }
}

/// `api.github.com` for `https://api.github.com`; the whole address when it has a path or
/// another scheme (the emulator).
fn api_host_field(api_url: &str) -> String {
    match api_url.strip_prefix("https://") {
        Some(host) if !host.trim_end_matches('/').contains('/') => {
            host.trim_end_matches('/').to_owned()
        }
        _ => api_url.to_owned(),
    }
}

/// Checks `draft` against `current` and builds the settings to save, plus the ids of the
/// instances the draft no longer lists. Blocking: looks at the CA bundle files.
fn settings_from_draft(
    draft: &ConnectionsDraft,
    current: &Settings,
) -> Result<(Settings, Vec<String>)> {
    let mut problems: Vec<FieldProblem> = Vec::new();

    let ghec = match &draft.ghec {
        None => None,
        Some(d) => ghec_from_draft(d, &mut problems),
    };

    let mut ids: Vec<String> = current.ghes.iter().map(|g| g.id.clone()).collect();
    let mut kept: Vec<String> = Vec::new();
    let mut ghes = Vec::with_capacity(draft.ghes.len());
    for (i, d) in draft.ghes.iter().enumerate() {
        let n = i + 1;
        let at = |field: &str, words: &str, p: Problem| {
            p.at(
                format!("ghes.{i}.{field}"),
                format!("GHES instance {n}, {words}"),
            )
        };
        if let Some(id) = &d.id {
            if !current.ghes.iter().any(|g| &g.id == id) {
                return Err(Error::UnknownInstance(id.clone()));
            }
            if kept.contains(id) {
                problems.push(at(
                    "hostname",
                    "host name",
                    Problem {
                        message: format!("Instance `{id}` is listed twice."),
                        fix: "Reload the Connections screen and make the change again.".to_owned(),
                    },
                ));
            }
            kept.push(id.clone());
        }
        let hostname = match validate::hostname(&d.hostname) {
            Ok(h) => {
                let earlier = ghes
                    .iter()
                    .position(|g: &GhesSettings| g.hostname == h)
                    .map(|k| k + 1);
                if let Some(k) = earlier {
                    problems.push(at(
                        "hostname",
                        "host name",
                        Problem {
                            message: format!("{h} is already configured as GHES instance {k}."),
                            fix: "Remove one of the two, or correct the host name.".to_owned(),
                        },
                    ));
                }
                h
            }
            Err(p) => {
                problems.push(at("hostname", "host name", p));
                d.hostname.trim().to_owned()
            }
        };
        let api_url = validate::web_address(&d.api_url, !d.https).unwrap_or_else(|p| {
            problems.push(at("api_url", "API address", p));
            None
        });
        let ssh = d.ssh.as_ref().map(|s| SshTarget {
            user: validate::ssh_user(&s.user, DEFAULT_SSH_USER).unwrap_or_else(|p| {
                problems.push(at("ssh.user", "admin shell user", p));
                DEFAULT_SSH_USER.to_owned()
            }),
            host: validate::ssh_host(&s.host).unwrap_or_else(|p| {
                problems.push(at("ssh.host", "admin shell host", p));
                None
            }),
            port: validate::port_number(&s.port, Some(DEFAULT_SSH_PORT)).unwrap_or_else(|p| {
                problems.push(at("ssh.port", "admin shell port", p));
                DEFAULT_SSH_PORT
            }),
        });
        let ca_bundle = validate::ca_bundle(&d.ca_bundle).unwrap_or_else(|p| {
            problems.push(at("ca_bundle", "custom CA bundle", p));
            None
        });
        let label = Some(d.label.trim().to_owned()).filter(|l| !l.is_empty());
        let id = match &d.id {
            Some(id) => id.clone(),
            None => {
                let taken: Vec<&str> = ids.iter().map(String::as_str).collect();
                let id = validate::instance_id(&hostname, &taken);
                ids.push(id.clone());
                id
            }
        };
        // Not on the form: an instance keeps the web address it had.
        let web_url = current
            .ghes
            .iter()
            .find(|g| g.id == id)
            .and_then(|g| g.web_url.clone());
        ghes.push(GhesSettings {
            id,
            hostname,
            https: d.https,
            api_url,
            label,
            ssh,
            ca_bundle,
            web_url,
        });
    }
    if !problems.is_empty() {
        return Err(Error::InvalidSettings { problems });
    }
    let dropped = current
        .ghes
        .iter()
        .filter(|g| !kept.contains(&g.id))
        .map(|g| g.id.clone())
        .collect();
    Ok((
        Settings {
            version: crate::settings::SETTINGS_VERSION,
            ghec,
            ghes,
            handoff: current.handoff,
        },
        dropped,
    ))
}

fn ghec_from_draft(d: &GhecDraft, problems: &mut Vec<FieldProblem>) -> Option<GhecSettings> {
    let untouched = d.enterprise.trim().is_empty()
        && d.web_url.trim().is_empty()
        && matches!(
            validate::ghec_api(&d.api_host).as_deref(),
            Ok(GITHUB_COM_API)
        );
    if untouched {
        return None;
    }
    let enterprise = validate::enterprise_slug(&d.enterprise).unwrap_or_else(|p| {
        problems.push(p.at("ghec.enterprise", "Enterprise slug"));
        String::new()
    });
    let api_url = validate::ghec_api(&d.api_host).unwrap_or_else(|p| {
        problems.push(p.at("ghec.api_host", "API host"));
        String::new()
    });
    let web_url = validate::web_address(&d.web_url, false).unwrap_or_else(|p| {
        problems.push(p.at("ghec.web_url", "Web address"));
        None
    });
    Some(GhecSettings {
        api_url,
        enterprise,
        web_url,
    })
}

impl App {
    /// The Connections screen: the settings and, per secret, whether it is set.
    pub async fn connections(&self) -> Connections {
        let settings = self.settings();
        let secrets = self.credentials.clone();
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
            credential_backend: self.credentials.backend(),
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
        match (self.mode(), &self.store) {
            (Mode::Demo, _) => Saving::DemoMemory,
            (Mode::Normal, Some(store)) => Saving::File {
                path: store.path().display().to_string(),
            },
            (Mode::Normal, None) => Saving::Off,
        }
    }

    /// Checks and saves the connections (non-secret settings only). An instance the draft
    /// no longer lists is removed with its secrets. In the demo, only memory changes.
    pub async fn save_connections(&self, draft: ConnectionsDraft) -> Result<Connections> {
        let _one_at_a_time = self.connections_lock.lock().await;
        let current = self.settings();
        let (next, dropped) = blocking(move || settings_from_draft(&draft, &current)).await??;
        self.forget_secrets_of(&dropped).await?;
        self.persist(next).await?;
        Ok(self.connections().await)
    }

    /// Removes a GHES instance and deletes its secrets.
    pub async fn remove_ghes_instance(&self, id: &str) -> Result<Connections> {
        let _one_at_a_time = self.connections_lock.lock().await;
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

    /// Writes `next` (unless in the demo) and makes it the current settings.
    async fn persist(&self, next: Settings) -> Result<()> {
        if self.mode() == Mode::Normal {
            let store = self.store.clone().ok_or(Error::SettingsReadOnly)?;
            let to_save = next.clone();
            blocking(move || store.save(&to_save)).await??;
        }
        *self
            .settings
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = next;
        Ok(())
    }

    /// Deletes the token and Manage password of the instances `ids`. A keyring that is
    /// not there holds nothing we could delete; any other refusal stops the removal, so no
    /// secret is left behind for a new instance that would get the same id.
    async fn forget_secrets_of(&self, ids: &[String]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let secrets = self.credentials.clone();
        let ids = ids.to_vec();
        blocking(move || {
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
                problems: vec![Problem {
                    message: format!("The {} is empty.", kind.describe()),
                    fix: "Paste it again, or use Remove to delete the saved one.".to_owned(),
                }
                .at("secret", kind.describe())],
            });
        }
        let key = target.secret_key(kind);
        let secrets = self.credentials.clone();
        blocking(move || {
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
        let secrets = self.credentials.clone();
        blocking(move || {
            secrets.delete(&key)?;
            Ok(secrets.status(&key))
        })
        .await?
    }

    fn check_secret_target(&self, target: &ConnectionTarget, kind: SecretKind) -> Result<()> {
        let settings = self.settings();
        match target {
            ConnectionTarget::Ghec if settings.ghec.is_none() => Err(Error::NotConfigured {
                what: "GitHub Enterprise Cloud",
            }),
            ConnectionTarget::Ghec if kind == SecretKind::ManagePassword => {
                Err(Error::InvalidSettings {
                    problems: vec![Problem {
                        message: "GitHub Enterprise Cloud has no Management Console password."
                            .to_owned(),
                        fix: "Set it on a GHES instance instead.".to_owned(),
                    }
                    .at("secret", kind.describe())],
                })
            }
            ConnectionTarget::Ghes { id } if !settings.ghes.iter().any(|g| &g.id == id) => {
                Err(Error::UnknownInstance(id.clone()))
            }
            _ => Ok(()),
        }
    }

    /// The REST client of a GHES instance: its token, and its custom CA bundle.
    pub(crate) async fn ghes_client(&self, g: &GhesSettings) -> Result<GhesClient> {
        let token = self
            .secret(
                SecretKey::ghes_token(&g.id),
                &format!("GHES {}", g.display_name()),
            )
            .await?;
        let options = self.ghes_client_options(g).await?;
        GhesClient::new(&g.api_base_url(), &g.hostname, &token, &options).map_err(|e| match e {
            // The client read the bundle's bytes; only here is its file known.
            ghls_github::Error::CaBundle { problem } => Error::CaBundle {
                path: g.ca_bundle.clone().unwrap_or_default(),
                detail: problem,
            },
            other => other.into(),
        })
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
            &self.client_options,
        )?)
    }

    /// The client options for an instance: with its CA bundle read now (a file that went
    /// missing since it was saved is a clear error, not a silent fallback).
    async fn ghes_client_options(&self, g: &GhesSettings) -> Result<ClientOptions> {
        let options = self.client_options.clone();
        let Some(path) = g.ca_bundle.clone() else {
            return Ok(options);
        };
        let pem = blocking(move || read_ca_bundle(&path)).await??;
        Ok(options.with_ca_bundle_pem(pem))
    }
}

/// Reads a CA bundle file; the client parses it when it is built.
fn read_ca_bundle(path: &str) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::CaBundle {
        path: path.to_owned(),
        detail: match e.kind() {
            std::io::ErrorKind::NotFound => {
                "the file does not exist (moved or deleted?)".to_owned()
            }
            std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
            _ => e.to_string(),
        },
    })
}

/// Runs blocking work (keyring, files) off the async threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::KeyringUnavailable {
            detail: format!("the background task stopped: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> Settings {
        Settings {
            version: 1,
            ghec: None,
            ghes: vec![GhesSettings {
                id: "main".into(),
                hostname: "github.acme.example".into(),
                https: true,
                api_url: None,
                label: None,
                ssh: None,
                ca_bundle: None,
                web_url: None,
            }],
            handoff: crate::handoff::OpenIn::Browser,
        }
    }

    fn new_instance(host: &str) -> GhesDraft {
        GhesDraft {
            id: None,
            hostname: host.into(),
            https: true,
            api_url: String::new(),
            label: String::new(),
            ssh: None,
            ca_bundle: String::new(),
        }
    }

    fn problems(r: Result<(Settings, Vec<String>)>) -> Vec<FieldProblem> {
        match r {
            Err(Error::InvalidSettings { problems }) => problems,
            other => panic!("expected invalid settings, got {other:?}"),
        }
    }

    #[test]
    fn every_refused_field_is_named_with_what_to_do() {
        let mut d = ConnectionsDraft::from_settings(&current());
        d.ghec = Some(GhecDraft {
            api_host: "octocorp.ghe.com".into(),
            enterprise: "Acme Corp".into(),
            web_url: String::new(),
        });
        d.ghes[0].hostname = "https://github.acme.example/".into();
        d.ghes[0].ssh = Some(SshDraft {
            port: "70000".into(),
            ..SshDraft::default()
        });
        d.ghes[0].ca_bundle = "/nonexistent/acme-ca.pem".into();
        let p = problems(settings_from_draft(&d, &current()));
        let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "ghec.enterprise",
                "ghec.api_host",
                "ghes.0.hostname",
                "ghes.0.ssh.port",
                "ghes.0.ca_bundle"
            ]
        );
        assert!(p.iter().all(|p| !p.fix.is_empty()));
        let e = Error::InvalidSettings { problems: p };
        assert!(
            e.to_string().starts_with("5 settings need attention"),
            "{e}"
        );
        assert!(e.to_string().contains("Enterprise slug:"), "{e}");
        let report = e.report();
        assert_eq!(report.kind, "invalid_settings");
        assert_eq!(report.fields.map(|f| f.len()), Some(5));
    }

    #[test]
    fn a_new_instance_gets_an_id_from_its_host_name_and_defaults_for_ssh() {
        let mut d = ConnectionsDraft::from_settings(&current());
        let mut added = new_instance("GHES-2.acme.example");
        added.ssh = Some(SshDraft::default());
        d.ghes.push(added);
        d.ghes.push(new_instance("ghes-2.acme.example:8443"));
        let (s, dropped) = settings_from_draft(&d, &current()).unwrap();
        assert!(dropped.is_empty());
        assert_eq!(s.ghes[1].id, "ghes-2-acme-example");
        assert_eq!(s.ghes[1].hostname, "ghes-2.acme.example");
        assert_eq!(s.ghes[2].id, "ghes-2-acme-example-2");
        let ssh = s.ghes[1].ssh.clone().unwrap();
        assert_eq!(
            (ssh.user.as_str(), ssh.port, ssh.host),
            ("admin", 122, None)
        );
    }

    #[test]
    fn the_same_host_twice_is_refused_and_a_missing_instance_is_dropped() {
        let mut d = ConnectionsDraft::from_settings(&current());
        d.ghes.push(new_instance("GitHub.acme.example"));
        let p = problems(settings_from_draft(&d, &current()));
        assert_eq!(p[0].field, "ghes.1.hostname");
        assert!(p[0].message.contains("already configured"), "{p:?}");

        let (s, dropped) = settings_from_draft(&ConnectionsDraft::default(), &current()).unwrap();
        assert!(s.ghes.is_empty());
        assert_eq!(dropped, ["main"]);
    }

    #[test]
    fn an_empty_enterprise_form_means_no_enterprise_but_a_host_without_slug_is_refused() {
        let mut d = ConnectionsDraft::from_settings(&current());
        d.ghec = Some(GhecDraft {
            api_host: "api.github.com".into(),
            ..GhecDraft::default()
        });
        assert_eq!(settings_from_draft(&d, &current()).unwrap().0.ghec, None);
        d.ghec = Some(GhecDraft {
            api_host: "api.octocorp.ghe.com".into(),
            ..GhecDraft::default()
        });
        assert_eq!(
            problems(settings_from_draft(&d, &current()))[0].field,
            "ghec.enterprise"
        );
        d.ghec = Some(GhecDraft {
            api_host: "API.octocorp.ghe.com".into(),
            enterprise: "octo".into(),
            web_url: String::new(),
        });
        let g = settings_from_draft(&d, &current()).unwrap().0.ghec.unwrap();
        assert_eq!(g.api_url, "https://api.octocorp.ghe.com");
        assert_eq!(
            g.web_base_url().as_deref(),
            Some("https://octocorp.ghe.com")
        );
    }

    #[test]
    fn an_id_the_settings_do_not_know_is_refused() {
        let mut d = ConnectionsDraft::from_settings(&current());
        d.ghes[0].id = Some("gone".into());
        assert!(matches!(
            settings_from_draft(&d, &current()),
            Err(Error::UnknownInstance(id)) if id == "gone"
        ));
    }

    #[test]
    fn plain_http_api_addresses_need_the_https_switch_off() {
        let mut d = ConnectionsDraft::from_settings(&current());
        d.ghes[0].api_url = "http://ghes.acme.example:8080/api/v3".into();
        assert_eq!(
            problems(settings_from_draft(&d, &current()))[0].field,
            "ghes.0.api_url"
        );
        d.ghes[0].https = false;
        let s = settings_from_draft(&d, &current()).unwrap().0;
        assert_eq!(
            s.ghes[0].api_base_url(),
            "http://ghes.acme.example:8080/api/v3"
        );
    }

    #[test]
    fn a_ca_bundle_that_cannot_be_read_names_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone.pem").display().to_string();
        let e = read_ca_bundle(&gone).unwrap_err();
        assert_eq!(e.kind(), "ca_bundle");
        assert!(e.to_string().contains(&gone), "{e}");
        assert!(e.to_string().contains("does not exist"), "{e}");
    }
}
