//! End to end: the real binary in a pseudo-terminal of 100×30, driven by key presses, read back
//! as a whole screen (vt100), then the file on disk checked.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::time::{Duration, Instant};

use common::copy_plan;
use common::pty::Session;

#[test]
fn the_board_opens_navigates_and_quits_leaving_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut s = Session::start(&[
        path.to_str().unwrap(),
        "--today",
        "2017-12-01",
        "--read-only",
    ]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.wait_for("! Gjennomgå og justere");
    // Down twice and open the details of the third activity.
    s.keys("jj\r");
    s.wait_for("\"10. januar\" → ons 10.01.2018");
    // Enter closes the popup (a lone Esc followed at once by a key reads as Alt+key).
    s.keys("\r");
    // Read-only: space is refused with a message, nothing written.
    s.keys(" ");
    s.wait_for("skrivebeskyttet: åpnet med --read-only");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // The terminal is back on the main screen with the cursor shown.
    s.wait_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[
        path.to_str().unwrap(),
        "--today",
        "2017-12-01",
        "--lang",
        "en",
    ]);
    s.wait_for("as of 2017-12-01 · week 48");
    s.signal("-TERM");
    let status = s.wait_exit();
    // As a shell reports a program SIGTERM stopped: 128 + 15.
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "{status:?}"
    );
    let start = Instant::now();
    while s.screen.lock().unwrap().screen().alternate_screen() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "terminal not restored"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn without_a_terminal_it_points_to_list_and_report() {
    let out = common::fremdrift()
        .args(["plans/naeringsvennlig-kommune.toml", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("use `fremdrift list` or `fremdrift report`"),
        "{err}"
    );
}

#[test]
fn a_plan_whose_toml_cannot_be_read_prints_its_error_and_does_not_open() {
    // A plan whose TOML reads opens even with errors (tests/broken_plans.rs); one whose TOML
    // cannot be read has nothing to show.
    let (_dir, path) = common::temp_copy("tests/fixtures/seed-uncorrected.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("[[area]]", "[[area]")).unwrap();
    let out = common::fremdrift()
        .args(["open", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("feil:"), "{err}");
}

#[test]
fn present_follows_the_file_and_quits_with_q() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&["present", path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Oversikt  1/8");
    s.wait_for("! Gjennomgå og justere tidligere opplegg");
    // The leader saves in another window: the screen follows without a key.
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "Gjennomgå og justere tidligere opplegg",
        "Se på opplegget igjen",
    );
    std::fs::write(&path, text).unwrap();
    s.wait_for("! Se på opplegget igjen");
    s.keys(" ");
    s.wait_for("Endringer siden forrige møte  2/8");
    s.keys(" ");
    s.wait_for("2 Kompetanseheving  3/8");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
}

#[test]
fn p_on_the_board_presents_and_p_returns() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("! Gjennomgå og justere");
    s.keys("p");
    s.wait_for("Oversikt  1/8");
    s.keys("p");
    s.wait_for("Tavle");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn sigint_restores_the_terminal_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.signal("-INT");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (130, None),
        "{status:?}"
    );
    s.wait_restored();
    assert!(
        !fremdrift::file::presence::path_for(&path).exists(),
        "the editor presence is removed on exit"
    );
}

#[test]
fn ctrl_c_quits_like_q() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    // While editing a note, too.
    s.keys("n");
    s.wait_for("Enter lagrer");
    s.keys("\x03");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.wait_restored();
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start_with(
        &[path.to_str().unwrap(), "--today", "2017-12-01"],
        &[(fremdrift::tui::event_loop::PANIC_FOR_TEST, "1")],
    );
    let status = s.wait_exit();
    assert!(!status.success(), "{status:?}");
    s.wait_restored();
    // In the board's language: the plan is bokmål.
    s.wait_for("fremdrift krasjet");
    let text = s.contents().replace('\n', " ");
    assert!(text.contains("saksliste"), "{text}");
}

#[cfg(unix)]
#[test]
fn sigterm_with_an_unsaved_edit_writes_it_to_the_recovery_file_and_the_next_start_offers_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let original = std::fs::read(&path).unwrap();
    common::set_read_only(&path, true);
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.keys(" ");
    s.wait_for("1 ulagret");
    s.signal("-TERM");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 143, "{status:?}");
    s.wait_restored();
    s.wait_for("ulagrede endringer ble skrevet til");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    let rec = fremdrift::file::recovery::read(&path)
        .unwrap()
        .expect("a recovery file");
    assert_eq!(rec.edits.len(), 1);

    // Without a terminal, the board mentions it.
    let out = common::fremdrift()
        .arg(&path)
        .args(["--lang", "en"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("holds 1 unsaved edit(s)"), "{err}");

    // The next start offers it; re-applying saves it.
    common::set_read_only(&path, false);
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Ulagrede endringer fra en tidligere økt");
    s.wait_for("ikke startet → pågår");
    s.keys("\r");
    s.wait_for("Lagret");
    s.keys("q");
    assert!(s.wait_exit().success());
    assert!(fremdrift::file::recovery::read(&path).unwrap().is_none());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("status = \"pågår\""), "{text}");
}

#[test]
fn a_second_editor_is_told_who_edits_and_may_continue_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut first = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    first.wait_for("per 01.12.2017 · uke 48");
    let pid = first.child.process_id().unwrap();
    let mut second = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    second.wait_for("Noen andre redigerer");
    second.wait_for(&format!("pid {pid}"));
    // Enter on the first choice: read-only; an edit is then refused.
    second.keys("\r");
    second.keys(" ");
    second.wait_for("en annen fremdrift redigerer planen");
    second.keys("q");
    assert!(second.wait_exit().success());
    first.keys("q");
    assert!(first.wait_exit().success());
    assert!(!fremdrift::file::presence::path_for(&path).exists());
}

#[test]
fn a_folder_opens_the_portfolio_enter_opens_the_board_and_q_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    std::fs::copy(
        "tests/fixtures/seed-uncorrected.toml",
        dir.path().join("broken.toml"),
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut s = Session::start(&[dir.path().to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Portefølje");
    s.wait_for("broken.toml:");
    // Sorted by name: broken.toml first, then plan.toml.
    s.keys("j\r");
    s.wait_for("! Gjennomgå og justere");
    assert!(!s.contents().contains("Portefølje"));
    s.keys("q");
    s.wait_for("Portefølje");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn sighup_with_the_terminal_still_there_exits_129() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.signal("-HUP");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (129, None),
        "{status:?}"
    );
    s.wait_restored();
}

#[test]
fn the_presenter_and_the_portfolio_exit_128_plus_the_signal() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&["present", path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Oversikt  1/8");
    s.signal("-TERM");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "{status:?}"
    );
    s.wait_restored();

    let mut s = Session::start(&[dir.path().to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Portefølje");
    s.signal("-INT");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (130, None),
        "{status:?}"
    );
    s.wait_restored();

    // A board opened from the portfolio: the signal ends both.
    let mut s = Session::start(&[dir.path().to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Portefølje");
    s.keys("\r");
    s.wait_for("! Gjennomgå og justere");
    s.signal("-TERM");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "{status:?}"
    );
    s.wait_restored();

    // The presenter opened from the board: the signal ends both, not like quitting with q.
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("! Gjennomgå og justere");
    s.keys("p");
    s.wait_for("Oversikt  1/8");
    s.signal("-TERM");
    let status = s.wait_exit();
    assert_eq!(
        (status.exit_code(), status.signal()),
        (143, None),
        "{status:?}"
    );
    s.wait_restored();
}

#[test]
fn ctrl_z_suspends_giving_the_terminal_back_and_sigcont_redraws() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.keys("\x1a");
    s.wait_state('T');
    s.wait_restored();
    s.wipe();
    s.signal("-CONT");
    s.wait_back("per 01.12.2017 · uke 48");
    // Raw mode again: a key acts at once, without Enter.
    s.keys("jj\r");
    s.wait_for("\"10. januar\" → ons 10.01.2018");
    s.keys("\rq");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.wait_restored();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn sigtstp_from_outside_suspends_and_sigcont_redraws() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    s.signal("-TSTP");
    s.wait_state('T');
    s.wait_restored();
    s.wipe();
    s.signal("-CONT");
    s.wait_back("per 01.12.2017 · uke 48");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");

    // The presenter and the portfolio suspend too.
    let mut s = Session::start(&["present", path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Oversikt  1/8");
    s.keys("\x1a");
    s.wait_state('T');
    s.wait_restored();
    s.wipe();
    s.signal("-CONT");
    s.wait_back("Oversikt  1/8");
    s.keys("q");
    assert!(s.wait_exit().success());

    let mut s = Session::start(&[dir.path().to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("Portefølje");
    s.signal("-TSTP");
    s.wait_state('T');
    s.wait_restored();
    s.wipe();
    s.signal("-CONT");
    s.wait_back("Portefølje");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn the_presence_file_goes_on_quit_even_when_the_plan_was_deleted_meanwhile() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let presence = fremdrift::file::presence::path_for(&path);
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("per 01.12.2017 · uke 48");
    // Written just after the first frame.
    let start = Instant::now();
    while !presence.exists() {
        assert!(start.elapsed() < Duration::from_secs(30), "never listed");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::remove_file(&path).unwrap();
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert!(!presence.exists(), "the presence file was left behind");
}

#[test]
fn a_killed_board_that_is_still_a_zombie_is_not_someone_else_editing() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let first = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    first.wait_for("per 01.12.2017 · uke 48");
    // SIGKILL: no chance to remove its presence; not waited for, so it stays a zombie.
    first.signal("-KILL");
    first.wait_state('Z');
    let mut second = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    second.wait_for("per 01.12.2017 · uke 48");
    assert!(
        !second.contents().contains("Noen andre redigerer"),
        "{}",
        second.contents()
    );
    second.keys("q");
    assert!(second.wait_exit().success());
    drop(first);
}

#[test]
fn keys_pressed_while_the_window_is_too_small_leave_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut s = Session::start_sized(
        &[path.to_str().unwrap(), "--today", "2017-12-01"],
        &[],
        40,
        12,
    );
    s.wait_for("vinduet er for lite (trenger 50×12)");
    // Each of these edits the plan on a board that can be seen; none may act unseen.
    s.keys("lx");
    s.keys(" ");
    s.keys("jx");
    s.keys("s\r");
    s.keys("e3. mars\r");
    s.keys("nunseen note\r");
    // Ctrl-C quits from a text field too, should one have opened.
    s.keys("\x03");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.wait_restored();
    let after = std::fs::read_to_string(&path).unwrap();
    let before = String::from_utf8(before).unwrap();
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(b, a)| b != a)
        .collect();
    assert!(after == before, "the file changed: {changed:?}");
}

/// The board's language in the binary: `--lang`, else the plan's declared language (over the
/// locale), else the locale. The same for `present` and for a folder.
#[test]
fn the_board_speaks_lang_else_the_plan_s_language_else_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, common::nynorsk_plan_text()).unwrap();
    let plan = path.to_str().unwrap();
    let english = [("LANG", "en_GB.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let run = |args: &[&str], env: &[(&str, &str)], wanted: &str| {
        let mut s = Session::start_with(args, env);
        s.wait_for(wanted);
        s.keys("q");
        let status = s.wait_exit();
        assert!(status.success(), "{args:?}: {status:?}");
    };
    // The plan says nynorsk; the locale says English: nynorsk.
    run(
        &[plan, "--today", "2017-12-01", "--read-only"],
        &english,
        "per 01.12.2017 · veke 48",
    );
    run(
        &["present", plan, "--today", "2017-12-01"],
        &english,
        "Neste møte",
    );
    run(
        &[dir.path().to_str().unwrap(), "--today", "2017-12-01"],
        &english,
        "1 planar",
    );
    // --lang wins.
    run(
        &[plan, "--today", "2017-12-01", "--read-only", "--lang", "en"],
        &[],
        "as of 2017-12-01 · week 48",
    );
    // A plan that declares no language: the locale's.
    let text = common::nynorsk_plan_text().replace("language      = \"nn\"\n", "");
    std::fs::write(&path, text).unwrap();
    run(
        &[plan, "--today", "2017-12-01", "--read-only"],
        &english,
        "as of 2017-12-01 · week 48",
    );
}
