// The Add server usage screen in headless Chromium, with the backend's IPC mocked: files
// arrive as Tauri's `tauri://drag-drop` events (what the OS drop turns into) or from the
// file dialog, and each verdict shows as its own card.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import { backendWords, plainWords } from '../support/pseudo.mjs';

const files = {
  good: '/home/admin/Downloads/github.acme.example-license-usage-20261120.json',
  stale: '/home/admin/Downloads/ghes-legacy-license-usage.json',
  ghl: '/home/admin/Downloads/github-enterprise.ghl',
  csv: '/home/admin/Downloads/consumed_licenses_acme.csv',
};

const ui = uiHarness({ route: 'add-server-usage', viewport: { width: 1100, height: 900 }, ready: '[data-action="pick-file"][data-drop-ready="true"]' });
/** @param {string} [query] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query = '', opts = {}) => ui.open({ ...opts, query });

/**
 * Emits one of Tauri's drag-and-drop events, as the OS drop does in the real app.
 * @param {import('playwright-core').Page} page
 * @param {'enter' | 'over' | 'drop' | 'leave'} type
 * @param {string[]} [paths]
 */
async function dragEvent(page, type, paths = []) {
  await page.evaluate(async ([t, p]) => {
    const { emit } = await import('@tauri-apps/api/event');
    const position = { x: 200, y: 200 };
    await emit(`tauri://drag-${t}`, t === 'leave' ? null : { paths: p, position });
  }, /** @type {const} */ ([type, paths]));
}

describe('Add server usage screen', () => {
  test('a dropped export shows its summary and is ready to upload', async () => {
    const { page, errors } = await open();
    await dragEvent(page, 'enter', [files.good]);
    assert.equal(await page.locator('.drop-target.drag-over').count(), 1, 'the target lights up on drag-over');
    await dragEvent(page, 'drop', [files.good]);
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.equal(await page.locator('.drop-target.drag-over').count(), 0);
    assert.equal(await text(page, '[data-field="host"]'), 'github.acme.example');
    assert.equal(await text(page, '[data-field="version"]'), 'GHES 3.17.4');
    assert.equal(await text(page, '[data-field="server-id"]'), 'e99ff867-dbf6-42c9-b82f-f84cb27281e9');
    assert.match(await text(page, '[data-field="features"]'), /license_usage_sync/);
    assert.match(await text(page, '[data-field="size"]'), /49,001 bytes/);
    assert.equal((await text(page, '[data-field="sha256"]')).length, 64);
    assert.equal(await text(page, '[data-field="age"]'), '3 hours ago');
    assert.match(await text(page, '[data-field="no-warnings"]'), /ready/);
    assert.match(await text(page, '#status'), /license-usage export from github\.acme\.example/);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), [files.good]);
    await page.screenshot({ path: `${shots}add-server-usage-accepted.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an export from an unknown, old instance carries each warning with its fix', async () => {
    const { page } = await open();
    await dragEvent(page, 'drop', [files.stale]);
    await page.waitForSelector('[data-verdict="accepted"]');
    const warnings = page.locator('[data-warning]');
    assert.equal(await warnings.count(), 2);
    assert.equal(await warnings.nth(0).getAttribute('data-warning'), 'unknown_instance');
    assert.match(await warnings.nth(0).innerText(), /Connections/);
    assert.equal(await warnings.nth(1).getAttribute('data-warning'), 'stale');
    assert.match(await text(page, '.warnings h3'), /2 things/);
    await page.screenshot({ path: `${shots}add-server-usage-warnings.png`, fullPage: true });
    await page.close();
  });

  for (const [name, path, kind, words] of /** @type {const} */ ([
    ['a .ghl license file', files.ghl, 'ghl_license', /Upload a new license/],
    ['the GHEC CSV report', files.csv, 'ghec_csv', /Export license usage/],
  ])) {
    test(`${name} is refused with what to do instead`, async () => {
      const { page } = await open();
      await dragEvent(page, 'drop', [path]);
      await page.waitForSelector('[data-verdict="refused"]');
      assert.equal(await page.locator('[data-verdict]').getAttribute('data-refusal'), kind);
      assert.match(await text(page, '[data-field="refusal-fix"]'), words);
      assert.match(await text(page, '#status'), /was refused/);
      if (kind === 'ghl_license') await page.screenshot({ path: `${shots}add-server-usage-refused.png`, fullPage: true });
      await page.close();
    });
  }

  test('several files dropped at once: the first is checked and the screen says why', async () => {
    const { page } = await open();
    await dragEvent(page, 'drop', [files.ghl, files.good, files.csv]);
    await page.waitForSelector('[data-verdict]');
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), [files.ghl]);
    const note = await text(page, '[data-field="drop-note"]');
    assert.match(note, /3 files were dropped/);
    assert.match(note, /github-enterprise\.ghl/);
    assert.match(note, /one at a time/);
    await page.close();
  });

  test('a drag that leaves the window takes the highlight away and checks nothing', async () => {
    const { page } = await open();
    await dragEvent(page, 'enter', [files.good]);
    await dragEvent(page, 'over');
    assert.equal(await page.locator('.drop-target.drag-over').count(), 1);
    await dragEvent(page, 'leave');
    assert.equal(await page.locator('.drop-target.drag-over').count(), 0);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), []);
    await page.close();
  });

  test('the drop target is a button: Enter opens the file dialog, Ctrl+O too', async () => {
    const { page } = await open(`pick=${encodeURIComponent(files.good)}`);
    await page.locator('[data-action="pick-file"]').focus();
    const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.calls.pick_usage_file), 1);
    await page.locator('body').focus();
    await page.keyboard.press('Control+o');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.pick_usage_file === 2);
    await page.close();
  });

  test('a cancelled file dialog leaves the screen as it was', async () => {
    const { page } = await open();
    await page.locator('[data-action="pick-file"]').click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.pick_usage_file === 1);
    await page.waitForTimeout(50);
    assert.equal(await page.locator('[data-verdict]').count(), 0);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), []);
    await page.close();
  });

  test('leaving the screen stops listening for drops', async () => {
    const { page } = await open();
    await page.evaluate(() => { location.hash = '#/license'; });
    await page.waitForSelector('[data-action="refresh"]');
    await dragEvent(page, 'drop', [files.good]);
    await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.inspected), []);
    await page.close();
  });

  test('dark mode: the card and the drop target follow the system', async () => {
    const { page } = await open('', { colorScheme: 'dark' });
    await dragEvent(page, 'drop', [files.stale]);
    await page.waitForSelector('[data-verdict="accepted"]');
    const bg = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('.drop-target'))).backgroundColor);
    assert.notEqual(bg, 'rgb(255, 255, 255)');
    await page.screenshot({ path: `${shots}add-server-usage-dark.png`, fullPage: true });
    await page.close();
  });
});

describe('Add server usage in the admin’s language', () => {
  /** The strong texts of an element, in order. @param {import('playwright-core').Page} page @param {string} sel */
  const bold = (page, sel) => page.locator(`${sel} strong`).allInnerTexts();

  test('in Spanish, an accepted export’s card is in Spanish with GitHub’s labels in English beside their translation and numbers as Spanish writes them', async () => {
    const { page, errors } = await open('lang=es');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await text(page, 'h1'), 'Agregar uso del servidor');
    assert.match(await text(page, '#drop-help'), /en Enterprise settings → License → Export license usage \(Configuración de la empresa → Licencias → Exportar uso de licencia\)\./);
    assert.deepEqual(await bold(page, '#drop-help'), ['Enterprise settings → License → Export license usage'], 'GitHub’s own labels, in bold and in English');
    await dragEvent(page, 'drop', [files.good]);
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.equal(await text(page, '.verdict .chip-ok'), 'Exportación de uso de licencias');
    assert.equal(await text(page, '[data-field="size"]'), '49 KB (49.001 bytes)');
    assert.match(await text(page, '.verdict .facts'), /Tamaño/);
    assert.equal(await text(page, '[data-field="no-warnings"]'), 'Nada que advertir: este archivo está listo para GitHub Enterprise Cloud.');
    assert.equal(await text(page, '[data-action="upload"]'), 'Cargar en GitHub Enterprise Cloud');
    assert.match(await text(page, '#status'), /^github\.acme\.example-license-usage-20261120\.json es una exportación de uso de licencias de github\.acme\.example\.$/);
    await dragEvent(page, 'drop', [files.stale]);
    await page.waitForSelector('[data-verdict="accepted"] [data-warning]');
    assert.equal(await text(page, '.warnings h3'), 'Revisa estos 2 puntos antes de cargarlo');
    await page.screenshot({ path: `${shots}add-server-usage-accepted-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Brazilian Portuguese, an accepted export’s card is in Portuguese with numbers as Portuguese writes them', async () => {
    const { page, errors } = await open('lang=pt-BR');
    assert.equal(await text(page, 'h1'), 'Adicionar uso de servidor');
    assert.match(await text(page, '#drop-help'), /em Enterprise settings → License → Export license usage \(Configurações da empresa → Licenciamento → Exportar uso de licença\)\./);
    await dragEvent(page, 'drop', [files.good]);
    await page.waitForSelector('[data-verdict="accepted"]');
    assert.equal(await text(page, '[data-field="size"]'), '49 KB (49.001 bytes)');
    assert.equal(await text(page, '[data-field="no-warnings"]'), 'Nada a avisar: este arquivo está pronto para o GitHub Enterprise Cloud.');
    assert.equal(await text(page, '[data-action="upload"]'), 'Fazer upload para o GitHub Enterprise Cloud');
    assert.match(await text(page, '#status'), /é uma exportação de uso da licença de github\.acme\.example\.$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const [lang, chip, said, asLicense] of /** @type {const} */ ([
    ['es', 'No cargado', /^github-enterprise\.ghl se rechazó: /, 'Cargarlo como licencia nueva…'],
    ['pt-BR', 'Upload não feito', /^github-enterprise\.ghl foi recusado: /, 'Fazer upload como nova licença…'],
  ])) {
    test(`in ${lang}, a refused file says so in ${lang} and keeps the backend’s reason and fix as they arrive`, async () => {
      const { page, errors } = await open(`lang=${lang}`);
      await dragEvent(page, 'drop', [files.ghl]);
      await page.waitForSelector('[data-verdict="refused"]');
      assert.equal(await text(page, '.verdict .chip-bad'), chip);
      assert.match(await text(page, '#status'), said);
      assert.equal(await text(page, '[data-action="upload-as-license"]'), asLicense);
      assert.match(await text(page, '[data-field="refusal-fix"]'), /Upload a new license/, 'the refusal’s fix is the backend’s, shown as it arrives');
      await page.screenshot({ path: `${shots}add-server-usage-refused-${lang}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('pseudo-localized, every text of the screen and its card comes from the message files', async () => {
    const { page, errors } = await open('pseudo=1');
    await dragEvent(page, 'drop', [files.stale]);
    await page.waitForSelector('[data-verdict="accepted"] [data-warning]');
    // Every text outside the file's own data (host, path, hashes, the backend's warnings and age).
    const plain = await plainWords(page, {
      data: await backendWords(page),
      roots: ['main'],
      skip: '[data-field="host"], [data-field="path"], code, [data-field="age"], [data-warning], [data-field="version"]',
    });
    assert.deepEqual(plain, [], 'texts not from locales/');
    assert.match(await text(page, 'h1'), /ÅÅðð/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
