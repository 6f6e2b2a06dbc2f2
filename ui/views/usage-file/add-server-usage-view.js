// The Add server usage screen, part 1: the place where a wrong file is caught. A file
// arrives by an OS drag-and-drop (Tauri's drag-drop event, with absolute paths), by the
// native file dialog, or from outside the window (the app's command line, a second
// launch); the backend reads and recognises it, and the screen shows a card:
// the export's summary and warnings, or the refusal with what to do instead. The web view
// never reads the file itself.
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
import * as fmt from '../../lib/format.js';
import { t, tRich } from '../../lib/l10n.js';
import { announce } from '../../lib/status.js';
import { mountWatchPanel } from '../sync/watch-panel.js';
import { askLicenseUpload, runLicenseUpload } from '../license-upload/license-upload.js';

/** @typedef {import('../../bindings/UsageVerdict').UsageVerdict} UsageVerdict */
/** @typedef {import('../../bindings/UsageExport').UsageExport} UsageExport */
/** @typedef {import('../../bindings/UsageWarning').UsageWarning} UsageWarning */
/** @typedef {import('../../bindings/Refusal').Refusal} Refusal */

/**
 * What the drop target hears from the window: Tauri's `onDragDropEvent` payloads.
 * @typedef {{ type: 'enter', paths: string[] } | { type: 'over' } | { type: 'drop', paths: string[] } | { type: 'leave' }} DragDrop
 */

/**
 * @typedef {object} Deps
 * @property {(path: string) => Promise<UsageVerdict>} inspect reads and recognises a file
 * @property {() => Promise<string | null>} pick opens the native file dialog (`*.json`)
 * @property {(handler: (e: DragDrop) => void) => Promise<() => void>} onDragDrop
 * @property {import('../../stores/watch-store.js').WatchStore} [watch] Upload to GitHub Enterprise Cloud and its confirmation watch
 * @property {() => Promise<{ id: string, name: string }[]>} [instances] the configured GHES instances, for Upload a new license
 * @property {import('../license-upload/license-upload.js').Upload} [uploadLicense] Upload a new license, for a dropped `.ghl`
 */

/**
 * Mounts the Add server usage screen.
 * @param {HTMLElement} root
 * @param {Deps} deps
 */
export function mountAddServerUsageView(root, deps) {
  let busy = false;
  let destroyed = false;
  /** @type {(() => void) | null} */
  let unlisten = null;

  const hint = h('span', { class: 'drop-hint' }, t('usage-file-drop-hint'));
  const drop = h('button', {
    type: 'button',
    class: 'drop-target',
    'data-action': 'pick-file',
    'aria-describedby': 'drop-help',
    onclick: () => { void pick(); },
  },
  h('span', { class: 'drop-icon', 'aria-hidden': 'true' }, '⇪'),
  hint,
  h('span', { class: 'drop-sub' }, t('usage-file-drop-sub')));
  const note = h('p', { class: 'note', 'data-field': 'drop-note', hidden: true });
  const result = h('div', { 'data-region': 'usage-result', 'aria-live': 'polite' });
  // The upload's watch: below the card, and still there when the screen comes back.
  const store = deps.watch ?? null;
  const uploadWatch = store ? mountWatchPanel(store, 'upload') : null;
  /** @type {HTMLButtonElement | null} */
  let uploadButton = null;

  root.replaceChildren(
    h('div', { class: 'screen-head' }, h('h1', {}, t('usage-file-title'))),
    h('p', { id: 'drop-help', class: 'lead' }, tRich('usage-file-lead')),
    drop,
    note,
    result,
  );
  if (uploadWatch) root.append(uploadWatch.el);

  /** @param {boolean} on */
  function highlight(on) {
    drop.classList.toggle('drag-over', on);
  }

  /** @param {DragDrop} e */
  function onDragDrop(e) {
    if (e.type === 'enter' || e.type === 'over') highlight(true);
    else if (e.type === 'leave') highlight(false);
    else if (e.type === 'drop') {
      highlight(false);
      takeDropped(e.paths);
    }
  }

  /** @param {string[]} paths */
  function takeDropped(paths) {
    if (paths.length === 0) return;
    if (paths.length > 1) {
      const first = baseName(paths[0]);
      note.textContent = t('usage-file-many-dropped', { count: paths.length, first });
      note.hidden = false;
    } else {
      note.hidden = true;
    }
    void inspect(paths[0]);
  }

  async function pick() {
    if (busy) return;
    try {
      const path = await deps.pick();
      if (path) {
        note.hidden = true;
        await inspect(path);
      }
    } catch (e) {
      showProblem(t('usage-file-dialog-failed'), asErrorReport(e).message);
    }
  }

  /** @param {string} path */
  async function inspect(path) {
    if (busy) return;
    busy = true;
    drop.setAttribute('aria-busy', 'true');
    root.setAttribute('aria-busy', 'true');
    result.replaceChildren(h('p', { class: 'loading', 'data-field': 'checking' }, t('usage-file-checking', { file: baseName(path) })));
    try {
      const verdict = await deps.inspect(path);
      if (destroyed) return;
      const card = renderVerdict(verdict, path);
      uploadButton = null;
      if (verdict.status === 'accepted' && store) card.append(uploadControls(verdict, path));
      if (verdict.status === 'refused' && verdict.kind === 'ghl_license' && deps.uploadLicense && deps.instances) card.append(licenseControls(path));
      result.replaceChildren(card);
      announce(verdict.status === 'accepted'
        ? t('usage-file-said-accepted', { file: baseName(path), host: verdict.export.host_name, warnings: verdict.warnings.length })
        : t('usage-file-said-refused', { file: baseName(path), reason: verdict.message }));
    } catch (e) {
      showProblem(t('usage-file-check-failed'), asErrorReport(e).message);
    } finally {
      busy = false;
      drop.removeAttribute('aria-busy');
      root.setAttribute('aria-busy', 'false');
    }
  }

  /**
   * Upload to GitHub Enterprise Cloud: the hand-off and the watch run in the store, so the
   * button stays disabled while one runs, from any click.
   * @param {import('../../bindings/UsageReview').UsageReview} review
   * @param {string} path
   */
  function uploadControls(review, path) {
    const button = h('button', {
      type: 'button', class: 'primary', 'data-action': 'upload', 'aria-describedby': 'upload-help',
      onclick: () => {
        if (!store || store.busy('upload')) return;
        button.disabled = true;
        void store.startUpload(path, { label: baseName(path), host: review.export.host_name });
        uploadWatch?.focus();
      },
    }, t('usage-file-upload'));
    uploadButton = button;
    paintUploadButton();
    return h('div', { class: 'upload-actions' },
      button,
      h('p', { id: 'upload-help', class: 'note' }, t('usage-file-upload-help')));
  }

  /**
   * A `.ghl` dropped here: the refusal stays, and the file can go where it belongs, Upload
   * a new license, after the same confirmation as on the License screen.
   * @param {string} path
   */
  function licenseControls(path) {
    const region = h('div', { class: 'quick-result', 'data-region': 'license-upload', 'aria-live': 'polite' });
    const button = h('button', {
      type: 'button', 'data-action': 'upload-as-license',
      onclick: async () => {
        if (!deps.instances || !deps.uploadLicense) return;
        button.disabled = true;
        try {
          const instances = await deps.instances();
          if (instances.length === 0) {
            region.replaceChildren(h('p', { class: 'note', 'data-field': 'no-instances' }, t('usage-file-no-instances')));
            return;
          }
          const choice = await askLicenseUpload({ path, instances, selected: instances[0].id });
          button.focus();
          if (choice) await runLicenseUpload(region, deps.uploadLicense, path, choice);
        } catch (e) {
          region.replaceChildren(h('div', { class: 'problem' }, h('p', {}, h('strong', {}, t('usage-file-instances-failed'))), h('p', {}, asErrorReport(e).message)));
        } finally {
          button.disabled = false;
        }
      },
    }, t('usage-file-upload-as-license'));
    return h('div', { class: 'upload-actions' }, button, region);
  }

  function paintUploadButton() {
    if (!uploadButton || !store) return;
    const busy = store.busy('upload');
    uploadButton.disabled = busy;
    if (busy) uploadButton.setAttribute('aria-busy', 'true');
    else uploadButton.removeAttribute('aria-busy');
    uploadButton.title = busy ? t('usage-file-upload-busy') : '';
  }

  /** @param {string} title @param {string} message */
  function showProblem(title, message) {
    result.replaceChildren(h('div', { class: 'problem' }, h('p', {}, h('strong', {}, title)), h('p', {}, message)));
    announce(title);
  }

  /** @param {KeyboardEvent} e */
  function onKey(e) {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      void pick();
    }
  }

  document.addEventListener('keydown', onKey);
  const unsubscribe = store?.subscribe(() => paintUploadButton());
  void store?.attach();
  root.setAttribute('aria-busy', 'false');
  // `#/add-server-usage?path=…`: a file handed over by another screen (a fresh export).
  const handed = new URLSearchParams(location.hash.split('?')[1] ?? '').get('path');
  if (handed) void inspect(handed);
  deps.onDragDrop(onDragDrop).then((u) => {
    if (destroyed) u();
    else {
      unlisten = u;
      // Drops are heard from now on (tests wait for this before they drop).
      drop.setAttribute('data-drop-ready', 'true');
    }
  }).catch((e) => showProblem(t('usage-file-drops-failed'), asErrorReport(e).message));

  return {
    async refresh() {},
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      unlisten?.();
      unsubscribe?.();
      uploadWatch?.destroy();
    },
  };
}

/**
 * Files handed to the app from outside, from its command line (`ghe-license-sync FILE`, an
 * "Open with" of the desktop) or from a second launch of the app (whose window then comes to
 * the front): each opens on this screen and is checked as a dropped file is, by `open`. It
 * listens first and then takes what already waits, so a file handed over before the page
 * listened is not lost, and each is taken once. The newest of several wins, as one upload
 * takes one file.
 * @param {{ take: () => Promise<string[]>, onOpened: (handler: () => void) => Promise<() => void> }} deps
 * @param {(path: string) => void} open shows this screen checking `path`
 * @returns {Promise<() => void>} stops listening
 */
export async function receiveOpenedFiles(deps, open) {
  const takeAll = async () => {
    try {
      const paths = await deps.take();
      const newest = paths[paths.length - 1];
      if (newest) open(newest);
    } catch (e) {
      announce(t('usage-file-opened-failed', { message: asErrorReport(e).message }));
    }
  };
  const unlisten = await deps.onOpened(() => { void takeAll(); });
  await takeAll();
  return unlisten;
}

/**
 * @param {UsageVerdict} v
 * @param {string} path
 */
export function renderVerdict(v, path) {
  return v.status === 'accepted' ? renderExport(v, path) : renderRefusal(v, path);
}

/**
 * @param {import('../../bindings/UsageReview').UsageReview} review
 * @param {string} path
 */
function renderExport(review, path) {
  const x = review.export;
  return h('article', { class: 'card verdict verdict-ok', 'data-verdict': 'accepted', 'aria-labelledby': 'verdict-title' },
    h('div', { class: 'card-head' },
      h('span', { class: 'chip chip-ok' }, t('usage-file-chip-export')),
      h('h2', { id: 'verdict-title', 'data-field': 'host' }, x.host_name),
      h('span', { class: 'chip', 'data-field': 'version' }, t('usage-file-version', { version: x.version }))),
    h('p', { class: 'sub', 'data-field': 'path' }, path),
    h('dl', { class: 'facts' },
      h('dt', {}, t('usage-file-server-id')), h('dd', {}, h('code', { 'data-field': 'server-id' }, x.server_id)),
      h('dt', {}, t('usage-file-features')), h('dd', { 'data-field': 'features' }, renderFeatures(x)),
      x.http_only === null ? null : h('dt', {}, t('usage-file-http-only')),
      x.http_only === null ? null : h('dd', { 'data-field': 'http-only' }, x.http_only ? t('usage-file-http-only-yes') : t('usage-file-http-only-no')),
      x.license_hash ? h('dt', {}, t('usage-file-license')) : null,
      x.license_hash ? h('dd', {}, h('code', { 'data-field': 'license-hash' }, x.license_hash)) : null,
      h('dt', {}, t('usage-file-size')), h('dd', { 'data-field': 'size' }, fmt.bytes(x.file_size)),
      h('dt', {}, t('usage-file-sha256')), h('dd', {}, h('code', { class: 'hash', 'data-field': 'sha256' }, x.sha256)),
      h('dt', {}, t('usage-file-age')),
      h('dd', { 'data-field': 'age' }, review.age ? review.age.words : t('usage-file-age-unknown'))),
    h('p', { class: 'note' }, t('usage-file-encrypted')),
    review.warnings.length
      ? h('section', { class: 'warnings', 'aria-labelledby': 'warnings-title' },
        h('h3', { id: 'warnings-title' }, t('usage-file-warnings-title', { count: review.warnings.length })),
        h('ul', {}, review.warnings.map(renderWarning)))
      : h('p', { class: 'all-good', 'data-field': 'no-warnings' }, t('usage-file-no-warnings')));
}

/** @param {UsageExport} x */
function renderFeatures(x) {
  if (x.features.length === 0) return t('usage-file-features-none');
  return h('ul', { class: 'inline-list' }, x.features.map((f) => h('li', { title: f.enabled_at ? t('usage-file-feature-enabled', { at: f.enabled_at }) : '' },
    h('code', {}, f.name),
    f.enabled_at ? h('span', { class: 'sub' }, ' ', t('usage-file-feature-since', { date: fmt.date(f.enabled_at) })) : null)));
}

/** @param {UsageWarning} w */
function renderWarning(w) {
  return h('li', { class: 'warning', 'data-warning': w.kind },
    h('p', { 'data-field': 'warning-message' }, w.message),
    h('p', { class: 'fix', 'data-field': 'warning-fix' }, w.fix));
}

/**
 * @param {Refusal} r
 * @param {string} path
 */
function renderRefusal(r, path) {
  return h('article', { class: 'card verdict verdict-refused', 'data-verdict': 'refused', 'data-refusal': r.kind, 'aria-labelledby': 'verdict-title' },
    h('div', { class: 'card-head' },
      h('span', { class: 'chip chip-bad' }, t('usage-file-chip-refused')),
      h('h2', { id: 'verdict-title' }, baseName(path))),
    h('p', { class: 'sub', 'data-field': 'path' }, path),
    h('p', { 'data-field': 'refusal-message' }, r.message),
    h('p', { class: 'fix', 'data-field': 'refusal-fix' }, r.fix));
}

/** @param {string} path */
function baseName(path) {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

