//! The shapes of what the admin types in Connections, checked here in the services so the
//! desktop app and the CLI refuse the same things with the same words.
//!
//! Every check returns the normalised value or a [`Problem`]: what is wrong with the
//! input and what to type instead. The caller names the field ([`FieldProblem`]).

use std::net::{IpAddr, Ipv6Addr};
use std::path::PathBuf;

use ghls_l10n::{msg, Lang, Message};
use serde::Serialize;
use ts_rs::TS;
use url::Url;

use super::settings::GITHUB_COM_API;

/// One refused field: which, what is wrong, what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FieldProblem {
    /// A path the UI maps to its input: `ghec.enterprise`, `ghes.1.hostname`,
    /// `ghes.0.ssh.port`, `secret`.
    pub field: String,
    /// The field as the screen labels it ("Enterprise slug").
    pub label: String,
    pub message: String,
    pub fix: String,
}

/// What is wrong with one input, before it is tied to a field.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub message: Message,
    pub fix: Message,
}

impl Problem {
    pub fn new(message: Message, fix: Message) -> Self {
        Self { message, fix }
    }

    /// Ties the problem to a field labelled `label`, in the process's language.
    pub fn at(self, field: impl Into<String>, label: &Message) -> FieldProblem {
        self.at_in(field, label, ghls_l10n::language())
    }

    /// [`Problem::at`] in `lang`.
    pub fn at_in(self, field: impl Into<String>, label: &Message, lang: Lang) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            label: label.in_lang(lang),
            message: self.message.in_lang(lang),
            fix: self.fix.in_lang(lang),
        }
    }
}

type Checked<T> = std::result::Result<T, Problem>;

/// A GitHub enterprise slug, as in `github.com/enterprises/SLUG`: lowercase letters,
/// digits and hyphens, with no hyphen at either end.
pub fn enterprise_slug(input: &str) -> Checked<String> {
    let s = input.trim();
    let shape = || msg!("conn-slug-shape-fix");
    if s.is_empty() {
        return Err(Problem::new(msg!("conn-slug-empty"), shape()));
    }
    if let Some((_, after)) = s.split_once("/enterprises/") {
        let slug = after.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            msg!("conn-slug-is-address", input = s),
            msg!("conn-slug-is-address-fix", slug = slug),
        ));
    }
    let is_slug = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !t.starts_with('-')
            && !t.ends_with('-')
    };
    if is_slug(s) {
        return Ok(s.to_owned());
    }
    let message = if s.chars().any(|c| c.is_ascii_uppercase()) {
        msg!("conn-slug-capitals", input = s)
    } else if s.chars().any(char::is_whitespace) {
        msg!("conn-slug-space", input = s)
    } else if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        msg!("conn-slug-character", input = s, character = c.to_string())
    } else {
        msg!("conn-slug-hyphen", input = s)
    };
    let mut suggestion = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            suggestion.push(c.to_ascii_lowercase());
        } else if !suggestion.ends_with('-') {
            suggestion.push('-');
        }
    }
    let suggestion = suggestion.trim_matches('-');
    let fix = if is_slug(suggestion) {
        msg!("conn-slug-suggestion-fix", slug = suggestion)
    } else {
        shape()
    };
    Err(Problem::new(message, fix))
}

/// A GHES host name: a DNS name or an IP address, optionally with `:port`; no scheme, no
/// path. Lowercased (host names are case-insensitive).
pub fn hostname(input: &str) -> Checked<String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Problem::new(
            msg!("conn-host-empty"),
            msg!("conn-host-empty-fix"),
        ));
    }
    if let Some((_, rest)) = s.split_once("://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            msg!("conn-host-scheme", input = s),
            msg!("conn-host-scheme-fix", host = host),
        ));
    }
    if s.contains(['/', '?', '#']) {
        let host = s.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            msg!("conn-host-path", input = s),
            msg!("conn-host-path-fix", host = host),
        ));
    }
    if s.contains('@') || s.chars().any(char::is_whitespace) {
        return Err(Problem::new(
            msg!("conn-host-not-a-host", input = s),
            msg!("conn-host-not-a-host-fix"),
        ));
    }
    let (host, port) = split_port(s)?;
    if let Some(p) = port {
        port_number(p, None)?;
    }
    host_shape(host)?;
    Ok(s.trim_end_matches('.').to_ascii_lowercase())
}

/// `host` and `port` of `host[:port]`, `[v6][:port]` or a bare IPv6 address.
fn split_port(s: &str) -> Checked<(&str, Option<&str>)> {
    if let Some(rest) = s.strip_prefix('[') {
        let Some((v6, after)) = rest.split_once(']') else {
            return Err(Problem::new(
                msg!("conn-host-bracket", input = s),
                msg!("conn-host-bracket-fix"),
            ));
        };
        return match after {
            "" => Ok((v6, None)),
            _ => match after.strip_prefix(':') {
                Some(p) => Ok((v6, Some(p))),
                None => Err(Problem::new(
                    msg!("conn-host-after-address", input = s),
                    msg!("conn-host-after-address-fix"),
                )),
            },
        };
    }
    if s.parse::<Ipv6Addr>().is_ok() {
        return Ok((s, None));
    }
    match s.split_once(':') {
        Some((h, p)) => Ok((h, Some(p))),
        None => Ok((s, None)),
    }
}

/// A DNS name or an IP address (no port).
fn host_shape(host: &str) -> Checked<()> {
    let fix = || msg!("conn-host-shape-fix");
    if host.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() {
        return Err(Problem::new(msg!("conn-host-empty"), fix()));
    }
    if name
        .split('.')
        .all(|l| l.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(Problem::new(msg!("conn-host-bad-ip", host = host), fix()));
    }
    if name.len() > 253 {
        return Err(Problem::new(msg!("conn-host-too-long"), fix()));
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(Problem::new(
                msg!("conn-host-empty-part", host = host),
                fix(),
            ));
        }
        if label.len() > 63 {
            return Err(Problem::new(
                msg!("conn-host-part-too-long", part = label),
                fix(),
            ));
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Err(Problem::new(
                msg!(
                    "conn-host-character",
                    host = host,
                    character = c.to_string()
                ),
                msg!("conn-host-character-fix"),
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(Problem::new(
                msg!("conn-host-part-hyphen", part = label),
                fix(),
            ));
        }
    }
    Ok(())
}

/// A TCP port, 1-65535; empty means `default` when there is one.
pub fn port_number(input: &str, default: Option<u16>) -> Checked<u16> {
    let s = input.trim();
    if s.is_empty() {
        if let Some(d) = default {
            return Ok(d);
        }
    }
    match s.parse::<u32>() {
        Ok(n @ 1..=65535) => {
            u16::try_from(n).map_err(|_| port_problem(msg!("conn-port-not-port", input = s)))
        }
        Ok(_) => Err(port_problem(msg!("conn-port-out-of-range", input = s))),
        Err(_) => Err(port_problem(msg!("conn-port-not-number", input = s))),
    }
}

fn port_problem(message: Message) -> Problem {
    Problem::new(message, msg!("conn-port-fix"))
}

/// The GHEC API: `api.github.com` (empty means that), `api.SUBDOMAIN.ghe.com` with data
/// residency, as a host or an `https://` address; or a loopback address (the built-in
/// emulator, a local test server). Returns the API base URL.
pub fn ghec_api(input: &str) -> Checked<String> {
    let s = input.trim().trim_end_matches('/');
    let fix = || msg!("conn-api-fix");
    if s.is_empty() {
        return Ok(GITHUB_COM_API.to_owned());
    }
    let with_scheme = if s.contains("://") {
        s.to_owned()
    } else {
        format!("https://{s}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| {
        Problem::new(
            msg!("conn-not-an-address", input = s, detail = e.to_string()),
            fix(),
        )
    })?;
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    if is_loopback(&url) {
        return web_address(&with_scheme, false).map(|u| u.unwrap_or_default());
    }
    if url.scheme() != "https" {
        return Err(Problem::new(msg!("conn-api-not-https", input = s), fix()));
    }
    if (url.path() != "/" && !url.path().is_empty()) || url.query().is_some() {
        return Err(Problem::new(
            msg!("conn-api-path", input = s),
            msg!("conn-api-path-fix", host = host),
        ));
    }
    if url.port().is_some() || !url.username().is_empty() {
        return Err(Problem::new(
            msg!("conn-api-not-api-host", input = s),
            fix(),
        ));
    }
    if host == "api.github.com" {
        return Ok(GITHUB_COM_API.to_owned());
    }
    if host == "github.com" || host == "www.github.com" {
        return Err(Problem::new(
            msg!("conn-api-web-address", input = s),
            msg!("conn-api-web-address-fix"),
        ));
    }
    if let Some(sub) = host.strip_suffix(".ghe.com") {
        match sub.strip_prefix("api.") {
            Some(name) if is_dns_label(name) => return Ok(format!("https://{host}")),
            None if is_dns_label(sub) => {
                return Err(Problem::new(
                    msg!("conn-api-ghe-web-address", input = s),
                    msg!("conn-api-ghe-web-address-fix", subdomain = sub),
                ))
            }
            _ => {}
        }
    }
    Err(Problem::new(
        msg!("conn-api-unknown-host", input = s),
        fix(),
    ))
}

fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// An optional web or API address: empty is `None`; otherwise `http(s)://host[:port][/path]`
/// without credentials, query or fragment, and https unless on loopback or `allow_http`.
/// Trailing `/` cut.
pub fn web_address(input: &str, allow_http: bool) -> Checked<Option<String>> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let fix = || msg!("conn-web-fix");
    let url = Url::parse(s).map_err(|e| {
        Problem::new(
            msg!("conn-not-an-address", input = s, detail = e.to_string()),
            fix(),
        )
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(Problem::new(msg!("conn-web-not-http", input = s), fix()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Problem::new(
            msg!("conn-web-credentials", input = s),
            msg!("conn-web-credentials-fix"),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Problem::new(msg!("conn-web-query", input = s), fix()));
    }
    if url.scheme() == "http" && !allow_http && !is_loopback(&url) {
        return Err(Problem::new(
            msg!("conn-web-plain-http", input = s),
            msg!("conn-web-plain-http-fix"),
        ));
    }
    Ok(Some(s.trim_end_matches('/').to_owned()))
}

/// The admin shell's user: empty means `admin`.
pub fn ssh_user(input: &str, default: &str) -> Checked<String> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(default.to_owned());
    }
    if s.chars()
        .any(|c| c.is_whitespace() || matches!(c, '@' | ':' | '/' | '\\'))
    {
        return Err(Problem::new(
            msg!("conn-ssh-user-invalid", input = s),
            msg!("conn-ssh-user-invalid-fix"),
        ));
    }
    Ok(s.to_owned())
}

/// The admin shell's host when it is not the instance's host name: empty is `None`.
pub fn ssh_host(input: &str) -> Checked<Option<String>> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.contains(':') && s.parse::<Ipv6Addr>().is_err() {
        return Err(Problem::new(
            msg!("conn-ssh-host-port", input = s),
            msg!("conn-ssh-host-port-fix"),
        ));
    }
    hostname(s).map(Some)
}

/// A custom CA bundle: empty is `None`; otherwise an absolute path (`~/` expanded) to a
/// readable file. Its content is checked when connecting. Blocking: reads file metadata.
pub fn ca_bundle(input: &str) -> Checked<Option<String>> {
    readable_file(
        input,
        || msg!("conn-ca-not-absolute-fix"),
        || msg!("conn-ca-missing-fix"),
        || msg!("conn-ca-folder-fix"),
    )
}

/// The admin shell's own `known_hosts` file or private key, when not the user's OpenSSH
/// defaults: empty is `None`; otherwise an absolute path (`~/` expanded) to a readable
/// file. Blocking: reads file metadata.
pub fn ssh_file(input: &str) -> Checked<Option<String>> {
    readable_file(
        input,
        || msg!("conn-ssh-file-not-absolute-fix"),
        || msg!("conn-ssh-file-missing-fix"),
        || msg!("conn-ssh-file-folder-fix"),
    )
}

/// The Management Console API's address when it is not `https://HOSTNAME:8443`: empty is
/// `None`. Plain `http://` only with the instance's HTTPS switch off (or on this machine).
pub fn manage_address(input: &str, allow_http: bool) -> Checked<Option<String>> {
    web_address(input, allow_http)
}

fn readable_file(
    input: &str,
    not_absolute_fix: fn() -> Message,
    missing_fix: fn() -> Message,
    folder_fix: fn() -> Message,
) -> Checked<Option<String>> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let path = expand_home(s);
    if !path.is_absolute() {
        return Err(Problem::new(
            msg!("conn-file-not-absolute", input = s),
            not_absolute_fix(),
        ));
    }
    let shown = path.display().to_string();
    match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Problem::new(
            msg!("conn-file-missing", path = &shown),
            missing_fix(),
        )),
        Err(e) => Err(Problem::new(
            msg!(
                "conn-file-unreadable",
                path = &shown,
                detail = e.to_string()
            ),
            msg!("conn-file-permissions-fix"),
        )),
        Ok(m) if m.is_dir() => Err(Problem::new(
            msg!("conn-file-folder", path = &shown),
            folder_fix(),
        )),
        Ok(_) => match std::fs::File::open(&path) {
            Ok(_) => Ok(Some(shown)),
            Err(e) => Err(Problem::new(
                msg!(
                    "conn-file-unreadable",
                    path = &shown,
                    detail = e.to_string()
                ),
                msg!("conn-file-unreadable-fix"),
            )),
        },
    }
}

fn expand_home(s: &str) -> PathBuf {
    match s.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map_or_else(|| PathBuf::from(s), |h| h.join(rest)),
        None => PathBuf::from(s),
    }
}

/// A new instance's id from its host name: lowercase letters, digits and hyphens (it keys
/// the instance's secrets in the keyring), unique among `taken`.
pub fn instance_id(hostname: &str, taken: &[&str]) -> String {
    let host = match hostname.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None if hostname.parse::<Ipv6Addr>().is_ok() => hostname,
        None => hostname.split(':').next().unwrap_or(hostname),
    };
    let mut base = String::with_capacity(host.len());
    for c in host.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            base.push(c);
        } else if !base.ends_with('-') {
            base.push('-');
        }
    }
    let mut base = base.trim_matches('-').chars().take(48).collect::<String>();
    base = base.trim_end_matches('-').to_owned();
    // An id that starts with a letter reads as a name in keyring tools (ghes-10-0-0-5).
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base = format!("ghes-{base}").trim_end_matches('-').to_owned();
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests;
