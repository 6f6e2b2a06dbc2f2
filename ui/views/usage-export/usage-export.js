// Export license usage over the instance's admin shell (a server card's Quick link): the
// native Save dialog, live progress with Cancel, then the saved file's check and the way on
// to Add server usage with it.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { announce } from '../../lib/status.js';
import { t } from '../../lib/l10n.js';

/** @typedef {import('../../bindings/ExportProgress').ExportProgress} ExportProgress */
/** @typedef {import('../../bindings/ExportOutcome').ExportOutcome} ExportOutcome */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * @typedef {object} ExportDeps
 * @property {(instance: string, onProgress: (p: ExportProgress) => void) => Promise<ExportOutcome | null>} exportUsage
 * @property {(instance: string) => Promise<boolean>} cancelExport
 */

/** The hash that opens Add server usage with `path` checked. @param {string} path */
export function addServerUsageHash(path) {
  return `#/add-server-usage?path=${encodeURIComponent(path)}`;
}

/** What an export is doing, in words. @param {ExportProgress} p */
export function stageWords(p) {
  switch (p.stage) {
    case 'reading_version': return t('usage-export-reading-version');
    // The port is an address, not a quantity: no digit grouping.
    case 'connecting': return t('usage-export-connecting', { host: p.host, port: String(p.port), command: p.command });
    case 'receiving': return t('usage-export-receiving');
    case 'validating': return t('usage-export-validating');
  }
}

/**
 * The Export license usage button of one server and the region its progress and outcome go to.
 * @param {ExportDeps} deps
 * @param {() => { id: string, name: string }} current the server, as now named
 */
export function mountUsageExport(deps, current) {
  let exporting = false;
  let destroyed = false;
  const exportButton = h('button', { type: 'button', 'data-action': 'export-usage', onclick: () => { void runExport(); } }, t('usage-export-button'));
  const exportRegion = h('div', { class: 'quick-result', 'data-region': 'export', 'aria-live': 'polite' });

  async function runExport() {
    if (exporting) return;
    exporting = true;
    exportButton.disabled = true;
    exportButton.setAttribute('aria-busy', 'true');
    const stage = h('span', { 'data-field': 'export-stage' }, t('usage-export-choose'));
    const bytes = h('span', { class: 'sub', 'data-field': 'export-bytes' });
    const cancel = h('button', {
      type: 'button', 'data-action': 'cancel-export',
      onclick: () => {
        cancel.disabled = true;
        cancel.textContent = t('usage-export-cancelling');
        deps.cancelExport(current().id).catch(() => {});
      },
    }, t('widget-cancel'));
    exportRegion.replaceChildren(h('div', { class: 'export-progress', 'data-field': 'export-progress' },
      h('p', {}, h('span', { class: 'chip chip-busy' }, t('usage-export-chip')), ' ', stage, ' ', bytes),
      cancel));
    try {
      const outcome = await deps.exportUsage(current().id, (p) => {
        if (destroyed) return;
        stage.textContent = stageWords(p);
        bytes.textContent = p.stage === 'receiving' || p.stage === 'validating' ? fmt.bytes(p.bytes) : '';
      });
      if (!outcome) {
        exportRegion.replaceChildren(h('p', { class: 'note', 'data-field': 'export-not-saved' }, t('usage-export-dialog-cancelled')));
        announce(t('usage-export-dialog-cancelled-announce'));
      } else {
        exportRegion.replaceChildren(renderSaved(outcome));
        announce(t('usage-export-saved-announce', { name: current().name, path: outcome.path }));
        /** @type {HTMLElement | null} */ (exportRegion.querySelector('[data-action="add-server-usage-with"]'))?.focus();
      }
    } catch (e) {
      const r = asErrorReport(e);
      if (r.kind === 'cancelled') {
        exportRegion.replaceChildren(h('p', { class: 'note', 'data-field': 'export-cancelled' }, t('usage-export-cancelled')));
        announce(t('usage-export-cancelled-announce'));
      } else {
        exportRegion.replaceChildren(renderExportError(r));
        announce(t('usage-export-failed-announce', { name: current().name }));
      }
    } finally {
      exporting = false;
      exportButton.disabled = false;
      exportButton.removeAttribute('aria-busy');
      if (document.activeElement === document.body || !document.activeElement) exportButton.focus();
    }
  }

  return {
    button: exportButton,
    region: exportRegion,
    destroy() { destroyed = true; },
  };
}

/** @param {ExportOutcome} o */
function renderSaved(o) {
  const v = o.verdict;
  return h('div', { class: 'export-saved', 'data-field': 'export-saved' },
    h('p', {}, h('span', { class: 'chip chip-ok' }, t('usage-export-saved-chip')), ' ', h('code', { 'data-field': 'export-path' }, o.path)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('usage-export-size')), h('dd', { 'data-field': 'export-size' }, fmt.bytes(o.bytes)),
      h('dt', {}, t('usage-export-command')), h('dd', {}, h('code', { 'data-field': 'export-command' }, o.command)),
      o.version ? h('dt', {}, t('usage-export-version')) : null,
      o.version ? h('dd', {}, o.version) : null,
      h('dt', {}, t('usage-export-check')),
      h('dd', { 'data-field': 'export-verdict', 'data-verdict': v.status },
        v.status === 'accepted'
          ? t('usage-export-accepted', { host: v.export.host_name, warnings: v.warnings.length })
          : t('usage-export-refused', { message: v.message }))),
    v.status === 'accepted' && v.warnings.length
      ? h('ul', { class: 'export-warnings' }, v.warnings.map((w) => h('li', { 'data-warning': w.kind }, w.message)))
      : null,
    h('a', { class: 'button-link primary', href: addServerUsageHash(o.path), 'data-action': 'add-server-usage-with' }, t('usage-export-add-server-usage')));
}

/** @param {ErrorReport} e */
function renderExportError(e) {
  return renderProblem(e, t('usage-export-failed'));
}

/**
 * An error with its fix; ssh's fixes hold commands to run, so they keep their text as is.
 * @param {ErrorReport} e
 * @param {string} what
 */
export function renderProblem(e, what) {
  const steps = e.kind.startsWith('ssh_');
  return h('div', { class: 'problem', 'data-error-kind': e.kind },
    h('p', {}, h('strong', {}, what)),
    h('p', { 'data-field': 'error-message' }, e.message),
    e.fix
      ? (steps ? h('pre', { class: 'fix fix-steps', 'data-field': 'error-fix' }, e.fix) : h('p', { class: 'fix', 'data-field': 'error-fix' }, e.fix))
      : null);
}
