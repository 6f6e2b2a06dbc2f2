// A stand-in for the Rust side of Duplicates' "Load server accounts", for the Chromium tests:
// `load_server_accounts` streams AccountsLoadProgress through its Channel (Tauri's wire
// format, as consumed-backend.js explains), `cancel_server_accounts` rejects the load with
// `cancelled`, `server_accounts_summary` answers what was loaded, and once accounts are
// loaded `duplicate_report` answers the report with the server entries named.
//
// Query parameters: `accounts=auto` (default: a few progress messages, then done), `manual`
// (the test drives it: `__ipc.accounts.send(msg)`, `.finish()`, `.fail(error)`),
// `forbidden` (GitHub refuses the GraphQL read), `partial` (GitHub gave only part).
import * as fixtures from '/test/fixtures.js';

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 * @returns {(cmd: string, args: any) => Promise<{ value: unknown } | undefined>}
 */
export function accountsBackend(params, state) {
  const mode = params.get('accounts') ?? 'auto';
  const complete = mode !== 'partial';
  /** @type {{ resolve: (v: unknown) => void, reject: (e: unknown) => void, channel: { id: number }, index: number } | null} */
  let running = null;

  const a = {
    loaded: false,
    loads: 0,
    running: () => running !== null,
    /** @param {unknown} message an AccountsLoadProgress */
    send(message) {
      if (!running) throw new Error('no load is running');
      /** @type {any} */ (window).__TAURI_INTERNALS__.runCallback(running.channel.id, { index: running.index++, message });
    },
    finish() {
      if (!running) throw new Error('no load is running');
      const r = running;
      const summary = fixtures.serverAccountsSummary(complete);
      a.send({ state: 'done', instances: summary.instances.length, accounts: summary.accounts });
      running = null;
      a.loaded = true;
      r.resolve(summary);
      /** @type {any} */ (window).__TAURI_INTERNALS__.runCallback(r.channel.id, { index: r.index, end: true });
    },
    /** @param {unknown} error an ErrorReport */
    fail(error) {
      if (!running) throw new Error('no load is running');
      const r = running;
      running = null;
      r.reject(error);
    },
  };
  state.accounts = a;

  return async (cmd, args) => {
    switch (cmd) {
      case 'load_server_accounts': {
        a.loads++;
        if (running) throw fixtures.error('job_running', 'Loading the server accounts is already running.', 'Wait until it finishes (or cancel it), then start again.');
        const done = new Promise((resolve, reject) => { running = { resolve, reject, channel: args.onProgress, index: 0 }; });
        if (mode !== 'manual') {
          await new Promise((r) => setTimeout(r, 15));
          a.send({ state: 'installations' });
          if (mode === 'forbidden') {
            a.fail(fixtures.error('forbidden', 'GitHub refused to show the Enterprise Server installations of acme (FORBIDDEN).', 'Use a token of an enterprise owner with read:enterprise (or admin:enterprise).'));
          } else {
            for (let i = 1; i <= 3 && running; i++) {
              await new Promise((r) => setTimeout(r, 15));
              if (running) a.send({ state: 'reading', instances_done: i - 1, instances_total: 3, accounts: i * 20_000, total_count: 60_000 });
            }
            if (running) a.finish();
          }
        }
        return { value: await done };
      }
      case 'cancel_server_accounts': {
        if (running) a.fail(fixtures.error('cancelled', 'Loading the server accounts was cancelled.', null));
        return { value: null };
      }
      case 'server_accounts_summary':
        return { value: a.loaded ? fixtures.serverAccountsSummary(complete) : null };
      case 'duplicate_report': {
        if (!a.loaded || !state.consumed?.loaded) return undefined;
        return { value: fixtures.duplicateReportWithAccounts(complete) };
      }
      default: return undefined;
    }
  };
}
