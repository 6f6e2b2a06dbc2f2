//! A secret (token or password) as a type.
//!
//! It prints as a redaction in `Debug` and `Display`, is wiped from memory on drop, and
//! deliberately has no `Serialize`: a secret cannot end up in an IPC response, a settings
//! file or a JSON log by accident. It reaches the outside world only through
//! [`Secret::expose`], which the keyring store and the `Authorization` header call.

use std::fmt;

use serde::Deserialize;
use zeroize::Zeroize;

/// A token or password. Never printed, never serialised.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself. Call it only where the value must leave the process (the
    /// keyring, an `Authorization` header), never to log or display it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the secret is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_prints_its_value() {
        let s = Secret::new("ghp_demo_not_a_real_token");
        assert_eq!(format!("{s}"), "<redacted>");
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert_eq!(format!("{:?}", Some(&s)), "Some(Secret(<redacted>))");
        assert_eq!(s.expose(), "ghp_demo_not_a_real_token");
    }

    #[test]
    fn a_secret_can_be_received_from_json_but_blank_ones_are_recognised() {
        let s: Secret = serde_json::from_str("\"  \"").unwrap();
        assert!(s.is_blank());
    }
}
