//! Taking in a file for Add server usage: read it safely from the path the OS gave (a
//! drag-and-drop or the file dialog), then let the domain say what it is.
//!
//! The read is bounded: a folder, an unreadable path or a file over
//! [`MAX_USAGE_FILE_BYTES`] is refused before a byte is read, and the read itself stops at
//! the cap, so a file that grows while it is read cannot exhaust memory. The web view never
//! reads the file; it only passes the path.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use ghls_domain::usage_file::{
    assess, KnownInstance, Refusal, RefusalKind, UsageContext, UsageVerdict, MAX_USAGE_FILE_BYTES,
};
use time::OffsetDateTime;

use crate::connections::Settings;
use crate::support::{io_words, IoUse};

/// The file's bytes and modification time, or the refusal that reading it ended in.
#[derive(Debug)]
pub struct ReadFile {
    pub bytes: Vec<u8>,
    pub modified: Option<OffsetDateTime>,
}

/// Reads at most `cap` bytes of `path`. Blocking: call it off the async threads.
pub fn read_bounded(path: &Path, cap: u64) -> Result<ReadFile, Refusal> {
    let unreadable = |e: io::Error| {
        Refusal::new(RefusalKind::Unreadable {
            detail: io_words(&e, IoUse::Read),
        })
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.is_dir() {
        return Err(Refusal::directory());
    }
    if meta.len() > cap {
        return Err(too_large(meta.len(), cap));
    }
    let modified = meta.modified().ok().map(OffsetDateTime::from);
    let file = File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // One byte past the cap tells "exactly at the cap" from "grew past it while we read".
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > cap {
        return Err(too_large(read, cap));
    }
    Ok(ReadFile { bytes, modified })
}

fn too_large(size: u64, cap: u64) -> Refusal {
    Refusal::new(RefusalKind::TooLarge { size, cap })
}

/// Reads `path` and says what it is, judged against the configured instances and the
/// server IDs GitHub reported for them (`server_ids`, by settings id; may be empty).
/// Blocking: call it off the async threads.
pub fn inspect(
    path: &Path,
    settings: &Settings,
    server_ids: &HashMap<String, String>,
    now: OffsetDateTime,
) -> UsageVerdict {
    let file = match read_bounded(path, MAX_USAGE_FILE_BYTES) {
        Ok(f) => f,
        Err(refusal) => return UsageVerdict::Refused(refusal),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let instances: Vec<KnownInstance<'_>> = settings
        .ghes
        .iter()
        .map(|g| KnownInstance {
            hostname: &g.hostname,
            server_id: server_ids.get(&g.id).map(String::as_str),
        })
        .collect();
    let ctx = UsageContext {
        now,
        modified: file.modified,
        instances: &instances,
        target_is_ghe_com: settings
            .ghec
            .as_ref()
            .is_some_and(|g| is_ghe_com(&g.api_url)),
    };
    assess(&file.bytes, &name, &ctx)
}

/// True for a GHE.com (data residency) API host, `https://api.SUBDOMAIN.ghe.com`.
fn is_ghe_com(api_url: &str) -> bool {
    url_host(api_url).is_some_and(|h| h.ends_with(".ghe.com"))
}

fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_folder_is_refused_before_anything_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_bounded(dir.path(), 1024).unwrap_err();
        assert_eq!(err.kind(), &RefusalKind::Directory);
    }

    #[test]
    fn a_missing_file_is_unreadable_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_bounded(&dir.path().join("gone.json"), 1024).unwrap_err();
        match err.kind() {
            RefusalKind::Unreadable { detail } => assert!(detail.contains("does not exist")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_over_the_cap_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.json");
        let mut f = File::create(&p).unwrap();
        f.write_all(&[b' '; 2048]).unwrap();
        let err = read_bounded(&p, 1024).unwrap_err();
        assert_eq!(
            err.kind(),
            &RefusalKind::TooLarge {
                size: 2048,
                cap: 1024
            }
        );
        assert_eq!(read_bounded(&p, 2048).unwrap().bytes.len(), 2048);
    }

    #[test]
    fn ghe_com_hosts_are_told_apart_from_github_com() {
        assert!(is_ghe_com("https://api.octocorp.ghe.com"));
        assert!(is_ghe_com("https://api.octocorp.ghe.com:443/"));
        assert!(!is_ghe_com("https://api.github.com"));
        assert!(!is_ghe_com("http://127.0.0.1:1234/ghec/api"));
    }
}
