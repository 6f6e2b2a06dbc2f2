//! Where secrets live: the OS keyring (Secret Service, macOS Keychain, Windows Credential
//! Manager) or, for the demo and for "keep for this session only", process memory.
//!
//! There is deliberately no file store and no fallback from the keyring to anything else:
//! when the keyring is unavailable the caller is told so and chooses memory explicitly.
//! Keyring calls block (D-Bus); call them off the async threads.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use ghls_domain::Secret;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

/// The keyring service name all entries are stored under.
pub const KEYRING_SERVICE: &str = "ghe-license-sync";

/// What a secret is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
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

    /// Words for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Token => "token",
            Self::ManagePassword => "Management Console password",
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
        Ok(self
            .secrets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(key)
            .cloned())
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        self.secrets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key.clone(), secret.clone());
        Ok(())
    }

    fn delete(&self, key: &SecretKey) -> Result<()> {
        self.secrets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(key);
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
            .map_err(|e| keyring_error(e, "open", key))
    }
}

impl CredentialStore for KeyringStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>> {
        match Self::entry(key)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error(e, "read", key)),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        Self::entry(key)?
            .set_password(secret.expose())
            .map_err(|e| keyring_error(e, "save", key))
    }

    fn delete(&self, key: &SecretKey) -> Result<()> {
        match Self::entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_error(e, "delete", key)),
        }
    }

    fn backend(&self) -> Backend {
        Backend::Keyring
    }
}

fn keyring_error(e: keyring::Error, action: &'static str, key: &SecretKey) -> Error {
    // keyring's errors never contain the secret itself; they describe the platform failure.
    match e {
        keyring::Error::NoStorageAccess(inner) | keyring::Error::PlatformFailure(inner) => {
            Error::KeyringUnavailable {
                detail: inner.to_string(),
            }
        }
        other => Error::Keyring {
            action,
            what: key.kind.describe(),
            target: key.to_string(),
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
