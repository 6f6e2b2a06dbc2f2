//! GitHub's JSON, written from the published schemas (spec/github-api/), not from any
//! client type. Where GitHub's own published example deviates from its schema, the
//! emulator does what the example does, so clients meet the same quirks as on GitHub:
//! a server-only consumer has `""` for `github_com_two_factor_auth` and carries the
//! singular `github_com_enterprise_role` key. The contract test lists these deviations.

use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::OffsetDateTime;

use crate::world::{Consumer, Instance, World};

/// `GET /enterprise/settings/license` for an instance, as of `now`.
pub fn ghes_license(inst: &Instance, now: OffsetDateTime) -> Value {
    let used = inst.users.len() as u64;
    let grant = &inst.license;
    let days = (grant.expire_at - now).whole_days();
    let expire_at = grant
        .expire_at
        .to_offset(grant.offset)
        .format(format_description!(
            "[year]/[month]/[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
        ))
        .unwrap_or_default();
    let (seats, available) = match grant.seats {
        None => (json!("unlimited"), json!("unlimited")),
        Some(total) => {
            let available = i128::from(total) - i128::from(used);
            if grant.seats_as_strings {
                (json!(total.to_string()), json!(available.to_string()))
            } else {
                (json!(total), json!(available))
            }
        }
    };
    json!({
        "seats": seats,
        "seats_used": used,
        "seats_available": available,
        "kind": grant.kind,
        "days_until_expiration": days,
        "expire_at": expire_at,
    })
}

/// `GET /meta` of a GHES instance (the subset the app reads, plus what GHES always sends).
pub fn ghes_meta(inst: &Instance) -> Value {
    json!({
        "verifiable_password_authentication": true,
        "installed_version": inst.version,
    })
}

/// `GET /enterprises/{e}/license-sync-status`.
pub fn license_sync_status(world: &World) -> Value {
    let instances: Vec<Value> = world
        .instances
        .iter()
        .filter_map(|inst| {
            let sync = inst.last_sync.as_ref()?;
            Some(json!({
                "server_id": inst.server_id,
                "hostname": inst.hostname,
                "last_sync": {
                    "date": rfc3339(sync.date),
                    "status": sync.status,
                    "error": sync.error,
                }
            }))
        })
        .collect();
    json!({ "server_instances": instances })
}

/// One page of `GET /enterprises/{e}/consumed-licenses`.
pub fn consumed_licenses_page(world: &World, consumers: &[Consumer]) -> Value {
    json!({
        "total_seats_consumed": world.consumers.len(),
        "total_seats_purchased": world.enterprise.seats_purchased,
        "users": consumers.iter().map(|c| consumer(world, c)).collect::<Vec<_>>(),
    })
}

fn consumer(world: &World, c: &Consumer) -> Value {
    let server: Vec<_> = c
        .server
        .iter()
        .filter_map(|&(ii, ui)| {
            let inst = world.instances.get(ii)?;
            Some((inst, inst.synced_users.get(ui)?))
        })
        .collect();
    let server_ids: Vec<String> = server
        .iter()
        .map(|(inst, u)| format!("{}:{}", inst.hostname, u.user_id))
        .collect();
    let mut server_emails: Vec<String> = Vec::new();
    for (_, u) in &server {
        for e in &u.emails {
            if !server_emails.contains(e) {
                server_emails.push(e.clone());
            }
        }
    }
    let accounts = server.len() + usize::from(c.cloud.is_some());
    let Some(cloud) = c.cloud.and_then(|i| world.enterprise.cloud.get(i)) else {
        // Exactly the shape of the server-only user in GitHub's published example.
        let mut m = Map::new();
        m.insert("github_com_login".into(), json!(""));
        m.insert("github_com_name".into(), json!(""));
        m.insert("enterprise_server_user_ids".into(), json!(server_ids));
        m.insert("github_com_user".into(), json!(false));
        m.insert("enterprise_server_user".into(), json!(true));
        m.insert("visual_studio_subscription_user".into(), json!(false));
        m.insert("license_type".into(), json!("enterprise"));
        m.insert("github_com_profile".into(), json!(""));
        m.insert("github_com_member_roles".into(), json!([]));
        m.insert("github_com_enterprise_role".into(), json!(""));
        m.insert("github_com_enterprise_roles".into(), json!([]));
        m.insert("github_com_verified_domain_emails".into(), json!([]));
        m.insert("github_com_saml_name_id".into(), json!(""));
        m.insert("github_com_orgs_with_pending_invites".into(), json!([]));
        m.insert("github_com_two_factor_auth".into(), json!(""));
        m.insert("enterprise_server_emails".into(), json!(server_emails));
        m.insert("visual_studio_license_status".into(), json!(""));
        m.insert("visual_studio_subscription_email".into(), json!(""));
        m.insert("total_user_accounts".into(), json!(accounts));
        return Value::Object(m);
    };
    let domains = &world.enterprise.verified_domains;
    let verified_domain_emails: Vec<&String> = cloud
        .verified_emails
        .iter()
        .filter(|e| {
            e.rsplit_once('@')
                .is_some_and(|(_, d)| domains.iter().any(|v| v.eq_ignore_ascii_case(d)))
        })
        .collect();
    let vs = cloud.visual_studio_email.is_some();
    json!({
        "github_com_login": cloud.login,
        "github_com_name": cloud.name,
        "enterprise_server_user_ids": server_ids,
        "github_com_user": true,
        "enterprise_server_user": !server.is_empty(),
        "visual_studio_subscription_user": vs,
        "license_type": if vs { "Visual Studio subscription" } else { "enterprise" },
        "github_com_profile": format!("https://github.com/{}", cloud.login),
        "github_com_member_roles": cloud.member_roles,
        "github_com_enterprise_roles": cloud.enterprise_roles,
        "github_com_verified_domain_emails": verified_domain_emails,
        "github_com_saml_name_id": if world.enterprise.uses_saml { json!(cloud.saml_name_id) } else { Value::Null },
        "github_com_orgs_with_pending_invites": cloud.pending_invites,
        "github_com_two_factor_auth": cloud.two_factor,
        "enterprise_server_emails": server_emails,
        "visual_studio_license_status": if vs { json!("active") } else { Value::Null },
        "visual_studio_subscription_email": cloud.visual_studio_email,
        "total_user_accounts": accounts,
    })
}

/// `GET /rate_limit` (`rate-limit-overview`): `core` and `graphql` as `(limit, used,
/// reset)`; `search` (required by the schema, unused by the app) at its documented 30 a
/// minute, untouched; `rate` (required in 2022-11-28, closing down) repeats `core`.
pub fn rate_limit_overview(core: (u64, u64, i64), graphql: (u64, u64, i64), now: i64) -> Value {
    let one = |(limit, used, reset): (u64, u64, i64)| {
        json!({
            "limit": limit,
            "used": used,
            "remaining": limit.saturating_sub(used),
            "reset": reset,
        })
    };
    json!({
        "resources": {
            "core": one(core),
            "search": one((30, 0, now + 60)),
            "graphql": one(graphql),
        },
        "rate": one(core),
    })
}

/// GitHub's `basic-error` body.
pub fn basic_error(message: &str, documentation_url: &str, status: u16) -> Value {
    json!({
        "message": message,
        "documentation_url": documentation_url,
        "status": status.to_string(),
    })
}

/// RFC 3339 in UTC, as license-sync-status writes dates.
pub fn rfc3339(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t)
        .format(&Rfc3339)
        .unwrap_or_default()
}
