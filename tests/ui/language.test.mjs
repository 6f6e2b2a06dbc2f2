// The admin's language in the UI (issue 17): the header's menu, the shell's own words in each
// language, numbers as each language writes them, and the pseudo-locale's rule that every
// word on screen comes from locales/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';

const ui = uiHarness();
/** @param {string} query @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query, opts = {}) => ui.open({ ...opts, query });

describe('Language', () => {
  test('the window speaks the language the backend sends, and says so to screen readers', async () => {
    const { page, errors } = await open('scenario=loaded&lang=es');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await text(page, 'nav a[data-screen="consumed"]'), 'Licencias consumidas');
    assert.equal(await page.getAttribute('nav', 'aria-label'), 'Pantallas');
    assert.equal(await text(page, '.skip-link'), 'Saltar al contenido');
    assert.equal(await page.locator('#language').inputValue(), 'es');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Brazilian Portuguese names the screens in Portuguese', async () => {
    const { page } = await open('scenario=loaded&lang=pt-BR');
    assert.equal(await page.getAttribute('html', 'lang'), 'pt-BR');
    assert.equal(await text(page, 'nav a[data-screen="add-server-usage"]'), 'Adicionar uso de servidor');
    assert.equal(await text(page, 'nav a[data-screen="history"]'), 'Histórico');
    await page.close();
  });

  test('choosing a language in the header saves it and reloads the window in it', async () => {
    const { page } = await open('scenario=loaded');
    assert.equal(await text(page, 'nav a[data-screen="activity"]'), 'Activity');
    const select = page.locator('#language');
    assert.match(await select.locator('option[value="system"]').innerText(), /^System language \(English\)$/);
    await Promise.all([page.waitForEvent('load'), select.selectOption('pt-BR')]);
    await page.waitForSelector('nav a[data-screen="activity"]:text("Atividade")');
    assert.equal(await page.locator('#language').inputValue(), 'pt-BR');
    assert.equal(await page.getAttribute('html', 'lang'), 'pt-BR');
    await page.close();
  });

  test('the language menu is reached and changed with the keyboard', async () => {
    const { page } = await open('scenario=loaded');
    await page.locator('#language').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
    assert.equal(await page.getAttribute('#language', 'aria-describedby'), 'language-note');
    assert.match(await text(page, 'label[for="language"]'), /^Language$/);
    await page.close();
  });

  test('the shell header fits in every language at a narrow window', async () => {
    for (const lang of ['en', 'es', 'pt-BR']) {
      const { page } = await open(`scenario=loaded&lang=${lang}`, { viewport: { width: 900, height: 700 } });
      const overflow = await page.evaluate(() => {
        const header = /** @type {HTMLElement} */ (document.querySelector('.app-header'));
        return [...header.querySelectorAll('a, label, select, .badge')].filter((el) => {
          const e = /** @type {HTMLElement} */ (el);
          return e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > header.getBoundingClientRect().right + 1);
        }).map((el) => el.textContent);
      });
      assert.deepEqual(overflow, [], `${lang}: header items clipped or outside the window`);
      if (lang !== 'en') await page.screenshot({ path: `${shots}header-${lang}.png` });
      await page.close();
    }
  });

  test('a message the UI names but English lacks, or renders without its arguments, is said on the console the harness watches', async () => {
    const { page, takeL10nErrors } = await open('scenario=loaded');
    const shown = await page.evaluate(async () => {
      const { t } = await import('./lib/l10n.js');
      return [t('no-such-message-anywhere'), t('consumed-kept-note')];
    });
    assert.equal(shown[0], '…', 'never a raw id on screen');
    await page.waitForTimeout(100);
    const said = takeL10nErrors();
    assert.ok(said.some((s) => /no message no-such-message-anywhere/.test(s)), said.join('\n'));
    assert.ok(said.some((s) => /consumed-kept-note/.test(s)), said.join('\n'));
    await page.close();
  });
});
