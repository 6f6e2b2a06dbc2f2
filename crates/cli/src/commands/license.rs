//! `ghls license`: the License screen's server cards.

use ghls_domain::expiry::{parse_github_time, to_rfc3339};
use ghls_domain::server_license::ExpiryState;
use ghls_domain::{SeatCount, ServerLicenseView};
use ghls_l10n::{msg, t};
use ghls_services::ErrorKind;
use ghls_services::ErrorReport;
use ghls_services::Section;
use serde::Serialize;

use super::Context;
use crate::exit::{Exit, Failure};
use crate::output::{header, number, table, Paint};

/// `ghls license --json`.
#[derive(Debug, Serialize)]
pub struct LicenseOut {
    pub fetched_at: String,
    pub instances: Vec<InstanceLicense>,
}

#[derive(Debug, Serialize)]
pub struct InstanceLicense {
    pub id: String,
    pub name: String,
    pub hostname: String,
    pub version: Option<String>,
    /// `null` when it could not be read (see `error`).
    pub license: Option<LicenseFigures>,
    pub error: Option<ErrorReport>,
}

/// The license in plain JSON values: a seat figure is a number, `"unlimited"`, or the text
/// GitHub sent.
#[derive(Debug, Serialize)]
pub struct LicenseFigures {
    pub seats: Option<Seats>,
    pub seats_used: Option<i64>,
    pub seats_available: Option<Seats>,
    pub kind: Option<String>,
    /// RFC 3339, when GitHub's date could be read.
    pub expires_at: Option<String>,
    pub expires_raw: Option<String>,
    pub days_left: Option<i64>,
    pub expiry_state: ExpiryState,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Seats {
    Count(i64),
    Text(String),
}

fn seats(s: Option<&SeatCount>) -> Option<Seats> {
    s.map(|s| match s {
        SeatCount::Count(n) => Seats::Count(*n),
        SeatCount::Unlimited => Seats::Text("unlimited".to_owned()),
        SeatCount::Other(t) => Seats::Text(t.clone()),
    })
}

fn figures(v: &ServerLicenseView) -> LicenseFigures {
    LicenseFigures {
        seats: seats(v.seats.as_ref()),
        seats_used: v.seats_used,
        seats_available: seats(v.seats_available.as_ref()),
        kind: v.kind.clone(),
        expires_at: v.expiry.date.as_ref().and_then(|d| d.at).map(to_rfc3339),
        expires_raw: v.expiry.date.as_ref().map(|d| d.raw.clone()),
        days_left: v.expiry.days_left,
        expiry_state: v.expiry.state,
    }
}

pub async fn run(cx: &Context<'_>) -> Result<Exit, Failure> {
    if cx.app.settings().ghes.is_empty() {
        return Err(no_instances(cx));
    }
    let overview = cx.app.license_overview().await;
    let instances: Vec<InstanceLicense> = overview
        .servers
        .into_iter()
        .map(|s| {
            let (license, error) = match s.license {
                Section::Loaded { data } => (Some(figures(&data)), None),
                Section::Failed { error } => (None, Some(cx.advice.apply(error))),
                Section::NotConfigured { reason } => (
                    None,
                    Some(crate::exit::cli_report(
                        ErrorKind::NotConfigured,
                        &crate::exit::as_is(reason),
                        None,
                    )),
                ),
            };
            InstanceLicense {
                id: s.id,
                name: s.name,
                hostname: s.hostname,
                version: s.version,
                license,
                error,
            }
        })
        .collect();
    let result = LicenseOut {
        fetched_at: overview.fetched_at,
        instances,
    };
    cx.out.result(&result, || human(cx, &result))?;
    let failed: Vec<&InstanceLicense> = result
        .instances
        .iter()
        .filter(|i| i.error.is_some())
        .collect();
    for i in &failed {
        if let Some(e) = &i.error {
            cx.out.error(e);
        }
    }
    Ok(if failed.is_empty() {
        Exit::Ok
    } else {
        Exit::Failure
    })
}

fn no_instances(cx: &Context<'_>) -> Failure {
    let fix = match cx.app.info().settings_path {
        Some(path) => msg!("cli-no-ghes-fix-at", path = path),
        None => msg!("cli-no-ghes-fix"),
    };
    Failure::new(
        Exit::Failure,
        ErrorKind::NotConfigured,
        msg!("cli-no-ghes"),
        Some(fix),
    )
}

fn seat_words(s: &Option<Seats>) -> String {
    match s {
        Some(Seats::Count(n)) => number(*n),
        Some(Seats::Text(t)) if t == "unlimited" => t!("cli-seats-unlimited"),
        Some(Seats::Text(t)) => t.clone(),
        None => "-".to_owned(),
    }
}

fn human(cx: &Context<'_>, l: &LicenseOut) -> String {
    let out = cx.out;
    let rows: Vec<Vec<String>> = l
        .instances
        .iter()
        .map(|i| {
            let version = i.version.clone().unwrap_or_else(|| "-".to_owned());
            match &i.license {
                Some(f) => {
                    let date = f
                        .expires_at
                        .as_deref()
                        .and_then(parse_github_time)
                        .map(|at| ghls_l10n::format_day(at, ghls_l10n::language()))
                        .or_else(|| f.expires_raw.clone())
                        .unwrap_or_else(|| "-".to_owned());
                    let left = match (f.expiry_state, f.days_left) {
                        (ExpiryState::Expired, _) => out.paint(&t!("cli-expired"), Paint::Red),
                        (ExpiryState::Soon, Some(d)) => {
                            out.paint(&t!("cli-days-left", days = d), Paint::Yellow)
                        }
                        (_, Some(d)) => t!("cli-days-left", days = d),
                        (_, None) => t!("cli-unknown"),
                    };
                    vec![
                        i.id.clone(),
                        i.hostname.clone(),
                        version,
                        seat_words(&f.seats),
                        f.seats_used.map_or_else(|| "-".to_owned(), number),
                        seat_words(&f.seats_available),
                        format!("{date} ({left})"),
                    ]
                }
                None => vec![
                    i.id.clone(),
                    i.hostname.clone(),
                    version,
                    out.paint(&t!("cli-not-read"), Paint::Red),
                ],
            }
        })
        .collect();
    let mut text = String::new();
    let header = header(&[
        "cli-col-instance",
        "cli-col-host",
        "cli-col-version",
        "cli-col-seats",
        "cli-col-used",
        "cli-col-available",
        "cli-col-expires",
    ]);
    for line in table(&header, &rows) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}
