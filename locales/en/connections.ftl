## The Connections screen (ui/views/connections/).

connections-ghec-token-not-saved = GitHub Enterprise Cloud is not set up, so its token was not saved.
connections-ghec-token-not-saved-fix = Enter the enterprise slug, then save again.

## The screen: its head, saving, the instances (connections-view.js, save.js).

connections-title = Connections
connections-save = Save
    .title = Save the connections (Ctrl+S)
connections-unsaved = Unsaved changes
connections-loading = Loading the connections…
connections-load-failed = The connections could not be loaded
# "Saved to /home/…/settings.json. Tokens…": $path is shown as code.
connections-where-file = Saved to { $path }. Tokens and passwords go to the OS keyring, never to this file.
# **…** is shown in bold.
connections-where-demo = **Demo:** these are the demo’s connections to the built-in GitHub emulator. Saving changes them in memory until you quit; nothing is written to disk, and secrets stay in memory.
connections-where-off = **Saving is off:** the settings file is from a newer version of the app or could not be read (see the warning above), and nothing is written over it.
connections-ghes-title = GitHub Enterprise Server instances
connections-add-instance = Add instance
connections-no-instances = No instance yet. Add one with its host name and a site administrator’s token.
connections-new-instance = New instance
connections-instance-added = A new GHES instance was added. Enter its host name, then save.
connections-instance-added-host = A new GHES instance { $hostname } was added. Add its token, then save.
connections-instance-known = { $hostname } is already in Connections.
connections-remove-instance = Remove instance
connections-remove-title = Remove { $name }?
connections-remove-new-title = Remove this new instance?
connections-remove-text = { $name } is removed from the connections, and its token and Management Console password are deleted from the OS keyring.
connections-remove-new-text = Nothing about it was saved yet.
connections-removed = { $name } was removed, with its secrets.
connections-removed-new = The new instance was removed.
connections-remove-failed = { $name } could not be removed
# $where: memory (the demo) or file.
connections-saved = { $where ->
    [memory] Saved in memory (demo): nothing was written to disk.
   *[file] Saved.
}
connections-saved-pending = { $where ->
    [memory] Saved in memory (demo): nothing was written to disk. Some secrets need your attention below.
   *[file] Saved. Some secrets need your attention below.
}
connections-saved-pending-announce = The settings were saved; some secrets need your attention.
connections-fields-refused = { $count ->
    [one] { $count } field needs attention
   *[other] { $count } fields need attention
}
connections-fields-refused-fix = Nothing was saved. The fields are marked below.
connections-not-saved = The connections were not saved
connections-not-saved-fields-announce = { $count ->
    [one] Not saved: { $count } field needs attention.
   *[other] Not saved: { $count } fields need attention.
}
# $message: the backend's words.
connections-not-saved-announce = Not saved: { $message }

## Test connection (section.js, connections-view.js). $name is the connection as the
## backend names it ("GHES github.example.com"); $summary and $message are its words.

connections-test = Test connection
connections-chip-not-tested = not tested
connections-chip-testing = testing…
connections-chip-connected = connected
connections-chip-failed = failed
connections-testing = Testing the connection to { $name }…
connections-test-connected-announce = { $name }: connected. { $summary }
connections-test-failed-announce = { $name }: failed. { $message }
connections-test-failed = Test connection failed
connections-test-not-run = The test could not run
connections-learned-version = Version
# Same in every language.
connections-learned-ghes-version = GHES { $version }
connections-learned-unknown = unknown
connections-learned-manage = Management Console
connections-learned-no-password = no password saved: the Manage API is not used
connections-learned-instances = Server instances
connections-learned-scopes = Token scopes
connections-learned-no-scopes = none
# $time: the time of day, to the second.
connections-tested-ms = Tested at { $time }, in { $ms } ms.
connections-tested-s = Tested at { $time }, in { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s.

## The fields (cards.js): labels, hints, placeholders.

# Same in every language.
connections-ghec-title = GitHub Enterprise Cloud
connections-api-host = API host
connections-api-host-hint = api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.
connections-enterprise = Enterprise slug
connections-enterprise-hint = As in github.com/enterprises/SLUG: lowercase letters, digits and hyphens.
connections-web-url = Web address for hand-offs
connections-web-url-derived = derived: { $url }
connections-web-url-none = none derived for this API address
connections-web-url-hint = Where the app opens GitHub’s pages. Leave empty to derive it from the API host.
connections-hand-off-page = Hand-off page
connections-licensing-url = Licensing page address (optional)
# GitHub's labels stay in English, with the translation beside them.
connections-licensing-url-hint = Only if GitHub moved the page where “Add server usage” is. If the page moved: Your enterprises → { $enterprise } → Billing and licensing → Licensing.
connections-token = Token
connections-ghec-token-hint = A classic personal access token of an enterprise owner, with the read:enterprise scope.
connections-hostname = Host name
connections-hostname-hint = The instance’s name as on its certificate, e.g. github.example.com (optionally :port). No https://, no path.
connections-use-https = Use HTTPS
connections-http-warning = **Plain HTTP:** the token and everything the instance answers travel unencrypted. Use it only for an instance without TLS, on a network you trust.
connections-rest-token = REST token
connections-rest-token-hint = A classic personal access token of a site administrator (GHES accepts no fine-grained tokens here).
connections-manage-password = Management Console password (optional)
connections-manage-password-hint = For the Manage API (license check, Upload a new license). Leave empty if you do not use it.
connections-ca-bundle = Custom CA bundle (optional)
connections-ca-bundle-placeholder = none: the system’s CAs only
connections-ca-bundle-hint = Full path of a PEM file with your company’s CA certificate(s), trusted in addition to the system’s, e.g. /etc/ssl/certs/acme-ca.pem.
connections-ssh-export = Export over the admin shell (SSH)
connections-ssh-legend = Admin shell
connections-ssh-user = User
connections-ssh-port = Port
connections-ssh-host = Host (if not the host name)
connections-ssh-known-hosts = known_hosts file (optional)
connections-ssh-known-hosts-placeholder = yours: ~/.ssh/known_hosts
connections-ssh-known-hosts-hint = Full path of a known_hosts file for this appliance only, e.g. ~/.ssh/ghes_known_hosts. Leave empty to use your OpenSSH defaults.
connections-ssh-identity = Private key file (optional)
connections-ssh-identity-placeholder = yours: your keys and agent
connections-ssh-identity-hint = Full path of the key for this appliance, e.g. ~/.ssh/id_ed25519. Leave empty to use your keys and agent.
connections-ssh-note = Keys, agent, known_hosts and ProxyJump come from your own OpenSSH setup unless set here.
connections-more-settings = More settings
connections-label = Display name
connections-api-url = API address
connections-api-url-hint = Only when the REST API is not at https://HOST/api/v3 (another port or path, or the built-in emulator).
connections-manage-url = Management Console API address
connections-manage-url-hint = Only when the Manage API is not at https://HOST:8443 (another port, a proxy, or the built-in emulator).
connections-ghes-slug = Enterprise slug on this instance (optional)
connections-ghes-slug-placeholder = none: the slug-less page addresses
connections-ghes-slug-hint = When set, hand-offs open https://HOST/enterprises/SLUG/settings/… instead of https://HOST/enterprise/settings/….
connections-license-page = License page address (optional)
connections-license-page-hint = Only if GitHub moved the page with “Export license usage” and “Sync now”. If the page moved: Enterprise settings → Settings → License.
connections-connect-page = GitHub Connect page address (optional)
connections-connect-page-hint = Only if GitHub moved the page where license sync is enabled. If the page moved: Enterprise settings → GitHub Connect.

## The shapes hinted as you type (rules.js): the same words as the backend's refusals
## (crates/services/src/connections/). $value is what the admin typed, as typed.

connections-rule-slug-empty = The enterprise slug is empty.
connections-rule-slug-shape = Use the slug from your enterprise’s address, github.com/enterprises/SLUG: lowercase letters, digits and hyphens.
connections-rule-slug-is-address = “{ $value }” is an address, not a slug.
connections-rule-slug-is-address-fix = Enter only the part after /enterprises/: { $slug }.
connections-rule-slug-capitals = “{ $value }” has capital letters; enterprise slugs are lowercase.
connections-rule-slug-space = “{ $value }” contains a space, which enterprise slugs never contain.
connections-rule-slug-char = “{ $value }” contains “{ $char }”, which enterprise slugs never contain.
connections-rule-slug-hyphen = “{ $value }” starts or ends with a hyphen, which enterprise slugs never do.
connections-rule-slug-suggestion = Enterprise slugs are lowercase letters, digits and hyphens: did you mean { $suggestion }?
connections-rule-bracket-open = “{ $value }” opens a bracket it never closes.
connections-rule-bracket-open-fix = Write an IPv6 address as [2001:db8::1] or without brackets.
connections-rule-after-address = “{ $value }” has text after the address.
connections-rule-after-address-fix = Write an IPv6 address with a port as [2001:db8::1]:8443.
connections-rule-host-empty = The host name is empty.
connections-rule-host-fix = Enter a host name such as github.example.com, or an IP address.
connections-rule-host-name-fix = Enter a host name such as github.example.com.
connections-rule-host-bad-ip = “{ $value }” is not a valid IP address.
connections-rule-host-too-long = The host name is longer than 253 characters.
connections-rule-host-empty-part = “{ $value }” has an empty part between dots.
connections-rule-host-part-too-long = “{ $part }” is longer than the 63 characters a part of a host name may have.
connections-rule-host-char = “{ $value }” contains “{ $char }”, which host names never contain.
connections-rule-host-char-fix = Host names have letters, digits, hyphens and dots.
connections-rule-host-part-hyphen = “{ $part }” starts or ends with a hyphen, which parts of host names never do.
connections-rule-hostname-empty-fix = Enter the instance’s host name, e.g. github.example.com.
connections-rule-hostname-scheme = “{ $value }” includes a scheme (http:// or https://).
connections-rule-hostname-scheme-fix = Enter only the host name: { $host }. HTTPS is a setting of its own.
connections-rule-hostname-path = “{ $value }” includes a path.
connections-rule-hostname-path-fix = Enter only the host name: { $host }. The app adds /api/v3 itself.
connections-rule-hostname-not-host = “{ $value }” is not a host name.
connections-rule-hostname-not-host-fix = Enter only the host name, e.g. github.example.com, without a user name or spaces.
connections-rule-hostname-colon = “{ $value }” ends with a colon.
connections-rule-hostname-colon-fix = Remove it, or add the port number.
connections-rule-port-not-number = “{ $value }” is not a port number.
connections-rule-port-range = Port { $value } is out of range.
connections-rule-port-fix = Enter a port from 1 to 65535 (the GHES admin shell listens on 122).
connections-rule-not-address = “{ $value }” is not an address.
connections-rule-api-fix = Enter api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.
connections-rule-api-not-https = “{ $value }” is not https: GitHub’s API is only served over HTTPS.
connections-rule-api-path = “{ $value }” has a path; the API host has none.
connections-rule-api-path-fix = Enter only the host: { $host }.
connections-rule-api-not-host = “{ $value }” is not a GitHub API host.
connections-rule-api-web = “{ $value }” is GitHub’s web address, not its API.
connections-rule-api-web-fix = Enter api.github.com.
connections-rule-api-ghe-web = “{ $value }” is the web address of your GHE.com enterprise, not its API.
connections-rule-api-ghe-web-fix = Enter api.{ $sub }.ghe.com.
connections-rule-api-other = “{ $value }” is neither api.github.com nor a GHE.com API host (api.SUBDOMAIN.ghe.com).
connections-rule-web-fix = Enter a full address such as https://github.example.com.
connections-rule-web-not-http = “{ $value }” is not an http(s) address.
connections-rule-web-credentials = “{ $value }” contains credentials.
connections-rule-web-credentials-fix = Remove them: tokens and passwords belong in the OS keyring, never in an address.
connections-rule-web-query = “{ $value }” has a query or fragment (? or #).
connections-rule-web-plain-http = “{ $value }” is plain http.
connections-rule-web-plain-http-fix = Use https. (Plain http is possible only for a GHES instance, with its HTTPS switch off.)
connections-rule-ssh-user = “{ $value }” is not a user name.
connections-rule-ssh-user-fix = On GHES the admin shell’s user is admin.
connections-rule-ssh-host-port = “{ $value }” includes a port.
connections-rule-ssh-host-port-fix = Enter the port in its own field.
connections-rule-not-full-path = “{ $value }” is not a full path.
connections-rule-ca-bundle-fix = Enter the full path of the PEM file, e.g. /etc/ssl/certs/acme-ca.pem.
connections-rule-ssh-file-fix = Enter the full path of the file, e.g. ~/.ssh/id_ed25519.
