//! A GitHub Enterprise Server license, as `GET /api/v3/enterprise/settings/license` reports
//! it, and what the License screen says about it.
//!
//! GitHub's schema types `seats` and `seats_available` as `string | integer`; the string is
//! presumably a word such as "unlimited" for unlimited-seat licenses (an inference from the
//! `oneOf`, see github-api.md §1.5), and numbers sometimes arrive as strings. [`SeatCount`]
//! keeps all three readings apart instead of guessing.

use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use crate::expiry::GitHubTime;

/// Days before expiry from which the License screen warns (product.md: "warn under 30 days").
pub const EXPIRY_WARNING_DAYS: i64 = 30;

/// A seat figure: a number, unlimited, or a word GitHub sent that we do not know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum SeatCount {
    Count(#[ts(type = "number")] i64),
    Unlimited,
    /// Text GitHub sent that is neither a number nor "unlimited", kept verbatim.
    Other(String),
}

impl SeatCount {
    /// Reads a seat figure sent as text: `"1400"`, `"unlimited"`, or anything else.
    pub fn from_text(text: &str) -> Self {
        let t = text.trim();
        if let Ok(n) = t.parse::<i64>() {
            return Self::Count(n);
        }
        if t.eq_ignore_ascii_case("unlimited") || t.eq_ignore_ascii_case("unlimited seats") {
            return Self::Unlimited;
        }
        Self::Other(t.to_owned())
    }

    /// The number, when there is one.
    pub fn count(&self) -> Option<i64> {
        match self {
            Self::Count(n) => Some(*n),
            _ => None,
        }
    }
}

/// The license as decoded from GitHub. Every field is optional, as in GitHub's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerLicense {
    pub seats: Option<SeatCount>,
    pub seats_used: Option<i64>,
    pub seats_available: Option<SeatCount>,
    pub kind: Option<String>,
    pub days_until_expiration: Option<i64>,
    pub expire_at: Option<GitHubTime>,
}

/// How close the license is to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExpiryState {
    Ok,
    /// Fewer than [`EXPIRY_WARNING_DAYS`] days left.
    Soon,
    Expired,
    /// Neither a day count nor a readable date was sent.
    Unknown,
}

/// The expiry as the screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ExpiryView {
    pub date: Option<GitHubTime>,
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub state: ExpiryState,
}

/// The license as the License screen shows it: figures completed where GitHub left them
/// out, and the expiry judged against `now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ServerLicenseView {
    pub seats: Option<SeatCount>,
    #[ts(type = "number | null")]
    pub seats_used: Option<i64>,
    pub seats_available: Option<SeatCount>,
    pub kind: Option<String>,
    pub expiry: ExpiryView,
}

impl ServerLicenseView {
    /// Judges `license` at `now`.
    pub fn new(license: &ServerLicense, now: OffsetDateTime) -> Self {
        let seats_available = license.seats_available.clone().or_else(|| {
            match (&license.seats, license.seats_used) {
                (Some(SeatCount::Unlimited), _) => Some(SeatCount::Unlimited),
                (Some(SeatCount::Count(total)), Some(used)) => Some(SeatCount::Count(total - used)),
                _ => None,
            }
        });
        Self {
            seats: license.seats.clone(),
            seats_used: license.seats_used,
            seats_available,
            kind: license.kind.clone(),
            expiry: expiry_view(license, now),
        }
    }
}

fn expiry_view(license: &ServerLicense, now: OffsetDateTime) -> ExpiryView {
    // GitHub's own day count wins: it is computed by the appliance on its clock. The date
    // is the fallback when the count is missing.
    let days_left = license.days_until_expiration.or_else(|| {
        license
            .expire_at
            .as_ref()
            .and_then(|t| t.at)
            .map(|at| (at - now).whole_days())
    });
    let expired_by_date = license
        .expire_at
        .as_ref()
        .and_then(|t| t.at)
        .is_some_and(|at| at <= now);
    let state = match days_left {
        Some(d) if d < 0 => ExpiryState::Expired,
        Some(0) if expired_by_date => ExpiryState::Expired,
        Some(d) if d < EXPIRY_WARNING_DAYS => ExpiryState::Soon,
        Some(_) => ExpiryState::Ok,
        None => ExpiryState::Unknown,
    };
    ExpiryView {
        date: license.expire_at.clone(),
        days_left,
        state,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;
    use time::Duration;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    fn license(days: Option<i64>, expire_at: Option<&str>) -> ServerLicense {
        ServerLicense {
            seats: Some(SeatCount::Count(1400)),
            seats_used: Some(1316),
            seats_available: Some(SeatCount::Count(84)),
            kind: Some("standard".into()),
            days_until_expiration: days,
            expire_at: expire_at.map(GitHubTime::parse),
        }
    }

    #[test]
    fn seat_text_is_read_as_number_unlimited_or_kept() {
        assert_eq!(SeatCount::from_text("1400"), SeatCount::Count(1400));
        assert_eq!(SeatCount::from_text(" unlimited "), SeatCount::Unlimited);
        assert_eq!(SeatCount::from_text("Unlimited"), SeatCount::Unlimited);
        assert_eq!(
            SeatCount::from_text("lots"),
            SeatCount::Other("lots".to_owned())
        );
    }

    #[test]
    fn github_day_count_decides_the_expiry_state() {
        assert_eq!(
            ServerLicenseView::new(&license(Some(365), None), NOW)
                .expiry
                .state,
            ExpiryState::Ok
        );
        assert_eq!(
            ServerLicenseView::new(&license(Some(29), None), NOW)
                .expiry
                .state,
            ExpiryState::Soon
        );
        assert_eq!(
            ServerLicenseView::new(&license(Some(-1), None), NOW)
                .expiry
                .state,
            ExpiryState::Expired
        );
        assert_eq!(
            ServerLicenseView::new(&license(None, None), NOW)
                .expiry
                .state,
            ExpiryState::Unknown
        );
    }

    #[test]
    fn days_left_fall_back_to_the_expiry_date() {
        let at = NOW + Duration::days(12) + Duration::hours(1);
        let raw = at
            .to_offset(time::macros::offset!(-6))
            .format(time::macros::format_description!(
                "[year]/[month]/[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
            ))
            .unwrap();
        let view = ServerLicenseView::new(&license(None, Some(&raw)), NOW);
        assert_eq!(view.expiry.days_left, Some(12));
        assert_eq!(view.expiry.state, ExpiryState::Soon);
    }

    #[test]
    fn missing_available_seats_are_computed_or_stay_unlimited() {
        let mut l = license(Some(100), None);
        l.seats_available = None;
        assert_eq!(
            ServerLicenseView::new(&l, NOW).seats_available,
            Some(SeatCount::Count(84))
        );
        l.seats = Some(SeatCount::Unlimited);
        assert_eq!(
            ServerLicenseView::new(&l, NOW).seats_available,
            Some(SeatCount::Unlimited)
        );
    }

    #[test]
    fn seat_counts_serialise_as_tagged_values() {
        let v = serde_json::to_value(SeatCount::Count(84)).unwrap();
        assert_eq!(v, serde_json::json!({"kind": "count", "value": 84}));
        let v = serde_json::to_value(SeatCount::Unlimited).unwrap();
        assert_eq!(v, serde_json::json!({"kind": "unlimited"}));
    }
}
