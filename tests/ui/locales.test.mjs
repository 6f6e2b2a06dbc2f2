// Every message the UI names exists in English (locales/en), so no screen ever shows a raw
// id or "…": `t('id')`, `tRich('id')`, `has('id')`, `uiError(kind, 'id', args, 'fix-id')`,
// `setL10n(el, 'id')`, `data-l10n-id="id"` and `'data-l10n-id': 'id'` in ui/. Ids built at
// run time (a ternary, a template) are checked where they render: every Chromium test fails
// on a message its pages could not render (tests/support/chromium.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentResource } from '@fluent/bundle';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} lang @returns {Map<string, Set<string>>} message id → its attributes */
function messagesOf(lang) {
  const dir = join(root, 'locales', lang);
  /** @type {Map<string, Set<string>>} */
  const out = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const res = new FluentResource(readFileSync(join(dir, f), 'utf8'));
    for (const m of res.body) {
      if (m.id.startsWith('-')) continue;
      out.set(m.id, new Set(Object.keys(m.attributes)));
    }
  }
  return out;
}

/** @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'vendor' || name === 'bindings' ? [] : sources(p);
    return /\.(js|html)$/.test(name) ? [p] : [];
  });
}

const patterns = [
  /\bt\(\s*'([a-z][a-z0-9.-]*)'/g,
  /\btRich\(\s*'([a-z][a-z0-9.-]*)'/g,
  /\btSlots\(\s*'([a-z][a-z0-9.-]*)'/g,
  /\bhas\(\s*'([a-z][a-z0-9.-]*)'/g,
  /\bsetL10n\([^,]+,\s*'([a-z][a-z0-9.-]*)'/g,
  /data-l10n-id="([a-z][a-z0-9.-]*)"/g,
  /'data-l10n-id':\s*'([a-z][a-z0-9.-]*)'/g,
  /\buiError\(\s*'[a-z_]+',\s*'([a-z][a-z0-9.-]*)'/g,
  /\buiError\(\s*'[a-z_]+',\s*'[a-z][a-z0-9.-]*',\s*[^,]+,\s*'([a-z][a-z0-9.-]*)'/g,
];

test('every message the UI names exists in English', () => {
  const english = messagesOf('en');
  assert.ok(english.size > 10, 'locales/en was read');
  const missing = [];
  let named = 0;
  for (const file of sources(join(root, 'ui'))) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        named++;
        const [id, attr] = m[1].split('.');
        const attrs = english.get(id);
        if (!attrs || (attr && !attrs.has(attr))) missing.push(`${file.slice(root.length)}: ${m[1]}`);
      }
    }
  }
  assert.ok(named > 10, `the UI names messages (${named} found)`);
  assert.deepEqual(missing, [], 'ids the UI names but locales/en lacks');
});

test('the message files parse in @fluent/bundle as in Rust: no junk in any language', () => {
  for (const lang of ['en', 'es', 'pt-BR']) {
    const dir = join(root, 'locales', lang);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      const source = readFileSync(join(dir, f), 'utf8');
      const res = new FluentResource(source);
      const ids = [...source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]);
      assert.deepEqual(res.body.map((m) => m.id).filter((id) => !id.startsWith('-')), ids, `${lang}/${f}: every message parsed`);
    }
  }
});
