//! The Manage API client against the emulator over real HTTP: the license and its check
//! (array-wrapped, as GitHub's examples), an upload with and without `apply`, and the
//! failures the admin must be told apart: a wrong Management Console password, a refused
//! file, a server error.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod support;

use ghls_emulator::testing::{demo_license as ghl, emulator};
use ghls_emulator::{Emulator, FaultTarget, GhesInfo};
use ghls_github::{Error, UploadAnswer};
use support::manage as client;

async fn start() -> (Emulator, GhesInfo) {
    let emu = emulator().consumers(20).await;
    let main = emu.ghes("main");
    (emu, main)
}

#[tokio::test]
async fn the_license_and_its_check_are_read_through_the_array_wrapping() {
    let (_emu, main) = start().await;
    let c = client(&main, &main.manage_password);
    let check = c.license_check().await.unwrap();
    assert!(check.is_valid(), "{check:?}");
    let license = c.license().await.unwrap();
    assert_eq!(license.company.as_deref(), Some("Acme Corp"));
    assert_eq!(license.unlimited_seating, Some(false));
    assert!(license.seats.unwrap() > 0);
    assert!(license.expire_at.is_some());
}

#[tokio::test]
async fn an_upload_applied_or_kept_is_told_apart_and_read_back() {
    let (_emu, main) = start().await;
    let c = client(&main, &main.manage_password);
    let answer = c
        .upload_license("acme.ghl", ghl(None, "2032-02-02T00:00:00Z"), true)
        .await
        .unwrap();
    assert_eq!(answer, UploadAnswer::Accepted);
    let license = c.license().await.unwrap();
    assert_eq!(license.unlimited_seating, Some(true));
    assert_eq!(license.seats, Some(0));
    assert_eq!(license.expire_at.as_deref(), Some("2032-02-02T00:00:00Z"));
    let answer = c
        .upload_license("acme.ghl", ghl(Some(10), "2033-01-01T00:00:00Z"), false)
        .await
        .unwrap();
    assert_eq!(answer, UploadAnswer::Created);
}

#[tokio::test]
async fn a_wrong_password_is_a_management_console_password_error() {
    let (_emu, main) = start().await;
    for call in 0..3 {
        let c = client(&main, "not the password");
        let e = match call {
            0 => c.license().await.unwrap_err(),
            1 => c.license_check().await.unwrap_err(),
            _ => c
                .upload_license("a.ghl", ghl(Some(1), "2030-01-01T00:00:00Z"), true)
                .await
                .unwrap_err(),
        };
        assert!(matches!(e, Error::ManagePasswordRefused { .. }), "{e:?}");
        assert_eq!(e.kind(), "manage_unauthorized");
        assert!(e.to_string().contains("Management Console password"), "{e}");
        assert!(e.fix().contains("Management Console password"));
        assert!(!e.to_string().contains("not the password"));
    }
}

#[tokio::test]
async fn a_refused_file_and_a_server_error_say_what_happened() {
    let (emu, main) = start().await;
    let c = client(&main, &main.manage_password);
    let e = c
        .upload_license("usage.json", b"{\"instance\":{}}".to_vec(), true)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "license_rejected");
    assert!(
        e.to_string().contains("not a GitHub Enterprise license"),
        "{e}"
    );
    emu.fail_once_with_status(
        FaultTarget::Ghes("main".into()),
        "/manage/v1/config/license/check",
        500,
        None,
    );
    let e = c.license_check().await.unwrap_err();
    assert_eq!(e.kind(), "server_error");
    assert!(e
        .to_string()
        .contains("Manage API GET /manage/v1/config/license/check"));
}
