// The Duplicates screen in headless Chromium, with the backend mocked (tests/ui/browser/
// consumed-backend.js): findings grouped by reason, the seats they would free, the fixes,
// the confidence filter, export, and the states before a load and with nothing to report.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';

const ui = uiHarness({ route: 'duplicates' });
/** @param {string} query @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, opts = {}) => ui.open({ ...opts, query });

/** @param {import('playwright-core').Page} page */
const groups = (page) => page.locator('[data-group]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-group')));

describe('Duplicates screen', () => {
  test('findings are grouped by reason, with confidence, facts, entries, seats and the fix', async () => {
    const { page, errors } = await open('consumed=cached');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    assert.equal(await text(page, '[data-field="seats-total"]'), '3');
    assert.match(await text(page, '#seats-freed'), /^3 seats could be freed$/);
    assert.equal(await text(page, '[data-field="seats-by-confidence"]'),
      '1 with high confidence, 1 with medium confidence, 1 with low confidence. 63 findings among 300,000 license consumers.');
    assert.deepEqual(await groups(page), ['verified_email_not_matched', 'same_local_part', 'off_verified_domain']);
    assert.equal(await text(page, '[data-group="same_local_part"] h2'), 'Same mailbox name on another address');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-count"]'), '2 findings');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-seats"]'), '2 seats');
    assert.equal(await text(page, '[data-group="off_verified_domain"] [data-field="group-seats"]'), 'information');

    const first = page.locator('[data-finding="pair-00000000000000a1"]');
    assert.equal(await first.locator('[data-field="confidence"]').innerText(), 'High confidence');
    assert.equal(await first.locator('[data-field="finding-seats"]').innerText(), 'frees 1 seat');
    assert.equal(await first.locator('[data-field="evidence"] li').count(), 3);
    assert.match(await first.locator('[data-field="entries"]').innerText(), /Server only\s+no cloud account · GHES github\.acme\.example:ada\.smith/);
    assert.match(await first.locator('[data-field="entries"]').innerText(), /Cloud only\s+ada-smith/);
    assert.match(await first.locator('[data-field="fix"]').innerText(), /^Fix: ada\.smith@acme\.example is already verified on cloud account ada-smith: make it the primary email of GHES user ada\.smith/);
    assert.match(await text(page, '[data-finding="pair-00000000000000b2"] [data-field="fix"]'), /Add and verify chen\.kim@corp\.acme\.example on cloud account chenk .*then Sync now\./);
    assert.equal(await text(page, '[data-finding="pair-00000000000000b3"] [data-field="confidence"]'), 'Low confidence');

    assert.match(await text(page, '[data-field="verified-domains"]'), /acme\.example, corp\.acme\.example \(inferred/);
    assert.equal(await text(page, '[data-field="off-domain"]'), 'old-corp.example (60 entries)');
    assert.match(await text(page, '[data-field="counted-once"]'), /9,000 people with 19,500 accounts/);
    assert.match(await text(page, '#status'), /3 seats could be freed: 63 findings/);
    await page.screenshot({ path: `${shots}duplicates-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a long group shows 25 findings at a time; Show more goes on by keyboard', async () => {
    const { page } = await open('consumed=cached');
    const group = page.locator('[data-group="off_verified_domain"]');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    assert.equal(await group.locator('.finding').count(), 25);
    // Sent a window at a time: 25 findings a group, not the whole report.
    const asked = await page.evaluate(() => /** @type {any} */ (window).__ipc.calls.duplicate_findings);
    assert.equal(asked, 3, 'one window for each of the three groups');
    const more = group.locator('[data-action="show-more"]');
    assert.equal(await more.innerText(), 'Show 25 more (35 not shown)');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-group="off_verified_domain"] .finding').length === 50);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-finding')), 'off-domain-0000000000000025', 'focus moves to the first new finding');
    await page.locator('[data-group="off_verified_domain"] [data-action="show-more"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-group="off_verified_domain"] .finding').length === 60);
    assert.equal(await page.locator('[data-group="off_verified_domain"] [data-action="show-more"]').count(), 0);
    await page.close();
  });

  test('a window of findings that cannot come says why in its group, and what was shown stays', async () => {
    const { page, errors } = await open('consumed=cached&findings=fail-more');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    const group = page.locator('[data-group="off_verified_domain"]');
    await group.locator('[data-action="show-more"]').click();
    await group.locator('.problem').waitFor();
    assert.equal(await group.locator('.problem [data-field="error-message"]').innerText(), 'The consumed licenses are being loaded again.');
    assert.match(await group.locator('.problem').innerText(), /These findings could not be shown/);
    assert.equal(await group.locator('.finding').count(), 25, 'the findings shown stay');
    assert.equal(await page.locator('[data-group="same_local_part"] .problem').count(), 0, 'other groups are untouched');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the confidence filter narrows the findings and says what is shown', async () => {
    const { page } = await open('consumed=cached');
    await page.waitForSelector('[data-region="groups"]');
    assert.equal(await text(page, '[data-confidence="low"] .count'), '61');
    await page.locator('[data-region="confidence-filter"] [data-confidence="low"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-group="off_verified_domain"]'));
    assert.deepEqual(await groups(page), ['verified_email_not_matched', 'same_local_part']);
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-count"]'), '1 of 2 findings');
    assert.equal(await text(page, '[data-field="filtered-summary"]'), 'Showing 2 of 63 findings, 2 seats to free.');
    assert.equal(await text(page, '[data-field="seats-total"]'), '3', 'the total stays the whole report’s');

    // By keyboard: the chips are checkboxes.
    await page.locator('[data-region="confidence-filter"] [data-confidence="high"] input').focus();
    await page.keyboard.press('Space');
    await page.locator('[data-region="confidence-filter"] [data-confidence="medium"] input').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('[data-group]').length === 0);
    assert.equal(await text(page, '[data-field="filtered-summary"]'), 'No finding has the chosen confidence.');
    const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement?.nextElementSibling)).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused chip shows it');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('[data-group]').length === 1);
    assert.deepEqual(await groups(page), ['same_local_part']);
    await page.close();
  });

  test('no likely duplicates says so', async () => {
    const { page, errors } = await open('consumed=cached&duplicates=none');
    await page.waitForSelector('[data-region="no-duplicates"]');
    assert.match(await text(page, '[data-field="no-duplicates"]'), /^No likely duplicates: each of the 1,321 license consumers/);
    assert.equal(await page.locator('[data-group]').count(), 0);
    assert.equal(await page.locator('[data-action="export-csv"]').count(), 0);
    assert.match(await text(page, '#status'), /No likely duplicates/);
    await page.screenshot({ path: `${shots}duplicates-none.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('before a load it says so and offers the load; after it the report appears', async () => {
    const { page, errors } = await open('consumed=manual');
    await page.waitForSelector('[data-region="not-loaded"]');
    assert.match(await text(page, '[data-region="not-loaded"]'), /not loaded yet/);
    assert.equal(await page.locator('[data-region="not-loaded"] a[href="#/consumed"]').count(), 1);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.calls.load_consumed_licenses), undefined, 'nothing is loaded unasked');
    await page.screenshot({ path: `${shots}duplicates-not-loaded.png`, fullPage: true });

    await page.locator('[data-action="load-consumed"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.running());
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.send({ state: 'fetching', pages_done: 1, pages_total: 2, rows: 100 }));
    assert.equal(await text(page, '[data-field="progress-text"]'), 'Page 1 of 2 · 100 rows');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.finish());
    await page.waitForSelector('[data-region="groups"]');
    assert.equal(await page.locator('[data-region="not-loaded"]').count(), 0);
    assert.match(await text(page, '[data-field="fetched"]'), /^Fetched 3 minutes ago/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.calls.duplicate_overview), 2);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('export saves the report as CSV or JSON and says where; a cancelled dialog says nothing', async () => {
    const { page } = await open('consumed=cached');
    await page.waitForSelector('[data-region="groups"]');
    await page.locator('[data-action="export-csv"]').click();
    await page.waitForSelector('[data-field="export-path"]');
    assert.equal(await text(page, '[data-field="export-path"]'), '/home/admin/Documents/duplicates-acme.csv');
    assert.match(await text(page, '[data-field="export-result"]'), /^Saved 63 findings as CSV to \/home\/admin\/Documents\/duplicates-acme\.csv · 48 KB \(48,200 bytes\)$/);
    await page.close();

    const cancelled = await open('consumed=cached&save=cancel');
    await cancelled.page.waitForSelector('[data-region="groups"]');
    await cancelled.page.locator('[data-action="export-json"]').click();
    await cancelled.page.waitForFunction(() => /** @type {any} */ (window).__ipc.consumed.exports.length === 1);
    await cancelled.page.waitForFunction(() => !document.querySelector('[data-action="export-json"]')?.hasAttribute('aria-busy'));
    assert.equal(await text(cancelled.page, '[data-field="export-result"]'), '');
    assert.deepEqual(await cancelled.page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.exports), [{ what: 'duplicates', format: 'json' }]);
    await cancelled.page.close();
  });

  test('an entry opens Consumed licenses searched for that person', async () => {
    const { page } = await open('consumed=cached');
    await page.waitForSelector('[data-region="groups"]');
    await page.locator('[data-finding="pair-00000000000000a1"] a[aria-label="Show ada-smith in Consumed licenses"]').click();
    await page.waitForSelector('[data-region="consumed-table"]:not([hidden])');
    assert.equal(await page.locator('[data-field="search"]').inputValue(), 'ada-smith');
    assert.equal(await page.locator('nav a[aria-current="page"]').getAttribute('data-screen'), 'consumed');
    const q = await page.evaluate(() => /** @type {any} */ (window).__ipc.consumed.queries.at(-1));
    assert.equal(q.search, 'ada-smith');
    await page.close();
  });

  test('text from GitHub is shown as text, never as HTML', async () => {
    const { page } = await open('consumed=cached');
    await page.waitForSelector('[data-region="groups"]');
    assert.match(await text(page, '[data-finding="off-domain-0000000000000000"] [data-field="summary"]'), /^<img src=x onerror=/);
    assert.equal(await page.locator('[data-region="groups"] img').count(), 0);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    await page.close();
  });

  test('dark mode follows the system', async () => {
    const { page, errors } = await open('consumed=cached', { colorScheme: 'dark' });
    await page.waitForSelector('[data-region="groups"]');
    const bg = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('.finding'))).backgroundColor);
    assert.equal(bg, 'rgb(21, 27, 35)');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: `${shots}duplicates-dark.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Load server accounts shows its progress, then names server entries by login, name and primary email', async () => {
    const { page, errors } = await open('consumed=cached&accounts=manual');
    await page.waitForSelector('[data-region="groups"]');
    assert.equal(await text(page, '[data-field="server-accounts"]'), 'not loaded: GHES entries are named by ID');
    assert.equal(await page.locator('[data-field="server-login"]').count(), 0);

    // By keyboard, as every action.
    await page.locator('[data-action="load-accounts"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.accounts.running());
    assert.equal(await page.locator('[data-action="cancel-accounts"]').isVisible(), true);
    assert.equal(await page.locator('[data-action="load-accounts"]').isDisabled(), true);
    assert.equal(await text(page, '[data-field="accounts-progress"]'), 'Asking GitHub for the Enterprise Server instances it knows…');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.accounts.send({ state: 'reading', instances_done: 1, instances_total: 3, accounts: 20_000, total_count: 60_000 }));
    assert.equal(await text(page, '[data-field="accounts-progress"]'), '1 of 3 instances done · 20,000 of 60,000 accounts');
    assert.match(await text(page, '#status'), /Loading server accounts/);
    await page.evaluate(() => /** @type {any} */ (window).__ipc.accounts.finish());

    const first = page.locator('[data-finding="pair-00000000000000a1"]');
    await first.locator('[data-field="server-login"]').waitFor();
    assert.equal(await first.locator('[data-field="server-login"]').innerText(), 'ada');
    assert.equal((await first.locator('[data-field="server-name"]').innerText()).trim(), '(Ada Smith)');
    assert.equal(await first.locator('[data-field="server-primary-email"]').innerText(), 'ada@home.example');
    assert.match(await first.locator('[data-field="entries"]').innerText(), /github\.acme\.example:ada\.smith/, 'the ID stays beside the name');
    assert.match(await first.locator('[data-field="evidence"]').innerText(), /GitHub compared the GHES primary email ada@home\.example .*no match, because cloud account ada-smith has ada\.smith@acme\.example/);
    assert.match(await first.locator('[data-field="summary"]').innerText(), /^GHES user ada \(Ada Smith\)/);
    assert.equal(await text(page, '[data-field="server-accounts"]'), '1,200 of 1,200 server-only entries named');
    assert.match(await text(page, '[data-field="accounts-loaded"]'), /^60,000 server accounts of 3 instances loaded .*: github\.acme\.example, ghes-eu\.acme\.example, ghes-legacy\.acme\.example\.$/);
    assert.equal(await page.locator('[data-field="accounts-incomplete"]').count(), 0);
    assert.equal(await text(page, '[data-action="load-accounts"]'), 'Reload server accounts');
    assert.equal(await page.locator('[data-action="cancel-accounts"]').isVisible(), false);
    await page.screenshot({ path: `${shots}duplicates-accounts.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('cancel stops loading server accounts and entries stay named by ID', async () => {
    const { page, errors } = await open('consumed=cached&accounts=manual');
    await page.waitForSelector('[data-region="groups"]');
    await page.locator('[data-action="load-accounts"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.accounts.running());
    await page.locator('[data-action="cancel-accounts"]').click();
    await page.waitForSelector('[data-field="accounts-cancelled"]');
    assert.equal(await text(page, '[data-field="accounts-cancelled"]'), 'Cancelled. No accounts were loaded; entries are named by ID.');
    assert.match(await text(page, '#status'), /cancelled/);
    assert.equal(await page.locator('[data-field="server-login"]').count(), 0);
    assert.equal(await page.locator('[data-action="load-accounts"]').isDisabled(), false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a refused load says GitHub’s reason and the fix, and the report stays', async () => {
    const { page } = await open('consumed=cached&accounts=forbidden');
    await page.waitForSelector('[data-region="groups"]');
    await page.locator('[data-action="load-accounts"]').click();
    const box = page.locator('[data-region="accounts-outcome"] .problem[data-error-kind="forbidden"]');
    await box.waitFor();
    assert.match(await box.innerText(), /^The server accounts could not be loaded/);
    assert.match(await box.locator('[data-field="error-fix"]').innerText(), /read:enterprise/);
    assert.equal(await page.locator('[data-region="groups"] [data-finding]').count() > 0, true);
    await page.close();
  });

  test('accounts GitHub gave only in part are said, never shown as complete', async () => {
    const { page } = await open('consumed=cached&accounts=partial');
    await page.waitForSelector('[data-region="groups"]');
    await page.locator('[data-action="load-accounts"]').click();
    await page.waitForSelector('[data-field="accounts-incomplete"]');
    assert.match(await text(page, '[data-field="accounts-incomplete"]'), /GitHub gave only part of the accounts\..*19,800 of 20,000 accounts were read.*part of the emails of 3 accounts/s);
    await page.waitForSelector('[data-finding="pair-00000000000000b2"] [data-field="server-primary-email"]');
    assert.match(await text(page, '[data-field="server-accounts"]'), /^1,188 of 1,200 server-only entries named; GitHub gave only part of the accounts/);
    assert.equal(await text(page, '[data-finding="pair-00000000000000b2"] [data-field="server-primary-email"]'), 'not known (GitHub gave only part of the emails)');
    await page.close();
  });
});

describe('Duplicates: Fixed since…', () => {
  /** @param {import('playwright-core').Page} page */
  const history = (page) => page.evaluate(() => /** @type {any} */ (window).__ipc.history);

  test('an earlier kept analysis chosen by keyboard says what was fixed, the seats freed, what is new and what came back', async () => {
    const { page, errors } = await open('consumed=cached&history=kept');
    const region = page.locator('[data-region="fixed-since"]');
    await page.waitForSelector('[data-region="fixed-since"]:not([hidden])');
    const select = region.locator('[data-field="fixed-since"]');
    assert.deepEqual(await select.locator('option').evaluateAll((els) => els.map((e) => /** @type {HTMLOptionElement} */ (e).value)), ['202', '201'],
      'earlier analyses, newest first; not the newest itself');
    assert.match(await select.locator('option').first().innerText(), / · 24 findings, 20 seats$/);
    assert.match(await text(page, '[data-field="fixed-since-to"]'), /^to the newest analysis, .* \(21 findings, 16 seats\)$/);

    await select.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await select.inputValue(), '201');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'show-fixed-since');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-region="fixed-result"][aria-busy="false"] [data-list="fixed"]');
    assert.deepEqual((await history(page)).duplicatesSince, [{ from: 201 }], 'to the newest analysis: no `to`');

    const counts = region.locator('[data-field="fixed-counts"]');
    assert.equal(await counts.getAttribute('role'), 'status');
    assert.match(await counts.innerText(), /^13 fixed, 12 seats freed since .+; 2 new, 1 came back\.$/);
    // Fixed, grouped by reason in the report's order.
    const fixed = region.locator('[data-list="fixed"]');
    assert.deepEqual(await fixed.locator('[data-reason]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reason'))), ['verified_email_not_matched', 'saml_name_id', 'same_name']);
    assert.equal(await fixed.locator('[data-reason="verified_email_not_matched"] h4').innerText(), 'GHES email already verified on a cloud account 11');
    assert.equal(await fixed.locator('[data-reason="verified_email_not_matched"] li').count(), 10, 'a long list shows 10 at first');
    assert.match(await fixed.locator('[data-reason="saml_name_id"] li').innerText(), /^ops@corp\.acme\.example on GHES is the SAML NameID of ops-acme · high confidence · 1 seat$/);
    // New: without the one that came back, which has its own list.
    assert.deepEqual(await region.locator('[data-list="new"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kept-finding'))), ['l7', 'x1']);
    assert.match(await region.locator('[data-list="new"] [data-kept-finding="x1"]').innerText(), /<img src=x/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    assert.match(await region.locator('[data-list="came-back"] li').innerText(), /^hedy@corp\.acme\.example .* · GHES email already verified on a cloud account · high confidence · 1 seat$/);
    await page.screenshot({ path: `${shots}duplicates-fixed-since.png`, fullPage: true });

    // "Show all" by keyboard: the rest appear, and the focus is on the first of them.
    const more = fixed.locator('[data-action="show-all-findings"]');
    assert.equal(await more.getAttribute('aria-label'), 'Show all 11 findings fixed: GHES email already verified on a cloud account');
    await more.focus();
    await page.keyboard.press('Enter');
    assert.equal(await fixed.locator('[data-reason="verified_email_not_matched"] li').count(), 11);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-kept-finding')), 'v10');
    assert.notEqual(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle), 'none', 'the focus is visible');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with fewer than two kept analyses the control stays out of the way', async () => {
    const { page, errors } = await open('consumed=cached&history=kept&analyses=one');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.history?.overviews.length >= 1);
    assert.equal(await page.locator('[data-region="fixed-since"]').isHidden(), true);
    const none = await open('consumed=cached');
    await none.page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    assert.equal(await none.page.locator('[data-region="fixed-since"]').isHidden(), true, 'nothing kept');
    assert.deepEqual(errors, []);
    await page.close();
    await none.page.close();
  });

  test('a comparison the backend refuses shows its message and fix', async () => {
    const { page, errors } = await open('consumed=cached&history=kept&dupsince=fail');
    await page.waitForSelector('[data-region="fixed-since"]:not([hidden])');
    await page.locator('[data-action="show-fixed-since"]').click();
    await page.waitForSelector('[data-region="fixed-result"] .problem');
    assert.equal(await page.locator('[data-region="fixed-result"] .problem').getAttribute('data-error-kind'), 'no_history');
    assert.match(await text(page, '[data-region="fixed-result"] [data-field="error-message"]'), /No consumed-licenses load is kept yet/);
    assert.match(await text(page, '[data-region="fixed-result"] [data-field="error-fix"]'), /every load is kept/);
    assert.equal(await text(page, '[data-field="fixed-counts"]'), 'The two analyses could not be compared.');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the result follows dark mode', async () => {
    /** @param {'light' | 'dark'} colorScheme */
    const look = async (colorScheme) => {
      const { page, close } = await open('consumed=cached&history=kept', { colorScheme });
      await page.waitForSelector('[data-region="fixed-since"]:not([hidden])');
      await page.locator('[data-action="show-fixed-since"]').click();
      await page.waitForSelector('[data-region="fixed-result"][aria-busy="false"] [data-list="fixed"]');
      const c = await page.locator('[data-region="fixed-result"]').evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
      if (colorScheme === 'dark') await page.screenshot({ path: `${shots}duplicates-fixed-since-dark.png`, fullPage: true });
      await close();
      return c;
    };
    assert.deepEqual(await look('light'), ['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    assert.deepEqual(await look('dark'), ['rgb(21, 27, 35)', 'rgb(230, 237, 243)']);
  });
});

describe('Duplicates in Spanish and Brazilian Portuguese', () => {
  test('in Spanish the headline, groups, findings and facts read in Spanish, with plurals and numbers grouped only from five digits', async () => {
    const { page, errors } = await open('consumed=cached&accounts=manual&lang=es');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    assert.equal(await text(page, 'h1'), 'Duplicados');
    assert.equal(await text(page, '#seats-freed'), 'Se podrían liberar 3 puestos');
    assert.equal(await text(page, '[data-field="seats-total"]'), '3');
    assert.equal(await text(page, '[data-field="seats-by-confidence"]'),
      '1 con confianza alta, 1 con confianza media, 1 con confianza baja. 63 hallazgos entre 300.000 usuarios que consumen una licencia.');
    assert.equal(await text(page, '[data-group="verified_email_not_matched"] [data-field="group-count"]'), '1 hallazgo');
    assert.equal(await text(page, '[data-group="verified_email_not_matched"] [data-field="group-seats"]'), '1 puesto');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-count"]'), '2 hallazgos');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-seats"]'), '2 puestos');
    assert.equal(await text(page, '[data-group="off_verified_domain"] [data-field="group-seats"]'), 'información');
    assert.equal(await text(page, '[data-group="off_verified_domain"] [data-action="show-more"]'), 'Mostrar 25 más (35 sin mostrar)');

    const first = page.locator('[data-finding="pair-00000000000000a1"]');
    assert.equal(await first.locator('[data-field="confidence"]').innerText(), 'Confianza alta');
    assert.equal(await first.locator('[data-field="finding-seats"]').innerText(), 'libera 1 puesto');
    assert.deepEqual(await first.locator('h4').allInnerTexts(), ['Por qué', 'Entradas']);
    assert.match(await first.locator('[data-field="entries"]').innerText(), /Solo en el servidor\s+sin cuenta en la nube · GHES github\.acme\.example:ada\.smith/);
    assert.match(await first.locator('[data-field="fix"]').innerText(), /^Corrección: /);
    assert.equal(await first.locator('a[aria-label="Mostrar a ada-smith en Licencias consumidas"]').innerText(), 'Mostrar');

    assert.match(await text(page, '[data-field="verified-domains"]'), /^acme\.example, corp\.acme\.example \(deducidos de los correos verificados de la lista\)$/);
    assert.equal(await text(page, '[data-field="off-domain"]'), 'old-corp.example (60 entradas)');
    assert.equal(await text(page, '[data-field="counted-once"]'), '9000 personas con 19.500 cuentas entre todas, un puesto cada una');
    assert.equal(await text(page, '[data-field="server-accounts"]'), 'sin cargar: las entradas de GHES se nombran por su ID');
    assert.deepEqual(await page.locator('[data-region="confidence-filter"] label').allInnerTexts(), ['Alta 1', 'Media 1', 'Baja 61']);
    assert.match(await text(page, '#status'), /^Se podrían liberar 3 puestos: 63 hallazgos\.$/);

    await page.locator('[data-region="confidence-filter"] [data-confidence="low"]').click();
    await page.waitForSelector('[data-field="filtered-summary"]');
    assert.equal(await text(page, '[data-field="filtered-summary"]'), 'Se muestran 2 de 63 hallazgos, 2 puestos por liberar.');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-count"]'), '1 de 2 hallazgos');
    await page.locator('[data-region="confidence-filter"] [data-confidence="low"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-field="filtered-summary"]'));
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');

    assert.equal(await text(page, '[data-action="load-accounts"]'), 'Cargar cuentas del servidor');
    await page.locator('[data-action="load-accounts"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.accounts.running());
    await page.evaluate(() => /** @type {any} */ (window).__ipc.accounts.send({ state: 'reading', instances_done: 1, instances_total: 3, accounts: 1234, total_count: 60_000 }));
    assert.equal(await text(page, '[data-field="accounts-progress"]'), '1 de 3 instancias terminadas · 1234 de 60.000 cuentas');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.accounts.finish());
    await first.locator('[data-field="server-login"]').waitFor();
    assert.match(await text(page, '[data-field="accounts-loaded"]'), /^60\.000 cuentas del servidor de 3 instancias cargadas hace .+: github\.acme\.example, ghes-eu\.acme\.example, ghes-legacy\.acme\.example\.$/);
    assert.equal(await text(page, '[data-action="load-accounts"]'), 'Volver a cargar cuentas del servidor');
    assert.match(await first.locator('[data-field="entries"]').innerText(), /ada \(Ada Smith\) · correo principal ada@home\.example/);
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    await page.screenshot({ path: `${shots}duplicates-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Brazilian Portuguese the report and Fixed since… read in Portuguese, with plurals and 1.234 grouped', async () => {
    const { page, errors } = await open('consumed=cached&history=kept&lang=pt-BR');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    assert.equal(await text(page, 'h1'), 'Duplicatas');
    assert.equal(await text(page, '#seats-freed'), '3 licenças de usuário poderiam ser liberadas');
    assert.equal(await text(page, '[data-field="seats-by-confidence"]'),
      '1 com confiança alta, 1 com confiança média, 1 com confiança baixa. 63 ocorrências entre 300.000 usuários que consomem uma licença.');
    assert.equal(await text(page, '[data-group="verified_email_not_matched"] [data-field="group-count"]'), '1 ocorrência');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-count"]'), '2 ocorrências');
    assert.equal(await text(page, '[data-group="same_local_part"] [data-field="group-seats"]'), '2 assentos');
    assert.equal(await text(page, '[data-finding="pair-00000000000000a1"] [data-field="confidence"]'), 'Confiança alta');
    assert.equal(await text(page, '[data-finding="pair-00000000000000b3"] [data-field="confidence"]'), 'Confiança baixa');
    assert.equal(await text(page, '[data-field="counted-once"]'), '9.000 pessoas com 19.500 contas no total, uma licença de usuário cada');
    assert.equal(await text(page, '[data-field="saml"]'), 'em uso (deduzido dos NameIDs SAML da lista)');

    const region = page.locator('[data-region="fixed-since"]');
    await page.waitForSelector('[data-region="fixed-since"]:not([hidden])');
    assert.equal(await region.locator('label').innerText(), 'Corrigido desde…');
    assert.match(await region.locator('[data-field="fixed-since"] option').first().innerText(), / · 24 ocorrências, 20 assentos$/);
    assert.match(await text(page, '[data-field="fixed-since-to"]'), /^até a análise mais recente, .* \(21 ocorrências, 16 assentos\)$/);
    await region.locator('[data-action="show-fixed-since"]').click();
    await page.waitForSelector('[data-region="fixed-result"][aria-busy="false"] [data-list="fixed"]');
    assert.match(await text(page, '[data-field="fixed-counts"]'), /^13 corrigidas, 12 licenças de usuário liberadas desde .+; 2 novas, 1 voltou\.$/);
    assert.equal(await region.locator('[data-list="fixed"] h3').innerText(), 'Corrigidas 13');
    assert.equal(await region.locator('[data-list="came-back"] h3').innerText(), 'Voltaram 1');
    assert.match(await region.locator('[data-list="fixed"] [data-reason="saml_name_id"] li').innerText(), / · confiança alta · 1 assento$/);
    const more = region.locator('[data-list="fixed"] [data-action="show-all-findings"]');
    assert.equal(await more.innerText(), 'Mostrar todas as 11');
    assert.match(await more.getAttribute('aria-label') ?? '', /^Mostrar todas as 11 ocorrências corrigidas: /);
    await page.screenshot({ path: `${shots}duplicates-pt-BR.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with the pseudo-locale every label of the report comes from the message files', async () => {
    const { page, errors } = await open('consumed=cached&pseudo=1');
    await page.waitForSelector('[data-region="groups"][aria-busy="false"]');
    // Accented English: "Ĥîîĝĥ çööñƒîîðééñçéé". A plain ASCII word would be a string left in the code.
    const accented = /^[^A-Za-z]*$/;
    for (const sel of ['h1', '.lead', '#seats-freed', '[data-region="confidence-filter"] legend', '[data-field="saml"]', '[data-field="server-accounts"]',
      '[data-group="same_local_part"] [data-field="group-count"]', '[data-finding="pair-00000000000000a1"] [data-field="confidence"]',
      '[data-finding="pair-00000000000000a1"] [data-field="finding-seats"]', '[data-finding="pair-00000000000000a1"] h4',
      '[data-action="load-consumed"]', '[data-action="load-accounts"]', '[data-action="export-csv"]', '[data-action="show-more"]']) {
      const words = (await text(page, sel)).replace(/\b(GitHub|GHES|SAML|NameIDs?|CSV|ID)\b/g, '');
      assert.match(words.replace(/[\d,.:()·;–—-]/g, ''), accented, `${sel}: ${words}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
