//! What the GraphQL reads give the app: Enterprise Server installations as GHEC knows them,
//! their newest usage uploads, and their user accounts as the last sync left them.
//!
//! Everything GitHub may leave out is an `Option` (its schema says non-null, but a refused
//! or failed part comes back `null`), and every read says what it could not give
//! ([`MissingPart`]): partial data is never presented as complete.

use ghls_domain::GitHubTime;
use serde::{Serialize, Serializer};

/// The synchronization state of an upload (`EnterpriseServerUserAccountsUploadSyncState`).
/// String-backed: a state GitHub adds later is kept as [`SyncState::Other`], not refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SyncState {
    /// GitHub is processing the upload.
    Pending,
    Success,
    Failure,
    /// A state this app does not know, exactly as GitHub wrote it.
    Other(String),
}

impl SyncState {
    /// Reads GitHub's value (case-insensitively, as a lenient reader should).
    pub fn parse(raw: &str) -> Self {
        match raw.trim().to_ascii_uppercase().as_str() {
            "PENDING" => Self::Pending,
            "SUCCESS" => Self::Success,
            "FAILURE" => Self::Failure,
            _ => Self::Other(raw.to_owned()),
        }
    }

    /// GitHub's spelling.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
            Self::Other(raw) => raw,
        }
    }

    /// True once GitHub has finished with the upload, either way.
    pub fn is_final(&self) -> bool {
        matches!(self, Self::Success | Self::Failure)
    }
}

impl Serialize for SyncState {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One usage upload of an installation (`EnterpriseServerUserAccountsUpload`): a manual
/// "Add server usage" file or an automatic GitHub Connect sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserAccountsUpload {
    /// GitHub's node id: tells one upload from another with the same file name.
    pub id: Option<String>,
    /// The uploaded file's name.
    pub name: Option<String>,
    pub sync_state: Option<SyncState>,
    pub created_at: Option<GitHubTime>,
    pub updated_at: Option<GitHubTime>,
}

/// An Enterprise Server installation GHEC knows (`EnterpriseServerInstallation`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerInstallation {
    /// GitHub's node id, the key for [`crate::GraphqlClient::user_accounts`].
    pub id: String,
    pub host_name: Option<String>,
    pub customer_name: Option<String>,
    /// Connected through GitHub Connect, the path of automatic license sync.
    pub is_connected: Option<bool>,
    pub created_at: Option<GitHubTime>,
    pub updated_at: Option<GitHubTime>,
    /// The newest uploads, newest first. `None` when GitHub did not give them (the read's
    /// [`ServerInstallations::missing`] says why); `Some(vec![])` when there are none.
    pub uploads: Option<Vec<UserAccountsUpload>>,
    /// How many uploads GitHub holds for the installation in all.
    pub uploads_total: Option<u64>,
}

impl ServerInstallation {
    /// The newest upload, when GitHub gave the uploads and there is one.
    pub fn newest_upload(&self) -> Option<&UserAccountsUpload> {
        self.uploads.as_ref().and_then(|u| u.first())
    }
}

/// One email of a server user account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerUserEmail {
    pub email: String,
    /// GitHub matches a server account to a cloud account by the primary email.
    pub is_primary: bool,
}

/// A user account of an installation, as the last license sync uploaded it
/// (`EnterpriseServerUserAccount`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerUserAccount {
    pub login: Option<String>,
    pub profile_name: Option<String>,
    pub is_site_admin: Option<bool>,
    /// The user's id on the instance: consumed-licenses names the account `HOST:ID`.
    pub remote_user_id: Option<i64>,
    pub remote_created_at: Option<GitHubTime>,
    pub emails: Vec<ServerUserEmail>,
    /// False when GitHub holds more emails than it sent, or sent none where it has some:
    /// then a missing primary email may just not have been read.
    pub emails_complete: bool,
}

impl ServerUserAccount {
    /// The primary email, when GitHub sent it.
    pub fn primary_email(&self) -> Option<&str> {
        self.emails
            .iter()
            .find(|e| e.is_primary)
            .map(|e| e.email.as_str())
    }
}

/// A part of an answer that GitHub did not give, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingPart {
    /// Where in GitHub's answer, dotted (`enterprise.ownerInfo.enterpriseServerInstallations.nodes.3.userAccountsUploads`),
    /// or a description of the part when GitHub gave no path.
    pub path: String,
    /// GitHub's error `type`, when the part is missing because of an error GitHub sent.
    pub error_type: Option<String>,
    /// GitHub's message verbatim when `from_github`, else what the app noticed.
    pub message: String,
    /// True when GitHub reported the problem itself (an entry of `errors`); false when the
    /// app found the gap (a `null` node, a count that does not add up).
    pub from_github: bool,
}

/// Every Enterprise Server installation of an enterprise, with their newest uploads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ServerInstallations {
    /// GitHub's `totalCount`.
    pub total_count: Option<u64>,
    pub installations: Vec<ServerInstallation>,
    /// What GitHub did not give; empty when the list is complete.
    pub missing: Vec<MissingPart>,
}

impl ServerInstallations {
    /// True when nothing is missing.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// The installation with this host name (case-insensitively, as host names are).
    pub fn by_host(&self, host: &str) -> Option<&ServerInstallation> {
        self.installations.iter().find(|i| {
            i.host_name
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(host))
        })
    }
}

/// Every user account of one installation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UserAccounts {
    pub installation_id: String,
    pub host_name: Option<String>,
    /// GitHub's `totalCount` on the last page read.
    pub total_count: Option<u64>,
    pub accounts: Vec<ServerUserAccount>,
    /// What GitHub did not give; empty when the list is complete.
    pub missing: Vec<MissingPart>,
}

impl UserAccounts {
    /// True when nothing is missing.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// How far the accounts of one installation have been read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountsProgress {
    pub installation_id: String,
    pub host_name: Option<String>,
    pub pages_done: u32,
    pub accounts: usize,
    /// GitHub's `totalCount`, once the first page told it.
    pub total_count: Option<u64>,
    /// True once every page of this installation has been read.
    pub done: bool,
}

/// What a running GraphQL read reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GraphqlEvent {
    /// A page of one installation's user accounts was read.
    Accounts(AccountsProgress),
    /// GitHub's rate limit was reached: no request is sent before `until`.
    WaitingRateLimit {
        until: time::OffsetDateTime,
        seconds: u64,
    },
    /// A request failed in a way that may pass; attempt `attempt` follows after `wait`.
    Retrying {
        what: String,
        attempt: u32,
        wait: std::time::Duration,
        reason: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_states_read_githubs_three_and_keep_any_other() {
        assert_eq!(SyncState::parse("PENDING"), SyncState::Pending);
        assert_eq!(SyncState::parse("success"), SyncState::Success);
        assert_eq!(SyncState::parse("FAILURE"), SyncState::Failure);
        let later = SyncState::parse("PARTIALLY_APPLIED");
        assert_eq!(later, SyncState::Other("PARTIALLY_APPLIED".into()));
        assert_eq!(later.as_str(), "PARTIALLY_APPLIED");
        assert!(!later.is_final() && !SyncState::Pending.is_final());
        assert!(SyncState::Failure.is_final());
        assert_eq!(
            serde_json::to_string(&SyncState::Success).unwrap(),
            "\"SUCCESS\""
        );
    }
}
