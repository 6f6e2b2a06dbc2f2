## Connections in the services (crates/services/src/connections/): the rules every field is
## checked by, the fields' labels in a refusal, secrets, and Test connection's words.

## The enterprise slug.

conn-slug-empty = The enterprise slug is empty.
conn-slug-shape-fix = Use the slug from your enterprise's address, github.com/enterprises/SLUG: lowercase letters, digits and hyphens.
conn-slug-is-address = `{ $input }` is an address, not a slug.
conn-slug-is-address-fix = Enter only the part after /enterprises/: `{ $slug }`.
conn-slug-capitals = `{ $input }` has capital letters; enterprise slugs are lowercase.
conn-slug-space = `{ $input }` contains a space, which enterprise slugs never contain.
conn-slug-character = `{ $input }` contains `{ $character }`, which enterprise slugs never contain.
conn-slug-hyphen = `{ $input }` starts or ends with a hyphen, which enterprise slugs never do.
conn-slug-suggestion-fix = Enterprise slugs are lowercase letters, digits and hyphens: did you mean `{ $slug }`?

## Host names and ports.

conn-host-empty = The host name is empty.
conn-host-empty-fix = Enter the instance's host name, e.g. github.example.com.
conn-host-scheme = `{ $input }` includes a scheme (http:// or https://).
conn-host-scheme-fix = Enter only the host name: `{ $host }`. HTTPS is a setting of its own.
conn-host-path = `{ $input }` includes a path.
conn-host-path-fix = Enter only the host name: `{ $host }`. The app adds /api/v3 itself.
conn-host-not-a-host = `{ $input }` is not a host name.
conn-host-not-a-host-fix = Enter only the host name, e.g. github.example.com, without a user name or spaces.
conn-host-bracket = `{ $input }` opens a bracket it never closes.
conn-host-bracket-fix = Write an IPv6 address as [2001:db8::1] or without brackets.
conn-host-after-address = `{ $input }` has text after the address.
conn-host-after-address-fix = Write an IPv6 address with a port as [2001:db8::1]:8443.
conn-host-shape-fix = Enter a host name such as github.example.com, or an IP address.
conn-host-bad-ip = `{ $host }` is not a valid IP address.
conn-host-too-long = The host name is longer than 253 characters.
conn-host-empty-part = `{ $host }` has an empty part between dots.
conn-host-part-too-long = `{ $part }` is longer than the 63 characters a part of a host name may have.
conn-host-character = `{ $host }` contains `{ $character }`, which host names never contain.
conn-host-character-fix = Enter a host name such as github.example.com, or an IP address. Host names have letters, digits, hyphens and dots.
conn-host-part-hyphen = `{ $part }` starts or ends with a hyphen, which parts of host names never do.
conn-port-not-port = `{ $input }` is not a port.
conn-port-out-of-range = Port `{ $input }` is out of range.
conn-port-not-number = `{ $input }` is not a port number.
conn-port-fix = Enter a port from 1 to 65535 (the GHES admin shell listens on 122).

## Addresses.

# $detail: the URL parser's own words.
conn-not-an-address = `{ $input }` is not an address ({ $detail }).
conn-api-fix = Enter api.github.com, or api.SUBDOMAIN.ghe.com for GitHub Enterprise Cloud with data residency.
conn-api-not-https = `{ $input }` is not https: GitHub's API is only served over HTTPS.
conn-api-path = `{ $input }` has a path; the API host has none.
conn-api-path-fix = Enter only the host: `{ $host }`.
conn-api-not-api-host = `{ $input }` is not a GitHub API host.
conn-api-web-address = `{ $input }` is GitHub's web address, not its API.
conn-api-web-address-fix = Enter api.github.com.
conn-api-ghe-web-address = `{ $input }` is the web address of your GHE.com enterprise, not its API.
conn-api-ghe-web-address-fix = Enter api.{ $subdomain }.ghe.com.
conn-api-unknown-host = `{ $input }` is neither api.github.com nor a GHE.com API host (api.SUBDOMAIN.ghe.com).
conn-web-fix = Enter a full address such as https://github.example.com.
conn-web-not-http = `{ $input }` is not an http(s) address.
conn-web-credentials = `{ $input }` contains credentials.
conn-web-credentials-fix = Remove them: tokens and passwords belong in the OS keyring, never in an address.
conn-web-query = `{ $input }` has a query or fragment (? or #).
conn-web-plain-http = `{ $input }` is plain http.
conn-web-plain-http-fix = Use https. (Plain http is possible only for a GHES instance, with its HTTPS switch off.)

## The admin shell and files.

conn-ssh-user-invalid = `{ $input }` is not a user name.
conn-ssh-user-invalid-fix = On GHES the admin shell's user is `admin`.
conn-ssh-host-port = `{ $input }` includes a port.
conn-ssh-host-port-fix = Enter the port in its own field.
conn-ca-not-absolute-fix = Enter the full path of the PEM file, e.g. /etc/ssl/certs/acme-ca.pem.
conn-ca-missing-fix = Check the path, or ask your PKI team for the company CA certificate as a PEM file.
conn-ca-folder-fix = Enter the path of the PEM file itself.
conn-ssh-file-not-absolute-fix = Enter the full path of the file, e.g. ~/.ssh/id_ed25519.
conn-ssh-file-missing-fix = Check the path, or leave it empty to use your OpenSSH defaults.
conn-ssh-file-folder-fix = Enter the path of the file itself.
conn-file-not-absolute = `{ $input }` is not a full path.
conn-file-missing = { $path } does not exist.
# $detail: the OS's own words.
conn-file-unreadable = { $path } cannot be read: { $detail }.
conn-file-permissions-fix = Check the file's permissions.
conn-file-unreadable-fix = Check the file's permissions: your user must be able to read it.
conn-file-folder = { $path } is a folder.

## The fields as a refusal names them.

# "GHES instance 2, host name": $field is one of the conn-label-* below.
conn-label-ghes = GHES instance { $n }, { $field }
conn-label-host-name = host name
conn-label-api-address = API address
conn-label-ssh-user = admin shell user
conn-label-ssh-host = admin shell host
conn-label-ssh-port = admin shell port
conn-label-ssh-known-hosts = admin shell known_hosts file
conn-label-ssh-key = admin shell key file
conn-label-ca-bundle = custom CA bundle
conn-label-manage-url = Management Console API address
conn-label-ghes-slug = Enterprise slug on GHES
conn-label-license-page = License page address
conn-label-connect-page = GitHub Connect page address
conn-label-enterprise = Enterprise slug
conn-label-api-host = API host
conn-label-web-address = Web address
conn-label-licensing-page = Licensing page address
conn-instance-twice = Instance `{ $id }` is listed twice.
conn-instance-twice-fix = Reload the Connections screen and make the change again.
conn-host-taken = { $host } is already configured as GHES instance { $n }.
conn-host-taken-fix = Remove one of the two, or correct the host name.

## Secrets and settings.

conn-secret-token = token
conn-secret-manage-password = Management Console password
conn-secret-empty = { $kind ->
    [token] The token is empty.
   *[manage_password] The Management Console password is empty.
}
conn-secret-empty-fix = Paste it again, or use Remove to delete the saved one.
conn-ghec-no-manage-password = GitHub Enterprise Cloud has no Management Console password.
conn-ghec-no-manage-password-fix = Set it on a GHES instance instead.
conn-settings-not-moved-aside = it is not valid and could not be moved aside: { $detail }

## Test connection.

# $seats, $used: svc-seats*, svc-seats-used*.
conn-test-ghes-connected = Connected to { $instance }: { $seats }, { $used }.
conn-test-ghes-connected-version = Connected to { $instance } (GHES { $version }): { $seats }, { $used }.
conn-test-ghec-connected = { $count ->
    [one] Connected to enterprise { $enterprise }: GitHub lists { $count } server instance in its license sync.
   *[other] Connected to enterprise { $enterprise }: GitHub lists { $count } server instances in its license sync.
}
# $status: the Manage API's word (valid, invalid, expired) or conn-manage-status-unknown;
# $expires: the Manage API's date, verbatim, or svc-unknown.
conn-manage-checked = license { $status }: { $seats }, expires { $expires }
conn-manage-status-unknown = status unknown
conn-tls-ca-bundle = This instance trusts the custom CA bundle { $path } besides the system's CAs.
conn-tls-no-ca-bundle = The custom CA bundle is a setting of this instance, here in Connections (empty now).
conn-tls-ghec = GitHub's own certificates are publicly trusted: on GitHub Enterprise Cloud this usually means a TLS-inspecting proxy, or a wrong system clock.
