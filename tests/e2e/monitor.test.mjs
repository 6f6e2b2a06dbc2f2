// Background checks in the real app (--demo) under Xvfb, with a clock the test controls
// (GHLS_TEST_CLOCK_FILE) and the desktop's notification server played by a stand-in on the
// run's private session bus (tests/support/notifications.py): the admin turns the checks on
// on the Connections screen; once an instance's sync is older than its threshold, Check now
// sends exactly one notification, a second Check now none, and after GitHub shows a new sync
// one "recovered" notification. Closing the window with the checks on hides it (the process
// stays), and says so in one notification, once. The tray's menu, clicked through its D-Bus
// menu as a tray host does (tests/support/tray-menu.py), runs the same check, brings the
// window back, starts the License screen's Sync everything, and quits.
//
// Run under `dbus-run-session` (as CI's e2e step does): the app and the stand-in share it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { APP_BINARY, OUT as out, demoEmulator, findAppProcess, useApp, workDir } from '../support/app.mjs';
import { startNotificationServer } from '../support/notifications.mjs';
import { sleep } from '../support/webdriver.mjs';

const work = workDir('monitor');
const clockFile = join(work, 'clock.txt');
const handoffLog = join(work, 'handoffs.jsonl');
writeFileSync(handoffLog, '');
const HOUR = 3_600_000;
/** @param {number} ms */
const setClock = (ms) => writeFileSync(clockFile, new Date(ms).toISOString());
setClock(Date.now());

/** @type {import('../support/notifications.mjs').NotificationServer} */
let notifications;
// Before the app starts (hooks run in order): the app finds the notification server on the bus.
before(async () => {
  notifications = await startNotificationServer();
});
const session = useApp({ name: 'monitor', env: { GHLS_TEST_CLOCK_FILE: clockFile, GHLS_TEST_HANDOFF_LOG: handoffLog } });
after(async () => {
  // The app hides instead of quitting once the checks are on: stop it here if it outlived
  // the session.
  const app = appProcess();
  if (app) {
    try { process.kill(app.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  if (process.env.GHLS_E2E_DEBUG) console.log(JSON.stringify(notifications?.all(), null, 1));
  await notifications?.stop();
});

/** The app this file started: the one whose environment names our clock file. */
const appProcess = () => findAppProcess(`GHLS_TEST_CLOCK_FILE=${clockFile}`);

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const X11_WINDOW = fileURLToPath(new URL('../support/x11-window.py', import.meta.url));
const TRAY_MENU = fileURLToPath(new URL('../support/tray-menu.py', import.meta.url));
/** Clicks the tray menu's item `label` of the app `pid`. @param {number} pid @param {string} label */
const tray = (pid, label) => execFileSync('/usr/bin/python3', [TRAY_MENU, String(pid), 'click', label], { encoding: 'utf8' }).trim();
/** The main window, as a window manager sees it. @param {'close' | 'state'} what @param {string} display */
const x11 = (what, display) => execFileSync('/usr/bin/python3', [X11_WINDOW, what, 'GHE License Sync'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).trim();

/**
 * Replaces an input's text and leaves it with Tab, as a user does (WebDriver Element Clear
 * and Send Keys).
 * @param {string} css
 * @param {string} text
 */
async function type(css, text) {
  const el = await session.waitFor(css);
  await session.cmd('POST', `/element/${el}/clear`, {});
  await session.cmd('POST', `/element/${el}/value`, { text: `${text}\uE004` });
}

/**
 * Sends keys to the element (WebDriver focuses it first).
 * @param {string} css @param {string} keys
 */
async function press(css, keys) {
  const el = await session.waitFor(css);
  await session.cmd('POST', `/element/${el}/value`, { text: keys });
}

/** The saved settings, from the backend. */
const settings = async () => /** @type {any} */ (await session.invoke('monitor_settings'));

/** Clicks Check now and waits for its result; returns the result's text. */
async function checkNow() {
  await session.execute('document.querySelector(\'[data-field="monitor-result"]\').textContent = ""');
  await session.click('[data-action="monitor-check-now"]');
  return session.waitForText('[data-field="monitor-result"]', /change|could not/, 30000);
}

/** Waits until the notifications stop arriving (none for `quietMs`), and returns them. */
async function settled(quietMs = 1500) {
  let seen = notifications.all().length;
  for (;;) {
    await sleep(quietMs);
    const now = notifications.all().length;
    if (now === seen) return notifications.all();
    seen = now;
  }
}

let emulatorUrl = '';
let baseline = 0;

test('turned on in the Connections screen, the checks judge each instance against its own threshold', async () => {
  emulatorUrl = (await demoEmulator(session)).url;
  await session.click('nav a[data-screen="connections"]');
  await session.waitFor('section[data-region="monitor"][data-ready="true"]', 30000);
  assert.equal((await settings()).enabled, false, 'off until the admin turns it on');

  // Set up first, then on: the loop checks at once when turned on, with these settings.
  // Every 168 hours: the loop is not due again while the test moves the clock by a day, so
  // every check below is the test's own Check now.
  await type('#monitor-every', '168');
  await session.waitForText('[data-field="monitor-save-status"]', /Checks every 168 hours/);
  // legacy last synced 37 days ago: within 60 days. main synced 26 hours ago: its own 2 days.
  await type('#monitor-stale', '60');
  await session.waitForText('[data-field="monitor-save-status"]', /older than 60 days/);
  await type('[data-instance-days="main"]', '2');
  await session.waitForText('[data-field="monitor-save-status"]', /stale after 2 days/);
  assert.equal((await settings()).enabled, false, 'options are saved before it is on');
  // By keyboard (focus, Space), as an admin tabbing through would: a pointer click lands on
  // coordinates, and one full CI run lost it (the screen above may still be settling after
  // the saves just made), leaving the box unticked and the status unchanged.
  await press('#monitor-enabled', ' ');
  await session.waitForText('[data-field="monitor-save-status"]', /Background checks are on/);
  const s = await settings();
  assert.equal(s.enabled, true);
  assert.equal(s.every_hours, 168);
  assert.equal(s.stale_after_days, 60);
  assert.deepEqual(s.per_instance_days, { main: 2 });

  // Turning it on starts the loop's first check at once; wait for it, then take what it
  // announced (the demo's other instances) as the baseline.
  for (let i = 0; i < 100 && !(/** @type {any} */ (await session.invoke('monitor_status'))).last_check; i++) await sleep(200);
  const status = /** @type {any} */ (await session.invoke('monitor_status'));
  assert.ok(status.last_check, 'the loop checked once it was turned on');
  const main = status.instances.find((/** @type {any} */ i) => i.instance_id === 'main');
  assert.equal(main.verdict, 'ok');
  assert.equal(main.stale_after_days, 2);
  baseline = (await settled()).length;
  await session.screenshot(`${out}monitor-on.png`);
});

test('stale → exactly one notification; still stale → none; synced again → one "recovered"', async () => {
  // A day later, main's sync (26 hours old now) is past its 2 days.
  setClock(Date.now() + 24 * HOUR);
  const first = await checkNow();
  assert.match(first, /1 change/, first);
  const stale = (await notifications.waitForCount(baseline + 1)).slice(baseline);
  assert.equal(stale.length, 1, JSON.stringify(stale));
  assert.match(stale[0].app_name, /ghe-license-sync|GHE License Sync/, 'sent by the app (tauri-plugin-notification)');
  assert.match(stale[0].summary, /github\.acme\.example/);
  assert.match(`${stale[0].summary} ${stale[0].body}`, /2 days/);
  assert.equal((await settled()).length, baseline + 1, 'exactly one');
  assert.equal(await session.execute('return document.querySelectorAll(\'[data-news-kind="became_stale"]\').length'), 1);

  const again = await checkNow();
  assert.match(again, /No change/, again);
  assert.equal((await settled()).length, baseline + 1, 'never the same news twice');

  // GitHub shows a new sync of main (its Sync now, processed at once), and the clock is back
  // to the real time: main is fresh again.
  const delay = await fetch(`${emulatorUrl}/_emulator/processing-delay`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ms: 0 }) });
  assert.ok(delay.ok, `processing delay: ${delay.status}`);
  const before = Date.now();
  const sync = await fetch(`${emulatorUrl}/ghes/main/web/enterprise/settings/license/sync-now`, { method: 'POST', redirect: 'manual' });
  assert.ok(sync.status < 400, `Sync now: ${sync.status}`);
  const info = (await demoEmulator(session)).info;
  const headers = { authorization: `Bearer ${info.ghec.token}`, 'user-agent': 'e2e-test', accept: 'application/vnd.github+json' };
  for (let i = 0; ; i++) {
    const status = /** @type {any} */ (await (await fetch(`${info.ghec.api_url}/enterprises/${info.ghec.enterprise}/license-sync-status`, { headers })).json());
    const last = status.server_instances.find((/** @type {any} */ s) => s.hostname === 'github.acme.example')?.last_sync;
    if (last && Date.parse(last.date) >= before - 1000) break;
    assert.ok(i < 100, 'GitHub never showed the new sync');
    await sleep(200);
  }
  setClock(Date.now());
  const recovered = await checkNow();
  assert.match(recovered, /1 change/, recovered);
  const news = (await notifications.waitForCount(baseline + 2)).slice(baseline + 1);
  assert.equal(news.length, 1, JSON.stringify(news));
  assert.match(news[0].summary, /github\.acme\.example/);
  assert.match(news[0].summary, /recover|sync/i);
  assert.equal(await session.execute('return document.querySelectorAll(\'[data-news-kind="recovered"]\').length'), 1);
  assert.equal((await settled()).length, baseline + 2);
  await session.screenshot(`${out}monitor-recovered.png`);
});

test('closing the window with the checks on keeps the app in the tray, and says so once', async () => {
  const app = appProcess();
  assert.ok(app, 'the app process is found');
  assert.equal(x11('state', app.display), 'mapped');
  const before = notifications.all().length;

  x11('close', app.display);
  const told = (await notifications.waitForCount(before + 1)).slice(before);
  assert.match(told[0].summary, /keeps checking in the background/);
  assert.match(told[0].body, /tray/);
  for (let i = 0; i < 50 && x11('state', app.display) !== 'unmapped'; i++) await sleep(100);
  assert.equal(x11('state', app.display), 'unmapped', 'the window is hidden, not closed');
  await sleep(1000);
  assert.ok(alive(app.pid), 'the app keeps running');
  assert.equal((/** @type {any} */ (await session.invoke('monitor_settings'))).told_about_tray, true);

  // A second launch brings the window back (single instance); closing it again says nothing.
  const second = spawn(APP_BINARY, ['--demo'], { env: { ...process.env, DISPLAY: app.display }, stdio: 'ignore' });
  const secondExit = new Promise((resolve) => second.once('exit', resolve));
  for (let i = 0; i < 100 && x11('state', app.display) !== 'mapped'; i++) await sleep(100);
  assert.equal(x11('state', app.display), 'mapped', 'a second launch shows the hidden window');
  await Promise.race([secondExit, sleep(10000)]);
  x11('close', app.display);
  for (let i = 0; i < 50 && x11('state', app.display) !== 'unmapped'; i++) await sleep(100);
  assert.equal(x11('state', app.display), 'unmapped');
  assert.equal((await settled()).length, before + 1, 'told once');
  assert.ok(alive(app.pid));
});

test('the tray menu: Check now checks, Open shows the window, Sync everything starts the License screen\'s, Quit quits', async () => {
  const app = appProcess();
  assert.ok(app);
  assert.equal(x11('state', app.display), 'unmapped', 'hidden in the tray from the test before');
  const labels = execFileSync('/usr/bin/python3', [TRAY_MENU, String(app.pid), 'labels'], { encoding: 'utf8' });
  for (const item of ['Open GHE License Sync', 'Check now', 'Sync everything', 'Quit']) assert.match(labels, new RegExp(`^${item}$`, 'm'));

  // Check now: the same check as the button; with the window hidden, "no change" is told too.
  const before = notifications.all().length;
  const last = (/** @type {any} */ (await session.invoke('monitor_status'))).last_check;
  setClock(Date.now() + 60_000); // a minute on: the check has a time of its own
  tray(app.pid, 'Check now');
  const [told] = (await notifications.waitForCount(before + 1)).slice(before);
  assert.match(told.summary, /no change/i, JSON.stringify(told));
  const status = /** @type {any} */ (await session.invoke('monitor_status'));
  assert.notEqual(status.last_check, last, 'the check ran');

  tray(app.pid, 'Open GHE License Sync');
  for (let i = 0; i < 50 && x11('state', app.display) !== 'mapped'; i++) await sleep(100);
  assert.equal(x11('state', app.display), 'mapped', 'Open shows the hidden window');

  // Sync everything: the License screen's one-click sync, pressed once that screen has read
  // GitHub (any hand-off it makes is recorded, not opened). A fresh demo session knows no
  // GitHub Connect instance and has checked no export, so each instance says what to do first.
  await session.click('nav a[data-screen="connections"]');
  tray(app.pid, 'Sync everything');
  const summary = await session.waitForText('[data-field="one-click-summary"]', /of 2 instances confirmed/, 30000);
  assert.equal(await session.execute('return location.hash'), '#/license');
  assert.match(summary, /export license usage first/);
  const activity = /** @type {any[]} */ (await session.invoke('activity', { limit: 5 }));
  assert.ok(activity.some((a) => a.kind === 'one_click_sync'), JSON.stringify(activity.map((a) => a.kind)));
  await session.screenshot(`${out}monitor-tray-sync-everything.png`);

  tray(app.pid, 'Quit');
  for (let i = 0; i < 100 && alive(app.pid); i++) await sleep(100);
  assert.equal(alive(app.pid), false, 'Quit ends the app');
});
