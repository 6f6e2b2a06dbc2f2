// The shapes the backend checks on Save (ghls_services::connections::validate), as the
// Connections screen hints them while the admin types. Each rule gives the backend's verdict
// and normalised value: tests/ui/validation-rules.test.mjs runs them over the cases the
// Rust tests export (ui/bindings/validation-cases.json), so the two cannot drift. The
// messages are the screen's own words; the backend's answer on Save is the one that counts.

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
  const shape = 'Use the slug from your enterprise’s address, github.com/enterprises/SLUG: lowercase letters, digits and hyphens.';
  if (!s) return no('The enterprise slug is empty.', shape);
  const m = /\/enterprises\/([^/?#]*)/.exec(s);
  if (m) return no(`“${s}” is an address, not a slug.`, `Enter only the part after /enterprises/: ${m[1]}.`);
  if (SLUG.test(s)) return ok(s);
  const message = /[A-Z]/.test(s) ? `“${s}” has capital letters; enterprise slugs are lowercase.`
    : /\s/.test(s) ? `“${s}” contains a space, which enterprise slugs never contain.`
      : /[^a-z0-9-]/.test(s) ? `“${s}” contains “${(/[^a-z0-9-]/.exec(s) ?? [''])[0]}”, which enterprise slugs never contain.`
        : `“${s}” starts or ends with a hyphen, which enterprise slugs never do.`;
  const suggestion = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return no(message, SLUG.test(suggestion) ? `Enterprise slugs are lowercase letters, digits and hyphens: did you mean ${suggestion}?` : shape);
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
    if (close < 0) return no(`“${s}” opens a bracket it never closes.`, 'Write an IPv6 address as [2001:db8::1] or without brackets.');
    const after = s.slice(close + 1);
    if (after === '') return ok([s.slice(1, close), null]);
    if (after.startsWith(':')) return ok([s.slice(1, close), after.slice(1)]);
    return no(`“${s}” has text after the address.`, 'Write an IPv6 address with a port as [2001:db8::1]:8443.');
  }
  if (isIpv6(s)) return ok([s, null]);
  const colon = s.indexOf(':');
  return ok(colon < 0 ? [s, null] : [s.slice(0, colon), s.slice(colon + 1)]);
}

/** A DNS name or an IP address, no port. @param {string} host @returns {Hint | null} */
function hostShape(host) {
  const fix = 'Enter a host name such as github.example.com, or an IP address.';
  if (isIpv4(host) || isIpv6(host)) return null;
  const name = host.replace(/\.$/, '');
  if (!name) return { message: 'The host name is empty.', fix };
  if (name.split('.').every((l) => /^\d*$/.test(l))) return { message: `“${host}” is not a valid IP address.`, fix };
  if (name.length > 253) return { message: 'The host name is longer than 253 characters.', fix };
  for (const label of name.split('.')) {
    if (!label) return { message: `“${host}” has an empty part between dots.`, fix: 'Enter a host name such as github.example.com.' };
    if (label.length > 63) return { message: `“${label}” is longer than the 63 characters a part of a host name may have.`, fix };
    const bad = /[^a-z0-9-]/i.exec(label);
    if (bad) return { message: `“${host}” contains “${bad[0]}”, which host names never contain.`, fix: 'Host names have letters, digits, hyphens and dots.' };
    if (label.startsWith('-') || label.endsWith('-')) return { message: `“${label}” starts or ends with a hyphen, which parts of host names never do.`, fix: 'Enter a host name such as github.example.com.' };
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
  if (!s) return no('The host name is empty.', 'Enter the instance’s host name, e.g. github.example.com.');
  if (s.includes('://')) {
    const host = s.slice(s.indexOf('://') + 3).split(/[/?#]/)[0];
    return no(`“${s}” includes a scheme (http:// or https://).`, `Enter only the host name: ${host}. HTTPS is a setting of its own.`);
  }
  if (/[/?#]/.test(s)) return no(`“${s}” includes a path.`, `Enter only the host name: ${s.split(/[/?#]/)[0]}. The app adds /api/v3 itself.`);
  if (/[@\s]/.test(s)) return no(`“${s}” is not a host name.`, 'Enter only the host name, e.g. github.example.com, without a user name or spaces.');
  const split = splitPort(s);
  if (!split.ok) return split;
  const [host, port] = split.value;
  if (port !== null) {
    if (port === '') return no(`“${s}” ends with a colon.`, 'Remove it, or add the port number.');
    const p = portNumber(port, null);
    if (!p.ok) return p;
  }
  const shape = hostShape(host);
  if (shape) return no(shape.message, shape.fix);
  return ok(s.replace(/\.+$/, '').toLowerCase());
}

const PORT_FIX = 'Enter a port from 1 to 65535 (the GHES admin shell listens on 122).';

/**
 * A TCP port, 1 to 65535; empty means `fallback` when there is one.
 * @param {string} v
 * @param {number | null} fallback
 * @returns {Checked<number>}
 */
export function portNumber(v, fallback) {
  const s = v.trim();
  if (!s && fallback !== null) return ok(fallback);
  if (!/^\+?\d+$/.test(s)) return no(`“${s}” is not a port number.`, PORT_FIX);
  const n = Number(s);
  return n >= 1 && n <= 65535 ? ok(n) : no(`Port ${s} is out of range.`, PORT_FIX);
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
  const fix = 'Enter api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.';
  if (!s) return ok(GITHUB_COM_API);
  const withScheme = s.includes('://') ? s : `https://${s}`;
  /** @type {URL} */
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return no(`“${s}” is not an address.`, fix);
  }
  const host = url.hostname.toLowerCase();
  if (isLoopback(url)) {
    const w = webAddress(withScheme, false);
    return w.ok ? ok(w.value ?? '') : w;
  }
  if (url.protocol !== 'https:') return no(`“${s}” is not https: GitHub’s API is only served over HTTPS.`, fix);
  if ((url.pathname !== '/' && url.pathname !== '') || url.href.split('#')[0].includes('?')) {
    return no(`“${s}” has a path; the API host has none.`, `Enter only the host: ${host}.`);
  }
  if (url.port !== '' || url.username !== '') return no(`“${s}” is not a GitHub API host.`, fix);
  if (host === 'api.github.com') return ok(GITHUB_COM_API);
  if (host === 'github.com' || host === 'www.github.com') return no(`“${s}” is GitHub’s web address, not its API.`, 'Enter api.github.com.');
  if (host.endsWith('.ghe.com')) {
    const sub = host.slice(0, -'.ghe.com'.length);
    if (sub.startsWith('api.')) {
      if (isDnsLabel(sub.slice(4))) return ok(`https://${host}`);
    } else if (isDnsLabel(sub)) {
      return no(`“${s}” is the web address of your GHE.com enterprise, not its API.`, `Enter api.${sub}.ghe.com.`);
    }
  }
  return no(`“${s}” is neither api.github.com nor a GHE.com API host (api.SUBDOMAIN.ghe.com).`, fix);
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
  const fix = 'Enter a full address such as https://github.example.com.';
  /** @type {URL} */
  let url;
  try {
    url = new URL(s);
  } catch {
    return no(`“${s}” is not an address.`, fix);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return no(`“${s}” is not an http(s) address.`, fix);
  if (url.username || url.password) return no(`“${s}” contains credentials.`, 'Remove them: tokens and passwords belong in the OS keyring, never in an address.');
  if (url.href.includes('?') || url.href.includes('#')) return no(`“${s}” has a query or fragment (? or #).`, fix);
  if (url.protocol === 'http:' && !allowHttp && !isLoopback(url)) {
    return no(`“${s}” is plain http.`, 'Use https. (Plain http is possible only for a GHES instance, with its HTTPS switch off.)');
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
  if (/[\s@:/\\]/.test(s)) return no(`“${s}” is not a user name.`, 'On GHES the admin shell’s user is admin.');
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
  if (s.includes(':') && !isIpv6(s)) return no(`“${s}” includes a port.`, 'Enter the port in its own field.');
  return hostname(s);
}

/**
 * A custom CA bundle: empty is null; otherwise a full path. Whether the file exists and can
 * be read only the backend can see, on Save.
 * @param {string} v
 * @returns {Checked<string | null>}
 */
export function caBundle(v) {
  return fullPath(v, 'Enter the full path of the PEM file, e.g. /etc/ssl/certs/acme-ca.pem.');
}

/**
 * The admin shell's own known_hosts file or private key: empty is null; otherwise a full
 * path (`~/` allowed). Whether the file exists and can be read only the backend can see, on
 * Save.
 * @param {string} v
 * @returns {Checked<string | null>}
 */
export function sshFile(v) {
  return fullPath(v, 'Enter the full path of the file, e.g. ~/.ssh/id_ed25519.');
}

/**
 * Empty is null; otherwise a full path (`~/` allowed), else the refusal with `fix`.
 * @param {string} v
 * @param {string} fix
 * @returns {Checked<string | null>}
 */
function fullPath(v, fix) {
  const s = v.trim();
  if (!s) return ok(null);
  const full = s.startsWith('/') || s.startsWith('~/') || /^[a-z]:[\\/]/i.test(s) || s.startsWith('\\\\');
  if (!full) return no(`“${s}” is not a full path.`, fix);
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
