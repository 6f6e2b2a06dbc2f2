// The language menu in the header (feature `language`): the OS's language or one chosen.
// A change is saved, then the window reloads, so every screen and every message from the
// backend speaks the new language at once.
import { h } from '../../lib/dom.js';
import { t } from '../../lib/l10n.js';
import { showBanner } from '../../lib/status.js';

/** @typedef {import('../../bindings/LanguageState').LanguageState} LanguageState */
/** @typedef {import('../../bindings/LanguageChoice').LanguageChoice} LanguageChoice */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * @param {HTMLElement | null} root
 * @param {{ state: LanguageState, set: (choice: LanguageChoice) => Promise<LanguageState>, reload?: () => void }} deps
 */
export function mountLanguagePicker(root, deps) {
  if (!root) return;
  const { state } = deps;
  const system = state.languages.find((l) => l.lang === state.system)?.name ?? state.system;
  const select = h('select', { id: 'language', 'aria-describedby': 'language-note' },
    h('option', { value: 'system' }, t('language-system', { lang: system })),
    state.languages.map((l) => h('option', { value: l.lang, lang: l.lang }, l.name)));
  select.value = state.choice.kind === 'chosen' ? state.choice.lang : 'system';
  const note = h('span', { id: 'language-note', class: 'visually-hidden' }, t('language-note'));
  select.addEventListener('change', async () => {
    const value = select.value;
    /** @type {LanguageChoice} */
    const choice = value === 'system' ? { kind: 'system' } : { kind: 'chosen', lang: /** @type {LanguageState['lang']} */ (value) };
    select.disabled = true;
    try {
      await deps.set(choice);
      (deps.reload ?? (() => location.reload()))();
    } catch (e) {
      const r = /** @type {ErrorReport} */ (e);
      showBanner({ title: t('language-not-saved'), message: r.message, fix: r.fix });
      select.disabled = false;
    }
  });
  root.replaceChildren(h('label', { for: 'language' }, t('language-label')), select, note);
}
