//! Fault injection: make the next matching request(s) fail the way GitHub or a network
//! can fail, so clients are tested against real HTTP, not mocks.
//!
//! Faults are queued (through [`crate::Emulator::inject`] or `POST /_emulator/faults`) and
//! consumed by the first requests they match.

use serde::{Deserialize, Serialize};

/// Which emulated host a fault applies to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum FaultTarget {
    #[default]
    Any,
    Ghec,
    /// A GHES instance by its short name (`main`, `legacy`).
    Ghes(String),
}

impl From<FaultTarget> for String {
    fn from(t: FaultTarget) -> Self {
        match t {
            FaultTarget::Any => "any".to_owned(),
            FaultTarget::Ghec => "ghec".to_owned(),
            FaultTarget::Ghes(n) => format!("ghes:{n}"),
        }
    }
}

impl TryFrom<String> for FaultTarget {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        match s.as_str() {
            "any" | "" => Ok(Self::Any),
            "ghec" => Ok(Self::Ghec),
            _ => s
                .strip_prefix("ghes:")
                .filter(|n| !n.is_empty())
                .map(|n| Self::Ghes(n.to_owned()))
                .ok_or_else(|| format!("unknown fault target `{s}`: use any, ghec or ghes:NAME")),
        }
    }
}

/// What goes wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer with this status and a GitHub-shaped error body.
    Status {
        status: u16,
        #[serde(default)]
        message: Option<String>,
    },
    /// A secondary rate limit: 429 (or 403) with `retry-after`.
    RateLimited {
        #[serde(default)]
        retry_after: Option<u64>,
        #[serde(default = "default_rate_status")]
        status: u16,
    },
    /// The primary limit used up: 403, `x-ratelimit-remaining: 0` and a reset time.
    PrimaryRateLimitExhausted {
        #[serde(default = "default_reset")]
        reset_in_seconds: u64,
    },
    /// 403 with `X-GitHub-SSO`: the token is not authorised for the organisation's SAML SSO.
    SsoRequired,
    /// Wait this long before answering normally.
    Delay { ms: u64 },
    /// Answer 200 with a JSON body whose first number is replaced by an object.
    MalformedJson,
    /// Answer 200 with the first half of the real body (a complete HTTP message).
    TruncatedBody,
    /// Send the headers, half the body, then drop the connection.
    ResetConnection,
}

fn default_rate_status() -> u16 {
    429
}

fn default_reset() -> u64 {
    60
}

/// A queued fault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    #[serde(default)]
    pub target: FaultTarget,
    /// Only requests whose path and query (`/ghec/api/…/consumed-licenses?per_page=100&page=7`)
    /// contain this text. Mind that `page=1` also matches `page=10`: end with `&` or match
    /// a whole query. For `POST /ghec/api/graphql` the text also holds the request body after
    /// a newline, so `"after":"` matches only requests for a next page.
    #[serde(default)]
    pub path_contains: Option<String>,
    /// How many requests it hits; 0 means every matching request until cleared.
    #[serde(default = "one")]
    pub times: u32,
    pub kind: FaultKind,
}

fn one() -> u32 {
    1
}

impl Fault {
    /// A fault hitting the next matching request once.
    pub fn once(target: FaultTarget, path_contains: &str, kind: FaultKind) -> Self {
        Self {
            target,
            path_contains: (!path_contains.is_empty()).then(|| path_contains.to_owned()),
            times: 1,
            kind,
        }
    }

    pub(crate) fn matches(&self, target: &FaultTarget, path: &str) -> bool {
        (self.target == FaultTarget::Any || &self.target == target)
            && self
                .path_contains
                .as_deref()
                .is_none_or(|p| path.contains(p))
    }
}

/// Takes the first fault matching the request out of the queue (or decrements it).
pub(crate) fn take(queue: &mut Vec<Fault>, target: &FaultTarget, path: &str) -> Option<FaultKind> {
    let i = queue.iter().position(|f| f.matches(target, path))?;
    let kind = queue[i].kind.clone();
    match queue[i].times {
        0 => {}
        1 => {
            queue.remove(i);
        }
        _ => queue[i].times -= 1,
    }
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_consumed_in_order_and_only_where_they_match() {
        let mut q = vec![
            Fault::once(FaultTarget::Ghec, "consumed", FaultKind::MalformedJson),
            Fault {
                target: FaultTarget::Any,
                path_contains: None,
                times: 2,
                kind: FaultKind::Delay { ms: 1 },
            },
        ];
        let ghes = FaultTarget::Ghes("main".into());
        assert_eq!(take(&mut q, &ghes, "/x"), Some(FaultKind::Delay { ms: 1 }));
        assert_eq!(
            take(&mut q, &FaultTarget::Ghec, "/consumed-licenses"),
            Some(FaultKind::MalformedJson)
        );
        assert_eq!(take(&mut q, &ghes, "/x"), Some(FaultKind::Delay { ms: 1 }));
        assert_eq!(take(&mut q, &ghes, "/x"), None);
    }

    #[test]
    fn faults_read_from_json() {
        let f: Fault = serde_json::from_str(
            r#"{"target":"ghes:legacy","kind":{"type":"rate_limited","retry_after":3}}"#,
        )
        .unwrap();
        assert_eq!(f.target, FaultTarget::Ghes("legacy".into()));
        assert_eq!(f.times, 1);
        assert_eq!(
            f.kind,
            FaultKind::RateLimited {
                retry_after: Some(3),
                status: 429
            }
        );
        assert!(serde_json::from_str::<Fault>(
            r#"{"target":"gitlab","kind":{"type":"malformed_json"}}"#
        )
        .is_err());
    }
}
