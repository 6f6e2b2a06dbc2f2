// The real app, in a real WebKit window under Xvfb, driven through WebKitWebDriver: the
// License screen's numbers are checked against what the emulator's GitHub API serves, then
// the emulator is stopped and the screen must say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { OUT as out, expectLicenseFiguresFromGitHub, github, useApp } from '../support/app.mjs';

const session = useApp({ name: 'license' });

test('the License screen shows what the emulator serves, and says so when it stops', async () => {
  await session.waitFor('main[aria-busy="false"] [data-instance="main"] [data-field="seats"]', 30000);
  const info = /** @type {any} */ (await session.invoke('app_info'));
  assert.equal(info.mode, 'demo');
  assert.match(info.emulator_url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const emulator = /** @type {any} */ (await (await fetch(`${info.emulator_url}/_emulator/info`)).json());

  await expectLicenseFiguresFromGitHub(session, emulator);

  const status = await github(`${emulator.ghec.api_url}/enterprises/${emulator.ghec.enterprise}/license-sync-status`, emulator.ghec.token);
  for (const s of status.server_instances) {
    const g = emulator.ghes.find((/** @type {any} */ x) => x.hostname === s.hostname);
    const ageDays = (Date.now() - Date.parse(s.last_sync.date)) / 86_400_000;
    const health = await session.execute(
      'return document.querySelector(arguments[0]).getAttribute("data-health")',
      [`[data-instance="${g.name}"] [data-field="sync-health"]`],
    );
    assert.equal(health, ageDays > 7 ? 'stale' : 'synced', `${g.name} synced ${ageDays.toFixed(1)} days ago`);
  }
  // Automatic license sync per instance, as GitHub's GraphQL view says it (isConnected).
  const gql = await fetch(`${emulator.ghec.api_url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.ghec.token}`, 'user-agent': 'e2e-test', 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($slug: String!) { enterprise(slug: $slug) { ownerInfo { enterpriseServerInstallations(first: 100) { nodes { hostName isConnected } } } } }',
      variables: { slug: emulator.ghec.enterprise },
    }),
  });
  assert.equal(gql.status, 200);
  const nodes = /** @type {any} */ (await gql.json()).data.enterprise.ownerInfo.enterpriseServerInstallations.nodes;
  /** @param {string} name */
  const modeOf = (name) => session.execute(
    'const el = document.querySelector(arguments[0]); return el && [el.getAttribute("data-connected"), el.getAttribute("data-current")]',
    [`[data-instance="${name}"] [data-field="license-sync-mode"]`],
  );
  for (const g of emulator.ghes) {
    const node = nodes.find((/** @type {any} */ n) => n.hostName === g.hostname);
    assert.deepEqual(await modeOf(g.name), [String(node.isConnected), 'true'], `${g.name} automatic license sync`);
  }
  assert.equal(await session.execute('return document.getElementById("banner").hidden'), true);
  await session.screenshot(`${out}license-screen.png`);

  // The emulator stops: the next refresh must explain it, not spin or go blank. Nothing can
  // be read at all, so the screen last read stays, marked as such, with why and what to do.
  const stopped = await fetch(`${info.emulator_url}/_emulator/shutdown`, { method: 'POST' });
  assert.equal(stopped.status, 202);
  await session.click('[data-action="refresh"]');
  await session.waitFor('[data-field="kept-note"][data-state="failed"]', 30000);
  const note = await session.text('[data-field="kept-note"]');
  assert.match(note, /GitHub could not be read now: these are the figures last read/);
  assert.match(note, /refused/);
  assert.match(note, /emulator/);
  assert.equal(await session.execute('return document.querySelector("main").getAttribute("aria-busy")'), 'false');
  assert.ok(await session.execute('return document.querySelector(\'[data-action="try-again"]\') !== null'), 'Try again is offered');
  // What GitHub said before is still shown: each instance's seats and automatic license sync.
  for (const g of emulator.ghes) {
    const node = nodes.find((/** @type {any} */ n) => n.hostName === g.hostname);
    assert.match(await session.text(`[data-instance="${g.name}"] [data-field="seats"]`), /\d/, `${g.name} seats`);
    assert.equal((await modeOf(g.name))?.[0], String(node.isConnected), `${g.name} automatic license sync, as last read`);
  }
  await session.screenshot(`${out}license-screen-emulator-stopped.png`);
});
