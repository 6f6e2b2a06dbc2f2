// The idle cost of background checks, for the README's Performance table: CPU time of the
// app's process per check, and resident memory while the window is hidden in the tray.
// Not part of CI. Run on a release build, under a private session bus:
//
//   cargo build --release -p ghe-license-sync --features tauri/custom-protocol
//   GHLS_APP_BINARY=target/release/ghe-license-sync dbus-run-session -- node tests/perf/monitor-idle.mjs
//
// The app runs --demo (its emulator in the same process answers the reads, so a check's
// cost includes serving them: an upper bound of the app's own share).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { findAppProcess, startApp } from '../support/app.mjs';
import { sleep } from '../support/webdriver.mjs';

const CHECKS = 30;
const TICKS = 100; // USER_HZ on Linux

const { session, stop } = await startApp({ name: 'monitor-idle', env: { GHLS_PERF_MARK: String(process.pid) } });
try {
  await session.waitFor('main[aria-busy="false"]', 60000);
  const app = appProcess();
  const s = /** @type {any} */ (await session.invoke('monitor_settings'));
  await session.invoke('set_monitor_settings', { settings: { ...s, enabled: true, every_hours: 168 } });
  await sleep(3000); // the loop's first check, and the page settling

  // Per check: Check now through the IPC, as the button calls it.
  const before = cpu(app.pid);
  const started = Date.now();
  for (let i = 0; i < CHECKS; i++) await session.invoke('monitor_check_now');
  const perCheck = (cpu(app.pid) - before) / CHECKS;
  const wall = (Date.now() - started) / CHECKS;

  // In the tray: the window closed (hidden), then a minute with the loop waiting.
  const x11 = fileURLToPath(new URL('../support/x11-window.py', import.meta.url));
  execFileSync('/usr/bin/python3', [x11, 'close', 'GHE License Sync'], { env: { ...process.env, DISPLAY: app.display } });
  await sleep(10000);
  const idleBefore = cpu(app.pid);
  await sleep(60000);
  const idlePerMinute = cpu(app.pid) - idleBefore;
  const rss = kb(app.pid);
  const web = children(app.pid).map((p) => ({ name: comm(p), rss: kb(p) }));
  console.log(JSON.stringify({
    checks: CHECKS,
    cpu_ms_per_check: Math.round(perCheck * 10) / 10,
    wall_ms_per_check: Math.round(wall),
    idle_cpu_ms_per_minute: idlePerMinute,
    app_rss_mb: Math.round(rss / 102.4) / 10,
    webkit_processes: web.map((w) => ({ name: w.name, rss_mb: Math.round(w.rss / 102.4) / 10 })),
    total_rss_mb: Math.round((rss + web.reduce((a, w) => a + w.rss, 0)) / 102.4) / 10,
  }, null, 2));
} finally {
  try {
    process.kill(appProcess().pid, 'SIGTERM');
  } catch { /* already gone */ }
  await stop();
}

/** The app this script started (its environment carries our mark). */
function appProcess() {
  const app = findAppProcess(`GHLS_PERF_MARK=${process.pid}`);
  if (!app) throw new Error('the app process was not found');
  return app;
}

/** CPU time (user + system) of `pid`, in ms. @param {number} pid */
function cpu(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

/** Resident memory of `pid`, in kB. @param {number} pid */
function kb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** @param {number} pid */
function comm(pid) {
  return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
}

/** The processes whose parent is `pid` (WebKit's web and network processes). @param {number} pid */
function children(pid) {
  return readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number).filter((p) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
}
