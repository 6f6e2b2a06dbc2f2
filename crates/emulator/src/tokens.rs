//! Who a demo token belongs to, and what GitHub says about it.
//!
//! GitHub answers the same request differently by token: an owner's classic token with
//! `read:enterprise` reads the enterprise; without the scope, or of a user who is not an
//! owner, it gets a bare 404; a fine-grained token gets 403 "Resource not accessible by
//! personal access token"; a classic token not authorised for SAML SSO gets 403 with
//! `X-GitHub-SSO`. Classic tokens carry `X-OAuth-Scopes` on every answer; fine-grained and
//! App tokens never do (github-api.md §1.4, §3.3).

use crate::world::{Enterprise, Instance, World};

/// The GHEC tokens the emulator issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GhecToken {
    /// An enterprise owner's classic token with `read:enterprise`.
    Owner,
    /// A classic token with `read:enterprise` of a user who is not an owner.
    Member,
    /// An owner's classic token without `read:enterprise`.
    OwnerWithoutScope,
    /// An owner's fine-grained personal access token.
    FineGrained,
    /// An owner's classic token, not authorised for the organisation's SAML SSO.
    SsoUnauthorized,
}

impl GhecToken {
    pub(crate) fn of(e: &Enterprise, token: &str) -> Option<Self> {
        [
            (&e.owner_token, Self::Owner),
            (&e.member_token, Self::Member),
            (&e.no_scope_token, Self::OwnerWithoutScope),
            (&e.fine_grained_token, Self::FineGrained),
            (&e.sso_token, Self::SsoUnauthorized),
        ]
        .into_iter()
        .find_map(|(t, kind)| (t == token).then_some(kind))
    }

    /// `X-OAuth-Scopes`: only classic tokens have scopes.
    pub(crate) fn scopes(self) -> Option<&'static str> {
        match self {
            Self::Owner | Self::Member | Self::SsoUnauthorized => Some("read:enterprise, read:org"),
            Self::OwnerWithoutScope => Some("repo, read:org"),
            Self::FineGrained => None,
        }
    }
}

/// `X-OAuth-Scopes` of a GHES instance's tokens: the site administrator's has `site_admin`.
pub(crate) fn ghes_scopes(inst: &Instance, token: &str) -> Option<&'static str> {
    if token == inst.admin_token {
        Some("site_admin, read:org")
    } else if token == inst.user_token {
        Some("repo, read:org")
    } else {
        None
    }
}

/// True for any token the emulator issued.
pub(crate) fn is_known(w: &World, token: &str) -> bool {
    GhecToken::of(&w.enterprise, token).is_some()
        || w.instances
            .iter()
            .any(|i| token == i.admin_token || token == i.user_token)
}
