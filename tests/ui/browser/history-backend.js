// A stand-in for the Rust side of the history (issue 15) for the Chromium tests:
// `history_overview`, `stored_license` and `consumed_changes`, answered from fixtures.
//
// Query parameters: `history=none` (default: nothing kept, in memory), `kept` (five loads
// and six License readings, in a file), `empty` (nothing kept, in a file), `problem` (the
// file is from a newer app: `problem` set), `fail` (the command rejects); `stored=recent`
// (the License screen as read two hours ago; default none), `stored=slow` (the same, once
// `__ipc.history.releaseStored()` is called); `changes=ok` (default), `partial` (only the
// first 2,000 of 2,700 people), `fail` (rejects with `no_history`); `analyses=one` (only
// the newest duplicate analysis kept; default three with `kept`); `dupsince=fail`
// (`duplicates_since` rejects with `no_history`); `detailmin=N` (`set_history_detail_days`
// refuses fewer than N days, 30 by default, with the backend's `invalid_argument` wording;
// a saved value is what later overviews say). Every call's arguments are in
// `__ipc.history.overviews`, `.changes`, `.duplicatesSince` and `.detailDays`.
import * as fixtures from '/test/fixtures.js';

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 * @returns {(cmd: string, args: any) => Promise<{ value: unknown } | undefined>}
 */
export function historyBackend(params, state) {
  const mode = params.get('history') ?? 'none';
  const stored = params.get('stored') ?? 'none';
  const changes = params.get('changes') ?? 'ok';
  const detailMin = Number(params.get('detailmin') ?? '30');
  /** The saved setting, once one was saved. @type {number | null} */
  let savedDays = null;
  /** @type {() => void} */
  let release = () => {};
  const storedGate = new Promise((resolve) => { release = () => resolve(undefined); });
  const h = {
    /** @type {(string | undefined)[]} the `since` of each history_overview */
    overviews: /** @type {(string | undefined)[]} */ ([]),
    /** @type {{ from: number, to?: number }[]} */
    changes: /** @type {{ from: number, to?: number }[]} */ ([]),
    releaseStored: () => release(),
    /** @type {{ from: number, to?: number }[]} */
    duplicatesSince: /** @type {{ from: number, to?: number }[]} */ ([]),
    /** @type {number[]} the `days` of each set_history_detail_days */
    detailDays: /** @type {number[]} */ ([]),
  };
  state.history = h;

  return async (cmd, args) => {
    if (cmd === 'history_overview') {
      h.overviews.push(args?.since);
      switch (mode) {
        case 'kept': {
          const all = fixtures.historyKept();
          if (savedDays !== null) all.detail_days = savedDays;
          if (params.get('analyses') === 'one') all.duplicates = all.duplicates.slice(-1);
          if (!args?.since) return { value: all };
          const since = Date.parse(args.since);
          return { value: { ...all, consumed: all.consumed.filter((l) => Date.parse(l.read_at) >= since), license: all.license.filter((r) => Date.parse(r.read_at) >= since) } };
        }
        case 'empty': return { value: fixtures.historyEmpty(fixtures.HISTORY_PATH) };
        case 'problem': return { value: fixtures.historyProblem() };
        case 'fail': throw fixtures.error('invalid_argument', 'The start `yesterday` is not a time: use a day (2026-01-05) or a time in RFC 3339 (2026-01-05T09:00:00Z).', 'Choose a range again.');
        default: return { value: fixtures.historyEmpty(null) };
      }
    }
    if (cmd === 'stored_license') {
      if (stored === 'none') return { value: null };
      if (stored === 'slow') await storedGate;
      return { value: fixtures.storedLicense() };
    }
    if (cmd === 'consumed_changes') {
      h.changes.push(args.to === undefined ? { from: args.from } : { from: args.from, to: args.to });
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (changes === 'fail') throw fixtures.error('no_history', 'No consumed-licenses load is kept yet.', 'Load the consumed licenses (Consumed licenses → Load): each load is kept.');
      return { value: fixtures.consumedChanges(args.from, args.to ?? 15, changes === 'partial') };
    }
    if (cmd === 'duplicates_since') {
      h.duplicatesSince.push(args.to === undefined ? { from: args.from } : { from: args.from, to: args.to });
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (params.get('dupsince') === 'fail') throw fixtures.error('no_history', 'No consumed-licenses load is kept yet.', 'Load the consumed licenses (Consumed licenses, Load; or `ghls consumed`): every load is kept, and changes are counted from the second one.');
      return { value: fixtures.duplicatesSince(args.from, args.to) };
    }
    if (cmd === 'set_history_detail_days') {
      h.detailDays.push(args.days);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // The backend's wording (crates/services/src/error.rs, Error::InvalidArgument).
      if (args.days < detailMin) throw fixtures.error('invalid_argument', `history detail \`${args.days} days\` is not valid: keep people's detail at least ${detailMin} days (summaries are kept for ever).`, 'Refresh the screen and try again.');
      savedDays = args.days;
      return { value: args.days };
    }
    return undefined;
  };
}
