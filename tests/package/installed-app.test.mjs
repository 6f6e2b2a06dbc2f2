// The app as a user gets it: the binary the .deb installed (GHLS_APP_BINARY, set by
// tests/package/run.sh to /usr/bin/ghe-license-sync), started with --demo in a real WebKit
// window under Xvfb and driven through WebKitWebDriver. The License screen must fill with
// what the demo's GitHub emulator serves, from the ui/ the release build embedded.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { APP_BINARY, OUT as out, expectLicenseFiguresFromGitHub, useApp } from '../support/app.mjs';

// Without the variable the harness would quietly test the debug build of the checkout.
assert.ok(process.env.GHLS_APP_BINARY, 'GHLS_APP_BINARY must name the installed app (tests/package/run.sh sets it)');
assert.equal(APP_BINARY, process.env.GHLS_APP_BINARY);

const session = useApp({ name: 'package' });

test('the installed app shows the License screen filled from the demo emulator', async () => {
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  // A production build serves the embedded ui/ over its own protocol, not a dev server.
  const href = /** @type {string} */ (await session.execute('return location.href'));
  assert.match(href, /^tauri:\/\/localhost(\/|$)/);

  const info = /** @type {any} */ (await session.invoke('app_info'));
  assert.equal(info.mode, 'demo');
  const emulator = /** @type {any} */ (await (await fetch(`${info.emulator_url}/_emulator/info`)).json());
  assert.ok(emulator.ghes.length >= 2, 'the demo has two GHES instances');

  await expectLicenseFiguresFromGitHub(session, emulator);
  assert.equal(await session.execute('return document.getElementById("banner").hidden'), true);
  await session.screenshot(`${out}package-license-screen.png`);
});
