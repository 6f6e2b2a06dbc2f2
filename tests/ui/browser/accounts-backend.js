// A stand-in for the Rust side of Duplicates' "Load server accounts", for the Chromium tests:
// `load_server_accounts` streams AccountsLoadProgress through its Channel (Tauri's wire
// format, as consumed-backend.js explains), `cancel_server_accounts` rejects the load with
// `cancelled`, `server_accounts_summary` answers what was loaded, and once accounts are
// loaded `duplicate_overview` and `duplicate_findings` answer from the report with the
// server entries named.
//
// Query parameters: `accounts=auto` (default: a few progress messages, then done), `manual`
// (the test drives it: `__ipc.accounts.send(msg)`, `.finish()`, `.fail(error)`),
// `forbidden` (GitHub refuses the GraphQL read), `partial` (GitHub gave only part).
import { channelLoad } from '/test/channel-load.js';
import * as fixtures from '/test/fixtures.js';

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 * @returns {(cmd: string, args: any) => Promise<{ value: unknown } | undefined>}
 */
export function accountsBackend(params, state) {
  const mode = params.get('accounts') ?? 'auto';
  const complete = mode !== 'partial';
  const load = channelLoad();

  const a = {
    loaded: false,
    loads: 0,
    running: load.running,
    /** @type {(message: unknown) => void} sends an AccountsLoadProgress */
    send: load.send,
    finish() {
      const summary = fixtures.serverAccountsSummary(complete);
      load.finish({ state: 'done', instances: summary.instances.length, accounts: summary.accounts }, summary);
      a.loaded = true;
    },
    /** @type {(error: unknown) => void} ends the load with an ErrorReport */
    fail: load.fail,
  };
  state.accounts = a;

  return async (cmd, args) => {
    switch (cmd) {
      case 'load_server_accounts': {
        a.loads++;
        if (load.running()) throw fixtures.error('job_running', 'Loading the server accounts is already running.', 'Wait until it finishes (or cancel it), then start again.');
        const done = load.start(args.onProgress);
        if (mode !== 'manual') {
          await new Promise((r) => setTimeout(r, 15));
          a.send({ state: 'installations' });
          if (mode === 'forbidden') {
            a.fail(fixtures.error('forbidden', 'GitHub refused to show the Enterprise Server installations of acme (FORBIDDEN).', 'Use a token of an enterprise owner with read:enterprise (or admin:enterprise).'));
          } else {
            for (let i = 1; i <= 3 && load.running(); i++) {
              await new Promise((r) => setTimeout(r, 15));
              if (load.running()) a.send({ state: 'reading', instances_done: i - 1, instances_total: 3, accounts: i * 20_000, total_count: 60_000 });
            }
            if (load.running()) a.finish();
          }
        }
        return { value: await done };
      }
      case 'cancel_server_accounts': {
        if (load.running()) a.fail(fixtures.error('cancelled', 'Loading the server accounts was cancelled.', null));
        return { value: null };
      }
      case 'server_accounts_summary':
        return { value: a.loaded ? fixtures.serverAccountsSummary(complete) : null };
      case 'duplicate_overview': {
        if (!a.loaded || !state.consumed?.loaded) return undefined;
        return { value: fixtures.overviewOf(fixtures.duplicateReportWithAccounts(complete)) };
      }
      case 'duplicate_findings': {
        if (!a.loaded || !state.consumed?.loaded) return undefined;
        return { value: fixtures.findingsOf(fixtures.duplicateReportWithAccounts(complete), args.query) };
      }
      default: return undefined;
    }
  };
}
