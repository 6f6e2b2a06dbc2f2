//! Embeds every `locales/<lang>/*.ftl` of the repository: one table the services, the CLI and
//! the UI (through the `locale_messages` command) read. A file added, changed or removed there
//! rebuilds this crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// Each language's message files, by name.\npub(crate) static FILES: &[(&str, &[(&str, &str)])] = &[\n");
    let mut langs: Vec<PathBuf> = read_dir(&root).into_iter().filter(|p| p.is_dir()).collect();
    langs.sort();
    for dir in langs {
        let lang = name(&dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let _ = writeln!(out, "    ({lang:?}, &[");
        let mut files: Vec<PathBuf> = read_dir(&dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let abs = fs::canonicalize(&file).unwrap_or(file.clone());
            let _ = writeln!(
                out,
                "        ({:?}, include_str!({:?})),",
                name(&file),
                abs.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("files.rs");
    if let Err(e) = fs::write(&dest, out) {
        println!("cargo:warning=could not write {}: {e}", dest.display());
        std::process::exit(1);
    }
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            println!("cargo:warning=no message files in {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}

fn name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
