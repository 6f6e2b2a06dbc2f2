// The History screen in headless Chromium, with the backend's history mocked
// (browser/history-backend.js, figures from fixtures.storedLoads / storedReadings): seats
// over time as a chart and a table, each instance's syncs with the gaps over 7 days, two
// loads compared, the range, the empty and broken histories, the keyboard, dark mode; and
// Consumed licenses' "Changes since…", which shows the same "who changed".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import * as fixtures from './browser/fixtures.js';

const ui = uiHarness({ route: 'history' });
/** @param {string} query @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, opts = {}) => ui.open({ ...opts, query });

/** @param {import('playwright-core').Page} page */
const history = (page) => page.evaluate(() => /** @type {any} */ (window).__ipc.history);

/** @param {import('playwright-core').Page} page */
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a ? `${a.tagName.toLowerCase()}|${a.getAttribute('data-action') ?? a.getAttribute('data-field') ?? ''}|${a.getAttribute('data-load') ?? ''}` : '';
});

describe('History screen', () => {
  test('the seats chart shows each load’s split with seats purchased as a line, and its table the same figures', async () => {
    const { page, errors, close } = await open('history=kept');
    assert.equal(await page.locator('nav a[data-screen="history"]').getAttribute('aria-current'), 'page');
    assert.match(await text(page, '[data-field="history-where"]'), /Enterprise acme · kept in/);
    assert.equal(await text(page, '[data-field="history-path"]'), fixtures.HISTORY_PATH);

    const loads = fixtures.storedLoads();
    const chart = page.locator('[data-field="seats-chart"]');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.match(/** @type {string} */ (await chart.getAttribute('aria-label')), /5 loads .*1,290 people.*1,326 people of 1,500 purchased/);
    assert.equal(await chart.locator('g.load-bar').count(), loads.length);
    for (const l of loads) {
      const bar = chart.locator(`g.load-bar[data-load="${l.id}"]`);
      for (const key of /** @type {const} */ (['cloud_only', 'server_only', 'both', 'visual_studio'])) {
        assert.equal(await bar.locator(`[data-segment="${key}"]`).getAttribute('data-count'), String(l.split[key]), `load ${l.id} ${key}`);
      }
    }
    // Taller bars for more people: the stack is drawn to scale.
    const height = (/** @type {number} */ id) => chart.locator(`g.load-bar[data-load="${id}"] [data-segment="both"]`).evaluate((r) => Number(r.getAttribute('height')));
    assert.ok(await height(15) > await height(11));
    assert.deepEqual(await chart.locator('.purchased-point').evaluateAll((els) => els.map((e) => e.getAttribute('data-purchased'))), ['1400', '1400', '1400', '1500', '1500']);
    assert.equal(await chart.locator('[data-field="purchased-line"]').count(), 1);
    assert.deepEqual(await chart.locator('.tick-y').allTextContents(), ['0', '500', '1,000', '1,500']);
    assert.deepEqual(await chart.locator('.axis-title').allTextContents(), ['Seats', 'Consumed-licenses load']);
    assert.equal(await chart.locator('.tick-x').count(), 5, 'each load’s date under it');

    // The table: always in the page for screen readers, shown on request.
    const section = page.locator('[data-region="seats-history"]');
    const table = section.locator('[data-field="seats-table"]');
    assert.equal(await table.locator('tbody tr').count(), loads.length);
    const row = table.locator('tr[data-load="15"]');
    assert.deepEqual(await row.locator('td').allInnerTexts(), ['315', '190', '790', '31', '1,326', '1,326', '1,500']);
    assert.deepEqual(await table.locator('tr[data-load="11"] td').allInnerTexts(), ['301', '180', '780', '29', '1,290', '1,290', '1,400']);
    assert.equal(await section.locator('[data-field="table-alternative"]').evaluate((e) => e.classList.contains('visually-hidden')), true);
    const toggle = section.locator('[data-action="show-table"]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await table.isVisible(), true);
    assert.equal(await chart.isVisible(), false);
    await page.screenshot({ path: `${shots}history-table.png`, fullPage: true });
    await toggle.click();
    assert.equal(await chart.isVisible(), true);
    await page.screenshot({ path: `${shots}history-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('a sync gap of more than 7 days is highlighted and labelled, weekly syncs are not, and the table says the same', async () => {
    const { page, errors, close } = await open('history=kept');
    const legacy = page.locator('[data-field="sync-chart"] g.sync-lane[data-host="ghes-legacy.acme.example"]');
    const main = page.locator('[data-field="sync-chart"] g.sync-lane[data-host="github.acme.example"]');
    assert.equal(await main.locator('.sync-mark').count(), 6, 'each distinct sync once, though several readings listed it');
    assert.equal(await main.locator('.sync-gap').count(), 0, 'syncs 6 days apart leave no gap');
    assert.equal(await main.locator('[data-status="failed"]').count(), 0);

    assert.equal(await legacy.locator('.sync-mark').count(), 3);
    assert.equal(await legacy.locator('.sync-mark[data-status="failed"]').count(), 1);
    assert.deepEqual(await legacy.locator('[data-field="gap-label"]').allTextContents(), [
      'up to 10 days without a sync', '21 days without a sync', '8 days since the last sync',
    ]);
    assert.deepEqual(await legacy.locator('.sync-gap').evaluateAll((els) => els.map((e) => [e.getAttribute('data-gap-days'), e.getAttribute('class')])), [
      ['10', 'sync-gap uncertain'], ['21', 'sync-gap'], ['8', 'sync-gap open'],
    ]);

    const rows = page.locator('[data-field="sync-table"] tbody[data-host="ghes-legacy.acme.example"] tr[data-gap="true"]');
    assert.equal(await rows.count(), 3);
    assert.deepEqual(await rows.locator('[data-field="gap-chip"]').allInnerTexts(), ['Gap of up to 10 days', 'Gap over 7 days', '8 days since the last sync']);
    assert.equal(await page.locator('[data-field="sync-table"] tbody[data-host="github.acme.example"] tr[data-gap]').count(), 0);
    assert.match(await text(page, '[data-field="sync-table"] tbody[data-host="ghes-legacy.acme.example"]'), /Failed\s+The uploaded file is not a license usage export/);
    assert.deepEqual(errors, []);
    await close();
  });

  test('two loads selected by keyboard list who was added, removed and changed between them', async () => {
    const { page, errors, close } = await open('history=kept');
    const compare = page.locator('[data-action="compare-selected"]');
    assert.equal(await compare.isDisabled(), true);
    assert.equal(await page.locator('tr[data-load="11"] [data-action="select-load"]').isDisabled(), true, 'a load whose people were let go cannot be compared');
    assert.match(await text(page, '[data-field="loads"] tr[data-load="11"]'), /people no longer kept/);
    assert.equal(await text(page, '[data-field="detail-days"]'), 'Each load’s people are kept 730 days to compare; its figures are kept for good.');
    assert.deepEqual(await page.locator('[data-field="loads"] tr[data-load="15"] td').allInnerTexts().then((t) => t.slice(1, 4)), ['1,326', '1,326 of 1,500', '+8 −6 ~2']);

    await page.locator('tr[data-load="12"] [data-action="select-load"]').focus();
    await page.keyboard.press('Space');
    await page.locator('tr[data-load="15"] [data-action="select-load"]').focus();
    await page.keyboard.press('Enter');
    assert.equal(await compare.isDisabled(), false);
    await compare.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-region="who-changed"][aria-busy="false"] [data-field="change-counts"]');
    assert.deepEqual((await history(page)).changes, [{ from: 12, to: 15 }], 'older to newer, whatever the order ticked');

    const who = '[data-region="who-changed"]';
    assert.equal(await text(page, `${who} [data-field="change-counts"]`), '+3 added · −1 removed · ~2 changed');
    assert.deepEqual(await page.locator(`${who} [data-group]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-group'))), ['added', 'removed', 'changed']);
    assert.deepEqual(await page.locator(`${who} [data-group="added"] [data-field="person-login"]`).allInnerTexts(), ['ada-lovelace', 'grace-hopper', 'mallory']);
    assert.match(await text(page, `${who} [data-person="login:grace-hopper"]`), /Grace Hopper · grace@corp\.acme\.example, grace@acme\.example/);
    assert.equal(await text(page, `${who} [data-group="removed"] [data-field="person-login"]`), 'GHES: github.acme.example:linus');
    assert.match(await text(page, `${who} [data-group="changed"]`), /katherine-johnson Katherine Johnson · kj@acme\.example/);
    assert.match(await text(page, `${who} [data-person="login:mallory"]`), /<img src=x/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    assert.equal(await page.locator(`${who} [data-field="changes-partial"]`).count(), 0);
    assert.match(await text(page, '#status'), /Who changed: 3 added, 1 removed, 2 changed/);
    await page.screenshot({ path: `${shots}history-who-changed.png`, fullPage: true });
    assert.equal(await page.locator(`${who} [data-action="close-changes"]`).getAttribute('aria-label'), 'Close the list of who changed');

    // A third tick lets go of the first one ticked.
    await page.locator('tr[data-load="13"] [data-action="select-load"]').focus();
    await page.keyboard.press('Space');
    assert.deepEqual(await page.locator('[data-action="select-load"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-load'))), ['15', '13']);

    // "vs. the one before" compares a load with the previous one.
    await page.locator('tr[data-load="14"] [data-action="vs-before"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.changes.length === 2);
    assert.deepEqual((await history(page)).changes[1], { from: 13, to: 14 });
    assert.equal(await page.locator('tr[data-load="12"] [data-action="vs-before"]').isDisabled(), true, 'the one before it was let go');
    await page.waitForSelector('[data-region="who-changed"][aria-busy="false"] [data-action="close-changes"]');
    await page.locator('[data-action="close-changes"]').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('[data-region="who-changed"]').isHidden(), true, 'Close puts the list away');
    assert.deepEqual(errors, []);
    await close();
  });

  test('a list shortened by the backend says it lists the first 2,000 of all', async () => {
    const { page, close } = await open('history=kept&changes=partial');
    await page.locator('tr[data-load="15"] [data-action="vs-before"]').click();
    await page.waitForSelector('[data-field="changes-partial"]');
    assert.equal(await text(page, '[data-field="changes-partial"]'), 'Listing the first 2,000 of 2,700 people; the counts above are whole.');
    assert.equal(await text(page, '[data-group="added"] h4'), 'Added 2,345 (2,000 listed)');
    assert.equal(await page.locator('[data-group="added"] li').count(), 2000);
    assert.equal(await text(page, '[data-group="removed"] h4'), 'Removed 310 (none listed)');
    await close();
  });

  test('a comparison the backend refuses shows its message and fix', async () => {
    const { page, close } = await open('history=kept&changes=fail');
    await page.locator('tr[data-load="15"] [data-action="vs-before"]').click();
    await page.waitForSelector('[data-region="who-changed"] .problem');
    assert.equal(await page.locator('[data-region="who-changed"] .problem').getAttribute('data-error-kind'), 'no_history');
    assert.match(await text(page, '[data-region="who-changed"] [data-field="error-message"]'), /No consumed-licenses load is kept yet/);
    assert.match(await text(page, '[data-region="who-changed"] [data-field="error-fix"]'), /Consumed licenses → Load/);
    await close();
  });

  test('the range asks for the last 12 or 4 weeks, and All for everything', async () => {
    const { page, errors, close } = await open('history=kept');
    const range = page.locator('[data-field="range"]');
    assert.deepEqual(await range.locator('option').allInnerTexts(), ['All', 'Last 12 weeks', 'Last 4 weeks']);
    await range.selectOption('4w');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.overviews.length === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    const [all, since] = (await history(page)).overviews;
    assert.equal(all ?? null, null, 'All sends no start');
    assert.match(since, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'RFC 3339 to the second');
    const days = (Date.now() - Date.parse(since)) / 86_400_000;
    assert.ok(days > 27.9 && days < 28.1, `4 weeks ago, not ${days} days`);
    assert.equal(await page.locator('[data-field="seats-chart"] g.load-bar').count(), 3, 'the loads of the last 4 weeks');
    await range.selectOption('12w');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.overviews.length === 3);
    const twelve = (Date.now() - Date.parse((await history(page)).overviews[2])) / 86_400_000;
    assert.ok(twelve > 83.9 && twelve < 84.1);
    assert.deepEqual(errors, []);
    await close();
  });

  test('nothing kept yet says that each Load and each License refresh is kept, and where', async () => {
    const { page, errors, close } = await open('history=empty');
    const empty = '[data-field="history-empty"]';
    assert.match(await text(page, empty), /Nothing kept yet/);
    assert.match(await text(page, empty), /Each Load on Consumed licenses and each License refresh is kept here, in \/home\/admin\/\.local\/share\/ghe-license-sync\/history\.sqlite3\./);
    assert.equal(await page.locator('[data-field="seats-chart"]').count(), 0);
    await page.screenshot({ path: `${shots}history-empty.png`, fullPage: true });
    const demo = await open('history=none');
    assert.match(await text(demo.page, empty), /is kept here, in memory \(demo\)/);
    assert.deepEqual(errors, []);
    await close();
    await demo.close();
  });

  test('a history that cannot be used says why and what to do', async () => {
    const { page, close } = await open('history=problem');
    assert.equal(await page.locator('[data-region="history"] .problem').getAttribute('data-error-kind'), 'history_from_the_future');
    assert.match(await text(page, '[data-region="history"] [data-field="error-message"]'), /written by a newer version/);
    assert.match(await text(page, '[data-region="history"] [data-field="error-fix"]'), /Update GHE License Sync/);
    assert.equal(await text(page, '[data-field="history-where"]'), 'Enterprise acme · nothing is kept now');
    await page.screenshot({ path: `${shots}history-problem.png`, fullPage: true });
    const failed = await open('history=fail');
    assert.equal(await failed.page.locator('[data-region="history"] .problem').getAttribute('data-error-kind'), 'invalid_argument');
    assert.match(await text(failed.page, '[data-region="history"] [data-field="error-fix"]'), /Choose a range again/);
    await close();
    await failed.close();
  });

  test('every control is reachable by Tab, with visible focus, and works with Enter or Space', async () => {
    const { page, errors, close } = await open('history=kept');
    const controls = await page.evaluate(() => [...document.querySelectorAll('main select, main button, main input, main a[href]')]
      .filter((e) => !/** @type {HTMLButtonElement} */ (e).disabled && /** @type {HTMLElement} */ (e).offsetParent !== null)
      .map((a) => `${a.tagName.toLowerCase()}|${a.getAttribute('data-action') ?? a.getAttribute('data-field') ?? ''}|${a.getAttribute('data-load') ?? ''}`));
    assert.ok(controls.length >= 11, `controls: ${controls.join(', ')}`);
    await page.locator('#main').focus();
    const reached = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)))) break;
      reached.add(f);
      assert.notEqual(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle), 'none', `focus is visible on ${f}`);
    }
    assert.deepEqual(controls.filter((c) => !reached.has(c)), [], 'every control is reached');

    const toggles = page.locator('[data-action="show-table"]');
    await toggles.nth(0).focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggles.nth(0).getAttribute('aria-pressed'), 'true');
    await toggles.nth(1).focus();
    await page.keyboard.press('Space');
    assert.equal(await toggles.nth(1).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('[data-field="sync-table"]').isVisible(), true);

    await page.locator('[data-field="range"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.overviews.length === 2);
    assert.equal(await page.locator('[data-field="range"]').inputValue(), '12w');

    await page.waitForSelector('main[aria-busy="false"]');
    await page.locator('[data-action="refresh-history"]').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.overviews.length === 3);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a changed person shows which fields changed, before → after', async () => {
    const { page, errors, close } = await open('history=kept');
    await page.locator('tr[data-load="15"] [data-action="vs-before"]').click();
    await page.waitForSelector('[data-region="who-changed"][aria-busy="false"] [data-group="changed"]');
    /** @param {string} key */
    const diff = (key) => page.locator(`[data-person="${key}"] [data-field="person-diff"] li`).evaluateAll((els) => els.map((e) => [
      e.querySelector('[data-field="diff-field"]')?.textContent, e.querySelector('[data-field="diff-before"]')?.textContent, e.querySelector('[data-field="diff-after"]')?.textContent]));
    assert.deepEqual(await diff('login:alan-turing'), [
      ['github_com_name', 'Alan M. Turing', 'Alan Turing'],
      ['enterprise_server_emails', 'alan.turing@old.acme.example, alan@corp.acme.example', 'alan@corp.acme.example'],
    ]);
    assert.deepEqual(await diff('login:katherine-johnson'), [
      ['visual_studio_subscription_user', 'no', 'yes'],
      ['license_type', fixtures.HOSTILE_NAME, 'Enterprise'],
      ['visual_studio_subscription_email', '—', 'kj@acme.example'],
    ]);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined, 'a value from GitHub is text, never HTML');
    assert.equal(await page.locator('[data-person="login:alan-turing"] [data-field="person-diff"]').getAttribute('aria-label'), 'What changed for alan-turing');
    assert.equal(await page.locator('[data-group="added"] [data-field="person-diff"]').count(), 0, 'only a changed person has a before');
    await page.screenshot({ path: `${shots}history-person-diff.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('before and after of a changed field follow dark mode', async () => {
    /** @param {'light' | 'dark'} colorScheme */
    const look = async (colorScheme) => {
      const { page, close } = await open('history=kept', { colorScheme });
      await page.locator('tr[data-load="15"] [data-action="vs-before"]').click();
      await page.waitForSelector('[data-field="person-diff"]');
      const c = await page.evaluate(() => ['.diff-before', '.diff-after'].map((sel) => getComputedStyle(/** @type {Element} */ (document.querySelector(sel))).color));
      if (colorScheme === 'dark') await page.screenshot({ path: `${shots}history-person-diff-dark.png`, fullPage: true });
      await close();
      return c;
    };
    assert.deepEqual(await look('light'), ['rgb(207, 34, 46)', 'rgb(26, 127, 55)']);
    assert.deepEqual(await look('dark'), ['rgb(248, 81, 73)', 'rgb(63, 185, 80)']);
  });

  test('“vs. the one before” on the oldest load of a range compares it with the load its counts are against', async () => {
    const { page, errors, close } = await open('history=kept');
    await page.locator('[data-field="range"]').selectOption('4w');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history.overviews.length === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.deepEqual(await page.locator('[data-field="loads"] tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-load'))), ['15', '14', '13']);
    const oldest = page.locator('tr[data-load="13"] [data-action="vs-before"]');
    assert.equal(await oldest.isDisabled(), false, 'its previous load (12, outside the range) is kept');
    assert.match(/** @type {string} */ (await oldest.getAttribute('aria-label')), /against the one before, which this range leaves out$/);
    assert.match(await text(page, 'tr[data-load="13"] [data-column="changes"]'), /\+12 −2 ~6/);
    await oldest.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-region="who-changed"][aria-busy="false"] [data-field="change-counts"]');
    assert.deepEqual((await history(page)).changes, [{ from: 12, to: 13 }]);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the retention choice is saved by keyboard, and the saved value is said', async () => {
    const { page, errors, close } = await open('history=kept');
    const select = page.locator('[data-field="detail-days-setting"]');
    assert.equal(await text(page, 'label[for="history-detail-days"]'), 'Keep each load’s people for');
    assert.deepEqual(await select.locator('option').allInnerTexts(), ['90 days', '1 year', '2 years', '5 years']);
    assert.equal(await select.inputValue(), '730', 'the value the backend holds');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('[data-field="detail-days-saved"]');
    assert.deepEqual((await history(page)).detailDays, [1825]);
    const said = page.locator('[data-field="detail-days-said"]');
    assert.equal(await said.getAttribute('role'), 'status');
    assert.equal(await said.innerText(), 'Saved: each load’s people are kept 5 years to compare.');
    // The history is read again, and says the new value; the focus stays on the choice.
    await page.waitForFunction(() => /1,825 days/.test(document.querySelector('[data-field="detail-days"]')?.textContent ?? ''));
    assert.equal(await select.inputValue(), '1825');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-field')), 'detail-days-setting');
    assert.deepEqual(errors, []);
    await close();
  });

  test('a retention the backend refuses says its message and fix, and the choice goes back', async () => {
    const { page, errors, close } = await open('history=kept&detailmin=100');
    const select = page.locator('[data-field="detail-days-setting"]');
    await select.selectOption('90');
    await page.waitForSelector('[data-field="detail-days-said"] .problem');
    const box = page.locator('[data-field="detail-days-said"] .problem');
    assert.equal(await box.getAttribute('data-error-kind'), 'invalid_argument');
    assert.match(await box.innerText(), /^Not saved: the people are still kept 2 years/);
    assert.equal(await box.locator('[data-field="error-message"]').innerText(), 'history detail `90 days` is not valid: keep people\'s detail at least 100 days (summaries are kept for ever).');
    assert.equal(await box.locator('[data-field="error-fix"]').innerText(), 'Refresh the screen and try again.');
    assert.equal(await select.inputValue(), '730', 'the saved value is shown again');
    assert.equal((await history(page)).overviews.length, 1, 'nothing to read again');
    await page.screenshot({ path: `${shots}history-retention-refused.png` });
    assert.deepEqual(errors, []);
    await close();
  });

  test('dark mode draws the charts in the dark palette', async () => {
    /** @param {'light' | 'dark'} colorScheme */
    const colours = async (colorScheme) => {
      const { page, close } = await open('history=kept', { colorScheme });
      const c = await page.evaluate(() => {
        const fill = (/** @type {string} */ sel) => getComputedStyle(/** @type {Element} */ (document.querySelector(sel))).fill;
        return {
          cloud: fill('[data-field="seats-chart"] .seg-cloud_only'),
          tick: fill('[data-field="seats-chart"] .tick'),
          chart: getComputedStyle(/** @type {Element} */ (document.querySelector('[data-field="seats-chart"]'))).backgroundColor,
          purchased: getComputedStyle(/** @type {Element} */ (document.querySelector('.purchased-line'))).stroke,
          ok: fill('.sync-ok'),
          retention: getComputedStyle(/** @type {Element} */ (document.querySelector('label[for="history-detail-days"]'))).color,
        };
      });
      await page.screenshot({ path: `${shots}history-${colorScheme}.png`, fullPage: true });
      await close();
      return c;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    assert.equal(dark.chart, 'rgb(21, 27, 35)');
    assert.equal(light.chart, 'rgb(255, 255, 255)');
    assert.equal(dark.cloud, 'rgb(68, 147, 248)');
    assert.equal(light.cloud, 'rgb(9, 105, 218)');
    for (const k of /** @type {const} */ (['tick', 'purchased', 'ok', 'retention'])) assert.notEqual(dark[k], light[k], `${k} follows the scheme`);
    assert.equal(dark.retention, 'rgb(230, 237, 243)');
  });
});

describe('History in the admin’s language', () => {
  test('in Spanish, the charts, their tables, the loads and who changed are in Spanish, with plurals and the locale’s numbers and dates', async () => {
    const { page, errors, close } = await open('history=kept&lang=es');
    /** The dates as the code writes them for `es` (Intl), never as English writes them. @param {string} iso @param {'date' | 'dateTime'} how */
    const es = (iso, how) => page.evaluate(([d, h]) => new Intl.DateTimeFormat('es', h === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d)), [iso, how]);
    // The loads' times as the page's backend gave them (the fixtures count back from now).
    /** @param {number} id */
    const readAt = async (id) => /** @type {string} */ (await page.getAttribute(`[data-field="seats-table"] tr[data-load="${id}"] time`, 'datetime'));
    const loads = [{ read_at: await readAt(11) }];
    const newest = { read_at: await readAt(15) };
    assert.notEqual(await es(newest.read_at, 'date'), new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(newest.read_at)));

    assert.equal(await text(page, 'h1'), 'Historial');
    assert.deepEqual(await page.locator('[data-field="range"] option').allInnerTexts(), ['Todo', 'Últimas 12 semanas', 'Últimas 4 semanas']);
    assert.match(await text(page, '[data-field="history-where"]'), /^Empresa acme · guardado en \/home\//);
    assert.equal(await text(page, '#status'), 'Historial: 5 cargas y 6 lecturas de Licencia.');

    const chart = page.locator('[data-field="seats-chart"]');
    assert.equal(await chart.getAttribute('aria-label'),
      `Puestos a lo largo del tiempo: 5 cargas, del ${await es(loads[0].read_at, 'date')} (1290 personas) al ${await es(newest.read_at, 'date')} (1326 personas de 1500 puestos comprados). La tabla tiene todas las cifras.`);
    assert.deepEqual(await chart.locator('.tick-y').allTextContents(), ['0', '500', '1000', '1500'], 'Spanish groups no four-digit number');
    assert.deepEqual(await chart.locator('.axis-title').allTextContents(), ['Puestos', 'Carga de licencias consumidas']);
    assert.equal(await chart.locator('.tick-x').last().textContent(), await es(newest.read_at, 'date'));
    assert.equal(await chart.locator('g.load-bar[data-load="15"] [data-segment="both"] title').textContent(), `${await es(newest.read_at, 'dateTime')}: en ambos (emparejados) 790`);
    assert.equal(await chart.locator('.purchased-point[data-purchased="1500"] title').last().textContent(), `${await es(newest.read_at, 'dateTime')}: 1500 puestos comprados`);
    assert.deepEqual(await page.locator('[data-field="seats-legend"] li').allInnerTexts(), ['Solo en la nube', 'Solo en el servidor', 'En ambos (emparejados)', 'Visual Studio', 'Puestos comprados']);
    const toggle = page.locator('[data-region="seats-history"] [data-action="show-table"]');
    assert.equal(await toggle.innerText(), 'Ver como tabla');
    assert.equal(await toggle.getAttribute('aria-label'), 'Ver los puestos a lo largo del tiempo como tabla');
    assert.equal(await page.locator('[data-field="seats-table"] caption').textContent(), 'Puestos a lo largo del tiempo, una fila por carga de licencias consumidas, de la más antigua a la más reciente');
    assert.equal(await page.locator('[data-field="seats-table"] tr[data-load="15"] th').textContent(), await es(newest.read_at, 'dateTime'));

    const legacy = page.locator('[data-field="sync-chart"] g.sync-lane[data-host="ghes-legacy.acme.example"]');
    assert.deepEqual(await legacy.locator('[data-field="gap-label"]').allTextContents(), [
      'hasta 10 días sin sincronizar', '21 días sin sincronizar', '8 días desde la última sincronización',
    ]);
    assert.match(/** @type {string} */ (await page.locator('[data-field="sync-chart"]').getAttribute('aria-label')),
      /^Sincronizaciones de licencias por instancia\. ghes-legacy\.acme\.example: 3 sincronizaciones, 1 fallida, 3 períodos sin sincronizar de más de 7 días; github\.acme\.example: 6 sincronizaciones\. La tabla/);
    const legacyRows = page.locator('[data-field="sync-table"] tbody[data-host="ghes-legacy.acme.example"]');
    assert.deepEqual(await legacyRows.locator('[data-field="gap-chip"]').allTextContents(), ['Hasta 10 días sin sincronizar', 'Más de 7 días sin sincronizar', '8 días desde la última sincronización']);
    assert.match(/** @type {string} */ (await legacyRows.textContent()), /FallidaThe uploaded file is not a license usage export/, 'GitHub’s error as it arrives');
    const failed = legacy.locator('.sync-failed');
    assert.equal(await failed.locator('title').textContent(), `ghes-legacy.acme.example: ${await es(/** @type {string} */ (await failed.getAttribute('data-sync')), 'dateTime')}, fallida: The uploaded file is not a license usage export`);

    assert.equal(await text(page, '[data-field="detail-days"]'), 'Las personas de cada carga se guardan 730 días para comparar; sus cifras se guardan para siempre.');
    assert.deepEqual(await page.locator('[data-field="detail-days-setting"] option').allInnerTexts(), ['90 días', '1 año', '2 años', '5 años']);
    assert.deepEqual(await page.locator('[data-field="loads"] tr[data-load="15"] td').allInnerTexts().then((t) => t.slice(1, 4)), ['1326', '1326 de 1500', '+8 −6 ~2']);
    assert.match(await text(page, '[data-field="loads"] tr[data-load="11"]'), /ya no se guardan sus personas/);
    assert.equal(await text(page, '[data-field="compare-help"]'), 'Selecciona dos cargas para comparar, o elige “frente a la anterior” en una carga.');

    await page.locator('tr[data-load="12"] [data-action="select-load"]').check();
    await page.locator('tr[data-load="15"] [data-action="select-load"]').check();
    await page.locator('[data-action="compare-selected"]').click();
    const who = '[data-region="who-changed"]';
    await page.waitForSelector(`${who}[aria-busy="false"] [data-field="change-counts"]`);
    assert.match(await text(page, `${who} h3`), /^Quién cambió del .+ al .+$/);
    assert.equal(await text(page, `${who} [data-field="changes-to"]`), await es(newest.read_at, 'dateTime'));
    assert.equal(await text(page, `${who} [data-field="change-counts"]`), '+3 altas · −1 baja · ~2 cambios');
    assert.equal(await text(page, '#status'), 'Quién cambió: 3 altas, 1 baja, 2 cambios.');
    assert.deepEqual(await page.locator(`${who} [data-group] h4`).allInnerTexts(), ['Altas 3', 'Bajas 1', 'Cambios 2']);
    const vs = page.locator(`${who} [data-person="login:katherine-johnson"] [data-diff-field="visual_studio_subscription_user"]`);
    assert.deepEqual([await vs.locator('[data-field="diff-before"]').textContent(), await vs.locator('.visually-hidden').textContent(), await vs.locator('[data-field="diff-after"]').textContent()], ['no', ' cambió a ', 'sí']);
    assert.equal(await page.locator(`${who} [data-person="login:alan-turing"] [data-field="person-diff"]`).getAttribute('aria-label'), 'Qué cambió para alan-turing');
    assert.equal(await page.locator(`${who} [data-action="close-changes"]`).getAttribute('aria-label'), 'Cerrar la lista de quién cambió');
    await page.screenshot({ path: `${shots}history-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();

    const partial = await open('history=kept&changes=partial&lang=es');
    await partial.page.locator('tr[data-load="15"] [data-action="vs-before"]').click();
    await partial.page.waitForSelector('[data-field="changes-partial"]');
    assert.equal(await text(partial.page, '[data-field="changes-partial"]'), 'Se muestran las primeras 2000 de 2700 personas; los recuentos de arriba están completos.');
    assert.equal(await text(partial.page, '[data-group="added"] h4'), 'Altas 2345 (2000 en la lista)');
    assert.equal(await text(partial.page, '[data-group="removed"] h4'), 'Bajas 310 (ninguna en la lista)');
    await partial.close();
  });

  test('in Brazilian Portuguese, History groups thousands as Portuguese does', async () => {
    const { page, errors, close } = await open('history=kept&lang=pt-BR');
    assert.equal(await text(page, 'h1'), 'Histórico');
    assert.deepEqual(await page.locator('[data-field="seats-chart"] .tick-y').allTextContents(), ['0', '500', '1.000', '1.500']);
    assert.deepEqual(await page.locator('[data-field="loads"] tr[data-load="15"] td').allInnerTexts().then((t) => t.slice(1, 4)), ['1.326', '1.326 de 1.500', '+8 −6 ~2']);
    assert.equal(await text(page, '[data-field="detail-days"]'), 'As pessoas de cada carregamento ficam guardadas 730 dias para comparar; os números dele ficam guardados para sempre.');
    assert.deepEqual(errors, []);
    await close();
  });

  test('empty in Spanish, History says what is kept and where, with links to those screens', async () => {
    const { page, errors, close } = await open('history=empty&lang=es');
    const empty = '[data-field="history-empty"]';
    assert.equal(await text(page, `${empty} h2`), 'Todavía no se guardó nada');
    assert.equal(await text(page, `${empty} p`), 'Cada carga en Licencias consumidas y cada actualización de Licencia se guarda aquí, en /home/admin/.local/share/ghe-license-sync/history.sqlite3.');
    assert.deepEqual(await page.locator(`${empty} a`).evaluateAll((els) => els.map((e) => e.getAttribute('href'))), ['#/consumed', '#/license']);
    assert.equal(await page.locator(`${empty} [data-field="history-path"]`).count(), 1);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('Consumed licenses: Changes since…', () => {
  test('an earlier stored load chosen by date lists who changed since, up to the newest load', async () => {
    const { page, errors, close } = await open('consumed=cached&history=kept', { route: 'consumed' });
    const region = page.locator('[data-region="changes-since"]');
    await page.waitForSelector('[data-region="changes-since"]:not([hidden])');
    const select = region.locator('[data-field="changes-since"]');
    assert.deepEqual(await select.locator('option').evaluateAll((els) => els.map((e) => /** @type {HTMLOptionElement} */ (e).value)), ['14', '13', '12'],
      'earlier loads, newest first; not the newest itself, nor one whose people were let go');
    assert.match(await text(page, '[data-field="changes-since-to"]'), /to the newest load, .* \(1,326 people\)/);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await select.inputValue(), '13');
    await region.locator('[data-action="show-changes-since"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-region="changes-since"] [data-region="who-changed"][aria-busy="false"] [data-field="change-counts"]');
    assert.deepEqual((await history(page)).changes, [{ from: 13 }], 'to the newest load: no `to`');
    // The History screen's own rendering, not a copy.
    assert.equal(await text(page, '[data-region="changes-since"] [data-field="change-counts"]'), '+3 added · −1 removed · ~2 changed');
    assert.deepEqual(await region.locator('[data-group="added"] [data-field="person-login"]').allInnerTexts(), ['ada-lovelace', 'grace-hopper', 'mallory']);
    await page.screenshot({ path: `${shots}consumed-changes-since.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('with fewer than two stored loads the control stays out of the way', async () => {
    const { page, close } = await open('consumed=cached', { route: 'consumed' });
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history?.overviews.length === 1);
    assert.equal(await page.locator('[data-region="changes-since"]').isHidden(), true);
    await close();
  });
});
