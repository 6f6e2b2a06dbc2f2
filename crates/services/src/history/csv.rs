//! The history as CSV (`ghls history --csv`, `ghls consumed --changes-since … --format csv`).

use std::io::{self, Write};

use ghls_domain::LicenseConsumer;

use super::{ChangeKind, ConsumedChanges, HistoryOverview};
use crate::consumed::{consumers_csv_after, csv_cell};

/// One row per person changed: `change` (added, removed, changed), `person` (the key), then
/// the consumed-licenses columns (as they were, for a person removed).
pub fn changes_csv(changes: &ConsumedChanges, w: &mut dyn Write) -> io::Result<()> {
    let people: Vec<(Vec<String>, LicenseConsumer)> = changes
        .people
        .iter()
        .map(|p| {
            let kind = match p.change {
                ChangeKind::Added => "added",
                ChangeKind::Removed => "removed",
                ChangeKind::Changed => "changed",
            };
            (
                vec![kind.to_owned(), p.key.clone()],
                LicenseConsumer::from(p.person.clone()),
            )
        })
        .collect();
    consumers_csv_after(
        &["change", "person"],
        people.iter().map(|(own, c)| (own.clone(), c)),
        w,
    )
}

/// One row per consumed-licenses load: when, how many, the seats and their split, and the
/// changes against the load before.
pub fn loads_csv(history: &HistoryOverview, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "read_at,consumers,seats_consumed,seats_purchased,cloud_only,server_only,both,visual_studio,unknown,added,removed,changed,detail_kept"
    )?;
    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for l in &history.consumed {
        writeln!(
            w,
            "{},{},{},{},{},{},{},{},{},{},{},{},{}",
            csv_cell(&l.read_at),
            l.consumers,
            n(l.seats_consumed),
            n(l.seats_purchased),
            l.split.cloud_only,
            l.split.server_only,
            l.split.both,
            l.split.visual_studio,
            l.split.unknown,
            l.added,
            l.removed,
            l.changed,
            l.detail_kept
        )?;
    }
    Ok(())
}
