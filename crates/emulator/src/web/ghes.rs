//! A GHES instance's License page (with "Export license usage" and "Sync now") and its
//! GitHub Connect page (with "Server can sync user license count and usage").
//!
//! Sync now exists only while GitHub Connect license sync is on, as on GHES 3.5+. Turning
//! license sync on does not sync by itself: GitHub's weekly job would, and until then the
//! admin can click Sync now.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::rejection::RawFormRejection;
use axum::extract::{Path, Query, RawForm, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use time::OffsetDateTime;

use super::html::{self, escape, segment, Flash, Site};
use super::{flash_id, schedule, Work};
use crate::ingest::{self, SyncEvent};
use crate::state::{lock, read, write, Shared};
use crate::world::{connect_upload_name, Instance, UploadState};
use crate::Error;

pub(super) async fn root(State(s): State<Arc<Shared>>, Path(instance): Path<String>) -> Response {
    let world = read(&s.world);
    let Some(inst) = ghes(&world, &instance) else {
        return unknown_instance(&instance);
    };
    let body = format!(
        "<h1>{host}</h1>\n<p>Enterprise settings</p>\n<ul>\n<li><a id=\"license-link\" href=\"{license}\">License</a></li>\n\
         <li><a id=\"github-connect-link\" href=\"{connect}\">GitHub Connect</a></li>\n</ul>",
        host = escape(&inst.hostname),
        license = escape(&license_path(&inst.name)),
        connect = escape(&connect_path(&inst.name)),
    );
    html::respond(
        StatusCode::OK,
        html::page(Site::Server, &inst.hostname, &nav(inst, ""), &body),
    )
}

pub(super) async fn license(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let flash = s.web.flash(flash_id(&q));
    match license_page(&s, &instance, flash.as_ref()) {
        Some(page) => html::respond(StatusCode::OK, page),
        None => unknown_instance(&instance),
    }
}

/// The License page at the slug form `/enterprises/{slug}/settings/license`.
pub(super) async fn license_of_enterprise(
    state: State<Arc<Shared>>,
    Path((instance, _slug)): Path<(String, String)>,
    query: Query<HashMap<String, String>>,
) -> Response {
    license(state, Path(instance), query).await
}

/// GitHub Connect at the slug form `/enterprises/{slug}/settings/dotcom_connection`.
pub(super) async fn github_connect_of_enterprise(
    state: State<Arc<Shared>>,
    Path((instance, _slug)): Path<(String, String)>,
    query: Query<HashMap<String, String>>,
) -> Response {
    github_connect(state, Path(instance), query).await
}

pub(super) async fn usage_export(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
) -> Response {
    let now = OffsetDateTime::now_utc();
    let Some((hostname, bytes)) = crate::server::instance_export(&s, now, |w| ghes(w, &instance))
    else {
        return unknown_instance(&instance);
    };
    // The host name is the world's, which a test may fill with anything: keep the header a
    // plain quoted file name.
    let safe: String = hostname
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut r = crate::server::export_download(&safe, bytes, now);
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

pub(super) async fn sync_now(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
) -> Response {
    let usage = {
        let world = read(&s.world);
        let Some(inst) = ghes(&world, &instance) else {
            return unknown_instance(&instance);
        };
        if !inst.connect_license_sync {
            let flash = Flash::error(format!(
                "{}.",
                html::capitalized(&Error::LicenseSyncDisabled(inst.hostname.clone()).to_string())
            ));
            drop(world);
            return match license_page(&s, &instance, Some(&flash)) {
                Some(page) => html::respond(StatusCode::CONFLICT, page),
                None => unknown_instance(&instance),
            };
        }
        // GHES sends what it has at the moment of the click.
        ingest::current_usage(inst)
    };
    let hostname = usage.host_name.clone();
    let server_id = usage.server_id.clone();
    let failure = lock(&s.web.sync_now_failures).remove(&instance);
    let failure = failure.or_else(|| s.web.take_upload_failure(&server_id));
    let work = match failure {
        Some(error) => Work::Fail {
            server_id: Some(usage.server_id),
            hostname: Some(usage.host_name),
            error,
        },
        None => Work::Ingest(usage),
    };
    let now = OffsetDateTime::now_utc();
    let name = connect_upload_name(&hostname, now);
    let upload = write(&s.world).add_upload(server_id, name, UploadState::Pending, now, now);
    schedule(&s, hostname, SyncEvent::Connect, work, Some(upload));
    let id = s.web.add_flash(Flash::notice(
        "License usage sync started. GitHub Enterprise Cloud shows the result when it has processed it.",
    ));
    Redirect::to(&format!("{}?flash={id}", license_path(&instance))).into_response()
}

pub(super) async fn github_connect(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let flash = s.web.flash(flash_id(&q));
    match connect_page(&s, &instance, flash.as_ref()) {
        Some(page) => html::respond(StatusCode::OK, page),
        None => unknown_instance(&instance),
    }
}

pub(super) async fn set_license_sync(
    State(s): State<Arc<Shared>>,
    Path(instance): Path<String>,
    form: Result<RawForm, RawFormRejection>,
) -> Response {
    let enabled = match &form {
        Ok(RawForm(body)) => enabled_of(body),
        Err(_) => None,
    };
    let Some(enabled) = enabled else {
        let flash = Flash::error(
            "Choose Enabled or Disabled: the form sends `enabled=true` or `enabled=false`.",
        );
        return match connect_page(&s, &instance, Some(&flash)) {
            Some(page) => html::respond(StatusCode::UNPROCESSABLE_ENTITY, page),
            None => unknown_instance(&instance),
        };
    };
    let changed = {
        let mut world = write(&s.world);
        match world
            .instances
            .iter_mut()
            .find(|i| i.name == instance && !ingest::is_ghec_only(i))
        {
            Some(inst) => {
                inst.connect_license_sync = enabled;
                true
            }
            None => false,
        }
    };
    if !changed {
        return unknown_instance(&instance);
    }
    let message = if enabled {
        "License sync enabled. GitHub Enterprise Server syncs license usage weekly; to sync now, use Sync now on the License page."
    } else {
        "License sync disabled."
    };
    let id = s.web.add_flash(Flash::notice(message));
    Redirect::to(&format!("{}?flash={id}", connect_path(&instance))).into_response()
}

/// `enabled` of an urlencoded form body: `true`/`false` (and a checkbox's `on`).
fn enabled_of(body: &[u8]) -> Option<bool> {
    let body = std::str::from_utf8(body).ok()?;
    body.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == "enabled").then_some(())?;
        match v.to_ascii_lowercase().as_str() {
            "true" | "on" | "1" => Some(true),
            "false" | "off" | "0" => Some(false),
            _ => None,
        }
    })
}

/// The instance called `name`, if it has a GHES side in the emulator.
fn ghes<'w>(world: &'w crate::World, name: &str) -> Option<&'w Instance> {
    world.instance(name).filter(|i| !ingest::is_ghec_only(i))
}

fn unknown_instance(instance: &str) -> Response {
    html::not_found(
        Site::Server,
        &format!(
            "{}.",
            html::capitalized(&Error::UnknownInstance(instance.to_owned()).to_string())
        ),
    )
}

fn web_root(name: &str) -> String {
    format!("/ghes/{}/web", segment(name))
}

pub(super) fn license_path(name: &str) -> String {
    format!("{}/enterprise/settings/license", web_root(name))
}

fn connect_path(name: &str) -> String {
    format!("{}/enterprise/settings/dotcom_connection", web_root(name))
}

fn nav(inst: &Instance, current: &str) -> String {
    let item = |path: String, label: &str| {
        let aria = if label == current {
            " aria-current=\"page\""
        } else {
            ""
        };
        format!(
            "<li><a href=\"{}\"{aria}>{}</a></li>",
            escape(&path),
            escape(label)
        )
    };
    format!(
        "<nav aria-label=\"Enterprise settings of {host}\"><ul>{}{}</ul></nav>",
        item(license_path(&inst.name), "License"),
        item(connect_path(&inst.name), "GitHub Connect"),
        host = escape(&inst.hostname),
    )
}

fn license_page(s: &Shared, instance: &str, flash: Option<&Flash>) -> Option<String> {
    let world = read(&s.world);
    let inst = ghes(&world, instance)?;
    let now = OffsetDateTime::now_utc();
    let used = inst.users.len() as u64;
    let grant = &inst.license;
    let (seats, available) = match grant.seats {
        None => ("unlimited".to_owned(), "unlimited".to_owned()),
        Some(total) => (
            total.to_string(),
            (i128::from(total) - i128::from(used)).to_string(),
        ),
    };
    let shown = |v: &str| {
        if v == "unlimited" {
            "Unlimited".to_owned()
        } else {
            v.to_owned()
        }
    };
    let days = (grant.expire_at - now).whole_days();
    let sync = inst.last_sync.as_ref();
    let license_sync = if inst.connect_license_sync {
        format!(
            "<p id=\"license-sync-enabled\">GitHub Connect syncs user license count and usage with GitHub Enterprise Cloud weekly.</p>\n\
<dl>\n<dt>Last sync</dt><dd id=\"last-sync\" data-last-sync-date=\"{date}\" data-last-sync-status=\"{status}\">{when}</dd>\n\
<dt>Status</dt><dd id=\"last-sync-status\">{status_text}</dd>\n</dl>\n\
<form id=\"sync-now-form\" method=\"post\" action=\"{action}\">\n<button type=\"submit\" id=\"sync-now\">Sync now</button>\n</form>",
            date = escape(&sync.map(|s| crate::render::rfc3339(s.date)).unwrap_or_default()),
            status = escape(sync.map_or("", |s| s.status.as_str())),
            when = html::time_or_never(sync.map(|s| s.date)),
            status_text = html::sync_status(sync),
            action = escape(&format!("{}/sync-now", license_path(&inst.name))),
        )
    } else {
        format!(
            "<p id=\"license-sync-disabled\">License sync is disabled: this instance does not sync user license count and usage with GitHub Enterprise Cloud. \
Enable it in <a id=\"github-connect-link\" href=\"{}\">GitHub Connect</a> settings (\"Server can sync user license count and usage\"), \
or export license usage and upload it to GitHub Enterprise Cloud.</p>",
            escape(&connect_path(&inst.name)),
        )
    };
    let body = format!(
        "<h1>License</h1>\n<p>{host}</p>\n{flash}\n\
<section id=\"user-licenses\" aria-labelledby=\"user-licenses-heading\">\n<h2 id=\"user-licenses-heading\">User licenses</h2>\n<dl>\n\
<dt>Seats</dt><dd id=\"seats\" data-seats=\"{seats}\">{seats_shown}</dd>\n\
<dt>Used</dt><dd id=\"seats-used\" data-seats-used=\"{used}\">{used}</dd>\n\
<dt>Available</dt><dd id=\"seats-available\" data-seats-available=\"{available}\">{available_shown}</dd>\n\
<dt>Kind</dt><dd id=\"license-kind\">{kind}</dd>\n\
<dt>Expires</dt><dd id=\"license-expires\" data-expire-at=\"{expire_iso}\" data-days-until-expiration=\"{days}\">{expires} ({days} days)</dd>\n</dl>\n\
<h3 id=\"quick-links-heading\">Quick links</h3>\n<ul aria-labelledby=\"quick-links-heading\">\n\
<li><a id=\"export-license-usage\" href=\"{export}\" download>Export license usage</a></li>\n</ul>\n</section>\n\
<section id=\"license-sync\" data-connect-license-sync=\"{enabled}\" aria-labelledby=\"license-sync-heading\">\n\
<h2 id=\"license-sync-heading\">License sync</h2>\n{license_sync}\n</section>",
        host = escape(&inst.hostname),
        flash = flash.map(Flash::render).unwrap_or_default(),
        seats = escape(&seats),
        seats_shown = escape(&shown(&seats)),
        available = escape(&available),
        available_shown = escape(&shown(&available)),
        kind = escape(&grant.kind),
        expire_iso = escape(&crate::render::rfc3339(grant.expire_at)),
        expires = html::time_or_never(Some(grant.expire_at)),
        export = escape(&format!("{}/usage-export", license_path(&inst.name))),
        enabled = inst.connect_license_sync,
    );
    Some(html::page(
        Site::Server,
        "License",
        &nav(inst, "License"),
        &body,
    ))
}

fn connect_page(s: &Shared, instance: &str, flash: Option<&Flash>) -> Option<String> {
    let world = read(&s.world);
    let inst = ghes(&world, instance)?;
    let enabled = inst.connect_license_sync;
    let (state, value, button, class) = if enabled {
        ("Enabled", "false", "Disable", "secondary")
    } else {
        ("Disabled", "true", "Enable", "")
    };
    let body = format!(
        "<h1>GitHub Connect</h1>\n<p>{host} is connected to GitHub Enterprise Cloud.</p>\n{flash}\n\
<section id=\"connect-license-sync\" aria-labelledby=\"connect-license-sync-heading\">\n\
<h2 id=\"connect-license-sync-heading\">License sync</h2>\n\
<p>Server can sync user license count and usage: <strong id=\"license-sync-state\" data-enabled=\"{enabled}\">{state}</strong></p>\n\
<form id=\"license-sync-form\" method=\"post\" action=\"{action}\">\n\
<input type=\"hidden\" name=\"enabled\" value=\"{value}\">\n\
<button type=\"submit\" id=\"license-sync-toggle\" class=\"{class}\">{button}</button>\n</form>\n</section>",
        host = escape(&inst.hostname),
        flash = flash.map(Flash::render).unwrap_or_default(),
        action = escape(&format!("{}/license-sync", connect_path(&inst.name))),
    );
    Some(html::page(
        Site::Server,
        "GitHub Connect",
        &nav(inst, "GitHub Connect"),
        &body,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_license_sync_form_reads_true_false_and_a_checkbox() {
        assert_eq!(enabled_of(b"enabled=true"), Some(true));
        assert_eq!(enabled_of(b"x=1&enabled=false"), Some(false));
        assert_eq!(enabled_of(b"enabled=on"), Some(true));
        assert_eq!(enabled_of(b"enabled=maybe"), None);
        assert_eq!(enabled_of(b""), None);
    }
}
