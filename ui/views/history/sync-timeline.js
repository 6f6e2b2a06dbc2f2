// Each instance's license syncs on a time line, from the License readings the history kept:
// per host name, every distinct `last_sync` GitHub listed, coloured (and shaped) by its
// status, and the gaps of more than 7 days between two syncs highlighted with their length.
// A reading sees only the newest sync of each instance, so a sync followed by another
// before the next reading is never seen: a gap is certain only as far as a reading still
// showed the older sync; beyond that it is "up to" its length. The gap after the newest
// sync, up to the newest reading, is shown too: that is a sync overdue now.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
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
    return h('p', { class: 'note', 'data-field': 'syncs-none' }, 'The License readings kept list no server instance in GitHub’s license sync status.');
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
    for (const gap of lane.gaps) {
      const words = gapWords(gap);
      g.append(
        svg('rect', { x: x(gap.from), width: Math.max(2, x(gap.to) - x(gap.from)), y: mid - 9, height: 18, rx: 3, class: `sync-gap${gap.certain ? '' : ' uncertain'}${gap.open ? ' open' : ''}`, 'data-gap-days': Math.round(gap.days) },
          svg('title', {}, `${lane.hostname}: ${words}`)),
        svg('text', { x: labelAt((x(gap.from) + x(gap.to)) / 2, words), y: mid - 13, class: 'gap-label', 'text-anchor': 'middle', 'data-field': 'gap-label' }, words));
    }
    if (lane.marks.length === 0) {
      g.append(svg('text', { x: LABEL_W + 8, y: mid - 8, class: 'tick' }, 'no sync listed'));
    }
    for (const m of lane.marks) {
      const title = svg('title', {}, `${lane.hostname}: ${fmt.dateTime(m.at)}, ${statusWords(m)}`);
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
    const t = t0 + ((t1 - t0) * k) / 4;
    chart.append(svg('text', { x: x(t), y: base + 22, class: 'tick tick-x', 'text-anchor': k === 0 ? 'start' : k === 4 ? 'end' : 'middle' }, fmt.date(new Date(t).toISOString())));
  }
  chart.append(svg('text', { x: LABEL_W + (W - LABEL_W - RIGHT) / 2, y: H - 2, class: 'axis-title', 'text-anchor': 'middle' }, 'Last sync GitHub listed, by date'));

  const legend = h('ul', { class: 'seat-legend', 'data-field': 'sync-legend' },
    h('li', {}, h('span', { class: 'swatch sync-ok-swatch', 'aria-hidden': 'true' }), 'Sync succeeded'),
    h('li', {}, h('span', { class: 'swatch sync-failed-swatch', 'aria-hidden': 'true' }), 'Sync failed'),
    h('li', {}, h('span', { class: 'swatch sync-gap-swatch', 'aria-hidden': 'true' }), `No sync for more than ${GAP_DAYS} days`));
  return h('div', { class: 'sync-timeline' },
    withTable('the syncs', h('div', {}, chart, legend), table(lanes, newest)));
}

/**
 * A label's centre, moved in so that the whole label stays inside the plot.
 * @param {number} centre
 * @param {string} words
 */
function labelAt(centre, words) {
  const half = words.length * 3.3;
  return Math.min(Math.max(centre, LABEL_W + half), W - RIGHT - half);
}

/** @param {SyncMark} m */
function statusWords(m) {
  const s = m.failed ? `failed${m.status && m.status.toLowerCase() !== 'failed' ? ` (${m.status})` : ''}` : m.status ? 'succeeded' : 'no status given';
  return m.error ? `${s}: ${m.error}` : s;
}

/** "8.5", "12": days, to a tenth under 10. @param {number} days */
function dayCount(days) {
  return days < 10 ? days.toFixed(1).replace(/\.0$/, '') : fmt.number(Math.round(days));
}

/** "10 days without a sync", "up to 10 days…", "8 days since the last sync". @param {Gap} g */
function gapWords(g) {
  const n = dayCount(g.days);
  if (g.open) return `${n} days since the last sync`;
  return g.certain ? `${n} days without a sync` : `up to ${n} days without a sync`;
}

/** @param {Lane[]} lanes */
function describe(lanes) {
  const parts = lanes.map((l) => {
    const failed = l.marks.filter((m) => m.failed).length;
    return `${l.hostname}: ${l.marks.length} sync${l.marks.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}${l.gaps.length ? `, ${l.gaps.length} gap${l.gaps.length === 1 ? '' : 's'} over ${GAP_DAYS} days` : ''}`;
  });
  return `License syncs per instance. ${parts.join('; ')}. The table has every sync.`;
}

/**
 * @param {Lane[]} lanes
 * @param {number} newest the newest reading
 */
function table(lanes, newest) {
  return h('table', { class: 'history-table', 'data-field': 'sync-table' },
    h('caption', {}, `License syncs per instance, oldest first; gaps over ${GAP_DAYS} days marked`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Instance'),
      h('th', { scope: 'col' }, 'Sync'),
      h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col' }, 'Since the sync before'))),
    lanes.map((lane) => h('tbody', { 'data-host': lane.hostname },
      lane.marks.length === 0
        ? h('tr', {}, h('th', { scope: 'row' }, lane.hostname), h('td', { colspan: 3 }, 'no sync listed'))
        : null,
      lane.marks.map((m, i) => {
        const gap = lane.gaps.find((g) => !g.open && g.to === m.t);
        const before = i > 0 ? (m.t - lane.marks[i - 1].t) / DAY : null;
        return h('tr', { 'data-sync': m.at, 'data-gap': gap ? 'true' : null },
          h('th', { scope: 'row' }, lane.hostname),
          h('td', {}, h('time', { datetime: m.at }, fmt.dateTime(m.at))),
          h('td', {}, h('span', { class: `chip ${m.failed ? 'chip-bad' : 'chip-ok'}` }, m.failed ? 'Failed' : 'Succeeded'), m.error ? h('div', { class: 'note' }, m.error) : null),
          h('td', {}, before === null ? '—' : `${dayCount(before)} days`,
            gap ? [' ', h('span', { class: 'chip chip-warn', 'data-field': 'gap-chip' }, gap.certain ? `Gap over ${GAP_DAYS} days` : `Gap of up to ${dayCount(gap.days)} days`)] : null));
      }),
      lane.gaps.filter((g) => g.open).map((g) => h('tr', { 'data-gap': 'true', 'data-open': 'true' },
        h('th', { scope: 'row' }, lane.hostname),
        h('td', {}, 'none since'),
        h('td', {}, '—'),
        h('td', {}, h('span', { class: 'chip chip-warn', 'data-field': 'gap-chip' }, gapWords(g)), h('span', { class: 'note' }, ` (as of the reading of ${fmt.dateTime(new Date(newest).toISOString())})`)))))));
}
