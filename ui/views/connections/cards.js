// The Connections screen's two kinds of block: the GHEC enterprise section and a GHES
// instance card, each with its fields (hinted as you type by ./rules.js) and secrets.
import { h } from '../../lib/dom.js';
import { field } from '../../widgets/field.js';
import { secretField } from '../../widgets/secret-field.js';
import * as rules from './rules.js';
import { asHint } from './rules.js';
import { section } from './section.js';

/** @typedef {import('../../bindings/Connections').Connections} Connections */
/** @typedef {import('../../bindings/GhesConnection').GhesConnection} GhesConnection */
/** @typedef {import('../../bindings/ConnectionTarget').ConnectionTarget} ConnectionTarget */
/** @typedef {import('../../bindings/ConnectionTest').ConnectionTest} ConnectionTest */
/** @typedef {import('../../bindings/Mode').Mode} Mode */
/** @typedef {import('./section.js').Section} Section */

/**
 * What a block needs from the screen.
 * @typedef {object} CardContext
 * @property {import('../../widgets/secret-field.js').SecretDeps} deps
 * @property {() => boolean} ghecSaved the enterprise is in the saved settings
 * @property {() => number} newKey a number for a new card's element ids
 * @property {(s: Section) => void} onTest
 * @property {(s: Section, opener: HTMLButtonElement) => void} onRemove
 * @property {(key: string) => ConnectionTest | undefined} earlier this session's test result
 */

/**
 * The enterprise section.
 * @param {CardContext} ctx
 * @param {Connections} c
 * @returns {Section}
 */
export function ghecSection(ctx, c) {
  const g = c.ghec;
  const key = 'ghec';
  const apiHost = field({ id: 'ghec-api-host', name: 'ghec.api_host', label: 'API host', value: g ? g.api_host : '',
    placeholder: 'api.github.com', hint: 'api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.', check: asHint(rules.ghecApi) });
  const slug = field({ id: 'ghec-enterprise', name: 'ghec.enterprise', label: 'Enterprise slug', value: g ? g.settings.enterprise : '',
    placeholder: 'acme', hint: 'As in github.com/enterprises/SLUG: lowercase letters, digits and hyphens.', check: asHint(rules.enterpriseSlug, { emptyIsFine: true }) });
  const web = field({ id: 'ghec-web-url', name: 'ghec.web_url', label: 'Web address for hand-offs', value: g?.settings.web_url ?? '',
    placeholder: !g ? 'derived: https://github.com' : g.web_url ? `derived: ${g.web_url}` : 'none derived for this API address', hint: 'Where the app opens GitHub’s pages. Leave empty to derive it from the API host.', check: asHint((v) => rules.webAddress(v, false)) });
  const enterprise = g ? g.settings.enterprise : 'SLUG';
  const licensing = field({ id: 'ghec-licensing-url', name: 'ghec.licensing_url', label: 'Licensing page address (optional)', value: g?.settings.licensing_url ?? '',
    placeholder: g?.web_url ? `${g.web_url}/enterprises/${enterprise}/licensing` : 'https://github.com/enterprises/SLUG/licensing',
    hint: `Only if GitHub moved the page where “Add server usage” is. If the page moved: Your enterprises → ${enterprise} → Billing and licensing → Licensing.`, check: asHint((v) => rules.webAddress(v, false)) });
  const token = secretField({ id: 'ghec-token', kind: 'token', label: 'Token', mode: c.mode, status: g ? g.token : { state: 'not_set' },
    hint: 'A classic personal access token of an enterprise owner, with the read:enterprise scope.',
    target: () => (ctx.ghecSaved() ? { target: 'ghec' } : null), deps: ctx.deps });
  const s = section({
    key,
    onTest: ctx.onTest,
    earlier: ctx.earlier(key),
    target: () => ({ target: 'ghec' }),
    titleId: 'ghec-title',
    title: 'GitHub Enterprise Cloud',
    fields: { api_host: apiHost, enterprise: slug, web_url: web, licensing_url: licensing },
    secrets: [token],
    content: [apiHost.el, slug.el, web.el, token.el,
      h('details', { class: 'advanced', open: Boolean(g?.settings.licensing_url) },
        h('summary', {}, 'Hand-off page'), licensing.el)],
  });
  s.el.setAttribute('data-target', 'ghec');
  return s;
}

/**
 * One GHES instance card; `g` is null for a new one.
 * @param {CardContext} ctx
 * @param {Mode} mode
 * @param {GhesConnection | null} g
 * @returns {Section}
 */
export function ghesCard(ctx, mode, g) {
  const uid = g ? `ghes-${g.settings.id}` : `ghes-new-${ctx.newKey()}`;
  const key = g ? `ghes:${g.settings.id}` : uid;
  const st = g?.settings;
  const host = field({ id: `${uid}-hostname`, name: 'hostname', label: 'Host name', value: st?.hostname ?? '',
    placeholder: 'github.example.com', hint: 'The instance’s name as on its certificate, e.g. github.example.com (optionally :port). No https://, no path.', check: asHint(rules.hostname) });
  const https = h('input', { type: 'checkbox', id: `${uid}-https`, 'data-input': 'https', checked: st ? st.https : true });
  const httpWarning = h('p', { class: 'warn-box', 'data-field': 'http-warning', hidden: true },
    h('strong', {}, 'Plain HTTP: '),
    'the token and everything the instance answers travel unencrypted. Use it only for an instance without TLS, on a network you trust.');
  const httpsRow = h('div', { class: 'field check' },
    h('div', { class: 'check-row' }, https, h('label', { for: `${uid}-https` }, 'Use HTTPS')),
    h('div', { 'aria-live': 'polite' }, httpWarning));
  const showHttp = () => { httpWarning.hidden = https.checked; };
  https.addEventListener('change', showHttp);
  showHttp();

  const token = secretField({ id: `${uid}-token`, kind: 'token', label: 'REST token', mode, status: g ? g.token : { state: 'not_set' },
    hint: 'A classic personal access token of a site administrator (GHES accepts no fine-grained tokens here).', target: () => target(), deps: ctx.deps });
  const manage = secretField({ id: `${uid}-manage`, kind: 'manage_password', label: 'Management Console password (optional)', mode, status: g ? g.manage_password : { state: 'not_set' },
    hint: 'For the Manage API (license check, Upload a new license). Leave empty if you do not use it.', target: () => target(), deps: ctx.deps });
  const ca = field({ id: `${uid}-ca`, name: 'ca_bundle', label: 'Custom CA bundle (optional)', value: st?.ca_bundle ?? '',
    placeholder: 'none: the system’s CAs only', hint: 'Full path of a PEM file with your company’s CA certificate(s), trusted in addition to the system’s, e.g. /etc/ssl/certs/acme-ca.pem.', check: asHint(rules.caBundle) });

  const sshOn = h('input', { type: 'checkbox', id: `${uid}-ssh`, 'data-input': 'ssh', checked: Boolean(st?.ssh) });
  const sshUser = field({ id: `${uid}-ssh-user`, name: 'ssh.user', label: 'User', value: st?.ssh?.user ?? 'admin', placeholder: 'admin', hint: null, check: asHint((v) => rules.sshUser(v, 'admin')) });
  const sshPort = field({ id: `${uid}-ssh-port`, name: 'ssh.port', label: 'Port', value: st?.ssh ? String(st.ssh.port) : '122', placeholder: '122', hint: null, check: asHint((v) => rules.portNumber(v, 122)), inputmode: 'numeric' });
  const sshHost = field({ id: `${uid}-ssh-host`, name: 'ssh.host', label: 'Host (if not the host name)', value: st?.ssh?.host ?? '', placeholder: '', hint: null, check: asHint(rules.sshHost) });
  const sshKnownHosts = field({ id: `${uid}-ssh-known-hosts`, name: 'ssh.known_hosts', label: 'known_hosts file (optional)', value: st?.ssh?.known_hosts ?? '', placeholder: 'yours: ~/.ssh/known_hosts',
    hint: 'Full path of a known_hosts file for this appliance only, e.g. ~/.ssh/ghes_known_hosts. Leave empty to use your OpenSSH defaults.', check: asHint(rules.sshFile) });
  const sshIdentity = field({ id: `${uid}-ssh-identity`, name: 'ssh.identity_file', label: 'Private key file (optional)', value: st?.ssh?.identity_file ?? '', placeholder: 'yours: your keys and agent',
    hint: 'Full path of the key for this appliance, e.g. ~/.ssh/id_ed25519. Leave empty to use your keys and agent.', check: asHint(rules.sshFile) });
  const sshFields = h('fieldset', { class: 'ssh-fields' },
    h('legend', { class: 'visually-hidden' }, 'Admin shell'),
    sshUser.el, sshPort.el, sshHost.el, sshKnownHosts.el, sshIdentity.el,
    h('p', { class: 'hint' }, 'Keys, agent, known_hosts and ProxyJump come from your own OpenSSH setup unless set here.'));
  const showSsh = () => { sshFields.hidden = !sshOn.checked; };
  sshOn.addEventListener('change', showSsh);
  showSsh();

  const label = field({ id: `${uid}-label`, name: 'label', label: 'Display name', value: st?.label ?? '', placeholder: st?.hostname ?? '', hint: null, check: null });
  const apiUrl = field({ id: `${uid}-api`, name: 'api_url', label: 'API address', value: st?.api_url ?? '', placeholder: 'https://HOST/api/v3',
    hint: 'Only when the REST API is not at https://HOST/api/v3 (another port or path, or the built-in emulator).', check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const manageUrl = field({ id: `${uid}-manage-url`, name: 'manage_url', label: 'Management Console API address', value: st?.manage_url ?? '', placeholder: 'https://HOST:8443',
    hint: 'Only when the Manage API is not at https://HOST:8443 (another port, a proxy, or the built-in emulator).', check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const ghesSlug = field({ id: `${uid}-enterprise-slug`, name: 'enterprise_slug', label: 'Enterprise slug on this instance (optional)', value: st?.enterprise_slug ?? '', placeholder: 'none: the slug-less page addresses',
    hint: 'When set, hand-offs open https://HOST/enterprises/SLUG/settings/… instead of https://HOST/enterprise/settings/….', check: asHint(rules.enterpriseSlug, { emptyIsFine: true }) });
  const licensePage = field({ id: `${uid}-license-page`, name: 'license_page_url', label: 'License page address (optional)', value: st?.license_page_url ?? '', placeholder: 'https://HOST/enterprise/settings/license',
    hint: 'Only if GitHub moved the page with “Export license usage” and “Sync now”. If the page moved: Enterprise settings → Settings → License.', check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const connectPage = field({ id: `${uid}-connect-page`, name: 'connect_page_url', label: 'GitHub Connect page address (optional)', value: st?.connect_page_url ?? '', placeholder: 'https://HOST/enterprise/settings/dotcom_connection',
    hint: 'Only if GitHub moved the page where license sync is enabled. If the page moved: Enterprise settings → GitHub Connect.', check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const advanced = h('details', { class: 'advanced', open: Boolean(st?.api_url || st?.label || st?.manage_url || st?.enterprise_slug || st?.license_page_url || st?.connect_page_url) || false },
    h('summary', {}, 'More settings'), label.el, apiUrl.el, manageUrl.el, ghesSlug.el, licensePage.el, connectPage.el);

  const removeButton = h('button', { type: 'button', 'data-action': 'remove-instance', class: 'danger' }, 'Remove instance');
  const s = section({
    key,
    onTest: ctx.onTest,
    earlier: ctx.earlier(key),
    target: () => target(),
    titleId: `${uid}-title`,
    title: st ? (st.label || st.hostname) : 'New instance',
    fields: { hostname: host, ca_bundle: ca, 'ssh.user': sshUser, 'ssh.port': sshPort, 'ssh.host': sshHost, 'ssh.known_hosts': sshKnownHosts, 'ssh.identity_file': sshIdentity,
      label, api_url: apiUrl, manage_url: manageUrl, enterprise_slug: ghesSlug, license_page_url: licensePage, connect_page_url: connectPage },
    secrets: [token, manage],
    content: [host.el, httpsRow, token.el, manage.el, ca.el,
      h('div', { class: 'field check' }, h('div', { class: 'check-row' }, sshOn, h('label', { for: `${uid}-ssh` }, 'Export over the admin shell (SSH)'))),
      sshFields, advanced],
    extraActions: [removeButton],
  });
  s.el.setAttribute('data-instance', st?.id ?? '');
  s.el.classList.add('card-instance');
  /** @type {string | null} */
  s.id = st?.id ?? null;
  s.draft = () => ({
    id: s.id,
    hostname: host.input.value,
    https: https.checked,
    api_url: apiUrl.input.value,
    label: label.input.value,
    ssh: sshOn.checked ? { user: sshUser.input.value, host: sshHost.input.value, port: sshPort.input.value, known_hosts: sshKnownHosts.input.value, identity_file: sshIdentity.input.value } : null,
    ca_bundle: ca.input.value,
    manage_url: manageUrl.input.value,
    enterprise_slug: ghesSlug.input.value,
    license_page_url: licensePage.input.value,
    connect_page_url: connectPage.input.value,
  });
  /** @returns {ConnectionTarget | null} */
  function target() {
    return s.id ? { target: 'ghes', id: s.id } : null;
  }
  removeButton.addEventListener('click', () => ctx.onRemove(s, removeButton));
  host.input.addEventListener('input', () => {
    if (!st) s.setTitle(host.input.value.trim() || 'New instance');
  });
  return s;
}
