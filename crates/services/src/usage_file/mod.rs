//! Add server usage, the file part: read a dropped or chosen file safely (bounded, off the
//! async threads) and say whether it is a GHES license-usage export ready for upload, with
//! warnings, or what it is instead (`read.rs`; the recognition itself is the domain's).
//! Every check is recorded in Activity, and an accepted export is remembered for
//! One-click sync.

mod read;

pub use read::{inspect, read_bounded, ReadFile};

use std::path::{Path, PathBuf};

use ghls_domain::usage_file::{Refusal, RefusalKind, UsageVerdict};
use time::OffsetDateTime;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;

impl App {
    /// Reads the file at `path` (from a drag-and-drop or the file dialog) and says whether
    /// it is a GHES license-usage export ready for Add server usage, with warnings, or what
    /// it is instead. Never fails: every problem is a refusal the admin can act on.
    pub async fn inspect_usage_file(&self, path: PathBuf) -> UsageVerdict {
        let verdict = self.judge_usage_file(&path).await;
        self.note_usage_file(&path, &verdict).await;
        verdict
    }

    /// The file at `path` as Add server usage judges it now, without recording it.
    pub(crate) async fn judge_usage_file(&self, path: &Path) -> UsageVerdict {
        let settings = self.settings();
        let server_ids = self.server_ids();
        let path = path.to_path_buf();
        let task = tokio::task::spawn_blocking(move || {
            inspect(&path, &settings, &server_ids, OffsetDateTime::now_utc())
        });
        task.await.unwrap_or_else(|e| {
            UsageVerdict::Refused(Refusal::new(RefusalKind::Unreadable {
                detail: ghls_l10n::t!("svc-usage-file-read-stopped", detail = e.to_string()),
            }))
        })
    }

    /// Records the check, and remembers an accepted export of a configured instance.
    async fn note_usage_file(&self, path: &Path, verdict: &UsageVerdict) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let activity = match verdict {
            UsageVerdict::Accepted(review) => {
                let e = &review.export;
                if let Some(id) = self.configured_id_of(&e.server_id, &e.host_name) {
                    self.remember_usage_export(id, path, e.license_usage_sync_hint);
                }
                Activity::new(
                    ActivityKind::UsageFileCheck,
                    &file,
                    Outcome::Ok,
                    ghls_l10n::t!(
                        "svc-usage-file-accepted",
                        file = &file,
                        host = &e.host_name,
                        version = &e.version
                    ),
                    format!(
                        "{}{}",
                        ghls_l10n::t!(
                            "entry-details-file-checked",
                            path = path.display().to_string(),
                            server_id = &e.server_id,
                            sha256 = &e.sha256,
                            bytes = e.file_size
                        ),
                        review
                            .warnings
                            .iter()
                            .map(|w| format!(
                                "\n{}",
                                ghls_l10n::msg!("entry-details-warning", warning = w.message())
                            ))
                            .collect::<String>()
                    ),
                )
            }
            UsageVerdict::Refused(r) => Activity::new(
                ActivityKind::UsageFileCheck,
                &file,
                Outcome::Failed,
                ghls_l10n::t!("svc-usage-file-refused", file = &file, reason = r.message()),
                format!(
                    "{}\n{}",
                    ghls_l10n::msg!("entry-details-path", path = path.display().to_string()),
                    ghls_l10n::msg!("entry-details-fix", fix = r.fix())
                ),
            ),
        };
        self.record(activity).await;
    }
}
