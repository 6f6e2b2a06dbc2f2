//! Embeds every `locales/<lang>/*.ftl` of the repository, deflated (a language's files in one
//! stream: `name NUL text NUL name NUL text …`): the table the services, the CLI and the UI
//! (through the `locale_messages` command) read. A file added, changed or removed there
//! rebuilds this crate.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default());
    let root = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut table = String::from(
        "/// Each language's message files, deflated: `name NUL text NUL …`.\npub(crate) static PACKED: &[(&str, &[u8])] = &[\n",
    );
    let mut langs: Vec<PathBuf> = read_dir(&root).into_iter().filter(|p| p.is_dir()).collect();
    langs.sort();
    for dir in langs {
        let lang = name(&dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = read_dir(&dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let mut stream = Vec::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text =
                fs::read(&file).unwrap_or_else(|e| fail(&format!("{}: {e}", file.display())));
            if text.contains(&0) {
                fail(&format!("{} holds a NUL byte", file.display()));
            }
            stream.extend_from_slice(name(&file).as_bytes());
            stream.push(0);
            stream.extend_from_slice(&text);
            stream.push(0);
        }
        let packed = miniz_oxide::deflate::compress_to_vec(&stream, 10);
        let dest = out_dir.join(format!("{lang}.ftl.deflate"));
        if let Err(e) = fs::write(&dest, packed) {
            fail(&format!("could not write {}: {e}", dest.display()));
        }
        let _ = writeln!(
            table,
            "    ({lang:?}, include_bytes!({:?})),",
            dest.display().to_string()
        );
    }
    table.push_str("];\n");
    let dest = out_dir.join("files.rs");
    if let Err(e) = fs::write(&dest, table) {
        fail(&format!("could not write {}: {e}", dest.display()));
    }
}

fn fail(why: &str) -> ! {
    println!("cargo:warning={why}");
    std::process::exit(1);
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => fail(&format!("no message files in {}: {e}", dir.display())),
    }
}

fn name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
