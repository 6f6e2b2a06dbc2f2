//! Non-secret settings: which GHEC enterprise and which GHES instances to talk to.
//!
//! Kept as a versioned JSON file in the OS configuration folder and written atomically.
//! A file that cannot be read as settings is moved aside (never silently overwritten), and a
//! file from a newer version of the app is left alone and never written over. Secrets are
//! not here: they live in the OS keyring, keyed by the ids below.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::support::atomic_file::write_atomically;
use crate::sync::OpenIn;

/// The settings format this version reads and writes.
pub const SETTINGS_VERSION: u32 = 1;

/// GitHub.com's API, the default GHEC host.
pub const GITHUB_COM_API: &str = "https://api.github.com";

/// The GHES admin shell's user and port (GitHub's documented defaults).
pub const DEFAULT_SSH_USER: &str = "admin";
pub const DEFAULT_SSH_PORT: u16 = 122;

/// Everything the app connects to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Settings {
    pub version: u32,
    #[serde(default)]
    pub ghec: Option<GhecSettings>,
    #[serde(default)]
    pub ghes: Vec<GhesSettings>,
    /// Where hand-offs open GitHub's pages: the system browser unless set.
    #[serde(default)]
    pub handoff: OpenIn,
    /// The share of the token's hourly REST budget (percent) a consumed-licenses load asks
    /// before cutting into; unset means [`crate::consumed::DEFAULT_RESERVE_PERCENT`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rate_reserve_percent: Option<u8>,
    /// How many days the history keeps each consumed-licenses load's people (summaries are
    /// kept for ever); unset means [`crate::history::DEFAULT_DETAIL_DAYS`] (2 years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub history_detail_days: Option<u32>,
    /// The app's language; unset means the OS's (`language/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub language: Option<ghls_l10n::LanguageChoice>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: SETTINGS_VERSION,
            ghec: None,
            ghes: Vec::new(),
            handoff: OpenIn::Browser,
            rate_reserve_percent: None,
            history_detail_days: None,
            language: None,
        }
    }
}

/// The GHEC enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GhecSettings {
    /// `https://api.github.com`, or `https://api.SUBDOMAIN.ghe.com` with data residency.
    #[serde(default = "github_com_api")]
    pub api_url: String,
    /// The enterprise slug, as in `github.com/enterprises/SLUG`.
    pub enterprise: String,
    /// Where hand-offs open GitHub's web pages (`https://github.com` by default).
    #[serde(default)]
    pub web_url: Option<String>,
    /// The licensing page ("Add server usage") when it is not at
    /// `WEB/enterprises/SLUG/licensing` (GitHub moved it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licensing_url: Option<String>,
}

fn github_com_api() -> String {
    GITHUB_COM_API.to_owned()
}

impl GhecSettings {
    /// Where hand-offs open GitHub's web pages: the setting, else derived from the API host
    /// (`api.github.com` → `https://github.com`, `api.SUBDOMAIN.ghe.com` →
    /// `https://SUBDOMAIN.ghe.com`); `None` for other API addresses (the emulator, a proxy).
    pub fn web_base_url(&self) -> Option<String> {
        if let Some(w) = self
            .web_url
            .as_deref()
            .map(str::trim)
            .filter(|w| !w.is_empty())
        {
            return Some(w.trim_end_matches('/').to_owned());
        }
        let rest = self.api_url.trim().strip_prefix("https://")?;
        let host = rest.trim_end_matches('/').to_ascii_lowercase();
        if host == "api.github.com" {
            return Some("https://github.com".to_owned());
        }
        let sub = host.strip_prefix("api.")?.strip_suffix(".ghe.com")?;
        (!sub.is_empty() && !sub.contains(['.', '/', ':']))
            .then(|| format!("https://{sub}.ghe.com"))
    }
}

/// One GHES instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GhesSettings {
    /// Stable identifier: keys the instance's secrets in the keyring.
    pub id: String,
    /// The instance's host name, as GitHub knows it (license-sync-status, usage exports).
    pub hostname: String,
    /// False only for instances deliberately run without TLS.
    #[serde(default = "yes")]
    pub https: bool,
    /// Where to reach the REST API when it is not `https://HOSTNAME/api/v3` (a different
    /// port or path, or the demo's emulator).
    #[serde(default)]
    pub api_url: Option<String>,
    /// A name to show instead of the host name.
    #[serde(default)]
    pub label: Option<String>,
    /// The admin shell over SSH (for `ghe-license usage`), when the admin set it up. Keys,
    /// agent, known_hosts and ProxyJump come from the user's own OpenSSH setup.
    #[serde(default)]
    pub ssh: Option<SshTarget>,
    /// A PEM file of extra certificate authorities (a company CA) trusted for this
    /// instance, in addition to the OS trust store.
    #[serde(default)]
    pub ca_bundle: Option<String>,
    /// Where hand-offs open the instance's web pages when it is not `https://HOSTNAME`
    /// (another port, or the demo's emulator).
    #[serde(default)]
    pub web_url: Option<String>,
    /// Where the Management Console API answers when it is not `https://HOSTNAME:8443`
    /// (`http://HOSTNAME:8080` without TLS): another port, a proxy, or the demo's emulator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manage_url: Option<String>,
    /// The instance's enterprise slug, when known: hand-offs then open the slug forms of the
    /// pages (`/enterprises/SLUG/settings/license`); without it the slug-less forms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_slug: Option<String>,
    /// The License page ("Export license usage", "Sync now") when GitHub moved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_page_url: Option<String>,
    /// The GitHub Connect page (license sync) when GitHub moved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_page_url: Option<String>,
}

fn yes() -> bool {
    true
}

/// An address the admin set instead of the usual one, without a trailing slash; the usual
/// one when the override is absent or blank.
fn override_or(url: Option<&str>, usual: impl FnOnce() -> String) -> String {
    match url.map(str::trim) {
        Some(u) if !u.is_empty() => u.trim_end_matches('/').to_owned(),
        _ => usual(),
    }
}

/// Where the GHES admin shell answers: `ssh -p PORT USER@HOST`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SshTarget {
    /// `admin` on every GHES appliance.
    #[serde(default = "ssh_user")]
    pub user: String,
    /// The host to connect to when it is not the instance's host name (e.g. an alias from
    /// `~/.ssh/config`).
    #[serde(default)]
    pub host: Option<String>,
    /// 122 on every GHES appliance.
    #[serde(default = "ssh_port")]
    pub port: u16,
    /// A `known_hosts` file of its own (`-o UserKnownHostsFile=…`), else the user's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_hosts: Option<String>,
    /// A private key of its own (`-o IdentitiesOnly=yes -i …`), else the user's keys and
    /// agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_file: Option<String>,
    /// Run ssh without the user's `~/.ssh/config` (`-F none`): for a target that is
    /// wholly described here, such as the demo's emulator.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ignore_ssh_config: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn ssh_user() -> String {
    DEFAULT_SSH_USER.to_owned()
}

fn ssh_port() -> u16 {
    DEFAULT_SSH_PORT
}

impl Settings {
    /// The configured GHES instance `id`.
    pub fn ghes(&self, id: &str) -> Option<&GhesSettings> {
        self.ghes.iter().find(|g| g.id == id)
    }

    /// [`Settings::ghes`], or [`Error::UnknownInstance`].
    pub fn ghes_or_unknown(&self, id: &str) -> Result<&GhesSettings> {
        self.ghes(id)
            .ok_or_else(|| Error::UnknownInstance(id.to_owned()))
    }
}

impl GhesSettings {
    /// An instance reached over HTTPS at its usual addresses, with nothing else set.
    pub fn new(id: impl Into<String>, hostname: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            hostname: hostname.into(),
            https: true,
            api_url: None,
            label: None,
            ssh: None,
            ca_bundle: None,
            web_url: None,
            manage_url: None,
            enterprise_slug: None,
            license_page_url: None,
            connect_page_url: None,
        }
    }

    /// The REST API base: the override, else `https://HOSTNAME/api/v3`.
    pub fn api_base_url(&self) -> String {
        match &self.api_url {
            Some(u) if !u.trim().is_empty() => u.trim().to_owned(),
            _ => format!("{}/api/v3", self.usual_web_root()),
        }
    }

    /// Where hand-offs open the instance's web pages: the override, else
    /// `https://HOSTNAME` (`http://` for an instance run without TLS). No trailing slash.
    pub fn web_base_url(&self) -> String {
        override_or(self.web_url.as_deref(), || self.usual_web_root())
    }

    /// The Management Console API base: the override, else `https://HOSTNAME:8443`
    /// (`http://HOSTNAME:8080` for an instance without TLS).
    pub fn manage_base_url(&self) -> String {
        override_or(self.manage_url.as_deref(), || {
            ghls_github::ManageClient::default_base_url(&self.hostname, self.https)
        })
    }

    /// `https://HOSTNAME` (`http://` for an instance run without TLS).
    fn usual_web_root(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}", self.hostname.trim())
    }

    /// The name to show.
    pub fn display_name(&self) -> &str {
        self.label
            .as_deref()
            .filter(|l| !l.trim().is_empty())
            .unwrap_or(&self.hostname)
    }
}

/// What loading found.
#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    /// A problem the user must hear about (a corrupt file moved aside, a newer format).
    pub warning: Option<Error>,
    /// True when the file must not be written over (it is from a newer version).
    pub read_only: bool,
}

/// The settings file.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    path: PathBuf,
}

impl SettingsStore {
    /// A store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// `settings.json` in the OS configuration folder (`~/.config/ghe-license-sync/` on
    /// Linux, `~/Library/Application Support/ghe-license-sync/` on macOS,
    /// `%APPDATA%\ghe-license-sync\` on Windows). `GHLS_CONFIG_DIR` overrides it.
    pub fn default_location() -> Option<Self> {
        let dir = match std::env::var_os("GHLS_CONFIG_DIR") {
            Some(d) if !d.is_empty() => PathBuf::from(d),
            _ => dirs::config_dir()?.join("ghe-license-sync"),
        };
        Some(Self::new(dir.join("settings.json")))
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the settings. A missing file is empty settings.
    pub fn load(&self) -> Result<Loaded> {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Loaded {
                    settings: Settings::default(),
                    warning: None,
                    read_only: false,
                })
            }
            Err(e) => {
                return Err(Error::SettingsRead {
                    path: self.path.clone(),
                    detail: e.to_string(),
                })
            }
        };
        let version = serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|v| v.get("version").and_then(serde_json::Value::as_u64));
        if let Some(found) = version.filter(|v| *v > u64::from(SETTINGS_VERSION)) {
            return Ok(Loaded {
                settings: Settings::default(),
                warning: Some(Error::SettingsFromTheFuture {
                    path: self.path.clone(),
                    found: u32::try_from(found).unwrap_or(u32::MAX),
                    supported: SETTINGS_VERSION,
                }),
                read_only: true,
            });
        }
        match serde_json::from_slice::<Settings>(&bytes) {
            Ok(settings) => Ok(Loaded {
                settings,
                warning: None,
                read_only: false,
            }),
            Err(e) => {
                let kept_as = self.keep_aside()?;
                Ok(Loaded {
                    settings: Settings::default(),
                    warning: Some(Error::SettingsCorrupt {
                        path: self.path.clone(),
                        kept_as,
                        detail: e.to_string(),
                    }),
                    read_only: false,
                })
            }
        }
    }

    /// Writes the settings atomically, creating the folder when needed.
    pub fn save(&self, settings: &Settings) -> Result<()> {
        let write_err = |detail: String| Error::SettingsWrite {
            path: self.path.clone(),
            detail,
        };
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| write_err(e.to_string()))?;
        }
        let mut json = serde_json::to_vec_pretty(settings).map_err(|e| write_err(e.to_string()))?;
        json.push(b'\n');
        write_atomically(&self.path, &json).map_err(|e| write_err(e.to_string()))
    }

    fn keep_aside(&self) -> Result<PathBuf> {
        let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
        let mut kept = self.path.with_extension(format!("json.corrupt-{stamp}"));
        let mut n = 1;
        while kept.exists() {
            kept = self
                .path
                .with_extension(format!("json.corrupt-{stamp}-{n}"));
            n += 1;
        }
        std::fs::rename(&self.path, &kept).map_err(|e| Error::SettingsRead {
            path: self.path.clone(),
            detail: ghls_l10n::t!("conn-settings-not-moved-aside", detail = e.to_string()),
        })?;
        Ok(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Settings {
        Settings {
            version: SETTINGS_VERSION,
            ghec: Some(GhecSettings {
                api_url: GITHUB_COM_API.into(),
                enterprise: "acme".into(),
                web_url: None,
                licensing_url: None,
            }),
            ghes: vec![GhesSettings {
                ssh: Some(SshTarget {
                    user: DEFAULT_SSH_USER.into(),
                    host: None,
                    port: DEFAULT_SSH_PORT,
                    known_hosts: None,
                    identity_file: None,
                    ignore_ssh_config: false,
                }),
                ca_bundle: Some("/etc/ssl/acme-ca.pem".into()),
                ..GhesSettings::new("ghes-1", "github.acme.example")
            }],
            handoff: OpenIn::AppWindow,
            rate_reserve_percent: Some(25),
            history_detail_days: None,
            language: None,
        }
    }

    #[test]
    fn settings_survive_a_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path().join("sub/settings.json"));
        store.save(&sample()).unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.settings, sample());
        assert!(loaded.warning.is_none());
    }

    #[test]
    fn a_missing_file_is_empty_settings() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = SettingsStore::new(dir.path().join("settings.json"))
            .load()
            .unwrap();
        assert_eq!(loaded.settings, Settings::default());
    }

    #[test]
    fn a_corrupt_file_is_kept_aside_and_reported_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"version\": 1, \"ghes\": 12").unwrap();
        let loaded = SettingsStore::new(&path).load().unwrap();
        let Some(Error::SettingsCorrupt { kept_as, .. }) = loaded.warning else {
            panic!("expected a corrupt-settings warning");
        };
        assert!(!path.exists());
        assert_eq!(
            std::fs::read(kept_as).unwrap(),
            b"{\"version\": 1, \"ghes\": 12"
        );
    }

    #[test]
    fn a_file_from_a_newer_version_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"version\": 7, \"whatever\": true}").unwrap();
        let loaded = SettingsStore::new(&path).load().unwrap();
        assert!(loaded.read_only);
        assert!(matches!(
            loaded.warning,
            Some(Error::SettingsFromTheFuture { found: 7, .. })
        ));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"{\"version\": 7, \"whatever\": true}"
        );
    }

    #[test]
    fn a_version_1_file_without_the_newer_optional_fields_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(
            &path,
            br#"{"version":1,"ghec":{"enterprise":"acme"},"ghes":[{"id":"main","hostname":"github.acme.example"}]}"#,
        )
        .unwrap();
        let loaded = SettingsStore::new(&path).load().unwrap();
        assert!(loaded.warning.is_none());
        let g = &loaded.settings.ghes[0];
        assert!(g.https);
        assert_eq!(g.ssh, None);
        assert_eq!(g.ca_bundle, None);
        assert_eq!(g.web_url, None);
        assert_eq!(
            (&g.enterprise_slug, &g.license_page_url, &g.connect_page_url),
            (&None, &None, &None)
        );
        assert_eq!(loaded.settings.handoff, OpenIn::Browser);
        let ghec = loaded.settings.ghec.unwrap();
        assert_eq!(ghec.api_url, GITHUB_COM_API);
        assert_eq!(ghec.licensing_url, None);
    }

    #[test]
    fn the_web_url_is_derived_from_the_api_host_unless_set() {
        let mut g = sample().ghec.unwrap();
        assert_eq!(g.web_base_url().as_deref(), Some("https://github.com"));
        g.api_url = "https://api.octocorp.ghe.com".into();
        assert_eq!(
            g.web_base_url().as_deref(),
            Some("https://octocorp.ghe.com")
        );
        g.api_url = "http://127.0.0.1:9/ghec/api".into();
        assert_eq!(g.web_base_url(), None);
        g.web_url = Some("https://github.example/".into());
        assert_eq!(g.web_base_url().as_deref(), Some("https://github.example"));
    }

    #[test]
    fn the_api_url_defaults_to_https_on_the_host_name() {
        let mut g = sample().ghes.remove(0);
        assert_eq!(g.api_base_url(), "https://github.acme.example/api/v3");
        g.https = false;
        assert_eq!(g.api_base_url(), "http://github.acme.example/api/v3");
        g.api_url = Some("http://127.0.0.1:9/ghes/main/api/v3".into());
        assert_eq!(g.api_base_url(), "http://127.0.0.1:9/ghes/main/api/v3");
    }
}
