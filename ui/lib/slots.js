// Elements inside a sentence of locales/: a path in <code>, a link, a <time>. The message is
// rendered with a marker for each such argument (`slot`), and `fill` puts the element where
// the marker came out, so each language places it where its grammar wants it. Markers are
// private-use characters, which no message and no data contains.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`);

/** The marker of the element named `name`, as a message argument. @param {string} name */
export function slot(name) {
  return `${OPEN}${name}${CLOSE}`;
}

/**
 * A rendered message as DOM children: its text, with each marker replaced by its element.
 * @param {string} text `t(id, { name: slot('name'), … })`
 * @param {Record<string, Node>} nodes
 * @returns {(string | Node)[]}
 */
export function fill(text, nodes) {
  /** @type {(string | Node)[]} */
  const out = [];
  text.split(MARKER).forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) out.push(part);
    } else if (nodes[part]) {
      out.push(nodes[part]);
    }
  });
  return out;
}
