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
import { t, tRich } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../stores/watch-store.js').WatchStore} WatchStore */
/** @typedef {import('../../stores/watch-store.js').WatchEntry} WatchEntry */
/** @typedef {import('../../bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../../bindings/WatchKind').WatchKind} WatchKind */

/**
 * The state a panel shows.
 * @typedef {'starting' | 'waiting' | 'processing' | 'confirmed' | 'failed' | 'timed_out' | 'cancelled' | 'stopped' | 'skipped' | 'refused' | 'gone'} PanelState
 */

/** @type {Record<WatchKind, () => string>} */
const KIND_WORDS = {
  add_server_usage: () => t('sync-kind-add-server-usage'),
  sync_now: () => t('sync-kind-sync-now'),
  enable_license_sync: () => t('sync-kind-enable-license-sync'),
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
  const kind = KIND_WORDS[e.kind]?.() ?? e.kind;
  const what = e.oneClick ? (e.path === 'none' ? t('sync-one-click') : t('sync-one-click-kind', { kind })) : kind;
  return t('sync-what-for', { what, label: e.label });
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
  return t('sync-duration', { minutes: Math.floor(total / 60), seconds: total % 60 });
}

/**
 * What was handed off, in the words of the step the admin now takes.
 * @param {WatchEntry} e
 * @param {import('../../stores/watch-store.js').HandedOff} ho
 */
function handOffSentence(e, ho) {
  if (ho.file_path) return tRich('sync-handoff-upload', { opened_in: ho.opened_in });
  if (e.kind === 'enable_license_sync') return tRich('sync-handoff-enable', { opened_in: ho.opened_in, label: e.label });
  return tRich('sync-handoff-sync-now', { opened_in: ho.opened_in, label: e.label });
}

/** What to do after GitHub said no. @param {WatchEntry} e */
function failureFix(e) {
  if (e.kind === 'add_server_usage') return tRich('sync-fix-upload');
  if (e.kind === 'enable_license_sync') return tRich('sync-fix-enable');
  return tRich('sync-fix-sync-now');
}

/**
 * @param {WatchStore} store
 * @param {string} key
 * @param {{ idle?: string }} [opts] `idle`: text to show before any watch (else the panel hides)
 * @returns {{ el: HTMLElement, focus: () => void, destroy: () => void }}
 */
export function mountWatchPanel(store, key, opts = {}) {
  const el = h('section', { class: 'watch-panel', 'data-watch': key, 'aria-label': t('sync-panel.aria-label') });
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
      case 'starting': announce(t('sync-said-starting', { what })); break;
      case 'waiting': announce(e.cancelling ? t('sync-said-cancelling', { what }) : t('sync-said-waiting', { what })); break;
      case 'processing': if (e.last?.state === 'processing') announce(t('sync-said-processing', { what, message: e.last.message })); break;
      case 'confirmed': if (end?.type === 'event' && end.event.state === 'confirmed') announce(t('sync-said-confirmed', { what, summary: end.event.summary })); break;
      case 'failed': if (end?.type === 'event' && end.event.state === 'failed') announce(end.event.github_error ? t('sync-said-failed-github', { what, error: end.event.github_error }) : t('sync-said-failed', { what, message: end.event.message })); break;
      case 'timed_out': announce(t('sync-said-timed-out', { what })); break;
      case 'cancelled': announce(t('sync-said-cancelled', { what })); break;
      case 'stopped': announce(t('sync-said-stopped', { what })); break;
      case 'skipped': announce(t('sync-said-skipped', { what })); break;
      case 'refused': announce(t('sync-said-refused', { what })); break;
      case 'gone': announce(t('sync-said-gone', { what })); break;
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
        out.push(head(chip('chip-busy', t('sync-chip-starting'))),
          h('p', { 'data-field': 'watch-text' }, t('sync-starting')));
        break;
      case 'waiting': {
        elapsedEl = h('span', { class: 'elapsed', 'data-field': 'watch-elapsed', role: 'timer', 'aria-live': 'off' });
        out.push(head(chip('chip-busy', t('sync-chip-waiting'))),
          h('p', { class: 'watch-elapsed-line' }, tSlots('sync-waiting-elapsed', {}, { elapsed: elapsedEl })));
        break;
      }
      case 'processing': {
        const p = e.last?.state === 'processing' ? e.last : null;
        elapsedEl = h('span', { class: 'elapsed', 'data-field': 'watch-elapsed', role: 'timer', 'aria-live': 'off' });
        out.push(head(chip('chip-busy', t('sync-chip-processing'))),
          h('p', { 'data-field': 'watch-processing' }, p ? p.message : t('sync-processing')),
          p ? h('p', { class: 'sub' }, tSlots('sync-upload-state', { state: p.upload.sync_state }, { name: h('code', { 'data-field': 'watch-upload' }, p.upload.name) })) : null,
          h('p', { class: 'watch-elapsed-line' }, tSlots('sync-waiting-elapsed', {}, { elapsed: elapsedEl })));
        break;
      }
      case 'confirmed': {
        if (end?.type !== 'event' || end.event.state !== 'confirmed') break;
        const c = end.event;
        const moved = c.consumed_before !== null && c.consumed_after !== null;
        out.push(head(chip('chip-ok', t('sync-chip-confirmed'))),
          h('p', { 'data-field': 'watch-summary' }, c.summary),
          h('dl', { class: 'facts' },
            c.upload ? h('dt', {}, t('sync-upload-processed')) : null,
            c.upload ? h('dd', {}, h('code', { 'data-field': 'watch-upload' }, c.upload.name)) : null,
            h('dt', {}, t('sync-synced-at')),
            h('dd', { 'data-field': 'watch-synced-at', title: c.synced_at }, fmt.dateTime(c.synced_at)),
            moved ? h('dt', {}, t('sync-seats-consumed')) : null,
            moved ? h('dd', { 'data-field': 'watch-consumed' }, t('sync-consumed', { before: c.consumed_before, after: c.consumed_after })) : null));
        break;
      }
      case 'failed': {
        if (end?.type !== 'event' || end.event.state !== 'failed') break;
        const f = end.event;
        out.push(head(chip('chip-bad', t('sync-chip-failed'))),
          h('p', { 'data-field': 'watch-message' }, f.message),
          f.upload ? h('p', { class: 'sub' }, tSlots('sync-upload-state', { state: f.upload.sync_state }, { name: h('code', { 'data-field': 'watch-upload' }, f.upload.name) })) : null,
          f.github_error ? h('p', { class: 'github-says' }, tSlots('sync-github-says', {}, { error: h('q', { 'data-field': 'watch-github-error' }, f.github_error) })) : null,
          h('p', { class: 'fix', 'data-field': 'watch-fix' }, f.fix ?? failureFix(e)));
        break;
      }
      case 'timed_out':
      case 'stopped': {
        const ev = end && (end.type === 'event' || end.type === 'stopped') ? end.event : null;
        const to = ev && ev.state === 'timed_out' ? ev : null;
        out.push(head(chip('chip-warn', state === 'stopped' ? t('sync-chip-not-confirmed') : t('sync-chip-not-confirmed-yet'))),
          h('p', { 'data-field': 'watch-text' },
            `${to ? t('sync-no-new-sync-after', { since: fmt.dateTime(to.since), duration: spoken(to.elapsed_ms) }) : t('sync-no-new-sync')} `,
            state === 'stopped' ? t('sync-stopped-later') : t('sync-may-arrive')));
        break;
      }
      case 'cancelled':
        out.push(head(chip('chip-muted', t('sync-chip-stopped'))),
          h('p', { 'data-field': 'watch-text' }, t('sync-cancelled')));
        break;
      case 'skipped':
        out.push(head(chip('chip-muted', t('sync-chip-skipped'))),
          h('p', { 'data-field': 'watch-text' }, end?.type === 'skipped' ? end.reason : ''));
        break;
      case 'refused':
        out.push(head(chip('chip-bad', e.handedOff ? t('sync-chip-stopped') : t('sync-chip-not-started'))));
        if (end?.type === 'refused') out.push(problem(end.error));
        break;
      case 'gone': {
        const a = end?.type === 'gone' ? end.activity : null;
        const looks = a?.outcome === 'ok' ? ['chip-ok', t('sync-chip-confirmed')] : a?.outcome === 'failed' ? ['chip-bad', t('sync-chip-not-confirmed')] : ['chip-muted', t('sync-chip-ended')];
        out.push(head(chip(looks[0], looks[1])),
          h('p', { 'data-field': 'watch-text' }, a ? t('sync-gone-record', { summary: a.summary }) : t('sync-gone')),
          h('p', {}, h('a', { href: '#/activity' }, t('sync-see-activity'))));
        break;
      }
    }

    const ho = e.handedOff;
    if (ho && (state === 'waiting' || state === 'processing' || state === 'timed_out' || state === 'starting')) {
      out.push(h('div', { class: 'handoff', 'data-field': 'watch-handoff' },
        h('p', { 'data-field': 'watch-handoff-text' }, handOffSentence(e, ho)),
        ho.file_path ? h('p', { class: 'sub' }, tSlots('sync-handoff-file', {}, { path: h('code', { 'data-field': 'watch-file' }, ho.file_path) })) : null,
        h('p', { class: 'sub' }, tSlots('sync-handoff-page', {}, { url: h('code', { 'data-field': 'watch-url' }, ho.url) })),
        ho.notes && ho.notes.length ? h('ul', { class: 'notes', 'data-field': 'watch-notes' }, ho.notes.map((n) => h('li', {}, n))) : null));
    }

    const last = e.last;
    if ((state === 'waiting' && last?.state === 'waiting') || (state === 'processing' && last?.state === 'processing')) {
      const seen = last.last_seen;
      const polls = last.polls;
      const lastSync = seen ? (seen.relative ?? seen.last_sync?.raw ?? t('sync-last-sync-never')) : null;
      out.push(h('p', { class: 'sub', 'data-field': 'watch-last-seen' },
        lastSync === null ? t('sync-last-seen-none', { polls })
          : seen?.status ? t('sync-last-seen-status', { last: lastSync, status: seen.status, polls })
            : t('sync-last-seen', { last: lastSync, polls })));
      if (last.poll_error) {
        out.push(h('p', { class: 'poll-error', 'data-field': 'watch-poll-error' }, t('sync-poll-error', { message: last.poll_error.message })));
      }
    }

    // How the watch confirms, when GitHub's upload record is not (fully) read.
    const noted = end?.type === 'event' && (end.event.state === 'confirmed' || end.event.state === 'failed') ? end.event
      : !end && (last?.state === 'waiting' || last?.state === 'processing') ? last : null;
    if (noted?.note) out.push(h('p', { class: 'note', 'data-field': 'watch-note' }, noted.note));

    if (e.cancelError) out.push(problem(e.cancelError, t('sync-cancel-failed')));

    /** @type {HTMLElement[]} */
    const actions = [];
    if (state === 'starting' || state === 'waiting' || state === 'processing') {
      actions.push(h('button', {
        type: 'button', 'data-action': 'cancel-watch', disabled: e.cancelling || !e.busy,
        onclick: () => { void store.cancel(key); },
      }, e.cancelling ? t('sync-cancelling') : t('sync-cancel')));
    }
    if (state === 'timed_out') {
      actions.push(
        h('button', { type: 'button', class: 'primary', 'data-action': 'keep-watching', disabled: e.busy, onclick: () => { void store.keepWatching(key); } }, t('sync-keep-watching')),
        h('button', { type: 'button', 'data-action': 'stop-watch', disabled: e.busy, onclick: () => { store.stop(key); } }, t('sync-stop')));
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
