//! The languages, their tags, and the process's language.

use std::sync::atomic::{AtomicU8, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A language the app speaks. Wire names are BCP 47 tags: `en`, `es`, `pt-BR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "pt-BR")]
    PtBr,
}

/// The language setting: the OS's, or one chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind", content = "lang")]
#[ts(export)]
pub enum LanguageChoice {
    /// The OS's language (`LANG`/`LC_MESSAGES` on Linux, the system language elsewhere),
    /// English where it is none of ours.
    #[default]
    System,
    Chosen(Lang),
}

impl LanguageChoice {
    /// The language this choice means on this machine now.
    pub fn resolve(self) -> Lang {
        match self {
            Self::System => Lang::from_environment(),
            Self::Chosen(lang) => lang,
        }
    }
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::PtBr];

    /// The BCP 47 tag (`pt-BR`), also the folder in `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::PtBr => "pt-BR",
        }
    }

    /// The language's own name ("Español"), as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
            Self::PtBr => "Português (Brasil)",
        }
    }

    /// The language of a BCP 47 tag or a POSIX locale name (`es`, `es-MX`, `pt_BR.UTF-8`,
    /// `en_US@euro`); `None` for one we do not speak (`C`, `POSIX`, `de_DE`). Any Portuguese
    /// is Brazilian Portuguese and any Spanish is Spanish: the nearest we have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let base = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Self::En),
            "es" => Some(Self::Es),
            "pt" => Some(Self::PtBr),
            _ => None,
        }
    }

    /// The OS's language: on Unix the environment as gettext reads it (`LANGUAGE`'s first
    /// language we speak, then the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`), then the
    /// system's preferred languages (macOS, Windows); English when none is ours.
    pub fn from_environment() -> Lang {
        Self::from_variables(|name| std::env::var(name).ok())
            .or_else(|| sys_locale::get_locales().find_map(|l| Self::from_tag(&l)))
            .unwrap_or_default()
    }

    /// [`Lang::from_environment`]'s rule over any source of variables (tests).
    pub fn from_variables(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        // gettext: the first of LC_ALL, LC_MESSAGES, LANG that is set is the locale; "C"
        // turns LANGUAGE off.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        let c_locale = matches!(locale.as_deref(), Some("C" | "POSIX"))
            || locale.as_deref().is_some_and(|l| l.starts_with("C."));
        if !c_locale {
            if let Some(list) = set("LANGUAGE") {
                if let Some(lang) = list.split(':').find_map(Self::from_tag) {
                    return Some(lang);
                }
            }
        }
        match locale {
            Some(_) if c_locale => Some(Self::En),
            Some(l) => Some(Self::from_tag(&l).unwrap_or_default()),
            None => None,
        }
    }

    fn index(self) -> u8 {
        match self {
            Self::En => 0,
            Self::Es => 1,
            Self::PtBr => 2,
        }
    }

    fn from_index(i: u8) -> Lang {
        match i {
            1 => Self::Es,
            2 => Self::PtBr,
            _ => Self::En,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the process's language: what [`crate::Message::text`], errors' `Display` and the
/// CLI's output use. The app sets it from its setting, `ghls` from `--lang` or the
/// environment.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// The process's language (English until [`set_language`]).
pub fn language() -> Lang {
    Lang::from_index(CURRENT.load(Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn posix_and_bcp47_names_find_the_language() {
        assert_eq!(Lang::from_tag("es_MX.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt_PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("en_US@euro"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de_DE.UTF-8"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_environment_is_read_as_gettext_reads_it() {
        assert_eq!(
            Lang::from_variables(env(&[("LANG", "pt_BR.UTF-8")])),
            Some(Lang::PtBr)
        );
        assert_eq!(
            Lang::from_variables(env(&[
                ("LANG", "en_US.UTF-8"),
                ("LC_MESSAGES", "es_ES.UTF-8")
            ])),
            Some(Lang::Es)
        );
        assert_eq!(
            Lang::from_variables(env(&[
                ("LC_MESSAGES", "es_ES.UTF-8"),
                ("LC_ALL", "pt_BR.UTF-8")
            ])),
            Some(Lang::PtBr)
        );
        assert_eq!(
            Lang::from_variables(env(&[("LANG", "en_US.UTF-8"), ("LANGUAGE", "de:es:en")])),
            Some(Lang::Es)
        );
        assert_eq!(
            Lang::from_variables(env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "es")])),
            Some(Lang::En),
            "C turns LANGUAGE off"
        );
        assert_eq!(
            Lang::from_variables(env(&[("LANG", "de_DE.UTF-8")])),
            Some(Lang::En),
            "not ours: English"
        );
        assert_eq!(
            Lang::from_variables(env(&[("LANG", "")])),
            None,
            "unset: ask the system"
        );
    }

    #[test]
    fn the_language_choice_has_stable_wire_names() {
        let json = serde_json::to_string(&LanguageChoice::Chosen(Lang::PtBr)).unwrap_or_default();
        assert_eq!(json, r#"{"kind":"chosen","lang":"pt-BR"}"#);
        assert_eq!(
            serde_json::to_string(&LanguageChoice::System).unwrap_or_default(),
            r#"{"kind":"system"}"#
        );
    }
}
