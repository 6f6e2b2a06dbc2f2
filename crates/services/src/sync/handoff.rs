//! Hand-offs: the steps GitHub keeps in its web UI (Add server usage, Sync now, enabling
//! license sync in GitHub Connect; github-api.md §4) are not automated. The app opens the
//! exact page, with the file ready where one is needed, and then proves the outcome by
//! reading GitHub back (`confirm_watch.rs`).
//!
//! This module decides *what* to open and prepare; a [`HandOff`] does it. The desktop shell
//! implements it with the system browser or an app window, the file manager and the
//! clipboard; the CLI can print instead; tests record. Every failure of a hand-off step is
//! reported to the admin, never fatal: the page address is always in the event, to open by
//! hand.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ghls_l10n::{msg, Message};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::connections::{GhecSettings, GhesSettings};
use crate::support::lock;

/// Where hand-offs open GitHub's pages (the `handoff` setting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OpenIn {
    /// The admin's default browser, where they are already signed in to GitHub.
    #[default]
    Browser,
    /// A window of this app (labelled `github`, with no access to the app's commands). The
    /// demo's default, so it needs nothing outside the app.
    AppWindow,
}

impl OpenIn {
    /// The wire name (`browser`, `app_window`): what the messages select on.
    pub fn wire(self) -> &'static str {
        match self {
            Self::Browser => "browser",
            Self::AppWindow => "app_window",
        }
    }

    /// "the browser" / "an app window".
    pub fn words(self) -> Message {
        msg!("handoff-open-in", how = self.wire())
    }
}

// The pages the hand-offs open. No GitHub document gives their addresses, only menu paths;
// these are the addresses with the best public evidence (github-api.md §1.8). One function
// per page, and one for its menu path, so the admin can find a page that moved: nothing
// else in the app builds these addresses.

/// GHEC: the enterprise's licensing page, where "Add server usage" is.
/// `https://github.com/enterprises/SLUG/licensing`, or `https://SUBDOMAIN.ghe.com/…` with
/// data residency. `None` when no web address is known for the API host.
pub fn ghec_license_page(ghec: &GhecSettings) -> Option<String> {
    if let Some(u) = overridden(ghec.licensing_url.as_deref()) {
        return Some(u);
    }
    let web = ghec.web_base_url()?;
    Some(format!(
        "{web}/enterprises/{}/licensing",
        ghec.enterprise.trim()
    ))
}

/// Where GitHub's docs put [`ghec_license_page`], in the process's language (GitHub's
/// labels stay English, with the translation beside them).
pub fn ghec_license_menu(ghec: &GhecSettings) -> String {
    ghec_license_menu_message(ghec).text()
}

/// [`ghec_license_menu`] as a message.
pub fn ghec_license_menu_message(ghec: &GhecSettings) -> Message {
    msg!(
        "handoff-ghec-license-menu",
        enterprise = ghec.enterprise.trim()
    )
}

/// GHES: Enterprise settings → License, where "Export license usage" and "Sync now" are.
/// `https://HOST/enterprises/SLUG/settings/license` when the instance's enterprise slug is
/// set, else the slug-less `https://HOST/enterprise/settings/license` (the slug is in no
/// answer the app reads). The connection's own address wins.
pub fn ghes_license_page(ghes: &GhesSettings) -> String {
    overridden(ghes.license_page_url.as_deref())
        .unwrap_or_else(|| format!("{}/settings/license", ghes_enterprise_root(ghes)))
}

/// Where GitHub's docs put [`ghes_license_page`].
pub fn ghes_license_menu() -> String {
    msg!("handoff-ghes-license-menu").text()
}

/// GHES: Enterprise settings → GitHub Connect, where "Server can sync user license count
/// and usage" (License sync) is enabled. `https://HOST/enterprise/settings/dotcom_connection`,
/// or the slug form, or the connection's own address.
pub fn ghes_connect_page(ghes: &GhesSettings) -> String {
    overridden(ghes.connect_page_url.as_deref())
        .unwrap_or_else(|| format!("{}/settings/dotcom_connection", ghes_enterprise_root(ghes)))
}

/// `WEB/enterprises/SLUG` with a slug, else `WEB/enterprise`.
fn ghes_enterprise_root(ghes: &GhesSettings) -> String {
    match ghes.enterprise_slug.as_deref().map(str::trim) {
        Some(slug) if !slug.is_empty() => format!("{}/enterprises/{slug}", ghes.web_base_url()),
        _ => format!("{}/enterprise", ghes.web_base_url()),
    }
}

/// A per-connection address that replaces the one the app would build.
fn overridden(url: Option<&str>) -> Option<String> {
    url.map(str::trim)
        .filter(|u| !u.is_empty())
        .map(|u| u.trim_end_matches('/').to_owned())
}

/// Where GitHub's docs put [`ghes_connect_page`].
pub fn ghes_connect_menu() -> String {
    msg!("handoff-ghes-connect-menu").text()
}

/// The words beside a link: "if the page moved: MENU".
pub fn if_moved(menu: &str) -> String {
    msg!("handoff-if-moved", menu = menu).text()
}

/// The note that tells the admin where the page is in GitHub's menus, for hand-off notes.
pub fn menu_note(url: &str, menu: &str) -> String {
    menu_note_message(url, menu).text()
}

/// [`menu_note`] as a message; `menu` is a menu path as [`ghes_license_menu`] gives it, or
/// its message (to render both in one language).
pub fn menu_note_message(url: &str, menu: impl Into<ghls_l10n::Arg>) -> Message {
    msg!("handoff-menu-note", url = url, menu = menu)
}

/// The steps on GitHub's pages, as the hand-off notes say them: GitHub's labels keep their
/// English names (GitHub's pages are English), with the translation beside them.
pub mod steps {
    use std::path::Path;

    use ghls_l10n::{msg, Message};

    /// Add server usage: what to do on GHEC's licensing page with the file at `path`.
    pub fn upload(path: &Path) -> Message {
        msg!("handoff-upload-step", path = path.display().to_string())
    }

    /// Sync now: what to do on the instance's License page.
    pub fn sync_now() -> Message {
        msg!("handoff-sync-now-step")
    }

    /// Sync now when GitHub Connect license sync is not known to be on for `host`.
    pub fn connect_not_known(host: &str) -> Message {
        msg!("handoff-connect-not-known", host = host)
    }

    /// Enable automatic license sync: what to do in the instance's GitHub Connect settings.
    pub fn enable_license_sync() -> Message {
        msg!("handoff-enable-step")
    }

    /// One-click sync's reason to skip an instance it has no path for.
    pub fn export_first(host: &str) -> Message {
        msg!("handoff-one-click-export-first", host = host)
    }

    /// Where the GHES License page is in GitHub's menus.
    pub fn ghes_license_menu() -> Message {
        msg!("handoff-ghes-license-menu")
    }

    /// Where the GHES GitHub Connect page is in GitHub's menus.
    pub fn ghes_connect_menu() -> Message {
        msg!("handoff-ghes-connect-menu")
    }
}

/// Performs hand-offs. Implemented by the shells; the services only decide.
///
/// Calls may block (processes, D-Bus, the GUI thread): the services call them off the async
/// threads. Errors are sentences for the admin ("no file manager answered: …").
pub trait HandOff: Send + Sync + fmt::Debug {
    /// Opens `url` (always `http` or `https`) in `how`.
    fn open_url(&self, url: &str, how: OpenIn) -> Result<(), String>;
    /// Shows `path` selected in the file manager.
    fn reveal_file(&self, path: &Path) -> Result<(), String>;
    /// Puts `text` on the clipboard.
    fn copy_text(&self, text: &str) -> Result<(), String>;
    /// Tells the admin that a long watch ended (an OS notification when the app is not in
    /// front). Nothing by default.
    fn notify(&self, _title: &str, _body: &str) -> Result<(), String> {
        Ok(())
    }
}

/// What to open and prepare for one hand-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandOffRequest {
    pub url: String,
    pub how: OpenIn,
    /// A file to show in the file manager and put on the clipboard (its path).
    pub file: Option<PathBuf>,
}

/// What a hand-off did: the steps that failed are in `notes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOffDone {
    pub notes: Vec<String>,
}

/// Runs `request` on `handoff`. Blocking.
pub fn perform(handoff: &dyn HandOff, request: &HandOffRequest) -> HandOffDone {
    let mut notes = Vec::new();
    if !(request.url.starts_with("https://") || request.url.starts_with("http://")) {
        notes.push(msg!("handoff-not-a-web-address", url = &request.url).text());
    } else if let Err(e) = handoff.open_url(&request.url, request.how) {
        notes.push(
            msg!(
                "handoff-page-not-opened",
                how = request.how.wire(),
                detail = e,
                url = &request.url
            )
            .text(),
        );
    }
    if let Some(file) = &request.file {
        if let Err(e) = handoff.reveal_file(file) {
            notes.push(
                msg!(
                    "handoff-file-not-shown",
                    detail = e,
                    path = file.display().to_string()
                )
                .text(),
            );
        }
        if let Err(e) = handoff.copy_text(&file.display().to_string()) {
            notes.push(msg!("handoff-path-not-copied", detail = e).text());
        }
    }
    HandOffDone { notes }
}

/// The hand-off of an app with no desktop shell to open anything: every step says so, and
/// the admin opens the page from the address in the event. Logs what it would do.
#[derive(Debug, Default)]
pub struct NoDesktop;

fn no_desktop() -> String {
    msg!("handoff-no-desktop").text()
}

impl HandOff for NoDesktop {
    fn open_url(&self, url: &str, _how: OpenIn) -> Result<(), String> {
        tracing::info!(%url, "hand-off: open this page");
        Err(no_desktop())
    }
    fn reveal_file(&self, path: &Path) -> Result<(), String> {
        tracing::info!(path = %path.display(), "hand-off: the file to upload");
        Err(no_desktop())
    }
    fn copy_text(&self, _text: &str) -> Result<(), String> {
        Err(no_desktop())
    }
}

/// The test seam: when `GHLS_TEST_HANDOFF_LOG` names a file, hand-offs are appended to it
/// as JSON lines (`{"action":"open_url","url":…,"how":…}`, `reveal_file`, `copy_text`,
/// `notify`) and nothing is opened. Tests then play the admin against the emulator's pages.
pub const TEST_HANDOFF_LOG: &str = "GHLS_TEST_HANDOFF_LOG";

/// Records hand-offs as JSON lines in a file (see [`TEST_HANDOFF_LOG`]).
#[derive(Debug)]
pub struct RecordingHandOff {
    path: PathBuf,
    lock: Mutex<()>,
}

impl RecordingHandOff {
    /// Appends to `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            lock: Mutex::new(()),
        }
    }

    /// The recorder of `GHLS_TEST_HANDOFF_LOG`, when it is set.
    pub fn from_env() -> Option<Self> {
        std::env::var_os(TEST_HANDOFF_LOG)
            .filter(|p| !p.is_empty())
            .map(Self::new)
    }

    fn append(&self, line: serde_json::Value) -> Result<(), String> {
        let _one_at_a_time = lock(&self.lock);
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| format!("{}: {e}", self.path.display()))?;
        writeln!(f, "{line}").map_err(|e| format!("{}: {e}", self.path.display()))
    }
}

impl HandOff for RecordingHandOff {
    fn open_url(&self, url: &str, how: OpenIn) -> Result<(), String> {
        self.append(serde_json::json!({ "action": "open_url", "url": url, "how": how }))
    }
    fn reveal_file(&self, path: &Path) -> Result<(), String> {
        self.append(
            serde_json::json!({ "action": "reveal_file", "path": path.display().to_string() }),
        )
    }
    fn copy_text(&self, text: &str) -> Result<(), String> {
        self.append(serde_json::json!({ "action": "copy_text", "text": text }))
    }
    fn notify(&self, title: &str, body: &str) -> Result<(), String> {
        self.append(serde_json::json!({ "action": "notify", "title": title, "body": body }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connections::GITHUB_COM_API;

    fn ghes(web_url: Option<&str>) -> GhesSettings {
        GhesSettings {
            web_url: web_url.map(Into::into),
            ..GhesSettings::new("main", "github.acme.example")
        }
    }

    #[test]
    fn the_pages_are_the_ones_the_docs_describe() {
        let g = GhecSettings {
            api_url: GITHUB_COM_API.into(),
            enterprise: "acme".into(),
            web_url: None,
            licensing_url: None,
        };
        assert_eq!(
            ghec_license_page(&g).as_deref(),
            Some("https://github.com/enterprises/acme/licensing")
        );
        assert_eq!(
            ghec_license_menu(&g),
            "Your enterprises → acme → Billing and licensing → Licensing"
        );
        let residency = GhecSettings {
            api_url: "https://api.octocorp.ghe.com".into(),
            ..g
        };
        assert_eq!(
            ghec_license_page(&residency).as_deref(),
            Some("https://octocorp.ghe.com/enterprises/acme/licensing")
        );
        assert_eq!(
            ghes_license_page(&ghes(None)),
            "https://github.acme.example/enterprise/settings/license"
        );
        assert_eq!(
            ghes_connect_page(&ghes(Some("http://127.0.0.1:9/ghes/main/web/"))),
            "http://127.0.0.1:9/ghes/main/web/enterprise/settings/dotcom_connection"
        );
        assert_eq!(
            ghes_connect_page(&ghes(None)),
            "https://github.acme.example/enterprise/settings/dotcom_connection"
        );
        assert_eq!(
            menu_note(&ghes_license_page(&ghes(None)), &ghes_license_menu()),
            "The page is https://github.acme.example/enterprise/settings/license (if the page moved: Enterprise settings → Settings → License)."
        );
    }

    #[test]
    fn a_ghes_enterprise_slug_gives_the_slug_forms() {
        let g = GhesSettings {
            enterprise_slug: Some("acme".into()),
            ..ghes(None)
        };
        assert_eq!(
            ghes_license_page(&g),
            "https://github.acme.example/enterprises/acme/settings/license"
        );
        assert_eq!(
            ghes_connect_page(&g),
            "https://github.acme.example/enterprises/acme/settings/dotcom_connection"
        );
    }

    #[test]
    fn each_page_address_can_be_overridden_per_connection() {
        let g = GhesSettings {
            enterprise_slug: Some("acme".into()),
            license_page_url: Some(" https://ghes.example/new/license/ ".into()),
            connect_page_url: Some("https://ghes.example/new/connect".into()),
            ..ghes(None)
        };
        assert_eq!(ghes_license_page(&g), "https://ghes.example/new/license");
        assert_eq!(ghes_connect_page(&g), "https://ghes.example/new/connect");
        let blank = GhesSettings {
            license_page_url: Some("  ".into()),
            ..ghes(None)
        };
        assert_eq!(
            ghes_license_page(&blank),
            "https://github.acme.example/enterprise/settings/license",
            "an empty override is none"
        );
        let cloud = GhecSettings {
            api_url: "https://proxy.internal/api".into(),
            enterprise: "acme".into(),
            web_url: None,
            licensing_url: Some("https://github.com/enterprises/acme/billing/licensing".into()),
        };
        assert_eq!(
            ghec_license_page(&cloud).as_deref(),
            Some("https://github.com/enterprises/acme/billing/licensing"),
            "even where no web address could be derived"
        );
    }

    /// Renders the steps as an admin reading Spanish or Portuguese sees them: GitHub's labels
    /// in English (GitHub's pages are), the translation beside each (locales/glossary.md).
    #[test]
    fn hand_off_steps_in_spanish_and_portuguese_keep_githubs_labels_with_the_translation_beside_them(
    ) {
        use ghls_l10n::Lang;
        let upload = steps::upload(Path::new("/tmp/usage.json"));
        let es = upload.in_lang(Lang::Es);
        assert!(
            es.contains("\"Enterprise Server instances\" (Instancias de Enterprise Server)"),
            "{es}"
        );
        assert!(
            es.contains(
                "elige \"Add server usage\" (Agregar uso del servidor) y carga /tmp/usage.json"
            ),
            "{es}"
        );
        let pt = upload.in_lang(Lang::PtBr);
        assert!(
            pt.contains("\"Enterprise Server instances\" (Instâncias Enterprise Server)"),
            "{pt}"
        );
        assert!(
            pt.contains("escolha \"Add server usage\" (Adicionar uso de servidor)"),
            "{pt}"
        );
        assert_eq!(
            upload.in_lang(Lang::En),
            "On the page, next to \"Enterprise Server instances\", choose \"Add server usage\" and upload /tmp/usage.json (its path is on the clipboard).",
            "English as it always was"
        );

        let sync_now = steps::sync_now();
        assert_eq!(
            sync_now.in_lang(Lang::Es),
            "En la página License (Licencias), en License sync (Sincronización de licencias), elige \"Sync now\" (Sincronizar ahora)."
        );
        assert_eq!(
            sync_now.in_lang(Lang::PtBr),
            "Na página License (Licenciamento), em License sync (Sincronização de licenças), escolha \"Sync now\" (Sincronizar agora)."
        );

        let enable = steps::enable_license_sync();
        assert!(enable.in_lang(Lang::Es).contains(
            "\"Server can sync user license count and usage\" (El servidor puede sincronizar el recuento y uso de licencias de usuario)"
        ));
        assert!(enable.in_lang(Lang::PtBr).contains(
            "\"Server can sync user license count and usage\" (O servidor pode sincronizar a contagem e o uso de licenças de usuário)"
        ));

        let fix = ghls_l10n::msg!("handoff-upload-failed-fix");
        assert!(fix
            .in_lang(Lang::Es)
            .contains("Export license usage (Exportar uso de licencia)"));
        assert!(fix
            .in_lang(Lang::PtBr)
            .contains("Export license usage (Exportar uso de licença)"));

        let not_known = steps::connect_not_known("ghes.acme.example").in_lang(Lang::Es);
        assert!(not_known.contains("ghes.acme.example"), "{not_known}");
        assert!(
            not_known.contains("\"Sync now\" (Sincronizar ahora)"),
            "{not_known}"
        );
    }

    #[test]
    fn githubs_menu_paths_keep_their_english_names_with_the_translation_beside_them() {
        use ghls_l10n::Lang;
        let url = ghes_license_page(&ghes(None));
        let note = menu_note_message(&url, steps::ghes_license_menu());
        assert_eq!(
            note.in_lang(Lang::Es),
            "La página es https://github.acme.example/enterprise/settings/license (si la página cambió de lugar: Enterprise settings (Configuración de la empresa) → Settings (Configuración) → License (Licencias))."
        );
        assert_eq!(
            note.in_lang(Lang::PtBr),
            "A página é https://github.acme.example/enterprise/settings/license (se a página mudou de lugar: Enterprise settings (Configurações da empresa) → Settings (Configurações) → License (Licenciamento))."
        );
        let g = GhecSettings {
            api_url: GITHUB_COM_API.into(),
            enterprise: " acme ".into(),
            web_url: None,
            licensing_url: None,
        };
        assert_eq!(
            ghec_license_menu_message(&g).in_lang(Lang::PtBr),
            "Your enterprises (Suas empresas) → acme → Billing and licensing (Cobrança e licenciamento) → Licensing (Licenciamento)"
        );
    }

    #[test]
    fn a_failed_step_names_the_browser_or_the_app_window_in_the_language() {
        use ghls_l10n::Lang;
        let m = |how: OpenIn| {
            ghls_l10n::msg!(
                "handoff-page-not-opened",
                how = how.wire(),
                detail = "x",
                url = "https://github.com/"
            )
        };
        assert_eq!(
            m(OpenIn::Browser).in_lang(Lang::PtBr),
            "Não foi possível abrir a página no navegador (x): abra https://github.com/ você mesmo."
        );
        assert_eq!(
            m(OpenIn::AppWindow).in_lang(Lang::Es),
            "No se pudo abrir la página en una ventana de la app (x): abre https://github.com/ tú mismo."
        );
        assert_eq!(
            m(OpenIn::AppWindow).in_lang(Lang::En),
            "The page could not be opened in an app window (x): open https://github.com/ yourself."
        );
    }

    #[derive(Debug)]
    struct Broken;
    impl HandOff for Broken {
        fn open_url(&self, _: &str, _: OpenIn) -> Result<(), String> {
            Err("no browser".into())
        }
        fn reveal_file(&self, _: &Path) -> Result<(), String> {
            Err("no file manager".into())
        }
        fn copy_text(&self, _: &str) -> Result<(), String> {
            Err("no clipboard".into())
        }
    }

    #[test]
    fn failed_hand_off_steps_are_reported_with_the_address_to_open_by_hand() {
        let done = perform(
            &Broken,
            &HandOffRequest {
                url: "https://github.com/enterprises/acme/settings/license".into(),
                how: OpenIn::Browser,
                file: Some("/tmp/usage.json".into()),
            },
        );
        assert_eq!(done.notes.len(), 3, "{:?}", done.notes);
        assert!(done.notes[0]
            .contains("open https://github.com/enterprises/acme/settings/license yourself"));
        assert!(done.notes[1].contains("/tmp/usage.json"));
        assert!(done.notes[2].contains("no clipboard"));
    }

    #[test]
    fn a_recording_hand_off_writes_json_lines() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("handoffs.jsonl");
        let r = RecordingHandOff::new(&log);
        perform(
            &r,
            &HandOffRequest {
                url: "http://127.0.0.1:9/ghec/web/enterprises/acme/settings/license".into(),
                how: OpenIn::AppWindow,
                file: Some("/tmp/usage.json".into()),
            },
        );
        let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["action"], "open_url");
        assert_eq!(lines[0]["how"], "app_window");
        assert_eq!(lines[1]["action"], "reveal_file");
        assert_eq!(lines[2]["text"], "/tmp/usage.json");
    }
}
