// The License screen: the enterprise's seats and the license sync of its server instances,
// then one card per GHES instance with its license. Every figure comes from the backend,
// which read it from GitHub through the real clients.
import { h } from '../lib/dom.js';
import * as fmt from '../lib/format.js';
import { announce, hideBanner, problem, showBanner } from '../lib/status.js';

/** @typedef {import('../bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../bindings/ServerCard').ServerCard} ServerCard */
/** @typedef {import('../bindings/CloudCard').CloudCard} CloudCard */
/** @typedef {import('../bindings/ServerLicenseView').ServerLicenseView} ServerLicenseView */
/** @typedef {import('../bindings/SyncView').SyncView} SyncView */
/** @typedef {import('../bindings/CloudSeats').CloudSeats} CloudSeats */
/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @template T @typedef {import('../bindings/Section').Section<T>} Section */

/** Failures that mean "GitHub could not be reached at all", as opposed to a refusal. */
const UNREACHABLE = new Set(['connection_refused', 'connect', 'timeout', 'tls', 'transport']);

/** Re-read after this long while the window is visible. */
const AUTO_REFRESH_MS = 5 * 60 * 1000;

/**
 * Mounts the License screen.
 * @param {HTMLElement} root
 * @param {{ load: () => Promise<LicenseOverview> }} deps
 */
export function mountLicenseView(root, deps) {
  /** @type {LicenseOverview | null} */
  let current = null;
  let loading = false;

  const refreshButton = h('button', { type: 'button', 'data-action': 'refresh', title: 'Read everything from GitHub again (F5)', onclick: () => { void refresh(); } }, 'Refresh');
  const updated = h('span', { class: 'updated', 'data-field': 'updated' });
  const body = h('div', { 'data-region': 'license' }, h('div', { class: 'cards' }, h('div', { class: 'skeleton' }), h('div', { class: 'skeleton' })));
  root.replaceChildren(
    h('div', { class: 'screen-head' },
      h('h1', {}, 'License'),
      updated,
      h('div', { class: 'actions' }, refreshButton)),
    body,
  );

  async function refresh() {
    if (loading) return;
    loading = true;
    refreshButton.setAttribute('aria-busy', 'true');
    refreshButton.disabled = true;
    root.setAttribute('aria-busy', 'true');
    try {
      const overview = await deps.load();
      current = overview;
      body.replaceChildren(render(overview));
      tickUpdated();
      const down = unreachable(overview);
      if (down) {
        showBanner({ title: 'GitHub could not be reached', message: down.message, fix: down.fix, retry: () => { void refresh(); } });
        announce('GitHub could not be reached.');
      } else {
        hideBanner();
        announce(`License data updated: ${overview.servers.length} server instance${overview.servers.length === 1 ? '' : 's'}.`);
      }
    } catch (e) {
      showBanner({
        title: 'The license data could not be loaded',
        message: describe(e),
        fix: 'Try again. If it keeps failing, restart the app; details are in its log (stderr).',
        retry: () => { void refresh(); },
      });
      if (!current) body.replaceChildren(h('p', { class: 'note' }, 'No data yet.'));
    } finally {
      loading = false;
      refreshButton.removeAttribute('aria-busy');
      refreshButton.disabled = false;
      root.setAttribute('aria-busy', 'false');
    }
  }

  function tickUpdated() {
    if (current) {
      updated.textContent = `Updated ${fmt.ago(current.fetched_at)} (${fmt.time(current.fetched_at)})`;
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
  const ticker = setInterval(tickUpdated, 30_000);
  const auto = setInterval(() => { if (document.visibilityState === 'visible') void refresh(); }, AUTO_REFRESH_MS);
  void refresh();

  return {
    refresh,
    destroy() {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(ticker);
      clearInterval(auto);
    },
  };
}

/** @param {unknown} e */
function describe(e) {
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  return JSON.stringify(e);
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
  const down = errors.filter((e) => UNREACHABLE.has(e.kind));
  return loaded === 0 && down.length > 0 && down.length === errors.length ? down[0] : null;
}

/** @param {LicenseOverview} o */
function render(o) {
  return h('div', {},
    h('section', { 'aria-labelledby': 'cloud-title' },
      h('h2', { id: 'cloud-title' }, 'GitHub Enterprise Cloud'),
      renderCloud(o.cloud)),
    h('section', { 'aria-labelledby': 'servers-title' },
      h('h2', { id: 'servers-title' }, 'GitHub Enterprise Server instances'),
      o.servers.length === 0
        ? h('p', { class: 'note' }, 'No GHES instance is configured. Add one in Connections.')
        : h('div', { class: 'cards' }, o.servers.map(renderServer))));
}

/** @param {Section<CloudCard>} section */
function renderCloud(section) {
  if (section.state === 'not_configured') return h('p', { class: 'note', 'data-field': 'cloud-not-configured' }, section.reason);
  if (section.state === 'failed') return problem(section.error, 'The enterprise could not be read');
  const c = section.data;
  return h('article', { class: 'card', 'data-enterprise': c.enterprise, 'aria-labelledby': 'enterprise-title' },
    h('div', { class: 'card-head' },
      h('h3', { id: 'enterprise-title' }, `Enterprise ${c.enterprise}`),
      h('span', { class: 'sub' }, c.api_url)),
    renderSeats(c.seats),
    h('hr', { class: 'divider' }),
    h('h3', {}, 'License sync of server instances'),
    renderInstances(c.instances));
}

/** @param {Section<CloudSeats>} section */
function renderSeats(section) {
  if (section.state === 'failed') return problem(section.error, 'Seats could not be read');
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const s = section.data;
  const over = s.available !== null && s.available < 0;
  return h('div', {},
    h('dl', { class: 'figures' },
      figure('Consumed', fmt.number(s.consumed), 'consumed'),
      figure('Purchased', fmt.number(s.purchased), 'purchased'),
      figure(over ? 'Over by' : 'Available', fmt.number(s.available === null ? null : Math.abs(s.available)), 'available')),
    meter(s.consumed, s.purchased, 'seats consumed'));
}

/** @param {Section<import('../bindings/CloudInstance').CloudInstance[]>} section */
function renderInstances(section) {
  if (section.state === 'failed') return problem(section.error, 'License sync status could not be read');
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  if (section.data.length === 0) return h('p', { class: 'note' }, 'GitHub lists no server instance for this enterprise yet: no usage was ever synced or uploaded.');
  return h('table', { class: 'instances' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Host'), h('th', { scope: 'col' }, 'Last sync'), h('th', { scope: 'col' }, 'Status'))),
    h('tbody', {}, section.data.map((i) => h('tr', { 'data-sync-host': i.sync.hostname ?? '' },
      h('td', {}, i.sync.hostname ?? '(no host name)', i.configured_id ? null : h('div', { class: 'note' }, 'not configured here')),
      h('td', { title: fmt.dateTime(i.sync.last_sync?.at), 'data-field': 'last-sync' }, i.sync.relative ?? i.sync.last_sync?.raw ?? 'never'),
      h('td', {}, syncChip(i.sync), i.sync.error ? h('div', { class: 'note' }, i.sync.error) : null)))));
}

/** @param {ServerCard} s */
function renderServer(s) {
  const titleId = `instance-${s.id}-title`;
  return h('article', { class: 'card', 'data-instance': s.id, 'aria-labelledby': titleId },
    h('div', { class: 'card-head' },
      h('h3', { id: titleId }, s.name),
      s.version ? h('span', { class: 'chip', 'data-field': 'version' }, `GHES ${s.version}`) : null,
      h('span', { class: 'sub' }, s.api_url)),
    renderLicense(s.license),
    h('hr', { class: 'divider' }),
    h('h3', {}, 'License sync'),
    renderServerSync(s.sync));
}

/** @param {Section<ServerLicenseView>} section */
function renderLicense(section) {
  if (section.state === 'failed') return problem(section.error, 'The license could not be read');
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const l = section.data;
  const total = fmt.seatNumber(l.seats);
  return h('div', {},
    h('dl', { class: 'figures' },
      figure('Seats', fmt.seats(l.seats), 'seats'),
      figure('Used', fmt.number(l.seats_used), 'used'),
      figure('Available', fmt.seats(l.seats_available), 'available')),
    total !== null ? meter(l.seats_used, total, 'seats used') : null,
    h('dl', { class: 'facts' },
      h('dt', {}, 'License'), h('dd', { 'data-field': 'kind' }, l.kind ?? '—'),
      h('dt', {}, 'Expires'),
      h('dd', {},
        h('span', { 'data-field': 'expires', title: l.expiry.date?.raw ?? '' }, l.expiry.date?.at ? fmt.date(l.expiry.date.at) : (l.expiry.date?.raw ?? '—')),
        ' · ',
        h('span', { 'data-field': 'days-left' }, fmt.daysLeft(l.expiry.days_left)),
        ' ',
        expiryChip(l.expiry.state))));
}

/** @param {Section<SyncView | null>} section */
function renderServerSync(section) {
  if (section.state === 'failed') return problem(section.error, 'The sync status could not be read from GitHub Enterprise Cloud');
  if (section.state === 'not_configured') return h('p', { class: 'note' }, section.reason);
  const v = section.data;
  if (!v) return h('p', { class: 'note', 'data-field': 'sync-missing' }, 'GitHub Enterprise Cloud lists no sync from this host name yet.');
  return h('dl', { class: 'facts' },
    h('dt', {}, 'Last sync'),
    h('dd', { 'data-field': 'last-sync', title: fmt.dateTime(v.last_sync?.at) }, v.relative ?? v.last_sync?.raw ?? 'never'),
    h('dt', {}, 'Status'),
    h('dd', {}, syncChip(v)),
    v.error ? h('dt', {}, 'GitHub says') : null,
    v.error ? h('dd', { 'data-field': 'sync-error' }, v.error) : null);
}

/** @param {SyncView} v */
function syncChip(v) {
  /** @type {Record<SyncView['health'], [string, string]>} */
  const looks = {
    synced: ['Synced', 'chip-ok'],
    stale: [`Stale · ${v.age_days ?? '?'} days`, 'chip-warn'],
    failed: [`Failed${v.status && v.status.toLowerCase() !== 'failed' ? ` (${v.status})` : ''}`, 'chip-bad'],
    never_synced: ['Never synced', 'chip-warn'],
    unknown: ['Unknown date', 'chip-muted'],
  };
  const [text, cls] = looks[v.health];
  return h('span', { class: `chip ${cls}`, 'data-field': 'sync-health', 'data-health': v.health }, text);
}

/** @param {import('../bindings/ExpiryState').ExpiryState} state */
function expiryChip(state) {
  switch (state) {
    case 'ok': return null;
    case 'soon': return h('span', { class: 'chip chip-warn', 'data-field': 'expiry-warning' }, 'Renew soon');
    case 'expired': return h('span', { class: 'chip chip-bad', 'data-field': 'expiry-warning' }, 'Expired');
    case 'unknown': return h('span', { class: 'chip chip-muted' }, 'Unknown');
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
 * @param {string} what
 */
function meter(part, whole, what) {
  if (part === null || whole === null || whole <= 0) return null;
  const pct = Math.round((part / whole) * 100);
  const fill = h('div', { class: `meter-fill${part > whole ? ' over' : ''}` });
  fill.style.width = `${Math.min(100, pct)}%`;
  return h('div', { class: 'meter' },
    h('div', { class: 'meter-track', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': whole, 'aria-valuenow': part, 'aria-label': `${fmt.number(part)} of ${fmt.number(whole)} ${what}` }, fill),
    h('span', { class: 'meter-label' }, `${pct}% of seats ${what.startsWith('seats ') ? what.slice(6) : what}`));
}
