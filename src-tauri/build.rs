//! Embeds `ui/` into the binary (tauri-build) after checking the vendored
//! `@tauri-apps/api` modules are there: without them the window would open blank.

fn main() {
    let vendor = std::path::Path::new("../ui/vendor/tauri-api/core.js");
    println!("cargo:rerun-if-changed=../ui/vendor/tauri-api/core.js");
    if !vendor.exists() {
        println!(
            "cargo::error=ui/vendor/tauri-api is missing. Run ./scripts/setup (or `npm ci && node scripts/vendor-ui.mjs`) once; it copies @tauri-apps/api from node_modules into ui/vendor/."
        );
    }
    tauri_build::build();
    // Identical code folding in release, as crates/cli/build.rs explains (keep the two in step).
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let lld = std::env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    if release && lld {
        println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
    }
}
