//! License consumers of a GHEC enterprise (`GET /enterprises/{e}/consumed-licenses`) and the
//! seat split the License screen charts: cloud only, server only, both, Visual Studio.
//!
//! The decoded values are already normalised by the client: GitHub writes `""` where it
//! means "none" (see the server-only user in its published example), and those arrive here
//! as `None`.

use serde::Serialize;
use ts_rs::TS;

/// The consumed-licenses fields, in the REST API's order (`ghec-consumed-licenses.json`):
/// the columns of GHEC's consumed-licenses CSV and of the app's export of it.
pub const CONSUMED_LICENSE_FIELDS: &[&str] = &[
    "github_com_login",
    "github_com_name",
    "enterprise_server_user_ids",
    "github_com_user",
    "enterprise_server_user",
    "visual_studio_subscription_user",
    "license_type",
    "github_com_profile",
    "github_com_member_roles",
    "github_com_enterprise_roles",
    "github_com_verified_domain_emails",
    "github_com_saml_name_id",
    "github_com_orgs_with_pending_invites",
    "github_com_two_factor_auth",
    "enterprise_server_emails",
    "visual_studio_license_status",
    "visual_studio_subscription_email",
    "total_user_accounts",
];

/// All consumers of an enterprise and its seat totals (taken from the first page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedLicenses {
    #[ts(type = "number | null")]
    pub total_seats_consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub total_seats_purchased: Option<i64>,
    pub users: Vec<LicenseConsumer>,
}

/// One license consumer: a person as GitHub counts them, possibly with several accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LicenseConsumer {
    pub github_com_login: Option<String>,
    pub github_com_name: Option<String>,
    pub enterprise_server_user_ids: Vec<String>,
    pub github_com_user: Option<bool>,
    pub enterprise_server_user: Option<bool>,
    pub visual_studio_subscription_user: Option<bool>,
    pub license_type: Option<String>,
    pub github_com_profile: Option<String>,
    pub github_com_member_roles: Vec<String>,
    pub github_com_enterprise_roles: Vec<String>,
    pub github_com_verified_domain_emails: Vec<String>,
    pub github_com_saml_name_id: Option<String>,
    pub github_com_orgs_with_pending_invites: Vec<String>,
    pub github_com_two_factor_auth: Option<bool>,
    pub enterprise_server_emails: Vec<String>,
    pub visual_studio_license_status: Option<String>,
    pub visual_studio_subscription_email: Option<String>,
    #[ts(type = "number | null")]
    pub total_user_accounts: Option<i64>,
}

/// Where a consumer has accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ConsumerKind {
    CloudOnly,
    ServerOnly,
    Both,
    /// Neither flag nor any identifier says where the account lives.
    Unknown,
}

impl LicenseConsumer {
    /// True when the consumer has a GitHub Enterprise Cloud account.
    pub fn has_cloud_account(&self) -> bool {
        self.github_com_user
            .unwrap_or_else(|| self.github_com_login.is_some())
    }

    /// True when the consumer has at least one GitHub Enterprise Server account.
    pub fn has_server_account(&self) -> bool {
        self.enterprise_server_user.unwrap_or(false) || !self.enterprise_server_user_ids.is_empty()
    }

    /// Where the consumer's accounts are.
    pub fn kind(&self) -> ConsumerKind {
        match (self.has_cloud_account(), self.has_server_account()) {
            (true, true) => ConsumerKind::Both,
            (true, false) => ConsumerKind::CloudOnly,
            (false, true) => ConsumerKind::ServerOnly,
            (false, false) => ConsumerKind::Unknown,
        }
    }

    /// True for a Visual Studio subscriber: by GitHub's flag, or by the license type the CSV
    /// report documents ("Visual Studio subscription").
    pub fn is_visual_studio(&self) -> bool {
        self.visual_studio_subscription_user.unwrap_or(false)
            || self
                .license_type
                .as_deref()
                .is_some_and(|t| t.to_ascii_lowercase().contains("visual studio"))
    }
}

/// Who consumes the seats. Each consumer is in exactly one bucket; Visual Studio subscribers
/// are counted apart, whatever their accounts, because they hold a different license.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SeatSplit {
    pub cloud_only: u32,
    pub server_only: u32,
    pub both: u32,
    pub visual_studio: u32,
    pub unknown: u32,
}

impl SeatSplit {
    /// Counts `consumers` into buckets.
    pub fn of<'a>(consumers: impl IntoIterator<Item = &'a LicenseConsumer>) -> Self {
        let mut split = Self::default();
        for c in consumers {
            let bucket = if c.is_visual_studio() {
                &mut split.visual_studio
            } else {
                match c.kind() {
                    ConsumerKind::CloudOnly => &mut split.cloud_only,
                    ConsumerKind::ServerOnly => &mut split.server_only,
                    ConsumerKind::Both => &mut split.both,
                    ConsumerKind::Unknown => &mut split.unknown,
                }
            };
            *bucket = bucket.saturating_add(1);
        }
        split
    }

    /// All consumers counted.
    pub fn total(&self) -> u32 {
        self.cloud_only
            .saturating_add(self.server_only)
            .saturating_add(self.both)
            .saturating_add(self.visual_studio)
            .saturating_add(self.unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cloud(login: &str) -> LicenseConsumer {
        LicenseConsumer {
            github_com_login: Some(login.into()),
            github_com_user: Some(true),
            enterprise_server_user: Some(false),
            ..Default::default()
        }
    }

    #[test]
    fn consumers_are_classified_by_where_their_accounts_are() {
        let c = cloud("mona");
        assert_eq!(c.kind(), ConsumerKind::CloudOnly);
        let mut both = cloud("mona");
        both.enterprise_server_user = Some(true);
        both.enterprise_server_user_ids = vec!["ghes.example:12".into()];
        assert_eq!(both.kind(), ConsumerKind::Both);
        let server = LicenseConsumer {
            github_com_user: Some(false),
            enterprise_server_user: Some(true),
            enterprise_server_user_ids: vec!["example_host_name:123".into()],
            ..Default::default()
        };
        assert_eq!(server.kind(), ConsumerKind::ServerOnly);
        assert_eq!(LicenseConsumer::default().kind(), ConsumerKind::Unknown);
    }

    #[test]
    fn a_null_server_flag_with_server_ids_still_counts_as_a_server_account() {
        let mut c = cloud("mona");
        c.enterprise_server_user = None;
        c.enterprise_server_user_ids = vec!["h:1".into()];
        assert_eq!(c.kind(), ConsumerKind::Both);
    }

    #[test]
    fn visual_studio_subscribers_are_their_own_bucket() {
        let mut vs = cloud("vs");
        vs.license_type = Some("Visual Studio subscription".into());
        let mut flagged = cloud("vs2");
        flagged.visual_studio_subscription_user = Some(true);
        let split = SeatSplit::of(&[cloud("a"), vs, flagged]);
        assert_eq!(split.visual_studio, 2);
        assert_eq!(split.cloud_only, 1);
        assert_eq!(split.total(), 3);
    }
}
