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
        servers: {
          state: 'loaded',
          data: [
            known('github.acme.example', true, 'main', [upload('github-connect-github.acme.example-20261205T200827Z.json', 'SUCCESS', 1)]),
            known('ghes-legacy.acme.example', false, 'legacy', [upload('ghes-legacy.acme.example-license-usage-20261030.json', 'SUCCESS', 37)]),
            known('ghes-lab.acme.example', false, null, [upload('lab-usage.json', 'FAILURE', 2)]),
          ],
        },
        servers_missing: [],
        licensing_page: { url: 'http://127.0.0.1:9/ghec/web/enterprises/acme/licensing', menu: 'Your enterprises → acme → Billing and licensing → Licensing' },
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
        license_sync_mode: { connected: true, read_at: now.toISOString(), current: true },
        uploads: [upload('github-connect-github.acme.example-20261205T200827Z.json', 'SUCCESS', 1), upload('github-connect-github.acme.example-20261128T200827Z.json', 'SUCCESS', 8)],
        pages: pages('main'),
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
        license_sync_mode: { connected: false, read_at: now.toISOString(), current: true },
        uploads: [upload('ghes-legacy.acme.example-license-usage-20261030.json', 'SUCCESS', 37)],
        pages: pages('legacy'),
      },
    ],
  };
}

/** @param {string} name @returns {import('../../../ui/bindings/ServerPages').ServerPages} */
function pages(name) {
  return {
    license: { url: `http://127.0.0.1:9/ghes/${name}/web/enterprise/settings/license`, menu: 'Enterprise settings → Settings → License' },
    connect: { url: `http://127.0.0.1:9/ghes/${name}/web/enterprise/settings/dotcom_connection`, menu: 'Enterprise settings → GitHub Connect' },
  };
}

/**
 * @param {string} name
 * @param {string} state
 * @param {number} age days
 * @returns {import('../../../ui/bindings/UploadView').UploadView}
 */
function upload(name, state, age) {
  return { name, state, at: daysAgo(age) };
}

/**
 * @param {string} host
 * @param {boolean} connected
 * @param {string | null} configured
 * @param {import('../../../ui/bindings/UploadView').UploadView[]} uploads
 * @returns {import('../../../ui/bindings/KnownServer').KnownServer}
 */
function known(host, connected, configured, uploads) {
  return { host_name: host, customer_name: 'Acme Corporation', connected, uploads, uploads_total: uploads.length, configured_id: configured };
}

/** GitHub's GraphQL view is refused (SAML SSO); the REST reads still load. @returns {LicenseOverview} */
/** GitHub answered the server list with part of it missing. @returns {LicenseOverview} */
export function knownServersPartial() {
  const o = loaded();
  if (o.cloud.state === 'loaded') {
    o.cloud.data.servers_missing = ['enterprise.ownerInfo.enterpriseServerInstallations.nodes.2: FORBIDDEN: Resource not accessible'];
  }
  return o;
}

export function knownServersRefused() {
  const o = loaded();
  if (o.cloud.state === 'loaded') {
    o.cloud.data.servers = {
      state: 'failed',
      error: error('sso_required', 'GHEC enterprise acme: POST /graphql: the token is not authorised for SAML single sign-on.',
        'Authorise the token for SSO: GitHub → Settings → Developer settings → Personal access tokens → Configure SSO → Authorize for acme.'),
    };
  }
  for (const s of o.servers) {
    s.uploads = null;
    s.license_sync_mode = s.license_sync_mode && { ...s.license_sync_mode, current: false, read_at: daysAgo(3) };
  }
  return o;
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
    o.cloud.data.servers = { state: 'failed', error: refused };
  }
  for (const s of o.servers) {
    s.uploads = null;
    s.license_sync_mode = s.license_sync_mode && { ...s.license_sync_mode, current: false, read_at: daysAgo(2) };
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

/** @typedef {import('../../../ui/bindings/UsageVerdict').UsageVerdict} UsageVerdict */

/** What the backend says about the files the Add server usage tests drop. */
export const usageFiles = {
  good: '/home/admin/Downloads/github.acme.example-license-usage-20261120.json',
  stale: '/home/admin/Downloads/ghes-legacy-license-usage.json',
  ghl: '/home/admin/Downloads/github-enterprise.ghl',
  csv: '/home/admin/Downloads/consumed_licenses_acme.csv',
};

/**
 * @param {string} path
 * @returns {UsageVerdict}
 */
export function usageVerdict(path) {
  switch (path) {
    case usageFiles.good: return {
      status: 'accepted',
      export: usageExport('github.acme.example', '3.17.4', true),
      age: { seconds: 3 * 3600, words: '3 hours ago' },
      warnings: [],
    };
    case usageFiles.stale: return {
      status: 'accepted',
      export: usageExport('ghes-lab.acme.example', '3.12.9', false),
      age: { seconds: 20 * 86400, words: '3 weeks ago' },
      warnings: [
        { kind: 'unknown_instance', host_name: 'ghes-lab.acme.example', server_id: '6d1db36c-0000', same_server_as: null, message: 'ghes-lab.acme.example is not one of the GHES instances configured in this app.', fix: 'Check that you exported from the right instance, or add it in Connections.' },
        { kind: 'stale', age_days: 20, age: '3 weeks ago', message: 'The file was exported 3 weeks ago.', fix: 'Export the license usage again so GitHub gets today’s users.' },
      ],
    };
    case usageFiles.ghl: return {
      status: 'refused',
      kind: 'ghl_license',
      message: 'This is a GitHub Enterprise Server license file (.ghl), not license usage.',
      fix: 'To install it, use Upload a new license on the License screen. For Add server usage, export the usage on GHES: Enterprise settings → License → Export license usage.',
    };
    case usageFiles.csv: return {
      status: 'refused',
      kind: 'ghec_csv',
      message: 'This is GitHub Enterprise Cloud’s consumed-licenses CSV report, not server usage.',
      fix: 'Export the license usage on GHES instead: Enterprise settings → License → Export license usage.',
    };
    default: return {
      status: 'refused',
      kind: 'unreadable',
      detail: 'the file does not exist (moved or deleted?)',
      message: `${path} could not be read: the file does not exist (moved or deleted?).`,
      fix: 'Choose the file again.',
    };
  }
}

/**
 * @param {string} host
 * @param {string} version
 * @param {boolean} sync
 * @returns {import('../../../ui/bindings/UsageExport').UsageExport}
 */
function usageExport(host, version, sync) {
  return {
    host_name: host,
    server_id: 'e99ff867-dbf6-42c9-b82f-f84cb27281e9',
    version,
    features: sync
      ? [{ name: 'license_usage_sync', enabled_at: '2025-03-04T10:11:12Z', enabled: null }, { name: 'search', enabled_at: null, enabled: null }]
      : [{ name: 'contributions', enabled_at: null, enabled: null }],
    http_only: false,
    license_hash: 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778',
    public_key_present: true,
    payload_bytes: 48_212,
    file_size: 49_001,
    sha256: '9f2c1e5a7b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60',
    license_usage_sync_hint: sync,
  };
}

/** @typedef {import('../../../ui/bindings/Connections').Connections} Connections */

/**
 * The demo's connections, as the backend reports them (no secret, only whether one is set).
 * @param {'demo' | 'normal' | 'no-keyring' | 'empty'} kind
 * @returns {Connections}
 */
export function connections(kind) {
  const session = /** @type {const} */ ({ state: 'session' });
  const keyring = /** @type {const} */ ({ state: 'keyring' });
  const set = kind === 'demo' ? session : keyring;
  /** @type {import('../../../ui/bindings/SecretStatus').SecretStatus} */
  const unknown = {
    state: 'unknown',
    error: error('keyring_unavailable', 'The OS keyring is not available: org.freedesktop.secrets was not provided by any .service files.',
      'Start or unlock your desktop keyring, or keep secrets for this session only.'),
  };
  if (kind === 'empty') {
    return { mode: 'normal', saving: { to: 'file', path: '/home/admin/.config/ghe-license-sync/settings.json' }, credential_backend: 'keyring', ghec: null, ghes: [] };
  }
  return {
    mode: kind === 'demo' ? 'demo' : 'normal',
    saving: kind === 'demo' ? { to: 'demo_memory' } : { to: 'file', path: '/home/admin/.config/ghe-license-sync/settings.json' },
    credential_backend: kind === 'demo' ? 'memory' : 'keyring',
    ghec: {
      settings: { api_url: 'https://api.github.com', enterprise: 'acme', web_url: null },
      api_host: 'api.github.com',
      web_url: 'https://github.com',
      token: kind === 'no-keyring' ? unknown : set,
    },
    ghes: [
      {
        settings: { id: 'main', hostname: 'github.acme.example', https: true, api_url: null, label: null, ssh: { user: 'admin', host: null, port: 122 }, ca_bundle: null },
        api_url: 'https://github.acme.example/api/v3',
        token: kind === 'no-keyring' ? unknown : set,
        manage_password: kind === 'no-keyring' ? unknown : { state: 'not_set' },
      },
      {
        settings: { id: 'legacy', hostname: 'ghes-legacy.acme.example', https: false, api_url: null, label: 'Legacy', ssh: null, ca_bundle: '/etc/ssl/certs/acme-ca.pem' },
        api_url: 'http://ghes-legacy.acme.example/api/v3',
        token: kind === 'no-keyring' ? unknown : set,
        manage_password: kind === 'no-keyring' ? unknown : keyring,
      },
    ],
  };
}

// ---- Consumed licenses and duplicates (issue 7) ----
// Types: the generated IPC types in ui/bindings.
/** @typedef {import('../../../ui/bindings/ConsumerRow').ConsumerRow} ConsumerRow */
/** @typedef {import('../../../ui/bindings/ConsumedSummary').ConsumedSummary} ConsumedSummary */
/** @typedef {import('../../../ui/bindings/ConsumedQuery').ConsumedQuery} ConsumedQuery */
/** @typedef {import('../../../ui/bindings/DuplicateReport').DuplicateReport} DuplicateReport */
/** @typedef {import('../../../ui/bindings/Finding').Finding} Finding */

const FIRST = ['Ada', 'Alan', 'Barbara', 'Brian', 'Carla', 'Chen', 'Dana', 'Dmitri', 'Elena', 'Emeka', 'Fatima', 'Frank', 'Grace', 'Hana', 'Ivan', 'Jamal',
  'Julia', 'Kenji', 'Lena', 'Luis', 'Maria', 'Mohammed', 'Nadia', 'Noah', 'Olga', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Sofia', 'Tariq', 'Uma',
  'Victor', 'Wei', 'Xenia', 'Yusuf', 'Zoe'];
const LAST = ['Smith', 'Garcia', 'Nguyen', 'Okafor', 'Kowalski', 'Tanaka', 'Müller', 'Rossi', 'Ivanova', 'Haddad', 'Patel', 'Johansson', 'Silva',
  'Kim', 'Dubois', 'Novak', 'Cohen', 'Mensah', 'Larsen', 'Fernandes', 'Hughes', 'Schmidt', 'Yilmaz', 'Moreau', 'Castillo', 'Singh', 'Adeyemi', 'Brown'];

/** A small seeded PRNG (mulberry32): the same rows on every run. @param {number} seed */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Row 42's name is hostile: shown as text, never parsed. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=true">';

/**
 * `n` license consumers, deterministic. About 55% both, 22% cloud only, 18% server only,
 * 5% unknown; 4% Visual Studio subscribers; 3% with more than one account.
 * @param {number} [n]
 * @returns {ConsumerRow[]}
 */
export function consumerRows(n = 300_000) {
  const rand = prng(7);
  /** @type {ConsumerRow[]} */
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const first = FIRST[Math.floor(rand() * FIRST.length)];
    const last = LAST[Math.floor(rand() * LAST.length)];
    const r = rand();
    /** @type {ConsumerRow['kind']} */
    const kind = r < 0.55 ? 'both' : r < 0.77 ? 'cloud_only' : r < 0.95 ? 'server_only' : 'unknown';
    const vs = rand() < 0.04;
    const multi = rand() < 0.03;
    const tag = i.toString(36).padStart(4, '0');
    const slug = `${first}.${last}`.toLowerCase().replace('ü', 'ue');
    const cloud = kind === 'both' || kind === 'cloud_only';
    const server = kind === 'both' || kind === 'server_only';
    const login = cloud ? `${slug.replace('.', '-')}-${tag}` : null;
    rows[i] = {
      index: i,
      login,
      name: i === 42 ? HOSTILE_NAME : (cloud || rand() < 0.7 ? `${first} ${last}` : null),
      kind,
      visual_studio: vs,
      accounts: kind === 'unknown' ? null : multi ? 2 + Math.floor(rand() * 2) : 1,
      license_type: vs ? 'Visual Studio subscription' : 'Enterprise',
      server_ids: server ? (multi ? [`github.acme.example:${slug}${tag}`, `ghes-legacy.acme.example:${slug}${tag}`] : [`github.acme.example:${slug}${tag}`]) : [],
      server_emails: server ? [`${slug}${tag}@corp.acme.example`] : [],
      verified_emails: cloud ? [`${slug}${tag}@acme.example`] : [],
      saml_name_id: cloud && rand() < 0.5 ? `${slug}${tag}@acme.example` : null,
      visual_studio_email: null,
    };
  }
  return rows;
}

/** The bucket the summary counts a row in: Visual Studio apart, then by kind. @param {ConsumerRow} r */
export function bucket(r) {
  return r.visual_studio ? 'visual_studio' : r.kind;
}

/** When the history's newest load was read: three days and two hours ago. */
export const KEPT_AT = new Date(Date.now() - (3 * 24 + 2) * 3_600_000).toISOString();

/**
 * What `load_consumed_licenses` answers for these rows.
 * @param {ConsumerRow[]} rows
 * @param {string} [fetchedAt]
 * @returns {ConsumedSummary}
 */
export function consumedSummary(rows, fetchedAt = new Date(Date.now() - 3 * 60_000).toISOString()) {
  const split = { cloud_only: 0, server_only: 0, both: 0, visual_studio: 0, multiple_accounts: 0 };
  for (const r of rows) {
    const b = bucket(r);
    if (b !== 'unknown') split[b]++;
    if ((r.accounts ?? 0) > 1) split.multiple_accounts++;
  }
  return { fetched_at: fetchedAt, total_seats_consumed: rows.length, total_seats_purchased: rows.length + 10_000, rows: rows.length, split };
}

/**
 * The filter semantics the backend is asked for: the chips' counts come from the summary's
 * buckets, so a kind filter leaves Visual Studio subscribers out, as the summary does.
 * @param {ConsumerRow} r
 * @param {ConsumedQuery['filter']} filter
 */
export function matchesFilter(r, filter) {
  switch (filter) {
    case 'all': return true;
    case 'visual_studio': return r.visual_studio;
    case 'multiple_accounts': return (r.accounts ?? 0) > 1;
    default: return !r.visual_studio && r.kind === filter;
  }
}

/** Case-insensitive, in login, name, emails and GHES users. @param {ConsumerRow} r @param {string} needle lower case */
export function matchesSearch(r, needle) {
  if (!needle) return true;
  return [r.login, r.name, ...r.server_emails, ...r.verified_emails, ...r.server_ids]
    .some((v) => v !== null && v.toLowerCase().includes(needle));
}

/**
 * The sort key of a column, as the backend sorts (crates/services/src/consumed.rs): text
 * without case, `emails` by the first verified email else the first server email; nulls last.
 * @param {ConsumerRow} r
 * @param {ConsumedQuery['sort']['column']} column
 * @returns {string | number | null}
 */
export function sortKey(r, column) {
  switch (column) {
    case 'login': return r.login?.toLowerCase() ?? null;
    case 'name': return r.name?.toLowerCase() ?? null;
    case 'kind': return r.kind;
    case 'emails': return (r.verified_emails[0] ?? r.server_emails[0])?.toLowerCase() ?? null;
    case 'server_ids': return r.server_ids[0]?.toLowerCase() ?? null;
    case 'accounts': return r.accounts;
    case 'license_type': return r.license_type?.toLowerCase() ?? null;
  }
}

/**
 * The rows a query matches, in order (ties by index), without offset and limit.
 * @param {ConsumerRow[]} rows
 * @param {Omit<ConsumedQuery, 'offset' | 'limit'>} q
 */
export function runQuery(rows, q) {
  const needle = q.search.trim().toLowerCase();
  const hits = rows.filter((r) => matchesFilter(r, q.filter) && matchesSearch(r, needle));
  const keyed = hits.map((r) => ({ r, k: sortKey(r, q.sort.column) }));
  const dir = q.sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.r.index - b.r.index : a.k === null ? 1 : -1;
    if (a.k < b.k) return -dir;
    if (a.k > b.k) return dir;
    return a.r.index - b.r.index;
  });
  return keyed.map((x) => x.r);
}

/**
 * A duplicate report like the backend's, in its wording (crates/domain/src/duplicates/).
 * One group holds 60 findings, so "Show more" has work.
 * @returns {DuplicateReport}
 */
export function duplicateReport() {
  /** @type {Finding[]} */
  const verified = [{
    id: 'pair-00000000000000a1',
    reason: { kind: 'verified_email_not_matched', email: 'ada.smith@acme.example' },
    confidence: 'high',
    summary: 'GHES user ada.smith on github.acme.example and cloud account ada-smith are likely the same person',
    evidence: [
      'GHES user ada.smith on github.acme.example has email ada.smith@acme.example',
      'cloud account ada-smith has verified email ada.smith@acme.example',
      'GitHub merges a GHES account into a cloud account whose verified email is its primary email, yet still counts ada.smith@acme.example twice',
    ],
    entries: [
      { index: 17, kind: 'server_only', github_com_login: null, enterprise_server_user_ids: ['github.acme.example:ada.smith'] },
      { index: 18, kind: 'cloud_only', github_com_login: 'ada-smith', enterprise_server_user_ids: [] },
    ],
    seats_saved: 1,
    fix: 'ada.smith@acme.example is already verified on cloud account ada-smith: make it the primary email of GHES user ada.smith on github.acme.example (GitHub compares only the primary email), then Sync now. If it already is, GitHub has not synced since: Sync now.',
  }];
  /** @type {Finding[]} */
  const mailbox = [{
    id: 'pair-00000000000000b2',
    reason: { kind: 'same_local_part', local_part: 'chen.kim', server_email: 'chen.kim@corp.acme.example', cloud_address: 'chen.kim@acme.example', same_name: 'Chen Kim', sharing: 2 },
    confidence: 'medium',
    summary: 'GHES user chen.kim on github.acme.example and cloud account chenk are likely the same person',
    evidence: ['both use the mailbox name chen.kim', 'chen.kim@corp.acme.example reads as the name Chen Kim, the display name of cloud account chenk'],
    entries: [
      { index: 301, kind: 'server_only', github_com_login: null, enterprise_server_user_ids: ['github.acme.example:chen.kim'] },
      { index: 302, kind: 'cloud_only', github_com_login: 'chenk', enterprise_server_user_ids: [] },
    ],
    seats_saved: 1,
    fix: 'Add and verify chen.kim@corp.acme.example on cloud account chenk (or change the GHES primary email of user chen.kim on github.acme.example to chen.kim@acme.example), then Sync now.',
  }, {
    id: 'pair-00000000000000b3',
    reason: { kind: 'same_local_part', local_part: 'sam', server_email: 'sam@corp.acme.example', cloud_address: 'sam@acme.example', same_name: null, sharing: 4 },
    confidence: 'low',
    summary: 'GHES user sam on github.acme.example and cloud account sam-h may be the same person',
    evidence: ['both use the mailbox name sam (4 entries use it, so this is less certain)'],
    entries: [
      { index: 401, kind: 'server_only', github_com_login: null, enterprise_server_user_ids: ['github.acme.example:sam'] },
      { index: 402, kind: 'cloud_only', github_com_login: 'sam-h', enterprise_server_user_ids: [] },
    ],
    seats_saved: 1,
    fix: 'Add and verify sam@corp.acme.example on cloud account sam-h (or change the GHES primary email of user sam on github.acme.example to sam@acme.example), then Sync now.',
  }];
  /** @type {Finding[]} */
  const offDomain = Array.from({ length: 60 }, (_, i) => ({
    id: `off-domain-${String(i).padStart(16, '0')}`,
    reason: { kind: 'off_verified_domain', emails: [`dev${i}@old-corp.example`], domains: ['old-corp.example'] },
    confidence: /** @type {const} */ ('low'),
    summary: `GHES user dev${i} on ghes-legacy.acme.example has no email on a verified domain`,
    evidence: [`GHES user dev${i} on ghes-legacy.acme.example has email dev${i}@old-corp.example`, 'old-corp.example is not a verified domain of the enterprise (verified: acme.example, corp.acme.example)'],
    entries: [{ index: 1000 + i, kind: /** @type {const} */ ('server_only'), github_com_login: null, enterprise_server_user_ids: [`ghes-legacy.acme.example:dev${i}`] }],
    seats_saved: 0,
    fix: `If this person also has a cloud account, give GHES user dev${i} on ghes-legacy.acme.example a primary email on a verified domain (acme.example, corp.acme.example) that is verified on that account, then Sync now.`,
  }));
  // A hostile summary: GitHub data is shown as text.
  offDomain[0].summary = '<img src=x onerror="window.__pwned=true"> has no email on a verified domain';
  return {
    consumers: 300_000,
    findings: 63,
    seats_saved: { high: 1, medium: 1, low: 1, total: 3 },
    groups: [
      { reason: 'verified_email_not_matched', title: 'GHES email already verified on a cloud account', count: 1, seats_saved: 1, findings: verified },
      { reason: 'same_local_part', title: 'Same mailbox name on another address', count: 2, seats_saved: 2, findings: mailbox },
      { reason: 'off_verified_domain', title: 'GHES emails outside the verified domains', count: 60, seats_saved: 0, findings: offDomain },
    ],
    verified_domains: ['acme.example', 'corp.acme.example'],
    verified_domains_source: 'inferred',
    uses_saml: true,
    uses_saml_inferred: true,
    off_domain: [{ domain: 'old-corp.example', entries: 60 }],
    counted_once: { entries: 9_000, accounts: 19_500 },
  };
}

/**
 * What "Load server accounts" answers: three instances, whole or (`complete` false) read in
 * part. @param {boolean} complete
 * @returns {import('../../../ui/bindings/ServerAccountsSummary').ServerAccountsSummary}
 */
export function serverAccountsSummary(complete) {
  const partial = ['ghes-legacy.acme.example: 19,800 of 20,000 accounts were read; the others are named by ID only', 'ghes-legacy.acme.example: GitHub gave only part of the emails of 3 accounts, so their primary email may be unknown'];
  return {
    instances: [
      { host_name: 'github.acme.example', accounts: 20_000, total_count: 20_000, missing: [], emails_incomplete: 0 },
      { host_name: 'ghes-eu.acme.example', accounts: 20_000, total_count: 20_000, missing: [], emails_incomplete: 0 },
      { host_name: 'ghes-legacy.acme.example', accounts: complete ? 20_000 : 19_800, total_count: 20_000, missing: [], emails_incomplete: complete ? 0 : 3 },
    ],
    accounts: complete ? 60_000 : 59_800,
    complete,
    notes: complete ? [] : partial,
    loaded_at: new Date(Date.now() - 60_000).toISOString(),
  };
}

/**
 * The report once server accounts are loaded: the first pair's server entry named, its
 * evidence saying which email GitHub compared (crates/domain/src/duplicates/wording.rs).
 * @param {boolean} complete
 * @returns {DuplicateReport}
 */
export function duplicateReportWithAccounts(complete) {
  const r = duplicateReport();
  const first = r.groups[0].findings[0];
  first.summary = 'GHES user ada (Ada Smith) on github.acme.example and cloud account ada-smith are likely the same person';
  first.entries[0].server_accounts = [{ id: 'github.acme.example:ada.smith', login: 'ada', name: 'Ada Smith', primary_email: 'ada@home.example', site_admin: true, emails_complete: true }];
  first.evidence.splice(2, 0,
    'GitHub compared the GHES primary email ada@home.example of user ada (Ada Smith) on github.acme.example with the SAML identity and the verified emails of cloud account ada-smith; no match, because cloud account ada-smith has ada.smith@acme.example',
    'ada.smith@acme.example, the address that ties them, is an email of GHES user ada (Ada Smith) on github.acme.example but not its primary one (ada@home.example), and GitHub compares only the primary');
  first.fix = 'ada.smith@acme.example is already verified on cloud account ada-smith: make it the primary email of GHES user ada (Ada Smith) on github.acme.example (today it is ada@home.example, and GitHub compares only the primary email), then Sync now.';
  const second = r.groups[1].findings[0];
  second.entries[0].server_accounts = [{ id: 'github.acme.example:chen.kim', login: 'chen', name: null, primary_email: null, site_admin: false, emails_complete: complete }];
  const summary = serverAccountsSummary(complete);
  r.server_accounts = { instances: summary.instances, complete, server_entries: 1_200, named: complete ? 1_200 : 1_188, notes: summary.notes };
  return r;
}

/**
 * What `duplicate_overview` sends for report `r`: the report without its findings, each
 * group counted per confidence.
 * @param {DuplicateReport} r
 */
export function overviewOf(r) {
  const { groups, ...rest } = r;
  return {
    ...rest,
    groups: groups.map(({ findings, ...g }) => {
      /** @param {string} c */
      const tally = (c) => {
        const of = findings.filter((f) => f.confidence === c);
        return { findings: of.length, seats_saved: of.reduce((n, f) => n + f.seats_saved, 0) };
      };
      return { ...g, high: tally('high'), medium: tally('medium'), low: tally('low') };
    }),
  };
}

/**
 * What `duplicate_findings` answers for query `q` from report `r` (at most 500 findings, as
 * the backend).
 * @param {DuplicateReport} r
 * @param {{ reason: string, confidences: string[], offset: number, limit: number }} q
 */
export function findingsOf(r, q) {
  const all = r.groups.filter((g) => g.reason === q.reason).flatMap((g) => g.findings)
    .filter((f) => q.confidences.includes(f.confidence));
  const offset = Math.min(q.offset, all.length);
  return { reason: q.reason, total_matching: all.length, offset, findings: all.slice(offset, offset + Math.min(q.limit, 500)) };
}

/** Nothing to report. @returns {DuplicateReport} */
export function noDuplicates() {
  return {
    consumers: 1_321,
    findings: 0,
    seats_saved: { high: 0, medium: 0, low: 0, total: 0 },
    groups: [],
    verified_domains: ['acme.example'],
    verified_domains_source: 'given',
    uses_saml: false,
    uses_saml_inferred: false,
    off_domain: [],
    counted_once: { entries: 0, accounts: 0 },
  };
}

// ---- Sync flows and Activity (issue 5): the shapes of crates/services/src/confirm_watch.rs
// and activity.rs, typed by their generated bindings. ----

/** @typedef {import('../../../ui/bindings/WatchEvent').WatchEvent} WatchEvent */
/** @typedef {import('../../../ui/bindings/Activity').Activity} Activity */

/**
 * The hand-off of an upload (with `file`) or of a Sync now (without).
 * @param {string | null} [file]
 * @returns {WatchEvent}
 */
export function watchHandedOff(file = null) {
  return {
    state: 'handed_off',
    url: file ? 'http://127.0.0.1:9/ghec/enterprises/acme/settings/license' : 'http://127.0.0.1:9/ghes/main/enterprises/acme/settings/license',
    opened_in: 'browser',
    file_path: file,
    at: new Date().toISOString(),
    notes: file
      ? [`On the page, next to "Enterprise Server instances", choose "Add server usage" and upload ${file} (its path is on the clipboard).`]
      : ['On the License page, under License sync, choose "Sync now".'],
  };
}

/** @param {number} elapsedMs @param {number} polls @returns {WatchEvent} */
export function watchWaiting(elapsedMs, polls) {
  return { state: 'waiting', elapsed_ms: elapsedMs, polls, last_seen: sync('github.acme.example', 1, 'synced', 'yesterday'), poll_error: null };
}

/** @param {number} before @param {number} after @returns {WatchEvent} */
export function watchConfirmed(before = 512, after = 498) {
  return {
    state: 'confirmed',
    synced_at: new Date().toISOString(),
    consumed_before: before,
    consumed_after: after,
    summary: `GitHub shows the sync of github.acme.example: consumed ${before} → ${after}, ${before - after} people now counted once.`,
  };
}

/** @param {string} githubError @returns {WatchEvent} */
export function watchFailed(githubError) {
  return { state: 'failed', message: 'GitHub shows a new sync of github.acme.example that failed.', github_error: githubError };
}

/** @param {string} since @returns {WatchEvent} */
export function watchTimedOut(since) {
  return { state: 'timed_out', elapsed_ms: 600_000, since };
}

/** Newest first, as the backend answers. @returns {Activity[]} */
export function activityEntries() {
  const at = (/** @type {number} */ minutes) => new Date(Date.now() - minutes * 60_000).toISOString();
  return [
    { id: 'a6', at: at(2), kind: 'sync_now', target: 'github.acme.example', outcome: 'ok', summary: 'GitHub shows the sync of github.acme.example: consumed 512 → 498, 14 people now counted once.', details: 'instance: main (github.acme.example)\nhanded off at: 2026-11-22T12:00:00Z' },
    { id: 'a5', at: at(9), kind: 'sync_now', target: 'github.acme.example', outcome: 'info', summary: 'Sync now: opened http://127.0.0.1:9/ghes/main/enterprises/acme/settings/license in the browser for github.acme.example; waiting for GitHub.', details: '' },
    { id: 'a4', at: at(60), kind: 'add_server_usage', target: 'ghes-legacy.acme.example', outcome: 'failed', summary: 'GitHub shows a new sync of ghes-legacy.acme.example that failed.', details: 'file: /home/admin/Downloads/ghes-legacy-license-usage.json\nGitHub: <img src=x onerror="window.__pwned=true"> The uploaded file is not a license usage export' },
    { id: 'a3', at: at(120), kind: 'connection_test', target: 'enterprise acme', outcome: 'ok', summary: 'Connected to enterprise acme as octocat (owner).', details: 'api: http://127.0.0.1:9/ghec/api\nscopes: read:enterprise' },
    { id: 'a2', at: at(600), kind: 'usage_file_check', target: 'github-enterprise.ghl', outcome: 'failed', summary: 'github-enterprise.ghl was refused: This is a GitHub Enterprise Server license file (.ghl), not license usage.', details: 'path: /home/admin/Downloads/github-enterprise.ghl' },
    { id: 'a1', at: at(3000), kind: 'one_click_sync', target: 'all instances', outcome: 'failed', summary: '1 of 2 instances confirmed; ghes-legacy.acme.example: export license usage first.', details: 'github.acme.example: confirmed.\nghes-legacy.acme.example: export license usage first' },
  ];
}

// Export license usage and Upload a new license (issue 6).
/** @typedef {import('../../../ui/bindings/ExportOutcome').ExportOutcome} ExportOutcome */
/** @typedef {import('../../../ui/bindings/LicenseUploadOutcome').LicenseUploadOutcome} LicenseUploadOutcome */

/** The export of `main`, saved where the Save dialog said. @param {string} path @returns {ExportOutcome} */
export function exportOutcome(path = usageFiles.good) {
  return {
    path,
    bytes: 49_001,
    command: 'ghe-license usage -o -y',
    version: '3.17.4',
    verdict: usageVerdict(usageFiles.good),
  };
}

/** ssh met a host key it does not know: the fix holds the ssh-keyscan steps. @returns {ErrorReport} */
export function hostKeyUnknown() {
  return error('ssh_host_key_unknown',
    'The admin shell at github.acme.example:122 presented a host key this computer does not know, so ssh refused to connect.',
    'This computer has never connected to github.acme.example:122, so its host key is not trusted yet, and the app keeps host-key checking on. Ask the GHES administrator for the appliance\'s SSH host key fingerprint, compare it with `ssh-keyscan -p 122 github.acme.example | ssh-keygen -lf -`, and only if it matches, trust it: `ssh-keyscan -p 122 github.acme.example >> ~/.ssh/known_hosts`. Then export again.');
}

/** The expiry a new license brings in the tests: a year from now, as the Manage API writes it. */
export const NEW_LICENSE_EXPIRY = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 30, 23, 59, 59)).toISOString().replace('.000Z', 'Z');

/**
 * @param {string} instance
 * @param {string} path
 * @param {boolean} apply
 * @returns {LicenseUploadOutcome}
 */
export function licenseUploadOutcome(instance, path, apply) {
  return {
    instance,
    file: path.split('/').pop() ?? path,
    applied: apply,
    seats: { kind: 'count', value: 500 },
    seats_used: 1316,
    expire_at: NEW_LICENSE_EXPIRY,
    check_status: 'valid',
    company: 'Acme Corp',
    evaluation: false,
  };
}

/** The overview once `instance` has the new license applied. @param {string} instance @returns {LicenseOverview} */
export function loadedWithNewLicense(instance) {
  const o = loaded();
  for (const s of o.servers) {
    if (s.id !== instance || s.license.state !== 'loaded') continue;
    const l = s.license.data;
    l.seats = { kind: 'count', value: 500 };
    l.seats_available = { kind: 'count', value: 500 - (l.seats_used ?? 0) };
    const days = Math.round((Date.parse(NEW_LICENSE_EXPIRY) - Date.now()) / 86_400_000);
    l.expiry = { date: { raw: NEW_LICENSE_EXPIRY, at: NEW_LICENSE_EXPIRY }, days_left: days, state: 'ok' };
  }
  return o;
}

// History (issue 15): stored loads, License readings, the stored License screen, changes.
/** @typedef {import('../../../ui/bindings/HistoryOverview').HistoryOverview} HistoryOverview */
/** @typedef {import('../../../ui/bindings/ConsumedLoad').ConsumedLoad} ConsumedLoad */
/** @typedef {import('../../../ui/bindings/LicenseReading').LicenseReading} LicenseReading */
/** @typedef {import('../../../ui/bindings/StoredLicense').StoredLicense} StoredLicense */
/** @typedef {import('../../../ui/bindings/ConsumedChanges').ConsumedChanges} ConsumedChanges */
/** @typedef {import('../../../ui/bindings/LicenseConsumer').LicenseConsumer} LicenseConsumer */

export const HISTORY_PATH = '/home/admin/.local/share/ghe-license-sync/history.sqlite3';

/**
 * @param {number} id
 * @param {number} age days ago
 * @param {[number, number, number, number]} split cloud only, server only, both, Visual Studio
 * @param {number} purchased
 * @param {[number, number, number]} delta added, removed, changed
 * @param {boolean} [kept]
 * @returns {ConsumedLoad}
 */
function load(id, age, [cloud, server, both, vs], purchased, [added, removed, changed], kept = true) {
  const consumers = cloud + server + both + vs;
  return {
    id, read_at: daysAgo(age), consumers, seats_consumed: consumers, seats_purchased: purchased,
    split: { cloud_only: cloud, server_only: server, both, visual_studio: vs, unknown: 0 },
    // The loads are numbered in the order kept: each counts against the one before.
    added, removed, changed, detail_kept: kept, previous_id: id === 11 ? null : id - 1,
  };
}

/**
 * Five loads over five weeks (the oldest's people let go by retention). The figures are
 * distinct on purpose, so a test can find each in the chart and the table.
 * @returns {ConsumedLoad[]}
 */
export function storedLoads() {
  return [
    load(11, 35, [301, 180, 780, 29], 1400, [0, 0, 0], false),
    load(12, 30, [305, 182, 785, 30], 1400, [15, 3, 4]),
    load(13, 21, [310, 186, 787, 30], 1400, [12, 2, 6]),
    load(14, 14, [312, 188, 790, 31], 1500, [9, 4, 3]),
    load(15, 1, [315, 190, 790, 31], 1500, [8, 6, 2]),
  ];
}

/**
 * @param {string} host
 * @param {number | null} age days ago of its last sync
 * @param {string} [status]
 * @param {string | null} [error]
 * @returns {import('../../../ui/bindings/SyncReading').SyncReading}
 */
function syncReading(host, age, status = 'success', error = null) {
  return { hostname: host, server_id: `id-${host}`, last_sync: age === null ? null : daysAgo(age), status, error };
}

/**
 * License readings a week apart. github.acme.example syncs every 6 days (no gap);
 * ghes-legacy.acme.example synced 40 days ago, failed 30 days ago (10 days later: a gap
 * only "up to" 10 days, no reading between), then not until 9 days ago (a 21-day gap that
 * readings 28, 21 and 14 days ago prove), and none since (8 days by the newest reading).
 * @returns {LicenseReading[]}
 */
export function storedReadings() {
  /** @type {[number, number, [number, string, string | null]][]} */
  const plan = [
    [35, 36, [40, 'success', null]],
    [28, 30, [30, 'failed', 'The uploaded file is not a license usage export']],
    [21, 24, [30, 'failed', 'The uploaded file is not a license usage export']],
    [14, 18, [30, 'failed', 'The uploaded file is not a license usage export']],
    [7, 12, [9, 'success', null]],
    [1, 6, [9, 'success', null]],
  ];
  return plan.map(([age, main, [legacy, status, error]], i) => ({
    id: 101 + i,
    read_at: daysAgo(age),
    seats_consumed: 1300 + i,
    seats_purchased: 1400,
    servers: [{ hostname: 'github.acme.example', version: '3.17.4', seats: 1400, seats_used: 1300 + i, expires_at: '2027-06-10T18:41:52Z', error_kind: null }],
    syncs: [syncReading('github.acme.example', main), syncReading('ghes-legacy.acme.example', legacy, status, error)],
    uploads: [],
  }));
}

/** @typedef {import('../../../ui/bindings/DuplicateAnalysis').DuplicateAnalysis} DuplicateAnalysis */
/** @typedef {import('../../../ui/bindings/DuplicatesSince').DuplicatesSince} DuplicatesSince */
/** @typedef {import('../../../ui/bindings/KeptFinding').KeptFinding} KeptFinding */

/**
 * Three duplicate analyses kept, of the loads 35, 21 and 1 days ago: fewer findings as
 * people are fixed.
 * @returns {DuplicateAnalysis[]}
 */
export function keptAnalyses() {
  return [
    { id: 201, read_at: daysAgo(35), consumers: 1290, findings: 31, seats_saved: 27, with_accounts: false },
    { id: 202, read_at: daysAgo(21), consumers: 1313, findings: 24, seats_saved: 20, with_accounts: true },
    { id: 203, read_at: daysAgo(1), consumers: 1326, findings: 21, seats_saved: 16, with_accounts: true },
  ];
}

/**
 * @param {string} id
 * @param {KeptFinding['reason']} reason
 * @param {KeptFinding['confidence']} confidence
 * @param {number} seats
 * @param {string} summary
 * @returns {KeptFinding}
 */
function kept(id, reason, confidence, seats, summary) {
  return { id, reason, title: KEPT_TITLES[reason], confidence, seats_saved: seats, summary };
}

/** The group titles the backend sends with each kept finding (ReasonKind::title). */
const KEPT_TITLES = {
  verified_email_not_matched: 'GHES email already verified on a cloud account',
  saml_name_id: 'GHES email equal to a cloud account\'s SAML NameID',
  unverified_cloud_email: 'GHES email known on a cloud account but not verified',
  same_local_part: 'Same mailbox name on another address',
  same_name: 'Same person\'s name',
  off_verified_domain: 'GHES emails outside the verified domains',
  no_server_email: 'GHES accounts without an email',
  accounts_counted_once: 'Several accounts already counted as one seat',
};

/**
 * What `duplicates_since` answers from analysis `from` to `to`: twelve fixed (eleven of one
 * reason, more than a list shows at first), freeing 12 seats; three new, of which one came
 * back (the backend lists a finding that came back among the new ones too); one with a
 * hostile summary.
 * @param {number} from
 * @param {number} [to]
 * @returns {DuplicatesSince}
 */
export function duplicatesSince(from, to = 203) {
  const all = keptAnalyses();
  const find = (/** @type {number} */ id) => all.find((a) => a.id === id) ?? all[all.length - 1];
  const fixed = [
    ...Array.from({ length: 11 }, (_, i) => kept(`v${i}`, 'verified_email_not_matched', 'high', 1,
      `dev${String(i).padStart(2, '0')}@corp.acme.example on GHES is verified on the cloud account dev${String(i).padStart(2, '0')}-acme but GitHub did not match them`)),
    kept('s1', 'saml_name_id', 'high', 1, 'ops@corp.acme.example on GHES is the SAML NameID of ops-acme'),
    kept('n1', 'same_name', 'low', 0, 'Two entries are named “Robin Smith”'),
  ];
  const back = kept('v42', 'verified_email_not_matched', 'high', 1, 'hedy@corp.acme.example on GHES is verified on hedy-acme but GitHub did not match them');
  return {
    from: find(from),
    to: find(to),
    fixed,
    seats_freed: fixed.reduce((n, f) => n + f.seats_saved, 0),
    new: [
      kept('l7', 'same_local_part', 'medium', 1, 'barbara@corp.acme.example and barbara@gmail.example share a mailbox name'),
      kept('x1', 'same_name', 'low', 0, HOSTILE_NAME),
      back,
    ],
    came_back: [back],
  };
}

/** @param {string} [path] @returns {HistoryOverview} */
export function historyKept(path = HISTORY_PATH) {
  return { enterprise: 'acme', path, problem: null, consumed: storedLoads(), license: storedReadings(), duplicates: keptAnalyses(), detail_days: 730 };
}

/** @param {string | null} path @returns {HistoryOverview} */
export function historyEmpty(path) {
  return { enterprise: 'acme', path, problem: null, consumed: [], license: [], duplicates: [], detail_days: 730 };
}

/** The history file is from a newer version of the app. @returns {HistoryOverview} */
export function historyProblem() {
  return {
    enterprise: 'acme', path: null, consumed: [], license: [], duplicates: [], detail_days: 730,
    problem: error('history_from_the_future', `The history ${HISTORY_PATH} was written by a newer version of GHE License Sync (schema 3; this version reads 1).`,
      'Update GHE License Sync, or move the file away to start a new history (the old one is left untouched).'),
  };
}

/** The License screen as read two hours ago: figures unlike the live fixture's. @returns {StoredLicense} */
export function storedLicense() {
  const readAt = new Date(now.getTime() - 2 * 3_600_000).toISOString();
  const o = loaded();
  o.fetched_at = readAt;
  if (o.cloud.state === 'loaded') o.cloud.data.seats = { state: 'loaded', data: { consumed: 1300, purchased: 1400, available: 100 } };
  const main = o.servers[0].license;
  if (main.state === 'loaded') main.data.seats_used = 1290;
  return { read_at: readAt, overview: o };
}

/**
 * @param {Partial<LicenseConsumer>} p
 * @returns {LicenseConsumer}
 */
function consumer(p) {
  return {
    github_com_login: null, github_com_name: null, enterprise_server_user_ids: [], github_com_user: null, enterprise_server_user: null,
    visual_studio_subscription_user: false, license_type: 'Enterprise', github_com_profile: null, github_com_member_roles: [],
    github_com_enterprise_roles: [], github_com_verified_domain_emails: [], github_com_saml_name_id: null,
    github_com_orgs_with_pending_invites: [], github_com_two_factor_auth: null, enterprise_server_emails: [],
    visual_studio_license_status: null, visual_studio_subscription_email: null, total_user_accounts: 1, ...p,
  };
}

/**
 * Who changed from load `from` to load `to`: three added (one with a hostile name), one
 * removed (a server-only person), two changed. With `partial`, GitHub's counts are those of
 * a big enterprise and only the first 2,000 people are listed.
 * @param {number} from
 * @param {number} to
 * @param {boolean} [partial]
 * @returns {ConsumedChanges}
 */
export function consumedChanges(from, to, partial = false) {
  const loads = storedLoads();
  const find = (/** @type {number} */ id) => loads.find((l) => l.id === id) ?? loads[loads.length - 1];
  /** @type {import('../../../ui/bindings/PersonChangeRow').PersonChangeRow[]} */
  let people = [
    { key: 'login:ada-lovelace', change: 'added', person: consumer({ github_com_login: 'ada-lovelace', github_com_name: 'Ada Lovelace', github_com_user: true, github_com_verified_domain_emails: ['ada@acme.example'] }) },
    { key: 'login:grace-hopper', change: 'added', person: consumer({ github_com_login: 'grace-hopper', github_com_name: 'Grace Hopper', github_com_user: true, enterprise_server_user: true, enterprise_server_user_ids: ['github.acme.example:grace'], enterprise_server_emails: ['grace@corp.acme.example'], github_com_verified_domain_emails: ['grace@acme.example'] }) },
    { key: 'login:mallory', change: 'added', person: consumer({ github_com_login: 'mallory', github_com_name: HOSTILE_NAME, github_com_user: true }) },
    { key: 'server:github.acme.example:linus', change: 'removed', person: consumer({ enterprise_server_user: true, enterprise_server_user_ids: ['github.acme.example:linus'], enterprise_server_emails: ['linus@corp.acme.example'] }) },
    {
      key: 'login:alan-turing', change: 'changed',
      person: consumer({ github_com_login: 'alan-turing', github_com_name: 'Alan Turing', github_com_user: true, enterprise_server_user: true, enterprise_server_emails: ['alan@corp.acme.example'] }),
      before: consumer({ github_com_login: 'alan-turing', github_com_name: 'Alan M. Turing', github_com_user: true, enterprise_server_user: true, enterprise_server_emails: ['alan.turing@old.acme.example', 'alan@corp.acme.example'] }),
    },
    {
      key: 'login:katherine-johnson', change: 'changed',
      person: consumer({ github_com_login: 'katherine-johnson', github_com_name: 'Katherine Johnson', github_com_user: true, visual_studio_subscription_user: true, visual_studio_subscription_email: 'kj@acme.example' }),
      before: consumer({ github_com_login: 'katherine-johnson', github_com_name: 'Katherine Johnson', github_com_user: true, visual_studio_subscription_user: false, license_type: HOSTILE_NAME }),
    },
  ];
  let counts = { added: 3, removed: 1, changed: 2 };
  if (partial) {
    counts = { added: 2345, removed: 310, changed: 45 };
    people = Array.from({ length: 2000 }, (_, i) => ({
      key: `login:new-${String(i).padStart(4, '0')}`, change: /** @type {const} */ ('added'),
      person: consumer({ github_com_login: `new-${String(i).padStart(4, '0')}`, github_com_user: true }),
    }));
  }
  return { from: find(from), to: find(to), ...counts, people, complete: !partial };
}
