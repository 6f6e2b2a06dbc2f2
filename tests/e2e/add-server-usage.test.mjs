// The real app under Xvfb through WebKitWebDriver: real files reach the Add server usage
// screen by a drop (Tauri's drag-drop event with real paths) and by the file dialog (its
// test seam answers with a path), and the backend's verdict shows as a card. The export
// is the one the emulator's GHES serves, as an admin would download it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { OUT as out, demoEmulator, useApp, workDir } from '../support/app.mjs';

const work = workDir('usage');
const dialogAnswer = join(work, 'file-dialog-answer');
writeFileSync(dialogAnswer, '');
const session = useApp({ name: 'usage', env: { GHLS_TEST_FILE_DIALOG: dialogAnswer } });

test('a dropped export and a .ghl chosen in the file dialog each get their card', async () => {
  await session.waitFor('main[aria-busy="false"]', 30000);
  const emulator = await demoEmulator(session);
  const main = emulator.info.ghes.find((/** @type {any} */ g) => g.name === 'main');

  // Download the export the way an admin would, from the emulated GHES.
  const r = await fetch(`${emulator.url}/_emulator/ghes/main/license-usage-export`);
  assert.equal(r.status, 200);
  const exportPath = join(work, 'github.acme.example-license-usage.json');
  writeFileSync(exportPath, Buffer.from(await r.arrayBuffer()));

  await session.click('nav a[data-screen="add-server-usage"]');
  // The screen hears drops once its listener is registered.
  await session.waitFor('[data-action="pick-file"][data-drop-ready="true"]');
  await session.waitFor('main[aria-busy="false"]');

  await session.dragEvent('enter', [exportPath]);
  assert.equal(await session.execute('return document.querySelector(".drop-target").classList.contains("drag-over")'), true);
  await session.dragEvent('drop', [exportPath]);
  await session.waitFor('[data-verdict="accepted"]');
  assert.equal(await session.text('[data-field="host"]'), main.hostname);
  assert.equal(await session.text('[data-field="server-id"]'), main.server_id);
  assert.equal(await session.text('[data-field="version"]'), `GHES ${main.version}`);
  assert.equal((await session.text('[data-field="sha256"]')).length, 64);
  assert.match(await session.text('[data-field="no-warnings"]'), /ready/);
  await session.screenshot(`${out}add-server-usage-dropped.png`);

  // The file dialog (its seam) answers with a .ghl license file: refused, with the way out.
  const ghl = join(work, 'github-enterprise.ghl');
  writeFileSync(ghl, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]));
  writeFileSync(dialogAnswer, ghl);
  await session.click('[data-action="pick-file"]');
  await session.waitFor('[data-verdict="refused"][data-refusal="ghl_license"]');
  assert.match(await session.text('[data-field="refusal-fix"]'), /Upload a new license/);
  await session.screenshot(`${out}add-server-usage-ghl-refused.png`);
});
