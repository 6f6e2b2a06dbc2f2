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
//! without TLS); in demo mode, at the emulator's stand-in for it.

use std::path::Path;

use ghls_domain::usage_file::recognise;
use ghls_domain::SeatCount;
use ghls_github::{LicenseCheck, ManageClient, ManageLicense, UploadAnswer};
use serde::Serialize;
use ts_rs::TS;

use crate::activity::{Activity, ActivityKind, Outcome};
use crate::app::{App, Mode};
use crate::credentials::SecretKey;
use crate::error::{Error, Result};
use crate::settings::GhesSettings;

/// The largest file taken as a license: real `.ghl` files are a few kilobytes.
pub const MAX_LICENSE_FILE_BYTES: u64 = 1024 * 1024;

/// What the instance reports after the upload.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LicenseUploadOutcome {
    /// The instance's settings id.
    pub instance: String,
    /// The uploaded file's name.
    pub file: String,
    /// GHES answered 202 (being applied) rather than 201 (kept for a later apply).
    pub applied: bool,
    /// The seats of the license GHES now has (`unlimited` with unlimited seating).
    pub seats: Option<SeatCount>,
    /// Seats in use, from the REST API's license endpoint (`null` when it could not be
    /// read, e.g. without a REST token).
    #[ts(type = "number | null")]
    pub seats_used: Option<i64>,
    /// The new expiry, verbatim from the Manage API.
    pub expire_at: Option<String>,
    /// `valid`, `invalid`, `expired` or `cluster mode not supported`.
    pub check_status: Option<String>,
    pub company: Option<String>,
    pub evaluation: Option<bool>,
}

/// The seats a Manage API license grants.
pub fn seats_of(license: &ManageLicense) -> Option<SeatCount> {
    if license.unlimited_seating == Some(true) {
        return Some(SeatCount::Unlimited);
    }
    license.seats.map(SeatCount::Count)
}

fn refused(file: &str, reason: &str, fix: &str) -> Error {
    Error::LicenseFileRefused {
        file: file.to_owned(),
        reason: reason.to_owned(),
        fix: fix.to_owned(),
    }
}

const LICENSE_FIX: &str = "Choose the .ghl license file GitHub sent for this instance (enterprise account, Settings, Enterprise licensing, download the license for GitHub Enterprise Server).";

/// Reads `path` and checks it is a license file. Blocking.
pub fn read_license_file(path: &Path) -> Result<(String, Vec<u8>)> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let read = crate::usage_intake::read_bounded(path, MAX_LICENSE_FILE_BYTES)
        .map_err(|r| refused(&file, r.message(), LICENSE_FIX))?;
    if read.bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(refused(&file, "the file is empty.", LICENSE_FIX));
    }
    if recognise(&read.bytes, &file).is_ok() {
        return Err(refused(
            &file,
            "it is a license-usage export, not a license.",
            "Use it with Add server usage (it goes to GitHub Enterprise Cloud). To upload a new license, choose the .ghl file GitHub sent for this instance.",
        ));
    }
    let is_ghl = Path::new(&file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ghl"));
    if !is_ghl {
        return Err(refused(
            &file,
            "only GitHub Enterprise license files (.ghl) are uploaded as a license.",
            LICENSE_FIX,
        ));
    }
    Ok((file, read.bytes))
}

impl App {
    /// The Manage API client of `g`, with its password from the credential store.
    pub(crate) async fn manage_client(&self, g: &GhesSettings) -> Result<ManageClient> {
        let password = self
            .secret(
                SecretKey::ghes_manage_password(&g.id),
                &format!("GHES {}", g.display_name()),
            )
            .await?;
        let base = self.manage_base_url(g);
        let mut options = self.client_options.clone();
        if let Some(path) = g.ca_bundle.clone() {
            let read = tokio::task::spawn_blocking({
                let path = path.clone();
                move || std::fs::read(path)
            })
            .await
            .map_err(|e| Error::Task {
                what: "reading the CA bundle",
                detail: e.to_string(),
            })?;
            let pem = read.map_err(|e| Error::CaBundle {
                path: path.clone(),
                detail: e.to_string(),
            })?;
            options = options.with_ca_bundle_pem(pem);
        }
        ManageClient::new(&base, &g.hostname, &password, &options).map_err(|e| match e {
            ghls_github::Error::CaBundle { problem } => Error::CaBundle {
                path: g.ca_bundle.clone().unwrap_or_default(),
                detail: problem,
            },
            other => other.into(),
        })
    }

    /// `https://HOSTNAME:8443` (`http://HOSTNAME:8080` without TLS); the emulator's Manage
    /// API in the demo.
    fn manage_base_url(&self, g: &GhesSettings) -> String {
        if self.mode() == Mode::Demo {
            let demo = self.emulator().and_then(|e| {
                e.info()
                    .ghes
                    .into_iter()
                    .find(|i| i.name == g.id)
                    .map(|i| i.manage_url)
                    .filter(|u| !u.is_empty())
            });
            if let Some(url) = demo {
                return url;
            }
        }
        ManageClient::default_base_url(&g.hostname, g.https)
    }

    /// The license and its check, as the Manage API reports them now.
    pub(crate) async fn manage_license(
        &self,
        g: &GhesSettings,
    ) -> Result<(ManageLicense, LicenseCheck)> {
        let client = self.manage_client(g).await?;
        let check = client.license_check().await?;
        let license = client.license().await?;
        Ok((license, check))
    }

    /// Uploads the `.ghl` license at `path` to `instance` through its Manage API, applying
    /// it at once when `apply`, then reads the license and its check back. The UI asks for
    /// confirmation first; this call is the confirmed upload. Recorded in Activity.
    pub async fn upload_license(
        &self,
        instance: &str,
        path: std::path::PathBuf,
        apply: bool,
    ) -> Result<LicenseUploadOutcome> {
        let g = self
            .settings()
            .ghes
            .into_iter()
            .find(|g| g.id == instance)
            .ok_or_else(|| Error::UnknownInstance(instance.to_owned()))?;
        let Some(_guard) = self.license_uploads.start(instance) else {
            return Err(Error::JobRunning {
                what: format!("A license upload to {}", g.display_name()),
            });
        };
        let name = format!("GHES {}", g.display_name());
        let result = self.upload_license_to(&g, &path, apply).await;
        let activity = match &result {
            Ok(o) => Activity::new(
                ActivityKind::LicenseUpload,
                &name,
                Outcome::Ok,
                format!(
                    "New license {} uploaded{}: {} seats, expires {}; check: {}.",
                    o.file,
                    if o.applied {
                        " and being applied"
                    } else {
                        " (not applied yet)"
                    },
                    match &o.seats {
                        Some(SeatCount::Count(n)) => n.to_string(),
                        Some(SeatCount::Unlimited) => "unlimited".to_owned(),
                        Some(SeatCount::Other(t)) => t.clone(),
                        None => "unknown".to_owned(),
                    },
                    o.expire_at.as_deref().unwrap_or("unknown"),
                    o.check_status.as_deref().unwrap_or("unknown"),
                ),
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
                    format!("file: {}\n{}", path.display(), r.fix.unwrap_or_default()),
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
        let (file, bytes) = tokio::task::spawn_blocking(move || read_license_file(&owned))
            .await
            .map_err(|e| Error::Task {
                what: "reading the license file",
                detail: e.to_string(),
            })??;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_ghl_file_is_taken_as_a_license() {
        let dir = tempfile::tempdir().unwrap();
        let ghl = dir.path().join("acme.ghl");
        std::fs::write(&ghl, b"\x1f\x8b\x08\x00whatever").unwrap();
        assert_eq!(read_license_file(&ghl).unwrap().0, "acme.ghl");
        let txt = dir.path().join("acme.txt");
        std::fs::write(&txt, b"\x1f\x8b\x08\x00whatever").unwrap();
        assert_eq!(
            read_license_file(&txt).unwrap_err().kind(),
            "license_file_refused"
        );
        let empty = dir.path().join("empty.ghl");
        std::fs::write(&empty, b"  \n").unwrap();
        assert!(read_license_file(&empty)
            .unwrap_err()
            .to_string()
            .contains("empty"));
    }

    #[test]
    fn unlimited_seating_reads_as_unlimited() {
        let l = ManageLicense {
            seats: Some(0),
            unlimited_seating: Some(true),
            ..Default::default()
        };
        assert_eq!(seats_of(&l), Some(SeatCount::Unlimited));
        let l = ManageLicense {
            seats: Some(500),
            ..Default::default()
        };
        assert_eq!(seats_of(&l), Some(SeatCount::Count(500)));
    }
}
