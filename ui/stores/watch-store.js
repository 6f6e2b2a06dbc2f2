// The confirmation watches of the sync flows (Add server usage, Sync now, Enable automatic
// license sync, One-click sync), shared by every screen that shows them. A watch runs for
// minutes and outlives the screen that started it, so it lives here, not in a view (like
// consumed-store.js): leaving a screen does not stop it, and coming back shows where it is.
// A watch this window did not start (the window was reloaded while the backend kept
// watching) is learnt from the backend's `watches()` and followed by polling until it ends.
//
// One job per key: a second start while one runs returns the running one, so a double click
// never starts two. Keys: `upload` for the Add server usage of this window, else the
// configured instance id (what the backend's `cancel_watch` and `keep_watching` take).
//
// Nothing here says "confirmed" on its own: an entry ends confirmed only with the backend's
// `confirmed` event, which is GitHub read back.
import { asErrorReport, uiError } from '../lib/ipc.js';
import { createListeners } from './listeners.js';

/** @typedef {import('../bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../bindings/WatchInfo').WatchInfo} WatchInfo */
/** @typedef {import('../bindings/WatchKind').WatchKind} WatchKind */
/** @typedef {import('../bindings/OneClickEvent').OneClickEvent} OneClickEvent */
/** @typedef {import('../bindings/OneClickResult').OneClickResult} OneClickResult */
/** @typedef {import('../bindings/SyncPath').SyncPath} SyncPath */
/** @typedef {import('../bindings/Activity').Activity} Activity */
/** @typedef {import('../bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {Extract<WatchEvent, { state: 'handed_off' }>} HandedOff */

/**
 * How a watch ended. `event`: the backend's final event; `stopped`: the admin stopped after a
 * time-out; `skipped` / `refused`: a one-click instance or a start the backend refused;
 * `gone`: a watch followed by polling disappeared, with what the Activity record says.
 * @typedef {{ type: 'event', event: WatchEvent }
 *   | { type: 'stopped', event: WatchEvent }
 *   | { type: 'skipped', reason: string }
 *   | { type: 'refused', error: ErrorReport }
 *   | { type: 'gone', activity: Activity | null }} WatchEnd
 */

/**
 * @typedef {object} WatchEntry
 * @property {string} key
 * @property {WatchKind} kind
 * @property {string} label what it is about, for people: a host name or a file name
 * @property {string | null} host the host name (an upload's export host)
 * @property {boolean} busy a backend call (or a followed watch) runs for it
 * @property {boolean} oneClick part of a one-click sync
 * @property {SyncPath | null} path the path one-click took
 * @property {boolean} detached learnt from `watches()`, followed by polling
 * @property {HandedOff | null} handedOff what was handed off
 * @property {WatchEvent | null} last the latest event
 * @property {number} elapsedMs elapsed time as of `elapsedAt`
 * @property {number} elapsedAt `Date.now()` when `elapsedMs` was true
 * @property {WatchEnd | null} end
 * @property {string | null} backendKey what `cancel_watch` / `keep_watching` take
 * @property {string | null} since the hand-off time T
 * @property {boolean} cancelling
 * @property {ErrorReport | null} cancelError
 * @property {string} startedAt RFC 3339
 */

/**
 * @typedef {{ busy: boolean, result: OneClickResult | null, error: ErrorReport | null }} OneClickState
 */

/**
 * @typedef {object} WatchBackend
 * @property {(path: string, on: (e: WatchEvent) => void) => Promise<WatchEvent>} startUpload
 * @property {(instance: string, on: (e: WatchEvent) => void) => Promise<WatchEvent>} syncNow
 * @property {(instance: string, on: (e: WatchEvent) => void) => Promise<WatchEvent>} enableLicenseSync
 * @property {(instance: string, since: string, on: (e: WatchEvent) => void) => Promise<WatchEvent>} keepWatching
 * @property {(instance: string) => Promise<boolean>} cancelWatch
 * @property {() => Promise<WatchInfo[]>} watches
 * @property {(on: (e: OneClickEvent) => void) => Promise<OneClickResult>} oneClickSync
 * @property {(limit?: number) => Promise<Activity[]>} activity
 */

/**
 * @typedef {object} WatchStore
 * @property {(key: string) => WatchEntry | undefined} entry
 * @property {(key: string) => boolean} busy true while a job runs for `key` (or a one-click sync, for instances)
 * @property {() => boolean} anyBusy
 * @property {(path: string, about: { label: string, host: string }) => Promise<void>} startUpload
 * @property {(instance: string, label: string) => Promise<void>} syncNow
 * @property {(instance: string, label: string) => Promise<void>} enableLicenseSync
 * @property {(key: string) => Promise<void>} keepWatching after a time-out, with the same T
 * @property {(key: string) => void} stop after a time-out: stop, not confirmed
 * @property {(key: string) => Promise<void>} cancel
 * @property {() => Promise<void>} oneClick
 * @property {() => OneClickState} oneClickState
 * @property {() => Promise<void>} attach learns running watches from the backend
 * @property {(listener: (key: string) => void) => () => void} subscribe hears the key that changed (`one-click` for the one-click state)
 */

/** A followed watch is asked about this often. */
const POLL_MS = 2000;
export const ONE_CLICK = 'one-click';
const FINAL = new Set(['confirmed', 'failed', 'timed_out', 'cancelled']);

/** @param {WatchEvent} e */
export const isFinal = (e) => FINAL.has(e.state);

/**
 * @param {WatchBackend} backend
 * @returns {WatchStore}
 */
export function createWatchStore(backend) {
  /** @type {Map<string, WatchEntry>} */
  const entries = new Map();
  /** @type {import('./listeners.js').Listeners<string>} */
  const listeners = createListeners();
  /** @type {OneClickState & { promise: Promise<void> | null, run: number }} */
  const oneClick = { busy: false, result: null, error: null, promise: null, run: 0 };
  /** @type {WeakMap<WatchEntry, Promise<void>>} */
  const jobs = new WeakMap();
  /** Entries a one-click run created, by run number. @type {WeakMap<WatchEntry, number>} */
  const oneClickRun = new WeakMap();
  /** @type {ReturnType<typeof setTimeout> | null} */
  let poll = null;
  /** @type {Promise<void> | null} */
  let attaching = null;

  const emit = listeners.emit;

  /**
   * @param {string} key
   * @param {{ kind: WatchKind, label: string, host?: string | null, backendKey?: string | null, since?: string | null, handedOff?: HandedOff | null, oneClick?: boolean, detached?: boolean }} init
   * @returns {WatchEntry}
   */
  function fresh(key, init) {
    const since = init.since ?? null;
    const sinceMs = since ? Date.parse(since) : NaN;
    return {
      key,
      kind: init.kind,
      label: init.label,
      host: init.host ?? null,
      busy: true,
      oneClick: init.oneClick ?? false,
      path: null,
      detached: init.detached ?? false,
      handedOff: init.handedOff ?? null,
      last: null,
      elapsedMs: Number.isNaN(sinceMs) ? 0 : Math.max(0, Date.now() - sinceMs),
      elapsedAt: Date.now(),
      end: null,
      backendKey: init.backendKey ?? null,
      since,
      cancelling: false,
      cancelError: null,
      startedAt: new Date().toISOString(),
    };
  }

  /**
   * Takes one streamed event. Late events of an ended watch are dropped.
   * @param {WatchEntry} e
   * @param {WatchEvent} ev
   */
  function take(e, ev) {
    // The final event comes twice (through the channel and as the command's answer): the
    // first one ends the watch, the rest are late.
    if (e.end) return;
    e.last = ev;
    switch (ev.state) {
      case 'handed_off': {
        e.handedOff = ev;
        e.since = ev.at;
        const at = Date.parse(ev.at);
        e.elapsedMs = Number.isNaN(at) ? 0 : Math.max(0, Date.now() - at);
        e.elapsedAt = Date.now();
        if (e.kind === 'add_server_usage' && !e.backendKey) void learnUploadKey(e);
        break;
      }
      case 'waiting':
      case 'processing':
        e.elapsedMs = ev.elapsed_ms;
        e.elapsedAt = Date.now();
        break;
      case 'timed_out':
        e.elapsedMs = ev.elapsed_ms;
        e.elapsedAt = Date.now();
        e.since = ev.since;
        e.end = { type: 'event', event: ev };
        break;
      default:
        e.end = { type: 'event', event: ev };
    }
  }

  /**
   * An upload's backend key (the configured id, or the export's host name) is not known
   * before the backend registers the watch; `watches()` says it, for Cancel and Keep watching.
   * @param {WatchEntry} e
   */
  async function learnUploadKey(e) {
    try {
      const list = await backend.watches();
      const uploads = list.filter((w) => w.kind === 'add_server_usage');
      const w = uploads.find((x) => e.since !== null && x.since === e.since)
        ?? uploads.find((x) => e.host !== null && x.name.toLowerCase() === e.host.toLowerCase())
        ?? (uploads.length === 1 ? uploads[0] : undefined);
      if (w && !e.backendKey) e.backendKey = w.instance;
    } catch {
      // Cancel asks again; Keep watching falls back to the host name.
    }
  }

  /**
   * Starts a job for `key` unless one runs.
   * @param {string} key
   * @param {Parameters<typeof fresh>[1]} init
   * @param {(on: (e: WatchEvent) => void) => Promise<WatchEvent>} call
   */
  function run(key, init, call) {
    const current = entries.get(key);
    if (current && (current.busy || (oneClick.busy && key !== 'upload'))) return jobs.get(current) ?? Promise.resolve();
    const e = fresh(key, init);
    entries.set(key, e);
    const job = (async () => {
      try {
        const final = await call((ev) => {
          if (entries.get(key) !== e) return;
          take(e, ev);
          emit(key);
        });
        if (entries.get(key) !== e) return;
        take(e, final);
        if (!e.end) e.end = { type: 'event', event: final };
      } catch (err) {
        if (entries.get(key) !== e) return;
        e.end = { type: 'refused', error: asErrorReport(err) };
      }
      e.busy = false;
      e.cancelling = false;
      emit(key);
    })();
    jobs.set(e, job);
    emit(key);
    return job;
  }

  /** @param {string} key */
  async function cancel(key) {
    const e = entries.get(key);
    if (!e || !e.busy || e.cancelling) return;
    e.cancelling = true;
    e.cancelError = null;
    emit(key);
    try {
      if (!e.backendKey && e.kind === 'add_server_usage') await learnUploadKey(e);
      const target = e.backendKey ?? key;
      const was = await backend.cancelWatch(target);
      if (e.detached && entries.get(key) === e) {
        // No channel tells a followed watch's end: it is over now, by our own hand.
        e.busy = false;
        e.end = { type: 'event', event: { state: 'cancelled' } };
        e.cancelling = false;
        emit(key);
      } else if (!was) {
        e.cancelling = false;
        emit(key);
      }
    } catch (err) {
      e.cancelling = false;
      e.cancelError = asErrorReport(err);
      emit(key);
    }
  }

  /** @param {string} key */
  function keepWatching(key) {
    const e = entries.get(key);
    if (!e || e.busy) return Promise.resolve();
    const last = e.end && (e.end.type === 'event' || e.end.type === 'stopped') ? e.end.event : null;
    const since = last && last.state === 'timed_out' ? last.since : e.since;
    const target = e.backendKey ?? (e.kind === 'add_server_usage' ? (e.host?.toLowerCase() ?? null) : key);
    if (!since || !target) {
      e.end = { type: 'refused', error: uiError('internal', 'watch-since-unknown') };
      emit(key);
      return Promise.resolve();
    }
    return run(key, { kind: e.kind, label: e.label, host: e.host, backendKey: target, since, handedOff: e.handedOff, oneClick: e.oneClick },
      (on) => backend.keepWatching(target, since, on));
  }

  /** @param {string} key */
  function stop(key) {
    const e = entries.get(key);
    if (!e || e.busy || !e.end || e.end.type !== 'event' || e.end.event.state !== 'timed_out') return;
    e.end = { type: 'stopped', event: e.end.event };
    emit(key);
  }

  function runOneClick() {
    if (oneClick.busy && oneClick.promise) return oneClick.promise;
    const mine = ++oneClick.run;
    oneClick.busy = true;
    oneClick.result = null;
    oneClick.error = null;
    /** @param {string} instance @param {string} label */
    const own = (instance, label) => {
      let e = entries.get(instance);
      if (!e || oneClickRun.get(e) !== mine) {
        if (e && e.busy) return null; // another job of this instance runs: the backend refuses this one
        e = fresh(instance, { kind: 'sync_now', label, backendKey: instance, oneClick: true });
        oneClickRun.set(e, mine);
        entries.set(instance, e);
      }
      return e;
    };
    oneClick.promise = (async () => {
      try {
        const result = await backend.oneClickSync(({ instance, event }) => {
          const e = own(instance, instance);
          if (!e) return;
          if (event.state === 'handed_off' && event.file_path) e.kind = 'add_server_usage';
          take(e, event);
          if (isFinal(event)) e.busy = false;
          emit(instance);
        });
        for (const o of result.outcomes) {
          const e = own(o.instance, o.name);
          if (!e) continue;
          e.label = o.name;
          e.path = o.path;
          if (o.path === 'add_server_usage') e.kind = 'add_server_usage';
          e.busy = false;
          e.end = o.result.state === 'finished' ? { type: 'event', event: o.result.event }
            : o.result.state === 'skipped' ? { type: 'skipped', reason: o.result.reason }
              : { type: 'refused', error: o.result.error };
          emit(o.instance);
        }
        oneClick.result = result;
      } catch (err) {
        oneClick.error = asErrorReport(err);
      } finally {
        oneClick.busy = false;
        for (const [key, e] of entries) {
          if (oneClickRun.get(e) === mine && e.busy) {
            e.busy = false;
            emit(key);
          }
        }
        emit(ONE_CLICK);
      }
    })();
    emit(ONE_CLICK);
    return oneClick.promise;
  }

  /** Learns the backend's running watches; follows the ones no channel of ours reports. */
  function attach() {
    attaching ??= (async () => {
      try {
        /** @type {WatchInfo[]} */
        let list;
        try {
          list = await backend.watches();
        } catch {
          return; // a backend without the command, or none at all: nothing to follow
        }
        const listed = new Set();
        for (const w of list) {
          const upload = entries.get('upload');
          if (w.kind === 'add_server_usage' && upload?.busy && !upload.detached
            && (upload.backendKey === w.instance || (!upload.backendKey && (upload.since === w.since || upload.host?.toLowerCase() === w.name.toLowerCase())))) {
            upload.backendKey = w.instance;
            continue;
          }
          const mineLive = entries.get(w.instance);
          if (mineLive?.busy && !mineLive.detached) continue;
          // A followed upload shows on Add server usage, unless this window runs its own.
          const key = w.kind === 'add_server_usage' && (!upload || !upload.busy || (upload.detached && upload.backendKey === w.instance))
            ? 'upload'
            : w.instance;
          listed.add(key);
          let e = entries.get(key);
          if (!e || !e.detached || !e.busy || e.backendKey !== w.instance) {
            e = fresh(key, { kind: w.kind, label: w.name, host: w.name, backendKey: w.instance, since: w.since || null, detached: true });
            e.startedAt = w.started_at;
            entries.set(key, e);
          }
          if (w.last) take(e, w.last);
          if (e.end) e.busy = false;
          e.elapsedMs = w.elapsed_ms;
          e.elapsedAt = Date.now();
          emit(key);
        }
        for (const [key, e] of entries) {
          if (e.detached && e.busy && !listed.has(key)) {
            e.busy = false;
            e.end = { type: 'gone', activity: await outcomeOf(e) };
            emit(key);
          }
        }
      } finally {
        attaching = null;
        schedule();
      }
    })();
    return attaching;
  }

  /**
   * What the Activity record says about a followed watch that ended.
   * @param {WatchEntry} e
   */
  async function outcomeOf(e) {
    try {
      const recent = await backend.activity(50);
      return recent.find((a) => a.kind === e.kind && a.target === e.label && a.outcome !== 'info' && a.at >= e.startedAt) ?? null;
    } catch {
      return null;
    }
  }

  function schedule() {
    if (poll !== null) clearTimeout(poll);
    poll = null;
    if ([...entries.values()].some((e) => e.detached && e.busy)) poll = setTimeout(() => { poll = null; void attach(); }, POLL_MS);
  }

  return {
    entry: (key) => entries.get(key),
    busy: (key) => (entries.get(key)?.busy ?? false) || (oneClick.busy && key !== 'upload'),
    anyBusy: () => oneClick.busy || [...entries.values()].some((e) => e.busy),
    async startUpload(path, about) {
      await run('upload', { kind: 'add_server_usage', label: about.label, host: about.host }, (on) => backend.startUpload(path, on));
    },
    async syncNow(instance, label) {
      await run(instance, { kind: 'sync_now', label, host: label, backendKey: instance }, (on) => backend.syncNow(instance, on));
    },
    async enableLicenseSync(instance, label) {
      await run(instance, { kind: 'enable_license_sync', label, host: label, backendKey: instance }, (on) => backend.enableLicenseSync(instance, on));
    },
    keepWatching,
    stop,
    cancel,
    oneClick: runOneClick,
    oneClickState: () => ({ busy: oneClick.busy, result: oneClick.result, error: oneClick.error }),
    attach,
    subscribe: listeners.subscribe,
  };
}
