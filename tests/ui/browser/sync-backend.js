// A stand-in for the Rust side of the sync flows (issue 5) and the Activity record, for the
// Chromium tests. Watches never end on their own: the test drives each one from outside,
// through `window.__ipc.sync`:
//
//   send(key, event)    streams a WatchEvent through the watch's channel
//   finish(key, event)  streams the final event, resolves the command with it, ends the channel
//   fail(key, error)    rejects the command with an ErrorReport
//   running(key)        whether a watch of that key runs
//   started             every start: { cmd, instance?, path?, since? } in order
//   cancelled           every cancel_watch argument
//
// Keys are what the real backend uses: the configured instance id, or for an upload the
// export's instance (`main` for github.acme.example, else the lower-case host). Channels are
// driven with Tauri's own wire format, like consumed-backend.js does: `runCallback(id,
// { index, message })`, then `{ index, end: true }`.
//
// One-click sync: `main` goes through Sync now (its watch is driven as above, its events wrap
// as `{ instance, event }`), `legacy` is skipped; the command resolves once `main` ends.
//
// Query parameters: `watching=ID` (a Sync now of ID already runs when the page opens, as
// after a reload), `activity=empty|fail`.
import * as fixtures from '/test/fixtures.js';

/** @typedef {import('../../../ui/bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../../../ui/bindings/WatchInfo').WatchInfo} WatchInfo */

/**
 * @typedef {object} Watch
 * @property {string} kind
 * @property {string} name
 * @property {string} since
 * @property {string} started_at
 * @property {number} started
 * @property {WatchEvent | null} last
 * @property {(e: WatchEvent) => void} emit
 * @property {() => void} end
 * @property {(v: unknown) => void} resolve
 * @property {(e: unknown) => void} reject
 */

const hosts = /** @type {Record<string, string>} */ ({ 'github.acme.example': 'main', 'ghes-legacy.acme.example': 'legacy' });
const names = /** @type {Record<string, string>} */ ({ main: 'github.acme.example', legacy: 'ghes-legacy.acme.example' });

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 * @returns {(cmd: string, args: any) => Promise<{ value: unknown } | undefined>}
 */
export function syncBackend(params, state) {
  /** @type {Map<string, Watch>} */
  const running = new Map();
  const internals = () => /** @type {any} */ (window).__TAURI_INTERNALS__;

  /**
   * A watch whose events go through `channel` (wrapped by `wrap` for one-click).
   * @param {string} key
   * @param {string} kind
   * @param {{ id: number } | null} channel
   * @param {(e: WatchEvent) => unknown} wrap
   * @param {string} [since]
   * @returns {Promise<unknown>}
   */
  function register(key, kind, channel, wrap = (e) => e, since = '') {
    if (running.has(key)) {
      const r = /** @type {Watch} */ (running.get(key));
      throw { ...fixtures.error('watch_running', `A watch of ${r.name} is already running (started 3 s ago).`, 'Wait for it to end, or cancel it.') };
    }
    let index = 0;
    return new Promise((resolve, reject) => {
      running.set(key, {
        kind,
        name: names[key] ?? key,
        since,
        started_at: new Date().toISOString(),
        started: Date.now(),
        last: null,
        emit: (e) => { if (channel) internals().runCallback(channel.id, { index: index++, message: wrap(e) }); },
        end: () => { if (channel) internals().runCallback(channel.id, { index, end: true }); },
        resolve,
        reject,
      });
    });
  }

  const s = {
    /** @type {{ cmd: string, instance?: string, path?: string, since?: string }[]} */
    started: /** @type {{ cmd: string, instance?: string, path?: string, since?: string }[]} */ ([]),
    /** @type {string[]} */
    cancelled: /** @type {string[]} */ ([]),
    running: (/** @type {string} */ key) => running.has(key),
    /** @param {string} key @param {WatchEvent} event */
    send(key, event) {
      const w = running.get(key);
      if (!w) throw new Error(`no watch of ${key} is running`);
      w.last = event;
      if (event.state === 'handed_off') w.since = event.at;
      w.emit(event);
    },
    /** @param {string} key @param {WatchEvent} event */
    finish(key, event) {
      const w = running.get(key);
      if (!w) throw new Error(`no watch of ${key} is running`);
      w.emit(event);
      running.delete(key);
      w.resolve(event);
      w.end();
    },
    /** @param {string} key @param {unknown} error */
    fail(key, error) {
      const w = running.get(key);
      if (!w) throw new Error(`no watch of ${key} is running`);
      running.delete(key);
      w.reject(error);
      w.end();
    },
  };
  state.sync = s;

  const watching = params.get('watching');
  if (watching) {
    const since = new Date(Date.now() - 42_000).toISOString();
    void register(watching, 'sync_now', null, (e) => e, since).catch(() => {});
    const w = /** @type {Watch} */ (running.get(watching));
    w.started = Date.now() - 43_000;
    w.last = fixtures.watchWaiting(42_000, 5);
  }

  /** @param {string} instance */
  const unknown = (instance) => fixtures.error('unknown_instance', `No GHES instance \`${instance}\` is configured.`, 'Add it in Connections.');

  return async (cmd, args) => {
    switch (cmd) {
      case 'start_upload': {
        s.started.push({ cmd, path: args.path });
        const v = fixtures.usageVerdict(args.path);
        if (v.status !== 'accepted') throw fixtures.error('usage_file_refused', v.message, v.fix);
        const host = v.export.host_name;
        return { value: await register(hosts[host] ?? host.toLowerCase(), 'add_server_usage', args.onProgress) };
      }
      case 'sync_now':
      case 'enable_license_sync': {
        s.started.push({ cmd, instance: args.instance });
        if (!names[args.instance]) throw unknown(args.instance);
        return { value: await register(args.instance, cmd, args.onProgress) };
      }
      case 'keep_watching': {
        s.started.push({ cmd, instance: args.instance, since: args.since });
        return { value: await register(args.instance, 'sync_now', args.onProgress, (e) => e, args.since) };
      }
      case 'cancel_watch': {
        s.cancelled.push(args.instance);
        const w = running.get(args.instance);
        if (!w) return { value: false };
        s.finish(args.instance, { state: 'cancelled' });
        return { value: true };
      }
      case 'watches': {
        /** @type {WatchInfo[]} */
        const list = [...running].map(([instance, w]) => ({
          instance,
          name: w.name,
          kind: /** @type {any} */ (w.kind),
          since: w.since,
          started_at: w.started_at,
          elapsed_ms: Date.now() - w.started,
          last: w.last,
        }));
        return { value: list };
      }
      case 'one_click_sync': {
        s.started.push({ cmd });
        const channel = args.onProgress;
        const main = register('main', 'sync_now', channel, (event) => ({ instance: 'main', event }));
        const event = /** @type {WatchEvent} */ (await main);
        return {
          value: {
            outcomes: [
              { instance: 'main', name: 'github.acme.example', path: 'connect_sync', result: { state: 'finished', event } },
              { instance: 'legacy', name: 'ghes-legacy.acme.example', path: 'none', result: { state: 'skipped', reason: 'export license usage first: GitHub Connect license sync is not known to be on for ghes-legacy.acme.example, and no usage export of it was checked in this session.' } },
            ],
            confirmed: event.state === 'confirmed' ? 1 : 0,
            total: 2,
            summary: `${event.state === 'confirmed' ? 1 : 0} of 2 instances confirmed; ghes-legacy.acme.example: export license usage first.`,
          },
        };
      }
      case 'activity': {
        const mode = params.get('activity');
        if (mode === 'fail') throw fixtures.error('activity_unreadable', 'The activity file could not be read: permission denied.', 'Check the permissions of the app data folder.');
        const all = mode === 'empty' ? [] : fixtures.activityEntries();
        return { value: args?.limit ? all.slice(0, args.limit) : all };
      }
      default: return undefined;
    }
  };
}
