//! Who is editing a plan right now: while an editing board is open it is listed in
//! `.<name>.fremdrift-editor` beside the plan (user, host, pid, start time), so a second board
//! on the same file can say who else is editing. The save lock cannot tell this: it is held
//! only for the moment of a save.
//!
//! The file is a small JSON list, changed under the plan's save lock and replaced atomically
//! (a temp file with an unpredictable name, created exclusively so a planted symlink is never
//! followed, then renamed over the list). An entry whose process is gone (same host, pid not
//! alive, or a zombie waiting to be reaped) is stale and dropped; entries from other hosts (a
//! shared folder) are trusted until their board removes them. Presence only informs: saves
//! still check for conflicts whoever is listed.
//!
//! A registration keeps the paths it computed at the start, so it removes itself even when the
//! plan was deleted or renamed while the board was open.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::file::io_reason;
use crate::file::process::host_name;
use crate::file::save::lock_path;
use crate::i18n::Message;

/// The most of a presence file that is read: a list of editors is a few hundred bytes, and a
/// planted link to an endless file must not be read to its end.
const READ_LIMIT: u64 = 1 << 20;

/// One editing board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editor {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// Local time the board opened (RFC 3339).
    pub started: String,
}

impl Editor {
    /// This process.
    pub fn me(started: &str) -> Editor {
        Editor {
            user: std::env::var("USER")
                .or_else(|_| std::env::var("LOGNAME"))
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_else(|_| "unknown".into()),
            host: host_name(),
            pid: std::process::id(),
            started: started.to_string(),
        }
    }

    /// "kari on laptop-7 (pid 4242, since 2017-12-01T10:42)", in `lang`.
    pub fn describe(&self, lang: crate::plan::Language) -> String {
        let since: String = self.started.chars().take(16).collect();
        crate::msg!(
            "file-presence-editor",
            user = self.user.as_str(),
            host = self.host.as_str(),
            pid = self.pid.to_string(),
            since = since
        )
        .render(lang)
    }

    fn is_me(&self) -> bool {
        self.pid == std::process::id() && self.host == host_name()
    }

    /// Still running, as far as this host can tell.
    fn is_alive(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        crate::file::process::is_running(self.pid)
    }
}

/// `.<name>.fremdrift-editor` beside the plan's real file.
pub fn path_for(plan: &Path) -> PathBuf {
    super::beside(plan, ".fremdrift-editor")
}

#[derive(Serialize, Deserialize, Default)]
struct Wire {
    editors: Vec<Editor>,
}

fn read_list(plan: &Path) -> Vec<Editor> {
    read_list_at(&path_for(plan))
}

/// The list in the presence file at `path`. An unreadable presence file only informs: it is
/// treated as empty (and replaced). Only a regular file is read, and only so much of it.
fn read_list_at(path: &Path) -> Vec<Editor> {
    let regular = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
    if !regular {
        return Vec::new();
    }
    let mut text = String::new();
    let read = fs::File::open(path).and_then(|f| f.take(READ_LIMIT).read_to_string(&mut text));
    read.ok()
        .and_then(|_| serde_json::from_str::<Wire>(&text).ok())
        .map(|w| w.editors)
        .unwrap_or_default()
}

/// Where a plan's presence list and save lock are, fixed when a board registers.
#[derive(Debug, Clone)]
struct Paths {
    /// The plan as given, for messages.
    plan: PathBuf,
    presence: PathBuf,
    lock: PathBuf,
}

impl Paths {
    fn of(plan: &Path) -> Result<Paths, Message> {
        let real = dunce::canonicalize(plan).map_err(|e| {
            crate::msg!(
                "file-read-io",
                path = plan.display().to_string(),
                reason = io_reason(&e)
            )
        })?;
        Ok(Paths {
            plan: plan.to_path_buf(),
            presence: path_for(&real),
            lock: lock_path(&real),
        })
    }
}

/// Runs `f` on the list of live editors under the plan's lock and writes the result (or
/// removes the file when the list is empty). Without `create_lock`, a lock file that is gone
/// (the plan and its lock were deleted) is not made again: the list is then changed without it.
fn update_at(
    paths: &Paths,
    create_lock: bool,
    f: impl FnOnce(&mut Vec<Editor>),
) -> Result<(), Message> {
    let cannot_lock = |e: &std::io::Error| {
        crate::msg!(
            "file-presence-cannot-lock",
            path = paths.plan.display().to_string(),
            reason = io_reason(e)
        )
    };
    let lock = match fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(create_lock)
        .truncate(false)
        .open(&paths.lock)
    {
        Ok(lock) => {
            super::hide(&paths.lock);
            Some(lock)
        }
        Err(e) if !create_lock && e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(cannot_lock(&e)),
    };
    if let Some(lock) = &lock {
        // A blocking lock: saves hold it for milliseconds.
        lock.lock().map_err(|e| cannot_lock(&e))?;
    }
    let path = &paths.presence;
    let mut list = read_list_at(path);
    list.retain(Editor::is_alive);
    f(&mut list);
    if list.is_empty() {
        match fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(crate::msg!(
                    "file-presence-cannot-remove",
                    path = path.display().to_string(),
                    reason = io_reason(&e)
                ));
            }
            _ => return Ok(()),
        }
    }
    let text = serde_json::to_string_pretty(&Wire { editors: list })
        .map_err(|e| Message::verbatim(e.to_string()))?;
    write_safely(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temp file in the same folder: an unpredictable name,
/// created exclusively (`O_EXCL`: a symlink planted at the name makes the creation fail and
/// another name is tried, it is never followed), synced, then renamed over `path` (a rename
/// replaces a symlink at `path` itself, never its target). A reader sees the old list or the
/// new one.
fn write_safely(path: &Path, bytes: &[u8]) -> Result<(), Message> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |step: Message, e: &std::io::Error| {
        crate::msg!(
            "file-presence-cannot-write",
            path = path.display().to_string(),
            step = step,
            reason = io_reason(e)
        )
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!("{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| {
            fail(
                crate::msg!("file-temp-create", dir = dir.display().to_string()),
                &e,
            )
        })?;
    // Others sharing the folder read the list to see who edits (the temp file starts 0600).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(fs::Permissions::from_mode(0o644));
    }
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(Message::new("file-temp-write"), &e))?;
    // On failure the temp file is removed when the error drops it.
    super::persist(tmp, path).map_err(|e| fail(Message::new("file-temp-rename"), &e))?;
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The other boards editing `plan` now (stale entries are not listed).
pub fn others(plan: &Path) -> Vec<Editor> {
    read_list(plan)
        .into_iter()
        .filter(|e| !e.is_me() && e.is_alive())
        .collect()
}

/// This board, listed as editing `plan` until dropped.
#[derive(Debug)]
pub struct Registration {
    /// Fixed at registration: the plan may be deleted or renamed meanwhile, and the entry must
    /// still be removed from the list where it was written.
    paths: Paths,
}

/// Lists this process as editing `plan`.
pub fn register(plan: &Path, started: &str) -> Result<Registration, Message> {
    register_seeing(plan, started).map(|(registration, _)| registration)
}

/// [`register`], giving the other live editors listed when this one was added. The list is
/// read and written under the plan's lock, so of two boards registering at the same moment the
/// second always sees the first, even when each read [`others`] before the other registered.
pub fn register_seeing(plan: &Path, started: &str) -> Result<(Registration, Vec<Editor>), Message> {
    let me = Editor::me(started);
    let paths = Paths::of(plan)?;
    let mut seen = Vec::new();
    update_at(&paths, true, |list| {
        list.retain(|e| !e.is_me());
        seen.clone_from(list);
        list.push(me);
    })?;
    Ok((Registration { paths }, seen))
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _ = update_at(&self.paths, false, |list| list.retain(|e| !e.is_me()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_lists_me_for_others_only_and_drop_removes_me() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let reg = register(&plan, "2017-12-01T10:42:00+01:00").unwrap();
        assert!(path_for(&plan).exists());
        assert_eq!(read_list(&plan).len(), 1);
        assert!(others(&plan).is_empty(), "I am not another editor");
        drop(reg);
        assert!(!path_for(&plan).exists());
    }

    /// A process that runs until it is killed: `sleep` on Unix; elsewhere this test program,
    /// running only [`waits_to_be_killed`].
    fn sleeper() -> std::process::Child {
        #[cfg(unix)]
        let command = {
            let mut c = std::process::Command::new("sleep");
            c.arg("30");
            c
        };
        #[cfg(not(unix))]
        let command = {
            let mut c = std::process::Command::new(std::env::current_exe().unwrap());
            c.args([
                "--exact",
                "file::presence::tests::waits_to_be_killed",
                "--ignored",
            ]);
            c
        };
        let mut command = command;
        command.stdout(std::process::Stdio::null()).spawn().unwrap()
    }

    #[cfg(not(unix))]
    #[test]
    #[ignore = "a process for sleeper() to start and the test to kill"]
    fn waits_to_be_killed() {
        std::thread::sleep(std::time::Duration::from_secs(30));
    }

    #[test]
    fn a_live_other_editor_is_listed_and_a_dead_one_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let mut child = sleeper();
        let live = Editor {
            pid: child.id(),
            ..Editor::me("2017-12-01T10:00:00+01:00")
        };
        let remote = Editor {
            host: "another-host.invalid".into(),
            pid: 1,
            ..Editor::me("x")
        };
        let dead = Editor {
            pid: u32::MAX - 7,
            ..Editor::me("x")
        };
        let text = serde_json::to_string(&Wire {
            editors: vec![live.clone(), remote.clone(), dead],
        })
        .unwrap();
        fs::write(path_for(&plan), text).unwrap();
        assert_eq!(others(&plan), vec![live.clone(), remote.clone()]);
        assert!(
            live.describe(crate::plan::Language::En)
                .contains(&format!("pid {}", child.id()))
        );
        let reg = register(&plan, "now").unwrap();
        assert_eq!(read_list(&plan).len(), 3, "dead dropped, me added");
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(others(&plan), vec![remote]);
        drop(reg);
    }

    #[test]
    fn registering_gives_the_other_live_editors_listed_then() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let (reg, seen) = register_seeing(&plan, "now").unwrap();
        assert!(seen.is_empty());
        drop(reg);
        // Another board listed itself after we read `others`, before we registered.
        let mut child = sleeper();
        let other = Editor {
            pid: child.id(),
            ..Editor::me("2017-12-01T10:00:00+01:00")
        };
        let text = serde_json::to_string(&Wire {
            editors: vec![other.clone()],
        })
        .unwrap();
        fs::write(path_for(&plan), text).unwrap();
        let (reg, seen) = register_seeing(&plan, "now").unwrap();
        assert_eq!(seen, vec![other]);
        assert_eq!(read_list(&plan).len(), 2);
        drop(reg);
        child.kill().unwrap();
        child.wait().unwrap();
    }

    #[test]
    fn the_presence_file_goes_on_quit_even_when_the_plan_was_deleted_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let presence = path_for(&plan);
        let reg = register(&plan, "now").unwrap();
        assert!(presence.exists());
        fs::remove_file(&plan).unwrap();
        drop(reg);
        assert!(!presence.exists(), "left behind");

        // Also when the plan and its lock file went.
        fs::write(&plan, "[plan]\n").unwrap();
        let reg = register(&plan, "now").unwrap();
        fs::remove_file(&plan).unwrap();
        fs::remove_file(lock_path(&plan)).unwrap();
        drop(reg);
        assert!(!presence.exists(), "left behind");
        assert!(
            !lock_path(&plan).exists(),
            "no lock made again beside a deleted plan"
        );
    }

    #[test]
    fn the_presence_file_goes_on_quit_when_the_plan_was_renamed_meanwhile() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let presence = path_for(&plan);
        let reg = register(&plan, "now").unwrap();
        fs::rename(&plan, dir.path().join("q.toml")).unwrap();
        drop(reg);
        assert!(!presence.exists());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_zombie_is_not_someone_else_editing() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let mut child = sleeper();
        let editor = Editor {
            pid: child.id(),
            ..Editor::me("2017-12-01T10:00:00+01:00")
        };
        let text = serde_json::to_string(&Wire {
            editors: vec![editor.clone()],
        })
        .unwrap();
        fs::write(path_for(&plan), text).unwrap();
        assert_eq!(others(&plan), vec![editor]);
        // Killed, not yet reaped: a zombie until `wait`.
        rustix::process::kill_process(
            rustix::process::Pid::from_raw(i32::try_from(child.id()).unwrap()).unwrap(),
            rustix::process::Signal::KILL,
        )
        .unwrap();
        let start = std::time::Instant::now();
        while crate::file::process::is_running(child.id()) {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(20),
                "never a zombie"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(others(&plan).is_empty(), "a zombie counted as editing");
        child.wait().unwrap();
        assert!(others(&plan).is_empty());
    }

    #[test]
    #[cfg(unix)]
    fn the_list_is_written_through_an_exclusive_temp_file_and_never_through_a_symlink() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        // Links planted at every name the old code used, and at the list itself.
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "precious").unwrap();
        let presence = path_for(&plan);
        let name = presence.file_name().unwrap().to_string_lossy().into_owned();
        symlink(
            &victim,
            dir.path()
                .join(format!("{name}.{}.tmp", std::process::id())),
        )
        .unwrap();
        symlink(&victim, &presence).unwrap();
        let reg = register(&plan, "now").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        let meta = fs::symlink_metadata(&presence).unwrap();
        assert!(meta.file_type().is_file(), "the link itself was replaced");
        assert_eq!(read_list(&plan).len(), 1);
        drop(reg);
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        // No temp file of ours is left.
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp") && !n.contains(&std::process::id().to_string()))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    #[cfg(unix)]
    fn a_presence_list_that_is_not_a_regular_file_reads_as_empty() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        symlink("/dev/zero", path_for(&plan)).unwrap();
        assert!(others(&plan).is_empty());
    }
}
