//! Why a file is not a license-usage export, said to the admin at the keyboard: what the file
//! is, and what to do instead.
//!
//! The message and the fix are derived from the kind and nothing else, so a refusal built by
//! the services layer (a folder, an unreadable path, a file over the cap) reads exactly like
//! one found by [`recognise`](super::recognise).

use std::fmt;

use ghls_l10n::{msg, Lang, Message};
use serde::Serialize;
use ts_rs::TS;

use super::MAX_USAGE_FILE_BYTES;

/// What kind of file was refused, with the facts the message needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum RefusalKind {
    /// No bytes at all, or only blank space (`blank`).
    Empty { blank: bool },
    /// Larger than [`MAX_USAGE_FILE_BYTES`].
    TooLarge {
        #[ts(type = "number")]
        size: u64,
        #[ts(type = "number")]
        cap: u64,
    },
    /// The path is a folder. Built by the services layer.
    Directory,
    /// The path could not be read. Built by the services layer; `detail` is the OS's words.
    Unreadable { detail: String },
    /// UTF-16 text, typically a re-save by an editor ("Unicode" in Notepad).
    Utf16 { big_endian: bool },
    /// Not UTF-8: binary data, or text in a legacy encoding such as Latin-1.
    NotText {
        /// Where the first byte that is not UTF-8 sits.
        #[ts(type = "number")]
        offset: u64,
        binary: bool,
    },
    /// A GHES license file (`.ghl`).
    GhlLicense,
    /// GitHub Enterprise Cloud's consumed-licenses CSV report.
    GhecCsv,
    /// The JSON of `GET /enterprises/{e}/consumed-licenses`.
    ConsumedLicensesJson,
    /// The JSON of `GET /enterprises/{e}/license-sync-status`.
    SyncStatusJson,
    /// JSON that stops before it is complete.
    Truncated {
        #[ts(type = "number")]
        line: u64,
        #[ts(type = "number")]
        column: u64,
    },
    /// Text that is not JSON, or JSON with a syntax error.
    NotJson {
        #[ts(type = "number")]
        line: u64,
        #[ts(type = "number")]
        column: u64,
        detail: String,
    },
    /// JSON whose top level is not an object; `found` says what it is ("a list").
    NotAnObject { found: String },
    /// A JSON object with none of an export's fields.
    OtherJson,
    /// Looks like an export, but the server ID, host name or version is missing or unusable.
    /// Each entry says which and why ("no server ID", "version is a number, not text").
    MissingMetadata { problems: Vec<String> },
    /// Instance details, but no encrypted user list.
    NoUsers { host_name: String },
    /// The user list is present but holds nothing.
    EmptyUsers { host_name: String },
    /// The user list is not base64 text; `detail` says where it goes wrong.
    UsersNotBase64 { detail: String },
}

impl RefusalKind {
    /// True for refusals that say only "this is not an export we can read", which a `.ghl`
    /// file name explains better.
    pub(super) fn is_generic(&self) -> bool {
        matches!(
            self,
            Self::NotText { .. }
                | Self::NotJson { .. }
                | Self::Truncated { .. }
                | Self::NotAnObject { .. }
                | Self::OtherJson
        )
    }
}

/// A file the app will not upload as server usage.
///
/// Its words are rendered when it is made, in the process's language ([`Refusal::new`]) or
/// a given one ([`Refusal::new_in`]): the UI receives them as text. The messages they come
/// from are [`Refusal::reason_message`] and [`Refusal::fix_message`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Refusal {
    #[serde(flatten)]
    kind: RefusalKind,
    /// What the file is.
    message: String,
    /// What to do instead.
    fix: String,
}

impl Refusal {
    /// Words the refusal of `kind` in the process's language.
    pub fn new(kind: RefusalKind) -> Self {
        Self::new_in(kind, ghls_l10n::language())
    }

    /// Words the refusal of `kind` in `lang`.
    pub fn new_in(kind: RefusalKind, lang: Lang) -> Self {
        let (message, fix) = words(&kind);
        Self {
            message: message.in_lang(lang),
            fix: fix.in_lang(lang),
            kind,
        }
    }

    /// What the file is, as a message of `locales/*/usage-file-rules.ftl`.
    pub fn reason_message(&self) -> Message {
        words(&self.kind).0
    }

    /// What to do instead, as a message of `locales/*/usage-file-rules.ftl`.
    pub fn fix_message(&self) -> Message {
        words(&self.kind).1
    }

    /// The path is a folder.
    pub fn directory() -> Self {
        Self::new(RefusalKind::Directory)
    }

    /// The path could not be read; `detail` is the reason the OS gave.
    pub fn unreadable(detail: impl Into<String>) -> Self {
        Self::new(RefusalKind::Unreadable {
            detail: detail.into(),
        })
    }

    /// The file is `size` bytes, over [`MAX_USAGE_FILE_BYTES`].
    pub fn too_large(size: u64) -> Self {
        Self::new(RefusalKind::TooLarge {
            size,
            cap: MAX_USAGE_FILE_BYTES,
        })
    }

    pub fn kind(&self) -> &RefusalKind {
        &self.kind
    }

    /// What the file is, in a sentence or two.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// What to do instead.
    pub fn fix(&self) -> &str {
        &self.fix
    }
}

impl From<RefusalKind> for Refusal {
    fn from(kind: RefusalKind) -> Self {
        Self::new(kind)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.message, self.fix)
    }
}

impl std::error::Error for Refusal {}

/// The export steps on GHES, GitHub's labels (translated beside them).
fn steps() -> Message {
    msg!("usage-rule-export-steps")
}

fn words(kind: &RefusalKind) -> (Message, Message) {
    use RefusalKind as K;
    match kind {
        K::Empty { blank } => (
            if *blank {
                msg!("usage-rule-blank")
            } else {
                msg!("usage-rule-empty")
            },
            msg!("usage-rule-empty-fix", steps = steps()),
        ),
        K::TooLarge { size, cap } => (
            msg!(
                "usage-rule-too-large",
                size = size_message(*size),
                cap = size_message(*cap)
            ),
            msg!("usage-rule-too-large-fix", steps = steps()),
        ),
        K::Directory => (
            msg!("usage-rule-directory"),
            msg!("usage-rule-directory-fix"),
        ),
        K::Unreadable { detail } => (
            msg!("usage-rule-unreadable", detail = detail),
            msg!("usage-rule-unreadable-fix"),
        ),
        K::Utf16 { big_endian } => (
            msg!(
                "usage-rule-utf16",
                endian = if *big_endian { "big" } else { "little" }
            ),
            msg!("usage-rule-utf16-fix", steps = steps()),
        ),
        K::NotText {
            binary: true,
            offset: _,
        } => (
            msg!("usage-rule-binary"),
            msg!("usage-rule-binary-fix", steps = steps()),
        ),
        K::NotText {
            binary: false,
            offset,
        } => (
            msg!("usage-rule-not-utf8", offset = *offset),
            msg!("usage-rule-not-utf8-fix", steps = steps()),
        ),
        K::GhlLicense => (
            msg!("usage-rule-ghl"),
            msg!("usage-rule-ghl-fix", steps = steps()),
        ),
        K::GhecCsv => (
            msg!("usage-rule-ghec-csv"),
            msg!("usage-rule-ghec-csv-fix", steps = steps()),
        ),
        K::ConsumedLicensesJson => (
            msg!("usage-rule-consumed-json"),
            msg!("usage-rule-consumed-json-fix", steps = steps()),
        ),
        K::SyncStatusJson => (
            msg!("usage-rule-sync-status-json"),
            msg!("usage-rule-sync-status-json-fix", steps = steps()),
        ),
        K::Truncated { line, column } => (
            msg!("usage-rule-truncated", line = *line, column = *column),
            msg!("usage-rule-truncated-fix", steps = steps()),
        ),
        K::NotJson {
            line,
            column,
            detail,
        } => (
            msg!(
                "usage-rule-not-json",
                detail = detail,
                line = *line,
                column = *column
            ),
            msg!("usage-rule-not-json-fix", steps = steps()),
        ),
        K::NotAnObject { found } => (
            msg!("usage-rule-not-an-object", found = found),
            msg!("usage-rule-not-an-object-fix", steps = steps()),
        ),
        K::OtherJson => (
            msg!("usage-rule-other-json"),
            msg!("usage-rule-other-json-fix", steps = steps()),
        ),
        K::MissingMetadata { problems } => (
            msg!(
                "usage-rule-missing-metadata",
                problems = problems.join("; ")
            ),
            msg!("usage-rule-missing-metadata-fix", steps = steps()),
        ),
        K::NoUsers { host_name } => (
            msg!("usage-rule-no-users", host = host_name),
            msg!("usage-rule-no-users-fix", host = host_name, steps = steps()),
        ),
        K::EmptyUsers { host_name } => (
            msg!("usage-rule-empty-users", host = host_name),
            msg!(
                "usage-rule-empty-users-fix",
                host = host_name,
                steps = steps()
            ),
        ),
        K::UsersNotBase64 { detail } => (
            msg!("usage-rule-users-not-base64", detail = detail),
            msg!("usage-rule-users-not-base64-fix", steps = steps()),
        ),
    }
}

/// A size as people read it, in binary units because the cap is a power of two.
pub(super) fn size_message(bytes: u64) -> Message {
    const KIB: u64 = 1024;
    const MIB: u64 = KIB * 1024;
    const GIB: u64 = MIB * 1024;
    // Precision is cosmetic here; the exact count is in the refusal's data.
    #[allow(clippy::cast_precision_loss)]
    let unit = |of: u64| bytes as f64 / of as f64;
    if bytes >= GIB {
        msg!("usage-rule-size-gib", n = unit(GIB))
    } else if bytes >= MIB {
        msg!("usage-rule-size-mib", n = unit(MIB))
    } else if bytes >= KIB {
        msg!("usage-rule-size-kib", n = unit(KIB))
    } else {
        msg!("usage-rule-size-bytes", n = bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usage_file::{recognise, recognise_in};

    const PAST_THE_CAP: u64 = 300 * 1024 * 1024 + 512 * 1024;

    #[test]
    fn a_refused_usage_file_is_explained_in_spanish() {
        let r = recognise(b"  \n ", "usage.json").unwrap_err();
        assert_eq!(
            r.reason_message().in_lang(Lang::Es),
            "Este archivo solo contiene espacios en blanco, ningún uso de licencias."
        );
        assert_eq!(
            r.fix_message().in_lang(Lang::Es),
            "Probablemente la exportación se interrumpió o se eligió el archivo equivocado. \
             Vuelve a exportar el uso en GHES (Enterprise settings (Configuración de la empresa) \
             → License (Licencias) → Export license usage (Exportar uso de licencia)) y elige \
             el archivo .json descargado."
        );
        let file = br#"{"server_id": "a", "host_name": "h", "version": 3.15, "users": "QUJD"}"#;
        let r = recognise_in(file, "usage.json", Lang::Es).unwrap_err();
        assert_eq!(
            r.message(),
            "Parece una exportación del uso de licencias, pero los datos de su instancia están \
             incompletos: la versión es un número, no texto."
        );
    }

    #[test]
    fn a_refused_usage_file_is_explained_in_portuguese_with_its_size_written_for_the_locale() {
        let too_large = || RefusalKind::TooLarge {
            size: PAST_THE_CAP,
            cap: MAX_USAGE_FILE_BYTES,
        };
        assert_eq!(
            Refusal::new_in(too_large(), Lang::PtBr).message(),
            "Este arquivo tem 300,5 MiB, mais do que os 256 MiB que uma exportação do uso da \
             licença pode ter: até 300.000 usuários cabem em cerca de 105 MB."
        );
        assert_eq!(
            Refusal::new_in(too_large(), Lang::En).message(),
            "This file is 300.5 MiB, more than the 256 MiB a license-usage export can be: even \
             300,000 users fit in about 105 MB."
        );
        let r = Refusal::new_in(RefusalKind::GhlLicense, Lang::PtBr);
        assert!(
            r.fix().starts_with(
                "Para instalá-lo, use Fazer upload de uma nova licença na tela Licença."
            ),
            "{}",
            r.fix()
        );
        assert!(r
            .fix()
            .ends_with("Export license usage (Exportar uso de licença)."));
    }

    #[test]
    fn english_refusals_are_word_for_word_what_they_were() {
        let r = Refusal::new_in(
            RefusalKind::Truncated {
                line: 12345,
                column: 7,
            },
            Lang::En,
        );
        assert_eq!(
            r.message(),
            "This file stops in the middle of its JSON (line 12345, column 7): it was cut short, \
             probably by an interrupted download or copy."
        );
        assert_eq!(
            r.fix(),
            "Export the usage again on GHES (Enterprise settings → License → Export license \
             usage) and wait until the download has finished before choosing the file."
        );
        let tiny = Refusal::new_in(RefusalKind::TooLarge { size: 1, cap: 1023 }, Lang::En);
        assert!(tiny
            .message()
            .starts_with("This file is 1 byte, more than the 1023 bytes a license-usage"));
        assert_eq!(
            Refusal::new_in(RefusalKind::Utf16 { big_endian: true }, Lang::En).message(),
            "This file is UTF-16 text (big-endian), not the UTF-8 that GHES writes: it was \
             probably opened and saved again in an editor."
        );
        assert_eq!(
            Refusal::new_in(
                RefusalKind::NotAnObject {
                    found: "a list".into()
                },
                Lang::En
            )
            .to_string(),
            "This file is JSON, but it holds a list instead of an object with the instance's \
             details, so it is not a license-usage export. Check that you picked the right .json \
             file. The export you need comes from GHES: Enterprise settings → License → Export \
             license usage."
        );
    }
}
