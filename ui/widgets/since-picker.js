// "… since…": a select of earlier kept readings (loads, analyses) by date, a button that
// compares the chosen one with the newest, and a note naming the newest. Consumed licenses'
// "Changes since…" and Duplicates' "Fixed since…" are this one control.
import { h } from '../lib/dom.js';

/**
 * @template T
 * @typedef {object} SincePickerOptions
 * @property {string} id the select's id (its note is `${id}-to`)
 * @property {string} label e.g. "Changes since…"
 * @property {string} action the button's `data-action`
 * @property {string} button the button's words
 * @property {(from: number) => void} onShow called with the chosen reading's id
 */

/**
 * @template T
 * @param {SincePickerOptions<T>} o
 * @returns {{ el: HTMLElement, button: HTMLElement, fill: (earlier: { id: number, words: string }[], newest: string) => void }}
 */
export function sincePicker(o) {
  const select = /** @type {HTMLSelectElement} */ (h('select', { id: o.id, 'data-field': o.id, 'aria-describedby': `${o.id}-to` }));
  const to = h('span', { id: `${o.id}-to`, class: 'note', 'data-field': `${o.id}-to` });
  const show = h('button', {
    type: 'button', 'data-action': o.action,
    onclick: () => {
      const from = Number(select.value);
      if (select.value !== '' && Number.isFinite(from)) o.onShow(from);
    },
  }, o.button);
  const el = h('div', { class: 'changes-since-controls' }, h('label', { for: o.id }, o.label), select, show, to);
  return {
    el,
    button: show,
    /** The earlier readings, newest first, keeping the choice where it still exists. */
    fill(earlier, newest) {
      const before = select.value;
      select.replaceChildren(...earlier.map((e) => h('option', { value: String(e.id) }, e.words)));
      if (earlier.some((e) => String(e.id) === before)) select.value = before;
      to.textContent = newest;
    },
  };
}
