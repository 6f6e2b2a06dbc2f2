// Files handed to the app from outside the window (the app's command line, a second launch
// of the app) in headless Chromium with the backend's IPC mocked: the page takes them from
// `take_opened_files` at start and on the backend's `opened-files` event, and each opens on
// Add server usage, checked as a dropped file is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { text, uiHarness } from '../support/chromium.mjs';

const good = '/home/admin/Downloads/github.acme.example-license-usage-20261120.json';
const later = '/home/admin/Downloads/ghes-legacy-license-usage.json';

const ui = uiHarness({ route: 'license' });

/** @param {import('playwright-core').Page} page */
const hash = (page) => page.evaluate(() => location.hash);

/**
 * What a second launch does: the backend queues the file and emits `opened-files`.
 * @param {import('playwright-core').Page} page @param {string} path
 */
async function secondLaunch(page, path) {
  await page.evaluate(async (p) => {
    /** @type {any} */ (window).__ipc.opened.push(p);
    const { emit } = await import('@tauri-apps/api/event');
    await emit('opened-files', p);
  }, path);
}

describe('files handed to the app', () => {
  test('a file from the command line opens on Add server usage and is checked once', async () => {
    const { page, errors } = await ui.open({ query: `opened=${encodeURIComponent(good)}`, ready: '[data-verdict="accepted"]' });
    assert.match(await hash(page), /^#\/add-server-usage\?path=/);
    assert.equal(await page.getAttribute('nav a[aria-current="page"]', 'data-screen'), 'add-server-usage');
    assert.equal(await text(page, '[data-field="path"]'), good);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), [good]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a second launch\'s file opens from any screen, and the same file again is checked again', async () => {
    const { page, errors } = await ui.open();
    assert.doesNotMatch(await hash(page), /add-server-usage/);
    await secondLaunch(page, later);
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.equal(await text(page, '[data-field="path"]'), later);

    await secondLaunch(page, later);
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.inspected.length === 2);
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), [later, later]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('nothing handed over leaves the start screen as it was', async () => {
    const { page, errors } = await ui.open();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.take_opened_files === 1);
    assert.doesNotMatch(await hash(page), /add-server-usage/);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
