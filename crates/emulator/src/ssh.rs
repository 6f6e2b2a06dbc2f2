//! The GHES admin shell over SSH (port 122 on an appliance), with [`crate::EmulatorConfig::ssh`]:
//! one loopback SSH endpoint per emulated instance, so the app's export over the system's
//! OpenSSH client runs against a real SSH server.
//!
//! - Each endpoint has its own ed25519 host key, made at start; the `known_hosts` line that
//!   trusts it is in [`crate::GhesSshInfo`], and all of them in one `known_hosts` file.
//! - Only public-key authentication, user `admin`, with the demo client key the emulator
//!   also makes at start and writes (mode 0600, as OpenSSH insists) to a private temporary
//!   folder that is removed when the emulator is dropped.
//! - Only commands (`ssh … -- COMMAND`), answered as the instance's version would:
//!   `ghe-license usage -o -y` on GHES 3.13 and newer, `ghe-license-usage` on 3.12 and
//!   older, each writing the instance's license-usage export ([`crate::render_export`]) to
//!   standard output with exit status 0. The other version's command is not there:
//!   `bash: NAME: command not found` on standard error and exit status 127, like any
//!   unknown command.
//! - Faults ([`crate::Fault`]) apply too: for the admin shell, the text a fault's
//!   `path_contains` matches is `ssh:` followed by the command line, and the target is the
//!   instance (`ghes:NAME`). `reset_connection` sends half the export, then drops the
//!   connection (no exit status); `truncated_body` sends half and exits 0; `malformed_json`
//!   prints a line that is not an export and exits 0; `status` prints its message (or an
//!   internal error) on standard error and exits 1; `delay` waits before answering.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, PrivateKey, PublicKey};
use russh::server::{Auth, Handle, Handler, Msg, Session};
use russh::{Channel, ChannelId, CryptoVec, Disconnect, MethodKind, MethodSet};
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::faults::{take, FaultKind, FaultTarget};
use crate::state::{lock, read, Shared};
use crate::Error;

/// The admin shell's user on every GHES appliance.
pub const SSH_USER: &str = "admin";

/// How much of the output goes in one SSH data message.
const CHUNK: usize = 16 * 1024;

/// The private temporary folder holding the demo client's key and the `known_hosts` file;
/// removed when dropped (the [`crate::Emulator`] holds it).
#[derive(Debug)]
pub(crate) struct KeyDir(PathBuf);

impl Drop for KeyDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The SSH endpoints, their keys and the demo client's files.
pub(crate) struct SshEndpoints {
    /// The demo client's private key (OpenSSH format, mode 0600).
    pub(crate) identity_file: PathBuf,
    /// Every endpoint's `known_hosts` line.
    pub(crate) known_hosts_file: PathBuf,
    /// The only key accepted.
    client_key: PublicKey,
    pub(crate) endpoints: Vec<SshEndpoint>,
}

/// One instance's admin shell.
pub(crate) struct SshEndpoint {
    pub(crate) instance: String,
    pub(crate) address: SocketAddr,
    /// `[127.0.0.1]:PORT ssh-ed25519 AAAA…`.
    pub(crate) known_hosts_line: String,
    host_key: PrivateKey,
}

impl std::fmt::Debug for SshEndpoints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SshEndpoints")
            .field("identity_file", &self.identity_file)
            .field(
                "endpoints",
                &self
                    .endpoints
                    .iter()
                    .map(|e| (&e.instance, e.address))
                    .collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl SshEndpoints {
    /// How to reach the admin shell of the instance called `instance`.
    pub(crate) fn info(&self, instance: &str) -> Option<crate::GhesSshInfo> {
        let e = self.endpoints.iter().find(|e| e.instance == instance)?;
        Some(crate::GhesSshInfo {
            host: e.address.ip().to_string(),
            port: e.address.port(),
            user: SSH_USER.to_owned(),
            known_hosts_line: e.known_hosts_line.clone(),
            identity_file: self.identity_file.display().to_string(),
            known_hosts_file: self.known_hosts_file.display().to_string(),
        })
    }
}

fn ssh_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::Ssh(format!("{what}: {e}"))
}

/// Makes the keys and files, and binds one loopback port per instance in `instances`.
pub(crate) async fn prepare(
    ip: IpAddr,
    instances: &[String],
) -> Result<(SshEndpoints, Vec<TcpListener>, KeyDir), Error> {
    let client = new_key()?;
    // From here on, dropping `dir` removes the folder whatever fails.
    let dir = KeyDir(private_temp_dir()?);
    let mut endpoints = SshEndpoints {
        identity_file: dir.0.join("id_ed25519"),
        known_hosts_file: dir.0.join("known_hosts"),
        client_key: client.public_key().clone(),
        endpoints: Vec::new(),
    };
    let pem = client
        .to_openssh(LineEnding::LF)
        .map_err(|e| ssh_error("the demo client key could not be written", e))?;
    write_private(&endpoints.identity_file, pem.as_bytes())?;
    let public = client
        .public_key()
        .to_openssh()
        .map_err(|e| ssh_error("the demo client key could not be written", e))?;
    write_private(
        &dir.0.join("id_ed25519.pub"),
        format!("{public} ghls-emulator-demo-admin\n").as_bytes(),
    )?;
    let mut listeners = Vec::with_capacity(instances.len());
    for name in instances {
        let address = SocketAddr::new(ip, 0);
        let listener = TcpListener::bind(address)
            .await
            .map_err(|source| Error::Bind { address, source })?;
        let address = listener
            .local_addr()
            .map_err(|source| Error::Bind { address, source })?;
        let host_key = new_key()?;
        let line = format!(
            "[{}]:{} {}",
            address.ip(),
            address.port(),
            host_key
                .public_key()
                .to_openssh()
                .map_err(|e| ssh_error("a host key could not be written", e))?
        );
        endpoints.endpoints.push(SshEndpoint {
            instance: name.clone(),
            address,
            known_hosts_line: line,
            host_key,
        });
        listeners.push(listener);
    }
    let mut known_hosts = String::new();
    for e in &endpoints.endpoints {
        known_hosts.push_str(&e.known_hosts_line);
        known_hosts.push('\n');
    }
    write_private(&endpoints.known_hosts_file, known_hosts.as_bytes())?;
    Ok((endpoints, listeners, dir))
}

fn new_key() -> Result<PrivateKey, Error> {
    PrivateKey::random(&mut rand_core::OsRng, Algorithm::Ed25519)
        .map_err(|e| ssh_error("a key could not be generated", e))
}

/// `ghls-emulator-ssh-PID-N` in the OS temporary folder, readable by its owner only.
fn private_temp_dir() -> Result<PathBuf, Error> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = OffsetDateTime::now_utc().unix_timestamp_nanos();
    let dir = std::env::temp_dir().join(format!(
        "ghls-emulator-ssh-{}-{n}-{:x}",
        std::process::id(),
        nanos % 0xffff_ffff
    ));
    std::fs::create_dir(&dir).map_err(|e| ssh_error("its folder could not be made", e))?;
    set_mode(&dir, 0o700)?;
    Ok(dir)
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes)
        .map_err(|e| ssh_error(&format!("{} could not be written", path.display()), e))?;
    set_mode(path, 0o600)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), Error> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| ssh_error(&format!("{} could not be made private", path.display()), e))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<(), Error> {
    Ok(())
}

/// Serves each endpoint's admin shell until the emulator stops.
pub(crate) fn serve(shared: &Arc<Shared>, listeners: Vec<TcpListener>) -> Vec<JoinHandle<()>> {
    let Some(ssh) = shared.ssh.as_ref() else {
        return Vec::new();
    };
    ssh.endpoints
        .iter()
        .zip(listeners)
        .map(|(endpoint, listener)| {
            let config = Arc::new(russh::server::Config {
                keys: vec![endpoint.host_key.clone()],
                methods: MethodSet::from(&[MethodKind::PublicKey][..]),
                // Loopback only: no need to slow down a wrong key.
                auth_rejection_time: Duration::from_millis(10),
                auth_rejection_time_initial: Some(Duration::ZERO),
                inactivity_timeout: Some(Duration::from_secs(120)),
                ..Default::default()
            });
            let instance = endpoint.instance.clone();
            let client_key = ssh.client_key.clone();
            let shared = shared.clone();
            tokio::spawn(accept_loop(shared, listener, config, instance, client_key))
        })
        .collect()
}

async fn accept_loop(
    shared: Arc<Shared>,
    listener: TcpListener,
    config: Arc<russh::server::Config>,
    instance: String,
    client_key: PublicKey,
) {
    let mut stopped = shared.stop.subscribe();
    loop {
        let accepted = tokio::select! {
            _ = stopped.wait_for(|s| *s) => return,
            a = listener.accept() => a,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                tracing::warn!(error = %e, "admin shell: accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let handler = AdminShell {
            shared: shared.clone(),
            instance: instance.clone(),
            client_key: client_key.clone(),
        };
        let config = config.clone();
        let mut stop = shared.stop.subscribe();
        tokio::spawn(async move {
            match russh::server::run_stream(config, stream, handler).await {
                Ok(session) => {
                    tokio::select! {
                        r = session => if let Err(e) = r {
                            tracing::debug!(error = %e, "admin shell: session ended");
                        },
                        _ = stop.wait_for(|s| *s) => {}
                    }
                }
                Err(e) => tracing::debug!(error = %e, "admin shell: handshake failed"),
            }
        });
    }
}

/// One client connection.
struct AdminShell {
    shared: Arc<Shared>,
    instance: String,
    client_key: PublicKey,
}

impl AdminShell {
    fn authorised(&self, user: &str, key: &PublicKey) -> Auth {
        if user == SSH_USER && key.key_data() == self.client_key.key_data() {
            Auth::Accept
        } else {
            Auth::reject()
        }
    }
}

impl Handler for AdminShell {
    type Error = russh::Error;

    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        key: &PublicKey,
    ) -> Result<Auth, Self::Error> {
        Ok(self.authorised(user, key))
    }

    async fn auth_publickey(&mut self, user: &str, key: &PublicKey) -> Result<Auth, Self::Error> {
        Ok(self.authorised(user, key))
    }

    async fn channel_open_session(
        &mut self,
        _channel: Channel<Msg>,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)?;
        let command = String::from_utf8_lossy(data).trim().to_owned();
        let out = Output {
            handle: session.handle(),
            channel,
        };
        tokio::spawn(run(
            self.shared.clone(),
            self.instance.clone(),
            command,
            out,
        ));
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)?;
        let out = Output {
            handle: session.handle(),
            channel,
        };
        tokio::spawn(async move {
            out.stderr(
                "This emulated GHES admin shell runs single commands only, e.g. `ssh -p PORT admin@127.0.0.1 -- ghe-license usage -o -y`.\n",
            )
            .await;
            out.exit(1).await;
        });
        Ok(())
    }
}

/// Where a command's output goes.
struct Output {
    handle: Handle,
    channel: ChannelId,
}

impl Output {
    async fn stdout(&self, bytes: &[u8]) -> bool {
        for chunk in bytes.chunks(CHUNK) {
            if self
                .handle
                .data(self.channel, CryptoVec::from_slice(chunk))
                .await
                .is_err()
            {
                return false;
            }
        }
        true
    }

    async fn stderr(&self, text: &str) {
        let _ = self
            .handle
            .extended_data(self.channel, 1, CryptoVec::from_slice(text.as_bytes()))
            .await;
    }

    async fn exit(&self, status: u32) {
        let _ = self.handle.exit_status_request(self.channel, status).await;
        let _ = self.handle.eof(self.channel).await;
        let _ = self.handle.close(self.channel).await;
    }

    async fn drop_connection(&self) {
        let _ = self
            .handle
            .disconnect(
                Disconnect::ConnectionLost,
                "connection lost (emulated fault)".to_owned(),
                String::new(),
            )
            .await;
    }
}

/// What the appliance does with a command line.
#[derive(Debug, PartialEq, Eq)]
enum Answer {
    Export,
    NotFound(String),
    Refused { message: String, status: u32 },
}

/// True for GHES 3.13 and newer, where `ghe-license usage` replaced `ghe-license-usage`.
fn has_ghe_license_usage_subcommand(version: &str) -> bool {
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let major = parts.next().unwrap_or(0);
    let minor = parts.next().unwrap_or(0);
    (major, minor) >= (3, 13)
}

fn answer(version: &str, command: &str) -> Answer {
    let words: Vec<&str> = command.split_whitespace().collect();
    let new = has_ghe_license_usage_subcommand(version);
    match words.as_slice() {
        ["ghe-license", "usage", flags @ ..] if new => {
            if !flags.contains(&"-o") {
                Answer::Refused {
                    message: "ghe-license usage: without -o the export is written to a file on the appliance; add -o to write it to standard output\n".to_owned(),
                    status: 1,
                }
            } else if !flags.contains(&"-y") {
                Answer::Refused {
                    message: "Export license usage? [y/N] Aborted: no answer (use -y to skip the confirmation)\n".to_owned(),
                    status: 1,
                }
            } else {
                Answer::Export
            }
        }
        ["ghe-license", ..] if new => Answer::Refused {
            message: format!(
                "ghe-license: unknown command `{}`; try `ghe-license usage -o -y`\n",
                words[1..].join(" ")
            ),
            status: 2,
        },
        ["ghe-license-usage", ..] if !new => Answer::Export,
        [first, ..] => Answer::NotFound((*first).to_owned()),
        [] => Answer::Refused {
            message: "no command given\n".to_owned(),
            status: 1,
        },
    }
}

async fn run(shared: Arc<Shared>, instance: String, command: String, out: Output) {
    let fault = take(
        &mut lock(&shared.faults),
        &FaultTarget::Ghes(instance.clone()),
        &format!("ssh:{command}"),
    );
    if let Some(FaultKind::Delay { ms }) = &fault {
        tokio::time::sleep(Duration::from_millis(*ms)).await;
    }
    let found = {
        let world = read(&shared.world);
        world.instance(&instance).map(|i| {
            (
                answer(&i.version, &command),
                crate::usage_export::render_export(i, OffsetDateTime::now_utc()),
            )
        })
    };
    let Some((answer, export)) = found else {
        out.stderr("the appliance is gone\n").await;
        out.exit(255).await;
        return;
    };
    tracing::debug!(%instance, %command, ?answer, "admin shell command");
    match answer {
        Answer::NotFound(name) => {
            out.stderr(&format!("bash: {name}: command not found\n"))
                .await;
            out.exit(127).await;
        }
        Answer::Refused { message, status } => {
            out.stderr(&message).await;
            out.exit(status).await;
        }
        Answer::Export => match fault {
            Some(FaultKind::ResetConnection) => {
                out.stdout(&export[..export.len() / 2]).await;
                // Let the half reach the client before the connection goes.
                tokio::time::sleep(Duration::from_millis(50)).await;
                out.drop_connection().await;
            }
            Some(FaultKind::TruncatedBody) => {
                out.stdout(&export[..export.len() / 2]).await;
                out.exit(0).await;
            }
            Some(FaultKind::MalformedJson) => {
                out.stdout(b"License usage could not be computed: try again later.\n")
                    .await;
                out.exit(0).await;
            }
            Some(FaultKind::Status { message, .. }) => {
                let message = message.unwrap_or_else(|| {
                    "ghe-license: internal error while exporting license usage".to_owned()
                });
                out.stderr(&format!("{message}\n")).await;
                out.exit(1).await;
            }
            _ => {
                if out.stdout(&export).await {
                    out.exit(0).await;
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_version_answers_its_own_command_and_not_the_other() {
        assert_eq!(answer("3.17.4", "ghe-license usage -o -y"), Answer::Export);
        assert_eq!(answer("3.13.0", "ghe-license usage -y -o"), Answer::Export);
        assert_eq!(
            answer("3.17.4", "ghe-license-usage"),
            Answer::NotFound("ghe-license-usage".into())
        );
        assert_eq!(answer("3.12.9", "ghe-license-usage"), Answer::Export);
        assert_eq!(
            answer("3.12.9", "ghe-license usage -o -y"),
            Answer::NotFound("ghe-license".into())
        );
        assert!(matches!(
            answer("3.17.4", "ghe-license usage -o"),
            Answer::Refused { status: 1, .. }
        ));
        assert_eq!(answer("3.9.0", "ls"), Answer::NotFound("ls".into()));
    }
}
