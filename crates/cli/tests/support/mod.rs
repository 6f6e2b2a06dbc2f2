//! Running `ghls` as an admin's cron job would: the binary, its environment, and a GitHub
//! emulator to talk to (the in-process demo of `--demo`, or one started here with a
//! settings folder and tokens in environment variables).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use ghls_emulator::{testing, Emulator, EmulatorInfo, Fault, FaultKind, FaultTarget};
use ghls_services::connections::{Settings, SettingsStore};
use tempfile::TempDir;

/// Variables of the developer's shell that would change what ghls does.
const CLEARED: &[&str] = &[
    "GHLS_GHEC_TOKEN",
    "GHLS_GHES_TOKEN_MAIN",
    "GHLS_GHES_TOKEN_LEGACY",
    "GHLS_LOG",
    "GHLS_DEMO",
    "GHLS_TEST_HANDOFF_LOG",
    "NO_COLOR",
    // The language is the environment's (gettext's order): English here, whatever the
    // developer's shell says; a test that wants another sets LANG (or passes --lang).
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
];

/// `ghls` with a clean environment: settings and activity in `home`, never the user's;
/// English (`LANG=C.UTF-8`: "C" is English in `ghls_l10n::Lang::from_variables`).
pub fn ghls(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ghls"));
    for v in CLEARED {
        c.env_remove(v);
    }
    c.env("LANG", "C.UTF-8")
        .env("GHLS_CONFIG_DIR", home.join("config"))
        .env("GHLS_DATA_DIR", home.join("data"))
        .timeout(std::time::Duration::from_secs(60));
    c
}

/// `ghls --demo ARGS…`: the built-in emulator, in the ghls process.
pub fn demo(args: &[&str]) -> (Command, TempDir) {
    let home = tempfile::tempdir().unwrap();
    let mut c = ghls(home.path());
    c.arg("--demo").args(args);
    (c, home)
}

/// Parses stdout as JSON.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// A GitHub emulator in this test process, and a settings folder pointing at it, as the
/// desktop app would have saved it.
pub struct Emulated {
    pub emulator: Emulator,
    pub info: EmulatorInfo,
    pub home: TempDir,
    runtime: tokio::runtime::Runtime,
}

impl Emulated {
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let emulator = testing::emulator().start_on(&runtime);
        let info = emulator.info();
        let home = tempfile::tempdir().unwrap();
        let this = Self {
            emulator,
            info,
            home,
            runtime,
        };
        this.save_settings(&ghls_services::demo::settings_for(&this.info));
        this
    }

    pub fn save_settings(&self, settings: &Settings) {
        SettingsStore::new(self.home.path().join("config/settings.json"))
            .save(settings)
            .unwrap();
    }

    /// GitHub answers `kind`, once, to the second page of consumed licenses (100 a page).
    pub fn fail_second_consumed_page_once(&self, kind: FaultKind) {
        self.emulator
            .inject(Fault::once(FaultTarget::Ghec, "per_page=100&page=2", kind));
    }

    /// `ghls ARGS…` with every token in its environment variable.
    pub fn ghls(&self, args: &[&str]) -> Command {
        let mut c = ghls(self.home.path());
        c.env("GHLS_GHEC_TOKEN", &self.info.ghec.token);
        for g in &self.info.ghes {
            c.env(
                format!("GHLS_GHES_TOKEN_{}", g.name.to_ascii_uppercase()),
                &g.token,
            );
        }
        c.args(args);
        c
    }

    /// The export GHES would write for `instance`, fetched as an admin script would.
    pub fn usage_export(&self, instance: &str) -> PathBuf {
        let url = format!(
            "{}/_emulator/ghes/{instance}/license-usage-export",
            self.info.base_url
        );
        let bytes = self.runtime.block_on(async {
            testing::install_crypto_provider();
            let reply = reqwest::get(&url).await.unwrap();
            assert!(reply.status().is_success(), "{url}: {}", reply.status());
            reply.bytes().await.unwrap()
        });
        let path = self
            .home
            .path()
            .join(format!("license-usage-{instance}.json"));
        std::fs::write(&path, &bytes).unwrap();
        path
    }
}
