// One connection's block on the Connections screen: its title, fields and secrets, a status
// chip, Test connection and the test's result (what was learned, or the problem).
import { h } from '../../lib/dom.js';
import { locale, t } from '../../lib/l10n.js';
import * as fmt from '../../lib/format.js';
import { problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../../bindings/ConnectionTest').ConnectionTest} ConnectionTest */
/** @typedef {import('../../bindings/GhesDraft').GhesDraft} GhesDraft */
/** @typedef {import('../../widgets/field.js').Field} Field */
/** @typedef {import('../../widgets/secret-field.js').SecretField} SecretField */

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
 * A titled block with fields, secrets, a status chip, Test connection and its result.
 * @param {{ key: string, target: () => ConnectionTarget | null, titleId: string, title: string, fields: Record<string, Field>, secrets: SecretField[], content: HTMLElement[], extraActions?: HTMLElement[], onTest: (s: Section) => void, earlier?: ConnectionTest }} o
 * @returns {Section}
 */
export function section(o) {
  const heading = h('h2', { id: o.titleId }, o.title);
  const chip = h('span', { class: 'chip chip-muted', 'data-field': 'status-chip', 'data-state': 'not_tested' }, t('connections-chip-not-tested'));
  const testButton = h('button', { type: 'button', 'data-action': 'test' }, t('connections-test'));
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
    setTitle: (title) => { heading.textContent = title; },
    focusFirst: () => { Object.values(o.fields)[0]?.input.focus(); },
    focusTest: () => { testButton.focus(); },
    clearErrors: () => {
      for (const f of Object.values(o.fields)) f.setError(null);
    },
    showTesting: () => {
      setChip('testing', t('connections-chip-testing'), 'chip chip-busy');
      testButton.setAttribute('aria-busy', 'true');
      testButton.disabled = true;
      result.replaceChildren(h('p', { class: 'loading', 'data-field': 'testing' }, t('connections-testing', { name: heading.textContent ?? '' })));
    },
    doneTesting: () => {
      testButton.removeAttribute('aria-busy');
      testButton.disabled = false;
    },
    showTest: (r) => {
      if (r.result.status === 'connected') {
        setChip('connected', t('connections-chip-connected'), 'chip chip-ok');
        result.replaceChildren(connected(r));
      } else {
        setChip('failed', t('connections-chip-failed'), 'chip chip-bad');
        result.replaceChildren(problem(r.result.error, t('connections-test-failed')), timing(r));
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
  testButton.addEventListener('click', () => o.onTest(s));
  if (o.earlier) s.showTest(o.earlier);
  return s;
}


/** @param {ConnectionTest} r */
function connected(r) {
  if (r.result.status !== 'connected') return h('div', {});
  const l = r.result.learned;
  const facts = [];
  if (l.kind === 'ghes') {
    facts.push(h('dt', {}, t('connections-learned-version')), h('dd', { 'data-field': 'learned-version' }, l.version ? t('connections-learned-ghes-version', { version: l.version }) : t('connections-learned-unknown')));
    facts.push(h('dt', {}, t('connections-learned-manage')), h('dd', { 'data-field': 'manage-api' },
      l.manage_api.state === 'no_password' ? t('connections-learned-no-password') : l.manage_api.reason));
  } else {
    facts.push(h('dt', {}, t('connections-learned-instances')), h('dd', { 'data-field': 'learned-instances' }, fmt.number(l.server_instances)));
    if (l.token_scopes) facts.push(h('dt', {}, t('connections-learned-scopes')), h('dd', { 'data-field': 'token-scopes' }, l.token_scopes.join(', ') || t('connections-learned-no-scopes')));
  }
  return h('div', { class: 'test-ok' },
    h('p', { class: 'all-good', 'data-field': 'test-summary' }, r.result.summary),
    h('dl', { class: 'facts' }, facts),
    timing(r));
}

/** @param {ConnectionTest} r */
function timing(r) {
  const at = new Date(r.tested_at);
  // To the second, as a test's time is read.
  const time = Number.isNaN(at.getTime()) ? r.tested_at : at.toLocaleTimeString(locale());
  return h('p', { class: 'note', 'data-field': 'test-timing' }, r.duration_ms < 1000
    ? t('connections-tested-ms', { time, ms: r.duration_ms })
    : t('connections-tested-s', { time, seconds: Math.round(r.duration_ms / 100) / 10 }));
}

