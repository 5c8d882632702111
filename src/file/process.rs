//! Other processes on this machine, as far as it can tell: whether one is still running, and
//! this machine's name. The presence file (who has the plan open in the board) and the clean-up
//! of temp files left by a crashed save both ask.
//!
//! One interface, one implementation per platform: Unix asks the kernel with a null signal
//! (and Linux's /proc for zombies), Windows opens the process and asks for its exit code.
//! Where neither is possible the answer is "running": a process taken for dead when it is not
//! could have its work removed; one taken for alive when it is not only leaves a note behind.

/// Whether process `pid` runs on this machine. "Cannot tell" (another user's process, no
/// permission to ask) counts as running; a zombie (ended, not yet reaped by its parent) does not.
pub fn is_running(pid: u32) -> bool {
    imp::is_running(pid)
}

/// This machine's name, as the presence file records it to tell its own processes from those
/// of another machine sharing the folder.
pub fn host_name() -> String {
    imp::host_name()
}

/// The state letter of a /proc/PID/stat line: it follows the name in parentheses, which may
/// itself hold spaces and parentheses, so the last ')' ends it.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn proc_state(stat: &str) -> Option<char> {
    let (_, rest) = stat.rsplit_once(')')?;
    rest.trim_start().chars().next()
}

#[cfg(unix)]
mod imp {
    pub fn is_running(pid: u32) -> bool {
        let exists = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
            .is_some_and(|pid| match rustix::process::test_kill_process(pid) {
                Ok(()) => true,
                // Another user's live process.
                Err(e) => e == rustix::io::Errno::PERM,
            });
        exists && !is_zombie(pid)
    }

    /// Linux: the state in /proc/PID/stat is Z (zombie) or X (dead). Elsewhere a zombie cannot
    /// be told from a live process without more privileges; it counts as running.
    fn is_zombie(pid: u32) -> bool {
        use std::io::Read;
        if !cfg!(target_os = "linux") {
            return false;
        }
        let Ok(file) = std::fs::File::open(format!("/proc/{pid}/stat")) else {
            return false;
        };
        let mut stat = String::new();
        if file.take(4096).read_to_string(&mut stat).is_err() {
            return false;
        }
        super::proc_state(&stat).is_some_and(|state| matches!(state, 'Z' | 'X' | 'x'))
    }

    pub fn host_name() -> String {
        rustix::system::uname()
            .nodename()
            .to_string_lossy()
            .into_owned()
    }
}

#[cfg(windows)]
mod imp {
    use windows_sys::Win32::Foundation::{CloseHandle, ERROR_ACCESS_DENIED, GetLastError};
    use windows_sys::Win32::System::SystemInformation::{
        ComputerNameDnsHostname, GetComputerNameExW,
    };
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };

    /// `GetExitCodeProcess`'s answer for a process that has not ended.
    const STILL_ACTIVE: u32 = 259;

    #[allow(unsafe_code)]
    pub fn is_running(pid: u32) -> bool {
        // SAFETY: plain Win32 calls on a handle this function opens and closes itself; the
        // exit code is written into a local.
        unsafe {
            let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
            if handle.is_null() {
                // No such process (invalid parameter), unless it is one we may not look at.
                return GetLastError() == ERROR_ACCESS_DENIED;
            }
            let mut code = 0u32;
            let asked = GetExitCodeProcess(handle, &mut code);
            CloseHandle(handle);
            asked == 0 || code == STILL_ACTIVE
        }
    }

    #[allow(unsafe_code)]
    pub fn host_name() -> String {
        let mut buffer = [0u16; 256];
        let mut len = buffer.len() as u32;
        // SAFETY: the buffer and its length in UTF-16 units are ours; on success `len` holds
        // the number of units written (no terminator).
        let ok =
            unsafe { GetComputerNameExW(ComputerNameDnsHostname, buffer.as_mut_ptr(), &mut len) };
        if ok == 0 {
            return std::env::var("COMPUTERNAME").unwrap_or_default();
        }
        String::from_utf16_lossy(&buffer[..(len as usize).min(buffer.len())])
    }
}

#[cfg(not(any(unix, windows)))]
mod imp {
    pub fn is_running(_pid: u32) -> bool {
        true
    }

    pub fn host_name() -> String {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_an_ended_child_does_not() {
        assert!(is_running(std::process::id()));
        let mut child = std::process::Command::new(std::env::current_exe().unwrap_or_default())
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("the test binary starts");
        let pid = child.id();
        child.wait().expect("the child ends");
        // Reaped: the pid is free (pids are not handed out again this soon).
        assert!(!is_running(pid));
    }

    #[cfg(unix)]
    #[test]
    fn an_unreaped_child_is_not_running() {
        let mut child = std::process::Command::new("true")
            .spawn()
            .expect("true starts");
        let pid = child.id();
        // Not waited for: a zombie until reaped. Give it time to end.
        let start = std::time::Instant::now();
        while is_running(pid) && start.elapsed() < std::time::Duration::from_secs(10) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        if cfg!(target_os = "linux") {
            assert!(!is_running(pid), "a zombie counts as ended on Linux");
        }
        child.wait().expect("reaped");
    }

    #[test]
    fn the_host_has_a_name() {
        assert!(!host_name().is_empty());
    }

    #[test]
    fn the_state_follows_the_last_parenthesis() {
        assert_eq!(proc_state("42 (sleep) S 1 42"), Some('S'));
        assert_eq!(proc_state("42 (a) Z (b)) Z 1"), Some('Z'));
        assert_eq!(proc_state("42 (x) T 1"), Some('T'));
        assert_eq!(proc_state(""), None);
    }
}
