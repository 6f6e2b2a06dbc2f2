// The License screen's Quick links (issue 6) in headless Chromium, with the backend's IPC
// mocked: Export license usage with its progress, its errors and Cancel, handed straight to
// Add server usage; Upload a new license after a confirmation that names the instance; and
// a `.ghl` dropped on Add server usage, sent the same way.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import { dataWords, plainWords } from '../support/pseudo.mjs';
import * as fixtures from './browser/fixtures.js';

const files = {
  export: '/home/admin/Downloads/github.acme.example-license-usage-20261120.json',
  ghl: '/home/admin/Downloads/github-enterprise.ghl',
};
const main = '[data-instance="main"]';

const ui = uiHarness({ viewport: { width: 1280, height: 1000 } });
/** @param {string} query @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, opts = {}) => ui.open({ ...opts, query });

/** @param {import('playwright-core').Page} page */
const ipc = (page) => page.evaluate(() => /** @type {any} */ (window).__ipc);

describe('Export license usage', () => {
  test('shows each stage with the bytes, then where it was saved, and hands the file to Add server usage', async () => {
    const { page, errors } = await open('scenario=loaded&export=hold');
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForFunction(() => /receiving/i.test(document.querySelector('[data-instance="main"] [data-field="export-stage"]')?.textContent ?? ''));
    assert.match(await text(page, `${main} [data-field="export-bytes"]`), /16 KB \(16,384 bytes\)/);
    assert.equal(await page.locator(`${main} [data-action="export-usage"]`).isDisabled(), true, 'one export at a time');
    assert.equal(await page.locator(`${main} [data-region="export"]`).getAttribute('aria-live'), 'polite');
    await page.screenshot({ path: `${shots}export-progress.png`, fullPage: true });
    await page.close();

    const done = await open('scenario=loaded');
    await done.page.locator(`${main} [data-action="export-usage"]`).click();
    await done.page.waitForSelector(`${main} [data-field="export-saved"]`);
    assert.equal(await text(done.page, `${main} [data-field="export-path"]`), files.export);
    assert.match(await text(done.page, `${main} [data-field="export-verdict"]`), /License-usage export from github\.acme\.example/);
    assert.equal(await text(done.page, `${main} [data-field="export-command"]`), 'ghe-license usage -o -y');
    assert.deepEqual((await ipc(done.page)).exports, ['main']);
    const next = done.page.locator(`${main} [data-action="add-server-usage-with"]`);
    assert.equal(await next.innerText(), 'Add server usage with this file');
    assert.equal(await done.page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'add-server-usage-with', 'focus moves to the next step');
    await done.page.screenshot({ path: `${shots}export-saved.png`, fullPage: true });
    await done.page.keyboard.press('Enter');
    await done.page.waitForSelector('[data-verdict="accepted"]');
    assert.match(done.page.url(), /#\/add-server-usage\?path=/);
    assert.equal(await text(done.page, '[data-field="host"]'), 'github.acme.example');
    assert.deepEqual((await ipc(done.page)).inspected, [files.export]);
    assert.deepEqual(errors, []);
    assert.deepEqual(done.errors, []);
    await done.page.close();
  });

  test('an unknown host key shows the message and the ssh-keyscan fix verbatim', async () => {
    const { page } = await open('scenario=loaded&export=hostkey');
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForSelector(`${main} [data-error-kind="ssh_host_key_unknown"]`);
    assert.match(await text(page, `${main} [data-region="export"] [data-field="error-message"]`), /host key/);
    const fix = page.locator(`${main} [data-region="export"] pre[data-field="error-fix"]`);
    assert.equal(await fix.count(), 1);
    assert.match(await fix.innerText(), /ssh-keyscan -p 122 github\.acme\.example >> ~\/\.ssh\/known_hosts/);
    assert.equal(await page.locator(`${main} [data-action="export-usage"]`).isDisabled(), false, 'Export can be tried again');
    await page.screenshot({ path: `${shots}export-host-key.png`, fullPage: true });
    await page.close();
  });

  test('Cancel stops the export and says nothing was saved', async () => {
    const { page } = await open('scenario=loaded&export=hold');
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForSelector(`${main} [data-action="cancel-export"]`);
    await page.waitForFunction(() => /receiving/i.test(document.querySelector('[data-instance="main"] [data-field="export-stage"]')?.textContent ?? ''));
    await page.locator(`${main} [data-action="cancel-export"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${main} [data-field="export-cancelled"]`);
    assert.deepEqual((await ipc(page)).cancelledExports, ['main']);
    assert.equal(await page.locator(`${main} [data-field="export-saved"]`).count(), 0);
    assert.match(await text(page, '#status'), /cancelled/i);
    await page.close();
  });

  test('a cancelled Save dialog exports nothing', async () => {
    const { page } = await open('scenario=loaded&export=dialog-cancel');
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForSelector(`${main} [data-field="export-not-saved"]`);
    await page.close();
  });
});

describe('Upload a new license', () => {
  test('the confirmation names the instance, Cancel is focused and does nothing', async () => {
    const { page } = await open(`scenario=loaded&pickLicense=${encodeURIComponent(files.ghl)}`);
    await page.locator(`${main} [data-action="upload-license"]`).click();
    const dialog = page.locator('dialog[data-dialog="license-upload"]');
    await dialog.waitFor();
    assert.equal(await text(page, '[data-field="upload-question"]'), 'Upload github-enterprise.ghl to github.acme.example?');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'cancel-upload');
    assert.equal(await page.locator('[data-field="upload-apply"]').isChecked(), true, 'Apply now is on by default');
    await page.screenshot({ path: `${shots}license-upload-confirm.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForTimeout(100);
    assert.deepEqual((await ipc(page)).licenseUploads, []);
    assert.equal(await page.locator(`${main} [data-field="license-uploaded"]`).count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'upload-license');
    await page.close();
  });

  test('confirming uploads, shows the new seats and expiry, and the card reads them back', async () => {
    const { page, errors } = await open(`scenario=loaded&pickLicense=${encodeURIComponent(files.ghl)}`);
    assert.equal(await text(page, `${main} [data-field="seats"]`), '1,400');
    const expiry = /** @type {string} */ (await page.evaluate(async () => (await import('/test/fixtures.js')).NEW_LICENSE_EXPIRY));
    await page.locator(`${main} [data-action="upload-license"]`).click();
    await page.locator('[data-action="confirm-upload"]').click();
    await page.waitForSelector(`${main} [data-field="license-uploaded"]`);
    assert.deepEqual((await ipc(page)).licenseUploads, [{ instance: 'main', path: files.ghl, apply: true }]);
    assert.equal(await text(page, `${main} [data-field="new-seats"]`), '500');
    const shown = await page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)), expiry);
    assert.equal(await text(page, `${main} [data-field="new-expiry"]`), shown);
    await page.waitForFunction(() => document.querySelector('[data-instance="main"] [data-field="seats"]')?.textContent === '500');
    assert.equal(await text(page, `${main} [data-field="expires"]`), shown);
    assert.equal(await text(page, `${main} [data-field="license-uploaded"] [data-field="new-seats"]`), '500', 'the outcome stays after the refresh');
    await page.screenshot({ path: `${shots}license-uploaded.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Apply now unchecked keeps the license for later', async () => {
    const { page } = await open(`scenario=loaded&pickLicense=${encodeURIComponent(files.ghl)}`, { colorScheme: 'dark' });
    await page.locator(`${main} [data-action="upload-license"]`).click();
    await page.locator('[data-field="upload-apply"]').uncheck();
    await page.screenshot({ path: `${shots}license-upload-confirm-dark.png`, fullPage: true });
    await page.locator('[data-action="confirm-upload"]').click();
    await page.waitForSelector(`${main} [data-field="license-uploaded"]`);
    assert.equal((await ipc(page)).licenseUploads[0].apply, false);
    assert.match(await text(page, `${main} [data-field="license-uploaded"]`), /next configuration run/);
    await page.close();
  });

  test('a .ghl dropped on Add server usage is refused, and offered as a new license', async () => {
    const { page, errors } = await open('scenario=loaded', { route: 'add-server-usage' });
    await page.waitForSelector('[data-action="pick-file"][data-drop-ready="true"]');
    await page.evaluate(async (p) => {
      const { emit } = await import('@tauri-apps/api/event');
      await emit('tauri://drag-drop', { paths: [p], position: { x: 200, y: 200 } });
    }, files.ghl);
    await page.waitForSelector('[data-verdict="refused"][data-refusal="ghl_license"]');
    assert.match(await text(page, '[data-field="refusal-fix"]'), /Upload a new license/, 'the pointer stays');
    await page.locator('[data-action="upload-as-license"]').click();
    await page.locator('dialog[data-dialog="license-upload"]').waitFor();
    assert.equal(await text(page, '[data-field="upload-question"]'), 'Upload github-enterprise.ghl to github.acme.example?');
    await page.locator('[data-field="upload-instance"]').selectOption('legacy');
    assert.equal(await text(page, '[data-field="upload-question"]'), 'Upload github-enterprise.ghl to Legacy (ghes-legacy.acme.example)?');
    await page.screenshot({ path: `${shots}add-server-usage-ghl-upload.png`, fullPage: true });
    await page.locator('[data-action="confirm-upload"]').click();
    await page.waitForSelector('[data-verdict="refused"] [data-field="license-uploaded"]');
    assert.deepEqual((await ipc(page)).licenseUploads, [{ instance: 'legacy', path: files.ghl, apply: true }]);
    assert.equal(await text(page, '[data-field="new-seats"]'), '500');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

/** Waits for the live region to say `said` (announcements land on the next frame). @param {import('playwright-core').Page} page @param {string} said */
const statusSays = (page, said) => page.waitForFunction((s) => document.getElementById('status')?.textContent === s, said);

describe('Quick links in the admin’s language', () => {
  test('in Spanish, Export license usage shows its stages, sizes and result in Spanish', async () => {
    const { page, errors } = await open('scenario=loaded&export=hold&lang=es');
    const quick = `${main} [data-region="quick-links"]`;
    assert.equal(await text(page, `${quick} h3`), 'Vínculos rápidos');
    assert.deepEqual(await page.locator(`${quick} .quick-links > *`).allInnerTexts(), ['Exportar uso de licencia', 'Cargar una licencia nueva', 'Agregar uso del servidor']);
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForFunction(() => /Recibiendo/.test(document.querySelector('[data-instance="main"] [data-field="export-stage"]')?.textContent ?? ''));
    assert.equal(await text(page, `${main} [data-field="export-stage"]`), 'Recibiendo la exportación…');
    // 16384 has five digits: es groups it.
    assert.equal(await text(page, `${main} [data-field="export-bytes"]`), '16 KB (16.384 bytes)');
    assert.equal(await text(page, `${main} [data-action="cancel-export"]`), 'Cancelar');
    await page.locator(`${main} [data-action="cancel-export"]`).click();
    await page.waitForSelector(`${main} [data-field="export-cancelled"]`);
    assert.equal(await text(page, `${main} [data-field="export-cancelled"]`), 'Exportación cancelada: no se guardó nada, y el archivo que ya estaba ahí sigue igual.');
    await statusSays(page, 'Exportación cancelada.');
    await page.close();

    const done = await open('scenario=loaded&lang=es');
    await done.page.locator(`${main} [data-action="export-usage"]`).click();
    await done.page.waitForSelector(`${main} [data-field="export-saved"]`);
    assert.deepEqual(await done.page.locator(`${main} [data-field="export-saved"] dt`).allInnerTexts(), ['Tamaño', 'Comando', 'Versión de GHES', 'Comprobación']);
    assert.equal(await text(done.page, `${main} [data-field="export-size"]`), '49 KB (49.001 bytes)');
    assert.equal(await text(done.page, `${main} [data-field="export-verdict"]`), 'Exportación de uso de licencias de github.acme.example, sin advertencias');
    assert.equal(await text(done.page, `${main} [data-action="add-server-usage-with"]`), 'Agregar uso del servidor con este archivo');
    await statusSays(done.page, `El uso de licencias de github.acme.example se guardó en ${files.export}.`);
    assert.deepEqual(errors, []);
    assert.deepEqual(done.errors, []);
    await done.page.close();
  });

  test('in Spanish, Upload a new license asks, uploads and reports in Spanish', async () => {
    const { page, errors } = await open(`scenario=loaded&lang=es&pickLicense=${encodeURIComponent(files.ghl)}`);
    await page.locator(`${main} [data-action="upload-license"]`).click();
    const dialog = page.locator('dialog[data-dialog="license-upload"]');
    await dialog.waitFor();
    assert.equal(await text(page, '[data-field="upload-question"]'), '¿Cargar github-enterprise.ghl en github.acme.example?');
    assert.match(await text(page, '[data-field="upload-text"]'), /^La licencia de github\.acme\.example se reemplaza mediante su consola de administración \(Manage API\)/);
    assert.equal(await text(page, 'label[for="license-upload-apply"]'), 'Aplicar ahora');
    assert.equal(await text(page, '#license-upload-apply-help'), 'GHES instala la licencia nueva de inmediato.');
    assert.equal(await text(page, '[data-action="cancel-upload"]'), 'Cancelar');
    assert.equal(await text(page, '[data-action="confirm-upload"]'), 'Cargar licencia');
    await page.screenshot({ path: `${shots}license-upload-confirm-es.png`, fullPage: true });
    await page.locator('[data-field="upload-apply"]').uncheck();
    assert.equal(await text(page, '#license-upload-apply-help'), 'GHES guarda el archivo y lo instala en la próxima ejecución de la configuración (ghe-config-apply).');
    await page.locator('[data-action="confirm-upload"]').click();
    await page.waitForSelector(`${main} [data-field="license-uploaded"]`);
    const outcome = `${main} [data-field="license-uploaded"]`;
    assert.match(await text(page, outcome), /^Licencia nueva guardada en github\.acme\.example para la próxima ejecución de la configuración \(github-enterprise\.ghl\)/);
    assert.deepEqual(await page.locator(`${outcome} dt`).allInnerTexts(), ['Puestos', 'En uso', 'Vence', 'Comprobación de la licencia', 'Empresa']);
    assert.equal(await text(page, `${outcome} [data-field="new-used"]`), '1316');
    const expiry = /** @type {string} */ (await page.evaluate(async () => (await import('/test/fixtures.js')).NEW_LICENSE_EXPIRY));
    const shown = await page.evaluate((iso) => new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date(iso)), expiry);
    assert.equal(await text(page, `${outcome} [data-field="new-expiry"]`), shown);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in the pseudo-locale, every word of Quick links, the export and the upload comes from the message files or is data', async () => {
    const { page, errors } = await open(`scenario=loaded&pseudo=1&pickLicense=${encodeURIComponent(files.ghl)}`);
    const data = dataWords(fixtures.loaded(), fixtures.exportOutcome(), fixtures.licenseUploadOutcome('main', files.ghl, true), files);
    const roots = [`${main} [data-region="quick-links"]`, 'dialog', '#status'];
    await page.locator(`${main} [data-action="export-usage"]`).click();
    await page.waitForSelector(`${main} [data-field="export-saved"]`);
    assert.deepEqual(await plainWords(page, { data, roots }), [], 'the export’s result');
    await page.locator(`${main} [data-action="upload-license"]`).click();
    await page.locator('dialog[data-dialog="license-upload"]').waitFor();
    assert.deepEqual(await plainWords(page, { data, roots }), [], 'the confirmation');
    await page.locator('[data-field="upload-apply"]').uncheck();
    assert.deepEqual(await plainWords(page, { data, roots }), [], 'the confirmation, Apply now off');
    await page.locator('[data-action="confirm-upload"]').click();
    await page.waitForSelector(`${main} [data-field="license-uploaded"]`);
    assert.deepEqual(await plainWords(page, { data, roots }), [], 'the upload’s outcome');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
