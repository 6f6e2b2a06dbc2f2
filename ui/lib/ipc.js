// The backend's commands, typed. Each is a thin adapter over the Rust services. The types
// are the generated ones in ui/bindings (ts-rs), the only IPC types the UI uses; and this is
// the one place where a rejection becomes an ErrorReport, whatever shape it came in.
import { Channel, invoke as tauriInvoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { t } from './l10n.js';

/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * Any failure as an ErrorReport: a report passes through as it is; anything else (a
 * string, an Error, undefined) becomes kind `internal` with its text as the message.
 * @param {unknown} e
 * @returns {ErrorReport}
 */
export function asErrorReport(e) {
  if (e && typeof e === 'object' && 'kind' in e && 'message' in e) return /** @type {ErrorReport} */ (e);
  const message = typeof e === 'string' ? e
    : e instanceof Error ? e.message
      : e && typeof e === 'object' && 'message' in e ? String(e.message)
        : e === undefined ? t('ipc-failed-silently')
          : JSON.stringify(e);
  return { kind: 'internal', id: 'text-as-is', args: { text: message }, message, fix: t('ipc-failed-fix'), github_message: null, documentation_url: null, retry_after_seconds: null };
}

/**
 * A failure the UI itself finds, as an ErrorReport in the language in use.
 * @param {ErrorReport['kind']} kind
 * @param {string} id the message (locales/)
 * @param {Record<string, string | number>} [args]
 * @param {string} [fixId] the message saying what to do
 * @returns {ErrorReport}
 */
export function uiError(kind, id, args = {}, fixId) {
  return { kind, id, args, message: t(id, args), fix: fixId ? t(fixId, args) : null, github_message: null, documentation_url: null, retry_after_seconds: null };
}

/**
 * Calls a command; rejects only with an ErrorReport.
 * @template T
 * @param {string} cmd
 * @param {Record<string, unknown>} [args]
 * @returns {Promise<T>}
 */
async function invoke(cmd, args) {
  try {
    return await tauriInvoke(cmd, args);
  } catch (e) {
    throw asErrorReport(e);
  }
}

/** @typedef {import('../bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../bindings/AppInfo').AppInfo} AppInfo */
/** @typedef {import('../bindings/UsageVerdict').UsageVerdict} UsageVerdict */
/** @typedef {import('../views/usage-file/add-server-usage-view.js').DragDrop} DragDrop */

/** @returns {Promise<AppInfo>} */
export function appInfo() {
  return invoke('app_info');
}

/** @typedef {import('../bindings/LocaleMessages').LocaleMessages} LocaleMessages */
/** @typedef {import('../bindings/LanguageState').LanguageState} LanguageState */
/** @typedef {import('../bindings/LanguageChoice').LanguageChoice} LanguageChoice */

/** The language in use, the choices, and the message files to render with. @returns {Promise<LocaleMessages>} */
export function localeMessages() {
  return invoke('locale_messages');
}

/** Saves the language setting. @param {LanguageChoice} choice @returns {Promise<LanguageState>} */
export function setLanguage(choice) {
  return invoke('set_language', { choice });
}

/** @returns {Promise<LicenseOverview>} */
export function licenseOverview() {
  return invoke('license_overview');
}

/**
 * Reads a file the user dropped or chose and says whether it is a license-usage export.
 * @param {string} path an absolute path from the OS (drag-drop event or file dialog)
 * @returns {Promise<UsageVerdict>}
 */
export function inspectUsageFile(path) {
  return invoke('inspect_usage_file', { path });
}

/**
 * Opens the native file dialog for a license-usage export.
 * @returns {Promise<string | null>} the chosen path, or null when cancelled
 */
export function pickUsageFile() {
  return invoke('pick_usage_file');
}

/**
 * Files dragged from the OS onto the window: Tauri delivers their absolute paths.
 * @param {(e: DragDrop) => void} handler
 * @returns {Promise<() => void>} stops listening
 */
export function onDragDrop(handler) {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === 'enter') handler({ type: 'enter', paths: p.paths });
    else if (p.type === 'over') handler({ type: 'over' });
    else if (p.type === 'drop') handler({ type: 'drop', paths: p.paths });
    else handler({ type: 'leave' });
  });
}

/**
 * Files handed to the app from outside since the last call (its command line, or a second
 * launch of the app), oldest first; each is given once.
 * @returns {Promise<string[]>} absolute paths
 */
export function takeOpenedFiles() {
  return invoke('take_opened_files');
}

/**
 * A file was handed to the running app (a second launch named one): the backend's
 * `opened-files` event. The handler then takes them with `takeOpenedFiles`.
 * @param {() => void} handler
 * @returns {Promise<() => void>} stops listening
 */
export function onOpenedFiles(handler) {
  return getCurrentWebview().listen('opened-files', () => handler());
}

/** @typedef {import('../bindings/Connections').Connections} Connections */
/** @typedef {import('../bindings/ConnectionsDraft').ConnectionsDraft} ConnectionsDraft */
/** @typedef {import('../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../bindings/ConnectionTest').ConnectionTest} ConnectionTest */
/** @typedef {import('../bindings/SecretKind').SecretKind} SecretKind */
/** @typedef {import('../bindings/SecretKeep').SecretKeep} SecretKeep */
/** @typedef {import('../bindings/SecretStatus').SecretStatus} SecretStatus */

/**
 * The connections, and per secret only whether it is set.
 * @returns {Promise<Connections>}
 */
export function connections() {
  return invoke('connections');
}

/**
 * Checks and saves the (non-secret) settings. Rejects with an ErrorReport whose `fields`
 * name each refused field.
 * @param {ConnectionsDraft} draft
 * @returns {Promise<Connections>}
 */
export function saveConnections(draft) {
  return invoke('save_connections', { draft });
}

/**
 * Removes a GHES instance and deletes its secrets.
 * @param {string} id
 * @returns {Promise<Connections>}
 */
export function removeGhesInstance(id) {
  return invoke('remove_ghes_instance', { id });
}

/**
 * Saves a secret; the answer says only whether it is set, and where.
 * @param {ConnectionTarget} target
 * @param {SecretKind} kind
 * @param {string} value
 * @param {SecretKeep} keep
 * @returns {Promise<SecretStatus>}
 */
export function setSecret(target, kind, value, keep) {
  return invoke('set_secret', { target, kind, value, keep });
}

/**
 * @param {ConnectionTarget} target
 * @param {SecretKind} kind
 * @returns {Promise<SecretStatus>}
 */
export function deleteSecret(target, kind) {
  return invoke('delete_secret', { target, kind });
}

/**
 * @param {ConnectionTarget} target
 * @returns {Promise<ConnectionTest>}
 */
export function testConnection(target) {
  return invoke('test_connection', { target });
}

// Consumed licenses and duplicates (issue 7).
/** @typedef {import('../bindings/FetchProgress').FetchProgress} FetchProgress */
/** @typedef {import('../bindings/ConsumedSummary').ConsumedSummary} ConsumedSummary */
/** @typedef {import('../bindings/ConsumedQuery').ConsumedQuery} ConsumedQuery */
/** @typedef {import('../bindings/ConsumedPage').ConsumedPage} ConsumedPage */
/** @typedef {import('../bindings/ExportResult').ExportResult} ExportResult */
/** @typedef {import('../bindings/ExportFormat').ExportFormat} ExportFormat */
/** @typedef {import('../bindings/DuplicateOverview').DuplicateOverview} DuplicateOverview */
/** @typedef {import('../bindings/FindingsQuery').FindingsQuery} FindingsQuery */
/** @typedef {import('../bindings/FindingsPage').FindingsPage} FindingsPage */

/**
 * Reads every page of the enterprise's consumed licenses into the backend (or, with
 * `refresh` false, answers from what it already holds). Progress streams through a channel.
 * Rejects with an ErrorReport; kind `cancelled` after {@link cancelConsumedFetch}.
 * @param {boolean} refresh
 * @param {(p: FetchProgress) => void} onProgress
 * @returns {Promise<ConsumedSummary>}
 */
export function loadConsumedLicenses(refresh, onProgress) {
  /** @type {Channel<FetchProgress>} */
  const channel = new Channel();
  channel.onmessage = onProgress;
  return invoke('load_consumed_licenses', { refresh, onProgress: channel });
}

/** Stops a running {@link loadConsumedLicenses}. @returns {Promise<void>} */
export function cancelConsumedFetch() {
  return invoke('cancel_consumed_fetch');
}

// The token's rate budget (issue 16).
/** @typedef {import('../bindings/RateBudgets').RateBudgets} RateBudgets */
/** @typedef {import('../bindings/LoadEstimate').LoadEstimate} LoadEstimate */

/**
 * The token's REST and GraphQL budgets, from GitHub's `GET /rate_limit` (costs nothing).
 * @returns {Promise<RateBudgets>}
 */
export function rateBudget() {
  return invoke('rate_budget');
}

/**
 * What a full load would cost (one request per 100 consumers) against the REST budget, and
 * whether it would cut into the reserve. Before the first load it reads one one-consumer
 * page to count the consumers (one request).
 * @returns {Promise<LoadEstimate>}
 */
export function consumedLoadEstimate() {
  return invoke('consumed_load_estimate');
}

/** The reserve a load asks before cutting into, in percent of the hourly limit. @returns {Promise<number>} */
export function rateReserveSetting() {
  return invoke('rate_reserve_setting');
}

/** Saves the reserve (0 to 100). @param {number} percent @returns {Promise<number>} */
export function setRateReserveSetting(percent) {
  return invoke('set_rate_reserve_setting', { percent });
}

/**
 * One window of the loaded consumers, searched, filtered and sorted by the backend.
 * Rejects with kind `not_loaded` before a load.
 * @param {ConsumedQuery} query
 * @returns {Promise<ConsumedPage>}
 */
export function queryConsumedLicenses(query) {
  return invoke('query_consumed_licenses', { query });
}

/**
 * Saves the rows matching `query` (all of them, offset and limit aside) through the native
 * Save dialog.
 * @param {ConsumedQuery} query
 * @param {ExportFormat} format
 * @returns {Promise<ExportResult | null>} null when the dialog was cancelled
 */
export function exportConsumedLicenses(query, format) {
  return invoke('export_consumed_licenses', { query, format });
}

/**
 * The likely double-counted people in the loaded consumers, counted: the findings come a
 * window at a time through duplicateFindings.
 * @returns {Promise<DuplicateOverview>}
 */
export function duplicateOverview() {
  return invoke('duplicate_overview');
}

/**
 * A window of one group's findings of some confidences, in the report's order.
 * @param {FindingsQuery} query
 * @returns {Promise<FindingsPage>}
 */
export function duplicateFindings(query) {
  return invoke('duplicate_findings', { query });
}

/**
 * @param {ExportFormat} format
 * @returns {Promise<ExportResult | null>} null when the dialog was cancelled
 */
export function exportDuplicates(format) {
  return invoke('export_duplicates', { format });
}

/** @typedef {import('../bindings/AccountsLoadProgress').AccountsLoadProgress} AccountsLoadProgress */
/** @typedef {import('../bindings/ServerAccountsSummary').ServerAccountsSummary} ServerAccountsSummary */

/**
 * Duplicates' "Load server accounts": GitHub's GHES accounts of every instance (GraphQL),
 * kept by the backend for the session; progress streams through a channel. Rejects with an
 * ErrorReport; kind `cancelled` after {@link cancelServerAccounts}.
 * @param {(p: AccountsLoadProgress) => void} onProgress
 * @returns {Promise<ServerAccountsSummary>}
 */
export function loadServerAccounts(onProgress) {
  /** @type {Channel<AccountsLoadProgress>} */
  const channel = new Channel();
  channel.onmessage = onProgress;
  return invoke('load_server_accounts', { onProgress: channel });
}

/** Stops a running {@link loadServerAccounts}. @returns {Promise<void>} */
export function cancelServerAccounts() {
  return invoke('cancel_server_accounts');
}

/** The server accounts the backend holds; null before a load. @returns {Promise<ServerAccountsSummary | null>} */
export function serverAccountsSummary() {
  return invoke('server_accounts_summary');
}

// Sync flows and Activity (issue 5). Types generated from crates/services (ts-rs).
/** @typedef {import('../bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../bindings/WatchInfo').WatchInfo} WatchInfo */
/** @typedef {import('../bindings/OneClickEvent').OneClickEvent} OneClickEvent */
/** @typedef {import('../bindings/OneClickResult').OneClickResult} OneClickResult */
/** @typedef {import('../bindings/Activity').Activity} Activity */

/**
 * @template T
 * @param {(m: T) => void} onMessage
 * @returns {Channel<T>}
 */
function channelTo(onMessage) {
  /** @type {Channel<T>} */
  const channel = new Channel();
  channel.onmessage = onMessage;
  return channel;
}

/**
 * Add server usage: hands the file off to GHEC's licensing page, then watches until GitHub
 * shows it. Rejects with an ErrorReport (`watch_running`, `usage_file_refused`, …).
 * @param {string} path
 * @param {(e: WatchEvent) => void} onProgress
 * @returns {Promise<WatchEvent>} the final event
 */
export function startUpload(path, onProgress) {
  return invoke('start_upload', { path, onProgress: channelTo(onProgress) });
}

/**
 * Sync now: opens the instance's GHES License page, then watches license-sync-status.
 * @param {string} instance configured instance id
 * @param {(e: WatchEvent) => void} onProgress
 * @returns {Promise<WatchEvent>}
 */
export function syncNow(instance, onProgress) {
  return invoke('sync_now', { instance, onProgress: channelTo(onProgress) });
}

/**
 * Enable automatic license sync: opens GitHub Connect on the instance, then waits for its
 * first sync.
 * @param {string} instance
 * @param {(e: WatchEvent) => void} onProgress
 * @returns {Promise<WatchEvent>}
 */
export function enableLicenseSync(instance, onProgress) {
  return invoke('enable_license_sync', { instance, onProgress: channelTo(onProgress) });
}

/**
 * A new watch with the hand-off time of one that timed out. Opens nothing.
 * @param {string} instance
 * @param {string} since RFC 3339, from `timed_out.since`
 * @param {(e: WatchEvent) => void} onProgress
 * @returns {Promise<WatchEvent>}
 */
export function keepWatching(instance, since, onProgress) {
  return invoke('keep_watching', { instance, since, onProgress: channelTo(onProgress) });
}

/** @param {string} instance @returns {Promise<boolean>} false when none was running */
export function cancelWatch(instance) {
  return invoke('cancel_watch', { instance });
}

/** The watches running now, for a screen that comes back to them. @returns {Promise<WatchInfo[]>} */
export function watches() {
  return invoke('watches');
}

/**
 * Every instance by its best path, then one combined result.
 * @param {(e: OneClickEvent) => void} onProgress
 * @returns {Promise<OneClickResult>}
 */
export function oneClickSync(onProgress) {
  return invoke('one_click_sync', { onProgress: channelTo(onProgress) });
}

/** @param {number} [limit] @returns {Promise<Activity[]>} newest first */
export function activity(limit) {
  return invoke('activity', limit === undefined ? {} : { limit });
}

// Export license usage and Upload a new license (issue 6).
/** @typedef {import('../bindings/ExportProgress').ExportProgress} ExportProgress */
/** @typedef {import('../bindings/ExportOutcome').ExportOutcome} ExportOutcome */
/** @typedef {import('../bindings/LicenseUploadOutcome').LicenseUploadOutcome} LicenseUploadOutcome */

/**
 * Export license usage over the instance's admin shell: the native Save dialog first, then
 * the export with its progress. Rejects with an ErrorReport (`ssh_host_key_unknown`,
 * `admin_shell_not_set_up`, `job_running`, `cancelled` after {@link cancelExport}, …).
 * @param {string} instance configured instance id
 * @param {(p: ExportProgress) => void} onProgress
 * @returns {Promise<ExportOutcome | null>} null when the Save dialog was cancelled
 */
export function exportLicenseUsage(instance, onProgress) {
  return invoke('export_license_usage', { instance, onProgress: channelTo(onProgress) });
}

/** @param {string} instance @returns {Promise<boolean>} false when no export of it runs */
export function cancelExport(instance) {
  return invoke('cancel_export', { instance });
}

/**
 * Opens the native file dialog for a `.ghl` license file.
 * @returns {Promise<string | null>} null when cancelled
 */
export function pickLicenseFile() {
  return invoke('pick_license_file');
}

/**
 * Uploads a `.ghl` to the instance's Manage API, then reads the new license back. Rejects
 * with an ErrorReport (`license_file_refused`, `manage_unauthorized`, `license_rejected`,
 * `job_running`, …).
 * @param {string} instance
 * @param {string} path
 * @param {boolean} apply
 * @returns {Promise<LicenseUploadOutcome>}
 */
export function uploadLicense(instance, path, apply) {
  return invoke('upload_license', { instance, path, apply });
}

/** The configured GHES instances, by id and name, for a choice of instance. @returns {Promise<{ id: string, name: string }[]>} */
export async function ghesInstances() {
  const c = await connections();
  return c.ghes.map((g) => ({ id: g.settings.id, name: g.settings.label ? `${g.settings.label} (${g.settings.hostname})` : g.settings.hostname }));
}

/**
 * Where hand-offs open GitHub's pages.
 * @returns {Promise<import('../bindings/OpenIn').OpenIn>}
 */
export function handoffSetting() {
  return invoke('handoff_setting');
}

/**
 * Saves where hand-offs open GitHub's pages.
 * @param {import('../bindings/OpenIn').OpenIn} how
 */
export function setHandoffSetting(how) {
  return invoke('set_handoff_setting', { how });
}

// Background checks (feature `monitor`, issue 14).
/** @typedef {import('../bindings/MonitorSettings').MonitorSettings} MonitorSettings */
/** @typedef {import('../bindings/MonitorStatus').MonitorStatus} MonitorStatus */
/** @typedef {import('../bindings/MonitorCheck').MonitorCheck} MonitorCheck */

/** "Keep checking in the background" and its options. @returns {Promise<MonitorSettings>} */
export function monitorSettings() {
  return invoke('monitor_settings');
}

/**
 * Validates and saves the background check settings; a changed Start at login is applied to
 * the desktop's login items first. Rejects with an ErrorReport (`invalid_settings` with
 * `fields`, `autostart`, …).
 * @param {MonitorSettings} settings
 * @returns {Promise<MonitorSettings>}
 */
export function setMonitorSettings(settings) {
  return invoke('set_monitor_settings', { settings });
}

/** One check now; its news are also sent as OS notifications. @returns {Promise<MonitorCheck>} */
export function monitorCheckNow() {
  return invoke('monitor_check_now');
}

/** The last check, each instance's verdict, when the next is due. @returns {Promise<MonitorStatus>} */
export function monitorStatus() {
  return invoke('monitor_status');
}

/**
 * Checks made anywhere (the background loop, the tray, a button): the backend's `monitor:checked`.
 * @param {(check: MonitorCheck) => void} handler
 * @returns {Promise<() => void>} stops listening
 */
export function onMonitorChecked(handler) {
  return listen('monitor:checked', (e) => handler(/** @type {MonitorCheck} */ (e.payload)));
}

/**
 * The tray's Sync everything: the window starts the License screen's one-click sync.
 * @param {() => void} handler
 * @returns {Promise<() => void>} stops listening
 */
export function onTraySyncEverything(handler) {
  return listen('tray:sync-everything', () => handler());
}

// History (feature `history`, issue 15): every License reading and consumed-licenses load
// the backend kept, the License screen as last shown, and who changed between two loads.
/** @typedef {import('../bindings/HistoryOverview').HistoryOverview} HistoryOverview */
/** @typedef {import('../bindings/StoredLicense').StoredLicense} StoredLicense */
/** @typedef {import('../bindings/ConsumedChanges').ConsumedChanges} ConsumedChanges */

/**
 * The consumed loads and License readings kept since `since` (a day `2026-01-05` or RFC
 * 3339; everything when absent), oldest first. A history that cannot be used is said in
 * its `problem`, not as a rejection; rejects with `invalid_argument` for a `since` that is
 * no time.
 * @param {string} [since]
 * @returns {Promise<HistoryOverview>}
 */
export function historyOverview(since) {
  return invoke('history_overview', since === undefined ? {} : { since });
}

/**
 * The License screen as last read, to show at once while GitHub is asked again.
 * @returns {Promise<StoredLicense | null>} null when none is kept
 */
export function storedLicense() {
  return invoke('stored_license');
}

/**
 * Who was added, removed or changed from the stored load `from` to `to` (the newest load
 * when absent). The counts are whole; `people` holds at most the first 2,000 (`complete`
 * false then). Rejects with an ErrorReport (`no_history`, `history`,
 * `history_from_the_future`, `invalid_argument`).
 * @param {number} from a ConsumedLoad id
 * @param {number} [to]
 * @returns {Promise<ConsumedChanges>}
 */
export function consumedChanges(from, to) {
  return invoke('consumed_changes', to === undefined ? { from } : { from, to });
}

/** @typedef {import('../bindings/DuplicatesSince').DuplicatesSince} DuplicatesSince */

/**
 * The newest consumed-licenses load the history kept, held for the session when the backend
 * holds no list (its summary has `from_history` set; its people come in key order, not
 * GitHub's), so Consumed licenses opens with data at once; the list held already when there
 * is one. Queries then work as after a Load; a load with `refresh` reads GitHub again.
 * @returns {Promise<ConsumedSummary | null>} null when no load is kept
 */
export function restoreConsumedLicenses() {
  return invoke('restore_consumed_licenses');
}

/**
 * What was fixed (with the seats freed), what is new and what came back from the kept
 * duplicate analysis `from` to `to` (the newest when absent). Rejects with `no_history`
 * when either is not kept.
 * @param {number} from a DuplicateAnalysis id
 * @param {number} [to]
 * @returns {Promise<DuplicatesSince>}
 */
export function duplicatesSince(from, to) {
  return invoke('duplicates_since', to === undefined ? { from } : { from, to });
}

/**
 * How many days each load's people are kept to compare (at least 30; the figures are kept
 * for good). Saved in the settings. Rejects with `invalid_argument` below 30.
 * @param {number} days
 * @returns {Promise<number>} the saved value
 */
export function setHistoryDetailDays(days) {
  return invoke('set_history_detail_days', { days });
}
