//! Lenient decoders for GitHub's JSON (house style §4: lenient in, strict out).
//!
//! GitHub's own examples break its schemas: `""` where a boolean belongs, `""` where a
//! string is nullable, numbers that may be strings. Each decoder here accepts every such
//! spelling it can read without guessing, maps "nothing" (`null`, `""`) to `None`, and
//! still fails, with the JSON path named by `serde_path_to_error`, on a value of the wrong
//! shape (an object where a number belongs).

use std::fmt;

use ghls_domain::SeatCount;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

/// A visitor's `null`, absent and `Some` cases: "nothing" is `$nothing`, and a present
/// value is read again by the same visitor.
macro_rules! nothing_is {
    ($de:lifetime, $nothing:expr) => {
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($nothing)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($nothing)
        }
        fn visit_some<D: Deserializer<$de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    };
}

/// `bool | "" | "true" | "false" | 0 | 1 | null` → `Option<bool>`. Unknown words → `None`.
pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<bool>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a boolean, \"\", or null")
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(match v.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Some(true),
                "false" | "0" | "no" => Some(false),
                _ => None,
            })
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(match v {
                0 => Some(false),
                1 => Some(true),
                _ => None,
            })
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            self.visit_u64(u64::try_from(v).unwrap_or(u64::MAX))
        }
        nothing_is!('de, None);
    }
    d.deserialize_any(V)
}

/// An integer, a numeric string, `""` or `null` → `Option<i64>`. Other text is an error.
pub fn opt_i64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an integer, a numeric string, or null")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            i64::try_from(v)
                .map(Some)
                .map_err(|_| E::custom(format!("{v} is too large")))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            if v.fract() == 0.0 && v.abs() < 9.0e15 {
                #[allow(clippy::cast_possible_truncation)]
                Ok(Some(v as i64))
            } else {
                Err(E::custom(format!("{v} is not a whole number")))
            }
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            let t = v.trim();
            if t.is_empty() {
                return Ok(None);
            }
            t.parse::<i64>()
                .map(Some)
                .map_err(|_| E::custom(format!("\"{t}\" is not a number")))
        }
        nothing_is!('de, None);
    }
    d.deserialize_any(V)
}

/// A string (`""` → `None`), `null`, or a number/boolean written as text → `Option<String>`.
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok((!v.is_empty()).then(|| v.to_owned()))
        }
        fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok((!v.is_empty()).then_some(v))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        nothing_is!('de, None);
    }
    d.deserialize_any(V)
}

/// An array of strings (empty and null items dropped), `null` (→ empty), or a single string
/// where an array was expected (→ one item).
pub fn string_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an array of strings")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
            while let Some(item) = seq.next_element::<Item>()? {
                if let Some(s) = item.0 {
                    out.push(s);
                }
            }
            Ok(out)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(if v.is_empty() {
                Vec::new()
            } else {
                vec![v.to_owned()]
            })
        }
        nothing_is!('de, Vec::new());
    }
    struct Item(Option<String>);
    impl<'de> serde::Deserialize<'de> for Item {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            opt_string(d).map(Item)
        }
    }
    d.deserialize_any(V)
}

/// A seat figure: an integer, or text (`"1400"`, `"unlimited"`, anything else kept).
pub fn opt_seats<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SeatCount>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<SeatCount>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an integer or a string")
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(SeatCount::Count(v)))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            i64::try_from(v)
                .map(|n| Some(SeatCount::Count(n)))
                .map_err(|_| E::custom(format!("{v} is too large")))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok((!v.trim().is_empty()).then(|| SeatCount::from_text(v)))
        }
        nothing_is!('de, None);
    }
    d.deserialize_any(V)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    struct T {
        #[serde(default, deserialize_with = "opt_bool")]
        b: Option<bool>,
        #[serde(default, deserialize_with = "opt_i64")]
        n: Option<i64>,
        #[serde(default, deserialize_with = "opt_string")]
        s: Option<String>,
        #[serde(default, deserialize_with = "string_list")]
        l: Vec<String>,
        #[serde(default, deserialize_with = "opt_seats")]
        seats: Option<SeatCount>,
    }

    fn t(json: &str) -> T {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn an_empty_string_where_a_boolean_belongs_is_none() {
        assert_eq!(t(r#"{"b": ""}"#).b, None);
        assert_eq!(t(r#"{"b": true}"#).b, Some(true));
        assert_eq!(t(r#"{"b": "false"}"#).b, Some(false));
        assert_eq!(t(r#"{"b": null}"#).b, None);
        assert_eq!(t(r#"{}"#).b, None);
    }

    #[test]
    fn numbers_may_come_as_strings() {
        assert_eq!(t(r#"{"n": "42"}"#).n, Some(42));
        assert_eq!(t(r#"{"n": 42}"#).n, Some(42));
        assert_eq!(t(r#"{"n": 42.0}"#).n, Some(42));
        assert_eq!(t(r#"{"n": ""}"#).n, None);
        assert!(serde_json::from_str::<T>(r#"{"n": "many"}"#).is_err());
        assert!(serde_json::from_str::<T>(r#"{"n": {}}"#).is_err());
    }

    #[test]
    fn empty_strings_are_none_and_lists_tolerate_nulls_and_singletons() {
        assert_eq!(t(r#"{"s": ""}"#).s, None);
        assert_eq!(t(r#"{"s": 7}"#).s.as_deref(), Some("7"));
        assert_eq!(t(r#"{"l": ["a", "", null, "b"]}"#).l, vec!["a", "b"]);
        assert_eq!(t(r#"{"l": null}"#).l, Vec::<String>::new());
        assert_eq!(t(r#"{"l": "a"}"#).l, vec!["a"]);
    }

    #[test]
    fn seats_are_numbers_or_words() {
        assert_eq!(t(r#"{"seats": 1400}"#).seats, Some(SeatCount::Count(1400)));
        assert_eq!(
            t(r#"{"seats": "1400"}"#).seats,
            Some(SeatCount::Count(1400))
        );
        assert_eq!(
            t(r#"{"seats": "unlimited"}"#).seats,
            Some(SeatCount::Unlimited)
        );
        assert_eq!(t(r#"{"seats": ""}"#).seats, None);
    }
}
