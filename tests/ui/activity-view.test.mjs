// The Activity screen in headless Chromium, with the backend's `activity` command mocked
// (browser/sync-backend.js, entries from fixtures.activityEntries): the list newest first,
// details that expand and copy, the outcome filter, the empty and failed states.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';

const ui = uiHarness({ route: 'activity' });
/** @param {string} [query] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query = '', opts = {}) => ui.open({ ...opts, query });

/** @param {import('playwright-core').Page} page */
const ids = (page) => page.locator('tbody[data-activity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-activity')));

describe('Activity screen', () => {
  test('lists every entry newest first with time, kind, target, outcome and summary', async () => {
    const { page, errors, close } = await open();
    assert.deepEqual(await ids(page), ['a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    const first = 'tbody[data-activity="a6"]';
    assert.equal(await text(page, `${first} [data-field="kind"]`), 'Sync now');
    assert.equal(await text(page, `${first} [data-field="target"]`), 'github.acme.example');
    assert.equal(await text(page, `${first} [data-field="outcome"]`), 'OK');
    assert.match(await text(page, `${first} [data-field="summary"]`), /consumed 512 → 498/);
    assert.ok((await page.locator(`${first} time`).getAttribute('datetime'))?.endsWith('Z'));
    assert.equal(await text(page, 'tbody[data-activity="a4"] [data-field="outcome"]'), 'Failed');
    assert.equal(await text(page, 'tbody[data-activity="a5"] [data-field="outcome"]'), 'Info');
    assert.equal(await text(page, 'tbody[data-activity="a1"] [data-field="kind"]'), 'One-click sync');
    assert.equal(await text(page, '[data-field="activity-count"]'), '6 entries');
    assert.equal(await page.locator('nav a[data-screen="activity"]').getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('.details-row:not([hidden])').count(), 0, 'details start folded');
    await page.screenshot({ path: `${shots}activity-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('details expand and fold by keyboard, and text from outside stays text', async () => {
    const { page, errors, close } = await open();
    const toggle = page.locator('tbody[data-activity="a4"] [data-action="toggle-details"]');
    await toggle.focus();
    assert.notEqual(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle), 'none', 'focus is visible');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const details = page.locator('tbody[data-activity="a4"] [data-field="details"]');
    assert.equal(await details.isVisible(), true);
    assert.match(await details.innerText(), /GitHub: <img src=x onerror="window.__pwned=true"> The uploaded file is not a license usage export/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    assert.equal(await page.locator('tbody[data-activity="a4"] [data-action="copy-details"]').isVisible(), true);
    await page.screenshot({ path: `${shots}activity-expanded.png`, fullPage: true });
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await details.isVisible(), false);
    assert.deepEqual(errors, []);
    await close();
  });

  test('Copy details puts the entry on the clipboard', async () => {
    const { page, errors, close } = await open('', { clipboard: true });
    await page.locator('tbody[data-activity="a3"] [data-action="toggle-details"]').click();
    await page.locator('tbody[data-activity="a3"] [data-action="copy-details"]').click();
    await page.waitForFunction(() => document.querySelector('tbody[data-activity="a3"] [data-field="copy-note"]')?.textContent === 'Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /Connection test {2}enterprise acme {2}OK/);
    assert.match(copied, /Connected to enterprise acme as octocat/);
    assert.match(copied, /scopes: read:enterprise/);
    assert.deepEqual(errors, []);
    await close();
  });

  test('without a clipboard, Copy details selects the text for Ctrl+C', async () => {
    const { page, errors, close } = await open('', { noClipboard: true });
    await page.locator('tbody[data-activity="a3"] [data-action="toggle-details"]').click();
    await page.locator('tbody[data-activity="a3"] [data-action="copy-details"]').click();
    await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('tbody[data-activity="a3"] [data-field="copy-note"]')?.textContent ?? ''));
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    assert.equal(selected, 'api: http://127.0.0.1:9/ghec/api\nscopes: read:enterprise');
    assert.deepEqual(errors, []);
    await close();
  });

  test('the outcome filter narrows the list, with counts', async () => {
    const { page, errors, close } = await open();
    assert.match(await text(page, 'label:has([data-filter="failed"])'), /Failed 3/);
    await page.locator('[data-filter="failed"]').check();
    assert.deepEqual(await ids(page), ['a4', 'a2', 'a1']);
    // Arrow keys move within the radio group.
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await ids(page), ['a5']);
    assert.equal(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).value), 'info', 'focus stays on the filter');
    await page.locator('[data-filter="ok"]').check();
    assert.deepEqual(await ids(page), ['a6', 'a3']);
    await page.locator('[data-filter="all"]').check();
    assert.equal((await ids(page)).length, 6);
    assert.deepEqual(errors, []);
    await close();
  });

  test('Refresh reads the record again and keeps open details open', async () => {
    const { page, close } = await open();
    await page.locator('tbody[data-activity="a6"] [data-action="toggle-details"]').click();
    await page.locator('[data-action="refresh-activity"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.activity === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.locator('tbody[data-activity="a6"] [data-action="toggle-details"]').getAttribute('aria-expanded'), 'true');
    await close();
  });

  test('an empty record says what will appear', async () => {
    const { page, errors, close } = await open('activity=empty');
    assert.match(await text(page, '[data-field="activity-empty"]'), /Nothing recorded yet/);
    assert.equal(await page.locator('table.activity').count(), 0);
    await page.screenshot({ path: `${shots}activity-empty.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('a record that cannot be read is explained', async () => {
    const { page, close } = await open('activity=fail');
    assert.match(await text(page, '[data-region="activity"] .problem'), /permission denied/);
    assert.match(await text(page, '[data-region="activity"] [data-field="error-fix"]'), /permissions of the app data folder/);
    await close();
  });

  test('in Spanish and Portuguese, kinds, outcomes, counts and dates are the language’s; targets and summaries stay as recorded', async () => {
    for (const [lang, words] of /** @type {const} */ ([
      ['es', { title: 'Actividad', count: '6 entradas', kind: 'Sincronizar ahora', failed: 'Fallido', filter: /^Fallido 3$/, details: 'Detalles' }],
      ['pt-BR', { title: 'Atividade', count: '6 registros', kind: 'Sincronizar agora', failed: 'Falhou', filter: /^Falhou 3$/, details: 'Detalhes' }],
    ])) {
      const { page, errors, close } = await open(`lang=${lang}`);
      await page.waitForSelector('table.activity');
      assert.equal(await text(page, 'h1'), words.title);
      assert.equal(await text(page, '[data-field="activity-count"]'), words.count);
      const first = 'tbody[data-activity="a6"]';
      assert.equal(await text(page, `${first} [data-field="kind"]`), words.kind);
      assert.equal(await text(page, `${first} [data-field="target"]`), 'github.acme.example');
      assert.equal(await text(page, 'tbody[data-activity="a4"] [data-field="outcome"]'), words.failed);
      assert.match(await text(page, 'label:has([data-filter="failed"])'), words.filter);
      assert.equal(await text(page, `${first} [data-action="toggle-details"]`), words.details);
      const at = await page.locator(`${first} time`).getAttribute('datetime');
      const when = await page.evaluate(([l, iso]) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(/** @type {string} */ (iso))), [lang, at]);
      assert.equal(await text(page, `${first} time`), when);
      assert.deepEqual(errors, []);
      await close();
    }
  });

  test('dark mode follows the system', async () => {
    const { page, errors, close } = await open('', { colorScheme: 'dark' });
    await page.locator('tbody[data-activity="a4"] [data-action="toggle-details"]').click();
    const bg = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('table.activity'))).backgroundColor);
    assert.equal(bg, 'rgb(21, 27, 35)');
    await page.screenshot({ path: `${shots}activity-dark.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });
});
