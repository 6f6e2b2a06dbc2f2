// Where the app opens GitHub's own pages when it hands a step off (Add server usage, Sync
// now, GitHub Connect): the system browser, where the admin is signed in, or a window of
// this app (self-contained, as the demo uses). Saved with the settings at once.
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
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
    h('legend', {}, 'Open GitHub’s pages in'),
    choice('browser', 'your browser', 'where you are signed in to GitHub'),
    h('br'),
    choice('app_window', 'a window of this app', 'sign in there once'));
  const section = h('section', { class: 'card', 'aria-labelledby': 'handoff-title', 'data-region': 'handoff' },
    h('h2', { id: 'handoff-title' }, 'Hand-offs to GitHub'),
    h('p', { class: 'note' }, 'GitHub has no API to upload server usage or to press Sync now: the app opens the page for you, then confirms by reading GitHub back.'),
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
      status.textContent = how === 'browser' ? 'GitHub’s pages will open in your browser.' : 'GitHub’s pages will open in a window of this app.';
      announce(status.textContent);
    } catch (e) {
      status.textContent = `Not saved: ${asErrorReport(e).message}`;
    }
  }

  deps.get().then((how) => {
    show(how);
    fieldset.disabled = false;
  }).catch(() => { section.hidden = true; });
  return section;
}
