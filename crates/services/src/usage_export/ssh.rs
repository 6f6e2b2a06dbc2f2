//! The ssh command line (separate argv entries, never a shell string) and reading its
//! standard error.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt};

use super::command::ExportCommand;
use super::targets::{ShellOptions, ShellTarget};

/// The argv for ssh (without the program).
pub fn ssh_args(
    target: &ShellTarget,
    command: ExportCommand,
    options: &ShellOptions,
) -> Vec<String> {
    let mut args = Vec::new();
    if target.ignore_ssh_config {
        args.extend(["-F".to_owned(), "none".to_owned()]);
    }
    args.extend([
        "-p".to_owned(),
        target.port.to_string(),
        "-o".to_owned(),
        "BatchMode=yes".to_owned(),
        "-o".to_owned(),
        "StrictHostKeyChecking=yes".to_owned(),
        "-o".to_owned(),
        format!("ConnectTimeout={}", options.connect_timeout_seconds),
        "-o".to_owned(),
        "ClearAllForwardings=yes".to_owned(),
        // No terminal (the output must be the bytes the command writes), no agent or X11
        // forwarding to an appliance that needs neither.
        "-T".to_owned(),
        "-a".to_owned(),
        "-x".to_owned(),
    ]);
    if let Some(file) = &target.known_hosts_file {
        args.extend([
            "-o".to_owned(),
            format!("UserKnownHostsFile={}", file.display()),
        ]);
    }
    if let Some(file) = &target.identity_file {
        args.extend([
            "-o".to_owned(),
            "IdentitiesOnly=yes".to_owned(),
            "-i".to_owned(),
            file.display().to_string(),
        ]);
    }
    args.extend(["-l".to_owned(), target.user.clone(), target.host.clone()]);
    args.push("--".to_owned());
    args.extend(command.argv().iter().map(|s| (*s).to_owned()));
    args
}

/// The end of a stream, at most `cap` bytes, as text.
pub(crate) async fn read_tail(mut r: impl AsyncRead + Unpin, cap: usize) -> String {
    let mut tail: Vec<u8> = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = r.read(&mut buf).await {
        if n == 0 {
            break;
        }
        tail.extend_from_slice(&buf[..n]);
        if tail.len() > cap {
            let cut = tail.len() - cap;
            tail.drain(..cut);
        }
    }
    String::from_utf8_lossy(&tail).into_owned()
}

/// ssh's standard error, waiting briefly: a ProxyJump or ControlMaster child may hold the
/// pipe open after ssh itself ended.
pub(crate) async fn stderr_of(task: Option<tokio::task::JoinHandle<String>>) -> String {
    let Some(task) = task else {
        return String::new();
    };
    match tokio::time::timeout(Duration::from_secs(2), task).await {
        Ok(Ok(s)) => s,
        _ => String::new(),
    }
}
