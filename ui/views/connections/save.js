// Saving the Connections screen: the draft the backend checks, the secrets typed since the
// last save, and the backend's refusals marked on their fields.
import { h } from '../../lib/dom.js';
import { uiError } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/Connections').Connections} Connections */
/** @typedef {import('../../bindings/ConnectionsDraft').ConnectionsDraft} ConnectionsDraft */
/** @typedef {import('../../bindings/GhesDraft').GhesDraft} GhesDraft */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {import('./section.js').Section} Section */
/** @typedef {import('../../widgets/field.js').Field} Field */

/**
 * What the form says, as the backend takes it.
 * @param {Section | null} ghec
 * @param {Section[]} cards
 * @returns {ConnectionsDraft}
 */
export function draftOf(ghec, cards) {
  return {
    ghec: ghec ? {
      api_host: ghec.fields.api_host.input.value,
      enterprise: ghec.fields.enterprise.input.value,
      web_url: ghec.fields.web_url.input.value,
      licensing_url: ghec.fields.licensing_url?.input.value,
    } : null,
    ghes: cards.map((c) => /** @type {GhesDraft} */ (c.draft?.())),
  };
}

/**
 * Stores every secret typed since the last save, in the keyring. Resolves true when all were.
 * @param {Section | null} ghec
 * @param {Section[]} cards
 * @param {Connections} saved
 */
export async function saveSecrets(ghec, cards, saved) {
  let all = true;
  for (const s of [ghec, ...cards]) {
    if (!s) continue;
    for (const f of s.secrets) {
      if (!f.pending()) continue;
      const target = s === ghec ? (saved.ghec ? { target: /** @type {'ghec'} */ ('ghec') } : null) : s.target();
      if (!target) {
        f.showError(uiError('not_configured', 'connections-ghec-token-not-saved', {}, 'connections-ghec-token-not-saved-fix'));
        all = false;
        continue;
      }
      all = (await f.store(target, 'keyring')) && all;
    }
  }
  return all;
}

/**
 * Marks each field the backend refused and says so in `status`; the first refused field gets the focus.
 * @param {HTMLElement} status
 * @param {ErrorReport} e
 * @param {(path: string) => Field | null} locate
 */
export function showSaveError(status, e, locate) {
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
  status.replaceChildren(count
    ? h('div', { class: 'problem', 'data-error-kind': e.kind },
      h('p', {}, h('strong', {}, t('connections-fields-refused', { count }))),
      h('p', { class: 'fix' }, t('connections-fields-refused-fix')))
    : problem(e, t('connections-not-saved')));
  announce(count ? t('connections-not-saved-fields-announce', { count }) : t('connections-not-saved-announce', { message: e.message }));
  first?.focus();
}

/**
 * The field a backend path such as `ghes.1.ssh.port` names.
 * @param {Section | null} ghec
 * @param {Section[]} cards
 * @param {string} path
 * @returns {Field | null}
 */
export function locate(ghec, cards, path) {
  const parts = path.split('.');
  if (parts[0] === 'ghec') return ghec?.fields[parts.slice(1).join('.')] ?? null;
  if (parts[0] === 'ghes') return cards[Number(parts[1])]?.fields[parts.slice(2).join('.')] ?? null;
  return null;
}
