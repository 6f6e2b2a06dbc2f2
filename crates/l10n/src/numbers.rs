//! Numbers as each language writes them (CLDR's symbols and grouping, as `Intl.NumberFormat`
//! writes them in the UI): `300,000` / `300.000` / `300.000`, `1.5` / `1,5` / `1,5`. Spanish
//! groups only from five digits (`1234`, `12.345`), CLDR's minimum grouping digits of 2.

use crate::Lang;

struct Symbols {
    decimal: char,
    group: char,
    /// Digits the integer part needs beyond the first group before it is grouped at all.
    min_grouping: usize,
}

fn symbols(lang: Lang) -> Symbols {
    match lang {
        Lang::En => Symbols {
            decimal: '.',
            group: ',',
            min_grouping: 1,
        },
        Lang::Es => Symbols {
            decimal: ',',
            group: '.',
            min_grouping: 2,
        },
        Lang::PtBr => Symbols {
            decimal: ',',
            group: '.',
            min_grouping: 1,
        },
    }
}

/// `value` with at least `min_fraction` and at most `max_fraction` decimals (rounded half
/// away from zero), grouped for `lang`. Not finite: `∞`, `-∞`, `NaN` as `Intl` writes them.
pub fn format_number(value: f64, lang: Lang, min_fraction: usize, max_fraction: usize) -> String {
    format_with(value, lang, min_fraction, max_fraction, true)
}

/// [`format_number`], with grouping or without (Fluent's `NUMBER($n, useGrouping: "false")`:
/// ports, years).
pub(crate) fn format_with(
    value: f64,
    lang: Lang,
    min_fraction: usize,
    max_fraction: usize,
    grouping: bool,
) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    if value.is_infinite() {
        return if value < 0.0 {
            "-∞".to_owned()
        } else {
            "∞".to_owned()
        };
    }
    let max_fraction = max_fraction.clamp(min_fraction, 20);
    let plain = format!("{:.*}", max_fraction, value.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let frac = if frac.len() < min_fraction {
        format!("{frac:0<min_fraction$}")
    } else {
        frac.to_owned()
    };
    let s = symbols(lang);
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    let negative = value < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty());
    if negative {
        out.push('-');
    }
    let grouped = grouping && int.len() >= 4 + (s.min_grouping - 1);
    for (i, digit) in int.chars().enumerate() {
        if grouped && i > 0 && (int.len() - i) % 3 == 0 {
            out.push(s.group);
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push(s.decimal);
        out.push_str(&frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written by Node's `Intl.NumberFormat` (full ICU) for each language, so Rust and the UI
    /// write a number the same way.
    #[test]
    fn numbers_match_what_intl_writes_in_each_language() {
        let values = [
            0.0, 7.0, 999.0, 1234.0, 12345.0, 300000.0, 1234567.0, -4321.0, 1.5, 0.125, 1234.5678,
        ];
        let expected = [
            (Lang::En, "0 | 7 | 999 | 1,234 | 12,345 | 300,000 | 1,234,567 | -4,321 | 1.5 | 0.125 | 1,234.568"),
            (Lang::Es, "0 | 7 | 999 | 1234 | 12.345 | 300.000 | 1.234.567 | -4321 | 1,5 | 0,125 | 1234,568"),
            (Lang::PtBr, "0 | 7 | 999 | 1.234 | 12.345 | 300.000 | 1.234.567 | -4.321 | 1,5 | 0,125 | 1.234,568"),
        ];
        for (lang, want) in expected {
            let got: Vec<String> = values
                .iter()
                .map(|v| format_number(*v, lang, 0, 3))
                .collect();
            assert_eq!(got.join(" | "), want, "{lang}");
        }
    }

    #[test]
    fn fraction_digits_are_kept_as_asked() {
        assert_eq!(format_number(2.0, Lang::En, 1, 1), "2.0");
        assert_eq!(format_number(20.7, Lang::PtBr, 2, 2), "20,70");
        assert_eq!(
            format_number(-0.0001, Lang::En, 0, 2),
            "0",
            "no negative zero"
        );
    }
}
