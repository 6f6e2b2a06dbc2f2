// Duplicates' "Fixed since…": pick an earlier kept analysis by its date and see what was
// fixed since then (and the seats that freed), what is new, and what came back (a finding
// fixed once and back again), up to the newest analysis. The analyses come from the
// backend's history (each analysis of a new load keeps one); with fewer than two there is
// nothing to compare, and the control stays out of the way.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { problem } from '../../lib/status.js';
import { sincePicker } from '../../widgets/since-picker.js';

/** @typedef {import('../../bindings/HistoryOverview').HistoryOverview} HistoryOverview */
/** @typedef {import('../../bindings/DuplicateAnalysis').DuplicateAnalysis} DuplicateAnalysis */
/** @typedef {import('../../bindings/DuplicatesSince').DuplicatesSince} DuplicatesSince */
/** @typedef {import('../../bindings/KeptFinding').KeptFinding} KeptFinding */
/** @typedef {import('../../bindings/ReasonKind').ReasonKind} ReasonKind */

/**
 * @typedef {object} FixedSinceDeps
 * @property {() => Promise<HistoryOverview>} overview the kept analyses are its `duplicates`
 * @property {(from: number, to?: number) => Promise<DuplicatesSince>} since the backend's `duplicates_since`
 */

/** The reasons in the report's order (each kept finding brings its group's title). @type {ReasonKind[]} */
const REASONS = [
  'verified_email_not_matched', 'saml_name_id', 'unverified_cloud_email', 'same_local_part',
  'same_name', 'off_verified_domain', 'no_server_email', 'accounts_counted_once',
];

/** A kept finding's confidence, in its line. @type {Record<KeptFinding['confidence'], string>} */
const CONFIDENCE_WORDS = { high: 'duplicates-kept-high', medium: 'duplicates-kept-medium', low: 'duplicates-kept-low' };

/** Findings a list shows before "Show all". */
const SHORT = 10;

/**
 * @param {FixedSinceDeps} deps
 * @returns {{ el: HTMLElement, reload: () => Promise<void>, destroy: () => void }}
 */
export function mountFixedSince(deps) {
  let destroyed = false;
  let asked = 0;
  /** Only the newest overview paints: an older one answering late is dropped. */
  let read = 0;
  const picker = sincePicker({
    id: 'fixed-since',
    label: t('duplicates-fixed-since-label'),
    action: 'show-fixed-since',
    button: t('duplicates-fixed-since-show'),
    onShow: (from) => { void compare(from); },
  });
  // Always in the page: the counts are spoken when they change.
  const counts = h('p', { class: 'fixed-counts', 'data-field': 'fixed-counts', role: 'status', 'aria-live': 'polite' });
  const lists = h('div', { class: 'fixed-lists', 'data-region': 'fixed-lists' });
  const result = h('div', { class: 'fixed-result', 'data-region': 'fixed-result', hidden: true }, counts, lists);
  const el = h('section', { class: 'fixed-since', 'data-region': 'fixed-since', 'aria-labelledby': 'fixed-since-title', hidden: true },
    h('h2', { id: 'fixed-since-title', class: 'visually-hidden' }, t('duplicates-fixed-since-title')),
    picker.el,
    result);

  async function reload() {
    const mine = ++read;
    /** @type {HistoryOverview} */
    let o;
    try {
      o = await deps.overview();
    } catch {
      // No history: the screen works as before without it.
      if (!destroyed && mine === read) el.hidden = true;
      return;
    }
    if (destroyed || mine !== read) return;
    const analyses = o.duplicates;
    const newest = analyses.length ? analyses[analyses.length - 1] : null;
    const earlier = analyses.slice(0, -1).reverse();
    if (!newest || earlier.length === 0) {
      el.hidden = true;
      return;
    }
    picker.fill(
      earlier.map((a) => ({ id: a.id, words: t('duplicates-fixed-since-option', analysisArgs(a)) })),
      t('duplicates-fixed-since-newest', analysisArgs(newest)),
    );
    el.hidden = false;
  }

  /** @param {number} from */
  async function compare(from) {
    const mine = ++asked;
    result.hidden = false;
    result.setAttribute('aria-busy', 'true');
    picker.button.setAttribute('aria-busy', 'true');
    lists.replaceChildren();
    counts.textContent = t('duplicates-fixed-comparing');
    try {
      const d = await deps.since(from);
      if (destroyed || mine !== asked) return;
      counts.textContent = t('duplicates-fixed-counts', {
        fixed: d.fixed.length, seats: d.seats_freed, date: fmt.dateTime(d.from.read_at), new: newOnly(d).length, back: d.came_back.length,
      });
      lists.replaceChildren(...render(d));
    } catch (e) {
      if (destroyed || mine !== asked) return;
      counts.textContent = t('duplicates-fixed-failed-spoken');
      lists.replaceChildren(problem(asErrorReport(e), t('duplicates-fixed-failed')));
    } finally {
      if (!destroyed && mine === asked) {
        result.setAttribute('aria-busy', 'false');
        picker.button.removeAttribute('aria-busy');
      }
    }
  }

  void reload();
  return {
    el,
    reload,
    destroy() {
      destroyed = true;
    },
  };
}

/** Findings new in `to` that were never fixed before: the ones that came back have a list of their own. @param {DuplicatesSince} d */
function newOnly(d) {
  const back = new Set(d.came_back.map((f) => f.id));
  return d.new.filter((f) => !back.has(f.id));
}

/** @param {DuplicatesSince} d */
function render(d) {
  const fixed = REASONS.map((r) => ({ r, findings: d.fixed.filter((f) => f.reason === r) })).filter((g) => g.findings.length > 0);
  return [
    h('section', { class: 'fixed-group', 'data-list': 'fixed', 'aria-labelledby': 'fixed-list-title' },
      h('h3', { id: 'fixed-list-title' }, `${t('duplicates-fixed-list')} `, h('span', { class: 'count' }, fmt.number(d.fixed.length))),
      fixed.length === 0
        ? h('p', { class: 'note', 'data-field': 'none' }, t('duplicates-fixed-none'))
        : fixed.map((g) => h('section', { class: 'fixed-reason', 'data-reason': g.r, 'aria-labelledby': `fixed-reason-${g.r}` },
          h('h4', { id: `fixed-reason-${g.r}` }, `${g.findings[0].title} `, h('span', { class: 'count' }, fmt.number(g.findings.length))),
          shortList(g.findings, (count) => t('duplicates-show-all-fixed-label', { count, group: g.findings[0].title }), false)))),
    h('section', { class: 'fixed-group', 'data-list': 'new', 'aria-labelledby': 'new-list-title' },
      h('h3', { id: 'new-list-title' }, `${t('duplicates-new-list')} `, h('span', { class: 'count' }, fmt.number(newOnly(d).length))),
      newOnly(d).length === 0
        ? h('p', { class: 'note', 'data-field': 'none' }, t('duplicates-new-none'))
        : shortList(newOnly(d), (count) => t('duplicates-show-all-new-label', { count }), true)),
    h('section', { class: 'fixed-group', 'data-list': 'came-back', 'aria-labelledby': 'came-back-list-title' },
      h('h3', { id: 'came-back-list-title' }, `${t('duplicates-came-back-list')} `, h('span', { class: 'count' }, fmt.number(d.came_back.length))),
      h('p', { class: 'note' }, t('duplicates-came-back-note')),
      d.came_back.length === 0
        ? h('p', { class: 'note', 'data-field': 'none' }, t('duplicates-came-back-none'))
        : shortList(d.came_back, (count) => t('duplicates-show-all-came-back-label', { count }), true)),
  ];
}

/**
 * The first few findings, and "Show all" for the rest (the focus goes to the first one shown).
 * @param {KeptFinding[]} findings
 * @param {(count: number) => string} name the button's accessible name
 * @param {boolean} withReason name each finding's reason
 */
function shortList(findings, name, withReason) {
  const list = h('ul', { class: 'kept-findings' }, findings.slice(0, SHORT).map((f) => item(f, withReason)));
  if (findings.length <= SHORT) return list;
  const more = h('button', {
    type: 'button', class: 'small', 'data-action': 'show-all-findings', 'aria-label': name(findings.length),
    onclick: () => {
      const rest = findings.slice(SHORT).map((f) => item(f, withReason));
      list.append(...rest);
      more.remove();
      rest[0]?.focus();
    },
  }, t('duplicates-show-all', { count: findings.length }));
  return h('div', {}, list, more);
}

/** @param {KeptFinding} f @param {boolean} withReason */
function item(f, withReason) {
  return h('li', { 'data-kept-finding': f.id, 'data-confidence': f.confidence, tabindex: -1 },
    h('span', { 'data-field': 'summary' }, f.summary),
    h('span', { class: 'sub' },
      withReason ? ` · ${f.title}` : '',
      ` · ${t(CONFIDENCE_WORDS[f.confidence])}`,
      f.seats_saved > 0 ? ` · ${t('duplicates-kept-seats', { seats: f.seats_saved })}` : ''));
}

/** An analysis in the picker: its date, findings and seats ("Mar 3, 2026, 09:15 · 12 findings, 14 seats"). @param {DuplicateAnalysis} a */
function analysisArgs(a) {
  return { date: fmt.dateTime(a.read_at), findings: a.findings, seats: a.seats_saved };
}
