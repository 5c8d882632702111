//! A plan whose TOML reads but has errors: it is read with everything that could be understood
//! (broken activities kept and marked), opens on the board, and can be fixed from it and from
//! `set` — an edit may remove errors, never add one.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::file::parse_plan;

const SEED: &str = include_str!("fixtures/seed-uncorrected.toml");

#[test]
fn the_uncorrected_seed_reads_with_its_broken_activity_marked() {
    let parsed = parse_plan(SEED);
    assert!(parsed.plan.is_none(), "it has an error");
    let partial = parsed.partial.expect("its TOML reads");
    assert_eq!(partial.activities.len(), 14, "no activity is left out");
    let broken: Vec<_> = partial
        .activities
        .iter()
        .filter(|a| a.is_broken())
        .collect();
    assert_eq!(broken.len(), 1);
    let a = broken[0];
    assert_eq!(a.id, "esp-3");
    assert!(a.broken_due);
    assert_eq!(a.due.text, "31. november");
    assert_eq!(a.broken.len(), 1, "{:?}", a.broken);
    assert_eq!(partial.problems.len(), 1);
    let today = chrono::NaiveDate::from_ymd_opt(2017, 12, 1).unwrap();
    assert_eq!(partial.urgency(a, today), fremdrift::plan::Urgency::Unknown);
}

use fremdrift::tui::Effect;
use ratatui::crossterm::event::KeyCode;

use common::board::{Board, Open, Rig, draw};
use common::pty::Session;
use common::screen::screen;
use common::{fremdrift, outcome, temp_copy};

const SEED_PATH: &str = "tests/fixtures/seed-uncorrected.toml";

/// How these tests open the board: bokmål, no colour, the plan shown as `plan.toml`.
fn open() -> Open {
    Open::default().colour(false)
}

/// The uncorrected seed on a board over a copy of it, saving through the real store.
fn rig() -> Rig {
    open().copy(SEED_PATH)
}

/// Selects the broken activity (esp-3) from the start: activities, then down (eight
/// activities of the first workstream, the second workstream's heading, esp-1, esp-3).
fn select_broken(r: &mut Rig) {
    r.type_keys(&format!("l{}", "j".repeat(11)));
    assert_eq!(r.board.selected_id(), "esp-3");
}

#[test]
fn the_uncorrected_seed_opens_on_the_board_with_its_error_counted_and_shown() {
    let mut r = rig();
    assert_eq!(r.board.errors(), 1);
    assert_eq!(r.board.warnings(), 4);
    assert_eq!(r.board.plan().activities.len(), 14);
    select_broken(&mut r);
    let s = screen(&draw(&mut r.board, 100, 30));
    insta::assert_snapshot!("broken_row_nb", s);
    // The detail says what is wrong.
    r.type_keys("\n");
    let s = screen(&draw(&mut r.board, 100, 30));
    assert!(
        s.contains("feil        ugyldig frist \"31. november\": november har 30 dager"),
        "{s}"
    );
    assert!(s.contains("\"31. november\" → ukjent"), "{s}");
    insta::assert_snapshot!("broken_detail_nb", s);
    // `w` lists the error first.
    r.type_keys("\x1bw");
    let s = screen(&draw(&mut r.board, 100, 30));
    let error = s.find("feil: ugyldig frist").expect("the error is listed");
    let warning = s.find("advarsel:").expect("the warnings too");
    assert!(error < warning, "{s}");
}

#[test]
fn fixing_the_impossible_deadline_from_the_board_saves_a_plan_without_errors() {
    let mut r = rig();
    let before = r.disk();
    select_broken(&mut r);
    // The deadline editor, the broken text cleared and the right day typed.
    r.type_keys("e");
    r.type_keys(&"\u{8}".repeat("31. november".chars().count()));
    r.type_keys("30. november\n");
    let after = r.disk();
    assert_eq!(
        after,
        before.replace("due    = \"31. november\"", "due    = \"30. november\""),
        "one value changed, nothing else"
    );
    assert_eq!(r.board.errors(), 0);
    assert!(!r.board.plan().activities.iter().any(|a| a.is_broken()));
    let (code, out, _) = outcome(
        fremdrift()
            .args(["check", r.path.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 feil"), "{out}");
}

#[test]
fn an_edit_elsewhere_on_a_plan_with_errors_saves_and_keeps_them() {
    let mut r = rig();
    r.type_keys("l ");
    let text = r.disk();
    assert!(text.contains("status = \"pågår\""), "{text}");
    assert_eq!(r.board.errors(), 1, "the error is still there, and only it");
}

#[test]
fn set_fixes_the_broken_deadline_but_refuses_to_add_an_error() {
    let (_dir, path) = temp_copy(SEED_PATH);
    let p = path.to_str().unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    // A new impossible deadline elsewhere: refused, nothing written.
    let (code, _, err) = outcome(
        fremdrift()
            .args(["set", p, "esp-1", "--due", "31. september"])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    // A change that touches no broken value is allowed.
    let (code, out, err) = outcome(
        fremdrift()
            .args(["set", p, "esp-1", "--status", "pågår"])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{out}{err}");
    // The broken deadline fixed.
    let (code, out, err) = outcome(
        fremdrift()
            .args(["set", p, "esp-3", "--due", "30. november"])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("\"31. november\" → \"30. november\""), "{out}");
    let (code, out, _) = outcome(fremdrift().args(["check", p]).output().unwrap());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_plan_whose_toml_cannot_be_read_still_does_not_open() {
    let (_dir, path) = temp_copy(SEED_PATH);
    std::fs::write(&path, "[plan\ntitle = \"x\"\n").unwrap();
    let (code, _, err) = outcome(
        fremdrift()
            .args([path.to_str().unwrap(), "--today", "2017-12-01"])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(parse_plan("[plan\ntitle = \"x\"\n").partial.is_none());
}

#[test]
fn the_uncorrected_seed_opens_in_a_terminal_and_its_deadline_is_fixed_with_keys() {
    let (_dir, path) = temp_copy(SEED_PATH);
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("1 feil · w viser den");
    s.wait_for("⚠ Utvikle forslag til opp");
    // Down to esp-3, stopping on the second workstream's heading on the way.
    s.keys(&format!("l{}", "j".repeat(11)));
    s.keys("e");
    s.wait_for("ugyldig frist \"31. november\"");
    s.keys(&"\u{7f}".repeat("31. november".chars().count()));
    s.keys("30. november\r");
    s.wait_for("! Utvikle forslag til opp");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    let (code, out, _) = outcome(
        fremdrift()
            .args(["check", path.to_str().unwrap()])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{out}");
}

/// The board on `text` (a plan with errors), as `fremdrift PLAN` opens it.
fn board_on(text: &str) -> Board {
    open().board_with_errors(text)
}

#[test]
fn an_unknown_status_a_duplicate_id_and_a_misspelt_key_each_mark_their_activity() {
    for (fixture, id, says) in [
        ("bad-status", "1.1", "ukjent status \"finished\""),
        ("duplicate-explicit-id", "a", "\"a\""),
        ("unknown-activity-key", "1.1", "ukjent nøkkel `deadline`"),
    ] {
        let text =
            std::fs::read_to_string(format!("tests/fixtures/invalid/{fixture}.toml")).unwrap();
        let mut b = board_on(&text);
        let marked: Vec<_> = b
            .plan()
            .activities
            .iter()
            .filter(|a| a.is_broken())
            .collect();
        assert!(!marked.is_empty(), "{fixture}");
        assert_eq!(marked[0].id, id, "{fixture}");
        // The row is marked, and the detail names the problem.
        let i = b
            .plan()
            .activities
            .iter()
            .position(|a| a.is_broken())
            .unwrap();
        b.keys(&format!("l{}\n", "j".repeat(i)));
        let s = screen(&draw(&mut b, 100, 30));
        assert!(s.contains("⚠ "), "{fixture}\n{s}");
        assert!(s.contains(says), "{fixture}\n{s}");
    }
}

#[test]
fn every_invalid_fixture_whose_toml_reads_opens_draws_and_rereads_to_itself() {
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
        let parsed = parse_plan(&text);
        let Some(plan) = parsed.partial.clone() else {
            continue;
        };
        // Every error is counted, and the text as it is re-reads to the same plan (an edit
        // that changes nothing adds no error).
        assert_eq!(
            plan.problems.len(),
            parsed.diagnostics.iter().filter(|d| d.is_error()).count(),
            "{}",
            path.display()
        );
        let again = parse_plan(&text).reread_after(&plan).unwrap();
        assert_eq!(again, plan, "{}", path.display());
        // The board draws it, with every activity's detail.
        let mut b = board_on(&text);
        for view in ["2", "3", "4", "5", "w", "\x1b1"] {
            b.keys(view);
            for size in [(100, 30), (80, 24)] {
                draw(&mut b, size.0, size.1);
            }
        }
        b.keys("l");
        for _ in 0..plan.activities.len() {
            b.keys("\n");
            draw(&mut b, 100, 30);
            b.keys("\x1bj");
        }
    }
}

#[test]
fn e_asks_for_the_editor_at_the_selected_activity_or_the_first_error() {
    let mut r = rig();
    select_broken(&mut r);
    let effect = r.board.press(KeyCode::Char('E'));
    // esp-3's table header.
    let header = SEED
        .lines()
        .position(|l| l.contains("id     = \"esp-3\""))
        .unwrap();
    assert_eq!(effect, Effect::Editor { line: header });
    r.type_keys("w");
    let effect = r.board.press(KeyCode::Char('E'));
    let error = SEED
        .lines()
        .position(|l| l.contains("31. november"))
        .unwrap()
        + 1;
    assert_eq!(effect, Effect::Editor { line: error });
}

#[test]
fn a_toml_syntax_error_shows_the_error_screen_whose_editor_key_opens_its_line_then_the_board() {
    let (dir, path) = temp_copy(SEED_PATH);
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, good.replacen("[[area]]", "[[area]", 1)).unwrap();
    // An "editor" that notes its arguments and puts the bracket back.
    let script = dir.path().join("editor.sh");
    let args = dir.path().join("args");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" > '{}'\nsed -i 's/^\\[\\[area\\]$/[[area]]/' \"$2\"\n",
            args.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut s = Session::start_with(
        &[path.to_str().unwrap(), "--today", "2017-12-01"],
        &[("EDITOR", script.to_str().unwrap()), ("VISUAL", "")],
    );
    s.wait_for("kan ikke leses");
    s.keys("E");
    // Back from the editor, the plan reads (with its one error) and the board opens.
    s.wait_for("1 feil · w viser den");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    let line = good.lines().position(|l| l == "[[area]]").unwrap() + 1;
    assert_eq!(
        std::fs::read_to_string(&args).unwrap().trim(),
        format!("+{line} {}", path.display())
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good);
}
