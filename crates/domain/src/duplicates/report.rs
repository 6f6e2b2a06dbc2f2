//! Findings collected, given unique ids, sorted and grouped into the report.

use std::collections::{HashMap, HashSet};

use ghls_l10n::Lang;

use super::{wording, Confidence, Finding, FindingGroup, SeatsSaved};

/// Findings as they are made, then sorted and grouped.
#[derive(Debug, Default)]
pub(super) struct Collector {
    findings: Vec<(u32, Finding)>,
    ids: HashSet<String>,
    /// Per repeated id, the next suffix to try, so that many repeats stay linear.
    next_suffix: HashMap<String, u32>,
}

impl Collector {
    pub fn push(&mut self, (first_index, mut finding): (u32, Finding)) {
        // Ids come from the accounts involved; malformed data can repeat them.
        if self.ids.contains(&finding.id) {
            let base = finding.id.clone();
            let n = self.next_suffix.entry(base.clone()).or_insert(2);
            loop {
                finding.id = format!("{base}-{n}");
                *n = n.saturating_add(1);
                if !self.ids.contains(&finding.id) {
                    break;
                }
            }
        }
        self.ids.insert(finding.id.clone());
        self.findings.push((first_index, finding));
    }

    /// The groups, in [`super::ReasonKind`] order, the number of findings and the seats;
    /// titles in `lang`.
    pub fn finish(mut self, lang: Lang) -> (Vec<FindingGroup>, u32, SeatsSaved) {
        self.findings.sort_by(|(ia, a), (ib, b)| {
            a.reason
                .kind()
                .cmp(&b.reason.kind())
                .then_with(|| b.confidence.cmp(&a.confidence))
                .then_with(|| ia.cmp(ib))
        });
        let mut seats = SeatsSaved::default();
        let mut groups: Vec<FindingGroup> = Vec::new();
        let total = u32::try_from(self.findings.len()).unwrap_or(u32::MAX);
        for (_, finding) in self.findings {
            let saved = finding.seats_saved;
            let bucket = match finding.confidence {
                Confidence::High => &mut seats.high,
                Confidence::Medium => &mut seats.medium,
                Confidence::Low => &mut seats.low,
            };
            *bucket = bucket.saturating_add(saved);
            seats.total = seats.total.saturating_add(saved);
            let kind = finding.reason.kind();
            match groups.last_mut() {
                Some(g) if g.reason == kind => {
                    g.count = g.count.saturating_add(1);
                    g.seats_saved = g.seats_saved.saturating_add(saved);
                    g.findings.push(finding);
                }
                _ => groups.push(FindingGroup {
                    reason: kind,
                    title: wording::title(kind).in_lang(lang),
                    count: 1,
                    seats_saved: saved,
                    findings: vec![finding],
                }),
            }
        }
        (groups, total, seats)
    }
}
