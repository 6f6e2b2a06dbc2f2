// The Load / Refresh control of the consumed-licenses list, with its progress: pages done of
// the total, rows so far, GitHub's rate-limit waits with a countdown and Stop, retries, and
// Cancel; once loaded, what the load cost ("Refreshed: 1,000 pages, 998 unchanged (cost 2
// requests)": a refresh's unchanged pages are free). Every screen that needs the list (Consumed licenses, Duplicates, the License
// screen's seat chart) shows this same control over the shared store, so they all see one
// load. Under the button: what a load costs of the token's hourly budget ("about 3,000 of
// your 4,870 remaining requests"); a load that would cut into the reserve kept for other
// tools asks first (the reserve is a setting, under the line). A list the backend restored
// from the history (the newest kept load) says so in a note, "As of … (kept)", with Refresh
// as the primary action, until GitHub is read again.
import { h, paintLoadControls } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { consumedLoadEstimate, rateBudget, rateReserveSetting, setRateReserveSetting } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem } from '../../lib/status.js';
import { askModal } from '../../widgets/dialog.js';

/** @typedef {import('../../stores/consumed-store.js').ConsumedStore} ConsumedStore */
/** @typedef {import('../../stores/consumed-store.js').StoreEvent} StoreEvent */
/** @typedef {import('../../bindings/FetchProgress').FetchProgress} FetchProgress */

/** @typedef {import('../../bindings/LoadEstimate').LoadEstimate} LoadEstimate */
/** @typedef {import('../../bindings/RateBudget').RateBudget} RateBudget */
/** @typedef {import('../../bindings/LoadCost').LoadCost} LoadCost */

/** Routine page progress is spoken at most this often; state changes at once. */
const SPEAK_EVERY_MS = 10_000;

/** Each panel's budget line gets its own id, for the button's aria-describedby. */
let panels = 0;

/**
 * @param {ConsumedStore} store
 * @param {{ loadLabel?: string, showFetched?: boolean }} [opts]
 * @returns {{ el: HTMLElement, markLoaded: () => void, destroy: () => void }}
 */
export function mountLoadPanel(store, opts = {}) {
  const loadLabel = opts.loadLabel ?? t('consumed-load');
  /** The backend answered from a list this window never saw loaded (say, after a reload). */
  let backendHasList = false;
  const have = () => store.summary() !== null || backendHasList;
  const budgetId = `rate-budget-${++panels}`;
  const loadButton = h('button', { type: 'button', 'data-action': 'load-consumed', 'aria-describedby': budgetId, onclick: () => { void startLoad(); } });
  const cancelButton = h('button', { type: 'button', 'data-action': 'cancel-load', hidden: true, onclick: () => { cancelButton.disabled = true; void store.cancel(); } }, t('consumed-cancel'));
  const fetched = h('span', { class: 'updated', 'data-field': 'fetched' });
  const bar = h('progress', { class: 'load-bar', 'aria-label': t('consumed-progress-label') });
  const text = h('span', { class: 'progress-text', 'data-field': 'progress-text' });
  const progressBox = h('div', { class: 'load-progress', 'data-region': 'load-progress', hidden: true }, bar, text);
  const outcome = h('div', { 'data-region': 'load-outcome' });
  // Always in the page, empty unless the list is the kept one: a live region that appears
  // with its text is not reliably spoken.
  const keptNote = h('p', { class: 'kept-note kept-load', 'data-field': 'kept-load-note', role: 'status', 'aria-live': 'polite' });
  const budgetLine = h('span', { id: budgetId, 'data-field': 'rate-budget' });
  const reserveInput = /** @type {HTMLInputElement} */ (h('input', { type: 'number', min: '0', max: '100', step: '1', inputmode: 'numeric', 'data-field': 'reserve-percent', 'aria-describedby': `${budgetId}-reserve-help` }));
  const reserveSaved = h('span', { 'data-field': 'reserve-saved', role: 'status' });
  const reserve = h('details', { class: 'rate-reserve', 'data-region': 'rate-reserve' },
    h('summary', {}, t('consumed-reserve')),
    h('label', {}, tSlots('consumed-reserve-keep', {}, { input: reserveInput })),
    h('p', { class: 'note', id: `${budgetId}-reserve-help` }, t('consumed-reserve-help')),
    reserveSaved);
  const budgetBox = h('div', { class: 'rate-budget note', 'data-region': 'rate-budget', hidden: true }, budgetLine, ' ', reserve);
  const el = h('div', { class: 'load-panel' },
    h('div', { class: 'load-actions' }, loadButton, cancelButton, opts.showFetched === false ? null : fetched),
    keptNote,
    budgetBox,
    progressBox,
    outcome);

  /** @type {ReturnType<typeof setInterval> | null} */
  let countdown = null;
  let spokenAt = 0;

  function stopCountdown() {
    if (countdown !== null) clearInterval(countdown);
    countdown = null;
  }

  function paintButtons() {
    const loading = store.loading();
    const loaded = have();
    loadButton.textContent = loaded ? t('consumed-refresh') : loadLabel;
    loadButton.title = loaded ? t('consumed-refresh-hint') : '';
    paintLoadControls({ load: loadButton, cancel: cancelButton, progress: progressBox }, loading, loaded);
    const kept = store.summary()?.from_history === true;
    // The kept list is shown until GitHub is read again: reading it is what to do next.
    if (kept) loadButton.className = 'primary';
    paintKept(kept);
    tickFetched();
  }

  /** "As of Tuesday, Mar 3, 2026, 09:15 (kept) · Refresh to read GitHub now", or nothing. @param {boolean} on */
  function paintKept(on) {
    const s = store.summary();
    if (!on || !s) {
      if (keptNote.childNodes.length) keptNote.replaceChildren();
      return;
    }
    if (keptNote.dataset.at === s.fetched_at && keptNote.childNodes.length) return;
    keptNote.dataset.at = s.fetched_at;
    keptNote.replaceChildren(tSlots('consumed-kept-note', {}, {
      at: h('time', { datetime: s.fetched_at }, fmt.weekdayDateTime(s.fetched_at)),
    }));
  }

  function tickFetched() {
    const s = store.summary();
    // The kept list's time is in its note.
    if (!s || s.from_history) {
      fetched.textContent = '';
      return;
    }
    fetched.textContent = fetchedWords(s.fetched_at);
    fetched.title = fmt.dateTime(s.fetched_at);
  }

  /** @param {FetchProgress | null} p */
  function paintProgress(p) {
    stopCountdown();
    progressBox.dataset.state = p?.state ?? 'starting';
    // During a pause for the rate limit the one way out is to stop the load.
    cancelButton.textContent = p?.state === 'waiting_rate_limit' ? t('consumed-stop') : t('consumed-cancel');
    if (!p) {
      bar.removeAttribute('value');
      text.textContent = t('consumed-progress-starting');
      return;
    }
    switch (p.state) {
      case 'fetching': {
        if (p.pages_total) {
          bar.max = p.pages_total;
          bar.value = Math.min(p.pages_done, p.pages_total);
        } else {
          bar.removeAttribute('value');
        }
        text.textContent = p.pages_total
          ? t('consumed-progress-page-of', { done: p.pages_done, total: p.pages_total, rows: p.rows })
          : t('consumed-progress-page', { done: p.pages_done, rows: p.rows });
        if (Date.now() - spokenAt > SPEAK_EVERY_MS) speak(t('consumed-progress-spoken', { progress: text.textContent }));
        break;
      }
      case 'waiting_rate_limit': {
        const until = new Date(p.until).getTime();
        const end = Number.isNaN(until) ? Date.now() + p.seconds * 1000 : until;
        const paint = () => {
          const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
          text.textContent = Number.isNaN(until)
            ? t('consumed-progress-waiting-no-time', { duration: duration(left) })
            : t('consumed-progress-waiting', { duration: duration(left), time: fmt.time(p.until) });
          text.dataset.secondsLeft = String(left);
        };
        paint();
        countdown = setInterval(paint, 1000);
        speak(t('consumed-progress-waiting-spoken', { duration: duration(p.seconds) }));
        break;
      }
      case 'retrying': {
        text.textContent = t('consumed-progress-retrying', { reason: p.reason, duration: duration(Math.ceil(p.wait_ms / 1000)), attempt: p.attempt });
        speak(t('consumed-progress-retrying-spoken', { attempt: p.attempt, reason: p.reason }));
        break;
      }
      case 'done': {
        if (bar.max) bar.value = bar.max;
        text.textContent = t('consumed-progress-done', { rows: p.rows });
        break;
      }
    }
  }

  /**
   * What the load cost in GitHub requests: "Refreshed: 1,000 pages, 998 unchanged (cost 2
   * requests)" after a refresh, whose unchanged pages (304s) are free; "Loaded: 1,000 pages
   * (cost 1,000 requests)" otherwise. Empty when the backend did not say.
   * @param {LoadCost | undefined} c
   */
  function costWords(c) {
    if (!c) return '';
    return c.refreshed
      ? t('consumed-cost-refreshed', { pages: c.pages, unchanged: c.not_modified, requests: c.budget_spent })
      : t('consumed-cost-loaded', { pages: c.pages, requests: c.budget_spent });
  }

  /**
   * A budget message, its `-resets` form ("…; resets at 09:16") when GitHub said when.
   * @param {string} id
   * @param {RateBudget} b
   * @param {import('../../lib/l10n.js').Args} args
   */
  function withReset(id, b, args) {
    return b.reset_at ? t(`${id}-resets`, { ...args, time: fmt.time(b.reset_at) }) : t(id, args);
  }

  /** @param {LoadEstimate} e */
  function paintEstimate(e) {
    const b = e.budget;
    if (!b) return;
    let words = e.requests === null
      ? withReset('consumed-budget-left', b, { remaining: b.remaining, limit: b.limit })
      : withReset(have() ? 'consumed-estimate-refresh' : 'consumed-estimate-load', b, { requests: e.requests, remaining: b.remaining });
    if (e.wait_seconds !== null) words += ` ${t('consumed-estimate-pause')}`;
    else if (e.cuts_into_reserve) words += ` ${t('consumed-estimate-reserve', { percent: e.reserve_percent, reserve: e.reserve })}`;
    budgetLine.textContent = words;
    budgetBox.dataset.cutsIntoReserve = String(e.cuts_into_reserve);
    budgetBox.hidden = false;
  }

  /** The budget as it stands, for free (GET /rate_limit): before the count is known. */
  async function showBudget() {
    try {
      const b = (await rateBudget()).core;
      if (!b || estimated) return;
      budgetLine.textContent = withReset('consumed-budget-token', b, { remaining: b.remaining, limit: b.limit });
      budgetBox.hidden = false;
    } catch {
      // No connection or no token yet: the load itself will say what is wrong.
    }
  }

  /** The load's cost against the budget (no request once a list is loaded). */
  async function showEstimate() {
    try {
      const e = await consumedLoadEstimate();
      estimated = true;
      paintEstimate(e);
      return e;
    } catch {
      return null;
    }
  }

  let estimated = false;
  let asking = false;

  async function startLoad() {
    if (store.loading()) {
      void store.load(have());
      return;
    }
    if (asking) return;
    asking = true;
    loadButton.setAttribute('aria-busy', 'true');
    try {
      const e = await showEstimate();
      if (e?.cuts_into_reserve && !(await askReserve(e))) {
        speak(t('consumed-reserve-declined-spoken'));
        return;
      }
    } finally {
      asking = false;
      if (!store.loading()) loadButton.removeAttribute('aria-busy');
    }
    void store.load(have());
  }

  /** @param {LoadEstimate} e @returns {Promise<boolean>} */
  async function askReserve(e) {
    const b = e.budget;
    const reserveArgs = { percent: e.reserve_percent, reserve: e.reserve };
    const words = [
      e.requests === null ? null : t('consumed-reserve-ask-cost', { requests: e.requests }),
      b ? withReset('consumed-reserve-ask-left', b, { ...reserveArgs, remaining: b.remaining }) : t('consumed-reserve-ask-little', reserveArgs),
      e.wait_seconds !== null ? t('consumed-reserve-ask-pause') : null,
    ].filter((x) => x !== null).join(' ');
    const answer = await askModal({
      name: 'rate-reserve',
      titleId: `${budgetId}-ask-title`,
      textId: `${budgetId}-ask-text`,
      content: [
        h('h2', { id: `${budgetId}-ask-title` }, t('consumed-reserve-ask-title')),
        h('p', { id: `${budgetId}-ask-text` }, words),
      ],
      cancel: /** @type {HTMLButtonElement} */ (h('button', { type: 'button', 'data-action': 'cancel' }, t('consumed-reserve-ask-cancel'))),
      confirm: /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'primary', 'data-action': 'confirm' }, t('consumed-reserve-ask-confirm'))),
      answer: () => true,
    });
    return answer === true;
  }

  reserve.addEventListener('toggle', () => {
    if (!(/** @type {HTMLDetailsElement} */ (reserve).open) || reserveInput.value !== '') return;
    rateReserveSetting().then((pct) => { reserveInput.value = String(pct); }, () => {});
  });
  reserveInput.addEventListener('change', () => {
    const pct = Number(reserveInput.value);
    if (!Number.isInteger(pct) || pct < 0 || pct > 100) {
      reserveSaved.textContent = t('consumed-reserve-invalid');
      return;
    }
    setRateReserveSetting(pct).then((saved) => {
      reserveSaved.textContent = t('consumed-reserve-saved', { percent: saved });
      if (estimated) void showEstimate();
    }, (/** @type {{ message?: string }} */ err) => {
      reserveSaved.textContent = err?.message ?? t('consumed-reserve-not-saved');
    });
  });

  /** @param {string} words */
  function speak(words) {
    spokenAt = Date.now();
    announce(words);
  }

  /** @param {StoreEvent} e */
  function onStore(e) {
    switch (e.type) {
      case 'started':
        outcome.replaceChildren();
        paintButtons();
        paintProgress(null);
        speak(t('consumed-loading-spoken'));
        break;
      case 'progress':
        paintProgress(e.progress);
        break;
      case 'restored':
        outcome.replaceChildren();
        paintButtons();
        void showEstimate();
        break;
      case 'loaded':
        stopCountdown();
        paintButtons();
        void showEstimate();
        {
          const cost = costWords(e.summary.cost);
          outcome.replaceChildren(cost ? h('p', { class: 'note', 'data-field': 'load-cost' }, cost) : '');
          speak(`${t('consumed-loaded-spoken', { rows: e.summary.rows })}${cost ? ` ${cost}` : ''}`);
        }
        break;
      case 'cancelled':
        stopCountdown();
        paintButtons();
        outcome.replaceChildren(h('p', { class: 'note', 'data-field': 'load-cancelled' },
          store.summary() ? t('consumed-cancelled-kept') : t('consumed-cancelled-nothing')));
        speak(t('consumed-cancelled-spoken'));
        break;
      case 'failed':
        stopCountdown();
        paintButtons();
        outcome.replaceChildren(problem(e.error, t('consumed-load-failed')));
        speak(t('consumed-load-failed-spoken'));
        break;
    }
  }

  const unsubscribe = store.subscribe(onStore);
  const ticker = setInterval(tickFetched, 30_000);
  paintButtons();
  // Free before a list is loaded (GET /rate_limit); with one, the cost is known too.
  void (have() ? showEstimate() : showBudget());
  if (store.loading()) paintProgress(store.progress());
  const failed = store.lastError();
  if (failed && !store.loading()) outcome.replaceChildren(problem(failed, t('consumed-load-failed')));

  return {
    el,
    markLoaded() {
      if (backendHasList) return;
      backendHasList = true;
      paintButtons();
    },
    destroy() {
      unsubscribe();
      stopCountdown();
      clearInterval(ticker);
    },
  };
}

/** "42 s", "3 min 5 s". @param {number} seconds */
function duration(seconds) {
  if (seconds < 60) return t('consumed-duration-seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? t('consumed-duration-minutes-seconds', { minutes, seconds: s }) : t('consumed-duration-minutes', { minutes });
}

/** "Fetched 3 minutes ago (09:15)", or with the date when older than a day. @param {string} iso */
export function fetchedWords(iso) {
  const age = Date.now() - new Date(iso).getTime();
  if (Number.isNaN(age)) return t('consumed-fetched-on', { date: iso });
  return age > 86_400_000 ? t('consumed-fetched-on', { date: fmt.dateTime(iso) }) : t('consumed-fetched-ago', { ago: fmt.ago(iso), time: fmt.time(iso) });
}
