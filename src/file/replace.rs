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
//!   still being written is never taken for a whole one. That wait (at least [`SETTLE_GAP`])
//!   also covers a program that opened the old file just before the swap and writes into it
//!   a moment after. On Linux the swap first takes a write lease on the file ([`Leased`]):
//!   the kernel grants it only while nobody else has the file open, and any later open or
//!   truncate of it breaks it where we can see it. A lease still unbroken after the swap (and
//!   granted once more then, which counts the file's open descriptions again) proves that
//!   nobody wrote the displaced file since we read it; its one name is now our private temp
//!   name, so ordinary programs cannot open it any more: what it holds is what we read, and
//!   the wait is skipped. When someone has the file open, the save waits (up to
//!   [`LEASE_WAIT`]) for them to close it before it looks; when someone opened it during the
//!   swap, the displaced file is read once they have closed it. Where no lease can be had (a
//!   file someone keeps open: after [`LEASE_WAIT`], once; not ours; network and FUSE file
//!   systems; other platforms) "two reads agree" is all there is.
//!
//!   What the lease cannot see: a program that reopens the old file without its name (an
//!   `O_PATH` descriptor reopened through `/proc/self/fd`, `open_by_handle_at`), and an
//!   `open` whose name lookup came before the swap but whose open proper comes after our last
//!   check, a window of microseconds inside the kernel. The settle wait had its own blind
//!   spot, wider for ordinary programs: a write more than 20 ms after the swap.
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
    let mut look = Leased::wait(open(real).map_err(dropped)?);
    if read_all(look.file(), real).map_err(dropped)? != expected {
        let _ = fs::remove_file(staged);
        let bytes = read_settled(&mut look.release(), real)?;
        return Ok(Placed::Changed { now: bytes });
    }
    match exchange(staged, real) {
        Ok(()) if look.proves_untouched(staged) => {
            // Nobody opened the displaced file since before we read it: it holds `expected`.
            UNWAITED.with(|n| n.set(n.get() + 1));
            Ok(Placed::Ours {
                displaced: expected.to_vec(),
            })
        }
        Ok(()) => {
            // Someone may be writing the displaced file: let them (a broken lease blocks
            // their open until we let go), then wait for it to settle.
            let kept_open = look.kept_open;
            drop(look);
            // What was at the path at the instant of the swap, whoever put it there.
            match read_displaced(staged, kept_open) {
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
            let mut now = look.release();
            match fs::rename(staged, real) {
                Ok(()) => {
                    // Anything written into the old file after the last look is still in it;
                    // if it cannot be read again, what the last look saw is all we know.
                    let bytes = read_settled(&mut now, real).unwrap_or_else(|_| expected.to_vec());
                    Ok(Placed::Ours { displaced: bytes })
                }
                Err(e) if refused_while_open(&e, real) => {
                    // Windows without POSIX rename semantics (older Windows, Wine, some network
                    // shares) will not replace a file while anyone has it open, this process
                    // included: again without our own handle, waiting for others to let go.
                    drop(now);
                    place_when_let_go(staged, real, expected, e).map_err(dropped)
                }
                Err(e) => Err(dropped(e)),
            }
        }
        Err(e) => Err(dropped(e)),
    }
}

thread_local! {
    /// How many swaps on this thread were proved by an unbroken lease and skipped the wait.
    static UNWAITED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

thread_local! {
    /// How many times on this thread a save waited all of [`LEASE_WAIT`] for a lease.
    static WAITED_OUT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many times a save on this thread waited out [`LEASE_WAIT`] because someone kept the
/// file open (for tests: a save waits it out at most once).
pub fn waited_out_leases() -> usize {
    WAITED_OUT.with(|n| n.get())
}

/// How many swaps made on this thread skipped the settle wait because a lease proved nobody
/// had touched the displaced file (tests use it to see which way a save went).
pub fn unwaited_swaps() -> usize {
    UNWAITED.with(|n| n.get())
}

/// How long a save waits for others to close the plan before it looks without a lease.
pub const LEASE_WAIT: Duration = Duration::from_millis(200);

/// The open plan, with a write lease on it where one was granted.
///
/// A write lease (Linux `F_SETLEASE`, `F_WRLCK`) is granted only while no other open file
/// description refers to the file, in any process (readers included). From then on, every
/// `open` or `truncate` of it by anyone else starts a lease break, which `F_GETLEASE` reports
/// (the opener waits until we let go, or gets `EWOULDBLOCK` if it opened non-blocking), and the
/// kernel signals us: the signal is set to `SIGURG`, whose default is to be ignored, because
/// the default, `SIGIO`, would end the process. We hold it only from our last look to just
/// after the swap (well under a millisecond for a plan of 2 MB); if this process were stopped
/// inside that window (a debugger, `kill -STOP`), other programs opening the plan would wait
/// for the kernel's `lease-break-time` (45 s by default), after which it is taken from us and
/// this save goes the slow way.
struct Leased {
    file: File,
    leased: bool,
    /// Someone kept the file open for all of [`LEASE_WAIT`].
    kept_open: bool,
}

impl Leased {
    /// Takes a write lease on `file`, waiting up to [`LEASE_WAIT`] for whoever has it open to
    /// close it. Without a lease (still open elsewhere, not our file, no leases here) the file
    /// is handed on as it is, and the caller waits for it to settle instead. Whether the file
    /// system gives leases is asked once, not at every try.
    fn wait(file: File) -> Leased {
        let start = Instant::now();
        let (leased, kept_open) = if !lease::has_leases(&file) {
            (false, false)
        } else {
            loop {
                match lease::take(&file) {
                    lease::Taken::Yes => break (true, false),
                    lease::Taken::Busy if start.elapsed() < LEASE_WAIT => {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    lease::Taken::Busy => {
                        WAITED_OUT.with(|n| n.set(n.get() + 1));
                        break (false, true);
                    }
                    lease::Taken::No => break (false, false),
                }
            }
        };
        Leased {
            file,
            leased,
            kept_open,
        }
    }

    fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Lets go of the lease (an opener that broke it goes on) and gives the file back.
    fn release(self) -> File {
        if self.leased {
            lease::release(&self.file);
        }
        self.file
    }

    /// Whether the file now at `staged` is this one, with no other name, and the lease was
    /// never broken: nobody opened or truncated it since the lease was granted (before our
    /// last read of it), so it holds what that read saw, and nobody can write it any more.
    /// Lets go of the lease either way.
    fn proves_untouched(&mut self, staged: &Path) -> bool {
        if !self.leased {
            return false;
        }
        let same = same_file_one_name(&self.file, staged);
        // Last: every open that reached the lease check up to this instant is seen, and asking
        // for the lease again counts the file's open descriptions once more, which catches an
        // open begun but not yet at that check.
        let unbroken =
            lease::unbroken(&self.file) && matches!(lease::take(&self.file), lease::Taken::Yes);
        lease::release(&self.file);
        self.leased = false;
        same && unbroken
    }
}

/// The displaced file at `staged`, once whoever is writing it has finished: read under a lease
/// (nobody else has it open, nobody can open it but through our private name) when one is
/// granted within [`LEASE_WAIT`], else when two reads a moment apart agree ([`read_settled`]).
/// `kept_open`: someone kept the file open through the wait before the swap already; then it is
/// not waited for again.
fn read_displaced(staged: &Path, kept_open: bool) -> io::Result<Vec<u8>> {
    if kept_open {
        return read_settled(&mut open(staged)?, staged);
    }
    let mut look = Leased::wait(open(staged)?);
    if look.leased {
        let bytes = read_all(look.file(), staged)?;
        if look.proves_untouched(staged) {
            return Ok(bytes);
        }
    }
    read_settled(&mut look.release(), staged)
}

#[cfg(unix)]
fn same_file_one_name(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino() && a.nlink() == 1,
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file_one_name(_: &File, _: &Path) -> bool {
    false
}

#[cfg(target_os = "linux")]
mod lease {
    use std::fs::File;
    use std::os::fd::AsRawFd;

    /// `F_SETSIG` (`<asm-generic/fcntl.h>`; the same on every Linux architecture), which the
    /// `libc` crate does not name.
    const F_SETSIG: libc::c_int = 10;

    pub enum Taken {
        Yes,
        /// Someone else has the file open.
        Busy,
        /// Not our file, no leases on this file system, or leases turned off.
        No,
    }

    /// File systems whose leases are another machine's business (network shares) or a user
    /// program's (FUSE): they refuse or fake them, and a refusal there would only make every
    /// save wait out [`super::LEASE_WAIT`] first. Their saves wait for the file to settle.
    const NO_LEASES: [u64; 8] = [
        0x6969,      // NFS
        0xFF53_4D42, // CIFS
        0xFE53_4D42, // SMB2
        0x517B,      // SMB
        0x6573_5546, // FUSE
        0x00C3_6400, // Ceph
        0x0102_1997, // 9P
        0x0BD0_0BD0, // Lustre
    ];

    pub fn has_leases(file: &File) -> bool {
        match rustix::fs::fstatfs(file) {
            Ok(st) => !NO_LEASES.contains(&((st.f_type as u64) & 0xFFFF_FFFF)),
            Err(_) => false,
        }
    }

    /// Sets the lease-break signal to `SIGURG` (ignored by default; `SIGIO` would end the
    /// process), then asks for a write lease.
    pub fn take(file: &File) -> Taken {
        let fd = file.as_raw_fd();
        // SAFETY: `fcntl` with integer arguments on a descriptor we own (borrowed from
        // `file`, open for the whole call); it reads and writes no memory of ours.
        let taken = unsafe {
            libc::fcntl(fd, F_SETSIG, libc::SIGURG) == 0
                && libc::fcntl(fd, libc::F_SETLEASE, libc::F_WRLCK) == 0
        };
        match std::io::Error::last_os_error().raw_os_error() {
            _ if taken => Taken::Yes,
            Some(libc::EAGAIN) => Taken::Busy,
            _ => Taken::No,
        }
    }

    /// Whether we still hold the write lease, with no break begun.
    pub fn unbroken(file: &File) -> bool {
        // SAFETY: as in `take`.
        unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLEASE) == libc::F_WRLCK }
    }

    pub fn release(file: &File) {
        // SAFETY: as in `take`.
        unsafe {
            libc::fcntl(file.as_raw_fd(), libc::F_SETLEASE, libc::F_UNLCK);
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod lease {
    use std::fs::File;

    #[allow(dead_code)]
    pub enum Taken {
        Yes,
        Busy,
        No,
    }

    pub fn has_leases(_: &File) -> bool {
        false
    }

    pub fn take(_: &File) -> Taken {
        Taken::No
    }

    pub fn unbroken(_: &File) -> bool {
        false
    }

    pub fn release(_: &File) {}
}

/// Swaps the staged file back with whatever is at `real` now (after a merge that could not be
/// made); returns the bytes that were at `real`, now at the staged name.
pub fn put_back(staged: &Path, real: &Path) -> io::Result<Vec<u8>> {
    match exchange(staged, real) {
        Ok(()) => read_all(&mut open(staged)?, staged),
        Err(e) if exchange_unsupported(&e) => {
            let ours = read_all(&mut open(real)?, real)?;
            rename_over(staged, real)?;
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

/// [`place`]'s rename after Windows refused it because the plan is open somewhere: most such
/// holds (a sync client, a virus scanner, an editor saving) last a moment, so it is tried
/// again for up to [`IN_USE_WAIT`], each time after one more look. The program that held the
/// file may have written it meanwhile: then nothing is replaced and what it wrote is handed
/// back to be merged, as at the first look. After the wait, the error says the file is in use
/// by another program (Excel holds a plan for as long as it is open).
fn place_when_let_go(
    staged: &Path,
    real: &Path,
    expected: &[u8],
    first: io::Error,
) -> io::Result<Placed> {
    let start = std::time::Instant::now();
    let mut last = first;
    while start.elapsed() < IN_USE_WAIT {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let now = match open(real).and_then(|mut f| read_all(&mut f, real).map(|b| (f, b))) {
            Ok(now) => now,
            Err(e) if refused_while_open(&e, real) => {
                last = e;
                continue;
            }
            Err(e) => return Err(e),
        };
        let (mut file, bytes) = now;
        if bytes != expected {
            let _ = fs::remove_file(staged);
            let bytes = read_settled(&mut file, real)?;
            return Ok(Placed::Changed { now: bytes });
        }
        drop(file);
        match fs::rename(staged, real) {
            Ok(()) => {
                return Ok(Placed::Ours {
                    displaced: expected.to_vec(),
                });
            }
            Err(e) if refused_while_open(&e, real) => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(super::in_use_error(last))
}

/// Renames `from` over `to`, replacing it; on Windows, tried again for up to [`IN_USE_WAIT`]
/// while another program holds `to` open.
pub(crate) fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    let start = std::time::Instant::now();
    loop {
        match fs::rename(from, to) {
            Err(e) if refused_while_open(&e, to) => {
                if start.elapsed() >= IN_USE_WAIT {
                    return Err(super::in_use_error(e));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// How long a save waits for another program to let go of the plan (Windows).
pub const IN_USE_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// Windows refused to open or replace the file because a program has it open: a sharing or
/// lock violation, or "access denied" on a file that is not read-only (a replace of an open or
/// delete-pending file). Never on other systems: there an open file can always be replaced.
pub(crate) fn refused_while_open(e: &io::Error, path: &Path) -> bool {
    cfg!(windows)
        && (super::is_in_use(e)
            || (e.kind() == io::ErrorKind::PermissionDenied
                && fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())))
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

    /// Whether this file system gives us leases (tmpfs and ext4 do; some overlay or network
    /// file systems do not, and then a save always waits, which the other tests cover).
    fn leases_here(path: &Path) -> bool {
        let file = open(path).unwrap();
        let here = lease::has_leases(&file) && matches!(lease::take(&file), lease::Taken::Yes);
        lease::release(&file);
        if !here {
            eprintln!("no leases on this file system: the quick way is not tested here");
        }
        here
    }

    /// A plan holding "old\n" in a temp dir, when this file system gives leases.
    fn leased_plan() -> Option<(tempfile::TempDir, PathBuf)> {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("p.toml");
        fs::write(&real, "old\n").unwrap();
        leases_here(&real).then_some((dir, real))
    }

    #[test]
    fn a_swap_nobody_touched_is_proved_without_the_settle_wait() {
        let Some((_dir, real)) = leased_plan() else {
            return;
        };
        let perms = fs::metadata(&real).unwrap().permissions();
        let before = unwaited_swaps();
        let staged = stage(&real, b"new\n", perms).unwrap();
        match place(&staged, &real, (b"new\n", b"old\n")).unwrap() {
            Placed::Ours { displaced } => assert_eq!(displaced, b"old\n"),
            Placed::Changed { .. } => panic!("nothing changed"),
        }
        assert_eq!(fs::read(&staged).unwrap(), b"old\n");
        assert_eq!(fs::read(&real).unwrap(), b"new\n");
        assert!(unwaited_swaps() > before, "the lease did not prove it");
    }

    #[test]
    fn an_open_during_the_lease_breaks_the_proof() {
        let Some((_dir, real)) = leased_plan() else {
            return;
        };
        let mut look = Leased::wait(open(&real).unwrap());
        assert!(look.leased);
        // Another program opens the file (and is held until we let go), then writes.
        let writer = {
            let real = real.clone();
            std::thread::spawn(move || {
                let mut f = fs::OpenOptions::new().append(true).open(&real).unwrap();
                f.write_all(b"late\n").unwrap();
            })
        };
        let start = Instant::now();
        while lease::unbroken(&look.file) {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the open never came"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        assert!(!look.proves_untouched(&real));
        writer.join().unwrap();
        assert_eq!(fs::read(&real).unwrap(), b"old\nlate\n");
    }

    #[test]
    fn a_save_waits_for_a_program_that_has_the_file_open_to_close_it() {
        let Some((_dir, real)) = leased_plan() else {
            return;
        };
        let perms = fs::metadata(&real).unwrap().permissions();
        // It opened the file before our save, and writes a moment into it.
        let (opened, wait_open) = std::sync::mpsc::channel();
        let writer = {
            let real = real.clone();
            std::thread::spawn(move || {
                let mut f = fs::OpenOptions::new().append(true).open(&real).unwrap();
                opened.send(()).unwrap();
                std::thread::sleep(Duration::from_millis(30));
                f.write_all(b"late\n").unwrap();
            })
        };
        wait_open.recv().unwrap();
        let staged = stage(&real, b"new\n", perms).unwrap();
        let seen = match place(&staged, &real, (b"new\n", b"old\n")).unwrap() {
            Placed::Ours { displaced } => displaced,
            Placed::Changed { now } => now,
        };
        writer.join().unwrap();
        assert_eq!(seen, b"old\nlate\n", "their write was not seen");
    }

    #[test]
    fn a_file_someone_keeps_open_is_waited_for_once_then_settled() {
        let Some((_dir, real)) = leased_plan() else {
            return;
        };
        let perms = fs::metadata(&real).unwrap().permissions();
        // A reader that keeps the plan open through the save (less, tail -f).
        let reader = fs::File::open(&real).unwrap();
        let (waited, proved) = (waited_out_leases(), unwaited_swaps());
        let staged = stage(&real, b"new\n", perms).unwrap();
        match place(&staged, &real, (b"new\n", b"old\n")).unwrap() {
            Placed::Ours { displaced } => assert_eq!(displaced, b"old\n"),
            Placed::Changed { .. } => panic!("nothing changed"),
        }
        assert_eq!(waited_out_leases(), waited + 1, "waited out more than once");
        assert_eq!(unwaited_swaps(), proved, "proved while someone had it open");
        assert_eq!(fs::read(&real).unwrap(), b"new\n");
        drop(reader);
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
