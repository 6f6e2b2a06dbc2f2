// The Duplicates screen: people who likely consume two seats, grouped by why the analysis
// thinks so, each with how sure it is, the facts, the entries involved, the seats a fix
// would free and the fix itself ("add and verify x@corp.com on y, then Sync now"). The
// analysis runs in the backend over the loaded consumed-licenses list; this screen is sent
// its counts, then each group's findings a window at a time (at 1,000,000 consumers the
// findings are tens of MB of sentences, of which the screen shows 25 a group).
// With "Load server accounts" (accounts-panel.js) the server entries are named by login,
// profile name and primary email, and the evidence says which address GitHub compared.
// "Fixed since…" (fixed-since.js) compares two analyses the history kept.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { asErrorReport } from '../../lib/ipc.js';
import { t } from '../../lib/l10n.js';
import { tSlots } from '../../lib/l10n-slots.js';
import { announce, problem, savedNote } from '../../lib/status.js';
import { kindWords } from '../consumed/consumed-view.js';
import { mountLoadPanel } from '../consumed/load-panel.js';
import { mountAccountsPanel } from './accounts-panel.js';
import { mountFixedSince } from './fixed-since.js';

/** @typedef {import('../../bindings/DuplicateOverview').DuplicateOverview} DuplicateOverview */
/** @typedef {import('../../bindings/GroupOverview').GroupOverview} GroupOverview */
/** @typedef {import('../../bindings/FindingsQuery').FindingsQuery} FindingsQuery */
/** @typedef {import('../../bindings/FindingsPage').FindingsPage} FindingsPage */
/** @typedef {import('../../bindings/Finding').Finding} Finding */
/** @typedef {import('../../bindings/FindingEntry').FindingEntry} FindingEntry */
/** @typedef {import('../../bindings/EntryAccount').EntryAccount} EntryAccount */
/** @typedef {import('./accounts-panel.js').AccountsBackend} AccountsBackend */
/** @typedef {import('../../bindings/Confidence').Confidence} Confidence */
/** @typedef {import('../../bindings/ExportResult').ExportResult} ExportResult */
/** @typedef {import('../../bindings/ExportFormat').ExportFormat} ExportFormat */
/** @typedef {import('../../stores/consumed-store.js').ConsumedStore} ConsumedStore */

/**
 * @typedef {object} Deps
 * @property {ConsumedStore} store the shared load of the consumed-licenses list
 * @property {() => Promise<DuplicateOverview>} overview rejects with kind `not_loaded` before a load
 * @property {(query: FindingsQuery) => Promise<FindingsPage>} findings a window of one group's findings
 * @property {(format: ExportFormat) => Promise<ExportResult | null>} exportReport
 * @property {AccountsBackend} [accounts] "Load server accounts"; without it the step is not offered
 * @property {import('./fixed-since.js').FixedSinceDeps} [history] the kept analyses, for "Fixed since…"
 */

/** Findings shown per group before "Show more": a group can hold thousands. */
const PAGE = 25;

/** The most findings one `findings` call returns (the backend's MAX_FINDINGS_WINDOW). */
const WINDOW = 500;

/** @type {Confidence[]} */
const CONFIDENCES = ['high', 'medium', 'low'];

/** A finding's chip. @type {Record<Confidence, string>} */
const CONFIDENCE_WORDS = { high: 'duplicates-confidence-high', medium: 'duplicates-confidence-medium', low: 'duplicates-confidence-low' };

/** The confidence filter's chips. @type {Record<Confidence, string>} */
const FILTER_WORDS = { high: 'duplicates-filter-high', medium: 'duplicates-filter-medium', low: 'duplicates-filter-low' };

/** The headline's "3 with high confidence". @type {Record<Confidence, string>} */
const SEATS_WORDS = { high: 'duplicates-seats-high', medium: 'duplicates-seats-medium', low: 'duplicates-seats-low' };

/**
 * Mounts the Duplicates screen.
 * @param {HTMLElement} root
 * @param {Deps} deps
 */
export function mountDuplicatesView(root, deps) {
  let destroyed = false;
  let asked = 0;
  /** @type {DuplicateOverview | null} */
  let report = null;
  /** Bumped by each paint of the groups: a window arriving for an older one is dropped. */
  let generation = 0;
  /** @type {Set<Confidence>} */
  const shown = new Set(CONFIDENCES);
  /** Findings shown per group, by reason. @type {Map<string, number>} */
  const limits = new Map();

  const panel = mountLoadPanel(deps.store);
  // New accounts mean a new analysis (the backend keeps them for the session).
  const accountsPanel = deps.accounts ? mountAccountsPanel(deps.accounts, () => { void load(); }) : null;
  const fixedSince = deps.history ? mountFixedSince(deps.history) : null;
  const body = h('div', { 'data-region': 'duplicates' });
  root.replaceChildren(
    h('div', { class: 'screen-head' }, h('h1', {}, t('duplicates-title'))),
    h('p', { class: 'lead' }, t('duplicates-lead')),
    panel.el,
    ...(accountsPanel ? [accountsPanel.el] : []),
    ...(fixedSince ? [fixedSince.el] : []),
    body,
  );

  async function load() {
    const mine = ++asked;
    root.setAttribute('aria-busy', 'true');
    if (!report) body.replaceChildren(h('p', { class: 'loading', 'data-field': 'analysing' }, t('duplicates-analysing')));
    try {
      const r = await deps.overview();
      if (destroyed || mine !== asked) return;
      report = r;
      panel.markLoaded();
      // The analysis was kept in the history: one more to compare with.
      void fixedSince?.reload();
      await paint();
      if (destroyed || mine !== asked) return;
      announce(r.findings === 0
        ? t('duplicates-none-spoken')
        : t('duplicates-found-spoken', { seats: r.seats_saved.total, findings: r.findings }));
    } catch (e) {
      if (destroyed || mine !== asked) return;
      const error = asErrorReport(e);
      report = null;
      body.replaceChildren(error.kind === 'not_loaded' ? notLoaded() : problem(error, t('duplicates-failed')));
    } finally {
      if (!destroyed && mine === asked) root.setAttribute('aria-busy', 'false');
    }
  }

  /** Paints the report; resolves once every group shows its first findings. */
  async function paint() {
    if (!report) return;
    const region = groupsOf(report);
    body.replaceChildren(render(report, region.el));
    await region.filled;
  }

  /**
   * @param {DuplicateOverview} r
   * @param {HTMLElement} groups
   */
  function render(r, groups) {
    if (r.findings === 0) {
      return h('div', { class: 'empty-state', 'data-region': 'no-duplicates' },
        h('h2', {}, t('duplicates-none-title')),
        h('p', { 'data-field': 'no-duplicates' }, t('duplicates-none-text', { consumers: r.consumers })),
        context(r));
    }
    return h('div', {},
      headline(r),
      context(r),
      toolbar(r),
      groups);
  }

  /** @param {DuplicateOverview} r */
  function headline(r) {
    const s = r.seats_saved;
    const parts = CONFIDENCES.filter((c) => s[c] > 0).map((c) => t(SEATS_WORDS[c], { seats: s[c] }));
    return h('section', { class: 'card headline', 'aria-labelledby': 'seats-freed' },
      h('p', { class: 'headline-figure', id: 'seats-freed' },
        tSlots('duplicates-headline', { seats: s.total }, { figure: h('strong', { 'data-field': 'seats-total' }, fmt.number(s.total)) })),
      h('p', { class: 'note', 'data-field': 'seats-by-confidence' },
        parts.length ? `${parts.join(', ')}. ` : '',
        t('duplicates-findings-among', { findings: r.findings, consumers: r.consumers })));
  }

  /** @param {DuplicateOverview} r */
  function toolbar(r) {
    /** @type {Record<Confidence, number>} */
    const counts = { high: 0, medium: 0, low: 0 };
    for (const g of r.groups) for (const c of CONFIDENCES) counts[c] += g[c].findings;
    const note = h('div', { class: 'export-note', 'data-field': 'export-result', role: 'status' });
    const buttons = /** @type {ExportFormat[]} */ (['csv', 'json']).map((format) => h('button', {
      type: 'button', 'data-action': `export-${format}`,
      onclick: async (/** @type {Event} */ e) => {
        const b = /** @type {HTMLButtonElement} */ (e.currentTarget);
        for (const x of buttons) x.disabled = true;
        b.setAttribute('aria-busy', 'true');
        note.replaceChildren();
        try {
          const saved = await deps.exportReport(format);
          if (saved && !destroyed) {
            note.replaceChildren(savedNote(saved, 'finding', format));
          }
        } catch (err) {
          if (!destroyed) note.replaceChildren(problem(asErrorReport(err), t('duplicates-export-failed')));
        } finally {
          b.removeAttribute('aria-busy');
          for (const x of buttons) x.disabled = false;
        }
      },
    }, t('duplicates-export', { format: format.toUpperCase() })));
    return h('div', {},
      h('div', { class: 'results-bar' },
        h('fieldset', { class: 'filter-chips', 'data-region': 'confidence-filter' },
          h('legend', {}, t('duplicates-confidence-legend')),
          CONFIDENCES.map((c) => h('label', { class: 'filter-chip', 'data-confidence': c },
            h('input', {
              type: 'checkbox', value: c, checked: shown.has(c),
              onchange: (/** @type {Event} */ e) => {
                const on = /** @type {HTMLInputElement} */ (e.currentTarget).checked;
                if (on) shown.add(c);
                else shown.delete(c);
                repaintGroups();
              },
            }),
            h('span', {}, t(FILTER_WORDS[c]), ' ', h('span', { class: 'count' }, fmt.number(counts[c])))))),
        h('div', { class: 'actions' }, buttons)),
      note);
  }

  /**
   * The groups with findings of the shown confidences; `filled` resolves once each shows its
   * first window (the region is busy until then).
   * @param {DuplicateOverview} r
   * @returns {{ el: HTMLElement, filled: Promise<void> }}
   */
  function groupsOf(r) {
    const gen = ++generation;
    const visible = r.groups.map((g) => ({
      g,
      matching: CONFIDENCES.reduce((n, c) => n + (shown.has(c) ? g[c].findings : 0), 0),
      seats: CONFIDENCES.reduce((n, c) => n + (shown.has(c) ? g[c].seats_saved : 0), 0),
    })).filter((v) => v.matching > 0);
    const matching = visible.reduce((n, v) => n + v.matching, 0);
    const seats = visible.reduce((n, v) => n + v.seats, 0);
    const filtered = shown.size < CONFIDENCES.length;
    const sections = visible.map((v) => group(v.g, v.matching, gen));
    const el = h('div', { 'data-region': 'groups', 'aria-busy': 'true' },
      filtered
        ? h('p', { class: 'note', 'data-field': 'filtered-summary', role: 'status' },
          matching > 0 ? t('duplicates-filtered', { shown: matching, findings: r.findings, seats }) : t('duplicates-filtered-none'))
        : null,
      sections.map((s) => s.el));
    const filled = Promise.all(sections.map((s) => s.filled)).then(() => {
      if (gen === generation) el.setAttribute('aria-busy', 'false');
    });
    return { el, filled };
  }

  function repaintGroups() {
    if (!report) return;
    const old = body.querySelector('[data-region="groups"]');
    if (old) old.replaceWith(groupsOf(report).el);
  }

  /**
   * Findings `from`…`to` of group `reason` with the shown confidences, in windows the
   * backend allows.
   * @param {GroupOverview['reason']} reason
   * @param {number} from
   * @param {number} to
   * @returns {Promise<Finding[]>}
   */
  async function findingsBetween(reason, from, to) {
    /** @type {Finding[]} */
    const out = [];
    const confidences = CONFIDENCES.filter((c) => shown.has(c));
    while (from + out.length < to) {
      const offset = from + out.length;
      const page = await deps.findings({ reason, confidences, offset, limit: Math.min(WINDOW, to - offset) });
      if (page.findings.length === 0) break;
      out.push(...page.findings);
    }
    return out;
  }

  /**
   * One group: its head at once, its findings as they arrive.
   * @param {GroupOverview} g
   * @param {number} matching its findings the filter lets through
   * @param {number} gen the paint it belongs to
   * @returns {{ el: HTMLElement, filled: Promise<void> }}
   */
  function group(g, matching, gen) {
    const id = `group-${g.reason}`;
    const list = h('ol', { class: 'findings' });
    const foot = h('div', { class: 'group-foot' });
    const el = h('section', { class: 'finding-group', 'data-group': g.reason, 'aria-labelledby': id },
      h('div', { class: 'group-head' },
        h('h2', { id }, g.title),
        h('span', { class: 'chip', 'data-field': 'group-count' },
          matching === g.count ? t('duplicates-group-count', { count: g.count }) : t('duplicates-group-count-of', { shown: matching, count: g.count })),
        g.seats_saved > 0
          ? h('span', { class: 'chip chip-ok', 'data-field': 'group-seats' }, t('duplicates-group-seats', { seats: g.seats_saved }))
          : h('span', { class: 'chip chip-muted', 'data-field': 'group-seats' }, t('duplicates-group-information'))),
      list,
      foot);
    const filled = fill(0, Math.min(limits.get(g.reason) ?? PAGE, matching), false);
    return { el, filled };

    /**
     * Appends findings `from`…`to`, then offers the rest.
     * @param {number} from
     * @param {number} to
     * @param {boolean} focusFirst move the focus to the first new finding (Show more)
     */
    async function fill(from, to, focusFirst) {
      list.setAttribute('aria-busy', 'true');
      try {
        const found = await findingsBetween(g.reason, from, to);
        if (destroyed || gen !== generation) return;
        const items = found.map(finding);
        list.append(...items);
        if (focusFirst) items[0]?.focus();
        const count = list.children.length;
        limits.set(g.reason, Math.max(count, PAGE));
        const more = matching - count;
        if (more <= 0 || found.length === 0) {
          foot.replaceChildren();
          return;
        }
        foot.replaceChildren(h('button', {
          type: 'button', class: 'show-more', 'data-action': 'show-more',
          onclick: (/** @type {Event} */ e) => {
            /** @type {HTMLButtonElement} */ (e.currentTarget).disabled = true;
            void fill(count, Math.min(count + PAGE, matching), true);
          },
        }, t('duplicates-show-more', { more: Math.min(PAGE, more), hidden: more })));
      } catch (e) {
        if (destroyed || gen !== generation) return;
        foot.replaceChildren(problem(asErrorReport(e), t('duplicates-findings-failed')));
      } finally {
        list.setAttribute('aria-busy', 'false');
      }
    }
  }

  function notLoaded() {
    return h('div', { class: 'empty-state', 'data-region': 'not-loaded' },
      h('h2', {}, t('duplicates-not-loaded-title')),
      h('p', {}, tSlots('duplicates-not-loaded-text', {}, { link: h('a', { href: '#/consumed' }, t('duplicates-not-loaded-link')) })));
  }

  const unsubscribe = deps.store.subscribe((e) => {
    // A new list in the backend means a new analysis.
    if (e.type === 'loaded') void load();
  });
  void load();

  return {
    refresh: load,
    destroy() {
      destroyed = true;
      unsubscribe();
      panel.destroy();
      accountsPanel?.destroy();
      fixedSince?.destroy();
    },
  };
}

/** @param {DuplicateOverview} r */
function context(r) {
  return h('dl', { class: 'facts report-context', 'data-region': 'report-context' },
    h('dt', {}, t('duplicates-verified-domains')),
    h('dd', { 'data-field': 'verified-domains' },
      r.verified_domains.length
        ? t('duplicates-verified-domains-value', { domains: r.verified_domains.join(', '), source: r.verified_domains_source })
        : t('duplicates-verified-domains-none')),
    h('dt', {}, t('duplicates-saml')),
    h('dd', { 'data-field': 'saml' }, samlWords(r)),
    r.off_domain.length ? h('dt', {}, t('duplicates-off-domain')) : null,
    r.off_domain.length
      ? h('dd', { 'data-field': 'off-domain' }, r.off_domain.map((d) => t('duplicates-off-domain-entry', { domain: d.domain, entries: d.entries })).join(', '))
      : null,
    h('dt', {}, t('duplicates-server-accounts')),
    h('dd', { 'data-field': 'server-accounts' }, accountsWords(r)),
    r.counted_once.entries > 0 ? h('dt', {}, t('duplicates-counted-once')) : null,
    r.counted_once.entries > 0
      ? h('dd', { 'data-field': 'counted-once' }, t('duplicates-counted-once-value', { people: r.counted_once.entries, accounts: r.counted_once.accounts }))
      : null);
}

/** Whether the enterprise uses SAML, as the analysis saw it. @param {DuplicateOverview} r */
function samlWords(r) {
  if (!r.uses_saml) return t('duplicates-saml-not-in-use');
  return r.uses_saml_inferred ? t('duplicates-saml-in-use-inferred') : t('duplicates-saml-in-use');
}

/** What the analysis had of GitHub's GHES accounts. @param {DuplicateOverview} r */
function accountsWords(r) {
  const a = r.server_accounts;
  if (!a) return t('duplicates-server-accounts-not-loaded');
  return a.complete
    ? t('duplicates-server-accounts-named', { named: a.named, entries: a.server_entries })
    : t('duplicates-server-accounts-named-partial', { named: a.named, entries: a.server_entries, notes: a.notes.join('; ') });
}

/** @param {Finding} f */
function finding(f) {
  const id = `finding-${f.id}`;
  return h('li', { class: `finding card confidence-${f.confidence}`, 'data-finding': f.id, 'data-confidence': f.confidence, tabindex: -1, 'aria-labelledby': id },
    h('div', { class: 'finding-head' },
      h('span', { class: `chip chip-confidence-${f.confidence}`, 'data-field': 'confidence' }, t(CONFIDENCE_WORDS[f.confidence])),
      h('h3', { id, 'data-field': 'summary' }, f.summary),
      h('span', { class: 'finding-seats', 'data-field': 'finding-seats' },
        f.seats_saved > 0 ? t('duplicates-finding-frees', { seats: f.seats_saved }) : t('duplicates-finding-frees-none'))),
    h('div', { class: 'finding-body' },
      h('div', {},
        h('h4', {}, t('duplicates-why')),
        h('ul', { class: 'evidence', 'data-field': 'evidence' }, f.evidence.map((e) => h('li', {}, e)))),
      h('div', {},
        h('h4', {}, t('duplicates-entries')),
        h('ul', { class: 'entries', 'data-field': 'entries' }, f.entries.map(entry)))),
    h('p', { class: 'fix', 'data-field': 'fix' }, h('strong', {}, `${t('duplicates-fix')} `), f.fix));
}

/** A GHES account GitHub holds, as the entry names it. @param {EntryAccount} a */
function account(a) {
  return h('li', { 'data-account': a.id },
    h('strong', { 'data-field': 'server-login' }, a.login ?? t('duplicates-no-login')),
    a.name ? h('span', { 'data-field': 'server-name' }, ` (${a.name})`) : null,
    ` · ${t('duplicates-primary-email')} `,
    a.primary_email
      ? h('code', { 'data-field': 'server-primary-email' }, a.primary_email)
      : h('span', { class: 'none', 'data-field': 'server-primary-email' }, a.emails_complete ? t('duplicates-primary-email-none') : t('duplicates-primary-email-unknown')),
    a.site_admin ? h('span', { class: 'chip chip-muted' }, t('duplicates-site-admin')) : null);
}

/** @param {FindingEntry} e */
function entry(e) {
  const who = e.github_com_login ?? e.enterprise_server_user_ids[0] ?? null;
  return h('li', { 'data-entry': e.index },
    h('span', { class: `kind kind-${e.kind}` }, kindWords(e.kind)),
    ' ',
    e.github_com_login ? h('strong', {}, e.github_com_login) : h('span', { class: 'none' }, t('duplicates-no-cloud-account')),
    e.enterprise_server_user_ids.length ? h('span', { class: 'sub' }, ` · ${t('duplicates-entry-server-ids', { ids: e.enterprise_server_user_ids.join(', ') })}`) : null,
    (e.server_accounts ?? []).length
      ? h('ul', { class: 'server-accounts', 'data-field': 'server-accounts' }, (e.server_accounts ?? []).map(account))
      : null,
    who ? h('a', { class: 'entry-link', href: `#/consumed?search=${encodeURIComponent(who)}`, 'aria-label': t('duplicates-entry-show-label', { who }) }, t('duplicates-entry-show')) : null);
}

