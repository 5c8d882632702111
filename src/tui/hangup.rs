//! What happens when the terminal goes away under the board (the window is closed, the SSH
//! connection drops, tmux kills the pane). crossterm 0.29's reader loops forever on a hung-up
//! terminal (every read returns end-of-file and it reads again), so the event loop never gets
//! control back to notice the SIGHUP. A watchdog thread checks the terminal itself; when it has
//! hung up, it asks the save worker to set unsaved edits aside in the recovery file, gives it a
//! moment to finish that and any saves already asked for, and ends the process instead of
//! leaving it spinning at full CPU.

use std::time::Duration;

/// Exit code for "the terminal hung up" (128 + SIGHUP, as a shell reports it).
const EXIT_HANGUP: i32 = 129;

/// How long saves already sent to the worker get to finish after a hang-up.
const GRACE: Duration = Duration::from_secs(2);

/// Starts the watchdog for the terminal on standard input; `on_hangup` runs once, before the
/// grace period, when the terminal has gone.
pub fn watch(on_hangup: impl FnOnce() + Send + 'static) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if hung_up(&std::io::stdin()) {
                on_hangup();
                std::thread::sleep(GRACE);
                std::process::exit(EXIT_HANGUP);
            }
        }
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
