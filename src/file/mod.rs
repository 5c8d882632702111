//! The TOML boundary: reading a plan file from disk ([`read_source`]), parsing and validating it
//! ([`load`](fn@load), [`validate`], both pointing into the text through [`spans`]), and — in
//! `edit` and `save` — writing edits back. This is the only part of the library that touches the
//! file system.

pub mod cache;
pub mod edit;
pub mod history;
pub mod load;
pub mod me;
pub mod output;
pub mod presence;
pub mod process;
pub mod recovery;
pub mod replace;
pub mod save;
pub mod spans;
pub mod split;
pub mod structure;
pub mod validate;
pub mod watch;

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek};
use std::path::{Path, PathBuf};

pub use load::{Parsed, PlanSpans, parse_plan};

/// Plans larger than this are refused rather than parsed. A plan of 10,000 activities is ~2.3 MB;
/// a board save holds several copies of the text and the parsed plan, so 16 MiB is what a save
/// can afford in memory. Every read stops here, whatever size the file system reports.
pub const MAX_PLAN_BYTES: u64 = 16 * 1024 * 1024;

const MIB: u64 = 1024 * 1024;

const BOM: &str = "\u{feff}";

/// A hidden file beside the plan's real file (symlinks resolved, so a linked plan keeps its
/// lock, recovery and presence files beside the target, where the temp files are too):
/// `.<name><suffix>`.
pub fn beside(plan: &Path, suffix: &str) -> PathBuf {
    let real = dunce::canonicalize(plan).unwrap_or_else(|_| plan.to_path_buf());
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    real.with_file_name(format!(".{name}{suffix}"))
}

/// The file name of `path` as hidden (`.NAME`; a name already hidden, like the recovery file's,
/// keeps its one dot).
fn hidden_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with('.') {
        name
    } else {
        format!(".{name}")
    }
}

/// Renames a finished temp file over `path` (the recovery and presence files) with
/// [`replace::rename_over`]: on Windows tried again for a second while another board has `path`
/// open. On failure the temp file is removed.
pub(crate) fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    let temp = tmp.into_temp_path();
    replace::rename_over(&temp, path)?;
    // Renamed: nothing is left at the temp name for the drop to remove.
    let _ = temp.keep();
    Ok(())
}

/// Gives a lock file beside the plan Windows' hidden attribute, as its leading dot hides it on
/// Unix, so a shared folder in Explorer does not show one lock per plan. Best effort; elsewhere
/// nothing to do. Only for files that are opened, never replaced: Windows may refuse to
/// replace a hidden file, and the recovery and presence files are replaced whole (they live
/// only while edits are unsaved or the board is open, and show that in Explorer).
pub(crate) fn hide(path: &Path) {
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStrExt;
        use std::os::windows::fs::MetadataExt;
        use windows_sys::Win32::Storage::FileSystem::{FILE_ATTRIBUTE_HIDDEN, SetFileAttributesW};
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return;
        };
        let attributes = meta.file_attributes();
        if attributes & FILE_ATTRIBUTE_HIDDEN != 0 {
            return;
        }
        let wide: Vec<u16> = path.as_os_str().encode_wide().chain(Some(0)).collect();
        // SAFETY: a zero-terminated UTF-16 path that lives across the call.
        #[allow(unsafe_code)]
        unsafe {
            SetFileAttributesW(wide.as_ptr(), attributes | FILE_ATTRIBUTE_HIDDEN);
        }
    }
    #[cfg(not(windows))]
    let _ = path;
}

/// The folder `path` is in (`.` for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// How the names of temp files written beside a file begin, for this process:
/// `.NAME.fremdrift-PID-`. [`clean_stale_temps`] recognises them by the PID.
pub fn temp_prefix(path: &Path) -> String {
    format!("{}.fremdrift-{}-", hidden_name(path), std::process::id())
}

/// How the names of temp files end.
pub const TEMP_SUFFIX: &str = ".tmp";

/// A new temp file beside `path`, for replacing it: `.NAME.fremdrift-PID-RANDOM.tmp`. The name
/// cannot be predicted and the file is created exclusively (`O_CREAT|O_EXCL`), so a file or
/// symlink planted under that name is never opened or followed. Its permissions are those of a new
/// file (0666 less the umask on Unix). Dropped, it is removed; `persist(path)` renames it over
/// `path` (a symlink at `path` is replaced, not written through).
pub fn temp_file_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let prefix = temp_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX).rand_bytes(12);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(parent_dir(path))
}

/// Removes temp files left beside `real_plan` by processes that no longer run (killed mid-save):
/// `.NAME.fremdrift-PID-*.tmp`, and those of the files kept beside it
/// (`.NAME.fremdrift-recovery.fremdrift-PID-*.tmp`, likewise `-editor`). Only regular files are
/// removed; symlinks and anything else are left alone and never followed. On Unix a PID counts as
/// gone when no process has it or it is a zombie (Linux); on other systems, where that cannot be
/// told cheaply, a temp file counts as stale when it is more than an hour old. Best effort: gives
/// the number of files removed, and ignores what it cannot read or remove.
///
/// A PID is only meaningful on this machine: a process on another machine (a shared network
/// folder) or in another PID namespace writing beside the same plan may lose its temp file, and
/// then its save fails cleanly (the rename finds nothing), never the plan.
pub fn clean_stale_temps(real_plan: &Path) -> usize {
    let Some(name) = real_plan
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
    else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(parent_dir(real_plan)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name.to_str().and_then(|f| stale_temp_pid(&name, f)) else {
            continue;
        };
        // `symlink_metadata`: a symlink is a symlink, not what it points at.
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if !meta.file_type().is_file() || !process_is_gone(pid, &meta) {
            continue;
        }
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The PID in a temp file name written beside the plan named `plan_name`, when it is one.
fn stale_temp_pid(plan_name: &str, file_name: &str) -> Option<u32> {
    // `.NAME.fremdrift-`; for a hidden plan both `.NAME` (as [`temp_prefix`] writes it) and
    // `..NAME` (a dot added anyway).
    let after_name = file_name
        .strip_prefix('.')
        .and_then(|f| f.strip_prefix(plan_name))
        .or_else(|| {
            plan_name
                .starts_with('.')
                .then(|| file_name.strip_prefix(plan_name))
                .flatten()
        })?;
    let rest = after_name
        .strip_prefix(".fremdrift-")?
        .strip_suffix(TEMP_SUFFIX)?;
    // `PID-…` (the plan's own), or `WORD.fremdrift-PID-…` (the recovery or presence file's).
    let rest = match rest.split_once(".fremdrift-") {
        Some((word, after)) if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) => {
            after
        }
        _ => rest,
    };
    let (pid, _) = rest.split_once('-')?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse::<u32>()
        .ok()
        .filter(|&p| p > 0 && p <= i32::MAX as u32)
}

/// Whether the process that wrote a temp file is gone (see [`clean_stale_temps`]).
#[cfg(any(unix, windows))]
fn process_is_gone(pid: u32, _meta: &std::fs::Metadata) -> bool {
    pid != std::process::id() && !process::is_running(pid)
}

/// Where no process can be asked about: an hour without a change.
#[cfg(not(any(unix, windows)))]
fn process_is_gone(_pid: u32, meta: &std::fs::Metadata) -> bool {
    meta.modified()
        .ok()
        .and_then(|m| m.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(60 * 60))
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
    /// A FIFO, device or socket: only regular files are plans.
    NotRegular {
        path: PathBuf,
        /// What it is instead, e.g. "a named pipe (FIFO)".
        kind: &'static str,
    },
    TooLarge {
        path: PathBuf,
        /// The size the file system reported, when that is what gave it away; `None` when the
        /// read itself was stopped at the limit (a growing file, /proc).
        bytes: Option<u64>,
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

impl ReadError {
    /// What went wrong, for a reader (render it in their language).
    pub fn message(&self) -> crate::i18n::Message {
        use crate::msg;
        match self {
            ReadError::NotFound(p) => msg!("file-read-not-found", path = p.display().to_string()),
            ReadError::IsDirectory(p) => {
                msg!("file-read-directory", path = p.display().to_string())
            }
            ReadError::NotRegular { path, kind } => msg!(
                "file-read-not-regular",
                path = path.display().to_string(),
                kind = kind_message(kind)
            ),
            ReadError::TooLarge { path, bytes } => {
                let limit = MAX_PLAN_BYTES / MIB;
                match bytes.map(|b| b / MIB).filter(|&m| m > limit) {
                    Some(m) => msg!(
                        "file-read-too-large-size",
                        path = path.display().to_string(),
                        size = m,
                        limit = limit
                    ),
                    None => msg!(
                        "file-read-too-large",
                        path = path.display().to_string(),
                        limit = limit
                    ),
                }
            }
            ReadError::Utf16(p) => msg!("file-read-utf16", path = p.display().to_string()),
            ReadError::NotUtf8 { path, line, column } => msg!(
                "file-read-not-utf8",
                path = path.display().to_string(),
                line = *line,
                column = *column
            ),
            ReadError::Io { path, error } => msg!(
                "file-read-io",
                path = path.display().to_string(),
                reason = io_reason(error)
            ),
        }
    }
}

/// English, for logs; readers get [`ReadError::message`] in their language.
impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

/// The reader's words for a [`special_kind`].
pub(crate) fn kind_message(kind: &str) -> crate::i18n::Message {
    use crate::i18n::Message;
    match kind {
        "a directory" => Message::new("file-kind-directory"),
        "a named pipe (FIFO)" => Message::new("file-kind-fifo"),
        "a character device" => Message::new("file-kind-char-device"),
        "a block device" => Message::new("file-kind-block-device"),
        "a socket" => Message::new("file-kind-socket"),
        "a symbolic link" => Message::new("file-kind-symlink"),
        _ => Message::new("file-kind-special"),
    }
}

impl std::error::Error for ReadError {}

/// Why [`read_regular_file`] refused a file, inside its `io::Error`.
#[derive(Debug)]
enum SmallFileError {
    /// What it is instead ("a named pipe (FIFO)").
    NotRegular(&'static str),
    /// The limit in bytes.
    TooLarge(u64),
}

impl fmt::Display for SmallFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for SmallFileError {}

impl SmallFileError {
    fn message(&self) -> crate::i18n::Message {
        match self {
            SmallFileError::NotRegular(kind) => {
                crate::msg!("file-not-regular", kind = kind_message(kind))
            }
            SmallFileError::TooLarge(limit) => crate::msg!("file-larger-than", limit = *limit),
        }
    }
}

/// An I/O error for a reader: the common kinds in the reader's words, others as the operating
/// system says them (verbatim).
pub fn io_reason(e: &io::Error) -> crate::i18n::Message {
    use crate::i18n::Message;
    if let Some(ours) = e.get_ref().and_then(|x| x.downcast_ref::<SmallFileError>()) {
        return ours.message();
    }
    if is_in_use(e) {
        return Message::new("file-io-in-use");
    }
    match e.kind() {
        io::ErrorKind::NotFound => Message::new("file-io-not-found"),
        io::ErrorKind::PermissionDenied => Message::new("file-io-permission-denied"),
        io::ErrorKind::StorageFull => Message::new("file-io-storage-full"),
        io::ErrorKind::ReadOnlyFilesystem => Message::new("file-io-read-only-fs"),
        _ => Message::verbatim(io_message(e)),
    }
}

/// Whether `e` says another program holds the file: Windows' sharing and lock violations (a
/// file open in Excel or a sync client), or an error [`in_use_error`] made.
pub fn is_in_use(e: &io::Error) -> bool {
    /// ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    const WINDOWS_IN_USE: [i32; 2] = [32, 33];
    e.get_ref().is_some_and(|inner| inner.is::<InUse>())
        || (cfg!(windows)
            && e.raw_os_error()
                .is_some_and(|c| WINDOWS_IN_USE.contains(&c)))
}

/// `e` as "the file is in use by another program" (kind `ResourceBusy`; the system's own
/// error kept as its source).
pub fn in_use_error(e: io::Error) -> io::Error {
    if e.get_ref().is_some_and(|inner| inner.is::<InUse>()) {
        return e;
    }
    io::Error::new(io::ErrorKind::ResourceBusy, InUse(e))
}

/// The marker [`in_use_error`] wraps the system's error in.
#[derive(Debug)]
struct InUse(io::Error);

impl fmt::Display for InUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the file is in use by another program ({})", self.0)
    }
}

impl std::error::Error for InUse {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// A short, lowercase description of an I/O error without Rust's Debug noise (English).
pub fn io_message(e: &io::Error) -> String {
    if is_in_use(e) {
        return "the file is in use by another program".into();
    }
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
        // Checked once, and not copied: the BOM is taken off the string read.
        Ok(mut text) => {
            let bom = text.starts_with(BOM);
            if bom {
                text.drain(..BOM.len());
            }
            Ok(Source {
                path: path.to_path_buf(),
                text,
                bom,
            })
        }
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

/// Reads a plan file from disk: [`open_plan`], then [`read_bounded`].
pub fn read_source(path: &Path) -> Result<Source, ReadError> {
    let mut file = open_plan(path)?;
    let bytes = read_bounded(&mut file, path)?;
    decode(path, bytes)
}

/// Opens a plan file for reading without ever blocking: anything but a regular file (a FIFO, a
/// device, a socket) is refused before it is opened, the open itself is non-blocking on Unix (a
/// file swapped for a FIFO in between cannot block either), and the opened file is checked again.
/// Symlinks are followed.
pub fn open_plan(path: &Path) -> Result<File, ReadError> {
    let io_error = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            error: e,
        },
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    check_plan_metadata(path, &meta)?;
    let file = open_nonblocking(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    check_plan_metadata(path, &meta)?;
    Ok(file)
}

/// Opens `path` for reading; on Unix non-blocking (a FIFO without a writer cannot block the
/// open) and without taking a terminal as the controlling one. Check what was opened.
fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        options.custom_flags(flags.bits() as i32);
    }
    // A save holds a lease on the plan for a moment (`replace`), and a non-blocking open
    // meeting it fails with `WouldBlock` instead of waiting: wait for it here, a while.
    let start = std::time::Instant::now();
    loop {
        match options.open(path) {
            Err(e)
                if e.kind() == io::ErrorKind::WouldBlock
                    && start.elapsed() < std::time::Duration::from_secs(2) =>
            {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            result => return result,
        }
    }
}

/// Reads a small file kept beside a plan (a recovery or presence file) with the same care as a
/// plan: only a regular file is read (a FIFO, device or socket planted under its name gives an
/// error at once instead of blocking), and at most `limit` bytes (more is an error). A missing
/// file is `ErrorKind::NotFound`, as from `std::fs::read`; the other errors read well through
/// [`io_message`] ("is a named pipe (fifo), not a regular file").
pub fn read_regular_file(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let check = |meta: &std::fs::Metadata| {
        let file_type = meta.file_type();
        if !file_type.is_file() {
            let kind = if file_type.is_dir() {
                "a directory"
            } else {
                special_kind(&file_type)
            };
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                SmallFileError::NotRegular(kind),
            ));
        }
        Ok(())
    };
    check(&std::fs::metadata(path)?)?;
    let file = open_nonblocking(path)?;
    check(&file.metadata()?)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            SmallFileError::TooLarge(limit),
        ));
    }
    Ok(bytes)
}

/// The largest office file (a Word document, a spreadsheet, a CSV file) `fremdrift import`
/// reads: a plan's document is a few megabytes at most, with its pictures.
pub const MAX_OFFICE_BYTES: u64 = 64 * MIB;

/// Reads a document to import with the same care as a plan ([`read_regular_file`]: only a
/// regular file, never blocking on a FIFO), at most [`MAX_OFFICE_BYTES`].
pub fn read_office_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_regular_file(path, MAX_OFFICE_BYTES).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound(path.to_path_buf()),
        _ => ReadError::Io {
            path: path.to_path_buf(),
            error: e,
        },
    })
}

/// Reads an open plan file from its start, stopping at [`MAX_PLAN_BYTES`] whatever size the file
/// system reports. The file must be a regular file (checked again here); `path` is for messages.
pub fn read_bounded(file: &mut File, path: &Path) -> Result<Vec<u8>, ReadError> {
    let io_error = |e: io::Error| ReadError::Io {
        path: path.to_path_buf(),
        error: e,
    };
    let meta = file.metadata().map_err(io_error)?;
    check_plan_metadata(path, &meta)?;
    file.rewind().map_err(io_error)?;
    read_at_most(file, meta.len(), path)
}

/// Reads `reader` to its end, or refuses it once it has given more than [`MAX_PLAN_BYTES`];
/// `size_hint` only sizes the buffer.
fn read_at_most(reader: impl Read, size_hint: u64, path: &Path) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::with_capacity(size_hint.min(MAX_PLAN_BYTES) as usize + 1);
    reader
        .take(MAX_PLAN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io {
            path: path.to_path_buf(),
            error: e,
        })?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: None,
        });
    }
    Ok(bytes)
}

/// Only a regular file within the size limit is a plan.
fn check_plan_metadata(path: &Path, meta: &std::fs::Metadata) -> Result<(), ReadError> {
    let file_type = meta.file_type();
    if file_type.is_dir() {
        return Err(ReadError::IsDirectory(path.to_path_buf()));
    }
    if !file_type.is_file() {
        return Err(ReadError::NotRegular {
            path: path.to_path_buf(),
            kind: special_kind(&file_type),
        });
    }
    if meta.len() > MAX_PLAN_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            bytes: Some(meta.len()),
        });
    }
    Ok(())
}

/// What a file that is neither a regular file nor a folder is, for messages ("is a socket").
pub(crate) fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_symlink() {
        return "a symbolic link";
    }
    "a special file"
}

thread_local! {
    static WHOLE_PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many times this thread has parsed a whole plan text: [`parse_plan`], or `toml_edit`
/// reading a whole file to edit it. A diagnostic for tests and benchmarks (that a command
/// parses no more often than it should), never for deciding anything.
pub fn whole_parses() -> usize {
    WHOLE_PARSES.with(std::cell::Cell::get)
}

pub(crate) fn count_whole_parse() {
    WHOLE_PARSES.with(|c| c.set(c.get() + 1));
}

/// A plan file read and parsed.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub source: Source,
    pub parsed: Parsed,
}

/// Reads and parses a plan file; the parse comes from the [`cache`] when it has this text
/// (unless the cache is turned off: [`cache::Cache::from_env`]).
pub fn load(path: &Path) -> Result<Loaded, ReadError> {
    load_with(path, cache::Cache::from_env().as_ref())
}

/// [`load`](fn@load) with the given cache, or none (always parse).
pub fn load_with(path: &Path, cache: Option<&cache::Cache>) -> Result<Loaded, ReadError> {
    let source = read_source(path)?;
    let parsed = match cache {
        Some(cache) => cache.parse_write_later(&source.text),
        None => parse_plan(&source.text),
    };
    Ok(Loaded { source, parsed })
}

/// [`load`](fn@load)s every file of `paths` on up to `available_parallelism()` threads. The results are
/// in the order of `paths`, whichever thread loaded them.
pub fn load_all(paths: &[PathBuf]) -> Vec<Result<Loaded, ReadError>> {
    load_all_with(paths, cache::Cache::from_env().as_ref())
}

/// [`load_all`] with the given cache, or none.
pub fn load_all_with(
    paths: &[PathBuf],
    cache: Option<&cache::Cache>,
) -> Vec<Result<Loaded, ReadError>> {
    let results = std::sync::Mutex::new({
        let mut r: Vec<Option<Result<Loaded, ReadError>>> = Vec::new();
        r.resize_with(paths.len(), || None);
        r
    });
    load_each_with(paths, cache, |i, result| {
        if let Some(slot) = results.lock().unwrap_or_else(|e| e.into_inner()).get_mut(i) {
            *slot = Some(result);
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .zip(paths)
        .map(|(r, p)| r.unwrap_or_else(|| load_with(p, cache)))
        .collect()
}

/// [`load_with`]s every file of `paths` on up to `available_parallelism()` threads, handing
/// each result to `each` (with its index in `paths`) as soon as it is loaded, in whatever
/// order the threads finish: the portfolio draws plans as they arrive. A file whose worker
/// panicked is never handed over; [`load_all_with`] loads those again on the calling thread.
pub fn load_each_with(
    paths: &[PathBuf],
    cache: Option<&cache::Cache>,
    each: impl Fn(usize, Result<Loaded, ReadError>) + Sync,
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(paths.len());
    if threads <= 1 {
        for (i, p) in paths.iter().enumerate() {
            each(i, load_with(p, cache));
        }
        return;
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(path) = paths.get(i) else {
                            return;
                        };
                        each(i, load_with(path, cache));
                    }
                })
            })
            .collect();
        // Joined here, so a worker that panicked does not panic the scope.
        for worker in workers {
            let _ = worker.join();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PID that was just used and is gone: a child that ran and was reaped.
    #[cfg(unix)]
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[test]
    fn a_file_held_by_another_program_is_said_to_be_in_use() {
        let busy = in_use_error(io::Error::other("held"));
        assert!(is_in_use(&busy));
        assert_eq!(io_message(&busy), "the file is in use by another program");
        assert_eq!(
            io_reason(&busy),
            crate::i18n::Message::new("file-io-in-use")
        );
        assert!(!is_in_use(&io::Error::from(
            io::ErrorKind::PermissionDenied
        )));
        // Windows' sharing violation, as the system reports it there.
        let sharing = io::Error::from_raw_os_error(32);
        assert_eq!(is_in_use(&sharing), cfg!(windows));
    }

    #[test]
    fn decode_takes_the_bom_off_as_from_text_does() {
        for text in [
            "",
            "\u{feff}",
            "\u{feff}a = 1\n",
            "a = 1\u{feff}",
            "\u{feff}\u{feff}x",
            "æøå",
        ] {
            let decoded = decode(Path::new("p.toml"), text.as_bytes().to_vec()).unwrap();
            assert_eq!(decoded, Source::from_text("p.toml", text), "{text:?}");
            assert_eq!(decoded.file_bytes(), text.as_bytes());
        }
    }

    #[test]
    fn temp_names_carry_the_pid_and_are_recognised() {
        let pid = std::process::id();
        assert_eq!(
            temp_prefix(Path::new("/x/p.toml")),
            format!(".p.toml.fremdrift-{pid}-")
        );
        assert_eq!(
            temp_prefix(Path::new(".p.toml.fremdrift-recovery")),
            format!(".p.toml.fremdrift-recovery.fremdrift-{pid}-")
        );
        let cases = [
            (".p.toml.fremdrift-123-0.tmp", Some(123)),
            (".p.toml.fremdrift-123-aZ9xQ.tmp", Some(123)),
            (".p.toml.fremdrift-recovery.fremdrift-77-ab.tmp", Some(77)),
            (".p.toml.fremdrift-editor.fremdrift-77-ab.tmp", Some(77)),
            // The old names (no random part), other plans, other files.
            (".p.toml.fremdrift-123.tmp", None),
            (".q.toml.fremdrift-123-0.tmp", None),
            (".p.toml.fremdrift-recovery", None),
            (".p.toml.fremdrift-x1-0.tmp", None),
            (".p.toml.fremdrift--0.tmp", None),
            (".p.toml.fremdrift-0-0.tmp", None),
            (".p.toml.fremdrift-99999999999-0.tmp", None),
            ("p.toml.fremdrift-123-0.tmp", None),
            (".p.toml.fremdrift-123-0.tmpx", None),
        ];
        for (name, want) in cases {
            assert_eq!(stale_temp_pid("p.toml", name), want, "{name}");
        }
        // A hidden plan: its temp files with one dot or two.
        assert_eq!(
            stale_temp_pid(".h.toml", ".h.toml.fremdrift-5-a.tmp"),
            Some(5)
        );
        assert_eq!(
            stale_temp_pid(".h.toml", "..h.toml.fremdrift-5-a.tmp"),
            Some(5)
        );
        assert_eq!(
            stale_temp_pid("h.toml", ".h.toml.fremdrift-5-a.tmp"),
            Some(5)
        );
        assert_eq!(stale_temp_pid(".h.toml", "h.toml.fremdrift-5-a.tmp"), None);
    }

    #[test]
    fn a_temp_file_beside_is_hidden_unpredictable_and_removed_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        let a = temp_file_beside(&target).unwrap();
        let b = temp_file_beside(&target).unwrap();
        let name = a.path().file_name().unwrap().to_string_lossy().into_owned();
        eprintln!("temp name: {name}");
        assert!(name.starts_with(&temp_prefix(&target)) && name.ends_with(".tmp"));
        assert_ne!(a.path(), b.path());
        assert_eq!(stale_temp_pid("out.md", &name), Some(std::process::id()));
        drop((a, b));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn stale_temps_of_dead_processes_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        std::fs::write(&plan, "[plan]\n").unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep").unwrap();
        let dead = dead_pid();
        let me = std::process::id();
        let name = |s: &str| dir.path().join(s);
        let dead_plan = name(&format!(".p.toml.fremdrift-{dead}-xyz.tmp"));
        let dead_recovery = name(&format!(
            ".p.toml.fremdrift-recovery.fremdrift-{dead}-1.tmp"
        ));
        let live = name(&format!(".p.toml.fremdrift-{me}-xyz.tmp"));
        let init = name(".p.toml.fremdrift-1-xyz.tmp");
        let other_plan = name(&format!(".q.toml.fremdrift-{dead}-xyz.tmp"));
        let link = name(&format!(".p.toml.fremdrift-{dead}-link.tmp"));
        let folder = name(&format!(".p.toml.fremdrift-{dead}-dir.tmp"));
        for f in [&dead_plan, &dead_recovery, &live, &init, &other_plan] {
            std::fs::write(f, "half a plan").unwrap();
        }
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        std::fs::create_dir(&folder).unwrap();

        let removed = clean_stale_temps(&plan);
        eprintln!("dead pid {dead}: removed {removed} stale temp files");
        assert_eq!(removed, 2);
        assert!(!dead_plan.exists() && !dead_recovery.exists());
        for kept in [&plan, &live, &init, &other_plan, &folder] {
            assert!(kept.exists(), "{}", kept.display());
        }
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        // Nothing to do: no error, nothing removed; a plan in a missing folder too.
        assert_eq!(clean_stale_temps(&plan), 0);
        assert_eq!(clean_stale_temps(&dir.path().join("nope/p.toml")), 0);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_zombie_counts_as_gone() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        let start = std::time::Instant::now();
        while process::is_running(pid) && start.elapsed() < std::time::Duration::from_secs(5) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let meta = std::fs::metadata("/").unwrap();
        assert!(process_is_gone(pid, &meta), "zombie {pid}");
        child.wait().unwrap();
        assert!(process_is_gone(pid, &meta));
        assert!(!process_is_gone(std::process::id(), &meta));
        assert!(!process_is_gone(1, &meta));
    }

    #[test]
    fn a_read_stops_at_the_limit_whatever_the_size_reported() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.toml");
        std::fs::write(&p, "[plan]\n").unwrap();
        let mut f = open_plan(&p).unwrap();
        assert_eq!(read_bounded(&mut f, &p).unwrap(), b"[plan]\n");
        // Read again from the start, as a save re-reads the file it holds.
        assert_eq!(read_bounded(&mut f, &p).unwrap(), b"[plan]\n");
        // Grown past the limit after it was opened: the reported size gives it away.
        let grown = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
        grown.set_len(MAX_PLAN_BYTES + 1).unwrap();
        let e = read_bounded(&mut f, &p).unwrap_err().to_string();
        assert!(
            e.ends_with("the file is larger than 16 MiB; plans larger than 16 MiB are refused"),
            "{e}"
        );
        grown.set_len(40 * MIB).unwrap();
        let e = read_source(&p).unwrap_err().to_string();
        assert!(
            e.ends_with("the file is 40 MiB; plans larger than 16 MiB are refused"),
            "{e}"
        );
    }

    #[test]
    fn a_stream_longer_than_it_says_is_cut_off_at_the_limit() {
        // A growing file, or a /proc file that reports size 0: only the read itself can tell.
        let p = Path::new("p.toml");
        let e = read_at_most(std::io::repeat(b'#'), 0, p).unwrap_err();
        assert!(
            matches!(e, ReadError::TooLarge { bytes: None, .. }),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "p.toml: the file is larger than 16 MiB; plans larger than 16 MiB are refused"
        );
        let exact = std::io::repeat(b'#').take(MAX_PLAN_BYTES);
        assert_eq!(
            read_at_most(exact, 0, p).unwrap().len() as u64,
            MAX_PLAN_BYTES
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_proc_file_reporting_size_zero_is_read_whole() {
        let p = Path::new("/proc/self/stat");
        assert_eq!(std::fs::metadata(p).unwrap().len(), 0);
        let mut f = open_plan(p).unwrap();
        let bytes = read_bounded(&mut f, p).unwrap();
        assert!(bytes.starts_with(std::process::id().to_string().as_bytes()));
    }

    #[cfg(unix)]
    #[test]
    fn side_files_are_read_only_when_regular_and_small() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(".p.toml.fremdrift-editor");
        let e = read_regular_file(&p, 10).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
        std::fs::write(&p, "0123456789").unwrap();
        assert_eq!(read_regular_file(&p, 10).unwrap(), b"0123456789");
        let e = read_regular_file(&p, 9).unwrap_err();
        assert_eq!(io_message(&e), "is larger than 9 bytes");
        std::fs::remove_file(&p).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(&p)
            .status()
            .unwrap();
        assert!(made.success());
        // Would block forever if it were opened as a plain read.
        let e = read_regular_file(&p, 10).unwrap_err();
        assert_eq!(io_message(&e), "is a named pipe (fifo), not a regular file");
        let e = read_regular_file(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(io_message(&e), "is a character device, not a regular file");
        let e = read_regular_file(dir.path(), 10).unwrap_err();
        assert_eq!(io_message(&e), "is a directory, not a regular file");
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_plans() {
        for (path, kind) in [
            ("/dev/zero", "a character device"),
            ("/dev/null", "a character device"),
        ] {
            let e = read_source(Path::new(path)).unwrap_err().to_string();
            assert_eq!(
                e,
                format!("{path}: is {kind}, not a plan file (give a regular .toml file)")
            );
        }
    }
}
