//! License consumers of a GHEC enterprise (`GET /enterprises/{e}/consumed-licenses`) and the
//! seat split the License screen charts: cloud only, server only, both, Visual Studio.
//!
//! The decoded values are already normalised by the client: GitHub writes `""` where it
//! means "none" (see the server-only user in its published example), and those arrive here
//! as `None`.

use std::fmt;

use serde::ser::{SerializeStruct, Serializer};
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

pub mod changes;
mod packed;

pub use packed::Strs;
use packed::{slot, Packer, Texts, Value, BLOCK};

/// All consumers of an enterprise and its seat totals (taken from the first page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsumedLicenses {
    #[ts(type = "number | null")]
    pub total_seats_consumed: Option<i64>,
    #[ts(type = "number | null")]
    pub total_seats_purchased: Option<i64>,
    #[ts(as = "Vec<ConsumerFields>")]
    pub users: Vec<LicenseConsumer>,
}

/// One license consumer, with GitHub's field names: a person as GitHub counts them,
/// possibly with several accounts. In Rust this is the owned form a page decodes to and
/// tests write; the app holds each consumer packed, as a `LicenseConsumer`, which
/// serialises alike.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "LicenseConsumer")]
pub struct ConsumerFields {
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

/// One license consumer: a person as GitHub counts them, possibly with several accounts.
///
/// Held compactly (see `packed.rs`): the text values are read through methods named after
/// GitHub's fields, which borrow; an empty text reads as `None`, as the client decodes
/// GitHub's `""`. Build one from [`ConsumerFields`].
#[derive(Clone, Default, PartialEq, Eq)]
pub struct LicenseConsumer {
    /// The values, and the four optional booleans, two bits each (see [`Flag`]).
    texts: Texts,
}

/// The optional booleans' places in a consumer's flags.
#[derive(Clone, Copy)]
enum Flag {
    GithubComUser = 0,
    EnterpriseServerUser = 1,
    VisualStudioSubscriptionUser = 2,
    TwoFactorAuth = 3,
}

fn flag_bits(flag: Flag, value: Option<bool>) -> u8 {
    let bits = match value {
        None => 0,
        Some(false) => 0b01,
        Some(true) => 0b11,
    };
    bits << (2 * flag as u8)
}

impl From<ConsumerFields> for LicenseConsumer {
    fn from(f: ConsumerFields) -> Self {
        Self::from(&f)
    }
}

impl From<&ConsumerFields> for LicenseConsumer {
    fn from(f: &ConsumerFields) -> Self {
        let (values, accounts, flags) = unpacked(f);
        Self {
            texts: Texts::pack(values, accounts, flags),
        }
    }
}

/// A consumer's values in packing order, its `total_user_accounts` and its flags.
fn unpacked(f: &ConsumerFields) -> ([Value<'_>; 13], Option<i64>, u8) {
    let values = [
        Value::Scalar(f.github_com_login.as_deref()),
        Value::Scalar(f.github_com_name.as_deref()),
        Value::List(&f.enterprise_server_user_ids),
        Value::Scalar(f.license_type.as_deref()),
        Value::Scalar(f.github_com_profile.as_deref()),
        Value::List(&f.github_com_member_roles),
        Value::List(&f.github_com_enterprise_roles),
        Value::List(&f.github_com_verified_domain_emails),
        Value::Scalar(f.github_com_saml_name_id.as_deref()),
        Value::List(&f.github_com_orgs_with_pending_invites),
        Value::List(&f.enterprise_server_emails),
        Value::Scalar(f.visual_studio_license_status.as_deref()),
        Value::Scalar(f.visual_studio_subscription_email.as_deref()),
    ];
    let flags = flag_bits(Flag::GithubComUser, f.github_com_user)
        | flag_bits(Flag::EnterpriseServerUser, f.enterprise_server_user)
        | flag_bits(
            Flag::VisualStudioSubscriptionUser,
            f.visual_studio_subscription_user,
        )
        | flag_bits(Flag::TwoFactorAuth, f.github_com_two_factor_auth);
    (values, f.total_user_accounts, flags)
}

impl LicenseConsumer {
    /// Packs many consumers, those of a page (up to 128) sharing one block of memory: what
    /// the client does with each page it decodes. Their order is kept.
    pub fn pack_all(fields: impl IntoIterator<Item = ConsumerFields>) -> Vec<LicenseConsumer> {
        let fields = fields.into_iter();
        let mut out = Vec::with_capacity(fields.size_hint().0);
        let mut packer = Packer::default();
        for f in fields {
            let (values, accounts, flags) = unpacked(&f);
            packer.push(values, accounts, flags);
            if packer.len() == BLOCK {
                out.extend(packer.finish().map(|texts| LicenseConsumer { texts }));
            }
        }
        out.extend(packer.finish().map(|texts| LicenseConsumer { texts }));
        out
    }
}

impl LicenseConsumer {
    fn flag(&self, flag: Flag) -> Option<bool> {
        match (self.texts.flags >> (2 * flag as u8)) & 0b11 {
            0b01 => Some(false),
            0b11 => Some(true),
            _ => None,
        }
    }

    pub fn github_com_login(&self) -> Option<&str> {
        self.texts.scalar(slot::LOGIN)
    }
    pub fn github_com_name(&self) -> Option<&str> {
        self.texts.scalar(slot::NAME)
    }
    pub fn enterprise_server_user_ids(&self) -> Strs<'_> {
        self.texts.list(slot::SERVER_USER_IDS)
    }
    pub fn github_com_user(&self) -> Option<bool> {
        self.flag(Flag::GithubComUser)
    }
    pub fn enterprise_server_user(&self) -> Option<bool> {
        self.flag(Flag::EnterpriseServerUser)
    }
    pub fn visual_studio_subscription_user(&self) -> Option<bool> {
        self.flag(Flag::VisualStudioSubscriptionUser)
    }
    pub fn license_type(&self) -> Option<&str> {
        self.texts.scalar(slot::LICENSE_TYPE)
    }
    pub fn github_com_profile(&self) -> Option<&str> {
        self.texts.scalar(slot::PROFILE)
    }
    pub fn github_com_member_roles(&self) -> Strs<'_> {
        self.texts.list(slot::MEMBER_ROLES)
    }
    pub fn github_com_enterprise_roles(&self) -> Strs<'_> {
        self.texts.list(slot::ENTERPRISE_ROLES)
    }
    pub fn github_com_verified_domain_emails(&self) -> Strs<'_> {
        self.texts.list(slot::VERIFIED_DOMAIN_EMAILS)
    }
    pub fn github_com_saml_name_id(&self) -> Option<&str> {
        self.texts.scalar(slot::SAML_NAME_ID)
    }
    pub fn github_com_orgs_with_pending_invites(&self) -> Strs<'_> {
        self.texts.list(slot::ORGS_WITH_PENDING_INVITES)
    }
    pub fn github_com_two_factor_auth(&self) -> Option<bool> {
        self.flag(Flag::TwoFactorAuth)
    }
    pub fn enterprise_server_emails(&self) -> Strs<'_> {
        self.texts.list(slot::SERVER_EMAILS)
    }
    pub fn visual_studio_license_status(&self) -> Option<&str> {
        self.texts.scalar(slot::VS_LICENSE_STATUS)
    }
    pub fn visual_studio_subscription_email(&self) -> Option<&str> {
        self.texts.scalar(slot::VS_EMAIL)
    }
    pub fn total_user_accounts(&self) -> Option<i64> {
        self.texts.accounts()
    }

    /// The fields, owned (for tests, and code that changes a consumer).
    pub fn fields(&self) -> ConsumerFields {
        let own = |s: Option<&str>| s.map(str::to_owned);
        ConsumerFields {
            github_com_login: own(self.github_com_login()),
            github_com_name: own(self.github_com_name()),
            enterprise_server_user_ids: self.enterprise_server_user_ids().to_vec(),
            github_com_user: self.github_com_user(),
            enterprise_server_user: self.enterprise_server_user(),
            visual_studio_subscription_user: self.visual_studio_subscription_user(),
            license_type: own(self.license_type()),
            github_com_profile: own(self.github_com_profile()),
            github_com_member_roles: self.github_com_member_roles().to_vec(),
            github_com_enterprise_roles: self.github_com_enterprise_roles().to_vec(),
            github_com_verified_domain_emails: self.github_com_verified_domain_emails().to_vec(),
            github_com_saml_name_id: own(self.github_com_saml_name_id()),
            github_com_orgs_with_pending_invites: self
                .github_com_orgs_with_pending_invites()
                .to_vec(),
            github_com_two_factor_auth: self.github_com_two_factor_auth(),
            enterprise_server_emails: self.enterprise_server_emails().to_vec(),
            visual_studio_license_status: own(self.visual_studio_license_status()),
            visual_studio_subscription_email: own(self.visual_studio_subscription_email()),
            total_user_accounts: self.total_user_accounts(),
        }
    }

    /// Bytes this consumer holds on the heap and inline (the memory test's measure).
    #[cfg(test)]
    fn size_bytes(&self) -> usize {
        std::mem::size_of::<Self>() + self.texts.heap_bytes()
    }
}

impl fmt::Debug for LicenseConsumer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fields().fmt(f)
    }
}

/// Serialises exactly as [`ConsumerFields`] does (the CLI's JSON), without copying.
impl Serialize for LicenseConsumer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s =
            serializer.serialize_struct("LicenseConsumer", CONSUMED_LICENSE_FIELDS.len())?;
        s.serialize_field("github_com_login", &self.github_com_login())?;
        s.serialize_field("github_com_name", &self.github_com_name())?;
        s.serialize_field(
            "enterprise_server_user_ids",
            &List(self.enterprise_server_user_ids()),
        )?;
        s.serialize_field("github_com_user", &self.github_com_user())?;
        s.serialize_field("enterprise_server_user", &self.enterprise_server_user())?;
        s.serialize_field(
            "visual_studio_subscription_user",
            &self.visual_studio_subscription_user(),
        )?;
        s.serialize_field("license_type", &self.license_type())?;
        s.serialize_field("github_com_profile", &self.github_com_profile())?;
        s.serialize_field(
            "github_com_member_roles",
            &List(self.github_com_member_roles()),
        )?;
        s.serialize_field(
            "github_com_enterprise_roles",
            &List(self.github_com_enterprise_roles()),
        )?;
        s.serialize_field(
            "github_com_verified_domain_emails",
            &List(self.github_com_verified_domain_emails()),
        )?;
        s.serialize_field("github_com_saml_name_id", &self.github_com_saml_name_id())?;
        s.serialize_field(
            "github_com_orgs_with_pending_invites",
            &List(self.github_com_orgs_with_pending_invites()),
        )?;
        s.serialize_field(
            "github_com_two_factor_auth",
            &self.github_com_two_factor_auth(),
        )?;
        s.serialize_field(
            "enterprise_server_emails",
            &List(self.enterprise_server_emails()),
        )?;
        s.serialize_field(
            "visual_studio_license_status",
            &self.visual_studio_license_status(),
        )?;
        s.serialize_field(
            "visual_studio_subscription_email",
            &self.visual_studio_subscription_email(),
        )?;
        s.serialize_field("total_user_accounts", &self.total_user_accounts())?;
        s.end()
    }
}

struct List<'a>(Strs<'a>);

impl Serialize for List<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0)
    }
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
        self.github_com_user()
            .unwrap_or_else(|| self.github_com_login().is_some())
    }

    /// True when the consumer has at least one GitHub Enterprise Server account.
    pub fn has_server_account(&self) -> bool {
        self.enterprise_server_user().unwrap_or(false)
            || !self.enterprise_server_user_ids().is_empty()
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
        self.visual_studio_subscription_user().unwrap_or(false)
            || self
                .license_type()
                .is_some_and(|t| contains_ignoring_ascii_case(t, "visual studio"))
    }
}

/// `needle` in `text`, ASCII case ignored, without a lower-cased copy (this runs once per
/// consumer of every load).
fn contains_ignoring_ascii_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
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

    fn cloud(login: &str) -> ConsumerFields {
        ConsumerFields {
            github_com_login: Some(login.into()),
            github_com_user: Some(true),
            enterprise_server_user: Some(false),
            ..Default::default()
        }
    }

    fn held(f: ConsumerFields) -> LicenseConsumer {
        LicenseConsumer::from(f)
    }

    #[test]
    fn consumers_are_classified_by_where_their_accounts_are() {
        let c = held(cloud("mona"));
        assert_eq!(c.kind(), ConsumerKind::CloudOnly);
        let mut both = cloud("mona");
        both.enterprise_server_user = Some(true);
        both.enterprise_server_user_ids = vec!["ghes.example:12".into()];
        assert_eq!(held(both).kind(), ConsumerKind::Both);
        let server = held(ConsumerFields {
            github_com_user: Some(false),
            enterprise_server_user: Some(true),
            enterprise_server_user_ids: vec!["example_host_name:123".into()],
            ..Default::default()
        });
        assert_eq!(server.kind(), ConsumerKind::ServerOnly);
        assert_eq!(LicenseConsumer::default().kind(), ConsumerKind::Unknown);
    }

    #[test]
    fn a_null_server_flag_with_server_ids_still_counts_as_a_server_account() {
        let mut c = cloud("mona");
        c.enterprise_server_user = None;
        c.enterprise_server_user_ids = vec!["h:1".into()];
        assert_eq!(held(c).kind(), ConsumerKind::Both);
    }

    #[test]
    fn visual_studio_subscribers_are_their_own_bucket() {
        let mut vs = cloud("vs");
        vs.license_type = Some("GitHub Enterprise + VISUAL STUDIO subscription".into());
        let mut flagged = cloud("vs2");
        flagged.visual_studio_subscription_user = Some(true);
        let split = SeatSplit::of(&[held(cloud("a")), held(vs), held(flagged)]);
        assert_eq!(split.visual_studio, 2);
        assert_eq!(split.cloud_only, 1);
        assert_eq!(split.total(), 3);
    }

    fn full() -> ConsumerFields {
        ConsumerFields {
            github_com_login: Some("mona".into()),
            github_com_name: Some("Mona Lisa Octocat".into()),
            enterprise_server_user_ids: vec!["ghes.example:12".into(), "other:7".into()],
            github_com_user: Some(true),
            enterprise_server_user: Some(false),
            visual_studio_subscription_user: None,
            license_type: Some("Enterprise".into()),
            github_com_profile: Some("https://github.com/mona".into()),
            github_com_member_roles: vec!["octo-org:Owner".into()],
            github_com_enterprise_roles: vec!["Owners".into()],
            github_com_verified_domain_emails: vec!["mona@acme.example".into()],
            github_com_saml_name_id: Some("mona@acme.example".into()),
            github_com_orgs_with_pending_invites: vec![],
            github_com_two_factor_auth: Some(true),
            enterprise_server_emails: vec!["mona@acme.example".into(), "m@old.example".into()],
            visual_studio_license_status: None,
            visual_studio_subscription_email: None,
            total_user_accounts: Some(3),
        }
    }

    #[test]
    fn a_held_consumer_gives_back_every_field_it_was_built_from() {
        let fields = full();
        let c = held(fields.clone());
        assert_eq!(c.fields(), fields);
        assert_eq!(c.github_com_two_factor_auth(), Some(true));
        assert_eq!(c.enterprise_server_user(), Some(false));
        assert_eq!(c.visual_studio_subscription_user(), None);
        assert_eq!(c.enterprise_server_emails().get(1), Some("m@old.example"));
    }

    #[test]
    fn a_held_consumer_serialises_exactly_as_its_fields_do() {
        let fields = full();
        assert_eq!(
            serde_json::to_value(held(fields.clone())).unwrap(),
            serde_json::to_value(&fields).unwrap()
        );
        let keys: Vec<String> = serde_json::to_value(held(fields))
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        let mut expected: Vec<String> = CONSUMED_LICENSE_FIELDS
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        expected.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, expected);
    }

    #[test]
    fn a_held_consumer_takes_under_half_the_memory_of_its_fields() {
        // Inline, a pointer to its page's block, its place there and its flags.
        assert_eq!(std::mem::size_of::<LicenseConsumer>(), 16);
        let fields = full();
        let strings = |v: &Vec<String>| {
            v.capacity() * std::mem::size_of::<String>()
                + v.iter().map(String::capacity).sum::<usize>()
        };
        let owned = std::mem::size_of::<ConsumerFields>()
            + [
                &fields.github_com_login,
                &fields.github_com_name,
                &fields.license_type,
                &fields.github_com_profile,
                &fields.github_com_saml_name_id,
            ]
            .iter()
            .map(|s| s.as_ref().map_or(0, String::capacity))
            .sum::<usize>()
            + [
                &fields.enterprise_server_user_ids,
                &fields.github_com_member_roles,
                &fields.github_com_enterprise_roles,
                &fields.github_com_verified_domain_emails,
                &fields.enterprise_server_emails,
            ]
            .iter()
            .map(|v| strings(v))
            .sum::<usize>();
        let c = held(fields);
        assert!(
            c.size_bytes() * 2 < owned,
            "held {} bytes, owned {owned}",
            c.size_bytes()
        );
    }
}
