// The Load / Refresh control of the consumed-licenses list, with its progress: pages done of
// the total, rows so far, GitHub's rate-limit waits with a countdown, retries, and Cancel.
// Every screen that needs the list (Consumed licenses, Duplicates, the License screen's
// seat chart) shows this same control over the shared store, so they all see one load.
import { h, paintLoadControls } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../stores/consumed-store.js').ConsumedStore} ConsumedStore */
/** @typedef {import('../../stores/consumed-store.js').StoreEvent} StoreEvent */
/** @typedef {import('../../bindings/FetchProgress').FetchProgress} FetchProgress */

/** Routine page progress is spoken at most this often; state changes at once. */
const SPEAK_EVERY_MS = 10_000;

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
  const loadButton = h('button', { type: 'button', 'data-action': 'load-consumed', onclick: () => { void store.load(have()); } });
  const cancelButton = h('button', { type: 'button', 'data-action': 'cancel-load', hidden: true, onclick: () => { cancelButton.disabled = true; void store.cancel(); } }, 'Cancel');
  const fetched = h('span', { class: 'updated', 'data-field': 'fetched' });
  const bar = h('progress', { class: 'load-bar', 'aria-label': 'Pages of consumed licenses fetched' });
  const text = h('span', { class: 'progress-text', 'data-field': 'progress-text' });
  const progressBox = h('div', { class: 'load-progress', 'data-region': 'load-progress', hidden: true }, bar, text);
  const outcome = h('div', { 'data-region': 'load-outcome' });
  const el = h('div', { class: 'load-panel' },
    h('div', { class: 'load-actions' }, loadButton, cancelButton, opts.showFetched === false ? null : fetched),
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
    tickFetched();
  }

  function tickFetched() {
    const s = store.summary();
    if (!s) {
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
          text.textContent = `GitHub’s rate limit is used up: waiting ${duration(left)}${Number.isNaN(until) ? '' : ` (until ${fmt.time(p.until)})`}, then the fetch goes on by itself.`;
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
      case 'loaded':
        stopCountdown();
        paintButtons();
        outcome.replaceChildren();
        speak(`Loaded ${fmt.number(e.summary.rows)} license consumers.`);
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
