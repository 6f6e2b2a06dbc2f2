//! `ghls servers`: the server instances GitHub knows (GraphQL `enterpriseServerInstallations`)
//! with their GitHub Connect license sync, whether they are configured here, and their last
//! usage uploads.

use ghls_l10n::{msg, t};
use ghls_services::license::{KnownServer, UploadView};
use ghls_services::ErrorKind;
use ghls_services::Section;
use serde::Serialize;

use super::Context;
use crate::exit::{Exit, Failure};
use crate::output::{header, table, Paint};

/// `ghls servers --json`.
#[derive(Debug, Serialize)]
pub struct ServersOut {
    pub fetched_at: String,
    pub enterprise: String,
    pub instances: Vec<ServerOut>,
    /// Configured instances GitHub does not list (never synced, or another host name).
    pub configured_not_listed: Vec<ConfiguredOut>,
}

#[derive(Debug, Serialize)]
pub struct ServerOut {
    pub host_name: Option<String>,
    pub customer_name: Option<String>,
    /// GitHub Connect license sync (`isConnected`); `null` when GitHub did not say.
    pub connected: Option<bool>,
    pub configured: bool,
    /// The settings id when configured.
    pub configured_id: Option<String>,
    /// How many uploads GitHub holds in all.
    pub uploads_total: Option<u64>,
    /// The newest uploads, newest first: `{name, state, at}`; `null` when GitHub did not
    /// give them.
    pub uploads: Option<Vec<UploadView>>,
}

#[derive(Debug, Serialize)]
pub struct ConfiguredOut {
    pub id: String,
    pub hostname: String,
}

fn server_out(s: KnownServer) -> ServerOut {
    ServerOut {
        host_name: s.host_name,
        customer_name: s.customer_name,
        connected: s.connected,
        configured: s.configured_id.is_some(),
        configured_id: s.configured_id,
        uploads_total: s.uploads_total,
        uploads: s.uploads,
    }
}

/// What was read, or the failure that ends the command: GitHub's, or what is not set up
/// with `fix`.
fn loaded<T>(
    cx: &Context<'_>,
    section: Section<T>,
    fix: Option<ghls_l10n::Message>,
) -> Result<T, Failure> {
    match section {
        Section::Loaded { data } => Ok(data),
        Section::Failed { error } => Err(cx.fail(error)),
        Section::NotConfigured { reason } => Err(Failure::new(
            Exit::Failure,
            ErrorKind::NotConfigured,
            crate::exit::as_is(reason),
            fix,
        )),
    }
}

pub async fn run(cx: &Context<'_>) -> Result<Exit, Failure> {
    let overview = cx.app.license_overview().await;
    let cloud = loaded(cx, overview.cloud, Some(msg!("cli-no-enterprise-fix")))?;
    let known = loaded(cx, cloud.servers, None)?;
    let configured_not_listed = overview
        .servers
        .iter()
        .filter(|c| {
            !known
                .iter()
                .any(|k| k.configured_id.as_deref() == Some(&c.id))
        })
        .map(|c| ConfiguredOut {
            id: c.id.clone(),
            hostname: c.hostname.clone(),
        })
        .collect();
    let result = ServersOut {
        fetched_at: overview.fetched_at,
        enterprise: cloud.enterprise,
        instances: known.into_iter().map(server_out).collect(),
        configured_not_listed,
    };
    cx.out.result(&result, || human(cx, &result))?;
    Ok(Exit::Ok)
}

fn upload_words(u: &UploadView) -> String {
    format!(
        "{} {} {}",
        u.name.clone().unwrap_or_else(|| t!("cli-upload-no-name")),
        u.state.clone().unwrap_or_else(|| t!("cli-upload-no-state")),
        u.at.as_deref().unwrap_or("-")
    )
}

fn human(cx: &Context<'_>, r: &ServersOut) -> String {
    let out = cx.out;
    let rows: Vec<Vec<String>> = r
        .instances
        .iter()
        .map(|s| {
            let connected = match s.connected {
                Some(true) => t!("cli-connect-on"),
                Some(false) => t!("cli-connect-off"),
                None => t!("cli-unknown"),
            };
            let configured = match &s.configured_id {
                Some(id) => id.clone(),
                None => out.paint(&t!("cli-not-configured"), Paint::Yellow),
            };
            let last = match s.uploads.as_deref() {
                None => t!("cli-uploads-not-given"),
                Some([]) => t!("cli-uploads-none"),
                Some([newest, ..]) => {
                    let words = upload_words(newest);
                    match newest.state.as_deref() {
                        Some("FAILURE") => out.paint(&words, Paint::Red),
                        _ => words,
                    }
                }
            };
            vec![
                s.host_name.clone().unwrap_or_else(|| "-".to_owned()),
                connected,
                configured,
                last,
            ]
        })
        .collect();
    let mut text = format!(
        "{}\n",
        msg!("cli-servers-title", enterprise = &r.enterprise)
    );
    let header = header(&[
        "cli-col-host",
        "cli-col-automatic-sync",
        "cli-col-configured",
        "cli-col-last-upload",
    ]);
    for line in table(&header, &rows) {
        text.push_str(&line);
        text.push('\n');
    }
    for c in &r.configured_not_listed {
        text.push_str(&format!(
            "{}\n",
            msg!("cli-servers-not-listed", id = &c.id, host = &c.hostname)
        ));
    }
    text
}
