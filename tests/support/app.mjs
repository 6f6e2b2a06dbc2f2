// The real app for the end-to-end tests: the built binary in a WebKit window on a private
// Xvfb display, driven through WebKitWebDriver, with every process stopped when the test
// file ends. A test file says only what differs (its name, arguments, test seams) and its
// steps: `const session = useApp({ name: 'usage', env: { GHLS_TEST_FILE_DIALOG: answer } })`.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Processes, Session, startWebDriver, startXvfb } from './webdriver.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The app under test: `GHLS_APP_BINARY`, or the debug build. */
export const APP_BINARY = process.env.GHLS_APP_BINARY ?? `${root}target/debug/ghe-license-sync`;

/** Where screenshots and driver logs go. */
export const OUT = `${root}target/e2e/`;

/**
 * @typedef {object} AppOptions
 * @property {string} name  names the driver's log file: `target/e2e/webkitwebdriver-NAME.log`
 * @property {string[]} [args]  the app's arguments; `--demo` (its built-in emulator) unless given
 * @property {Record<string, string>} [env]  e.g. the test seams GHLS_TEST_FILE_DIALOG, GHLS_TEST_HANDOFF_LOG
 */

/**
 * Starts the app; `stop` ends the session and every process, in reverse order.
 * @param {AppOptions} options
 * @param {Session} [session]  a session to open (else a new one)
 * @returns {Promise<{ session: Session, stop: () => Promise<void> }>}
 */
export async function startApp({ name, args = ['--demo'], env = {} }, session = new Session()) {
  assert.ok(existsSync(APP_BINARY), `build the app first: ${APP_BINARY} is missing`);
  const procs = new Processes();
  const stop = async () => {
    if (session.id) await session.close();
    await procs.stopAll();
  };
  try {
    const display = await startXvfb(procs);
    // English unless a test asks for another language: the machine's own locale must not
    // change what the tests read (LC_ALL=C is English in ghls_l10n's rule).
    const driver = await startWebDriver(procs, { DISPLAY: display, LC_ALL: 'C.UTF-8', LANGUAGE: '', ...env }, `${OUT}webkitwebdriver-${name}.log`);
    await session.open(driver, APP_BINARY, args);
  } catch (e) {
    await stop();
    throw e;
  }
  return { session, stop };
}

/**
 * The app for every test of this file: started before the first, stopped after the last.
 * The session is returned at once and opened by the `before` hook.
 * @param {AppOptions} options
 */
export function useApp(options) {
  const session = new Session();
  /** @type {(() => Promise<void>) | undefined} */
  let stop;
  before(async () => {
    ({ stop } = await startApp(options, session));
  });
  after(async () => {
    await stop?.();
  });
  return session;
}

/** A fresh temporary folder. @param {string} name */
export const workDir = (name) => mkdtempSync(join(tmpdir(), `ghls-e2e-${name}-`));

/**
 * The demo's emulator, as the app reports it: its base URL and its `/_emulator/info`.
 * @param {Session} session
 * @returns {Promise<{ url: string, info: any }>}
 */
export async function demoEmulator(session) {
  const app = /** @type {any} */ (await session.invoke('app_info'));
  const info = await (await fetch(`${app.emulator_url}/_emulator/info`)).json();
  return { url: app.emulator_url, info };
}

/**
 * GETs a GitHub REST URL as a client would, asserting 200: the JSON body.
 * @param {string} url
 * @param {string} token
 */
export async function github(url, token) {
  const r = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'user-agent': 'e2e-test', accept: 'application/vnd.github+json' } });
  assert.equal(r.status, 200, url);
  return /** @type {any} */ (await r.json());
}

/** The number in a shown figure ("1,234 seats" → 1234). @param {string} s */
export const digits = (s) => Number(s.replace(/[^\d-]/g, ''));

/**
 * Checks the filled License screen against what the demo's emulator serves through GitHub's
 * APIs: each GHES card's seats, used, available, version, kind and days left, and the
 * enterprise's consumed, purchased and available seats.
 * @param {Session} session
 * @param {any} emulator  the emulator's `/_emulator/info`
 */
export async function expectLicenseFiguresFromGitHub(session, emulator) {
  for (const g of emulator.ghes) {
    const lic = await github(`${g.api_url}/enterprise/settings/license`, g.token);
    const card = `[data-instance="${g.name}"]`;
    assert.equal(digits(await session.text(`${card} [data-field="seats"]`)), Number(lic.seats), `${g.name} seats`);
    assert.equal(digits(await session.text(`${card} [data-field="used"]`)), Number(lic.seats_used), `${g.name} used`);
    assert.equal(digits(await session.text(`${card} [data-field="available"]`)), Number(lic.seats_available), `${g.name} available`);
    assert.equal(await session.text(`${card} [data-field="version"]`), `GHES ${g.version}`);
    assert.equal(await session.text(`${card} [data-field="kind"]`), lic.kind);
    const days = await session.text(`${card} [data-field="days-left"]`);
    assert.equal(digits(days), lic.days_until_expiration, `${g.name} days left: ${days}`);
  }
  const seats = await github(`${emulator.ghec.api_url}/enterprises/${emulator.ghec.enterprise}/consumed-licenses?per_page=1`, emulator.ghec.token);
  const ent = `[data-enterprise="${emulator.ghec.enterprise}"]`;
  assert.ok(seats.total_seats_consumed > 0);
  assert.equal(digits(await session.text(`${ent} [data-field="consumed"]`)), seats.total_seats_consumed);
  assert.equal(digits(await session.text(`${ent} [data-field="purchased"]`)), seats.total_seats_purchased);
  assert.equal(digits(await session.text(`${ent} [data-field="available"]`)), seats.total_seats_purchased - seats.total_seats_consumed);
}

/**
 * The running app (APP_BINARY) whose environment holds `mark` (`NAME=value`, a variable the
 * test set to find its own app among others): its PID and X display; `null` when there is
 * none (not started yet, or gone).
 * @param {string} mark
 * @returns {{ pid: number, display: string } | null}
 */
export function findAppProcess(mark) {
  const binary = realpathSync(APP_BINARY);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (realpathSync(`/proc/${entry}/exe`) !== binary) continue;
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (!env.includes(mark)) continue;
      const display = env.find((v) => v.startsWith('DISPLAY='))?.slice('DISPLAY='.length) ?? '';
      return { pid: Number(entry), display };
    } catch { /* gone, or not ours */ }
  }
  return null;
}
