//! Reads the JSON of a candidate export without building a tree of it.
//!
//! Known fields are captured as borrowed [`RawValue`]s (slices of the file), everything else
//! is skipped, so the user list (nearly all of a 100 MB file) is never copied. Keys are
//! compared after folding case and dropping `_`, `-`, `.` and spaces, because no official
//! sample exists (github-api.md §2.3): `server_id`, `serverId` and `server-id` are one field.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::UsageFeature;

/// The top level of a JSON document.
#[derive(Debug)]
pub(super) enum Top<'a> {
    Object(Fields<'a>),
    /// A list; `consumers` when its first item looks like a consumed-licenses user.
    Array {
        consumers: bool,
    },
    /// Anything else: its selector in `usage-rule-value` (`piece-of-text`).
    Scalar(&'static str),
}

/// The fields of one object that matter to recognition, as found.
#[derive(Debug, Default)]
pub(super) struct Fields<'a> {
    pub instance: Option<&'a RawValue>,
    pub server_id: Option<&'a RawValue>,
    pub host_name: Option<&'a RawValue>,
    pub version: Option<&'a RawValue>,
    pub http_only: Option<&'a RawValue>,
    pub license: Option<&'a RawValue>,
    pub public_key: Option<&'a RawValue>,
    pub features: Option<&'a RawValue>,
    pub users: Option<&'a RawValue>,
    /// `total_seats_consumed` / `total_seats_purchased`: consumed-licenses JSON.
    pub seat_totals: bool,
    /// `server_instances`: license-sync-status JSON.
    pub server_instances: bool,
    /// `github_com_login` / `enterprise_server_user_ids`: one consumed-licenses user.
    pub consumer: bool,
}

impl Fields<'_> {
    /// True when the object is an attempt at an export: it has a field no other JSON is
    /// likely to have. `version`, `host` and `license` alone do not count: `package.json`
    /// and many configuration files have them.
    pub fn has_export_fields(&self) -> bool {
        let present = |v: Option<&RawValue>| v.is_some_and(|v| v.get() != "null");
        self.instance.is_some_and(|v| v.get().starts_with('{'))
            || present(self.server_id)
            || present(self.public_key)
            || self.users.is_some_and(|v| v.get().starts_with('"'))
    }

    /// True when the instance object, or a server ID, host name or version, is present.
    pub fn has_metadata(&self) -> bool {
        [self.instance, self.server_id, self.host_name, self.version]
            .iter()
            .any(|v| v.is_some_and(|v| v.get() != "null"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldName {
    Instance,
    ServerId,
    HostName,
    Version,
    HttpOnly,
    License,
    PublicKey,
    Features,
    Users,
    SeatTotals,
    ServerInstances,
    Consumer,
    Other,
}

/// Folds `key` to lower-case ASCII letters and digits; `None` when it is too long or not
/// ASCII to be any key we know.
fn fold<const N: usize>(key: &str, buf: &mut [u8; N]) -> Option<usize> {
    let mut len = 0;
    for b in key.bytes() {
        if matches!(b, b'_' | b'-' | b'.' | b' ') {
            continue;
        }
        if !b.is_ascii_alphanumeric() {
            return None;
        }
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(len)
}

impl FieldName {
    fn of(key: &str) -> Self {
        let mut buf = [0u8; 32];
        let Some(len) = fold(key, &mut buf) else {
            return Self::Other;
        };
        match buf.get(..len).unwrap_or_default() {
            b"instance" => Self::Instance,
            b"serverid" => Self::ServerId,
            b"hostname" | b"host" => Self::HostName,
            b"version" => Self::Version,
            b"httponly" => Self::HttpOnly,
            b"license" | b"licensehash" => Self::License,
            b"publickey" => Self::PublicKey,
            b"features" => Self::Features,
            b"users" | b"userdata" | b"encryptedusers" => Self::Users,
            b"totalseatsconsumed" | b"totalseatspurchased" => Self::SeatTotals,
            b"serverinstances" => Self::ServerInstances,
            b"githubcomlogin" | b"enterpriseserveruserids" => Self::Consumer,
            _ => Self::Other,
        }
    }
}

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FieldName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldName, E> {
                Ok(FieldName::of(v))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Top<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TopVisitor(PhantomData))
    }
}

struct TopVisitor<'a>(PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for TopVisitor<'a> {
    type Value = Top<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top<'a>, A::Error> {
        let mut f = Fields::default();
        while let Some(key) = map.next_key::<FieldName>()? {
            let slot = match key {
                FieldName::Instance => &mut f.instance,
                FieldName::ServerId => &mut f.server_id,
                FieldName::HostName => &mut f.host_name,
                FieldName::Version => &mut f.version,
                FieldName::HttpOnly => &mut f.http_only,
                FieldName::License => &mut f.license,
                FieldName::PublicKey => &mut f.public_key,
                FieldName::Features => &mut f.features,
                FieldName::Users => &mut f.users,
                FieldName::SeatTotals
                | FieldName::ServerInstances
                | FieldName::Consumer
                | FieldName::Other => {
                    f.seat_totals |= key == FieldName::SeatTotals;
                    f.server_instances |= key == FieldName::ServerInstances;
                    f.consumer |= key == FieldName::Consumer;
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            let value: &'de RawValue = map.next_value()?;
            // The first spelling wins, unless it was a null and a later one says more.
            if slot.is_none_or(|v| v.get() == "null") {
                *slot = Some(value);
            }
        }
        Ok(Top::Object(f))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top<'a>, A::Error> {
        let first = seq.next_element::<&'de RawValue>()?;
        // Only an object is looked into: reading a nested list the same way would recurse
        // once per level of `[[[[…]]]]`, and a hostile file could exhaust the stack.
        let consumers = first
            .filter(|raw| raw.get().starts_with('{'))
            .and_then(object)
            .is_some_and(|f| f.consumer);
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::Array { consumers })
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("piece-of-text"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("bool"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("number"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Top<'a>, E> {
        Ok(Top::Scalar("null"))
    }
}

/// Reads the object in `raw`; `None` when `raw` holds something else.
pub(super) fn object(raw: &RawValue) -> Option<Fields<'_>> {
    if !raw.get().starts_with('{') {
        return None;
    }
    match serde_json::from_str::<Top<'_>>(raw.get()) {
        Ok(Top::Object(f)) => Some(f),
        _ => None,
    }
}

/// A single value read loosely: text is kept, the rest is only told apart.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Loose {
    Text(String),
    Bool(bool),
    Number(f64),
    Null,
    List,
    Object,
}

impl Loose {
    pub fn read(raw: &RawValue) -> Self {
        serde_json::from_str(raw.get()).unwrap_or(Self::Null)
    }

    /// What the value is, for a message: its selector in `usage-rule-value` (`number`).
    pub fn describe(&self) -> &'static str {
        match self {
            Self::Text(_) => "text",
            Self::Bool(_) => "bool",
            Self::Number(_) => "number",
            Self::Null => "null",
            Self::List => "list",
            Self::Object => "object",
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
                Ok(Loose::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
                Ok(Loose::Text(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
                Ok(Loose::Bool(v))
            }
            #[allow(clippy::cast_precision_loss)]
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
                Ok(Loose::Number(v as f64))
            }
            #[allow(clippy::cast_precision_loss)]
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
                Ok(Loose::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
                Ok(Loose::Number(v))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose::Null)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::List)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Object)
            }
        }
        d.deserialize_any(V)
    }
}

/// No instance has anywhere near this many Connect features; the bound keeps a hostile
/// file from growing the summary.
const MAX_FEATURES: usize = 256;

/// Reads `features` in any of the shapes the sources suggest (github-api.md §2.1–2.3): a
/// list of names, a list of `{name, enabled_at}` objects, or a map from name to time.
/// Anything unreadable yields no features rather than a refusal: they are informational.
pub(super) fn features(raw: &RawValue) -> Vec<UsageFeature> {
    serde_json::from_str::<FeatureList>(raw.get())
        .map(|l| l.0)
        .unwrap_or_default()
}

struct FeatureList(Vec<UsageFeature>);

/// What one feature entry says, before we know whether a bare string is its name (in a
/// list) or its time (as a map value).
#[derive(Default)]
struct FeatureParts {
    text: Option<String>,
    name: Option<String>,
    enabled_at: Option<String>,
    enabled: Option<bool>,
}

impl FeatureParts {
    fn into_feature(self, name: Option<String>) -> Option<UsageFeature> {
        let (name, enabled_at) = match name {
            Some(name) => (name, self.text.or(self.enabled_at)),
            None => (self.name.or(self.text)?, self.enabled_at),
        };
        let name = name.trim();
        (!name.is_empty()).then(|| UsageFeature {
            name: name.to_owned(),
            enabled_at: enabled_at.filter(|t| !t.trim().is_empty()),
            enabled: self.enabled,
        })
    }
}

impl<'de> Deserialize<'de> for FeatureList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FeatureList;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list or map of features")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FeatureList, A::Error> {
                let mut out = Vec::new();
                while let Some(parts) = seq.next_element::<FeatureParts>()? {
                    if out.len() < MAX_FEATURES {
                        out.extend(parts.into_feature(None));
                    }
                }
                Ok(FeatureList(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FeatureList, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    let parts = map.next_value::<FeatureParts>()?;
                    if out.len() < MAX_FEATURES {
                        out.extend(parts.into_feature(Some(name)));
                    }
                }
                Ok(FeatureList(out))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<FeatureList, E> {
                Ok(FeatureList(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for FeatureParts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FeatureParts;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a feature")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FeatureParts, E> {
                Ok(FeatureParts {
                    text: Some(v.to_owned()),
                    ..FeatureParts::default()
                })
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<FeatureParts, E> {
                Ok(FeatureParts {
                    enabled: Some(v),
                    ..FeatureParts::default()
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FeatureParts, A::Error> {
                let mut p = FeatureParts::default();
                while let Some(key) = map.next_key::<FeatureKey>()? {
                    let value = map.next_value::<Loose>()?;
                    match (key, value) {
                        (FeatureKey::Name, Loose::Text(t)) => p.name = p.name.or(Some(t)),
                        (FeatureKey::EnabledAt | FeatureKey::Enabled, Loose::Text(t)) => {
                            p.enabled_at = p.enabled_at.or(Some(t));
                        }
                        (FeatureKey::Enabled, Loose::Bool(b)) => p.enabled = Some(b),
                        _ => {}
                    }
                }
                Ok(p)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FeatureParts, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(FeatureParts::default())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<FeatureParts, E> {
                Ok(FeatureParts::default())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<FeatureParts, E> {
                Ok(FeatureParts::default())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<FeatureParts, E> {
                Ok(FeatureParts::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<FeatureParts, E> {
                Ok(FeatureParts::default())
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Clone, Copy)]
enum FeatureKey {
    Name,
    EnabledAt,
    Enabled,
    Other,
}

impl<'de> Deserialize<'de> for FeatureKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FeatureKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FeatureKey, E> {
                let mut buf = [0u8; 16];
                let key = fold(v, &mut buf).and_then(|len| buf.get(..len));
                Ok(match key {
                    Some(b"name" | b"feature") => FeatureKey::Name,
                    Some(b"enabledat") => FeatureKey::EnabledAt,
                    Some(b"enabled") => FeatureKey::Enabled,
                    _ => FeatureKey::Other,
                })
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> Box<RawValue> {
        RawValue::from_string(json.to_owned()).unwrap()
    }

    fn names(json: &str) -> Vec<(String, Option<String>, Option<bool>)> {
        features(&raw(json))
            .into_iter()
            .map(|f| (f.name, f.enabled_at, f.enabled))
            .collect()
    }

    #[test]
    fn key_spellings_fold_to_one_field() {
        for k in [
            "server_id",
            "serverId",
            "server-id",
            "ServerID",
            "Server ID",
        ] {
            assert_eq!(FieldName::of(k), FieldName::ServerId, "{k}");
        }
        for k in ["host_name", "hostname", "host", "hostName"] {
            assert_eq!(FieldName::of(k), FieldName::HostName, "{k}");
        }
        assert_eq!(FieldName::of("httpOnly"), FieldName::HttpOnly);
        assert_eq!(FieldName::of("license_hash"), FieldName::License);
        assert_eq!(FieldName::of("sérver_id"), FieldName::Other);
        assert_eq!(FieldName::of(&"x".repeat(100)), FieldName::Other);
    }

    #[test]
    fn features_are_read_as_names_objects_or_a_map() {
        assert_eq!(
            names(r#"["license_usage_sync", "search", 3, null, ""]"#),
            vec![
                ("license_usage_sync".into(), None, None),
                ("search".into(), None, None)
            ]
        );
        assert_eq!(
            names(
                r#"[{"name": "search", "enabled_at": "2024-05-01T10:00:00Z"},
                    {"name": "contributions", "enabledAt": "2024-05-02"},
                    {"feature": "x", "enabled": true},
                    {"enabled_at": "nameless"}]"#
            ),
            vec![
                ("search".into(), Some("2024-05-01T10:00:00Z".into()), None),
                ("contributions".into(), Some("2024-05-02".into()), None),
                ("x".into(), None, Some(true)),
            ]
        );
        assert_eq!(
            names(
                r#"{"search": "2024-05-01T10:00:00Z", "off": false, "odd": {"enabled_at": "t"}, "n": null}"#
            ),
            vec![
                ("search".into(), Some("2024-05-01T10:00:00Z".into()), None),
                ("off".into(), None, Some(false)),
                ("odd".into(), Some("t".into()), None),
                ("n".into(), None, None),
            ]
        );
        assert!(names(r#""search""#).is_empty());
    }

    #[test]
    fn deeply_nested_lists_do_not_exhaust_the_stack() {
        let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
        let _ = serde_json::from_str::<Top<'_>>(&deep);
        let deep = format!(
            "[{{\"a\": {}1{}}}]",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        let _ = serde_json::from_str::<Top<'_>>(&deep);
        let deep = format!(
            "{{\"instance\": {}{}}}",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        if let Ok(Top::Object(f)) = serde_json::from_str::<Top<'_>>(&deep) {
            assert!(object(f.instance.unwrap()).is_none());
        }
    }

    #[test]
    fn a_first_null_gives_way_to_a_later_spelling() {
        let Ok(Top::Object(f)) =
            serde_json::from_str::<Top<'_>>(r#"{"server_id": null, "serverId": "abc"}"#)
        else {
            panic!("not an object")
        };
        assert_eq!(f.server_id.map(RawValue::get), Some(r#""abc""#));
    }
}
