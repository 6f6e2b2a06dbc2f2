// A stand-in for the Rust side of Consumed licenses and Duplicates, for the Chromium tests.
// It holds 300,000 generated consumers (fixtures.consumerRows, deterministic) in page memory
// and answers `query_consumed_licenses` over them: search, filter, sort, offset, limit.
//
// How the progress channel is driven. `loadConsumedLicenses` passes a `Channel` from
// @tauri-apps/api/core as the `onProgress` argument. With mockIPC the arguments reach the
// handler as the very objects passed to `invoke` (nothing is serialised), so the handler
// gets the Channel instance and its `id`: the id of a callback the Channel registered with
// `window.__TAURI_INTERNALS__.transformCallback`, which mockIPC keeps in its own table. We
// send a message the way Tauri's Rust side does, through that callback with the Channel's
// wire format: `__TAURI_INTERNALS__.runCallback(id, { index, message })` for each message
// (index counting from 0: the Channel delivers in index order), and `{ index, end: true }`
// when the Rust channel would be dropped. So the app's own Channel code (ordering, cleanup)
// runs exactly as in the real app.
//
// Query parameters: `consumed=auto` (default: a load streams a few progress messages and
// ends), `manual` (the test drives it: `__ipc.consumed.send(msg)`, `.finish()`,
// `.fail(error)`), `cached` (the backend already holds the list); `rows=N` (default
// 300000); `save=cancel` (the Save dialog is cancelled); `duplicates=none` (an empty report);
// `querydelay=MS`; `budget=low` (the token's rate budget: 3,200 requests left, so a load of
// 3,000 would cut into the 10% reserve; default 4,870 left, `rate_budget` and
// `consumed_load_estimate` answer from it; `__ipc.consumed.estimates` counts the estimates,
// `__ipc.consumed.reserve` holds the reserve setting); `findings=fail-more` (each group's
// first window of findings comes, any later one is refused); `restore=kept` (the history
// kept a load, KEPT_AT: `restore_consumed_licenses` holds it for the session, `from_history`
// set; default: none kept, null), `restore=slow` (the same, once `__ipc.consumed.releaseRestore()`
// is called), `restore=fail` (rejects). `__ipc.consumed.restores` counts the calls.
import { channelLoad } from '/test/channel-load.js';
import * as fixtures from '/test/fixtures.js';

/** @typedef {import('../../../ui/bindings/ConsumedQuery').ConsumedQuery} ConsumedQuery */
/** @typedef {import('../../../ui/bindings/FetchProgress').FetchProgress} FetchProgress */
/** @typedef {import('../../../ui/bindings/ConsumerRow').ConsumerRow} ConsumerRow */
/** @typedef {import('../../../ui/bindings/LoadCost').LoadCost} LoadCost */

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 * @returns {(cmd: string, args: any) => Promise<{ value: unknown } | undefined>}
 */
export function consumedBackend(params, state) {
  const mode = params.get('consumed') ?? 'auto';
  const count = Number(params.get('rows') ?? '300000');
  const queryDelay = Number(params.get('querydelay') ?? '0');
  /** The report the duplicate commands answer from. */
  const reportOf = () => (params.get('duplicates') === 'none' ? fixtures.noDuplicates() : fixtures.duplicateReport());
  /** @type {ConsumerRow[] | null} */
  let rows = null;
  /** @type {{ key: string, hits: ConsumerRow[] } | null} */
  let lastQuery = null;
  const load = channelLoad();
  const restoreMode = params.get('restore') ?? 'none';
  /** @type {() => void} */
  let releaseRestore = () => {};
  const restoreGate = new Promise((resolve) => { releaseRestore = () => resolve(undefined); });

  const data = () => (rows ??= fixtures.consumerRows(count));

  const c = {
    loaded: mode === 'cached',
    /** Every query the app sent, in order. @type {ConsumedQuery[]} */
    queries: /** @type {ConsumedQuery[]} */ ([]),
    /** @type {{ what: string, format: string, query?: ConsumedQuery }[]} */
    exports: /** @type {{ what: string, format: string, query?: ConsumedQuery }[]} */ ([]),
    /** @type {boolean[]} the `refresh` argument of each load */
    loads: /** @type {boolean[]} */ ([]),
    running: load.running,
    /** Sends one FetchProgress through the running load's channel. @type {(message: FetchProgress) => void} */
    send: load.send,
    /**
     * Ends the running load with the summary of the generated rows, and what it cost (a
     * refresh: all 3,000 pages asked, all but two unchanged).
     * @param {LoadCost} [cost]
     */
    finish(cost) {
      load.finish({ state: 'done', rows: data().length }, { ...fixtures.consumedSummary(data()), cost });
      c.loaded = true;
      c.kept = null;
      lastQuery = null;
    },
    /** @type {(error: unknown) => void} ends the load with an ErrorReport */
    fail: load.fail,
    rows: data,
    estimates: 0,
    reserve: 10,
    restores: 0,
    releaseRestore: () => releaseRestore(),
    /** The summary of the list held, when it came from the history. @type {unknown} */
    kept: /** @type {unknown} */ (null),
  };
  state.consumed = c;

  const remaining = params.get('budget') === 'low' ? 3200 : 4870;
  const resetAt = new Date(Date.now() + 40 * 60_000).toISOString();
  /** @param {number} left */
  const core = (left) => ({ limit: 5000, remaining: left, used: 5000 - left, reset_at: resetAt });

  /** @param {string} kind @param {string} message @param {string | null} fix */
  const error = (kind, message, fix) => fixtures.error(kind, message, fix ?? '');
  const notLoaded = () => error('not_loaded', 'The consumed licenses are not loaded yet.', 'Load them on the Consumed licenses screen.');

  /** @param {ConsumedQuery} q */
  function hitsOf(q) {
    const key = JSON.stringify([q.search, q.filter, q.sort]);
    if (lastQuery?.key !== key) lastQuery = { key, hits: fixtures.runQuery(data(), q) };
    return lastQuery.hits;
  }

  return async (cmd, args) => {
    switch (cmd) {
      case 'load_consumed_licenses': {
        const { refresh, onProgress } = args;
        c.loads.push(refresh);
        if (load.running()) throw error('busy', 'The consumed licenses are already being loaded.', null);
        if (!refresh && c.loaded) return { value: fixtures.consumedSummary(data()) };
        const done = load.start(onProgress);
        if (mode !== 'manual') {
          const total = 3;
          for (let p = 1; p <= total && load.running(); p++) {
            await new Promise((r) => setTimeout(r, 15));
            if (load.running()) c.send({ state: 'fetching', pages_done: p, pages_total: total, rows: Math.round((data().length * p) / total) });
          }
          const pages = Math.ceil(data().length / 100);
          if (load.running()) {
            c.finish(refresh && c.loaded
              ? { pages, requests_sent: pages, not_modified: pages - 2, budget_spent: 2, refreshed: true }
              : { pages, requests_sent: pages, not_modified: 0, budget_spent: pages, refreshed: false });
          }
        }
        return { value: await done };
      }
      case 'restore_consumed_licenses': {
        c.restores++;
        if (restoreMode === 'slow') await restoreGate;
        if (c.loaded) return { value: c.kept ?? fixtures.consumedSummary(data()) };
        if (restoreMode === 'fail') throw fixtures.error('history', 'The history could not be read: disk I/O error.', 'Check there is space left and that the data folder is writable.');
        if (restoreMode !== 'kept' && restoreMode !== 'slow') return { value: null };
        c.loaded = true;
        lastQuery = null;
        c.kept = { ...fixtures.consumedSummary(data(), fixtures.KEPT_AT), from_history: true };
        return { value: c.kept };
      }
      case 'cancel_consumed_fetch': {
        if (load.running()) c.fail(error('cancelled', 'Loading the consumed licenses was cancelled.', null));
        return { value: null };
      }
      case 'rate_budget':
        return { value: { core: core(remaining), graphql: { limit: 5000, remaining: 4993, used: 7, reset_at: resetAt } } };
      case 'consumed_load_estimate': {
        c.estimates++;
        const requests = Math.max(1, Math.ceil(data().length / 100));
        const reserve = Math.ceil((5000 * c.reserve) / 100);
        return {
          value: {
            consumers: data().length,
            requests,
            budget: core(remaining),
            reserve_percent: c.reserve,
            reserve,
            cuts_into_reserve: remaining - requests < reserve,
            wait_seconds: requests > remaining ? 2400 : null,
          },
        };
      }
      case 'rate_reserve_setting':
        return { value: c.reserve };
      case 'set_rate_reserve_setting':
        c.reserve = args.percent;
        return { value: c.reserve };
      case 'query_consumed_licenses': {
        /** @type {ConsumedQuery} */
        const q = args.query;
        c.queries.push(q);
        if (queryDelay) await new Promise((r) => setTimeout(r, queryDelay));
        if (!c.loaded) throw notLoaded();
        const hits = hitsOf(q);
        return { value: { total_matching: hits.length, offset: q.offset, rows: hits.slice(q.offset, q.offset + q.limit) } };
      }
      case 'export_consumed_licenses': {
        /** @type {ConsumedQuery} */
        const q = args.query;
        c.exports.push({ what: 'consumed', format: args.format, query: q });
        if (!c.loaded) throw notLoaded();
        if (params.get('save') === 'cancel') return { value: null };
        const n = hitsOf(q).length;
        return { value: { path: `/home/admin/Documents/consumed-licenses-acme.${args.format}`, rows: n, bytes: n * 131 } };
      }
      case 'duplicate_overview': {
        if (!c.loaded) throw notLoaded();
        return { value: fixtures.overviewOf(reportOf()) };
      }
      case 'duplicate_findings': {
        if (!c.loaded) throw notLoaded();
        if (params.get('findings') === 'fail-more' && args.query.offset > 0) {
          throw fixtures.error('not_loaded', 'The consumed licenses are being loaded again.', 'Wait for the load to end; the report is then worked out anew.');
        }
        return { value: fixtures.findingsOf(reportOf(), args.query) };
      }
      case 'export_duplicates': {
        c.exports.push({ what: 'duplicates', format: args.format });
        if (!c.loaded) throw notLoaded();
        if (params.get('save') === 'cancel') return { value: null };
        return { value: { path: `/home/admin/Documents/duplicates-acme.${args.format}`, rows: 63, bytes: 48_200 } };
      }
      default: return undefined;
    }
  };
}
