//! Derives `FREMDRIFT_BUILD_ID`: a BLAKE3 hash of everything that decides what a parse returns
//! and how the parse cache encodes it — the crate's version, every file under `src/`, `Cargo.toml`
//! and `Cargo.lock` (the versions of toml, serde and postcard). A cache entry written by any
//! other build has another id and is never read (see `src/file/cache.rs`). The crate's version
//! alone would not do: it stays 0.1.0 through every change made during development.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"fremdrift build id 1\0");
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(b"\0");
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    collect(&root.join("i18n"), &mut files);
    files.sort();
    for name in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        files.push(root.join(name));
    }
    for file in &files {
        let relative = file.strip_prefix(&root).unwrap_or(file);
        // Name and length first, so no two sets of files hash alike.
        let bytes = fs::read(file).unwrap_or_default();
        hasher.update(relative.to_string_lossy().as_bytes());
        hasher.update(b"\0");
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    println!(
        "cargo:rustc-env=FREMDRIFT_BUILD_ID={}",
        hasher.finalize().to_hex()
    );
    catalogue(&root);
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=Cargo.toml");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=build.rs");
}

/// Writes `$OUT_DIR/catalogue.rs`: every `i18n/<code>/*.ftl`, embedded with `include_str!`, as
/// `FILES: &[(code, file name, text)]` — so a new catalogue file or language folder needs no
/// edit to any Rust file to be compiled in.
fn catalogue(root: &Path) {
    let mut files = Vec::new();
    collect(&root.join("i18n"), &mut files);
    files.retain(|f| f.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    let mut out = String::from("pub const FILES: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        let code = f
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push_str(&format!(
            "    ({code:?}, {name:?}, include_str!({:?})),\n",
            f.to_string_lossy()
        ));
        println!("cargo:rerun-if-changed={}", f.display());
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("catalogue.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every file under `dir`, recursively (symlinks are not followed).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            collect(&entry.path(), out);
        } else if kind.is_file() {
            out.push(entry.path());
        }
    }
}
