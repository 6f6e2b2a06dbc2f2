// Debian's Chromium, headless, through playwright-core (never a downloaded browser), and the
// one set-up every UI test file shares: a static server for ui/ with the IPC mocked, one
// browser per file, and `open` for a screen on a fixture backend. A test fails when any page
// it opened could not render a message (ui/lib/l10n.js says so on the console): an id English
// lacks, however the UI named it (a ternary, a template), or arguments a message lacks.
import { after, afterEach, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startStaticServer } from './static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Where the UI tests write their screenshots (ends with `/`). */
export const shots = fileURLToPath(new URL('../../target/ui-screenshots/', import.meta.url));

/**
 * @typedef {object} OpenOptions
 * @property {string} [query] the fixture backend's scenario, e.g. `scenario=loaded&export=hold`
 *   (see tests/ui/browser/mock-ipc.js)
 * @property {string} [route] the screen (`consumed` opens `#/consumed`); none opens the default
 * @property {'light' | 'dark'} [colorScheme]
 * @property {{ width: number, height: number }} [viewport]
 * @property {boolean} [clipboard] grant clipboard read and write
 * @property {boolean} [noClipboard] a clipboard that refuses every write
 * @property {string | false} [ready] the selector that says the screen is ready; false waits for none
 * @property {number} [settle] milliseconds to wait once ready
 */

/**
 * @typedef {object} Opened
 * @property {import('playwright-core').Page} page
 * @property {string[]} errors the page's uncaught errors
 * @property {() => Promise<void>} close
 * @property {() => string[]} takeL10nErrors what l10n.js said on the console so far in this
 *   test, taken (so the test does not fail on it): for a test of that check itself
 */

/**
 * Starts the static server and Chromium before the file's tests and stops them after.
 * Call once at the top of a test file.
 * @param {Omit<OpenOptions, 'query'>} [defaults] what every `open` of the file shares
 * @returns {{ open: (opts?: OpenOptions) => Promise<Opened> }}
 */
export function uiHarness(defaults = {}) {
  /** @type {Awaited<ReturnType<typeof startStaticServer>> | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {string[]} what ui/lib/l10n.js said on the console in this test's pages */
  let l10nErrors = [];

  afterEach(() => {
    const said = [...new Set(l10nErrors)];
    l10nErrors = [];
    if (said.length) throw new Error(`messages a page could not render:\n${said.join('\n')}`);
  });

  before(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startStaticServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(opts = {}) {
      if (!server || !browser) throw new Error('uiHarness: open() before the before-hook ran');
      const o = { ...defaults, ...opts };
      const context = await browser.newContext({
        colorScheme: o.colorScheme ?? 'light',
        viewport: o.viewport ?? { width: 1280, height: 900 },
        permissions: o.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
      });
      const page = await context.newPage();
      if (o.noClipboard) {
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
        });
      }
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error' && m.text().startsWith('locales:')) l10nErrors.push(m.text());
      });
      await page.goto(`${server.url}/index.html?${o.query ?? ''}${o.route ? `#/${o.route}` : ''}`);
      const ready = o.ready ?? 'main[aria-busy="false"]';
      if (ready !== false) await page.waitForSelector(ready);
      if (o.settle) await page.waitForTimeout(o.settle);
      return {
        page,
        errors,
        close: () => context.close(),
        takeL10nErrors: () => l10nErrors.splice(0),
      };
    },
  };
}

/** The text of the first element `sel` matches. @param {import('playwright-core').Page} page @param {string} sel */
export const text = (page, sel) => page.locator(sel).first().innerText();
