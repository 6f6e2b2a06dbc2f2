// Rows of a long list fetched from the backend in fixed windows (say 200 rows per request),
// as the table scrolls. Windows are cached (the least recently used ones go first), a
// window already on its way is never asked for twice, and an answer that belongs to an
// earlier query (the user typed on) is dropped: each query has a generation number, and
// only answers of the current generation land.

/**
 * @template Q, R
 * @typedef {object} RowSource
 * @property {(query: Q) => void} setQuery forgets everything and starts on a new query
 * @property {() => void} reload the same query again (the data behind it changed)
 * @property {(position: number) => R | undefined} get a row, if its window has arrived
 * @property {(from: number, to: number) => void} ensure asks for the windows of [from, to)
 * @property {() => number | null} total rows matching, null until the first answer
 * @property {() => Q | null} query
 * @property {() => number} pendingCount requests in flight for the current query
 */

/**
 * @template Q, R
 * @param {object} opts
 * @param {(query: Q, offset: number, limit: number) => Promise<{ total_matching: number, rows: R[] }>} opts.fetch
 * @param {() => void} opts.onChange rows or the total changed
 * @param {(error: unknown) => void} opts.onError a request of the current query failed
 * @param {number} [opts.windowSize]
 * @param {number} [opts.maxWindows] cached windows kept at most
 * @returns {RowSource<Q, R>}
 */
export function createRowSource(opts) {
  const size = opts.windowSize ?? 200;
  const maxWindows = opts.maxWindows ?? 64;
  /** @type {Q | null} */
  let query = null;
  let generation = 0;
  /** @type {number | null} */
  let total = null;
  /** Insertion order is recency: a window read again moves to the end. @type {Map<number, R[]>} */
  const windows = new Map();
  /** @type {Set<number>} */
  const pending = new Set();

  function reset() {
    generation++;
    windows.clear();
    pending.clear();
  }

  /** @param {number} w */
  async function request(w) {
    if (query === null) return;
    const mine = generation;
    pending.add(w);
    try {
      const page = await opts.fetch(query, w * size, size);
      if (mine !== generation) return;
      pending.delete(w);
      windows.set(w, page.rows);
      total = page.total_matching;
      while (windows.size > maxWindows) {
        const oldest = windows.keys().next().value;
        if (oldest === undefined) break;
        windows.delete(oldest);
      }
      opts.onChange();
    } catch (e) {
      if (mine !== generation) return;
      pending.delete(w);
      opts.onError(e);
    }
  }

  return {
    setQuery(q) {
      query = q;
      total = null;
      reset();
      void request(0);
    },
    reload() {
      reset();
      void request(0);
    },
    get(position) {
      const w = Math.floor(position / size);
      const rows = windows.get(w);
      return rows?.[position - w * size];
    },
    ensure(from, to) {
      if (query === null || to <= from) return;
      const last = Math.floor((to - 1) / size);
      for (let w = Math.max(0, Math.floor(from / size)); w <= last; w++) {
        if (total !== null && w * size >= total) break;
        const rows = windows.get(w);
        if (rows) {
          windows.delete(w);
          windows.set(w, rows);
        } else if (!pending.has(w)) {
          void request(w);
        }
      }
    },
    total: () => total,
    query: () => query,
    pendingCount: () => pending.size,
  };
}
