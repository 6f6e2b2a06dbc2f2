//! Times as GitHub writes them.
//!
//! GitHub is not consistent: license-sync-status uses ISO 8601 (`2020-01-01T00:00:00Z`),
//! while GHES `GET /enterprise/settings/license` writes `expire_at` as
//! `2016/02/06 12:41:52 -0600`. Both are accepted. A value that parses as neither is kept
//! raw, so the screen can still show what GitHub sent instead of hiding it.

use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};
use ts_rs::TS;

/// A time field from GitHub: the text as sent, and the instant when it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct GitHubTime {
    /// Exactly what GitHub sent.
    pub raw: String,
    /// The same instant as RFC 3339 in UTC, when `raw` could be read.
    #[serde(serialize_with = "serialize_opt_rfc3339")]
    #[ts(type = "string | null")]
    pub at: Option<OffsetDateTime>,
}

impl GitHubTime {
    /// Reads `raw` in any of the forms GitHub is known to use.
    pub fn parse(raw: &str) -> Self {
        Self {
            raw: raw.to_owned(),
            at: parse_github_time(raw),
        }
    }
}

/// Parses ISO 8601 / RFC 3339, the GHES license form `YYYY/MM/DD HH:MM:SS ±hhmm`, the same
/// with dashes, and a bare date (taken as midnight UTC). Returns `None` for anything else.
pub fn parse_github_time(raw: &str) -> Option<OffsetDateTime> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t.to_offset(UtcOffset::UTC));
    }
    let slashed = format_description!(
        "[year]/[month]/[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
    );
    let dashed = format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
    );
    for fmt in [slashed, dashed] {
        if let Ok(t) = OffsetDateTime::parse(s, &fmt) {
            return Some(t.to_offset(UtcOffset::UTC));
        }
    }
    let no_zone = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    if let Ok(t) = PrimitiveDateTime::parse(s, &no_zone) {
        return Some(t.assume_utc());
    }
    for fmt in [
        format_description!("[year]-[month]-[day]"),
        format_description!("[year]/[month]/[day]"),
    ] {
        if let Ok(d) = Date::parse(s, &fmt) {
            return Some(d.midnight().assume_utc());
        }
    }
    None
}

/// Formats an instant as RFC 3339 (UTC). Falls back to the unix timestamp for the
/// (unreachable in practice) case of a year outside 0..=9999.
pub fn to_rfc3339(t: OffsetDateTime) -> String {
    t.to_offset(UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

pub(crate) fn serialize_opt_rfc3339<S: serde::Serializer>(
    t: &Option<OffsetDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&to_rfc3339(*t)),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_ghes_license_example_expire_at_is_read_with_its_offset() {
        // From GitHub's published example for GET /enterprise/settings/license.
        let t = parse_github_time("2016/02/06 12:41:52 -0600").unwrap();
        assert_eq!(t, datetime!(2016-02-06 18:41:52 UTC));
    }

    /// Asserts each text is read as its instant.
    fn assert_read(cases: &[(&str, OffsetDateTime)]) {
        for (text, at) in cases {
            assert_eq!(parse_github_time(text), Some(*at), "{text}");
        }
    }

    #[test]
    fn iso_dates_from_license_sync_status_are_read() {
        assert_read(&[
            ("2020-01-01T00:00:00Z", datetime!(2020-01-01 00:00:00 UTC)),
            (
                "2020-01-01T02:00:00+02:00",
                datetime!(2020-01-01 00:00:00 UTC),
            ),
        ]);
    }

    #[test]
    fn dashed_and_date_only_forms_are_read() {
        assert_read(&[
            (
                "2026-03-01 10:00:00 +0100",
                datetime!(2026-03-01 09:00:00 UTC),
            ),
            ("2026-03-01", datetime!(2026-03-01 00:00:00 UTC)),
        ]);
    }

    #[test]
    fn unreadable_times_keep_their_raw_text() {
        let t = GitHubTime::parse("next tuesday");
        assert_eq!(t.raw, "next tuesday");
        assert_eq!(t.at, None);
        assert_eq!(parse_github_time(""), None);
    }

    #[test]
    fn times_serialise_as_rfc3339_for_the_ui() {
        let t = GitHubTime::parse("2016/02/06 12:41:52 -0600");
        let v = serde_json::to_value(&t).unwrap();
        assert_eq!(v["at"], "2016-02-06T18:41:52Z");
        assert_eq!(v["raw"], "2016/02/06 12:41:52 -0600");
    }
}
