//! People planted in the demo enterprise for the Duplicates screen, and the truth about them.
//!
//! GitHub counts one person twice when it fails to merge their GHES account into their
//! cloud account (github-api.md §2.5): the GHES *primary* email is neither the cloud
//! account's SAML NameID nor one of its verified emails. The generated world already has
//! such people by chance; these are planted on purpose, a few of each way it happens, so the
//! demo shows every kind of finding and tests know exactly which pairs are real:
//!
//! | kind                | server account's emails                    | cloud account                       |
//! |---------------------|--------------------------------------------|-------------------------------------|
//! | `verified_email`    | personal primary, the verified one second  | verified `first.last@acme.example`  |
//! | `saml_name_id`      | legacy primary, the NameID second          | NameID `first.last@acme.example`, verified only off-domain |
//! | `visual_studio_email` | the Visual Studio subscription email     | VS email `flast@acme-msdn.example`  |
//! | `same_local_part`   | `flast@acme-old.example`                   | verified `flast@acme.example`       |
//! | `same_name`         | `first.last@acme.example`                  | display name "First Last", verified `flast@…` |
//! | off verified domain | `first.last@contractor.example`, no cloud account at all | –                   |
//!
//! And look-alikes that are *not* one person, which an analysis must leave alone: a generic
//! mailbox (`admin@team0.acme.example` vs `admin@acme.example`), two people sharing only a
//! first name, a mailbox that merely starts like another (`ysolde` vs `ysoldeh`), and a
//! person GitHub already merged (one consumer with three accounts: counted once).
//!
//! The planted names come from their own lists, disjoint from the generated ones, and each
//! name is used once, so nothing generated can pair with them by accident.

use std::collections::HashSet;

use crate::rng::Rng;
use crate::world::{CloudAccount, Enterprise, Instance, ServerAccount};

/// How a planted pair is linked (or only looks linked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlantedKind {
    /// A GHES email (not the primary) is a verified email of the cloud account.
    VerifiedEmail,
    /// A GHES email (not the primary) is the cloud account's SAML NameID.
    SamlNameId,
    /// The GHES primary email is the cloud account's Visual Studio subscription email.
    VisualStudioEmail,
    /// The same mailbox on another domain.
    SameLocalPart,
    /// The GHES email reads as the cloud account's display name.
    SameName,
    /// Look-alike: the same generic mailbox (`admin@`) on both sides.
    GenericLocalPart,
    /// Look-alike: two people sharing only a first name.
    SameFirstNameOnly,
    /// Look-alike: one mailbox is a prefix of the other (`ysolde` / `ysoldeh`).
    MailboxPrefix,
    /// Look-alike: one person whose accounts GitHub already merged (three accounts, one
    /// consumer, one seat).
    AlreadyMerged,
}

/// A server side and a cloud side the truth says something about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlantedPair {
    pub kind: PlantedKind,
    /// The server account(s) as consumed-licenses writes them (`HOSTNAME:USER_ID`).
    pub server_ids: Vec<String>,
    /// The cloud account's login.
    pub cloud_login: String,
}

/// The truth about the planted people (also served at `/_emulator/planted` for the
/// end-to-end tests).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Planted {
    /// Pairs that are one person counted twice: a duplicate analysis must pair each
    /// server-only consumer with this cloud login.
    pub duplicates: Vec<PlantedPair>,
    /// Server-only consumers (by server id) with no cloud account and every email off the
    /// verified domains.
    pub off_domain: Vec<String>,
    /// Pairs that are not one person counted twice: no finding may pair them.
    pub look_alikes: Vec<PlantedPair>,
}

/// Planted names: none of these is in the generated world's lists, and no two first (or
/// last) names share an initial, so `flast` mailboxes are unique too.
const FIRST: &[&str] = &[
    "aurelio",
    "brigid",
    "casimir",
    "delphine",
    "eamon",
    "fenella",
    "gideon",
    "hortense",
    "isidore",
    "jolanta",
    "leopold",
    "mireille",
    "nikolai",
    "ottilie",
    "perpetua",
    "rosalind",
    "severin",
    "theodora",
    "ulrike",
    "valentin",
    "wilhelmina",
    "xanthe",
    "ysolde",
    "zebulon",
    "konstanze",
];
const LAST: &[&str] = &[
    "abernathy",
    "blackwood",
    "castellanos",
    "drummond",
    "ellingsen",
    "fairweather",
    "grimaldi",
    "holloway",
    "ingersoll",
    "jovanovic",
    "kirkpatrick",
    "lindqvist",
    "montague",
    "northcott",
    "oyelaran",
    "pemberton",
    "quartermaine",
    "rutherford",
    "stavros",
    "thistlewood",
    "underhill",
    "vasquez",
    "whitcombe",
    "yardley",
    "zabini",
];

/// The most people of one kind planted, whatever the size of the enterprise.
const MAX_PER_KIND: usize = 40;

/// Consumers planted per group of each kind: 2 for a pair, 1 for an off-domain entry, …
const CONSUMERS_PER_ROUND: usize = 5 * 2 + 1 + 2 + 2 + 2 + 1;

/// How many of each kind an enterprise of `consumers` gets: none below 100 consumers (tiny
/// test worlds stay as they were), three in the demo's 320, at most [`MAX_PER_KIND`].
pub(crate) fn per_kind(consumers: usize) -> usize {
    if consumers < 100 {
        0
    } else {
        (consumers / 100).clamp(1, MAX_PER_KIND)
    }
}

/// Plants [`per_kind`] people of every kind into the enterprise and the two instances
/// (`servers[0]` is `main`, `servers[1]` `legacy`); returns the truth and how many consumers
/// they make.
pub(crate) fn plant(
    consumers: usize,
    seed: u64,
    enterprise: &mut Enterprise,
    servers: [&mut Instance; 2],
) -> (Planted, usize) {
    let rounds = per_kind(consumers);
    let mut p = Planter {
        rng: Rng::new(seed ^ 0x5EED_D0B1_E000_0000),
        used: HashSet::new(),
        enterprise,
        servers,
        truth: Planted::default(),
    };
    for round in 0..rounds {
        p.round(round);
    }
    (p.truth, rounds * CONSUMERS_PER_ROUND)
}

struct Planter<'a> {
    rng: Rng,
    /// (first, last) indexes already used.
    used: HashSet<(usize, usize)>,
    enterprise: &'a mut Enterprise,
    servers: [&'a mut Instance; 2],
    truth: Planted,
}

/// A planted person's name parts.
#[derive(Debug, Clone, Copy)]
struct Person {
    first: &'static str,
    last: &'static str,
}

impl Person {
    fn name(self) -> String {
        format!("{} {}", title(self.first), title(self.last))
    }

    /// `aurelio.blackwood`
    fn dotted(self) -> String {
        format!("{}.{}", self.first, self.last)
    }

    /// `ablackwood`
    fn initial_last(self) -> String {
        format!("{}{}", &self.first[..1], self.last)
    }

    fn login(self) -> String {
        format!("{}-{}-acme", self.first, self.last)
    }
}

const CORP: &str = "acme.example";

/// Mailboxes shared by people or machines, which say nothing about who is behind them.
const GENERIC: &[&str] = &["admin", "support", "jenkins", "devops", "root", "build"];

impl Planter<'_> {
    fn round(&mut self, round: usize) {
        // Alternate the instances, so both carry planted people.
        let on = round % 2;

        let p = self.person();
        let verified = format!("{}@{CORP}", p.dotted());
        let login = self.cloud(p, vec![verified.clone()], Some(verified.clone()), None);
        let id = self.server(
            on,
            p,
            vec![format!("{}@home.example", p.initial_last()), verified],
        );
        self.duplicate(PlantedKind::VerifiedEmail, vec![id], login);

        let p = self.person();
        let name_id = format!("{}@{CORP}", p.dotted());
        let login = self.cloud(
            p,
            vec![format!("{}@home.example", p.dotted())],
            Some(name_id.clone()),
            None,
        );
        let id = self.server(
            on,
            p,
            vec![format!("{}@acme-legacy.example", p.initial_last()), name_id],
        );
        self.duplicate(PlantedKind::SamlNameId, vec![id], login);

        let p = self.person();
        let corp = format!("{}@{CORP}", p.dotted());
        let vs = format!("{}@acme-msdn.example", p.initial_last());
        let login = self.cloud(p, vec![corp.clone()], Some(corp), Some(vs.clone()));
        let id = self.server(on, p, vec![vs]);
        self.duplicate(PlantedKind::VisualStudioEmail, vec![id], login);

        let p = self.person();
        let corp = format!("{}@{CORP}", p.initial_last());
        let login = self.cloud(p, vec![corp.clone()], Some(corp), None);
        let id = self.server(
            on,
            p,
            vec![format!("{}@acme-old.example", p.initial_last())],
        );
        self.duplicate(PlantedKind::SameLocalPart, vec![id], login);

        let p = self.person();
        let corp = format!("{}@{CORP}", p.initial_last());
        let login = self.cloud(p, vec![corp.clone()], Some(corp), None);
        let id = self.server(on, p, vec![format!("{}@{CORP}", p.dotted())]);
        self.duplicate(PlantedKind::SameName, vec![id], login);

        let p = self.person();
        let id = self.server(on, p, vec![format!("{}@contractor.example", p.dotted())]);
        self.truth.off_domain.push(id);

        // Look-alikes. A generic mailbox on both sides; the server's on a subdomain of the
        // verified domain, so it is not an off-domain entry either, and one per round, so
        // GitHub does not merge the rounds' server accounts into one person.
        let p = self.person();
        let generic = GENERIC
            .get(round % GENERIC.len())
            .copied()
            .unwrap_or("admin");
        let cloud_address = format!("{generic}@{CORP}");
        let login = self.cloud(p, vec![cloud_address.clone()], Some(cloud_address), None);
        let id = self.server_with_login(
            on,
            &format!("{generic}{round}"),
            vec![format!("{generic}@team{round}.{CORP}")],
        );
        self.look_alike(PlantedKind::GenericLocalPart, vec![id], login);

        let p = self.person();
        let q = self.person_named(p.first);
        let corp = format!("{}@{CORP}", p.dotted());
        let login = self.cloud(p, vec![corp.clone()], Some(corp), None);
        let id = self.server(on, q, vec![format!("{}@{CORP}", q.dotted())]);
        self.look_alike(PlantedKind::SameFirstNameOnly, vec![id], login);

        let p = self.person();
        let q = self.person();
        let corp = format!("{}{}@{CORP}", p.first, &p.last[..1]);
        let login = self.cloud(p, vec![corp.clone()], Some(corp), None);
        let id = self.server_with_login(
            on,
            &q.login(),
            vec![format!("{}@team{round}.{CORP}", p.first)],
        );
        self.look_alike(PlantedKind::MailboxPrefix, vec![id], login);

        let p = self.person();
        let corp = format!("{}@{CORP}", p.dotted());
        let login = self.cloud(p, vec![corp.clone()], Some(corp.clone()), None);
        let a = self.server(0, p, vec![corp.clone()]);
        let b = self.server(1, p, vec![corp]);
        self.look_alike(PlantedKind::AlreadyMerged, vec![a, b], login);
    }

    /// A name not used yet.
    fn person(&mut self) -> Person {
        for _ in 0..64 {
            let key = (self.rng.below(FIRST.len()), self.rng.below(LAST.len()));
            if self.used.insert(key) {
                return self.at(key);
            }
        }
        let key = (0..FIRST.len())
            .flat_map(|f| (0..LAST.len()).map(move |l| (f, l)))
            .find(|k| !self.used.contains(k))
            .unwrap_or((0, 0));
        self.used.insert(key);
        self.at(key)
    }

    /// A name not used yet with this first name (another last name).
    fn person_named(&mut self, first: &str) -> Person {
        let f = FIRST.iter().position(|x| *x == first).unwrap_or(0);
        let start = self.rng.below(LAST.len());
        let key = (0..LAST.len())
            .map(|k| (f, (start + k) % LAST.len()))
            .find(|k| !self.used.contains(k))
            .unwrap_or((f, start));
        self.used.insert(key);
        self.at(key)
    }

    fn at(&self, (f, l): (usize, usize)) -> Person {
        Person {
            first: FIRST.get(f).copied().unwrap_or("anselm"),
            last: LAST.get(l).copied().unwrap_or("zabini"),
        }
    }

    fn cloud(
        &mut self,
        p: Person,
        verified_emails: Vec<String>,
        saml_name_id: Option<String>,
        visual_studio_email: Option<String>,
    ) -> String {
        let login = p.login();
        self.enterprise.cloud.push(CloudAccount {
            login: login.clone(),
            name: p.name(),
            verified_emails,
            saml_name_id,
            two_factor: true,
            member_roles: vec!["acme-eng:Member".to_owned()],
            enterprise_roles: vec!["member".to_owned()],
            pending_invites: Vec::new(),
            visual_studio_email,
        });
        login
    }

    /// A server account on instance `on` (0 `main`, 1 `legacy`); returns its server id.
    fn server(&mut self, on: usize, p: Person, emails: Vec<String>) -> String {
        let id = self.server_with_login(on, &p.initial_last(), emails);
        let inst = &mut *self.servers[on.min(1)];
        if let Some(u) = inst.users.last_mut() {
            u.name = Some(p.name());
        }
        id
    }

    /// A server account with no profile name (shared mailboxes and the like).
    fn server_with_login(&mut self, on: usize, login: &str, emails: Vec<String>) -> String {
        let inst = &mut *self.servers[on.min(1)];
        let user_id = inst.users.len() as u64 + 2;
        inst.users
            .push(ServerAccount::new(user_id, login.to_owned(), None, emails));
        format!("{}:{user_id}", inst.hostname)
    }

    fn duplicate(&mut self, kind: PlantedKind, server_ids: Vec<String>, cloud_login: String) {
        self.truth.duplicates.push(PlantedPair {
            kind,
            server_ids,
            cloud_login,
        });
    }

    fn look_alike(&mut self, kind: PlantedKind, server_ids: Vec<String>, cloud_login: String) {
        self.truth.look_alikes.push(PlantedPair {
            kind,
            server_ids,
            cloud_login,
        });
    }
}

fn title(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
