// Consumed licenses' "Changes since…": pick an earlier stored load by its date and see who
// was added, removed or changed since then, up to the newest load. The loads come from the
// backend's history (each Load keeps one); the list of people is the History screen's own
// "who changed" widget. With fewer than two loads kept there is nothing to compare, and the
// control stays out of the way.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { mountWhoChanged } from '../history/who-changed.js';
import { sincePicker } from '../../widgets/since-picker.js';

/** @typedef {import('../../bindings/HistoryOverview').HistoryOverview} HistoryOverview */
/** @typedef {import('../../bindings/ConsumedLoad').ConsumedLoad} ConsumedLoad */

/**
 * @typedef {object} HistoryDeps
 * @property {() => Promise<HistoryOverview>} overview
 * @property {import('../history/who-changed.js').LoadChanges} changes
 */

/**
 * @param {HistoryDeps} deps
 * @returns {{ el: HTMLElement, reload: () => Promise<void>, destroy: () => void }}
 */
export function mountChangesSince(deps) {
  let destroyed = false;
  /** @type {ConsumedLoad | null} */
  let newest = null;
  const who = mountWhoChanged(deps.changes);
  const picker = sincePicker({
    id: 'changes-since',
    label: t('consumed-changes-since-label'),
    action: 'show-changes-since',
    button: t('consumed-changes-since-show'),
    onShow: (from) => { void who.show(from); },
  });
  const el = h('section', { class: 'changes-since', 'data-region': 'changes-since', 'aria-label': t('consumed-changes-since-region'), hidden: true },
    picker.el,
    who.el);

  async function reload() {
    /** @type {HistoryOverview} */
    let o;
    try {
      o = await deps.overview();
    } catch {
      // No history to compare with: the screen works as before without it.
      if (!destroyed) el.hidden = true;
      return;
    }
    if (destroyed) return;
    const loads = o.consumed;
    newest = loads.length ? loads[loads.length - 1] : null;
    const earlier = loads.slice(0, -1).filter((l) => l.detail_kept).reverse();
    if (!newest || earlier.length === 0) {
      el.hidden = true;
      who.clear();
      return;
    }
    picker.fill(
      earlier.map((l) => ({ id: l.id, words: t('consumed-changes-since-option', { date: fmt.dateTime(l.read_at), people: l.consumers }) })),
      t('consumed-changes-since-newest', { date: fmt.dateTime(newest.read_at), people: newest.consumers }),
    );
    el.hidden = false;
  }

  void reload();
  return {
    el,
    reload,
    destroy() {
      destroyed = true;
    },
  };
}
