//! The `.ghl` file: read bounded, and refused unless it is a license (never a usage export).

use std::path::Path;

use ghls_domain::usage_file::recognise;
use ghls_domain::SeatCount;
use ghls_github::ManageLicense;
use ghls_l10n::{msg, Message};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};

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

fn refused(file: &str, reason: Message, fix: Message) -> Error {
    Error::LicenseFileRefused {
        file: file.to_owned(),
        reason,
        fix,
    }
}

/// Reads `path` and checks it is a license file. Blocking.
pub fn read_license_file(path: &Path) -> Result<(String, Vec<u8>)> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let read = crate::usage_file::read_bounded(path, MAX_LICENSE_FILE_BYTES).map_err(|r| {
        refused(
            &file,
            msg!("text-as-is", text = r.message()),
            msg!("svc-license-file-fix"),
        )
    })?;
    if read.bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(refused(
            &file,
            msg!("svc-license-file-empty"),
            msg!("svc-license-file-fix"),
        ));
    }
    if recognise(&read.bytes, &file).is_ok() {
        return Err(refused(
            &file,
            msg!("svc-license-file-is-usage"),
            msg!("svc-license-file-is-usage-fix"),
        ));
    }
    let is_ghl = Path::new(&file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ghl"));
    if !is_ghl {
        return Err(refused(
            &file,
            msg!("svc-license-file-not-ghl"),
            msg!("svc-license-file-fix"),
        ));
    }
    Ok((file, read.bytes))
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
