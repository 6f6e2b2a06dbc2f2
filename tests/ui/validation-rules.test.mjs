// The Connections screen's as-you-type rules (ui/views/connections/rules.js) against the
// backend's: every case the Rust rules were run over (ui/bindings/validation-cases.json,
// written by crates/services/tests/validation_cases.rs) must get the same verdict here, and
// the same normalised value. No browser needed: the rules are plain functions.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

import * as l10n from '../../ui/lib/l10n.js';
import * as rules from '../../ui/views/connections/rules.js';

/** A language's message files joined, as the backend's `locale_messages` sends them. @param {string} lang */
function messagesOf(lang) {
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
}

/**
 * The rules speak through locales/ (ui/lib/l10n.js), as on the screen: here in `lang`. Node
 * has no page, so `init` gets the one thing of `document` it touches.
 * @param {'en' | 'es' | 'pt-BR'} lang
 */
function speak(lang) {
  /** @type {any} */ (globalThis).document ??= { documentElement: {} };
  l10n.init({ state: { choice: { kind: 'chosen', lang }, lang, system: 'en', languages: [] }, messages: messagesOf(lang), english: messagesOf('en') });
}
speak('en');

/** @type {{ cases: { rule: string, input: string, args?: unknown[], ok: boolean, value?: unknown, message?: string, filesystem?: boolean }[] }} */
const table = JSON.parse(readFileSync(new URL('../../ui/bindings/validation-cases.json', import.meta.url), 'utf8'));

/** The Rust rule's name → its JS twin. @type {Record<string, (input: string, ...args: any[]) => import('../../ui/views/connections/rules.js').Checked<unknown>>} */
const twins = {
  enterprise_slug: rules.enterpriseSlug,
  hostname: rules.hostname,
  ghec_api: rules.ghecApi,
  port_number: rules.portNumber,
  web_address: rules.webAddress,
  ssh_user: rules.sshUser,
  ssh_host: rules.sshHost,
  ca_bundle: rules.caBundle,
  ssh_file: rules.sshFile,
};

describe('as-you-type rules give the backend’s verdicts', () => {
  test('the table has cases for every rule the screen hints', () => {
    const seen = new Set(table.cases.map((c) => c.rule));
    for (const rule of Object.keys(twins)) assert.ok(seen.has(rule), `no case for ${rule}`);
    for (const rule of seen) assert.ok(rule in twins, `the screen has no rule for ${rule}`);
  });

  for (const rule of Object.keys(twins)) {
    test(rule, () => {
      const cases = table.cases.filter((c) => c.rule === rule);
      assert.ok(cases.length > 0);
      /** @type {string[]} */
      const drift = [];
      for (const c of cases) {
        const got = twins[rule](c.input, ...(c.args ?? []));
        // What only the backend can see (whether a file exists) it checks on Save; here the
        // rule must not refuse what the backend may accept.
        if (c.filesystem && !c.ok) {
          if (!got.ok) drift.push(`${JSON.stringify(c.input)}: refused, but only the file system can tell`);
          continue;
        }
        if (got.ok !== c.ok) {
          drift.push(`${JSON.stringify(c.input)}: backend ${c.ok ? 'accepts' : `refuses (${c.message})`}, screen ${got.ok ? 'accepts' : `refuses (${got.message})`}`);
        } else if (got.ok && c.ok) {
          const value = got.value;
          if (JSON.stringify(value) !== JSON.stringify(c.value)) drift.push(`${JSON.stringify(c.input)}: backend gives ${JSON.stringify(c.value)}, screen ${JSON.stringify(value)}`);
        }
      }
      assert.deepEqual(drift, [], `${rule} drifted from the backend`);
    });
  }
});

describe('hints', () => {
  test('a refusal becomes a hint with the problem and the fix; an empty optional field none', () => {
    const slug = rules.asHint(rules.enterpriseSlug, { emptyIsFine: true });
    assert.equal(slug(''), null);
    assert.equal(slug('acme'), null);
    const h = slug('Acme Corp');
    assert.match(h?.message ?? '', /capital letters/);
    assert.match(h?.fix ?? '', /did you mean acme-corp\?/);
    assert.notEqual(rules.asHint(rules.enterpriseSlug)(''), null, 'without emptyIsFine an empty slug is refused, as on Save');
  });

  test('a hint is in the admin’s language, with what was typed as typed', () => {
    try {
      speak('es');
      const slug = rules.asHint(rules.enterpriseSlug)('Acme Corp');
      assert.equal(slug?.message, '“Acme Corp” tiene mayúsculas; los slugs de empresa van en minúsculas.');
      assert.equal(slug?.fix, 'Los slugs de empresa tienen letras minúsculas, dígitos y guiones: ¿quisiste decir acme-corp?');
      const port = rules.portNumber('70000', 122);
      assert.equal(port.ok ? null : port.message, 'El puerto 70000 está fuera de rango.');
      speak('pt-BR');
      const host = rules.hostname('https://github.acme.example/');
      assert.equal(host.ok ? null : host.message, '“https://github.acme.example/” inclui um esquema (http:// ou https://).');
      assert.equal(host.ok ? null : host.fix, 'Informe só o nome do host: github.acme.example. HTTPS é uma configuração à parte.');
    } finally {
      speak('en');
    }
  });
});
