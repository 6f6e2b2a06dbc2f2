// The stored consumed-licenses loads, newest first: date, people, seats and the changes
// against the load before. Two loads ticked (Space, or Enter) compare them; "vs. the one
// before" compares a load with the one its counts are against (`previous_id`), shown in
// the range or not. A load whose people were let go (retention) keeps its figures but
// cannot be compared.
import { h } from '../../lib/dom.js';
import * as fmt from '../../lib/format.js';
import { announce } from '../../lib/status.js';

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
  }, 'Who changed between the two selected');
  const help = h('span', { id: 'loads-compare-help', class: 'note', 'data-field': 'compare-help' });

  /** @param {ConsumedLoad} l */
  const order = (l) => loads.indexOf(l);

  function paint() {
    for (const [id, box] of boxes) box.checked = picked.some((p) => p.id === id);
    compareButton.disabled = picked.length !== 2;
    help.textContent = picked.length === 2 ? `Selected: ${[...picked].sort((x, y) => order(x) - order(y)).map((p) => fmt.dateTime(p.read_at)).join(' and ')}.`
      : picked.length === 1 ? 'Select one more load to compare.' : 'Select two loads to compare, or choose “vs. the one before” on a load.';
  }

  /** @param {ConsumedLoad} l @param {boolean} on */
  function pick(l, on) {
    picked = picked.filter((p) => p.id !== l.id);
    if (on) {
      picked.push(l);
      // A third tick lets go of the first one ticked.
      if (picked.length > 2) {
        const dropped = picked.shift();
        if (dropped) announce(`The load of ${fmt.dateTime(dropped.read_at)} is no longer selected.`);
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
      'aria-label': `Select the load of ${when} to compare`,
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
        'aria-label': `Who changed in the load of ${when} against the one before${before ? '' : ', which this range leaves out'}`,
        title: comparable ? '' : 'The people of one of these loads are no longer kept.',
        onclick: () => compare(previous, l.id),
      }, 'vs. the one before')
      : null;
    const purchased = l.seats_purchased === null ? '' : ` of ${fmt.number(l.seats_purchased)}`;
    return h('tr', { 'data-load': l.id, 'data-detail-kept': String(l.detail_kept) },
      h('td', { class: 'pick' }, box),
      h('th', { scope: 'row' }, h('time', { datetime: l.read_at }, when)),
      h('td', { class: 'num', 'data-column': 'people' }, fmt.number(l.consumers)),
      h('td', { class: 'num', 'data-column': 'seats' }, l.seats_consumed === null ? '—' : `${fmt.number(l.seats_consumed)}${purchased}`),
      h('td', { 'data-column': 'changes', 'aria-label': previous !== null ? `${fmt.number(l.added)} added, ${fmt.number(l.removed)} removed, ${fmt.number(l.changed)} changed` : 'the first load kept' },
        previous !== null || l.added + l.removed + l.changed > 0
          ? [h('span', { class: 'delta-added' }, `+${fmt.number(l.added)}`), ' ', h('span', { class: 'delta-removed' }, `−${fmt.number(l.removed)}`), ' ', h('span', { class: 'delta-changed' }, `~${fmt.number(l.changed)}`)]
          : h('span', { class: 'note' }, 'first kept')),
      h('td', { class: 'row-actions' }, vsBefore, l.detail_kept ? null : h('span', { class: 'note', 'data-field': 'detail-gone' }, 'people no longer kept')));
  });
  paint();
  return h('div', { class: 'loads-list' },
    h('div', { class: 'compare-bar' }, compareButton, help),
    h('table', { class: 'history-table loads', 'data-field': 'loads' },
      h('caption', { class: 'visually-hidden' }, 'Consumed-licenses loads kept, newest first'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Select')),
        h('th', { scope: 'col' }, 'Load'),
        h('th', { scope: 'col' }, 'People'),
        h('th', { scope: 'col' }, 'Seats consumed'),
        h('th', { scope: 'col' }, 'Changes'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Compare')))),
      h('tbody', {}, rows)));
}
