// "Who changed" between two stored consumed-licenses loads: the people added, removed and
// changed, grouped, with login, name and emails; for a person changed, the fields whose
// values differ, before → after. One widget for every screen that asks (the
// History screen's loads, Consumed licenses' "Changes since…"). The backend lists at most
// the first 2,000 people; its counts are always whole, and the widget says when the list is
// shorter than they are.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/ConsumedChanges').ConsumedChanges} ConsumedChanges */
/** @typedef {import('../../bindings/PersonChangeRow').PersonChangeRow} PersonChangeRow */
/** @typedef {import('../../bindings/ChangeKind').ChangeKind} ChangeKind */
/** @typedef {import('../../bindings/LicenseConsumer').LicenseConsumer} LicenseConsumer */
/** @typedef {(from: number, to?: number) => Promise<ConsumedChanges>} LoadChanges */

/** @type {{ kind: ChangeKind, title: () => string, count: (c: ConsumedChanges) => number }[]} */
const GROUPS = [
  { kind: 'added', title: () => t('history-group-added'), count: (c) => c.added },
  { kind: 'removed', title: () => t('history-group-removed'), count: (c) => c.removed },
  { kind: 'changed', title: () => t('history-group-changed'), count: (c) => c.changed },
];

let widgets = 0;

/**
 * @param {LoadChanges} load the backend's `consumed_changes`
 * @returns {{ el: HTMLElement, show: (from: number, to?: number) => Promise<void>, clear: () => void }}
 */
export function mountWhoChanged(load) {
  const id = `who-changed-${++widgets}`;
  const el = h('section', { class: 'who-changed', 'data-region': 'who-changed', 'aria-labelledby': `${id}-title`, hidden: true });
  /** Only the newest request paints: an older answer arriving late is dropped. */
  let asked = 0;

  /** @param {number} from @param {number} [to] */
  async function show(from, to) {
    const mine = ++asked;
    el.hidden = false;
    el.setAttribute('aria-busy', 'true');
    el.replaceChildren(h('h3', { id: `${id}-title` }, t('history-who-changed')), h('p', { class: 'loading', 'data-field': 'changes-loading' }, t('history-comparing')));
    try {
      const changes = await load(from, to);
      if (mine !== asked) return;
      el.replaceChildren(h('div', { class: 'who-changed-body' }, ...render(changes, id)), closeButton());
      announce(t('history-who-changed-announce', { added: changes.added, removed: changes.removed, changed: changes.changed }));
    } catch (e) {
      if (mine !== asked) return;
      el.replaceChildren(h('h3', { id: `${id}-title` }, t('history-who-changed')), problem(asErrorReport(e), t('history-compare-failed')));
      announce(t('history-compare-failed-announce'));
    } finally {
      if (mine === asked) el.setAttribute('aria-busy', 'false');
    }
  }

  function closeButton() {
    return h('button', { type: 'button', class: 'small', 'data-action': 'close-changes', 'aria-label': t('history-close-changes.aria-label'), onclick: clear }, t('history-close-changes'));
  }

  function clear() {
    asked++;
    el.hidden = true;
    el.replaceChildren();
  }

  return { el, show, clear };
}

/** "3 added, 1 removed, 2 changed". @param {{ added: number, removed: number, changed: number }} c */
export function counts(c) {
  return t('history-change-counts', { added: c.added, removed: c.removed, changed: c.changed });
}

/**
 * @param {ConsumedChanges} c
 * @param {string} id
 * @returns {import('../../lib/dom.js').Child[]}
 */
function render(c, id) {
  const total = c.added + c.removed + c.changed;
  /** @type {Map<ChangeKind, PersonChangeRow[]>} */
  const byKind = new Map(GROUPS.map((g) => [g.kind, []]));
  for (const p of c.people) byKind.get(p.change)?.push(p);
  return [
    h('h3', { id: `${id}-title` }, tSlots('history-who-changed-between', {}, {
      from: h('time', { datetime: c.from.read_at, 'data-field': 'changes-from' }, fmt.dateTime(c.from.read_at)),
      to: h('time', { datetime: c.to.read_at, 'data-field': 'changes-to' }, fmt.dateTime(c.to.read_at)),
    })),
    h('p', { class: 'change-counts', 'data-field': 'change-counts', 'aria-label': counts(c) },
      h('span', { class: 'delta-added' }, t('history-count-added', { count: c.added })), ' · ',
      h('span', { class: 'delta-removed' }, t('history-count-removed', { count: c.removed })), ' · ',
      h('span', { class: 'delta-changed' }, t('history-count-changed', { count: c.changed }))),
    c.complete ? null : h('p', { class: 'note', 'data-field': 'changes-partial' },
      t('history-changes-partial', { listed: c.people.length, total })),
    total === 0 ? h('p', { class: 'note', 'data-field': 'changes-none' }, t('history-changes-none')) : null,
    ...GROUPS.filter((g) => g.count(c) > 0).map((g) => {
      const people = byKind.get(g.kind) ?? [];
      const shown = people.length === 0 ? ` ${t('history-group-none-listed')}` : people.length < g.count(c) ? ` ${t('history-group-some-listed', { count: people.length })}` : '';
      return h('section', { class: 'change-group', 'data-group': g.kind, 'aria-labelledby': `${id}-${g.kind}` },
        h('h4', { id: `${id}-${g.kind}` }, `${g.title()} `, h('span', { class: 'count', 'data-field': 'group-count' }, fmt.number(g.count(c))), shown),
        people.length === 0 ? null : h('ul', { class: 'change-people' }, people.map(person)));
    }),
  ];
}

/** @param {PersonChangeRow} row */
function person(row) {
  const p = row.person;
  const login = p.github_com_login;
  const serverIds = p.enterprise_server_user_ids.join(', ');
  const mails = emails(p);
  const who = login ?? (serverIds ? t('history-person-ghes', { ids: serverIds }) : t('history-person-no-login'));
  const diffs = row.change === 'changed' && row.before ? differences(row.before, p) : [];
  return h('li', { 'data-person': row.key, 'data-change': row.change },
    h('strong', { 'data-field': 'person-login' }, who),
    p.github_com_name ? h('span', { 'data-field': 'person-name' }, ` ${p.github_com_name}`) : null,
    mails.length ? h('span', { class: 'sub', 'data-field': 'person-emails' }, ` · ${mails.join(', ')}`) : null,
    diffs.length
      ? h('ul', { class: 'person-diff', 'data-field': 'person-diff', 'aria-label': t('history-person-diff', { who }) },
        diffs.map((d) => h('li', { 'data-diff-field': d.field },
          h('code', { 'data-field': 'diff-field' }, d.field), ': ',
          h('span', { class: 'diff-before', 'data-field': 'diff-before' }, d.before),
          h('span', { 'aria-hidden': 'true' }, ' → '),
          h('span', { class: 'visually-hidden' }, ` ${t('history-changed-to')} `),
          h('span', { class: 'diff-after', 'data-field': 'diff-after' }, d.after))))
      : null);
}

/**
 * The fields (GitHub's names) whose values differ between how a person was and is, in
 * GitHub's order; a list compared as its items joined, no value as "—".
 * @param {LicenseConsumer} before
 * @param {LicenseConsumer} after
 * @returns {{ field: string, before: string, after: string }[]}
 */
export function differences(before, after) {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  /** @type {{ field: string, before: string, after: string }[]} */
  const out = [];
  for (const field of fields) {
    const was = shown(/** @type {Record<string, unknown>} */ (before)[field]);
    const is = shown(/** @type {Record<string, unknown>} */ (after)[field]);
    if (was !== is) out.push({ field, before: was, after: is });
  }
  return out;
}

/** @param {unknown} v */
function shown(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : '—';
  if (typeof v === 'boolean') return v ? t('history-yes') : t('history-no');
  return String(v);
}

/** GHES emails first (what GitHub matches on), then verified ones and Visual Studio's, each once. @param {LicenseConsumer} p */
function emails(p) {
  const seen = new Set();
  /** @type {string[]} */
  const all = [];
  for (const e of [...p.enterprise_server_emails, ...p.github_com_verified_domain_emails, p.visual_studio_subscription_email]) {
    if (!e) continue;
    const k = e.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      all.push(e);
    }
  }
  return all;
}
