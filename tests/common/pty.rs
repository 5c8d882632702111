//! The real binary in a pseudo-terminal (100×30 unless asked otherwise): keys written to it, its output read back
//! as a whole screen (vt100) by a thread for as long as the terminal lives, and the process
//! watched from outside (its exit, its state, signals sent to it). A session can also hang up
//! its terminal, as a closed window or a dropped connection does.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// A generous limit that only guards against a test hanging forever.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Session {
    /// The screen as the terminal shows it.
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    /// The thread that reads the terminal; it holds a second handle on the terminal's master
    /// side, so the terminal hangs up only once this thread has ended too.
    reading: JoinHandle<()>,
    /// Text at which the reading thread stops, for a hang-up.
    stop_at: Arc<Mutex<Option<String>>>,
    /// Every byte the program wrote to the terminal, for sequences the screen does not keep
    /// (OSC 52, the clipboard).
    pub raw: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    /// `fremdrift ARGS` in a fresh terminal with colours allowed.
    pub fn start(args: &[&str]) -> Session {
        Session::start_with(args, &[])
    }

    /// `fremdrift ARGS` with `env` added to its environment.
    pub fn start_with(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_sized(args, env, COLS, ROWS)
    }

    /// `fremdrift ARGS` with `env` added, in a terminal of `cols`×`rows`.
    pub fn start_sized(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fremdrift"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("the binary starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows).unwrap(),
            std::num::NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let stop_at: Arc<Mutex<Option<String>>> = Arc::default();
        let raw: Arc<Mutex<Vec<u8>>> = Arc::default();
        let (s, stop, bytes) = (Arc::clone(&screen), Arc::clone(&stop_at), Arc::clone(&raw));
        let reading = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                bytes.lock().unwrap().extend_from_slice(&buf[..n]);
                let mut parser = s.lock().unwrap();
                parser.process(&buf[..n]);
                if let Some(text) = stop.lock().unwrap().as_deref()
                    && parser.screen().contents().contains(text)
                {
                    break;
                }
            }
        });
        Session {
            screen,
            child,
            writer,
            master: pty.master,
            reading,
            stop_at,
            raw,
        }
    }

    /// The screen's text.
    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {text:?}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `keys` (bytes as a terminal sends them: "\r" for Enter, "\x03" for Ctrl+C).
    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn wait_exit(&mut self) -> ExitStatus {
        self.child.wait().unwrap()
    }

    /// Sends the signal `name` ("-TERM", "-HUP", …) with kill(1).
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid");
        let killed = std::process::Command::new("kill")
            .args([name, &pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
    }

    /// Waits until the terminal has been given back: main screen, cursor shown (the last bytes
    /// may still be on their way through the pty after the process ended).
    pub fn wait_restored(&self) {
        let start = Instant::now();
        loop {
            let restored = {
                let p = self.screen.lock().unwrap();
                !p.screen().alternate_screen() && !p.screen().hide_cursor()
            };
            if restored {
                break;
            }
            assert!(start.elapsed() < PATIENCE, "terminal not restored");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The state letter of the child in /proc/PID/stat ('S' sleeping, 'T' stopped, …).
    pub fn state(&self) -> char {
        let pid = self.child.process_id().expect("a pid");
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // The name in parentheses may hold spaces; the state follows the last ')'.
        stat.rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next())
            .unwrap_or('?')
    }

    /// Waits until the child's state is `want`.
    pub fn wait_state(&self, want: char) {
        let start = Instant::now();
        while self.state() != want {
            assert!(
                start.elapsed() < PATIENCE,
                "the process never reached state {want}; it is {}",
                self.state()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Forgets what is on the screen, so a redraw must paint it all again.
    pub fn wipe(&self) {
        self.screen.lock().unwrap().process(b"\x1b[2J\x1b[H");
    }

    /// Waits until the board is back: alternate screen on and `text` drawn again.
    pub fn wait_back(&self, text: &str) {
        let start = Instant::now();
        loop {
            let (alternate, drawn) = {
                let p = self.screen.lock().unwrap();
                (
                    p.screen().alternate_screen(),
                    p.screen().contents().contains(text),
                )
            };
            if alternate && drawn {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "never back on the board (state {}, alternate screen {}); screen:\n{}",
                self.state(),
                alternate,
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `keys`, waits until the screen shows `then`, and hangs up the terminal (every
    /// handle on its master side closed); returns once the process has ended, with its exit
    /// status.
    pub fn press_then_hang_up(mut self, keys: &str, then: &str) -> ExitStatus {
        *self.stop_at.lock().unwrap() = Some(then.to_string());
        self.keys(keys);
        // The reading thread stops at `then`, closing its handle on the terminal.
        let start = Instant::now();
        while !self.reading.is_finished() {
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {then:?}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(
            self.contents().contains(then),
            "the terminal closed before {then:?}"
        );
        self.reading.join().unwrap();
        let Session {
            writer,
            master,
            mut child,
            ..
        } = self;
        drop(writer);
        drop(master);

        // A generous limit only guards against the old behaviour: spinning forever.
        let start = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("fremdrift kept running after its terminal hung up");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
