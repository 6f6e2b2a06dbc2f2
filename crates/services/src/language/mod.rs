//! The admin's language (feature `language`): the setting (the OS's, or one chosen), the
//! process's language the services render their messages in, and the message files the UI
//! renders its own with. The messages themselves are `locales/` (crate `ghls-l10n`).

use ghls_l10n::{Lang, LanguageChoice};
use serde::Serialize;
use ts_rs::TS;

use crate::{App, Result};

/// The language setting, what it means now, and every language to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageState {
    /// The setting.
    pub choice: LanguageChoice,
    /// The language in use: the chosen one, or the OS's.
    pub lang: Lang,
    /// The OS's language as the app reads it (English where it is none of ours).
    pub system: Lang,
    /// Every language, with its own name ("Español").
    pub languages: Vec<LanguageOption>,
}

/// A language to choose, named in itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LanguageOption {
    pub lang: Lang,
    pub name: String,
}

/// What the UI renders its text with: the language's message files and English's (the
/// fallback for a message a language lacks), each as one Fluent source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct LocaleMessages {
    pub state: LanguageState,
    /// `locales/<lang>/*.ftl`, joined.
    pub messages: String,
    /// `locales/en/*.ftl`, joined.
    pub english: String,
}

impl App {
    /// The language setting and what it means now.
    pub fn language(&self) -> LanguageState {
        let choice = self.settings().language.unwrap_or_default();
        LanguageState {
            choice,
            lang: choice.resolve(),
            system: Lang::from_environment(),
            languages: Lang::ALL
                .iter()
                .map(|l| LanguageOption {
                    lang: *l,
                    name: l.native_name().to_owned(),
                })
                .collect(),
        }
    }

    /// Makes the setting the process's language (the desktop app at start; `ghls` takes
    /// `--lang` or the environment instead).
    pub fn apply_language(&self) -> Lang {
        let lang = self.language().lang;
        ghls_l10n::set_language(lang);
        lang
    }

    /// Saves the language setting and makes it the process's language.
    pub async fn set_language(&self, choice: LanguageChoice) -> Result<LanguageState> {
        let _one_at_a_time = self.settings_change().await;
        let mut next = self.settings();
        next.language = (choice != LanguageChoice::System).then_some(choice);
        self.persist(next).await?;
        self.apply_language();
        Ok(self.language())
    }

    /// The message files the UI renders with, for the language in use.
    pub fn locale_messages(&self) -> LocaleMessages {
        let state = self.language();
        LocaleMessages {
            messages: joined(state.lang),
            english: joined(Lang::En),
            state,
        }
    }
}

fn joined(lang: Lang) -> String {
    ghls_l10n::files(lang)
        .iter()
        .map(|(_, source)| *source)
        .collect::<Vec<_>>()
        .join("\n")
}
