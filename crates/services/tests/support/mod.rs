//! The services' integration tests start their app here: the demo (the app in demo mode
//! with its built-in emulator) in one line that reads like the test's premise,
//! `demo().consumers(60).seed(3).await`. An emulator of their own comes from
//! `ghls_emulator::testing::emulator()`. Also the assertion every failure test makes: the
//! words the admin is told.
#![allow(clippy::unwrap_used, dead_code)] // test helpers may fail loudly; not every binary uses all

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use ghls_emulator::{Fault, FaultKind, FaultTarget};
use ghls_services::demo::{self, DemoConfig};
use ghls_services::{ActivityKind, App, ErrorReport, Outcome};

/// The demo app with the demo's default enterprise, narrowed by the builder's methods and
/// started by `.await`.
pub fn demo() -> Demo {
    Demo(DemoConfig::default())
}

/// How a test's demo app is started; `.await` starts it (and panics if it cannot).
#[derive(Debug)]
#[must_use = "the demo starts only when awaited"]
pub struct Demo(DemoConfig);

impl Demo {
    /// About this many license consumers.
    pub fn consumers(mut self, consumers: usize) -> Self {
        self.0.consumers = consumers;
        self
    }

    /// Another generated enterprise.
    pub fn seed(mut self, seed: u64) -> Self {
        self.0.seed = seed;
        self
    }

    /// A history of a reading a week for this many past weeks.
    pub fn history_weeks(mut self, weeks: u32) -> Self {
        self.0.history_weeks = weeks;
        self
    }
}

impl IntoFuture for Demo {
    type Output = App;
    type IntoFuture = Pin<Box<dyn Future<Output = App> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move { demo::start(self.0).await.unwrap() })
    }
}

/// A credential store holding the emulator's GHEC token and every GHES instance's token,
/// as a normal app connected to it would.
pub fn tokens_of(info: &ghls_emulator::EmulatorInfo) -> std::sync::Arc<ghls_services::MemoryStore> {
    use ghls_services::{CredentialStore, SecretKey};
    let store = std::sync::Arc::new(ghls_services::MemoryStore::default());
    store
        .set(
            &SecretKey::ghec_token(),
            &ghls_domain::Secret::new(info.ghec.token.clone()),
        )
        .unwrap();
    for g in &info.ghes {
        store
            .set(
                &SecretKey::ghes_token(&g.name),
                &ghls_domain::Secret::new(g.token.clone()),
            )
            .unwrap();
    }
    store
}

/// Asserts what the Activity list's newest entry records.
pub fn assert_last_activity(app: &App, kind: ActivityKind, outcome: Outcome) {
    let last = &app.activity(Some(1))[0];
    assert_eq!((last.kind, last.outcome), (kind, outcome), "{last:?}");
}

/// The message and the fix together, for asserting key words.
pub fn words(e: &ErrorReport) -> String {
    format!("{} {}", e.message, e.fix.clone().unwrap_or_default())
}

/// Asserts that what the admin is told (message and fix) says each of `expected`.
pub fn assert_says(e: &ErrorReport, expected: &[&str]) {
    let told = words(e);
    for words in expected {
        assert!(told.contains(words), "{words:?} is not in: {told}");
    }
}

/// GitHub Enterprise Cloud answers `status` with `message` to the next request whose path
/// (or, for GraphQL, body) contains `path`.
pub fn ghec_refuses(path: &str, status: u16, message: &str) -> Fault {
    Fault::once(
        FaultTarget::Ghec,
        path,
        FaultKind::Status {
            status,
            message: Some(message.into()),
        },
    )
}

/// A token that may read REST but not GraphQL: every GraphQL request is refused (403 with
/// GitHub's words for such a token) until the fault is cleared.
pub fn graphql_refused_for_good() -> Fault {
    Fault {
        times: 0,
        ..ghec_refuses(
            "/graphql",
            403,
            "Resource not accessible by personal access token",
        )
    }
}
