// The seat chart of the License screen: the enterprise's consumed seats against the
// purchased ones (from the License screen's own data), the consumed part split by who
// consumes it: cloud only, server only, both, Visual Studio subscribers. The split needs
// the whole consumed-licenses list (thousands of pages for a big enterprise), so this chart
// never starts that fetch by itself: without a loaded list it offers "Load the breakdown".
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { locale, t } from '../../lib/l10n.js';
import { mountLoadPanel } from '../consumed/load-panel.js';

/** @typedef {import('../../bindings/CloudSeats').CloudSeats} CloudSeats */
/** @typedef {import('../../bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../../bindings/ConsumedSummary').ConsumedSummary} ConsumedSummary */
/** @typedef {import('../../stores/consumed-store.js').ConsumedStore} ConsumedStore */

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const HEIGHT = 28;

/**
 * @typedef {{ key: string, label: string, count: number }} Segment
 */

/**
 * @param {ConsumedStore} store
 * @returns {{ el: HTMLElement, attach: (within: HTMLElement, overview: LicenseOverview) => void, destroy: () => void }}
 */
export function mountSeatChart(store) {
  const content = h('div', {});
  const el = h('section', { class: 'seat-chart', 'data-region': 'seat-chart', 'aria-labelledby': 'seat-chart-title' },
    h('h4', { id: 'seat-chart-title' }, t('license-chart-title')),
    content);
  /** @type {CloudSeats | null} */
  let seats = null;
  /** @type {{ destroy: () => void } | null} */
  let panel = null;

  function paint() {
    panel?.destroy();
    panel = null;
    const summary = store.summary();
    if (summary && !store.loading()) {
      content.replaceChildren(chart(summary, seats));
      return;
    }
    const p = mountLoadPanel(store, { loadLabel: t('license-chart-load'), showFetched: false });
    panel = p;
    content.replaceChildren(
      summary ? chart(summary, seats) : h('p', { class: 'note', 'data-field': 'chart-not-loaded' },
        t('license-chart-not-loaded')),
      p.el);
  }

  const unsubscribe = store.subscribe((e) => {
    if (e.type === 'loaded') paint();
  });

  return {
    el,
    attach(within, overview) {
      const slot = within.querySelector('[data-slot="seat-chart"]');
      if (!slot) return;
      const cloud = overview.cloud.state === 'loaded' ? overview.cloud.data.seats : null;
      seats = cloud && cloud.state === 'loaded' ? cloud.data : null;
      slot.replaceWith(el);
      paint();
    },
    destroy() {
      unsubscribe();
      panel?.destroy();
    },
  };
}

/**
 * @param {ConsumedSummary} s
 * @param {CloudSeats | null} seats the License screen's figures, fresher than the list
 */
export function chart(s, seats) {
  const known = s.split.cloud_only + s.split.server_only + s.split.both + s.split.visual_studio;
  /** @type {Segment[]} */
  const segments = [
    { key: 'cloud_only', label: t('license-segment-cloud-only'), count: s.split.cloud_only },
    { key: 'server_only', label: t('license-segment-server-only'), count: s.split.server_only },
    { key: 'both', label: t('license-segment-both'), count: s.split.both },
    { key: 'visual_studio', label: t('license-segment-visual-studio'), count: s.split.visual_studio },
  ];
  if (s.rows > known) segments.push({ key: 'other', label: t('license-segment-other'), count: s.rows - known });
  const people = segments.reduce((n, x) => n + x.count, 0);
  const consumed = seats?.consumed ?? s.total_seats_consumed ?? people;
  const purchased = seats?.purchased ?? s.total_seats_purchased;
  const scale = Math.max(consumed, purchased ?? 0, 1);

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'seat-bar');
  svg.setAttribute('role', 'img');
  svg.setAttribute('data-field', 'seat-chart-svg');
  svg.setAttribute('aria-label', describe(segments, people, consumed, purchased));
  svg.append(rect(0, WIDTH, 'seg-track'));
  const filled = (consumed / scale) * WIDTH;
  let x = 0;
  for (const seg of segments) {
    if (seg.count <= 0 || people <= 0) continue;
    const w = (seg.count / people) * filled;
    const r = rect(x, w, `seg seg-${seg.key}`);
    r.setAttribute('data-segment', seg.key);
    svg.append(r);
    x += w;
  }
  if (purchased !== null && consumed > purchased) {
    const line = document.createElementNS(SVG, 'line');
    const at = (purchased / scale) * WIDTH;
    for (const [k, v] of /** @type {const} */ ([['x1', at], ['x2', at], ['y1', 0], ['y2', HEIGHT]])) line.setAttribute(k, String(v));
    line.setAttribute('class', 'seg-purchased');
    svg.append(line);
  }

  const available = purchased === null ? null : purchased - consumed;
  return h('div', { class: 'seat-chart-body' },
    h('p', { class: 'seat-chart-caption', 'data-field': 'chart-caption' },
      t('license-chart-caption', { consumed, purchased: purchased ?? '—' }),
      available === null ? '' : ` · ${available >= 0 ? t('license-chart-available', { available }) : t('license-chart-over', { over: -available })}`),
    svg,
    h('ul', { class: 'seat-legend', 'data-field': 'chart-legend' },
      segments.map((seg) => h('li', { 'data-legend': seg.key },
        h('span', { class: `swatch seg-${seg.key}`, 'aria-hidden': 'true' }),
        `${seg.label} `,
        h('strong', { 'data-field': `legend-${seg.key}` }, fmt.number(seg.count)),
        h('span', { class: 'sub' }, ` ${percent(seg.count, people)}`))),
      available !== null && available > 0
        ? h('li', { 'data-legend': 'available' }, h('span', { class: 'swatch seg-track', 'aria-hidden': 'true' }), `${t('license-figure-available')} `, h('strong', {}, fmt.number(available)))
        : null),
    h('p', { class: 'note', 'data-field': 'chart-source' },
      s.split.multiple_accounts > 0
        ? t('license-chart-source-multiple', { rows: s.rows, ago: fmt.ago(s.fetched_at), multiple: s.split.multiple_accounts })
        : t('license-chart-source', { rows: s.rows, ago: fmt.ago(s.fetched_at) }),
      ' ', h('a', { href: '#/consumed' }, t('license-chart-see-list')), ' · ', h('a', { href: '#/duplicates' }, t('license-chart-duplicates'))));
}

/**
 * @param {number} x
 * @param {number} w
 * @param {string} cls
 */
function rect(x, w, cls) {
  const r = document.createElementNS(SVG, 'rect');
  r.setAttribute('x', String(x));
  r.setAttribute('y', '0');
  r.setAttribute('width', String(Math.max(0, w)));
  r.setAttribute('height', String(HEIGHT));
  r.setAttribute('class', cls);
  return r;
}

/** @param {number} part @param {number} whole */
function percent(part, whole) {
  if (whole <= 0) return '';
  const p = (part / whole) * 100;
  return `(${p > 0 && p < 1 ? '<1' : Math.round(p)}%)`;
}

/**
 * The chart in words, for screen readers.
 * @param {Segment[]} segments
 * @param {number} people
 * @param {number} consumed
 * @param {number | null} purchased
 */
function describe(segments, people, consumed, purchased) {
  const parts = segments.map((s) => `${s.label.toLocaleLowerCase(locale())} ${fmt.number(s.count)} ${percent(s.count, people)}`).join(', ');
  return purchased === null
    ? t('license-chart-description-no-purchased', { consumed, parts })
    : t('license-chart-description', { consumed, purchased, parts });
}
