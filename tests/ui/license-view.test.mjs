// The License screen in headless Chromium, with the backend's IPC mocked from typed
// fixtures: every state the screen can be in.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';
import { dataWords, plainWords } from '../support/pseudo.mjs';
import * as fixtures from './browser/fixtures.js';

const ui = uiHarness();
/** @param {string} query @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, opts = {}) => ui.open({ ...opts, query });

describe('License screen', () => {
  test('shows the enterprise seats, each instance license and the sync state', async () => {
    const { page, errors } = await open('scenario=loaded');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="purchased"]'), '1,400');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="available"]'), '79');

    const main = '[data-instance="main"]';
    assert.equal(await text(page, `${main} [data-field="seats"]`), '1,400');
    assert.equal(await text(page, `${main} [data-field="used"]`), '1,316');
    assert.equal(await text(page, `${main} [data-field="available"]`), '84');
    assert.equal(await text(page, `${main} [data-field="version"]`), 'GHES 3.17.4');
    assert.equal(await text(page, `${main} [data-field="days-left"]`), 'in 200 days');
    assert.equal(await text(page, `${main} [data-field="last-sync"]`), 'yesterday');
    assert.equal(await page.locator(`${main} [data-field="sync-health"]`).getAttribute('data-health'), 'synced');
    assert.equal(await page.locator(`${main} [data-field="expiry-warning"]`).count(), 0);

    const legacy = '[data-instance="legacy"]';
    assert.equal(await text(page, `${legacy} [data-field="seats"]`), 'Unlimited');
    assert.equal(await text(page, `${legacy} [data-field="sync-health"]`), 'Stale · 37 days');
    assert.equal(await text(page, `${legacy} [data-field="expiry-warning"]`), 'Renew soon');

    // An instance GitHub knows but this app does not, with GitHub's own error text.
    const lab = page.locator('[data-sync-host="ghes-lab.acme.example"]');
    assert.match(await lab.innerText(), /not configured here/);
    assert.match(await lab.innerText(), /The uploaded file is not a license usage export/);

    assert.equal(await page.locator('#banner').isHidden(), true);
    assert.equal(await page.locator('#mode-badge').isVisible(), true, 'demo mode is labelled');
    assert.match(await text(page, '#status'), /License data updated: 2 server instances/);
    await page.screenshot({ path: `${shots}license-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('one refusing instance shows its reason and fix in its own card only', async () => {
    const { page } = await open('scenario=one-refused');
    const card = '[data-instance="legacy"]';
    assert.equal(await page.locator(`${card} .problem`).getAttribute('data-error-kind'), 'not_found');
    assert.match(await text(page, `${card} [data-field="error-fix"]`), /site administrator/);
    assert.equal(await text(page, `${card} [data-field="error-docs"]`), 'https://docs.github.com/enterprise-server@3.12/rest');
    assert.equal(await text(page, '[data-instance="main"] [data-field="seats"]'), '1,400');
    assert.equal(await page.locator('#banner').isHidden(), true, 'a refusal is not an outage');
    await page.close();
  });

  test('unreachable GitHub raises the banner, and Try again recovers', async () => {
    const { page } = await open('scenario=unreachable-then-ok');
    const banner = page.locator('#banner');
    assert.equal(await banner.isVisible(), true);
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.match(await text(page, '#banner [data-field="banner-message"]'), /connection to 127\.0\.0\.1:9 was refused/);
    assert.match(await text(page, '#banner [data-field="banner-fix"]'), /emulator/);
    await page.screenshot({ path: `${shots}license-unreachable.png`, fullPage: true });
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await banner.isHidden(), true);
    assert.equal(await text(page, '[data-instance="main"] [data-field="seats"]'), '1,400');
    await page.close();
  });

  test('a failing backend call is explained, not a blank screen', async () => {
    const { page } = await open('scenario=ipc-fails');
    assert.equal(await page.locator('#banner').isVisible(), true);
    assert.match(await text(page, '#banner'), /could not be loaded/);
    assert.match(await text(page, '#banner'), /backend exploded/);
    assert.match(await text(page, 'main'), /No data yet/);
    await page.close();
  });

  test('while loading, the screen says so and the refresh button is busy', async () => {
    const { page } = await open('scenario=loaded&hold=1', { ready: false });
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc?.release);
    assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true');
    assert.equal(await page.locator('[data-action="refresh"]').getAttribute('aria-busy'), 'true');
    assert.ok(await page.locator('.skeleton').count() > 0);
    await page.evaluate(() => /** @type {any} */ (window).__ipc.release());
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.locator('[data-action="refresh"]').getAttribute('aria-busy'), null);
    await page.close();
  });

  test('refresh is reachable by keyboard and by F5, one load at a time', async () => {
    const { page } = await open('scenario=loaded&delay=300');
    // Tab from the top: past the skip link and the screen links, Refresh is next.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-action')) === 'refresh') break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'refresh', 'Refresh is reachable with Tab');
    const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview === 2);
    await page.waitForSelector('main[aria-busy="false"]');
    await page.keyboard.press('F5');
    await page.keyboard.press('F5');
    await page.waitForSelector('main[aria-busy="false"]');
    await page.waitForTimeout(50);
    const calls = await page.evaluate(() => /** @type {any} */ (window).__ipc.calls.license_overview);
    assert.equal(calls, 3, 'a second F5 while loading does not start a second load');
    assert.match(page.url(), /index\.html/, 'F5 did not reload the page');
    await page.close();
  });

  test('nothing configured yet says where to add connections', async () => {
    const { page } = await open('scenario=empty');
    assert.match(await text(page, '[data-field="cloud-not-configured"]'), /Connections/);
    assert.match(await text(page, 'main'), /No GHES instance is configured/);
    await page.close();
  });

  test('text from GitHub is never interpreted as HTML', async () => {
    const { page } = await open('scenario=hostile');
    assert.match(await text(page, '[data-instance="legacy"] [data-field="error-message"]'), /<img src=x/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
    await page.close();
  });

  test('each instance says its automatic license sync, its last uploads and its pages with GitHub’s menu paths', async () => {
    const { page, errors } = await open('scenario=loaded');
    const main = '[data-instance="main"]';
    const legacy = '[data-instance="legacy"]';
    assert.equal(await text(page, `${main} [data-field="license-sync-mode"]`), 'Automatic license sync: on (GitHub Connect)');
    assert.equal(await text(page, `${legacy} [data-field="license-sync-mode"]`), 'Automatic license sync: off: uploads by hand');
    assert.equal(await page.locator(`${main} [data-field="license-sync-mode-age"]`).count(), 0, 'read now: no age');

    const uploads = page.locator(`${main} [data-field="uploads"] [data-field="upload"]`);
    assert.equal(await uploads.count(), 2);
    assert.equal(await uploads.first().getAttribute('data-upload-state'), 'SUCCESS');
    assert.equal(await text(page, `${main} [data-field="uploads"] li:first-child [data-field="upload-name"]`), 'github-connect-github.acme.example-20261205T200827Z.json');
    assert.equal(await text(page, `${main} [data-field="uploads"] li:first-child [data-field="upload-time"]`), '24 hours ago');
    assert.equal(await text(page, `[data-instance="legacy"] [data-field="uploads"] li:first-child [data-field="upload-time"]`), '37 days ago');

    assert.equal(await text(page, `${main} [data-field="license-page"] [data-field="page-url"]`), 'http://127.0.0.1:9/ghes/main/web/enterprise/settings/license');
    assert.equal(await text(page, `${main} [data-field="license-page"] [data-field="menu-path"]`), '(if the page moved: Enterprise settings → Settings → License)');
    assert.equal(await text(page, `${main} [data-field="connect-page"] [data-field="page-url"]`), 'http://127.0.0.1:9/ghes/main/web/enterprise/settings/dotcom_connection');
    assert.equal(await page.locator(`${main} .page-links a`).count(), 0, 'no link loads GitHub inside the app window');
    assert.equal(await text(page, `${main} [data-field="connect-page"] [data-field="menu-path"]`), '(if the page moved: Enterprise settings → GitHub Connect)');
    assert.equal(await text(page, '[data-field="licensing-page"] [data-field="page-url"]'), 'http://127.0.0.1:9/ghec/web/enterprises/acme/licensing');
    assert.equal(await text(page, '[data-field="licensing-page"] [data-field="menu-path"]'), '(if the page moved: Your enterprises → acme → Billing and licensing → Licensing)');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an instance GitHub knows but Connections does not is offered to Add to Connections, prefilled', async () => {
    const { page, errors } = await open('scenario=loaded');
    const lab = '[data-known-host="ghes-lab.acme.example"]';
    assert.equal(await text(page, `${lab} [data-field="connected"]`), 'off: uploads by hand');
    assert.equal(await page.locator(`${lab} [data-field="upload"]`).getAttribute('data-upload-state'), 'FAILURE');
    assert.equal(await text(page, '[data-known-host="github.acme.example"] [data-field="configured"]'), 'main');
    assert.equal(await page.locator('[data-known-host="github.acme.example"] [data-action="add-to-connections"]').count(), 0);

    const add = page.locator(`${lab} [data-action="add-to-connections"]`);
    assert.equal(await add.getAttribute('aria-label'), 'Add ghes-lab.acme.example to Connections');
    await add.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[aria-busy="false"] [data-target="ghec"]');
    const newHost = page.locator('.card-instance:not([data-instance="main"]):not([data-instance="legacy"]) [name="hostname"]');
    assert.equal(await newHost.inputValue(), 'ghes-lab.acme.example');
    assert.equal(await text(page, '[data-field="dirty"]'), 'Unsaved changes');
    assert.match(await text(page, '#status'), /ghes-lab\.acme\.example was added/);
    assert.doesNotMatch(page.url(), /add-ghes/, 'the request is used once');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a refused GraphQL read says why with the fix, and the rest of the screen and the last known license sync stay', async () => {
    const { page } = await open('scenario=known-servers-refused');
    const failed = '[data-field="known-servers-failed"]';
    assert.equal(await page.locator(`${failed} .problem`).getAttribute('data-error-kind'), 'sso_required');
    assert.match(await text(page, `${failed} [data-field="error-fix"]`), /Authorize for acme/);
    assert.match(await text(page, failed), /not affected/);
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    assert.equal(await text(page, '[data-instance="main"] [data-field="seats"]'), '1,400');
    assert.equal(await page.locator('[data-instance="main"] [data-field="uploads"]').count(), 0);
    const mode = page.locator('[data-instance="main"] [data-field="license-sync-mode"]');
    assert.equal(await mode.getAttribute('data-current'), 'false');
    assert.match(await mode.innerText(), /^Automatic license sync: on \(GitHub Connect\) — last known, read 3 days ago: GitHub could not be read now$/);
    assert.equal(await page.locator('#banner').isHidden(), true, 'a refusal is not an outage');
    await page.close();
  });

  test('a partial list of the instances GitHub knows says what GitHub left out, never shown as complete', async () => {
    const { page } = await open('scenario=known-servers-partial');
    const partial = '[data-field="known-servers-partial"]';
    assert.match(await text(page, partial), /^GitHub answered only in part/);
    assert.match(await text(page, partial), /nodes\.2: FORBIDDEN: Resource not accessible/);
    assert.equal(await page.locator('[data-field="known-servers"] tbody tr').count(), 3, 'what GitHub gave is still shown');
    const { page: full } = await open('scenario=loaded');
    assert.equal(await full.locator(partial).count(), 0);
    await page.close();
    await full.close();
  });

  test('opens with the screen as last read, says how old it is while refreshing, then shows GitHub’s answer', async () => {
    const { page, errors } = await open('scenario=loaded&hold=1&stored=recent', { ready: '[data-field="kept-note"]' });
    const calls = await page.evaluate(() => /** @type {any} */ (window).__ipc.calls);
    assert.equal(calls.stored_license, 1);
    assert.equal(calls.license_overview, 1, 'GitHub is asked at the same time, not after');
    const note = page.locator('[data-field="kept-note"]');
    assert.match(await note.innerText(), /^As of \S+ .+ · refreshing…$/);
    assert.equal(await page.locator('[data-region="kept-note"]').getAttribute('aria-live'), 'polite');
    assert.equal(await page.locator('[data-region="license"]').getAttribute('data-source'), 'stored');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,300');
    assert.equal(await text(page, '[data-instance="main"] [data-field="used"]'), '1,290');
    assert.equal(await page.locator('[data-region="license"] [data-action="sync-now"]').count(), 0, 'no sync controls on figures GitHub has not confirmed now');
    assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true');
    await page.screenshot({ path: `${shots}license-stored.png`, fullPage: true });

    await page.evaluate(() => /** @type {any} */ (window).__ipc.release());
    await page.waitForSelector('main[aria-busy="false"]');
    assert.equal(await page.locator('[data-region="license"]').getAttribute('data-source'), 'live');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    assert.equal(await text(page, '[data-instance="main"] [data-field="used"]'), '1,316');
    assert.equal(await note.count(), 0, 'the note goes with the stored figures');
    assert.equal(await page.locator('#banner').isHidden(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('when GitHub cannot be read at all, the stored screen stays with the error’s message and fix', async () => {
    const { page, errors } = await open('scenario=unreachable-then-ok&stored=recent', { ready: '[data-field="kept-note"][data-state="failed"]' });
    await page.waitForSelector('main[aria-busy="false"]');
    const note = '[data-field="kept-note"]';
    assert.match(await text(page, note), /^As of \S+ .+ · GitHub could not be read now/);
    assert.match(await text(page, `${note} [data-field="error-message"]`), /connection to 127\.0\.0\.1:9 was refused/);
    assert.match(await text(page, `${note} [data-field="error-fix"]`), /emulator/);
    assert.equal(await page.locator('[data-region="license"]').getAttribute('data-source'), 'stored');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,300');
    assert.equal(await page.locator('[data-region="license"] .problem').count(), 0, 'the stored figures, not a screen of failures');
    assert.equal(await page.locator('#banner').isHidden(), true, 'said once, in the note');
    await page.screenshot({ path: `${shots}license-stored-unreachable.png`, fullPage: true });

    await page.locator(`${note} [data-action="try-again"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.calls.license_overview === 2);
    await page.waitForSelector('main[aria-busy="false"] [data-region="license"][data-source="live"]');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    assert.equal(await page.locator(note).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a failing backend call keeps the stored screen and says why', async () => {
    const { page } = await open('scenario=ipc-fails&stored=recent', { ready: '[data-field="kept-note"][data-state="failed"]' });
    assert.match(await text(page, '[data-field="kept-note"] [data-field="error-message"]'), /backend exploded/);
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,300');
    assert.doesNotMatch(await text(page, 'main'), /No data yet/);
    await page.close();
  });

  test('a stored screen that arrives after GitHub answered is not shown', async () => {
    const { page, errors } = await open('scenario=loaded&stored=slow');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.history.releaseStored());
    await page.waitForTimeout(100);
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1,321');
    assert.equal(await page.locator('[data-field="kept-note"]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('dark mode follows the system', async () => {
    const { page } = await open('scenario=loaded', { colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(13, 17, 23)');
    await page.screenshot({ path: `${shots}license-dark.png`, fullPage: true });
    await page.close();
    const light = await open('scenario=loaded', { colorScheme: 'light' });
    assert.equal(await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(246, 248, 250)');
    await light.page.close();
  });
});

/** Waits for the live region to say `said` (announcements land on the next frame). @param {import('playwright-core').Page} page @param {string} said */
const statusSays = (page, said) => page.waitForFunction((s) => document.getElementById('status')?.textContent === s, said);

describe('License screen in the admin’s language', () => {
  test('in Spanish, its headings, labels, chips and announcements are Spanish, and numbers are written as es writes them', async () => {
    const { page, errors } = await open('scenario=loaded&lang=es');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await text(page, 'main h1'), 'Licencia');
    assert.equal(await text(page, '#cloud-title'), 'GitHub Enterprise Cloud');
    assert.equal(await text(page, '#servers-title'), 'Instancias de GitHub Enterprise Server');
    assert.equal(await text(page, '#known-servers-title'), 'Instancias de servidor que GitHub conoce');
    const refresh = page.locator('[data-action="refresh"]');
    assert.equal(await refresh.innerText(), 'Actualizar');
    assert.equal(await refresh.getAttribute('title'), 'Volver a leer todo desde GitHub (F5)');
    assert.match(await text(page, '[data-field="updated"]'), /^Actualizado justo ahora \(\d{1,2}:\d{2}\)$/);

    // es groups digits only from five on (CLDR's minimum grouping): 1321, not 1.321.
    const acme = '[data-enterprise="acme"]';
    assert.equal(await text(page, `${acme} [data-field="consumed"]`), '1321');
    assert.equal(await text(page, `${acme} [data-field="purchased"]`), '1400');
    assert.deepEqual(await page.locator(`${acme} .figures dt`).allInnerTexts(), ['Consumidos', 'Comprados', 'Disponibles']);
    assert.equal(await text(page, `${acme} .meter-label`), '94 % de los puestos consumidos');
    assert.equal(await page.locator(`${acme} [role="meter"]`).getAttribute('aria-label'), '1321 de 1400 puestos consumidos');
    assert.deepEqual(await page.locator('[data-field="known-servers"] th').allInnerTexts(), ['Host', 'Sincronización automática de licencias', 'Carga más reciente', 'En Conexiones']);
    assert.equal(await page.locator('[data-known-host="ghes-lab.acme.example"] [data-action="add-to-connections"]').getAttribute('aria-label'), 'Agregar ghes-lab.acme.example a Conexiones');

    const main = '[data-instance="main"]';
    assert.equal(await text(page, `${main} [data-field="seats"]`), '1400');
    assert.equal(await text(page, `${main} [data-field="used"]`), '1316');
    assert.deepEqual(await page.locator(`${main} .figures dt`).allInnerTexts(), ['Puestos', 'En uso', 'Disponibles']);
    assert.equal(await text(page, `${main} [data-field="days-left"]`), 'en 200 días');
    assert.equal(await text(page, `${main} [data-field="license-sync-mode"]`), 'Sincronización automática de licencias: activada (GitHub Connect)');
    assert.equal(await text(page, `${main} [data-field="sync-health"]`), 'Sincronizada');
    assert.equal(await text(page, `${main} [data-field="menu-path"]`), '(si la página se movió: Enterprise settings → Settings → License)', 'GitHub’s menu path keeps GitHub’s words');
    const legacy = '[data-instance="legacy"]';
    assert.equal(await text(page, `${legacy} [data-field="sync-health"]`), 'Desactualizada · 37 días');
    assert.equal(await text(page, `${legacy} [data-field="expiry-warning"]`), 'Renueva pronto');
    assert.equal(await text(page, `${legacy} [data-action="sync-now"]`), 'Sincronizar ahora');
    assert.match(await text(page, `${legacy} [data-field="sync-due"]`), /^GitHub Enterprise Cloud vio a los usuarios de esta instancia por última vez 5 weeks ago: /);
    // GitHub's own button keeps its English name, in bold, with the translation beside it.
    const licensing = page.locator('[data-field="licensing-page"]');
    assert.match(await licensing.innerText(), /^Página de licencias, con Add server usage \(Agregar uso del servidor\): /);
    assert.equal(await licensing.locator('strong').innerText(), 'Add server usage');

    await statusSays(page, 'Datos de licencias actualizados: 2 instancias de servidor.');
    await page.screenshot({ path: `${shots}license-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Brazilian Portuguese, its headings, labels, chips and announcements are Portuguese, and thousands are grouped with dots', async () => {
    const { page, errors } = await open('scenario=loaded&lang=pt-BR');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR');
    assert.equal(await text(page, 'main h1'), 'Licença');
    assert.equal(await text(page, '#servers-title'), 'Instâncias do GitHub Enterprise Server');
    assert.equal(await text(page, '[data-action="refresh"]'), 'Atualizar');
    const acme = '[data-enterprise="acme"]';
    assert.equal(await text(page, `${acme} [data-field="consumed"]`), '1.321');
    assert.equal(await text(page, `${acme} [data-field="purchased"]`), '1.400');
    assert.equal(await text(page, `${acme} [data-field="available"]`), '79');
    assert.deepEqual(await page.locator(`${acme} .figures dt`).allInnerTexts(), ['Consumidas', 'Compradas', 'Disponíveis']);
    assert.equal(await page.locator(`${acme} [role="meter"]`).getAttribute('aria-label'), '1.321 de 1.400 licenças consumidas');
    assert.deepEqual(await page.locator('[data-field="known-servers"] th').allInnerTexts(), ['Host', 'Sincronização automática de licenças', 'Upload mais recente', 'Em Conexões']);

    const main = '[data-instance="main"]';
    assert.equal(await text(page, `${main} [data-field="seats"]`), '1.400');
    assert.equal(await text(page, `${main} [data-field="used"]`), '1.316');
    assert.equal(await text(page, `${main} [data-field="days-left"]`), 'em 200 dias');
    assert.equal(await text(page, `${main} [data-field="license-sync-mode"]`), 'Sincronização automática de licenças: ativada (GitHub Connect)');
    assert.equal(await text(page, `${main} [data-field="uploads"] li:first-child [data-field="upload-time"]`), 'há 24 horas');
    const legacy = '[data-instance="legacy"]';
    // Past two days an age is said in days, not hundreds of hours.
    assert.equal(await text(page, `${legacy} [data-field="uploads"] li:first-child [data-field="upload-time"]`), 'há 37 dias');
    assert.equal(await text(page, `${legacy} [data-field="seats"]`), 'Ilimitadas');
    assert.equal(await text(page, `${legacy} [data-field="sync-health"]`), 'Desatualizada · 37 dias');
    assert.equal(await text(page, `${legacy} [data-field="expiry-warning"]`), 'Renove em breve');
    assert.equal(await text(page, `${legacy} [data-action="enable-sync"]`), 'Ativar a sincronização automática de licenças');
    assert.equal(await text(page, `${main} [data-region="quick-links"] h3`), 'Links rápidos');
    await statusSays(page, 'Dados de licença atualizados: 2 instâncias de servidor.');
    await page.screenshot({ path: `${shots}license-pt-BR.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Spanish, the screen as last read says its age, and why GitHub could not be read, in Spanish', async () => {
    const { page, errors } = await open('scenario=unreachable-then-ok&stored=recent&lang=es', { ready: '[data-field="kept-note"][data-state="failed"]' });
    const note = '[data-field="kept-note"]';
    assert.match(await text(page, note), /^Datos del \S+ .+ · No se pudo leer GitHub ahora: estas son las cifras leídas la última vez\./);
    assert.equal(await text(page, `${note} [data-action="try-again"]`), 'Volver a intentar');
    assert.equal(await text(page, '[data-enterprise="acme"] [data-field="consumed"]'), '1300');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in the pseudo-locale, every word the License screen shows comes from the message files or is data', async () => {
    const skip = '.load-panel, [data-watch]';
    /** @type {[string, unknown[], string | undefined][]} */
    const cases = [
      ['scenario=loaded', [fixtures.loaded()], undefined],
      ['scenario=known-servers-refused', [fixtures.knownServersRefused()], undefined],
      ['scenario=known-servers-partial', [fixtures.knownServersPartial()], undefined],
      ['scenario=unreachable-then-ok&stored=recent', [fixtures.unreachable(), fixtures.storedLicense()], '[data-field="kept-note"][data-state="failed"]'],
      ['scenario=empty', [fixtures.empty()], undefined],
    ];
    for (const [query, data, ready] of cases) {
      const { page, errors } = await open(`${query}&pseudo=1`, ready ? { ready } : {});
      await page.waitForSelector('main[aria-busy="false"]');
      assert.equal(await text(page, 'main h1'), 'Ļîîçééñšéé', `${query}: the pseudo-locale is on`);
      assert.deepEqual(await plainWords(page, { data: dataWords(...data), skip }), [], `${query}: words not from locales/`);
      if (query === 'scenario=loaded') await page.screenshot({ path: `${shots}license-pseudo.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
});
