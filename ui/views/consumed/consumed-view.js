// The Consumed licenses screen: every license consumer of the enterprise, as GitHub counts
// them, in one table that stays smooth at 300,000 rows. The backend holds the list (read
// page by page from GET /enterprises/{e}/consumed-licenses) and answers windows of it,
// searched, filtered and sorted; this screen only ever holds the rows near the view.
// Opened with no list held, it asks the backend for the newest load the history kept and
// shows that at once, marked as kept (load-panel.js), until a Refresh reads GitHub.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { createRowSource } from '../../stores/row-cache.js';
import { announce, problem, savedNote } from '../../lib/status.js';
import { mountVirtualTable } from '../../widgets/virtual-table.js';
import { mountLoadPanel } from './load-panel.js';
import { mountChangesSince } from './changes-since.js';

/** @typedef {import('../../bindings/ConsumedQuery').ConsumedQuery} ConsumedQuery */
/** @typedef {import('../../bindings/ConsumedPage').ConsumedPage} ConsumedPage */
/** @typedef {import('../../bindings/ConsumerRow').ConsumerRow} ConsumerRow */
/** @typedef {import('../../bindings/ConsumerFilter').ConsumerFilter} ConsumerFilter */
/** @typedef {import('../../bindings/SortColumn').SortColumn} SortColumn */
/** @typedef {import('../../bindings/ConsumedSummary').ConsumedSummary} ConsumedSummary */
/** @typedef {import('../../bindings/ExportResult').ExportResult} ExportResult */
/** @typedef {import('../../bindings/ExportFormat').ExportFormat} ExportFormat */
/** @typedef {import('../../stores/consumed-store.js').ConsumedStore} ConsumedStore */
/** @typedef {Omit<ConsumedQuery, 'offset' | 'limit'>} ViewQuery */

/**
 * @typedef {object} Deps
 * @property {ConsumedStore} store the shared load of the list
 * @property {(query: ConsumedQuery) => Promise<ConsumedPage>} query
 * @property {(query: ConsumedQuery, format: ExportFormat) => Promise<ExportResult | null>} exportRows
 * @property {import('./changes-since.js').HistoryDeps} [history] the stored loads, for "Changes since…"
 * @property {() => Promise<ConsumedSummary | null>} [restore] the newest kept load, held by the
 *   backend for the session (`restore_consumed_licenses`); null when none is kept
 */

const WINDOW = 200;
const SEARCH_DEBOUNCE_MS = 150;

/** The filter chips: each one's message and the count beside it. @type {{ value: ConsumerFilter, label: string, count: (s: ConsumedSummary) => number }[]} */
const FILTERS = [
  { value: 'all', label: 'consumed-filter-all', count: (s) => s.rows },
  { value: 'cloud_only', label: 'consumed-kind-cloud-only', count: (s) => s.split.cloud_only },
  { value: 'server_only', label: 'consumed-kind-server-only', count: (s) => s.split.server_only },
  { value: 'both', label: 'consumed-kind-both', count: (s) => s.split.both },
  { value: 'visual_studio', label: 'consumed-filter-visual-studio', count: (s) => s.split.visual_studio },
  { value: 'multiple_accounts', label: 'consumed-filter-multiple-accounts', count: (s) => s.split.multiple_accounts },
];

/** @type {Record<ConsumerRow['kind'], string>} */
const KIND_MESSAGES = { cloud_only: 'consumed-kind-cloud-only', server_only: 'consumed-kind-server-only', both: 'consumed-kind-both', unknown: 'consumed-kind-unknown' };

/** A row's kind in words ("Cloud only"), as the Kind column and Duplicates' entries say it. @param {ConsumerRow['kind']} kind */
export function kindWords(kind) {
  return t(KIND_MESSAGES[kind]);
}

/** The table's columns, their headers in the language in use. @returns {import('../../widgets/virtual-table.js').Column<ConsumerRow>[]} */
function columns() {
  return [
    { key: 'login', label: t('consumed-column-login'), width: 'minmax(10rem, 1.2fr)', cell: (r) => r.login ?? none() },
    { key: 'name', label: t('consumed-column-name'), width: 'minmax(8rem, 1fr)', cell: (r) => r.name ?? none() },
    { key: 'kind', label: t('consumed-column-kind'), width: '10.5rem', cell: (r) => [
      h('span', { class: `kind kind-${r.kind}` }, kindWords(r.kind)),
      r.visual_studio ? h('span', { class: 'chip chip-vs', title: t('consumed-visual-studio-subscriber') }, t('consumed-visual-studio-chip')) : null,
    ] },
    { key: 'emails', label: t('consumed-column-emails'), width: 'minmax(12rem, 1.8fr)', cell: (r) => emails(r) },
    { key: 'server_ids', label: t('consumed-column-server-ids'), width: 'minmax(8rem, 1.2fr)', cell: (r) => r.server_ids.length ? r.server_ids.join(', ') : none() },
    { key: 'accounts', label: t('consumed-column-accounts'), width: '6.5rem', cell: (r) => h('span', { class: 'num' }, fmt.number(r.accounts)) },
    { key: 'license_type', label: t('consumed-column-license-type'), width: 'minmax(7rem, 0.8fr)', cell: (r) => r.license_type ?? none() },
  ];
}

/**
 * Mounts the Consumed licenses screen. `#/consumed?search=WORDS` opens it searched.
 * @param {HTMLElement} root
 * @param {Deps} deps
 */
export function mountConsumedView(root, deps) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  /** @type {ViewQuery} */
  let view = { search: params.get('search') ?? '', filter: 'all', sort: { column: 'login', descending: false } };
  /** @type {'probing' | 'not_loaded' | 'ready' | 'failed'} */
  let state = 'probing';
  /** The count of the unfiltered list when no summary says it (the list was loaded earlier). */
  let unfilteredTotal = /** @type {number | null} */ (null);
  let speakCount = false;
  let destroyed = false;
  /** The kept load is asked for once, when the backend holds no list. */
  let restoreAsked = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let debounce;

  const panel = mountLoadPanel(deps.store);
  const changesSince = deps.history ? mountChangesSince(deps.history) : null;
  const tableColumns = columns();
  const intro = h('div', { class: 'empty-state', 'data-region': 'not-loaded', hidden: true },
    h('h2', {}, t('consumed-not-loaded-title')),
    h('p', {}, t('consumed-not-loaded-text')),
    h('p', { class: 'note' }, t('consumed-not-loaded-note')));
  const queryProblem = h('div', { 'data-region': 'query-problem' });

  const search = h('input', {
    type: 'search', id: 'consumed-search', 'data-field': 'search', value: view.search, autocomplete: 'off', spellcheck: 'false',
    placeholder: t('consumed-search-placeholder'), 'aria-describedby': 'consumed-count',
    oninput: () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => setView({ ...view, search: search.value.trim() }), SEARCH_DEBOUNCE_MS);
    },
  });
  search.value = view.search;
  const chips = FILTERS.map((f) => h('label', { class: 'filter-chip', 'data-filter': f.value },
    h('input', {
      type: 'radio', name: 'consumed-filter', value: f.value, checked: f.value === view.filter,
      onchange: () => setView({ ...view, filter: f.value }),
    }),
    h('span', {}, t(f.label), ' ', h('span', { class: 'count', 'data-count': f.value }))));
  const count = h('span', { class: 'result-count', id: 'consumed-count', 'data-field': 'result-count' });
  const exportNote = h('div', { class: 'export-note', 'data-field': 'export-result', role: 'status' });
  const exportButtons = /** @type {ExportFormat[]} */ (['csv', 'json']).map((format) => h('button', {
    type: 'button', 'data-action': `export-${format}`, onclick: () => { void exportView(format); },
  }, t('consumed-export', { format: format.toUpperCase() })));

  const source = createRowSource({
    windowSize: WINDOW,
    /** @param {ViewQuery} q @param {number} offset @param {number} limit */
    fetch: (q, offset, limit) => deps.query({ ...q, offset, limit }),
    onChange: onRows,
    onError: onQueryError,
  });
  const table = mountVirtualTable({
    label: t('consumed-table-label'),
    columns: tableColumns,
    source: /** @type {{ get: (p: number) => ConsumerRow | undefined, ensure: (f: number, t: number) => void, total: () => number | null }} */ (source),
    sort: view.sort,
    onSort: (column) => {
      const c = /** @type {SortColumn} */ (column);
      const descending = view.sort.column === c ? !view.sort.descending : false;
      setView({ ...view, sort: { column: c, descending } });
      const label = tableColumns.find((x) => x.key === c)?.label ?? c;
      announce(descending ? t('table-sorted-descending', { column: label }) : t('table-sorted-ascending', { column: label }));
    },
    emptyText: () => view.search
      ? (view.filter === 'all' ? t('consumed-empty-search', { search: view.search }) : t('consumed-empty-search-filtered', { search: view.search }))
      : t('consumed-empty-filtered'),
  });
  table.setSort(view.sort);

  const controls = h('div', { class: 'consumed-body', 'data-region': 'consumed-table', hidden: true },
    h('div', { class: 'table-controls' },
      h('div', { class: 'search-field' },
        h('label', { for: 'consumed-search' }, t('consumed-search-label')),
        search),
      h('fieldset', { class: 'filter-chips' },
        h('legend', { class: 'visually-hidden' }, t('consumed-filter-legend')),
        chips)),
    h('div', { class: 'results-bar' },
      count,
      h('div', { class: 'actions' }, exportButtons)),
    exportNote,
    queryProblem,
    table.el);

  root.replaceChildren(
    h('div', { class: 'screen-head' }, h('h1', {}, t('consumed-title'))),
    panel.el,
    changesSince?.el ?? '',
    intro,
    controls,
  );
  root.setAttribute('aria-busy', 'true');

  /** @param {ViewQuery} next */
  function setView(next) {
    const changed = JSON.stringify(next) !== JSON.stringify(view);
    // A new sort keeps the count: only a new search or filter has one to announce.
    speakCount = next.search !== view.search || next.filter !== view.filter;
    view = next;
    if (!changed) return;
    table.setSort(view.sort);
    exportNote.replaceChildren();
    source.setQuery(view);
    table.reset();
    paintCount();
  }

  function onRows() {
    if (destroyed) return;
    queryProblem.replaceChildren();
    if (state !== 'ready') {
      state = 'ready';
      panel.markLoaded();
      showState();
    }
    const total = source.total();
    if (total !== null && view.search === '' && view.filter === 'all') unfilteredTotal = total;
    paintCount();
    table.render();
    if (speakCount && total !== null) {
      speakCount = false;
      announce(spokenCount(total, deps.store.summary()?.rows ?? unfilteredTotal, Boolean(view.search) || view.filter !== 'all'));
    }
    root.setAttribute('aria-busy', 'false');
  }

  /** @param {unknown} e */
  function onQueryError(e) {
    if (destroyed) return;
    const error = asErrorReport(e);
    root.setAttribute('aria-busy', 'false');
    if (error.kind === 'not_loaded') {
      if (deps.restore && !restoreAsked && !deps.store.loading()) {
        restoreAsked = true;
        root.setAttribute('aria-busy', 'true');
        void restore(deps.restore);
        return;
      }
      state = 'not_loaded';
      showState();
      return;
    }
    state = state === 'ready' ? 'ready' : 'failed';
    queryProblem.replaceChildren(problem(error, t('consumed-query-failed')));
    if (state === 'failed') controls.hidden = false;
    announce(t('consumed-query-failed-spoken'));
  }

  /**
   * Asks for the kept load; with one, the store tells every listener (this screen queries
   * it like a loaded list); without, the screen is as before a load.
   * @param {() => Promise<ConsumedSummary | null>} ask
   */
  async function restore(ask) {
    /** @type {ConsumedSummary | null} */
    let kept = null;
    try {
      kept = await ask();
    } catch {
      // No kept load to show: Load works as ever and says what is wrong, if anything.
    }
    if (destroyed) return;
    if (kept && deps.store.restored(kept)) return;
    if (state === 'ready') return;
    // A load started meanwhile answers for itself; otherwise there is nothing to show yet.
    if (deps.store.loading() || deps.store.summary()) {
      source.setQuery(view);
      return;
    }
    root.setAttribute('aria-busy', 'false');
    state = 'not_loaded';
    showState();
  }

  function showState() {
    intro.hidden = state !== 'not_loaded';
    controls.hidden = state !== 'ready' && state !== 'failed';
    paintChips();
    if (state === 'ready') table.render();
  }

  function paintChips() {
    const s = deps.store.summary();
    for (const f of FILTERS) {
      const el = chips[FILTERS.indexOf(f)].querySelector('.count');
      if (el) el.textContent = s ? fmt.number(f.count(s)) : '';
    }
  }

  function paintCount() {
    const total = source.total();
    const all = deps.store.summary()?.rows ?? unfilteredTotal;
    if (total === null) {
      count.textContent = t('consumed-counting');
      return;
    }
    count.textContent = all === null ? fmt.number(total) : t('consumed-count', { shown: total, total: all });
    for (const b of exportButtons) b.disabled = total === 0;
  }

  /** @param {ExportFormat} format */
  async function exportView(format) {
    const total = source.total() ?? 0;
    for (const b of exportButtons) b.disabled = true;
    const button = exportButtons[format === 'csv' ? 0 : 1];
    button.setAttribute('aria-busy', 'true');
    exportNote.replaceChildren();
    try {
      const saved = await deps.exportRows({ ...view, offset: 0, limit: total }, format);
      if (destroyed || !saved) return;
      exportNote.replaceChildren(savedNote(saved, 'row', format));
    } catch (e) {
      if (!destroyed) exportNote.replaceChildren(problem(asErrorReport(e), t('consumed-export-failed')));
    } finally {
      button.removeAttribute('aria-busy');
      paintCount();
    }
  }

  /** @param {import('../../stores/consumed-store.js').StoreEvent} e */
  function onStore(e) {
    if (e.type === 'loaded' || e.type === 'restored') {
      // The backend kept the new load in its history: one more to compare with.
      if (e.type === 'loaded') void changesSince?.reload();
      // The backend holds a new list: every cached window is stale.
      speakCount = false;
      source.setQuery(view);
      table.reset();
      paintChips();
      paintCount();
    }
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f' && !controls.hidden) {
      e.preventDefault();
      search.focus();
      search.select();
    }
  }

  const unsubscribe = deps.store.subscribe(onStore);
  document.addEventListener('keydown', onKey);
  paintChips();
  source.setQuery(view);
  paintCount();

  return {
    async refresh() {
      await deps.store.load(true);
    },
    destroy() {
      destroyed = true;
      clearTimeout(debounce);
      unsubscribe();
      panel.destroy();
      changesSince?.destroy();
      table.destroy();
      document.removeEventListener('keydown', onKey);
    },
  };
}

/**
 * What is said when a search or filter changes the count: "1,200 of 300,000 license
 * consumers match."
 * @param {number} shown
 * @param {number | null} all the unfiltered list's count, when known
 * @param {boolean} narrowed searched or filtered
 */
function spokenCount(shown, all, narrowed) {
  if (all === null) return narrowed ? t('consumed-spoken-count-match', { shown }) : t('consumed-spoken-count', { shown });
  return narrowed ? t('consumed-spoken-count-of-match', { shown, total: all }) : t('consumed-spoken-count-of', { shown, total: all });
}

function none() {
  return h('span', { class: 'none' }, '—');
}

/** GHES emails first (what GitHub matches on), then the verified ones, each once. @param {ConsumerRow} r */
function emails(r) {
  const seen = new Set();
  /** @type {string[]} */
  const all = [];
  for (const e of [...r.server_emails, ...r.verified_emails]) {
    const k = e.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      all.push(e);
    }
  }
  return all.length ? all.join(', ') : none();
}
