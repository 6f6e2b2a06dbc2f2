// The admin's language in the UI. Every sentence on screen is a message of locales/ (the
// same Fluent files the Rust side renders, sent by the backend through `locale_messages`),
// rendered here with @fluent/bundle; a message the language lacks comes from English, and
// an id English lacks too shows as "…" (a test keeps every id the UI names in English).
//
// - `t(id, args)`: a message's text (`id.attr` for an attribute).
// - `localize(root)`: fills `[data-l10n-id]` elements, the text from the message's value and
//   `title`, `aria-label`, `placeholder`, `alt` from its attributes; `data-l10n-args` is JSON.
// - `locale()`: the BCP 47 tag `Intl` formats numbers and dates with (`format.js`).
// - The pseudo-locale (the tests' `window.__GHLS_PSEUDO__`): English with every letter
//   accented and vowels doubled (about 40% longer), so any text not from these files, and
//   any label that does not fit, shows.
import { FluentBundle, FluentResource } from '@fluent/bundle';

/** @typedef {import('../bindings/LocaleMessages').LocaleMessages} LocaleMessages */
/** @typedef {import('../bindings/Lang').Lang} Lang */
/** @typedef {Record<string, string | number | Date | null | undefined>} Args */

/** @type {FluentBundle[]} the language's bundle, then English's */
let bundles = [];
/** @type {string} */
let tag = 'en';

const ACCENTED = Object.fromEntries([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]));

/** English, accented and about 40% longer: every vowel twice. @param {string} s */
export function pseudo(s) {
  let out = '';
  for (const c of s) {
    const a = ACCENTED[c];
    out += a === undefined ? c : 'aeiouyAEIOUY'.includes(c) ? a + a : a;
  }
  return out;
}

/**
 * Builds the bundles from the backend's message files. Syntax errors drop only the broken
 * message (and are reported on the console); the Rust tests keep the files whole.
 * @param {LocaleMessages} m
 * @param {{ pseudo?: boolean }} [opts]
 */
export function init(m, opts = {}) {
  const pseudoOn = opts.pseudo === true;
  tag = pseudoOn ? 'en' : m.state.lang;
  /** @param {string} lang @param {string} source @param {boolean} transform */
  const make = (lang, source, transform) => {
    const bundle = new FluentBundle(lang, { useIsolating: false, ...(transform ? { transform: pseudo } : {}) });
    const errors = bundle.addResource(new FluentResource(source));
    for (const e of errors) console.error('locales:', e);
    return bundle;
  };
  bundles = pseudoOn
    ? [make('en', m.english, true)]
    : [make(m.state.lang, m.messages, false), make('en', m.english, false)];
  document.documentElement.lang = pseudoOn ? 'en-XA' : m.state.lang;
}

/** The tag `Intl` formats with: the language in use. */
export function locale() {
  return tag;
}

/**
 * A message's text in the language in use; `id.attr` for an attribute.
 * @param {string} id
 * @param {Args} [args]
 */
export function t(id, args) {
  const [name, attr] = id.split('.');
  for (const bundle of bundles) {
    const message = bundle.getMessage(name);
    const pattern = attr ? message?.attributes[attr] : message?.value;
    if (pattern) {
      /** @type {Error[]} */
      const errors = [];
      const text = bundle.formatPattern(pattern, /** @type {any} */ (args ?? null), errors);
      for (const e of errors) console.error(`locales: ${id}:`, e.message);
      return text;
    }
  }
  console.error(`locales: no message ${id}`);
  return '…';
}

/** Whether a message (or `id.attr`) exists, in the language in use or English. @param {string} id */
export function has(id) {
  const [name, attr] = id.split('.');
  return bundles.some((b) => {
    const m = b.getMessage(name);
    return attr ? Boolean(m?.attributes[attr]) : Boolean(m?.value);
  });
}

const ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt', 'aria-description'];

/**
 * Fills every `[data-l10n-id]` element under `root` (and `root` itself): the message's value
 * as its text (when the message has one), its attributes as the element's.
 * @param {ParentNode & Node} [root]
 */
export function localize(root = document) {
  /** @type {Element[]} */
  const els = [...root.querySelectorAll('[data-l10n-id]')];
  if (root instanceof Element && root.hasAttribute('data-l10n-id')) els.unshift(root);
  for (const el of els) {
    const id = el.getAttribute('data-l10n-id') ?? '';
    const raw = el.getAttribute('data-l10n-args');
    /** @type {Args | undefined} */
    let args;
    try {
      args = raw ? JSON.parse(raw) : undefined;
    } catch {
      console.error(`locales: data-l10n-args of ${id} is not JSON`);
    }
    if (has(id)) el.textContent = t(id, args);
    for (const attr of ATTRIBUTES) {
      if (has(`${id}.${attr}`)) el.setAttribute(attr, t(`${id}.${attr}`, args));
    }
  }
}

/**
 * An element's `data-l10n-id` (and args), filled at once.
 * @template {Element} E
 * @param {E} el
 * @param {string} id
 * @param {Args} [args]
 * @returns {E}
 */
export function setL10n(el, id, args) {
  el.setAttribute('data-l10n-id', id);
  if (args) el.setAttribute('data-l10n-args', JSON.stringify(args));
  else el.removeAttribute('data-l10n-args');
  localize(/** @type {any} */ (el));
  return el;
}

/**
 * A message's text as DOM, with `**…**` shown in bold: GitHub's own button names, kept in
 * English beside their translation ("haz clic en **Export license usage** (Exportar uso de
 * licencia)"). Never parsed as HTML.
 * @param {string} id
 * @param {Args} [args]
 * @returns {DocumentFragment}
 */
export function tRich(id, args) {
  return rich(t(id, args));
}

/** `**…**` in a text as `<strong>`, the rest as text. @param {string} text */
export function rich(text) {
  const fragment = document.createDocumentFragment();
  text.split('**').forEach((part, i) => {
    if (!part) return;
    if (i % 2 === 1) {
      const strong = document.createElement('strong');
      strong.textContent = part;
      fragment.append(strong);
    } else {
      fragment.append(part);
    }
  });
  return fragment;
}
