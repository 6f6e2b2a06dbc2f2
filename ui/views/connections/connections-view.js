// The Connections screen: the GHEC enterprise and the GHES instances the app talks to,
// their secrets (set, replaced or removed here, never shown back: the backend only says
// whether one is set), and Test connection per target. Shapes are hinted as you type; the
// backend's verdict on Save is the one that counts, field by field.
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
import { rich, t } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem } from '../../lib/status.js';
import { confirmModal } from '../../widgets/dialog.js';
import { handoffSetting } from '../sync/handoff-setting.js';
import { monitorSettings } from '../monitor/monitor-settings.js';
import { ghecSection, ghesCard } from './cards.js';
import { draftOf, locate, saveSecrets, showSaveError } from './save.js';

/** @typedef {import('../../bindings/Connections').Connections} Connections */
/** @typedef {import('../../bindings/ConnectionsDraft').ConnectionsDraft} ConnectionsDraft */
/** @typedef {import('../../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../../bindings/ConnectionTest').ConnectionTest} ConnectionTest */
/** @typedef {import('../../bindings/SecretStatus').SecretStatus} SecretStatus */
/** @typedef {import('../../bindings/SecretKind').SecretKind} SecretKind */
/** @typedef {import('../../bindings/SecretKeep').SecretKeep} SecretKeep */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {import('./section.js').Section} Section */

/**
 * @typedef {object} Deps
 * @property {() => Promise<Connections>} load
 * @property {(draft: ConnectionsDraft) => Promise<Connections>} save
 * @property {(id: string) => Promise<Connections>} removeInstance
 * @property {(target: ConnectionTarget, kind: SecretKind, value: string, keep: SecretKeep) => Promise<SecretStatus>} setSecret
 * @property {(target: ConnectionTarget, kind: SecretKind) => Promise<SecretStatus>} deleteSecret
 * @property {(target: ConnectionTarget) => Promise<ConnectionTest>} test
 * @property {{ get: () => Promise<import("../../bindings/OpenIn").OpenIn>, set: (how: import("../../bindings/OpenIn").OpenIn) => Promise<unknown> }} [handoff] where hand-offs open GitHub's pages
 * @property {import('../monitor/monitor-settings.js').MonitorDeps} [monitor] Background checks (saved on their own, not by Save)
 */

/** Test results of this session, by target key, kept while the admin visits other screens. @type {Map<string, ConnectionTest>} */
const results = new Map();

/**
 * Mounts the Connections screen.
 * @param {HTMLElement} root
 * @param {Deps} deps
 */
export function mountConnectionsView(root, deps) {
  /** @type {Connections | null} */
  let current = null;
  let saving = false;
  let dirty = false;
  let destroyed = false;
  let newKeys = 0;
  /** @type {Set<string>} targets being tested */
  const testing = new Set();

  const saveButton = h('button', { type: 'button', class: 'primary', 'data-action': 'save', title: t('connections-save.title'), onclick: () => { void save(); } }, t('connections-save'));
  const dirtyNote = h('span', { class: 'updated', 'data-field': 'dirty', hidden: true }, t('connections-unsaved'));
  const where = h('p', { class: 'lead', 'data-field': 'where' });
  const saveStatus = h('div', { 'data-region': 'save-status', 'aria-live': 'polite' });
  const body = h('div', { 'data-region': 'connections' }, h('p', { class: 'loading' }, t('connections-loading')));
  const monitor = deps.monitor ? monitorSettings(deps.monitor) : null;
  // Listeners go on this wrapper, not on `root` (the shared <main>), so they go with it.
  const screen = h('div', { class: 'connections-screen' },
    h('div', { class: 'screen-head' }, h('h1', {}, t('connections-title')), dirtyNote, h('div', { class: 'actions' }, saveButton)),
    where,
    saveStatus,
    body,
    deps.handoff ? handoffSetting(deps.handoff) : null,
    monitor?.el);
  root.replaceChildren(screen);

  /** @type {Section | null} */
  let ghec = null;
  /** @type {Section[]} */
  let cards = [];
  /** @type {HTMLElement | null} */
  let cardList = null;

  /** @type {import('./cards.js').CardContext} */
  const ctx = {
    deps,
    ghecSaved: () => Boolean(current?.ghec),
    newKey: () => ++newKeys,
    onTest: (s) => { void test(s); },
    onRemove: (s, opener) => { void removeInstance(s, opener); },
    earlier: (key) => results.get(key),
  };

  function markDirty() {
    if (dirty) return;
    dirty = true;
    dirtyNote.hidden = false;
  }

  function clean() {
    dirty = false;
    dirtyNote.hidden = true;
  }

  async function load() {
    root.setAttribute('aria-busy', 'true');
    try {
      const c = await deps.load();
      if (destroyed) return;
      render(c);
      addAsked();
    } catch (e) {
      body.replaceChildren(problem(asErrorReport(e), t('connections-load-failed')));
    } finally {
      root.setAttribute('aria-busy', 'false');
    }
  }

  /** @param {Connections} c */
  function render(c) {
    current = c;
    where.replaceChildren(...whereWords(c));
    saveButton.disabled = c.saving.to === 'off';
    ghec = ghecSection(ctx, c);
    cards = c.ghes.map((g) => ghesCard(ctx, c.mode, g));
    cardList = h('div', { class: 'connection-list' }, cards.map((s) => s.el));
    const add = h('button', { type: 'button', 'data-action': 'add-instance', onclick: () => addInstance() }, t('connections-add-instance'));
    body.replaceChildren(
      ghec.el,
      h('section', { 'aria-labelledby': 'ghes-title', class: 'connections-ghes' },
        h('div', { class: 'section-head' },
          h('h2', { id: 'ghes-title' }, t('connections-ghes-title')),
          add),
        cards.length ? null : h('p', { class: 'note', 'data-field': 'no-instances' }, t('connections-no-instances')),
        cardList),
    );
    clean();
  }

  /** @param {string} [hostname] prefilled (the License screen's "Add to Connections") */
  function addInstance(hostname) {
    if (!current || !cardList) return;
    const card = ghesCard(ctx, current.mode, null);
    cards.push(card);
    cardList.append(card.el);
    body.querySelector('[data-field="no-instances"]')?.remove();
    markDirty();
    card.focusFirst();
    const host = card.fields.hostname?.input;
    if (typeof hostname === 'string' && host) {
      host.value = hostname;
      host.dispatchEvent(new Event('input', { bubbles: true }));
      announce(t('connections-instance-added-host', { hostname }));
    } else {
      announce(t('connections-instance-added'));
    }
  }

  /**
   * `#/connections?add-ghes=HOST` (the License screen's "Add to Connections" for an instance
   * GitHub knows): a new instance with that host name, unless it is already configured.
   */
  function addAsked() {
    const query = location.hash.split('?')[1] ?? '';
    const hostname = new URLSearchParams(query).get('add-ghes')?.trim();
    if (!hostname || !current) return;
    // Once: a reload of the screen must not add it again.
    history.replaceState(null, '', location.hash.split('?')[0]);
    const known = current.ghes.find((g) => g.settings.hostname.toLowerCase() === hostname.toLowerCase());
    if (known) {
      announce(t('connections-instance-known', { hostname }));
      return;
    }
    addInstance(hostname);
  }

  /**
   * @param {Section} s
   * @param {HTMLButtonElement} opener
   */
  async function removeInstance(s, opener) {
    const name = s.title();
    const ok = await confirmModal({
      title: s.id ? t('connections-remove-title', { name }) : t('connections-remove-new-title'),
      text: s.id ? t('connections-remove-text', { name }) : t('connections-remove-new-text'),
      action: t('connections-remove-instance'),
    });
    if (!ok) {
      opener.focus();
      return;
    }
    try {
      if (s.id) await deps.removeInstance(s.id);
      results.delete(s.key);
      cards = cards.filter((c) => c !== s);
      s.el.remove();
      if (current && s.id) current = { ...current, ghes: current.ghes.filter((g) => g.settings.id !== s.id) };
      /** @type {HTMLElement | null} */ (body.querySelector('[data-action="add-instance"]'))?.focus();
      announce(s.id ? t('connections-removed', { name }) : t('connections-removed-new'));
    } catch (e) {
      s.showResult(problem(asErrorReport(e), t('connections-remove-failed', { name })));
      opener.focus();
    }
  }

  /**
   * Saves the settings, then the secrets typed since. Resolves true when everything is saved.
   * @returns {Promise<boolean>}
   */
  async function save() {
    if (saving || !current) return false;
    saving = true;
    saveButton.setAttribute('aria-busy', 'true');
    saveButton.disabled = true;
    saveStatus.replaceChildren();
    for (const s of [ghec, ...cards]) s?.clearErrors();
    let ok = false;
    try {
      /** @type {Connections} */
      let saved;
      try {
        saved = await deps.save(draftOf(ghec, cards));
      } catch (e) {
        showSaveError(saveStatus, asErrorReport(e), (path) => locate(ghec, cards, path));
        return false;
      }
      // The draft's order is the backend's: new instances have their ids now.
      cards.forEach((c, i) => { c.id = saved.ghes[i]?.settings.id ?? c.id; });
      ok = await saveSecrets(ghec, cards, saved);
      const fresh = await deps.load();
      // Secrets the keyring refused stay typed, with the offer, across the re-render.
      const pending = [ghec, ...cards].flatMap((s) => (s ? s.secrets.filter((f) => f.pending()).map((f) => ({ index: s === ghec ? -1 : cards.indexOf(s), f })) : []));
      render(fresh);
      for (const { index, f } of pending) {
        const s = index === -1 ? ghec : cards[index];
        s?.secrets.find((x) => x.kind === f.kind)?.adopt(f);
      }
      if (pending.length) markDirty();
      const where = fresh.saving.to === 'demo_memory' ? 'memory' : 'file';
      saveStatus.replaceChildren(h('p', { class: ok ? 'all-good' : 'note', 'data-field': 'save-result' }, ok ? t('connections-saved', { where }) : t('connections-saved-pending', { where })));
      announce(ok ? t('connections-saved', { where }) : t('connections-saved-pending-announce'));
      return ok;
    } finally {
      saving = false;
      saveButton.removeAttribute('aria-busy');
      saveButton.disabled = current?.saving.to === 'off';
    }
  }

  /**
   * Tests one target; saves first when the form has changes, so what is tested is what is shown.
   * @param {Section} s
   */
  async function test(s) {
    if (testing.has(s.key)) return;
    if (dirty) {
      const index = s === ghec ? -1 : cards.indexOf(s);
      const ok = await save();
      if (!ok && dirty) return;
      const again = index === -1 ? ghec : cards[index];
      if (!again) return;
      s = again;
      s.focusTest();
    }
    const target = s.target();
    if (!target) return;
    const key = s.key;
    testing.add(key);
    s.showTesting();
    announce(t('connections-testing', { name: s.title() }));
    try {
      const r = await deps.test(target);
      results.set(key, r);
      if (destroyed) return;
      const live = [ghec, ...cards].find((x) => x?.key === key);
      live?.showTest(r);
      announce(r.result.status === 'connected'
        ? t('connections-test-connected-announce', { name: r.name, summary: r.result.summary })
        : t('connections-test-failed-announce', { name: r.name, message: r.result.error.message }));
    } catch (e) {
      s.showResult(problem(asErrorReport(e), t('connections-test-not-run')));
    } finally {
      testing.delete(key);
      s.doneTesting();
    }
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  }

  screen.addEventListener('input', markDirty);
  screen.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') markDirty();
  });
  document.addEventListener('keydown', onKey);
  void load();

  return {
    refresh: load,
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      monitor?.destroy();
    },
  };
}


/** @param {Connections} c @returns {(string | Node)[]} */
function whereWords(c) {
  switch (c.saving.to) {
    case 'demo_memory': return [rich(t('connections-where-demo'))];
    case 'file': return [tSlots('connections-where-file', {}, { path: h('code', { 'data-field': 'settings-path' }, c.saving.path) })];
    case 'off': return [rich(t('connections-where-off'))];
  }
}
