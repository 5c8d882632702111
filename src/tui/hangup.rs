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
            if hung_up(libc::STDIN_FILENO) {
                on_hangup();
                std::thread::sleep(GRACE);
                std::process::exit(EXIT_HANGUP);
            }
        }
    });
}

/// Whether `fd` is a terminal that has hung up (or was closed).
fn hung_up(fd: libc::c_int) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `pfd` is a valid pollfd for the duration of the call, and nfds is 1.
    let n = unsafe { libc::poll(&mut pfd, 1, 0) };
    n > 0 && pfd.revents & (libc::POLLHUP | libc::POLLNVAL | libc::POLLERR) != 0
}
