// The Connections screen's two kinds of block: the GHEC enterprise section and a GHES
// instance card, each with its fields (hinted as you type by ./rules.js) and secrets.
import { h } from '../../lib/dom.js';
import { rich, t } from '../../lib/l10n.js';
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
  const apiHost = field({ id: 'ghec-api-host', name: 'ghec.api_host', label: t('connections-api-host'), value: g ? g.api_host : '',
    placeholder: 'api.github.com', hint: t('connections-api-host-hint'), check: asHint(rules.ghecApi) });
  const slug = field({ id: 'ghec-enterprise', name: 'ghec.enterprise', label: t('connections-enterprise'), value: g ? g.settings.enterprise : '',
    placeholder: 'acme', hint: t('connections-enterprise-hint'), check: asHint(rules.enterpriseSlug, { emptyIsFine: true }) });
  const web = field({ id: 'ghec-web-url', name: 'ghec.web_url', label: t('connections-web-url'), value: g?.settings.web_url ?? '',
    placeholder: !g ? t('connections-web-url-derived', { url: 'https://github.com' }) : g.web_url ? t('connections-web-url-derived', { url: g.web_url }) : t('connections-web-url-none'), hint: t('connections-web-url-hint'), check: asHint((v) => rules.webAddress(v, false)) });
  const enterprise = g ? g.settings.enterprise : 'SLUG';
  const licensing = field({ id: 'ghec-licensing-url', name: 'ghec.licensing_url', label: t('connections-licensing-url'), value: g?.settings.licensing_url ?? '',
    placeholder: g?.web_url ? `${g.web_url}/enterprises/${enterprise}/licensing` : 'https://github.com/enterprises/SLUG/licensing',
    hint: t('connections-licensing-url-hint', { enterprise }), check: asHint((v) => rules.webAddress(v, false)) });
  const token = secretField({ id: 'ghec-token', kind: 'token', label: t('connections-token'), mode: c.mode, status: g ? g.token : { state: 'not_set' },
    hint: t('connections-ghec-token-hint'),
    target: () => (ctx.ghecSaved() ? { target: 'ghec' } : null), deps: ctx.deps });
  const s = section({
    key,
    onTest: ctx.onTest,
    earlier: ctx.earlier(key),
    target: () => ({ target: 'ghec' }),
    titleId: 'ghec-title',
    title: t('connections-ghec-title'),
    fields: { api_host: apiHost, enterprise: slug, web_url: web, licensing_url: licensing },
    secrets: [token],
    content: [apiHost.el, slug.el, web.el, token.el,
      h('details', { class: 'advanced', open: Boolean(g?.settings.licensing_url) },
        h('summary', {}, t('connections-hand-off-page')), licensing.el)],
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
  const host = field({ id: `${uid}-hostname`, name: 'hostname', label: t('connections-hostname'), value: st?.hostname ?? '',
    placeholder: 'github.example.com', hint: t('connections-hostname-hint'), check: asHint(rules.hostname) });
  const https = h('input', { type: 'checkbox', id: `${uid}-https`, 'data-input': 'https', checked: st ? st.https : true });
  const httpWarning = h('p', { class: 'warn-box', 'data-field': 'http-warning', hidden: true },
    rich(t('connections-http-warning')));
  const httpsRow = h('div', { class: 'field check' },
    h('div', { class: 'check-row' }, https, h('label', { for: `${uid}-https` }, t('connections-use-https'))),
    h('div', { 'aria-live': 'polite' }, httpWarning));
  const showHttp = () => { httpWarning.hidden = https.checked; };
  https.addEventListener('change', showHttp);
  showHttp();

  const token = secretField({ id: `${uid}-token`, kind: 'token', label: t('connections-rest-token'), mode, status: g ? g.token : { state: 'not_set' },
    hint: t('connections-rest-token-hint'), target: () => target(), deps: ctx.deps });
  const manage = secretField({ id: `${uid}-manage`, kind: 'manage_password', label: t('connections-manage-password'), mode, status: g ? g.manage_password : { state: 'not_set' },
    hint: t('connections-manage-password-hint'), target: () => target(), deps: ctx.deps });
  const ca = field({ id: `${uid}-ca`, name: 'ca_bundle', label: t('connections-ca-bundle'), value: st?.ca_bundle ?? '',
    placeholder: t('connections-ca-bundle-placeholder'), hint: t('connections-ca-bundle-hint'), check: asHint(rules.caBundle) });

  const sshOn = h('input', { type: 'checkbox', id: `${uid}-ssh`, 'data-input': 'ssh', checked: Boolean(st?.ssh) });
  const sshUser = field({ id: `${uid}-ssh-user`, name: 'ssh.user', label: t('connections-ssh-user'), value: st?.ssh?.user ?? 'admin', placeholder: 'admin', hint: null, check: asHint((v) => rules.sshUser(v, 'admin')) });
  const sshPort = field({ id: `${uid}-ssh-port`, name: 'ssh.port', label: t('connections-ssh-port'), value: st?.ssh ? String(st.ssh.port) : '122', placeholder: '122', hint: null, check: asHint((v) => rules.portNumber(v, 122)), inputmode: 'numeric' });
  const sshHost = field({ id: `${uid}-ssh-host`, name: 'ssh.host', label: t('connections-ssh-host'), value: st?.ssh?.host ?? '', placeholder: '', hint: null, check: asHint(rules.sshHost) });
  const sshKnownHosts = field({ id: `${uid}-ssh-known-hosts`, name: 'ssh.known_hosts', label: t('connections-ssh-known-hosts'), value: st?.ssh?.known_hosts ?? '', placeholder: t('connections-ssh-known-hosts-placeholder'),
    hint: t('connections-ssh-known-hosts-hint'), check: asHint(rules.sshFile) });
  const sshIdentity = field({ id: `${uid}-ssh-identity`, name: 'ssh.identity_file', label: t('connections-ssh-identity'), value: st?.ssh?.identity_file ?? '', placeholder: t('connections-ssh-identity-placeholder'),
    hint: t('connections-ssh-identity-hint'), check: asHint(rules.sshFile) });
  const sshFields = h('fieldset', { class: 'ssh-fields' },
    h('legend', { class: 'visually-hidden' }, t('connections-ssh-legend')),
    sshUser.el, sshPort.el, sshHost.el, sshKnownHosts.el, sshIdentity.el,
    h('p', { class: 'hint' }, t('connections-ssh-note')));
  const showSsh = () => { sshFields.hidden = !sshOn.checked; };
  sshOn.addEventListener('change', showSsh);
  showSsh();

  const label = field({ id: `${uid}-label`, name: 'label', label: t('connections-label'), value: st?.label ?? '', placeholder: st?.hostname ?? '', hint: null, check: null });
  const apiUrl = field({ id: `${uid}-api`, name: 'api_url', label: t('connections-api-url'), value: st?.api_url ?? '', placeholder: 'https://HOST/api/v3',
    hint: t('connections-api-url-hint'), check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const manageUrl = field({ id: `${uid}-manage-url`, name: 'manage_url', label: t('connections-manage-url'), value: st?.manage_url ?? '', placeholder: 'https://HOST:8443',
    hint: t('connections-manage-url-hint'), check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const ghesSlug = field({ id: `${uid}-enterprise-slug`, name: 'enterprise_slug', label: t('connections-ghes-slug'), value: st?.enterprise_slug ?? '', placeholder: t('connections-ghes-slug-placeholder'),
    hint: t('connections-ghes-slug-hint'), check: asHint(rules.enterpriseSlug, { emptyIsFine: true }) });
  const licensePage = field({ id: `${uid}-license-page`, name: 'license_page_url', label: t('connections-license-page'), value: st?.license_page_url ?? '', placeholder: 'https://HOST/enterprise/settings/license',
    hint: t('connections-license-page-hint'), check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const connectPage = field({ id: `${uid}-connect-page`, name: 'connect_page_url', label: t('connections-connect-page'), value: st?.connect_page_url ?? '', placeholder: 'https://HOST/enterprise/settings/dotcom_connection',
    hint: t('connections-connect-page-hint'), check: asHint((v) => rules.webAddress(v, !https.checked)) });
  const advanced = h('details', { class: 'advanced', open: Boolean(st?.api_url || st?.label || st?.manage_url || st?.enterprise_slug || st?.license_page_url || st?.connect_page_url) || false },
    h('summary', {}, t('connections-more-settings')), label.el, apiUrl.el, manageUrl.el, ghesSlug.el, licensePage.el, connectPage.el);

  const removeButton = h('button', { type: 'button', 'data-action': 'remove-instance', class: 'danger' }, t('connections-remove-instance'));
  const s = section({
    key,
    onTest: ctx.onTest,
    earlier: ctx.earlier(key),
    target: () => target(),
    titleId: `${uid}-title`,
    title: st ? (st.label || st.hostname) : t('connections-new-instance'),
    fields: { hostname: host, ca_bundle: ca, 'ssh.user': sshUser, 'ssh.port': sshPort, 'ssh.host': sshHost, 'ssh.known_hosts': sshKnownHosts, 'ssh.identity_file': sshIdentity,
      label, api_url: apiUrl, manage_url: manageUrl, enterprise_slug: ghesSlug, license_page_url: licensePage, connect_page_url: connectPage },
    secrets: [token, manage],
    content: [host.el, httpsRow, token.el, manage.el, ca.el,
      h('div', { class: 'field check' }, h('div', { class: 'check-row' }, sshOn, h('label', { for: `${uid}-ssh` }, t('connections-ssh-export')))),
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
    if (!st) s.setTitle(host.input.value.trim() || t('connections-new-instance'));
  });
  return s;
}
