// A message with elements inside it ("Waiting for GitHub · <timer> since the hand-off",
// "Upload: <code>name</code> (PENDING)"): one message per sentence, whatever the language's
// word order, with each element where the translation puts its `{ $name }`. The message is
// formatted with a marker for each element and cut at the markers; `**…**` shows in bold as
// with `tRich`.
import { rich, t } from './l10n.js';

/** @typedef {import('./l10n.js').Args} Args */

/**
 * @param {string} id
 * @param {Args} args the message's plain arguments
 * @param {Record<string, Node>} slots the elements, by the argument they stand for
 * @returns {DocumentFragment}
 */
export function tSlots(id, args, slots) {
  const names = Object.keys(slots);
  /** @type {Args} */
  const marked = { ...args };
  names.forEach((name, i) => { marked[name] = `\uE000${i}\uE001`; });
  const fragment = document.createDocumentFragment();
  for (const part of t(id, marked).split(/(\uE000\d+\uE001)/)) {
    const slot = /^\uE000(\d+)\uE001$/.exec(part);
    if (slot) fragment.append(slots[names[Number(slot[1])]]);
    else if (part) fragment.append(rich(part));
  }
  return fragment;
}
