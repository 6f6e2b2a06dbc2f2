// TEMPORARY: the IPC contract of the consumed-licenses commands (issue 7), kept by hand
// until the backend generates these types into ui/bindings/ (ConsumedQuery.ts,
// ConsumedPage.ts, ConsumerRow.ts, ConsumedSummary.ts, FetchProgress.ts, ExportResult.ts).
// Then each typedef below becomes a re-export of the generated type, and this file goes.
// Shapes exactly as agreed with the backend; do not "improve" them here.

/**
 * Streamed through the `onProgress` channel of `load_consumed_licenses`.
 * @typedef {{ state: 'fetching', pages_done: number, pages_total: number | null, rows: number }
 *   | { state: 'waiting_rate_limit', until: string, seconds: number }
 *   | { state: 'retrying', attempt: number, wait_ms: number, reason: string }
 *   | { state: 'done', rows: number }} FetchProgress
 */

/**
 * Who consumes the seats.
 * @typedef {{ cloud_only: number, server_only: number, both: number, visual_studio: number, multiple_accounts: number }} ConsumedSplit
 */

/**
 * What `load_consumed_licenses` answers.
 * @typedef {{ fetched_at: string, total_seats_consumed: number | null, total_seats_purchased: number | null, rows: number, split: ConsumedSplit }} ConsumedSummary
 */

/** @typedef {'all' | 'cloud_only' | 'server_only' | 'both' | 'visual_studio' | 'multiple_accounts'} ConsumedFilter */
/** @typedef {'login' | 'name' | 'kind' | 'emails' | 'server_ids' | 'accounts' | 'license_type'} ConsumedSortColumn */

/**
 * @typedef {{ search: string, filter: ConsumedFilter, sort: { column: ConsumedSortColumn, descending: boolean }, offset: number, limit: number }} ConsumedQuery
 */

/**
 * One license consumer as the table shows it. `index` is its place in the fetched listing.
 * @typedef {{ index: number, login: string | null, name: string | null, kind: 'cloud_only' | 'server_only' | 'both' | 'unknown', visual_studio: boolean, accounts: number | null, license_type: string | null, server_ids: string[], server_emails: string[], verified_emails: string[], saml_name_id: string | null }} ConsumerRow
 */

/** @typedef {{ total_matching: number, offset: number, rows: ConsumerRow[] }} ConsumedPage */

/** Where an export went; `null` instead of this when the Save dialog was cancelled. @typedef {{ path: string, rows: number, bytes: number }} ExportResult */

/** @typedef {'csv' | 'json'} ExportFormat */

export {};
