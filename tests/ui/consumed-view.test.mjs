// The Consumed licenses screen and the License screen's seat chart in headless Chromium,
// with the backend mocked over 300,000 generated consumers (tests/ui/browser/
// consumed-backend.js): loading with progress through a real Tauri Channel, rate-limit
// waits, cancel, search, filter, sort, the end of the list, the keyboard, export.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import * as fixtures from './browser/fixtures.js';

/** The same rows the page generates, to check its answers against. */
const ROWS = fixtures.consumerRows(300_000);
const SUMMARY = fixtures.consumedSummary(ROWS);
/** @type {import('../../ui/bindings/ConsumedQuery').ConsumedQuery['sort']} */
const BY_LOGIN = { column: 'login', descending: false };

const ui = uiHarness();
/** @param {string} query @param {string} [route] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, route = 'consumed', opts = {}) => ui.open({ ...opts, query, route });

/** @param {import('playwright-core').Page} page */
async function loadList(page) {
  await page.locator('[data-action="load-consumed"]').click();
  await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)', { timeout: 30_000 });
}

/** @param {import('playwright-core').Page} page @param {import('../../ui/bindings/FetchProgress').FetchProgress} msg */
const send = (page, msg) => page.evaluate((m) => /** @type {any} */ (window).__ipc.consumed.send(m), msg);

/** @param {import('playwright-core').Page} page */
const ipc = (page) => page.evaluate(() => {
  const w = /** @type {any} */ (window).__ipc;
  return { calls: w.calls, loads: w.consumed.loads, queries: w.consumed.queries, exports: w.consumed.exports };
});

/** The text of one cell of the row at `position`. @param {import('playwright-core').Page} page @param {number} position @param {string} column */
const cell = (page, position, column) => text(page, `.vgrid-row[data-position="${position}"] [data-column="${column}"]`);

/** @param {import('playwright-core').Page} page */
const focusedPosition = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-position') ?? null);

/** @param {number} n */
const num = (n) => n.toLocaleString('en-US');

describe('Consumed licenses screen', () => {
  test('before a load it explains what loading does, and fetches nothing on its own', async () => {
    const { page, errors } = await open('consumed=auto');
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), true);
    assert.equal(await page.locator('[data-region="consumed-table"]').isVisible(), false);
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Load consumed licenses');
    const { loads, calls } = await ipc(page);
    assert.deepEqual(loads, [], 'no load started by opening the screen');
    assert.equal(calls.query_consumed_licenses, 1, 'one cheap probe, answered not_loaded');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('loading shows pages and rows, a rate-limit countdown and retries, then the table', async () => {
    const { page, errors } = await open('consumed=manual');
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    assert.equal(await page.locator('[data-action="load-consumed"]').getAttribute('aria-busy'), 'true');
    assert.equal(await page.locator('[data-action="cancel-load"]').isVisible(), true);

    await send(page, { state: 'fetching', pages_done: 1, pages_total: 3000, rows: 100 });
    await send(page, { state: 'fetching', pages_done: 2, pages_total: 3000, rows: 200 });
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Page 2 of 3,000 · 200 rows');
    assert.deepEqual(await page.locator('.load-bar').evaluate((b) => [/** @type {HTMLProgressElement} */ (b).value, /** @type {HTMLProgressElement} */ (b).max]), [2, 3000]);

    const until = new Date(Date.now() + 30_000).toISOString();
    await send(page, { state: 'waiting_rate_limit', until, seconds: 30 });
    assert.equal(await page.locator('[data-region="load-progress"]').getAttribute('data-state'), 'waiting_rate_limit');
    assert.match(await text(page, '[data-field="progress-text"]'), /rate limit is used up: waiting (30|29) s \(until .+\), then the fetch goes on/);
    const before = Number(await page.locator('[data-field="progress-text"]').getAttribute('data-seconds-left'));
    await page.screenshot({ path: `${shots}consumed-rate-limit.png` });
    await page.waitForTimeout(2100);
    const later = Number(await page.locator('[data-field="progress-text"]').getAttribute('data-seconds-left'));
    assert.ok(later <= before - 2, `the countdown runs (${before} s, then ${later} s)`);
    assert.match(await text(page, '#status'), /rate limit is used up: waiting 30 s/);

    await send(page, { state: 'retrying', attempt: 2, wait_ms: 1500, reason: 'GitHub answered 502 Bad Gateway' });
    assert.match(await text(page, '[data-field="progress-text"]'), /502 Bad Gateway.*trying again in 2 s, attempt 2/);

    await send(page, { state: 'fetching', pages_done: 3000, pages_total: 3000, rows: 300_000 });
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await page.locator('[data-region="load-progress"]').isVisible(), false);
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), false);
    assert.equal(await text(page, '[data-field="result-count"]'), '300,000 of 300,000');
    assert.match(await text(page, '[data-field="fetched"]'), /^Fetched 3 minutes ago/);
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Refresh');
    await page.waitForFunction(() => /Loaded 300,000 license consumers/.test(document.getElementById('status')?.textContent ?? ''));
    assert.deepEqual((await ipc(page)).loads, [false], 'the first load may reuse what the backend holds');
    await page.screenshot({ path: `${shots}consumed-light.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('after a load it says what the load cost, and a refresh that its unchanged pages were free', async () => {
    const { page, errors } = await open('consumed=auto');
    await loadList(page);
    await page.waitForSelector('[data-field="load-cost"]');
    assert.equal(await text(page, '[data-field="load-cost"]'), 'Loaded: 3,000 pages (cost 3,000 requests)');
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /^Refreshed/.test(document.querySelector('[data-field="load-cost"]')?.textContent ?? ''));
    assert.equal(await text(page, '[data-field="load-cost"]'), 'Refreshed: 3,000 pages, 2,998 unchanged (cost 2 requests)');
    await page.waitForFunction(() => /2,998 unchanged \(cost 2 requests\)/.test(document.getElementById('status')?.textContent ?? ''));
    assert.deepEqual((await ipc(page)).loads, [false, true]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Cancel stops the load, says so and leaves Load ready', async () => {
    const { page, errors } = await open('consumed=manual');
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await send(page, { state: 'fetching', pages_done: 7, pages_total: null, rows: 700 });
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Page 7 · 700 rows');
    await page.locator('[data-action="cancel-load"]').click();
    await page.waitForSelector('[data-field="load-cancelled"]');
    assert.match(await text(page, '[data-field="load-cancelled"]'), /Cancelled\. Nothing was loaded/);
    assert.equal(await page.locator('[data-action="cancel-load"]').isVisible(), false);
    assert.equal(await page.locator('[data-action="load-consumed"]').isEnabled(), true);
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), true);
    assert.equal((await ipc(page)).calls.cancel_consumed_fetch, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a load goes on when the screen is left, and its progress is there on return', async () => {
    const { page } = await open('consumed=manual');
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await page.evaluate(() => { location.hash = '#/license'; });
    await page.waitForSelector('[data-instance="main"]');
    await send(page, { state: 'fetching', pages_done: 5, pages_total: 10, rows: 500 });
    await page.evaluate(() => { location.hash = '#/consumed'; });
    await page.waitForSelector('[data-region="load-progress"]:not([hidden])');
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Page 5 of 10 · 500 rows');
    await page.locator('[data-action="load-consumed"]').click({ force: true }).catch(() => {});
    assert.equal((await ipc(page)).loads.length, 1, 'one load at a time');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    await page.close();
  });

  test('search (debounced) and filters narrow the list: the count and the first rows', async () => {
    const { page, errors } = await open('consumed=auto');
    await loadList(page);
    for (const [filter, n] of Object.entries({ cloud_only: SUMMARY.split.cloud_only, visual_studio: SUMMARY.split.visual_studio, multiple_accounts: SUMMARY.split.multiple_accounts })) {
      assert.equal(await text(page, `[data-count="${filter}"]`), num(n), `${filter} chip count`);
    }

    await page.locator('[data-field="search"]').pressSequentially('garcia', { delay: 20 });
    const expected = fixtures.runQuery(ROWS, { search: 'garcia', filter: 'all', sort: BY_LOGIN });
    await page.waitForFunction((t) => document.querySelector('[data-field="result-count"]')?.textContent === t, `${num(expected.length)} of 300,000`);
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await cell(page, 0, 'login'), expected[0].login);
    assert.equal(await cell(page, 1, 'login'), expected[1].login);
    const searches = (await ipc(page)).queries.map((q) => q.search);
    assert.ok(!searches.includes('garci') && !searches.includes('ga'), `typing is debounced (asked: ${[...new Set(searches)].join(', ')})`);

    await page.locator('[data-filter="server_only"]').click();
    const servers = fixtures.runQuery(ROWS, { search: 'garcia', filter: 'server_only', sort: BY_LOGIN });
    await page.waitForFunction((t) => document.querySelector('[data-field="result-count"]')?.textContent === t, `${num(servers.length)} of 300,000`);
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await cell(page, 0, 'kind'), 'Server only');
    assert.equal(await cell(page, 0, 'emails'), servers[0].server_emails.join(', '));
    const last = (await ipc(page)).queries.at(-1);
    assert.deepEqual({ search: last?.search, filter: last?.filter, limit: last?.limit }, { search: 'garcia', filter: 'server_only', limit: 200 });
    await page.waitForFunction(() => /match/.test(document.getElementById('status')?.textContent ?? ''));

    await page.locator('[data-field="search"]').fill('no such person anywhere');
    await page.waitForSelector('[data-field="grid-empty"]:not([hidden])');
    assert.match(await text(page, '[data-field="grid-empty"]'), /No consumer matches “no such person anywhere” in this filter/);
    assert.equal(await page.locator('[data-action="export-csv"]').isDisabled(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('sorting by a header: aria-sort follows, and so does the order', async () => {
    const { page } = await open('consumed=auto');
    await loadList(page);
    assert.equal(await page.locator('[role="columnheader"][data-column="login"]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await cell(page, 0, 'login'), fixtures.runQuery(ROWS, { search: '', filter: 'all', sort: BY_LOGIN })[0].login);

    await page.locator('[data-sort="name"]').click();
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-column="name"]')?.getAttribute('aria-sort') === 'ascending');
    assert.equal(await page.locator('[role="columnheader"][data-column="login"]').getAttribute('aria-sort'), null, 'one sorted column at a time');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    const byName = fixtures.runQuery(ROWS, { search: '', filter: 'all', sort: { column: 'name', descending: false } });
    assert.equal(await cell(page, 0, 'name'), byName[0].name);
    assert.equal(await cell(page, 0, 'login'), byName[0].login ?? '—');

    await page.locator('[data-sort="name"]').click();
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-column="name"]')?.getAttribute('aria-sort') === 'descending');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    const byNameDown = fixtures.runQuery(ROWS, { search: '', filter: 'all', sort: { column: 'name', descending: true } });
    await page.waitForFunction((n) => document.querySelector('.vgrid-row[data-position="0"] [data-column="name"]')?.textContent === n, byNameDown[0].name);

    // By keyboard: the header is a button; Enter and Space sort.
    await page.locator('[data-sort="accounts"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-column="accounts"]')?.getAttribute('aria-sort') === 'ascending');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[role="columnheader"][data-column="accounts"]')?.getAttribute('aria-sort') === 'descending');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    await page.waitForFunction(() => document.querySelector('.vgrid-row[data-position="0"] [data-column="accounts"]')?.textContent === '3');
    assert.match(await text(page, '#status'), /Sorted by Accounts, descending/);
    await page.close();
  });

  test('scrolled to the end, row 300,000 renders and the DOM holds only the rows in view', async () => {
    const { page, errors } = await open('consumed=auto');
    await loadList(page);
    const grid = page.locator('[role="grid"]');
    assert.equal(await grid.getAttribute('aria-rowcount'), '300001', 'the header row and 300,000 rows');
    await page.locator('.vgrid-body').evaluate((b) => { b.scrollTop = b.scrollHeight; });
    await page.waitForSelector('.vgrid-row[data-position="299999"]:not(.pending)');
    const last = page.locator('.vgrid-row[data-position="299999"]');
    assert.equal(await last.getAttribute('aria-rowindex'), '300001');
    const expected = fixtures.runQuery(ROWS, { search: '', filter: 'all', sort: BY_LOGIN }).at(-1);
    assert.ok(expected);
    assert.equal(await cell(page, 299_999, 'emails'), [...expected.server_emails, ...expected.verified_emails].join(', '));
    assert.ok(await last.isVisible(), 'the last row is in view');
    const inDom = await page.locator('.vgrid-spacer > .vgrid-row').count();
    assert.ok(inDom < 200, `${inDom} rows in the DOM`);
    const asked = (await ipc(page)).queries.filter((q) => q.offset === 299_800).length;
    assert.equal(asked, 1, 'the last window was asked for once');
    await page.screenshot({ path: `${shots}consumed-end.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the keyboard moves a visibly focused row: arrows, Page Up/Down, Home, End', async () => {
    const { page } = await open('consumed=auto');
    await loadList(page);
    // Tab reaches the grid: its focused row is the one tab stop.
    await page.locator('[data-sort="license_type"]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedPosition(page), '0');
    const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedPosition(page), '2');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedPosition(page), '1');
    await page.keyboard.press('PageDown');
    const afterPage = Number(await focusedPosition(page));
    assert.ok(afterPage > 10 && afterPage < 30, `Page Down moves a screenful (to ${afterPage})`);
    await page.keyboard.press('PageUp');
    assert.equal(await focusedPosition(page), '1');

    await page.keyboard.press('End');
    assert.equal(await focusedPosition(page), '299999');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')), '300001');
    await page.waitForSelector('.vgrid-row[data-position="299999"]:not(.pending)');
    assert.ok(await page.locator('.vgrid-row[data-position="299999"]').isVisible());
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedPosition(page), '299999', 'stays on the last row');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedPosition(page), '299998');

    await page.keyboard.press('Home');
    assert.equal(await focusedPosition(page), '0');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedPosition(page), '0');
    assert.equal(await page.locator('.vgrid-row[tabindex="0"]').count(), 1, 'one tab stop in the grid');
    await page.close();
  });

  test('export saves the current view as CSV or JSON and says where', async () => {
    const { page, errors } = await open('consumed=auto');
    await loadList(page);
    await page.locator('[data-filter="visual_studio"]').click();
    await page.waitForFunction((t) => document.querySelector('[data-field="result-count"]')?.textContent === t, `${num(SUMMARY.split.visual_studio)} of 300,000`);
    await page.locator('[data-action="export-csv"]').click();
    await page.waitForSelector('[data-field="export-path"]');
    assert.equal(await text(page, '[data-field="export-path"]'), '/home/admin/Documents/consumed-licenses-acme.csv');
    assert.match(await text(page, '[data-field="export-result"]'), new RegExp(`^Saved ${num(SUMMARY.split.visual_studio)} rows as CSV to /home/admin/Documents/consumed-licenses-acme\\.csv · .+ bytes\\)$`));
    const [sent] = (await ipc(page)).exports;
    assert.equal(sent.format, 'csv');
    assert.deepEqual({ filter: sent.query?.filter, search: sent.query?.search, sort: sent.query?.sort, offset: sent.query?.offset, limit: sent.query?.limit },
      { filter: 'visual_studio', search: '', sort: BY_LOGIN, offset: 0, limit: SUMMARY.split.visual_studio });
    await page.locator('[data-action="export-json"]').click();
    await page.waitForFunction(() => document.querySelector('[data-field="export-path"]')?.textContent?.endsWith('.json'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a cancelled Save dialog says nothing', async () => {
    const { page } = await open('consumed=auto&save=cancel');
    await loadList(page);
    await page.locator('[data-action="export-json"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.exports.length === 1);
    await page.waitForFunction(() => document.querySelector('[data-action="export-json"]')?.getAttribute('aria-busy') === null);
    assert.equal(await text(page, '[data-field="export-result"]'), '');
    assert.equal(await page.locator('[data-action="export-json"]').isEnabled(), true);
    await page.close();
  });

  test('names from GitHub are shown as text, never as HTML', async () => {
    const { page } = await open('consumed=auto');
    await loadList(page);
    await page.locator('[data-field="search"]').fill('onerror');
    await page.waitForFunction(() => document.querySelector('[data-field="result-count"]')?.textContent === '1 of 300,000');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await cell(page, 0, 'name'), fixtures.HOSTILE_NAME);
    assert.equal(await page.locator('.vgrid img').count(), 0);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    await page.close();
  });

  test('windows are asked for once, and answers to an old query are dropped', async () => {
    const { page } = await open('consumed=auto');
    const result = await page.evaluate(async () => {
      const { createRowSource } = await import('/stores/row-cache.js');
      /** @type {{ q: string, offset: number, resolve: (p: { total_matching: number, rows: string[] }) => void }[]} */
      const asked = [];
      let changes = 0;
      const source = createRowSource({
        windowSize: 10,
        fetch: (/** @type {string} */ q, /** @type {number} */ offset) => new Promise((resolve) => { asked.push({ q, offset, resolve }); }),
        onChange: () => { changes++; },
        onError: () => {},
      });
      source.setQuery('old');
      source.ensure(0, 25);
      source.ensure(0, 25);
      const firstAsks = asked.map((a) => `${a.q}@${a.offset}`);
      source.setQuery('new');
      // The new query's answer comes first, the old one's late.
      asked[3].resolve({ total_matching: 2, rows: ['new-0', 'new-1'] });
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      asked[0].resolve({ total_matching: 500, rows: Array.from({ length: 10 }, (_, i) => `old-${i}`) });
      await new Promise((r) => setTimeout(r, 0));
      return { firstAsks, total: source.total(), row0: source.get(0), changes };
    });
    assert.deepEqual(result.firstAsks, ['old@0', 'old@10', 'old@20'], 'each window once');
    assert.deepEqual({ total: result.total, row0: result.row0, changes: result.changes }, { total: 2, row0: 'new-0', changes: 1 });
    await page.close();
  });

  test('lists taller than a browser can scroll map onto the scrollbar', async () => {
    const { page } = await open('consumed=auto');
    const g = await page.evaluate(async () => {
      const { scrollGeometry, MAX_SPACER_PX } = await import('/widgets/virtual-table.js');
      return { small: scrollGeometry(300_000, 34, 600), huge: scrollGeometry(2_000_000, 34, 600), max: MAX_SPACER_PX };
    });
    assert.deepEqual(g.small, { spacer: 10_200_000, ratio: 1 });
    assert.equal(g.huge.spacer, g.max);
    assert.ok(Math.abs(g.huge.ratio * (g.max - 600) - (2_000_000 * 34 - 600)) < 1, 'the last scroll pixel reaches the last row');
    await page.close();
  });

  test('dark mode follows the system', async () => {
    const { page, errors } = await open('consumed=auto', 'consumed', { colorScheme: 'dark' });
    await loadList(page);
    await page.locator('[data-filter="both"]').click();
    await page.waitForFunction((t) => document.querySelector('[data-field="result-count"]')?.textContent === t, `${num(SUMMARY.split.both)} of 300,000`);
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    await page.locator('.vgrid-row[data-position="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const bg = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('.vgrid'))).backgroundColor);
    assert.equal(bg, 'rgb(21, 27, 35)');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${shots}consumed-dark.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Consumed licenses opens on the kept load', () => {
  /** @param {import('playwright-core').Page} page */
  const consumedState = (page) => page.evaluate(() => {
    const c = /** @type {any} */ (window).__ipc.consumed;
    return { loads: c.loads, restores: c.restores };
  });

  test('with no list held it shows the newest kept load at once, says as of when, and Refresh by keyboard reads GitHub', async () => {
    const { page, errors } = await open('consumed=auto&restore=kept');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.deepEqual(await consumedState(page), { loads: [], restores: 1 }, 'nothing asked of GitHub to open');
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), false);
    assert.equal(await text(page, '[data-field="result-count"]'), '300,000 of 300,000');
    assert.equal(await cell(page, 0, 'login'), fixtures.runQuery(ROWS, { search: '', filter: 'all', sort: BY_LOGIN, offset: 0, limit: 1 })[0].login);

    const note = page.locator('[data-field="kept-load-note"]');
    assert.equal(await note.getAttribute('role'), 'status');
    // The kept load's own time (fixtures.KEPT_AT, three days and two hours before the page opened).
    const at = /** @type {string} */ (await note.locator('time').getAttribute('datetime'));
    const age = (Date.now() - Date.parse(at)) / 3_600_000;
    assert.ok(age > 73.9 && age < 74.5, `the kept load's time, not ${at}`);
    const weekday = new Date(at).toLocaleDateString('en-US', { weekday: 'long' });
    assert.match(await note.innerText(), new RegExp(`^As of ${weekday}, .+ \\(kept\\) · Refresh to read GitHub now$`));
    assert.equal(await text(page, '[data-field="fetched"]'), '', 'the time is said once, in the note');
    const button = page.locator('[data-action="load-consumed"]');
    assert.equal(await button.innerText(), 'Refresh');
    assert.equal(await button.getAttribute('class'), 'primary', 'reading GitHub is what to do next');
    await page.screenshot({ path: `${shots}consumed-kept.png` });

    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-field="load-cost"]');
    assert.deepEqual((await consumedState(page)).loads, [true], 'Refresh reads every page again');
    assert.equal(await note.innerText(), '', 'once GitHub answered, the note goes');
    assert.equal(await button.innerText(), 'Refresh');
    assert.notEqual(await button.getAttribute('class'), 'primary');
    assert.match(await text(page, '[data-field="fetched"]'), /^Fetched /);
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with no load kept the screen is as before: Load, and no note', async () => {
    const { page, errors } = await open('consumed=auto');
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), true);
    assert.deepEqual(await consumedState(page), { loads: [], restores: 1 });
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Load consumed licenses');
    assert.equal(await page.locator('[data-field="kept-load-note"]').innerText(), '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a history that cannot be read leaves the screen as before a load', async () => {
    const { page, errors } = await open('consumed=auto&restore=fail');
    assert.equal(await page.locator('[data-region="not-loaded"]').isVisible(), true);
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Load consumed licenses');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a list already held is not replaced by the kept one', async () => {
    const { page, errors } = await open('consumed=cached&restore=kept');
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal((await consumedState(page)).restores, 0, 'the backend holds a list: nothing to restore');
    assert.equal(await page.locator('[data-field="kept-load-note"]').innerText(), '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a Load started while the kept load is asked for wins over it', async () => {
    const { page, errors } = await open('consumed=manual&restore=slow', 'consumed', { ready: false });
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.restores === 1);
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.releaseRestore());
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.locator('[data-field="kept-load-note"]').innerText(), '');
    assert.deepEqual((await consumedState(page)).loads, [false]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the kept note follows dark mode', async () => {
    /** @param {'light' | 'dark'} colorScheme */
    const look = async (colorScheme) => {
      const { page, close } = await open('consumed=auto&restore=kept', 'consumed', { colorScheme });
      await page.waitForSelector('[data-field="kept-load-note"] time');
      const c = await page.locator('[data-field="kept-load-note"]').evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
      if (colorScheme === 'dark') await page.screenshot({ path: `${shots}consumed-kept-dark.png` });
      await close();
      return c;
    };
    assert.deepEqual(await look('light'), ['rgb(221, 244, 255)', 'rgb(31, 35, 40)']);
    assert.deepEqual(await look('dark'), ['rgb(18, 29, 47)', 'rgb(230, 237, 243)']);
  });
});

describe('The rate budget on the load button', () => {
  test('says what is left for free before a load, then what a load costs of it', async () => {
    const { page, errors } = await open('consumed=auto');
    await page.waitForSelector('[data-region="rate-budget"]:not([hidden])');
    assert.match(await text(page, '[data-field="rate-budget"]'), /^Your token has 4,870 of 5,000 requests left this hour; resets at .+\. A load costs one request per 100 consumers\.$/);
    const described = await page.locator('[data-action="load-consumed"]').getAttribute('aria-describedby');
    assert.equal(await page.locator(`#${described}`).getAttribute('data-field'), 'rate-budget');
    assert.equal((await ipc(page)).calls.consumed_load_estimate, undefined, 'no estimate (it may cost a request) before Load');
    await loadList(page);
    await page.waitForFunction(() => /A refresh costs/.test(document.querySelector('[data-field="rate-budget"]')?.textContent ?? ''));
    assert.match(await text(page, '[data-field="rate-budget"]'), /^A refresh costs about 3,000 of your 4,870 remaining requests; resets at \S+/);
    assert.equal(await page.locator('[data-dialog="rate-reserve"]').count(), 0, 'the reserve is untouched: no question');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a load that would cut into the reserve asks first, and Not now loads nothing', async () => {
    const { page, errors } = await open('consumed=manual&budget=low');
    await page.locator('[data-action="load-consumed"]').click();
    const dialog = page.locator('dialog[data-dialog="rate-reserve"]');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /about 3,000 requests\. Your token has 3,200 requests left; resets at .+ less than the 10% \(500 requests\) kept for other tools/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'cancel', 'focus starts on Not now');
    await page.screenshot({ path: `${shots}consumed-rate-reserve.png` });
    await dialog.locator('[data-action="cancel"]').click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual((await ipc(page)).loads, [], 'nothing loaded');
    assert.match(await text(page, '[data-field="rate-budget"]'), /cuts into the 10% reserve \(500 requests\)/);

    await page.locator('[data-action="load-consumed"]').click();
    await dialog.locator('[data-action="confirm"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    assert.deepEqual((await ipc(page)).loads, [false]);
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the reserve is a setting: a smaller one stops the question', async () => {
    const { page, errors } = await open('consumed=manual&budget=low');
    await page.waitForSelector('[data-region="rate-budget"]:not([hidden])');
    await page.locator('[data-region="rate-reserve"] summary').click();
    const input = page.locator('[data-field="reserve-percent"]');
    await page.waitForFunction(() => /** @type {HTMLInputElement | null} */ (document.querySelector('[data-field="reserve-percent"]'))?.value === '10');
    await input.fill('3');
    await input.press('Enter');
    await input.blur();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.reserve === 3);
    assert.match(await text(page, '[data-field="reserve-saved"]'), /Saved: 3% kept in reserve/);
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    assert.equal(await page.locator('[data-dialog="rate-reserve"]').count(), 0, '3,200 - 3,000 leaves more than 150');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a pause for the rate limit is never silent: a countdown to the reset, and Stop ends it', async () => {
    const { page, errors } = await open('consumed=manual');
    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await send(page, { state: 'fetching', pages_done: 2, pages_total: 3000, rows: 200 });
    assert.equal(await text(page, '[data-action="cancel-load"]'), 'Cancel');
    const until = new Date(Date.now() + 3 * 60_000).toISOString();
    await send(page, { state: 'waiting_rate_limit', until, seconds: 180 });
    assert.equal(await page.locator('[data-region="load-progress"]').getAttribute('data-state'), 'waiting_rate_limit');
    assert.match(await text(page, '[data-field="progress-text"]'), /waiting (3 min|2 min 5\d s) \(until .+, when it resets\).*Stop ends the load/);
    const stop = page.locator('[data-action="cancel-load"]');
    assert.equal(await stop.innerText(), 'Stop');
    assert.equal(await stop.isVisible(), true);
    const before = Number(await page.locator('[data-field="progress-text"]').getAttribute('data-seconds-left'));
    await page.waitForTimeout(1100);
    const later = Number(await page.locator('[data-field="progress-text"]').getAttribute('data-seconds-left'));
    assert.ok(later < before, `the countdown runs (${before} s, then ${later} s)`);
    await stop.click();
    await page.waitForSelector('[data-field="load-cancelled"]');
    assert.equal((await ipc(page)).calls.cancel_consumed_fetch, 1);
    assert.equal(await page.locator('[data-action="load-consumed"]').isEnabled(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Seat chart on the License screen', () => {
  test('without a loaded list it offers to load the breakdown, and fetches nothing by itself', async () => {
    const { page, errors } = await open('scenario=loaded&consumed=auto', 'license');
    const chart = page.locator('[data-region="seat-chart"]');
    assert.equal(await chart.isVisible(), true);
    assert.match(await text(page, '[data-field="chart-not-loaded"]'), /not loaded yet/);
    assert.equal(await text(page, '[data-region="seat-chart"] [data-action="load-consumed"]'), 'Load the breakdown');
    const { calls } = await ipc(page);
    assert.equal(calls.load_consumed_licenses, undefined);
    assert.equal(calls.query_consumed_licenses, undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Load the breakdown shows progress, then consumed vs purchased split by who, in numbers too', async () => {
    const { page, errors } = await open('scenario=loaded&consumed=manual&rows=1321', 'license');
    await page.locator('[data-region="seat-chart"] [data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await send(page, { state: 'fetching', pages_done: 4, pages_total: 14, rows: 400 });
    assert.equal(await text(page, '[data-region="seat-chart"] [data-field="progress-text"]'), 'Page 4 of 14 · 400 rows');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    const svg = page.locator('[data-region="seat-chart"] svg[role="img"]');
    await svg.waitFor();

    const small = fixtures.consumedSummary(fixtures.consumerRows(1321));
    const label = await svg.getAttribute('aria-label');
    assert.match(label ?? '', /1,321 of 1,400 purchased seats consumed/);
    assert.match(label ?? '', new RegExp(`cloud only ${num(small.split.cloud_only)} `));
    assert.match(label ?? '', new RegExp(`visual studio ${num(small.split.visual_studio)} `));
    assert.equal(await text(page, '[data-field="chart-caption"]'), '1,321 of 1,400 purchased seats consumed · 79 available');
    for (const k of /** @type {const} */ (['cloud_only', 'server_only', 'both', 'visual_studio'])) {
      assert.equal(await text(page, `[data-field="legend-${k}"]`), num(small.split[k]), `legend ${k}`);
    }
    const unknown = 1321 - small.split.cloud_only - small.split.server_only - small.split.both - small.split.visual_studio;
    assert.equal(await text(page, '[data-field="legend-other"]'), num(unknown));
    assert.equal(await page.locator('[data-region="seat-chart"] rect[data-segment]').count(), 5);
    const widths = await page.locator('[data-region="seat-chart"] rect[data-segment]').evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute('width')), 0));
    assert.ok(Math.abs(widths - (1321 / 1400) * 1000) < 0.5, 'the segments fill the consumed share of the bar');
    assert.match(await text(page, '[data-field="chart-source"]'), /1,321 people fetched 3 minutes ago/);
    await page.locator('[data-region="seat-chart"]').screenshot({ path: `${shots}license-seat-chart.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a list loaded on another screen is charted at once; dark mode', async () => {
    const { page, errors } = await open('scenario=loaded&consumed=auto&rows=1321', 'consumed', { colorScheme: 'dark' });
    await loadList(page);
    await page.locator('nav a[data-screen="license"]').click();
    await page.waitForSelector('[data-region="seat-chart"] svg[role="img"]');
    assert.equal((await ipc(page)).loads.length, 1, 'the License screen did not load again');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${shots}license-seat-chart-dark.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Consumed licenses in Spanish and Brazilian Portuguese', () => {
  test('in Spanish the screen, its progress, count, columns and cost read in Spanish, with numbers grouped only from five digits', async () => {
    const { page, errors } = await open('consumed=manual&lang=es');
    assert.equal(await text(page, 'h1'), 'Licencias consumidas');
    assert.equal(await text(page, '[data-region="not-loaded"] h2'), 'La lista aún no está cargada');
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Cargar licencias consumidas');
    await page.waitForSelector('[data-region="rate-budget"]:not([hidden])');
    assert.match(await text(page, '[data-field="rate-budget"]'),
      /^A tu token le quedan 4870 de 5000 solicitudes esta hora; se restablece a las .+\. Una carga cuesta una solicitud por cada 100 usuarios\.$/);

    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    assert.equal(await text(page, '[data-action="cancel-load"]'), 'Cancelar');
    await send(page, { state: 'fetching', pages_done: 2, pages_total: 3000, rows: 200 });
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Página 2 de 3000 · 200 filas');
    await send(page, { state: 'waiting_rate_limit', until: new Date(Date.now() + 30_000).toISOString(), seconds: 30 });
    assert.match(await text(page, '[data-field="progress-text"]'), /^Se agotó el límite de solicitudes de GitHub: esperando (30|29) s \(hasta las .+, cuando se restablece\); luego la lectura sigue sola\. Detener termina la carga\.$/);
    assert.equal(await text(page, '[data-action="cancel-load"]'), 'Detener');
    await send(page, { state: 'fetching', pages_done: 3000, pages_total: 3000, rows: 300_000 });
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish({ pages: 3000, requests_sent: 3000, not_modified: 0, budget_spent: 3000, refreshed: false }));
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');

    assert.equal(await text(page, '[data-field="result-count"]'), '300.000 de 300.000');
    assert.equal(await text(page, '[data-field="load-cost"]'), 'Cargada: 3000 páginas (costo: 3000 solicitudes)');
    assert.match(await text(page, '[data-field="fetched"]'), /^Leída hace 3 minutos \(/);
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Actualizar');
    await page.waitForFunction(() => /Se cargaron 300\.000 usuarios que consumen una licencia\./.test(document.getElementById('status')?.textContent ?? ''));
    assert.deepEqual(await page.locator('[role="columnheader"]').allInnerTexts(),
      ['Nombre de usuario', 'Nombre', 'Tipo', 'Correos electrónicos', 'Usuarios de GHES', 'Cuentas', 'Tipo de licencia']);
    const chip = (/** @type {string} */ f) => text(page, `[data-filter="${f}"]`);
    assert.equal((await chip('cloud_only')).replace(/\s+/g, ' '), `Solo en la nube ${SUMMARY.split.cloud_only.toLocaleString('es')}`);
    assert.equal((await chip('multiple_accounts')).replace(/\s+/g, ' '), `Más de una cuenta ${SUMMARY.split.multiple_accounts.toLocaleString('es')}`);
    assert.match(SUMMARY.split.multiple_accounts.toLocaleString('es'), /^\d{4}$/, 'the fixture has a four-digit count, written without a separator in Spanish');
    await page.screenshot({ path: `${shots}consumed-es.png`, fullPage: true });

    await page.locator('[data-filter="server_only"]').click();
    await page.waitForFunction((t) => document.querySelector('[data-field="result-count"]')?.textContent === t, `${SUMMARY.split.server_only.toLocaleString('es')} de 300.000`);
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await cell(page, 0, 'kind'), 'Solo en el servidor');
    await page.waitForFunction(() => /^Coinciden [\d.]+ de 300\.000 usuarios que consumen una licencia\.$/.test(document.getElementById('status')?.textContent ?? ''));
    await page.locator('[data-field="search"]').fill('nadie así');
    await page.waitForSelector('[data-field="grid-empty"]:not([hidden])');
    assert.equal(await text(page, '[data-field="grid-empty"]'), 'Ningún usuario coincide con “nadie así” en este filtro.');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Brazilian Portuguese the budget, the reserve question, the progress and the sort read in Portuguese, with 1.234 grouped', async () => {
    const { page, errors } = await open('consumed=manual&budget=low&lang=pt-BR');
    assert.equal(await text(page, 'h1'), 'Licenças consumidas');
    assert.equal(await text(page, '[data-action="load-consumed"]'), 'Carregar licenças consumidas');
    await page.waitForSelector('[data-region="rate-budget"]:not([hidden])');
    assert.match(await text(page, '[data-field="rate-budget"]'),
      /^Seu token tem 3\.200 de 5\.000 solicitações restantes nesta hora; o limite é redefinido às .+\. Um carregamento custa uma solicitação a cada 100 usuários\.$/);

    await page.locator('[data-action="load-consumed"]').click();
    const dialog = page.locator('dialog[data-dialog="rate-reserve"]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('h2').innerText(), 'Usar a reserva do limite de solicitações do token?');
    assert.match(await dialog.innerText(),
      /Este carregamento custa cerca de 3\.000 solicitações\. Seu token tem 3\.200 solicitações restantes \(o limite é redefinido às .+\), e o carregamento deixaria menos que os 10% \(500 solicitações\) reservados para outras ferramentas/);
    assert.equal(await dialog.locator('[data-action="cancel"]').innerText(), 'Agora não');
    assert.equal(await dialog.locator('[data-action="confirm"]').innerText(), 'Carregar mesmo assim');
    await dialog.locator('[data-action="confirm"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await send(page, { state: 'fetching', pages_done: 2, pages_total: 3000, rows: 1234 });
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Página 2 de 3.000 · 1.234 linhas');
    await send(page, { state: 'retrying', attempt: 2, wait_ms: 1500, reason: 'GitHub answered 502 Bad Gateway' });
    assert.equal(await text(page, '[data-field="progress-text"]'), 'O GitHub não respondeu corretamente (GitHub answered 502 Bad Gateway): nova tentativa em 2 s, tentativa 2.');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    await page.waitForSelector('.vgrid-row[data-position="0"]:not(.pending)');
    assert.equal(await text(page, '[data-field="result-count"]'), '300.000 de 300.000');
    await page.waitForFunction(() => /^Uma atualização/.test(document.querySelector('[data-field="rate-budget"]')?.textContent ?? ''));
    assert.match(await text(page, '[data-field="rate-budget"]'), /^Uma atualização custa cerca de 3\.000 das suas 3\.200 solicitações restantes; .* Isso usa parte da reserva de 10% \(500 solicitações\)\.$/);

    await page.locator('[data-sort="accounts"]').click();
    await page.waitForFunction(() => /^Ordenado por Contas, em ordem crescente\.$/.test(document.getElementById('status')?.textContent ?? ''));
    assert.equal(await text(page, '[data-action="export-csv"]'), 'Exportar CSV');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
