//! Why a file is not a license-usage export, said to the admin at the keyboard: what the file
//! is, and what to do instead.
//!
//! The message and the fix are derived from the kind and nothing else, so a refusal built by
//! the services layer (a folder, an unreadable path, a file over the cap) reads exactly like
//! one found by [`recognise`](super::recognise).

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use super::MAX_USAGE_FILE_BYTES;

const EXPORT_STEPS: &str = "Enterprise settings → License → Export license usage";

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
    /// Words the refusal of `kind`.
    pub fn new(kind: RefusalKind) -> Self {
        let (message, fix) = words(&kind);
        Self { kind, message, fix }
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

fn words(kind: &RefusalKind) -> (String, String) {
    use RefusalKind as K;
    match kind {
        K::Empty { blank: false } => (
            "This file is empty: it has no content at all.".to_owned(),
            format!(
                "The export was probably interrupted, or the wrong file was picked. Export the \
                 usage again on GHES ({EXPORT_STEPS}) and choose the downloaded .json file."
            ),
        ),
        K::Empty { blank: true } => (
            "This file holds only blank space, no license usage.".to_owned(),
            format!(
                "The export was probably interrupted, or the wrong file was picked. Export the \
                 usage again on GHES ({EXPORT_STEPS}) and choose the downloaded .json file."
            ),
        ),
        K::TooLarge { size, cap } => (
            format!(
                "This file is {}, more than the {} a license-usage export can be: even \
                 300,000 users fit in about 105 MB.",
                human_size(*size),
                human_size(*cap)
            ),
            format!(
                "Check that you picked the usage export and not an archive, a backup or a \
                 support bundle. To get a fresh export, on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::Directory => (
            "This is a folder, not a file.".to_owned(),
            "Open the folder and choose the license-usage .json file inside it.".to_owned(),
        ),
        K::Unreadable { detail } => (
            format!("This file could not be read: {detail}."),
            "Check that the file still exists, that it has finished downloading and that your \
             account may read it (permissions, a disconnected drive), then choose it again."
                .to_owned(),
        ),
        K::Utf16 { big_endian } => (
            format!(
                "This file is UTF-16 text ({}), not the UTF-8 that GHES writes: it was \
                 probably opened and saved again in an editor.",
                if *big_endian {
                    "big-endian"
                } else {
                    "little-endian"
                }
            ),
            format!(
                "Use the file exactly as GHES exported it, without saving it in an editor. If \
                 you only have this copy, export the usage again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::NotText {
            binary: true,
            offset: _,
        } => (
            "This file is binary data, not a license-usage export (which is JSON text)."
                .to_owned(),
            format!(
                "Check that you picked the right file. A usage export is a .json file you get \
                 on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::NotText {
            binary: false,
            offset,
        } => (
            format!(
                "This file is text, but not UTF-8 (the byte at offset {offset} is not valid \
                 UTF-8): it was probably saved again in a legacy encoding such as Latin-1 or Windows-1252."
            ),
            format!(
                "Use the file exactly as GHES exported it, without converting it. If you only \
                 have this copy, export the usage again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::GhlLicense => (
            "This is a GitHub Enterprise Server license file (.ghl), not license usage."
                .to_owned(),
            format!(
                "To install it, use Upload a new license on the License screen. For Add server \
                 usage, export the usage on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::GhecCsv => (
            "This is the consumed-licenses CSV report from GitHub Enterprise Cloud, not \
             license usage from a server: it cannot be uploaded back to where it came from."
                .to_owned(),
            format!(
                "To review who consumes licenses, open the Consumed licenses screen. For Add \
                 server usage, export the usage on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::ConsumedLicensesJson => (
            "This is the consumed-licenses list from GitHub Enterprise Cloud's REST API \
             (seat totals and license consumers), not license usage from a server."
                .to_owned(),
            format!(
                "The Consumed licenses screen already shows this list. For Add server usage, \
                 export the usage on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::SyncStatusJson => (
            "This is the license sync status from GitHub Enterprise Cloud's REST API \
             (server_instances), not license usage from a server."
                .to_owned(),
            format!(
                "The License screen already shows each instance's last sync. For Add server \
                 usage, export the usage on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::Truncated { line, column } => (
            format!(
                "This file stops in the middle of its JSON (line {line}, column {column}): it \
                 was cut short, probably by an interrupted download or copy."
            ),
            format!(
                "Export the usage again on GHES ({EXPORT_STEPS}) and wait until the download \
                 has finished before choosing the file."
            ),
        ),
        K::NotJson {
            line,
            column,
            detail,
        } => (
            format!(
                "This file is not valid JSON ({detail} at line {line}, column {column}), so it \
                 is not a license-usage export."
            ),
            format!(
                "A usage export must stay exactly as GHES wrote it. If this file was edited, use \
                 the original; otherwise export the usage again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::NotAnObject { found } => (
            format!(
                "This file is JSON, but it holds {found} instead of an object with the \
                 instance's details, so it is not a license-usage export."
            ),
            format!(
                "Check that you picked the right .json file. The export you need comes from \
                 GHES: {EXPORT_STEPS}."
            ),
        ),
        K::OtherJson => (
            "This is a JSON file, but not a license-usage export: it has none of an export's \
             fields (server ID, host name, version, encrypted users)."
                .to_owned(),
            format!(
                "Another .json file was probably picked by mistake. Choose the file GHES gives \
                 you at {EXPORT_STEPS}."
            ),
        ),
        K::MissingMetadata { problems } => (
            format!(
                "This looks like a license-usage export, but its instance details are \
                 incomplete: {}.",
                problems.join("; ")
            ),
            format!(
                "GHES writes the server ID, host name and version (as text) into every export. \
                 If this file was assembled or edited by hand, use the original; otherwise \
                 export the usage again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::NoUsers { host_name } => (
            format!(
                "This file has the details of {host_name} but no encrypted user list \
                 (users), so GitHub would have no one to count."
            ),
            format!(
                "A complete export always carries the encrypted user list. Export the usage \
                 of {host_name} again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::EmptyUsers { host_name } => (
            format!("The encrypted user list (users) of {host_name} in this file is empty."),
            format!(
                "The list was probably removed or lost when the file was edited or copied. \
                 Export the usage of {host_name} again on GHES: {EXPORT_STEPS}."
            ),
        ),
        K::UsersNotBase64 { detail } => (
            format!(
                "The encrypted user list (users) in this file is not the base64 text GHES \
                 writes: {detail}."
            ),
            format!(
                "The file was probably damaged or edited after it was exported. Use an untouched \
                 copy, or export the usage again on GHES: {EXPORT_STEPS}."
            ),
        ),
    }
}

/// Sizes as people read them, in binary units because the cap is a power of two.
pub(super) fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = KIB * 1024;
    const GIB: u64 = MIB * 1024;
    // Precision is cosmetic here; the exact count is in the refusal's data.
    #[allow(clippy::cast_precision_loss)]
    let f = bytes as f64;
    let (value, unit) = if bytes >= GIB {
        (f / GIB as f64, "GiB")
    } else if bytes >= MIB {
        (f / MIB as f64, "MiB")
    } else if bytes >= KIB {
        (f / KIB as f64, "KiB")
    } else if bytes == 1 {
        return "1 byte".to_owned();
    } else {
        return format!("{bytes} bytes");
    };
    let text = format!("{value:.1}");
    format!("{} {unit}", text.strip_suffix(".0").unwrap_or(&text))
}
