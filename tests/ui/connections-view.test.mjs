// The Connections screen in headless Chromium, with the backend mocked by a stand-in that
// keeps settings and secrets in page memory (tests/ui/browser/connections-backend.js):
// validation, secrets that are never shown back, the keyring-unavailable offer, Test
// connection chips, keyboard-only use and dark mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { shots, text, uiHarness } from '../support/chromium.mjs';

const ui = uiHarness({ route: 'connections', viewport: { width: 1100, height: 1000 }, ready: 'main[aria-busy="false"] [data-target="ghec"]' });
/** @param {string} [query] @param {import('../support/chromium.mjs').OpenOptions} [opts] */
const open = (query = '', opts = {}) => ui.open({ ...opts, query });

const main = '[data-instance="main"]';
const legacy = '[data-instance="legacy"]';

/**
 * Everything a secret could leak into: the DOM's text and markup, and every input's value.
 * @param {import('playwright-core').Page} page
 */
function pageText(page) {
  return page.evaluate(() => document.documentElement.outerHTML
    + [...document.querySelectorAll('input')].map((i) => i.value).join('\n'));
}

/**
 * Tabs forward until `selector` has the focus (keyboard only), at most 80 times.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** @param {import('playwright-core').Page} page */
const focused = (page) => page.evaluate(() => {
  const el = /** @type {HTMLElement} */ (document.activeElement);
  return { id: el.id, action: el.getAttribute('data-action'), outline: getComputedStyle(el).outlineStyle };
});

/**
 * Waits until the focus is on an element matching `selector` (a screen moves the focus once
 * it has rendered, which on a loaded machine is not at once), up to 5 s.
 * @param {import('playwright-core').Page} page @param {string} selector
 */
const focusReaches = (page, selector) =>
  page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 5000 }).catch(() => {});

describe('Connections screen', () => {
  test('shows each target with its settings, whether secrets are set, and untested chips', async () => {
    const { page, errors } = await open();
    assert.equal(await page.inputValue('#ghec-api-host'), 'api.github.com');
    assert.equal(await page.inputValue('#ghec-enterprise'), 'acme');
    assert.equal(await page.inputValue(`${main} [name="hostname"]`), 'github.acme.example');
    assert.match(await text(page, '[data-field="where"]'), /Demo: .*nothing is written to disk/);
    assert.equal(await page.locator('nav a[data-screen="connections"]').getAttribute('aria-current'), 'page');

    const token = page.locator('#ghec-token');
    assert.equal(await token.inputValue(), '', 'a secret is never filled back');
    assert.equal(await token.getAttribute('placeholder'), '••••• kept in memory (demo)');
    assert.equal(await token.isDisabled(), true);
    assert.equal(await page.locator('[data-target="ghec"] [data-action="replace-secret"]').isVisible(), true);
    assert.equal(await page.locator('[data-target="ghec"] [data-action="remove-secret"]').isVisible(), true);
    assert.equal(await page.locator(`${main} [data-secret="manage_password"] input`).getAttribute('placeholder'), 'Not set');

    for (const chip of await page.locator('[data-field="status-chip"]').all()) {
      assert.equal(await chip.innerText(), 'not tested');
    }
    // Plain HTTP is allowed only with the warning in view.
    assert.equal(await page.locator(`${legacy} [data-field="http-warning"]`).isVisible(), true);
    assert.equal(await page.locator(`${main} [data-field="http-warning"]`).isVisible(), false);
    await page.uncheck(`${main} [data-input="https"]`);
    assert.match(await text(page, `${main} [data-field="http-warning"]`), /unencrypted/);
    assert.equal(await page.locator('[data-field="dirty"]').isVisible(), true);
    await page.check(`${main} [data-input="https"]`);
    assert.equal(await page.locator(`${main} [data-field="http-warning"]`).isVisible(), false);
    assert.equal(await page.inputValue(`${legacy} [name="ca_bundle"]`), '/etc/ssl/certs/acme-ca.pem');
    assert.equal(await page.inputValue(`${main} [name="ssh.port"]`), '122');
    assert.ok(!(await pageText(page)).includes('right'), 'no secret in the page');
    await page.screenshot({ path: `${shots}connections-light.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('shapes are hinted as you type, and the backend names what it refuses on save', async () => {
    const { page } = await open();
    await page.fill('#ghec-enterprise', 'Acme Corp');
    await page.press('#ghec-enterprise', 'Tab');
    const slugError = '[data-name="ghec.enterprise"] [data-field="field-error"]';
    assert.match(await text(page, slugError), /capital letters/);
    assert.match(await text(page, slugError), /did you mean acme-corp\?/);
    assert.equal(await page.getAttribute('#ghec-enterprise', 'aria-invalid'), 'true');
    await page.fill('#ghec-enterprise', 'acme-corp');
    assert.equal(await page.locator(slugError).isHidden(), true, 'the hint goes once the shape is right');

    await page.fill('#ghec-api-host', 'octocorp.ghe.com');
    await page.press('#ghec-api-host', 'Tab');
    assert.match(await text(page, '[data-name="ghec.api_host"] [data-field="field-error"]'), /Enter api\.octocorp\.ghe\.com/);
    await page.fill('#ghec-api-host', 'api.octocorp.ghe.com');

    const host = `${main} [name="hostname"]`;
    await page.fill(host, 'https://github.acme.example/');
    await page.press(host, 'Tab');
    assert.match(await text(page, `${main} [data-name="hostname"] [data-field="field-error"]`), /includes a scheme/);
    assert.match(await text(page, `${main} [data-name="hostname"] [data-field="field-fix"]`), /Enter only the host name: github\.acme\.example/);
    await page.fill(host, 'github.acme.example');
    const port = `${main} [name="ssh.port"]`;
    await page.fill(port, '70000');
    await page.press(port, 'Tab');
    assert.match(await text(page, `${main} [data-name="ssh.port"] [data-field="field-error"]`), /out of range/);
    await page.fill(port, '122');

    // A duplicate host name only the backend knows about: its verdict marks the field.
    await page.fill(`${legacy} [name="hostname"]`, 'GitHub.acme.example');
    await page.click('[data-action="save"]');
    const legacyError = `${legacy} [data-name="hostname"] [data-field="field-error"]`;
    await page.waitForSelector(`${legacyError}:not([hidden])`);
    assert.match(await text(page, legacyError), /already configured as GHES instance 1/);
    assert.match(await text(page, '[data-region="save-status"]'), /1 field needs attention/);
    assert.equal((await focused(page)).id, 'ghes-legacy-hostname', 'the first refused field gets the focus');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.saved), undefined, 'nothing was saved');
    assert.match(await text(page, '#status'), /Not saved: 1 field needs attention/);
    await page.close();
  });

  test('a secret is set, replaced and removed, and its value is never shown back', async () => {
    const { page } = await open('connections=normal');
    assert.match(await text(page, '[data-field="where"]'), /Saved to \/home\/admin\/\.config\/ghe-license-sync\/settings\.json/);
    const secret = 'ghp_typed_secret_value_1';
    const input = `${main} [data-secret="token"] input`;
    assert.equal(await page.getAttribute(input, 'placeholder'), '••••• saved in the OS keyring');
    await page.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
    assert.equal((await focused(page)).id, 'ghes-main-token', 'Replace puts the cursor in the field');
    assert.equal(await page.getAttribute(input, 'type'), 'password');
    await page.fill(input, secret);
    assert.equal(await page.locator('[data-field="dirty"]').isVisible(), true);
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-field="save-result"]');
    assert.equal(await text(page, '[data-field="save-result"]'), 'Saved.');
    const received = await page.evaluate(() => /** @type {any} */ (window).__ipc.received);
    assert.deepEqual(received, [{ key: 'ghes:main/token', value: secret, keep: 'keyring' }]);
    assert.equal(await page.inputValue(input), '');
    assert.equal(await page.getAttribute(input, 'placeholder'), '••••• saved in the OS keyring');
    assert.ok(!(await pageText(page)).includes(secret), 'the saved secret is not in the page');

    // A new Management Console password: typed into an empty field, saved with the rest.
    const pw = `${main} [data-secret="manage_password"] input`;
    await page.fill(pw, 'console password');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => /** @type {any} */ (window).__ipc.received.length === 2);
    await page.waitForSelector(`${main} [data-secret="manage_password"][data-state="keyring"]`);
    assert.ok(!(await pageText(page)).includes('console password'));

    await page.click(`${main} [data-secret="token"] [data-action="remove-secret"]`);
    await page.waitForSelector(`${main} [data-secret="token"][data-state="not_set"]`);
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.deleted), ['ghes:main/token']);
    assert.equal(await page.getAttribute(input, 'placeholder'), 'Not set');
    assert.equal(await text(page, `${main} [data-secret="token"] [data-field="secret-status"]`), 'Not set.');
    assert.equal(await page.locator(`${main} [data-secret="token"] [data-action="replace-secret"]`).isHidden(), true);
    assert.match(await text(page, '#status'), /REST token removed/);
    await page.close();
  });

  test('without a keyring, it says so and offers to keep the secret for this session only', async () => {
    const { page } = await open('connections=no-keyring');
    assert.match(await text(page, `${main} [data-secret="token"] [data-field="secret-status"]`), /keyring could not be asked: The OS keyring is not available/);
    const secret = 'ghp_session_only_token';
    await page.fill(`${main} [data-secret="token"] input`, secret);
    await page.fill('#ghec-token', 'ghp_not_kept');
    await page.click('[data-action="save"]');
    const offer = `${main} [data-secret="token"] [data-region="keyring-offer"]`;
    await page.waitForSelector(`${offer}:not([hidden])`);
    assert.equal(await page.getAttribute(offer, 'role'), 'alert');
    assert.match(await text(page, offer), /The OS keyring is not available, so this was not saved/);
    assert.match(await text(page, offer), /forgotten when the app quits, and never written to a file/);
    assert.match(await text(page, '[data-field="save-result"]'), /Some secrets need your attention/);
    await page.screenshot({ path: `${shots}connections-no-keyring.png`, fullPage: true });

    await page.click(`${offer} [data-action="keep-session"]`);
    await page.waitForSelector(`${main} [data-secret="token"][data-state="session"]`);
    assert.match(await text(page, `${main} [data-secret="token"] [data-field="secret-status"]`), /kept for this session only/);
    assert.equal(await page.getAttribute(`${main} [data-secret="token"] input`, 'placeholder'), '••••• kept for this session only');
    const received = await page.evaluate(() => /** @type {any} */ (window).__ipc.received);
    assert.deepEqual(received.filter((/** @type {any} */ r) => r.key === 'ghes:main/token').map((/** @type {any} */ r) => r.keep), ['keyring', 'session']);

    // Declined for the enterprise's token: nothing kept, the field is emptied.
    const ghecOffer = '[data-target="ghec"] [data-region="keyring-offer"]';
    await page.click(`${ghecOffer} [data-action="discard-secret"]`);
    assert.equal(await page.locator(ghecOffer).isHidden(), true);
    assert.equal(await page.inputValue('#ghec-token'), '');
    assert.ok(!received.some((/** @type {any} */ r) => r.key === 'ghec/token' && r.keep === 'session'));
    const all = await pageText(page);
    assert.ok(!all.includes(secret) && !all.includes('ghp_not_kept'), 'no secret in the page');
    await page.close();
  });

  test('Test connection shows testing…, then connected or failed with what to do', async () => {
    const { page, errors } = await open('testhold=1');
    const chip = `${main} [data-field="status-chip"]`;
    await page.click(`${main} [data-action="test"]`);
    await page.waitForSelector(`${chip}[data-state="testing"]`);
    assert.equal(await text(page, chip), 'testing…');
    assert.equal(await page.getAttribute(`${main} [data-action="test"]`, 'aria-busy'), 'true');
    assert.match(await text(page, `${main} [data-region="test-result"]`), /Testing the connection to github\.acme\.example/);
    await page.evaluate(() => /** @type {any} */ (window).__ipc.testRelease());
    await page.waitForSelector(`${chip}[data-state="connected"]`);
    assert.equal(await text(page, chip), 'connected');
    assert.match(await text(page, `${main} [data-field="test-summary"]`), /GHES 3\.17\.4\): 1400 seats, 1316 used/);
    assert.match(await text(page, `${main} [data-field="manage-api"]`), /no password saved/);
    assert.match(await text(page, `${main} [data-field="test-timing"]`), /in 187 ms/);
    assert.match(await text(page, '#status'), /GHES github\.acme\.example: connected/);

    /**
     * Replaces the main token (saved first by Test connection) and tests again.
     * @param {string} token
     */
    async function testWith(token) {
      await page.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
      await page.fill(`${main} [data-secret="token"] input`, token);
      await page.click(`${main} [data-action="test"]`);
      await page.waitForFunction(() => typeof /** @type {any} */ (window).__ipc.testRelease === 'function');
      await page.evaluate(() => { const s = /** @type {any} */ (window).__ipc; const r = s.testRelease; s.testRelease = null; r(); });
      await page.waitForSelector(`${main} [data-action="test"]:not([aria-busy])`);
    }

    await testWith('wrong');
    assert.equal(await page.getAttribute(chip, 'data-state'), 'failed');
    assert.equal(await text(page, chip), 'failed');
    assert.equal(await page.getAttribute(`${main} .problem`, 'data-error-kind'), 'unauthorized');
    assert.match(await text(page, `${main} [data-field="error-message"]`), /401 Bad credentials/);
    assert.match(await text(page, `${main} [data-field="error-fix"]`), /Create a new token/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__ipc.saved), 1, 'the typed token was saved before testing');
    await page.screenshot({ path: `${shots}connections-failed.png`, fullPage: true });

    await testWith('not-admin');
    assert.match(await text(page, `${main} [data-field="error-fix"]`), /site administrator/);
    await testWith('tls');
    assert.equal(await page.getAttribute(`${main} .problem`, 'data-error-kind'), 'tls_unknown_issuer');
    assert.match(await text(page, `${main} [data-field="error-fix"]`), /custom CA bundle/);
    await testWith('<img src=x onerror="window.__pwned=true">');
    assert.match(await text(page, `${main} [data-field="error-message"]`), /<img src=x/);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined, 'GitHub text is never HTML');
    await testWith('right');
    assert.equal(await page.getAttribute(chip, 'data-state'), 'connected');

    await page.click('[data-target="ghec"] [data-action="test"]');
    await page.waitForFunction(() => typeof /** @type {any} */ (window).__ipc.testRelease === 'function');
    await page.evaluate(() => /** @type {any} */ (window).__ipc.testRelease());
    await page.waitForSelector('[data-target="ghec"] [data-field="status-chip"][data-state="connected"]');
    assert.equal(await text(page, '[data-target="ghec"] [data-field="learned-instances"]'), '2');
    assert.equal(await text(page, '[data-target="ghec"] [data-field="token-scopes"]'), 'read:enterprise, read:org');
    assert.equal(await text(page, `${legacy} [data-field="status-chip"]`), 'not tested', 'each target has its own chip');

    // The results stay while the admin looks at another screen.
    await page.click('nav a[data-screen="add-server-usage"]');
    await page.click('nav a[data-screen="connections"]');
    await page.waitForSelector(`main[aria-busy="false"] ${chip}`);
    assert.equal(await page.getAttribute(chip, 'data-state'), 'connected');
    assert.ok(!(await pageText(page)).includes('not-admin'), 'no secret in the page');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('keyboard only: add an instance, save it, test it, and remove it after confirming', async () => {
    const { page } = await open('connections=normal');
    await tabTo(page, '[data-action="add-instance"]');
    const f = await focused(page);
    assert.notEqual(f.outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await focusReaches(page, '[id^="ghes-new-"][id$="-hostname"]');
    assert.match((await focused(page)).id, /^ghes-new-\d+-hostname$/, 'the new instance’s host name gets the focus');
    await page.keyboard.type('ghes-lab.acme.example');
    await page.keyboard.press('Tab'); // Use HTTPS
    await page.keyboard.press('Tab'); // REST token
    await page.keyboard.type('right');
    await page.keyboard.press('Control+s');
    const card = '[data-instance="ghes-lab-acme-example"]';
    await page.waitForSelector(`${card} [data-secret="token"][data-state="keyring"]`);
    assert.equal(await text(page, `${card} h2`), 'ghes-lab.acme.example');

    await tabTo(page, `${card} [data-action="test"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${card} [data-field="status-chip"][data-state="connected"]`);

    await tabTo(page, `${card} [data-action="remove-instance"]`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[data-dialog="confirm"]');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /Remove ghes-lab\.acme\.example\?/);
    assert.match(await dialog.innerText(), /deleted from the OS keyring/);
    assert.equal((await focused(page)).action, 'cancel', 'the safe choice has the focus');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await focusReaches(page, '[data-action="remove-instance"]');
    assert.equal((await focused(page)).action, 'remove-instance', 'Escape cancels and returns the focus');
    assert.equal(await page.locator(card).count(), 1);

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).action, 'confirm');
    await page.keyboard.press('Enter');
    await page.waitForSelector(card, { state: 'detached' });
    assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__ipc.removed), ['ghes-lab-acme-example']);
    await focusReaches(page, '[data-action="add-instance"]');
    assert.equal((await focused(page)).action, 'add-instance');
    await page.waitForSelector('#status:has-text("was removed")', { timeout: 5000 }).catch(() => {});
    assert.match(await text(page, '#status'), /ghes-lab\.acme\.example was removed, with its secrets/);
    await page.close();
  });

  test('in the demo, Save says the settings stay in memory', async () => {
    const { page } = await open();
    await page.fill(`${legacy} [name="label"]`, 'Legacy (old DC)');
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-field="save-result"]');
    assert.equal(await text(page, '[data-field="save-result"]'), 'Saved in memory (demo): nothing was written to disk.');
    assert.equal(await text(page, `${legacy} h2`), 'Legacy (old DC)');
    await page.close();
  });

  test('with nothing configured, the screen invites to add the first connections', async () => {
    const { page } = await open('connections=empty');
    assert.equal(await page.inputValue('#ghec-enterprise'), '');
    assert.match(await text(page, '[data-field="no-instances"]'), /No instance yet/);
    assert.equal(await page.getAttribute('#ghec-token', 'placeholder'), 'Not set');
    await page.close();
  });

  test('dark mode follows the system', async () => {
    const { page } = await open('', { colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
    assert.equal(await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('#ghec-enterprise'))).backgroundColor), 'rgb(21, 27, 35)');
    await page.check('[data-instance="main"] [data-input="https"]');
    await page.screenshot({ path: `${shots}connections-dark.png`, fullPage: true });
    await page.close();
  });
});

test('hand-off page addresses, the Manage API address and the admin shell’s own files are optional fields with the backend’s rules, kept on save', async () => {
  const { page, errors } = await open();
  await page.click('[data-target="ghec"] details.advanced summary');
  assert.match(await text(page, '[data-name="ghec.licensing_url"] .hint'), /If the page moved: Your enterprises → acme → Billing and licensing → Licensing\./);
  await page.fill('#ghec-licensing-url', 'http://github.com/enterprises/acme/licensing');
  await page.press('#ghec-licensing-url', 'Tab');
  assert.match(await text(page, '[data-name="ghec.licensing_url"] [data-field="field-error"]'), /plain http/);
  await page.fill('#ghec-licensing-url', 'https://github.com/enterprises/acme/billing/licensing');

  await page.click(`${main} details.advanced summary`);
  assert.match(await text(page, `${main} [data-name="license_page_url"] .hint`), /If the page moved: Enterprise settings → Settings → License\./);
  assert.match(await text(page, `${main} [data-name="connect_page_url"] .hint`), /If the page moved: Enterprise settings → GitHub Connect\./);
  const licensePage = `${main} [name="license_page_url"]`;
  await page.fill(licensePage, 'github.acme.example/license');
  await page.press(licensePage, 'Tab');
  assert.match(await text(page, `${main} [data-name="license_page_url"] [data-field="field-error"]`), /is not an address/);
  await page.fill(licensePage, 'https://github.acme.example/new/license/');
  const slug = `${main} [name="enterprise_slug"]`;
  await page.fill(slug, 'Acme');
  await page.press(slug, 'Tab');
  assert.match(await text(page, `${main} [data-name="enterprise_slug"] [data-field="field-error"]`), /capital letters/);
  await page.fill(slug, 'acme');
  await page.fill(`${main} [name="manage_url"]`, 'https://github.acme.example:9443');

  const knownHosts = `${main} [name="ssh.known_hosts"]`;
  await page.fill(knownHosts, 'known_hosts');
  await page.press(knownHosts, 'Tab');
  assert.match(await text(page, `${main} [data-name="ssh.known_hosts"] [data-field="field-error"]`), /not a full path/);
  await page.fill(knownHosts, '~/.ssh/ghes_known_hosts');
  await page.fill(`${main} [name="ssh.identity_file"]`, '~/.ssh/id_ghes');

  await page.click('[data-action="save"]');
  await page.waitForFunction(() => /** @type {any} */ (window).__ipc.saved === 1);
  await page.waitForSelector('[data-field="dirty"][hidden]', { state: 'attached' });
  assert.equal(await page.inputValue('#ghec-licensing-url'), 'https://github.com/enterprises/acme/billing/licensing');
  assert.equal(await page.inputValue(licensePage), 'https://github.acme.example/new/license');
  assert.equal(await page.inputValue(slug), 'acme');
  assert.equal(await page.inputValue(`${main} [name="manage_url"]`), 'https://github.acme.example:9443');
  assert.equal(await page.inputValue(knownHosts), '~/.ssh/ghes_known_hosts');
  assert.equal(await page.inputValue(`${main} [name="ssh.identity_file"]`), '~/.ssh/id_ghes');
  assert.equal(await page.locator(`${main} details.advanced`).getAttribute('open'), '', 'set overrides keep More settings open');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the hand-off setting shows the saved choice and saves a new one at once', async () => {
  const { page, errors } = await open();
  await page.waitForSelector('[data-region="handoff"] fieldset:not([disabled])');
  assert.equal(await page.locator('[data-handoff="browser"]').isChecked(), true);
  await page.locator('[data-handoff="app_window"]').focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /** @type {any} */ (window).__ipc.handoff === 'app_window');
  assert.match(await text(page, '[data-field="handoff-status"]'), /window of this app/);
  assert.deepEqual(errors, []);
  await page.close();
});

describe('Connections in the admin’s language', () => {
  /**
   * Replaces the main instance's token (saved first by Test connection) and tests it.
   * @param {import('playwright-core').Page} page
   * @param {string} token
   */
  async function testWith(page, token) {
    await page.click(`${main} [data-secret="token"] [data-action="replace-secret"]`);
    await page.fill(`${main} [data-secret="token"] input`, token);
    await page.click(`${main} [data-action="test"]`);
    await page.waitForSelector(`${main} [data-action="test"]:not([aria-busy]) >> xpath=ancestor::section[1]//*[@data-field="status-chip"][@data-state="failed"]`);
  }

  test('in Spanish, a failed Test connection and a refused field are said in Spanish, and the backend’s and GitHub’s words as they arrive', async () => {
    const { page, errors } = await open('lang=es');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await text(page, 'h1'), 'Conexiones');
    assert.equal(await text(page, '[data-action="save"]'), 'Guardar');
    assert.equal(await page.getAttribute('[data-action="save"]', 'title'), 'Guardar las conexiones (Ctrl+S)');
    assert.match(await text(page, '[data-field="where"]'), /^Demo: estas son las conexiones de la demo/);
    assert.equal(await text(page, `${main} [data-field="status-chip"]`), 'sin probar');
    assert.equal(await text(page, `${main} label[for="ghes-main-https"]`), 'Usar HTTPS');
    // GitHub's own labels keep their English names, with the translation beside them.
    await page.click('[data-target="ghec"] details.advanced summary');
    assert.match(await text(page, '[data-name="ghec.licensing_url"] .hint'), /“Add server usage” \(Agregar uso del servidor\)\. Si la página se movió: Your enterprises \(Tus empresas\) → acme → Billing and licensing \(Facturación y licencias\) → Licensing \(Licencias\)\./);

    await testWith(page, 'wrong');
    assert.equal(await text(page, `${main} [data-field="status-chip"]`), 'falló');
    assert.match(await text(page, `${main} .problem`), /^La prueba de conexión falló/);
    assert.match(await text(page, `${main} [data-field="error-message"]`), /GitHub answered 401 Bad credentials/, 'the backend’s words stay as they arrive');
    assert.match(await text(page, `${main} [data-field="test-timing"]`), /^Probada a las \d{1,2}:\d\d:\d\d, en 187 ms\.$/);
    assert.match(await text(page, '#status'), /^GHES github\.acme\.example: falló\. GHES github\.acme\.example: GET/);

    await page.click('[data-target="ghec"] [data-action="test"]');
    await page.waitForSelector('[data-target="ghec"] [data-field="status-chip"][data-state="connected"]');
    assert.equal(await text(page, '[data-target="ghec"] [data-field="status-chip"]'), 'conectada');
    assert.match(await text(page, '[data-target="ghec"] .facts'), /Instancias de servidor\s+2\s+Alcances del token\s+read:enterprise, read:org/);

    // As you type: the screen's own rule, in Spanish, with what was typed as typed.
    await page.fill('#ghec-enterprise', 'Acme Corp');
    await page.press('#ghec-enterprise', 'Tab');
    const slugError = '[data-name="ghec.enterprise"] [data-field="field-error"]';
    assert.equal(await text(page, `${slugError} [data-field="field-message"]`), '“Acme Corp” tiene mayúsculas; los slugs de empresa van en minúsculas.');
    assert.equal(await text(page, `${slugError} [data-field="field-fix"]`), 'Los slugs de empresa tienen letras minúsculas, dígitos y guiones: ¿quisiste decir acme-corp?');
    await page.fill('#ghec-enterprise', 'acme');

    // Refused on Save: the backend's verdict on its field, the count in Spanish.
    await page.fill(`${legacy} [name="hostname"]`, 'GitHub.acme.example');
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-region="save-status"] .problem');
    assert.match(await text(page, `${legacy} [data-name="hostname"] [data-field="field-error"]`), /already configured as GHES instance 1/);
    assert.equal(await text(page, '[data-region="save-status"] strong'), '1 campo necesita atención');
    assert.equal(await text(page, '[data-region="save-status"] .fix'), 'No se guardó nada. Los campos están marcados más abajo.');
    assert.equal(await text(page, '#status'), 'No se guardó: 1 campo necesita atención.');
    await page.screenshot({ path: `${shots}connections-failed-es.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('in Brazilian Portuguese, a failed Test connection and two refused fields are said in Portuguese, with the plural', async () => {
    const { page, errors } = await open('lang=pt-BR');
    assert.equal(await text(page, 'h1'), 'Conexões');
    assert.equal(await text(page, '[data-action="add-instance"]'), 'Adicionar instância');
    assert.equal(await text(page, `${main} [data-field="status-chip"]`), 'não testada');
    assert.match(await text(page, `${main} [data-name="hostname"] .hint`), /^O nome da instância como está no certificado dela/);

    await testWith(page, 'tls');
    assert.equal(await text(page, `${main} [data-field="status-chip"]`), 'falhou');
    assert.match(await text(page, `${main} .problem`), /^O teste de conexão falhou/);
    assert.match(await text(page, `${main} [data-field="error-fix"]`), /Set a custom CA bundle/, 'the backend’s fix stays as it arrives');
    assert.match(await text(page, `${main} [data-field="test-timing"]`), /^Testada às \d{1,2}:\d\d:\d\d, em 187 ms\.$/);

    const port = `${main} [name="ssh.port"]`;
    await page.fill(port, '70000');
    await page.press(port, 'Tab');
    assert.equal(await text(page, `${main} [data-name="ssh.port"] [data-field="field-message"]`), 'A porta 70000 está fora do intervalo.');
    assert.equal(await text(page, `${main} [data-name="ssh.port"] [data-field="field-fix"]`), 'Informe uma porta de 1 a 65535 (o shell de administração do GHES escuta na 122).');
    await page.fill(`${legacy} [name="hostname"]`, 'GitHub.acme.example');
    await page.click('[data-action="save"]');
    await page.waitForSelector('[data-region="save-status"] .problem');
    assert.equal(await text(page, '[data-region="save-status"] strong'), '2 campos precisam de atenção');
    assert.equal(await text(page, '#status'), 'Não salvo: 2 campos precisam de atenção.');
    assert.equal((await focused(page)).id, 'ghes-main-ssh-port', 'the first refused field gets the focus');
    await page.screenshot({ path: `${shots}connections-failed-pt-BR.png`, fullPage: true });

    // Removing an instance asks in Portuguese.
    await page.click(`${legacy} [data-action="remove-instance"]`);
    const dialog = page.locator('dialog[data-dialog="confirm"]');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /Remover Legacy\?/);
    assert.match(await dialog.innerText(), /excluídos do chaveiro do sistema/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
