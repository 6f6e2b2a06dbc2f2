//! Starting the emulator in a test, in one line that reads like the test's premise:
//! `emulator().consumers(40).tls().await`. Shared by the integration tests of every crate,
//! so the start-up is written once.
//!
//! Behind the `testing` feature, which only dev-dependencies turn on: these helpers panic
//! on failure, as a test should, and the app never links them. Like the rest of the crate
//! it knows nothing of the client's wire types.
#![allow(clippy::expect_used, clippy::panic)] // a test's premise failing must stop the test

use std::future::{Future, IntoFuture};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::Duration;

use crate::{render_demo_license, DemoLicense, GhesInfo, GhesSshInfo};
use crate::{Emulator, EmulatorConfig, EmulatorInfo, Error, Fault, FaultKind, FaultTarget};

/// Makes ring, the workspace's one rustls crypto provider, the process's: a test's own
/// `reqwest::Client` (talking to the emulator's control or web pages) needs one, or reqwest
/// panics. Every emulator start calls it; idempotent.
pub fn install_crypto_provider() {
    // An Err only says one is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// An emulator with the default enterprise, to be narrowed by the builder's methods and
/// started by `.await`.
pub fn emulator() -> Start {
    Start {
        config: EmulatorConfig::default(),
    }
}

/// How the emulator of a test is started; `.await` starts it (and panics if it cannot).
#[derive(Debug, Clone)]
#[must_use = "an emulator starts only when awaited"]
pub struct Start {
    config: EmulatorConfig,
}

impl Start {
    /// About this many license consumers.
    pub fn consumers(mut self, consumers: usize) -> Self {
        self.config.consumers = consumers;
        self
    }

    /// Requests per hour per token ([`EmulatorConfig::rate_limit`]).
    pub fn rate_limit(mut self, per_hour: u64) -> Self {
        self.config.rate_limit = per_hour;
        self
    }

    /// Another generated enterprise: the same seed gives the same one.
    pub fn seed(mut self, seed: u64) -> Self {
        self.config.seed = seed;
        self
    }

    /// Also serve HTTPS under the emulator's own CA ([`EmulatorConfig::tls`]).
    pub fn tls(mut self) -> Self {
        self.config.tls = true;
        self
    }

    /// Also serve each instance's admin shell over SSH ([`EmulatorConfig::ssh`]).
    pub fn ssh(mut self) -> Self {
        self.config.ssh = true;
        self
    }

    /// How long GitHub "processes" an upload or a Sync now.
    pub fn processing_delay(mut self, delay: Duration) -> Self {
        self.config.processing_delay = delay;
        self
    }

    /// Where to listen (the emulator refuses anything but loopback).
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.config.listen = address;
        self
    }

    /// The configuration, for a caller that starts the emulator another way (e.g. the demo).
    pub fn config(self) -> EmulatorConfig {
        self.config
    }

    /// Starts it, returning the error: for tests of the start itself.
    pub async fn try_start(self) -> Result<Emulator, Error> {
        Emulator::start(self.config).await
    }

    /// Starts it on a runtime of its own, for synchronous tests (e.g. of a binary): the
    /// runtime must live as long as the emulator serves.
    pub fn start_on(self, runtime: &tokio::runtime::Runtime) -> Emulator {
        runtime.block_on(self.into_future())
    }
}

/// A process serving an emulator (the `ghls-emulator` binary, `ghls emulator`) once it has
/// printed its info line; killed when dropped.
#[derive(Debug)]
pub struct Serving {
    child: std::process::Child,
    line: String,
}

impl Serving {
    /// Spawns `command` with stdout piped and waits for its first line.
    pub fn spawn(mut command: std::process::Command) -> Self {
        use std::io::BufRead;
        let mut child = command
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("the emulator's process starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout is piped");
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the emulator prints its info line");
        Self { child, line }
    }

    /// The first line it printed.
    pub fn line(&self) -> &str {
        &self.line
    }

    /// That line read as the emulator's info.
    pub fn info(&self) -> EmulatorInfo {
        serde_json::from_str(&self.line)
            .unwrap_or_else(|e| panic!("not the emulator's info ({e}): {}", self.line))
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The demo stand-in for a `.ghl` of Acme Corp with `seats` (`None`: unlimited), expiring
/// at `expire_at` (RFC 3339), as the Manage API accepts it.
pub fn demo_license(seats: Option<u64>, expire_at: &str) -> Vec<u8> {
    render_demo_license(&DemoLicense {
        company: "Acme Corp".into(),
        reference_number: "c0ffee".into(),
        seats,
        expire_at: expire_at.into(),
        evaluation: false,
        advanced_security_seats: 0,
    })
}

impl IntoFuture for Start {
    type Output = Emulator;
    type IntoFuture = Pin<Box<dyn Future<Output = Emulator> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            install_crypto_provider();
            Emulator::start(self.config)
                .await
                .unwrap_or_else(|e| panic!("the test's emulator did not start: {e}"))
        })
    }
}

impl Emulator {
    /// The GHES instance called `name` (`main`, `legacy`, …).
    pub fn ghes(&self, name: &str) -> GhesInfo {
        self.info().ghes_named(name).clone()
    }

    /// The admin shell of the instance called `name` (started with [`Start::ssh`]).
    pub fn ssh_of(&self, name: &str) -> GhesSshInfo {
        self.ghes(name)
            .ssh
            .unwrap_or_else(|| panic!("{name} has no admin shell: start the emulator with .ssh()"))
    }

    /// How many requests so far had `part` in their URI (e.g. `license-sync-status`).
    pub fn requests_to(&self, part: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.uri.contains(part))
            .count()
    }

    /// Writes the license-usage export GHES `instance` would give the admin to `path`.
    pub fn save_usage_export(&self, instance: &str, path: impl AsRef<Path>) -> PathBuf {
        let path = path.as_ref();
        let bytes = self
            .license_usage_export(instance)
            .unwrap_or_else(|| panic!("the emulator has no GHES instance {instance}"));
        std::fs::write(path, bytes).expect("the export is written");
        path.to_path_buf()
    }

    /// Queues one fault: the next request to `target` whose path contains `path` gets it.
    pub fn fail_once(&self, target: FaultTarget, path: &str, kind: FaultKind) {
        self.inject(Fault::once(target, path, kind));
    }

    /// Queues one plain HTTP error status (with GitHub's default message, or `message`).
    pub fn fail_once_with_status(
        &self,
        target: FaultTarget,
        path: &str,
        status: u16,
        message: Option<&str>,
    ) {
        self.fail_once(
            target,
            path,
            FaultKind::Status {
                status,
                message: message.map(str::to_owned),
            },
        );
    }
}

impl EmulatorInfo {
    /// The GHES instance called `name`.
    pub fn ghes_named(&self, name: &str) -> &GhesInfo {
        self.ghes
            .iter()
            .find(|g| g.name == name)
            .unwrap_or_else(|| panic!("the emulator has no GHES instance {name}"))
    }

    /// Every token the emulator issues, right or wrong in any way.
    pub fn tokens(&self) -> Vec<&str> {
        let ghec = &self.ghec;
        [
            &ghec.token,
            &ghec.non_owner_token,
            &ghec.no_scope_token,
            &ghec.fine_grained_token,
            &ghec.sso_token,
        ]
        .into_iter()
        .chain(
            self.ghes
                .iter()
                .flat_map(|g| [&g.token, &g.non_admin_token]),
        )
        .map(String::as_str)
        .collect()
    }

    /// Panics if `text` (a response, a file, a log) holds any of the emulator's tokens or
    /// anything shaped like a classic token.
    pub fn assert_no_token_in(&self, text: &str) {
        for token in self.tokens() {
            assert!(!text.contains(token), "a token leaked: {text}");
        }
        assert!(!text.contains("ghp_"), "a token leaked: {text}");
    }
}
