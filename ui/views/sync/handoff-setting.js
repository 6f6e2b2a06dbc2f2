// Where the app opens GitHub's own pages when it hands a step off (Add server usage, Sync
// now, GitHub Connect): the system browser, where the admin is signed in, or a window of
// this app (self-contained, as the demo uses). Saved with the settings at once.
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t, tRich } from '../../lib/l10n.js';
import { announce } from '../../lib/status.js';

/** @typedef {import('../../bindings/OpenIn').OpenIn} OpenIn */

/**
 * @param {{ get: () => Promise<OpenIn>, set: (how: OpenIn) => Promise<unknown> }} deps
 * @returns {HTMLElement}
 */
export function handoffSetting(deps) {
  const status = h('p', { class: 'note', 'data-field': 'handoff-status', 'aria-live': 'polite' });
  /** @param {OpenIn} how @param {string} label @param {string} hint */
  const choice = (how, label, hint) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'handoff', value: how, 'data-handoff': how, onchange: () => { void choose(how); } }),
    ' ', label, h('span', { class: 'sub' }, ` — ${hint}`));
  const fieldset = h('fieldset', { class: 'handoff-setting', disabled: true },
    h('legend', {}, t('sync-open-in')),
    choice('browser', t('sync-open-in-browser'), t('sync-open-in-browser-hint')),
    h('br'),
    choice('app_window', t('sync-open-in-app-window'), t('sync-open-in-app-window-hint')));
  const section = h('section', { class: 'card', 'aria-labelledby': 'handoff-title', 'data-region': 'handoff' },
    h('h2', { id: 'handoff-title' }, t('sync-handoff-title')),
    h('p', { class: 'note' }, tRich('sync-handoff-about')),
    fieldset,
    status);

  /** @param {OpenIn} how */
  function show(how) {
    for (const input of fieldset.querySelectorAll('input')) {
      /** @type {HTMLInputElement} */ (input).checked = input.getAttribute('value') === how;
    }
  }

  /** @param {OpenIn} how */
  async function choose(how) {
    try {
      await deps.set(how);
      status.textContent = t('sync-open-in-saved', { opened_in: how });
      announce(status.textContent);
    } catch (e) {
      status.textContent = t('sync-open-in-not-saved', { message: asErrorReport(e).message });
    }
  }

  deps.get().then((how) => {
    show(how);
    fieldset.disabled = false;
  }).catch(() => { section.hidden = true; });
  return section;
}
