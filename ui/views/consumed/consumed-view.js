// The Consumed licenses screen: every license consumer of the enterprise, as GitHub counts
// them, in one table that stays smooth at 300,000 rows. The backend holds the list (read
// page by page from GET /enterprises/{e}/consumed-licenses) and answers windows of it,
// searched, filtered and sorted; this screen only ever holds the rows near the view.
// Opened with no list held, it asks the backend for the newest load the history kept and
// shows that at once, marked as kept (load-panel.js), until a Refresh reads GitHub.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
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

/** @type {{ value: ConsumerFilter, label: string, count: (s: ConsumedSummary) => number }[]} */
const FILTERS = [
  { value: 'all', label: 'All', count: (s) => s.rows },
  { value: 'cloud_only', label: 'Cloud only', count: (s) => s.split.cloud_only },
  { value: 'server_only', label: 'Server only', count: (s) => s.split.server_only },
  { value: 'both', label: 'Both', count: (s) => s.split.both },
  { value: 'visual_studio', label: 'Visual Studio', count: (s) => s.split.visual_studio },
  { value: 'multiple_accounts', label: 'More than one account', count: (s) => s.split.multiple_accounts },
];

/** @type {Record<ConsumerRow['kind'], string>} */
export const KIND_WORDS = { cloud_only: 'Cloud only', server_only: 'Server only', both: 'Both', unknown: 'Unknown' };

/** @type {import('../../widgets/virtual-table.js').Column<ConsumerRow>[]} */
const COLUMNS = [
  { key: 'login', label: 'Login', width: 'minmax(10rem, 1.2fr)', cell: (r) => r.login ?? none() },
  { key: 'name', label: 'Name', width: 'minmax(8rem, 1fr)', cell: (r) => r.name ?? none() },
  { key: 'kind', label: 'Kind', width: '10.5rem', cell: (r) => [
    h('span', { class: `kind kind-${r.kind}` }, KIND_WORDS[r.kind]),
    r.visual_studio ? h('span', { class: 'chip chip-vs', title: 'Visual Studio subscriber' }, 'VS') : null,
  ] },
  { key: 'emails', label: 'Emails', width: 'minmax(12rem, 1.8fr)', cell: (r) => emails(r) },
  { key: 'server_ids', label: 'GHES users', width: 'minmax(8rem, 1.2fr)', cell: (r) => r.server_ids.length ? r.server_ids.join(', ') : none() },
  { key: 'accounts', label: 'Accounts', width: '6.5rem', cell: (r) => h('span', { class: 'num' }, fmt.number(r.accounts)) },
  { key: 'license_type', label: 'License type', width: 'minmax(7rem, 0.8fr)', cell: (r) => r.license_type ?? none() },
];

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
  const intro = h('div', { class: 'empty-state', 'data-region': 'not-loaded', hidden: true },
    h('h2', {}, 'The list is not loaded yet'),
    h('p', {}, 'Loading reads every page of the enterprise’s consumed licenses from GitHub: 100 people a page, so about 3,000 pages for 300,000 people. GitHub’s rate limit can make it pause; the progress shows when, and for how long.'),
    h('p', { class: 'note' }, 'Once loaded, searching, filtering, sorting and exporting happen here without asking GitHub again.'));
  const queryProblem = h('div', { 'data-region': 'query-problem' });

  const search = h('input', {
    type: 'search', id: 'consumed-search', 'data-field': 'search', value: view.search, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Login, name, email or GHES user', 'aria-describedby': 'consumed-count',
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
    h('span', {}, f.label, ' ', h('span', { class: 'count', 'data-count': f.value }))));
  const count = h('span', { class: 'result-count', id: 'consumed-count', 'data-field': 'result-count' });
  const exportNote = h('div', { class: 'export-note', 'data-field': 'export-result', role: 'status' });
  const exportButtons = /** @type {ExportFormat[]} */ (['csv', 'json']).map((format) => h('button', {
    type: 'button', 'data-action': `export-${format}`, onclick: () => { void exportView(format); },
  }, `Export ${format.toUpperCase()}`));

  const source = createRowSource({
    windowSize: WINDOW,
    /** @param {ViewQuery} q @param {number} offset @param {number} limit */
    fetch: (q, offset, limit) => deps.query({ ...q, offset, limit }),
    onChange: onRows,
    onError: onQueryError,
  });
  const table = mountVirtualTable({
    label: 'License consumers',
    columns: COLUMNS,
    source: /** @type {{ get: (p: number) => ConsumerRow | undefined, ensure: (f: number, t: number) => void, total: () => number | null }} */ (source),
    sort: view.sort,
    onSort: (column) => {
      const c = /** @type {SortColumn} */ (column);
      const descending = view.sort.column === c ? !view.sort.descending : false;
      setView({ ...view, sort: { column: c, descending } });
      const label = COLUMNS.find((x) => x.key === c)?.label ?? c;
      announce(`Sorted by ${label}, ${descending ? 'descending' : 'ascending'}.`);
    },
    emptyText: () => view.search
      ? `No consumer matches “${view.search}”${view.filter === 'all' ? '' : ' in this filter'}.`
      : 'No consumer in this filter.',
  });
  table.setSort(view.sort);

  const controls = h('div', { class: 'consumed-body', 'data-region': 'consumed-table', hidden: true },
    h('div', { class: 'table-controls' },
      h('div', { class: 'search-field' },
        h('label', { for: 'consumed-search' }, 'Search'),
        search),
      h('fieldset', { class: 'filter-chips' },
        h('legend', { class: 'visually-hidden' }, 'Show'),
        chips)),
    h('div', { class: 'results-bar' },
      count,
      h('div', { class: 'actions' }, exportButtons)),
    exportNote,
    queryProblem,
    table.el);

  root.replaceChildren(
    h('div', { class: 'screen-head' }, h('h1', {}, 'Consumed licenses')),
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
      announce(`${count.textContent} license consumers${view.search || view.filter !== 'all' ? ' match' : ''}.`);
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
    queryProblem.replaceChildren(problem(error, 'The list could not be read'));
    if (state === 'failed') controls.hidden = false;
    announce('The list could not be read.');
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
      count.textContent = 'Counting…';
      return;
    }
    count.textContent = all === null ? `${fmt.number(total)}` : `${fmt.number(total)} of ${fmt.number(all)}`;
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
      if (!destroyed) exportNote.replaceChildren(problem(asErrorReport(e), 'The export could not be saved'));
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
