// License overviews for the UI tests, typed against the bindings generated from the Rust
// types (tsc checks them), so a change on the Rust side breaks these fixtures loudly.

/** @typedef {import('../../../ui/bindings/LicenseOverview').LicenseOverview} LicenseOverview */
/** @typedef {import('../../../ui/bindings/ErrorReport').ErrorReport} ErrorReport */
/** @typedef {import('../../../ui/bindings/AppInfo').AppInfo} AppInfo */

const now = new Date();
/** @param {number} days */
const daysAgo = (days) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** @returns {AppInfo} */
export function demoInfo() {
  return {
    version: '0.1.0',
    mode: 'demo',
    credential_backend: 'memory',
    emulator_url: 'http://127.0.0.1:9',
    settings_path: null,
    settings_warning: null,
  };
}

/** @returns {LicenseOverview} */
export function loaded() {
  return {
    fetched_at: now.toISOString(),
    cloud: {
      state: 'loaded',
      data: {
        enterprise: 'acme',
        api_url: 'http://127.0.0.1:9/ghec/api',
        seats: { state: 'loaded', data: { consumed: 1321, purchased: 1400, available: 79 } },
        instances: {
          state: 'loaded',
          data: [
            { configured_id: 'main', sync: sync('github.acme.example', 1, 'synced', 'yesterday') },
            { configured_id: 'legacy', sync: sync('ghes-legacy.acme.example', 37, 'stale', '5 weeks ago') },
            { configured_id: null, sync: sync('ghes-lab.acme.example', 2, 'failed', '2 days ago', 'failed', 'The uploaded file is not a license usage export') },
          ],
        },
      },
    },
    servers: [
      {
        id: 'main',
        name: 'github.acme.example',
        hostname: 'github.acme.example',
        api_url: 'http://127.0.0.1:9/ghes/main/api/v3',
        version: '3.17.4',
        license: {
          state: 'loaded',
          data: {
            seats: { kind: 'count', value: 1400 },
            seats_used: 1316,
            seats_available: { kind: 'count', value: 84 },
            kind: 'standard',
            expiry: { date: { raw: '2027/06/10 12:41:52 -0600', at: '2027-06-10T18:41:52Z' }, days_left: 200, state: 'ok' },
          },
        },
        sync: { state: 'loaded', data: sync('github.acme.example', 1, 'synced', 'yesterday') },
      },
      {
        id: 'legacy',
        name: 'ghes-legacy.acme.example',
        hostname: 'ghes-legacy.acme.example',
        api_url: 'http://127.0.0.1:9/ghes/legacy/api/v3',
        version: '3.12.9',
        license: {
          state: 'loaded',
          data: {
            seats: { kind: 'unlimited' },
            seats_used: 56,
            seats_available: { kind: 'unlimited' },
            kind: 'standard',
            expiry: { date: { raw: '2026/12/13 19:36:47 +0100', at: '2026-12-13T18:36:47Z' }, days_left: 21, state: 'soon' },
          },
        },
        sync: { state: 'loaded', data: sync('ghes-legacy.acme.example', 37, 'stale', '5 weeks ago') },
      },
    ],
  };
}

/**
 * @param {string} host
 * @param {number} age
 * @param {import('../../../ui/bindings/SyncHealth').SyncHealth} health
 * @param {string} relative
 * @param {string} [status]
 * @param {string} [error]
 * @returns {import('../../../ui/bindings/SyncView').SyncView}
 */
function sync(host, age, health, relative, status = 'success', error) {
  const at = daysAgo(age);
  return {
    server_id: `id-${host}`,
    hostname: host,
    last_sync: { raw: at, at },
    relative,
    age_days: age,
    status,
    error: error ?? null,
    health,
    stale: age > 7,
  };
}

/** @param {string} kind @param {string} message @param {string} fix @returns {ErrorReport} */
export function error(kind, message, fix) {
  return { kind, message, fix, github_message: null, documentation_url: null, retry_after_seconds: null };
}

/** One instance refuses the token; everything else loads. @returns {LicenseOverview} */
export function oneInstanceRefused() {
  const o = loaded();
  o.servers[1].license = {
    state: 'failed',
    error: {
      ...error('not_found', 'GHES ghes-legacy.acme.example: GET /api/v3/enterprise/settings/license: GitHub answered 404 Not Found "Not Found".',
        'GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator.'),
      github_message: 'Not Found',
      documentation_url: 'https://docs.github.com/enterprise-server@3.12/rest',
    },
  };
  return o;
}

/** Nothing answers: the emulator was stopped. @returns {LicenseOverview} */
export function unreachable() {
  const refused = error('connection_refused',
    'GHES github.acme.example: GET /api/v3/enterprise/settings/license: the connection to 127.0.0.1:9 was refused: nothing is listening there.',
    'The built-in GitHub emulator is not answering: it was stopped. Quit and start the demo again. Check the host name and port, and that the instance is running.');
  const o = loaded();
  for (const s of o.servers) {
    s.license = { state: 'failed', error: refused };
    s.sync = { state: 'failed', error: refused };
  }
  if (o.cloud.state === 'loaded') {
    o.cloud.data.seats = { state: 'failed', error: refused };
    o.cloud.data.instances = { state: 'failed', error: refused };
  }
  return o;
}

/** Nothing configured yet. @returns {LicenseOverview} */
export function empty() {
  return {
    fetched_at: now.toISOString(),
    servers: [],
    cloud: { state: 'not_configured', reason: 'Add the GitHub Enterprise Cloud enterprise in Connections to see its seats and license sync.' },
  };
}

/** GitHub's text is shown as text, never as HTML. @returns {LicenseOverview} */
export function hostileText() {
  const o = oneInstanceRefused();
  const s = o.servers[1].license;
  if (s.state === 'failed') s.error.message = '<img src=x onerror="window.__pwned=true"> injected';
  return o;
}
