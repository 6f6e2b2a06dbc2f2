// The shell of the UI: what mode the app runs in, and which screen is shown.
import * as ipc from './lib/ipc.js';
import * as l10n from './lib/l10n.js';
import { showBanner } from './lib/status.js';
import { createConsumedStore } from './stores/consumed-store.js';
import { createWatchStore } from './stores/watch-store.js';
import { mountActivityView } from './views/activity/activity-view.js';
import { mountAddServerUsageView, receiveOpenedFiles } from './views/usage-file/add-server-usage-view.js';
import { mountConnectionsView } from './views/connections/connections-view.js';
import { mountConsumedView } from './views/consumed/consumed-view.js';
import { mountDuplicatesView } from './views/duplicates/duplicates-view.js';
import { mountHistoryView } from './views/history/history-view.js';
import { mountLicenseView } from './views/license/license-view.js';
import { mountLanguagePicker } from './views/language/language-picker.js';
import { handleTrayActions } from './views/monitor/tray-actions.js';

/** @typedef {{ refresh: () => Promise<void>, destroy: () => void }} View */

/** The consumed-licenses list is loaded once for every screen that shows it. */
const consumed = createConsumedStore({ load: ipc.loadConsumedLicenses, cancel: ipc.cancelConsumedFetch });
/** The sync flows' confirmation watches outlive the screen that started them. */
const watch = createWatchStore(ipc);

/** @type {Record<string, (root: HTMLElement) => View>} */
const screens = {
  license: (root) => mountLicenseView(root, {
    load: ipc.licenseOverview,
    stored: ipc.storedLicense,
    consumed,
    watch,
    quick: { exportUsage: ipc.exportLicenseUsage, cancelExport: ipc.cancelExport, pickLicense: ipc.pickLicenseFile, uploadLicense: ipc.uploadLicense },
  }),
  consumed: (root) => mountConsumedView(root, {
    store: consumed,
    query: ipc.queryConsumedLicenses,
    exportRows: ipc.exportConsumedLicenses,
    history: { overview: () => ipc.historyOverview(), changes: ipc.consumedChanges },
    restore: ipc.restoreConsumedLicenses,
  }),
  duplicates: (root) => mountDuplicatesView(root, {
    store: consumed,
    overview: ipc.duplicateOverview,
    findings: ipc.duplicateFindings,
    exportReport: ipc.exportDuplicates,
    accounts: { load: ipc.loadServerAccounts, cancel: ipc.cancelServerAccounts, summary: ipc.serverAccountsSummary },
    history: { overview: () => ipc.historyOverview(), since: ipc.duplicatesSince },
  }),
  'add-server-usage': (root) => mountAddServerUsageView(root, {
    inspect: ipc.inspectUsageFile,
    pick: ipc.pickUsageFile,
    onDragDrop: ipc.onDragDrop,
    watch,
    instances: ipc.ghesInstances,
    uploadLicense: ipc.uploadLicense,
  }),
  activity: (root) => mountActivityView(root, { load: ipc.activity }),
  history: (root) => mountHistoryView(root, { overview: ipc.historyOverview, changes: ipc.consumedChanges, setDetailDays: ipc.setHistoryDetailDays }),
  connections: (root) => mountConnectionsView(root, {
    load: ipc.connections,
    save: ipc.saveConnections,
    removeInstance: ipc.removeGhesInstance,
    setSecret: ipc.setSecret,
    deleteSecret: ipc.deleteSecret,
    test: ipc.testConnection,
    handoff: { get: ipc.handoffSetting, set: ipc.setHandoffSetting },
    monitor: { status: ipc.monitorStatus, save: ipc.setMonitorSettings, checkNow: ipc.monitorCheckNow, instances: ipc.ghesInstances, onChecked: ipc.onMonitorChecked },
  }),
};

/** @type {View | null} */
let view = null;

function route() {
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  // `#/consumed?search=x`: the screen is the part before `?`, the rest is the screen's own.
  const name = location.hash.replace(/^#\//, '').split('?')[0] || 'license';
  const mount = screens[name] ?? screens.license;
  view?.destroy();
  view = mount(main);
  for (const a of document.querySelectorAll('nav a[data-screen]')) {
    if (a.getAttribute('data-screen') === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/**
 * Add server usage checking `path`, as a dropped file is (its `?path=` route); the same file
 * again is checked again.
 * @param {string} path
 */
function openUsageFile(path) {
  const target = `#/add-server-usage?path=${encodeURIComponent(path)}`;
  if (location.hash === target) route();
  else location.hash = target;
}

/**
 * The messages first: every screen renders its text through them. A backend that cannot
 * send them leaves the UI in English's words as index.html has them.
 */
async function startLanguage() {
  try {
    const messages = await ipc.localeMessages();
    l10n.init(messages, { pseudo: /** @type {any} */ (window).__GHLS_PSEUDO__ === true });
    l10n.localize(document);
    mountLanguagePicker(/** @type {HTMLElement} */ (document.getElementById('language-picker')), { state: messages.state, set: ipc.setLanguage });
  } catch (e) {
    console.error('no messages from the backend:', e);
  }
}

async function boot() {
  await startLanguage();
  try {
    const info = await ipc.appInfo();
    document.documentElement.dataset.mode = info.mode;
    const badge = document.getElementById('mode-badge');
    if (badge && info.mode === 'demo') badge.hidden = false;
    if (info.settings_warning) {
      showBanner({ title: l10n.t('settings-warning-title'), message: info.settings_warning.message, fix: info.settings_warning.fix });
    }
  } catch (e) {
    showBanner({ title: l10n.t('backend-silent-title'), message: String(e), fix: l10n.t('backend-silent-fix') });
  }
  window.addEventListener('hashchange', route);
  route();
  void receiveOpenedFiles({ take: ipc.takeOpenedFiles, onOpened: ipc.onOpenedFiles }, openUsageFile);
  // The tray's Sync everything runs the License screen's one-click sync in this window.
  handleTrayActions({
    onSyncEverything: ipc.onTraySyncEverything,
    show: (screen) => { if (location.hash !== `#/${screen}`) location.hash = `#/${screen}`; },
  }).catch(() => { /* no event bus (an old webview): the tray shows the window only */ });
}

void boot();
