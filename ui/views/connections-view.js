// The Connections screen: the GHEC enterprise and the GHES instances the app talks to,
// their secrets (set, replaced or removed here, never shown back: the backend only says
// whether one is set), and Test connection per target. Shapes are hinted as you type; the
// backend's verdict on Save is the one that counts, field by field.
import { h } from '../lib/dom.js';
import { handoffSetting } from './handoff-setting.js';
import { announce, problem } from '../lib/status.js';

/** @typedef {import('../bindings/Connections').Connections} Connections */
/** @typedef {import('../bindings/ConnectionsDraft').ConnectionsDraft} ConnectionsDraft */
/** @typedef {import('../bindings/GhesDraft').GhesDraft} GhesDraft */
/** @typedef {import('../bindings/GhesConnection').GhesConnection} GhesConnection */
/** @typedef {import('../bindings/GhecConnection').GhecConnection} GhecConnection */
/** @typedef {import('../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../bindings/ConnectionTest').ConnectionTest} ConnectionTest */
/** @typedef {import('../bindings/SecretStatus').SecretStatus} SecretStatus */
/** @typedef {import('../bindings/SecretKind').SecretKind} SecretKind */
/** @typedef {import('../bindings/SecretKeep').SecretKeep} SecretKeep */
/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {import('../bindings/Mode').Mode} Mode */
/** @typedef {{ message: string, fix: string }} Hint */

/**
 * @typedef {object} Deps
 * @property {() => Promise<Connections>} load
 * @property {(draft: ConnectionsDraft) => Promise<Connections>} save
 * @property {(id: string) => Promise<Connections>} removeInstance
 * @property {(target: ConnectionTarget, kind: SecretKind, value: string, keep: SecretKeep) => Promise<SecretStatus>} setSecret
 * @property {(target: ConnectionTarget, kind: SecretKind) => Promise<SecretStatus>} deleteSecret
 * @property {(target: ConnectionTarget) => Promise<ConnectionTest>} test
 * @property {{ get: () => Promise<import("../bindings/OpenIn").OpenIn>, set: (how: import("../bindings/OpenIn").OpenIn) => Promise<unknown> }} [handoff] where hand-offs open GitHub's pages
 */

/** Test results of this session, by target key, kept while the admin visits other screens. */
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

  const saveButton = h('button', { type: 'button', class: 'primary', 'data-action': 'save', title: 'Save the connections (Ctrl+S)', onclick: () => { void save(); } }, 'Save');
  const dirtyNote = h('span', { class: 'updated', 'data-field': 'dirty', hidden: true }, 'Unsaved changes');
  const where = h('p', { class: 'lead', 'data-field': 'where' });
  const saveStatus = h('div', { 'data-region': 'save-status', 'aria-live': 'polite' });
  const body = h('div', { 'data-region': 'connections' }, h('p', { class: 'loading' }, 'Loading the connections…'));
  const dialog = confirmDialog();
  // Listeners go on this wrapper, not on `root` (the shared <main>), so they go with it.
  const screen = h('div', { class: 'connections-screen' },
    h('div', { class: 'screen-head' }, h('h1', {}, 'Connections'), dirtyNote, h('div', { class: 'actions' }, saveButton)),
    where,
    saveStatus,
    body,
    deps.handoff ? handoffSetting(deps.handoff) : null,
    dialog.el);
  root.replaceChildren(screen);

  /** @type {Section | null} */
  let ghec = null;
  /** @type {Section[]} */
  let cards = [];
  /** @type {HTMLElement | null} */
  let cardList = null;

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
    } catch (e) {
      body.replaceChildren(problem(asReport(e), 'The connections could not be loaded'));
    } finally {
      root.setAttribute('aria-busy', 'false');
    }
  }

  /** @param {Connections} c */
  function render(c) {
    current = c;
    where.replaceChildren(...whereWords(c));
    saveButton.disabled = c.saving.to === 'off';
    ghec = ghecSection(c);
    cards = c.ghes.map((g) => ghesCard(c.mode, g));
    cardList = h('div', { class: 'connection-list' }, cards.map((s) => s.el));
    const add = h('button', { type: 'button', 'data-action': 'add-instance', onclick: addInstance }, 'Add instance');
    body.replaceChildren(
      ghec.el,
      h('section', { 'aria-labelledby': 'ghes-title', class: 'connections-ghes' },
        h('div', { class: 'section-head' },
          h('h2', { id: 'ghes-title' }, 'GitHub Enterprise Server instances'),
          add),
        cards.length ? null : h('p', { class: 'note', 'data-field': 'no-instances' }, 'No instance yet. Add one with its host name and a site administrator’s token.'),
        cardList),
    );
    clean();
  }

  function addInstance() {
    if (!current || !cardList) return;
    const card = ghesCard(current.mode, null);
    cards.push(card);
    cardList.append(card.el);
    body.querySelector('[data-field="no-instances"]')?.remove();
    markDirty();
    card.focusFirst();
    announce('A new GHES instance was added. Enter its host name, then save.');
  }

  /**
   * The enterprise section.
   * @param {Connections} c
   * @returns {Section}
   */
  function ghecSection(c) {
    const g = c.ghec;
    const key = 'ghec';
    const apiHost = field({ id: 'ghec-api-host', name: 'ghec.api_host', label: 'API host', value: g ? g.api_host : '',
      placeholder: 'api.github.com', hint: 'api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.', check: checkApiHost });
    const slug = field({ id: 'ghec-enterprise', name: 'ghec.enterprise', label: 'Enterprise slug', value: g ? g.settings.enterprise : '',
      placeholder: 'acme', hint: 'As in github.com/enterprises/SLUG: lowercase letters, digits and hyphens.', check: checkSlug });
    const web = field({ id: 'ghec-web-url', name: 'ghec.web_url', label: 'Web address for hand-offs', value: g?.settings.web_url ?? '',
      placeholder: !g ? 'derived: https://github.com' : g.web_url ? `derived: ${g.web_url}` : 'none derived for this API address', hint: 'Where the app opens GitHub’s pages. Leave empty to derive it from the API host.', check: null });
    const token = secretField({ id: 'ghec-token', kind: 'token', label: 'Token', mode: c.mode, status: g ? g.token : { state: 'not_set' },
      hint: 'A classic personal access token of an enterprise owner, with the read:enterprise scope.',
      target: () => (current?.ghec ? { target: 'ghec' } : null), deps });
    const s = section({
      key,
      target: () => ({ target: 'ghec' }),
      titleId: 'ghec-title',
      title: 'GitHub Enterprise Cloud',
      fields: { api_host: apiHost, enterprise: slug, web_url: web },
      secrets: [token],
      content: [apiHost.el, slug.el, web.el, token.el],
    });
    s.el.setAttribute('data-target', 'ghec');
    return s;
  }

  /**
   * One GHES instance card; `g` is null for a new one.
   * @param {Mode} mode
   * @param {GhesConnection | null} g
   * @returns {Section}
   */
  function ghesCard(mode, g) {
    const uid = g ? `ghes-${g.settings.id}` : `ghes-new-${++newKeys}`;
    const key = g ? `ghes:${g.settings.id}` : uid;
    const st = g?.settings;
    const host = field({ id: `${uid}-hostname`, name: 'hostname', label: 'Host name', value: st?.hostname ?? '',
      placeholder: 'github.example.com', hint: 'The instance’s name as on its certificate, e.g. github.example.com (optionally :port). No https://, no path.', check: checkHostname });
    const https = h('input', { type: 'checkbox', id: `${uid}-https`, 'data-input': 'https', checked: st ? st.https : true });
    const httpWarning = h('p', { class: 'warn-box', 'data-field': 'http-warning', hidden: true },
      h('strong', {}, 'Plain HTTP: '),
      'the token and everything the instance answers travel unencrypted. Use it only for an instance without TLS, on a network you trust.');
    const httpsRow = h('div', { class: 'field check' },
      h('div', { class: 'check-row' }, https, h('label', { for: `${uid}-https` }, 'Use HTTPS')),
      h('div', { 'aria-live': 'polite' }, httpWarning));
    const showHttp = () => { httpWarning.hidden = https.checked; };
    https.addEventListener('change', showHttp);
    showHttp();

    const token = secretField({ id: `${uid}-token`, kind: 'token', label: 'REST token', mode, status: g ? g.token : { state: 'not_set' },
      hint: 'A classic personal access token of a site administrator (GHES accepts no fine-grained tokens here).', target: () => target(), deps });
    const manage = secretField({ id: `${uid}-manage`, kind: 'manage_password', label: 'Management Console password (optional)', mode, status: g ? g.manage_password : { state: 'not_set' },
      hint: 'For the Manage API (license check, Upload a new license). Leave empty if you do not use it.', target: () => target(), deps });
    const ca = field({ id: `${uid}-ca`, name: 'ca_bundle', label: 'Custom CA bundle (optional)', value: st?.ca_bundle ?? '',
      placeholder: 'none: the system’s CAs only', hint: 'Full path of a PEM file with your company’s CA certificate(s), trusted in addition to the system’s, e.g. /etc/ssl/certs/acme-ca.pem.', check: null });

    const sshOn = h('input', { type: 'checkbox', id: `${uid}-ssh`, 'data-input': 'ssh', checked: Boolean(st?.ssh) });
    const sshUser = field({ id: `${uid}-ssh-user`, name: 'ssh.user', label: 'User', value: st?.ssh?.user ?? 'admin', placeholder: 'admin', hint: null, check: null });
    const sshPort = field({ id: `${uid}-ssh-port`, name: 'ssh.port', label: 'Port', value: st?.ssh ? String(st.ssh.port) : '122', placeholder: '122', hint: null, check: checkPort, inputmode: 'numeric' });
    const sshHost = field({ id: `${uid}-ssh-host`, name: 'ssh.host', label: 'Host (if not the host name)', value: st?.ssh?.host ?? '', placeholder: '', hint: null, check: null });
    const sshFields = h('fieldset', { class: 'ssh-fields' },
      h('legend', { class: 'visually-hidden' }, 'Admin shell'),
      sshUser.el, sshPort.el, sshHost.el,
      h('p', { class: 'hint' }, 'Keys, agent, known_hosts and ProxyJump come from your own OpenSSH setup.'));
    const showSsh = () => { sshFields.hidden = !sshOn.checked; };
    sshOn.addEventListener('change', showSsh);
    showSsh();

    const label = field({ id: `${uid}-label`, name: 'label', label: 'Display name', value: st?.label ?? '', placeholder: st?.hostname ?? '', hint: null, check: null });
    const apiUrl = field({ id: `${uid}-api`, name: 'api_url', label: 'API address', value: st?.api_url ?? '', placeholder: 'https://HOST/api/v3',
      hint: 'Only when the REST API is not at https://HOST/api/v3 (another port or path, or the built-in emulator).', check: null });
    const advanced = h('details', { class: 'advanced', open: Boolean(st?.api_url || st?.label) || false },
      h('summary', {}, 'More settings'), label.el, apiUrl.el);

    const removeButton = h('button', { type: 'button', 'data-action': 'remove-instance', class: 'danger' }, 'Remove instance');
    const s = section({
      key,
      target: () => target(),
      titleId: `${uid}-title`,
      title: st ? (st.label || st.hostname) : 'New instance',
      fields: { hostname: host, ca_bundle: ca, 'ssh.user': sshUser, 'ssh.port': sshPort, 'ssh.host': sshHost, label, api_url: apiUrl },
      secrets: [token, manage],
      content: [host.el, httpsRow, token.el, manage.el, ca.el,
        h('div', { class: 'field check' }, h('div', { class: 'check-row' }, sshOn, h('label', { for: `${uid}-ssh` }, 'Export over the admin shell (SSH)'))),
        sshFields, advanced],
      extraActions: [removeButton],
    });
    s.el.setAttribute('data-instance', st?.id ?? '');
    s.el.classList.add('card-instance');
    /** @type {string | null} */
    s.id = st?.id ?? null;
    s.draft = () => ({
      id: s.id,
      hostname: host.input.value,
      https: https.checked,
      api_url: apiUrl.input.value,
      label: label.input.value,
      ssh: sshOn.checked ? { user: sshUser.input.value, host: sshHost.input.value, port: sshPort.input.value } : null,
      ca_bundle: ca.input.value,
    });
    /** @returns {ConnectionTarget | null} */
    function target() {
      return s.id ? { target: 'ghes', id: s.id } : null;
    }
    removeButton.addEventListener('click', () => { void removeInstance(s, removeButton); });
    host.input.addEventListener('input', () => {
      if (!st) s.setTitle(host.input.value.trim() || 'New instance');
    });
    return s;
  }

  /**
   * @param {Section} s
   * @param {HTMLButtonElement} opener
   */
  async function removeInstance(s, opener) {
    const name = s.title();
    const ok = await dialog.ask(
      s.id ? `Remove ${name}?` : 'Remove this new instance?',
      s.id
        ? `${name} is removed from the connections, and its token and Management Console password are deleted from the OS keyring.`
        : 'Nothing about it was saved yet.',
      'Remove instance',
    );
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
      announce(s.id ? `${name} was removed, with its secrets.` : 'The new instance was removed.');
    } catch (e) {
      s.showResult(problem(asReport(e), `${name} could not be removed`));
      opener.focus();
    }
  }

  /** @returns {ConnectionsDraft} */
  function draft() {
    return {
      ghec: ghec ? {
        api_host: ghec.fields.api_host.input.value,
        enterprise: ghec.fields.enterprise.input.value,
        web_url: ghec.fields.web_url.input.value,
      } : null,
      ghes: cards.map((c) => /** @type {GhesDraft} */ (c.draft?.())),
    };
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
        saved = await deps.save(draft());
      } catch (e) {
        showSaveError(asReport(e));
        return false;
      }
      // The draft's order is the backend's: new instances have their ids now.
      cards.forEach((c, i) => { c.id = saved.ghes[i]?.settings.id ?? c.id; });
      ok = await saveSecrets(saved);
      const fresh = await deps.load();
      // Secrets the keyring refused stay typed, with the offer, across the re-render.
      const pending = [ghec, ...cards].flatMap((s) => (s ? s.secrets.filter((f) => f.pending()).map((f) => ({ index: s === ghec ? -1 : cards.indexOf(s), f })) : []));
      render(fresh);
      for (const { index, f } of pending) {
        const s = index === -1 ? ghec : cards[index];
        s?.secrets.find((x) => x.kind === f.kind)?.adopt(f);
      }
      if (pending.length) markDirty();
      const words = fresh.saving.to === 'demo_memory' ? 'Saved in memory (demo): nothing was written to disk.' : 'Saved.';
      saveStatus.replaceChildren(h('p', { class: ok ? 'all-good' : 'note', 'data-field': 'save-result' }, ok ? words : `${words} Some secrets need your attention below.`));
      announce(ok ? words : 'The settings were saved; some secrets need your attention.');
      return ok;
    } finally {
      saving = false;
      saveButton.removeAttribute('aria-busy');
      saveButton.disabled = current?.saving.to === 'off';
    }
  }

  /**
   * Stores every secret typed since the last save, in the keyring.
   * @param {Connections} saved
   */
  async function saveSecrets(saved) {
    let all = true;
    for (const s of [ghec, ...cards]) {
      if (!s) continue;
      for (const f of s.secrets) {
        if (!f.pending()) continue;
        const target = s === ghec ? (saved.ghec ? { target: /** @type {'ghec'} */ ('ghec') } : null) : s.target();
        if (!target) {
          f.showError({ kind: 'not_configured', message: 'GitHub Enterprise Cloud is not set up, so its token was not saved.', fix: 'Enter the enterprise slug, then save again.', github_message: null, documentation_url: null, retry_after_seconds: null });
          all = false;
          continue;
        }
        all = (await f.store(target, 'keyring')) && all;
      }
    }
    return all;
  }

  /** @param {ErrorReport} e */
  function showSaveError(e) {
    const fields = e.fields ?? [];
    /** @type {HTMLElement | null} */
    let first = null;
    for (const p of fields) {
      const found = locate(p.field);
      if (found) {
        found.setError({ message: p.message, fix: p.fix });
        first ??= found.input;
      }
    }
    const count = fields.length;
    saveStatus.replaceChildren(count
      ? h('div', { class: 'problem', 'data-error-kind': e.kind },
        h('p', {}, h('strong', {}, count === 1 ? '1 field needs attention' : `${count} fields need attention`)),
        h('p', { class: 'fix' }, 'Nothing was saved. The fields are marked below.'))
      : problem(e, 'The connections were not saved'));
    announce(count ? `Not saved: ${count === 1 ? '1 field needs' : `${count} fields need`} attention.` : `Not saved: ${e.message}`);
    first?.focus();
  }

  /**
   * The field a backend path such as `ghes.1.ssh.port` names.
   * @param {string} path
   * @returns {Field | null}
   */
  function locate(path) {
    const parts = path.split('.');
    if (parts[0] === 'ghec') return ghec?.fields[parts.slice(1).join('.')] ?? null;
    if (parts[0] === 'ghes') return cards[Number(parts[1])]?.fields[parts.slice(2).join('.')] ?? null;
    return null;
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
    announce(`Testing the connection to ${s.title()}…`);
    try {
      const r = await deps.test(target);
      results.set(key, r);
      if (destroyed) return;
      const live = [ghec, ...cards].find((x) => x?.key === key);
      live?.showTest(r);
      announce(r.result.status === 'connected'
        ? `${r.name}: connected. ${r.result.summary}`
        : `${r.name}: failed. ${r.result.error.message}`);
    } catch (e) {
      s.showResult(problem(asReport(e), 'The test could not run'));
    } finally {
      testing.delete(key);
      s.doneTesting();
    }
  }

  /**
   * A titled block with fields, secrets, a status chip, Test connection and its result.
   * @param {{ key: string, target: () => ConnectionTarget | null, titleId: string, title: string, fields: Record<string, Field>, secrets: SecretField[], content: HTMLElement[], extraActions?: HTMLElement[] }} o
   * @returns {Section}
   */
  function section(o) {
    const heading = h('h2', { id: o.titleId }, o.title);
    const chip = h('span', { class: 'chip chip-muted', 'data-field': 'status-chip', 'data-state': 'not_tested' }, 'not tested');
    const testButton = h('button', { type: 'button', 'data-action': 'test' }, 'Test connection');
    const result = h('div', { class: 'test-result', 'data-region': 'test-result', 'aria-live': 'polite' });
    const el = h('section', { class: 'card connection', 'aria-labelledby': o.titleId },
      h('div', { class: 'card-head' }, heading, chip, h('div', { class: 'actions' }, testButton, ...(o.extraActions ?? []))),
      h('div', { class: 'fields' }, o.content),
      result);
    /** @type {Section} */
    const s = {
      key: o.key,
      el,
      fields: o.fields,
      secrets: o.secrets,
      id: null,
      draft: null,
      target: o.target,
      title: () => heading.textContent ?? '',
      setTitle: (t) => { heading.textContent = t; },
      focusFirst: () => { Object.values(o.fields)[0]?.input.focus(); },
      focusTest: () => { testButton.focus(); },
      clearErrors: () => {
        for (const f of Object.values(o.fields)) f.setError(null);
      },
      showTesting: () => {
        setChip('testing', 'testing…', 'chip chip-busy');
        testButton.setAttribute('aria-busy', 'true');
        testButton.disabled = true;
        result.replaceChildren(h('p', { class: 'loading', 'data-field': 'testing' }, `Testing the connection to ${heading.textContent}…`));
      },
      doneTesting: () => {
        testButton.removeAttribute('aria-busy');
        testButton.disabled = false;
      },
      showTest: (r) => {
        if (r.result.status === 'connected') {
          setChip('connected', 'connected', 'chip chip-ok');
          result.replaceChildren(connected(r));
        } else {
          setChip('failed', 'failed', 'chip chip-bad');
          result.replaceChildren(problem(r.result.error, 'Test connection failed'), timing(r));
        }
      },
      showResult: (node) => { result.replaceChildren(node); },
    };
    /** @param {string} state @param {string} text @param {string} cls */
    function setChip(state, text, cls) {
      chip.className = cls;
      chip.setAttribute('data-state', state);
      chip.textContent = text;
    }
    testButton.addEventListener('click', () => { void test(s); });
    const earlier = results.get(o.key);
    if (earlier) s.showTest(earlier);
    return s;
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
    },
  };
}

/**
 * @typedef {object} Section
 * @property {string} key
 * @property {HTMLElement} el
 * @property {Record<string, Field>} fields
 * @property {SecretField[]} secrets
 * @property {string | null} id
 * @property {(() => GhesDraft) | null} draft
 * @property {() => ConnectionTarget | null} target
 * @property {() => string} title
 * @property {(t: string) => void} setTitle
 * @property {() => void} focusFirst
 * @property {() => void} focusTest
 * @property {() => void} clearErrors
 * @property {() => void} showTesting
 * @property {() => void} doneTesting
 * @property {(r: ConnectionTest) => void} showTest
 * @property {(node: Node) => void} showResult
 */

/**
 * @typedef {object} Field
 * @property {HTMLElement} el
 * @property {HTMLInputElement} input
 * @property {(h: Hint | null) => void} setError
 */

/**
 * A labelled text input with a hint and an inline problem. `check` gives as-you-type
 * hints once the field was left once (or the backend refused it).
 * @param {{ id: string, name: string, label: string, value: string, placeholder: string, hint: string | null, check: ((v: string) => Hint | null) | null, inputmode?: string }} o
 * @returns {Field}
 */
function field(o) {
  const hintId = `${o.id}-hint`;
  const errorId = `${o.id}-error`;
  const input = h('input', {
    type: 'text', id: o.id, name: o.name, value: o.value, placeholder: o.placeholder,
    autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', inputmode: o.inputmode,
    'aria-describedby': o.hint ? `${hintId} ${errorId}` : errorId,
  });
  const error = h('div', { id: errorId, class: 'field-error', 'data-field': 'field-error', hidden: true });
  const el = h('div', { class: 'field', 'data-name': o.name },
    h('label', { for: o.id }, o.label),
    input,
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
    error);
  let touched = false;
  /** @param {Hint | null} p */
  function setError(p) {
    if (p) {
      error.replaceChildren(h('p', { 'data-field': 'field-message' }, p.message), h('p', { class: 'fix', 'data-field': 'field-fix' }, p.fix));
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      el.classList.add('invalid');
    } else {
      error.replaceChildren();
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      el.classList.remove('invalid');
    }
  }
  const check = o.check;
  if (check) {
    input.addEventListener('input', () => { if (touched) setError(check(input.value)); });
    input.addEventListener('blur', () => { touched = true; setError(check(input.value)); });
  }
  return { el, input, setError: (p) => { touched = true; setError(p); } };
}

/**
 * @typedef {object} SecretField
 * @property {SecretKind} kind
 * @property {HTMLElement} el
 * @property {() => boolean} pending a value was typed and not stored yet
 * @property {(target: ConnectionTarget, keep: SecretKeep) => Promise<boolean>} store
 * @property {(e: ErrorReport) => void} showError
 * @property {(from: SecretField) => void} adopt takes over a typed value and its offer
 * @property {() => { value: string, offer: ErrorReport | null }} handOver
 */

/**
 * A secret input that is never filled back: the backend only says whether a secret is
 * set, and where. Replace / Remove when one is set; "keep for this session only" when
 * the keyring is not available.
 * @param {{ id: string, kind: SecretKind, label: string, mode: Mode, status: SecretStatus, hint: string, target: () => ConnectionTarget | null, deps: Deps }} o
 * @returns {SecretField}
 */
function secretField(o) {
  const deps = o.deps;
  let status = o.status;
  let replacing = false;
  /** @type {ErrorReport | null} */
  let offered = null;
  const input = h('input', {
    type: 'password', id: o.id, autocomplete: 'new-password', spellcheck: 'false',
    'aria-describedby': `${o.id}-hint ${o.id}-status`, 'data-secret-input': o.kind,
  });
  const replace = h('button', { type: 'button', 'data-action': 'replace-secret' }, 'Replace');
  const remove = h('button', { type: 'button', 'data-action': 'remove-secret' }, 'Remove');
  const cancel = h('button', { type: 'button', 'data-action': 'cancel-replace' }, 'Cancel');
  const statusLine = h('p', { id: `${o.id}-status`, class: 'secret-status', 'data-field': 'secret-status', 'aria-live': 'polite' });
  const offer = h('div', { class: 'offer', 'data-region': 'keyring-offer', hidden: true });
  const el = h('div', { class: 'field secret', 'data-secret': o.kind },
    h('label', { for: o.id }, o.label),
    h('div', { class: 'secret-row' }, input, replace, remove, cancel),
    h('p', { id: `${o.id}-hint`, class: 'hint' }, o.hint),
    statusLine,
    offer);

  function paint() {
    const set = status.state === 'keyring' || status.state === 'session';
    const where = status.state === 'keyring' ? 'saved in the OS keyring'
      : status.state === 'session' ? (o.mode === 'demo' ? 'kept in memory (demo)' : 'kept for this session only')
        : '';
    input.placeholder = set ? `••••• ${where}` : status.state === 'unknown' ? 'Not known: the keyring did not answer' : 'Not set';
    input.disabled = set && !replacing;
    replace.hidden = !set || replacing;
    remove.hidden = !set || replacing;
    cancel.hidden = !replacing;
    el.setAttribute('data-state', status.state);
    statusLine.className = 'secret-status';
    if (status.state === 'unknown') {
      statusLine.textContent = `The keyring could not be asked: ${status.error.message}`;
      statusLine.classList.add('bad');
    } else if (replacing) {
      statusLine.textContent = 'Type the new value; it replaces the saved one when you save.';
    } else {
      statusLine.textContent = set ? `Set: ${where}.` : 'Not set.';
    }
  }

  replace.addEventListener('click', () => {
    replacing = true;
    paint();
    input.focus();
  });
  cancel.addEventListener('click', () => {
    replacing = false;
    input.value = '';
    hideOffer();
    paint();
    replace.focus();
  });
  remove.addEventListener('click', async () => {
    const target = o.target();
    if (!target) return;
    remove.setAttribute('aria-busy', 'true');
    try {
      status = await deps.deleteSecret(target, o.kind);
      replacing = false;
      input.value = '';
      paint();
      input.focus();
      announce(`${o.label} removed.`);
    } catch (e) {
      showError(asReport(e));
    } finally {
      remove.removeAttribute('aria-busy');
    }
  });

  /**
   * @param {ConnectionTarget} target
   * @param {SecretKeep} keep
   * @returns {Promise<boolean>}
   */
  async function store(target, keep) {
    try {
      status = await deps.setSecret(target, o.kind, input.value, keep);
      input.value = '';
      replacing = false;
      hideOffer();
      paint();
      return true;
    } catch (e) {
      const report = asReport(e);
      if (report.kind === 'keyring_unavailable' && keep === 'keyring') showOffer(report, target);
      else showError(report);
      return false;
    }
  }

  /**
   * @param {ErrorReport} report
   * @param {ConnectionTarget} target
   */
  function showOffer(report, target) {
    offered = report;
    const keepButton = h('button', { type: 'button', class: 'primary', 'data-action': 'keep-session' }, 'Keep for this session only');
    const drop = h('button', { type: 'button', 'data-action': 'discard-secret' }, 'Don’t keep it');
    keepButton.addEventListener('click', async () => {
      if (await store(target, 'session')) {
        announce(`${o.label} kept for this session only; it is forgotten when the app quits.`);
        input.focus();
      }
    });
    drop.addEventListener('click', () => {
      input.value = '';
      hideOffer();
      paint();
      input.focus();
      announce(`${o.label} was not kept.`);
    });
    offer.replaceChildren(
      h('p', {}, h('strong', {}, 'The OS keyring is not available, so this was not saved.')),
      h('p', { 'data-field': 'offer-message' }, report.message),
      h('p', {}, 'You can keep it in memory for this session only: it is forgotten when the app quits, and never written to a file.'),
      h('div', { class: 'actions' }, keepButton, drop));
    offer.hidden = false;
    offer.setAttribute('role', 'alert');
  }

  function hideOffer() {
    offered = null;
    offer.hidden = true;
    offer.removeAttribute('role');
    offer.replaceChildren();
  }

  /** @param {ErrorReport} e */
  function showError(e) {
    offer.replaceChildren(problem(e, `${o.label} was not saved`));
    offer.hidden = false;
    offer.setAttribute('role', 'alert');
  }

  paint();
  /** @type {SecretField} */
  const self = {
    kind: o.kind,
    el,
    pending: () => input.value.length > 0,
    store,
    showError,
    handOver: () => ({ value: input.value, offer: offered }),
    adopt: (from) => {
      const { value, offer: report } = from.handOver();
      if (!value) return;
      if (status.state === 'keyring' || status.state === 'session') replacing = true;
      input.value = value;
      paint();
      const target = o.target();
      if (report && target) showOffer(report, target);
    },
  };
  return self;
}

/** @param {ConnectionTest} r */
function connected(r) {
  if (r.result.status !== 'connected') return h('div', {});
  const l = r.result.learned;
  const facts = [];
  if (l.kind === 'ghes') {
    facts.push(h('dt', {}, 'Version'), h('dd', { 'data-field': 'learned-version' }, l.version ? `GHES ${l.version}` : 'unknown'));
    facts.push(h('dt', {}, 'Management Console'), h('dd', { 'data-field': 'manage-api' },
      l.manage_api.state === 'no_password' ? 'no password saved: the Manage API is not used' : l.manage_api.reason));
  } else {
    facts.push(h('dt', {}, 'Server instances'), h('dd', { 'data-field': 'learned-instances' }, String(l.server_instances)));
    if (l.token_scopes) facts.push(h('dt', {}, 'Token scopes'), h('dd', { 'data-field': 'token-scopes' }, l.token_scopes.join(', ') || 'none'));
  }
  return h('div', { class: 'test-ok' },
    h('p', { class: 'all-good', 'data-field': 'test-summary' }, r.result.summary),
    h('dl', { class: 'facts' }, facts),
    timing(r));
}

/** @param {ConnectionTest} r */
function timing(r) {
  const secs = r.duration_ms < 1000 ? `${r.duration_ms} ms` : `${(r.duration_ms / 1000).toFixed(1)} s`;
  const at = new Date(r.tested_at);
  const when = Number.isNaN(at.getTime()) ? r.tested_at : at.toLocaleTimeString();
  return h('p', { class: 'note', 'data-field': 'test-timing' }, `Tested at ${when}, in ${secs}.`);
}

/** @param {Connections} c @returns {(string | Node)[]} */
function whereWords(c) {
  switch (c.saving.to) {
    case 'demo_memory': return [h('strong', {}, 'Demo: '), 'these are the demo’s connections to the built-in GitHub emulator. Saving changes them in memory until you quit; nothing is written to disk, and secrets stay in memory.'];
    case 'file': return ['Saved to ', h('code', { 'data-field': 'settings-path' }, c.saving.path), '. Tokens and passwords go to the OS keyring, never to this file.'];
    case 'off': return [h('strong', {}, 'Saving is off: '), 'the settings file is from a newer version of the app or could not be read (see the warning above), and nothing is written over it.'];
  }
}

/**
 * Any failure as an ErrorReport.
 * @param {unknown} e
 * @returns {ErrorReport}
 */
function asReport(e) {
  if (e && typeof e === 'object' && 'kind' in e && 'message' in e) return /** @type {ErrorReport} */ (e);
  const message = typeof e === 'string' ? e : e instanceof Error ? e.message : JSON.stringify(e);
  return { kind: 'ipc', message, fix: 'Try again. If it keeps failing, restart the app; details are in its log (stderr).', github_message: null, documentation_url: null, retry_after_seconds: null };
}

/**
 * The confirmation dialog (a native modal <dialog>: focus stays inside, Escape cancels).
 */
function confirmDialog() {
  const title = h('h2', { id: 'confirm-title' });
  const text = h('p', { id: 'confirm-text' });
  const yes = h('button', { type: 'button', class: 'danger', 'data-action': 'confirm' }, 'Remove');
  const no = h('button', { type: 'button', 'data-action': 'cancel', autofocus: true }, 'Cancel');
  const el = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text', 'data-dialog': 'confirm' },
    title, text, h('div', { class: 'actions' }, no, yes));
  /** @type {((v: boolean) => void) | null} */
  let answer = null;
  /** @param {boolean} v */
  const finish = (v) => {
    if (el.open) el.close();
    answer?.(v);
    answer = null;
  };
  yes.addEventListener('click', () => finish(true));
  no.addEventListener('click', () => finish(false));
  el.addEventListener('cancel', (e) => { e.preventDefault(); finish(false); });
  return {
    el,
    /**
     * @param {string} t
     * @param {string} body
     * @param {string} action
     * @returns {Promise<boolean>}
     */
    ask(t, body, action) {
      title.textContent = t;
      text.textContent = body;
      yes.textContent = action;
      el.showModal();
      no.focus();
      return new Promise((resolve) => { answer = resolve; });
    },
  };
}

// --- As-you-type hints: the shapes the backend checks, so the admin learns before saving.

/** @param {string} v @returns {Hint | null} */
export function checkSlug(v) {
  const s = v.trim();
  if (!s) return null;
  const shape = 'Use the slug from your enterprise’s address, github.com/enterprises/SLUG: lowercase letters, digits and hyphens.';
  const m = /\/enterprises\/([^/?#]*)/.exec(s);
  if (m) return { message: `“${s}” is an address, not a slug.`, fix: `Enter only the part after /enterprises/: ${m[1]}.` };
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(s)) return null;
  const message = /[A-Z]/.test(s) ? `“${s}” has capital letters; enterprise slugs are lowercase.`
    : /\s/.test(s) ? `“${s}” contains a space, which enterprise slugs never contain.`
      : /[^a-z0-9-]/.test(s) ? `“${s}” contains “${(/[^a-z0-9-]/.exec(s) ?? [''])[0]}”, which enterprise slugs never contain.`
        : `“${s}” starts or ends with a hyphen, which enterprise slugs never do.`;
  const suggestion = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return { message, fix: suggestion ? `Enterprise slugs are lowercase letters, digits and hyphens: did you mean ${suggestion}?` : shape };
}

/** @param {string} v @returns {Hint | null} */
export function checkHostname(v) {
  const s = v.trim();
  if (!s) return { message: 'The host name is empty.', fix: 'Enter the instance’s host name, e.g. github.example.com.' };
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(s);
  if (scheme) return { message: `“${s}” includes a scheme (http:// or https://).`, fix: `Enter only the host name: ${scheme[1]}. HTTPS is a setting of its own.` };
  if (/[/?#]/.test(s)) return { message: `“${s}” includes a path.`, fix: `Enter only the host name: ${s.split(/[/?#]/)[0]}. The app adds /api/v3 itself.` };
  if (/[@\s]/.test(s)) return { message: `“${s}” is not a host name.`, fix: 'Enter only the host name, e.g. github.example.com, without a user name or spaces.' };
  if (s.startsWith('[') || (s.match(/:/g) ?? []).length > 1) return null; // IPv6: the backend checks it
  const [host, port] = s.split(':');
  if (port !== undefined) {
    const p = checkPort(port);
    if (p || port === '') return p ?? { message: `“${s}” ends with a colon.`, fix: 'Remove it, or add the port number.' };
  }
  const name = host.replace(/\.$/, '');
  if (/^[\d.]+$/.test(name)) {
    const parts = name.split('.');
    return parts.length === 4 && parts.every((x) => x !== '' && Number(x) <= 255) ? null
      : { message: `“${host}” is not a valid IP address.`, fix: 'Enter a host name such as github.example.com, or an IP address.' };
  }
  for (const label of name.split('.')) {
    if (!label) return { message: `“${host}” has an empty part between dots.`, fix: 'Enter a host name such as github.example.com.' };
    const bad = /[^a-z0-9-]/i.exec(label);
    if (bad) return { message: `“${host}” contains “${bad[0]}”, which host names never contain.`, fix: 'Host names have letters, digits, hyphens and dots.' };
    if (label.startsWith('-') || label.endsWith('-')) return { message: `“${label}” starts or ends with a hyphen, which parts of host names never do.`, fix: 'Enter a host name such as github.example.com.' };
  }
  return null;
}

/** @param {string} v @returns {Hint | null} */
export function checkApiHost(v) {
  const s = v.trim().replace(/\/+$/, '');
  if (!s) return null;
  const fix = 'Enter api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.';
  if (/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(s)) return null; // the built-in emulator
  const host = s.replace(/^https:\/\//i, '').toLowerCase();
  if (/^http:\/\//i.test(s)) return { message: `“${s}” is not https: GitHub’s API is only served over HTTPS.`, fix };
  if (host.includes('/')) return { message: `“${s}” has a path; the API host has none.`, fix: `Enter only the host: ${host.split('/')[0]}.` };
  if (host === 'api.github.com' || /^api\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.ghe\.com$/.test(host)) return null;
  if (host === 'github.com' || host === 'www.github.com') return { message: `“${s}” is GitHub’s web address, not its API.`, fix: 'Enter api.github.com.' };
  const sub = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.ghe\.com$/.exec(host);
  if (sub) return { message: `“${s}” is the web address of your GHE.com enterprise, not its API.`, fix: `Enter api.${sub[1]}.ghe.com.` };
  return { message: `“${s}” is neither api.github.com nor a GHE.com API host (api.SUBDOMAIN.ghe.com).`, fix };
}

/** @param {string} v @returns {Hint | null} */
export function checkPort(v) {
  const s = v.trim();
  if (!s) return null;
  const fix = 'Enter a port from 1 to 65535 (the GHES admin shell listens on 122).';
  if (!/^\d+$/.test(s)) return { message: `“${s}” is not a port number.`, fix };
  const n = Number(s);
  return n >= 1 && n <= 65535 ? null : { message: `Port ${s} is out of range.`, fix };
}
