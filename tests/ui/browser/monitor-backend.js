// A stand-in for the Rust side of Background checks (feature `monitor`), for the Chromium
// tests. It keeps the settings in page memory, refuses what the services refuse (every N
// hours 1..=168, stale after N days 1..=90, per instance too) with `invalid_settings` and its
// fields, and answers Check now: the first check finds the legacy instance stale, later ones
// find nothing new. `state.monitor` records what it was sent.
//
// Query parameters: `monitor=on` (the checks are already on when the page opens),
// `monitor=autostart-fails` (turning Start at login on is refused as the shell refuses it),
// `check=unreachable` (a check cannot read GitHub).
import * as fixtures from '/test/fixtures.js';

/** @typedef {import('../../../ui/bindings/MonitorSettings').MonitorSettings} MonitorSettings */
/** @typedef {import('../../../ui/bindings/MonitorStatus').MonitorStatus} MonitorStatus */
/** @typedef {import('../../../ui/bindings/MonitorCheck').MonitorCheck} MonitorCheck */
/** @typedef {import('../../../ui/bindings/MonitorInstance').MonitorInstance} MonitorInstance */
/** @typedef {import('../../../ui/bindings/FieldProblem').FieldProblem} FieldProblem */

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 */
export function monitorBackend(params, state) {
  const mode = params.get('monitor') ?? '';
  /** @type {MonitorSettings} */
  let settings = { enabled: mode === 'on', every_hours: 6, stale_after_days: 7, per_instance_days: {}, start_at_login: false, told_about_tray: false };
  /** @type {string | null} */
  let lastCheck = null;
  /** @type {MonitorInstance[]} */
  let instances = [];
  let checks = 0;
  state.monitor = { saved: /** @type {MonitorSettings[]} */ ([]), checks: 0 };

  /** @param {MonitorSettings} s @returns {FieldProblem[]} */
  function problems(s) {
    /** @type {FieldProblem[]} */
    const out = [];
    const bad = (/** @type {number} */ n, /** @type {number} */ max) => !Number.isInteger(n) || n < 1 || n > max;
    if (bad(s.every_hours, 168)) out.push({ field: 'monitor.every_hours', label: 'Check every', message: `${s.every_hours} hours is not between 1 and 168.`, fix: 'Enter a number of hours from 1 to 168.' });
    if (bad(s.stale_after_days, 90)) out.push({ field: 'monitor.stale_after_days', label: 'Stale after', message: `${s.stale_after_days} days is not between 1 and 90.`, fix: 'Enter a number of days from 1 to 90.' });
    for (const [id, d] of Object.entries(s.per_instance_days)) {
      if (d !== undefined && bad(d, 90)) out.push({ field: `monitor.per_instance_days.${id}`, label: `Stale after (${id})`, message: `${d} days is not between 1 and 90.`, fix: 'Enter a number of days from 1 to 90.' });
    }
    return out;
  }

  /** @returns {MonitorStatus} */
  function status() {
    return {
      settings: structuredClone(settings),
      last_check: lastCheck,
      last_error: null,
      next_due: settings.enabled ? new Date(Date.now() + settings.every_hours * 3_600_000).toISOString() : null,
      instances: structuredClone(instances),
    };
  }

  /** @returns {MonitorInstance[]} */
  function judged() {
    const days = (/** @type {string} */ id) => settings.per_instance_days[id] ?? settings.stale_after_days;
    return [
      { instance_id: 'main', hostname: 'github.acme.example', verdict: 'ok', last_sync: new Date(Date.now() - 86_400_000).toISOString(), stale_after_days: days('main'), github_error: null },
      { instance_id: 'legacy', hostname: 'ghes-legacy.acme.example', verdict: 'stale', last_sync: new Date(Date.now() - 37 * 86_400_000).toISOString(), stale_after_days: days('legacy'), github_error: null },
    ];
  }

  /**
   * @param {string} cmd
   * @param {any} args
   * @returns {Promise<{ value: unknown } | undefined>}
   */
  return async function answer(cmd, args) {
    switch (cmd) {
      case 'monitor_settings': return { value: structuredClone(settings) };
      case 'monitor_status': return { value: status() };
      case 'set_monitor_settings': {
        /** @type {MonitorSettings} */
        const next = args.settings;
        state.monitor.saved.push(structuredClone(next));
        const refused = problems(next);
        if (refused.length > 0) {
          throw { ...fixtures.error('invalid_settings', `${refused.length} background check setting${refused.length === 1 ? ' needs' : 's need'} attention.`, refused[0].fix), fields: refused };
        }
        if (mode === 'autostart-fails' && next.start_at_login && !settings.start_at_login) {
          throw fixtures.error('autostart', 'Start at login could not be turned on: Not a directory (os error 20).', 'Check that your home folder’s autostart folder (~/.config/autostart on Linux) is writable.');
        }
        settings = structuredClone(next);
        return { value: structuredClone(settings) };
      }
      case 'monitor_check_now': {
        checks++;
        state.monitor.checks = checks;
        await new Promise((resolve) => setTimeout(resolve, 50));
        const checkedAt = new Date().toISOString();
        if (params.get('check') === 'unreachable') {
          return { value: /** @type {MonitorCheck} */ ({ checked_at: checkedAt, news: [], instances: [], error: fixtures.error('connection_refused', 'GitHub could not be reached at http://127.0.0.1:9: connection refused.', 'Check the address in Connections.'), uploads_error: null, save_error: null }) };
        }
        instances = judged();
        lastCheck = checkedAt;
        /** @type {MonitorCheck} */
        const check = {
          checked_at: checkedAt,
          news: checks === 1
            ? [{ instance_id: 'legacy', hostname: 'ghes-legacy.acme.example', kind: 'became_stale', title: 'ghes-legacy.acme.example has not synced for 37 days', body: 'Its last license sync was 37 days ago; the threshold is 7 days. Sync it from the License screen.' }]
            : [],
          instances: structuredClone(instances),
          error: null,
          uploads_error: params.get('check') === 'no-graphql'
            ? fixtures.error('forbidden', 'GitHub refused the GraphQL read: Resource not accessible by personal access token.', 'Give the token read:enterprise.')
            : null,
          save_error: null,
        };
        return { value: check };
      }
      default: return undefined;
    }
  };
}
