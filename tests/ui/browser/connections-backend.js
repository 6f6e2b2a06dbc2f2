// A stand-in for the Rust side of the Connections screen, for the Chromium tests: it keeps
// settings and secrets in page memory, checks drafts like the services do (the shapes that
// matter to the tests), and answers Test connection by the saved token: `right` connects,
// `wrong` is a 401, `not-admin` a GHES 404, `tls` an unknown CA. Like the real backend it
// never sends a secret back; `state.received` records what it was sent, for the tests.
import * as fixtures from '/test/fixtures.js';

/** @typedef {import('../../../ui/bindings/Connections').Connections} Connections */
/** @typedef {import('../../../ui/bindings/ConnectionsDraft').ConnectionsDraft} ConnectionsDraft */
/** @typedef {import('../../../ui/bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../../../ui/bindings/SecretStatus').SecretStatus} SecretStatus */
/** @typedef {import('../../../ui/bindings/FieldProblem').FieldProblem} FieldProblem */

/**
 * @param {URLSearchParams} params
 * @param {any} state the page's `window.__ipc`
 */
export function connectionsBackend(params, state) {
  const kind = /** @type {'demo' | 'normal' | 'no-keyring' | 'empty'} */ (params.get('connections') ?? 'demo');
  let c = fixtures.connections(kind);
  const noKeyring = kind === 'no-keyring';
  /** @type {Map<string, { value: string, where: 'keyring' | 'session' }>} */
  const secrets = new Map();
  for (const g of c.ghes) secrets.set(`ghes:${g.settings.id}/token`, { value: 'right', where: 'keyring' });
  secrets.set('ghec/token', { value: 'right', where: 'keyring' });
  if (noKeyring) secrets.clear();
  state.received = [];
  state.testRelease = null;

  /** @param {ConnectionTarget} t */
  const tkey = (t) => (t.target === 'ghec' ? 'ghec' : `ghes:${t.id}`);

  /** @param {string} key @returns {SecretStatus} */
  function status(key) {
    const s = secrets.get(key);
    if (s) return s.where === 'session' || kind === 'demo' ? { state: 'session' } : { state: 'keyring' };
    if (noKeyring) return { state: 'unknown', error: fixtures.error('keyring_unavailable', 'The OS keyring is not available: no Secret Service.', 'Start or unlock your desktop keyring, or keep secrets for this session only.') };
    return { state: 'not_set' };
  }

  function view() {
    if (c.ghec) c.ghec.token = status('ghec/token');
    for (const g of c.ghes) {
      g.token = status(`ghes:${g.settings.id}/token`);
      g.manage_password = status(`ghes:${g.settings.id}/manage_password`);
    }
    return structuredClone(c);
  }

  /** @param {ConnectionsDraft} d */
  function save(d) {
    /** @type {FieldProblem[]} */
    const problems = [];
    const slugOk = (/** @type {string} */ s) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(s);
    if (d.ghec && d.ghec.enterprise.trim() && !slugOk(d.ghec.enterprise.trim())) {
      problems.push({ field: 'ghec.enterprise', label: 'Enterprise slug', message: `\`${d.ghec.enterprise}\` is not an enterprise slug.`, fix: 'Use lowercase letters, digits and hyphens.' });
    }
    /** @type {string[]} */
    const hosts = [];
    d.ghes.forEach((g, i) => {
      const host = g.hostname.trim().toLowerCase();
      if (!host || /[/:@\s]/.test(host.replace(/:\d+$/, ''))) {
        problems.push({ field: `ghes.${i}.hostname`, label: `GHES instance ${i + 1}, host name`, message: `\`${g.hostname}\` is not a host name.`, fix: 'Enter only the host name, e.g. github.example.com.' });
      } else if (hosts.includes(host)) {
        problems.push({ field: `ghes.${i}.hostname`, label: `GHES instance ${i + 1}, host name`, message: `${host} is already configured as GHES instance ${hosts.indexOf(host) + 1}.`, fix: 'Remove one of the two, or correct the host name.' });
      }
      hosts.push(host);
      if (g.ssh && g.ssh.port.trim() && !(Number(g.ssh.port) >= 1 && Number(g.ssh.port) <= 65535)) {
        problems.push({ field: `ghes.${i}.ssh.port`, label: `GHES instance ${i + 1}, admin shell port`, message: `Port \`${g.ssh.port}\` is out of range.`, fix: 'Enter a port from 1 to 65535 (the GHES admin shell listens on 122).' });
      }
    });
    if (problems.length) {
      throw { ...fixtures.error('invalid_settings', `${problems.length} settings need attention`, 'Correct the fields marked on the Connections screen, then save again.'), fields: problems };
    }
    const ghec = d.ghec && d.ghec.enterprise.trim()
      ? { settings: { api_url: `https://${d.ghec.api_host.trim() || 'api.github.com'}`, enterprise: d.ghec.enterprise.trim(), web_url: d.ghec.web_url.trim() || null, licensing_url: d.ghec.licensing_url?.trim() || null }, api_host: d.ghec.api_host.trim() || 'api.github.com', web_url: 'https://github.com', token: status('ghec/token') }
      : null;
    const kept = new Set(d.ghes.map((g) => g.id).filter(Boolean));
    for (const g of c.ghes) {
      if (!kept.has(g.settings.id)) for (const k of ['token', 'manage_password']) secrets.delete(`ghes:${g.settings.id}/${k}`);
    }
    /** @type {string[]} */
    const ids = [];
    c = {
      ...c,
      ghec,
      ghes: d.ghes.map((g) => {
        const id = g.id ?? g.hostname.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
        ids.push(id);
        const https = g.https;
        return {
          settings: {
            id, hostname: g.hostname.trim().toLowerCase(), https, api_url: g.api_url.trim() || null, label: g.label.trim() || null,
            ssh: g.ssh ? { user: g.ssh.user.trim() || 'admin', host: g.ssh.host.trim() || null, port: Number(g.ssh.port.trim() || '122'), known_hosts: g.ssh.known_hosts?.trim() || null, identity_file: g.ssh.identity_file?.trim() || null } : null,
            ca_bundle: g.ca_bundle.trim() || null,
            manage_url: g.manage_url?.trim() || null,
            enterprise_slug: g.enterprise_slug?.trim() || null,
            license_page_url: g.license_page_url?.trim().replace(/\/+$/, '') || null,
            connect_page_url: g.connect_page_url?.trim().replace(/\/+$/, '') || null,
          },
          api_url: `${https ? 'https' : 'http'}://${g.hostname.trim()}/api/v3`,
          token: /** @type {SecretStatus} */ ({ state: 'not_set' }),
          manage_password: /** @type {SecretStatus} */ ({ state: 'not_set' }),
        };
      }),
    };
    state.saved = (state.saved ?? 0) + 1;
    return view();
  }

  /**
   * @param {string} cmd
   * @param {any} args
   * @returns {Promise<{ value: unknown } | null>}
   */
  return async function handle(cmd, args) {
    switch (cmd) {
      case 'connections': return { value: view() };
      case 'save_connections': return { value: save(args.draft) };
      case 'remove_ghes_instance': {
        const id = /** @type {string} */ (args.id);
        c = { ...c, ghes: c.ghes.filter((g) => g.settings.id !== id) };
        for (const k of ['token', 'manage_password']) secrets.delete(`ghes:${id}/${k}`);
        state.removed = [...(state.removed ?? []), id];
        return { value: view() };
      }
      case 'set_secret': {
        const key = `${tkey(args.target)}/${args.kind}`;
        state.received.push({ key, value: args.value, keep: args.keep });
        if (noKeyring && args.keep === 'keyring') {
          throw fixtures.error('keyring_unavailable', 'The OS keyring is not available: org.freedesktop.secrets was not provided by any .service files.',
            'Start or unlock your desktop keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or keep secrets for this session only.');
        }
        secrets.set(key, { value: String(args.value).trim(), where: args.keep });
        return { value: status(key) };
      }
      case 'delete_secret': {
        const key = `${tkey(args.target)}/${args.kind}`;
        secrets.delete(key);
        state.deleted = [...(state.deleted ?? []), key];
        return { value: status(key) };
      }
      case 'test_connection': {
        const t = /** @type {ConnectionTarget} */ (args.target);
        if (params.get('testhold') === '1') await new Promise((resolve) => { state.testRelease = () => resolve(undefined); });
        const token = secrets.get(`${tkey(t)}/token`)?.value;
        const g = t.target === 'ghes' ? c.ghes.find((x) => x.settings.id === t.id) : null;
        const name = t.target === 'ghec' ? 'GitHub Enterprise Cloud' : `GHES ${g?.settings.label ?? g?.settings.hostname}`;
        const base = { target: t, name, tested_at: new Date().toISOString(), duration_ms: 187 };
        const host = g?.settings.hostname ?? 'api.github.com';
        const endpoint = t.target === 'ghec' ? 'GHEC enterprise acme: GET /enterprises/acme/license-sync-status' : `GHES ${host}: GET /api/v3/enterprise/settings/license`;
        /** @param {string} k @param {string} m @param {string} f */
        const failed = (k, m, f) => ({ ...base, result: { status: /** @type {const} */ ('failed'), error: fixtures.error(k, m, f) } });
        if (!token) return { value: failed('missing_secret', `No token is saved for ${name}.`, 'Open Connections and save the token. It is kept in the OS keyring, never in a file.') };
        if (token === 'wrong') return { value: failed('unauthorized', `${endpoint}: GitHub answered 401 Bad credentials: the token is wrong, expired or revoked.`, 'Create a new token and save it for this connection.') };
        if (token === 'not-admin') return { value: failed('not_found', `${endpoint}: GitHub answered 404 Not Found "Not Found".`, 'GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator.') };
        if (token === 'tls') return { value: failed('tls_unknown_issuer', `${endpoint}: the secure connection to ${host}:443 failed: its certificate was issued by a certificate authority this computer does not trust.`, 'Set a custom CA bundle for this instance in Connections, or install the CA in the OS trust store.') };
        if (token === '<img src=x onerror="window.__pwned=true">') return { value: failed('unauthorized', `${endpoint}: <img src=x onerror="window.__pwned=true"> GitHub said so.`, 'Create a new token.') };
        if (t.target === 'ghec') {
          return { value: { ...base, result: { status: 'connected', summary: 'Connected to enterprise acme: GitHub lists 2 server instances in its license sync.', learned: { kind: 'ghec', enterprise: 'acme', server_instances: 2, token_scopes: ['read:enterprise', 'read:org'] } } } };
        }
        const pw = secrets.has(`ghes:${t.id}/manage_password`);
        return {
          value: {
            ...base,
            result: {
              status: 'connected',
              summary: `Connected to ${host} (GHES 3.17.4): 1400 seats, 1316 used.`,
              learned: { kind: 'ghes', version: '3.17.4', seats: { kind: 'count', value: 1400 }, seats_used: 1316, manage_api: pw ? { state: 'not_checked', reason: 'not checked: the Manage API check arrives with Upload a new license' } : { state: 'no_password' } },
            },
          },
        };
      }
      default: return null;
    }
  };
}
