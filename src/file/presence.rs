//! Who is editing a plan right now: while an editing board is open it is listed in
//! `.<name>.fremdrift-editor` beside the plan (user, host, pid, start time), so a second board
//! on the same file can say who else is editing. The save lock cannot tell this: it is held
//! only for the moment of a save.
//!
//! The file is a small JSON list, changed under the plan's save lock and replaced atomically.
//! An entry whose process is gone (same host, pid not alive) is stale and dropped; entries from
//! other hosts (a shared folder) are trusted until their board removes them. Presence only
//! informs: saves still check for conflicts whoever is listed.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::file::recovery::write_atomic;
use crate::file::save::lock_path;

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

    /// "kari on laptop-7 (pid 4242, since 2017-12-01T10:42)".
    pub fn describe(&self) -> String {
        let since: String = self.started.chars().take(16).collect();
        format!(
            "{} on {} (pid {}, since {})",
            self.user, self.host, self.pid, since
        )
    }

    fn is_me(&self) -> bool {
        self.pid == std::process::id() && self.host == host_name()
    }

    /// Still running, as far as this host can tell.
    fn is_alive(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        i32::try_from(self.pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
            .is_some_and(|pid| {
                // EPERM means the process exists but belongs to someone else.
                match rustix::process::test_kill_process(pid) {
                    Ok(()) => true,
                    Err(e) => e == rustix::io::Errno::PERM,
                }
            })
    }
}

fn host_name() -> String {
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
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
    // An unreadable presence file only informs; treat it as empty and replace it.
    fs::read_to_string(path_for(plan))
        .ok()
        .and_then(|t| serde_json::from_str::<Wire>(&t).ok())
        .map(|w| w.editors)
        .unwrap_or_default()
}

/// Runs `f` on the list of live editors under the plan's lock and writes the result.
fn update(plan: &Path, f: impl FnOnce(&mut Vec<Editor>)) -> Result<(), String> {
    let real = fs::canonicalize(plan)
        .map_err(|e| format!("{}: {}", plan.display(), crate::file::io_message(&e)))?;
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_path(&real))
        .map_err(|e| {
            format!(
                "cannot lock {}: {}",
                plan.display(),
                crate::file::io_message(&e)
            )
        })?;
    // A blocking lock: saves hold it for milliseconds.
    lock.lock().map_err(|e| {
        format!(
            "cannot lock {}: {}",
            plan.display(),
            crate::file::io_message(&e)
        )
    })?;
    let mut list = read_list(plan);
    list.retain(Editor::is_alive);
    f(&mut list);
    let path = path_for(plan);
    if list.is_empty() {
        match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(format!(
                    "cannot remove {}: {}",
                    path.display(),
                    crate::file::io_message(&e)
                ));
            }
            _ => return Ok(()),
        }
    }
    let text = serde_json::to_string_pretty(&Wire { editors: list }).map_err(|e| e.to_string())?;
    write_atomic(&path, text.as_bytes())
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
    plan: PathBuf,
}

/// Lists this process as editing `plan`.
pub fn register(plan: &Path, started: &str) -> Result<Registration, String> {
    let me = Editor::me(started);
    update(plan, |list| {
        list.retain(|e| !e.is_me());
        list.push(me);
    })?;
    Ok(Registration {
        plan: plan.to_path_buf(),
    })
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _ = update(&self.plan, |list| list.retain(|e| !e.is_me()));
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

    #[test]
    fn a_live_other_editor_is_listed_and_a_dead_one_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
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
        assert!(live.describe().contains(&format!("pid {}", child.id())));
        let reg = register(&plan, "now").unwrap();
        assert_eq!(read_list(&plan).len(), 3, "dead dropped, me added");
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(others(&plan), vec![remote]);
        drop(reg);
    }
}
