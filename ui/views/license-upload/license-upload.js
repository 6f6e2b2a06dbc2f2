// Upload a new license: the confirmation that names the instance (Cancel focused, Apply now
// on by default), then the upload and what the instance reports afterwards. Shared by the
// License screen (a card's Quick link) and Add server usage (a dropped `.ghl`).
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { announce, problem } from '../../lib/status.js';
import { askModal } from '../../widgets/dialog.js';
import { t } from '../../lib/l10n.js';

/** @typedef {import('../../bindings/LicenseUploadOutcome').LicenseUploadOutcome} LicenseUploadOutcome */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {{ id: string, name: string }} Instance */
/** @typedef {{ instance: string, name: string, apply: boolean }} UploadChoice */
/** @typedef {(instance: string, path: string, apply: boolean) => Promise<LicenseUploadOutcome>} Upload */

/** @param {string} path */
export function baseName(path) {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * Asks before uploading `path`. With one instance the question names it; with several, a
 * select chooses one and the question follows the choice.
 * @param {{ path: string, instances: Instance[], selected?: string }} o
 * @returns {Promise<UploadChoice | null>} null when cancelled
 */
export function askLicenseUpload(o) {
  const file = baseName(o.path);
  const title = h('h2', { id: 'license-upload-title', 'data-field': 'upload-question' });
  const chooser = o.instances.length > 1
    ? h('select', { id: 'license-upload-instance', 'data-field': 'upload-instance' },
      o.instances.map((i) => h('option', { value: i.id, selected: i.id === o.selected }, i.name)))
    : null;
  const apply = h('input', { type: 'checkbox', id: 'license-upload-apply', 'data-field': 'upload-apply', checked: true, 'aria-describedby': 'license-upload-apply-help' });
  const applyHelp = h('p', { id: 'license-upload-apply-help', class: 'note' });
  const text = h('p', { id: 'license-upload-text', 'data-field': 'upload-text' });
  const no = h('button', { type: 'button', 'data-action': 'cancel-upload', autofocus: true }, t('widget-cancel'));
  const yes = h('button', { type: 'button', class: 'primary', 'data-action': 'confirm-upload' }, t('license-upload-confirm'));

  const chosen = () => {
    const id = chooser ? chooser.value : (o.selected ?? o.instances[0]?.id ?? '');
    return o.instances.find((i) => i.id === id) ?? { id, name: id };
  };
  const paint = () => {
    const name = chosen().name;
    title.textContent = t('license-upload-question', { file, name });
    text.textContent = t('license-upload-text', { name });
    applyHelp.textContent = apply.checked ? t('license-upload-apply-now') : t('license-upload-apply-later');
  };
  chooser?.addEventListener('change', paint);
  apply.addEventListener('change', paint);
  paint();

  return askModal({
    name: 'license-upload',
    className: 'confirm license-upload-dialog',
    titleId: 'license-upload-title',
    textId: 'license-upload-text',
    content: [
      title,
      chooser ? h('div', { class: 'field' }, h('label', { for: 'license-upload-instance' }, t('license-upload-instance')), chooser) : null,
      text,
      h('p', { class: 'sub', 'data-field': 'upload-path' }, o.path),
      h('div', { class: 'check' }, apply, ' ', h('label', { for: 'license-upload-apply' }, t('license-upload-apply'))),
      applyHelp,
    ],
    cancel: no,
    confirm: yes,
    answer: () => {
      const i = chosen();
      return { instance: i.id, name: i.name, apply: apply.checked };
    },
  });
}

/**
 * Uploads and shows the outcome (or the error) in `region`.
 * @param {HTMLElement} region an aria-live region
 * @param {Upload} upload
 * @param {string} path
 * @param {UploadChoice} choice
 * @returns {Promise<LicenseUploadOutcome | null>}
 */
export async function runLicenseUpload(region, upload, path, choice) {
  const file = baseName(path);
  region.replaceChildren(h('p', { class: 'loading', 'data-field': 'license-uploading' },
    h('span', { class: 'chip chip-busy' }, t('license-upload-uploading-chip')), ` ${t('license-upload-uploading', { file, name: choice.name })}`));
  region.setAttribute('aria-busy', 'true');
  try {
    const outcome = await upload(choice.instance, path, choice.apply);
    region.replaceChildren(renderUploadOutcome(outcome, choice.name));
    announce(t('license-upload-done-announce', { ...seatArgs(outcome), name: choice.name, date: fmt.date(outcome.expire_at) }));
    return outcome;
  } catch (e) {
    region.replaceChildren(problem(asErrorReport(e), t('license-upload-failed', { file, name: choice.name })));
    announce(t('license-upload-not-uploaded', { file }));
    return null;
  } finally {
    region.removeAttribute('aria-busy');
  }
}

/**
 * The new license's seats for `license-upload-done-announce`: a count as a number (so the
 * message pluralises and formats it), or unlimited, or unknown.
 * @param {LicenseUploadOutcome} o
 * @returns {{ kind: 'count' | 'unlimited' | 'unknown', seats: number | string }}
 */
function seatArgs(o) {
  if (!o.seats) return { kind: 'unknown', seats: '' };
  switch (o.seats.kind) {
    case 'count': return { kind: 'count', seats: o.seats.value };
    case 'unlimited': return { kind: 'unlimited', seats: '' };
    case 'other': return { kind: 'count', seats: o.seats.value };
  }
}

/**
 * @param {LicenseUploadOutcome} o
 * @param {string} name
 */
export function renderUploadOutcome(o, name) {
  const valid = o.check_status === null || o.check_status === 'valid';
  return h('div', { class: `upload-outcome ${valid ? 'outcome-ok' : 'outcome-warn'}`, 'data-field': 'license-uploaded', 'data-instance-uploaded': o.instance },
    h('p', {}, h('strong', {}, o.applied ? t('license-upload-installed', { name }) : t('license-upload-kept', { name })),
      ` (${o.file})`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('license-upload-seats')), h('dd', { 'data-field': 'new-seats' }, fmt.seats(o.seats)),
      o.seats_used === null ? null : h('dt', {}, t('license-upload-used')),
      o.seats_used === null ? null : h('dd', { 'data-field': 'new-used' }, fmt.number(o.seats_used)),
      h('dt', {}, t('license-upload-expires')), h('dd', { 'data-field': 'new-expiry', title: o.expire_at ?? '' }, fmt.date(o.expire_at)),
      h('dt', {}, t('license-upload-check')), h('dd', { 'data-field': 'new-check' }, o.check_status ?? t('license-upload-check-not-reported')),
      o.company ? h('dt', {}, t('license-upload-company')) : null,
      o.company ? h('dd', {}, o.company) : null,
      o.evaluation ? h('dt', {}, t('license-upload-kind')) : null,
      o.evaluation ? h('dd', {}, t('license-upload-evaluation')) : null));
}

