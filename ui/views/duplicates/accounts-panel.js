// Duplicates' "Load server accounts" step: the GHES accounts GitHub holds for every
// Enterprise Server instance of the enterprise (GraphQL), which name the server entries by
// login, profile name and primary email. A load reads tens of thousands of accounts and
// outlives the screen that started it, so its state lives in this module, not in a view:
// leaving Duplicates does not stop it, coming back shows its progress. Without it the
// analysis works from the license data alone.
import { h, paintLoadControls } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
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
  }, 'Cancel');
  const bar = h('progress', { class: 'load-bar', 'aria-label': 'Enterprise Server instances whose accounts were read' });
  const text = h('span', { class: 'progress-text', 'data-field': 'accounts-progress' });
  const progressBox = h('div', { class: 'load-progress', 'data-region': 'accounts-progress', hidden: true }, bar, text);
  const outcome = h('div', { 'data-region': 'accounts-outcome' });
  const el = h('section', { class: 'load-panel accounts-panel', 'data-region': 'server-accounts', 'aria-labelledby': 'server-accounts-title' },
    h('h2', { id: 'server-accounts-title', class: 'visually-hidden' }, 'Server accounts'),
    h('p', { class: 'note' }, 'GitHub’s license data names a GHES account only by its ID. Load server accounts to name them by login, profile name and primary email, the address GitHub compares with cloud accounts (read from GitHub’s Enterprise Server installations, with the same token).'),
    h('div', { class: 'load-actions' }, loadButton, cancelButton),
    progressBox,
    outcome);

  /** Reports a load this mount started or found running, once it ends. @param {Promise<ServerAccountsSummary | null>} p */
  async function follow(p) {
    if (watching === p) return;
    watching = p;
    speak('Loading server accounts from GitHub.');
    const s = await p;
    if (watching !== p) return;
    watching = null;
    if (s) {
      speak(`Loaded ${fmt.number(s.accounts)} server accounts of ${fmt.number(s.instances.length)} instance${s.instances.length === 1 ? '' : 's'}${s.complete ? '' : ', not all of them'}.`);
      onLoaded(s);
    } else if (session.cancelled) {
      speak('Loading server accounts was cancelled.');
    } else {
      speak('The server accounts could not be loaded.');
    }
  }

  function paint() {
    const loading = session.running !== null;
    loadButton.textContent = session.loaded ? 'Reload server accounts' : 'Load server accounts';
    paintLoadControls({ load: loadButton, cancel: cancelButton, progress: progressBox }, loading, Boolean(session.loaded));
    if (loading) paintProgress(session.progress);
    paintOutcome(loading);
  }

  /** @param {AccountsLoadProgress | null} p */
  function paintProgress(p) {
    progressBox.dataset.state = p?.state ?? 'starting';
    if (!p || p.state === 'installations') {
      bar.removeAttribute('value');
      text.textContent = 'Asking GitHub for the Enterprise Server instances it knows…';
      return;
    }
    switch (p.state) {
      case 'reading': {
        bar.max = Math.max(1, p.instances_total);
        bar.value = Math.min(p.instances_done, p.instances_total);
        const of = p.total_count !== null ? ` of ${fmt.number(p.total_count)}` : '';
        text.textContent = `${fmt.number(p.instances_done)} of ${fmt.number(p.instances_total)} instance${p.instances_total === 1 ? '' : 's'} done · ${fmt.number(p.accounts)}${of} accounts`;
        if (Date.now() - spokenAt > SPEAK_EVERY_MS) speak(`Loading server accounts: ${text.textContent}.`);
        break;
      }
      case 'waiting_rate_limit':
        text.textContent = `GitHub’s rate limit is used up: waiting ${fmt.number(p.seconds)} s (until ${fmt.time(p.until)}), then the load goes on by itself.`;
        speak(text.textContent);
        break;
      case 'retrying':
        text.textContent = `GitHub did not answer properly (${p.reason}): trying again in ${Math.ceil(p.wait_ms / 1000)} s, attempt ${p.attempt}.`;
        break;
      case 'done':
        text.textContent = `All instances read · ${fmt.number(p.accounts)} accounts`;
        break;
    }
  }

  /** @param {boolean} loading */
  function paintOutcome(loading) {
    const parts = [];
    if (!loading && session.error) parts.push(problem(session.error, 'The server accounts could not be loaded'));
    if (!loading && session.cancelled) {
      parts.push(h('p', { class: 'note', 'data-field': 'accounts-cancelled' },
        session.loaded ? 'Cancelled. The accounts loaded before are still used.' : 'Cancelled. No accounts were loaded; entries are named by ID.'));
    }
    const s = session.loaded;
    if (s) {
      parts.push(h('p', { class: s.complete ? 'all-good' : 'note', 'data-field': 'accounts-loaded' },
        `${fmt.number(s.accounts)} server accounts of ${fmt.number(s.instances.length)} instance${s.instances.length === 1 ? '' : 's'} loaded ${fmt.ago(s.loaded_at)} (${fmt.time(s.loaded_at)})`,
        s.instances.length ? `: ${s.instances.map((i) => i.host_name).join(', ')}.` : '.'));
      if (!s.complete) {
        parts.push(h('div', { class: 'warn-box', 'data-field': 'accounts-incomplete', role: 'note' },
          h('p', {}, h('strong', {}, 'GitHub gave only part of the accounts. '), 'Entries it did not give are named by ID, and a primary email that was not read is said to be unknown, never taken as absent:'),
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
