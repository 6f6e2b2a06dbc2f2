// "Who changed" between two stored consumed-licenses loads: the people added, removed and
// changed, grouped, with login, name and emails; for a person changed, the fields whose
// values differ, before → after. One widget for every screen that asks (the
// History screen's loads, Consumed licenses' "Changes since…"). The backend lists at most
// the first 2,000 people; its counts are always whole, and the widget says when the list is
// shorter than they are.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { announce, problem } from '../../lib/status.js';

/** @typedef {import('../../bindings/ConsumedChanges').ConsumedChanges} ConsumedChanges */
/** @typedef {import('../../bindings/PersonChangeRow').PersonChangeRow} PersonChangeRow */
/** @typedef {import('../../bindings/ChangeKind').ChangeKind} ChangeKind */
/** @typedef {import('../../bindings/LicenseConsumer').LicenseConsumer} LicenseConsumer */
/** @typedef {(from: number, to?: number) => Promise<ConsumedChanges>} LoadChanges */

/** @type {{ kind: ChangeKind, title: string, count: (c: ConsumedChanges) => number }[]} */
const GROUPS = [
  { kind: 'added', title: 'Added', count: (c) => c.added },
  { kind: 'removed', title: 'Removed', count: (c) => c.removed },
  { kind: 'changed', title: 'Changed', count: (c) => c.changed },
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
    el.replaceChildren(h('h3', { id: `${id}-title` }, 'Who changed'), h('p', { class: 'loading', 'data-field': 'changes-loading' }, 'Comparing the two loads…'));
    try {
      const changes = await load(from, to);
      if (mine !== asked) return;
      el.replaceChildren(h('div', { class: 'who-changed-body' }, ...render(changes, id)), closeButton());
      announce(`Who changed: ${counts(changes)}.`);
    } catch (e) {
      if (mine !== asked) return;
      el.replaceChildren(h('h3', { id: `${id}-title` }, 'Who changed'), problem(asErrorReport(e), 'The two loads could not be compared'));
      announce('The two loads could not be compared.');
    } finally {
      if (mine === asked) el.setAttribute('aria-busy', 'false');
    }
  }

  function closeButton() {
    return h('button', { type: 'button', class: 'small', 'data-action': 'close-changes', 'aria-label': 'Close the list of who changed', onclick: clear }, 'Close');
  }

  function clear() {
    asked++;
    el.hidden = true;
    el.replaceChildren();
  }

  return { el, show, clear };
}

/** "3 added, 1 removed, 2 changed". @param {ConsumedChanges} c */
function counts(c) {
  return `${fmt.number(c.added)} added, ${fmt.number(c.removed)} removed, ${fmt.number(c.changed)} changed`;
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
    h('h3', { id: `${id}-title` },
      'Who changed from ',
      h('time', { datetime: c.from.read_at, 'data-field': 'changes-from' }, fmt.dateTime(c.from.read_at)),
      ' to ',
      h('time', { datetime: c.to.read_at, 'data-field': 'changes-to' }, fmt.dateTime(c.to.read_at))),
    h('p', { class: 'change-counts', 'data-field': 'change-counts', 'aria-label': counts(c) },
      h('span', { class: 'delta-added' }, `+${fmt.number(c.added)} added`), ' · ',
      h('span', { class: 'delta-removed' }, `−${fmt.number(c.removed)} removed`), ' · ',
      h('span', { class: 'delta-changed' }, `~${fmt.number(c.changed)} changed`)),
    c.complete ? null : h('p', { class: 'note', 'data-field': 'changes-partial' },
      `Listing the first ${fmt.number(c.people.length)} of ${fmt.number(total)} people; the counts above are whole.`),
    total === 0 ? h('p', { class: 'note', 'data-field': 'changes-none' }, 'Nobody was added, removed or changed between these two loads.') : null,
    ...GROUPS.filter((g) => g.count(c) > 0).map((g) => {
      const people = byKind.get(g.kind) ?? [];
      const shown = people.length === 0 ? ' (none listed)' : people.length < g.count(c) ? ` (${fmt.number(people.length)} listed)` : '';
      return h('section', { class: 'change-group', 'data-group': g.kind, 'aria-labelledby': `${id}-${g.kind}` },
        h('h4', { id: `${id}-${g.kind}` }, `${g.title} `, h('span', { class: 'count', 'data-field': 'group-count' }, fmt.number(g.count(c))), shown),
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
  const who = login ?? (serverIds ? `GHES: ${serverIds}` : '(no login)');
  const diffs = row.change === 'changed' && row.before ? differences(row.before, p) : [];
  return h('li', { 'data-person': row.key, 'data-change': row.change },
    h('strong', { 'data-field': 'person-login' }, who),
    p.github_com_name ? h('span', { 'data-field': 'person-name' }, ` ${p.github_com_name}`) : null,
    mails.length ? h('span', { class: 'sub', 'data-field': 'person-emails' }, ` · ${mails.join(', ')}`) : null,
    diffs.length
      ? h('ul', { class: 'person-diff', 'data-field': 'person-diff', 'aria-label': `What changed for ${who}` },
        diffs.map((d) => h('li', { 'data-diff-field': d.field },
          h('code', { 'data-field': 'diff-field' }, d.field), ': ',
          h('span', { class: 'diff-before', 'data-field': 'diff-before' }, d.before),
          h('span', { 'aria-hidden': 'true' }, ' → '),
          h('span', { class: 'visually-hidden' }, ' changed to '),
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
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
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
