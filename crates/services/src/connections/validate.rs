//! The shapes of what the admin types in Connections, checked here in the services so the
//! desktop app and the CLI refuse the same things with the same words.
//!
//! Every check returns the normalised value or a [`Problem`]: what is wrong with the
//! input and what to type instead. The caller names the field ([`FieldProblem`]).

use std::net::{IpAddr, Ipv6Addr};
use std::path::PathBuf;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub fix: String,
}

impl Problem {
    fn new(message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            fix: fix.into(),
        }
    }

    /// Ties the problem to a field.
    pub fn at(self, field: impl Into<String>, label: impl Into<String>) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            label: label.into(),
            message: self.message,
            fix: self.fix,
        }
    }
}

type Checked<T> = std::result::Result<T, Problem>;

/// A GitHub enterprise slug, as in `github.com/enterprises/SLUG`: lowercase letters,
/// digits and hyphens, with no hyphen at either end.
pub fn enterprise_slug(input: &str) -> Checked<String> {
    let s = input.trim();
    let shape = "Use the slug from your enterprise's address, github.com/enterprises/SLUG: lowercase letters, digits and hyphens.";
    if s.is_empty() {
        return Err(Problem::new("The enterprise slug is empty.", shape));
    }
    if let Some((_, after)) = s.split_once("/enterprises/") {
        let slug = after.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            format!("`{s}` is an address, not a slug."),
            format!("Enter only the part after /enterprises/: `{slug}`."),
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
        format!("`{s}` has capital letters; enterprise slugs are lowercase.")
    } else if s.chars().any(char::is_whitespace) {
        format!("`{s}` contains a space, which enterprise slugs never contain.")
    } else if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        format!("`{s}` contains `{c}`, which enterprise slugs never contain.")
    } else {
        format!("`{s}` starts or ends with a hyphen, which enterprise slugs never do.")
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
        format!("Enterprise slugs are lowercase letters, digits and hyphens: did you mean `{suggestion}`?")
    } else {
        shape.to_owned()
    };
    Err(Problem::new(message, fix))
}

/// A GHES host name: a DNS name or an IP address, optionally with `:port`; no scheme, no
/// path. Lowercased (host names are case-insensitive).
pub fn hostname(input: &str) -> Checked<String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Problem::new(
            "The host name is empty.",
            "Enter the instance's host name, e.g. github.example.com.",
        ));
    }
    if let Some((_, rest)) = s.split_once("://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            format!("`{s}` includes a scheme (http:// or https://)."),
            format!("Enter only the host name: `{host}`. HTTPS is a setting of its own."),
        ));
    }
    if s.contains(['/', '?', '#']) {
        let host = s.split(['/', '?', '#']).next().unwrap_or_default();
        return Err(Problem::new(
            format!("`{s}` includes a path."),
            format!("Enter only the host name: `{host}`. The app adds /api/v3 itself."),
        ));
    }
    if s.contains('@') || s.chars().any(char::is_whitespace) {
        return Err(Problem::new(
            format!("`{s}` is not a host name."),
            "Enter only the host name, e.g. github.example.com, without a user name or spaces.",
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
                format!("`{s}` opens a bracket it never closes."),
                "Write an IPv6 address as [2001:db8::1] or without brackets.",
            ));
        };
        return match after {
            "" => Ok((v6, None)),
            _ => match after.strip_prefix(':') {
                Some(p) => Ok((v6, Some(p))),
                None => Err(Problem::new(
                    format!("`{s}` has text after the address."),
                    "Write an IPv6 address with a port as [2001:db8::1]:8443.",
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
    let fix = "Enter a host name such as github.example.com, or an IP address.";
    if host.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    if name.is_empty() {
        return Err(Problem::new("The host name is empty.", fix));
    }
    if name
        .split('.')
        .all(|l| l.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(Problem::new(
            format!("`{host}` is not a valid IP address."),
            fix,
        ));
    }
    if name.len() > 253 {
        return Err(Problem::new(
            "The host name is longer than 253 characters.",
            fix,
        ));
    }
    for label in name.split('.') {
        if label.is_empty() {
            return Err(Problem::new(
                format!("`{host}` has an empty part between dots."),
                fix,
            ));
        }
        if label.len() > 63 {
            return Err(Problem::new(
                format!(
                    "`{label}` is longer than the 63 characters a part of a host name may have."
                ),
                fix,
            ));
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Err(Problem::new(
                format!("`{host}` contains `{c}`, which host names never contain."),
                format!("{fix} Host names have letters, digits, hyphens and dots."),
            ));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(Problem::new(
                format!(
                    "`{label}` starts or ends with a hyphen, which parts of host names never do."
                ),
                fix,
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
            u16::try_from(n).map_err(|_| Problem::new(format!("`{s}` is not a port."), PORT_FIX))
        }
        Ok(_) => Err(Problem::new(
            format!("Port `{s}` is out of range."),
            PORT_FIX,
        )),
        Err(_) => Err(Problem::new(
            format!("`{s}` is not a port number."),
            PORT_FIX,
        )),
    }
}

const PORT_FIX: &str = "Enter a port from 1 to 65535 (the GHES admin shell listens on 122).";

/// The GHEC API: `api.github.com` (empty means that), `api.SUBDOMAIN.ghe.com` with data
/// residency, as a host or an `https://` address; or a loopback address (the built-in
/// emulator, a local test server). Returns the API base URL.
pub fn ghec_api(input: &str) -> Checked<String> {
    let s = input.trim().trim_end_matches('/');
    let fix = "Enter api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.";
    if s.is_empty() {
        return Ok(GITHUB_COM_API.to_owned());
    }
    let with_scheme = if s.contains("://") {
        s.to_owned()
    } else {
        format!("https://{s}")
    };
    let url = Url::parse(&with_scheme)
        .map_err(|e| Problem::new(format!("`{s}` is not an address ({e})."), fix))?;
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    if is_loopback(&url) {
        return web_address(&with_scheme, false).map(|u| u.unwrap_or_default());
    }
    if url.scheme() != "https" {
        return Err(Problem::new(
            format!("`{s}` is not https: GitHub's API is only served over HTTPS."),
            fix,
        ));
    }
    if (url.path() != "/" && !url.path().is_empty()) || url.query().is_some() {
        return Err(Problem::new(
            format!("`{s}` has a path; the API host has none."),
            format!("Enter only the host: `{host}`."),
        ));
    }
    if url.port().is_some() || !url.username().is_empty() {
        return Err(Problem::new(
            format!("`{s}` is not a GitHub API host."),
            fix,
        ));
    }
    if host == "api.github.com" {
        return Ok(GITHUB_COM_API.to_owned());
    }
    if host == "github.com" || host == "www.github.com" {
        return Err(Problem::new(
            format!("`{s}` is GitHub's web address, not its API."),
            "Enter api.github.com.",
        ));
    }
    if let Some(sub) = host.strip_suffix(".ghe.com") {
        match sub.strip_prefix("api.") {
            Some(name) if is_dns_label(name) => return Ok(format!("https://{host}")),
            None if is_dns_label(sub) => {
                return Err(Problem::new(
                    format!("`{s}` is the web address of your GHE.com enterprise, not its API."),
                    format!("Enter api.{sub}.ghe.com."),
                ))
            }
            _ => {}
        }
    }
    Err(Problem::new(
        format!("`{s}` is neither api.github.com nor a GHE.com API host (api.SUBDOMAIN.ghe.com)."),
        fix,
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
    let fix = "Enter a full address such as https://github.example.com.";
    let url =
        Url::parse(s).map_err(|e| Problem::new(format!("`{s}` is not an address ({e})."), fix))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(Problem::new(
            format!("`{s}` is not an http(s) address."),
            fix,
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Problem::new(
            format!("`{s}` contains credentials."),
            "Remove them: tokens and passwords belong in the OS keyring, never in an address.",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Problem::new(
            format!("`{s}` has a query or fragment (? or #)."),
            fix,
        ));
    }
    if url.scheme() == "http" && !allow_http && !is_loopback(&url) {
        return Err(Problem::new(
            format!("`{s}` is plain http."),
            "Use https. (Plain http is possible only for a GHES instance, with its HTTPS switch off.)",
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
            format!("`{s}` is not a user name."),
            "On GHES the admin shell's user is `admin`.",
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
            format!("`{s}` includes a port."),
            "Enter the port in its own field.",
        ));
    }
    hostname(s).map(Some)
}

/// A custom CA bundle: empty is `None`; otherwise an absolute path (`~/` expanded) to a
/// readable file. Its content is checked when connecting. Blocking: reads file metadata.
pub fn ca_bundle(input: &str) -> Checked<Option<String>> {
    readable_file(
        input,
        "Enter the full path of the PEM file, e.g. /etc/ssl/certs/acme-ca.pem.",
        "Check the path, or ask your PKI team for the company CA certificate as a PEM file.",
        "Enter the path of the PEM file itself.",
    )
}

/// The admin shell's own `known_hosts` file or private key, when not the user's OpenSSH
/// defaults: empty is `None`; otherwise an absolute path (`~/` expanded) to a readable
/// file. Blocking: reads file metadata.
pub fn ssh_file(input: &str) -> Checked<Option<String>> {
    readable_file(
        input,
        "Enter the full path of the file, e.g. ~/.ssh/id_ed25519.",
        "Check the path, or leave it empty to use your OpenSSH defaults.",
        "Enter the path of the file itself.",
    )
}

/// The Management Console API's address when it is not `https://HOSTNAME:8443`: empty is
/// `None`. Plain `http://` only with the instance's HTTPS switch off (or on this machine).
pub fn manage_address(input: &str, allow_http: bool) -> Checked<Option<String>> {
    web_address(input, allow_http)
}

fn readable_file(
    input: &str,
    not_absolute_fix: &str,
    missing_fix: &str,
    folder_fix: &str,
) -> Checked<Option<String>> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let path = expand_home(s);
    if !path.is_absolute() {
        return Err(Problem::new(
            format!("`{s}` is not a full path."),
            not_absolute_fix,
        ));
    }
    let shown = path.display();
    match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Problem::new(
            format!("{shown} does not exist."),
            missing_fix,
        )),
        Err(e) => Err(Problem::new(
            format!("{shown} cannot be read: {e}."),
            "Check the file's permissions.",
        )),
        Ok(m) if m.is_dir() => Err(Problem::new(format!("{shown} is a folder."), folder_fix)),
        Ok(_) => match std::fs::File::open(&path) {
            Ok(_) => Ok(Some(path.display().to_string())),
            Err(e) => Err(Problem::new(
                format!("{shown} cannot be read: {e}."),
                "Check the file's permissions: your user must be able to read it.",
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
