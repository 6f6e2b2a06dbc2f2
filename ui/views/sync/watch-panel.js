// The live status of one confirmation watch, as every screen shows it: what was handed off,
// "Waiting for GitHub" with the time since the hand-off (ticking every second between the
// backend's events), and how it ended. "Confirmed" appears only for the backend's
// `confirmed` event, GitHub read back; a time-out offers Keep watching (same hand-off time)
// and Stop; a failure shows GitHub's own words and what to do. While GitHub's upload record
// shows the hand-off's upload pending, the panel reads "GitHub is processing the upload
// NAME"; when that record cannot be read, the backend's note ("confirming by
// license-sync-status only") is shown with every state.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../stores/watch-store.js').WatchStore} WatchStore */
/** @typedef {import('../../stores/watch-store.js').WatchEntry} WatchEntry */
/** @typedef {import('../../bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../../bindings/WatchKind').WatchKind} WatchKind */

/**
 * The state a panel shows.
 * @typedef {'starting' | 'waiting' | 'processing' | 'confirmed' | 'failed' | 'timed_out' | 'cancelled' | 'stopped' | 'skipped' | 'refused' | 'gone'} PanelState
 */

/** @type {Record<WatchKind, string>} */
const KIND_WORDS = {
  add_server_usage: 'Add server usage',
  sync_now: 'Sync now',
  enable_license_sync: 'Enable automatic license sync',
};

/** @param {WatchEntry} e @returns {PanelState} */
export function panelState(e) {
  const end = e.end;
  if (end) {
    if (end.type === 'event') {
      const s = end.event.state;
      return s === 'handed_off' || s === 'waiting' ? 'waiting' : s;
    }
    return end.type;
  }
  if (e.last?.state === 'processing') return 'processing';
  return e.last || e.handedOff ? 'waiting' : 'starting';
}

/** "Sync now for github.acme.example". @param {WatchEntry} e */
export function watchWhat(e) {
  const kind = KIND_WORDS[e.kind] ?? e.kind;
  const what = e.oneClick ? (e.path === 'none' ? 'One-click sync' : `One-click sync (${kind})`) : kind;
  return `${what} for ${e.label}`;
}

/** "0:07", "12:40", "1:02:03". @param {number} ms */
export function clock(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const hrs = Math.floor(total / 3600);
  const ss = String(s).padStart(2, '0');
  return hrs ? `${hrs}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "42 seconds", "3 minutes 5 seconds". @param {number} ms */
function spoken(ms) {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const sec = `${s} second${s === 1 ? '' : 's'}`;
  if (m === 0) return sec;
  const min = `${m} minute${m === 1 ? '' : 's'}`;
  return s ? `${min} ${sec}` : min;
}

/** @param {string} how */
function where(how) {
  if (how === 'browser') return 'your browser';
  if (how === 'app_window') return 'a window of this app';
  return `“${how}”`;
}

/**
 * What was handed off, in the words of the step the admin now takes.
 * @param {WatchEntry} e
 * @param {import('../../stores/watch-store.js').HandedOff} ho
 */
function handOffSentence(e, ho) {
  if (ho.file_path) {
    return `Opened GitHub’s licensing page in ${where(ho.opened_in)}; the file is revealed in your file manager and its path is on the clipboard: drag it onto Add server usage.`;
  }
  if (e.kind === 'enable_license_sync') {
    return `Opened GitHub Connect on ${e.label} in ${where(ho.opened_in)}: enable “Server can sync user license count and usage” (License sync).`;
  }
  return `Opened the License page of ${e.label} in ${where(ho.opened_in)}: choose “Sync now” under License sync.`;
}

/** What to do after GitHub said no. @param {WatchEntry} e */
function failureFix(e) {
  if (e.kind === 'add_server_usage') {
    return 'Export the license usage again on the instance (Enterprise settings → License → Export license usage), check it here, and upload the new file. If GitHub keeps refusing it, the file may belong to another instance.';
  }
  if (e.kind === 'enable_license_sync') {
    return 'Check GitHub Connect on the instance (it must be connected to this enterprise), then try again, or use Add server usage with an exported file.';
  }
  return 'Check GitHub Connect and License sync on the instance’s settings, then Sync now again, or use Add server usage with an exported file.';
}

/**
 * @param {WatchStore} store
 * @param {string} key
 * @param {{ idle?: string }} [opts] `idle`: text to show before any watch (else the panel hides)
 * @returns {{ el: HTMLElement, focus: () => void, destroy: () => void }}
 */
export function mountWatchPanel(store, key, opts = {}) {
  const el = h('section', { class: 'watch-panel', 'data-watch': key, 'aria-label': 'Confirmation from GitHub' });
  /** @type {ReturnType<typeof setInterval> | null} */
  let ticker = null;
  /** @type {HTMLElement | null} */
  let elapsedEl = null;
  /** @type {string | null} */
  let shown = null;
  let first = true;

  function stopTicker() {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function tick() {
    const e = store.entry(key);
    if (!e || !elapsedEl) return;
    const ms = e.elapsedMs + (Date.now() - e.elapsedAt);
    elapsedEl.textContent = clock(ms);
    elapsedEl.setAttribute('aria-label', spoken(ms));
    elapsedEl.dataset.ms = String(ms);
  }

  function render() {
    const e = store.entry(key);
    const hadFocus = el.contains(document.activeElement);
    stopTicker();
    elapsedEl = null;
    if (!e) {
      el.replaceChildren(...(opts.idle ? [h('p', { class: 'note' }, opts.idle)] : []));
      el.hidden = !opts.idle;
      el.dataset.state = 'idle';
      return;
    }
    el.hidden = false;
    const state = panelState(e);
    el.dataset.state = state;
    el.replaceChildren(...body(e, state));
    if (state === 'starting' || state === 'waiting' || state === 'processing') {
      tick();
      ticker = setInterval(tick, 1000);
    }
    // Speak each new state once; the first paint (a screen coming back) stays quiet.
    const said = `${state}|${e.cancelling}|${e.startedAt}`;
    if (!first && said !== shown) speak(e, state);
    shown = said;
    first = false;
    if (hadFocus && !el.contains(document.activeElement)) focus();
  }

  function focus() {
    const target = /** @type {HTMLElement | null} */ (el.querySelector('button:not([disabled])') ?? el.querySelector('[data-field="watch-title"]'));
    target?.focus();
  }

  /** @param {WatchEntry} e @param {PanelState} state */
  function speak(e, state) {
    const what = watchWhat(e);
    const end = e.end;
    switch (state) {
      case 'starting': announce(`${what}: starting.`); break;
      case 'waiting': announce(e.cancelling ? `${what}: cancelling.` : `${what}: handed off. Waiting for GitHub.`); break;
      case 'processing': if (e.last?.state === 'processing') announce(`${what}: ${e.last.message}`); break;
      case 'confirmed': if (end?.type === 'event' && end.event.state === 'confirmed') announce(`${what}: confirmed by GitHub. ${end.event.summary}`); break;
      case 'failed': if (end?.type === 'event' && end.event.state === 'failed') announce(`${what} failed. ${end.event.github_error ? `GitHub says: ${end.event.github_error}` : end.event.message}`); break;
      case 'timed_out': announce(`${what}: not confirmed yet. Keep watching, or stop.`); break;
      case 'cancelled': announce(`${what}: stopped watching. Nothing was confirmed.`); break;
      case 'stopped': announce(`${what}: stopped. Not confirmed.`); break;
      case 'skipped': announce(`${what}: skipped.`); break;
      case 'refused': announce(`${what} could not go on.`); break;
      case 'gone': announce(`${what}: the watch ended.`); break;
    }
  }

  /**
   * @param {WatchEntry} e
   * @param {PanelState} state
   * @returns {Node[]}
   */
  function body(e, state) {
    const what = watchWhat(e);
    const end = e.end;
    /** @param {string} cls @param {string} text */
    const chip = (cls, text) => h('span', { class: `chip ${cls}`, 'data-field': 'watch-chip' }, text);
    /** @param {...(Node | string | null)} parts */
    const head = (...parts) => h('div', { class: 'watch-head' },
      ...parts,
      h('strong', { 'data-field': 'watch-title', tabindex: -1 }, what));
    /** @type {(Node | null)[]} */
    const out = [];
    switch (state) {
      case 'starting':
        out.push(head(chip('chip-busy', 'Starting')),
          h('p', { 'data-field': 'watch-text' }, 'Reading GitHub’s current state, then opening the page…'));
        break;
      case 'waiting': {
        elapsedEl = h('span', { class: 'elapsed', 'data-field': 'watch-elapsed', role: 'timer', 'aria-live': 'off' });
        out.push(head(chip('chip-busy', 'Waiting for GitHub')),
          h('p', { class: 'watch-elapsed-line' }, 'Waiting for GitHub · ', elapsedEl, ' since the hand-off'));
        break;
      }
      case 'processing': {
        const p = e.last?.state === 'processing' ? e.last : null;
        elapsedEl = h('span', { class: 'elapsed', 'data-field': 'watch-elapsed', role: 'timer', 'aria-live': 'off' });
        out.push(head(chip('chip-busy', 'GitHub is processing')),
          h('p', { 'data-field': 'watch-processing' }, p ? p.message : 'GitHub is processing the upload.'),
          p ? h('p', { class: 'sub' }, 'Upload: ', h('code', { 'data-field': 'watch-upload' }, p.upload.name), ` (${p.upload.sync_state})`) : null,
          h('p', { class: 'watch-elapsed-line' }, 'Waiting for GitHub · ', elapsedEl, ' since the hand-off'));
        break;
      }
      case 'confirmed': {
        if (end?.type !== 'event' || end.event.state !== 'confirmed') break;
        const c = end.event;
        const moved = c.consumed_before !== null && c.consumed_after !== null;
        out.push(head(chip('chip-ok', 'Confirmed')),
          h('p', { 'data-field': 'watch-summary' }, c.summary),
          h('dl', { class: 'facts' },
            c.upload ? h('dt', {}, 'Upload GitHub processed') : null,
            c.upload ? h('dd', {}, h('code', { 'data-field': 'watch-upload' }, c.upload.name)) : null,
            h('dt', {}, 'GitHub shows the sync at'),
            h('dd', { 'data-field': 'watch-synced-at', title: c.synced_at }, fmt.dateTime(c.synced_at)),
            moved ? h('dt', {}, 'Seats consumed') : null,
            moved ? h('dd', { 'data-field': 'watch-consumed' }, `consumed ${fmt.number(c.consumed_before)} → ${fmt.number(c.consumed_after)}`) : null));
        break;
      }
      case 'failed': {
        if (end?.type !== 'event' || end.event.state !== 'failed') break;
        const f = end.event;
        out.push(head(chip('chip-bad', 'Failed')),
          h('p', { 'data-field': 'watch-message' }, f.message),
          f.upload ? h('p', { class: 'sub' }, 'Upload: ', h('code', { 'data-field': 'watch-upload' }, f.upload.name), ` (${f.upload.sync_state})`) : null,
          f.github_error ? h('p', { class: 'github-says' }, 'GitHub says: ', h('q', { 'data-field': 'watch-github-error' }, f.github_error)) : null,
          h('p', { class: 'fix', 'data-field': 'watch-fix' }, f.fix ?? failureFix(e)));
        break;
      }
      case 'timed_out':
      case 'stopped': {
        const ev = end && (end.type === 'event' || end.type === 'stopped') ? end.event : null;
        const t = ev && ev.state === 'timed_out' ? ev : null;
        const since = t ? `${fmt.dateTime(t.since)}` : 'the hand-off';
        out.push(head(chip('chip-warn', state === 'stopped' ? 'Not confirmed' : 'Not confirmed yet')),
          h('p', { 'data-field': 'watch-text' }, `GitHub shows no new sync since ${since}${t ? `, after ${spoken(t.elapsed_ms)} of watching` : ''}. `,
            state === 'stopped'
              ? 'You stopped watching: if GitHub takes it later, the License screen shows it.'
              : 'It can still arrive: GitHub sometimes takes longer.'));
        break;
      }
      case 'cancelled':
        out.push(head(chip('chip-muted', 'Stopped')),
          h('p', { 'data-field': 'watch-text' }, 'You stopped watching. Nothing was confirmed; if GitHub takes it anyway, the License screen and Activity show it.'));
        break;
      case 'skipped':
        out.push(head(chip('chip-muted', 'Skipped')),
          h('p', { 'data-field': 'watch-text' }, end?.type === 'skipped' ? end.reason : ''));
        break;
      case 'refused':
        out.push(head(chip('chip-bad', e.handedOff ? 'Stopped' : 'Not started')));
        if (end?.type === 'refused') out.push(problem(end.error));
        break;
      case 'gone': {
        const a = end?.type === 'gone' ? end.activity : null;
        const looks = a?.outcome === 'ok' ? ['chip-ok', 'Confirmed'] : a?.outcome === 'failed' ? ['chip-bad', 'Not confirmed'] : ['chip-muted', 'Ended'];
        out.push(head(chip(looks[0], looks[1])),
          h('p', { 'data-field': 'watch-text' }, a ? `The watch ended while this screen was away. The Activity record says: ${a.summary}` : 'The watch ended while this screen was away.'),
          h('p', {}, h('a', { href: '#/activity' }, 'See Activity')));
        break;
      }
    }

    const ho = e.handedOff;
    if (ho && (state === 'waiting' || state === 'processing' || state === 'timed_out' || state === 'starting')) {
      out.push(h('div', { class: 'handoff', 'data-field': 'watch-handoff' },
        h('p', { 'data-field': 'watch-handoff-text' }, handOffSentence(e, ho)),
        ho.file_path ? h('p', { class: 'sub' }, 'File: ', h('code', { 'data-field': 'watch-file' }, ho.file_path)) : null,
        h('p', { class: 'sub' }, 'Page: ', h('code', { 'data-field': 'watch-url' }, ho.url)),
        ho.notes && ho.notes.length ? h('ul', { class: 'notes', 'data-field': 'watch-notes' }, ho.notes.map((n) => h('li', {}, n))) : null));
    }

    const last = e.last;
    if ((state === 'waiting' && last?.state === 'waiting') || (state === 'processing' && last?.state === 'processing')) {
      const seen = last.last_seen;
      out.push(h('p', { class: 'sub', 'data-field': 'watch-last-seen' },
        `GitHub shows now: last sync ${seen ? (seen.relative ?? seen.last_sync?.raw ?? 'never') : 'none for this instance'}${seen?.status ? ` (${seen.status})` : ''} · checked ${last.polls} time${last.polls === 1 ? '' : 's'}.`));
      if (last.poll_error) {
        out.push(h('p', { class: 'poll-error', 'data-field': 'watch-poll-error' }, `The last check failed, and is retried: ${last.poll_error.message}`));
      }
    }

    // How the watch confirms, when GitHub's upload record is not (fully) read.
    const noted = end?.type === 'event' && (end.event.state === 'confirmed' || end.event.state === 'failed') ? end.event
      : !end && (last?.state === 'waiting' || last?.state === 'processing') ? last : null;
    if (noted?.note) out.push(h('p', { class: 'note', 'data-field': 'watch-note' }, noted.note));

    if (e.cancelError) out.push(problem(e.cancelError, 'The watch could not be cancelled'));

    /** @type {HTMLElement[]} */
    const actions = [];
    if (state === 'starting' || state === 'waiting' || state === 'processing') {
      actions.push(h('button', {
        type: 'button', 'data-action': 'cancel-watch', disabled: e.cancelling || !e.busy,
        onclick: () => { void store.cancel(key); },
      }, e.cancelling ? 'Cancelling…' : 'Cancel'));
    }
    if (state === 'timed_out') {
      actions.push(
        h('button', { type: 'button', class: 'primary', 'data-action': 'keep-watching', disabled: e.busy, onclick: () => { void store.keepWatching(key); } }, 'Keep watching'),
        h('button', { type: 'button', 'data-action': 'stop-watch', disabled: e.busy, onclick: () => { store.stop(key); } }, 'Stop'));
    }
    if (actions.length) out.push(h('div', { class: 'watch-actions' }, actions));
    return out.filter(/** @returns {n is Node} */ (n) => n !== null);
  }

  const unsubscribe = store.subscribe((k) => { if (k === key) render(); });
  render();

  return {
    el,
    focus,
    destroy() {
      unsubscribe();
      stopTicker();
    },
  };
}
