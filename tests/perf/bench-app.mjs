// The app's figures for scripts/bench: cold start to a filled License screen, and the rate
// budget a refresh with no change spends. Not part of CI. scripts/bench runs it on the
// release build, against an emulator it started, under a private session bus with an
// unlocked gnome-keyring (the app reads its tokens from the OS keyring):
//
//   GHLS_APP_BINARY=target/release/ghe-license-sync dbus-run-session -- \
//     node tests/perf/bench-app.mjs EMULATOR_INFO.json WORK_DIR [RUNS]
//
// EMULATOR_INFO.json is the emulator's info line. Prints one JSON document on stdout and
// into WORK_DIR/result.json (the session bus's services may write to stdout too):
// `{ runs: [ms…], cold_start_ms, stored_runs: [ms…], stored_start_ms, load: LoadCost,
// refresh: LoadCost, memory }`; progress on stderr. With GHLS_BENCH_STARTS_ONLY=1 it ends
// after the cold starts, without load, refresh and memory
// (`GHLS_BENCH_ONLY=start scripts/bench`).
//
// Cold start, precisely: t0 is taken just before the WebDriver new-session request, which
// starts the app process (WebKitWebDriver spawns it); t1 is the page's own clock when the
// License screen first shows, under `main[aria-busy="false"]`, a number in every GHES
// card's seats and in the enterprise's consumed seats, as read from the emulator. A
// MutationObserver installed right after the session opens sees that moment; were the
// screen filled already then, t1 is the observer's first look (an upper bound). The app
// and the page share the machine's clock. Each run is a new app process (the previous one
// ended and gone); the OS file cache is warm. One untimed run first stores the tokens in
// the keyring through the app (Connections' `set_secret`) and checks the figures against
// GitHub's API, so every timed run reads its tokens from the keyring as an admin's would.
//
// Refresh: in one more app, Consumed licenses → Load (every page), then the emulator's
// rate-limit window is restarted (so the estimate does not ask for the reserve) and Refresh;
// the cost lines the screen shows after each are read.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { APP_BINARY, OUT, digits, expectLicenseFiguresFromGitHub, findAppProcess } from '../support/app.mjs';
import { Processes, Session, sleep, startWebDriver, startXvfb } from '../support/webdriver.mjs';

const [infoFile, work, runsArg] = process.argv.slice(2);
if (!infoFile || !work) {
  console.error('usage: node tests/perf/bench-app.mjs EMULATOR_INFO.json WORK_DIR [RUNS]');
  process.exit(2);
}
if (!existsSync(APP_BINARY)) {
  console.error(`build the release app first (GHLS_APP_BINARY): ${APP_BINARY} is missing`);
  process.exit(2);
}
const RUNS = Number(runsArg ?? 5); // 0: no cold starts (the 1,000,000-consumer memory run)
const STARTS_ONLY = process.env.GHLS_BENCH_STARTS_ONLY === '1';
/** The load of 300,000 consumers (3,000 pages) may take minutes on a loaded machine. */
const LOAD_TIMEOUT_MS = 10 * 60_000;

const info = /** @type {any} */ (JSON.parse(readFileSync(infoFile, 'utf8')));
const mark = `GHLS_PERF_MARK=bench-${process.pid}`;
const env = {
  GHLS_CONFIG_DIR: join(work, 'config'),
  GHLS_DATA_DIR: join(work, 'data'),
  XDG_CONFIG_HOME: join(work, 'xdg-config'),
  GHLS_PERF_MARK: `bench-${process.pid}`,
};
mkdirSync(env.GHLS_CONFIG_DIR, { recursive: true });
// The settings Connections would save for this emulator (the demo's, without its extras).
writeFileSync(join(env.GHLS_CONFIG_DIR, 'settings.json'), JSON.stringify({
  version: 1,
  ghec: { api_url: info.ghec.api_url, enterprise: info.ghec.enterprise },
  ghes: info.ghes.map((/** @type {any} */ g) => ({ id: g.name, hostname: g.hostname, api_url: g.api_url, manage_url: g.manage_url })),
}, null, 2));

/**
 * In the page (async script): waits until the License screen is filled and answers the
 * page's clock (ms since the epoch) at that moment. Arguments: the instance names, the
 * enterprise slug, the callback.
 */
const WAIT_FILLED = `
  const [names, enterprise, done] = arguments;
  const number = (css) => /\\d/.test(document.querySelector(css)?.textContent ?? '');
  const figures = () => names.every((n) => number('[data-instance="' + n + '"] [data-field="seats"]'))
    && number('[data-enterprise="' + enterprise + '"] [data-field="consumed"]');
  const filled = () => document.querySelector('main')?.getAttribute('aria-busy') === 'false' && figures();
  // The screen the history kept shows first, noted "refreshing" until GitHub answers; the
  // screen is still busy then (main[aria-busy="true"]), so it is looked for apart.
  const kept = () => document.querySelector('[data-field="kept-note"][data-state="refreshing"]') !== null;
  let stored = null;
  const look = () => {
    if (kept()) {
      if (figures()) stored ??= Date.now();
      return false;
    }
    return filled();
  };
  if (look()) return done([stored, Date.now()]);
  const seen = new MutationObserver(() => {
    if (!look()) return;
    const at = Date.now();
    seen.disconnect();
    done([stored, at]);
  });
  seen.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });`;

/** @param {string} words */
const say = (words) => console.error(`    ${words}`);

const procs = new Processes();
/** @type {Session | null} */
let open = null;
const stopAll = async () => {
  if (open) await closeApp(open);
  await procs.stopAll();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => { void stopAll().finally(() => process.exit(130)); });
}

try {
  const display = await startXvfb(procs);
  const driver = await startWebDriver(procs, { DISPLAY: display, ...env }, `${OUT}webkitwebdriver-bench.log`);

  // Untimed: tokens into the keyring, then a start that must show the emulator's figures.
  let session = await openApp(driver);
  await session.waitFor('main[aria-busy="false"]', 60_000);
  await storeTokens(session);
  await closeApp(session);
  session = await openApp(driver);
  await session.executeAsync(WAIT_FILLED, [names(), info.ghec.enterprise]);
  await expectLicenseFiguresFromGitHub(session, info);
  await closeApp(session);
  say('tokens stored; the License screen shows the emulator\'s figures');

  /** @type {number[]} */
  const runs = [];
  /** @type {number[]} The same starts, to the License screen the history kept. */
  const stored = [];
  // (RUNS = 0 skips them.)
  for (let i = 0; i < RUNS; i++) {
    let t0 = Date.now();
    session = await openApp(driver, () => { t0 = Date.now(); });
    const [ts, t1] = /** @type {[number | null, number]} */ (await session.executeAsync(WAIT_FILLED, [names(), info.ghec.enterprise]));
    runs.push(t1 - t0);
    if (ts !== null) stored.push(ts - t0);
    say(`cold start ${i + 1}/${RUNS}: ${t1 - t0} ms (the kept screen ${ts === null ? 'not seen' : `at ${ts - t0} ms`})`);
    await closeApp(session);
  }

  /** @param {number[]} xs */
  const middle = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted.length === 0 ? null : sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  };
  const starts = { runs, cold_start_ms: middle(runs), stored_runs: stored, stored_start_ms: middle(stored) };
  /** @type {object} */
  let rest = {};
  if (!STARTS_ONLY) {
    session = await openApp(driver);
    await session.executeAsync(WAIT_FILLED, [names(), info.ghec.enterprise]);
    await session.click('nav a[data-screen="consumed"]');
    const load = await loadAndReadCost(session, /^Loaded:/);
    say(`load: ${JSON.stringify(load)}`);
    const after_load = appMemory();
    const reset = await fetch(`${info.control_url}/rate-limit`, { method: 'DELETE' });
    if (!reset.ok) throw new Error(`DELETE ${info.control_url}/rate-limit: ${reset.status}`);
    const refresh = await loadAndReadCost(session, /^Refreshed:/);
    say(`refresh: ${JSON.stringify(refresh)}`);
    const after_refresh = appMemory();
    const memory = await analyseAndPage(session);
    say(`memory: ${JSON.stringify(memory)}`);
    await closeApp(session);
    rest = { load, refresh, memory: { ...memory, after_load, after_refresh } };
  }
  const result = JSON.stringify({ ...starts, ...rest });
  writeFileSync(join(work, 'result.json'), `${result}\n`);
  console.log(result);
} finally {
  await stopAll();
}

/** The GHES instances' names, as their cards carry them. */
function names() {
  return info.ghes.map((/** @type {any} */ g) => g.name);
}


/**
 * Starts the app in a new WebDriver session, once the previous app process is gone (the app
 * is single-instance: a second would hand over to the first and exit).
 * @param {string} driver
 * @param {() => void} [retrying]  called before a second start
 */
async function openApp(driver, retrying = () => {}) {
  for (let i = 0; findAppProcess(mark) && i < 100; i++) await sleep(50);
  const left = findAppProcess(mark);
  if (left) throw new Error(`the previous app (pid ${left.pid}) did not end`);
  const x = procs.children[0];
  if (x.exitCode !== null || x.signalCode !== null) throw new Error(`Xvfb ended (${x.exitCode ?? x.signalCode})`);
  let session;
  try {
    session = await new Session().open(driver, APP_BINARY, []);
  } catch (e) {
    // Seen once on the loaded machine: the app could not open the display at start. Once
    // more, said on stderr; a timed run then counts from the second start.
    say(`the app did not start (${String(e).slice(0, 200)}); trying once more`);
    await sleep(1000);
    retrying();
    session = await new Session().open(driver, APP_BINARY, []);
  }
  open = session;
  return session;
}

/**
 * Ends the session and makes sure its app process is gone.
 * @param {Session} session
 */
async function closeApp(session) {
  await session.close();
  open = null;
  for (let i = 0; findAppProcess(mark) && i < 60; i++) await sleep(50);
  const app = findAppProcess(mark);
  if (app) {
    try {
      process.kill(app.pid, 'SIGTERM');
    } catch { /* gone meanwhile */ }
    for (let i = 0; findAppProcess(mark) && i < 60; i++) await sleep(50);
  }
  // Its /proc entry goes before its D-Bus connection closes: a start in that moment finds
  // the single-instance name still owned and fails to hand over to an app that is ending.
  // Waited here, not in openApp, so no cold start counts it.
  await sleep(500);
}

/**
 * Keeps the emulator's tokens and Manage API passwords in the keyring, as Connections does.
 * @param {Session} session
 */
async function storeTokens(session) {
  /** @param {any} target @param {string} kind @param {string} value */
  const set = async (target, kind, value) => {
    const r = /** @type {any} */ (await session.invoke('set_secret', { target, kind, value, keep: 'keyring' }));
    if (r?.__error) throw new Error(`set_secret ${JSON.stringify(target)} ${kind}: ${r.__error}`);
  };
  await set({ target: 'ghec' }, 'token', info.ghec.token);
  for (const g of info.ghes) {
    await set({ target: 'ghes', id: g.name }, 'token', g.token);
    if (g.manage_password) await set({ target: 'ghes', id: g.name }, 'manage_password', g.manage_password);
  }
}

/**
 * After a load: the Duplicates screen's analysis, then pages of Consumed licenses through
 * the IPC the table uses (sorted by name both ways, a search, a far window), each timed;
 * then the app process's resident memory (VmRSS) and its peak (VmHWM), the WebKit
 * processes apart.
 * @param {Session} session
 */
async function analyseAndPage(session) {
  let t = Date.now();
  await session.click('nav a[data-screen="duplicates"]');
  await session.waitFor('[data-region="groups"][aria-busy="false"], [data-region="no-duplicates"]', LOAD_TIMEOUT_MS);
  const analyse_ms = Date.now() - t;
  await session.click('nav a[data-screen="consumed"]');
  /** @type {Record<string, number>} */
  const pages_ms = {};
  const rows = 200;
  const asks = /** @type {const} */ ([
    ['by_name', { search: '', filter: 'all', sort: { column: 'name', descending: false }, offset: 0, limit: rows }],
    ['by_name_descending', { search: '', filter: 'all', sort: { column: 'name', descending: true }, offset: 0, limit: rows }],
    ['search', { search: 'son', filter: 'all', sort: { column: 'login', descending: false }, offset: 0, limit: rows }],
    ['far_window', { search: '', filter: 'all', sort: { column: 'login', descending: false }, offset: 250_000, limit: rows }],
  ]);
  for (const [name, query] of asks) {
    t = Date.now();
    const page = /** @type {any} */ (await session.invoke('query_consumed_licenses', { query }));
    if (page?.__error) throw new Error(`query_consumed_licenses ${name}: ${page.__error}`);
    pages_ms[name] = Date.now() - t;
  }
  return { analyse_ms, pages_ms, ...appMemory() };
}

/** The app process's resident memory now and at its peak, in kB (the WebKit processes apart). */
function appMemory() {
  const app = findAppProcess(mark);
  if (!app) throw new Error('the app process is gone');
  const status = readFileSync(`/proc/${app.pid}/status`, 'utf8');
  const kb = (/** @type {string} */ key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss_kb: kb('VmRSS'), hwm_kb: kb('VmHWM') };
}

/**
 * Clicks Load (or Refresh), confirms the reserve question if it comes, and reads the cost
 * line the screen shows when the load ends.
 * @param {Session} session
 * @param {RegExp} kind  /^Loaded:/ or /^Refreshed:/
 */
async function loadAndReadCost(session, kind) {
  await session.execute('document.querySelector(\'[data-field="load-cost"]\')?.remove()');
  await session.click('[data-action="load-consumed"]');
  const end = Date.now() + LOAD_TIMEOUT_MS;
  let text = '';
  while (Date.now() < end) {
    text = String(await session.execute(`
      const confirm = document.querySelector('dialog[open] [data-action="confirm"]');
      if (confirm) confirm.click();
      const failed = document.querySelector('[data-region="load-outcome"] [data-field="error-message"], [data-region="load-outcome"] .problem');
      return document.querySelector('[data-field="load-cost"]')?.textContent
        ?? (failed ? 'failed: ' + failed.textContent : '');`));
    if (text) break;
    await sleep(250);
  }
  if (!kind.test(text)) throw new Error(`the load's cost line reads "${text}", not ${kind}`);
  // "Loaded: 3,000 pages (cost 3,000 requests)"
  // "Refreshed: 3,000 pages, 3,000 unchanged (cost 0 requests)"
  const m = /:\s*([\d\s.,\u00a0\u202f]+)\s+pages?(?:,\s*([\d\s.,\u00a0\u202f]+)\s+unchanged)?\s*\(cost\s+([\d\s.,\u00a0\u202f]+)\s+requests?\)/.exec(text);
  if (!m) throw new Error(`unreadable cost line: "${text}"`);
  return { text, pages: digits(m[1]), not_modified: m[2] ? digits(m[2]) : 0, budget_spent: digits(m[3]) };
}
