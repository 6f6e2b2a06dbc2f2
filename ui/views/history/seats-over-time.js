// Seats over time: each stored consumed-licenses load as a bar of who consumes the seats
// (cloud only, server only, both, Visual Studio; unknown when any), oldest on the left, with
// the seats purchased as a line. Loads sit at equal steps, labelled with their dates: a bar
// per load, however close in time two loads were. Colours are the seat chart's CSS
// variables, so light and dark follow the system.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { roundScale, svg, withTable } from './chart-parts.js';

/** @typedef {import('../../bindings/ConsumedLoad').ConsumedLoad} ConsumedLoad */
/** @typedef {import('../../bindings/SeatSplit').SeatSplit} SeatSplit */

/** Who consumes the seats, in the chart's order; `label` is read when drawn, in the language in use. @type {{ key: keyof SeatSplit, label: () => string }[]} */
export const SPLIT = [
  { key: 'cloud_only', label: () => t('history-split-cloud-only') },
  { key: 'server_only', label: () => t('history-split-server-only') },
  { key: 'both', label: () => t('history-split-both') },
  { key: 'visual_studio', label: () => t('history-split-visual-studio') },
  { key: 'unknown', label: () => t('history-split-unknown') },
];

const W = 760;
const H = 280;
const M = { left: 64, right: 16, top: 14, bottom: 48 };
const MAX_DATE_LABELS = 6;

/**
 * @param {ConsumedLoad[]} loads oldest first
 * @returns {HTMLElement}
 */
export function seatsOverTime(loads) {
  // Unknown is drawn only when some load has it.
  const parts = SPLIT.filter((p) => p.key !== 'unknown' || loads.some((l) => l.split.unknown > 0));
  const people = (/** @type {ConsumedLoad} */ l) => parts.reduce((n, p) => n + l.split[p.key], 0);
  const max = Math.max(...loads.map((l) => Math.max(people(l), l.seats_purchased ?? 0, l.seats_consumed ?? 0)));
  const { top, ticks } = roundScale(max);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const slot = plotW / loads.length;
  const barW = Math.min(slot * 0.7, 56);
  const y = (/** @type {number} */ v) => M.top + plotH - (v / top) * plotH;
  const cx = (/** @type {number} */ i) => M.left + slot * (i + 0.5);

  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, class: 'history-chart', role: 'img', 'data-field': 'seats-chart',
    'aria-label': describe(loads, people),
  });
  // Grid and y axis.
  for (const tick of ticks) {
    chart.append(
      svg('line', { x1: M.left, x2: W - M.right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: M.left - 8, y: y(tick), class: 'tick tick-y', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, fmt.number(tick)));
  }
  chart.append(svg('text', { x: 14, y: M.top + plotH / 2, class: 'axis-title', 'text-anchor': 'middle', transform: `rotate(-90 14 ${M.top + plotH / 2})` }, t('history-axis-seats')));
  // One stacked bar per load.
  loads.forEach((l, i) => {
    const bar = svg('g', { class: 'load-bar', 'data-load': l.id });
    let base = 0;
    for (const p of parts) {
      const n = l.split[p.key];
      if (n <= 0) continue;
      bar.append(svg('rect', {
        x: cx(i) - barW / 2, width: barW, y: y(base + n), height: y(base) - y(base + n),
        class: `seg seg-${p.key === 'unknown' ? 'other' : p.key}`, 'data-segment': p.key, 'data-count': n,
      }, svg('title', {}, t('history-seats-segment-title', { date: fmt.dateTime(l.read_at), part: p.key, count: n }))));
      base += n;
    }
    chart.append(bar);
  });
  // Seats purchased: a line through the loads that say it.
  const bought = loads.map((l, i) => ({ i, v: l.seats_purchased })).filter((p) => p.v !== null);
  if (bought.length > 0) {
    const points = bought.length === 1
      ? [[cx(bought[0].i) - barW / 2 - 6, y(/** @type {number} */ (bought[0].v))], [cx(bought[0].i) + barW / 2 + 6, y(/** @type {number} */ (bought[0].v))]]
      : bought.map((p) => [cx(p.i), y(/** @type {number} */ (p.v))]);
    chart.append(svg('polyline', { points: points.map((p) => p.join(',')).join(' '), class: 'purchased-line', 'data-field': 'purchased-line' }));
    for (const p of bought) {
      chart.append(svg('circle', { cx: cx(p.i), cy: y(/** @type {number} */ (p.v)), r: 3.5, class: 'purchased-point', 'data-purchased': p.v },
        svg('title', {}, t('history-seats-purchased-title', { date: fmt.dateTime(loads[p.i].read_at), count: p.v }))));
    }
  }
  // The x axis: dates under some loads (the first and the last always).
  chart.append(svg('line', { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), class: 'axis' }));
  const every = Math.max(1, Math.ceil(loads.length / MAX_DATE_LABELS));
  loads.forEach((l, i) => {
    if (i % every !== 0 && i !== loads.length - 1) return;
    if (i !== loads.length - 1 && loads.length - 1 - i < every) return;
    chart.append(svg('text', { x: cx(i), y: y(0) + 18, class: 'tick tick-x', 'text-anchor': 'middle' }, fmt.date(l.read_at)));
  });
  chart.append(svg('text', { x: M.left + plotW / 2, y: H - 6, class: 'axis-title', 'text-anchor': 'middle' }, t('history-axis-load')));

  const legend = h('ul', { class: 'seat-legend', 'data-field': 'seats-legend' },
    parts.map((p) => h('li', {}, h('span', { class: `swatch seg-${p.key === 'unknown' ? 'other' : p.key}`, 'aria-hidden': 'true' }), p.label())),
    bought.length ? h('li', {}, h('span', { class: 'swatch-line', 'aria-hidden': 'true' }), t('history-seats-purchased')) : null);

  return h('div', { class: 'seats-over-time' },
    withTable({ asTable: t('history-seats-as-table'), asChart: t('history-seats-as-chart') }, h('div', {}, chart, legend), table(loads, parts, people)));
}

/**
 * @param {ConsumedLoad[]} loads
 * @param {typeof SPLIT} parts
 * @param {(l: ConsumedLoad) => number} people
 */
function table(loads, parts, people) {
  return h('table', { class: 'history-table', 'data-field': 'seats-table' },
    h('caption', {}, t('history-seats-caption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('history-col-load')),
      parts.map((p) => h('th', { scope: 'col' }, p.label())),
      h('th', { scope: 'col' }, t('history-col-people')),
      h('th', { scope: 'col' }, t('history-col-seats-consumed')),
      h('th', { scope: 'col' }, t('history-seats-purchased')))),
    h('tbody', {}, loads.map((l) => h('tr', { 'data-load': l.id },
      h('th', { scope: 'row' }, h('time', { datetime: l.read_at }, fmt.dateTime(l.read_at))),
      parts.map((p) => h('td', { class: 'num', 'data-column': p.key }, fmt.number(l.split[p.key]))),
      h('td', { class: 'num', 'data-column': 'people' }, fmt.number(people(l))),
      h('td', { class: 'num', 'data-column': 'seats_consumed' }, fmt.number(l.seats_consumed)),
      h('td', { class: 'num', 'data-column': 'seats_purchased' }, fmt.number(l.seats_purchased))))));
}

/**
 * The chart in a sentence; the table has every figure.
 * @param {ConsumedLoad[]} loads
 * @param {(l: ConsumedLoad) => number} people
 */
function describe(loads, people) {
  const first = loads[0];
  const last = loads[loads.length - 1];
  const purchased = last.seats_purchased;
  const args = { loads: loads.length, from: fmt.date(first.read_at), first: people(first), to: fmt.date(last.read_at), last: people(last) };
  if (loads.length === 1) {
    return purchased === null ? t('history-seats-describe-one', args) : t('history-seats-describe-one-purchased', { ...args, purchased });
  }
  return purchased === null ? t('history-seats-describe', args) : t('history-seats-describe-purchased', { ...args, purchased });
}
