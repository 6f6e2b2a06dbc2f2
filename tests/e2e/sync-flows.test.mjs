// The whole loop, with real parts on both sides: the real app under Xvfb (WebKitWebDriver)
// hands off to GitHub's pages, and headless Chromium plays the admin on those pages of the
// emulator (clicks Sync now on GHES, uploads the export on GHEC). The app must show
// "Waiting for GitHub" until GitHub's read APIs show the change, then "Confirmed" with the
// numbers GitHub serves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUT as out, demoEmulator, useApp, workDir } from '../support/app.mjs';
import { launchChromium } from '../support/chromium.mjs';
import { sleep } from '../support/webdriver.mjs';

const work = workDir('sync');
const handoffLog = join(work, 'handoffs.jsonl');
writeFileSync(handoffLog, '');
const session = useApp({ name: 'sync', env: { GHLS_TEST_HANDOFF_LOG: handoffLog } });
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {any} */
let emulator;

before(async () => {
  browser = await launchChromium();
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  const demo = await demoEmulator(session);
  emulator = demo.info;
  // Long enough to see the app wait, short enough for CI.
  const r = await fetch(`${demo.url}/_emulator/processing-delay`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms: 2500 }) });
  assert.ok(r.ok, `processing delay: ${r.status}`);
});

after(async () => {
  await browser?.close();
});

/** The next page the app handed off to (from the hand-off test seam). @param {number} seen */
async function nextHandOff(seen) {
  for (let i = 0; i < 200; i++) {
    const lines = readFileSync(handoffLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const opens = lines.filter((l) => l.action === 'open_url');
    if (opens.length > seen) return /** @type {string} */ (opens[seen].url);
    await sleep(100);
  }
  throw new Error(`no hand-off after ${seen}: ${readFileSync(handoffLog, 'utf8')}`);
}

/** What GitHub (the emulator's REST API) says now. */
async function github() {
  const headers = { authorization: `Bearer ${emulator.ghec.token}`, 'user-agent': 'e2e-test', accept: 'application/vnd.github+json' };
  const api = `${emulator.ghec.api_url}/enterprises/${emulator.ghec.enterprise}`;
  const consumed = await (await fetch(`${api}/consumed-licenses?per_page=1`, { headers })).json();
  const status = await (await fetch(`${api}/license-sync-status`, { headers })).json();
  return { consumed: /** @type {number} */ (consumed.total_seats_consumed), status: /** @type {any} */ (status) };
}

/**
 * The watch in `watch` says Confirmed only once GitHub shows a new successful sync of
 * `hostname`, and its consumed figures are GitHub's before and after.
 * @param {string} watch
 * @param {string} hostname
 * @param {Awaited<ReturnType<typeof github>>} before
 */
async function assertConfirmed(watch, hostname, before) {
  await session.waitForText(`${watch} [data-field="watch-chip"]`, /Confirmed/);
  const after = await github();
  const lastSync = (/** @type {any} */ status) => status.server_instances.find((/** @type {any} */ s) => s.hostname === hostname).last_sync;
  assert.equal(lastSync(after.status).status, 'success');
  assert.ok(Date.parse(lastSync(after.status).date) > Date.parse(lastSync(before.status).date));
  const consumed = await session.waitForText(`${watch} [data-field="watch-consumed"]`, /consumed/);
  const [shownBefore, shownAfter] = (consumed.match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
  assert.equal(shownBefore, before.consumed, consumed);
  assert.equal(shownAfter, after.consumed, consumed);
}

test('Sync now: the app waits for GitHub, and confirms only after GitHub shows the sync', async () => {
  const main = emulator.ghes.find((/** @type {any} */ g) => g.name === 'main');
  const before = await github();
  await session.click('[data-instance="main"] [data-action="sync-now"]');
  const url = await nextHandOff(0);
  assert.match(url, /\/ghes\/main\/web\/enterprise\/settings\/license$/);
  await session.waitForText('[data-instance="main"] [data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);

  // The admin, in the browser, presses Sync now on the GHES License page.
  const page = await browser.newPage();
  await page.goto(url);
  await page.click('#sync-now');
  // GitHub is still processing: the app must not say done yet.
  await sleep(700);
  assert.match(await session.waitForText('[data-instance="main"] [data-watch] [data-field="watch-chip"]', /./), /Waiting for GitHub/);
  await session.screenshot(`${out}sync-now-waiting.png`);

  await assertConfirmed('[data-instance="main"] [data-watch]', main.hostname, before);
  await session.screenshot(`${out}sync-now-confirmed.png`);
  await page.close();
});

test('Add server usage: export on GHES, drop it on the app, upload it on GHEC, confirmed by GitHub', async () => {
  const legacy = emulator.ghes.find((/** @type {any} */ g) => g.name === 'legacy');
  // The admin downloads the export from the GHES License page.
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${legacy.web_url}/enterprise/settings/license`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-license-usage')]);
  const file = join(work, download.suggestedFilename());
  await download.saveAs(file);

  await session.click('nav a[data-screen="add-server-usage"]');
  // The screen hears drops once its listener is registered.
  await session.waitFor('[data-action="pick-file"][data-drop-ready="true"]');
  await session.waitFor('main[aria-busy="false"]');
  await session.dragEvent('drop', [file]);
  await session.waitFor('[data-verdict="accepted"]');
  assert.equal(await session.text('[data-field="host"]'), legacy.hostname);

  const before = await github();
  await session.click('[data-action="upload"]');
  const url = await nextHandOff(1);
  assert.match(url, /\/ghec\/web\/enterprises\/acme\/settings\/license$/);
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);

  // The admin uploads the file on the GHEC licensing page.
  await page.goto(url);
  await page.setInputFiles('#usage-file', file);
  await page.click('#upload-server-usage');
  await sleep(500);
  assert.match(await session.waitForText('[data-watch] [data-field="watch-chip"]', /./), /Waiting for GitHub/, 'not confirmed while GitHub is processing');

  await assertConfirmed('[data-watch]', legacy.hostname, before);
  await session.screenshot(`${out}add-server-usage-confirmed.png`);
  await page.close();
});
