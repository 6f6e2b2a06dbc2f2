// The shell of the UI: what mode the app runs in, and which screen is shown.
import * as ipc from './lib/ipc.js';
import { showBanner } from './lib/status.js';
import { mountLicenseView } from './views/license-view.js';

/** @typedef {{ refresh: () => Promise<void>, destroy: () => void }} View */

/** @type {Record<string, (root: HTMLElement) => View>} */
const screens = {
  license: (root) => mountLicenseView(root, { load: ipc.licenseOverview }),
};

/** @type {View | null} */
let view = null;

function route() {
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  const name = location.hash.replace(/^#\//, '') || 'license';
  const mount = screens[name] ?? screens.license;
  view?.destroy();
  view = mount(main);
  for (const a of document.querySelectorAll('nav a[data-screen]')) {
    if (a.getAttribute('data-screen') === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function boot() {
  try {
    const info = await ipc.appInfo();
    document.documentElement.dataset.mode = info.mode;
    const badge = document.getElementById('mode-badge');
    if (badge && info.mode === 'demo') badge.hidden = false;
    if (info.settings_warning) {
      showBanner({ title: 'Your settings need attention', message: info.settings_warning.message, fix: info.settings_warning.fix });
    }
  } catch (e) {
    showBanner({ title: 'The app’s backend did not answer', message: String(e), fix: 'Restart the app.' });
  }
  window.addEventListener('hashchange', route);
  route();
}

void boot();
