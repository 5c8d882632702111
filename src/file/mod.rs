//! The TOML boundary: reading a plan file from disk ([`read_source`]), parsing and validating it
//! ([`load`], [`validate`]), and — in `edit` and `save` — writing edits back. This is the only
//! part of the library that touches the file system.

pub mod edit;
pub mod history;
pub mod load;
pub mod output;
pub mod presence;
pub mod recovery;
pub mod replace;
pub mod save;
pub mod validate;
pub mod watch;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

pub use load::{Parsed, PlanSpans, parse_plan};

/// Plans larger than this are refused rather than parsed (a plan of 10,000 activities is ~2 MB).
pub const MAX_PLAN_BYTES: u64 = 64 * 1024 * 1024;

const BOM: &str = "\u{feff}";

/// A hidden file beside the plan's real file (symlinks resolved, so a linked plan keeps its
/// lock, recovery and presence files beside the target, where the temp files are too):
/// `.<name><suffix>`.
pub fn beside(plan: &Path, suffix: &str) -> PathBuf {
    let real = std::fs::canonicalize(plan).unwrap_or_else(|_| plan.to_path_buf());
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    real.with_file_name(format!(".{name}{suffix}"))
}

/// A plan file as read: its bytes, and its text without a BOM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    /// The text the parser sees: UTF-8, without a leading BOM.
    pub text: String,
    /// The file started with a UTF-8 BOM.
    pub bom: bool,
}

impl Source {
    /// A source that never came from disk (tests, fuzzing).
    pub fn from_text(path: impl Into<PathBuf>, text: &str) -> Source {
        let (text, bom) = match text.strip_prefix(BOM) {
            Some(rest) => (rest.to_string(), true),
            None => (text.to_string(), false),
        };
        Source {
            path: path.into(),
            text,
            bom,
        }
    }

    /// The bytes as they are (or would be) on disk.
    pub fn file_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.text.len() + 3);
        if self.bom {
            out.extend_from_slice(BOM.as_bytes());
        }
        out.extend_from_slice(self.text.as_bytes());
        out
    }

    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }
}

/// Why a plan file could not be read at all (exit code 2).
#[derive(Debug)]
pub enum ReadError {
    NotFound(PathBuf),
    IsDirectory(PathBuf),
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    Utf16(PathBuf),
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound(p) => write!(f, "{}: no such file", p.display()),
            ReadError::IsDirectory(p) => {
                write!(
                    f,
                    "{}: is a directory, not a plan file (give a .toml file)",
                    p.display()
                )
            }
            ReadError::TooLarge { path, bytes } => write!(
                f,
                "{}: the file is {} MiB; plans larger than {} MiB are refused",
                path.display(),
                bytes / (1024 * 1024),
                MAX_PLAN_BYTES / (1024 * 1024)
            ),
            ReadError::Utf16(p) => write!(
                f,
                "{}: the file is UTF-16; save it as UTF-8 (plain text) instead",
                p.display()
            ),
            ReadError::NotUtf8 { path, line, column } => write!(
                f,
                "{}:{line}:{column}: the file is not valid UTF-8 here; save it as UTF-8",
                path.display()
            ),
            ReadError::Io { path, error } => write!(f, "{}: {}", path.display(), io_message(error)),
        }
    }
}

impl std::error::Error for ReadError {}

/// A short, lowercase description of an I/O error without Rust's Debug noise.
pub fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::StorageFull => "no space left on the device".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s.to_lowercase(),
            }
        }
    }
}

/// Decodes file bytes into a [`Source`], refusing UTF-16 and invalid UTF-8 with a position.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<Source, ReadError> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(ReadError::Utf16(path.to_path_buf()));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source::from_text(path, &text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let (line, column) = crate::diagnostics::line_col(&prefix, prefix.len());
            Err(ReadError::NotUtf8 {
                path: path.to_path_buf(),
                line,
                column,
            })
        }
    }
}

/// Reads a plan file from disk.
pub fn read_source(path: &Path) -> Result<Source, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            error: e,
        },
    })?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory(path.to_path_buf()));
    }
    if meta.len() > MAX_PLAN_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io {
        path: path.to_path_buf(),
        error: e,
    })?;
    decode(path, bytes)
}

/// A plan file read and parsed.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub source: Source,
    pub parsed: Parsed,
}

/// Reads and parses a plan file.
pub fn load(path: &Path) -> Result<Loaded, ReadError> {
    let source = read_source(path)?;
    let parsed = parse_plan(&source.text);
    Ok(Loaded { source, parsed })
}

/// Removes temp files a dead fremdrift process left beside the plan (placeholder until the
/// stale-temp cleaner lands).
pub fn clean_stale_temps(_real: &Path) {}
