//! The Connections screen's contract: what it shows ([`Connections`]) and the plain text
//! fields it sends back ([`ConnectionsDraft`]), checked here field by field into settings.

use ghls_l10n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::credentials::{Backend, SecretKey, SecretKind, SecretStatus, SecretTarget};
use super::settings::{
    GhecSettings, GhesSettings, Settings, SshTarget, DEFAULT_SSH_PORT, DEFAULT_SSH_USER,
    GITHUB_COM_API, SETTINGS_VERSION,
};
use super::validate::{self, FieldProblem, Problem};
use crate::app::Mode;
use crate::error::{Error, Result};

/// Which connection a call is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "target", rename_all = "snake_case")]
#[ts(export)]
pub enum ConnectionTarget {
    Ghec,
    Ghes { id: String },
}

impl ConnectionTarget {
    pub(crate) fn secret_key(&self, kind: SecretKind) -> SecretKey {
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
    /// The licensing page when GitHub moved it; empty: `WEB/enterprises/SLUG/licensing`.
    /// Absent: kept as it is.
    #[serde(default)]
    #[ts(optional)]
    pub licensing_url: Option<String>,
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
    /// The Management Console API's address; empty: `https://HOSTNAME:8443`. Absent (a
    /// form without the field): the instance keeps the one it has.
    #[serde(default)]
    #[ts(optional)]
    pub manage_url: Option<String>,
    /// The instance's enterprise slug, for the slug forms of its pages; empty: the
    /// slug-less forms. Absent: kept as it is.
    #[serde(default)]
    #[ts(optional)]
    pub enterprise_slug: Option<String>,
    /// The License page when GitHub moved it; empty: the usual address. Absent: kept.
    #[serde(default)]
    #[ts(optional)]
    pub license_page_url: Option<String>,
    /// The GitHub Connect page when GitHub moved it; empty: the usual address. Absent: kept.
    #[serde(default)]
    #[ts(optional)]
    pub connect_page_url: Option<String>,
}

impl GhesDraft {
    /// A new instance (no id yet) at `hostname` over HTTPS, its REST API at `api_url`
    /// (empty: the usual address), with nothing else set.
    pub fn new(hostname: impl Into<String>, api_url: impl Into<String>) -> Self {
        Self {
            id: None,
            hostname: hostname.into(),
            https: true,
            api_url: api_url.into(),
            label: String::new(),
            ssh: None,
            ca_bundle: String::new(),
            manage_url: None,
            enterprise_slug: None,
            license_page_url: None,
            connect_page_url: None,
        }
    }
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
    /// A `known_hosts` file of its own; empty: the user's. Absent: kept as it is.
    #[serde(default)]
    #[ts(optional)]
    pub known_hosts: Option<String>,
    /// A private key of its own; empty: the user's keys and agent. Absent: kept as it is.
    #[serde(default)]
    #[ts(optional)]
    pub identity_file: Option<String>,
}

impl ConnectionsDraft {
    /// The form filled with `settings`, to edit and save back (the CLI, tests).
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            ghec: settings.ghec.as_ref().map(|g| GhecDraft {
                api_host: api_host_field(&g.api_url),
                enterprise: g.enterprise.clone(),
                web_url: g.web_url.clone().unwrap_or_default(),
                licensing_url: Some(g.licensing_url.clone().unwrap_or_default()),
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
                        known_hosts: Some(s.known_hosts.clone().unwrap_or_default()),
                        identity_file: Some(s.identity_file.clone().unwrap_or_default()),
                    }),
                    ca_bundle: g.ca_bundle.clone().unwrap_or_default(),
                    manage_url: Some(g.manage_url.clone().unwrap_or_default()),
                    enterprise_slug: Some(g.enterprise_slug.clone().unwrap_or_default()),
                    license_page_url: Some(g.license_page_url.clone().unwrap_or_default()),
                    connect_page_url: Some(g.connect_page_url.clone().unwrap_or_default()),
                })
                .collect(),
        }
    }
}

/// `api.github.com` for `https://api.github.com`; the whole address when it has a path or
/// another scheme (the emulator).
pub(crate) fn api_host_field(api_url: &str) -> String {
    match api_url.strip_prefix("https://") {
        Some(host) if !host.trim_end_matches('/').contains('/') => {
            host.trim_end_matches('/').to_owned()
        }
        _ => api_url.to_owned(),
    }
}

/// Checks `draft` against `current` and builds the settings to save, plus the ids of the
/// instances the draft no longer lists. Blocking: looks at the CA bundle files.
pub(crate) fn settings_from_draft(
    draft: &ConnectionsDraft,
    current: &Settings,
) -> Result<(Settings, Vec<String>)> {
    let mut problems: Vec<FieldProblem> = Vec::new();

    let ghec = match &draft.ghec {
        None => None,
        Some(d) => ghec_from_draft(d, current.ghec.as_ref(), &mut problems),
    };

    let mut ids: Vec<String> = current.ghes.iter().map(|g| g.id.clone()).collect();
    let mut kept: Vec<String> = Vec::new();
    let mut ghes = Vec::with_capacity(draft.ghes.len());
    for (i, d) in draft.ghes.iter().enumerate() {
        let n = i + 1;
        let at = |field: &str, words: Message, p: Problem| {
            p.at(
                format!("ghes.{i}.{field}"),
                &msg!("conn-label-ghes", n = n, field = words),
            )
        };
        if let Some(id) = &d.id {
            current.ghes_or_unknown(id)?;
            if kept.contains(id) {
                problems.push(at(
                    "hostname",
                    msg!("conn-label-host-name"),
                    Problem::new(
                        msg!("conn-instance-twice", id = id),
                        msg!("conn-instance-twice-fix"),
                    ),
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
                        msg!("conn-label-host-name"),
                        Problem::new(
                            msg!("conn-host-taken", host = &h, n = k),
                            msg!("conn-host-taken-fix"),
                        ),
                    ));
                }
                h
            }
            Err(p) => {
                problems.push(at("hostname", msg!("conn-label-host-name"), p));
                d.hostname.trim().to_owned()
            }
        };
        let api_url = validate::web_address(&d.api_url, !d.https).unwrap_or_else(|p| {
            problems.push(at("api_url", msg!("conn-label-api-address"), p));
            None
        });
        // Not on the form: an instance keeps the web address it had; the Manage API
        // address and the admin shell's own files too when the form leaves them out.
        let before = d.id.as_ref().and_then(|id| current.ghes(id));
        let ssh_before = before.and_then(|g| g.ssh.as_ref());
        let ssh = d.ssh.as_ref().map(|s| SshTarget {
            user: validate::ssh_user(&s.user, DEFAULT_SSH_USER).unwrap_or_else(|p| {
                problems.push(at("ssh.user", msg!("conn-label-ssh-user"), p));
                DEFAULT_SSH_USER.to_owned()
            }),
            host: validate::ssh_host(&s.host).unwrap_or_else(|p| {
                problems.push(at("ssh.host", msg!("conn-label-ssh-host"), p));
                None
            }),
            port: validate::port_number(&s.port, Some(DEFAULT_SSH_PORT)).unwrap_or_else(|p| {
                problems.push(at("ssh.port", msg!("conn-label-ssh-port"), p));
                DEFAULT_SSH_PORT
            }),
            known_hosts: match &s.known_hosts {
                None => ssh_before.and_then(|b| b.known_hosts.clone()),
                Some(f) => validate::ssh_file(f).unwrap_or_else(|p| {
                    problems.push(at("ssh.known_hosts", msg!("conn-label-ssh-known-hosts"), p));
                    None
                }),
            },
            identity_file: match &s.identity_file {
                None => ssh_before.and_then(|b| b.identity_file.clone()),
                Some(f) => validate::ssh_file(f).unwrap_or_else(|p| {
                    problems.push(at("ssh.identity_file", msg!("conn-label-ssh-key"), p));
                    None
                }),
            },
            ignore_ssh_config: ssh_before.is_some_and(|b| b.ignore_ssh_config),
        });
        let ca_bundle = validate::ca_bundle(&d.ca_bundle).unwrap_or_else(|p| {
            problems.push(at("ca_bundle", msg!("conn-label-ca-bundle"), p));
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
        let web_url = before.and_then(|g| g.web_url.clone());
        let manage_url = match &d.manage_url {
            None => before.and_then(|g| g.manage_url.clone()),
            Some(u) => validate::manage_address(u, !d.https).unwrap_or_else(|p| {
                problems.push(at("manage_url", msg!("conn-label-manage-url"), p));
                None
            }),
        };
        let enterprise_slug = match &d.enterprise_slug {
            None => before.and_then(|g| g.enterprise_slug.clone()),
            Some(s) if s.trim().is_empty() => None,
            Some(s) => match validate::enterprise_slug(s) {
                Ok(s) => Some(s),
                Err(p) => {
                    problems.push(at("enterprise_slug", msg!("conn-label-ghes-slug"), p));
                    None
                }
            },
        };
        let mut page =
            |field: &str, label: Message, asked: &Option<String>, had: Option<&String>| match asked
            {
                None => had.cloned(),
                Some(u) => validate::web_address(u, !d.https).unwrap_or_else(|p| {
                    problems.push(at(field, label, p));
                    None
                }),
            };
        let license_page_url = page(
            "license_page_url",
            msg!("conn-label-license-page"),
            &d.license_page_url,
            before.and_then(|g| g.license_page_url.as_ref()),
        );
        let connect_page_url = page(
            "connect_page_url",
            msg!("conn-label-connect-page"),
            &d.connect_page_url,
            before.and_then(|g| g.connect_page_url.as_ref()),
        );
        ghes.push(GhesSettings {
            id,
            hostname,
            https: d.https,
            api_url,
            label,
            ssh,
            ca_bundle,
            web_url,
            manage_url,
            enterprise_slug,
            license_page_url,
            connect_page_url,
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
            version: SETTINGS_VERSION,
            ghec,
            ghes,
            handoff: current.handoff,
            rate_reserve_percent: current.rate_reserve_percent,
            history_detail_days: current.history_detail_days,
            language: current.language,
        },
        dropped,
    ))
}

fn ghec_from_draft(
    d: &GhecDraft,
    before: Option<&GhecSettings>,
    problems: &mut Vec<FieldProblem>,
) -> Option<GhecSettings> {
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
        problems.push(p.at("ghec.enterprise", &msg!("conn-label-enterprise")));
        String::new()
    });
    let api_url = validate::ghec_api(&d.api_host).unwrap_or_else(|p| {
        problems.push(p.at("ghec.api_host", &msg!("conn-label-api-host")));
        String::new()
    });
    let web_url = validate::web_address(&d.web_url, false).unwrap_or_else(|p| {
        problems.push(p.at("ghec.web_url", &msg!("conn-label-web-address")));
        None
    });
    let licensing_url = match &d.licensing_url {
        None => before.and_then(|g| g.licensing_url.clone()),
        Some(u) => validate::web_address(u, false).unwrap_or_else(|p| {
            problems.push(p.at("ghec.licensing_url", &msg!("conn-label-licensing-page")));
            None
        }),
    };
    Some(GhecSettings {
        api_url,
        enterprise,
        web_url,
        licensing_url,
    })
}

#[cfg(test)]
mod tests;
