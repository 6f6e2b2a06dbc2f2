//! Release link flags shared with src-tauri/build.rs (keep the two in step).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // Identical code folding: on x86_64 Linux rustc links with its own rust-lld (the default
    // there since Rust 1.90), which can fold functions whose machine code is identical, most
    // of them generic instantiations from different crates (serde, futures, drop glue).
    // `all` folds code only; data whose address is taken stays unique. Rust promises no
    // distinct function addresses, so nothing here depends on them. Other targets and
    // linkers (GNU ld has no --icf) are left alone.
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let lld = std::env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    if release && lld {
        println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
    }
}
