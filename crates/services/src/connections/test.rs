//! "Test connection": one read per target through the real client, the same reads the
//! License screen makes, and the answer in words the admin can act on.
//!
//! - GHES: `GET /api/v3/enterprise/settings/license` (site administrators only) and the
//!   version from `X-GitHub-Enterprise-Version`, else `GET /api/v3/meta`.
//! - GHEC: `GET /enterprises/{slug}/license-sync-status`.
//! - The Manage API, when a Management Console password is saved:
//!   `GET /manage/v1/config/license/check` and `GET /manage/v1/config/license`. Its failure
//!   is part of the result (the REST connection still worked), never the whole test's.
//!
//! Most advice comes from the client's error; what only this layer knows (the custom CA
//! setting, the demo's emulator) is added. Nothing secret is in a result.

use std::time::Instant;

use ghls_domain::expiry::to_rfc3339;
use ghls_domain::SeatCount;
use ghls_l10n::{msg, t, Arg, Message};
use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

use super::credentials::{SecretKey, SecretStatus};
use super::draft::ConnectionTarget;
use super::settings::GhesSettings;
use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;
use crate::error::{Error, ErrorReport};

/// The outcome of one Test connection.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConnectionTest {
    pub target: ConnectionTarget,
    /// The target as the screen names it.
    pub name: String,
    /// When the test started (RFC 3339).
    pub tested_at: String,
    #[ts(type = "number")]
    pub duration_ms: u64,
    pub result: TestResult,
}

/// Connected, with what was learned, or failed, with why and what to do.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
#[ts(export)]
pub enum TestResult {
    Connected { summary: String, learned: Learned },
    Failed { error: ErrorReport },
}

/// What a successful test read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
#[allow(clippy::large_enum_variant)] // one per connection test, sent to the UI as it is
pub enum Learned {
    Ghes {
        version: Option<String>,
        seats: Option<SeatCount>,
        #[ts(type = "number | null")]
        seats_used: Option<i64>,
        manage_api: ManageApiCheck,
    },
    Ghec {
        enterprise: String,
        /// Server instances GitHub lists in license-sync-status.
        server_instances: u32,
        /// `X-OAuth-Scopes` of a classic token.
        token_scopes: Option<Vec<String>>,
    },
}

/// The Management Console (Manage API) part of a GHES test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum ManageApiCheck {
    /// No Management Console password is saved: nothing to check.
    NoPassword,
    /// The Manage API answered with the license and its check.
    Checked {
        /// In words, for the screen (`license valid: 1200 seats, expires …`).
        reason: String,
        /// `valid`, `invalid`, `expired` or `cluster mode not supported`.
        status: Option<String>,
        seats: Option<SeatCount>,
        /// Verbatim from the Manage API.
        expire_at: Option<String>,
    },
    /// The Manage API could not be read (wrong password, port 8443 not reachable, …).
    Failed {
        /// In words, for the screen: the error's message.
        reason: String,
        error: ErrorReport,
    },
}

impl App {
    /// Tests one connection now. Never fails: a failure is the result.
    pub async fn test_connection(&self, target: ConnectionTarget) -> ConnectionTest {
        let tested_at = to_rfc3339(OffsetDateTime::now_utc());
        let started = Instant::now();
        let (name, result) = match &target {
            ConnectionTarget::Ghec => self.test_ghec().await,
            ConnectionTarget::Ghes { id } => self.test_ghes(id).await,
        };
        let result = match result {
            Ok((summary, learned)) => TestResult::Connected { summary, learned },
            Err(error) => TestResult::Failed { error },
        };
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        tracing::info!(target_name = %name, duration_ms, outcome = match &result {
            TestResult::Connected { .. } => "connected",
            TestResult::Failed { error } => error.kind.as_str(),
        }, "connection tested");
        self.record(match &result {
            TestResult::Connected { summary, .. } => Activity::new(
                ActivityKind::ConnectionTest,
                &name,
                Outcome::Ok,
                summary.clone(),
                format!("{duration_ms} ms"),
            ),
            TestResult::Failed { error } => Activity::new(
                ActivityKind::ConnectionTest,
                &name,
                Outcome::Failed,
                error.message.clone(),
                error.fix.clone().unwrap_or_default(),
            ),
        })
        .await;
        ConnectionTest {
            target,
            name,
            tested_at,
            duration_ms,
            result,
        }
    }

    async fn test_ghes(&self, id: &str) -> (String, Result<(String, Learned), ErrorReport>) {
        let g = match self.ghes_settings(id) {
            Ok(g) => g,
            Err(e) => return (format!("GHES {id}"), Err(e.report())),
        };
        let name = format!("GHES {}", g.display_name());
        let result = async {
            let client = self.ghes_client(&g).await?;
            let (l, version) = client.license_and_version().await?;
            let manage_api = self.manage_api_check(&g).await;
            let summary = match version.as_deref() {
                Some(v) => msg!("conn-test-ghes-connected-version", version = v),
                None => msg!("conn-test-ghes-connected"),
            }
            .arg("instance", g.display_name())
            .arg("seats", seats_phrase(l.seats.as_ref()))
            .arg("used", used_phrase(l.seats_used))
            .text();
            Ok::<_, Error>((
                summary,
                Learned::Ghes {
                    version,
                    seats: l.seats,
                    seats_used: l.seats_used,
                    manage_api,
                },
            ))
        }
        .await
        .map_err(|e| self.explain(e, Some(&g)));
        (name, result)
    }

    async fn test_ghec(&self) -> (String, Result<(String, Learned), ErrorReport>) {
        let name = "GitHub Enterprise Cloud".to_owned();
        let Some(g) = self.settings().ghec else {
            let e = Error::NotConfigured {
                what: crate::error::Configurable::Ghec,
            };
            return (name, Err(e.report()));
        };
        let result = async {
            let client = self.ghec_client(&g).await?;
            let reply = client.license_sync_status().await?;
            let n = u32::try_from(reply.value.len()).unwrap_or(u32::MAX);
            let summary = msg!(
                "conn-test-ghec-connected",
                enterprise = &g.enterprise,
                count = n
            )
            .text();
            Ok::<_, Error>((
                summary,
                Learned::Ghec {
                    enterprise: g.enterprise.clone(),
                    server_instances: n,
                    token_scopes: reply.meta.oauth_scopes,
                },
            ))
        }
        .await
        .map_err(|e| self.explain(e, None));
        (name, result)
    }

    async fn manage_api_check(&self, g: &GhesSettings) -> ManageApiCheck {
        let secrets = self.credentials().clone();
        let key = SecretKey::ghes_manage_password(&g.id);
        let status = tokio::task::spawn_blocking(move || secrets.status(&key)).await;
        if matches!(status, Ok(SecretStatus::NotSet)) {
            return ManageApiCheck::NoPassword;
        }
        match self.manage_license(g).await {
            Ok((license, check)) => {
                let seats = crate::license_upload::seats_of(&license);
                ManageApiCheck::Checked {
                    reason: msg!(
                        "conn-manage-checked",
                        status = match check.status.as_deref() {
                            Some(s) => Arg::from(s),
                            None => msg!("conn-manage-status-unknown").into(),
                        },
                        seats = seats_phrase(seats.as_ref()),
                        expires = match license.expire_at.as_deref() {
                            Some(at) => Arg::day(at),
                            None => msg!("svc-unknown").into(),
                        }
                    )
                    .text(),
                    status: check.status,
                    seats,
                    expire_at: license.expire_at,
                }
            }
            Err(e) => {
                let error = self.explain(e, Some(g));
                ManageApiCheck::Failed {
                    reason: error.message.clone(),
                    error,
                }
            }
        }
    }

    /// The error as the admin needs it for this target.
    fn explain(&self, e: Error, ghes: Option<&GhesSettings>) -> ErrorReport {
        let report = self.advise(e.report());
        // `tls`, or `tls_unknown_issuer` / `tls_name_mismatch` / `tls_expired` when the
        // client could tell why.
        let kind = if report.kind.as_str().starts_with("tls") {
            "tls"
        } else {
            report.kind.as_str()
        };
        match (kind, ghes) {
            ("tls", Some(g)) => match &g.ca_bundle {
                Some(path) => report.with_extra_fix(&t!("conn-tls-ca-bundle", path = path)),
                None => report.with_extra_fix(&t!("conn-tls-no-ca-bundle")),
            },
            ("tls", None) => report.with_extra_fix(&t!("conn-tls-ghec")),
            _ => report,
        }
    }
}

/// "1,200 seats", "unlimited seats", "unknown seats": a license's seats in a sentence.
pub(crate) fn seats_phrase(s: Option<&SeatCount>) -> Message {
    match s {
        Some(SeatCount::Count(n)) => msg!("svc-seats", count = *n),
        Some(SeatCount::Unlimited) => msg!("svc-seats-unlimited"),
        Some(SeatCount::Other(t)) => msg!("svc-seats-other", text = t),
        None => msg!("svc-seats-unknown"),
    }
}

/// "800 used", "unknown used": the seats in use in a sentence.
fn used_phrase(n: Option<i64>) -> Message {
    match n {
        Some(n) => msg!("svc-seats-used", count = n),
        None => msg!("svc-seats-used-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use ghls_l10n::Lang;

    use super::*;

    #[test]
    fn a_connected_summary_counts_seats_as_each_language_writes_them() {
        let summary = msg!("conn-test-ghes-connected-version", version = "3.17.4")
            .arg("instance", "main")
            .arg("seats", seats_phrase(Some(&SeatCount::Count(12_000))))
            .arg("used", used_phrase(Some(1)));
        assert_eq!(
            summary.in_lang(Lang::En),
            "Connected to main (GHES 3.17.4): 12,000 seats, 1 used."
        );
        assert_eq!(
            summary.in_lang(Lang::Es),
            "Conectado a main (GHES 3.17.4): 12.000 puestos, 1 en uso."
        );
        assert_eq!(
            seats_phrase(Some(&SeatCount::Count(1))).in_lang(Lang::PtBr),
            "1 licença de usuário"
        );
        assert_eq!(
            seats_phrase(Some(&SeatCount::Unlimited)).in_lang(Lang::Es),
            "puestos ilimitados"
        );
    }
}
