//! What the Duplicates screen is sent: the report without its findings
//! ([`DuplicateOverview`]), and the findings a window at a time ([`FindingsPage`]). At
//! 1,000,000 consumers the findings are about 60 MB of sentences as JSON; sent whole, the
//! app held them two or three times over while the webview took them, and the screen
//! shows 25 a group.

use ghls_domain::duplicates::AccountsSummary;
use ghls_domain::{
    Confidence, CountedOnce, DomainCount, DomainsSource, DuplicateReport, Finding, FindingGroup,
    ReasonKind, SeatsSaved,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The most findings one `duplicate_findings` call returns.
pub const MAX_FINDINGS_WINDOW: u32 = 500;

/// `duplicate_overview`'s answer: the report (`DuplicateReport`) with, per group, how many
/// findings and seats each confidence has instead of the findings themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct DuplicateOverview {
    pub consumers: u32,
    pub findings: u32,
    pub seats_saved: SeatsSaved,
    /// Non-empty groups, in the report's order.
    pub groups: Vec<GroupOverview>,
    pub verified_domains: Vec<String>,
    pub verified_domains_source: DomainsSource,
    pub uses_saml: bool,
    pub uses_saml_inferred: bool,
    pub off_domain: Vec<DomainCount>,
    pub counted_once: CountedOnce,
    pub server_accounts: Option<AccountsSummary>,
}

/// One group of findings, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct GroupOverview {
    pub reason: ReasonKind,
    pub title: String,
    pub count: u32,
    pub seats_saved: u32,
    pub high: Tally,
    pub medium: Tally,
    pub low: Tally,
}

/// Findings of one confidence in a group, and the seats they would free.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Tally {
    pub findings: u32,
    pub seats_saved: u32,
}

/// `duplicate_findings`'s question: a window of one group's findings of the given
/// confidences, in the report's order (most confident first, then input order).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[ts(export)]
pub struct FindingsQuery {
    pub reason: ReasonKind,
    pub confidences: Vec<Confidence>,
    pub offset: u32,
    /// At most [`MAX_FINDINGS_WINDOW`].
    pub limit: u32,
}

/// `duplicate_findings`'s answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FindingsPage {
    pub reason: ReasonKind,
    /// Findings of the group with the asked confidences (0 when the group is gone).
    pub total_matching: u32,
    pub offset: u32,
    pub findings: Vec<Finding>,
}

impl From<&DuplicateReport> for DuplicateOverview {
    fn from(r: &DuplicateReport) -> Self {
        Self {
            consumers: r.consumers,
            findings: r.findings,
            seats_saved: r.seats_saved,
            groups: r.groups.iter().map(GroupOverview::from).collect(),
            verified_domains: r.verified_domains.clone(),
            verified_domains_source: r.verified_domains_source,
            uses_saml: r.uses_saml,
            uses_saml_inferred: r.uses_saml_inferred,
            off_domain: r.off_domain.clone(),
            counted_once: r.counted_once,
            server_accounts: r.server_accounts.clone(),
        }
    }
}

impl From<&FindingGroup> for GroupOverview {
    fn from(g: &FindingGroup) -> Self {
        let (mut high, mut medium, mut low) =
            (Tally::default(), Tally::default(), Tally::default());
        for f in &g.findings {
            let t = match f.confidence {
                Confidence::High => &mut high,
                Confidence::Medium => &mut medium,
                Confidence::Low => &mut low,
            };
            t.findings = t.findings.saturating_add(1);
            t.seats_saved = t.seats_saved.saturating_add(f.seats_saved);
        }
        Self {
            reason: g.reason,
            title: g.title.clone(),
            count: g.count,
            seats_saved: g.seats_saved,
            high,
            medium,
            low,
        }
    }
}

/// The window `q` asks for of `report`.
pub(super) fn findings_page(report: &DuplicateReport, q: &FindingsQuery) -> FindingsPage {
    let matching: Vec<&Finding> = report
        .groups
        .iter()
        .filter(|g| g.reason == q.reason)
        .flat_map(|g| &g.findings)
        .filter(|f| q.confidences.contains(&f.confidence))
        .collect();
    let total = matching.len();
    let offset = usize::try_from(q.offset).unwrap_or(usize::MAX).min(total);
    let limit = usize::try_from(q.limit.min(MAX_FINDINGS_WINDOW)).unwrap_or(0);
    let end = offset.saturating_add(limit).min(total);
    FindingsPage {
        reason: q.reason,
        total_matching: u32::try_from(total).unwrap_or(u32::MAX),
        offset: u32::try_from(offset).unwrap_or(u32::MAX),
        findings: matching
            .get(offset..end)
            .unwrap_or_default()
            .iter()
            .map(|f| (*f).clone())
            .collect(),
    }
}
