//! Writing what a command produced (a report, an export) to a file given with `-o`.
//!
//! - `-o -` writes to standard output.
//! - A FIFO or character device (`/dev/null`, a terminal, `/dev/stdout`) is written straight
//!   into, never replaced: opened for writing without creating or truncating, no temp file.
//!   A terminal gets the same escaping of control characters as standard output does. A path
//!   that is this process's standard output is written as standard output. Nothing in /dev or
//!   /proc is ever created or replaced (`-o /dev/stdout` onto a regular file writes into it).
//! - A regular file (or a new one) is replaced atomically: written to a temp file beside it with
//!   an unpredictable name, created exclusively (see [`super::temp_file_beside`]), then renamed
//!   over it, so a reader (or a calendar application watching the file) never sees half a file,
//!   a failed write leaves the old file as it was, and a symlink planted under a temp name is
//!   never followed. The replaced file's permissions are kept. A symlink at the target itself is
//!   replaced by the new file, not written through.
//! - Block devices and sockets are refused, as are folders and the plans the output is made from.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::io_reason;
use crate::i18n::Message;
use crate::msg;

/// Writes `bytes` to `path` (see the module documentation). The error is one lowercase line
/// naming the file. Refuses to write over any of `protected` (the plans the output was made
/// from), so `-o plan.toml` by mistake cannot destroy the plan.
pub fn write_output(path: &Path, bytes: &[u8], protected: &[PathBuf]) -> Result<(), Message> {
    if path.as_os_str() == "-" {
        return write_stdout(bytes);
    }
    let shown = path.display().to_string();
    if let Ok(target) = dunce::canonicalize(path) {
        for p in protected {
            if dunce::canonicalize(p).is_ok_and(|p| p == target) {
                return Err(msg!("file-output-over-plan", path = shown));
            }
        }
        if target.is_dir() {
            return Err(msg!("file-output-directory", path = shown));
        }
    }
    if path.file_name().is_none() {
        return Err(msg!("file-output-not-a-name", path = shown));
    }
    let fail = |e: &io::Error| {
        msg!(
            "file-output-cannot-write",
            path = shown.as_str(),
            reason = io_reason(e)
        )
    };
    let system = in_system_folder(path);
    let written = match std::fs::metadata(path) {
        Ok(meta) if system || !meta.is_file() => write_into(path, &meta, bytes)?,
        // Nothing is ever created or renamed in /dev or /proc (`/dev/stdout` with standard
        // output closed must not become a file).
        Err(e) if system => return Err(fail(&e)),
        _ => false,
    };
    if written {
        return Ok(());
    }
    replace(path, bytes)
}

/// Whether `path` is in /dev or /proc, where a file is only ever written into: `/dev/stdout` is
/// a symlink to `/proc/self/fd/1`, and replacing it (when standard output is a regular file)
/// would break it for every program on the machine.
#[cfg(unix)]
fn in_system_folder(path: &Path) -> bool {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(d) => d.join(path),
            Err(_) => return false,
        }
    };
    absolute.starts_with("/dev") || absolute.starts_with("/proc")
}

#[cfg(not(unix))]
fn in_system_folder(_path: &Path) -> bool {
    false
}

/// Writes into what is at `path` (a FIFO, a character device, or anything in /dev or /proc)
/// without replacing it. `Ok(false)` when it is a regular file outside /dev and /proc after all
/// (swapped in the meantime): then it is to be replaced as one.
fn write_into(path: &Path, meta: &std::fs::Metadata, bytes: &[u8]) -> Result<bool, Message> {
    let shown = path.display().to_string();
    if is_our_stdout(meta) {
        return write_stdout(bytes).map(|()| true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_block_device() || kind.is_socket() {
            return Err(msg!(
                "file-output-special",
                path = shown,
                kind = super::kind_message(super::special_kind(&kind))
            ));
        }
    }
    let fail = |e: &io::Error| {
        msg!(
            "file-output-cannot-write",
            path = shown.as_str(),
            reason = io_reason(e)
        )
    };
    let mut options = std::fs::OpenOptions::new();
    // No create, no truncate on open: what is there is written into, never replaced.
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a terminal must not make it this process's controlling terminal.
        options.custom_flags(rustix::fs::OFlags::NOCTTY.bits() as i32);
    }
    let mut file = options.open(path).map_err(|e| fail(&e))?;
    let opened = file.metadata().map_err(|e| fail(&e))?;
    if opened.is_file() {
        if !in_system_folder(path) {
            return Ok(false);
        }
        // `/dev/fd/3` onto a regular file: written like a shell's `>` does.
        file.set_len(0).map_err(|e| fail(&e))?;
    }
    let terminal = file.is_terminal();
    match write_maybe_terminal(&mut file, terminal, bytes) {
        Ok(()) => Ok(true),
        // A reader that goes away early (`head`) is the reader's choice, as on standard output.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(true),
        Err(e) => Err(fail(&e)),
    }
}

/// Whether `meta` is this process's standard output (`/dev/stdout`, `/proc/self/fd/1`): written
/// as standard output, which works for a socket too, and keeps a shell's `>>`.
#[cfg(unix)]
fn is_our_stdout(meta: &std::fs::Metadata) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return false;
    };
    std::fs::File::from(fd)
        .metadata()
        .is_ok_and(|out| out.dev() == meta.dev() && out.ino() == meta.ino())
}

#[cfg(not(unix))]
fn is_our_stdout(_meta: &std::fs::Metadata) -> bool {
    false
}

fn write_stdout(bytes: &[u8]) -> Result<(), Message> {
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = stdout.lock();
    match write_maybe_terminal(&mut out, terminal, bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(msg!("file-output-stdout", reason = io_reason(&e))),
    }
}

/// A terminal gets control characters from the plan shown escaped; anything else the bytes.
fn write_maybe_terminal(out: &mut impl Write, terminal: bool, bytes: &[u8]) -> io::Result<()> {
    if terminal {
        let text = String::from_utf8_lossy(bytes);
        out.write_all(crate::output::text::terminal_safe(&text).as_bytes())
    } else {
        out.write_all(bytes)
    }
}

/// Replaces the regular file `path` (or creates it) atomically through a temp file beside it.
fn replace(path: &Path, bytes: &[u8]) -> Result<(), Message> {
    let shown = path.display().to_string();
    let fail = |e: &io::Error| {
        msg!(
            "file-output-cannot-write",
            path = shown.as_str(),
            reason = io_reason(e)
        )
    };
    super::clean_stale_temps(path);
    let keep = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions());
    // Dropped on any error below, the temp file is removed.
    let mut tmp = super::temp_file_beside(path).map_err(|e| fail(&e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(&e))?;
    if let Some(permissions) = keep {
        #[cfg(unix)]
        let permissions = {
            use std::os::unix::fs::PermissionsExt;
            std::fs::Permissions::from_mode(permissions.mode() & 0o777)
        };
        tmp.as_file()
            .set_permissions(permissions)
            .map_err(|e| fail(&e))?;
    }
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    if let Ok(d) = std::fs::File::open(super::parent_dir(path)) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Why [`write_new`] wrote nothing.
#[derive(Debug)]
pub enum NewFileError {
    /// Something is at the path already (created while the caller was not looking, perhaps):
    /// it is left as it is.
    Exists,
    /// The file could not be written; one lowercase line naming it.
    Failed(Message),
}

/// Writes `bytes` as a new file at `path` and never replaces anything there: written and synced
/// under a temp name beside it (see [`super::temp_file_beside`]), then moved into place only if
/// the name is still free (`persist_noclobber`: one atomic link or no-replace rename), so a file
/// that appeared after the caller checked is kept. For `import`'s new plans.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), NewFileError> {
    let shown = path.display().to_string();
    let fail = |e: &io::Error| {
        NewFileError::Failed(msg!(
            "file-output-cannot-write",
            path = shown.as_str(),
            reason = io_reason(e)
        ))
    };
    if path.file_name().is_none() {
        return Err(NewFileError::Failed(msg!(
            "file-output-not-a-name",
            path = shown.as_str()
        )));
    }
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(NewFileError::Exists);
    }
    let mut tmp = super::temp_file_beside(path).map_err(|e| fail(&e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(&e))?;
    match tmp.persist_noclobber(path) {
        Ok(_) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(NewFileError::Exists);
        }
        Err(e) => return Err(fail(&e.error)),
    }
    if let Ok(d) = std::fs::File::open(super::parent_dir(path)) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_never_replaces_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("plan.toml");
        write_new(&p, b"one").unwrap();
        assert!(matches!(write_new(&p, b"two"), Err(NewFileError::Exists)));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        // No temp file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn writes_and_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.md");
        write_output(&p, b"one", &[]).unwrap();
        write_output(&p, b"two", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn refuses_the_plan_and_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.toml");
        std::fs::write(&plan, "keep").unwrap();
        let e = write_output(&plan, b"x", std::slice::from_ref(&plan))
            .unwrap_err()
            .english();
        assert!(e.contains("refusing to write over the plan"), "{e}");
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), "keep");
        let e = write_output(&dir.path().join("nope/.."), b"x", &[])
            .unwrap_err()
            .english();
        // Windows resolves `nope\..` by its letters, to the folder itself.
        let expected = if cfg!(windows) {
            "is a directory; give a file name with -o"
        } else {
            "not a file name; give a file name with -o"
        };
        assert!(e.ends_with(expected), "{e}");
        let e = write_output(&dir.path().join("nope/out.md"), b"x", &[])
            .unwrap_err()
            .english();
        assert!(
            e.ends_with("cannot write: no such file or directory"),
            "{e}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.md");
        write_output(&p, b"one", &[]).unwrap();
        let new_mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        // A new file is as readable as any new file (0666 less the umask), not 0600.
        assert_eq!(new_mode & 0o600, 0o600, "{new_mode:o}");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_output(&p, b"two", &[]).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
    }

    #[cfg(unix)]
    #[test]
    fn writes_into_a_character_device_and_replaces_a_symlink_at_the_target() {
        use std::os::unix::fs::FileTypeExt;
        write_output(Path::new("/dev/null"), b"gone", &[]).unwrap();
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let link = dir.path().join("out.md");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        write_output(&link, b"report", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "report");
    }
}
