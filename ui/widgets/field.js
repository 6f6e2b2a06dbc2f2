// A labelled text input with its hint and an inline problem, as on the Connections screen.
import { h } from '../lib/dom.js';

/** @typedef {{ message: string, fix: string }} Hint */

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
export function field(o) {
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

