//! The board lists itself as an editor of its plan once its first frame is drawn (the first
//! frame does not wait for that synced file), and two boards on one plan still see each other:
//! also when they open at the same moment, since the list is changed under the plan's lock and
//! the later one is told of the earlier one then.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::copy_plan;
use common::pty::Session;

/// A generous limit that only guards against a test hanging forever (no timing is asserted).
const PATIENCE: Duration = Duration::from_secs(30);

const WARNING: &str = "Noen andre redigerer";

/// The pids listed in the plan's presence file (none when there is no file).
fn listed(plan: &Path) -> Vec<u32> {
    let Ok(text) = std::fs::read_to_string(fremdrift::file::presence::path_for(plan)) else {
        return Vec::new();
    };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    json["editors"]
        .as_array()
        .map(|editors| {
            editors
                .iter()
                .filter_map(|e| e["pid"].as_u64())
                .map(|p| u32::try_from(p).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < PATIENCE, "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn pid(s: &Session) -> u32 {
    s.child.process_id().unwrap()
}

#[test]
fn the_board_is_listed_as_an_editor_once_its_first_frame_is_drawn_and_unlisted_on_quit() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    wait_until("the board listed itself", || listed(&path) == vec![pid(&s)]);
    // An edit saves as before.
    s.keys(" ");
    s.wait_for("Lagret");
    s.keys("q");
    assert!(s.wait_exit().success());
    assert!(!fremdrift::file::presence::path_for(&path).exists());
}

#[test]
fn a_board_opened_beside_another_warns_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let args = [path.to_str().unwrap(), "--today", "2017-12-01"];
    let mut first = Session::start(&args);
    first.wait_for("per 01.12.2017 · uke 48");
    wait_until("the first board listed itself", || {
        listed(&path) == vec![pid(&first)]
    });
    let mut second = Session::start(&args);
    second.wait_for(WARNING);
    wait_until("both boards listed", || listed(&path).len() == 2);
    assert!(!first.contents().contains(WARNING), "{}", first.contents());
    // Go on read-only (the default answer), then quit both.
    second.keys("\r");
    second.keys("q");
    assert!(second.wait_exit().success());
    first.keys("q");
    assert!(first.wait_exit().success());
    assert!(!fremdrift::file::presence::path_for(&path).exists());
}

#[test]
fn two_boards_opened_at_the_same_moment_still_see_each_other() {
    // Each may read the list before the other has written itself into it; the one that
    // registers second then learns of the first under the lock, and warns after its first frame.
    for _ in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_plan(dir.path());
        let args = [path.to_str().unwrap(), "--today", "2017-12-01"];
        let mut a = Session::start(&args);
        let mut b = Session::start(&args);
        a.wait_for("per 01.12.2017");
        b.wait_for("per 01.12.2017");
        wait_until("both boards listed", || listed(&path).len() == 2);
        wait_until("one board warned of the other", || {
            a.contents().contains(WARNING) || b.contents().contains(WARNING)
        });
        // Stopped by a signal: whatever question is open, nothing is unsaved, presence goes.
        for s in [&mut a, &mut b] {
            s.signal("-TERM");
            assert_eq!(s.wait_exit().exit_code(), 143);
        }
        assert!(!fremdrift::file::presence::path_for(&path).exists());
    }
}

fn app() -> fremdrift::tui::App {
    let text = std::fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap();
    common::board::Open::default().board(&text).app
}

#[test]
fn editors_learnt_of_at_registration_are_warned_of_once_and_only_when_new() {
    use fremdrift::tui::popup::Popup;
    let mut a = app();
    assert!(!a.also_editing(Vec::new()));
    assert!(a.also_editing(vec!["kari".into()]));
    assert!(matches!(a.popup(), Some(Popup::OtherEditor { .. })));
    assert_eq!(a.other_editors(), ["kari".to_string()]);
    // Already warned of at start: nothing new.
    let mut b = app();
    b.warn_other_editors(vec!["kari".into()]);
    assert!(!b.also_editing(vec!["kari".into()]));
    assert!(b.also_editing(vec!["kari".into(), "ola".into()]));
    assert_eq!(b.other_editors(), ["kari".to_string(), "ola".to_string()]);
}
