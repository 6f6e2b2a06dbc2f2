// Building DOM without innerHTML: text from GitHub (error messages, names) is never parsed
// as HTML.

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>} Attrs
 */

/**
 * Creates an element. Attributes starting with `on` become listeners; `false`, `null` and
 * `undefined` attributes are left out; `true` sets an empty attribute.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

/**
 * @param {Element} el
 * @param {(Child | Child[])[]} children
 */
function append(el, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

/**
 * Paints the controls of a load from GitHub: the load button (the primary action until
 * something is loaded, busy while loading), the cancel button (shown while loading) and the
 * progress box (shown while loading).
 * @param {{ load: HTMLButtonElement, cancel: HTMLButtonElement, progress: HTMLElement }} controls
 * @param {boolean} loading
 * @param {boolean} loaded
 */
export function paintLoadControls({ load, cancel, progress }, loading, loaded) {
  load.className = loaded ? '' : 'primary';
  load.disabled = loading;
  if (loading) load.setAttribute('aria-busy', 'true');
  else load.removeAttribute('aria-busy');
  cancel.hidden = !loading;
  if (!loading) cancel.disabled = false;
  progress.hidden = !loading;
}
