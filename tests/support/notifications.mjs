// The desktop's notification server, played by `notifications.py` on the test's session bus
// (the private bus of `dbus-run-session`): start it before the app, read what the app
// notified, stop it when the file ends. Needs Debian's python3-gi (scripts/setup --test).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { sleep } from './webdriver.mjs';

const SCRIPT = fileURLToPath(new URL('./notifications.py', import.meta.url));
/** Debian's python (with python3-gi), never a pyenv shim found first on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** @typedef {{ id: number, app_name: string, summary: string, body: string }} Notification */

/**
 * A running stand-in.
 * @typedef {object} NotificationServer
 * @property {string} file  the JSON lines it records
 * @property {() => Notification[]} all  every notification received so far
 * @property {(count: number, timeoutMs?: number) => Promise<Notification[]>} waitForCount  waits until at least `count` were received
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the stand-in and resolves once it owns `org.freedesktop.Notifications`.
 * @returns {Promise<NotificationServer>}
 */
export async function startNotificationServer() {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error('no session bus: run the tests under `dbus-run-session -- node --test ...`');
  }
  const file = join(mkdtempSync(join(tmpdir(), 'ghls-notifications-')), 'notifications.jsonl');
  writeFileSync(file, '');
  const child = spawn(PYTHON, [SCRIPT, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += String(d); });
  /** @type {string} */
  const first = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the notification stand-in did not start in 10 s: ${stderr}`)), 10000);
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.split('\n')[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the notification stand-in exited (${code}): ${stderr}`));
    });
  });
  if (first !== 'ready') {
    child.kill('SIGTERM');
    throw new Error(`the notification stand-in could not own org.freedesktop.Notifications (${first}): is another notification server on this bus?`);
  }

  const all = () => /** @type {Notification[]} */ (readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  return {
    file,
    all,
    async waitForCount(count, timeoutMs = 10000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const got = all();
        if (got.length >= count) return got;
        if (Date.now() > end) throw new Error(`expected ${count} notification(s) within ${timeoutMs} ms, got ${got.length}: ${JSON.stringify(got)}`);
        await sleep(100);
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(3000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
