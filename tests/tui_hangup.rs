//! When the terminal goes away under the board (window closed, connection dropped), the process
//! must end instead of spinning on a dead terminal, and an edit saved before that stays saved.

#![allow(clippy::unwrap_used, clippy::panic)]
// a test: a failure should stop it
// A hang-up is a Unix signal and a pty's; Windows' console close is not something a test can do.
#![cfg(unix)]

mod common;

use common::pty::Session;
use common::{PLAN, temp_copy};

/// Opens the board on `plan` in a pty, presses `key`, waits until the screen shows `then`, and
/// hangs up the terminal; returns once the process has ended, with its exit status.
fn press_then_hang_up(
    plan: &std::path::Path,
    key: &str,
    then: &'static str,
) -> portable_pty::ExitStatus {
    let s = Session::start(&[plan.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("uke 48");
    s.press_then_hang_up(key, then)
}

#[test]
fn the_board_exits_when_its_terminal_hangs_up_and_keeps_the_saved_edit() {
    let (_dir, plan) = temp_copy(PLAN);
    let original = std::fs::read_to_string(&plan).unwrap();
    let status = press_then_hang_up(&plan, "x", "Lagret");
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
    let (_dir, plan) = temp_copy(PLAN);
    let original = std::fs::read(&plan).unwrap();
    common::set_read_only(&plan, true);
    let status = press_then_hang_up(&plan, " ", "1 ulagret");
    assert_eq!(status.exit_code(), 129, "128 + SIGHUP: {status:?}");
    // The process has ended, and it ends only once the set-aside is written (or hopeless): the
    // file is there now, or never will be.
    assert_eq!(std::fs::read(&plan).unwrap(), original);
    let rec = fremdrift::file::recovery::read(&plan)
        .unwrap()
        .expect("the unsaved edit was set aside");
    assert_eq!(rec.edits.len(), 1);
}
