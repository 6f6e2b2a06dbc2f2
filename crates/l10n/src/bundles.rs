//! One Fluent bundle per language, built once from the embedded files.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::numbers::format_with;
use crate::Lang;

include!(concat!(env!("OUT_DIR"), "/files.rs"));

type Bundle = FluentBundle<FluentResource>;

type Files = Vec<(&'static str, &'static str)>;

/// Each language's files, inflated once, on first use, and kept for the process.
static FILES: OnceLock<Vec<(&'static str, Files)>> = OnceLock::new();

fn unpack() -> Vec<(&'static str, Files)> {
    PACKED
        .iter()
        .map(|(lang, packed)| {
            // Written by build.rs from files it checked; a stream that does not inflate (it
            // cannot happen) leaves the language without messages: English is the fallback.
            let stream = miniz_oxide::inflate::decompress_to_vec(packed).unwrap_or_default();
            let text: &'static str = match String::from_utf8(stream) {
                Ok(s) => Box::leak(s.into_boxed_str()),
                Err(_) => "",
            };
            let parts: Vec<&'static str> = text.split('\0').collect();
            let files = parts
                .chunks_exact(2)
                .map(|pair| (pair[0], pair[1]))
                .collect();
            (*lang, files)
        })
        .collect()
}

pub(crate) fn files(tag: &str) -> &'static [(&'static str, &'static str)] {
    let all = FILES.get_or_init(unpack);
    let of = |t: &str| {
        all.iter()
            .find(|(lang, _)| *lang == t)
            .map(|(_, files)| files.as_slice())
    };
    of(tag).or_else(|| of("en")).unwrap_or(&[])
}

static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn bundle(lang: Lang) -> &'static Bundle {
    let slot = match lang {
        Lang::En => &BUNDLES[0],
        Lang::Es => &BUNDLES[1],
        Lang::PtBr => &BUNDLES[2],
    };
    slot.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text: terminals and the webview's text nodes; no bidi isolation marks around
    // placeables (the UI isolates data with `dir="auto"` where it matters).
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => number_en,
        Lang::Es => number_es,
        Lang::PtBr => number_pt_br,
    }));
    let _ = bundle.add_builtins();
    for (_, source) in files(lang.tag()) {
        // A syntax error drops only the broken entry (tests keep the files whole).
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn number_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v, Lang::En)
}
fn number_es<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v, Lang::Es)
}
fn number_pt_br<M>(v: &FluentValue, _: &M) -> Option<String> {
    number(v, Lang::PtBr)
}

fn number(v: &FluentValue, lang: Lang) -> Option<String> {
    match v {
        FluentValue::Number(n) => {
            let min = n.options.minimum_fraction_digits.unwrap_or(0);
            let max = n.options.maximum_fraction_digits.unwrap_or(min.max(3));
            Some(format_with(n.value, lang, min, max, n.options.use_grouping))
        }
        _ => None,
    }
}

/// `id` (or `id.attribute`) in `lang`; `None` when `lang` has no such message.
pub(crate) fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// Whether `lang`'s own files hold `id` (no fallback).
pub(crate) fn has(lang: Lang, id: &str) -> bool {
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    bundle(lang)
        .get_message(message)
        .is_some_and(|m| match attribute {
            Some(a) => m.get_attribute(a).is_some(),
            None => m.value().is_some(),
        })
}
