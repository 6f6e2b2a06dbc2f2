//! Tokens from environment variables, in front of the OS keyring.
//!
//! A bastion host or a CI runner often has no desktop keyring; a secret store of the CI
//! puts the token in the environment instead. Tokens never come from a command-line
//! argument: arguments are visible to every user of the machine (`ps`) and land in shell
//! history. The variables are read once, at start, and held as [`Secret`]s, which print a
//! redaction; a variable that is set but blank counts as not set.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use ghls_domain::Secret;
use ghls_services::Result;
use ghls_services::{Backend, CredentialStore, SecretKey, SecretKind, SecretTarget};

/// The GHEC token.
pub const GHEC_TOKEN_VAR: &str = "GHLS_GHEC_TOKEN";

/// Followed by the GHES instance's settings id, upper-cased, other characters as `_`.
pub const GHES_TOKEN_PREFIX: &str = "GHLS_GHES_TOKEN_";

/// `GHLS_GHES_TOKEN_MAIN` for `main`, `GHLS_GHES_TOKEN_GHES_2_ACME_EXAMPLE` for
/// `ghes-2-acme-example`.
pub fn ghes_token_var(id: &str) -> String {
    let mut name = GHES_TOKEN_PREFIX.to_owned();
    name.extend(id.chars().map(|c| {
        if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        }
    }));
    name
}

/// The variable that may hold `key`; only tokens have one.
pub fn var_for(key: &SecretKey) -> Option<String> {
    match (&key.target, key.kind) {
        (SecretTarget::Ghec, SecretKind::Token) => Some(GHEC_TOKEN_VAR.to_owned()),
        (SecretTarget::Ghes(id), SecretKind::Token) => Some(ghes_token_var(id)),
        _ => None,
    }
}

/// The environment's tokens first, then `inner` (the OS keyring). Saving and deleting go
/// to `inner`: the CLI never writes the environment.
pub struct EnvFirst {
    vars: HashMap<String, Secret>,
    inner: Arc<dyn CredentialStore>,
}

impl EnvFirst {
    /// Reads the token variables of this process now.
    pub fn from_env(inner: Arc<dyn CredentialStore>) -> Self {
        let vars = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .filter(|(k, _)| k == GHEC_TOKEN_VAR || k.starts_with(GHES_TOKEN_PREFIX));
        Self::with_vars(inner, vars)
    }

    /// The store over the given variables (tests).
    pub fn with_vars(
        inner: Arc<dyn CredentialStore>,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> Self {
        Self {
            vars: vars
                .into_iter()
                // Tokens pasted into a CI secret often carry a newline.
                .map(|(k, v)| (k, Secret::new(v.trim())))
                .filter(|(_, v)| !v.is_blank())
                .collect(),
            inner,
        }
    }
}

impl fmt::Debug for EnvFirst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut names: Vec<&str> = self.vars.keys().map(String::as_str).collect();
        names.sort_unstable();
        f.debug_struct("EnvFirst")
            .field("variables_set", &names)
            .field("inner", &self.inner)
            .finish()
    }
}

impl CredentialStore for EnvFirst {
    fn get(&self, key: &SecretKey) -> Result<Option<Secret>> {
        if let Some(s) = var_for(key).and_then(|v| self.vars.get(&v)) {
            return Ok(Some(s.clone()));
        }
        self.inner.get(key)
    }

    fn set(&self, key: &SecretKey, secret: &Secret) -> Result<()> {
        self.inner.set(key, secret)
    }

    fn delete(&self, key: &SecretKey) -> Result<()> {
        self.inner.delete(key)
    }

    fn backend(&self) -> Backend {
        self.inner.backend()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_services::MemoryStore;

    #[test]
    fn ghes_variables_are_named_after_the_upper_cased_id() {
        assert_eq!(ghes_token_var("main"), "GHLS_GHES_TOKEN_MAIN");
        assert_eq!(
            ghes_token_var("ghes-2.acme.example"),
            "GHLS_GHES_TOKEN_GHES_2_ACME_EXAMPLE"
        );
        assert_eq!(
            var_for(&SecretKey::ghes_manage_password("main")),
            None,
            "only tokens come from the environment"
        );
    }

    #[test]
    fn an_environment_token_wins_over_the_keyring_and_a_blank_one_does_not() {
        let keyring = Arc::new(MemoryStore::default());
        keyring
            .set(&SecretKey::ghec_token(), &Secret::new("from-keyring"))
            .unwrap();
        keyring
            .set(&SecretKey::ghes_token("main"), &Secret::new("main-keyring"))
            .unwrap();
        let store = EnvFirst::with_vars(
            keyring,
            [
                (GHEC_TOKEN_VAR.to_owned(), "from-env\n".to_owned()),
                ("GHLS_GHES_TOKEN_MAIN".to_owned(), "  ".to_owned()),
            ],
        );
        let get = |k: &SecretKey| store.get(k).unwrap().unwrap().expose().to_owned();
        assert_eq!(get(&SecretKey::ghec_token()), "from-env");
        assert_eq!(get(&SecretKey::ghes_token("main")), "main-keyring");
        assert!(store
            .get(&SecretKey::ghes_token("legacy"))
            .unwrap()
            .is_none());
        let debug = format!("{store:?}");
        assert!(
            debug.contains("GHLS_GHEC_TOKEN") && !debug.contains("from-env"),
            "{debug}"
        );
    }
}
