//! The Manage API client against the emulator over real HTTP: the license and its check
//! (array-wrapped, as GitHub's examples), an upload with and without `apply`, and the
//! failures the admin must be told apart: a wrong Management Console password, a refused
//! file, a server error.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use ghls_domain::Secret;
use ghls_emulator::{
    render_demo_license, DemoLicense, Emulator, EmulatorConfig, Fault, FaultKind, FaultTarget,
    GhesInfo,
};
use ghls_github::{ClientOptions, Error, ManageClient, UploadAnswer};

async fn start() -> (Emulator, GhesInfo) {
    let emu = Emulator::start(EmulatorConfig {
        consumers: 20,
        ..Default::default()
    })
    .await
    .unwrap();
    let main = emu
        .info()
        .ghes
        .into_iter()
        .find(|g| g.name == "main")
        .unwrap();
    (emu, main)
}

fn client(g: &GhesInfo, password: &str) -> ManageClient {
    ManageClient::new(
        &g.manage_url,
        &g.hostname,
        &Secret::new(password),
        &ClientOptions::default(),
    )
    .unwrap()
}

fn ghl(seats: Option<u64>, expire_at: &str) -> Vec<u8> {
    render_demo_license(&DemoLicense {
        company: "Acme Corp".into(),
        reference_number: "c0ffee".into(),
        seats,
        expire_at: expire_at.into(),
        evaluation: false,
        advanced_security_seats: 0,
    })
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
    emu.inject(Fault::once(
        FaultTarget::Ghes("main".into()),
        "/manage/v1/config/license/check",
        FaultKind::Status {
            status: 500,
            message: None,
        },
    ));
    let e = c.license_check().await.unwrap_err();
    assert_eq!(e.kind(), "server_error");
    assert!(e
        .to_string()
        .contains("Manage API GET /manage/v1/config/license/check"));
}
