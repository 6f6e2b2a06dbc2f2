//! GHEC's licensing page and its "Add server usage" upload.
//!
//! GitHub publishes neither the form's endpoint nor its limits (github-api.md §4.2): the
//! emulator's form posts `multipart/form-data` with the file in `usage_file`, and the page
//! says what happened in GitHub's words ("Server usage uploaded", "GitHub Connect server
//! usage synced", "GitHub Connect server usage never synced", §1.3).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::Value;
use time::OffsetDateTime;

use super::html::{self, escape, segment, Flash, Site};
use super::{flash_id, schedule, Work};
use crate::ingest::{SyncEvent, INVALID_EXPORT, STATUS_SUCCESS};
use crate::state::{read, write, Shared};
use crate::world::{export_file_name, Instance, UploadState};
use crate::Error;

/// The form's file field.
const FILE_FIELD: &str = "usage_file";

pub(super) async fn root(State(s): State<Arc<Shared>>) -> Response {
    let slug = read(&s.world).enterprise.slug.clone();
    let body = format!(
        "<h1>GitHub Enterprise Cloud</h1>\n<ul>\n<li><a id=\"enterprise-licensing-link\" href=\"{}\">Enterprise {}: Licensing</a></li>\n</ul>",
        escape(&licensing_path(&slug)),
        escape(&slug)
    );
    html::respond(
        StatusCode::OK,
        html::page(Site::Cloud, "GitHub Enterprise Cloud", "", &body),
    )
}

pub(super) async fn licensing(
    State(s): State<Arc<Shared>>,
    Path(enterprise): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let flash = s.web.flash(flash_id(&q));
    match licensing_page(&s, &enterprise, flash.as_ref()) {
        Some(page) => html::respond(StatusCode::OK, page),
        None => unknown_enterprise(&enterprise),
    }
}

pub(super) async fn add_server_usage(
    State(s): State<Arc<Shared>>,
    Path(enterprise): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let Some(slug) = slug_of(&s, &enterprise) else {
        return unknown_enterprise(&enterprise);
    };
    let refuse = |status: StatusCode, message: String| -> Response {
        let flash = Flash::error(message);
        match licensing_page(&s, &slug, Some(&flash)) {
            Some(page) => html::respond(status, page),
            None => unknown_enterprise(&enterprise),
        }
    };
    let file = match multipart {
        Ok(m) => read_usage_file(m).await,
        Err(e) => Err(Error::UploadUnreadable(e.body_text())),
    };
    let (bytes, file_name) = match file {
        Ok((bytes, name)) => (Ok(bytes), name),
        Err(e) => (Err(e), None),
    };
    let bytes = match bytes {
        Ok(b) if b.trim_ascii().is_empty() => Err(Error::EmptyUsageFile),
        other => other,
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, not_uploaded(&e)),
    };
    match crate::usage_export::read_export(&bytes) {
        Ok(export) => {
            let host = export.host_name.clone();
            let now = OffsetDateTime::now_utc();
            let name = file_name.unwrap_or_else(|| export_file_name(&host, now));
            let server_id = export.server_id.clone();
            let work = match s.web.take_upload_failure(&server_id) {
                Some(error) => Work::Fail {
                    server_id: Some(server_id.clone()),
                    hostname: Some(host.clone()),
                    error,
                },
                None => Work::Ingest(export),
            };
            let upload =
                write(&s.world).add_upload(server_id, name, UploadState::Pending, now, now);
            schedule(&s, host.clone(), SyncEvent::Upload, work, Some(upload));
            let id = s.web.add_flash(Flash::notice(format!(
                "Server usage uploaded for {host}. GitHub Enterprise Cloud is processing it: the instance's last sync changes when it is done."
            )));
            Redirect::to(&format!("{}?flash={id}", licensing_path(&slug))).into_response()
        }
        Err(e) => {
            let (server_id, hostname) = named_server(&bytes);
            let mut message = not_uploaded(&e);
            if let Some((known_id, host)) =
                known_server(&s, server_id.as_deref(), hostname.as_deref())
            {
                message.push_str(&format!(
                    " GitHub Enterprise Cloud records it as a failed sync of {host}."
                ));
                let now = OffsetDateTime::now_utc();
                let name = file_name.unwrap_or_else(|| export_file_name(&host, now));
                // The file's fault already decides the outcome: an armed failure is used up.
                let _ = s.web.take_upload_failure(&known_id);
                let upload =
                    write(&s.world).add_upload(known_id, name, UploadState::Pending, now, now);
                schedule(
                    &s,
                    host,
                    SyncEvent::Upload,
                    Work::Fail {
                        server_id,
                        hostname,
                        error: INVALID_EXPORT.to_owned(),
                    },
                    Some(upload),
                );
            }
            refuse(StatusCode::UNPROCESSABLE_ENTITY, message)
        }
    }
}

/// The bytes of the form's file field, and the file's name if the form sent one.
async fn read_usage_file(
    mut multipart: Multipart,
) -> Result<(axum::body::Bytes, Option<String>), Error> {
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some(FILE_FIELD) => {
                // Browsers send the base name; some clients send a path: keep the last part.
                let name = field
                    .file_name()
                    .and_then(|n| n.rsplit(['/', '\\']).next())
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned);
                return field
                    .bytes()
                    .await
                    .map(|b| (b, name))
                    .map_err(|e| Error::UploadUnreadable(e.body_text()));
            }
            Ok(Some(_)) => {}
            Ok(None) => return Err(Error::NoUsageFile),
            Err(e) => return Err(Error::UploadUnreadable(e.body_text())),
        }
    }
}

fn not_uploaded(e: &Error) -> String {
    format!("Server usage was not uploaded: {e}.")
}

/// The server an unreadable export names, as far as it can be read: a file that is JSON
/// with instance metadata but a broken user list still says whose it is.
fn named_server(bytes: &[u8]) -> (Option<String>, Option<String>) {
    let Ok(doc) = serde_json::from_slice::<Value>(bytes) else {
        return (None, None);
    };
    let field = |key: &str| {
        doc.get("instance")
            .and_then(|i| i.get(key))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    (field("server_id"), field("host_name"))
}

/// The server ID and host name of the instance the enterprise knows by that server ID or
/// host name.
fn known_server(
    s: &Shared,
    server_id: Option<&str>,
    hostname: Option<&str>,
) -> Option<(String, String)> {
    let world = read(&s.world);
    let by_id = server_id.and_then(|id| world.instances.iter().find(|i| i.server_id == id));
    by_id
        .or_else(|| {
            hostname.and_then(|h| {
                world
                    .instances
                    .iter()
                    .find(|i| i.hostname.eq_ignore_ascii_case(h))
            })
        })
        .map(|i| (i.server_id.clone(), i.hostname.clone()))
}

fn slug_of(s: &Shared, enterprise: &str) -> Option<String> {
    let world = read(&s.world);
    let slug = &world.enterprise.slug;
    slug.eq_ignore_ascii_case(enterprise).then(|| slug.clone())
}

pub(super) fn licensing_path(slug: &str) -> String {
    format!("/ghec/web/enterprises/{}/licensing", segment(slug))
}

fn unknown_enterprise(enterprise: &str) -> Response {
    html::not_found(
        Site::Cloud,
        &format!("No enterprise `{enterprise}` here: the emulated enterprise is listed at /_emulator/info."),
    )
}

/// How an instance's last sync reached GHEC, as the page's data attribute and words.
fn event_of(inst: &Instance, recorded: Option<SyncEvent>) -> (&'static str, &'static str) {
    // Seeded instances have no recorded event: the ones with Connect sync on synced that way.
    let event = recorded.unwrap_or(if inst.connect_license_sync {
        SyncEvent::Connect
    } else {
        SyncEvent::Upload
    });
    let success = inst.last_sync.as_ref().map(|s| s.status == STATUS_SUCCESS);
    match (success, event) {
        (None, _) => (
            "connect_server_usage_never_synced",
            "GitHub Connect server usage never synced",
        ),
        (Some(true), SyncEvent::Connect) => (
            "connect_server_usage_synced",
            "GitHub Connect server usage synced",
        ),
        (Some(true), SyncEvent::Upload) => ("server_usage_uploaded", "Server usage uploaded"),
        (Some(false), SyncEvent::Connect) => (
            "connect_server_usage_sync_failed",
            "GitHub Connect server usage sync failed",
        ),
        (Some(false), SyncEvent::Upload) => {
            ("server_usage_upload_failed", "Server usage upload failed")
        }
    }
}

/// The licensing page, or `None` for another enterprise.
fn licensing_page(s: &Shared, enterprise: &str, flash: Option<&Flash>) -> Option<String> {
    let world = read(&s.world);
    let e = &world.enterprise;
    if !e.slug.eq_ignore_ascii_case(enterprise) {
        return None;
    }
    let consumed = world.consumers.len();
    let mut rows = String::new();
    // GHEC lists the servers it has heard of: by a sync or upload, or through Connect.
    for inst in world
        .instances
        .iter()
        .filter(|i| i.last_sync.is_some() || i.connect_license_sync)
    {
        let (event_key, event_text) = event_of(inst, s.web.event_of(&inst.server_id));
        let sync = inst.last_sync.as_ref();
        rows.push_str(&format!(
            "<tr data-server-id=\"{id}\" data-hostname=\"{host}\" data-last-sync-date=\"{date}\" data-last-sync-status=\"{status}\" data-event=\"{event_key}\">\
             <th scope=\"row\">{host}</th><td><code>{id}</code></td><td>{when}</td><td>{status_text}</td><td>{event_text}</td></tr>\n",
            id = escape(&inst.server_id),
            host = escape(&inst.hostname),
            date = escape(&sync.map(|s| crate::render::rfc3339(s.date)).unwrap_or_default()),
            status = escape(sync.map_or("", |s| s.status.as_str())),
            when = html::time_or_never(sync.map(|s| s.date)),
            status_text = html::sync_status(sync),
        ));
    }
    if rows.is_empty() {
        rows.push_str("<tr><td colspan=\"5\">No Enterprise Server instances have synced with this enterprise yet.</td></tr>\n");
    }
    let pending: String = s
        .web
        .pending_hosts()
        .iter()
        .map(|(host, event)| {
            let what = match event {
                SyncEvent::Upload => "uploaded server usage",
                SyncEvent::Connect => "GitHub Connect server usage",
            };
            format!(
                "<li data-hostname=\"{h}\">Processing {what} for {h}…</li>\n",
                h = escape(host)
            )
        })
        .collect();
    let pending = if pending.is_empty() {
        String::new()
    } else {
        format!("<ul id=\"pending-server-usage\" aria-live=\"polite\">\n{pending}</ul>\n")
    };
    let action = format!("{}/server-usage", licensing_path(&e.slug));
    let body = format!(
        "<h1>Licensing</h1>\n<p>Enterprise <strong id=\"enterprise-slug\">{slug}</strong></p>\n{flash}\n\
<section id=\"user-licenses\" aria-labelledby=\"user-licenses-heading\">\n<h2 id=\"user-licenses-heading\">User licenses</h2>\n\
<p><strong id=\"seats-consumed\" data-seats-consumed=\"{consumed}\">{consumed}</strong> of \
<span id=\"seats-purchased\" data-seats-purchased=\"{purchased}\">{purchased}</span> licenses consumed</p>\n</section>\n\
<section id=\"enterprise-server-instances\" aria-labelledby=\"enterprise-server-instances-heading\">\n\
<h2 id=\"enterprise-server-instances-heading\">Enterprise Server instances</h2>\n{pending}\
<table id=\"server-instances\">\n<thead><tr><th scope=\"col\">Host name</th><th scope=\"col\">Server ID</th>\
<th scope=\"col\">Last sync</th><th scope=\"col\">Status</th><th scope=\"col\">Event</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n\
<h3 id=\"add-server-usage-heading\">Add server usage</h3>\n\
<form id=\"add-server-usage\" method=\"post\" action=\"{action}\" enctype=\"multipart/form-data\" aria-labelledby=\"add-server-usage-heading\">\n\
<p>Upload the license usage file exported from GitHub Enterprise Server (Enterprise settings → License → Export license usage).</p>\n\
<label class=\"drop\" for=\"usage-file\">Drag and drop or select a file to upload\n\
<input type=\"file\" id=\"usage-file\" name=\"{FILE_FIELD}\" accept=\".json,application/json\" required></label>\n\
<button type=\"submit\" id=\"upload-server-usage\">Upload</button>\n</form>\n</section>",
        slug = escape(&e.slug),
        flash = flash.map(Flash::render).unwrap_or_default(),
        purchased = e.seats_purchased,
        action = escape(&action),
    );
    let nav = format!(
        "<nav aria-label=\"Enterprise\"><ul><li><a href=\"{}\" aria-current=\"page\">Licensing</a></li></ul></nav>",
        escape(&licensing_path(&e.slug))
    );
    Some(html::page(Site::Cloud, "Licensing", &nav, &body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_export_still_names_its_server() {
        let doc = br#"{"instance":{"server_id":" abc ","host_name":"h.example"},"users":"!!"}"#;
        assert_eq!(
            named_server(doc),
            (Some("abc".to_owned()), Some("h.example".to_owned()))
        );
        assert_eq!(named_server(b"license-key-bytes"), (None, None));
    }
}
