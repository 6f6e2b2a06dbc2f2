// The stored consumed-licenses loads, newest first: date, people, seats and the changes
// against the load before. Two loads ticked (Space, or Enter) compare them; "vs. the one
// before" compares a load with the one its counts are against (`previous_id`), shown in
// the range or not. A load whose people were let go (retention) keeps its figures but
// cannot be compared.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { t } from '../../lib/l10n.js';
import { announce } from '../../lib/status.js';
import { counts } from './who-changed.js';

/** @typedef {import('../../bindings/ConsumedLoad').ConsumedLoad} ConsumedLoad */

/**
 * @param {ConsumedLoad[]} loads oldest first
 * @param {(from: number, to: number) => void} compare two load ids, older first
 * @returns {HTMLElement}
 */
export function loadsList(loads, compare) {
  /** Ticked loads, in the order ticked (at most two). @type {ConsumedLoad[]} */
  let picked = [];
  /** @type {Map<number, HTMLInputElement>} */
  const boxes = new Map();
  const compareButton = h('button', {
    type: 'button', 'data-action': 'compare-selected', disabled: true, 'aria-describedby': 'loads-compare-help',
    onclick: () => {
      if (picked.length !== 2) return;
      const [a, b] = [...picked].sort((x, y) => order(x) - order(y));
      compare(a.id, b.id);
    },
  }, t('history-compare-selected'));
  const help = h('span', { id: 'loads-compare-help', class: 'note', 'data-field': 'compare-help' });

  /** @param {ConsumedLoad} l */
  const order = (l) => loads.indexOf(l);

  function paint() {
    for (const [id, box] of boxes) box.checked = picked.some((p) => p.id === id);
    compareButton.disabled = picked.length !== 2;
    const [first, second] = [...picked].sort((x, y) => order(x) - order(y)).map((p) => fmt.dateTime(p.read_at));
    help.textContent = picked.length === 2 ? t('history-selected', { first, second })
      : picked.length === 1 ? t('history-select-one-more') : t('history-select-two');
  }

  /** @param {ConsumedLoad} l @param {boolean} on */
  function pick(l, on) {
    picked = picked.filter((p) => p.id !== l.id);
    if (on) {
      picked.push(l);
      // A third tick lets go of the first one ticked.
      if (picked.length > 2) {
        const dropped = picked.shift();
        if (dropped) announce(t('history-load-unselected', { date: fmt.dateTime(dropped.read_at) }));
      }
    }
    paint();
  }

  const byId = new Map(loads.map((l) => [l.id, l]));
  const rows = [...loads].reverse().map((l) => {
    // The load its counts are against, which a range may leave out of the list.
    const previous = l.previous_id;
    const before = previous === null ? null : byId.get(previous) ?? null;
    const comparable = l.detail_kept && (before?.detail_kept ?? true);
    const when = fmt.dateTime(l.read_at);
    const box = h('input', {
      type: 'checkbox', 'data-action': 'select-load', 'data-load': l.id, disabled: !l.detail_kept,
      'aria-label': t('history-select-load', { date: when }),
      onchange: () => pick(l, box.checked),
      onkeydown: (e) => {
        // Space ticks a box everywhere; Enter does here too.
        if (/** @type {KeyboardEvent} */ (e).key === 'Enter') {
          e.preventDefault();
          box.click();
        }
      },
    });
    boxes.set(l.id, box);
    const vsBefore = previous !== null
      ? h('button', {
        type: 'button', class: 'small', 'data-action': 'vs-before', 'data-previous': previous, disabled: !comparable,
        'aria-label': before ? t('history-vs-before-label', { date: when }) : t('history-vs-before-label-out', { date: when }),
        title: comparable ? '' : t('history-vs-before-gone'),
        onclick: () => compare(previous, l.id),
      }, t('history-vs-before'))
      : null;
    const consumed = l.seats_consumed;
    const seats = consumed === null ? '—'
      : l.seats_purchased === null ? fmt.number(consumed) : t('history-seats-of', { consumed, purchased: l.seats_purchased });
    return h('tr', { 'data-load': l.id, 'data-detail-kept': String(l.detail_kept) },
      h('td', { class: 'pick' }, box),
      h('th', { scope: 'row' }, h('time', { datetime: l.read_at }, when)),
      h('td', { class: 'num', 'data-column': 'people' }, fmt.number(l.consumers)),
      h('td', { class: 'num', 'data-column': 'seats' }, seats),
      h('td', { 'data-column': 'changes', 'aria-label': previous !== null ? counts(l) : t('history-first-load') },
        previous !== null || l.added + l.removed + l.changed > 0
          ? [h('span', { class: 'delta-added' }, `+${fmt.number(l.added)}`), ' ', h('span', { class: 'delta-removed' }, `−${fmt.number(l.removed)}`), ' ', h('span', { class: 'delta-changed' }, `~${fmt.number(l.changed)}`)]
          : h('span', { class: 'note' }, t('history-first-kept'))),
      h('td', { class: 'row-actions' }, vsBefore, l.detail_kept ? null : h('span', { class: 'note', 'data-field': 'detail-gone' }, t('history-detail-gone'))));
  });
  paint();
  return h('div', { class: 'loads-list' },
    h('div', { class: 'compare-bar' }, compareButton, help),
    h('table', { class: 'history-table loads', 'data-field': 'loads' },
      h('caption', { class: 'visually-hidden' }, t('history-loads-caption')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('history-col-select'))),
        h('th', { scope: 'col' }, t('history-col-load')),
        h('th', { scope: 'col' }, t('history-col-people')),
        h('th', { scope: 'col' }, t('history-col-seats-consumed')),
        h('th', { scope: 'col' }, t('history-col-changes')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('history-col-compare'))))),
      h('tbody', {}, rows)));
}
