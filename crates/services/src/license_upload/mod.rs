//! Upload a new license: a `.ghl` file the admin dropped and confirmed goes to the
//! instance's Manage API (`PUT /manage/v1/config/license?apply=BOOL`), then the license and
//! its check are read back and the new seats and expiry returned (product.md, Flows).
//!
//! Before anything is sent, the file is read (bounded) and must be a license file: a
//! `.ghl` name, not empty, and never a license-usage export (that goes to GHEC's Add server
//! usage; the Manage API must never get it, github-api.md §1.6). The Management Console
//! password comes from the credential store only and goes to the client's `Authorization`
//! header only. One upload per instance at a time, so a double click never sends two.
//!
//! The Manage API is at `https://HOSTNAME:8443` (`http://HOSTNAME:8080` for an instance
//! without TLS), or where the instance's `manage_url` setting says (the demo's emulator).

mod file;

pub use file::{read_license_file, seats_of, LicenseUploadOutcome, MAX_LICENSE_FILE_BYTES};

use std::path::Path;

use ghls_github::UploadAnswer;
use ghls_l10n::{msg, Arg};

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::App;
use crate::connections::GhesSettings;
use crate::error::{Error, Result};
use crate::support::blocking;

impl App {
    /// Uploads the `.ghl` license at `path` to `instance` through its Manage API, applying
    /// it at once when `apply`, then reads the license and its check back. The UI asks for
    /// confirmation first; this call is the confirmed upload. Recorded in Activity.
    pub async fn upload_license(
        &self,
        instance: &str,
        path: std::path::PathBuf,
        apply: bool,
    ) -> Result<LicenseUploadOutcome> {
        let g = self.ghes_settings(instance)?;
        let Some(_guard) = self.license_upload_jobs().start(instance) else {
            return Err(Error::JobRunning {
                what: ghls_l10n::msg!("svc-job-license-upload", instance = g.display_name()),
            });
        };
        let name = format!("GHES {}", g.display_name());
        let result = self.upload_license_to(&g, &path, apply).await;
        let activity = match &result {
            Ok(o) => Activity::new(
                ActivityKind::LicenseUpload,
                &name,
                Outcome::Ok,
                {
                    let or_unknown = |t: Option<&str>| match t {
                        Some(t) => Arg::from(t),
                        None => msg!("svc-unknown").into(),
                    };
                    msg!(
                        "svc-license-uploaded",
                        applied = if o.applied { "yes" } else { "no" },
                        file = &o.file,
                        seats = crate::connections::seats_phrase(o.seats.as_ref()),
                        expires = match o.expire_at.as_deref() {
                            Some(t) => Arg::day(t),
                            None => msg!("svc-unknown").into(),
                        },
                        check = or_unknown(o.check_status.as_deref())
                    )
                    .text()
                },
                format!(
                    "PUT /manage/v1/config/license?apply={apply}\nfile: {}",
                    path.display()
                ),
            ),
            Err(e) => {
                let r = e.report();
                Activity::new(
                    ActivityKind::LicenseUpload,
                    &name,
                    Outcome::Failed,
                    r.message.clone(),
                    format!(
                        "{}\n{}",
                        msg!("entry-details-file", path = path.display().to_string()),
                        r.fix.unwrap_or_default()
                    ),
                )
            }
        };
        self.record(activity).await;
        result
    }

    async fn upload_license_to(
        &self,
        g: &GhesSettings,
        path: &Path,
        apply: bool,
    ) -> Result<LicenseUploadOutcome> {
        let owned = path.to_path_buf();
        let (file, bytes) = blocking(ghls_l10n::msg!("task-read-license-file"), move || {
            read_license_file(&owned)
        })
        .await??;
        let client = self.manage_client(g).await?;
        let answer = client.upload_license(&file, bytes, apply).await?;
        let check = client.license_check().await?;
        let license = client.license().await?;
        // Seats in use come from the REST API; the upload stands without them.
        let seats_used = match self.ghes_client(g).await {
            Ok(rest) => rest.license().await.ok().and_then(|l| l.value.seats_used),
            Err(_) => None,
        };
        Ok(LicenseUploadOutcome {
            instance: g.id.clone(),
            file,
            applied: answer == UploadAnswer::Accepted,
            seats: seats_of(&license),
            seats_used,
            expire_at: license.expire_at.clone(),
            check_status: check.status,
            company: license.company,
            evaluation: license.evaluation,
        })
    }
}
