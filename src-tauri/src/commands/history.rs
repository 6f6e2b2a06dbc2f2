//! The History screen, and the stored License screen shown at start (feature `history`).

use std::sync::Arc;

use ghls_services::history::{DuplicatesSince, StoredLicense};
use ghls_services::{App, ConsumedChanges, ErrorReport, HistoryOverview};
use tauri::State;

/// The most people a list of changes sends at once (the counts are always whole).
const MAX_CHANGES_SHOWN: usize = 2000;

/// `history_overview { since? }`: the consumed loads and License readings kept since `since`
/// (a day or RFC 3339; everything when absent), oldest first.
#[tauri::command]
pub(crate) async fn history_overview(
    app: State<'_, Arc<App>>,
    since: Option<String>,
) -> Result<HistoryOverview, ErrorReport> {
    let since = since
        .map(|s| ghls_services::history::parse_instant(ghls_l10n::msg!("svc-arg-start"), &s))
        .transpose()
        .map_err(|e| e.report())?;
    app.history_overview(since).await.map_err(|e| e.report())
}

/// `stored_license`: the License screen as last read, shown while GitHub is asked again;
/// `null` when none is kept.
#[tauri::command]
pub(crate) async fn stored_license(
    app: State<'_, Arc<App>>,
) -> Result<Option<StoredLicense>, ErrorReport> {
    app.stored_license().await.map_err(|e| e.report())
}

/// `consumed_changes { from, to? }`: who was added, removed or changed between two stored
/// loads (`to`: the newest when absent).
#[tauri::command]
pub(crate) async fn consumed_changes(
    app: State<'_, Arc<App>>,
    from: i64,
    to: Option<i64>,
) -> Result<ConsumedChanges, ErrorReport> {
    app.consumed_changes(from, to, Some(MAX_CHANGES_SHOWN))
        .await
        .map_err(|e| e.report())
}

/// `duplicates_since { from, to? }`: what was fixed (with the seats freed), what is new and
/// what came back between two kept duplicate analyses (`to`: the newest when absent).
#[tauri::command]
pub(crate) async fn duplicates_since(
    app: State<'_, Arc<App>>,
    from: i64,
    to: Option<i64>,
) -> Result<DuplicatesSince, ErrorReport> {
    app.duplicates_since(from, to).await.map_err(|e| e.report())
}

/// `set_history_detail_days { days }`: how many days each load's people are kept (at least
/// 30; summaries are kept for ever). Saved in the settings.
#[tauri::command]
pub(crate) async fn set_history_detail_days(
    app: State<'_, Arc<App>>,
    days: u32,
) -> Result<u32, ErrorReport> {
    app.set_history_detail_days(days)
        .await
        .map_err(|e| e.report())
}
