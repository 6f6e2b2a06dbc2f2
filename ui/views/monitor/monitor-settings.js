// Background checks (feature `monitor`): "Keep checking in the background", how often, when
// a sync counts as stale (for all instances and per instance), Start at login, and Check
// now with what it found. It lives on the Connections screen, beside the other app settings
// (hand-offs), because that is where the admin sets up what the app reads and where each
// configured instance is listed for its own threshold.
//
// Every change is saved at once (as the hand-off setting); the backend validates, and a
// refused value shows its reason by its field. The section's last-check line follows
// checks made elsewhere (the tray, the background loop) through the `monitor:checked` event.
import { h } from '../../lib/dom.js';
import { asErrorReport } from '../../lib/ipc.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/MonitorSettings').MonitorSettings} MonitorSettings */
/** @typedef {import('../../bindings/MonitorStatus').MonitorStatus} MonitorStatus */
/** @typedef {import('../../bindings/MonitorCheck').MonitorCheck} MonitorCheck */
/** @typedef {import('../../bindings/MonitorInstance').MonitorInstance} MonitorInstance */
/** @typedef {import('../../bindings/SyncVerdict').SyncVerdict} SyncVerdict */
/** @typedef {import('../../bindings/ErrorReport').ErrorReport} ErrorReport */

/**
 * @typedef {object} MonitorDeps
 * @property {() => Promise<MonitorStatus>} status
 * @property {(settings: MonitorSettings) => Promise<MonitorSettings>} save
 * @property {() => Promise<MonitorCheck>} checkNow
 * @property {() => Promise<{ id: string, name: string }[]>} instances the configured GHES instances
 * @property {(handler: (check: MonitorCheck) => void) => Promise<() => void>} [onChecked] checks made elsewhere
 */

/** How often the shown status is read again. */
const STATUS_EVERY_MS = 60_000;

/** The backend's bounds (services `monitor/types.rs`), for the inputs' own min/max. */
const EVERY_HOURS = { min: 1, max: 168 };
const STALE_DAYS = { min: 1, max: 90 };

/** @type {Record<SyncVerdict, { label: () => string, chip: string }>} */
const VERDICTS = {
  ok: { label: () => t('monitor-verdict-ok'), chip: 'chip-ok' },
  stale: { label: () => t('monitor-verdict-stale'), chip: 'chip-warn' },
  failed: { label: () => t('monitor-verdict-failed'), chip: 'chip-bad' },
  never_synced: { label: () => t('monitor-verdict-never-synced'), chip: 'chip-warn' },
  unreadable_date: { label: () => t('monitor-verdict-unreadable-date'), chip: 'chip-muted' },
};

/**
 * The Background checks section.
 * @param {MonitorDeps} deps
 * @returns {{ el: HTMLElement, destroy: () => void }}
 */
export function monitorSettings(deps) {
  /** @type {MonitorSettings | null} */
  let settings = null;
  /** @type {{ id: string, name: string }[]} */
  let instances = [];
  let destroyed = false;
  /** @type {(() => void) | null} */
  let unlisten = null;
  /** Saves run one after the other, each with the settings as the one before left them. */
  let saving = Promise.resolve();

  const enabled = h('input', { type: 'checkbox', id: 'monitor-enabled', 'data-input': 'enabled', 'aria-describedby': 'monitor-enabled-hint' });
  const every = numberInput('monitor-every', 'every_hours', EVERY_HOURS);
  const stale = numberInput('monitor-stale', 'stale_after_days', STALE_DAYS);
  const login = h('input', { type: 'checkbox', id: 'monitor-login', 'data-input': 'start_at_login', 'aria-describedby': 'monitor-login-hint' });
  const overrides = h('div', { class: 'monitor-overrides', 'data-region': 'monitor-overrides' });
  const saveStatus = h('p', { class: 'note', 'data-field': 'monitor-save-status', 'aria-live': 'polite' });
  const checkButton = h('button', { type: 'button', 'data-action': 'monitor-check-now', onclick: () => { void checkNow(); } }, t('monitor-check-now'));
  const result = h('div', { class: 'monitor-result', 'data-field': 'monitor-result', 'aria-live': 'polite' });
  const lastCheck = h('dd', { 'data-field': 'monitor-last-check' }, '—');
  const nextDue = h('dd', { 'data-field': 'monitor-next-due' }, '—');
  const verdicts = h('ul', { class: 'inline-list monitor-verdicts', 'data-field': 'monitor-verdicts' });
  const lastError = h('div', { 'data-field': 'monitor-last-error' });

  const options = h('fieldset', { class: 'monitor-options', disabled: true },
    h('legend', { class: 'visually-hidden' }, t('monitor-settings-legend')),
    h('div', { class: 'field check' },
      h('div', { class: 'check-row' }, enabled, h('label', { for: 'monitor-enabled' }, t('monitor-enabled'))),
      h('p', { class: 'hint', id: 'monitor-enabled-hint' }, t('monitor-enabled-hint'))),
    h('div', { class: 'monitor-numbers' },
      numberField(every, t('monitor-every'), t('monitor-every-unit'), t('monitor-every-hint', EVERY_HOURS)),
      numberField(stale, t('monitor-stale'), t('monitor-stale-unit'), t('monitor-stale-hint', STALE_DAYS))),
    overrides,
    h('div', { class: 'field check' },
      h('div', { class: 'check-row' }, login, h('label', { for: 'monitor-login' }, t('monitor-login'))),
      h('p', { class: 'hint', id: 'monitor-login-hint' }, t('monitor-login-hint'))));

  const section = h('section', { class: 'card monitor-settings', 'aria-labelledby': 'monitor-title', 'data-region': 'monitor' },
    h('h2', { id: 'monitor-title' }, t('monitor-title')),
    options,
    saveStatus,
    h('div', { class: 'monitor-check' },
      h('div', { class: 'actions' }, checkButton),
      result),
    h('dl', { class: 'facts' },
      h('dt', {}, t('monitor-last-check')), lastCheck,
      h('dt', {}, t('monitor-next-check')), nextDue),
    verdicts,
    lastError);

  // Saved on their own as they change: they must not mark the Connections form unsaved.
  for (const type of ['input', 'change']) section.addEventListener(type, (e) => e.stopPropagation());
  enabled.addEventListener('change', () => { void save({ enabled: enabled.checked }); });
  login.addEventListener('change', () => { void save({ start_at_login: login.checked }); });
  every.addEventListener('change', () => { void saveNumber(every, 'every_hours', EVERY_HOURS); });
  stale.addEventListener('change', () => { void saveNumber(stale, 'stale_after_days', STALE_DAYS); });

  /**
   * @param {string} id
   * @param {string} name
   * @param {{ min: number, max: number }} range
   */
  function numberInput(id, name, range) {
    return h('input', { type: 'number', id, 'data-input': name, min: range.min, max: range.max, step: 1, inputmode: 'numeric', required: true, 'aria-describedby': `${id}-hint ${id}-error` });
  }

  /**
   * @param {HTMLInputElement} input
   * @param {string} label
   * @param {string} unit
   * @param {string} hint
   */
  function numberField(input, label, unit, hint) {
    return h('div', { class: 'field' },
      h('label', { for: input.id }, label),
      h('div', { class: 'number-row' }, input, h('span', {}, unit)),
      h('p', { class: 'hint', id: `${input.id}-hint` }, hint),
      h('div', { class: 'field-error', id: `${input.id}-error`, 'data-field-error': input.getAttribute('data-input') ?? '' }));
  }

  /** @param {HTMLInputElement} input @param {string | null} message */
  function fieldError(input, message) {
    const box = section.querySelector(`#${CSS.escape(input.id)}-error`);
    box?.replaceChildren(message ? h('p', {}, message) : '');
    input.closest('.field')?.classList.toggle('invalid', Boolean(message));
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /**
   * A whole number within `range`, or the reason it is not.
   * @param {string} raw
   * @param {{ min: number, max: number }} range
   * @returns {{ value: number } | { error: string }}
   */
  function whole(raw, range) {
    const n = Number(raw.trim());
    if (raw.trim() === '' || !Number.isInteger(n)) return { error: t('monitor-whole-number', range) };
    if (n < range.min || n > range.max) return { error: t('monitor-number-range', range) };
    return { value: n };
  }

  /**
   * @param {HTMLInputElement} input
   * @param {'every_hours' | 'stale_after_days'} key
   * @param {{ min: number, max: number }} range
   */
  async function saveNumber(input, key, range) {
    const v = whole(input.value, range);
    if ('error' in v) {
      fieldError(input, v.error);
      return;
    }
    fieldError(input, null);
    await save(key === 'every_hours' ? { every_hours: v.value } : { stale_after_days: v.value });
  }

  /**
   * Saves the settings with `change` applied; on refusal the inputs show what is saved.
   * @param {Partial<MonitorSettings>} change
   * @param {(saved: MonitorSettings) => string} [words] what the saved change means
   */
  function save(change, words) {
    saving = saving.then(async () => {
      if (!settings || destroyed) return;
      const wanted = { ...settings, ...change };
      try {
        settings = await deps.save(wanted);
        if (destroyed) return;
        saveStatus.textContent = words ? words(settings) : savedWords(change, settings);
        announce(saveStatus.textContent);
        void refreshStatus();
      } catch (e) {
        const report = asErrorReport(e);
        saveStatus.replaceChildren(problem(report, t('monitor-not-saved')));
        for (const f of report.fields ?? []) {
          if (f.field.endsWith('every_hours')) fieldError(every, f.message);
          else if (f.field.endsWith('stale_after_days')) fieldError(stale, f.message);
        }
      }
      if (settings) show(settings);
    });
    return saving;
  }

  /** @param {Partial<MonitorSettings>} change @param {MonitorSettings} s */
  function savedWords(change, s) {
    if ('enabled' in change) return s.enabled ? t('monitor-saved-on', { hours: s.every_hours }) : t('monitor-saved-off');
    if ('start_at_login' in change) return s.start_at_login ? t('monitor-saved-login-on') : t('monitor-saved-login-off');
    if ('every_hours' in change) return t('monitor-saved-every', { hours: s.every_hours });
    if ('stale_after_days' in change) return t('monitor-saved-stale', { days: s.stale_after_days });
    return t('monitor-saved');
  }

  /** @param {MonitorSettings} s */
  function show(s) {
    enabled.checked = s.enabled;
    login.checked = s.start_at_login;
    if (document.activeElement !== every) every.value = String(s.every_hours);
    if (document.activeElement !== stale) stale.value = String(s.stale_after_days);
    renderOverrides(s);
  }

  /** The per-instance inputs, by instance id: made once, then updated in place. @type {Map<string, HTMLInputElement>} */
  const overrideInputs = new Map();
  const overrideHint = h('p', { class: 'hint' });

  /** One row per configured GHES instance: its own stale threshold, or the default. @param {MonitorSettings} s */
  function renderOverrides(s) {
    if (instances.length === 0) {
      overrides.replaceChildren();
      return;
    }
    if (overrideInputs.size === 0) {
      overrides.replaceChildren(h('fieldset', { class: 'monitor-per-instance' },
        h('legend', {}, t('monitor-per-instance')),
        overrideHint,
        h('table', { class: 'monitor-instances' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('monitor-col-instance')), h('th', { scope: 'col' }, t('monitor-col-days')))),
          h('tbody', {}, instances.map((i, n) => overrideRow(i, n))))));
    }
    overrideHint.textContent = t('monitor-per-instance-hint', { days: s.stale_after_days });
    for (const [id, input] of overrideInputs) {
      input.placeholder = String(s.stale_after_days);
      const own = s.per_instance_days[id];
      if (document.activeElement !== input) input.value = own === undefined ? '' : String(own);
    }
  }

  /**
   * @param {{ id: string, name: string }} instance
   * @param {number} n
   */
  function overrideRow(instance, n) {
    const id = `monitor-instance-${n}`;
    const input = h('input', {
      type: 'number', id, min: STALE_DAYS.min, max: STALE_DAYS.max, step: 1, inputmode: 'numeric',
      'data-instance-days': instance.id, 'aria-describedby': `${id}-error`,
    });
    overrideInputs.set(instance.id, input);
    const box = h('span', { class: 'field-error', id: `${id}-error` });
    input.addEventListener('change', () => {
      const raw = input.value.trim();
      /** @type {Record<string, number>} */
      const days = {};
      for (const [k, v] of Object.entries(settings?.per_instance_days ?? {})) if (v !== undefined) days[k] = v;
      if (raw === '') {
        delete days[instance.id];
      } else {
        const v = whole(raw, STALE_DAYS);
        if ('error' in v) {
          box.textContent = v.error;
          input.setAttribute('aria-invalid', 'true');
          return;
        }
        days[instance.id] = v.value;
      }
      box.textContent = '';
      input.removeAttribute('aria-invalid');
      const own = days[instance.id];
      void save({ per_instance_days: days }, (saved) => (own === undefined
        ? t('monitor-saved-instance-default', { instance: instance.name, days: saved.stale_after_days })
        : t('monitor-saved-instance-days', { instance: instance.name, days: own })));
    });
    return h('tr', { 'data-instance-row': instance.id },
      h('th', { scope: 'row' }, h('label', { for: id }, instance.name)),
      h('td', {}, input, box));
  }

  /** @param {MonitorStatus} st */
  function showStatus(st) {
    lastCheck.textContent = st.last_check ? fmt.dateTime(st.last_check) : t('monitor-never');
    nextDue.textContent = st.next_due ? fmt.dateTime(st.next_due) : (st.settings.enabled ? t('monitor-soon') : t('monitor-off'));
    verdicts.replaceChildren(...st.instances.map(verdictItem));
    lastError.replaceChildren(st.last_error ? problem(st.last_error, t('monitor-last-error')) : '');
  }

  /** @param {MonitorInstance} i */
  function verdictItem(i) {
    const v = VERDICTS[i.verdict] ?? { label: () => i.verdict, chip: 'chip-muted' };
    return h('li', { 'data-verdict': i.verdict, 'data-host': i.hostname },
      h('span', {}, i.hostname), ' ',
      h('span', { class: `chip ${v.chip}` }, v.label()),
      i.last_sync ? h('span', { class: 'sub' }, ' ', t('monitor-last-sync', { date: fmt.date(i.last_sync) })) : '');
  }

  async function refreshStatus() {
    try {
      const st = await deps.status();
      if (!destroyed) showStatus(st);
    } catch { /* the section keeps what it shows; a check shows its own error */ }
  }

  /** @param {MonitorCheck} check */
  function showCheck(check) {
    if (check.error) {
      result.replaceChildren(problem(check.error, t('monitor-github-unreadable')));
      announce(t('monitor-said-check-failed', { message: check.error.message }));
      return;
    }
    const notes = [
      check.uploads_error ? h('p', { class: 'note', 'data-field': 'monitor-uploads-error' }, t('monitor-uploads-error', { message: check.uploads_error.message })) : '',
      check.save_error ? h('p', { class: 'note' }, t('monitor-not-remembered', { message: check.save_error.message })) : '',
    ];
    if (check.news.length === 0) {
      result.replaceChildren(h('p', { 'data-field': 'monitor-news', 'data-news': 'none' }, t('monitor-no-change', { count: check.instances.length })), ...notes);
      announce(t('monitor-said-no-change'));
      return;
    }
    result.replaceChildren(
      h('p', { 'data-field': 'monitor-news', 'data-news': String(check.news.length) }, t('monitor-news', { count: check.news.length })),
      h('ul', { class: 'monitor-news' }, check.news.map((n) => h('li', { 'data-news-kind': n.kind, 'data-host': n.hostname },
        h('strong', {}, n.title), h('br'), h('span', {}, n.body)))),
      ...notes);
    announce(t('monitor-said-news', { titles: check.news.map((n) => n.title).join('; ') }));
  }

  async function checkNow() {
    if (checkButton.disabled) return;
    checkButton.disabled = true;
    checkButton.setAttribute('aria-busy', 'true');
    result.replaceChildren(h('p', { class: 'note' }, t('monitor-checking')));
    try {
      const check = await deps.checkNow();
      if (destroyed) return;
      showCheck(check);
      await refreshStatus();
    } catch (e) {
      if (!destroyed) result.replaceChildren(problem(asErrorReport(e), t('monitor-check-failed')));
    } finally {
      checkButton.disabled = false;
      checkButton.removeAttribute('aria-busy');
    }
  }

  async function load() {
    try {
      const [st, list] = await Promise.all([deps.status(), deps.instances().catch(() => [])]);
      if (destroyed) return;
      settings = st.settings;
      instances = list;
      show(st.settings);
      showStatus(st);
      options.disabled = false;
      if (document.documentElement.dataset.mode === 'demo') {
        // The demo writes nothing outside its memory, and the backend refuses a login item.
        login.disabled = true;
        section.querySelector('#monitor-login-hint')?.replaceChildren(t('monitor-login-demo'));
      }
      section.setAttribute('data-ready', 'true');
    } catch (e) {
      if (!destroyed) saveStatus.replaceChildren(problem(asErrorReport(e), t('monitor-load-failed')));
    }
    if (deps.onChecked && !destroyed) {
      try {
        const stop = await deps.onChecked(() => { void refreshStatus(); });
        if (destroyed) stop();
        else unlisten = stop;
      } catch { /* without the event the section refreshes after its own checks only */ }
    }
  }

  void load();
  // The background loop's own checks send no event: the last and next check are read again
  // now and then while the section is shown (a read of memory in the backend).
  const ticker = setInterval(() => { if (settings && !document.hidden) void refreshStatus(); }, STATUS_EVERY_MS);
  return {
    el: section,
    destroy() {
      destroyed = true;
      clearInterval(ticker);
      unlisten?.();
    },
  };
}
