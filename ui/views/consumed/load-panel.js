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
  const loadLabel = opts.loadLabel ?? 'Load consumed licenses';
  /** The backend answered from a list this window never saw loaded (say, after a reload). */
  let backendHasList = false;
  const have = () => store.summary() !== null || backendHasList;
  const budgetId = `rate-budget-${++panels}`;
  const loadButton = h('button', { type: 'button', 'data-action': 'load-consumed', 'aria-describedby': budgetId, onclick: () => { void startLoad(); } });
  const cancelButton = h('button', { type: 'button', 'data-action': 'cancel-load', hidden: true, onclick: () => { cancelButton.disabled = true; void store.cancel(); } }, 'Cancel');
  const fetched = h('span', { class: 'updated', 'data-field': 'fetched' });
  const bar = h('progress', { class: 'load-bar', 'aria-label': 'Pages of consumed licenses fetched' });
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
    h('summary', {}, 'Reserve'),
    h('label', {}, 'Keep ', reserveInput, ' % of the hourly limit for other tools'),
    h('p', { class: 'note', id: `${budgetId}-reserve-help` }, 'A load that would leave less asks first. Other scripts and tools that use the same token share its budget.'),
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
    loadButton.textContent = loaded ? 'Refresh' : loadLabel;
    loadButton.title = loaded ? 'Read every page of consumed licenses from GitHub again' : '';
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
    keptNote.replaceChildren('As of ',
      h('time', { datetime: s.fetched_at }, fmt.weekdayDateTime(s.fetched_at)),
      ' (kept) · Refresh to read GitHub now');
  }

  function tickFetched() {
    const s = store.summary();
    // The kept list's time is in its note.
    if (!s || s.from_history) {
      fetched.textContent = '';
      return;
    }
    fetched.textContent = `Fetched ${fetchedWords(s.fetched_at)}`;
    fetched.title = fmt.dateTime(s.fetched_at);
  }

  /** @param {FetchProgress | null} p */
  function paintProgress(p) {
    stopCountdown();
    progressBox.dataset.state = p?.state ?? 'starting';
    // During a pause for the rate limit the one way out is to stop the load.
    cancelButton.textContent = p?.state === 'waiting_rate_limit' ? 'Stop' : 'Cancel';
    if (!p) {
      bar.removeAttribute('value');
      text.textContent = 'Asking GitHub for the first page…';
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
        const pages = p.pages_total ? `Page ${fmt.number(p.pages_done)} of ${fmt.number(p.pages_total)}` : `Page ${fmt.number(p.pages_done)}`;
        text.textContent = `${pages} · ${fmt.number(p.rows)} rows`;
        if (Date.now() - spokenAt > SPEAK_EVERY_MS) speak(`Fetching consumed licenses: ${text.textContent}.`);
        break;
      }
      case 'waiting_rate_limit': {
        const until = new Date(p.until).getTime();
        const end = Number.isNaN(until) ? Date.now() + p.seconds * 1000 : until;
        const paint = () => {
          const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
          text.textContent = `GitHub’s rate limit is used up: waiting ${duration(left)}${Number.isNaN(until) ? '' : ` (until ${fmt.time(p.until)}, when it resets)`}, then the fetch goes on by itself. Stop ends the load.`;
          text.dataset.secondsLeft = String(left);
        };
        paint();
        countdown = setInterval(paint, 1000);
        speak(`GitHub’s rate limit is used up: waiting ${duration(p.seconds)}.`);
        break;
      }
      case 'retrying': {
        text.textContent = `GitHub did not answer properly (${p.reason}): trying again in ${duration(Math.ceil(p.wait_ms / 1000))}, attempt ${p.attempt}.`;
        speak(`Retrying, attempt ${p.attempt}: ${p.reason}.`);
        break;
      }
      case 'done': {
        if (bar.max) bar.value = bar.max;
        text.textContent = `All pages fetched · ${fmt.number(p.rows)} rows`;
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
    const requests = `cost ${fmt.number(c.budget_spent)} ${c.budget_spent === 1 ? 'request' : 'requests'}`;
    const pages = `${fmt.number(c.pages)} ${c.pages === 1 ? 'page' : 'pages'}`;
    return c.refreshed
      ? `Refreshed: ${pages}, ${fmt.number(c.not_modified)} unchanged (${requests})`
      : `Loaded: ${pages} (${requests})`;
  }

  /** "resets at 09:16", or nothing when GitHub did not say. @param {RateBudget} b */
  function resets(b) {
    return b.reset_at ? `; resets at ${fmt.time(b.reset_at)}` : '';
  }

  /** @param {LoadEstimate} e */
  function paintEstimate(e) {
    const b = e.budget;
    if (!b) return;
    let words = e.requests === null
      ? `${fmt.number(b.remaining)} of ${fmt.number(b.limit)} requests left this hour${resets(b)}.`
      : `${have() ? 'A refresh costs' : 'A load costs'} about ${fmt.number(e.requests)} of your ${fmt.number(b.remaining)} remaining requests${resets(b)}.`;
    if (e.wait_seconds !== null) words += ` That is more than is left: the load will pause until the limit resets.`;
    else if (e.cuts_into_reserve) words += ` It cuts into the ${e.reserve_percent}% reserve (${fmt.number(e.reserve)} requests).`;
    budgetLine.textContent = words;
    budgetBox.dataset.cutsIntoReserve = String(e.cuts_into_reserve);
    budgetBox.hidden = false;
  }

  /** The budget as it stands, for free (GET /rate_limit): before the count is known. */
  async function showBudget() {
    try {
      const b = (await rateBudget()).core;
      if (!b || estimated) return;
      budgetLine.textContent = `Your token has ${fmt.number(b.remaining)} of ${fmt.number(b.limit)} requests left this hour${resets(b)}. A load costs one request per 100 consumers.`;
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
        speak('Not loaded: the reserve stays for other tools.');
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
    const left = b ? `Your token has ${fmt.number(b.remaining)} requests left${resets(b)}` : 'Your token has little left';
    const cost = e.requests === null ? 'This load' : `This load costs about ${fmt.number(e.requests)} requests.`;
    const pause = e.wait_seconds !== null ? ' GitHub’s limit cannot pay for all of it, so the load will pause until the limit resets (you can stop it then).' : '';
    const answer = await askModal({
      name: 'rate-reserve',
      titleId: `${budgetId}-ask-title`,
      textId: `${budgetId}-ask-text`,
      content: [
        h('h2', { id: `${budgetId}-ask-title` }, 'Use the reserve of the token’s rate limit?'),
        h('p', { id: `${budgetId}-ask-text` }, `${cost} ${left}, and the load would leave less than the ${e.reserve_percent}% (${fmt.number(e.reserve)} requests) kept for other tools and scripts that use the same token.${pause}`),
      ],
      cancel: /** @type {HTMLButtonElement} */ (h('button', { type: 'button', 'data-action': 'cancel' }, 'Not now')),
      confirm: /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'primary', 'data-action': 'confirm' }, 'Load anyway')),
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
      reserveSaved.textContent = 'Enter a whole number from 0 to 100.';
      return;
    }
    setRateReserveSetting(pct).then((saved) => {
      reserveSaved.textContent = `Saved: ${saved}% kept in reserve.`;
      if (estimated) void showEstimate();
    }, (/** @type {{ message?: string }} */ err) => {
      reserveSaved.textContent = err?.message ?? 'The reserve could not be saved.';
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
        speak('Loading consumed licenses from GitHub.');
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
          speak(`Loaded ${fmt.number(e.summary.rows)} license consumers.${cost ? ` ${cost}` : ''}`);
        }
        break;
      case 'cancelled':
        stopCountdown();
        paintButtons();
        outcome.replaceChildren(h('p', { class: 'note', 'data-field': 'load-cancelled' },
          store.summary() ? 'Cancelled. The list below is still the one fetched before.' : 'Cancelled. Nothing was loaded.'));
        speak('Loading consumed licenses was cancelled.');
        break;
      case 'failed':
        stopCountdown();
        paintButtons();
        outcome.replaceChildren(problem(e.error, 'The consumed licenses could not be loaded'));
        speak('The consumed licenses could not be loaded.');
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
  if (failed && !store.loading()) outcome.replaceChildren(problem(failed, 'The consumed licenses could not be loaded'));

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
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** "3 minutes ago", or the date when older than a day. @param {string} iso */
export function fetchedWords(iso) {
  const age = Date.now() - new Date(iso).getTime();
  if (Number.isNaN(age)) return iso;
  return age > 86_400_000 ? `on ${fmt.dateTime(iso)}` : `${fmt.ago(iso)} (${fmt.time(iso)})`;
}
