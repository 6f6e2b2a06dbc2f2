//! Ages and distances in time, in words ("3 days ago", "in 2 weeks").
//!
//! Shared by the desktop app and the CLI so both say the same thing about the same sync.

use time::Duration;

/// Describes `then` relative to `now`: "just now", "5 minutes ago", "yesterday",
/// "3 weeks ago", "in 2 days". Coarse on purpose: it answers "how fresh is this?".
pub fn describe_age(then: time::OffsetDateTime, now: time::OffsetDateTime) -> String {
    let delta = now - then;
    if delta.is_negative() {
        let ahead = -delta;
        if ahead < Duration::minutes(1) {
            return "just now".to_owned();
        }
        return format!("in {}", span(ahead));
    }
    if delta < Duration::minutes(1) {
        return "just now".to_owned();
    }
    if delta >= Duration::days(1) && delta < Duration::days(2) {
        return "yesterday".to_owned();
    }
    format!("{} ago", span(delta))
}

fn span(d: Duration) -> String {
    let (n, unit) = if d < Duration::hours(1) {
        (d.whole_minutes(), "minute")
    } else if d < Duration::days(1) {
        (d.whole_hours(), "hour")
    } else if d < Duration::days(14) {
        (d.whole_days(), "day")
    } else if d < Duration::days(60) {
        (d.whole_weeks(), "week")
    } else if d < Duration::days(365) {
        (d.whole_days() / 30, "month")
    } else {
        (d.whole_days() / 365, "year")
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: time::OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    #[test]
    fn recent_times_read_naturally() {
        assert_eq!(describe_age(NOW - Duration::seconds(20), NOW), "just now");
        assert_eq!(
            describe_age(NOW - Duration::minutes(1), NOW),
            "1 minute ago"
        );
        assert_eq!(
            describe_age(NOW - Duration::minutes(59), NOW),
            "59 minutes ago"
        );
        assert_eq!(describe_age(NOW - Duration::hours(5), NOW), "5 hours ago");
        assert_eq!(describe_age(NOW - Duration::hours(30), NOW), "yesterday");
        assert_eq!(describe_age(NOW - Duration::days(3), NOW), "3 days ago");
    }

    #[test]
    fn old_times_use_weeks_months_and_years() {
        assert_eq!(describe_age(NOW - Duration::days(35), NOW), "5 weeks ago");
        assert_eq!(describe_age(NOW - Duration::days(95), NOW), "3 months ago");
        assert_eq!(describe_age(NOW - Duration::days(800), NOW), "2 years ago");
    }

    #[test]
    fn future_times_say_in() {
        assert_eq!(describe_age(NOW + Duration::days(3), NOW), "in 3 days");
        assert_eq!(describe_age(NOW + Duration::seconds(5), NOW), "just now");
    }
}
