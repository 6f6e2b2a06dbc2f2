// Duplicates' "Load server accounts" step: the GHES accounts GitHub holds for every
// Enterprise Server instance of the enterprise (GraphQL), which name the server entries by
// login, profile name and primary email. A load reads tens of thousands of accounts and
// outlives the screen that started it, so its state lives in this module, not in a view:
// leaving Duplicates does not stop it, coming back shows its progress. Without it the
// analysis works from the license data alone.
import { h, paintLoadControls } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/AccountsLoadProgress').AccountsLoadProgress} AccountsLoadProgress */
/** @typedef {import('../../bindings/ServerAccountsSummary').ServerAccountsSummary} ServerAccountsSummary */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * @typedef {object} AccountsBackend
 * @property {(onProgress: (p: AccountsLoadProgress) => void) => Promise<ServerAccountsSummary>} load
 * @property {() => Promise<void>} cancel
 * @property {() => Promise<ServerAccountsSummary | null>} summary what the backend holds
 */

/** Routine progress is spoken at most this often; state changes at once. */
const SPEAK_EVERY_MS = 10_000;

/** The session's load, shared by every mount of the panel. */
const session = {
  /** @type {ServerAccountsSummary | null} */
  loaded: null,
  /** @type {Promise<ServerAccountsSummary | null> | null} */
  running: null,
  /** @type {AccountsLoadProgress | null} */
  progress: null,
  /** @type {ErrorReport | null} */
  error: null,
  cancelled: false,
  /** @type {Set<() => void>} */
  listeners: new Set(),
};

function changed() {
  for (const l of [...session.listeners]) l();
}

/**
 * Starts a load, or joins the one running.
 * @param {AccountsBackend} backend
 * @returns {Promise<ServerAccountsSummary | null>} null when cancelled or failed
 */
function start(backend) {
  if (session.running) return session.running;
  session.progress = null;
  session.error = null;
  session.cancelled = false;
  session.running = (async () => {
    try {
      const s = await backend.load((p) => {
        if (!session.running) return;
        session.progress = p;
        changed();
      });
      session.loaded = s;
      return s;
    } catch (e) {
      const error = asErrorReport(e);
      if (error.kind === 'cancelled') session.cancelled = true;
      else session.error = error;
      return null;
    } finally {
      session.running = null;
      session.progress = null;
      changed();
    }
  })();
  changed();
  return session.running;
}

/**
 * Mounts the step.
 * @param {AccountsBackend} backend
 * @param {(summary: ServerAccountsSummary) => void} onLoaded a new set of accounts: the analysis changes
 * @returns {{ el: HTMLElement, destroy: () => void }}
 */
export function mountAccountsPanel(backend, onLoaded) {
  let spokenAt = 0;
  /** @type {Promise<ServerAccountsSummary | null> | null} */
  let watching = null;
  const loadButton = h('button', {
    type: 'button', 'data-action': 'load-accounts',
    onclick: () => { void follow(start(backend)); },
  });
  const cancelButton = h('button', {
    type: 'button', 'data-action': 'cancel-accounts', hidden: true,
    onclick: () => { cancelButton.disabled = true; void backend.cancel(); },
  }, t('duplicates-accounts-cancel'));
  const bar = h('progress', { class: 'load-bar', 'aria-label': t('duplicates-accounts-progress-label') });
  const text = h('span', { class: 'progress-text', 'data-field': 'accounts-progress' });
  const progressBox = h('div', { class: 'load-progress', 'data-region': 'accounts-progress', hidden: true }, bar, text);
  const outcome = h('div', { 'data-region': 'accounts-outcome' });
  const el = h('section', { class: 'load-panel accounts-panel', 'data-region': 'server-accounts', 'aria-labelledby': 'server-accounts-title' },
    h('h2', { id: 'server-accounts-title', class: 'visually-hidden' }, t('duplicates-server-accounts')),
    h('p', { class: 'note' }, t('duplicates-accounts-intro')),
    h('div', { class: 'load-actions' }, loadButton, cancelButton),
    progressBox,
    outcome);

  /** Reports a load this mount started or found running, once it ends. @param {Promise<ServerAccountsSummary | null>} p */
  async function follow(p) {
    if (watching === p) return;
    watching = p;
    speak(t('duplicates-accounts-loading-spoken'));
    const s = await p;
    if (watching !== p) return;
    watching = null;
    if (s) {
      const args = { accounts: s.accounts, instances: s.instances.length };
      speak(s.complete ? t('duplicates-accounts-loaded-spoken', args) : t('duplicates-accounts-loaded-partial-spoken', args));
      onLoaded(s);
    } else if (session.cancelled) {
      speak(t('duplicates-accounts-cancelled-spoken'));
    } else {
      speak(t('duplicates-accounts-failed-spoken'));
    }
  }

  function paint() {
    const loading = session.running !== null;
    loadButton.textContent = session.loaded ? t('duplicates-accounts-reload') : t('duplicates-accounts-load');
    paintLoadControls({ load: loadButton, cancel: cancelButton, progress: progressBox }, loading, Boolean(session.loaded));
    if (loading) paintProgress(session.progress);
    paintOutcome(loading);
  }

  /** @param {AccountsLoadProgress | null} p */
  function paintProgress(p) {
    progressBox.dataset.state = p?.state ?? 'starting';
    if (!p || p.state === 'installations') {
      bar.removeAttribute('value');
      text.textContent = t('duplicates-accounts-asking');
      return;
    }
    switch (p.state) {
      case 'reading': {
        bar.max = Math.max(1, p.instances_total);
        bar.value = Math.min(p.instances_done, p.instances_total);
        const args = { done: p.instances_done, total: p.instances_total, accounts: p.accounts };
        text.textContent = p.total_count !== null
          ? t('duplicates-accounts-reading-of', { ...args, expected: p.total_count })
          : t('duplicates-accounts-reading', args);
        if (Date.now() - spokenAt > SPEAK_EVERY_MS) speak(t('duplicates-accounts-reading-spoken', { progress: text.textContent }));
        break;
      }
      case 'waiting_rate_limit':
        text.textContent = t('duplicates-accounts-waiting', { seconds: p.seconds, time: fmt.time(p.until) });
        speak(text.textContent);
        break;
      case 'retrying':
        text.textContent = t('duplicates-accounts-retrying', { reason: p.reason, seconds: Math.ceil(p.wait_ms / 1000), attempt: p.attempt });
        break;
      case 'done':
        text.textContent = t('duplicates-accounts-done', { accounts: p.accounts });
        break;
    }
  }

  /** @param {boolean} loading */
  function paintOutcome(loading) {
    const parts = [];
    if (!loading && session.error) parts.push(problem(session.error, t('duplicates-accounts-failed')));
    if (!loading && session.cancelled) {
      parts.push(h('p', { class: 'note', 'data-field': 'accounts-cancelled' },
        session.loaded ? t('duplicates-accounts-cancelled-kept') : t('duplicates-accounts-cancelled-nothing')));
    }
    const s = session.loaded;
    if (s) {
      parts.push(h('p', { class: s.complete ? 'all-good' : 'note', 'data-field': 'accounts-loaded' },
        s.instances.length
          ? t('duplicates-accounts-loaded', { ...loadedArgs(s), hosts: s.instances.map((i) => i.host_name).join(', ') })
          : t('duplicates-accounts-loaded-no-hosts', loadedArgs(s))));
      if (!s.complete) {
        parts.push(h('div', { class: 'warn-box', 'data-field': 'accounts-incomplete', role: 'note' },
          h('p', {}, h('strong', {}, `${t('duplicates-accounts-incomplete-title')} `), t('duplicates-accounts-incomplete-text')),
          h('ul', {}, s.notes.map((n) => h('li', {}, n)))));
      }
    }
    outcome.replaceChildren(...parts);
  }

  /** @param {string} words */
  function speak(words) {
    spokenAt = Date.now();
    announce(words);
  }

  session.listeners.add(paint);
  paint();
  if (session.running) void follow(session.running);
  else if (!session.loaded) {
    // The backend may hold accounts this window never saw loaded (after a reload).
    void backend.summary().then((s) => {
      if (s && !session.loaded && !session.running) {
        session.loaded = s;
        changed();
      }
    }).catch(() => {});
  }

  return {
    el,
    destroy() {
      session.listeners.delete(paint);
      watching = null;
    },
  };
}

/** "60,000 server accounts of 3 instances loaded 3 minutes ago (09:15)". @param {ServerAccountsSummary} s */
function loadedArgs(s) {
  return { accounts: s.accounts, instances: s.instances.length, ago: fmt.ago(s.loaded_at), time: fmt.time(s.loaded_at) };
}
