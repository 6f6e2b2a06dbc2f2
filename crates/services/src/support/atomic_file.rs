//! Writing a file so that it is either the old content or the new, never half of either:
//! a temporary file beside the target, fsynced, renamed over it, and the folder fsynced.
//! [`write_atomically_with`] for content written on this thread (settings, exports of
//! consumed licenses, the Activity file); [`Staged`] for content that arrives over time on
//! the async threads (the admin shell's output).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically. On any failure the target is untouched and the
/// temporary file is removed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes)).map(|_| ())
}

/// Like [`write_atomically`], for content written piece by piece (an export of 300,000
/// rows is never held in memory whole): `write` writes into a buffered temporary file.
/// Returns the number of bytes written.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<u64> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let tmp = temp_path(path);
    let result = (|| {
        let f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        let mut out = Counting {
            inner: BufWriter::with_capacity(256 * 1024, f),
            bytes: 0,
        };
        write(&mut out)?;
        let bytes = out.bytes;
        let f = out
            .inner
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir);
        Ok(bytes)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// [`write_atomically_with`] for a file the admin asked to export: a failure names the
/// file, in the admin's words. Returns the bytes written.
pub(crate) fn write_export(
    path: &Path,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> crate::error::Result<u64> {
    write_atomically_with(path, body).map_err(|e| crate::error::Error::Export {
        path: path.to_owned(),
        detail: super::io_words(&e, super::IoUse::Write),
    })
}

/// A hidden temporary file beside `dest` that becomes `dest` only on [`Staged::commit`];
/// dropped uncommitted (a failure, a refusal, a cancel), it is removed and whatever was at
/// `dest` stays.
#[derive(Debug)]
pub(crate) struct Staged {
    tmp: Option<PathBuf>,
    dest: PathBuf,
}

impl Staged {
    /// Creates the temporary file (never over an existing one), so a folder that cannot
    /// take a file fails before anything is fetched.
    pub(crate) async fn create(dest: &Path) -> io::Result<(Self, tokio::fs::File)> {
        let tmp = temp_path(dest);
        let file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .await?;
        let staged = Self {
            tmp: Some(tmp),
            dest: dest.to_path_buf(),
        };
        Ok((staged, file))
    }

    /// Where the content is written until the commit.
    pub(crate) fn path(&self) -> &Path {
        self.tmp.as_deref().unwrap_or(&self.dest)
    }

    /// Renames the (flushed and fsynced) temporary file over `dest`.
    pub(crate) async fn commit(mut self) -> io::Result<()> {
        let Some(tmp) = self.tmp.clone() else {
            return Ok(());
        };
        tokio::fs::rename(&tmp, &self.dest).await?;
        self.tmp = None;
        let dir = self
            .dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."))
            .to_path_buf();
        let _ = tokio::task::spawn_blocking(move || sync_dir(&dir)).await;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// Counts what passes through.
struct Counting<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// `.<name>.tmp-<pid>-<n>` beside the target: hidden, unique per process and call.
fn temp_path(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    path.with_file_name(format!(".{name}.tmp-{}-{n}", std::process::id()))
}

/// Makes the rename durable. Not possible on every platform (Windows cannot open a folder
/// this way), so failure is ignored: the rename itself is still atomic.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.json");
        write_atomically(&p, b"one").unwrap();
        write_atomically(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_streamed_write_that_fails_midway_keeps_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("export.csv");
        write_atomically(&p, b"old").unwrap();
        let err = write_atomically_with(&p, |w| {
            w.write_all(b"half of the new")?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(fs::read(&p).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        let n = write_atomically_with(&p, |w| w.write_all(b"new!")).unwrap();
        assert_eq!((n, fs::read(&p).unwrap()), (4, b"new!".to_vec()));
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.json");
        write_atomically(&p, b"good").unwrap();
        // A directory where the file should go makes the rename fail.
        let blocked = dir.path().join("blocked");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("x"), b"").unwrap();
        assert!(write_atomically(&blocked, b"new").is_err());
        assert_eq!(fs::read(&p).unwrap(), b"good");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary left: {names:?}");
    }
}
