// What the tray asks of the window. Sync everything hands steps off to GitHub's pages and
// streams each instance's progress to the License screen, so the tray's item does not run a
// second copy of the flow in the backend: it shows the window, opens the License screen and,
// once that screen has read GitHub (what it learns there, e.g. which instances sync through
// GitHub Connect, decides each instance's path), presses its Sync everything button.
import { t } from '../../lib/l10n.js';
import { announce } from '../../lib/status.js';

/** The License screen's button, once the screen is loaded. */
const BUTTON = 'main[aria-busy="false"] [data-action="sync-everything"]';

/**
 * @typedef {object} TrayDeps
 * @property {(handler: () => void) => Promise<() => void>} onSyncEverything the tray's item
 * @property {(screen: string) => void} show opens a screen
 * @property {number} [waitMs] how long the License screen may take to load (30 s)
 */

/**
 * Listens to the tray until the page goes away.
 * @param {TrayDeps} deps
 * @returns {Promise<() => void>} stops listening
 */
export function handleTrayActions(deps) {
  return deps.onSyncEverything(() => { void syncEverything(deps); });
}

/** @param {TrayDeps} deps */
async function syncEverything(deps) {
  deps.show('license');
  const button = await loaded(deps.waitMs ?? 30_000);
  if (!button) {
    announce(t('monitor-tray-not-loaded'));
    return;
  }
  // As the button says: disabled while a sync is being watched (its card says which).
  if (button.disabled) {
    announce(t('monitor-tray-busy'));
    return;
  }
  button.click();
}

/** @param {number} waitMs @returns {Promise<HTMLButtonElement | null>} */
async function loaded(waitMs) {
  const end = Date.now() + waitMs;
  for (;;) {
    const b = /** @type {HTMLButtonElement | null} */ (document.querySelector(BUTTON));
    if (b) return b;
    if (Date.now() > end) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
