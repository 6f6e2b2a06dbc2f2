// A grid that stays smooth with hundreds of thousands of rows: rows have one fixed height, a
// spacer as tall as all of them gives the scrollbar its real size, and only the rows in
// view (plus a few either side) exist in the DOM. For screen readers it is an ARIA grid with
// aria-rowcount and an aria-rowindex per row, so "row 299,999 of 300,001" is said even though
// 40 rows exist. The keyboard moves a focused row (roving tabindex): Up, Down, Page Up, Page
// Down, Home, End. The focused row is kept in the DOM even when scrolled away, so focus is
// never lost to recycling.
import { h } from '../lib/dom.js';

/**
 * @template R
 * @typedef {object} Column
 * @property {string} key
 * @property {string} label
 * @property {string} width a CSS grid track, e.g. `minmax(8rem, 1fr)`
 * @property {(row: R) => import('../lib/dom.js').Child | import('../lib/dom.js').Child[]} cell
 * @property {boolean} [sortable]
 */

/** @typedef {{ column: string, descending: boolean }} Sort */

/**
 * Browsers stop scrolling tall elements somewhere above 16 million pixels (WebKit and Blink
 * at 2^25 px, Firefox lower), so past this height the scrollbar maps onto the rows instead
 * of measuring them one to one.
 */
export const MAX_SPACER_PX = 15_000_000;

/**
 * The spacer height, and how many content pixels one scrolled pixel stands for.
 * @param {number} total rows
 * @param {number} rowHeight px
 * @param {number} viewport px
 */
export function scrollGeometry(total, rowHeight, viewport) {
  const content = total * rowHeight;
  const spacer = Math.min(content, MAX_SPACER_PX);
  const ratio = content > spacer && spacer > viewport ? (content - viewport) / (spacer - viewport) : 1;
  return { spacer, ratio };
}

/**
 * @template R
 * @param {object} opts
 * @param {string} opts.label the grid's accessible name
 * @param {Column<R>[]} opts.columns
 * @param {{ get: (position: number) => R | undefined, ensure: (from: number, to: number) => void, total: () => number | null }} opts.source
 * @param {Sort} opts.sort
 * @param {(column: string) => void} opts.onSort
 * @param {() => string} opts.emptyText
 * @param {number} [opts.rowHeight]
 * @param {number} [opts.overscan]
 */
export function mountVirtualTable(opts) {
  const rowHeight = opts.rowHeight ?? 34;
  const overscan = opts.overscan ?? 10;
  const cols = opts.columns.map((c) => c.width).join(' ');

  /** @type {Map<string, HTMLElement>} */
  const headers = new Map();
  const headRow = h('div', { class: 'vgrid-row vgrid-header', role: 'row', 'aria-rowindex': 1 },
    opts.columns.map((c, i) => {
      const cell = h('div', { role: 'columnheader', 'aria-colindex': i + 1, 'data-column': c.key },
        c.sortable === false
          ? c.label
          : h('button', { type: 'button', class: 'sort-button', 'data-sort': c.key, onclick: () => opts.onSort(c.key) },
            c.label, h('span', { class: 'sort-arrow', 'aria-hidden': 'true' })));
      headers.set(c.key, cell);
      return cell;
    }));
  const spacer = h('div', { class: 'vgrid-spacer', role: 'presentation' });
  const empty = h('div', { class: 'vgrid-empty', 'data-field': 'grid-empty', hidden: true });
  const body = h('div', { class: 'vgrid-body', role: 'rowgroup' }, spacer);
  const el = h('div', { class: 'vgrid', role: 'grid', 'aria-label': opts.label, 'aria-colcount': opts.columns.length, 'aria-rowcount': 1 },
    h('div', { class: 'vgrid-head', role: 'rowgroup' }, headRow),
    body,
    empty);
  el.style.setProperty('--cols', cols);
  el.style.setProperty('--row-h', `${rowHeight}px`);

  /** Rendered rows by position. @type {Map<number, HTMLElement>} */
  const rows = new Map();
  /** What each rendered row shows, to rebuild it only when that changes. @type {WeakMap<HTMLElement, R | undefined>} */
  const shown = new WeakMap();
  let active = 0;
  let frame = 0;

  function total() {
    return opts.source.total() ?? 0;
  }

  function viewport() {
    return body.clientHeight || 400;
  }

  /** The fractional row at the top of the view. */
  function topPosition() {
    const { ratio } = scrollGeometry(total(), rowHeight, viewport());
    return (body.scrollTop * ratio) / rowHeight;
  }

  /** @param {number} position */
  function scrollTopFor(position) {
    const { ratio } = scrollGeometry(total(), rowHeight, viewport());
    return (position * rowHeight) / ratio;
  }

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  }

  function render() {
    const n = total();
    const known = opts.source.total() !== null;
    el.setAttribute('aria-rowcount', String(n + 1));
    const view = viewport();
    const { spacer: height, ratio } = scrollGeometry(n, rowHeight, view);
    spacer.style.height = `${height}px`;
    empty.hidden = !(known && n === 0);
    if (!empty.hidden) empty.textContent = opts.emptyText();

    const top = topPosition();
    const first = Math.max(0, Math.floor(top) - overscan);
    const last = Math.min(n, Math.ceil(top + view / rowHeight) + overscan);
    opts.source.ensure(first, last);

    const focused = body.contains(document.activeElement) ? rows.get(active) === document.activeElement : false;
    if (n > 0 && !focused && (active < first || active >= last)) active = Math.min(n - 1, Math.max(0, Math.floor(top)));
    if (active >= n) active = Math.max(0, n - 1);

    /** @type {Set<number>} */
    const want = new Set();
    for (let p = first; p < last; p++) want.add(p);
    if (n > 0) want.add(active);
    for (const [p, row] of rows) {
      if (!want.has(p)) {
        row.remove();
        rows.delete(p);
      }
    }
    for (const p of want) {
      let row = rows.get(p);
      if (!row) {
        row = h('div', { class: 'vgrid-row', role: 'row', 'aria-rowindex': p + 2, 'data-position': p });
        rows.set(p, row);
        spacer.append(row);
      }
      const data = opts.source.get(p);
      if (!shown.has(row) || shown.get(row) !== data) fill(row, data);
      row.tabIndex = p === active ? 0 : -1;
      const at = ratio === 1 ? p * rowHeight : body.scrollTop + (p - top) * rowHeight;
      row.style.top = `${Math.max(0, Math.min(at, height - rowHeight))}px`;
    }
  }

  /** @param {HTMLElement} row @param {R | undefined} data */
  function fill(row, data) {
    shown.set(row, data);
    if (data === undefined) {
      row.setAttribute('aria-busy', 'true');
      row.classList.add('pending');
      row.replaceChildren(...opts.columns.map((_, i) => h('div', { role: 'gridcell', 'aria-colindex': i + 1 }, h('span', { class: 'cell-skeleton' }))));
      return;
    }
    row.removeAttribute('aria-busy');
    row.classList.remove('pending');
    row.replaceChildren(...opts.columns.map((c, i) => {
      const cell = h('div', { role: 'gridcell', 'aria-colindex': i + 1, 'data-column': c.key }, c.cell(data));
      const words = cell.textContent ?? '';
      if (words.length > 18) cell.title = words;
      return cell;
    }));
  }

  /** Moves the focused row and brings it into view. @param {number} position */
  function moveTo(position) {
    const n = total();
    if (n === 0) return;
    active = Math.max(0, Math.min(n - 1, position));
    const top = topPosition();
    const fits = viewport() / rowHeight;
    if (active < top) body.scrollTop = scrollTopFor(active);
    else if (active + 1 > top + fits) body.scrollTop = scrollTopFor(active + 1 - fits);
    render();
    rows.get(active)?.focus({ preventScroll: true });
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    const target = /** @type {HTMLElement} */ (e.target);
    if (!target.matches('.vgrid-row[data-position]')) return;
    const page = Math.max(1, Math.floor(viewport() / rowHeight) - 1);
    /** @type {Record<string, number>} */
    const moves = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: total() - 1 };
    if (!(e.key in moves) || e.altKey) return;
    e.preventDefault();
    moveTo(moves[e.key]);
  }

  /** @param {FocusEvent} e */
  function onFocus(e) {
    const row = /** @type {HTMLElement} */ (e.target).closest('.vgrid-row[data-position]');
    if (!(row instanceof HTMLElement)) return;
    const p = Number(row.dataset.position);
    if (p !== active) {
      const before = rows.get(active);
      if (before) before.tabIndex = -1;
      active = p;
      row.tabIndex = 0;
    }
  }

  body.addEventListener('scroll', schedule, { passive: true });
  body.addEventListener('keydown', onKey);
  body.addEventListener('focusin', onFocus);
  const resize = new ResizeObserver(schedule);
  resize.observe(body);

  return {
    el,
    /** Draws what is in view now (after data arrived). */
    render,
    /** Back to the top for a new query; keeps the focus in the grid if it was there. */
    reset() {
      const hadFocus = body.contains(document.activeElement);
      active = 0;
      body.scrollTop = 0;
      for (const row of rows.values()) row.remove();
      rows.clear();
      render();
      if (hadFocus) rows.get(0)?.focus({ preventScroll: true });
    },
    /** @param {Sort} sort */
    setSort(sort) {
      for (const [key, cell] of headers) {
        if (key === sort.column) cell.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
        else cell.removeAttribute('aria-sort');
      }
    },
    moveTo,
    destroy() {
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
