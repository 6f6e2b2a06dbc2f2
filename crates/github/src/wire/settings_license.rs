//! GHES `GET /api/v3/enterprise/settings/license` (`enterprise-admin/get-license-information`).
//!
//! Docs: <https://docs.github.com/enterprise-server@3.22/rest/enterprise-admin/licensing#get-license-information>,
//! API version 2022-11-28. Known gaps: `seats` and `seats_available` are `string | integer`
//! (the string's meaning is undocumented); `expire_at` is `YYYY/MM/DD HH:MM:SS ±zzzz`, not
//! ISO 8601. Nothing is required.

use ghls_domain::{GitHubTime, SeatCount, ServerLicense};
use serde::Deserialize;

use crate::lenient;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct LicenseInformation {
    #[serde(deserialize_with = "lenient::opt_seats")]
    seats: Option<SeatCount>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    seats_used: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_seats")]
    seats_available: Option<SeatCount>,
    #[serde(deserialize_with = "lenient::opt_string")]
    kind: Option<String>,
    #[serde(deserialize_with = "lenient::opt_i64")]
    days_until_expiration: Option<i64>,
    #[serde(deserialize_with = "lenient::opt_string")]
    expire_at: Option<String>,
}

impl From<LicenseInformation> for ServerLicense {
    fn from(w: LicenseInformation) -> Self {
        Self {
            seats: w.seats,
            seats_used: w.seats_used,
            seats_available: w.seats_available,
            kind: w.kind,
            days_until_expiration: w.days_until_expiration,
            expire_at: w.expire_at.as_deref().map(GitHubTime::parse),
        }
    }
}
