// The real app with --demo under Xvfb through WebKitWebDriver (issue 6): Export license
// usage over the emulator's admin shell (SSH) into the file the Save dialog's test seam
// names, then Add server usage with that file; then Upload a new license (a demo `.ghl`)
// through the Manage API, and the License card agrees with what the emulator's REST API
// reports afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUT as out, demoEmulator, digits, github, useApp, workDir } from '../support/app.mjs';

const work = workDir('export');
const dialogAnswer = join(work, 'file-dialog-answer');
writeFileSync(dialogAnswer, '');
const session = useApp({ name: 'export', env: { GHLS_TEST_FILE_DIALOG: dialogAnswer } });

/**
 * The emulator's demo stand-in for a `.ghl` (crates/emulator/src/manage.rs): the gzip magic
 * number, the line `GHLS-DEMO-LICENSE`, then the DemoLicense JSON.
 * @param {{ seats: number | null, expire_at: string }} l
 */
function demoLicense(l) {
  const json = { company: 'Acme Corp', reference_number: 'e2e-issue-6', seats: l.seats, expire_at: l.expire_at, evaluation: false, advanced_security_seats: 0 };
  return Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('GHLS-DEMO-LICENSE\n'), Buffer.from(JSON.stringify(json))]);
}

test('Export license usage saves the file and hands it to Add server usage; a new license shows on the card', async () => {
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  const emulator = (await demoEmulator(session)).info;
  const main = emulator.ghes.find((/** @type {any} */ g) => g.name === 'main');
  const card = '[data-instance="main"]';

  // Export license usage: the Save dialog's seam answers with a path in the temp folder.
  const saved = join(work, 'main-license-usage.json');
  writeFileSync(dialogAnswer, saved);
  await session.click(`${card} [data-action="export-usage"]`);
  await session.waitFor(`${card} [data-field="export-saved"]`, 60000);
  assert.equal(await session.text(`${card} [data-field="export-path"]`), saved);
  assert.ok(existsSync(saved), 'the export is on disk');
  const exported = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(exported.instance.host_name, main.hostname);
  assert.match(await session.text(`${card} [data-field="export-verdict"]`), new RegExp(`License-usage export from ${main.hostname.replace(/\./g, '\\.')}`));
  await session.screenshot(`${out}export-saved.png`);

  await session.click(`${card} [data-action="add-server-usage-with"]`);
  await session.waitFor('[data-verdict="accepted"]', 30000);
  assert.equal(await session.text('[data-field="host"]'), main.hostname);
  assert.equal(await session.text('[data-field="path"]'), saved);
  await session.screenshot(`${out}export-add-server-usage.png`);

  // Upload a new license: 500 seats, expiring in a year.
  const year = new Date(Date.now() + 365 * 86_400_000);
  const expireAt = `${year.toISOString().slice(0, 10)}T12:00:00Z`;
  const ghl = join(work, 'github-enterprise.ghl');
  writeFileSync(ghl, demoLicense({ seats: 500, expire_at: expireAt }));
  writeFileSync(dialogAnswer, ghl);
  await session.click('nav a[data-screen="license"]');
  await session.waitFor(`main[aria-busy="false"] ${card} [data-field="seats"]`, 30000);
  assert.notEqual(digits(await session.text(`${card} [data-field="seats"]`)), 500, 'the demo starts with another license');
  await session.click(`${card} [data-action="upload-license"]`);
  await session.waitFor('dialog[data-dialog="license-upload"]');
  assert.equal(await session.text('[data-field="upload-question"]'), `Upload github-enterprise.ghl to ${main.hostname}?`);
  assert.equal(await session.execute('return document.activeElement?.getAttribute("data-action")'), 'cancel-upload');
  await session.screenshot(`${out}license-upload-confirm.png`);
  await session.click('[data-action="confirm-upload"]');
  await session.waitFor(`${card} [data-field="license-uploaded"]`, 30000);
  assert.equal(await session.text(`${card} [data-field="new-seats"]`), '500');
  assert.equal(await session.text(`${card} [data-field="new-check"]`), 'valid');

  // The License screen reads the instance again: the card agrees with GitHub's REST API.
  const lic = await github(`${main.api_url}/enterprise/settings/license`, main.token);
  assert.equal(Number(lic.seats), 500);
  await session.waitForText(`${card} [data-field="seats"]`, /^500$/);
  assert.equal(digits(await session.text(`${card} [data-field="days-left"]`)), lic.days_until_expiration);
  const raw = await session.execute('return document.querySelector(arguments[0]).getAttribute("title")', [`${card} [data-field="expires"]`]);
  assert.equal(raw, lic.expire_at, 'the card shows the expiry GitHub reports');
  const expiresOn = /** @type {string} */ (await session.execute(
    'return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(arguments[0]))', [expireAt]));
  assert.equal(await session.text(`${card} [data-field="expires"]`), expiresOn);
  await session.screenshot(`${out}license-uploaded.png`);
});
