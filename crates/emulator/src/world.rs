//! The emulated GitHub world: an enterprise on GHEC with its cloud accounts, GHES instances
//! with their server accounts, what each instance last synced to GHEC, and the license
//! consumers GitHub derives from all that.
//!
//! Consumers are derived the way GitHub documents (github-api.md §2.5): each synced server
//! account's *primary* email is compared first with the SAML NameID of cloud accounts (the
//! demo enterprise uses SAML), then with their *verified* emails; a match makes one person
//! of both. Unmatched server accounts with the same primary email on several instances are
//! one server-only person. Only what the instances last synced counts, never their live
//! user lists, so the consumer list changes only when a sync lands.

use std::collections::{HashMap, HashSet};

use time::{Duration, OffsetDateTime, UtcOffset};

use crate::planted::{self, Planted};
use crate::rng::Rng;

/// A cloud (GHEC) user account.
#[derive(Debug, Clone)]
pub struct CloudAccount {
    pub login: String,
    pub name: String,
    /// Every verified email of the account (the API only shows those on verified domains).
    pub verified_emails: Vec<String>,
    pub saml_name_id: Option<String>,
    pub two_factor: bool,
    pub member_roles: Vec<String>,
    pub enterprise_roles: Vec<String>,
    pub pending_invites: Vec<String>,
    /// The UPN of a Visual Studio subscription with GitHub Enterprise, if any.
    pub visual_studio_email: Option<String>,
}

/// A user account on one GHES instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAccount {
    pub user_id: u64,
    pub login: String,
    /// Primary email first.
    pub emails: Vec<String>,
    /// The profile name, if the user set one.
    pub name: Option<String>,
    pub site_admin: bool,
    /// When the account was created on the instance.
    pub created_at: OffsetDateTime,
}

impl ServerAccount {
    /// An account whose site-admin flag and creation time follow from its user ID, so that
    /// generating them uses no random numbers and the rest of a seeded world stays as it was.
    /// GHES numbers users in creation order (ID 1 is the ghost user, 2 the first admin).
    pub fn new(user_id: u64, login: String, name: Option<String>, emails: Vec<String>) -> Self {
        let jitter = user_id.wrapping_mul(7919) % 150;
        let seconds = user_id.saturating_mul(150).saturating_add(jitter);
        let created_at = FIRST_ACCOUNT_CREATED
            + Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX / 2));
        Self {
            user_id,
            login,
            emails,
            name,
            site_admin: user_id % 53 == 2,
            created_at,
        }
    }
}

/// When the first generated GHES account was created: every account comes later.
const FIRST_ACCOUNT_CREATED: OffsetDateTime = time::macros::datetime!(2019-01-07 09:00 UTC);

/// How GHEC's processing of one usage upload stands (GraphQL
/// `EnterpriseServerUserAccountsUploadSyncState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadState {
    Pending,
    Success,
    Failure,
}

/// One usage upload GHEC received for an instance: a file on "Add server usage", or a
/// GitHub Connect sync (GraphQL `EnterpriseServerUserAccountsUpload`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageUpload {
    /// Unique in the world, in the order the uploads arrived (from 1).
    pub id: u64,
    /// The instance it is for, by server ID (GHEC keys servers by it).
    pub server_id: String,
    /// The uploaded file's name; for GitHub Connect syncs a name the emulator makes up.
    pub name: String,
    pub state: UploadState,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// A license sync as GHEC recorded it.
#[derive(Debug, Clone)]
pub struct SyncRecord {
    pub date: OffsetDateTime,
    pub status: String,
    pub error: String,
}

/// What GHES's license file grants.
#[derive(Debug, Clone)]
pub struct LicenseGrant {
    /// `None` for an unlimited-seat license.
    pub seats: Option<u64>,
    pub kind: String,
    pub expire_at: OffsetDateTime,
    /// The offset GHES writes `expire_at` in.
    pub offset: UtcOffset,
    /// Write `seats` and `seats_available` as JSON strings (the schema allows it).
    pub seats_as_strings: bool,
}

/// One emulated GHES instance.
#[derive(Debug, Clone)]
pub struct Instance {
    /// Short name used in the emulator's URLs (`/ghes/{name}/api/v3`).
    pub name: String,
    pub hostname: String,
    pub server_id: String,
    pub version: String,
    pub admin_token: String,
    pub user_token: String,
    pub license: LicenseGrant,
    pub users: Vec<ServerAccount>,
    /// The server accounts as of the last sync that reached GHEC.
    pub synced_users: Vec<ServerAccount>,
    pub last_sync: Option<SyncRecord>,
    pub connect_license_sync: bool,
    /// The customer name of the instance's license.
    pub customer_name: String,
    /// When GHEC first heard of the instance.
    pub known_since: OffsetDateTime,
}

/// The GHEC enterprise.
#[derive(Debug, Clone)]
pub struct Enterprise {
    pub slug: String,
    pub owner_token: String,
    pub member_token: String,
    /// An owner's classic token without `read:enterprise`.
    pub no_scope_token: String,
    /// An owner's fine-grained token, which these endpoints refuse.
    pub fine_grained_token: String,
    /// An owner's classic token not authorised for SAML SSO.
    pub sso_token: String,
    pub seats_purchased: u64,
    pub uses_saml: bool,
    pub verified_domains: Vec<String>,
    pub cloud: Vec<CloudAccount>,
}

impl Enterprise {
    /// Every email verified on the enterprise's github.com accounts.
    pub fn verified_emails(&self) -> impl Iterator<Item = &String> {
        self.cloud.iter().flat_map(|c| &c.verified_emails)
    }
}

/// One license consumer as GitHub reports it in consumed-licenses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consumer {
    /// Index into `Enterprise::cloud`.
    pub cloud: Option<usize>,
    /// (instance index, user index in the instance's synced users).
    pub server: Vec<(usize, usize)>,
}

/// Everything the emulator knows.
#[derive(Debug, Clone)]
pub struct World {
    pub enterprise: Enterprise,
    pub instances: Vec<Instance>,
    pub consumers: Vec<Consumer>,
    /// The people planted for the duplicate analysis, and the truth about them (see
    /// `planted.rs`); empty below 100 consumers.
    pub planted: Planted,
    /// Every usage upload GHEC received, oldest first.
    pub uploads: Vec<UsageUpload>,
    /// Counts [`World::rematch`] calls: whatever is derived from the synced users (the
    /// GraphQL endpoint's sort orders) is stale once it moves.
    pub revision: u64,
}

const FIRST: &[&str] = &[
    "ada", "alan", "amara", "anna", "arjun", "bea", "carlos", "chen", "dana", "diego", "elif",
    "emma", "farah", "felix", "grace", "hana", "ivan", "jade", "jonas", "kai", "keiko", "lars",
    "lea", "liam", "lina", "marco", "maya", "mona", "nadia", "noah", "olga", "omar", "priya",
    "quinn", "ravi", "rosa", "sam", "sara", "tariq", "tom", "uma", "vera", "wei", "yara", "zoe",
];
const LAST: &[&str] = &[
    "adams", "bauer", "costa", "dubois", "evans", "fischer", "garcia", "hansen", "ito", "jensen",
    "khan", "kowalski", "lopez", "meyer", "nakamura", "novak", "okafor", "patel", "quist", "rossi",
    "schmidt", "silva", "tanaka", "usman", "varga", "weber", "xu", "yilmaz", "zhang",
];
const ORGS: &[&str] = &["acme-eng", "acme-research", "acme-ops", "acme-web"];
const PERSONAL_DOMAINS: &[&str] = &["mail.example", "home.example", "inbox.example"];

/// What share of people falls in each kind (they add up to 1).
const CLOUD_ONLY: f64 = 0.30;
const MATCHED_BY_EMAIL: f64 = 0.34;
const MATCHED_BY_SAML: f64 = 0.06;
const SERVER_ONLY: f64 = 0.14;
const UNMATCHED_PAIR: f64 = 0.06;
// The rest (0.10) are Visual Studio subscribers.

/// The admin already fixed one person on `main`: their GHES primary email is now the one
/// verified on their github.com account, but GitHub still has the usage from before the
/// fix. So the demo's Sync now (or an upload of a fresh export) visibly counts one person
/// once instead of twice, as on GitHub. Picks the first user whose primary email matches no
/// verified email while a later one does; worlds without such a person are left alone.
fn fix_a_primary_email_since_the_last_sync(main: &mut Instance, enterprise: &Enterprise) {
    let verified: HashSet<String> = enterprise
        .verified_emails()
        .map(|e| e.to_ascii_lowercase())
        .collect();
    let is_verified = |e: &String| verified.contains(&e.to_ascii_lowercase());
    if let Some(user) = main.users.iter_mut().find(|u| {
        u.emails.first().is_some_and(|p| !is_verified(p))
            && u.emails.iter().skip(1).any(is_verified)
    }) {
        if let Some(pos) = user.emails.iter().position(is_verified) {
            user.emails.swap(0, pos);
        }
    }
}

impl World {
    /// The demo enterprise: about `consumers` license consumers, derived from `seed`, with
    /// times relative to `now`.
    pub fn seeded(consumers: usize, seed: u64, now: OffsetDateTime) -> Self {
        let mut rng = Rng::new(seed);
        let domain = "acme.example".to_owned();
        let mut enterprise = Enterprise {
            slug: "acme".to_owned(),
            owner_token: "ghp_demo_ghec_owner".to_owned(),
            member_token: "ghp_demo_ghec_member".to_owned(),
            no_scope_token: "ghp_demo_ghec_noscope".to_owned(),
            fine_grained_token: "github_pat_demo_ghec_finegrained".to_owned(),
            sso_token: "ghp_demo_ghec_sso".to_owned(),
            seats_purchased: 0,
            uses_saml: true,
            verified_domains: vec![domain.clone()],
            cloud: Vec::new(),
        };
        let mut main = Instance {
            name: "main".to_owned(),
            hostname: "github.acme.example".to_owned(),
            server_id: rng.uuid(),
            version: "3.17.4".to_owned(),
            admin_token: "ghp_demo_main_admin".to_owned(),
            user_token: "ghp_demo_main_user".to_owned(),
            license: LicenseGrant {
                seats: None,
                kind: "standard".to_owned(),
                expire_at: now + Duration::days(200) + Duration::hours(5),
                offset: UtcOffset::from_hms(-6, 0, 0).unwrap_or(UtcOffset::UTC),
                seats_as_strings: false,
            },
            users: Vec::new(),
            synced_users: Vec::new(),
            last_sync: Some(SyncRecord {
                date: now - Duration::hours(26),
                status: "success".to_owned(),
                error: String::new(),
            }),
            connect_license_sync: true,
            customer_name: CUSTOMER_NAME.to_owned(),
            known_since: now - Duration::days(412),
        };
        let mut legacy = Instance {
            name: "legacy".to_owned(),
            hostname: "ghes-legacy.acme.example".to_owned(),
            server_id: rng.uuid(),
            version: "3.12.9".to_owned(),
            admin_token: "ghp_demo_legacy_admin".to_owned(),
            user_token: "ghp_demo_legacy_user".to_owned(),
            license: LicenseGrant {
                seats: None,
                kind: "standard".to_owned(),
                expire_at: now + Duration::days(21) + Duration::hours(3),
                offset: UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC),
                seats_as_strings: true,
            },
            users: Vec::new(),
            synced_users: Vec::new(),
            last_sync: Some(SyncRecord {
                date: now - Duration::days(37) - Duration::hours(4),
                status: "success".to_owned(),
                error: String::new(),
            }),
            connect_license_sync: false,
            customer_name: CUSTOMER_NAME.to_owned(),
            known_since: now - Duration::days(903),
        };

        // Planted first, from a generator of their own, so the generated people after them
        // are the same whether or not any are planted.
        let (planted, mut made) =
            planted::plant(consumers, seed, &mut enterprise, [&mut main, &mut legacy]);
        let planted_cloud = enterprise.cloud.len();
        let mut logins: HashMap<String, u32> = HashMap::new();
        let target = consumers.max(1);
        while made < target {
            let first = rng.pick(FIRST);
            let last = rng.pick(LAST);
            let base = format!("{first}-{last}");
            let n = logins.entry(base.clone()).or_insert(0);
            *n += 1;
            let handle = if *n == 1 { base } else { format!("{base}{n}") };
            let corp = format!("{}@{domain}", handle.replace('-', "."));
            let personal = format!(
                "{}@{}",
                handle.replace('-', "_"),
                rng.pick(PERSONAL_DOMAINS)
            );
            let name = format!("{} {}", title(first), title(last));
            let roll = rng.unit();
            let mut cloud = CloudAccount {
                login: format!("{handle}-acme"),
                name: name.clone(),
                verified_emails: vec![corp.clone()],
                saml_name_id: Some(corp.clone()),
                two_factor: rng.chance(0.9),
                member_roles: vec![format!("{}:Member", rng.pick(ORGS))],
                enterprise_roles: vec!["member".to_owned()],
                pending_invites: Vec::new(),
                visual_studio_email: None,
            };
            if enterprise.cloud.len() == planted_cloud {
                // The first generated person owns the enterprise.
                cloud.member_roles = vec!["acme-eng:Owner".to_owned()];
                cloud.enterprise_roles = vec!["owner".to_owned()];
            }
            if rng.chance(0.03) {
                cloud.pending_invites = vec![rng.pick(ORGS).to_owned()];
            }
            let server =
                |rng: &mut Rng, main: &mut Instance, legacy: &mut Instance, email: &str| {
                    let r = rng.unit();
                    let on_main = r < 0.8;
                    let on_legacy = r >= 0.7;
                    for (inst, yes) in [(main, on_main), (legacy, on_legacy)] {
                        if yes {
                            let id = inst.users.len() as u64 + 2;
                            inst.users.push(ServerAccount::new(
                                id,
                                handle.clone(),
                                Some(name.clone()),
                                vec![email.to_owned()],
                            ));
                        }
                    }
                };
            if roll < CLOUD_ONLY {
                enterprise.cloud.push(cloud);
                made += 1;
            } else if roll < CLOUD_ONLY + MATCHED_BY_EMAIL {
                enterprise.cloud.push(cloud);
                server(&mut rng, &mut main, &mut legacy, &corp);
                made += 1;
            } else if roll < CLOUD_ONLY + MATCHED_BY_EMAIL + MATCHED_BY_SAML {
                // Verified only a personal address on github.com; SAML links the corporate one.
                cloud.verified_emails = vec![personal.clone()];
                enterprise.cloud.push(cloud);
                server(&mut rng, &mut main, &mut legacy, &corp);
                made += 1;
            } else if roll < CLOUD_ONLY + MATCHED_BY_EMAIL + MATCHED_BY_SAML + SERVER_ONLY {
                server(&mut rng, &mut main, &mut legacy, &corp);
                made += 1;
            } else if roll
                < CLOUD_ONLY + MATCHED_BY_EMAIL + MATCHED_BY_SAML + SERVER_ONLY + UNMATCHED_PAIR
            {
                // The double-counted person: their GHES primary email is personal, so it
                // matches neither their SAML identity nor a verified email on GHEC.
                enterprise.cloud.push(cloud);
                server(&mut rng, &mut main, &mut legacy, &personal);
                made += 2;
            } else {
                cloud.visual_studio_email = Some(corp.clone());
                enterprise.cloud.push(cloud);
                if rng.chance(0.5) {
                    server(&mut rng, &mut main, &mut legacy, &corp);
                }
                made += 1;
            }
        }
        for inst in [&mut main, &mut legacy] {
            inst.synced_users = inst.users.clone();
        }
        fix_a_primary_email_since_the_last_sync(&mut main, &enterprise);
        // Seat grants sized like a real purchase: some headroom over what is used.
        main.license.seats = Some(round_up(main.users.len() as u64 * 5 / 4 + 10, 50));
        legacy.license.seats = Some(round_up(legacy.users.len() as u64 * 6 / 5 + 5, 25));
        let mut world = Self {
            enterprise,
            instances: vec![main, legacy],
            consumers: Vec::new(),
            planted,
            uploads: Vec::new(),
            revision: 0,
        };
        world.seed_upload_history();
        world.rematch();
        world.enterprise.seats_purchased = round_up(world.consumers.len() as u64 * 11 / 10, 50);
        world
    }

    /// Re-derives the license consumers from the cloud accounts and what each instance last
    /// synced, by GitHub's documented matching rules.
    pub fn rematch(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        let norm = |s: &str| s.trim().to_ascii_lowercase();
        let mut by_saml: HashMap<String, usize> = HashMap::new();
        let mut by_verified: HashMap<String, usize> = HashMap::new();
        for (i, c) in self.enterprise.cloud.iter().enumerate() {
            if self.enterprise.uses_saml {
                if let Some(n) = &c.saml_name_id {
                    by_saml.entry(norm(n)).or_insert(i);
                }
            }
            for e in &c.verified_emails {
                by_verified.entry(norm(e)).or_insert(i);
            }
        }
        let mut cloud_server: Vec<Vec<(usize, usize)>> =
            vec![Vec::new(); self.enterprise.cloud.len()];
        let mut server_only: Vec<Consumer> = Vec::new();
        let mut server_only_by_email: HashMap<String, usize> = HashMap::new();
        for (ii, inst) in self.instances.iter().enumerate() {
            for (ui, u) in inst.synced_users.iter().enumerate() {
                let Some(primary) = u.emails.first().map(|e| norm(e)) else {
                    continue;
                };
                let matched = by_saml
                    .get(&primary)
                    .or_else(|| by_verified.get(&primary))
                    .copied();
                match matched {
                    Some(ci) => cloud_server[ci].push((ii, ui)),
                    None => match server_only_by_email.get(&primary) {
                        Some(&k) => server_only[k].server.push((ii, ui)),
                        None => {
                            server_only_by_email.insert(primary, server_only.len());
                            server_only.push(Consumer {
                                cloud: None,
                                server: vec![(ii, ui)],
                            });
                        }
                    },
                }
            }
        }
        let mut consumers: Vec<Consumer> = cloud_server
            .into_iter()
            .enumerate()
            .map(|(ci, server)| Consumer {
                cloud: Some(ci),
                server,
            })
            .collect();
        consumers.sort_by(|a, b| {
            let login = |c: &Consumer| c.cloud.map(|i| self.enterprise.cloud[i].login.as_str());
            login(a).cmp(&login(b))
        });
        consumers.extend(server_only);
        self.consumers = consumers;
    }

    /// The uploads that brought each seeded instance's last sync: three weekly GitHub
    /// Connect syncs for an instance with Connect license sync on, two files uploaded by hand
    /// a few weeks apart for one without, each landed as its `last_sync` says.
    fn seed_upload_history(&mut self) {
        let mut history = Vec::new();
        for inst in &self.instances {
            let Some(sync) = &inst.last_sync else {
                continue;
            };
            let (count, every) = if inst.connect_license_sync {
                (3, Duration::days(7))
            } else {
                (2, Duration::days(58))
            };
            for k in (0..count).rev() {
                let landed = sync.date - every * k;
                let sent = landed - Duration::seconds(95);
                let name = if inst.connect_license_sync {
                    connect_upload_name(&inst.hostname, sent)
                } else {
                    export_file_name(&inst.hostname, sent - Duration::minutes(6))
                };
                let state = if k > 0 || sync.status == "success" {
                    UploadState::Success
                } else {
                    UploadState::Failure
                };
                history.push((inst.server_id.clone(), name, state, sent, landed));
            }
        }
        history.sort_by_key(|h| h.3);
        for (server_id, name, state, created_at, updated_at) in history {
            self.add_upload(server_id, name, state, created_at, updated_at);
        }
    }

    /// Records an upload GHEC received; returns its ID.
    pub fn add_upload(
        &mut self,
        server_id: String,
        name: String,
        state: UploadState,
        created_at: OffsetDateTime,
        updated_at: OffsetDateTime,
    ) -> u64 {
        let id = self.uploads.len() as u64 + 1;
        self.uploads.push(UsageUpload {
            id,
            server_id,
            name,
            state,
            created_at,
            updated_at,
        });
        id
    }

    /// Ends the processing of upload `id` as `state`, as of `now`.
    pub fn settle_upload(&mut self, id: u64, state: UploadState, now: OffsetDateTime) {
        if let Some(u) = self.uploads.iter_mut().find(|u| u.id == id) {
            u.state = state;
            u.updated_at = now;
        }
    }

    /// Adds a GHES instance `{name}.acme.example` of `accounts` generated users (primary
    /// email on the instance's own domain, so none matches a cloud account: each counts as a
    /// server-only consumer), with GitHub Connect license sync on if `connected`, synced an
    /// hour before `now` with one upload, and GHES tokens `ghp_demo_{name}_admin` /
    /// `ghp_demo_{name}_user`. Its accounts follow from `name` alone, so the same name gives
    /// the same accounts. For tests and benchmarks that need more instances than the demo's
    /// two, or a large one; returns the instance's index.
    pub fn add_generated_instance(
        &mut self,
        name: &str,
        accounts: usize,
        connected: bool,
        now: OffsetDateTime,
    ) -> usize {
        let key = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let mut rng = Rng::new(key ^ 0x9e37_79b9_7f4a_7c15);
        let hostname = format!("{name}.acme.example");
        let mut users = Vec::with_capacity(accounts);
        for k in 0..accounts {
            let first = rng.pick(FIRST);
            let last = rng.pick(LAST);
            let login = format!("{first}-{last}-{k}");
            let id = k as u64 + 2;
            users.push(ServerAccount::new(
                id,
                login,
                Some(format!("{} {}", title(first), title(last))),
                vec![
                    format!("{first}.{last}.{k}@{name}.acme.example"),
                    format!("{first}_{last}_{k}@{}", rng.pick(PERSONAL_DOMAINS)),
                ],
            ));
        }
        let synced = now - Duration::hours(1);
        let inst = Instance {
            name: name.to_owned(),
            hostname: hostname.clone(),
            server_id: rng.uuid(),
            version: "3.17.4".to_owned(),
            admin_token: format!("ghp_demo_{name}_admin"),
            user_token: format!("ghp_demo_{name}_user"),
            license: LicenseGrant {
                seats: Some(round_up(accounts as u64 * 5 / 4 + 10, 50)),
                kind: "standard".to_owned(),
                expire_at: now + Duration::days(300),
                offset: UtcOffset::UTC,
                seats_as_strings: false,
            },
            synced_users: users.clone(),
            users,
            last_sync: Some(SyncRecord {
                date: synced,
                status: "success".to_owned(),
                error: String::new(),
            }),
            connect_license_sync: connected,
            customer_name: CUSTOMER_NAME.to_owned(),
            known_since: now - Duration::days(30),
        };
        let upload_name = if connected {
            connect_upload_name(&hostname, synced - Duration::seconds(95))
        } else {
            export_file_name(&hostname, synced - Duration::minutes(8))
        };
        self.add_upload(
            inst.server_id.clone(),
            upload_name,
            UploadState::Success,
            synced - Duration::seconds(95),
            synced,
        );
        self.instances.push(inst);
        self.rematch();
        self.instances.len() - 1
    }

    /// The planted duplicates and look-alikes: what a duplicate analysis must find, and
    /// what it must leave alone.
    pub fn planted(&self) -> &Planted {
        &self.planted
    }

    /// The instance called `name`.
    pub fn instance(&self, name: &str) -> Option<&Instance> {
        self.instances.iter().find(|i| i.name == name)
    }

    /// Number of users on an instance (what its license reports as used).
    pub fn seats_used(&self, name: &str) -> Option<u64> {
        self.instance(name).map(|i| i.users.len() as u64)
    }
}

/// The customer name on the demo instances' licenses.
pub const CUSTOMER_NAME: &str = "Acme Corporation";

/// The name GHES gives a license-usage export it writes at `at`
/// (`<hostname>-license-usage-<YYYYMMDD>.json`, its "Export license usage" download).
pub fn export_file_name(hostname: &str, at: OffsetDateTime) -> String {
    let day = at
        .format(time::macros::format_description!("[year][month][day]"))
        .unwrap_or_default();
    format!("{hostname}-license-usage-{day}.json")
}

/// The name of the upload a GitHub Connect sync makes. GitHub does not say what it calls
/// these; the emulator names them after the host and the time they were sent.
pub fn connect_upload_name(hostname: &str, at: OffsetDateTime) -> String {
    let stamp = at
        .format(time::macros::format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_default();
    format!("github-connect-{hostname}-{stamp}.json")
}

fn title(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn round_up(n: u64, step: u64) -> u64 {
    n.div_ceil(step) * step
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planted::PlantedKind;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-22 12:00:00 UTC);

    #[test]
    fn the_demo_enterprise_is_deterministic_and_about_the_size_asked() {
        let a = World::seeded(300, 1, NOW);
        let b = World::seeded(300, 1, NOW);
        assert_eq!(a.consumers, b.consumers);
        assert!(
            (300..=302).contains(&a.consumers.len()),
            "{}",
            a.consumers.len()
        );
        assert_ne!(
            World::seeded(300, 2, NOW).consumers,
            a.consumers,
            "another seed, another enterprise"
        );
    }

    #[test]
    fn the_demo_enterprise_has_every_kind_of_consumer() {
        let w = World::seeded(300, 1, NOW);
        let cloud_only = w
            .consumers
            .iter()
            .filter(|c| c.cloud.is_some() && c.server.is_empty())
            .count();
        let both = w
            .consumers
            .iter()
            .filter(|c| c.cloud.is_some() && !c.server.is_empty())
            .count();
        let server_only = w.consumers.iter().filter(|c| c.cloud.is_none()).count();
        let vs = w
            .consumers
            .iter()
            .filter(|c| {
                c.cloud
                    .is_some_and(|i| w.enterprise.cloud[i].visual_studio_email.is_some())
            })
            .count();
        let multi = w
            .consumers
            .iter()
            .filter(|c| c.server.len() + usize::from(c.cloud.is_some()) > 2)
            .count();
        for (what, n) in [
            ("cloud only", cloud_only),
            ("both", both),
            ("server only", server_only),
            ("visual studio", vs),
            ("three accounts", multi),
        ] {
            assert!(n > 5, "{what}: only {n}");
        }
    }

    #[test]
    fn matching_uses_the_primary_email_against_saml_then_verified_emails() {
        let mut w = World::seeded(50, 3, NOW);
        let before = w.consumers.len();
        // A server-only person whose primary email becomes a cloud account's verified one
        // is counted once after the next rematch.
        let (ii, ui) = w
            .consumers
            .iter()
            .find(|c| c.cloud.is_none())
            .map(|c| c.server[0])
            .unwrap();
        let email = "new.person@acme.example".to_owned();
        w.instances[ii].synced_users[ui].emails = vec![email.clone()];
        w.enterprise.cloud[0].verified_emails.push(email);
        w.rematch();
        assert_eq!(w.consumers.len(), before - 1);
    }

    /// The server ids of a consumer, as consumed-licenses writes them.
    fn server_ids(w: &World, c: &Consumer) -> Vec<String> {
        c.server
            .iter()
            .map(|&(ii, ui)| {
                let inst = &w.instances[ii];
                format!("{}:{}", inst.hostname, inst.synced_users[ui].user_id)
            })
            .collect()
    }

    fn consumer_of_login<'w>(w: &'w World, login: &str) -> &'w Consumer {
        w.consumers
            .iter()
            .find(|c| {
                c.cloud
                    .is_some_and(|i| w.enterprise.cloud[i].login == login)
            })
            .unwrap()
    }

    #[test]
    fn planted_duplicates_stay_two_consumers_and_the_merged_person_one() {
        let w = World::seeded(320, 1, NOW);
        let p = w.planted();
        assert_eq!(p.duplicates.len(), 3 * 5);
        assert_eq!(p.off_domain.len(), 3);
        assert_eq!(p.look_alikes.len(), 3 * 4);
        for pair in p.duplicates.iter().chain(&p.look_alikes) {
            let cloud = consumer_of_login(&w, &pair.cloud_login);
            if pair.kind == PlantedKind::AlreadyMerged {
                assert_eq!(server_ids(&w, cloud), pair.server_ids, "{pair:?}");
                continue;
            }
            assert!(cloud.server.is_empty(), "{pair:?}");
            let server = w
                .consumers
                .iter()
                .find(|c| server_ids(&w, c) == pair.server_ids)
                .unwrap_or_else(|| panic!("no server-only consumer for {pair:?}"));
            assert!(server.cloud.is_none(), "{pair:?}");
        }
        for id in &p.off_domain {
            assert!(w
                .consumers
                .iter()
                .any(|c| c.cloud.is_none() && server_ids(&w, c) == [id.clone()]));
        }
    }

    #[test]
    fn small_worlds_have_nothing_planted_and_the_same_seed_plants_the_same() {
        assert_eq!(World::seeded(50, 1, NOW).planted, Planted::default());
        assert_eq!(
            World::seeded(1000, 4, NOW).planted,
            World::seeded(1000, 4, NOW).planted
        );
    }
}
