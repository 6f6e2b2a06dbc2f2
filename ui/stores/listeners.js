// The listeners of a store: each hears every event, and one that throws neither stops the
// others nor the store (its error is rethrown on its own, where the console shows it).

/**
 * @template E
 * @typedef {object} Listeners
 * @property {(event: E) => void} emit tells every listener, in the order they subscribed
 * @property {(listener: (event: E) => void) => () => void} subscribe adds a listener;
 *   returns what removes it
 */

/**
 * @template E
 * @returns {Listeners<E>}
 */
export function createListeners() {
  /** @type {Set<(event: E) => void>} */
  const listeners = new Set();
  return {
    emit(event) {
      for (const l of [...listeners]) {
        try {
          l(event);
        } catch (err) {
          queueMicrotask(() => { throw err; });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}
