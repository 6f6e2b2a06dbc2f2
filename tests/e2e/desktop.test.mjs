// The app as a desktop app, through Tauri's official plugins, with the real binary under
// Xvfb (WebKitWebDriver): a second launch hands its file to the first window and exits
// (single instance, over the private session bus of `dbus-run-session`); the main window
// comes back with the size and place it had (window state, kept in the folder the test
// gives as XDG_CONFIG_HOME); and a hand-off reaches the desktop's own browser, file manager,
// clipboard and notification server (stand-ins on the test's display and session bus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { APP_BINARY, OUT as out, demoEmulator, workDir } from '../support/app.mjs';
import { startNotificationServer } from '../support/notifications.mjs';
import { Processes, Session, sleep, startWebDriver, startXvfb } from '../support/webdriver.mjs';

/** Debian's python (with python3-gi), never a pyenv shim found first on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Where the window-state plugin keeps its file: Tauri's app config folder, by identifier. */
const IDENTIFIER = JSON.parse(readFileSync(new URL('../../src-tauri/tauri.conf.json', import.meta.url), 'utf8')).identifier;

/**
 * The app on its own display (returned, for a second launch there).
 * @param {string} name
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
async function launch(name, args, env) {
  assert.ok(existsSync(APP_BINARY), `build the app first: ${APP_BINARY} is missing`);
  const procs = new Processes();
  const session = new Session();
  const stop = async () => {
    if (session.id) await session.close();
    await procs.stopAll();
  };
  try {
    const display = await startXvfb(procs);
    const driver = await startWebDriver(procs, { DISPLAY: display, ...env }, `${out}webkitwebdriver-${name}.log`);
    await session.open(driver, APP_BINARY, args);
    return { session, display, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Runs the app binary as a user would start it again; resolves with its exit code.
 * @param {string[]} args @param {string} cwd @param {Record<string, string>} env
 */
function launchAgain(args, cwd, env) {
  const child = spawn(APP_BINARY, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the second launch did not exit within 30 s (a second copy started?): ${stderr}`));
    }, 30000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

test('a second launch with a file brings it to the first window, on Add server usage, and exits', async (t) => {
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'run inside dbus-run-session: single instance meets the first app on the session bus');
  const work = workDir('desktop-second');
  const app = await launch('desktop-second', ['--demo'], {});
  t.after(app.stop);
  const { session } = app;
  await session.waitFor('main[aria-busy="false"]', 30000);
  assert.doesNotMatch(String(await session.execute('return location.hash')), /add-server-usage/);

  const emulator = await demoEmulator(session);
  const main = emulator.info.ghes.find((/** @type {any} */ g) => g.name === 'main');
  const r = await fetch(`${emulator.url}/_emulator/ghes/main/license-usage-export`);
  assert.equal(r.status, 200);
  writeFileSync(join(work, 'second-launch-usage.json'), Buffer.from(await r.arrayBuffer()));

  // As from a terminal in the file's folder: a relative path, taken from the second
  // launch's folder, not the first app's.
  const started = Date.now();
  const second = /** @type {any} */ (await launchAgain(['second-launch-usage.json'], work, {
    DISPLAY: app.display,
    GHLS_CONFIG_DIR: join(work, 'config'),
    GHLS_DATA_DIR: join(work, 'data'),
  }));
  assert.equal(second.code, 0, `the second launch exits successfully: ${second.stderr}`);
  assert.ok(Date.now() - started < 15000, 'the second launch exits quickly');

  await session.waitFor('[data-verdict="accepted"]', 20000);
  assert.match(String(await session.execute('return location.hash')), /^#\/add-server-usage/);
  assert.equal(await session.text('[data-field="host"]'), main.hostname);
  assert.equal(await session.text('[data-field="path"]'), join(work, 'second-launch-usage.json'));
  assert.equal(await session.execute('return document.querySelector("nav a[aria-current=page]")?.dataset.screen'), 'add-server-usage');
  // Given once: the page took it, nothing waits any more.
  assert.deepEqual(await session.invoke('take_opened_files'), []);
  await session.screenshot(`${out}desktop-second-launch.png`);

  // The same file again is checked again (a fresh card, not the old one left in place).
  await session.execute('document.querySelector("[data-verdict]").remove()');
  const again = /** @type {any} */ (await launchAgain([join(work, 'second-launch-usage.json')], work, { DISPLAY: app.display }));
  assert.equal(again.code, 0, again.stderr);
  await session.waitFor('[data-verdict="accepted"]', 20000);
});

test('a file on the first launch\'s command line opens on Add server usage', async (t) => {
  const work = workDir('desktop-first');
  // Not an export: the refusal card proves the file went through the same check.
  const file = join(work, 'notes.json');
  writeFileSync(file, '{"not": "a license-usage export"}');
  const app = await launch('desktop-first', ['--demo', file], {});
  t.after(app.stop);
  await app.session.waitFor('[data-verdict="refused"]', 30000);
  assert.equal(await app.session.text('[data-field="path"]'), file);
  assert.match(String(await app.session.execute('return location.hash')), /^#\/add-server-usage/);
});

test('the main window comes back with the size and place it had', async () => {
  const work = workDir('desktop-state');
  // Not the demo (which keeps nothing): settings, activity and window state in this test's folders.
  const env = { XDG_CONFIG_HOME: join(work, 'xdg-config'), GHLS_CONFIG_DIR: join(work, 'config'), GHLS_DATA_DIR: join(work, 'data') };
  const stateFile = join(env.XDG_CONFIG_HOME, IDENTIFIER, '.window-state.json');
  const wanted = { x: 40, y: 30, width: 900, height: 640 };

  let app = await launch('desktop-state-1', [], env);
  try {
    await app.session.waitFor('main[aria-busy="false"]', 30000);
    const first = /** @type {any} */ (await app.session.cmd('GET', '/window/rect'));
    assert.notEqual(first.width, wanted.width, 'the window does not start at the size the test sets');
    await app.session.cmd('POST', '/window/rect', wanted);
    assert.deepEqual(await app.session.cmd('GET', '/window/rect'), wanted);
    // Saved shortly after the window stops changing, before any exit: the session's end
    // kills the app.
    const end = Date.now() + 10000;
    while (!(existsSync(stateFile) && JSON.parse(readFileSync(stateFile, 'utf8')).main?.width === wanted.width) && Date.now() < end) await sleep(100);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
    assert.deepEqual(Object.keys(saved), ['main'], 'the main window only');
    assert.equal(saved.main.height, wanted.height);
  } finally {
    await app.stop();
  }

  app = await launch('desktop-state-2', [], env);
  try {
    await app.session.waitFor('main[aria-busy="false"]', 30000);
    assert.deepEqual(await app.session.cmd('GET', '/window/rect'), wanted);
    await app.session.screenshot(`${out}desktop-window-state.png`);
  } finally {
    await app.stop();
  }
});

/**
 * The file manager, played by `file-manager.py` on the session bus: the `ShowItems` calls.
 * @returns {Promise<{ shown: () => string[][], stop: () => Promise<void> }>}
 */
async function startFileManager() {
  const file = join(workDir('file-manager'), 'shown.jsonl');
  writeFileSync(file, '');
  const procs = new Processes();
  const child = procs.track(spawn(PYTHON, [fileURLToPath(new URL('../support/file-manager.py', import.meta.url)), file], { stdio: ['ignore', 'pipe', 'inherit'] }));
  const first = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`the file manager stand-in exited (${code})`)));
  });
  assert.equal(first, 'ready', 'the file manager stand-in owns org.freedesktop.FileManager1');
  return {
    shown: () => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).uris),
    stop: () => procs.stopAll(),
  };
}

/**
 * The text on the clipboard of `display`, read as another app there would (GTK).
 * @param {string} display
 * @returns {Promise<string>}
 */
function clipboardText(display) {
  const read = 'import gi\ngi.require_version("Gtk", "3.0")\nfrom gi.repository import Gtk, Gdk\nprint(Gtk.Clipboard.get(Gdk.SELECTION_CLIPBOARD).wait_for_text() or "", end="")';
  const child = spawn(PYTHON, ['-c', read], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  return new Promise((resolve) => child.on('exit', () => resolve(out)));
}

/** Waits until `get` returns something truthy. @template T @param {() => T} get @param {string} what */
async function eventually(get, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

test('a hand-off opens the desktop\'s browser, shows the file in its file manager, puts the path on its clipboard, and the end is notified', async (t) => {
  const work = workDir('desktop-handoff');
  // The desktop's default browser for web addresses: a desktop entry (found through
  // xdg-open's mimeapps.list) that writes down what it is asked to open.
  const xdgConfig = join(work, 'xdg-config');
  const xdgData = join(work, 'xdg-data');
  mkdirSync(xdgConfig, { recursive: true });
  mkdirSync(join(xdgData, 'applications'), { recursive: true });
  const browserLog = join(work, 'browser.log');
  writeFileSync(browserLog, '');
  const browser = join(work, 'browser.sh');
  writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${browserLog}'\n`, { mode: 0o755 });
  writeFileSync(join(xdgData, 'applications', 'ghls-test-browser.desktop'), `[Desktop Entry]\nType=Application\nName=Test browser\nExec=${browser} %u\n`);
  writeFileSync(join(xdgConfig, 'mimeapps.list'), '[Default Applications]\nx-scheme-handler/http=ghls-test-browser.desktop\nx-scheme-handler/https=ghls-test-browser.desktop\n');
  const notifications = await startNotificationServer();
  t.after(notifications.stop);
  const fileManager = await startFileManager();
  t.after(fileManager.stop);

  const app = await launch('desktop-handoff', ['--demo'], { XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData });
  t.after(app.stop);
  const { session } = app;
  await session.waitFor('main[aria-busy="false"]', 30000);
  // The demo opens GitHub's pages in an app window; an admin's choice is the browser.
  assert.equal(await session.invoke('set_handoff_setting', { how: 'browser' }), 'browser');
  const emulator = await demoEmulator(session);
  const legacy = emulator.info.ghes.find((/** @type {any} */ g) => g.name === 'legacy');
  const r = await fetch(`${emulator.url}/_emulator/ghes/legacy/license-usage-export`);
  assert.equal(r.status, 200);
  const file = join(work, 'legacy-license-usage.json');
  writeFileSync(file, Buffer.from(await r.arrayBuffer()));

  await session.click('nav a[data-screen="add-server-usage"]');
  await session.waitFor('[data-action="pick-file"][data-drop-ready="true"]');
  await session.dragEvent('drop', [file]);
  await session.waitFor('[data-verdict="accepted"]');
  await session.click('[data-action="upload"]');

  const url = await eventually(() => readFileSync(browserLog, 'utf8').split('\n').find(Boolean), 'the browser to be asked');
  assert.match(url, /\/ghec\/web\/enterprises\/acme\/licensing$/);
  assert.deepEqual(await eventually(() => fileManager.shown()[0], 'the file manager to be asked'), [pathToFileURL(file).href]);
  assert.equal(await clipboardText(app.display), file);
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Waiting for GitHub/);
  // The notes say what to do on the page, and nothing failed ("… could not be …").
  const notes = String(await session.execute('return document.querySelector("[data-watch] [data-field=watch-notes]")?.textContent ?? ""'));
  assert.match(notes, /its path is on the clipboard/);
  assert.doesNotMatch(notes, /could not/);
  await session.screenshot(`${out}desktop-handoff.png`);

  // The admin is in another app (the browser) when GitHub confirms: a window of another
  // app on the display takes the focus.
  const other = spawn(PYTHON, ['-c', 'import gi\ngi.require_version("Gtk", "3.0")\nfrom gi.repository import Gtk\nw = Gtk.Window(title="Another app")\nw.show_all()\nw.present()\nGtk.main()'], { env: { ...process.env, DISPLAY: app.display }, stdio: 'ignore' });
  t.after(() => { other.kill('SIGTERM'); });
  const end = Date.now() + 10000;
  while (await session.invoke('plugin:window|is_focused', { label: 'main' }) !== false && Date.now() < end) await sleep(100);
  assert.equal(await session.invoke('plugin:window|is_focused', { label: 'main' }), false, 'another app is in front');

  // The admin uploads the file on the page the browser got; GitHub confirms it.
  const form = new FormData();
  form.append('usage_file', new Blob([readFileSync(file)]), basename(file));
  const up = await fetch(`${url}/server-usage`, { method: 'POST', body: form, redirect: 'manual' });
  assert.ok(up.status < 400, `upload: ${up.status}`);
  await session.waitForText('[data-watch] [data-field="watch-chip"]', /Confirmed/, 60000);

  // The app is not in front: an OS notification tells the admin.
  const [shown] = await notifications.waitForCount(1);
  assert.match(shown.summary, /confirmed/);
  assert.match(shown.body, new RegExp(legacy.hostname.replace(/\./g, '\\.')));
  assert.equal(notifications.all().length, 1);
});
