## Export license usage over the GHES admin shell (crates/services/src/usage_export/): why it
## failed, what to do (`-fix`), and the words around it.

## Why it failed. $at is HOST:PORT; $command the command line run there.

shell-not-set-up = No admin shell (SSH) is set up for this instance.
shell-ssh-missing = The OpenSSH client `ssh` could not be started: { $detail }.
shell-host-key-unknown = The admin shell at { $at } was not contacted: its SSH host key is not known to this computer (host key verification failed).
shell-host-key-changed = The admin shell at { $at } was not contacted: its SSH host key has CHANGED since this computer last trusted it.
shell-auth-refused = The admin shell at { $at } refused every SSH key offered (Permission denied).
shell-connect = ssh could not connect to { $at }.
shell-command-not-found = The admin shell at { $at } has no command `{ $command }` (exit status 127).
shell-command-failed = `{ $command }` on the admin shell at { $at } failed with exit status { $code }.
shell-command-stopped = `{ $command }` on the admin shell at { $at } was stopped before it finished.
shell-connection-lost = The connection to the admin shell at { $at } broke during the export; nothing was saved.
shell-timed-out = The export over the admin shell at { $at } did not finish within { $seconds } s; it was stopped and nothing was saved.
shell-cancelled = The export over the admin shell at { $at } was cancelled; nothing was saved.
# $reason: a sentence of its own.
shell-not-an-export = `{ $command }` on the admin shell at { $at } did not write a license-usage export: { $reason } Nothing was saved.
shell-too-large = `{ $command }` on the admin shell at { $at } wrote more than { $cap } bytes; it was stopped and nothing was saved.
# $message: one of the above; $stderr: the end of ssh's standard error, verbatim.
shell-with-stderr =
    { $message }
    ssh said:
    { $stderr }

## What to do.

shell-not-set-up-fix = Open Connections and set this instance's admin shell (SSH): user admin, port 122. Add your SSH public key on the appliance first (Management Console, Authentication, SSH access).
shell-ssh-missing-fix = Install the OpenSSH client (Debian/Ubuntu: apt install openssh-client; macOS and Windows 10+ ship it) and make sure `ssh` is on the PATH, or download the export from the GHES web UI (Enterprise settings, License, Export license usage) and drop it on Add server usage.
shell-host-key-unknown-fix = This computer has never connected to { $host }:{ $port }, so its host key is not trusted yet, and the app keeps host-key checking on. Ask the GHES administrator for the appliance's SSH host key fingerprint, compare it with `ssh-keyscan -p { $port } { $host } | ssh-keygen -lf -`, and only if it matches, trust it: `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts`. Then export again.
# $known_hosts_name: the host as known_hosts names it ([HOST]:PORT).
shell-host-key-changed-fix = The appliance at { $host }:{ $port } presented a different host key than the one this computer trusts. Do not connect until the GHES administrator confirms the key changed (appliance reinstalled, restored or its keys regenerated): someone may be intercepting the connection. If it did change, remove the old key with `ssh-keygen -R '{ $known_hosts_name }'`, verify the new fingerprint with the administrator, trust it with `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts`, and export again.
shell-host-key-changed-fingerprint-fix = The appliance at { $host }:{ $port } presented a different host key ({ $fingerprint }) than the one this computer trusts. Do not connect until the GHES administrator confirms the key changed (appliance reinstalled, restored or its keys regenerated): someone may be intercepting the connection. If it did change, remove the old key with `ssh-keygen -R '{ $known_hosts_name }'`, verify the new fingerprint with the administrator, trust it with `ssh-keyscan -p { $port } { $host } >> ~/.ssh/known_hosts`, and export again.
shell-auth-refused-fix = The admin shell takes SSH keys only. Add your public key on the appliance (Management Console, Authentication, SSH access), make sure ssh offers it (ssh-agent, or IdentityFile for { $host } in ~/.ssh/config), and check with `ssh -p { $port } admin@{ $host } -- ghe-license --help`.
shell-connect-fix = Check the host and port of the admin shell in Connections (port 122 on every appliance), and that this computer can reach it (VPN, firewall; a ProxyJump in ~/.ssh/config applies). ssh's own words are above.
# $program: the command's first word.
shell-command-not-found-fix = The appliance has no `{ $program }`. GHES 3.13 and newer have `ghe-license usage -o -y`, 3.12 and older `ghe-license-usage`. Check that the admin shell in Connections is the same appliance as the REST API, or export from the GHES web UI (Enterprise settings, License, Export license usage).
shell-command-not-found-version-fix = The appliance has no `{ $program }`, although its REST API reports GHES { $version }. GHES 3.13 and newer have `ghe-license usage -o -y`, 3.12 and older `ghe-license-usage`. Check that the admin shell in Connections is the same appliance as the REST API, or export from the GHES web UI (Enterprise settings, License, Export license usage).
shell-command-failed-fix = Read the appliance's words above. Try again; if it persists, run the same command in the admin shell yourself, or export from the GHES web UI (Enterprise settings, License, Export license usage).
shell-connection-lost-fix = Export again; a file that was there before is unchanged. If the connection keeps breaking, check the network (VPN, proxies) or export from the GHES web UI.
shell-timed-out-fix = Export again; for a very large instance, over a slow link, download the export from the GHES web UI instead (Enterprise settings, License, Export license usage).
shell-cancelled-fix = Export again when you are ready; a file that was there before is unchanged.
shell-not-an-export-fix = Run the command in the admin shell yourself to see what it prints, or export from the GHES web UI (Enterprise settings, License, Export license usage).
shell-too-large-fix = This is not what the export command writes: run it in the admin shell yourself, or export from the GHES web UI.

## Details and the record.

# The value refused before ssh runs (error-invalid-argument).
shell-arg-host = admin shell host
shell-arg-user = admin shell user
shell-arg-detail = it must be one word that does not start with `-`
# The job that is already running (error-job-running).
shell-job-export = An export of license usage of { $instance }
shell-ssh-not-on-path = { $program } was not found on the PATH
shell-stdout-unreadable = ssh's standard output could not be read
shell-wait-failed = (waiting for ssh failed: { $detail })
shell-read-failed = (reading ssh's output failed: { $detail })
shell-exported = License usage exported over the admin shell ({ $bytes } bytes) to { $path }.
