// The pseudo-locale check (issue 17): with `pseudo=1` every letter of every message is
// accented, so a plain-ASCII word left on screen is either data (a host name, GitHub's own
// words, a file name) or a string that does not come from locales/. The data's words are
// taken from the fixtures the screen was given.

/**
 * The words of some data's values (not its field names), as the screen could show them.
 * @param {...unknown} data
 * @returns {string[]}
 */
export function dataWords(...data) {
  /** @type {string[]} */
  const values = [];
  /** @param {unknown} v */
  const walk = (v) => {
    if (typeof v === 'string') values.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  data.forEach(walk);
  return [...new Set(values.flatMap((v) => v.match(/[A-Za-z]+/g) ?? []))];
}

/**
 * The plain-ASCII words shown in `roots` (visible text, and the `title`, `aria-label`,
 * `placeholder` and `alt` of their elements) that are neither in `data` nor written by
 * `Intl` (month and weekday names, AM/PM). Elements matching `skip` are left out: other
 * screens' widgets, with their own message files.
 * @param {import('playwright-core').Page} page
 * @param {{ data: string[], roots?: string[], skip?: string }} o
 * @returns {Promise<string[]>}
 */
export function plainWords(page, o) {
  const roots = o.roots ?? ['main', '#banner', '#status', 'dialog'];
  return page.evaluate(({ data, roots, skip }) => {
    const known = new Set(data);
    for (let m = 0; m < 12; m++) {
      for (const month of /** @type {const} */ (['short', 'long'])) known.add(new Intl.DateTimeFormat('en', { month }).format(new Date(2026, m, 1)));
    }
    for (let d = 0; d < 7; d++) known.add(new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(2026, 0, 4 + d)));
    known.add('AM');
    known.add('PM');
    /** @type {string[]} */
    const texts = [];
    const left = (/** @type {Element} */ el) => (skip ? el.closest(skip) !== null : false);
    for (const root of roots.flatMap((sel) => [...document.querySelectorAll(sel)])) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || left(el) || !el.checkVisibility()) continue;
        texts.push(n.textContent ?? '');
      }
      for (const el of [root, ...root.querySelectorAll('[title], [aria-label], [placeholder], [alt]')]) {
        if (left(el)) continue;
        for (const a of ['title', 'aria-label', 'placeholder', 'alt']) texts.push(el.getAttribute(a) ?? '');
      }
    }
    const words = texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []);
    return [...new Set(words.filter((w) => !known.has(w)))];
  }, { data: o.data, roots, skip: o.skip ?? null });
}

/**
 * Every word the mock backend sent so far (its answers and progress messages): data, shown as
 * it came (tests/ui/browser/mock-ipc.js records them).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export function backendWords(page) {
  return page.evaluate(() => [.../** @type {Set<string>} */ (/** @type {any} */ (window).__ipcWords)]);
}
