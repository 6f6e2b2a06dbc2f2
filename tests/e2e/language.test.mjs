// The real app in the admin's language (issue 17), under Xvfb through WebKitWebDriver, on
// the demo's emulator: it starts in Spanish because the OS says so (LC_ALL), then the
// language menu's setting switches it to Brazilian Portuguese. In each language the admin
// goes through License, Add server usage (a refused file, then an upload confirmed by
// GitHub), Duplicates, Consumed licenses, Activity, History and Connections (a failed test);
// every screen is photographed, and
// what the backend says (errors, refusals, findings) comes in that language too, with
// GitHub's own button names kept in English beside their translation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUT as out, demoEmulator, useApp, workDir } from '../support/app.mjs';
import { launchChromium } from '../support/chromium.mjs';
import { sleep } from '../support/webdriver.mjs';

const work = workDir('language');
const dialogAnswer = join(work, 'file-dialog-answer');
writeFileSync(dialogAnswer, '');
const handoffLog = join(work, 'handoffs.jsonl');
writeFileSync(handoffLog, '');
const session = useApp({
  name: 'language',
  env: { LC_ALL: 'es_ES.UTF-8', LANGUAGE: '', GHLS_TEST_FILE_DIALOG: dialogAnswer, GHLS_TEST_HANDOFF_LOG: handoffLog },
});
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {any} */
let emulator;

before(async () => {
  browser = await launchChromium();
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  emulator = (await demoEmulator(session)).info;
});

after(async () => {
  await browser?.close();
});

/** The next page the app handed off to. @param {number} seen */
async function nextHandOff(seen) {
  for (let i = 0; i < 200; i++) {
    const opens = readFileSync(handoffLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.action === 'open_url');
    if (opens.length > seen) return /** @type {string} */ (opens[seen].url);
    await sleep(100);
  }
  throw new Error('no hand-off');
}

/** Types into an input, clearing it first. @param {string} css @param {string} text */
async function type(css, text) {
  const el = await session.waitFor(css);
  await session.cmd('POST', `/element/${el}/clear`, {});
  await session.cmd('POST', `/element/${el}/value`, { text });
}

/** @param {string} css @param {string} name */
const attr = (css, name) => session.execute('return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null', [css, name]);

/**
 * @typedef {{ lang: string, nav: { usage: string, duplicates: string }, words: RegExp, refusedFix: RegExp, confirmed: RegExp, unauthorizedFix: RegExp, number: RegExp, findings: RegExp, confirmedAt: RegExp, details: RegExp }} Expect
 */

/** @type {Record<string, Expect>} */
const expected = {
  es: {
    lang: 'es',
    nav: { usage: 'Agregar uso del servidor', duplicates: 'Duplicados' },
    words: /licencia/i,
    refusedFix: /Cargar una licencia nueva.*Export license usage/s,
    confirmed: /Confirmad/,
    unauthorizedFix: /token/i,
    number: /^\d{1,3}(\.\d{3})*$|^\d{1,4}$/,
    findings: /Correos? electrónicos? de GHES|El mismo nombre|Cuentas de GHES|Varias cuentas/,
    details: /^ruta: .*\nID del servidor: .*\nSHA-256: [0-9a-f]{64}\ntamaño: [\d.]+ bytes$/,
    confirmedAt: /^GitHub procesó la carga .* el \d{1,2} [a-z]{3,4} \d{4}, \d{1,2}:\d{2} UTC/,
  },
  'pt-BR': {
    lang: 'pt-BR',
    nav: { usage: 'Adicionar uso de servidor', duplicates: 'Duplicatas' },
    words: /licença/i,
    refusedFix: /Fazer upload de uma nova licença.*Export license usage/s,
    confirmed: /Confirmad/,
    unauthorizedFix: /token/i,
    number: /^\d{1,3}(\.\d{3})*$/,
    findings: /E-mails? do GHES|O mesmo nome|Contas do GHES|Várias contas/,
    details: /^caminho: .*\nID do servidor: .*\nSHA-256: [0-9a-f]{64}\ntamanho: [\d.]+ bytes$/,
    confirmedAt: /^O GitHub processou o upload .* em \d{1,2} de [a-z]{3}\. de \d{4}, \d{2}:\d{2} UTC/,
  },
};

let handOffs = 0;

/** One language's tour of the screens the issue names, photographed. @param {Expect} x */
async function tour(x) {
  assert.equal(await session.execute('return document.documentElement.lang'), x.lang);
  // License.
  await session.click('nav a[data-screen="license"]');
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  assert.match(await session.text('[data-instance="main"] [data-field="seats"]'), x.number);
  assert.match(await session.text('main'), x.words);
  await session.screenshot(`${out}language-${x.lang}-license.png`);

  // Add server usage: a .ghl chosen in the file dialog is refused, in this language, with
  // GitHub's button kept in English.
  await session.click('nav a[data-screen="add-server-usage"]');
  assert.equal(await session.text('nav a[data-screen="add-server-usage"]'), x.nav.usage);
  await session.waitFor('[data-action="pick-file"][data-drop-ready="true"]');
  const ghl = join(work, 'github-enterprise.ghl');
  writeFileSync(ghl, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]));
  writeFileSync(dialogAnswer, ghl);
  await session.click('[data-action="pick-file"]');
  await session.waitFor('[data-verdict="refused"][data-refusal="ghl_license"]');
  const fix = await session.text('[data-field="refusal-fix"]');
  assert.match(fix, x.refusedFix, fix);
  await session.screenshot(`${out}language-${x.lang}-add-server-usage-refused.png`);

  // An export from the emulated GHES, dropped, uploaded on GHEC's page, confirmed by GitHub.
  const legacy = emulator.ghes.find((/** @type {any} */ g) => g.name === 'legacy');
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(`${legacy.web_url}/enterprise/settings/license`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-license-usage')]);
  const file = join(work, `${x.lang}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  await session.dragEvent('drop', [file]);
  await session.waitFor('[data-verdict="accepted"]');
  await session.click('[data-action="upload"]');
  const url = await nextHandOff(handOffs++);
  await page.goto(url);
  await page.setInputFiles('#usage-file', file);
  await page.click('#upload-server-usage');
  await session.waitForText('[data-watch] [data-field="watch-chip"]', x.confirmed, 60000);
  // GitHub's time in the sentence as the language writes a date, not RFC 3339.
  const summary = await session.text('[data-watch] [data-field="watch-summary"]');
  assert.match(summary, x.confirmedAt, summary);
  await session.screenshot(`${out}language-${x.lang}-add-server-usage-confirmed.png`);
  await page.close();

  // Duplicates, with the demo's planted findings.
  await session.click('nav a[data-screen="duplicates"]');
  assert.equal(await session.text('nav a[data-screen="duplicates"]'), x.nav.duplicates);
  if (await session.execute('return !!document.querySelector(\'[data-action="load-consumed"]\')')) {
    await session.click('[data-action="load-consumed"]');
  }
  await session.waitFor('[data-region="groups"][aria-busy="false"] [data-finding]', 60000);
  // The findings speak this language too, also after a change of language (the analysis
  // of the same data is made again in it).
  const titles = /** @type {string[]} */ (await session.execute('return [...document.querySelectorAll(".finding-group h2")].map((e) => e.textContent)'));
  assert.ok(titles.length > 0 && titles.every((t) => x.findings.test(t)), titles.join(' | '));
  await session.screenshot(`${out}language-${x.lang}-duplicates.png`);
  await session.execute('document.querySelector(".finding-group")?.scrollIntoView()');
  await session.screenshot(`${out}language-${x.lang}-duplicates-findings.png`);

  // Consumed licenses (the people just loaded), Activity (what this tour did, written in
  // this language) and History (the demo's kept weeks).
  await session.click('nav a[data-screen="consumed"]');
  await session.waitFor('.vgrid-row[data-position="0"]:not(.pending)', 30000);
  await session.screenshot(`${out}language-${x.lang}-consumed.png`);
  await session.click('nav a[data-screen="activity"]');
  await session.waitFor('main[aria-busy="false"] tbody[data-activity]', 30000);
  assert.match(await session.text('main'), x.words);
  // The newest file check's details: their labels in this language too.
  const check = 'tbody[data-activity]:has([data-kind="usage_file_check"][data-field="kind"])';
  await session.click(`${check} [data-action="toggle-details"]`);
  const details = await session.text(`${check} [data-field="details"]`);
  assert.match(details, x.details, details);
  await session.screenshot(`${out}language-${x.lang}-activity.png`);
  await session.click('nav a[data-screen="history"]');
  await session.waitFor('[data-region="seats-history"] [data-field="seats-table"] tbody tr', 30000);
  await session.screenshot(`${out}language-${x.lang}-history.png`);

  // Connections: a wrong token fails Test connection; the explanation is in this language.
  const main = '[data-instance="main"]';
  await session.click('nav a[data-screen="connections"]');
  await session.waitFor(`main[aria-busy="false"] ${main} [data-field="status-chip"]`, 30000);
  await session.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
  await type(`${main} [data-secret="token"] input`, 'ghp_this_is_not_the_token');
  await session.click(`${main} [data-action="test"]`);
  await session.waitFor(`${main} [data-field="status-chip"][data-state="failed"]`, 30000);
  assert.equal(await attr(`${main} .problem`, 'data-error-kind'), 'unauthorized');
  const message = await session.text(`${main} [data-field="error-message"]`);
  assert.match(message, /401 Bad credentials/, 'GitHub’s own words stay as GitHub sent them');
  assert.match(await session.text(`${main} [data-field="error-fix"]`), x.unauthorizedFix);
  await session.execute('document.querySelector(arguments[0]).scrollIntoView()', [`${main} [data-region="test-result"]`]);
  await session.screenshot(`${out}language-${x.lang}-connections-failed.png`);
  // The right token again, for the next language's tour.
  await session.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
  await type(`${main} [data-secret="token"] input`, emulator.ghes.find((/** @type {any} */ g) => g.name === 'main').token);
  await session.click(`${main} [data-action="test"]`);
  await session.waitFor(`${main} [data-field="status-chip"][data-state="connected"]`, 30000);
}

test('in Spanish from the OS, then Brazilian Portuguese from the setting, every screen and message', async () => {
  const state = /** @type {any} */ (await session.invoke('locale_messages')).state;
  assert.deepEqual([state.choice.kind, state.lang], ['system', 'es'], 'LC_ALL=es_ES.UTF-8 is Spanish');
  await tour(expected.es);

  const saved = /** @type {any} */ (await session.invoke('set_language', { choice: { kind: 'chosen', lang: 'pt-BR' } }));
  assert.equal(saved.lang, 'pt-BR');
  // The window reloads on the screen it was on (Connections): back to License, in Portuguese.
  await session.execute('location.hash = "#/license"; location.reload()');
  await sleep(500);
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  await tour(expected['pt-BR']);
});
