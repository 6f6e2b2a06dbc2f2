//! Where secrets live: the OS keyring (Secret Service, macOS Keychain, Windows Credential
//! Manager) or, for the demo and for "keep for this session only", process memory.
//!
//! There is deliberately no file store and no fallback from the keyring to anything else:
//! when the keyring is unavailable the caller is told so and chooses memory explicitly.
//! Keyring calls block (D-Bus); call them off the async threads.

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

use ghls_domain::Secret;
use ghls_l10n::Message;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, ErrorReport, KeyringAction, Result};
use crate::support::lock;

/// The keyring service name all entries are stored under.
pub const KEYRING_SERVICE: &str = "ghe-license-sync";

/// What a secret is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SecretKind {
    /// A REST API token.
    Token,
    /// The GHES Management Console (Manage API) password.
    ManagePassword,
}

impl SecretKind {
    fn slug(self) -> &'static str {
        match self {
            Self::Token => "token",
            Self::ManagePassword => "manage-password",
        }
    }

    /// The wire name (`token`, `manage_password`): what messages select their words on.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Token => "token",
            Self::ManagePassword => "manage_password",
        }
    }

    /// The secret as a field's label ("token", "Management Console password").
    pub fn label(self) -> Message {
        match self {
            Self::Token => ghls_l10n::msg!("conn-secret-token"),
            Self::ManagePassword => ghls_l10n::msg!("conn-secret-manage-password"),
        }
    }
}

/// Which connection a secret belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SecretTarget {
    Ghec,
    /// A GHES instance by its settings id.
    Ghes(String),
}

/// A secret's address in a store.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SecretKey {
    pub target: SecretTarget,
    pub kind: SecretKind,
}

impl SecretKey {
    /// The GHEC token.
    pub fn ghec_token() -> Self {
        Self {
            target: SecretTarget::Ghec,
            kind: SecretKind::Token,
        }
    }

    /// A GHES instance's REST token.
    pub fn ghes_token(id: &str) -> Self {
        Self {
            target: SecretTarget::Ghes(id.to_owned()),
            kind: SecretKind::Token,
        }
    }

    /// A GHES instance's Management Console password (Manage API).
    pub fn ghes_manage_password(id: &str) -> Self {
        Self {
            target: SecretTarget::Ghes(id.to_owned()),
            kind: SecretKind::ManagePassword,
        }
    }

    /// The keyring account name: `ghec/token`, `ghes/<id>/token`, `ghes/<id>/manage-password`.
    pub fn account(&self) -> String {
        match &self.target {
            SecretTarget::Ghec => format!("ghec/{}", self.kind.slug()),
            SecretTarget::Ghes(id) => format!("ghes/{id}/{}", self.kind.slug()),
        }
    }
}

impl fmt::Display for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.target {
            SecretTarget::Ghec => write!(f, "GitHub Enterprise Cloud"),
            SecretTarget::Ghes(id) => write!(f, "GHES instance {id}"),
        }
    }
}

/// Which kind of store holds the secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Backend {
    Keyring,
    /// Process memory: gone when the app quits.
    Memory,
}

/// A place to keep secrets. Implementations never log or return a secret except from `get`.
pub trait CredentialStore: Send + Sync + fmt::Debug {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>>;
    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()>;
    fn delete(&self, key: &SecretKey) -> Result<()>;
    fn backend(&self) -> Backend;
}

/// Secrets in process memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    secrets: Mutex<HashMap<SecretKey, Secret>>,
}

impl CredentialStore for MemoryStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>> {
        Ok(lock(&self.secrets).get(key).cloned())
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        lock(&self.secrets).insert(key.clone(), secret.clone());
        Ok(())
    }

    fn delete(&self, key: &SecretKey) -> Result<()> {
        lock(&self.secrets).remove(key);
        Ok(())
    }

    fn backend(&self) -> Backend {
        Backend::Memory
    }
}

/// Secrets in the OS keyring, under the service [`KEYRING_SERVICE`].
#[derive(Debug, Default)]
pub struct KeyringStore;

impl KeyringStore {
    fn entry(key: &SecretKey) -> Result<keyring::Entry> {
        keyring::Entry::new(KEYRING_SERVICE, &key.account())
            .map_err(|e| keyring_error(e, KeyringAction::Open, key))
    }
}

impl CredentialStore for KeyringStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>> {
        match Self::entry(key)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(e, KeyringAction::Read, key)),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        Self::entry(key)?
            .set_password(secret.expose())
            .map_err(|e| keyring_error(e, KeyringAction::Save, key))
    }

    fn delete(&self, key: &SecretKey) -> Result<()> {
        match Self::entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error(e, KeyringAction::Delete, key)),
        }
    }

    fn backend(&self) -> Backend {
        Backend::Keyring
    }
}

/// Whether a secret is set, and where; never the secret itself. What the web view learns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum SecretStatus {
    NotSet,
    /// Saved in the OS keyring.
    Keyring,
    /// In process memory: kept for this session only (or the demo's), gone at quit.
    Session,
    /// The store could not be asked (e.g. the keyring is locked or missing).
    Unknown {
        error: ErrorReport,
    },
}

/// Where the admin wants a new secret kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SecretKeep {
    /// The durable store: the OS keyring (the demo's memory in demo mode).
    Keyring,
    /// Memory, for this session only: the admin's explicit choice when no keyring works.
    Session,
}

/// The app's secrets: the durable store (the OS keyring, or the demo's memory) with, on
/// top, what the admin chose to keep for this session only. A session secret shadows the
/// durable one; saving to the durable store drops the session copy.
#[derive(Debug)]
pub struct Secrets {
    durable: std::sync::Arc<dyn CredentialStore>,
    session: MemoryStore,
}

impl Secrets {
    pub fn new(durable: std::sync::Arc<dyn CredentialStore>) -> Self {
        Self {
            durable,
            session: MemoryStore::default(),
        }
    }

    /// Keeps `secret` where the admin chose.
    pub fn keep(&self, key: &SecretKey, secret: &Secret, keep: SecretKeep) -> Result<()> {
        match keep {
            SecretKeep::Session => self.session.set(key, secret),
            SecretKeep::Keyring => {
                self.durable.set(key, secret)?;
                self.session.delete(key)
            }
        }
    }

    /// Whether `key` is set, and where. Blocking (asks the keyring).
    pub fn status(&self, key: &SecretKey) -> SecretStatus {
        if matches!(self.session.get(key), Ok(Some(_))) {
            return SecretStatus::Session;
        }
        match self.durable.get(key) {
            Ok(Some(s)) if !s.is_blank() => match self.durable.backend() {
                Backend::Keyring => SecretStatus::Keyring,
                Backend::Memory => SecretStatus::Session,
            },
            Ok(_) => SecretStatus::NotSet,
            Err(e) => SecretStatus::Unknown { error: e.report() },
        }
    }
}

impl CredentialStore for Secrets {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>> {
        match self.session.get(key)? {
            Some(s) => Ok(Some(s)),
            None => self.durable.get(key),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        self.keep(key, secret, SecretKeep::Keyring)
    }

    /// Deletes both copies. A keyring that is not there holds nothing to delete, so that
    /// is not an error once the session copy is gone.
    fn delete(&self, key: &SecretKey) -> Result<()> {
        let had_session = matches!(self.session.get(key), Ok(Some(_)));
        self.session.delete(key)?;
        match self.durable.delete(key) {
            Err(Error::KeyringUnavailable { .. }) if had_session => Ok(()),
            other => other,
        }
    }

    fn backend(&self) -> Backend {
        self.durable.backend()
    }
}

fn keyring_error(e: keyring::Error, action: KeyringAction, key: &SecretKey) -> Error {
    // keyring's errors never contain the secret itself; they describe the platform failure.
    match e {
        keyring::Error::NoStorageAccess(inner) | keyring::Error::PlatformFailure(inner) => {
            Error::KeyringUnavailable {
                detail: inner.to_string(),
            }
        }
        other => Error::Keyring {
            action,
            what: key.kind,
            target: key.target.clone(),
            detail: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyring_accounts_name_the_target_and_the_kind() {
        assert_eq!(SecretKey::ghec_token().account(), "ghec/token");
        assert_eq!(SecretKey::ghes_token("main").account(), "ghes/main/token");
        let k = SecretKey {
            target: SecretTarget::Ghes("main".into()),
            kind: SecretKind::ManagePassword,
        };
        assert_eq!(k.account(), "ghes/main/manage-password");
    }

    /// A keyring that is not there, as on a machine without a Secret Service.
    #[derive(Debug)]
    struct NoKeyring;

    impl CredentialStore for NoKeyring {
        fn get(&self, _: &SecretKey) -> Result<Option<Secret>> {
            Err(Error::KeyringUnavailable {
                detail: "no Secret Service on the session bus".into(),
            })
        }
        fn set(&self, k: &SecretKey, _: &Secret) -> Result<()> {
            self.get(k).map(|_| ())
        }
        fn delete(&self, k: &SecretKey) -> Result<()> {
            self.get(k).map(|_| ())
        }
        fn backend(&self) -> Backend {
            Backend::Keyring
        }
    }

    #[test]
    fn without_a_keyring_a_secret_is_kept_for_the_session_only_when_asked() {
        let s = Secrets::new(std::sync::Arc::new(NoKeyring));
        let k = SecretKey::ghes_manage_password("main");
        let err = s
            .keep(&k, &Secret::new("pw"), SecretKeep::Keyring)
            .unwrap_err();
        assert_eq!(err.kind(), "keyring_unavailable");
        assert!(matches!(s.status(&k), SecretStatus::Unknown { .. }));
        s.keep(&k, &Secret::new("pw"), SecretKeep::Session).unwrap();
        assert_eq!(s.status(&k), SecretStatus::Session);
        assert_eq!(s.get(&k).unwrap().unwrap().expose(), "pw");
        s.delete(&k).unwrap();
        assert!(matches!(s.status(&k), SecretStatus::Unknown { .. }));
    }

    #[test]
    fn saving_to_the_keyring_replaces_a_session_copy() {
        let s = Secrets::new(std::sync::Arc::new(MemoryStore::default()));
        let k = SecretKey::ghec_token();
        assert_eq!(s.status(&k), SecretStatus::NotSet);
        s.keep(&k, &Secret::new("old"), SecretKeep::Session)
            .unwrap();
        s.keep(&k, &Secret::new("new"), SecretKeep::Keyring)
            .unwrap();
        assert_eq!(s.get(&k).unwrap().unwrap().expose(), "new");
        assert!(!format!("{:?}", s.status(&k)).contains("new"));
    }

    #[test]
    fn the_memory_store_keeps_replaces_and_forgets() {
        let s = MemoryStore::default();
        let k = SecretKey::ghec_token();
        assert!(s.get(&k).unwrap().is_none());
        s.set(&k, &Secret::new("a")).unwrap();
        s.set(&k, &Secret::new("s3cr3t-value")).unwrap();
        assert_eq!(s.get(&k).unwrap().unwrap().expose(), "s3cr3t-value");
        assert!(
            !format!("{s:?}").contains("s3cr3t"),
            "Debug shows no secret: {s:?}"
        );
        s.delete(&k).unwrap();
        assert!(s.get(&k).unwrap().is_none());
    }
}
