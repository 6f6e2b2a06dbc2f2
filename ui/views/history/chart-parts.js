// What the History screen's two charts share: SVG elements built like `h` builds HTML, a
// y scale with round ticks, and the "Show as table" switch. Each chart has a table with the
// same figures; the table is always in the page for screen readers and shown on request.
import { h } from '../../lib/dom.js';
import { t } from '../../lib/l10n.js';

const NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element; its text children become text nodes.
 * @param {string} tag
 * @param {Record<string, string | number | null | undefined>} [attrs]
 * @param {...(Node | string | null | undefined)} children
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, ...children) {
  const el = /** @type {SVGElement} */ (document.createElementNS(NS, tag));
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c !== null && c !== undefined) el.append(c);
  }
  return el;
}

/**
 * A scale from 0 to at least `max` in steps of 1, 2 or 5 times a power of ten.
 * @param {number} max
 * @param {number} [steps] about how many
 * @returns {{ top: number, ticks: number[] }}
 */
export function roundScale(max, steps = 4) {
  const raw = Math.max(max, 1) / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const top = Math.max(step, Math.ceil(max / step) * step);
  /** @type {number[]} */
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
  return { top, ticks };
}

/**
 * A chart and its table: the table is visually hidden (screen readers read it) until
 * "Show as table" shows it in place of the chart.
 * @param {{ asTable: string, asChart: string }} names the button's accessible names ("Show
 *   seats over time as a table", "… as a chart")
 * @param {Element} chart
 * @param {HTMLTableElement} table
 */
export function withTable(names, chart, table) {
  const wrap = h('div', { class: 'table-alternative visually-hidden', 'data-field': 'table-alternative' }, table);
  const chartBox = h('div', { class: 'chart-box' }, chart);
  const toggle = h('button', {
    type: 'button', class: 'table-toggle', 'data-action': 'show-table', 'aria-pressed': 'false', 'aria-label': names.asTable,
    onclick: () => {
      const on = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(on));
      toggle.textContent = on ? t('history-show-chart') : t('history-show-table');
      toggle.setAttribute('aria-label', on ? names.asChart : names.asTable);
      wrap.classList.toggle('visually-hidden', !on);
      chartBox.hidden = on;
    },
  }, t('history-show-table'));
  return h('div', { class: 'chart-with-table' }, h('div', { class: 'chart-actions' }, toggle), chartBox, wrap);
}
