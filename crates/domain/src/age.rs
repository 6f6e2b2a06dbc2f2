//! Ages and distances in time, in words ("3 days ago", "in 2 weeks").
//!
//! Shared by the desktop app and the CLI so both say the same thing about the same sync.

use ghls_l10n::{msg, Message};
use time::Duration;

/// Describes `then` relative to `now` in the process's language: "just now", "5 minutes
/// ago", "yesterday", "3 weeks ago", "in 2 days". Coarse on purpose: it answers "how fresh
/// is this?".
pub fn describe_age(then: time::OffsetDateTime, now: time::OffsetDateTime) -> String {
    age_message(then, now).text()
}

/// [`describe_age`] as a message of `locales/*/usage-file-rules.ftl`, for any language.
pub fn age_message(then: time::OffsetDateTime, now: time::OffsetDateTime) -> Message {
    let delta = now - then;
    if delta.is_negative() {
        let ahead = -delta;
        if ahead < Duration::minutes(1) {
            return msg!("usage-rule-age-just-now");
        }
        return msg!("usage-rule-age-in", span = span(ahead));
    }
    if delta < Duration::minutes(1) {
        return msg!("usage-rule-age-just-now");
    }
    if delta >= Duration::days(1) && delta < Duration::days(2) {
        return msg!("usage-rule-age-yesterday");
    }
    msg!("usage-rule-age-ago", span = span(delta))
}

fn span(d: Duration) -> Message {
    if d < Duration::hours(1) {
        msg!("usage-rule-span-minutes", n = d.whole_minutes())
    } else if d < Duration::days(1) {
        msg!("usage-rule-span-hours", n = d.whole_hours())
    } else if d < Duration::days(14) {
        msg!("usage-rule-span-days", n = d.whole_days())
    } else if d < Duration::days(60) {
        msg!("usage-rule-span-weeks", n = d.whole_weeks())
    } else if d < Duration::days(365) {
        msg!("usage-rule-span-months", n = d.whole_days() / 30)
    } else {
        msg!("usage-rule-span-years", n = d.whole_days() / 365)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ghls_l10n::Lang;
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
    fn ages_read_in_spanish_and_portuguese() {
        let age = |d: Duration, lang| age_message(NOW - d, NOW).in_lang(lang);
        assert_eq!(age(Duration::days(3), Lang::Es), "hace 3 días");
        assert_eq!(age(Duration::days(3), Lang::PtBr), "há 3 dias");
        assert_eq!(age(Duration::minutes(1), Lang::Es), "hace 1 minuto");
        assert_eq!(age(Duration::hours(30), Lang::Es), "ayer");
        assert_eq!(age(Duration::days(400), Lang::PtBr), "há 1 ano");
        assert_eq!(age(Duration::seconds(5), Lang::PtBr), "agora mesmo");
        assert_eq!(age(-Duration::days(14), Lang::PtBr), "em 2 semanas");
        assert_eq!(age(-Duration::days(14), Lang::Es), "dentro de 2 semanas");
    }

    #[test]
    fn future_times_say_in() {
        assert_eq!(describe_age(NOW + Duration::days(3), NOW), "in 3 days");
        assert_eq!(describe_age(NOW + Duration::seconds(5), NOW), "just now");
    }
}
