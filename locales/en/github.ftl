## The GitHub calls an error names (crates/github/src/error.rs, Endpoint).

# Same in every language.
github-endpoint-ghes-license = GHES { $host }: GET /api/v3/enterprise/settings/license
# Same in every language.
github-endpoint-ghes-meta = GHES { $host }: GET /api/v3/meta
# Same in every language.
github-endpoint-manage-license = GHES { $host }: Manage API GET /manage/v1/config/license
# Same in every language.
github-endpoint-manage-license-check = GHES { $host }: Manage API GET /manage/v1/config/license/check
# Same in every language.
github-endpoint-manage-license-upload = GHES { $host }: Manage API PUT /manage/v1/config/license
github-endpoint-ghec-consumed-licenses = GHEC enterprise { $enterprise }: GET /enterprises/{ $enterprise }/consumed-licenses (page { NUMBER($page, useGrouping: "false") })
github-endpoint-ghec-license-sync-status = GHEC enterprise { $enterprise }: GET /enterprises/{ $enterprise }/license-sync-status
github-endpoint-ghec-rate-limit = GHEC enterprise { $enterprise }: GET /rate_limit
# $what: what was read (github-read-*).
github-endpoint-ghec-graphql = GHEC enterprise { $enterprise }: GraphQL, { $what }

## What a GraphQL call reads, as the endpoint names it.

github-read-installations = Enterprise Server installations
github-read-installation-cursors = Enterprise Server installation cursors
github-read-where-installations-stand = where the Enterprise Server installations stand
github-read-user-accounts = user accounts of Enterprise Server installations
github-read-user-accounts-of-host = user accounts of { $host }
github-read-user-accounts-of-installation = user accounts of installation { $id }

## Pieces of the sentences below.

# GitHub's own words, quoted after the status: ` "Bad credentials"`. Starts with a space.
# Same in every language.
github-said = {" "}"{ $message }"
# A token that has no scopes at all.
github-scopes-none = none
github-token-advice-server = a classic personal access token of a site administrator (GHES accepts no fine-grained tokens here)
github-token-advice-cloud = a classic personal access token of an enterprise owner with the read:enterprise scope

## What failed. $endpoint is a github-endpoint-* message; $said is github-said or nothing.

github-unauthorized = { $endpoint }: GitHub answered 401 Bad credentials: the token is wrong, expired or revoked.
github-forbidden = { $endpoint }: GitHub answered 403 Forbidden{ $said }.
# $kind: github-app or fine-grained.
github-token-type-unsupported = { $kind ->
    [github-app] { $endpoint }: GitHub answered 403 Forbidden{ $said }: GitHub App tokens are not accepted here.
   *[fine-grained] { $endpoint }: GitHub answered 403 Forbidden{ $said }: fine-grained tokens are not accepted here.
}
github-not-found = { $endpoint }: GitHub answered 404 Not Found{ $said }.
github-not-found-not-owner = { $endpoint }: GitHub answered 404 Not Found{ $said }: the token has read:enterprise, so its user is not an owner of enterprise `{ $enterprise }` or the slug `{ $enterprise }` is wrong.
# $scopes: the token's scopes, or github-scopes-none.
github-not-found-lacks-scope = { $endpoint }: GitHub answered 404 Not Found{ $said }: the token lacks the read:enterprise scope (its scopes: { $scopes }).
# $usage: github-rate-usage* or nothing; $wait: github-rate-retry-after, github-rate-resets-at or nothing.
github-rate-limited = { $endpoint }: GitHub's rate limit was reached{ $usage }{ $wait }.
github-rate-usage = {" "}({ NUMBER($used, useGrouping: "false") } of { NUMBER($limit, useGrouping: "false") } requests used)
github-rate-usage-resource = {" "}({ NUMBER($used, useGrouping: "false") } of { NUMBER($limit, useGrouping: "false") } requests used, resource { $resource })
github-rate-retry-after = ; GitHub asks to retry after { NUMBER($seconds, useGrouping: "false") } s
# $time: HH:MM:SS in UTC.
github-rate-resets-at = ; the limit resets at { $time } UTC
github-server-error = { $endpoint }: GitHub answered { $status }, a server error{ $said }.
github-unexpected-status = { $endpoint }: GitHub answered an unexpected { $status }{ $said }.
github-timeout = { $endpoint }: no answer from { $url } within { NUMBER($seconds, useGrouping: "false") } s.
github-connection-refused = { $endpoint }: the connection to { $address } was refused: nothing is listening there.
# $detail: the system's words, or github-detail-name-not-resolved.
github-connect = { $endpoint }: could not connect to { $address }: { $detail }.
# $reason: unknown_issuer, name_mismatch, expired or other; $detail: the TLS library's words.
github-tls = { $reason ->
    [unknown_issuer] { $endpoint }: the secure connection to { $address } failed: its certificate was issued by a certificate authority this computer does not trust, such as a self-signed or company CA ({ $detail }).
    [name_mismatch] { $endpoint }: the secure connection to { $address } failed: its certificate is for another host name ({ $detail }).
    [expired] { $endpoint }: the secure connection to { $address } failed: its certificate has expired or is not valid yet ({ $detail }).
   *[other] { $endpoint }: the secure connection to { $address } failed: the TLS handshake failed ({ $detail }).
}
github-transport = { $endpoint }: the connection broke before GitHub's answer was complete: { $detail }.
github-decode = { $endpoint }: GitHub's answer could not be read at `{ $path }`: { $detail }.
github-body-too-large = { $endpoint }: GitHub's answer is larger than { NUMBER($limit, useGrouping: "false") } bytes, more than any license response should be.
github-foreign-link = { $endpoint }: GitHub pointed the next page at { $url }, a different host than the one configured; the token was not sent there.
github-invalid-url = `{ $url }` is not a usable API address: { $reason }.
github-client-setup = the HTTP client could not be set up: { $detail }.
github-ca-bundle = the custom CA bundle cannot be used: { $problem }.
github-cancelled = The fetch of GHEC enterprise { $enterprise }'s consumed licenses was cancelled; nothing was kept from it.
# $more: how many more problems GitHub listed after the first.
github-graphql = { $more ->
    [0] { $endpoint }: GitHub refused the query: "{ $message }".
   *[other] { $endpoint }: GitHub refused the query: "{ $message }" (and { $more } more).
}
github-graphql-cancelled = { $endpoint }: cancelled; nothing was kept from it.
github-installation-not-listed = { $endpoint }: GitHub no longer lists the Enterprise Server installation `{ $installation }` of enterprise `{ $enterprise }`.
github-manage-password-refused = { $endpoint }: the Manage API answered 401 Unauthorized: the Management Console password was not accepted.
github-license-rejected = { $endpoint }: GHES refused the license file ({ $status }){ $said }.

## The details the client adds ($detail, $reason, $problem and paths above).

github-detail-name-not-resolved = the name could not be resolved ({ $detail })
github-detail-header-token = the token contains characters that cannot be sent in an HTTP header
github-detail-header-password = the password contains characters that cannot be sent in an HTTP header
github-detail-graphql-not-written = the GraphQL request could not be written: { $detail }
github-detail-not-modified-unasked = 304 Not Modified to a read that asked for no condition
github-detail-not-modified-unasked-request = 304 Not Modified to a request that asked for no condition
github-detail-page-too-large = the page holds { NUMBER($users, useGrouping: "false") } consumers, more than the { NUMBER($per_page, useGrouping: "false") } asked for with per_page
github-detail-empty-list = an empty list where one object was expected
github-detail-null-unexplained = GitHub sent null and no error saying why
github-detail-no-accounts = GitHub sent no accounts
github-detail-no-next-cursor = GitHub said there is a next page but gave no cursor that moves forward
github-path-whole-body = (the whole body)
github-path-after-json = (after the JSON value)
github-url-scheme = only http and https are supported
github-url-no-host = it has no host
github-url-query = it must not have a query or fragment
github-url-credentials = it must not contain credentials; tokens belong in the keyring
github-url-no-path = it cannot take a path
github-url-no-slug = no enterprise slug was given
github-ca-not-pem = it is not valid PEM text ({ $detail })
github-ca-private-key = the file holds a private key and no certificate; choose the CA's certificate file, never a key
github-ca-no-certificate = the file contains no certificate (no -----BEGIN CERTIFICATE----- section)
# $count: how many certificates the file holds; $n: which one.
github-ca-unreadable = { $count ->
    [one] its certificate is not a readable X.509 certificate ({ $detail })
   *[other] certificate { $n } of { $count } is not a readable X.509 certificate ({ $detail })
}
github-ca-refused = { $count ->
    [one] its certificate was refused ({ $detail })
   *[other] certificate { $n } of { $count } was refused ({ $detail })
}

## What GitHub left out of a GraphQL answer (MissingPart).

github-missing-no-place = (GitHub named no place)
github-missing-installation-without-id = GitHub sent an installation without an id (host name { $host })
github-missing-host-unknown = unknown
github-missing-no-uploads = GitHub sent no uploads for this installation and no error saying why
github-missing-null = GitHub sent null here and no error saying why
github-missing-accounts-count = GitHub counted { NUMBER($total, useGrouping: "false") } accounts but listed { NUMBER($read, useGrouping: "false") }; the list may have changed while it was read
github-missing-installations-count = GitHub counted { NUMBER($total, useGrouping: "false") } installations but listed { NUMBER($listed, useGrouping: "false") }
# $path: where in the answer; $n: the account's position in the installation's list.
github-missing-account-at = { $path } (account { NUMBER($n, useGrouping: "false") } of the installation)

## What to do. $token is github-token-advice-server or github-token-advice-cloud.

github-fix-unauthorized = Create a new token ({ $token }) and save it for this connection.
github-fix-sso = The organization enforces SAML single sign-on and this token is not authorized for it. Authorize the token for SSO, then try again.
github-fix-sso-at = The organization enforces SAML single sign-on and this token is not authorized for it. Authorize the token for SSO at { $url }, then try again.
github-fix-forbidden-graphql = GitHub shows an enterprise's Enterprise Server installations only to its owners, and a classic token needs the read:enterprise (or admin:enterprise) scope. Use a classic personal access token of an owner of enterprise `{ $enterprise }` with read:enterprise (Settings, Developer settings, Personal access tokens (classic)).
github-fix-forbidden-permission = GitHub wants the permission `{ $permission }`, which this token lacks. Use { $token }.
github-fix-forbidden = The token may not read this: fine-grained tokens and GitHub App tokens are refused here, or too many bad logins locked the account for a while. Use { $token }.
# $kind: github-app or fine-grained.
github-fix-token-type-unsupported = { $kind ->
    [github-app] Use a classic personal access token (GitHub App tokens are not accepted by this endpoint): create { $token } and save it for this connection.
   *[fine-grained] Use a classic personal access token (fine-grained tokens are not accepted by this endpoint): create { $token } and save it for this connection.
}
github-fix-not-found-server = GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator, and check the host is a GitHub Enterprise Server.
github-fix-not-found-server-no-site-admin = GHES answers 404 to anyone who is not a site administrator. Use a classic personal access token of a site administrator, and check the host is a GitHub Enterprise Server. The token's scopes ({ $scopes }) do not include site_admin: if its user is a site administrator, add that scope.
github-fix-not-found-graphql = GitHub found no enterprise `{ $enterprise }` for this token: the enterprise slug is wrong, or the token's user is not an owner of it. Check the slug in the enterprise's address (https://github.com/enterprises/SLUG) and use a classic token of an enterprise owner with read:enterprise.
github-fix-not-found-graphql-lacks-scope = GitHub found no enterprise `{ $enterprise }` for this token: the enterprise slug is wrong, or the token's user is not an owner of it. Check the slug in the enterprise's address (https://github.com/enterprises/SLUG) and use a classic token of an enterprise owner with read:enterprise. The token's scopes ({ $scopes }) lack read:enterprise: add it.
github-fix-not-found-not-owner = The token has read:enterprise, so GitHub is saying its user is not an owner of enterprise `{ $enterprise }`, or the slug `{ $enterprise }` is wrong. Use a token of an enterprise owner, and check the slug in the enterprise's address (https://github.com/enterprises/SLUG).
github-fix-not-found-lacks-scope = The token lacks the read:enterprise scope (its scopes: { $scopes }). Edit the classic token on GitHub (Settings, Developer settings, Personal access tokens (classic)), tick read:enterprise, and try again; if GitHub still answers 404, its user is not an owner of enterprise `{ $enterprise }` or the slug is wrong.
github-fix-not-found-no-scopes = GitHub sent no token scopes, as for fine-grained and GitHub App tokens, and does not tell the causes apart: the token type is not supported (use a classic personal access token), the token lacks the read:enterprise scope, the token's user is not an owner of enterprise `{ $enterprise }`, or the slug `{ $enterprise }` is wrong.
github-fix-rate-limited-graphql = Wait { NUMBER($seconds, useGrouping: "false") } s and try again; GitHub counts GraphQL points per hour, about one per 100 user accounts read.
github-fix-rate-limited = Wait { NUMBER($seconds, useGrouping: "false") } s and try again; large enterprises need one request per 100 consumers.
github-fix-server-error = GitHub or the instance is having trouble. Try again in a minute; if it persists, check the instance's health or githubstatus.com.
github-fix-unexpected-status = Check that the address points at the GitHub API (GHES: https://HOST/api/v3; GHEC: https://api.github.com or https://api.SUBDOMAIN.ghe.com), not at a proxy or a web page.
github-fix-timeout = Check that the host is reachable from this machine (VPN, proxy, firewall), then try again.
github-fix-connection-refused = Check the host name and port, and that the instance is running.
github-fix-connect = Check the host name for typos and that this machine can resolve and reach it (VPN, DNS, proxy).
github-fix-tls-unknown-issuer = Set a custom CA bundle for this instance in Connections, or install the CA in the OS trust store. If a bundle is set already, it lacks the CA that issued this certificate: use the company's root CA certificate (PEM).
github-fix-tls-name-mismatch = The certificate is for another host name: check the hostname in the connection's address is the instance's own name (the one on its certificate), not an alias or an IP address.
github-fix-tls-expired = Check this computer's date and time; if they are right, the instance's certificate has expired and its administrator must renew it.
github-fix-tls = If the instance uses a certificate from your company's own certificate authority, set that CA bundle for the connection. Otherwise check the host name and that no proxy intercepts the connection.
github-fix-transport = Try again; a proxy or an unstable network may have cut the connection.
github-fix-decode = The answer is not what GitHub documents: a proxy or login page may sit in front of the API, or the address is wrong. Open the URL in a browser to see what answers.
github-fix-body-too-large = Check the address points at the GitHub API.
github-fix-foreign-link = Check the API address in the connection settings: it should be the host GitHub itself uses in its page links.
github-fix-invalid-url = Enter an address like https://github.example.com (GHES) or https://api.github.com (GHEC).
github-fix-client-setup = This is a problem of the app's environment; see the logs.
github-fix-cancelled = Load the consumed licenses again when you are ready; the data loaded before, if any, is still shown.
github-fix-manage-password-refused = Enter the Management Console password in Connections (the root site administrator password: the app signs in as api_key, so a Management Console user's own password is not enough). Too many wrong passwords lock the Manage API for a while.
github-fix-graphql = GitHub's own words above say what it refused. If they name a field, argument or type, this app's query no longer matches GitHub's schema: update the app. Otherwise try again later.
github-fix-graphql-cancelled = Load it again when you are ready; what was shown before, if anything, is still shown.
github-fix-installation-not-listed = The instance may have been removed from enterprise `{ $enterprise }` on GitHub, or its history reset. Refresh the list of Enterprise Server installations and try again.
github-fix-license-rejected = Choose the .ghl license file GitHub sent for this instance (from the enterprise account's Enterprise licensing page), not a license-usage export or another file.
github-fix-ca-bundle = Choose the PEM file of the certificate authority that issued the instance's certificate (a text file starting with -----BEGIN CERTIFICATE-----), or clear the custom CA bundle to use the OS trust store alone.
