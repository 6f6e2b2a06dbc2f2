// Each instance's license syncs on a time line, from the License readings the history kept:
// per host name, every distinct `last_sync` GitHub listed, coloured (and shaped) by its
// status, and the gaps of more than 7 days between two syncs highlighted with their length.
// A reading sees only the newest sync of each instance, so a sync followed by another
// before the next reading is never seen: a gap is certain only as far as a reading still
// showed the older sync; beyond that it is "up to" its length. The gap after the newest
// sync, up to the newest reading, is shown too: that is a sync overdue now.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { svg, withTable } from './chart-parts.js';

/** @typedef {import('../../bindings/LicenseReading').LicenseReading} LicenseReading */

/** A gap longer than this between syncs is highlighted (GitHub Connect syncs weekly). */
export const GAP_DAYS = 7;
const DAY = 86_400_000;

/**
 * @typedef {object} SyncMark
 * @property {string} at RFC 3339
 * @property {number} t
 * @property {string | null} status
 * @property {string | null} error
 * @property {boolean} failed
 * @property {number} seenUntil the newest reading that still listed it
 *
 * @typedef {object} Gap
 * @property {number} from
 * @property {number} to
 * @property {number} days
 * @property {boolean} certain a reading showed no newer sync for more than GAP_DAYS
 * @property {boolean} open no sync after it (up to the newest reading)
 *
 * @typedef {{ hostname: string, marks: SyncMark[], gaps: Gap[] }} Lane
 */

/**
 * Each host's distinct syncs, oldest first, and its gaps.
 * @param {LicenseReading[]} readings oldest first
 * @returns {{ lanes: Lane[], newest: number }}
 */
export function lanesOf(readings) {
  /** @type {Map<string, Map<string, SyncMark>>} */
  const hosts = new Map();
  let newest = -Infinity;
  for (const r of readings) {
    const rt = Date.parse(r.read_at);
    if (!Number.isNaN(rt)) newest = Math.max(newest, rt);
    for (const s of r.syncs) {
      let marks = hosts.get(s.hostname);
      if (!marks) hosts.set(s.hostname, marks = new Map());
      if (!s.last_sync) continue;
      const t = Date.parse(s.last_sync);
      if (Number.isNaN(t)) continue;
      const status = s.status && s.status.trim() ? s.status.trim() : null;
      const error = s.error && s.error.trim() ? s.error.trim() : null;
      // The newest reading's word on a sync wins (GitHub may settle its status later).
      marks.set(String(t), {
        at: s.last_sync, t, status, error,
        failed: error !== null || (status !== null && status.toLowerCase() !== 'success'),
        seenUntil: Math.max(rt, marks.get(String(t))?.seenUntil ?? -Infinity),
      });
    }
  }
  /** @type {Lane[]} */
  const lanes = [...hosts].sort(([a], [b]) => a.localeCompare(b)).map(([hostname, m]) => {
    const marks = [...m.values()].sort((a, b) => a.t - b.t);
    /** @type {Gap[]} */
    const gaps = [];
    marks.forEach((mk, i) => {
      const next = marks[i + 1];
      const to = next ? next.t : newest;
      const days = (to - mk.t) / DAY;
      if (days > GAP_DAYS) gaps.push({ from: mk.t, to, days, certain: !next || (mk.seenUntil - mk.t) / DAY > GAP_DAYS, open: !next });
    });
    return { hostname, marks, gaps };
  });
  return { lanes, newest };
}

const W = 760;
const LABEL_W = 190;
const RIGHT = 20;
const LANE_H = 44;
const TOP = 8;
const AXIS_H = 40;

/**
 * @param {LicenseReading[]} readings oldest first
 * @returns {HTMLElement}
 */
export function syncTimeline(readings) {
  const { lanes, newest } = lanesOf(readings);
  if (lanes.length === 0) {
    return h('p', { class: 'note', 'data-field': 'syncs-none' }, t('history-syncs-none'));
  }
  const times = lanes.flatMap((l) => l.marks.map((m) => m.t)).concat(readings.map((r) => Date.parse(r.read_at)).filter((t) => !Number.isNaN(t)));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (t1 - t0 < DAY) { t0 -= DAY; t1 += DAY; }
  const H = TOP + lanes.length * LANE_H + AXIS_H;
  const x = (/** @type {number} */ t) => LABEL_W + ((t - t0) / (t1 - t0)) * (W - LABEL_W - RIGHT);

  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'history-chart sync-chart', role: 'img', 'data-field': 'sync-chart', 'aria-label': describe(lanes) });
  lanes.forEach((lane, i) => {
    const mid = TOP + i * LANE_H + LANE_H / 2;
    const g = svg('g', { class: 'sync-lane', 'data-host': lane.hostname });
    g.append(svg('text', { x: LABEL_W - 10, y: mid, class: 'lane-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, lane.hostname));
    g.append(svg('line', { x1: LABEL_W, x2: W - RIGHT, y1: mid, y2: mid, class: 'lane-line' }));
    // A gap's label goes above the lane, or below it where it would run into the label before
    // (labels differ in length with the language).
    let aboveEnd = -Infinity;
    for (const gap of lane.gaps) {
      const words = gapWords(gap);
      const at = labelAt((x(gap.from) + x(gap.to)) / 2, words);
      const below = at - labelHalf(words) < aboveEnd + 6;
      if (!below) aboveEnd = at + labelHalf(words);
      g.append(
        svg('rect', { x: x(gap.from), width: Math.max(2, x(gap.to) - x(gap.from)), y: mid - 9, height: 18, rx: 3, class: `sync-gap${gap.certain ? '' : ' uncertain'}${gap.open ? ' open' : ''}`, 'data-gap-days': Math.round(gap.days) },
          svg('title', {}, t('history-sync-gap-title', { host: lane.hostname, gap: words }))),
        svg('text', { x: at, y: below ? mid + 21 : mid - 13, class: 'gap-label', 'text-anchor': 'middle', 'data-field': 'gap-label' }, words));
    }
    if (lane.marks.length === 0) {
      g.append(svg('text', { x: LABEL_W + 8, y: mid - 8, class: 'tick' }, t('history-no-sync-listed')));
    }
    for (const m of lane.marks) {
      const title = svg('title', {}, t('history-sync-mark-title', { host: lane.hostname, date: fmt.dateTime(m.at), status: statusWords(m) }));
      g.append(m.failed
        ? svg('rect', { x: x(m.t) - 5, y: mid - 5, width: 10, height: 10, class: 'sync-mark sync-failed', 'data-sync': m.at, 'data-status': 'failed' }, title)
        : svg('circle', { cx: x(m.t), cy: mid, r: 5.5, class: 'sync-mark sync-ok', 'data-sync': m.at, 'data-status': 'success' }, title));
    }
    chart.append(g);
  });
  // The time axis: five dates.
  const base = TOP + lanes.length * LANE_H;
  chart.append(svg('line', { x1: LABEL_W, x2: W - RIGHT, y1: base + 4, y2: base + 4, class: 'axis' }));
  for (let k = 0; k <= 4; k++) {
    const at = t0 + ((t1 - t0) * k) / 4;
    chart.append(svg('text', { x: x(at), y: base + 22, class: 'tick tick-x', 'text-anchor': k === 0 ? 'start' : k === 4 ? 'end' : 'middle' }, fmt.date(new Date(at).toISOString())));
  }
  chart.append(svg('text', { x: LABEL_W + (W - LABEL_W - RIGHT) / 2, y: H - 2, class: 'axis-title', 'text-anchor': 'middle' }, t('history-axis-last-sync')));

  const legend = h('ul', { class: 'seat-legend', 'data-field': 'sync-legend' },
    h('li', {}, h('span', { class: 'swatch sync-ok-swatch', 'aria-hidden': 'true' }), t('history-legend-sync-ok')),
    h('li', {}, h('span', { class: 'swatch sync-failed-swatch', 'aria-hidden': 'true' }), t('history-legend-sync-failed')),
    h('li', {}, h('span', { class: 'swatch sync-gap-swatch', 'aria-hidden': 'true' }), t('history-legend-gap', { days: GAP_DAYS })));
  return h('div', { class: 'sync-timeline' },
    withTable({ asTable: t('history-syncs-as-table'), asChart: t('history-syncs-as-chart') }, h('div', {}, chart, legend), table(lanes, newest)));
}

/** About half a gap label's width, in the chart's units. @param {string} words */
function labelHalf(words) {
  return words.length * 3.3;
}

/**
 * A label's centre, moved in so that the whole label stays inside the plot.
 * @param {number} centre
 * @param {string} words
 */
function labelAt(centre, words) {
  const half = labelHalf(words);
  return Math.min(Math.max(centre, LABEL_W + half), W - RIGHT - half);
}

/** "failed (error)", "succeeded", with GitHub's error when it gave one. @param {SyncMark} m */
function statusWords(m) {
  const s = !m.failed ? (m.status ? t('history-sync-status-ok') : t('history-sync-status-none'))
    : m.status && m.status.toLowerCase() !== 'failed' ? t('history-sync-status-failed-as', { status: m.status })
      : t('history-sync-status-failed');
  return m.error ? t('history-sync-status-error', { status: s, error: m.error }) : s;
}

/** 8.5, 12: days, to a tenth under 10 (a number, which messages write for the locale). @param {number} days */
function dayCount(days) {
  return days < 10 ? Math.round(days * 10) / 10 : Math.round(days);
}

/** "10 days without a sync", "up to 10 days…", "8 days since the last sync". @param {Gap} g */
function gapWords(g) {
  const days = dayCount(g.days);
  if (g.open) return t('history-gap-open', { days });
  return g.certain ? t('history-gap-certain', { days }) : t('history-gap-uncertain', { days });
}

/** @param {Lane[]} lanes */
function describe(lanes) {
  const parts = lanes.map((l) => t('history-syncs-describe-lane', {
    host: l.hostname, syncs: l.marks.length, failed: l.marks.filter((m) => m.failed).length, gaps: l.gaps.length, days: GAP_DAYS,
  }));
  return t('history-syncs-describe', { lanes: parts.join('; ') });
}

/**
 * @param {Lane[]} lanes
 * @param {number} newest the newest reading
 */
function table(lanes, newest) {
  return h('table', { class: 'history-table', 'data-field': 'sync-table' },
    h('caption', {}, t('history-sync-caption', { days: GAP_DAYS })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('history-col-instance')),
      h('th', { scope: 'col' }, t('history-col-sync')),
      h('th', { scope: 'col' }, t('history-col-status')),
      h('th', { scope: 'col' }, t('history-col-since-before')))),
    lanes.map((lane) => h('tbody', { 'data-host': lane.hostname },
      lane.marks.length === 0
        ? h('tr', {}, h('th', { scope: 'row' }, lane.hostname), h('td', { colspan: 3 }, t('history-no-sync-listed')))
        : null,
      lane.marks.map((m, i) => {
        const gap = lane.gaps.find((g) => !g.open && g.to === m.t);
        const before = i > 0 ? (m.t - lane.marks[i - 1].t) / DAY : null;
        return h('tr', { 'data-sync': m.at, 'data-gap': gap ? 'true' : null },
          h('th', { scope: 'row' }, lane.hostname),
          h('td', {}, h('time', { datetime: m.at }, fmt.dateTime(m.at))),
          h('td', {}, h('span', { class: `chip ${m.failed ? 'chip-bad' : 'chip-ok'}` }, m.failed ? t('history-sync-failed') : t('history-sync-succeeded')), m.error ? h('div', { class: 'note' }, m.error) : null),
          h('td', {}, before === null ? '—' : t('history-days', { days: dayCount(before) }),
            gap ? [' ', h('span', { class: 'chip chip-warn', 'data-field': 'gap-chip' }, gap.certain ? t('history-gap-over', { days: GAP_DAYS }) : t('history-gap-up-to', { days: dayCount(gap.days) }))] : null));
      }),
      lane.gaps.filter((g) => g.open).map((g) => h('tr', { 'data-gap': 'true', 'data-open': 'true' },
        h('th', { scope: 'row' }, lane.hostname),
        h('td', {}, t('history-none-since')),
        h('td', {}, '—'),
        h('td', {}, h('span', { class: 'chip chip-warn', 'data-field': 'gap-chip' }, gapWords(g)), h('span', { class: 'note' }, ` ${t('history-as-of-reading', { date: fmt.dateTime(new Date(newest).toISOString()) })}`)))))));
}
