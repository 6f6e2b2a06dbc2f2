// The whole loop, with real parts on both sides: the real app under Xvfb (WebKitWebDriver)
// hands off to GitHub's pages, and headless Chromium plays the admin on those pages of the
// emulator (clicks Sync now on GHES, uploads the export on GHEC). The app must show
// "Waiting for GitHub" until GitHub has the upload, then "GitHub is processing the upload
// NAME" while GitHub's upload record (GraphQL) says PENDING, then "Confirmed" with the
// upload's name and the numbers GitHub serves; an upload GitHub fails ends as failed, with
// the fix.
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
/** The emulator's base URL (for its `/_emulator` controls). */
let emulatorUrl = '';

before(async () => {
  browser = await launchChromium();
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  const demo = await demoEmulator(session);
  emulator = demo.info;
  emulatorUrl = demo.url;
  // Long enough to see the app wait, and for one of its polls (2 s, then 3, 4.5, 6.75 s
  // apart) to fall while GitHub's upload record says PENDING; short enough for CI.
  const r = await fetch(`${demo.url}/_emulator/processing-delay`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms: 8000 }) });
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
  // The exact page is the hand-off setting's (sync/handoff.rs); it is the instance's.
  assert.match(url, /\/ghes\/main\/web\//);
  await session.waitForText('[data-instance="main"] [data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);

  // The admin, in the browser, presses Sync now on the GHES License page.
  const page = await browser.newPage();
  await page.goto(url);
  await page.click('#sync-now');
  // GitHub has the sync's upload and is still processing it: the app says so, by name,
  // and does not say done yet.
  const panel = '[data-instance="main"] [data-watch]';
  await session.waitForText(`${panel} [data-field="watch-chip"]`, /GitHub is processing/);
  const processing = await session.waitForText(`${panel} [data-field="watch-processing"]`, /GitHub is processing the upload /);
  const name = processing.replace(/^GitHub is processing the upload /, '').replace(/\.$/, '');
  assert.match(name, /^github-connect-/, processing);
  await session.screenshot(`${out}sync-now-processing.png`);

  await assertConfirmed(panel, main.hostname, before);
  assert.equal(await session.text(`${panel} [data-field="watch-upload"]`), name, 'the confirmation names the same upload');
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
  assert.match(url, /\/ghec\/web\/enterprises\/acme\//);
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);

  // The admin uploads the file on the GHEC licensing page.
  await page.goto(url);
  await page.setInputFiles('#usage-file', file);
  await page.click('#upload-server-usage');
  // Waiting → "GitHub is processing the upload NAME" (GitHub's upload record: PENDING).
  const name = download.suggestedFilename();
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /GitHub is processing/);
  assert.equal(await session.text('[data-watch] [data-field="watch-processing"]'), `GitHub is processing the upload ${name}.`);
  await session.screenshot(`${out}add-server-usage-processing.png`);

  await assertConfirmed('[data-watch]', legacy.hostname, before);
  assert.equal(await session.text('[data-watch] [data-field="watch-upload"]'), name);
  const summary = await session.text('[data-watch] [data-field="watch-summary"]');
  assert.ok(summary.startsWith(`GitHub processed the upload ${name} of ${legacy.hostname}`), summary);
  await session.screenshot(`${out}add-server-usage-confirmed.png`);

  // The same file again, with GitHub armed to fail the next upload: the watch ends as
  // failed, naming the upload, with the fix.
  const words = 'The license usage file could not be processed';
  const armed = await fetch(`${emulatorUrl}/_emulator/ghes/legacy/next-upload-fails`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: words }) });
  assert.ok(armed.ok, `arming the failure: ${armed.status}`);
  await session.waitFor('[data-action="upload"]:not([disabled])');
  await session.click('[data-action="upload"]');
  const again = await nextHandOff(2);
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);
  await page.goto(again);
  await page.setInputFiles('#usage-file', file);
  await page.click('#upload-server-usage');
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Failed/);
  assert.equal(await session.text('[data-watch] [data-field="watch-upload"]'), name);
  assert.match(await session.text('[data-watch] [data-field="watch-message"]'), new RegExp(`could not process the upload .*${words}`));
  assert.match(await session.text('[data-watch] [data-field="watch-fix"]'), /^Export the license usage again .*license and status/);
  await session.screenshot(`${out}add-server-usage-failed.png`);
  await page.close();
});
