//! This crate's clients pointed at a running emulator (started with
//! `ghls_emulator::testing::emulator()`), with its demo tokens, shared by the integration
//! tests.
#![allow(clippy::unwrap_used, dead_code)] // test helpers may fail loudly; not every binary uses all

use ghls_domain::Secret;
use ghls_emulator::{Emulator, EmulatorInfo, GhesInfo};
use ghls_github::{ClientOptions, GhecClient, GhesClient, ManageClient};

/// A GHEC client for the emulated enterprise with `token`.
pub fn ghec(emu: &Emulator, token: &str) -> GhecClient {
    let info = emu.info();
    ghec_at(&info.ghec.api_url, &info, token, &ClientOptions::default())
}

/// A GHEC client with an enterprise owner's token.
pub fn owner(emu: &Emulator) -> GhecClient {
    ghec(emu, &emu.info().ghec.token)
}

/// A GHES client for instance `name`, with its site administrator's token unless `token`.
pub fn ghes(emu: &Emulator, name: &str, token: Option<&str>) -> GhesClient {
    ghes_with(emu, name, token, &ClientOptions::default())
}

/// [`ghes`] with other client options.
pub fn ghes_with(
    emu: &Emulator,
    name: &str,
    token: Option<&str>,
    options: &ClientOptions,
) -> GhesClient {
    let i = emu.ghes(name);
    let token = Secret::new(token.unwrap_or(&i.token));
    GhesClient::new(&i.api_url, &i.hostname, &token, options).unwrap()
}

/// A GHEC client for the emulated enterprise at another address (e.g. over HTTPS).
pub fn ghec_at(
    api_url: &str,
    info: &EmulatorInfo,
    token: &str,
    options: &ClientOptions,
) -> GhecClient {
    GhecClient::new(api_url, &info.ghec.enterprise, &Secret::new(token), options).unwrap()
}

/// A client for the first GHES instance, with its admin's token, at another address.
pub fn ghes_at(api_url: &str, info: &EmulatorInfo, options: &ClientOptions) -> GhesClient {
    let main = &info.ghes[0];
    GhesClient::new(api_url, &main.hostname, &Secret::new(&main.token), options).unwrap()
}

/// Options that trust the emulator's own CA (started with `.tls()`).
pub fn trusting_the_emulator(info: &EmulatorInfo) -> ClientOptions {
    ClientOptions::default().with_ca_bundle_pem(info.ca_pem.clone().unwrap())
}

/// A Manage API client for instance `g` with the Management Console `password`.
pub fn manage(g: &GhesInfo, password: &str) -> ManageClient {
    let password = Secret::new(password);
    ManageClient::new(
        &g.manage_url,
        &g.hostname,
        &password,
        &ClientOptions::default(),
    )
    .unwrap()
}
