//! What happens when the terminal goes away under the board (the window is closed, the SSH
//! connection drops, tmux kills the pane). crossterm 0.29's reader loops forever on a hung-up
//! terminal (every read returns end-of-file and it reads again), so the event loop never gets
//! control back to notice the SIGHUP. A watchdog thread checks the terminal itself; when it has
//! hung up, it asks the save worker to set unsaved edits aside in the recovery file, gives it a
//! moment to finish that and any saves already asked for, and ends the process instead of
//! leaving it spinning at full CPU.

use std::sync::{Mutex, Once};
use std::time::Duration;

/// Exit code for "the terminal hung up" (128 + SIGHUP, as a shell reports it).
const EXIT_HANGUP: i32 = 129;

/// How long saves already sent to the worker get to finish after a hang-up.
const GRACE: Duration = Duration::from_secs(2);

/// What to do when the terminal hangs up; the latest [`watch`] call decides (a board opened from
/// the portfolio replaces the portfolio's action with its own, which sets its edits aside).
type OnHangup = Box<dyn FnOnce() + Send>;
static ON_HANGUP: Mutex<Option<OnHangup>> = Mutex::new(None);
static STARTED: Once = Once::new();

/// Watches the terminal on standard input (one watchdog per process, started on the first call);
/// `on_hangup` runs once, before the grace period, when the terminal has gone.
pub fn watch(on_hangup: impl FnOnce() + Send + 'static) {
    if let Ok(mut slot) = ON_HANGUP.lock() {
        *slot = Some(Box::new(on_hangup));
    }
    STARTED.call_once(|| {
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                if hung_up(&std::io::stdin()) {
                    let action = ON_HANGUP.lock().ok().and_then(|mut slot| slot.take());
                    if let Some(action) = action {
                        action();
                    }
                    std::thread::sleep(GRACE);
                    std::process::exit(EXIT_HANGUP);
                }
            }
        });
    });
}

/// Whether `fd` is a terminal that has hung up (or was closed).
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
