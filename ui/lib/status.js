// The two ways the app speaks up: a polite live region for routine updates, and the
// banner (role=alert) for what stops the user, with what to do about it.
import { h } from './dom.js';
import * as fmt from './format.js';
import { t } from './l10n.js';

/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */

/** Announces a routine change to screen readers. @param {string} text */
export function announce(text) {
  const el = document.getElementById('status');
  if (!el) return;
  // Clearing first makes the same text be announced again.
  el.textContent = '';
  requestAnimationFrame(() => { el.textContent = text; });
}

/**
 * Shows the banner.
 * @param {{ title: string, message?: string, fix?: string | null, retry?: () => void }} b
 */
export function showBanner(b) {
  const el = document.getElementById('banner');
  if (!el) return;
  const parts = [
    h('strong', {}, b.title),
    b.message ? h('p', { 'data-field': 'banner-message' }, b.message) : null,
    b.fix ? h('p', { 'data-field': 'banner-fix' }, b.fix) : null,
    b.retry ? h('button', { type: 'button', class: 'primary', onclick: b.retry }, t('widget-try-again')) : null,
  ];
  el.replaceChildren(...parts.filter(/** @returns {p is HTMLElement} */ (p) => p !== null));
  el.hidden = false;
}

export function hideBanner() {
  const el = document.getElementById('banner');
  if (el) {
    el.hidden = true;
    el.replaceChildren();
  }
}

/**
 * An inline problem box for one part of a screen.
 * @param {ErrorReport} e
 * @param {string} [what] what could not be shown
 */
export function problem(e, what) {
  return h('div', { class: 'problem', 'data-error-kind': e.kind },
    what ? h('p', {}, h('strong', {}, what)) : null,
    h('p', { 'data-field': 'error-message' }, e.message),
    e.fix ? h('p', { class: 'fix', 'data-field': 'error-fix' }, e.fix) : null,
    e.documentation_url
      ? h('p', { class: 'github' }, `${t('widget-github-docs')} `, h('code', { 'data-field': 'error-docs' }, e.documentation_url))
      : null,
  );
}

/**
 * Where an export was saved, for the note under its buttons.
 * @param {import('../bindings/ExportResult').ExportResult} saved
 * @param {'row' | 'finding'} noun what a row is
 * @param {import('../bindings/ExportFormat').ExportFormat} format
 */
export function savedNote(saved, noun, format) {
  const args = { count: saved.rows, format: format.toUpperCase() };
  return h('p', { class: 'all-good' },
    `${noun === 'finding' ? t('widget-saved-findings', args) : t('widget-saved-rows', args)} `,
    h('code', { 'data-field': 'export-path' }, saved.path),
    ` · ${fmt.bytes(saved.bytes)}`);
}
