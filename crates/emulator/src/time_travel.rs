//! Time travel: the same enterprise as it was some weeks ago, so the history's screens have
//! a past to show in the demo and in tests. Deterministic from the seed: asking for week 5
//! twice gives the same world.
//!
//! Going back in time, from the present world:
//! - people who joined since are not there yet (about 1% of the cloud accounts joined in
//!   each of the last weeks; never the enterprise owner);
//! - people who left since are still there (about 0.5% of the enterprise a week, cloud
//!   accounts named `former-N-acme`);
//! - some double-counted people are not fixed yet: their server account's primary email was
//!   a personal one, so GitHub could not match it to their cloud account (about 2% of the
//!   server accounts matched now, each fixed in one of the last weeks);
//! - each instance's last sync is the one it had then: `main` syncs daily over GitHub
//!   Connect; `legacy` was uploaded by hand weekly, missed three weeks (a gap), failed once,
//!   and stopped five weeks ago (the present world's stale sync).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use time::{Duration, OffsetDateTime};

use crate::world::{CloudAccount, SyncRecord, World};

/// A week.
const WEEK: Duration = Duration::weeks(1);
/// Weeks of the past worlds' schedule: joins, leaves and fixes spread over this many.
const SPAN: u64 = 26;

fn hash_of(seed: u64, what: &str) -> u64 {
    let mut h = DefaultHasher::new();
    seed.hash(&mut h);
    what.hash(&mut h);
    h.finish()
}

/// When a person (by `key`) did something, in weeks ago: `Some(1..=SPAN)` for about
/// `per_week_percent`% a week, `None` for the others (before the span).
fn weeks_ago(seed: u64, key: &str, per_week_permille: u64) -> Option<u64> {
    let h = hash_of(seed, key) % 1000;
    let span = per_week_permille * SPAN;
    (h < span).then(|| h / per_week_permille + 1)
}

/// `legacy`'s hand uploads: (weeks ago, days before that week's end, status, error).
fn legacy_syncs() -> impl Iterator<Item = (i64, &'static str, &'static str)> {
    (5..=SPAN as i64).filter_map(|w| match w {
        // A gap: three weeks without an upload.
        10..=12 => None,
        8 => Some((w, "failed", "The license usage file could not be processed")),
        _ => Some((w, "success", "")),
    })
}

impl World {
    /// This enterprise as it was `weeks` weeks before `now` (see the module comment).
    /// `seed` is the seed the world was made from; `weeks == 0` is the world itself.
    pub fn weeks_ago(&self, weeks: u32, seed: u64, now: OffsetDateTime) -> World {
        let mut past = self.clone();
        if weeks == 0 {
            return past;
        }
        let w = u64::from(weeks);
        let then = now - WEEK * i32::try_from(weeks).unwrap_or(i32::MAX);

        // Joined since: gone from the past, with their server accounts.
        let joined: Vec<CloudAccount> = past
            .enterprise
            .cloud
            .iter()
            .filter(|c| !c.enterprise_roles.iter().any(|r| r == "owner"))
            .filter(|c| weeks_ago(seed, &c.login, 10).is_some_and(|j| j <= w))
            .cloned()
            .collect();
        let joined_emails: Vec<String> = joined
            .iter()
            .flat_map(|c| c.verified_emails.iter().chain(c.saml_name_id.iter()))
            .map(|e| e.to_ascii_lowercase())
            .collect();
        past.enterprise
            .cloud
            .retain(|c| !joined.iter().any(|j| j.login == c.login));
        for inst in &mut past.instances {
            inst.synced_users.retain(|u| {
                !u.emails
                    .iter()
                    .any(|e| joined_emails.contains(&e.to_ascii_lowercase()))
            });
        }

        // Left since: still there.
        let leavers = (self.consumers.len() as u64 * 5 / 1000).max(1) * SPAN;
        for n in 0..leavers {
            let left = n % SPAN + 1;
            if left < w {
                continue;
            }
            let email = format!(
                "former.{n}@{}",
                self.enterprise
                    .verified_domains
                    .first()
                    .map_or("acme.example", String::as_str)
            );
            past.enterprise.cloud.push(CloudAccount {
                login: format!("former-{n}-acme"),
                name: format!("Former Colleague {n}"),
                verified_emails: vec![email.clone()],
                saml_name_id: Some(email),
                two_factor: true,
                member_roles: vec!["acme-eng:Member".to_owned()],
                enterprise_roles: vec!["member".to_owned()],
                pending_invites: Vec::new(),
                visual_studio_email: None,
            });
        }

        // Not fixed yet: a personal primary email on the server side.
        for inst in &mut past.instances {
            let name = inst.name.clone();
            for u in &mut inst.synced_users {
                let key = format!("{name}:{}", u.user_id);
                if weeks_ago(seed ^ 0x5eed, &key, 1).is_some_and(|f| f <= w) {
                    if let Some(first) = u.emails.first_mut() {
                        *first = format!("{}@personal.example", u.login);
                    }
                }
            }
        }

        // Each instance's last sync as it was then.
        for inst in &mut past.instances {
            inst.last_sync = match inst.name.as_str() {
                "legacy" => legacy_syncs()
                    .filter(|(ago, ..)| *ago >= i64::from(weeks))
                    .min_by_key(|(ago, ..)| *ago)
                    .map(|(ago, status, error)| SyncRecord {
                        date: now - WEEK * ago as i32 - Duration::days(2),
                        status: status.to_owned(),
                        error: error.to_owned(),
                    }),
                _ => inst.last_sync.as_ref().map(|s| SyncRecord {
                    date: then - (now - s.date),
                    ..s.clone()
                }),
            };
        }
        past.uploads.retain(|u| u.created_at <= then);
        past.rematch();
        past
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-06-01 09:00 UTC);

    fn logins(w: &World) -> Vec<String> {
        let mut v: Vec<String> = w.enterprise.cloud.iter().map(|c| c.login.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn the_same_week_is_the_same_world_and_week_zero_is_now() {
        let world = World::seeded(400, 7, NOW);
        assert_eq!(logins(&world.weeks_ago(0, 7, NOW)), logins(&world));
        assert_eq!(
            logins(&world.weeks_ago(6, 7, NOW)),
            logins(&world.weeks_ago(6, 7, NOW))
        );
    }

    #[test]
    fn going_back_people_who_joined_are_not_there_and_people_who_left_are() {
        let world = World::seeded(400, 7, NOW);
        let past = world.weeks_ago(12, 7, NOW);
        let now_logins = logins(&world);
        let then_logins = logins(&past);
        let joined = now_logins
            .iter()
            .filter(|l| !then_logins.contains(l))
            .count();
        let left = then_logins
            .iter()
            .filter(|l| !now_logins.contains(l))
            .count();
        assert!((20..=100).contains(&joined), "{joined} joined in 12 weeks");
        assert!(left >= 12, "{left} left in 12 weeks");
        assert!(then_logins.iter().any(|l| l.starts_with("former-")));
        // Churn grows with the distance.
        let nearer = logins(&world.weeks_ago(2, 7, NOW));
        let joined_2 = now_logins.iter().filter(|l| !nearer.contains(l)).count();
        assert!(joined_2 < joined, "{joined_2} in 2 weeks, {joined} in 12");
    }

    #[test]
    fn the_past_has_more_people_counted_twice_than_now() {
        let world = World::seeded(400, 7, NOW);
        let past = world.weeks_ago(20, 7, NOW);
        let both = |w: &World| {
            w.consumers
                .iter()
                .filter(|c| c.cloud.is_some() && !c.server.is_empty())
                .count()
        };
        let split = |w: &World| w.consumers.len();
        // Unfixed people are two consumers (one cloud, one server) instead of one.
        assert!(
            both(&past) < both(&world),
            "{} vs {}",
            both(&past),
            both(&world)
        );
        assert!(split(&past) > 0);
    }

    #[test]
    fn legacys_past_syncs_have_a_gap_and_a_failure() {
        let world = World::seeded(100, 7, NOW);
        let at = |w: u32| {
            world
                .weeks_ago(w, 7, NOW)
                .instance("legacy")
                .and_then(|i| i.last_sync.clone())
                .unwrap()
        };
        assert_eq!(at(8).status, "failed");
        assert_eq!(at(7).status, "success");
        // In the gap the last sync stays the one before it.
        assert_eq!(at(11).date, at(13).date);
        assert!(at(5).date > at(6).date);
        let main = world
            .weeks_ago(3, 7, NOW)
            .instance("main")
            .unwrap()
            .last_sync
            .clone()
            .unwrap();
        assert!(main.date < NOW - WEEK * 3);
    }
}
