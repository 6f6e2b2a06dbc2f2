// Background checks (the Connections screen's section) in headless Chromium, with the backend
// mocked by tests/ui/browser/monitor-backend.js: off until turned on, every change saved at
// once and refused values explained by their field, per-instance thresholds, Start at login
// failures, Check now's news then "no change", keyboard-only use, dark mode, and the tray's
// Sync everything starting the License screen's one-click sync.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import { backendWords, plainWords } from '../support/pseudo.mjs';

const section = 'section[data-region="monitor"]';
const ui = uiHarness({ route: 'connections', viewport: { width: 1100, height: 1400 }, ready: `${section}[data-ready="true"]` });
/** @param {string} [query] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query = '', opts = {}) => ui.open({ ...opts, query });

/** @param {import('playwright-core').Page} page */
const saved = (page) => page.evaluate(() => /** @type {any} */ (window).__ipc.monitor.saved);

/** Waits until the backend was sent `n` saves, and returns the last. @param {import('playwright-core').Page} page @param {number} n */
async function nthSave(page, n) {
  await page.waitForFunction((count) => /** @type {any} */ (window).__ipc.monitor.saved.length >= count, n);
  return (await saved(page))[n - 1];
}

/**
 * Tabs forward until `selector` has the focus (keyboard only), at most 120 times.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function tabTo(page, selector) {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('Background checks', () => {
  test('are off until turned on; each change is saved at once, out-of-range numbers are explained', async () => {
    const { page, errors, close } = await open();
    assert.match(await text(page, `${section} h2`), /Background checks/);
    assert.equal(await page.isChecked('#monitor-enabled'), false, 'nothing runs unless the admin turns it on');
    assert.equal(await page.inputValue('#monitor-every'), '6');
    assert.equal(await page.inputValue('#monitor-stale'), '7');
    assert.equal(await text(page, '[data-field="monitor-next-due"]'), 'off');

    await page.check('#monitor-enabled');
    const on = await nthSave(page, 1);
    assert.equal(on.enabled, true);
    assert.equal(on.every_hours, 6);
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("Background checks are on")');
    assert.notEqual(await text(page, '[data-field="monitor-next-due"]'), 'off');
    assert.equal(await page.locator('[data-field="dirty"]').isVisible(), false, 'not part of the Connections form');

    // Out of range: explained by the field, nothing sent.
    await page.fill('#monitor-every', '0');
    await page.press('#monitor-every', 'Tab');
    assert.match(await text(page, '#monitor-every-error'), /from 1 to 168/);
    assert.equal(await page.getAttribute('#monitor-every', 'aria-invalid'), 'true');
    assert.equal((await saved(page)).length, 1);
    await page.fill('#monitor-every', '12');
    await page.press('#monitor-every', 'Tab');
    assert.equal((await nthSave(page, 2)).every_hours, 12);
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("Checks every 12 hours")');
    assert.equal(await page.getAttribute('#monitor-every', 'aria-invalid'), null);

    // Per instance: one row per configured GHES instance; empty means the default.
    assert.equal(await page.locator('[data-instance-row]').count(), 2);
    assert.equal(await page.getAttribute('[data-instance-days="legacy"]', 'placeholder'), '7');
    await page.fill('[data-instance-days="legacy"]', '30');
    await page.press('[data-instance-days="legacy"]', 'Tab');
    const withOverride = await nthSave(page, 3);
    assert.deepEqual(withOverride.per_instance_days, { legacy: 30 });
    assert.equal(withOverride.every_hours, 12, 'a save keeps the other settings');
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("Legacy (ghes-legacy.acme.example): stale after 30 days")');
    await page.fill('[data-instance-days="legacy"]', '');
    await page.press('[data-instance-days="legacy"]', 'Tab');
    assert.deepEqual((await nthSave(page, 4)).per_instance_days, {});
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("the default 7 days")');
    assert.equal((await saved(page)).length, 4, 'one save per change');
    await page.screenshot({ path: `${shots}monitor-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('a check whose upload record could not be read says that only the license sync status was judged', async () => {
    const { page, errors, close } = await open('monitor=on&check=no-graphql');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="1"]');
    assert.match(await text(page, '[data-field="monitor-uploads-error"]'), /upload record could not be read \(GitHub refused the GraphQL read.*only its license sync status was judged/);
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="none"]');
    assert.equal(await page.locator('[data-field="monitor-uploads-error"]').count(), 1, 'said again with no news');
    assert.deepEqual(errors, []);
    await close();
  });

  test('Check now shows the news in a live region, then "no change"; the last check follows', async () => {
    const { page, errors, close } = await open('monitor=on');
    assert.equal(await text(page, '[data-field="monitor-last-check"]'), 'never');
    assert.equal(await page.getAttribute('[data-field="monitor-result"]', 'aria-live'), 'polite');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="1"]');
    assert.equal(await page.locator('[data-news-kind="became_stale"]').count(), 1);
    assert.match(await text(page, '[data-news-kind="became_stale"]'), /ghes-legacy\.acme\.example has not synced for 37 days/);
    assert.notEqual(await text(page, '[data-field="monitor-last-check"]'), 'never');
    assert.equal(await page.locator('[data-field="monitor-verdicts"] [data-verdict="stale"]').count(), 1);
    assert.equal(await page.locator('[data-field="monitor-verdicts"] [data-verdict="ok"]').count(), 1);

    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="none"]');
    assert.match(await text(page, '[data-field="monitor-result"]'), /No change: 2 instances checked/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.monitor.checks), 2);
    assert.deepEqual(errors, []);
    await close();
  });

  test('a check that cannot read GitHub says why and what to do', async () => {
    const { page, close } = await open('monitor=on&check=unreachable');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-result"] [data-error-kind="connection_refused"]');
    assert.match(await text(page, '[data-field="monitor-result"]'), /could not be reached/);
    assert.match(await text(page, '[data-field="monitor-result"] [data-field="error-fix"]'), /Check the address/);
    await close();
  });

  test('Start at login is not offered in the demo, which writes nothing outside its memory', async () => {
    const { page, close } = await open();
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'demo');
    assert.equal(await page.isDisabled('#monitor-login'), true);
    assert.match(await text(page, '#monitor-login-hint'), /Not in the demo/);
    await close();
  });

  test('Start at login that the desktop refuses shows the report and stays off', async () => {
    const { page, errors, close } = await open('monitor=autostart-fails&mode=normal');
    await page.click('#monitor-login');
    await page.waitForSelector('[data-field="monitor-save-status"] [data-error-kind="autostart"]');
    assert.match(await text(page, '[data-field="monitor-save-status"]'), /Start at login could not be turned on/);
    assert.match(await text(page, '[data-field="monitor-save-status"] [data-field="error-fix"]'), /autostart folder/);
    assert.equal(await page.isChecked('#monitor-login'), false, 'the box shows what is saved');
    assert.deepEqual(errors, []);
    await close();
  });

  test('is usable with the keyboard alone, with a visible focus, in dark mode', async () => {
    const { page, close } = await open('', { colorScheme: 'dark' });
    await tabTo(page, '#monitor-enabled');
    const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle);
    assert.notEqual(outline, 'none', 'the focus is visible');
    await page.keyboard.press('Space');
    assert.equal((await nthSave(page, 1)).enabled, true);
    await tabTo(page, '#monitor-every');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    assert.equal((await nthSave(page, 2)).every_hours, 3);
    await tabTo(page, '[data-action="monitor-check-now"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-field="monitor-news"]');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(bg, 'rgb(246, 248, 250)', 'dark colours, not the light ones');
    await page.screenshot({ path: `${shots}monitor-dark.png`, fullPage: true });
    await close();
  });

  test('in Spanish, the section, its saved changes, its field errors and Check now are in Spanish, with GitHub’s labels beside their translation', async () => {
    const { page, errors, close } = await open('lang=es');
    assert.equal(await text(page, `${section} h2`), 'Comprobaciones en segundo plano');
    assert.equal(await text(page, 'label[for="monitor-login"]'), 'Abrir al iniciar sesión');
    assert.equal(await text(page, '#monitor-every-hint'), 'de 1 a 168');
    assert.equal(await text(page, '[data-field="monitor-next-due"]'), 'desactivada');
    assert.equal(await text(page, '[data-field="monitor-last-check"]'), 'nunca');
    await page.check('#monitor-enabled');
    await nthSave(page, 1);
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("Las comprobaciones en segundo plano están activadas: cada 6 horas.")');
    await page.fill('#monitor-every', '0');
    await page.press('#monitor-every', 'Tab');
    assert.equal(await text(page, '#monitor-every-error'), 'Escribe un número de 1 a 168.');
    await page.fill('[data-instance-days="legacy"]', '1');
    await page.press('[data-instance-days="legacy"]', 'Tab');
    await nthSave(page, 2);
    await page.waitForSelector('[data-field="monitor-save-status"]:has-text("Legacy (ghes-legacy.acme.example): desactualizada tras 1 día.")');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="1"]');
    assert.equal(await text(page, '[data-field="monitor-news"]'), '1 cambio, también enviado como notificación:');
    assert.match(await text(page, '[data-field="monitor-verdicts"] [data-verdict="stale"]'), /desactualizada/);
    const lastCheck = await text(page, '[data-field="monitor-last-check"]');
    assert.notEqual(lastCheck, 'nunca');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="none"]');
    assert.equal(await text(page, '[data-field="monitor-news"]'), 'Sin cambios: se comprobaron 2 instancias, nada nuevo desde la última comprobación.');
    // The hand-off setting beside it: GitHub's button keeps its name.
    assert.equal(await text(page, '#handoff-title'), 'Traspasos a GitHub');
    assert.match(await text(page, '[data-region="handoff"] .note'), /pulsar Sync now \(Sincronizar ahora\):/);
    await page.screenshot({ path: `${shots}monitor-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });

  test('pseudo-localized, every text of the section comes from the message files', async () => {
    const { page, errors, close } = await open('pseudo=1&monitor=on');
    await page.click('[data-action="monitor-check-now"]');
    await page.waitForSelector('[data-field="monitor-news"][data-news="1"]');
    // Data: instance names, the backend's news, and dates as Intl writes them.
    const plain = await plainWords(page, {
      data: await backendWords(page),
      roots: [section],
      skip: 'label[for^="monitor-instance-"], [data-news-kind], [data-host] > span:first-child, [data-field="monitor-last-check"], [data-field="monitor-next-due"]',
    });
    assert.deepEqual(plain, [], 'texts not from locales/');
    assert.deepEqual(errors, []);
    await close();
  });

  test('the tray’s Sync everything opens the License screen and starts its one-click sync', async () => {
    const { page, errors, close } = await open();
    await page.evaluate(async () => {
      const { emit } = await import('@tauri-apps/api/event');
      await emit('tray:sync-everything');
    });
    await page.waitForFunction(() => location.hash === '#/license');
    await page.waitForFunction(() => (/** @type {any} */ (window).__ipc.calls.one_click_sync ?? 0) === 1);
    await page.waitForSelector('[data-field="one-click-running"]');
    assert.equal(await page.isDisabled('[data-action="sync-everything"]'), true, 'the button shows the same run');
    assert.deepEqual(errors, []);
    await close();
  });
});
