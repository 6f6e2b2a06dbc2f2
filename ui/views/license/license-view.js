// The License screen: the enterprise's seats and the license sync of its server instances,
// then one card per GHES instance with its license. Every figure comes from the backend,
// which read it from GitHub through the real clients. It opens with the screen as last read
// (the backend's history keeps it) while GitHub is asked again, and keeps the last screen it
// showed, saying how old it is and why, when GitHub cannot be read at all.
import { h } from '../../lib/dom.js';
import { asErrorReport, uiError } from '../../lib/ipc.js';
import * as fmt from '../../lib/format.js';
import { t, tRich } from '../../lib/l10n.js';
import { announce, hideBanner, problem, showBanner } from '../../lib/status.js';
import { mountSeatChart } from './seat-chart.js';
import { mountWatchPanel } from '../sync/watch-panel.js';
import { ONE_CLICK } from '../../stores/watch-store.js';
import { mountQuickLinks } from './license-quick-links.js';

/** @typedef {import('../../bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../../bindings/ServerCard').ServerCard} ServerCard */
/** @typedef {import('../../bindings/CloudCard').CloudCard} CloudCard */
/** @typedef {import('../../bindings/ServerLicenseView').ServerLicenseView} ServerLicenseView */
/** @typedef {import('../../bindings/SyncView').SyncView} SyncView */
/** @typedef {import('../../bindings/CloudSeats').CloudSeats} CloudSeats */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @template T @typedef {import('../../bindings/Section').Section<T>} Section */
/** @typedef {import('../../stores/watch-store.js').WatchStore} WatchStore */
/** @typedef {import('../../bindings/InstanceOutcome').InstanceOutcome} InstanceOutcome */
/** @typedef {import('../../bindings/KnownServer').KnownServer} KnownServer */
/** @typedef {import('../../bindings/UploadView').UploadView} UploadView */
/** @typedef {import('../../bindings/LicenseSyncMode').LicenseSyncMode} LicenseSyncMode */
/** @typedef {import('../../bindings/PageLink').PageLink} PageLink */
/** @typedef {import('../../bindings/StoredLicense').StoredLicense} StoredLicense */

/**
 * Failures that mean "GitHub could not be reached at all", as opposed to a refusal. Typed by
 * the report's `kind`, so tsc checks each name against the backend's error kinds.
 * @type {Set<ErrorReport['kind']>}
 */
const UNREACHABLE = new Set(['connection_refused', 'connect', 'timeout', 'transport']);
/** @param {ErrorReport['kind']} kind */
const isUnreachable = (kind) => UNREACHABLE.has(kind) || kind === 'tls' || kind.startsWith('tls_');

/**
 * A message with a link in it: the link goes where the message has `{ $link }`, so each
 * language places it in its own sentence.
 * @param {string} id
 * @param {HTMLElement} link
 * @returns {(string | HTMLElement)[]}
 */
function withLink(id, link) {
  const mark = '\u{E000}';
  const [before, after = ''] = t(id, { link: mark }).split(mark);
  return [before, link, after];
}

/** Re-read after this long while the window is visible. */
const AUTO_REFRESH_MS = 5 * 60 * 1000;

/**
 * Mounts the License screen. With `stored`, it asks for the screen as last read together
 * with GitHub, and shows that one until GitHub answers.
 * @param {HTMLElement} root
 * @param {{ load: () => Promise<LicenseOverview>, stored?: () => Promise<StoredLicense | null>, consumed?: import('../../stores/consumed-store.js').ConsumedStore, watch?: WatchStore, quick?: Omit<import('./license-quick-links.js').QuickDeps, 'onLicenseChanged'> }} deps
 */
export function mountLicenseView(root, deps) {
  /** @type {LicenseOverview | null} */
  let current = null;
  let loading = false;
  let destroyed = false;
  let firstLoad = true;
  /** A screen read from GitHub in this visit is on screen, fresh (the stored one is not needed). */
  let liveShown = false;
  /** The last screen shown whole: the stored one, or an earlier read. @type {{ overview: LicenseOverview, at: string } | null} */
  let lastGood = null;
  /** What is on screen instead of a fresh read (the stored screen, or an earlier one kept after a failed read). @type {{ overview: LicenseOverview, at: string } | null} */
  let kept = null;
  /** Why the last read of GitHub showed nothing. @type {ErrorReport | null} */
  let failure = null;
  // The split of the seats, from the consumed-licenses list when one is loaded (never fetched from here unasked).
  const chart = deps.consumed ? mountSeatChart(deps.consumed) : null;

  const refreshButton = h('button', { type: 'button', 'data-action': 'refresh', title: t('license-refresh.title'), onclick: () => { void refresh(); } }, t('license-refresh'));
  const updated = h('span', { class: 'updated', 'data-field': 'updated' });
  // Sync now, Enable automatic license sync and One-click sync (issue 5): their watches live
  // in the store; each card shows its instance's, and a confirmation re-reads the figures.
  const store = deps.watch ?? null;
  /** @type {{ destroy: () => void }[]} */
  let panels = [];
  /** @type {Map<string, HTMLButtonElement[]>} */
  let cardButtons = new Map();
  /** Watch ends already answered with a refresh. @type {WeakSet<object>} */
  const seenEnds = new WeakSet();
  let refreshAfter = false;
  // Quick links (issue 6): one panel per instance, kept across re-renders so a running
  // export's progress and the last outcome stay on the card.
  /** @type {Map<string, ReturnType<typeof mountQuickLinks>>} */
  const quick = new Map();
  /** @param {ServerCard} s */
  function quickLinks(s) {
    if (!deps.quick) return null;
    let q = quick.get(s.id);
    if (!q) {
      q = mountQuickLinks({ ...deps.quick, onLicenseChanged: refreshForSync }, { id: s.id, name: s.name });
      quick.set(s.id, q);
    }
    q.rename(s.name);
    return q.el;
  }
  /** @param {ServerCard} s */
  const cardExtras = (s) => [store ? syncControls(s) : null, quickLinks(s)];
  const syncAllButton = store
    ? h('button', { type: 'button', class: 'primary', 'data-action': 'sync-everything', 'aria-describedby': 'sync-everything-help', onclick: () => { void syncEverything(); } }, t('license-sync-everything'))
    : null;
  const oneClickRegion = h('div', { 'data-region': 'one-click', hidden: true });
  const body = h('div', { 'data-region': 'license' }, h('div', { class: 'cards' }, h('div', { class: 'skeleton' }), h('div', { class: 'skeleton' })));
  // Always in the page (empty when a fresh read is shown), so that its changes are spoken.
  const keptNote = h('div', { 'data-region': 'kept-note', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    h('div', { class: 'screen-head' },
      h('h1', {}, t('license-title')),
      updated,
      h('div', { class: 'actions' },
        refreshButton,
        syncAllButton,
        h('a', { class: 'button-link', href: '#/add-server-usage', 'data-action': 'add-server-usage' }, t('license-add-server-usage')))),
    store ? h('p', { id: 'sync-everything-help', class: 'visually-hidden' }, tRich('license-sync-everything-help')) : '',
    oneClickRegion,
    keptNote,
    body,
  );

  async function refresh() {
    if (loading) return;
    loading = true;
    refreshButton.setAttribute('aria-busy', 'true');
    refreshButton.disabled = true;
    root.setAttribute('aria-busy', 'true');
    const live = deps.load();
    if (firstLoad) {
      firstLoad = false;
      if (deps.stored) deps.stored().then(showStored, () => { /* no history: GitHub's answer is all there is */ });
    }
    failure = null;
    paintKeptNote();
    try {
      const overview = await live;
      if (destroyed) return;
      const nothing = nothingRead(overview);
      if (nothing && lastGood) {
        keep(nothing);
        return;
      }
      current = overview;
      kept = null;
      if (nothing) {
        failure = nothing;
      } else {
        liveShown = true;
        lastGood = { overview, at: overview.fetched_at };
      }
      paintKeptNote();
      const focused = focusKey();
      for (const p of panels) p.destroy();
      panels = [];
      cardButtons = new Map();
      body.replaceChildren(render(overview, cardExtras));
      body.setAttribute('data-source', 'live');
      restoreFocus(focused);
      chart?.attach(body, overview);
      tickUpdated();
      const down = unreachable(overview);
      if (down) {
        showBanner({ title: t('license-unreachable-title'), message: down.message, fix: down.fix, retry: () => { void refresh(); } });
        announce(t('license-unreachable-announce'));
      } else {
        hideBanner();
        announce(t('license-updated-announce', { count: overview.servers.length }));
      }
    } catch (e) {
      if (destroyed) return;
      if (lastGood) {
        keep(asErrorReport(e));
        return;
      }
      failure = asErrorReport(e);
      showBanner({
        title: t('license-load-failed-title'),
        message: asErrorReport(e).message,
        fix: t('ipc-failed-fix'),
        retry: () => { void refresh(); },
      });
      if (!current) body.replaceChildren(h('p', { class: 'note' }, t('license-no-data')));
    } finally {
      if (!destroyed) {
        loading = false;
        refreshButton.removeAttribute('aria-busy');
        refreshButton.disabled = false;
        root.setAttribute('aria-busy', 'false');
        if (refreshAfter) {
          refreshAfter = false;
          void refresh();
        }
      }
    }
  }

  /**
   * The screen as last read arrived: shown until GitHub answers, or, when GitHub could not
   * be read at all before it arrived, instead of that failure.
   * @param {StoredLicense | null} stored
   */
  function showStored(stored) {
    if (destroyed || !stored || liveShown || lastGood) return;
    const shown = { overview: stored.overview, at: stored.read_at };
    lastGood = shown;
    if (!loading) {
      // GitHub answered first, with nothing: the stored screen is better than none.
      keep(failure ?? uiError('internal', 'license-github-not-read', {}, 'license-github-not-read-fix'));
      return;
    }
    kept = shown;
    current = stored.overview;
    showKept();
    paintKeptNote();
  }

  /**
   * GitHub could not be read at all: the last screen shown whole stays, with its age and the
   * reason, instead of a screen of failures.
   * @param {ErrorReport} error
   */
  function keep(error) {
    failure = error;
    if (!kept && lastGood) {
      kept = lastGood;
      current = lastGood.overview;
      // An earlier read of this visit is already on screen with its controls; the stored one is drawn.
      if (!liveShown) showKept();
    }
    hideBanner();
    paintKeptNote();
  }

  function showKept() {
    if (!kept) return;
    for (const p of panels) p.destroy();
    panels = [];
    cardButtons = new Map();
    // No sync or upload controls on a stored screen: they would act on figures GitHub has not confirmed now.
    body.replaceChildren(render(kept.overview, null));
    body.setAttribute('data-source', 'stored');
    chart?.attach(body, kept.overview);
    tickUpdated();
  }

  /** "As of Tuesday 14:05 · refreshing…", or why GitHub could not be read now. */
  function paintKeptNote() {
    if (!kept) {
      keptNote.replaceChildren();
      return;
    }
    const asOf = t('license-as-of', { when: fmt.weekdayTime(kept.at) });
    if (!failure) {
      keptNote.replaceChildren(h('p', { class: 'kept-note', 'data-field': 'kept-note', 'data-state': 'refreshing', title: fmt.dateTime(kept.at) },
        h('span', { 'data-field': 'as-of' }, asOf), ` · ${t('license-kept-refreshing')}`));
      return;
    }
    keptNote.replaceChildren(h('div', { class: 'kept-note failed', 'data-field': 'kept-note', 'data-state': 'failed' },
      h('p', { title: fmt.dateTime(kept.at) }, h('strong', { 'data-field': 'as-of' }, asOf), ` · ${t('license-kept-failed')}`),
      problem(failure),
      h('button', { type: 'button', 'data-action': 'try-again', onclick: () => { void refresh(); } }, t('widget-try-again'))));
  }

  /** A watch ended with GitHub read back: the figures changed, read them again. */
  function refreshForSync() {
    if (loading) refreshAfter = true;
    else void refresh();
  }

  /** Which control has the focus, to find it again in the re-rendered cards. */
  function focusKey() {
    const a = document.activeElement;
    if (!(a instanceof HTMLElement) || !body.contains(a)) return null;
    const action = a.getAttribute('data-action');
    const card = a.closest('[data-instance]')?.getAttribute('data-instance');
    return action && card ? { action, card } : null;
  }

  /** @param {{ action: string, card: string } | null} k */
  function restoreFocus(k) {
    if (!k) return;
    const card = [...body.querySelectorAll('[data-instance]')].find((c) => c.getAttribute('data-instance') === k.card);
    /** @type {HTMLElement | null | undefined} */ (card?.querySelector(`[data-action="${k.action}"]`))?.focus();
  }

  /**
   * The sync controls of a server card: Sync now (the main button when the sync is stale,
   * failed or missing), Enable automatic license sync, and the instance's watch.
   * @param {ServerCard} s
   */
  function syncControls(s) {
    if (!store || s.sync.state === 'not_configured') return null;
    const v = s.sync.state === 'loaded' ? s.sync.data : null;
    const due = s.sync.state === 'loaded' && (v === null || v.stale || v.health === 'failed' || v.health === 'never_synced');
    const auto = s.sync.state === 'loaded' && (v === null || v.health === 'never_synced');
    const syncButton = h('button', {
      type: 'button', class: due ? 'primary' : null, 'data-action': 'sync-now', 'data-prominent': due ? 'true' : null,
      onclick: () => { void start(s, 'sync'); },
    }, t('license-sync-now'));
    const enableButton = h('button', {
      type: 'button', 'data-action': 'enable-sync',
      onclick: () => { void start(s, 'enable'); },
    }, t('license-enable-sync'));
    cardButtons.set(s.id, [syncButton, enableButton]);
    paintCardButtons(s.id);
    const panel = mountWatchPanel(store, s.id);
    panels.push(panel);
    return h('div', { class: 'sync-controls', 'data-region': 'sync-controls' },
      due ? h('p', { class: 'sync-due', 'data-field': 'sync-due' }, !v ? t('license-sync-due-never')
        : v.relative ? t('license-sync-due', { when: v.relative }) : t('license-sync-due-long-ago')) : null,
      auto ? h('p', { class: 'note', 'data-field': 'auto-sync' },
        withLink('license-auto-sync-unconfirmed', h('a', { href: '#/add-server-usage' }, t('license-add-server-usage')))) : null,
      h('div', { class: 'sync-actions' }, syncButton, enableButton),
      panel.el);
  }

  /** @param {ServerCard} s @param {'sync' | 'enable'} what */
  async function start(s, what) {
    if (!store || store.busy(s.id)) return;
    for (const b of cardButtons.get(s.id) ?? []) b.disabled = true;
    const run = what === 'sync' ? store.syncNow(s.id, s.name) : store.enableLicenseSync(s.id, s.name);
    const card = [...body.querySelectorAll('[data-instance]')].find((c) => c.getAttribute('data-instance') === s.id);
    /** @type {HTMLElement | null | undefined} */ (card?.querySelector('[data-watch] [data-field="watch-title"]'))?.focus();
    await run;
  }

  /** @param {string} id */
  function paintCardButtons(id) {
    const busy = store?.busy(id) ?? false;
    for (const b of cardButtons.get(id) ?? []) {
      b.disabled = busy;
      b.title = busy ? t('license-sync-busy') : '';
    }
  }

  async function syncEverything() {
    if (!store || store.anyBusy()) return;
    if (syncAllButton) syncAllButton.disabled = true;
    await store.oneClick();
  }

  function paintOneClick() {
    if (!store || !syncAllButton) return;
    const st = store.oneClickState();
    const busy = store.anyBusy();
    syncAllButton.disabled = busy;
    if (st.busy) syncAllButton.setAttribute('aria-busy', 'true');
    else syncAllButton.removeAttribute('aria-busy');
    syncAllButton.title = busy ? t('license-sync-everything-busy') : '';
    if (st.busy) {
      oneClickRegion.hidden = false;
      oneClickRegion.replaceChildren(h('p', { class: 'one-click-running', 'data-field': 'one-click-running' },
        h('span', { class: 'chip chip-busy' }, t('license-one-click-chip')), ` ${t('license-one-click-running')}`));
    } else if (st.error) {
      oneClickRegion.hidden = false;
      oneClickRegion.replaceChildren(problem(st.error, t('license-one-click-failed')));
    } else if (st.result) {
      const r = st.result;
      oneClickRegion.hidden = false;
      oneClickRegion.replaceChildren(h('div', { class: `card one-click-result ${r.confirmed === r.total ? 'all-confirmed' : ''}`, 'data-field': 'one-click-result' },
        h('p', {}, h('strong', { 'data-field': 'one-click-summary' }, r.summary)),
        h('ul', { class: 'one-click-outcomes' }, r.outcomes.map(outcomeLine))));
    } else {
      oneClickRegion.hidden = true;
    }
  }

  /** @param {string} key */
  function onStore(key) {
    if (key === ONE_CLICK) {
      paintOneClick();
      for (const id of cardButtons.keys()) paintCardButtons(id);
      const st = store?.oneClickState();
      if (st && !st.busy) announce(st.result ? t('license-one-click-announce', { summary: st.result.summary }) : t('license-one-click-failed-announce'));
      return;
    }
    paintCardButtons(key);
    paintOneClick();
    const end = store?.entry(key)?.end;
    if (end && !seenEnds.has(end) && ((end.type === 'event' && end.event.state === 'confirmed') || end.type === 'gone')) {
      seenEnds.add(end);
      refreshForSync();
    }
  }

  function tickUpdated() {
    if (current) {
      updated.textContent = t('license-updated', { ago: fmt.ago(current.fetched_at), time: fmt.time(current.fetched_at) });
      updated.title = fmt.dateTime(current.fetched_at);
    }
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if (e.key === 'F5' || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'r')) {
      e.preventDefault();
      void refresh();
    }
  }

  function onVisible() {
    if (document.visibilityState === 'visible' && current && Date.now() - new Date(current.fetched_at).getTime() > AUTO_REFRESH_MS) {
      void refresh();
    }
  }

  document.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribe = store?.subscribe(onStore);
  paintOneClick();
  void store?.attach();
  const ticker = setInterval(tickUpdated, 30_000);
  const auto = setInterval(() => { if (document.visibilityState === 'visible') void refresh(); }, AUTO_REFRESH_MS);
  void refresh();

  return {
    refresh,
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(ticker);
      clearInterval(auto);
      chart?.destroy();
      unsubscribe?.();
      for (const p of panels) p.destroy();
      for (const q of quick.values()) q.destroy();
    },
  };
}


/**
 * Why nothing at all could be read, when nothing could: no part of the screen (a server's
 * license or sync, the enterprise's seats or license sync) loaded and at least one failed.
 * An unreachable GitHub is preferred as the reason.
 * @param {LicenseOverview} o
 * @returns {ErrorReport | null}
 */
export function nothingRead(o) {
  /** @type {ErrorReport[]} */
  const errors = [];
  let loaded = 0;
  /** @param {{ state: string, error?: ErrorReport }} section */
  const count = (section) => {
    if (section.state === 'loaded') loaded++;
    if (section.state === 'failed' && section.error) errors.push(section.error);
  };
  for (const s of o.servers) {
    count(s.license);
    count(s.sync);
  }
  if (o.cloud.state === 'loaded') {
    count(o.cloud.data.seats);
    count(o.cloud.data.instances);
  } else {
    count(o.cloud);
  }
  if (loaded > 0 || errors.length === 0) return null;
  return errors.find((e) => isUnreachable(e.kind)) ?? errors[0];
}

/**
 * The error to put in the banner when nothing at all could be reached.
 * @param {LicenseOverview} o
 * @returns {ErrorReport | null}
 */
export function unreachable(o) {
  /** @type {ErrorReport[]} */
  const errors = [];
  let loaded = 0;
  for (const s of o.servers) {
    if (s.license.state === 'failed') errors.push(s.license.error);
    if (s.license.state === 'loaded') loaded++;
  }
  if (o.cloud.state === 'loaded') {
    const seats = o.cloud.data.seats;
    if (seats.state === 'failed') errors.push(seats.error);
    if (seats.state === 'loaded') loaded++;
  }
  const down = errors.filter((e) => isUnreachable(e.kind));
  return loaded === 0 && down.length > 0 && down.length === errors.length ? down[0] : null;
}

/**
 * @param {LicenseOverview} o
 * @param {((s: ServerCard) => Node | null | (Node | null)[]) | null} extra what a server card gets below its sync
 */
function render(o, extra) {
  return h('div', {},
    h('section', { 'aria-labelledby': 'cloud-title' },
      h('h2', { id: 'cloud-title' }, t('license-cloud-title')),
      renderCloud(o.cloud)),
    h('section', { 'aria-labelledby': 'servers-title' },
      h('h2', { id: 'servers-title' }, t('license-servers-title')),
      o.servers.length === 0
        ? h('p', { class: 'note' }, t('license-no-servers'))
        : h('div', { class: 'cards' }, o.servers.map((s) => renderServer(s, extra)))));
}

/** @param {Section<CloudCard>} section */
function renderCloud(section) {
  if (section.state === 'not_configured') return h('p', { class: 'note', 'data-field': 'cloud-not-configured' }, section.reason);
  if (section.state === 'failed') return problem(section.error, t('license-enterprise-failed'));
  const c = section.data;
  return h('article', { class: 'card', 'data-enterprise': c.enterprise, 'aria-labelledby': 'enterprise-title' },
    h('div', { class: 'card-head' },
      h('h3', { id: 'enterprise-title' }, t('license-enterprise-title', { enterprise: c.enterprise })),
      h('span', { class: 'sub' }, c.api_url)),
    renderSeats(c.seats),
    h('hr', { class: 'divider' }),
    h('h3', {}, t('license-instances-title')),
    renderInstances(c.instances),
    h('hr', { class: 'divider' }),
    h('h3', { id: 'known-servers-title' }, t('license-known-servers-title')),
    renderKnownServers(c.servers),
    c.servers_missing.length === 0 ? null
      : h('div', { class: 'note', role: 'note', 'data-field': 'known-servers-partial' },
        h('p', {}, t('license-known-servers-partial')),
        h('ul', {}, c.servers_missing.map((m) => h('li', {}, m)))),
    c.licensing_page ? h('p', { class: 'page-links' }, pageLink(tRich('license-licensing-page'), c.licensing_page, 'licensing-page')) : null);
}

/**
 * Every instance GitHub's GraphQL view lists, with its license sync, newest upload, and
 * "Add to Connections" for the ones not configured here.
 * @param {Section<KnownServer[]>} section
 */
function renderKnownServers(section) {
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  if (section.state === 'failed') {
    return h('div', { 'data-field': 'known-servers-failed' },
      problem(section.error, t('license-known-servers-failed')),
      h('p', { class: 'note' }, t('license-known-servers-failed-note')));
  }
  if (section.data.length === 0) return h('p', { class: 'note', 'data-field': 'known-servers-none' }, t('license-known-servers-none'));
  return h('table', { class: 'instances', 'aria-labelledby': 'known-servers-title', 'data-field': 'known-servers' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('license-col-host')),
      h('th', { scope: 'col' }, t('license-col-auto-sync')),
      h('th', { scope: 'col' }, t('license-col-newest-upload')),
      h('th', { scope: 'col' }, t('license-col-in-connections')))),
    h('tbody', {}, section.data.map((k) => h('tr', { 'data-known-host': k.host_name ?? '' },
      h('td', {}, k.host_name ?? t('license-no-host-name'), k.customer_name ? h('div', { class: 'note' }, k.customer_name) : null),
      h('td', { 'data-field': 'connected' }, k.connected === null ? t('license-connected-unknown') : modeWords(k.connected)),
      h('td', {}, k.uploads === null ? h('span', { class: 'note' }, t('license-uploads-not-given'))
        : k.uploads.length === 0 ? h('span', { class: 'note' }, t('license-uploads-none-yet'))
          : uploadLine(k.uploads[0])),
      h('td', {}, k.configured_id
        ? h('span', { 'data-field': 'configured' }, k.configured_id)
        : k.host_name
          ? h('a', { class: 'button-link', href: `#/connections?add-ghes=${encodeURIComponent(k.host_name)}`, 'data-action': 'add-to-connections', 'aria-label': t('license-add-to-connections.aria-label', { host: k.host_name }) }, t('license-add-to-connections'))
          : null)))));
}

/** @param {boolean} connected */
function modeWords(connected) {
  return connected ? t('license-mode-on') : t('license-mode-off');
}

/** @param {UploadView} u */
function uploadLine(u) {
  /** @type {Record<string, string>} */
  const looks = { SUCCESS: 'chip-ok', FAILURE: 'chip-bad', PENDING: 'chip-busy' };
  const state = u.state ?? 'unknown';
  return h('span', { 'data-field': 'upload', 'data-upload-state': state },
    h('span', { class: `chip ${looks[state] ?? 'chip-muted'}` }, state === 'PENDING' ? t('license-upload-state-processing') : state === 'SUCCESS' ? t('license-upload-state-processed') : state === 'FAILURE' ? t('license-upload-state-failed') : state),
    ' ',
    h('span', { 'data-field': 'upload-name' }, u.name ?? t('license-no-file-name')),
    ' ',
    h('span', { class: 'note', 'data-field': 'upload-time', title: u.at ? fmt.dateTime(u.at) : '' }, u.at ? fmt.ago(u.at) : ''));
}

/**
 * A hand-off page's address with GitHub's menu path beside it, for when the page moved.
 * The address is selectable text, not a link: a link would load GitHub inside the app's own
 * window; the hand-off buttons open it in the browser (or the GitHub window).
 * @param {string | DocumentFragment} label
 * @param {PageLink} p
 * @param {string} field
 */
function pageLink(label, p, field) {
  return h('span', { class: 'page-link', 'data-field': field },
    label, ': ',
    h('code', { class: 'page-url', 'data-field': 'page-url' }, p.url),
    ' ',
    h('span', { class: 'note', 'data-field': 'menu-path' }, t('license-page-moved', { menu: p.menu })));
}

/**
 * "Automatic license sync: on (GitHub Connect)", with its age when GitHub could not be read now.
 * @param {LicenseSyncMode | null} m
 */
function renderSyncMode(m) {
  if (!m) return h('p', { class: 'note', 'data-field': 'license-sync-mode', 'data-connected': 'unknown' }, t('license-sync-mode-unknown'));
  return h('p', { 'data-field': 'license-sync-mode', 'data-connected': String(m.connected), 'data-current': String(m.current) },
    t('license-sync-mode', { connected: m.connected ? 'on' : 'off' }),
    m.current ? null : h('span', { class: 'note', 'data-field': 'license-sync-mode-age', title: fmt.dateTime(m.read_at) },
      ` ${t('license-sync-mode-age', { ago: fmt.ago(m.read_at) })}`));
}

/** @param {UploadView[] | null} uploads */
function renderUploads(uploads) {
  if (uploads === null) return null;
  if (uploads.length === 0) return h('p', { class: 'note', 'data-field': 'uploads-none' }, t('license-uploads-none'));
  return h('div', {},
    h('h4', {}, t('license-uploads-title')),
    h('ul', { class: 'uploads', 'data-field': 'uploads' }, uploads.map((u) => h('li', {}, uploadLine(u)))));
}

/** @param {Section<CloudSeats>} section */
function renderSeats(section) {
  if (section.state === 'failed') return problem(section.error, t('license-seats-failed'));
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const s = section.data;
  const over = s.available !== null && s.available < 0;
  return h('div', {},
    h('dl', { class: 'figures' },
      figure(t('license-figure-consumed'), fmt.number(s.consumed), 'consumed'),
      figure(t('license-figure-purchased'), fmt.number(s.purchased), 'purchased'),
      figure(over ? t('license-figure-over-by') : t('license-figure-available'), fmt.number(s.available === null ? null : Math.abs(s.available)), 'available')),
    meter(s.consumed, s.purchased, 'consumed'),
    h('div', { 'data-slot': 'seat-chart' }));
}

/** @param {Section<import('../../bindings/CloudInstance').CloudInstance[]>} section */
function renderInstances(section) {
  if (section.state === 'failed') return problem(section.error, t('license-instances-failed'));
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  if (section.data.length === 0) return h('p', { class: 'note' }, t('license-instances-none'));
  return h('table', { class: 'instances' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('license-col-host')), h('th', { scope: 'col' }, t('license-col-last-sync')), h('th', { scope: 'col' }, t('license-col-status')))),
    h('tbody', {}, section.data.map((i) => h('tr', { 'data-sync-host': i.sync.hostname ?? '' },
      h('td', {}, i.sync.hostname ?? t('license-no-host-name'), i.configured_id ? null : h('div', { class: 'note' }, t('license-not-configured-here'))),
      h('td', { title: fmt.dateTime(i.sync.last_sync?.at), 'data-field': 'last-sync' }, i.sync.relative ?? i.sync.last_sync?.raw ?? t('license-never')),
      h('td', {}, syncChip(i.sync), i.sync.error ? h('div', { class: 'note' }, i.sync.error) : null)))));
}

/**
 * @param {ServerCard} s
 * @param {((s: ServerCard) => Node | null | (Node | null)[]) | null} extra
 */
function renderServer(s, extra) {
  const titleId = `instance-${s.id}-title`;
  return h('article', { class: 'card', 'data-instance': s.id, 'aria-labelledby': titleId },
    h('div', { class: 'card-head' },
      h('h3', { id: titleId }, s.name),
      s.version ? h('span', { class: 'chip', 'data-field': 'version' }, t('license-ghes-version', { version: s.version })) : null,
      h('span', { class: 'sub' }, s.api_url)),
    renderLicense(s.license),
    h('hr', { class: 'divider' }),
    h('h3', {}, t('license-sync-title')),
    renderSyncMode(s.license_sync_mode),
    renderServerSync(s.sync),
    renderUploads(s.uploads),
    h('p', { class: 'page-links' },
      pageLink(t('license-license-page'), s.pages.license, 'license-page'), h('br', {}),
      pageLink(t('license-connect-page'), s.pages.connect, 'connect-page')),
    extra ? extra(s) : null);
}

/** One instance's line in the combined one-click result. @param {InstanceOutcome} o */
function outcomeLine(o) {
  const r = o.result;
  // `outcome` is the test hook (English, stable); `word` is what the chip says.
  /** @type {[string, string, string, string]} */
  const [cls, outcome, word, text] = r.state === 'skipped' ? ['chip-muted', 'Skipped', t('license-outcome-skipped'), r.reason]
    : r.state === 'refused' ? ['chip-bad', 'Not started', t('license-outcome-not-started'), r.error.message]
      : r.event.state === 'confirmed' ? ['chip-ok', 'Confirmed', t('license-outcome-confirmed'), r.event.summary]
        : r.event.state === 'failed' ? ['chip-bad', 'Failed', t('license-outcome-failed'), r.event.github_error ?? r.event.message]
          : r.event.state === 'timed_out' ? ['chip-warn', 'Not confirmed yet', t('license-outcome-not-confirmed'), t('license-outcome-not-confirmed-text')]
            : r.event.state === 'cancelled' ? ['chip-muted', 'Stopped', t('license-outcome-stopped'), t('license-outcome-stopped-text')]
              : ['chip-muted', 'Unfinished', t('license-outcome-unfinished'), ''];
  return h('li', { 'data-outcome-instance': o.instance, 'data-outcome': outcome },
    h('span', { class: `chip ${cls}` }, word), ' ', h('strong', {}, o.name), text ? ` — ${text}` : '');
}

/** @param {Section<ServerLicenseView>} section */
function renderLicense(section) {
  if (section.state === 'failed') return problem(section.error, t('license-license-failed'));
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const l = section.data;
  const total = fmt.seatNumber(l.seats);
  return h('div', {},
    h('dl', { class: 'figures' },
      figure(t('license-figure-seats'), fmt.seats(l.seats), 'seats'),
      figure(t('license-figure-used'), fmt.number(l.seats_used), 'used'),
      figure(t('license-figure-available'), fmt.seats(l.seats_available), 'available')),
    total !== null ? meter(l.seats_used, total, 'used') : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('license-fact-license')), h('dd', { 'data-field': 'kind' }, l.kind ?? '—'),
      h('dt', {}, t('license-fact-expires')),
      h('dd', {},
        h('span', { 'data-field': 'expires', title: l.expiry.date?.raw ?? '' }, l.expiry.date?.at ? fmt.date(l.expiry.date.at) : (l.expiry.date?.raw ?? '—')),
        ' · ',
        h('span', { 'data-field': 'days-left' }, fmt.daysLeft(l.expiry.days_left)),
        ' ',
        expiryChip(l.expiry.state))));
}

/** @param {Section<SyncView | null>} section */
function renderServerSync(section) {
  if (section.state === 'failed') return problem(section.error, t('license-server-sync-failed'));
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const v = section.data;
  if (!v) return h('p', { class: 'note', 'data-field': 'sync-missing' }, t('license-sync-missing'));
  return h('dl', { class: 'facts' },
    h('dt', {}, t('license-col-last-sync')),
    h('dd', { 'data-field': 'last-sync', title: fmt.dateTime(v.last_sync?.at) }, v.relative ?? v.last_sync?.raw ?? t('license-never')),
    h('dt', {}, t('license-col-status')),
    h('dd', {}, syncChip(v)),
    v.error ? h('dt', {}, t('license-github-says')) : null,
    v.error ? h('dd', { 'data-field': 'sync-error' }, v.error) : null);
}

/** @param {SyncView} v */
function syncChip(v) {
  /** @type {Record<SyncView['health'], [string, string]>} */
  const looks = {
    synced: [t('license-chip-synced'), 'chip-ok'],
    stale: [t('license-chip-stale', { days: v.age_days ?? '?' }), 'chip-warn'],
    failed: [v.status && v.status.toLowerCase() !== 'failed' ? t('license-chip-failed-status', { status: v.status }) : t('license-chip-failed'), 'chip-bad'],
    never_synced: [t('license-chip-never-synced'), 'chip-warn'],
    unknown: [t('license-chip-unknown-date'), 'chip-muted'],
  };
  const [text, cls] = looks[v.health];
  return h('span', { class: `chip ${cls}`, 'data-field': 'sync-health', 'data-health': v.health }, text);
}

/** @param {import('../../bindings/ExpiryState').ExpiryState} state */
function expiryChip(state) {
  switch (state) {
    case 'ok': return null;
    case 'soon': return h('span', { class: 'chip chip-warn', 'data-field': 'expiry-warning' }, t('license-expiry-soon'));
    case 'expired': return h('span', { class: 'chip chip-bad', 'data-field': 'expiry-warning' }, t('license-expiry-expired'));
    case 'unknown': return h('span', { class: 'chip chip-muted' }, t('license-expiry-unknown'));
  }
}

/**
 * @param {string} label
 * @param {string} value
 * @param {string} field
 */
function figure(label, value, field) {
  const word = !/^[\d,.\s\u00a0\u202f—-]+$/.test(value);
  return h('div', {}, h('dt', {}, label), h('dd', { 'data-field': field, class: word ? 'word' : null }, value));
}

/**
 * @param {number | null} part
 * @param {number | null} whole
 * @param {'consumed' | 'used'} what
 */
function meter(part, whole, what) {
  if (part === null || whole === null || whole <= 0) return null;
  const pct = Math.round((part / whole) * 100);
  const fill = h('div', { class: `meter-fill${part > whole ? ' over' : ''}` });
  fill.style.width = `${Math.min(100, pct)}%`;
  return h('div', { class: 'meter' },
    h('div', { class: 'meter-track', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': whole, 'aria-valuenow': part,
      'aria-label': what === 'consumed' ? t('license-meter-consumed.aria-label', { part, whole }) : t('license-meter-used.aria-label', { part, whole }) }, fill),
    h('span', { class: 'meter-label' }, what === 'consumed' ? t('license-meter-consumed', { pct }) : t('license-meter-used', { pct })));
}
