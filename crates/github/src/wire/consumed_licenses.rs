//! GHEC `GET /enterprises/{enterprise}/consumed-licenses` (`enterprise-admin/get-consumed-licenses`).
//!
//! Docs: <https://docs.github.com/enterprise-cloud@latest/rest/enterprise-admin/licensing#list-enterprise-consumed-licenses>,
//! API version 2022-11-28. Paginated with `page`/`per_page` (max 100) and a `Link` header;
//! the body is an object wrapping `users[]`. Known gaps: the published example writes `""`
//! for the boolean `github_com_two_factor_auth` and `""` for nullable strings, and carries
//! a singular `github_com_enterprise_role` that is not in the schema (ignored here). The
//! CSV report documents more columns than the schema; unknown keys are ignored. Whether the
//! totals repeat on every page is undocumented: callers take them from the first page.

use ghls_domain::ConsumerFields;
use serde::Deserialize;

use crate::lenient;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ConsumedLicensesPage {
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub(crate) total_seats_consumed: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    pub(crate) total_seats_purchased: Option<i64>,
    pub(crate) users: Option<Vec<User>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct User {
    #[serde(deserialize_with = "lenient::opt_string")]
    github_com_login: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    github_com_name: Option<String>,
    #[serde(deserialize_with = "lenient::string_list")]
    enterprise_server_user_ids: Vec<String>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    github_com_user: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    enterprise_server_user: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    visual_studio_subscription_user: Option<bool>,
    #[serde(deserialize_with = "lenient::opt_string")]
    license_type: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    github_com_profile: Option<String>,
    #[serde(deserialize_with = "lenient::string_list")]
    github_com_member_roles: Vec<String>,
    #[serde(deserialize_with = "lenient::string_list")]
    github_com_enterprise_roles: Vec<String>,
    #[serde(deserialize_with = "lenient::string_list")]
    github_com_verified_domain_emails: Vec<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    github_com_saml_name_id: Option<String>,
    #[serde(deserialize_with = "lenient::string_list")]
    github_com_orgs_with_pending_invites: Vec<String>,
    #[serde(deserialize_with = "lenient::opt_bool")]
    github_com_two_factor_auth: Option<bool>,
    #[serde(deserialize_with = "lenient::string_list")]
    enterprise_server_emails: Vec<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    visual_studio_license_status: Option<String>,
    #[serde(deserialize_with = "lenient::opt_string")]
    visual_studio_subscription_email: Option<String>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    total_user_accounts: Option<i64>,
}

/// Decoded users are packed at once, page by page (`LicenseConsumer::pack_all`): the owned
/// strings of a page live only until its 100 consumers are packed.
impl From<User> for ConsumerFields {
    fn from(u: User) -> Self {
        ConsumerFields {
            github_com_login: u.github_com_login,
            github_com_name: u.github_com_name,
            enterprise_server_user_ids: u.enterprise_server_user_ids,
            github_com_user: u.github_com_user,
            enterprise_server_user: u.enterprise_server_user,
            visual_studio_subscription_user: u.visual_studio_subscription_user,
            license_type: u.license_type,
            github_com_profile: u.github_com_profile,
            github_com_member_roles: u.github_com_member_roles,
            github_com_enterprise_roles: u.github_com_enterprise_roles,
            github_com_verified_domain_emails: u.github_com_verified_domain_emails,
            github_com_saml_name_id: u.github_com_saml_name_id,
            github_com_orgs_with_pending_invites: u.github_com_orgs_with_pending_invites,
            github_com_two_factor_auth: u.github_com_two_factor_auth,
            enterprise_server_emails: u.enterprise_server_emails,
            visual_studio_license_status: u.visual_studio_license_status,
            visual_studio_subscription_email: u.visual_studio_subscription_email,
            total_user_accounts: u.total_user_accounts,
        }
    }
}
