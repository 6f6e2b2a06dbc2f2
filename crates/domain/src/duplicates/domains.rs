//! Rule 2: the enterprise's verified domains (given, or inferred from the verified-domain
//! emails in the data) and the server-only entries none of whose emails is on one.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::normalise::{
    domain_and_parents, fingerprint, lower_into, split_email, FpMap, PreHashed,
    MAX_EMAILS_PER_ENTRY,
};
use super::{wording, AnalysisContext, DomainCount, DomainsSource, Finding, Scratch};

/// The verified domains the off-domain rule compares with.
#[derive(Debug)]
pub(super) struct VerifiedDomains {
    set: HashSet<String>,
    fingerprints: HashSet<u64, BuildHasherDefault<PreHashed>>,
    /// Lower case, sorted.
    pub list: Vec<String>,
    pub source: DomainsSource,
}

impl VerifiedDomains {
    /// The domains the admin gave, or an empty set to infer into with [`Self::observe`].
    pub fn new(ctx: &AnalysisContext) -> Self {
        let mut domains = Self {
            set: HashSet::new(),
            fingerprints: HashSet::default(),
            list: Vec::new(),
            source: DomainsSource::Unknown,
        };
        if let Some(given) = &ctx.verified_domains {
            domains.source = DomainsSource::Given;
            let mut buf = String::new();
            for d in given {
                domains.insert(d, &mut buf);
            }
        }
        domains
    }

    /// Infers: `domain` is the domain of a verified email. Ignored when the domains were
    /// given.
    pub fn observe(&mut self, domain: &str, buf: &mut String) {
        if self.source != DomainsSource::Given {
            self.insert(domain, buf);
            self.source = DomainsSource::Inferred;
        }
    }

    fn insert(&mut self, domain: &str, buf: &mut String) {
        let domain = domain.trim().trim_start_matches('@').trim_end_matches('.');
        if domain.is_empty() {
            return;
        }
        lower_into(domain, buf);
        if !self.set.contains(buf.as_str()) {
            self.set.insert(buf.clone());
        }
    }

    /// Done inferring: the sorted list, and the fingerprints [`Self::covers_any`] needs.
    pub fn finish(mut self) -> Self {
        if self.source == DomainsSource::Inferred && self.set.is_empty() {
            self.source = DomainsSource::Unknown;
        }
        self.list = self.set.iter().cloned().collect();
        self.list.sort();
        self.fingerprints = self.list.iter().map(|d| fingerprint(&[d])).collect();
        self
    }

    /// True when one of `domains` (fingerprints of a domain and its parents, as
    /// [`super::server_keys::ServerKeys::domains`] gives them) is verified. A fingerprint
    /// collision could only hide an off-domain finding, never invent one.
    pub fn covers_any(&self, domains: &[u64]) -> bool {
        domains.iter().any(|d| self.fingerprints.contains(d))
    }

    /// True when `domain` is a verified domain or a subdomain of one. Subdomains count so
    /// that an uncertain case never produces a finding. Leaves `domain` lower-cased in `buf`.
    pub fn covers(&self, domain: &str, buf: &mut String) -> bool {
        lower_into(domain.trim_end_matches('.'), buf);
        domain_and_parents(buf).any(|d| self.set.contains(d))
    }
}

/// The off-domain finding for an unpaired server-only entry none of whose emails is on a
/// verified domain, or whose primary email (`primary_off`, from GitHub's account data) is
/// not on one; counts its domains into `tally`.
pub(super) fn off_domain_finding(
    server: wording::Side<'_>,
    primary_off: Option<&str>,
    domains: &VerifiedDomains,
    words: &wording::Words<'_>,
    tally: &mut FpMap<DomainCount>,
    scratch: &mut Scratch,
) -> (u32, Finding) {
    let mut emails: Vec<&str> = server
        .consumer
        .enterprise_server_emails()
        .iter()
        .take(MAX_EMAILS_PER_ENTRY)
        .map(|e| e.trim())
        .filter(|e| !e.is_empty())
        .collect();
    if let Some(p) = primary_off {
        if !emails.iter().any(|e| e.eq_ignore_ascii_case(p)) {
            emails.insert(0, p);
        }
    }
    let mut off: Vec<String> = Vec::new();
    // Only the primary counts when it is known to be off; the entry's other emails may well
    // be on a verified domain.
    let judged: Vec<&str> = match primary_off {
        Some(p) => vec![p],
        None => emails.clone(),
    };
    for email in &judged {
        if let Some((_, d)) = split_email(email) {
            // `covers` leaves the domain, lower-cased, in `scratch.a`.
            if !domains.covers(d, &mut scratch.a) {
                off.push(scratch.a.clone());
            }
        }
    }
    off.sort();
    off.dedup();
    for d in &off {
        tally
            .entry(fingerprint(&[d]))
            .or_insert_with(|| DomainCount {
                domain: d.clone(),
                entries: 0,
            })
            .entries += 1;
    }
    words.off_domain(server, &emails, &off, primary_off)
}
