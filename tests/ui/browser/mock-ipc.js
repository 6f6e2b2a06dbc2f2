// Installed before the app's own script: answers the app's IPC calls from fixtures, chosen
// by the page's `?scenario=` query, and counts the calls for the tests.
import { mockIPC, mockWindows } from '/test-vendor/tauri-api/mocks.js';
import * as fixtures from '/test/fixtures.js';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'loaded';
const delayMs = Number(params.get('delay') ?? '0');

/** @type {{ calls: Record<string, number>, release: (() => void) | null }} */
const state = { calls: {}, release: null };
/** @type {any} */ (window).__ipc = state;

mockWindows('main');
mockIPC(async (cmd) => {
  state.calls[cmd] = (state.calls[cmd] ?? 0) + 1;
  if (cmd === 'app_info') return fixtures.demoInfo();
  if (cmd !== 'license_overview') throw new Error(`unexpected command ${cmd}`);
  const n = state.calls[cmd];
  if (params.get('hold') === '1') {
    await new Promise((resolve) => { state.release = () => resolve(undefined); });
  }
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  switch (scenario) {
    case 'loaded': return fixtures.loaded();
    case 'one-refused': return fixtures.oneInstanceRefused();
    case 'unreachable-then-ok': return n === 1 ? fixtures.unreachable() : fixtures.loaded();
    case 'ipc-fails': throw new Error('backend exploded');
    case 'empty': return fixtures.empty();
    case 'hostile': return fixtures.hostileText();
    default: throw new Error(`unknown scenario ${scenario}`);
  }
}, { shouldMockEvents: true });
