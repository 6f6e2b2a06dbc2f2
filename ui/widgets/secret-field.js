// A secret input (token, password) that is never filled back: the backend only says whether
// a secret is set, and where. Replace / Remove when one is set; "keep for this session only"
// when the OS keyring is not available.
import { h } from '../lib/dom.js';
import { asErrorReport } from '../lib/ipc.js';
import { announce, problem } from '../lib/status.js';
import { t } from '../lib/l10n.js';

/** @typedef {import('../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../bindings/SecretStatus').SecretStatus} SecretStatus */
/** @typedef {import('../bindings/SecretKind').SecretKind} SecretKind */
/** @typedef {import('../bindings/SecretKeep').SecretKeep} SecretKeep */
/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {import('../bindings/Mode').Mode} Mode */

/**
 * @typedef {object} SecretDeps
 * @property {(target: ConnectionTarget, kind: SecretKind, value: string, keep: SecretKeep) => Promise<SecretStatus>} setSecret
 * @property {(target: ConnectionTarget, kind: SecretKind) => Promise<SecretStatus>} deleteSecret
 */

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
 * @param {{ id: string, kind: SecretKind, label: string, mode: Mode, status: SecretStatus, hint: string, target: () => ConnectionTarget | null, deps: SecretDeps }} o
 * @returns {SecretField}
 */
export function secretField(o) {
  const deps = o.deps;
  let status = o.status;
  let replacing = false;
  /** @type {ErrorReport | null} */
  let offered = null;
  const input = h('input', {
    type: 'password', id: o.id, autocomplete: 'new-password', spellcheck: 'false',
    'aria-describedby': `${o.id}-hint ${o.id}-status`, 'data-secret-input': o.kind,
  });
  const replace = h('button', { type: 'button', 'data-action': 'replace-secret' }, t('widget-secret-replace'));
  const remove = h('button', { type: 'button', 'data-action': 'remove-secret' }, t('widget-secret-remove'));
  const cancel = h('button', { type: 'button', 'data-action': 'cancel-replace' }, t('widget-cancel'));
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
    const where = status.state === 'keyring' ? 'keyring' : o.mode === 'demo' ? 'demo' : 'session';
    input.placeholder = set ? t('widget-secret-set-placeholder', { where })
      : status.state === 'unknown' ? t('widget-secret-unknown-placeholder') : t('widget-secret-not-set-placeholder');
    input.disabled = set && !replacing;
    replace.hidden = !set || replacing;
    remove.hidden = !set || replacing;
    cancel.hidden = !replacing;
    el.setAttribute('data-state', status.state);
    statusLine.className = 'secret-status';
    if (status.state === 'unknown') {
      statusLine.textContent = t('widget-secret-unknown', { message: status.error.message });
      statusLine.classList.add('bad');
    } else if (replacing) {
      statusLine.textContent = t('widget-secret-replacing');
    } else {
      statusLine.textContent = set ? t('widget-secret-set', { where }) : t('widget-secret-not-set');
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
      announce(t('widget-secret-removed', { label: o.label }));
    } catch (e) {
      showError(asErrorReport(e));
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
      const report = asErrorReport(e);
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
    const keepButton = h('button', { type: 'button', class: 'primary', 'data-action': 'keep-session' }, t('widget-secret-keep-session'));
    const drop = h('button', { type: 'button', 'data-action': 'discard-secret' }, t('widget-secret-discard'));
    keepButton.addEventListener('click', async () => {
      if (await store(target, 'session')) {
        announce(t('widget-secret-kept-session', { label: o.label }));
        input.focus();
      }
    });
    drop.addEventListener('click', () => {
      input.value = '';
      hideOffer();
      paint();
      input.focus();
      announce(t('widget-secret-discarded', { label: o.label }));
    });
    offer.replaceChildren(
      h('p', {}, h('strong', {}, t('widget-secret-keyring-unavailable'))),
      h('p', { 'data-field': 'offer-message' }, report.message),
      h('p', {}, t('widget-secret-session-offer')),
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
    offer.replaceChildren(problem(e, t('widget-secret-not-saved', { label: o.label })));
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

