// The sync flows in headless Chromium with the backend's IPC mocked (browser/sync-backend.js):
// Upload to GitHub Enterprise Cloud, Sync now and Enable automatic license sync on a License
// card, Sync everything, and the confirmation watch in every state. The test plays GitHub:
// it streams each WatchEvent through the command's channel, so "Confirmed" can only appear
// after the `confirmed` event, as in the app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import { backendWords, plainWords } from '../support/pseudo.mjs';
import * as fx from './browser/fixtures.js';

const good = fx.usageFiles.good;

const ui = uiHarness({ settle: 50 });
/** @param {string} route @param {string} [query] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (route, query = '', opts = {}) => ui.open({ ...opts, route, query });

/** @param {import('playwright-core').Page} page */
async function dropGoodFile(page) {
  await page.waitForSelector('[data-action="pick-file"][data-drop-ready="true"]');
  await page.evaluate(async (path) => {
    const { emit } = await import('@tauri-apps/api/event');
    await emit('tauri://drag-drop', { paths: [path], position: { x: 200, y: 200 } });
  }, good);
  await page.waitForSelector('[data-verdict="accepted"]');
}

/** @param {import('playwright-core').Page} page @param {string} key @param {unknown} event */
const send = (page, key, event) => page.evaluate(([k, e]) => /** @type {any} */ (window).__ipc.sync.send(k, e), /** @type {const} */ ([key, event]));
/** @param {import('playwright-core').Page} page @param {string} key @param {unknown} event */
const finish = (page, key, event) => page.evaluate(([k, e]) => /** @type {any} */ (window).__ipc.sync.finish(k, e), /** @type {const} */ ([key, event]));
/** @param {import('playwright-core').Page} page @param {string} key */
const waitRunning = (page, key) => page.waitForFunction((k) => /** @type {any} */ (window).__ipc.sync.running(k), key);
/** @param {import('playwright-core').Page} page */
const started = (page) => page.evaluate(() => /** @type {any} */ (window).__ipc.sync.started);
/** @param {import('playwright-core').Page} page @param {string} cmd */
const calls = (page, cmd) => page.evaluate((c) => /** @type {any} */ (window).__ipc.calls[c] ?? 0, cmd);
/** @param {import('playwright-core').Page} page @param {string} panel @param {string} state */
const waitState = (page, panel, state) => page.waitForSelector(`${panel}[data-state="${state}"]`);
/** Waits for the polite announcement. @param {import('playwright-core').Page} page @param {RegExp} re */
const waitSaid = (page, re) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('status')?.textContent ?? ''), re.source);

const UPLOAD = '[data-watch="upload"]';
/** @param {string} id */
const card = (id) => `[data-instance="${id}"]`;
/** @param {string} id */
const cardPanel = (id) => `${card(id)} [data-watch="${id}"]`;

/** Starts an upload and hands it off. @param {import('playwright-core').Page} page */
async function uploadHandedOff(page) {
  await dropGoodFile(page);
  await page.locator('[data-action="upload"]').click();
  await waitRunning(page, 'main');
  const handedOff = fx.watchHandedOff(good);
  await send(page, 'main', handedOff);
  await waitState(page, UPLOAD, 'waiting');
  return handedOff;
}

describe('Upload to GitHub Enterprise Cloud', () => {
  test('upload → handed off → waiting with a ticking clock → confirmed with the numbers', async () => {
    const { page, errors } = await open('add-server-usage');
    await dropGoodFile(page);
    const button = page.locator('[data-action="upload"]');
    assert.equal(await button.innerText(), 'Upload to GitHub Enterprise Cloud');
    await button.click();
    await waitRunning(page, 'main');
    assert.deepEqual(await started(page), [{ cmd: 'start_upload', path: good }]);
    await waitState(page, UPLOAD, 'starting');
    assert.equal(await button.isDisabled(), true, 'disabled while its watch runs');

    await send(page, 'main', fx.watchHandedOff(good));
    await waitState(page, UPLOAD, 'waiting');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Waiting for GitHub');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-handoff-text"]`),
      /^Opened GitHub’s licensing page in your browser; the file is revealed in your file manager and its path is on the clipboard: drag it onto Add server usage\.$/);
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-file"]`), good);
    assert.match(await text(page, `${UPLOAD} [data-field="watch-url"]`), /\/enterprises\/acme\/settings\/license$/);
    await waitSaid(page, /Waiting for GitHub/);

    await send(page, 'main', fx.watchWaiting(4000, 2));
    await page.waitForFunction(() => document.querySelector('[data-field="watch-elapsed"]')?.textContent === '0:04');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-last-seen"]`), /last sync yesterday .*checked 2 times/);
    // Between events the clock ticks locally, every second.
    await page.waitForFunction(() => document.querySelector('[data-field="watch-elapsed"]')?.textContent === '0:05', undefined, { timeout: 2500 });
    assert.doesNotMatch(await text(page, 'main'), /Confirmed|Done/, 'nothing says done before GitHub is read back');
    await page.screenshot({ path: `${shots}sync-upload-waiting.png`, fullPage: true });

    await finish(page, 'main', fx.watchConfirmed(512, 498));
    await waitState(page, UPLOAD, 'confirmed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Confirmed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-consumed"]`), 'consumed 512 → 498');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-summary"]`), /14 people now counted once/);
    await waitSaid(page, /confirmed by GitHub/);
    assert.equal(await button.isDisabled(), false, 'enabled again once the watch ended');
    await page.screenshot({ path: `${shots}sync-upload-confirmed.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a failure shows GitHub’s own text, as text, and what to do', async () => {
    const { page, errors } = await open('add-server-usage');
    await uploadHandedOff(page);
    await finish(page, 'main', fx.watchFailed('<img src=x onerror="window.__pwned=true"> The uploaded file is not a license usage export'));
    await waitState(page, UPLOAD, 'failed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Failed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-github-error"]`), '<img src=x onerror="window.__pwned=true"> The uploaded file is not a license usage export');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-fix"]`), /Export the license usage again/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    assert.doesNotMatch(await text(page, 'main'), /Confirmed/);
    await waitSaid(page, /failed\. GitHub says: <img/);
    await page.screenshot({ path: `${shots}sync-upload-failed.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('timed out → Keep watching with the same hand-off time → confirmed', async () => {
    const { page, errors } = await open('add-server-usage');
    const handedOff = await uploadHandedOff(page);
    // The upload's backend key is learnt from watches() while it runs.
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.watches >= 2);
    await finish(page, 'main', fx.watchTimedOut(handedOff.at));
    await waitState(page, UPLOAD, 'timed_out');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Not confirmed yet');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-text"]`), /after 10 minutes of watching/);
    assert.equal(await page.locator(`${UPLOAD} [data-action="stop-watch"]`).isVisible(), true);
    await page.screenshot({ path: `${shots}sync-upload-timed-out.png`, fullPage: true });

    await page.locator(`${UPLOAD} [data-action="keep-watching"]`).click();
    await waitRunning(page, 'main');
    const s = await started(page);
    assert.deepEqual(s[s.length - 1], { cmd: 'keep_watching', instance: 'main', since: handedOff.at });
    await waitState(page, UPLOAD, 'waiting');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-handoff-text"]`), /licensing page/, 'what was handed off is still said');
    await finish(page, 'main', fx.watchConfirmed(512, 498));
    await waitState(page, UPLOAD, 'confirmed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-consumed"]`), 'consumed 512 → 498');
    assert.equal(await calls(page, 'start_upload'), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('timed out → Stop ends it as not confirmed', async () => {
    const { page } = await open('add-server-usage');
    const handedOff = await uploadHandedOff(page);
    await finish(page, 'main', fx.watchTimedOut(handedOff.at));
    await waitState(page, UPLOAD, 'timed_out');
    await page.locator(`${UPLOAD} [data-action="stop-watch"]`).click();
    await waitState(page, UPLOAD, 'stopped');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Not confirmed');
    assert.equal(await calls(page, 'keep_watching'), 0);
    await page.close();
  });

  test('Cancel while waiting stops the watch and confirms nothing', async () => {
    const { page, errors } = await open('add-server-usage');
    await uploadHandedOff(page);
    await send(page, 'main', fx.watchWaiting(6000, 3));
    const cancel = page.locator(`${UPLOAD} [data-action="cancel-watch"]`);
    await cancel.focus();
    await page.keyboard.press('Enter');
    await waitState(page, UPLOAD, 'cancelled');
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.sync.cancelled), ['main']);
    assert.match(await text(page, `${UPLOAD} [data-field="watch-text"]`), /Nothing was confirmed/);
    assert.doesNotMatch(await text(page, 'main'), /Confirmed/);
    assert.equal(await page.locator('[data-action="upload"]').isDisabled(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a double click never starts two uploads', async () => {
    const { page } = await open('add-server-usage');
    await dropGoodFile(page);
    await page.locator('[data-action="upload"]').dblclick();
    await waitRunning(page, 'main');
    // And a script clicking twice in one task.
    await page.evaluate(() => {
      const b = /** @type {HTMLButtonElement} */ (document.querySelector('[data-action="upload"]'));
      b.click();
      b.click();
    });
    await page.waitForTimeout(100);
    assert.equal(await calls(page, 'start_upload'), 1);
    await finish(page, 'main', { state: 'cancelled' });
    await page.close();
  });
});

describe('Upload to GitHub Enterprise Cloud in the admin’s language', () => {
  for (const [lang, words] of /** @type {const} */ ([
    ['es', {
      button: 'Cargar en GitHub Enterprise Cloud',
      waiting: 'Esperando a GitHub',
      handoff: /^Se abrió la página de licencias de GitHub en tu navegador; .*: arrástralo a Add server usage \(Agregar uso del servidor\)\.$/,
      elapsed: /^Esperando a GitHub · 0:0\d desde el traspaso$/,
      lastSeen: /última sincronización yesterday \(success\) · comprobado 2 veces\.$/,
      confirmed: 'Confirmado',
      consumed: 'consumidos 12.345 → 12.298',
      syncedAt: 'Sincronización según GitHub',
      said: /: confirmado por GitHub\./,
    }],
    ['pt-BR', {
      button: 'Fazer upload para o GitHub Enterprise Cloud',
      waiting: 'Aguardando o GitHub',
      handoff: /^A página de licenciamento do GitHub foi aberta no seu navegador; .*: arraste-o para Add server usage \(Adicionar uso de servidor\)\.$/,
      elapsed: /^Aguardando o GitHub · 0:0\d desde a transferência$/,
      lastSeen: /última sincronização yesterday \(success\) · verificado 2 vezes\.$/,
      confirmed: 'Confirmado',
      consumed: 'consumidas 12.345 → 12.298',
      syncedAt: 'Sincronização segundo o GitHub',
      said: /: confirmado pelo GitHub\./,
    }],
  ])) {
    test(`in ${lang}: upload → hand-off with GitHub’s label beside its translation → waiting → confirmed, with ${lang}’s numbers and dates`, async () => {
      const { page, errors } = await open('add-server-usage', `lang=${lang}`);
      await dropGoodFile(page);
      const button = page.locator('[data-action="upload"]');
      assert.equal(await button.innerText(), words.button);
      await button.click();
      await waitRunning(page, 'main');
      await send(page, 'main', fx.watchHandedOff(good));
      await waitState(page, UPLOAD, 'waiting');
      assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), words.waiting);
      assert.match(await text(page, `${UPLOAD} [data-field="watch-handoff-text"]`), words.handoff);
      assert.deepEqual(await page.locator(`${UPLOAD} [data-field="watch-handoff-text"] strong`).allInnerTexts(), ['Add server usage'], 'GitHub’s button, in bold and in English');
      assert.match(await text(page, `${UPLOAD} .watch-elapsed-line`), words.elapsed);
      await send(page, 'main', fx.watchWaiting(4000, 2));
      await page.waitForFunction(() => document.querySelector('[data-field="watch-elapsed"]')?.textContent === '0:04');
      assert.match(await text(page, `${UPLOAD} [data-field="watch-last-seen"]`), words.lastSeen);

      const confirmed = fx.watchConfirmed(12_345, 12_298);
      await finish(page, 'main', confirmed);
      await waitState(page, UPLOAD, 'confirmed');
      assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), words.confirmed);
      assert.equal(await text(page, `${UPLOAD} [data-field="watch-consumed"]`), words.consumed);
      assert.match(await text(page, `${UPLOAD} .facts`), new RegExp(words.syncedAt));
      const when = await page.evaluate(([l, at]) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), [lang, confirmed.synced_at]);
      assert.equal(await text(page, `${UPLOAD} [data-field="watch-synced-at"]`), when, 'the date as the language writes it');
      assert.equal(await text(page, `${UPLOAD} [data-field="watch-summary"]`), confirmed.summary, 'the backend’s summary as it arrives');
      await waitSaid(page, words.said);
      await page.screenshot({ path: `${shots}add-server-usage-confirmed-${lang}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('pseudo-localized, every state of the watch panel comes from the message files', async () => {
    const { page, errors } = await open('add-server-usage', 'pseudo=1');
    await dropGoodFile(page);
    await page.locator('[data-action="upload"]').click();
    await waitRunning(page, 'main');
    /** Texts of the panel that are not data (GitHub's and the backend's words, paths, URLs). */
    const plain = async () => plainWords(page, {
      data: await backendWords(page),
      roots: [UPLOAD],
      skip: 'code, q, [data-field="watch-summary"], [data-field="watch-message"], [data-field="watch-notes"], [data-field="watch-title"]',
    });
    await send(page, 'main', fx.watchHandedOff(good));
    await send(page, 'main', fx.watchWaiting(4000, 2));
    await page.waitForSelector(`${UPLOAD} [data-field="watch-last-seen"]`);
    assert.deepEqual(await plain(), [], 'waiting');
    await finish(page, 'main', fx.watchTimedOut(new Date(Date.now() - 600_000).toISOString()));
    await waitState(page, UPLOAD, 'timed_out');
    assert.deepEqual(await plain(), [], 'timed out');
    await page.locator(`${UPLOAD} [data-action="keep-watching"]`).click();
    await waitRunning(page, 'main');
    await finish(page, 'main', fx.watchFailed('The uploaded file is not a license usage export'));
    await waitState(page, UPLOAD, 'failed');
    assert.deepEqual(await plain(), [], 'failed');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('GitHub’s upload record in the watch', () => {
  /** @param {string} state @param {string} [updated] */
  const uploadSeen = (state, updated = new Date().toISOString()) => ({
    name: 'github-license-usage.json', sync_state: state, created_at: new Date(Date.now() - 3000).toISOString(), updated_at: updated,
  });
  const ONLY_LSS = 'GitHub’s upload record could not be read (The token cannot read the enterprise’s server installations): confirming by license-sync-status only.';

  test('processing names the upload, keeps the clock and Cancel, and the confirmation names it too', async () => {
    const { page, errors } = await open('add-server-usage');
    await uploadHandedOff(page);
    await send(page, 'main', {
      state: 'processing', elapsed_ms: 3000, polls: 1, message: 'GitHub is processing the upload github-license-usage.json.',
      upload: uploadSeen('PENDING'), last_seen: fx.watchWaiting(3000, 1).last_seen, poll_error: null,
    });
    await waitState(page, UPLOAD, 'processing');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'GitHub is processing');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-processing"]`), 'GitHub is processing the upload github-license-usage.json.');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-upload"]`), 'github-license-usage.json');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-last-seen"]`), /checked 1 time\./);
    assert.equal(await page.locator(`${UPLOAD} [data-action="cancel-watch"]`).isEnabled(), true);
    await page.waitForFunction(() => document.querySelector('[data-field="watch-elapsed"]')?.textContent === '0:03');
    await waitSaid(page, /GitHub is processing the upload github-license-usage\.json/);
    assert.doesNotMatch(await text(page, 'main'), /Confirmed|Done/, 'processing is not done');
    await page.screenshot({ path: `${shots}sync-upload-processing.png`, fullPage: true });

    await finish(page, 'main', {
      ...fx.watchConfirmed(512, 498),
      summary: 'GitHub processed the upload github-license-usage.json of github.acme.example at 2026-11-22T12:00:09Z (license-sync-status also shows the sync at 2026-11-22T12:00:09Z): consumed 512 → 498, 14 people now counted once.',
      upload: uploadSeen('SUCCESS'),
    });
    await waitState(page, UPLOAD, 'confirmed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-upload"]`), 'github-license-usage.json');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-summary"]`), /^GitHub processed the upload github-license-usage\.json/);
    assert.equal(await page.locator(`${UPLOAD} [data-field="watch-note"]`).count(), 0, 'no note when both signals were read');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a FAILURE of the upload shows its name and the fix the backend gives', async () => {
    const { page, errors } = await open('add-server-usage');
    await uploadHandedOff(page);
    await finish(page, 'main', {
      state: 'failed',
      message: 'GitHub could not process the upload github-license-usage.json of github.acme.example (FAILURE at 2026-11-22T12:00:09Z): The license usage file could not be processed',
      github_error: 'The license usage file could not be processed',
      upload: uploadSeen('FAILURE'),
      fix: 'Export the license usage again on the instance, check the file here, and upload the new file on Add server usage. If GitHub refuses it again, check the instance’s license and status.',
    });
    await waitState(page, UPLOAD, 'failed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-chip"]`), 'Failed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-upload"]`), 'github-license-usage.json');
    assert.match(await text(page, `${UPLOAD} [data-field="watch-message"]`), /could not process the upload github-license-usage\.json/);
    assert.match(await text(page, `${UPLOAD} [data-field="watch-fix"]`), /check the instance’s license and status\.$/);
    await waitSaid(page, /failed\. GitHub says: The license usage file could not be processed/);
    await page.screenshot({ path: `${shots}sync-upload-failed-record.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('when the upload record is refused, waiting and the confirmation say it is license-sync-status only', async () => {
    const { page, errors } = await open('add-server-usage');
    await uploadHandedOff(page);
    await send(page, 'main', { ...fx.watchWaiting(2000, 1), note: ONLY_LSS });
    await page.waitForSelector(`${UPLOAD} [data-field="watch-note"]`);
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-note"]`), ONLY_LSS);
    await finish(page, 'main', { ...fx.watchConfirmed(512, 498), note: ONLY_LSS });
    await waitState(page, UPLOAD, 'confirmed');
    assert.equal(await text(page, `${UPLOAD} [data-field="watch-note"]`), ONLY_LSS);
    assert.equal(await page.locator(`${UPLOAD} [data-field="watch-upload"]`).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('License screen: Sync now, Enable automatic license sync, Sync everything', () => {
  test('a stale instance shows Sync now prominently; Sync now is confirmed and the screen re-reads', async () => {
    const { page, errors } = await open('license');
    const legacySync = page.locator(`${card('legacy')} [data-action="sync-now"]`);
    assert.equal(await legacySync.getAttribute('data-prominent'), 'true');
    assert.match(await legacySync.getAttribute('class') ?? '', /primary/);
    assert.match(await text(page, `${card('legacy')} [data-field="sync-due"]`), /5 weeks ago/);
    assert.equal(await page.locator(`${card('main')} [data-action="sync-now"]`).getAttribute('data-prominent'), null, 'a fresh sync is not pushed');

    await legacySync.focus();
    assert.notEqual(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle), 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await waitRunning(page, 'legacy');
    assert.deepEqual(await started(page), [{ cmd: 'sync_now', instance: 'legacy' }]);
    assert.equal(await legacySync.isDisabled(), true);
    assert.equal(await page.locator(`${card('legacy')} [data-action="enable-sync"]`).isDisabled(), true);
    assert.equal(await page.locator(`${card('main')} [data-action="sync-now"]`).isDisabled(), false, 'another instance can still sync');

    await send(page, 'legacy', fx.watchHandedOff(null));
    await waitState(page, cardPanel('legacy'), 'waiting');
    assert.match(await text(page, `${cardPanel('legacy')} [data-field="watch-handoff-text"]`), /Opened the License page of ghes-legacy\.acme\.example in your browser: choose “Sync now”/);
    assert.match(await text(page, `${cardPanel('legacy')} [data-field="watch-title"]`), /Sync now for ghes-legacy\.acme\.example/);
    await page.screenshot({ path: `${shots}sync-now-waiting.png`, fullPage: true });

    assert.equal(await calls(page, 'license_overview'), 1);
    await finish(page, 'legacy', fx.watchConfirmed(1321, 1307));
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    await waitState(page, cardPanel('legacy'), 'confirmed');
    assert.equal(await text(page, `${cardPanel('legacy')} [data-field="watch-consumed"]`), 'consumed 1,321 → 1,307');
    assert.equal(await page.locator(`${card('legacy')} [data-action="sync-now"]`).isDisabled(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Enable automatic license sync hands off to GitHub Connect and can be cancelled', async () => {
    const { page } = await open('license');
    await page.locator(`${card('main')} [data-action="enable-sync"]`).click();
    await waitRunning(page, 'main');
    assert.deepEqual(await started(page), [{ cmd: 'enable_license_sync', instance: 'main' }]);
    await send(page, 'main', fx.watchHandedOff(null));
    await waitState(page, cardPanel('main'), 'waiting');
    assert.match(await text(page, `${cardPanel('main')} [data-field="watch-handoff-text"]`), /GitHub Connect on github\.acme\.example/);
    assert.match(await text(page, `${cardPanel('main')} [data-field="watch-title"]`), /Enable automatic license sync/);
    await page.locator(`${cardPanel('main')} [data-action="cancel-watch"]`).click();
    await waitState(page, cardPanel('main'), 'cancelled');
    assert.equal(await calls(page, 'license_overview'), 1, 'a cancel re-reads nothing');
    await page.close();
  });

  test('Sync everything: one instance confirmed, one skipped, one combined result', async () => {
    const { page, errors } = await open('license');
    const all = page.locator('[data-action="sync-everything"]');
    await all.click();
    await waitRunning(page, 'main');
    assert.deepEqual(await started(page), [{ cmd: 'one_click_sync' }]);
    await page.waitForSelector('[data-field="one-click-running"]');
    assert.equal(await all.isDisabled(), true);
    assert.equal(await page.locator(`${card('legacy')} [data-action="sync-now"]`).isDisabled(), true, 'no Sync now while everything syncs');

    await send(page, 'main', fx.watchHandedOff(null));
    await send(page, 'main', fx.watchWaiting(3000, 1));
    await waitState(page, cardPanel('main'), 'waiting');
    assert.match(await text(page, `${cardPanel('main')} [data-field="watch-title"]`), /One-click sync/);
    await finish(page, 'main', fx.watchConfirmed(512, 498));

    await page.waitForSelector('[data-field="one-click-result"]');
    assert.equal(await text(page, '[data-field="one-click-summary"]'), '1 of 2 instances confirmed; ghes-legacy.acme.example: export license usage first.');
    assert.equal(await page.locator('[data-outcome-instance="main"]').getAttribute('data-outcome'), 'Confirmed');
    assert.equal(await page.locator('[data-outcome-instance="legacy"]').getAttribute('data-outcome'), 'Skipped');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview >= 2);
    await page.waitForSelector('main[aria-busy="false"]');
    await waitState(page, cardPanel('main'), 'confirmed');
    await waitState(page, cardPanel('legacy'), 'skipped');
    assert.match(await text(page, `${cardPanel('legacy')} [data-field="watch-text"]`), /export license usage first/);
    assert.equal(await all.isDisabled(), false);
    await page.screenshot({ path: `${shots}sync-everything-result.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('leaving the screen and coming back re-attaches to the running watch', async () => {
    const { page, errors } = await open('license');
    await page.locator(`${card('main')} [data-action="sync-now"]`).click();
    await waitRunning(page, 'main');
    await send(page, 'main', fx.watchHandedOff(null));
    await send(page, 'main', fx.watchWaiting(8000, 2));
    await waitState(page, cardPanel('main'), 'waiting');

    await page.evaluate(() => { location.hash = '#/activity'; });
    await page.waitForSelector('table.activity');
    await send(page, 'main', fx.watchWaiting(20_000, 4));
    const watchesBefore = await calls(page, 'watches');
    await page.evaluate(() => { location.hash = '#/license'; });
    await page.waitForSelector(`${cardPanel('main')}[data-state="waiting"]`);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.ok(await calls(page, 'watches') > watchesBefore, 'the screen asked the backend which watches run');
    assert.equal(await text(page, `${cardPanel('main')} [data-field="watch-chip"]`), 'Waiting for GitHub');
    const ms = Number(await page.locator(`${cardPanel('main')} [data-field="watch-elapsed"]`).getAttribute('data-ms'));
    assert.ok(ms >= 20_000, `the clock went on while away (${ms} ms)`);
    assert.equal(await page.locator(`${card('main')} [data-action="sync-now"]`).isDisabled(), true);
    assert.equal(await page.locator(`${cardPanel('main')} [data-action="cancel-watch"]`).isVisible(), true);

    await finish(page, 'main', fx.watchConfirmed(512, 498));
    await waitState(page, cardPanel('main'), 'confirmed');
    assert.equal(await calls(page, 'sync_now'), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('after a reload, a watch the backend still runs is found through watches() and can be cancelled', async () => {
    const { page, errors } = await open('license', 'watching=main');
    await waitState(page, cardPanel('main'), 'waiting');
    const ms = Number(await page.locator(`${cardPanel('main')} [data-field="watch-elapsed"]`).getAttribute('data-ms'));
    assert.ok(ms >= 42_000, `elapsed from the backend (${ms} ms)`);
    assert.equal(await page.locator(`${card('main')} [data-action="sync-now"]`).isDisabled(), true);
    await page.locator(`${cardPanel('main')} [data-action="cancel-watch"]`).click();
    await waitState(page, cardPanel('main'), 'cancelled');
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.sync.cancelled), ['main']);
    assert.equal(await page.locator(`${card('main')} [data-action="sync-now"]`).isDisabled(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a followed watch that ends elsewhere is said to have ended, and the screen re-reads', async () => {
    const { page, errors } = await open('license', 'watching=main');
    await waitState(page, cardPanel('main'), 'waiting');
    await finish(page, 'main', fx.watchConfirmed(512, 498));
    await waitState(page, cardPanel('main'), 'gone');
    assert.match(await text(page, `${cardPanel('main')} [data-field="watch-text"]`), /ended while this screen was away/);
    assert.notEqual(await text(page, `${cardPanel('main')} [data-field="watch-chip"]`), 'Confirmed', 'no read-back was seen here, and the record has none newer');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview >= 2);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('dark mode: the watch panel and the sync controls follow the system', async () => {
    const { page, errors } = await open('license', '', { colorScheme: 'dark' });
    await page.locator(`${card('legacy')} [data-action="sync-now"]`).click();
    await waitRunning(page, 'legacy');
    await send(page, 'legacy', fx.watchHandedOff(null));
    await send(page, 'legacy', fx.watchWaiting(12_000, 3));
    await waitState(page, cardPanel('legacy'), 'waiting');
    const bg = await page.evaluate((sel) => getComputedStyle(/** @type {Element} */ (document.querySelector(sel))).backgroundColor, cardPanel('legacy'));
    assert.equal(bg, 'rgb(28, 36, 48)', 'the panel uses the dark surface');
    await page.screenshot({ path: `${shots}sync-now-dark.png`, fullPage: true });
    await finish(page, 'legacy', fx.watchFailed('The uploaded file is not a license usage export'));
    await waitState(page, cardPanel('legacy'), 'failed');
    await page.screenshot({ path: `${shots}sync-now-failed-dark.png`, fullPage: true });

    const up = await open('add-server-usage', '', { colorScheme: 'dark' });
    await uploadHandedOff(up.page);
    await finish(up.page, 'main', fx.watchConfirmed(512, 498));
    await waitState(up.page, UPLOAD, 'confirmed');
    await up.page.screenshot({ path: `${shots}sync-upload-confirmed-dark.png`, fullPage: true });
    assert.deepEqual([...errors, ...up.errors], []);
    await up.page.close();
    await page.close();
  });
});
