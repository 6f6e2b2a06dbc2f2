// Installed before the app's own script: answers the app's IPC calls from fixtures, chosen
// by the page's `?scenario=` query, and counts the calls for the tests.
import { mockIPC, mockWindows } from '/test-vendor/tauri-api/mocks.js';
import * as fixtures from '/test/fixtures.js';
import { connectionsBackend } from '/test/connections-backend.js';
import { consumedBackend } from '/test/consumed-backend.js';
import { accountsBackend } from '/test/accounts-backend.js';
import { syncBackend } from '/test/sync-backend.js';
import { monitorBackend } from '/test/monitor-backend.js';
import { historyBackend } from '/test/history-backend.js';

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario') ?? 'loaded';
const delayMs = Number(params.get('delay') ?? '0');

/** @type {{ calls: Record<string, number>, release: (() => void) | null, inspected: string[], handoff: string | undefined, opened: string[] }} */
const state = { calls: {}, release: null, inspected: [], handoff: undefined, opened: params.getAll('opened') };
/** @type {any} */ (window).__ipc = state;

const connections = connectionsBackend(params, state);
// Consumed licenses and Duplicates. Progress channels: a `Channel` argument reaches this
// handler as the Channel object itself (mockIPC serialises nothing); consumed-backend.js sends
// FetchProgress messages through `__TAURI_INTERNALS__.runCallback(channel.id, { index, message })`
// and ends with `{ index, end: true }`, Tauri's own wire format. See consumed-backend.js.
const consumed = consumedBackend(params, state);
// Duplicates' "Load server accounts"; answers duplicate_overview and
// duplicate_findings once accounts are loaded.
const accounts = accountsBackend(params, state);
// Sync flows and Activity (issue 5): the test drives each watch through `__ipc.sync`; see
// sync-backend.js.
const sync = syncBackend(params, state);
// Background checks (issue 14): settings, Check now, status; see monitor-backend.js.
const monitor = monitorBackend(params, state);
// The history (issue 15): stored loads and readings, the stored License screen, who
// changed; see history-backend.js.
const history = historyBackend(params, state);

// Export license usage and Upload a new license (issue 6). `export=ok` (default: progress
// through every stage, then the outcome), `hostkey` (ssh_host_key_unknown), `hold` (stays in
// `receiving` until cancel_export, then rejects with `cancelled`), `dialog-cancel` (null);
// `pickLicense=PATH` answers the .ghl dialog. Uploads are kept in `__ipc.licenseUploads`, and
// License screen reads after one show the new license.
/** @type {{ instance: string, reject: (e: unknown) => void } | null} */
let heldExport = null;
/** @type {any} */ (state).licenseUploads = [];
/** @type {any} */ (state).exports = [];
/** @type {any} */ (state).cancelledExports = [];
/** @param {string} cmd @param {any} args @returns {Promise<{ value: unknown } | undefined>} */
async function licenseActions(cmd, args) {
  const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (cmd === 'export_license_usage') {
    /** @type {any} */ (state).exports.push(args.instance);
    const mode = params.get('export') ?? 'ok';
    if (mode === 'dialog-cancel') return { value: null };
    let index = 0;
    const send = (/** @type {unknown} */ message) => /** @type {any} */ (window).__TAURI_INTERNALS__.runCallback(args.onProgress.id, { index: index++, message });
    await pause(30);
    send({ stage: 'reading_version' });
    await pause(30);
    send({ stage: 'connecting', host: 'github.acme.example', port: 122, command: 'ghe-license usage -o -y' });
    if (mode === 'hostkey') {
      await pause(30);
      throw fixtures.hostKeyUnknown();
    }
    await pause(30);
    send({ stage: 'receiving', bytes: 16_384 });
    if (mode === 'hold') {
      await new Promise((_resolve, reject) => { heldExport = { instance: args.instance, reject }; });
    }
    await pause(30);
    send({ stage: 'validating', bytes: 49_001 });
    await pause(30);
    return { value: fixtures.exportOutcome() };
  }
  if (cmd === 'cancel_export') {
    /** @type {any} */ (state).cancelledExports.push(args.instance);
    const held = heldExport;
    heldExport = null;
    if (!held) return { value: false };
    setTimeout(() => held.reject({ ...fixtures.error('cancelled', 'The export was cancelled.', 'Export again when you are ready; a file that was there before is unchanged.') }), 30);
    return { value: true };
  }
  if (cmd === 'pick_license_file') return { value: params.get('pickLicense') };
  if (cmd === 'upload_license') {
    /** @type {any} */ (state).licenseUploads.push({ instance: args.instance, path: args.path, apply: args.apply });
    await pause(50);
    return { value: fixtures.licenseUploadOutcome(args.instance, args.path, args.apply) };
  }
  if (cmd === 'license_overview' && /** @type {any} */ (state).licenseUploads.length > 0) {
    return { value: fixtures.loadedWithNewLicense(/** @type {any} */ (state).licenseUploads.at(-1).instance) };
  }
  return undefined;
}

mockWindows('main');
// The language (issue 17): `?lang=es` answers `locale_messages` with locales/es (the real
// files, served by static-server.mjs as /locales/<lang>.ftl), `?pseudo=1` renders English
// pseudo-localized (accented, longer).
// A language chosen in the header's menu is kept for the tab (the app reloads after it).
const chosen = sessionStorage.getItem('ghls-language') ?? params.get('lang');
const lang = /** @type {'en' | 'es' | 'pt-BR'} */ (chosen ?? 'en');
if (params.get('pseudo') === '1') /** @type {any} */ (window).__GHLS_PSEUDO__ = true;
async function localeMessages() {
  const read = async (/** @type {string} */ l) => (await fetch(`/locales/${l}.ftl`)).text();
  const names = { en: 'English', es: 'Español', 'pt-BR': 'Português (Brasil)' };
  return {
    state: {
      choice: chosen ? { kind: 'chosen', lang } : { kind: 'system' },
      lang,
      system: 'en',
      languages: Object.entries(names).map(([l, name]) => ({ lang: l, name })),
    },
    messages: await read(lang),
    english: await read('en'),
  };
}

// Every word the backend sends (answers, progress messages) is data, not the UI's text:
// the pseudo-locale test (tests/ui/pseudo-locale.test.mjs) allows exactly these in English.
/** @type {Set<string>} */
const dataWords = new Set();
/** @type {any} */ (window).__ipcWords = dataWords;
/** @param {unknown} v */
function noteWords(v) {
  if (typeof v === 'string') for (const w of v.match(/[A-Za-z]+/g) ?? []) dataWords.add(w);
  else if (Array.isArray(v)) v.forEach(noteWords);
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { noteWords(k); noteWords(x); });
}

mockIPC(async (cmd, args) => {
  try {
    const answer = await answerIpc(cmd, args);
    if (cmd !== 'locale_messages') noteWords(answer);
    return answer;
  } catch (e) {
    noteWords(e instanceof Error ? e.message : e);
    throw e;
  }
}, { shouldMockEvents: true });
{
  const internals = /** @type {any} */ (window).__TAURI_INTERNALS__;
  const run = internals.runCallback.bind(internals);
  internals.runCallback = (/** @type {number} */ id, /** @type {unknown} */ data) => { noteWords(data); return run(id, data); };
}

/** @param {string} cmd @param {any} args */
async function answerIpc(cmd, args) {
  state.calls[cmd] = (state.calls[cmd] ?? 0) + 1;
  // `mode=normal`: the app with the admin's own connections (as without --demo).
  if (cmd === 'locale_messages') return localeMessages();
  if (cmd === 'set_language') {
    /** @type {any} */ (state).language = args.choice;
    if (args.choice.kind === 'chosen') sessionStorage.setItem('ghls-language', args.choice.lang);
    else sessionStorage.setItem('ghls-language', 'en');
    return (await localeMessages()).state;
  }
  if (cmd === 'app_info') return params.get('mode') === 'normal' ? { ...fixtures.demoInfo(), mode: 'normal', credential_backend: 'keyring', emulator_url: null } : fixtures.demoInfo();
  if (cmd === 'inspect_usage_file') {
    const path = /** @type {{ path: string }} */ (args).path;
    state.inspected.push(path);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return fixtures.usageVerdict(path);
  }
  // Files handed to the app from outside (its command line, a second launch): `?opened=PATH`
  // waits at start; a test hands more by pushing to `__ipc.opened` and emitting `opened-files`.
  if (cmd === 'take_opened_files') return state.opened.splice(0);
  // The native file dialog: `?pick=PATH` answers with PATH, no `pick` is a cancel.
  if (cmd === 'pick_usage_file') return params.get('pick');
  // Where hand-offs open GitHub's pages (the Connections screen's setting).
  if (cmd === 'handoff_setting') return state.handoff ?? 'browser';
  if (cmd === 'set_handoff_setting') {
    state.handoff = /** @type {{ how: string }} */ (args).how;
    return null;
  }
  const answered = await connections(cmd, args);
  if (answered) return answered.value;
  const accountsAnswer = await accounts(cmd, args);
  if (accountsAnswer) return accountsAnswer.value;
  const consumedAnswer = await consumed(cmd, args);
  if (consumedAnswer) return consumedAnswer.value;
  const syncAnswer = await sync(cmd, args);
  if (syncAnswer) return syncAnswer.value;
  const monitorAnswer = await monitor(cmd, args);
  if (monitorAnswer) return monitorAnswer.value;
  const historyAnswer = await history(cmd, args);
  if (historyAnswer) return historyAnswer.value;
  const licenseAnswer = await licenseActions(cmd, args);
  if (licenseAnswer) return licenseAnswer.value;
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
    case 'known-servers-refused': return fixtures.knownServersRefused();
    case 'known-servers-partial': return fixtures.knownServersPartial();
    default: throw new Error(`unknown scenario ${scenario}`);
  }
}
