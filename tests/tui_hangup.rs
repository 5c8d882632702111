//! When the terminal goes away under the board (window closed, connection dropped), the process
//! must end instead of spinning on a dead terminal, and an edit saved before that stays saved.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Opens the board on `plan` in a pty, presses `key`, waits until the screen shows `then`, and
/// hangs up the terminal; returns once the process has ended, with its exit status.
fn press_then_hang_up(
    plan: &std::path::Path,
    key: &[u8],
    then: &'static str,
) -> portable_pty::ExitStatus {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fremdrift"));
    cmd.args([plan.to_str().unwrap(), "--today", "2017-12-01"]);
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();

    // Read until the board has drawn and then shown `then`; the reader (a duplicate of the
    // master) is dropped when this thread ends, so closing the master below hangs up the pty.
    let (saw_board, saw_then) = (std::sync::mpsc::channel(), std::sync::mpsc::channel());
    let reading = std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(
            std::num::NonZeroU16::new(30).unwrap(),
            std::num::NonZeroU16::new(100).unwrap(),
            0,
        );
        let mut buf = [0u8; 8192];
        let mut told = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            let screen = parser.screen().contents();
            if !told && screen.contains("uke 48") {
                let _ = saw_board.0.send(());
                told = true;
            }
            if screen.contains(then) {
                let _ = saw_then.0.send(());
                break;
            }
        }
    });
    saw_board
        .1
        .recv_timeout(Duration::from_secs(30))
        .expect("the board draws");
    writer.write_all(key).unwrap();
    writer.flush().unwrap();
    saw_then
        .1
        .recv_timeout(Duration::from_secs(30))
        .expect("the key acts");
    reading.join().unwrap();
    drop(writer);
    drop(pty.master);

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

#[test]
fn the_board_exits_when_its_terminal_hangs_up_and_keeps_the_saved_edit() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::copy("plans/naeringsvennlig-kommune.toml", &plan).unwrap();
    let original = std::fs::read_to_string(&plan).unwrap();
    let status = press_then_hang_up(&plan, b"x", "Lagret");
    assert_eq!(status.exit_code(), 129, "128 + SIGHUP: {status:?}");
    let now = std::fs::read_to_string(&plan).unwrap();
    assert_ne!(now, original);
    assert!(
        now.contains("status = \"ferdig\"\ndone_on = 2017-12-01"),
        "the saved edit stays"
    );
    assert!(fremdrift::file::parse_plan(&now).plan.is_some());
}

#[test]
fn an_unsaved_edit_goes_to_the_recovery_file_when_the_terminal_hangs_up() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::copy("plans/naeringsvennlig-kommune.toml", &plan).unwrap();
    let original = std::fs::read(&plan).unwrap();
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o444)).unwrap();
    let status = press_then_hang_up(&plan, b" ", "1 ulagret");
    assert_eq!(status.exit_code(), 129, "128 + SIGHUP: {status:?}");
    // The process has ended, and it ends only once the set-aside is written (or hopeless): the
    // file is there now, or never will be.
    assert_eq!(std::fs::read(&plan).unwrap(), original);
    let rec = fremdrift::file::recovery::read(&plan)
        .unwrap()
        .expect("the unsaved edit was set aside");
    assert_eq!(rec.edits.len(), 1);
}
