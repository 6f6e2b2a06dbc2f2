// The Activity screen: every export, upload, sync, license upload, connection test and
// usage-file check the backend recorded, newest first, with time, target, outcome and
// details to copy into a ticket. The record is the backend's (kept across restarts, secrets
// never in it); this screen only reads it.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { announce, problem } from '../../lib/status.js';
import { asErrorReport } from '../../lib/ipc.js';

/** @typedef {import('../../bindings/Activity').Activity} Activity */
/** @typedef {import('../../bindings/Outcome').Outcome} Outcome */

/** How many entries the screen asks for. */
const LIMIT = 500;

/** @type {Record<string, () => string>} */
const KIND_WORDS = {
  add_server_usage: () => t('activity-kind-add-server-usage'),
  sync_now: () => t('activity-kind-sync-now'),
  enable_license_sync: () => t('activity-kind-enable-license-sync'),
  one_click_sync: () => t('activity-kind-one-click-sync'),
  connection_test: () => t('activity-kind-connection-test'),
  usage_file_check: () => t('activity-kind-usage-file-check'),
  license_upload: () => t('activity-kind-license-upload'),
  background_check: () => t('activity-kind-background-check'),
  export: () => t('activity-kind-export'),
  other: () => t('activity-kind-other'),
};

/** An entry's kind in words; a kind this UI does not know as the backend names it. @param {string} kind */
const kindWords = (kind) => KIND_WORDS[kind]?.() ?? kind;

/** @type {Record<Outcome, [() => string, string]>} */
const OUTCOMES = {
  ok: [() => t('activity-outcome-ok'), 'chip-ok'],
  failed: [() => t('activity-outcome-failed'), 'chip-bad'],
  info: [() => t('activity-outcome-info'), 'chip-muted'],
};

/** An outcome in words. @param {string} outcome */
const outcomeWords = (outcome) => OUTCOMES[/** @type {Outcome} */ (outcome)]?.[0]() ?? outcome;

/** @typedef {'all' | Outcome} Filter */

/**
 * @param {HTMLElement} root
 * @param {{ load: (limit?: number) => Promise<Activity[]> }} deps
 */
export function mountActivityView(root, deps) {
  /** @type {Activity[] | null} */
  let entries = null;
  /** @type {Filter} */
  let filter = 'all';
  let loading = false;
  let destroyed = false;
  /** Expanded entries, by id: a refresh keeps them open. */
  const open = new Set();

  const refreshButton = h('button', { type: 'button', 'data-action': 'refresh-activity', onclick: () => { void refresh(); } }, t('activity-refresh'));
  const count = h('span', { class: 'updated', 'data-field': 'activity-count' });
  const filters = h('fieldset', { class: 'filter-chips', 'data-region': 'activity-filter' }, h('legend', {}, t('activity-outcome')));
  const body = h('div', { 'data-region': 'activity' }, h('p', { class: 'loading' }, t('activity-loading')));

  root.replaceChildren(
    h('div', { class: 'screen-head' },
      h('h1', {}, t('activity-title')),
      count,
      h('div', { class: 'actions' }, refreshButton)),
    h('p', { class: 'lead' }, t('activity-lead')),
    h('div', { class: 'table-controls' }, filters),
    body,
  );

  async function refresh() {
    if (loading) return;
    loading = true;
    refreshButton.disabled = true;
    refreshButton.setAttribute('aria-busy', 'true');
    root.setAttribute('aria-busy', 'true');
    try {
      const list = await deps.load(LIMIT);
      if (destroyed) return;
      // Newest first, whatever order arrives; equal times keep the backend's order.
      entries = list.map((a, i) => ({ a, i }))
        .sort((x, y) => (y.a.at > x.a.at ? 1 : y.a.at < x.a.at ? -1 : x.i - y.i))
        .map((x) => x.a);
      paint();
      announce(t('activity-said-loaded', { count: entries.length }));
    } catch (e) {
      if (destroyed) return;
      body.replaceChildren(problem(asErrorReport(e), t('activity-load-failed')));
      announce(t('activity-said-load-failed'));
    } finally {
      loading = false;
      refreshButton.disabled = false;
      refreshButton.removeAttribute('aria-busy');
      root.setAttribute('aria-busy', 'false');
    }
  }

  function paintFilters() {
    const all = entries ?? [];
    /** @type {[Filter, string][]} */
    const choices = [['all', t('activity-filter-all')], ['ok', outcomeWords('ok')], ['failed', outcomeWords('failed')], ['info', outcomeWords('info')]];
    const focused = document.activeElement instanceof HTMLInputElement && filters.contains(document.activeElement)
      ? document.activeElement.value : null;
    filters.replaceChildren(h('legend', {}, t('activity-outcome')), ...choices.map(([value, label]) => {
      const n = value === 'all' ? all.length : all.filter((a) => a.outcome === value).length;
      const input = h('input', {
        type: 'radio', name: 'activity-outcome', value, checked: filter === value, 'data-filter': value,
        onchange: () => {
          filter = value;
          paint();
          announce(shownWords());
        },
      });
      return h('label', { class: 'filter-chip' }, input, h('span', {}, `${label} `, h('span', { class: 'count' }, fmt.number(n))));
    }));
    if (focused) /** @type {HTMLInputElement | null} */ (filters.querySelector(`input[value="${focused}"]`))?.focus();
  }

  function visible() {
    const all = entries ?? [];
    return filter === 'all' ? all : all.filter((a) => a.outcome === filter);
  }

  function shownWords() {
    const count = visible().length;
    return filter === 'all'
      ? t('activity-said-showing', { count })
      : t('activity-said-showing-outcome', { count, outcome: outcomeWords(filter) });
  }

  function paint() {
    paintFilters();
    const all = entries ?? [];
    count.textContent = all.length ? t('activity-entries', { count: all.length }) : '';
    if (all.length === 0) {
      body.replaceChildren(h('div', { class: 'empty-state', 'data-field': 'activity-empty' },
        h('h2', {}, t('activity-empty-title')),
        h('p', {}, t('activity-empty'))));
      return;
    }
    const rows = visible();
    if (rows.length === 0) {
      body.replaceChildren(h('p', { class: 'note', 'data-field': 'activity-none-match' }, t('activity-none-match', { outcome: filter === 'all' ? '' : outcomeWords(filter) })));
      return;
    }
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.closest('tr')?.getAttribute('data-activity') : null;
    body.replaceChildren(h('table', { class: 'activity' },
      h('caption', { class: 'visually-hidden' }, t('activity-caption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('activity-col-time')),
        h('th', { scope: 'col' }, t('activity-col-kind')),
        h('th', { scope: 'col' }, t('activity-col-target')),
        h('th', { scope: 'col' }, t('activity-col-outcome')),
        h('th', { scope: 'col' }, t('activity-col-summary')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('activity-col-details'))))),
      rows.map(renderEntry)));
    if (focusedId) /** @type {HTMLElement | null} */ (body.querySelector(`tr[data-activity="${CSS.escape(focusedId)}"] [data-action="toggle-details"]`))?.focus();
  }

  /** @param {Activity} a */
  function renderEntry(a) {
    const id = `activity-details-${a.id.replace(/[^\w-]/g, '_')}`;
    const expanded = open.has(a.id);
    const outcomeText = outcomeWords(a.outcome);
    const outcomeClass = OUTCOMES[a.outcome]?.[1] ?? 'chip-muted';
    const pre = h('pre', { class: 'details-text', 'data-field': 'details', tabindex: 0 }, a.details || t('activity-no-details'));
    const copied = h('span', { class: 'copy-note', 'data-field': 'copy-note', role: 'status' });
    const copyButton = h('button', { type: 'button', 'data-action': 'copy-details', onclick: () => { void copy(a, pre, copied); } }, t('activity-copy-details'));
    const detailsRow = h('tr', { class: 'details-row', id, hidden: !expanded },
      h('td', { colspan: 6 }, pre, h('div', { class: 'details-actions' }, copyButton, copied)));
    const toggle = h('button', {
      type: 'button', class: 'toggle', 'data-action': 'toggle-details', 'aria-expanded': String(expanded), 'aria-controls': id,
      onclick: () => {
        const now = !open.has(a.id);
        if (now) open.add(a.id); else open.delete(a.id);
        toggle.setAttribute('aria-expanded', String(now));
        toggle.textContent = now ? t('activity-hide-details') : t('activity-details');
        detailsRow.hidden = !now;
      },
    }, expanded ? t('activity-hide-details') : t('activity-details'));
    return h('tbody', { 'data-activity': a.id, 'data-outcome': a.outcome },
      h('tr', { 'data-activity': a.id },
        h('td', { class: 'when', 'data-field': 'at' }, h('time', { datetime: a.at, title: a.at }, fmt.dateTime(a.at))),
        h('td', { 'data-field': 'kind', 'data-kind': a.kind }, kindWords(a.kind)),
        h('td', { 'data-field': 'target', class: 'target' }, a.target),
        h('td', {}, h('span', { class: `chip ${outcomeClass}`, 'data-field': 'outcome' }, outcomeText)),
        h('td', { 'data-field': 'summary', class: 'summary' }, a.summary),
        h('td', { class: 'row-actions' }, toggle)),
      detailsRow);
  }

  /**
   * Copies one entry as text; where the clipboard is refused, selects it for Ctrl+C.
   * @param {Activity} a
   * @param {HTMLElement} pre
   * @param {HTMLElement} note
   */
  async function copy(a, pre, note) {
    const text = [
      `${a.at}  ${kindWords(a.kind)}  ${a.target}  ${outcomeWords(a.outcome)}`,
      a.summary,
      a.details,
    ].filter(Boolean).join('\n');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      note.textContent = t('activity-copied');
      announce(t('activity-said-copied'));
    } catch {
      pre.focus();
      window.getSelection()?.selectAllChildren(pre);
      note.textContent = t('activity-copy-selected');
      announce(t('activity-said-copy-selected'));
    }
  }

  void refresh();

  return {
    refresh,
    destroy() {
      destroyed = true;
    },
  };
}
