// The one load of the enterprise's consumed licenses, shared by every screen that needs it
// (Consumed licenses, Duplicates, the seat chart on the License screen). A load can take
// thousands of pages and outlives the screen that started it, so it lives here, not in a
// view: leaving a screen does not stop it, coming back shows its progress, and a second
// click joins the running load instead of starting another (one job of a kind at a time).

import { asErrorReport } from '../lib/ipc.js';
import { createListeners } from './listeners.js';

/** @typedef {import('../bindings/FetchProgress').FetchProgress} FetchProgress */
/** @typedef {import('../bindings/ConsumedSummary').ConsumedSummary} ConsumedSummary */
/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * What listeners hear. `progress` carries the latest message; `loaded`, `cancelled` and
 * `failed` end a load; `restored` is the history's newest load, held by the backend without
 * asking GitHub (its summary has `from_history` set).
 * @typedef {{ type: 'started' } | { type: 'progress', progress: FetchProgress } | { type: 'loaded', summary: ConsumedSummary } | { type: 'restored', summary: ConsumedSummary } | { type: 'cancelled' } | { type: 'failed', error: ErrorReport }} StoreEvent
 */

/**
 * @typedef {object} ConsumedStore
 * @property {() => ConsumedSummary | null} summary the last load's answer, null before one
 * @property {() => boolean} loading
 * @property {() => FetchProgress | null} progress the running load's latest message
 * @property {() => ErrorReport | null} lastError the last load's failure (not a cancel)
 * @property {(refresh: boolean) => Promise<ConsumedSummary | null>} load null when cancelled or failed
 * @property {() => Promise<void>} cancel
 * @property {(summary: ConsumedSummary) => void} remember records a summary learnt elsewhere
 * @property {(summary: ConsumedSummary) => boolean} restored records the kept load the backend
 *   now holds (`restore_consumed_licenses`) and tells the listeners; false (nothing done) when
 *   a load runs or answered meanwhile: GitHub's answer wins over the kept one
 * @property {(listener: (e: StoreEvent) => void) => () => void} subscribe returns the unsubscribe
 */

/**
 * @param {{ load: (refresh: boolean, onProgress: (p: FetchProgress) => void) => Promise<ConsumedSummary>, cancel: () => Promise<void> }} backend
 * @returns {ConsumedStore}
 */
export function createConsumedStore(backend) {
  /** @type {ConsumedSummary | null} */
  let summary = null;
  /** @type {FetchProgress | null} */
  let progress = null;
  /** @type {ErrorReport | null} */
  let lastError = null;
  /** @type {Promise<ConsumedSummary | null> | null} */
  let running = null;
  /** Each load's messages carry its number, so a late message of an ended load is dropped. */
  let job = 0;
  /** @type {import('./listeners.js').Listeners<StoreEvent>} */
  const listeners = createListeners();

  const emit = listeners.emit;

  /** @param {boolean} refresh */
  function load(refresh) {
    if (running) return running;
    const mine = ++job;
    progress = null;
    lastError = null;
    running = (async () => {
      try {
        const s = await backend.load(refresh, (p) => {
          if (mine !== job || !running) return;
          progress = p;
          emit({ type: 'progress', progress: p });
        });
        summary = s;
        running = null;
        progress = null;
        emit({ type: 'loaded', summary: s });
        return s;
      } catch (e) {
        running = null;
        progress = null;
        const error = asErrorReport(e);
        if (error.kind === 'cancelled') {
          emit({ type: 'cancelled' });
        } else {
          lastError = error;
          emit({ type: 'failed', error });
        }
        return null;
      } finally {
        job++;
      }
    })();
    emit({ type: 'started' });
    return running;
  }

  return {
    summary: () => summary,
    loading: () => running !== null,
    progress: () => progress,
    lastError: () => lastError,
    load,
    async cancel() {
      if (running) await backend.cancel();
    },
    remember(s) {
      summary = s;
    },
    restored(s) {
      if (running || (summary && !summary.from_history)) return false;
      summary = s;
      emit({ type: 'restored', summary: s });
      return true;
    },
    subscribe: listeners.subscribe,
  };
}

