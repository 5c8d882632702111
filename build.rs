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
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=build.rs");
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
