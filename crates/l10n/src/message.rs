//! [`Message`]: a sentence as an id and its arguments, rendered in any language.

use std::borrow::Cow;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use crate::{bundles, format_day, format_moment, language, Lang};

/// A message of `locales/`: what the services return where they used to return a sentence.
/// Renders in the process's language ([`Message::text`], `Display`) or in any
/// ([`Message::in_lang`]); a language that lacks it falls back to English.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Data, shown as it is (a host name, a login, GitHub's own words).
    Text(String),
    /// A number: formatted for the language, and what plural selectors select on.
    Number(f64),
    /// Another message, rendered in the same language first ("the token", "the password").
    Message(Box<Message>),
    /// A moment (GitHub's times: a sync, an upload), written as the language writes a date
    /// and time in UTC ([`crate::format_moment`]); in JSON, RFC 3339.
    Moment(OffsetDateTime),
    /// A day (a license's expiry), written as [`crate::format_day`] writes it, in the offset
    /// GitHub gave; in JSON, RFC 3339.
    Day(OffsetDateTime),
}

impl Message {
    /// The message `id` (or `id.attribute`) without arguments; add them with [`Message::arg`].
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name`.
    #[must_use]
    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    /// The message's id, stable: what `ErrorReport.id` and the tests name.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.args.iter().map(|(n, a)| (n.as_ref(), a))
    }

    /// The text in `lang`; English where `lang` lacks the message; the id itself only when
    /// English lacks it too (a test keeps every id the code names in English).
    pub fn in_lang(&self, lang: Lang) -> String {
        let args = self.fluent_args(lang);
        let args = (!self.args.is_empty()).then_some(&args);
        bundles::format(lang, &self.id, args)
            .or_else(|| bundles::format(Lang::En, &self.id, args))
            .unwrap_or_else(|| self.id.to_string())
    }

    /// The text in the process's language.
    pub fn text(&self) -> String {
        self.in_lang(language())
    }

    /// The arguments as JSON for `ErrorReport.args` and `--json`: data as strings, numbers as
    /// numbers, a message argument as its text in `lang`.
    pub fn args_json(&self, lang: Lang) -> serde_json::Map<String, serde_json::Value> {
        self.args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(s) => serde_json::Value::String(s.clone()),
                    Arg::Number(n) => serde_json::Number::from_f64(*n)
                        .map(serde_json::Value::Number)
                        .unwrap_or(serde_json::Value::Null),
                    Arg::Message(m) => serde_json::Value::String(m.in_lang(lang)),
                    Arg::Moment(at) | Arg::Day(at) => serde_json::Value::String(rfc3339(*at)),
                };
                (name.to_string(), value)
            })
            .collect()
    }

    fn fluent_args(&self, lang: Lang) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
                Arg::Number(n) => {
                    FluentValue::Number(FluentNumber::new(*n, FluentNumberOptions::default()))
                }
                Arg::Message(m) => FluentValue::String(Cow::Owned(m.in_lang(lang))),
                Arg::Moment(at) => FluentValue::String(Cow::Owned(format_moment(*at, lang))),
                Arg::Day(at) => FluentValue::String(Cow::Owned(format_day(*at, lang))),
            };
            args.set(name.as_ref(), value);
        }
        args
    }

    /// Whether `lang`'s own files hold this message (no fallback): for tests.
    pub fn exists_in(&self, lang: Lang) -> bool {
        bundles::has(lang, &self.id)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

impl Arg {
    /// GitHub's time `raw` (RFC 3339) as a [`Arg::Moment`]; a string that is not one stays
    /// as GitHub wrote it.
    pub fn moment(raw: &str) -> Self {
        OffsetDateTime::parse(raw.trim(), &Rfc3339)
            .map_or_else(|_| Self::Text(raw.to_owned()), Self::Moment)
    }

    /// GitHub's time `raw` (RFC 3339) as a [`Arg::Day`], in the offset it was given; a
    /// string that is not one stays as GitHub wrote it.
    pub fn day(raw: &str) -> Self {
        OffsetDateTime::parse(raw.trim(), &Rfc3339)
            .map_or_else(|_| Self::Text(raw.to_owned()), Self::Day)
    }
}

fn rfc3339(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_else(|_| at.unix_timestamp().to_string())
}

impl From<OffsetDateTime> for Arg {
    fn from(at: OffsetDateTime) -> Self {
        Self::Moment(at)
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Self::Text(s.into_owned())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Self::Message(Box::new(m))
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Self::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32);

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_moment_argument_is_written_as_each_language_writes_a_date_and_time_in_utc() {
        let m = Message::new("handoff-synced")
            .arg("name", "ghes-main")
            .arg("at", Arg::moment("2026-11-22T13:00:09+01:00"));
        assert_eq!(
            m.in_lang(Lang::En),
            "GitHub shows the sync of ghes-main at 2026-11-22 12:00 UTC"
        );
        assert!(m.in_lang(Lang::Es).contains("22 nov 2026, 12:00 UTC"));
        assert!(m
            .in_lang(Lang::PtBr)
            .contains("22 de nov. de 2026, 12:00 UTC"));
        assert_eq!(
            m.args_json(Lang::Es)["at"],
            serde_json::json!("2026-11-22T12:00:09Z")
        );
    }

    #[test]
    fn a_day_argument_is_the_date_in_the_offset_github_gave() {
        let m = Message::new("conn-manage-checked")
            .arg("status", "valid")
            .arg("seats", "10 seats")
            .arg("expires", Arg::day("2027-03-01T00:00:00-08:00"));
        assert!(m.in_lang(Lang::En).ends_with("expires 2027-03-01"), "{m}");
        assert!(
            m.in_lang(Lang::Es).contains("1 mar 2027"),
            "{}",
            m.in_lang(Lang::Es)
        );
    }

    #[test]
    fn a_time_that_is_not_rfc_3339_stays_as_github_wrote_it() {
        assert_eq!(Arg::moment("yesterday"), Arg::Text("yesterday".to_owned()));
        assert_eq!(Arg::day("never"), Arg::Text("never".to_owned()));
        assert_eq!(
            Arg::moment(" 2026-11-22T12:00:09Z "),
            Arg::Moment(datetime!(2026-11-22 12:00:09 UTC))
        );
    }
}
