//! Putting a new version of a file in place without losing what another program put there.
//!
//! Other programs write the plan too, and they do not take fremdrift's lock: an editor or a sync
//! client that truncates the file and writes it again in place, `sed -i` or `git checkout` that
//! write a new file and rename it over the old one. A save therefore cannot be "check, then
//! replace": whatever lands between the check and the replace would be lost. Instead:
//!
//! - [`stage`] writes the new version to a temp file beside the target (unpredictable name,
//!   created exclusively, so a planted symlink is never followed), fsynced, with the target's
//!   permissions.
//! - [`place`] swaps it in and hands back what it displaced. Where the platform can exchange
//!   two names atomically (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`)
//!   the displaced file is exactly what was at the path at that instant, whoever wrote it.
//!   Elsewhere (Windows, file systems without the exchange) the path is compared with what the
//!   caller expects just before an ordinary rename, and the old file is read again through the
//!   handle the caller holds on it, so in-place writes into it are still caught; only a rename
//!   by another program in the instant between that comparison and our rename can be lost.
//! - [`read_settled`] reads a file until two reads a moment apart agree, so a file that is
//!   still being written is never taken for a whole one.
//! - [`merge3`] combines what another program did to a version with what we did to it,
//!   line by line, so the caller can swap again with both.

use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use similar::{MergeResolution, TextMerge};

use super::ReadError;
use crate::i18n::Message;

/// How long apart two reads must agree for a file to count as no longer being written.
pub const SETTLE_GAP: Duration = Duration::from_millis(20);

/// How long a file may keep changing before we give up waiting for it.
pub const SETTLE_LIMIT: Duration = Duration::from_secs(3);

/// Writes `bytes` to a new temp file beside `real`, fsynced and with `permissions`; returns its
/// path. On failure nothing is left behind. The error names what failed.
pub fn stage(
    real: &Path,
    bytes: &[u8],
    permissions: Permissions,
) -> Result<PathBuf, (Message, io::Error)> {
    let tmp = super::temp_file_beside(real).map_err(|e| {
        let dir = real.parent().unwrap_or(Path::new("."));
        (
            crate::msg!("file-temp-create", dir = dir.display().to_string()),
            e,
        )
    })?;
    let mut file = tmp.as_file();
    file.write_all(bytes)
        .map_err(|e| (Message::new("file-temp-write"), e))?;
    file.sync_all()
        .map_err(|e| (Message::new("file-temp-flush"), e))?;
    fs::set_permissions(tmp.path(), permissions)
        .map_err(|e| (Message::new("file-temp-permissions"), e))?;
    // From here the caller owns the name (it may come to hold the displaced file).
    let (_, path) = tmp
        .keep()
        .map_err(|e| (Message::new("file-temp-keep"), e.error))?;
    Ok(path)
}

/// What [`place`] did.
#[derive(Debug)]
pub enum Placed {
    /// Ours is at the path; `displaced` is what was there, now at the staged name (exchange) or
    /// only reachable through the caller's handle (rename): either way its bytes, settled.
    Ours { displaced: Vec<u8> },
    /// Not placed: the path no longer holds what the caller expected; these are its bytes.
    /// The staged file was removed.
    Changed { now: Vec<u8> },
}

/// Puts the staged file (holding `ours`) at `real`, where the caller expects `expected`. Returns what was displaced (or, where only a
/// plain rename exists and the path changed just before it, what is there instead). If the
/// displaced file is still being written, it is put back and the error is
/// `ErrorKind::WouldBlock`.
pub fn place(staged: &Path, real: &Path, sides: (&[u8], &[u8])) -> io::Result<Placed> {
    place_using(exchange, staged, real, sides)
}

/// [`place`] with the exchange given (a test runs the plain-rename path with one that is
/// never supported).
fn place_using(
    exchange: fn(&Path, &Path) -> io::Result<()>,
    staged: &Path,
    real: &Path,
    (ours, expected): (&[u8], &[u8]),
) -> io::Result<Placed> {
    // On every error the staged file is gone (or, holding someone else's version, kept aside
    // by name): the caller has nothing to clean up.
    let dropped = |e: io::Error| {
        let _ = fs::remove_file(staged);
        e
    };
    // A last look first: what another program wrote before now is merged before anything is
    // replaced, so no half-merged version of ours is ever visible at the path.
    let mut now = open(real).map_err(dropped)?;
    if read_all(&mut now, real).map_err(dropped)? != expected {
        let _ = fs::remove_file(staged);
        let bytes = read_settled(&mut now, real)?;
        return Ok(Placed::Changed { now: bytes });
    }
    match exchange(staged, real) {
        Ok(()) => {
            // What was at the path at the instant of the swap, whoever put it there.
            match open(staged).and_then(|mut f| read_settled(&mut f, staged)) {
                Ok(bytes) => Ok(Placed::Ours { displaced: bytes }),
                Err(e) => {
                    // Their file goes back where they are writing it; ours is dropped unless
                    // a third version came meanwhile, which is kept.
                    if put_back(staged, real).is_ok_and(|now| now == ours) {
                        let _ = fs::remove_file(staged);
                    } else {
                        keep_aside(staged, real);
                    }
                    Err(e)
                }
            }
        }
        Err(e) if exchange_unsupported(&e) => {
            fs::rename(staged, real).map_err(dropped)?;
            // Anything written into the old file after the last look is still in it; if it
            // cannot be read again, what the last look saw is all we know.
            let bytes = read_settled(&mut now, real).unwrap_or_else(|_| expected.to_vec());
            Ok(Placed::Ours { displaced: bytes })
        }
        Err(e) => Err(dropped(e)),
    }
}

/// Swaps the staged file back with whatever is at `real` now (after a merge that could not be
/// made); returns the bytes that were at `real`, now at the staged name.
pub fn put_back(staged: &Path, real: &Path) -> io::Result<Vec<u8>> {
    match exchange(staged, real) {
        Ok(()) => read_all(&mut open(staged)?, staged),
        Err(e) if exchange_unsupported(&e) => {
            let ours = read_all(&mut open(real)?, real)?;
            fs::rename(staged, real)?;
            Ok(ours)
        }
        Err(e) => Err(e),
    }
}

/// Renames a displaced version nobody else holds to `.<name>.fremdrift-kept-<seconds>.toml`
/// beside the plan, so that it is never cleaned away as a stale temp file; returns where it is.
pub fn keep_aside(staged: &Path, real: &Path) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let side = super::beside(real, &format!(".fremdrift-kept-{stamp}.toml"));
    match fs::rename(staged, &side) {
        Ok(()) => side,
        Err(_) => staged.to_path_buf(),
    }
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// The exchange is not available here (old kernel, file system without it, other platform).
fn exchange_unsupported(e: &io::Error) -> bool {
    if e.kind() == io::ErrorKind::Unsupported {
        return true;
    }
    #[cfg(unix)]
    {
        use rustix::io::Errno;
        let code = e.raw_os_error();
        [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP, Errno::NOTSUP]
            .iter()
            .any(|errno| Some(errno.raw_os_error()) == code)
    }
    #[cfg(not(unix))]
    false
}

/// Reads the whole file from its start, bounded like every plan read
/// ([`super::read_bounded`]).
pub fn read_all(file: &mut File, real: &Path) -> io::Result<Vec<u8>> {
    super::read_bounded(file, real).map_err(as_io)
}

/// Opens the file at `real` like every plan ([`super::open_plan`]: regular files only, never
/// blocking).
pub fn open(real: &Path) -> io::Result<File> {
    super::open_plan(real).map_err(as_io)
}

fn as_io(e: ReadError) -> io::Error {
    match e {
        ReadError::NotFound(_) => io::Error::from(io::ErrorKind::NotFound),
        ReadError::Io { error, .. } => error,
        other => io::Error::new(io::ErrorKind::InvalidData, other.to_string()),
    }
}

/// Reads the file until two reads [`SETTLE_GAP`] apart agree (at most [`SETTLE_LIMIT`]); a file
/// still being written is not taken for a whole one. Gives `ErrorKind::WouldBlock` if the file
/// kept changing.
pub fn read_settled(file: &mut File, path: &Path) -> io::Result<Vec<u8>> {
    let start = Instant::now();
    let mut last = read_all(file, path)?;
    loop {
        std::thread::sleep(SETTLE_GAP);
        let now = read_all(file, path)?;
        if now == last {
            return Ok(now);
        }
        if start.elapsed() > SETTLE_LIMIT {
            return Err(io::Error::new(
                io::ErrorKind::WouldBlock,
                "another program kept writing the file",
            ));
        }
        last = now;
    }
}

/// Combines `ours` and `theirs`, both descended from `base`, line by line. Where both inserted
/// lines at the same place (two programs appending, say), both insertions are kept, ours
/// first. Changes to the same lines that differ give `None`.
pub fn merge3(base: &str, ours: &str, theirs: &str) -> Option<String> {
    let merge = TextMerge::from_lines(base, ours, theirs);
    let mut out = String::with_capacity(ours.len().max(theirs.len()));
    for region in merge.regions() {
        let base_part = || -> String {
            region
                .base_range()
                .filter_map(|i| merge.base_line(i))
                .collect()
        };
        let ours_part = || -> String {
            region
                .ours_range()
                .filter_map(|i| merge.ours_line(i))
                .collect()
        };
        let theirs_part = || -> String {
            region
                .theirs_range()
                .filter_map(|i| merge.theirs_line(i))
                .collect()
        };
        match region.resolution() {
            MergeResolution::Unchanged => out.push_str(&base_part()),
            MergeResolution::Ours | MergeResolution::Both => out.push_str(&ours_part()),
            MergeResolution::Theirs => out.push_str(&theirs_part()),
            MergeResolution::Conflict if region.base_range().is_empty() => {
                let (o, t) = (ours_part(), theirs_part());
                out.push_str(&o);
                if !o.is_empty() && !o.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&t);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn merges_changes_to_different_lines_and_keeps_both_appends() {
        let base = "a\nb\nc\n";
        assert_eq!(
            merge3(base, "A\nb\nc\n", "a\nb\nC\n").as_deref(),
            Some("A\nb\nC\n")
        );
        assert_eq!(
            merge3(base, "a\nb\nc\n# one\n", "a\nb\nc\n# two\n").as_deref(),
            Some("a\nb\nc\n# one\n# two\n")
        );
        assert_eq!(merge3(base, "a\nX\nc\n", "a\nY\nc\n"), None);
        assert_eq!(
            merge3(base, "a\nX\nc\n", "a\nX\nc\n").as_deref(),
            Some("a\nX\nc\n")
        );
    }

    #[test]
    fn stage_and_place_exchange_and_report_what_was_displaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("p.toml");
        fs::write(&real, "old\n").unwrap();
        let perms = fs::metadata(&real).unwrap().permissions();
        let staged = stage(&real, b"new\n", perms.clone()).unwrap();
        assert!(
            staged
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".p.toml.fremdrift-")
        );
        // Someone else replaced the file after we read it.
        fs::write(dir.path().join("x"), "theirs\n").unwrap();
        fs::rename(dir.path().join("x"), &real).unwrap();
        match place(&staged, &real, (b"new\n", b"old\n")).unwrap() {
            Placed::Ours { displaced } => {
                assert_eq!(displaced, b"theirs\n");
                assert_eq!(fs::read(&real).unwrap(), b"new\n");
            }
            Placed::Changed { now } => {
                // No exchange on this file system: nothing was replaced.
                assert_eq!(now, b"theirs\n");
                assert_eq!(fs::read(&real).unwrap(), b"theirs\n");
            }
        }
    }

    #[test]
    fn without_the_exchange_a_plain_rename_still_catches_what_came_before_it() {
        let unsupported = |_: &Path, _: &Path| Err(io::Error::from(io::ErrorKind::Unsupported));
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("p.toml");
        fs::write(&real, "old\n").unwrap();
        let perms = fs::metadata(&real).unwrap().permissions();
        // Unchanged since read: replaced, and what was there is handed back.
        let staged = stage(&real, b"new\n", perms.clone()).unwrap();
        match place_using(unsupported, &staged, &real, (b"new\n", b"old\n")).unwrap() {
            Placed::Ours { displaced } => assert_eq!(displaced, b"old\n"),
            Placed::Changed { .. } => panic!("nothing changed"),
        }
        assert_eq!(fs::read(&real).unwrap(), b"new\n");
        // Changed since read: not replaced, their version handed back, nothing left over.
        fs::write(&real, "theirs\n").unwrap();
        let staged = stage(&real, b"mine\n", perms).unwrap();
        match place_using(unsupported, &staged, &real, (b"mine\n", b"new\n")).unwrap() {
            Placed::Changed { now } => assert_eq!(now, b"theirs\n"),
            Placed::Ours { .. } => panic!("their version was replaced"),
        }
        assert_eq!(fs::read(&real).unwrap(), b"theirs\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_planted_symlink_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("p.toml");
        let victim = dir.path().join("victim");
        fs::write(&real, "old\n").unwrap();
        fs::write(&victim, "keep\n").unwrap();
        let perms = fs::metadata(&real).unwrap().permissions();
        for _ in 0..20 {
            let staged = stage(&real, b"new\n", perms.clone()).unwrap();
            assert!(fs::symlink_metadata(&staged).unwrap().is_file());
            fs::remove_file(staged).unwrap();
        }
        assert_eq!(fs::read(&victim).unwrap(), b"keep\n");
    }

    fn lines(prefix: &'static str) -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec("[a-c]{0,2}\n", 0..8)
            .prop_map(move |v| v.into_iter().map(|l| format!("{prefix}{l}")).collect())
    }

    proptest! {
        #[test]
        fn one_sided_changes_merge_to_that_side(base in lines(""), other in lines("")) {
            let (b, o) = (base.concat(), other.concat());
            prop_assert_eq!(merge3(&b, &o, &b), Some(o.clone()));
            prop_assert_eq!(merge3(&b, &b, &o), Some(o));
        }

        #[test]
        fn appends_on_both_sides_keep_every_line(
            base in lines(""), ours in lines("o"), theirs in lines("t")
        ) {
            let b = base.concat();
            let (o, t) = (format!("{b}{}", ours.concat()), format!("{b}{}", theirs.concat()));
            let merged = merge3(&b, &o, &t).unwrap();
            prop_assert_eq!(merged.lines().count(), o.lines().count() + t.lines().count() - b.lines().count());
        }
    }
}
