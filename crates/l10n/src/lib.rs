//! The admin's language: English, Spanish and Brazilian Portuguese.
//!
//! Every sentence the app, the CLI and the UI show comes from the Project Fluent files in
//! `locales/<lang>/*.ftl` at the repository's root (one message id per sentence, the same ids
//! in every language; `locales/glossary.md` holds the terms). They are embedded at build
//! time: the services and the CLI render them here, and the UI receives the same files
//! through the `locale_messages` command and renders them with `@fluent/bundle`.
//!
//! - [`Message`] is an id with its arguments: what the services return where they used to
//!   return a sentence. It renders in the process's language ([`set_language`]) or any other.
//! - A message missing in a language falls back to English; never a raw id where English has
//!   the message (tests keep every language's ids and variables equal to English's).
//! - Numbers are formatted for the language (grouping and decimal marks of CLDR), also inside
//!   messages; plurals go through Fluent's selectors.
//!
//! No I/O: the language of the OS is read from the environment by [`Lang::from_environment`].

#![forbid(unsafe_code)]

mod bundles;
mod dates;
mod lang;
mod message;
mod numbers;

pub use dates::{format_date, format_date_time, format_day, format_moment, format_weekday_time};
pub use lang::{language, set_language, Lang, LanguageChoice};
pub use message::{Arg, Message};
pub use numbers::format_number;

/// Each message file of `lang` as `(file name, Fluent source)`, in file-name order: what the
/// UI builds its bundle from. English's for a language with no files.
pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    bundles::files(lang.tag())
}

/// A message by id in the process's language ([`language`]): `msg!("app-name")`,
/// `msg!("language-system", lang = Lang::Es.native_name())`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The text of a message by id in the process's language: `t!("app-name")`.
#[macro_export]
macro_rules! t {
    ($($tokens:tt)*) => {
        $crate::msg!($($tokens)*).text()
    };
}
