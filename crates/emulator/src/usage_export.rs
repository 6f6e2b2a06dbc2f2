//! The license-usage export of a GHES instance: the file GHES's "Export license usage" link
//! and `ghe-license usage -o -y` write, and that an enterprise owner uploads to GHEC's "Add
//! server usage" form (github-api.md §2).
//!
//! GitHub publishes no sample of this file, so the shape follows the only public one (a
//! third-party runbook for GHES 3.15, §2.2) plus the fields GitHub's docs list but the
//! runbook does not show (HTTP only, License hash, §2.1):
//!
//! ```json
//! {
//!   "instance": {
//!     "server_id": "…", "host_name": "…", "version": "3.17.4", "http_only": false,
//!     "license": "<64 hex>", "public_key": "-----BEGIN PUBLIC KEY-----\n…",
//!     "features": [{ "name": "license_usage_sync", "enabled_at": "2025-03-04T10:11:12Z" }]
//!   },
//!   "users": "<base64 of the encrypted user list>"
//! }
//! ```
//!
//! The docs say features come with the time each was enabled, the runbook shows bare names:
//! the emulator writes objects for GHES 3.13 and newer and names for 3.12 and older, so the
//! app's reader has to accept both.
//!
//! The user list is encrypted on GHES. Here a keystream derived from the server ID stands in
//! for GitHub's cipher: the app must treat the payload as opaque (§2.4), and only the
//! emulator's own GHEC side decrypts it, with [`read_export`], when an export is uploaded.
//! An integrity tag makes a changed payload, or one read with another server's key, fail
//! instead of yielding other users.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

use crate::base64;
use crate::render::rfc3339;
use crate::rng::Rng;
use crate::world::{Instance, ServerAccount};
use crate::Error;

/// What the emulator reads back from an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadExport {
    pub server_id: String,
    pub host_name: String,
    pub version: String,
    /// The enabled GitHub Connect features by name, whichever of the two shapes was written.
    pub features: Vec<String>,
    /// The instance's users, primary email first.
    pub users: Vec<ServerAccount>,
}

/// The GitHub Connect features an instance can report, besides `license_usage_sync`.
const OTHER_FEATURES: &[&str] = &[
    "contributions",
    "search",
    "private_search",
    "content_analysis",
    "actions_download_archive",
];

/// Bytes of the integrity tag in front of the encrypted user list.
const TAG_LEN: usize = 8;

/// Separates the values derived from one server ID, so the keystream, the tag key and the
/// license key material do not repeat each other.
const KEYSTREAM: u64 = 0x6b65_7973_7472_6561;
const TAG_KEY: u64 = 0x7461_676b_6579_0001;
const LICENSE: u64 = 0x6c69_6365_6e73_6521;
const PUBLIC_KEY: u64 = 0x7075_626c_6963_6b79;

/// The export GHES writes for `instance`, as of `now`.
pub fn render_export(instance: &Instance, now: OffsetDateTime) -> Vec<u8> {
    let users = encrypted_users(instance);
    let doc = ExportOut {
        instance: InstanceOut {
            server_id: &instance.server_id,
            host_name: &instance.hostname,
            version: &instance.version,
            http_only: false,
            license: license_hash(instance),
            public_key: public_key(&instance.server_id),
            features: features(instance, now),
        },
        users: &users,
    };
    let mut out = Vec::with_capacity(users.len() + 4096);
    // Writing into a `Vec` cannot fail; an empty export would be refused by any reader,
    // which is the right outcome if it ever did.
    if serde_json::to_writer_pretty(&mut out, &doc).is_err() {
        out.clear();
    }
    out.push(b'\n');
    out
}

/// The file's top level. Structs rather than `json!` keep the keys in the runbook's order,
/// and the user payload, most of the file, is borrowed instead of copied into a `Value`.
#[derive(Serialize)]
struct ExportOut<'a> {
    instance: InstanceOut<'a>,
    users: &'a str,
}

#[derive(Serialize)]
struct InstanceOut<'a> {
    server_id: &'a str,
    host_name: &'a str,
    version: &'a str,
    http_only: bool,
    license: String,
    public_key: String,
    features: Features,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Features {
    /// GHES 3.12 and older.
    Names(Vec<&'static str>),
    /// GHES 3.13 and newer.
    Timed(Vec<TimedFeature>),
}

#[derive(Serialize)]
struct TimedFeature {
    name: &'static str,
    enabled_at: String,
}

/// Reads an export back: its instance metadata, and its users decrypted with the key of the
/// server it names.
pub fn read_export(bytes: &[u8]) -> Result<ReadExport, Error> {
    let doc: Value =
        serde_json::from_slice(bytes).map_err(|e| Error::ExportNotJson(e.to_string()))?;
    let instance = doc
        .get("instance")
        .filter(|i| i.is_object())
        .ok_or(Error::ExportNoInstance)?;
    let text = |key: &'static str| {
        instance
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .ok_or(Error::ExportMissingField(key))
    };
    let server_id = text("server_id")?;
    let host_name = text("host_name")?;
    let version = text("version")?;
    let features = instance
        .get("features")
        .and_then(Value::as_array)
        .map(|fs| {
            fs.iter()
                .filter_map(|f| f.as_str().or_else(|| f.get("name")?.as_str()))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let payload = doc
        .get("users")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .ok_or(Error::ExportNoUsers)?;
    let sealed = base64::decode(payload).map_err(|e| Error::ExportUsersNotBase64 {
        server_id: server_id.clone(),
        at: e.at,
    })?;
    let undecryptable = || Error::ExportUsersUndecryptable {
        server_id: server_id.clone(),
    };
    let (tag, cipher) = sealed.split_at_checked(TAG_LEN).ok_or_else(undecryptable)?;
    let mut plain = cipher.to_vec();
    apply_keystream(&server_id, &mut plain);
    if tag != tag_of(&server_id, &plain).to_le_bytes() {
        return Err(undecryptable());
    }
    let users: Vec<WireUserIn> = serde_json::from_slice(&plain).map_err(|_| undecryptable())?;
    let users = users
        .into_iter()
        .map(|u| {
            let (mut primary, others): (Vec<_>, Vec<_>) =
                u.emails.into_iter().partition(|e| e.primary);
            primary.extend(others);
            let mut account = ServerAccount::new(
                u.user_id,
                u.login,
                u.name,
                primary.into_iter().map(|e| e.address).collect(),
            );
            account.site_admin = u.site_admin;
            if let Some(at) = u
                .created_at
                .as_deref()
                .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
            {
                account.created_at = at;
            }
            account
        })
        .collect();
    Ok(ReadExport {
        server_id,
        host_name,
        version,
        features,
        users,
    })
}

/// What GHES sends per user (github-api.md §2.1): the user ID and the email addresses,
/// marking the primary one, which GHEC matches on (§2.5). The login, profile name, site-admin
/// flag and creation time ride along, as GHEC shows them in GraphQL
/// (`EnterpriseServerUserAccount`, §1.7), so the emulator can restore the account exactly
/// when the export is uploaded. Serialized
/// straight from the accounts, without an intermediate copy of a list that can hold
/// hundreds of thousands of users.
struct WireUsers<'a>(&'a [ServerAccount]);

impl Serialize for WireUsers<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(WireUser))
    }
}

struct WireUser<'a>(&'a ServerAccount);

impl Serialize for WireUser<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("User", 6)?;
        m.serialize_field("user_id", &self.0.user_id)?;
        m.serialize_field("login", &self.0.login)?;
        m.serialize_field("name", &self.0.name)?;
        m.serialize_field("site_admin", &self.0.site_admin)?;
        m.serialize_field("created_at", &rfc3339(self.0.created_at))?;
        m.serialize_field("emails", &WireEmails(&self.0.emails))?;
        m.end()
    }
}

/// The account's emails, primary (the first) marked.
struct WireEmails<'a>(&'a [String]);

impl Serialize for WireEmails<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().enumerate().map(|(i, address)| WireEmailOut {
            address,
            primary: i == 0,
        }))
    }
}

#[derive(Serialize)]
struct WireEmailOut<'a> {
    address: &'a str,
    primary: bool,
}

#[derive(Deserialize)]
struct WireUserIn {
    user_id: u64,
    login: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    site_admin: bool,
    #[serde(default)]
    created_at: Option<String>,
    emails: Vec<WireEmailIn>,
}

#[derive(Deserialize)]
struct WireEmailIn {
    address: String,
    primary: bool,
}

/// The base64 of tag ‖ encrypted user list.
fn encrypted_users(instance: &Instance) -> String {
    let mut sealed = Vec::with_capacity(TAG_LEN + instance.users.len() * 128 + 2);
    sealed.extend_from_slice(&[0; TAG_LEN]);
    // Serializing borrowed strings and numbers into a `Vec` cannot fail.
    if serde_json::to_writer(&mut sealed, &WireUsers(&instance.users)).is_err() {
        sealed.truncate(TAG_LEN);
    }
    let (tag, plain) = sealed.split_at_mut(TAG_LEN);
    tag.copy_from_slice(&tag_of(&instance.server_id, plain).to_le_bytes());
    apply_keystream(&instance.server_id, plain);
    base64::encode(&sealed)
}

/// XORs `bytes` with the server's keystream (its own inverse).
fn apply_keystream(server_id: &str, bytes: &mut [u8]) {
    let mut rng = Rng::new(key_of(server_id) ^ KEYSTREAM);
    for chunk in bytes.chunks_mut(8) {
        let k = rng.next_u64().to_le_bytes();
        for (b, k) in chunk.iter_mut().zip(k) {
            *b ^= k;
        }
    }
}

/// A keyed checksum of the plain user list. Not a real MAC, like the cipher is not real
/// encryption: it only has to notice a changed byte or a wrong key.
fn tag_of(server_id: &str, plain: &[u8]) -> u64 {
    let mut h = key_of(server_id) ^ TAG_KEY;
    for chunk in plain.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = mix(h ^ u64::from_le_bytes(word));
    }
    mix(h ^ plain.len() as u64)
}

/// FNV-1a of the server ID: the seed every derived value starts from.
fn key_of(server_id: &str) -> u64 {
    server_id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64's finalizer: spreads every input bit over the output.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// GitHub documents this field as "a hash of the GHES license": 64 hex digits derived from
/// what the instance's license grants, so it changes when the grant does.
fn license_hash(instance: &Instance) -> String {
    let grant = &instance.license;
    let mut h = key_of(&instance.server_id) ^ LICENSE;
    h = mix(h ^ grant.seats.unwrap_or(u64::MAX));
    h = mix(h ^ key_of(&grant.kind));
    h = mix(h ^ grant.expire_at.unix_timestamp() as u64);
    let mut rng = Rng::new(h);
    (0..4).map(|_| format!("{:016x}", rng.next_u64())).collect()
}

/// The license's public key as PEM: a well-formed RSA-2048 SubjectPublicKeyInfo whose
/// modulus comes from the server ID (it is never used to verify anything).
fn public_key(server_id: &str) -> String {
    const SPKI_HEAD: &[u8] = &[
        0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01,
        0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82,
        0x01, 0x01, 0x00,
    ];
    const EXPONENT: &[u8] = &[0x02, 0x03, 0x01, 0x00, 0x01];
    let mut der = SPKI_HEAD.to_vec();
    let mut rng = Rng::new(key_of(server_id) ^ PUBLIC_KEY);
    let mut modulus: Vec<u8> = (0..32).flat_map(|_| rng.next_u64().to_be_bytes()).collect();
    modulus[0] |= 0x80;
    modulus[255] |= 0x01;
    der.extend(modulus);
    der.extend_from_slice(EXPONENT);
    let b64 = base64::encode(&der);
    let mut pem = String::from("-----BEGIN PUBLIC KEY-----\n");
    // PEM wraps its base64 at 64 characters (RFC 7468); the text is all ASCII.
    for line in b64.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str("-----END PUBLIC KEY-----\n");
    pem
}

/// GHES 3.13 and newer write features with their enablement time, older ones bare names.
fn features(instance: &Instance, now: OffsetDateTime) -> Features {
    let mut names: Vec<&'static str> = Vec::new();
    if instance.connect_license_sync {
        names.push("license_usage_sync");
    }
    // Every instance shares contributions and search; the rest depends on the instance.
    let pick = key_of(&instance.server_id);
    names.extend(
        OTHER_FEATURES
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 2 || (pick >> i) & 1 == 1)
            .map(|(_, n)| *n),
    );
    if !writes_feature_times(&instance.version) {
        return Features::Names(names);
    }
    // Enabled at fixed past times derived from the server ID, so the same world always
    // exports the same file.
    let first =
        datetime!(2022-01-01 0:00 UTC) + Duration::seconds((mix(pick) % (3 * 365 * 86_400)) as i64);
    let timed = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let at = first + Duration::days(19 * i as i64) + Duration::minutes(37 * i as i64);
            TimedFeature {
                name,
                enabled_at: rfc3339(at.min(now)),
            }
        })
        .collect();
    Features::Timed(timed)
}

/// Whether `version` is GHES 3.13 or newer (unreadable versions count as new).
fn writes_feature_times(version: &str) -> bool {
    let mut parts = version.trim().split('.').map(str::parse::<u64>);
    match (parts.next(), parts.next()) {
        (Some(Ok(major)), Some(Ok(minor))) => (major, minor) >= (3, 13),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_from_3_13_write_feature_times() {
        assert!(!writes_feature_times("3.12.9"));
        assert!(!writes_feature_times("2.22.0"));
        assert!(writes_feature_times("3.13.0"));
        assert!(writes_feature_times("3.17.4"));
        assert!(writes_feature_times("4.0.0"));
        assert!(writes_feature_times("next"));
    }

    #[test]
    fn the_public_key_is_pem_wrapped_rsa_2048() {
        let pem = public_key("0b0e9d36-1c2a-4f00-8a11-5e0c6f7d9a21");
        let body: String = pem
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect::<Vec<_>>()
            .concat();
        assert!(pem.starts_with(
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
        ));
        assert!(pem.ends_with("-----END PUBLIC KEY-----\n"));
        assert!(pem.lines().all(|l| l.len() <= 64));
        assert_eq!(base64::decode(&body).unwrap().len(), 294);
    }

    #[test]
    fn the_license_hash_is_64_hex_digits_that_follow_the_grant() {
        let w = crate::World::seeded(20, 1, OffsetDateTime::UNIX_EPOCH + Duration::days(20_000));
        let mut inst = w.instances[0].clone();
        let before = license_hash(&inst);
        assert_eq!(before.len(), 64);
        assert!(before.bytes().all(|b| b.is_ascii_hexdigit()));
        inst.license.seats = Some(inst.license.seats.unwrap_or(0) + 100);
        assert_ne!(license_hash(&inst), before);
    }
}
