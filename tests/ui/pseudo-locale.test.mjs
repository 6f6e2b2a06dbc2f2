// The pseudo-locale run (issue 17): every screen rendered in English accented and about 40%
// longer (ui/lib/l10n.js `pseudo`). Any word of plain ASCII letters left on screen that the
// backend did not send (the mock records every word of its answers as data) is text that
// does not come from locales/; any label (or placeholder) whose text no longer fits is
// clipped. Then every screen in Spanish and Brazilian Portuguese: nothing clipped, and
// photographed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, uiHarness } from '../support/chromium.mjs';
import { backendWords, plainWords } from '../support/pseudo.mjs';

const ui = uiHarness({ viewport: { width: 1280, height: 900 } });

/**
 * What the screen shows that is not translated (plain words neither the backend sent nor
 * `Intl` wrote), and the labels that do not fit.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ english: string[], clipped: string[] }>}
 */
async function audit(page) {
  // Example addresses in placeholders (https://HOST/api/v3) are data, like the addresses.
  await page.evaluate(() => { for (const el of document.querySelectorAll('[placeholder*="://"]')) el.removeAttribute('placeholder'); });
  const data = await backendWords(page);
  // File formats are named the same in every language.
  data.push('CSV', 'JSON');
  const english = (await plainWords(page, { data, roots: ['body'], skip: 'code, kbd, samp, pre, script, style, noscript, .visually-hidden' })).sort();
  const clipped = await page.evaluate(() => {
    const labels = 'button, a, label, th, legend, summary, h1, h2, h3, h4, .badge, .chip, [role="tab"]';
    const cut = [...document.querySelectorAll(labels)].filter((el) => {
      const e = /** @type {HTMLElement} */ (el);
      if (!e.checkVisibility() || e.closest('.visually-hidden')) return false;
      const s = getComputedStyle(e);
      const hides = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
      if ((hides && e.scrollWidth > e.clientWidth + 1) || e.getBoundingClientRect().right > window.innerWidth + 1) return true;
      // Cut by a box that hides what overflows it (a table's header cell), not one that scrolls.
      const r = e.getBoundingClientRect();
      for (let p = e.parentElement, up = 0; p && up < 3; p = p.parentElement, up++) {
        const ps = getComputedStyle(p);
        if (ps.overflowX === 'hidden' || ps.overflowX === 'clip') {
          const pr = p.getBoundingClientRect();
          return r.right > pr.right + 1 || r.left < pr.left - 1 || (ps.textOverflow === 'ellipsis' && p.scrollWidth > p.clientWidth + 1);
        }
      }
      return false;
    }).map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
    // A placeholder longer than its field is cut off as the admin reads it.
    const ctx = /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d'));
    const cutPlaceholders = [...document.querySelectorAll('input[placeholder]')].filter((el) => {
      const e = /** @type {HTMLInputElement} */ (el);
      if (!e.checkVisibility()) return false;
      const s = getComputedStyle(e);
      ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return ctx.measureText(e.placeholder).width > room + 1;
    }).map((el) => `placeholder: ${/** @type {HTMLInputElement} */ (el).placeholder.slice(0, 60)}`);
    return [...cut, ...cutPlaceholders];
  });
  return { english, clipped };
}

/** @type {{ name: string, route: string, query?: string, ready?: string, act?: (page: import('playwright-core').Page) => Promise<void> }[]} */
const screens = [
  { name: 'license', route: 'license', query: 'scenario=loaded' },
  { name: 'add-server-usage', route: 'add-server-usage', query: `opened=${encodeURIComponent('/home/admin/Downloads/ghes-legacy-license-usage.json')}`, ready: '[data-verdict="accepted"]' },
  { name: 'add-server-usage-refused', route: 'add-server-usage', query: `opened=${encodeURIComponent('/home/admin/Downloads/github-enterprise.ghl')}`, ready: '[data-verdict="refused"]' },
  { name: 'consumed', route: 'consumed', query: 'consumed=cached' },
  { name: 'duplicates', route: 'duplicates', query: 'consumed=cached' },
  { name: 'connections', route: 'connections', ready: 'main[aria-busy="false"] [data-target="ghec"]' },
  { name: 'activity', route: 'activity' },
  { name: 'history', route: 'history', query: 'history=kept' },
];

describe('Pseudo-locale', () => {
  for (const s of screens) {
    test(`${s.name}: every word comes from the messages or the data, and every label fits`, async () => {
      const { page, errors } = await ui.open({ route: s.route, query: `${s.query ?? ''}&pseudo=1`, ...(s.ready ? { ready: s.ready } : {}) });
      if (s.act) await s.act(page);
      await page.waitForTimeout(200);
      const { english, clipped } = await audit(page);
      await page.screenshot({ path: `${shots}pseudo-${s.name}.png`, fullPage: true });
      assert.deepEqual(english, [], `${s.name}: English words not from locales/ nor from the data`);
      assert.deepEqual(clipped, [], `${s.name}: labels that do not fit`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

// The same screens in Spanish and Brazilian Portuguese, whose sentences run longer than
// English's: labels still fit, the page says its language, and each screen is photographed
// (target/ui-screenshots/screen-<name>-<lang>.png; the fixture backend's own sentences stay
// English there, as it sends them; the real app's are in docs/screenshots/language/).
describe('Every screen in Spanish and Brazilian Portuguese', () => {
  for (const lang of ['es', 'pt-BR']) {
    for (const s of screens) {
      test(`${s.name} in ${lang}: every label fits`, async () => {
        const { page, errors } = await ui.open({ route: s.route, query: `${s.query ?? ''}&lang=${lang}`, ...(s.ready ? { ready: s.ready } : {}) });
        if (s.act) await s.act(page);
        await page.waitForTimeout(200);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        const { clipped } = await audit(page);
        await page.screenshot({ path: `${shots}screen-${s.name}-${lang}.png`, fullPage: true });
        assert.deepEqual(clipped, [], `${s.name} in ${lang}: labels that do not fit`);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});
