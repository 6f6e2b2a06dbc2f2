// A tiny W3C WebDriver client for WebKitWebDriver driving the real Tauri app, and the
// processes it needs (Xvfb, WebKitWebDriver), each killed when the test ends.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = a && typeof a !== 'string' ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Processes started by a test, killed in reverse order by `stopAll`. */
export class Processes {
  constructor() {
    /** @type {ChildProcess[]} */
    this.children = [];
  }

  /** @param {ChildProcess} child */
  track(child) {
    this.children.push(child);
    return child;
  }

  async stopAll() {
    for (const c of this.children.reverse()) {
      if (c.exitCode === null && c.signalCode === null) {
        c.kill('SIGTERM');
        await Promise.race([new Promise((r) => c.once('exit', r)), sleep(3000)]);
        if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      }
    }
  }
}

/**
 * Starts Xvfb on a free display (-displayfd) and returns the DISPLAY value.
 * @param {Processes} procs
 */
export async function startXvfb(procs) {
  const dir = mkdtempSync(join(tmpdir(), 'ghls-xvfb-'));
  const fdFile = join(dir, 'display');
  writeFileSync(fdFile, '');
  const fd = openSync(fdFile, 'w');
  procs.track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', fd],
  }));
  for (let i = 0; i < 100; i++) {
    const n = readFileSync(fdFile, 'utf8').trim();
    if (n) return `:${n}`;
    await sleep(50);
  }
  throw new Error('Xvfb did not report a display');
}

/**
 * Starts WebKitWebDriver (with Tauri's automation switch) on a free port.
 * @param {Processes} procs
 * @param {Record<string, string>} env
 * @param {string} logFile
 */
export async function startWebDriver(procs, env, logFile) {
  const port = await freePort();
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  procs.track(spawn('WebKitWebDriver', [`--host=127.0.0.1`, `--port=${port}`], {
    env: { ...process.env, ...env, TAURI_WEBVIEW_AUTOMATION: 'true' },
    stdio: ['ignore', log, log],
  }));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return url;
    } catch { /* not up yet */ }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not start; see ${logFile}`);
}

export class Session {
  /** A session that is not open yet: `open` starts it. @param {string} [base] @param {string} [id] */
  constructor(base = '', id = '') {
    this.base = base;
    this.id = id;
  }

  /**
   * Starts the app binary in a new session.
   * @param {string} driver
   * @param {string} binary
   * @param {string[]} args
   */
  static async start(driver, binary, args) {
    return new Session().open(driver, binary, args);
  }

  /**
   * Starts the app binary in this session.
   * @param {string} driver
   * @param {string} binary
   * @param {string[]} args
   */
  async open(driver, binary, args) {
    const r = await call('POST', `${driver}/session`, {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args } } },
    });
    this.base = driver;
    this.id = /** @type {any} */ (r).sessionId;
    return this;
  }

  /** @param {string} method @param {string} path @param {unknown} [body] */
  cmd(method, path, body) {
    return call(method, `${this.base}/session/${this.id}${path}`, body);
  }

  /** @param {string} css @returns {Promise<string | null>} */
  async find(css) {
    try {
      const r = /** @type {any} */ (await this.cmd('POST', '/element', { using: 'css selector', value: css }));
      return r[ELEMENT];
    } catch {
      return null;
    }
  }

  /** Waits until `css` matches an element. @param {string} css @param {number} [timeoutMs] */
  async waitFor(css, timeoutMs = 20000) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const el = await this.find(css);
      if (el) return el;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${css}`);
  }

  /** @param {string} css */
  async text(css) {
    const el = await this.waitFor(css);
    return /** @type {string} */ (await this.cmd('GET', `/element/${el}/text`));
  }

  /**
   * Waits until the text of `css` (empty while it is missing) matches `re`; returns it.
   * @param {string} css @param {RegExp} re @param {number} [timeoutMs]
   */
  async waitForText(css, re, timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < end) {
      last = String(await this.execute('return document.querySelector(arguments[0])?.textContent ?? ""', [css]));
      if (re.test(last)) return last;
      await sleep(100);
    }
    throw new Error(`${css}: waited for ${re}, last saw "${last}"`);
  }

  /** @param {string} css */
  async click(css) {
    const el = await this.waitFor(css);
    await this.cmd('POST', `/element/${el}/click`, {});
  }

  /** Runs async JS in the page: the last argument is the callback. @param {string} script @param {unknown[]} [args] */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  /** @param {string} script @param {unknown[]} [args] */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /**
   * Calls a backend command through the page's Tauri IPC.
   * @param {string} cmd
   * @param {Record<string, unknown>} [args]
   */
  invoke(cmd, args = {}) {
    return this.executeAsync(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then(done, (e) => done({ __error: String(e) }));`,
      [cmd, args],
    );
  }

  /**
   * Emits one of Tauri's drag-and-drop events in the page, as an OS file drop onto the
   * window does (the same event, through the same event system).
   * @param {'enter' | 'over' | 'drop' | 'leave'} type
   * @param {string[]} [paths]
   */
  dragEvent(type, paths = []) {
    return this.invoke('plugin:event|emit', {
      event: `tauri://drag-${type}`,
      payload: type === 'leave' ? null : { paths, position: { x: 300, y: 300 } },
    });
  }

  /** Saves a PNG after two animation frames (so the last DOM change is painted). @param {string} file */
  async screenshot(file) {
    await this.executeAsync('const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));');
    const b64 = /** @type {string} */ (await this.cmd('GET', '/screenshot'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(b64, 'base64'));
  }

  async close() {
    try {
      await call('DELETE', `${this.base}/session/${this.id}`);
    } catch { /* already gone */ }
  }
}

/** @param {string} method @param {string} url @param {unknown} [body] */
async function call(method, url, body) {
  const r = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = /** @type {any} */ (await r.json().catch(() => ({})));
  if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json.value ?? json)}`);
  return json.value;
}
