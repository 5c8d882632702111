//! What happens when the terminal goes away under the board (the window is closed, the SSH
//! connection drops, tmux kills the pane; on Windows, the console window is closed, or the
//! user logs off, and a console control handler stands in for the watchdog below). crossterm 0.29's reader loops forever on a hung-up
//! terminal (every read returns end-of-file or an error and it reads again), so the event loop
//! never gets control back to notice the SIGHUP. A watchdog thread checks the terminal itself;
//! when it has hung up, it runs the board's hang-up action, which asks the save worker to set
//! unsaved edits aside in the recovery file and *waits until that is done* (behind any saves
//! already asked for), then ends the process instead of leaving it spinning at full CPU.
//!
//! Two paths can end the process after a hang-up: this watchdog, and the event loop itself when
//! it sees the SIGHUP flag before it is caught in crossterm's reader. Both go through one lock,
//! the *ending gate*: the event loop holds it while it sets edits aside ([`ending`]), the
//! watchdog holds it while its action runs and until it exits, and the binary's own end
//! ([`finish`]) takes it and never gives it back. So whichever path wins, the process never ends
//! while unsaved edits are being written to the recovery file.

use std::process::ExitCode;
use std::sync::{Mutex, MutexGuard, Once};
use std::time::Duration;

/// Exit code for "the terminal hung up" (128 + SIGHUP, as a shell reports it).
const EXIT_HANGUP: i32 = 129;

/// The longest the watchdog's action may wait for the worker (saves already asked for, then the
/// set-aside) before the process ends anyway: only a disk that does not answer at all takes
/// this long, and a process spinning on a dead terminal must end some time.
#[cfg(not(windows))]
pub const SET_ASIDE_LIMIT: Duration = Duration::from_secs(60);

/// Windows ends a program about five seconds after its console window is closed, whatever it
/// is doing: the wait ends before that, so the process ends by its own exit (and a set-aside
/// that did not get its turn, behind a save waiting for a busy lock, is lost with it).
#[cfg(windows)]
pub const SET_ASIDE_LIMIT: Duration = Duration::from_secs(4);

/// What to do when the terminal hangs up; the latest [`watch`] call decides (a board opened from
/// the portfolio replaces the portfolio's action with its own, which sets its edits aside).
type OnHangup = Box<dyn FnOnce() + Send>;
static ON_HANGUP: Mutex<Option<OnHangup>> = Mutex::new(None);
static STARTED: Once = Once::new();

/// Held by whoever is setting unsaved edits aside at the end, and by the process's exit.
static ENDING: Mutex<()> = Mutex::new(());

/// Takes the ending gate: while the guard lives, the process does not end through [`finish`] or
/// the watchdog. A panic elsewhere never leaves the gate shut for good.
pub fn ending() -> MutexGuard<'static, ()> {
    ENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// The exit code for `main` to return, given once no one is setting edits aside any more. The
/// gate stays shut from here on: a hang-up between this call and the process's end must not
/// start setting edits aside that the end would cut off halfway (the watchdog then waits on the
/// gate until the process is gone).
pub fn finish(code: i32) -> ExitCode {
    // Forgotten, not dropped: a guard the process keeps until it ends.
    std::mem::forget(ending());
    // The low byte, as `std::process::exit` passes it on to the system.
    ExitCode::from(code as u8)
}

/// Watches the terminal on standard input (one watchdog per process, started on the first call);
/// `on_hangup` runs once when the terminal has gone, and must return only when what it does is
/// done (or hopeless): the process exits right after it.
pub fn watch(on_hangup: impl FnOnce() + Send + 'static) {
    if let Ok(mut slot) = ON_HANGUP.lock() {
        *slot = Some(Box::new(on_hangup));
    }
    STARTED.call_once(start_watching);
}

/// Runs the hang-up action (behind the ending gate) and ends the process.
fn hang_up() -> ! {
    // The gate first: if the event loop is setting edits aside itself, that finishes before
    // this action starts (and then finds nothing to do).
    let gate = ending();
    let action = ON_HANGUP.lock().ok().and_then(|mut slot| slot.take());
    if let Some(action) = action {
        action();
    }
    let _held_until_exit = gate;
    std::process::exit(EXIT_HANGUP);
}

/// Unix: a thread looks at standard input twice a second.
#[cfg(unix)]
fn start_watching() {
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if hung_up(&std::io::stdin()) {
                hang_up();
            }
        }
    });
}

/// Windows: closing the console window (or logging off, or shutting down) calls a handler on a
/// thread of its own, and the process ends when the handler returns or after about five
/// seconds: the handler sets edits aside and ends the process itself. Ctrl-C and Ctrl-Break go
/// on to the default handling (in the board, raw mode makes Ctrl-C a key anyway).
#[cfg(windows)]
fn start_watching() {
    use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
    // SAFETY: registers a handler function that lives for the whole program.
    #[allow(unsafe_code)]
    unsafe {
        SetConsoleCtrlHandler(Some(console_closing), 1);
    }
}

#[cfg(windows)]
unsafe extern "system" fn console_closing(event: u32) -> windows_sys::core::BOOL {
    use windows_sys::Win32::System::Console::{
        CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
    };
    if matches!(
        event,
        CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT
    ) {
        hang_up();
    }
    0
}

#[cfg(not(any(unix, windows)))]
fn start_watching() {}

/// Whether `fd` is a terminal that has hung up (or was closed).
#[cfg(unix)]
fn hung_up(fd: &impl std::os::fd::AsFd) -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let mut fds = [PollFd::new(fd, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match poll(&mut fds, Some(&now)) {
        Ok(n) if n > 0 => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::NVAL | PollFlags::ERR),
        _ => false,
    }
}
