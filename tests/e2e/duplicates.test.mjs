// The real app under Xvfb through WebKitWebDriver, on the emulator's planted data: the
// Duplicates screen must find every planted double-counted person (each server-only entry
// paired with its cloud account) and pair none of the look-alikes.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { OUT as out, useApp } from '../support/app.mjs';

const session = useApp({ name: 'duplicates' });

test('Duplicates finds every planted duplicate and none of the look-alikes', async () => {
  await session.waitFor('main[aria-busy="false"]', 30000);
  const info = /** @type {any} */ (await session.invoke('app_info'));
  const planted = /** @type {{ duplicates: { kind: string, server_ids: string[], cloud_login: string }[], look_alikes: { kind: string, server_ids: string[], cloud_login: string }[] }} */ (
    await (await fetch(`${info.emulator_url}/_emulator/planted`)).json());
  assert.ok(planted.duplicates.length >= 3, 'the demo plants duplicates');
  assert.ok(planted.look_alikes.length >= 1, 'the demo plants look-alikes');

  await session.click('nav a[data-screen="duplicates"]');
  await session.click('[data-action="load-consumed"]');
  // The groups region is busy until every group shows its first window of findings.
  await session.waitFor('[data-region="groups"][aria-busy="false"] [data-finding]', 60000);

  // Every finding that would free a seat, as the screen shows it: its entries' text.
  const pairs = /** @type {string[]} */ (await session.execute(`
    return [...document.querySelectorAll('[data-finding]')]
      .filter((f) => !/information|^0/.test(f.querySelector('[data-field="finding-seats"]')?.textContent ?? ''))
      .map((f) => f.querySelector('[data-field="entries"]')?.textContent ?? '');`));
  assert.ok(pairs.length > 0, 'findings that free seats are shown');
  /** @param {{ server_ids: string[], cloud_login: string }} p */
  const shown = (p) => pairs.some((t) => p.server_ids.every((id) => t.includes(id)) && t.includes(p.cloud_login));
  for (const p of planted.duplicates) {
    assert.ok(shown(p), `planted ${p.kind}: ${p.server_ids.join(', ')} with ${p.cloud_login} is not paired on screen`);
  }
  for (const p of planted.look_alikes) {
    assert.ok(!shown(p), `look-alike ${p.kind}: ${p.server_ids.join(', ')} was paired with ${p.cloud_login}`);
  }
  const total = await session.text('[data-field="seats-total"]');
  assert.ok(Number(total.replace(/\D/g, '')) >= planted.duplicates.length, `seats to free: ${total}`);
  await session.screenshot(`${out}duplicates.png`);

  // Load server accounts (GraphQL on the emulator): the planted server entries are named by
  // login and primary email, beside their IDs.
  await session.click('[data-action="load-accounts"]');
  await session.waitFor('[data-field="accounts-loaded"]', 60000);
  await session.waitFor('[data-region="groups"][aria-busy="false"] [data-field="server-login"]', 60000);
  const named = /** @type {string[][]} */ (await session.execute(`
    return [...document.querySelectorAll('[data-account]')].map((a) => [
      a.getAttribute('data-account') ?? '',
      a.querySelector('[data-field="server-login"]')?.textContent ?? '',
      a.querySelector('[data-field="server-primary-email"]')?.textContent ?? '']);`));
  for (const p of planted.duplicates) {
    for (const id of p.server_ids) {
      assert.ok(named.some(([i, login, email]) => i === id && login !== '' && email.includes('@')),
        `planted ${p.kind}: ${id} is not named by login and primary email`);
    }
  }
  assert.match(await session.text('[data-field="server-accounts"]'), /server-only entries named$/);
  await session.screenshot(`${out}duplicates-accounts.png`);
});
