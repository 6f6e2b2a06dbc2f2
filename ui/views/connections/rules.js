// The shapes the backend checks on Save (ghls_services::connections::validate), as the
// Connections screen hints them while the admin types. Each rule gives the backend's verdict
// and normalised value: tests/ui/validation-rules.test.mjs runs them over the cases the
// Rust tests export (ui/bindings/validation-cases.json), so the two cannot drift. The
// messages are the screen's own words (locales/*/connections.ftl, the same English as the
// backend's); the backend's answer on Save is the one that counts.
import { t } from '../../lib/l10n.js';

/** @typedef {{ message: string, fix: string }} Hint */
/** @template T @typedef {{ ok: true, value: T } | { ok: false, message: string, fix: string }} Checked */

/** @template T @param {T} value @returns {Checked<T>} */
const ok = (value) => ({ ok: true, value });
/** @param {string} message @param {string} fix @returns {{ ok: false, message: string, fix: string }} */
const no = (message, fix) => ({ ok: false, message, fix });

const GITHUB_COM_API = 'https://api.github.com';
const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * A GitHub enterprise slug, as in github.com/enterprises/SLUG.
 * @param {string} v
 * @returns {Checked<string>}
 */
export function enterpriseSlug(v) {
  const s = v.trim();
  const shape = () => t('connections-rule-slug-shape');
  if (!s) return no(t('connections-rule-slug-empty'), shape());
  const m = /\/enterprises\/([^/?#]*)/.exec(s);
  if (m) return no(t('connections-rule-slug-is-address', { value: s }), t('connections-rule-slug-is-address-fix', { slug: m[1] }));
  if (SLUG.test(s)) return ok(s);
  const message = /[A-Z]/.test(s) ? t('connections-rule-slug-capitals', { value: s })
    : /\s/.test(s) ? t('connections-rule-slug-space', { value: s })
      : /[^a-z0-9-]/.test(s) ? t('connections-rule-slug-char', { value: s, char: (/[^a-z0-9-]/.exec(s) ?? [''])[0] })
        : t('connections-rule-slug-hyphen', { value: s });
  const suggestion = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return no(message, SLUG.test(suggestion) ? t('connections-rule-slug-suggestion', { suggestion }) : shape());
}

/** An IPv6 address without brackets, as Rust's `Ipv6Addr` parses it. @param {string} s */
function isIpv6(s) {
  if (!s.includes(':') || /[[\]/?#@%\s]/.test(s)) return false;
  try {
    return new URL(`http://[${s}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** A dotted-quad IPv4 address, as Rust's `Ipv4Addr` parses it (no leading zeros). @param {string} s */
function isIpv4(s) {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/**
 * `[host, port]` of host[:port], [v6][:port] or a bare IPv6 address.
 * @param {string} s
 * @returns {Checked<[string, string | null]>}
 */
function splitPort(s) {
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return no(t('connections-rule-bracket-open', { value: s }), t('connections-rule-bracket-open-fix'));
    const after = s.slice(close + 1);
    if (after === '') return ok([s.slice(1, close), null]);
    if (after.startsWith(':')) return ok([s.slice(1, close), after.slice(1)]);
    return no(t('connections-rule-after-address', { value: s }), t('connections-rule-after-address-fix'));
  }
  if (isIpv6(s)) return ok([s, null]);
  const colon = s.indexOf(':');
  return ok(colon < 0 ? [s, null] : [s.slice(0, colon), s.slice(colon + 1)]);
}

/** A DNS name or an IP address, no port. @param {string} host @returns {Hint | null} */
function hostShape(host) {
  if (isIpv4(host) || isIpv6(host)) return null;
  const fix = () => t('connections-rule-host-fix');
  const name = host.replace(/\.$/, '');
  if (!name) return { message: t('connections-rule-host-empty'), fix: fix() };
  if (name.split('.').every((l) => /^\d*$/.test(l))) return { message: t('connections-rule-host-bad-ip', { value: host }), fix: fix() };
  if (name.length > 253) return { message: t('connections-rule-host-too-long'), fix: fix() };
  for (const label of name.split('.')) {
    if (!label) return { message: t('connections-rule-host-empty-part', { value: host }), fix: t('connections-rule-host-name-fix') };
    if (label.length > 63) return { message: t('connections-rule-host-part-too-long', { part: label }), fix: fix() };
    const bad = /[^a-z0-9-]/i.exec(label);
    if (bad) return { message: t('connections-rule-host-char', { value: host, char: bad[0] }), fix: t('connections-rule-host-char-fix') };
    if (label.startsWith('-') || label.endsWith('-')) return { message: t('connections-rule-host-part-hyphen', { part: label }), fix: t('connections-rule-host-name-fix') };
  }
  return null;
}

/**
 * A GHES host name: a DNS name or an IP address, optionally with :port; lowercased.
 * @param {string} v
 * @returns {Checked<string>}
 */
export function hostname(v) {
  const s = v.trim();
  if (!s) return no(t('connections-rule-host-empty'), t('connections-rule-hostname-empty-fix'));
  if (s.includes('://')) {
    const host = s.slice(s.indexOf('://') + 3).split(/[/?#]/)[0];
    return no(t('connections-rule-hostname-scheme', { value: s }), t('connections-rule-hostname-scheme-fix', { host }));
  }
  if (/[/?#]/.test(s)) return no(t('connections-rule-hostname-path', { value: s }), t('connections-rule-hostname-path-fix', { host: s.split(/[/?#]/)[0] }));
  if (/[@\s]/.test(s)) return no(t('connections-rule-hostname-not-host', { value: s }), t('connections-rule-hostname-not-host-fix'));
  const split = splitPort(s);
  if (!split.ok) return split;
  const [host, port] = split.value;
  if (port !== null) {
    if (port === '') return no(t('connections-rule-hostname-colon', { value: s }), t('connections-rule-hostname-colon-fix'));
    const p = portNumber(port, null);
    if (!p.ok) return p;
  }
  const shape = hostShape(host);
  if (shape) return no(shape.message, shape.fix);
  return ok(s.replace(/\.+$/, '').toLowerCase());
}

/**
 * A TCP port, 1 to 65535; empty means `fallback` when there is one.
 * @param {string} v
 * @param {number | null} fallback
 * @returns {Checked<number>}
 */
export function portNumber(v, fallback) {
  const s = v.trim();
  if (!s && fallback !== null) return ok(fallback);
  if (!/^\+?\d+$/.test(s)) return no(t('connections-rule-port-not-number', { value: s }), t('connections-rule-port-fix'));
  const n = Number(s);
  return n >= 1 && n <= 65535 ? ok(n) : no(t('connections-rule-port-range', { value: s }), t('connections-rule-port-fix'));
}

/** @param {URL} url */
function isLoopback(url) {
  const h = url.hostname;
  return h === 'localhost' || h === '[::1]' || (isIpv4(h) && h.startsWith('127.'));
}

/** A DNS label. @param {string} s */
const isDnsLabel = (s) => s.length <= 63 && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(s);

/**
 * The GHEC API: api.github.com (empty means that) or api.SUBDOMAIN.ghe.com, as a host or an
 * https:// address; or a loopback address (the built-in emulator). Gives the API base URL.
 * @param {string} v
 * @returns {Checked<string>}
 */
export function ghecApi(v) {
  const s = v.trim().replace(/\/+$/, '');
  const fix = () => t('connections-rule-api-fix');
  if (!s) return ok(GITHUB_COM_API);
  const withScheme = s.includes('://') ? s : `https://${s}`;
  /** @type {URL} */
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return no(t('connections-rule-not-address', { value: s }), fix());
  }
  const host = url.hostname.toLowerCase();
  if (isLoopback(url)) {
    const w = webAddress(withScheme, false);
    return w.ok ? ok(w.value ?? '') : w;
  }
  if (url.protocol !== 'https:') return no(t('connections-rule-api-not-https', { value: s }), fix());
  if ((url.pathname !== '/' && url.pathname !== '') || url.href.split('#')[0].includes('?')) {
    return no(t('connections-rule-api-path', { value: s }), t('connections-rule-api-path-fix', { host }));
  }
  if (url.port !== '' || url.username !== '') return no(t('connections-rule-api-not-host', { value: s }), fix());
  if (host === 'api.github.com') return ok(GITHUB_COM_API);
  if (host === 'github.com' || host === 'www.github.com') return no(t('connections-rule-api-web', { value: s }), t('connections-rule-api-web-fix'));
  if (host.endsWith('.ghe.com')) {
    const sub = host.slice(0, -'.ghe.com'.length);
    if (sub.startsWith('api.')) {
      if (isDnsLabel(sub.slice(4))) return ok(`https://${host}`);
    } else if (isDnsLabel(sub)) {
      return no(t('connections-rule-api-ghe-web', { value: s }), t('connections-rule-api-ghe-web-fix', { sub }));
    }
  }
  return no(t('connections-rule-api-other', { value: s }), fix());
}

/**
 * An optional web or API address: empty is null; otherwise http(s)://host[:port][/path],
 * https unless on loopback or `allowHttp`. Trailing slashes cut.
 * @param {string} v
 * @param {boolean} allowHttp
 * @returns {Checked<string | null>}
 */
export function webAddress(v, allowHttp) {
  const s = v.trim();
  if (!s) return ok(null);
  const fix = () => t('connections-rule-web-fix');
  /** @type {URL} */
  let url;
  try {
    url = new URL(s);
  } catch {
    return no(t('connections-rule-not-address', { value: s }), fix());
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return no(t('connections-rule-web-not-http', { value: s }), fix());
  if (url.username || url.password) return no(t('connections-rule-web-credentials', { value: s }), t('connections-rule-web-credentials-fix'));
  if (url.href.includes('?') || url.href.includes('#')) return no(t('connections-rule-web-query', { value: s }), fix());
  if (url.protocol === 'http:' && !allowHttp && !isLoopback(url)) {
    return no(t('connections-rule-web-plain-http', { value: s }), t('connections-rule-web-plain-http-fix'));
  }
  return ok(s.replace(/\/+$/, ''));
}

/**
 * The admin shell's user: empty means `fallback`.
 * @param {string} v
 * @param {string} fallback
 * @returns {Checked<string>}
 */
export function sshUser(v, fallback) {
  const s = v.trim();
  if (!s) return ok(fallback);
  if (/[\s@:/\\]/.test(s)) return no(t('connections-rule-ssh-user', { value: s }), t('connections-rule-ssh-user-fix'));
  return ok(s);
}

/**
 * The admin shell's host when it is not the instance's host name: empty is null.
 * @param {string} v
 * @returns {Checked<string | null>}
 */
export function sshHost(v) {
  const s = v.trim();
  if (!s) return ok(null);
  if (s.includes(':') && !isIpv6(s)) return no(t('connections-rule-ssh-host-port', { value: s }), t('connections-rule-ssh-host-port-fix'));
  return hostname(s);
}

/**
 * A custom CA bundle: empty is null; otherwise a full path. Whether the file exists and can
 * be read only the backend can see, on Save.
 * @param {string} v
 * @returns {Checked<string | null>}
 */
export function caBundle(v) {
  return fullPath(v, () => t('connections-rule-ca-bundle-fix'));
}

/**
 * The admin shell's own known_hosts file or private key: empty is null; otherwise a full
 * path (`~/` allowed). Whether the file exists and can be read only the backend can see, on
 * Save.
 * @param {string} v
 * @returns {Checked<string | null>}
 */
export function sshFile(v) {
  return fullPath(v, () => t('connections-rule-ssh-file-fix'));
}

/**
 * Empty is null; otherwise a full path (`~/` allowed), else the refusal with `fix`.
 * @param {string} v
 * @param {() => string} fix
 * @returns {Checked<string | null>}
 */
function fullPath(v, fix) {
  const s = v.trim();
  if (!s) return ok(null);
  const full = s.startsWith('/') || s.startsWith('~/') || /^[a-z]:[\\/]/i.test(s) || s.startsWith('\\\\');
  if (!full) return no(t('connections-rule-not-full-path', { value: s }), fix());
  return ok(s);
}

/**
 * A field's as-you-type hint from a rule: its problem, or null when the rule accepts.
 * @param {(v: string) => Checked<unknown>} rule
 * @param {{ emptyIsFine?: boolean }} [o] `emptyIsFine`: an empty field is not checked (an
 *   empty GHEC section means "not set up")
 * @returns {(v: string) => Hint | null}
 */
export function asHint(rule, o = {}) {
  return (v) => {
    if (o.emptyIsFine && !v.trim()) return null;
    const r = rule(v);
    return r.ok ? null : { message: r.message, fix: r.fix };
  };
}
