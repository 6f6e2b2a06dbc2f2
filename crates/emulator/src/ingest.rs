//! What GHEC does with server usage once it has it: the state change behind "Add server
//! usage" (a manual upload of a GHES export) and "Sync now" (GitHub Connect sending the same
//! data), shared by both so they cannot drift apart.
//!
//! A successful ingestion replaces what GHEC knows of that server's users, stamps its
//! `last_sync` and re-matches every server user to the cloud accounts by GitHub's documented
//! rules ([`World::rematch`]), so consumed-licenses really changes. A failed one only stamps
//! `last_sync` as failed: GitHub keeps counting the users it had.
//!
//! GHEC keys server instances by server ID (the host name can change, the ID does not), so
//! an export from a server ID the enterprise has never seen adds an instance that GHEC alone
//! knows: it has no GHES side in the emulator (no tokens, no API, no web pages) and
//! [`is_ghec_only`] tells it apart.

use time::{Duration, OffsetDateTime, UtcOffset};

use crate::usage_export::ReadExport;
use crate::world::{Instance, LicenseGrant, SyncRecord, World};

/// `last_sync.status` of a sync that landed.
pub(crate) const STATUS_SUCCESS: &str = "success";
/// `last_sync.status` of a sync GHEC could not use. GitHub publishes no enum for the field
/// (github-api.md §1.3); this is the emulator's word for it.
pub(crate) const STATUS_FAILED: &str = "failed";
/// `last_sync.error` of an upload GHEC could not read.
pub(crate) const INVALID_EXPORT: &str = "The uploaded file is not a valid license usage export";

/// How the usage reached GHEC, which the licensing page words differently (github-api.md
/// §1.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SyncEvent {
    /// "Add server usage" on the GHEC licensing page.
    Upload,
    /// GitHub Connect: the weekly job or "Sync now" on GHES.
    Connect,
}

/// Where an ingestion landed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Landed {
    pub(crate) server_id: String,
    pub(crate) hostname: String,
    /// Whether the enterprise did not know the server before.
    pub(crate) new_instance: bool,
}

/// True for an instance GHEC learned of from an upload only (no GHES behind it here).
pub(crate) fn is_ghec_only(inst: &Instance) -> bool {
    inst.admin_token.is_empty()
}

/// Applies a readable export: the server's synced users become the export's, its last sync
/// a success as of `now`, and the consumers are re-derived.
pub(crate) fn ingest(world: &mut World, export: ReadExport, now: OffsetDateTime) -> Landed {
    let success = SyncRecord {
        date: now,
        status: STATUS_SUCCESS.to_owned(),
        error: String::new(),
    };
    let landed = match world
        .instances
        .iter_mut()
        .find(|i| i.server_id == export.server_id)
    {
        Some(inst) => {
            inst.synced_users = export.users;
            inst.last_sync = Some(success);
            Landed {
                server_id: inst.server_id.clone(),
                hostname: inst.hostname.clone(),
                new_instance: false,
            }
        }
        None => {
            let name = unused_name(world, &export.host_name);
            let landed = Landed {
                server_id: export.server_id.clone(),
                hostname: export.host_name.clone(),
                new_instance: true,
            };
            world.instances.push(Instance {
                name,
                hostname: export.host_name,
                server_id: export.server_id,
                version: export.version,
                admin_token: String::new(),
                user_token: String::new(),
                // GHEC never sees the server's license; this only fills the struct.
                license: LicenseGrant {
                    seats: None,
                    kind: "standard".to_owned(),
                    expire_at: now + Duration::days(365),
                    offset: UtcOffset::UTC,
                    seats_as_strings: false,
                },
                users: export.users.clone(),
                synced_users: export.users,
                last_sync: Some(success),
                connect_license_sync: false,
                customer_name: crate::world::CUSTOMER_NAME.to_owned(),
                known_since: now,
            });
            landed
        }
    };
    world.rematch();
    landed
}

/// Records a failed sync for the server named by `server_id` (or, failing that, by
/// `hostname`), if the enterprise knows it; the users GHEC counts stay as they were.
/// Returns where it was recorded.
pub(crate) fn record_failure(
    world: &mut World,
    server_id: Option<&str>,
    hostname: Option<&str>,
    error: &str,
    now: OffsetDateTime,
) -> Option<Landed> {
    let by_id = server_id.and_then(|id| world.instances.iter().position(|i| i.server_id == id));
    let index = by_id.or_else(|| {
        hostname.and_then(|h| {
            world
                .instances
                .iter()
                .position(|i| i.hostname.eq_ignore_ascii_case(h))
        })
    })?;
    let inst = world.instances.get_mut(index)?;
    inst.last_sync = Some(SyncRecord {
        date: now,
        status: STATUS_FAILED.to_owned(),
        error: error.to_owned(),
    });
    Some(Landed {
        server_id: inst.server_id.clone(),
        hostname: inst.hostname.clone(),
        new_instance: false,
    })
}

/// What an instance's export would carry, read straight from the world: "Sync now" sends
/// the same data an export holds, without the round trip through the file.
pub(crate) fn current_usage(inst: &Instance) -> ReadExport {
    ReadExport {
        server_id: inst.server_id.clone(),
        host_name: inst.hostname.clone(),
        version: inst.version.clone(),
        features: Vec::new(),
        users: inst.users.clone(),
    }
}

/// A short name for a GHEC-only instance, from its host name, that no instance has yet.
fn unused_name(world: &World, hostname: &str) -> String {
    let base: String = hostname
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let base = if base.is_empty() {
        "uploaded".to_owned()
    } else {
        base
    };
    let taken = |n: &str| world.instances.iter().any(|i| i.name == n);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|n| !taken(n))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);
    const LATER: OffsetDateTime = datetime!(2026-11-23 09:30:00 UTC);

    #[test]
    fn ingesting_a_fixed_primary_email_merges_the_planted_duplicate() {
        let mut w = World::seeded(320, 1, NOW);
        let before = w.consumers.len();
        let verified: Vec<String> = w.enterprise.verified_emails().cloned().collect();
        // The seed already fixed one person since the last sync; take another planted one
        // whose GHES primary email is still the unverified one.
        let user_id = w
            .planted()
            .duplicates
            .iter()
            .filter(|p| {
                p.kind == crate::PlantedKind::VerifiedEmail
                    && p.server_ids[0].starts_with("github.acme.example:")
            })
            .map(|p| {
                p.server_ids[0]
                    .rsplit(':')
                    .next()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
            })
            .find(|id| {
                let u = w.instances[0]
                    .users
                    .iter()
                    .find(|u| u.user_id == *id)
                    .unwrap();
                !verified.contains(&u.emails[0])
            })
            .unwrap();
        // The admin makes the verified address the primary one on GHES.
        let main = &mut w.instances[0];
        let u = main
            .users
            .iter_mut()
            .find(|u| u.user_id == user_id)
            .unwrap();
        u.emails.reverse();
        w.rematch();
        assert_eq!(w.consumers.len(), before, "nothing counts before a sync");

        let usage = current_usage(&w.instances[0]);
        let landed = ingest(&mut w, usage, LATER);
        assert!(!landed.new_instance);
        // This person and the one the seed fixed are each counted once now.
        assert_eq!(w.consumers.len(), before - 2);
        let sync = w.instances[0].last_sync.clone().unwrap();
        assert_eq!((sync.date, sync.status.as_str()), (LATER, STATUS_SUCCESS));
    }

    #[test]
    fn the_demo_world_has_one_person_fixed_since_the_last_sync() {
        let mut w = World::seeded(320, 1, NOW);
        let before = w.consumers.len();
        let usage = current_usage(&w.instances[0]);
        ingest(&mut w, usage, LATER);
        assert_eq!(
            w.consumers.len(),
            before - 1,
            "a Sync now in the demo counts one person once"
        );
    }

    #[test]
    fn an_unknown_server_id_adds_an_instance_only_ghec_knows() {
        let mut w = World::seeded(50, 1, NOW);
        let mut export = current_usage(&w.instances[1]);
        export.server_id = "c0ffee00-0000-4000-8000-000000000001".to_owned();
        export.host_name = "ghes-new.acme.example".to_owned();
        let landed = ingest(&mut w, export, LATER);
        assert!(landed.new_instance);
        let added = w.instances.last().unwrap();
        assert!(is_ghec_only(added));
        assert_eq!(added.name, "ghes-new.acme.example");
        assert!(!is_ghec_only(&w.instances[0]));
    }

    #[test]
    fn a_failure_keeps_the_counted_users_and_needs_a_known_server() {
        let mut w = World::seeded(50, 1, NOW);
        let consumers = w.consumers.clone();
        let host = w.instances[1].hostname.to_uppercase();
        let landed = record_failure(&mut w, Some("unknown"), Some(&host), "broken", LATER);
        assert_eq!(landed.unwrap().server_id, w.instances[1].server_id);
        let sync = w.instances[1].last_sync.clone().unwrap();
        assert_eq!(
            (sync.status.as_str(), sync.error.as_str()),
            (STATUS_FAILED, "broken")
        );
        assert_eq!(w.consumers, consumers);
        assert!(record_failure(&mut w, Some("unknown"), None, "broken", LATER).is_none());
    }
}
