// What the tray asks of the window. Sync everything hands steps off to GitHub's pages and
// streams each instance's progress to the License screen, so the tray's item does not run a
// second copy of the flow in the backend: it shows the window and the window starts the same
// one-click sync as the License screen's Sync everything button, through the same store.
import { announce } from '../../lib/status.js';

/**
 * @typedef {object} TrayDeps
 * @property {(handler: () => void) => Promise<() => void>} onSyncEverything the tray's item
 * @property {import('../../stores/watch-store.js').WatchStore} watch the sync flows' store
 * @property {(screen: string) => void} show opens a screen
 */

/**
 * Listens to the tray until the page goes away.
 * @param {TrayDeps} deps
 * @returns {Promise<() => void>} stops listening
 */
export function handleTrayActions(deps) {
  return deps.onSyncEverything(() => {
    deps.show('license');
    // As the button: disabled while any sync is being watched (its card says which).
    if (deps.watch.anyBusy()) {
      announce('Sync everything waits: a sync is being watched. Wait for it, or cancel it on its card.');
      return;
    }
    void deps.watch.oneClick();
  });
}
