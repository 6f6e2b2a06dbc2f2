// The Activity screen: every export, upload, sync, license upload, connection test and
// usage-file check the backend recorded, newest first, with time, target, outcome and
// details to copy into a ticket. The record is the backend's (kept across restarts, secrets
// never in it); this screen only reads it.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { announce, problem } from '../../lib/status.js';
import { asErrorReport } from '../../lib/ipc.js';

/** @typedef {import('../../bindings/Activity').Activity} Activity */
/** @typedef {import('../../bindings/Outcome').Outcome} Outcome */

/** How many entries the screen asks for. */
const LIMIT = 500;

/** @type {Record<string, string>} */
const KIND_WORDS = {
  add_server_usage: 'Add server usage',
  sync_now: 'Sync now',
  enable_license_sync: 'Enable license sync',
  one_click_sync: 'One-click sync',
  connection_test: 'Connection test',
  usage_file_check: 'Usage file check',
  license_upload: 'License upload',
  background_check: 'Background check',
  export: 'Export license usage',
  other: 'Other',
};

/** @type {Record<Outcome, [string, string]>} */
const OUTCOMES = {
  ok: ['OK', 'chip-ok'],
  failed: ['Failed', 'chip-bad'],
  info: ['Info', 'chip-muted'],
};

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

  const refreshButton = h('button', { type: 'button', 'data-action': 'refresh-activity', onclick: () => { void refresh(); } }, 'Refresh');
  const count = h('span', { class: 'updated', 'data-field': 'activity-count' });
  const filters = h('fieldset', { class: 'filter-chips', 'data-region': 'activity-filter' }, h('legend', {}, 'Outcome'));
  const body = h('div', { 'data-region': 'activity' }, h('p', { class: 'loading' }, 'Reading the activity record…'));

  root.replaceChildren(
    h('div', { class: 'screen-head' },
      h('h1', {}, 'Activity'),
      count,
      h('div', { class: 'actions' }, refreshButton)),
    h('p', { class: 'lead' }, 'Every export, upload, sync and connection test, newest first. The record is kept across restarts and never holds a secret.'),
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
      announce(`Activity: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.`);
    } catch (e) {
      if (destroyed) return;
      body.replaceChildren(problem(asErrorReport(e), 'The activity record could not be read'));
      announce('The activity record could not be read.');
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
    const choices = [['all', 'All'], ['ok', 'OK'], ['failed', 'Failed'], ['info', 'Info']];
    const focused = document.activeElement instanceof HTMLInputElement && filters.contains(document.activeElement)
      ? document.activeElement.value : null;
    filters.replaceChildren(h('legend', {}, 'Outcome'), ...choices.map(([value, label]) => {
      const n = value === 'all' ? all.length : all.filter((a) => a.outcome === value).length;
      const input = h('input', {
        type: 'radio', name: 'activity-outcome', value, checked: filter === value, 'data-filter': value,
        onchange: () => {
          filter = value;
          paint();
          announce(`Showing ${shownWords()}.`);
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
    const n = visible().length;
    const what = filter === 'all' ? '' : ` with outcome ${OUTCOMES[filter][0]}`;
    return `${fmt.number(n)} entr${n === 1 ? 'y' : 'ies'}${what}`;
  }

  function paint() {
    paintFilters();
    const all = entries ?? [];
    count.textContent = all.length ? `${fmt.number(all.length)} entr${all.length === 1 ? 'y' : 'ies'}` : '';
    if (all.length === 0) {
      body.replaceChildren(h('div', { class: 'empty-state', 'data-field': 'activity-empty' },
        h('h2', {}, 'Nothing recorded yet'),
        h('p', {}, 'Exports, uploads to GitHub Enterprise Cloud, Sync now, connection tests and checked usage files appear here with their outcome and details.')));
      return;
    }
    const rows = visible();
    if (rows.length === 0) {
      body.replaceChildren(h('p', { class: 'note', 'data-field': 'activity-none-match' }, `No entries with outcome ${filter === 'all' ? '' : OUTCOMES[filter][0]}.`));
      return;
    }
    const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.closest('tr')?.getAttribute('data-activity') : null;
    body.replaceChildren(h('table', { class: 'activity' },
      h('caption', { class: 'visually-hidden' }, 'Activity, newest first'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Time'),
        h('th', { scope: 'col' }, 'Kind'),
        h('th', { scope: 'col' }, 'Target'),
        h('th', { scope: 'col' }, 'Outcome'),
        h('th', { scope: 'col' }, 'Summary'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Details')))),
      rows.map(renderEntry)));
    if (focusedId) /** @type {HTMLElement | null} */ (body.querySelector(`tr[data-activity="${CSS.escape(focusedId)}"] [data-action="toggle-details"]`))?.focus();
  }

  /** @param {Activity} a */
  function renderEntry(a) {
    const id = `activity-details-${a.id.replace(/[^\w-]/g, '_')}`;
    const expanded = open.has(a.id);
    const [outcomeText, outcomeClass] = OUTCOMES[a.outcome] ?? [a.outcome, 'chip-muted'];
    const pre = h('pre', { class: 'details-text', 'data-field': 'details', tabindex: 0 }, a.details || '(no details)');
    const copied = h('span', { class: 'copy-note', 'data-field': 'copy-note', role: 'status' });
    const copyButton = h('button', { type: 'button', 'data-action': 'copy-details', onclick: () => { void copy(a, pre, copied); } }, 'Copy details');
    const detailsRow = h('tr', { class: 'details-row', id, hidden: !expanded },
      h('td', { colspan: 6 }, pre, h('div', { class: 'details-actions' }, copyButton, copied)));
    const toggle = h('button', {
      type: 'button', class: 'toggle', 'data-action': 'toggle-details', 'aria-expanded': String(expanded), 'aria-controls': id,
      onclick: () => {
        const now = !open.has(a.id);
        if (now) open.add(a.id); else open.delete(a.id);
        toggle.setAttribute('aria-expanded', String(now));
        toggle.textContent = now ? 'Hide details' : 'Details';
        detailsRow.hidden = !now;
      },
    }, expanded ? 'Hide details' : 'Details');
    return h('tbody', { 'data-activity': a.id, 'data-outcome': a.outcome },
      h('tr', { 'data-activity': a.id },
        h('td', { class: 'when', 'data-field': 'at' }, h('time', { datetime: a.at, title: a.at }, fmt.dateTime(a.at))),
        h('td', { 'data-field': 'kind', 'data-kind': a.kind }, KIND_WORDS[a.kind] ?? a.kind),
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
      `${a.at}  ${KIND_WORDS[a.kind] ?? a.kind}  ${a.target}  ${OUTCOMES[a.outcome]?.[0] ?? a.outcome}`,
      a.summary,
      a.details,
    ].filter(Boolean).join('\n');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      note.textContent = 'Copied.';
      announce('Details copied to the clipboard.');
    } catch {
      pre.focus();
      window.getSelection()?.selectAllChildren(pre);
      note.textContent = 'The clipboard is not available here: the details are selected, press Ctrl+C to copy them.';
      announce('The details are selected: press Control C to copy them.');
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
