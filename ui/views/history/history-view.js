// The History screen: what the backend's history kept of every consumed-licenses load and
// every License reading: seats over time, each instance's syncs on a time line, and the
// loads, any two of which say who changed. It reads the history (each Load on Consumed
// licenses and each License refresh adds to it) and sets one thing: how long each load's
// people are kept to compare (the figures are kept for good).
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem } from '../../lib/status.js';
import { loadsList } from './loads-list.js';
import { seatsOverTime } from './seats-over-time.js';
import { syncTimeline } from './sync-timeline.js';
import { mountWhoChanged } from './who-changed.js';

/** @typedef {import('../../bindings/HistoryOverview').HistoryOverview} HistoryOverview */
/** @typedef {import('../../bindings/ConsumedLoad').ConsumedLoad} ConsumedLoad */
/** @typedef {import('./who-changed.js').LoadChanges} LoadChanges */

/**
 * @typedef {object} Deps
 * @property {(since?: string) => Promise<HistoryOverview>} overview
 * @property {LoadChanges} changes
 * @property {(days: number) => Promise<number>} [setDetailDays] saves how many days each
 *   load's people are kept (`set_history_detail_days`); without it the choice is not offered
 */

/** What "Keep each load's people for" offers; another value saved elsewhere is shown as it is. */
const DETAIL_CHOICES = [
  { days: 90, years: null },
  { days: 365, years: 1 },
  { days: 730, years: 2 },
  { days: 1825, years: 5 },
];

/** "1 year", or "45 days" for a value not offered. @param {number} days */
function detailWords(days) {
  const years = DETAIL_CHOICES.find((c) => c.days === days)?.years;
  return years ? t('history-years', { years }) : t('history-days', { days });
}

/** @type {{ value: string, weeks: number | null }[]} */
const RANGES = [
  { value: 'all', weeks: null },
  { value: '12w', weeks: 12 },
  { value: '4w', weeks: 4 },
];

/** @param {typeof RANGES[number]} r */
const rangeWords = (r) => (r.weeks === null ? t('history-range-all') : t('history-range-weeks', { weeks: r.weeks }));

/** The range chosen last, kept while the app runs. */
let lastRange = 'all';

/**
 * RFC 3339 for `weeks` ago, to the second.
 * @param {number} weeks
 * @param {Date} [now]
 */
export function weeksAgo(weeks, now = new Date()) {
  return new Date(now.getTime() - weeks * 7 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * @param {HTMLElement} root
 * @param {Deps} deps
 */
export function mountHistoryView(root, deps) {
  let destroyed = false;
  let loading = false;
  let again = false;

  const range = h('select', {
    id: 'history-range', 'data-field': 'range',
    onchange: () => {
      lastRange = range.value;
      void refresh();
    },
  }, RANGES.map((r) => h('option', { value: r.value, selected: r.value === lastRange }, rangeWords(r))));
  range.value = lastRange;
  const refreshButton = h('button', { type: 'button', 'data-action': 'refresh-history', onclick: () => { void refresh(); } }, t('history-refresh'));
  const where = h('span', { class: 'updated', 'data-field': 'history-where' });
  const body = h('div', { 'data-region': 'history' }, h('p', { class: 'loading' }, t('history-reading')));
  const who = mountWhoChanged(deps.changes);
  const retention = deps.setDetailDays ? mountRetention(deps.setDetailDays, () => { void refresh(); }) : null;

  root.replaceChildren(
    h('div', { class: 'screen-head' },
      h('h1', {}, t('history-title')),
      where,
      h('div', { class: 'actions' },
        h('label', { for: 'history-range', class: 'inline-label' }, t('history-range')),
        range,
        refreshButton)),
    h('p', { class: 'lead' }, t('history-lead')),
    body,
  );

  async function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    refreshButton.disabled = true;
    refreshButton.setAttribute('aria-busy', 'true');
    root.setAttribute('aria-busy', 'true');
    const chosen = RANGES.find((r) => r.value === range.value) ?? RANGES[0];
    try {
      const o = await deps.overview(chosen.weeks === null ? undefined : weeksAgo(chosen.weeks));
      if (destroyed) return;
      paint(o, chosen);
      announce(o.consumed.length + o.license.length === 0
        ? t('history-announce-empty')
        : t('history-announce', { loads: o.consumed.length, readings: o.license.length }));
    } catch (e) {
      if (destroyed) return;
      who.clear();
      body.replaceChildren(problem(asErrorReport(e), t('history-read-failed')));
      announce(t('history-read-failed-announce'));
    } finally {
      if (!destroyed) {
        loading = false;
        refreshButton.disabled = false;
        refreshButton.removeAttribute('aria-busy');
        root.setAttribute('aria-busy', 'false');
        if (again) {
          again = false;
          void refresh();
        }
      }
    }
  }

  /**
   * @param {HistoryOverview} o
   * @param {typeof RANGES[number]} chosen
   */
  function paint(o, chosen) {
    // The retention control lives across repaints; the focus stays on it when it had it.
    const keepFocus = retention !== null && retention.el.contains(document.activeElement);
    retention?.set(o.detail_days);
    paintBody(o, chosen);
    if (keepFocus) retention?.focus();
  }

  /**
   * @param {HistoryOverview} o
   * @param {typeof RANGES[number]} chosen
   */
  function paintBody(o, chosen) {
    const place = o.path ? h('code', { 'data-field': 'history-path' }, o.path) : h('span', { 'data-field': 'history-path' }, t('history-where-memory'));
    const enterprise = o.enterprise ?? '';
    // With a problem and no file, nothing is kept at all: "memory" would be untrue.
    if (o.problem && !o.path) where.replaceChildren(enterprise ? t('history-where-none-enterprise', { enterprise }) : t('history-where-none'));
    else where.replaceChildren(enterprise ? tSlots('history-where-kept-enterprise', { enterprise }, { place }) : tSlots('history-where-kept', {}, { place }));
    who.clear();
    const trouble = o.problem ? problem(o.problem, t('history-cannot-use')) : null;
    if (o.consumed.length === 0 && o.license.length === 0) {
      body.replaceChildren(
        trouble ?? '',
        o.problem ? '' : h('div', { class: 'empty-state', 'data-field': 'history-empty' },
          h('h2', {}, chosen.weeks === null ? t('history-empty-title') : t('history-empty-range-title', { weeks: chosen.weeks })),
          h('p', {}, tSlots('history-empty-text', {}, {
            consumed: h('a', { href: '#/consumed' }, t('nav-consumed')),
            license: h('a', { href: '#/license' }, t('nav-license')),
            place: place.cloneNode(true),
          })),
          chosen.weeks === null ? null : h('p', { class: 'note' }, t('history-empty-choose-all'))));
      return;
    }
    body.replaceChildren(
      trouble ?? '',
      h('section', { 'aria-labelledby': 'seats-history-title', 'data-region': 'seats-history' },
        h('h2', { id: 'seats-history-title' }, t('history-seats-title')),
        o.consumed.length
          ? seatsOverTime(o.consumed)
          : h('p', { class: 'note', 'data-field': 'seats-history-none' }, t('history-seats-none'))),
      h('section', { 'aria-labelledby': 'sync-history-title', 'data-region': 'sync-history' },
        h('h2', { id: 'sync-history-title' }, t('history-sync-title')),
        o.license.length
          ? [h('p', { class: 'note' }, t('history-sync-note')),
            syncTimeline(o.license)]
          : h('p', { class: 'note', 'data-field': 'sync-history-none' }, t('history-sync-none'))),
      h('section', { 'aria-labelledby': 'loads-title', 'data-region': 'loads' },
        h('h2', { id: 'loads-title' }, t('history-loads-title')),
        o.consumed.length
          ? [h('p', { class: 'note', 'data-field': 'detail-days' }, t('history-detail-days', { days: o.detail_days })),
            retention?.el ?? '',
            loadsList(o.consumed, (from, to) => { void who.show(from, to); })]
          : h('p', { class: 'note' }, t('history-no-load-to-compare')),
        who.el));
  }

  void refresh();

  return {
    refresh,
    destroy() {
      destroyed = true;
    },
  };
}

/**
 * "Keep each load's people for [90 days | 1 year | 2 years | 5 years]": saved at once, then
 * the saved value is said (or the backend's message and fix, and the choice goes back).
 * @param {(days: number) => Promise<number>} save
 * @param {() => void} saved the history is read again: which loads keep their people may change
 */
function mountRetention(save, saved) {
  /** The value the backend holds. @type {number | null} */
  let current = null;
  let asked = 0;
  const select = h('select', {
    id: 'history-detail-days', 'data-field': 'detail-days-setting', 'aria-describedby': 'history-detail-days-said',
    onchange: () => { void choose(Number(select.value)); },
  });
  // Always in the page: what was saved, or why not, is spoken when it changes.
  const said = h('div', { id: 'history-detail-days-said', class: 'retention-said', 'data-field': 'detail-days-said', role: 'status', 'aria-live': 'polite' });
  const el = h('div', { class: 'retention', 'data-region': 'retention' },
    h('label', { for: 'history-detail-days' }, t('history-keep-label')),
    select,
    said);

  /** @param {number} days */
  function set(days) {
    current = days;
    const choices = DETAIL_CHOICES.some((c) => c.days === days) ? DETAIL_CHOICES : [...DETAIL_CHOICES, { days, years: null }].sort((a, b) => a.days - b.days);
    select.replaceChildren(...choices.map((c) => h('option', { value: String(c.days) }, detailWords(c.days))));
    select.value = String(days);
  }

  /** @param {number} days */
  async function choose(days) {
    const mine = ++asked;
    select.setAttribute('aria-busy', 'true');
    said.replaceChildren(h('p', { class: 'note' }, t('history-saving')));
    try {
      const kept = await save(days);
      if (mine !== asked) return;
      current = kept;
      said.replaceChildren(h('p', { class: 'all-good', 'data-field': 'detail-days-saved' }, t('history-keep-saved', { period: detailWords(kept) })));
      saved();
    } catch (e) {
      if (mine !== asked) return;
      if (current !== null) select.value = String(current);
      said.replaceChildren(problem(asErrorReport(e), current === null ? t('history-keep-not-saved-before') : t('history-keep-not-saved', { period: detailWords(current) })));
    } finally {
      if (mine === asked) select.removeAttribute('aria-busy');
    }
  }

  return { el, set, focus: () => select.focus() };
}
