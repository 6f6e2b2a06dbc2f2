// The real app under Xvfb through WebKitWebDriver, in demo mode: the desktop demo starts with
// 12 past weeks read from its emulator's time travel (kept in memory). The History screen
// must show those 12 loads and ghes-legacy's missed weeks as a sync gap; Consumed licenses
// must open on the newest kept load, marked as kept, before any Load.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { OUT as out, useApp } from '../support/app.mjs';

const session = useApp({ name: 'history' });

test('History shows the demo’s 12 kept loads and ghes-legacy’s sync gap; Consumed licenses opens on the kept load before any Load', async () => {
  await session.waitFor('main[aria-busy="false"]', 30000);

  await session.click('nav a[data-screen="history"]');
  await session.waitFor('[data-region="seats-history"] [data-field="seats-table"] tbody tr', 30000);
  // The chart's table alternative: one row per kept load.
  const loads = await session.execute('return document.querySelectorAll(\'[data-field="seats-table"] tbody tr\').length');
  assert.equal(loads, 12, 'the 12 past weeks the demo read from its emulator');
  // ghes-legacy missed three weeks of hand uploads: a gap over 7 days in its lane and its table.
  const legacy = /** @type {{ lane: number, rows: number, chips: string[] }} */ (await session.execute(`
    const lane = document.querySelector('[data-field="sync-chart"] g.sync-lane[data-host="ghes-legacy.acme.example"]');
    const body = document.querySelector('[data-field="sync-table"] tbody[data-host="ghes-legacy.acme.example"]');
    return {
      lane: lane ? lane.querySelectorAll('.sync-gap').length : -1,
      rows: body ? body.querySelectorAll('tr[data-gap="true"]').length : -1,
      chips: body ? [...body.querySelectorAll('[data-field="gap-chip"]')].map((c) => c.textContent) : [],
    };`));
  assert.ok(legacy.lane >= 1, `ghes-legacy's lane marks a gap (${legacy.lane})`);
  assert.ok(legacy.rows >= 1, `ghes-legacy's table marks a gap: ${legacy.chips.join('; ')}`);
  assert.ok(legacy.chips.some((c) => /Gap (over 7 days|of up to)/.test(c)), `a gap between two syncs: ${legacy.chips.join('; ')}`);
  await session.screenshot(`${out}history.png`);

  await session.click('nav a[data-screen="consumed"]');
  await session.waitFor('[data-field="kept-load-note"] time', 30000);
  const note = await session.text('[data-field="kept-load-note"]');
  assert.match(note, /^As of .+ \(kept\) · Refresh to read GitHub now$/);
  assert.equal(await session.execute('return document.querySelector(\'[data-field="kept-load-note"]\').getAttribute("role")'), 'status');
  assert.equal(await session.text('[data-action="load-consumed"]'), 'Refresh');
  // The kept people are in the table at once.
  await session.waitFor('.vgrid-row[data-position="0"]:not(.pending)', 30000);
  assert.equal(await session.execute('return document.querySelector(\'[data-region="not-loaded"]\').hidden'), true);
  // Nothing was read from GitHub: no new load was kept.
  const overview = /** @type {any} */ (await session.invoke('history_overview'));
  assert.equal(overview.consumed.length, 12);
  const newest = overview.consumed[overview.consumed.length - 1];
  const shownAt = String(await session.execute('return document.querySelector(\'[data-field="kept-load-note"] time\').getAttribute("datetime")'));
  assert.equal(Date.parse(shownAt), Date.parse(newest.read_at), `the newest kept load's time (${newest.read_at}), not ${shownAt}`);
  await session.screenshot(`${out}consumed-kept.png`);
});
