//! Dates as each language writes them (CLDR's medium style, as `Intl.DateTimeFormat` writes
//! it in the UI): `Dec 7, 2026` / `7 dic 2026` / `7 de dez. de 2026`. The time is shown in the
//! offset the value carries; the caller picks it (the CLI shows UTC and says so).

use time::OffsetDateTime;

use crate::Lang;

const MONTHS: [[&str; 12]; 3] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    [
        "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
        "dez.",
    ],
];

const WEEKDAYS: [[&str; 7]; 3] = [
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
];

fn row(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Es => 1,
        Lang::PtBr => 2,
    }
}

/// `Dec 7, 2026`, `7 dic 2026`, `7 de dez. de 2026`.
pub fn format_date(at: OffsetDateTime, lang: Lang) -> String {
    let month = MONTHS[row(lang)][usize::from(u8::from(at.month())) - 1];
    let (day, year) = (at.day(), at.year());
    match lang {
        Lang::En => format!("{month} {day}, {year}"),
        Lang::Es => format!("{day} {month} {year}"),
        Lang::PtBr => format!("{day} de {month} de {year}"),
    }
}

fn clock(at: OffsetDateTime, lang: Lang) -> String {
    let (h, m) = (at.hour(), at.minute());
    match lang {
        Lang::En => {
            let h12 = match h % 12 {
                0 => 12,
                other => other,
            };
            format!("{h12}:{m:02} {}", if h < 12 { "AM" } else { "PM" })
        }
        Lang::Es => format!("{h}:{m:02}"),
        Lang::PtBr => format!("{h:02}:{m:02}"),
    }
}

/// `Dec 7, 2026, 9:14 AM`, `7 dic 2026, 9:14`, `7 de dez. de 2026, 09:14`.
pub fn format_date_time(at: OffsetDateTime, lang: Lang) -> String {
    format!("{}, {}", format_date(at, lang), clock(at, lang))
}

/// A moment in UTC, saying so: `2026-11-13 09:00 UTC` in English (as the CLI and logs
/// write it), `13 nov 2026, 9:00 UTC`, `13 de nov. de 2026, 09:00 UTC`. What the services'
/// sentences say of GitHub's times (a sync, an upload), read by people in any time zone.
pub fn format_moment(at: OffsetDateTime, lang: Lang) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    match lang {
        Lang::En => format!("{} {:02}:{:02} UTC", at.date(), at.hour(), at.minute()),
        Lang::Es | Lang::PtBr => format!("{} UTC", format_date_time(at, lang)),
    }
}

/// A day as [`format_moment`] writes its date: `2027-06-25` in English, `25 jun 2027`,
/// `25 de jun. de 2027` (the CLI's tables).
pub fn format_day(at: OffsetDateTime, lang: Lang) -> String {
    match lang {
        Lang::En => at.date().to_string(),
        Lang::Es | Lang::PtBr => format_date(at, lang),
    }
}

/// `Monday 9:14 AM`, `lunes 9:14`, `segunda-feira 09:14`: a time in the last week, when the
/// weekday says which day.
pub fn format_weekday_time(at: OffsetDateTime, lang: Lang) -> String {
    let weekday = WEEKDAYS[row(lang)][usize::from(at.weekday().number_days_from_monday())];
    format!("{weekday} {}", clock(at, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// The medium dates Node's `Intl.DateTimeFormat` (full ICU) writes for the 7th of every
    /// month of 2026, in UTC.
    #[test]
    fn dates_match_what_intl_writes_in_each_language() {
        let es = [
            "7 ene 2026",
            "7 feb 2026",
            "7 mar 2026",
            "7 abr 2026",
            "7 may 2026",
            "7 jun 2026",
            "7 jul 2026",
            "7 ago 2026",
            "7 sept 2026",
            "7 oct 2026",
            "7 nov 2026",
            "7 dic 2026",
        ];
        let pt = [
            "7 de jan. de 2026",
            "7 de fev. de 2026",
            "7 de mar. de 2026",
            "7 de abr. de 2026",
            "7 de mai. de 2026",
            "7 de jun. de 2026",
            "7 de jul. de 2026",
            "7 de ago. de 2026",
            "7 de set. de 2026",
            "7 de out. de 2026",
            "7 de nov. de 2026",
            "7 de dez. de 2026",
        ];
        for m in 1..=12u8 {
            let month = time::Month::try_from(m).unwrap_or(time::Month::January);
            let at = datetime!(2026-01-07 09:14 UTC)
                .replace_month(month)
                .unwrap_or(datetime!(2026-01-07 09:14 UTC));
            assert_eq!(format_date(at, Lang::Es), es[usize::from(m) - 1]);
            assert_eq!(format_date(at, Lang::PtBr), pt[usize::from(m) - 1]);
        }
        let at = datetime!(2026-12-07 09:14 UTC);
        assert_eq!(format_date_time(at, Lang::En), "Dec 7, 2026, 9:14 AM");
        assert_eq!(format_date_time(at, Lang::Es), "7 dic 2026, 9:14");
        assert_eq!(format_date_time(at, Lang::PtBr), "7 de dez. de 2026, 09:14");
        assert_eq!(format_weekday_time(at, Lang::PtBr), "segunda-feira 09:14");
        assert_eq!(
            format_weekday_time(datetime!(2026-12-13 00:05 UTC), Lang::En),
            "Sunday 12:05 AM"
        );
    }
}
