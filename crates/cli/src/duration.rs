//! Durations as admins type them in cron lines and CI files: `7d`, `36h`, `90m`, `45s`,
//! `2w`, or combined, `1d12h`. A bare number is refused: `7` could be days or seconds.

use std::time::Duration;

const UNITS: &[(&str, u64)] = &[
    ("w", 7 * 24 * 3600),
    ("d", 24 * 3600),
    ("h", 3600),
    ("m", 60),
    ("s", 1),
];

/// Reads `text` as a duration; the error says what was expected.
pub fn parse(text: &str) -> Result<Duration, String> {
    let t = text.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Err(expected(text));
    }
    let mut seconds: u64 = 0;
    let mut rest = t.as_str();
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return Err(expected(text));
        }
        let (number, after) = rest.split_at(digits);
        let n: u64 = number.parse().map_err(|_| expected(text))?;
        let unit_len = after.len() - after.trim_start_matches(char::is_alphabetic).len();
        let (unit, after) = after.split_at(unit_len);
        let Some((_, size)) = UNITS.iter().find(|(u, _)| *u == unit) else {
            return Err(expected(text));
        };
        seconds = n
            .checked_mul(*size)
            .and_then(|s| seconds.checked_add(s))
            .ok_or_else(|| ghls_l10n::t!("cli-duration-too-long", text = text))?;
        rest = after;
    }
    Ok(Duration::from_secs(seconds))
}

fn expected(text: &str) -> String {
    ghls_l10n::t!("cli-duration-invalid", text = text)
}

/// `7d`, `1d12h`, `90s`: the duration as [`parse`] reads it.
pub fn words(d: Duration) -> String {
    let mut s = d.as_secs();
    if s == 0 {
        return "0s".to_owned();
    }
    let mut out = String::new();
    for (unit, size) in UNITS.iter().skip(1) {
        if s >= *size {
            out.push_str(&format!("{}{unit}", s / size));
            s %= size;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_hours_and_combinations_are_read() {
        assert_eq!(parse("7d"), Ok(Duration::from_secs(7 * 86_400)));
        assert_eq!(parse("36h"), Ok(Duration::from_secs(36 * 3600)));
        assert_eq!(parse(" 1d12H "), Ok(Duration::from_secs(36 * 3600)));
        assert_eq!(parse("2w"), Ok(Duration::from_secs(14 * 86_400)));
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
    }

    #[test]
    fn a_bare_number_or_an_unknown_unit_is_refused_with_examples() {
        for bad in ["7", "", "d", "3y", "1.5h", "-2h"] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains("e.g. 7d"), "{bad}: {e}");
        }
    }

    #[test]
    fn durations_are_said_the_way_they_are_typed() {
        assert_eq!(words(Duration::from_secs(7 * 86_400)), "7d");
        assert_eq!(words(Duration::from_secs(36 * 3600)), "1d12h");
        assert_eq!(words(Duration::from_secs(90)), "1m30s");
    }
}
