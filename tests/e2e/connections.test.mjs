// The real app (--demo) in a real WebKit window under Xvfb, driven through WebKitWebDriver:
// on the Connections screen, a GHES instance's token is replaced by a wrong one and Test
// connection fails with GitHub's 401 words; the right token makes it connect. The token
// never comes back through the IPC.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { OUT as out, demoEmulator, useApp } from '../support/app.mjs';

const session = useApp({ name: 'connections' });

/**
 * Types into an input, as a user does (WebDriver Element Send Keys).
 * @param {string} css
 * @param {string} text
 */
async function type(css, text) {
  const el = await session.waitFor(css);
  await session.cmd('POST', `/element/${el}/clear`, {});
  await session.cmd('POST', `/element/${el}/value`, { text });
}

/** @param {string} css @param {string} name */
const attr = (css, name) => session.execute('return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null', [css, name]);

const main = '[data-instance="main"]';

/**
 * Replaces the main instance's token and presses Test connection (which saves first).
 * @param {string} token
 * @param {'connected' | 'failed'} expected
 */
async function testWith(token, expected) {
  await session.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
  await type(`${main} [data-secret="token"] input`, token);
  await session.click(`${main} [data-action="test"]`);
  await session.waitFor(`${main} [data-field="status-chip"][data-state="${expected}"]`, 30000);
}

test('a wrong GHES token fails Test connection with 401 Bad credentials, the right one connects', async () => {
  const info = /** @type {any} */ (await session.invoke('app_info'));
  assert.equal(info.mode, 'demo');
  const emulator = (await demoEmulator(session)).info;
  const right = emulator.ghes[0].token;

  await session.click('nav a[data-screen="connections"]');
  await session.waitFor(`main[aria-busy="false"] ${main} [data-field="status-chip"]`, 30000);
  assert.match(await session.text('[data-field="where"]'), /nothing is written to disk/);
  assert.equal(await attr(`${main} [data-secret="token"] input`, 'placeholder'), '••••• kept in memory (demo)');
  assert.equal(await session.text(`${main} [data-field="status-chip"]`), 'not tested');

  await testWith('ghp_this_is_not_the_token', 'failed');
  assert.equal(await attr(`${main} .problem`, 'data-error-kind'), 'unauthorized');
  const message = await session.text(`${main} [data-field="error-message"]`);
  assert.match(message, /401 Bad credentials/);
  assert.match(message, /github\.acme\.example/);
  assert.match(await session.text(`${main} [data-field="error-fix"]`), /Create a new token/);
  assert.equal(await session.execute('return document.querySelector(arguments[0]).value', [`${main} [data-secret="token"] input`]), '', 'the typed token is not kept in the page');
  await session.execute('document.querySelector(arguments[0]).scrollIntoView()', [`${main} [data-region="test-result"]`]);
  await session.screenshot(`${out}connections-failed.png`);

  await testWith(right, 'connected');
  assert.match(await session.text(`${main} [data-field="test-summary"]`), /GHES 3\.17\.4/);
  assert.equal(await session.text(`${main} [data-field="learned-version"]`), 'GHES 3.17.4');

  await session.click('[data-target="ghec"] [data-action="test"]');
  await session.waitFor('[data-target="ghec"] [data-field="status-chip"][data-state="connected"]', 30000);
  assert.equal(await session.text('[data-target="ghec"] [data-field="learned-instances"]'), String(emulator.ghes.length));
  await session.screenshot(`${out}connections-connected.png`);

  // What the web view can learn: whether a token is set, never the token.
  const c = /** @type {any} */ (await session.invoke('connections'));
  assert.equal(c.saving.to, 'demo_memory');
  assert.equal(c.ghes[0].token.state, 'session');
  const page = /** @type {string} */ (await session.execute('return document.documentElement.outerHTML'));
  for (const text of [JSON.stringify(c), page]) {
    assert.ok(!text.includes(right), 'the token never reaches the web view');
    assert.ok(!text.includes('ghp_this_is_not_the_token'));
  }
});
