// A server card's Quick links (issue 6): Export license usage over the admin shell (its UI
// lives in ../usage-export/), Upload a new license (a `.ghl` through the Manage API) after a
// confirmation, and Add server usage. The panel outlives the License screen's re-renders:
// the card takes the same element back.
import { h } from '../../lib/dom.js';
import { announce } from '../../lib/status.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { askLicenseUpload, baseName, runLicenseUpload } from '../license-upload/license-upload.js';
import { mountUsageExport, renderProblem } from '../usage-export/usage-export.js';

/** @typedef {import('../../bindings/ExportProgress').ExportProgress} ExportProgress */
/** @typedef {import('../../bindings/ExportOutcome').ExportOutcome} ExportOutcome */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * @typedef {object} QuickDeps
 * @property {(instance: string, onProgress: (p: ExportProgress) => void) => Promise<ExportOutcome | null>} exportUsage
 * @property {(instance: string) => Promise<boolean>} cancelExport
 * @property {() => Promise<string | null>} pickLicense
 * @property {import('../license-upload/license-upload.js').Upload} uploadLicense
 * @property {() => void} onLicenseChanged the License screen reads the figures again
 */

/**
 * @param {QuickDeps} deps
 * @param {{ id: string, name: string }} server
 */
export function mountQuickLinks(deps, server) {
  let uploading = false;
  let destroyed = false;

  const usageExport = mountUsageExport(deps, () => server);
  const uploadButton = h('button', { type: 'button', 'data-action': 'upload-license', onclick: () => { void runUpload(); } }, t('license-quick-upload'));
  const uploadRegion = h('div', { class: 'quick-result', 'data-region': 'license-upload', 'aria-live': 'polite' });
  const el = h('div', { class: 'quick-links-panel', 'data-region': 'quick-links' },
    h('hr', { class: 'divider' }),
    h('h3', {}, t('license-quick-links-title')),
    h('div', { class: 'quick-links' },
      usageExport.button,
      uploadButton,
      h('a', { class: 'button-link', href: '#/add-server-usage', 'data-action': 'quick-add-server-usage' }, t('license-add-server-usage'))),
    usageExport.region,
    uploadRegion);

  async function runUpload() {
    if (uploading) return;
    /** @type {string | null} */
    let path;
    try {
      path = await deps.pickLicense();
    } catch (e) {
      uploadRegion.replaceChildren(renderProblem(asErrorReport(e), t('license-quick-file-dialog-failed')));
      return;
    }
    if (!path || destroyed) return;
    const choice = await askLicenseUpload({ path, instances: [server], selected: server.id });
    uploadButton.focus();
    if (!choice) {
      announce(t('license-upload-not-uploaded', { file: baseName(path) }));
      return;
    }
    uploading = true;
    uploadButton.disabled = true;
    uploadButton.setAttribute('aria-busy', 'true');
    try {
      const outcome = await runLicenseUpload(uploadRegion, deps.uploadLicense, path, choice);
      if (outcome) deps.onLicenseChanged();
    } finally {
      uploading = false;
      uploadButton.disabled = false;
      uploadButton.removeAttribute('aria-busy');
    }
  }

  return {
    el,
    /** @param {string} name */
    rename(name) { server = { ...server, name }; },
    destroy() {
      destroyed = true;
      usageExport.destroy();
    },
  };
}
