//! Board tests against real files: key sequences drive the board, its requests go through the
//! real saving layer (synchronously here; a worker thread in the app), and the file on disk is
//! checked byte for byte.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::plan::Language;
use ratatui::crossterm::event::KeyCode;

use common::PLAN;
use common::board::{Open, Rig, draw};

/// The real plan on a board over a copy, saving through the real store; the board names the
/// plan by its real path.
fn rig(read_only: bool) -> Rig {
    Open::default()
        .read_only(read_only)
        .shown_as_real_path()
        .copy(PLAN)
}

/// The real plan in nynorsk on a nynorsk board; its store is made as for any plan, and tells
/// failures in the plan's language by itself.
fn nn_rig() -> Rig {
    Open::default()
        .lang(Language::Nn)
        .shown_as_real_path()
        .copy_edited(PLAN, common::nynorsk)
}

/// How many lines the file grew by.
fn changed_lines_added(r: &Rig) -> usize {
    r.disk().lines().count() - r.original.lines().count()
}

#[test]
fn j_j_space_changes_that_activity_on_disk_with_a_one_line_diff_and_u_restores_the_bytes() {
    let mut r = rig(false);
    r.type_keys("ljj ");
    let changed = r.changed_lines();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].1, "status = \"ikke startet\"");
    assert_eq!(changed[0].2, "status = \"pågår\"");
    // The changed line belongs to nvk-3.
    let before: Vec<&str> = r.original.lines().take(changed[0].0).collect();
    let id_line = before.iter().rev().find(|l| l.starts_with("id")).unwrap();
    assert!(id_line.contains("\"nvk-3\""), "{id_line}");
    assert!(fremdrift::file::parse_plan(&r.disk()).plan.is_some());

    r.type_keys("u");
    assert_eq!(r.disk(), r.original, "undo restores the original bytes");
    r.type_keys("\u{12}"); // not a redo: Ctrl-r is a modified key, sent below
    r.redo();
    assert_eq!(r.changed_lines().len(), 1, "redo applies it again");
}

#[test]
fn x_marks_done_with_done_on_and_x_again_removes_it() {
    let mut r = rig(false);
    r.type_keys("lx");
    let now = r.disk();
    assert!(
        now.contains("status = \"ferdig\"\ndone_on = 2017-12-01\n"),
        "{now}"
    );
    r.type_keys("x");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn editing_the_note_in_the_text_input_writes_it_after_the_status() {
    let mut r = rig(false);
    r.type_keys("lnAvklart med rådmannen\n");
    let now = r.disk();
    let nvk1 = &now[now.find("\"nvk-1\"").unwrap()..now.find("\"nvk-2\"").unwrap()];
    assert!(
        nvk1.contains("status = \"ikke startet\"\nnote   = \"Avklart med rådmannen\"\n"),
        "{nvk1}"
    );
    assert_eq!(changed_lines_added(&r), 1);
    assert!(fremdrift::file::parse_plan(&now).plan.is_some());
}

#[test]
fn t_renames_the_activity_in_its_title_line_and_m_sets_members() {
    let mut r = rig(false);
    let before = r.disk();
    // Clear the prefilled title, type a new one.
    r.type_keys("lt");
    for _ in 0.."Gjennomgå og justere tidligere opplegg".chars().count() {
        r.type_keys("\u{8}");
    }
    r.type_keys("Gjennomgå opplegget\n");
    let now = r.disk();
    assert_eq!(
        now,
        before.replace(
            "title  = \"Gjennomgå og justere tidligere opplegg\"",
            "title  = \"Gjennomgå opplegget\""
        )
    );
    r.type_keys("MKari, Ola\n");
    let now = r.disk();
    assert!(
        now.contains("status = \"ikke startet\"\nmembers = [\"Kari\", \"Ola\"]\n"),
        "{now}"
    );
}

#[test]
fn an_invalid_deadline_is_refused_and_the_file_is_untouched() {
    let mut r = rig(false);
    r.type_keys("le");
    // Clear the current text, type a deadline that does not exist, and try to save it.
    for _ in 0..20 {
        r.board.press(KeyCode::Backspace);
    }
    r.type_keys("31. november\n");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn read_only_never_writes() {
    let mut r = rig(true);
    r.type_keys("ljj x nfoo\n");
    assert_eq!(r.disk(), r.original);
}

/// The lines of the original from `from` (1-based) on, `n` of them.
fn lines_at(text: &str, from: usize, n: usize) -> Vec<String> {
    text.split_inclusive('\n')
        .skip(from - 1)
        .take(n)
        .map(str::to_string)
        .collect()
}

#[test]
fn a_adds_one_contiguous_block_after_the_selected_activity_and_u_takes_it_out() {
    let mut r = rig(false);
    // Title, Tab to the owner, Tab fills in the owner of nvk-1, Tab to the deadline, Enter
    // to the id (prefilled nvk-9), Enter saves.
    r.type_keys("aKartlegge behov\t\t\tuke 50\n\n");
    let block = "[[area.workstream.activity]]\n\
                 id     = \"nvk-9\"\n\
                 title  = \"Kartlegge behov\"\n\
                 owner  = \"Prosjektleder\"\n\
                 due    = \"uke 50\"\n\
                 status = \"ikke startet\"\n\
                 \n";
    // One block, in its neighbours' style, right after nvk-1's table (before line 71).
    let expected = format!(
        "{}{block}{}",
        lines_at(&r.original, 1, 70).concat(),
        lines_at(&r.original, 71, usize::MAX).concat()
    );
    assert_eq!(r.disk(), expected);
    let (_, removed, added) = r.hunk();
    assert!(removed.is_empty(), "only lines added: {removed:?}");
    assert_eq!(added.len(), 7);
    assert_eq!(r.board.selected_activity().unwrap().id, "nvk-9");
    let added_text = r.disk();

    r.type_keys("u");
    assert_eq!(r.disk(), r.original, "undo restores the original bytes");
    r.redo();
    assert_eq!(r.disk(), added_text, "redo adds it again");
}

#[test]
fn d_asks_then_deletes_exactly_the_activity_s_lines_and_u_restores_them() {
    let mut r = rig(false);
    r.type_keys("jdn");
    assert_eq!(r.disk(), r.original, "n keeps it");
    r.type_keys("dj");
    // Exactly nvk-2's table and the blank line after it (lines 71–77).
    let expected = format!(
        "{}{}",
        lines_at(&r.original, 1, 70).concat(),
        lines_at(&r.original, 78, usize::MAX).concat()
    );
    assert_eq!(r.disk(), expected);
    let (_, removed, added) = r.hunk();
    assert!(added.is_empty(), "only lines removed: {added:?}");
    assert_eq!(removed.len(), 7);
    assert!(!r.disk().contains("nvk-2"));
    assert!(r.board.plan().find("nvk-2").is_none());

    r.type_keys("u");
    assert_eq!(r.disk(), r.original, "undo restores the original bytes");
    assert!(r.board.plan().find("nvk-2").is_some());
}

#[test]
fn shift_j_swaps_the_blocks_and_shift_k_swaps_them_back() {
    let mut r = rig(false);
    r.type_keys("J");
    let (at, removed, added) = r.hunk();
    let nvk1 = lines_at(&r.original, 64, 7);
    let nvk2 = lines_at(&r.original, 71, 7);
    assert_eq!(at, 65, "the shared header line stays in place");
    assert_eq!(removed.len(), added.len());
    let now = r.disk();
    let swapped = r.original.replacen(
        &format!("{}{}", nvk1.concat(), nvk2.concat()),
        &format!("{}{}", nvk2.concat(), nvk1.concat()),
        1,
    );
    assert_eq!(
        now, swapped,
        "the two tables trade places, nothing else changes"
    );
    assert_eq!(
        r.board.selected_activity().unwrap().id,
        "nvk-1",
        "the selection follows"
    );

    r.type_keys("K");
    assert_eq!(r.disk(), r.original, "K puts it back");
    r.type_keys("K");
    assert_eq!(
        r.disk(),
        r.original,
        "the first of its group goes no higher"
    );
    r.type_keys("u");
    assert_eq!(r.disk(), swapped, "undo takes back the last move");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn m_moves_the_activity_to_the_end_of_the_chosen_workstream() {
    let mut r = rig(false);
    r.type_keys("mj\n");
    let now = r.disk();
    assert!(!now[..now.find("Effektiv søknadsprosess").unwrap()].contains("nvk-1"));
    let plan = fremdrift::file::parse_plan(&now).plan.unwrap();
    let i = plan.find("nvk-1").unwrap();
    assert_eq!(
        plan.workstreams[plan.activities[i].workstream.unwrap()].title,
        "Effektiv søknadsprosess"
    );
    let next = plan.activities.get(i + 1).map(|a| a.area);
    assert_ne!(next, Some(0), "last of area 2");
    let mut sorted_now: Vec<&str> = now.lines().collect();
    let mut sorted_then: Vec<&str> = r.original.lines().collect();
    sorted_now.sort_unstable();
    sorted_then.sort_unstable();
    assert_eq!(sorted_now, sorted_then, "the same lines, elsewhere");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn shift_s_sets_an_area_waiting_with_its_reason_and_back_to_active_without_it() {
    let mut r = rig(false);
    r.type_keys("Sj\n\nVenter på budsjettvedtak\n");
    let (_, removed, added) = r.hunk();
    assert_eq!(removed.concat(), "status      = \"aktiv\"\n");
    assert_eq!(
        added.concat(),
        "status      = \"venter\"\nreason      = \"Venter på budsjettvedtak\"\n"
    );
    r.type_keys("Sk\n");
    assert_eq!(r.disk(), r.original, "active again, the reason gone");
    r.type_keys("uu");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn read_only_never_restructures() {
    let mut r = rig(true);
    r.type_keys("aTittel\n\n\n\ndjJKmj\nSj\nx\n");
    assert_eq!(r.disk(), r.original);
}

/// Sets nvk-1's status in the file on disk, as another program would.
fn set_status_outside(r: &Rig, status: &str) {
    let before = r.disk();
    let old = "due    = \"30. november\"\nstatus = \"ikke startet\"";
    let text = before.replacen(
        old,
        &format!("due    = \"30. november\"\nstatus = \"{status}\""),
        1,
    );
    assert_ne!(text, before, "nvk-1's status line not found");
    std::fs::write(&r.path, text).unwrap();
}

/// The board's screen at 120×36 as text.
fn screen_of(r: &mut Rig) -> String {
    common::screen::screen_text(&draw(&mut r.board, 120, 36))
}

fn row<'a>(screen: &'a str, title: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no row {title:?} in\n{screen}"))
}

/// nvk-1 set to "pågår" in the file from outside, then to "ferdig" on the board: refused.
fn conflicted() -> Rig {
    let mut r = rig(false);
    r.type_keys("l");
    set_status_outside(&r, "pågår");
    let theirs = r.disk();
    r.type_keys("x");
    assert_eq!(r.disk(), theirs, "a conflicting edit must not be written");
    r
}

#[test]
fn a_refused_edit_shows_the_file_s_value_marked_and_enter_offers_mine_or_theirs() {
    let mut r = conflicted();
    let text = screen_of(&mut r);
    let line = row(&text, "Gjennomgå og justere");
    assert!(line.contains("pågår") && line.contains('●'), "{line}");
    assert!(!line.contains("ikke startet"), "{line}");
    assert_eq!(r.board.unsaved().len(), 1);

    r.type_keys("\n");
    let text = screen_of(&mut r);
    assert!(
        text.contains("status: endret andre steder til «pågår», her til «ferdig»"),
        "{text}"
    );
    assert!(
        text.contains("Behold min") && text.contains("Behold deres"),
        "{text}"
    );

    // Keep mine (the first choice): ours goes into the file over theirs.
    r.type_keys("\n");
    let disk = r.disk();
    assert!(
        disk.contains("due    = \"30. november\"\nstatus = \"ferdig\"\ndone_on = 2017-12-01\n"),
        "{disk}"
    );
    assert!(r.board.unsaved().is_empty(), "{:?}", r.board.unsaved());
    let text = screen_of(&mut r);
    let line = row(&text, "Gjennomgå og justere");
    assert!(line.contains("ferdig") && !line.contains('●'), "{line}");
}

#[test]
fn keep_theirs_leaves_the_file_s_value_and_no_unsaved_edit() {
    let mut r = conflicted();
    let theirs = r.disk();
    r.type_keys("\nj\n");
    assert_eq!(r.disk(), theirs);
    assert!(r.board.unsaved().is_empty(), "{:?}", r.board.unsaved());
    let text = screen_of(&mut r);
    let line = row(&text, "Gjennomgå og justere");
    assert!(line.contains("pågår") && !line.contains('●'), "{line}");
    // Enter on the row shows its details again.
    r.type_keys("\n");
    assert!(matches!(
        r.board.popup(),
        Some(fremdrift::tui::popup::Popup::Detail { .. })
    ));
}

#[test]
fn keep_mine_over_a_value_changed_again_since_asks_again_with_the_new_value() {
    let mut r = conflicted();
    r.type_keys("\n");
    // Before the choice is carried out, the file changes once more.
    let text = r
        .disk()
        .replacen("status = \"pågår\"", "status = \"venter\"", 1);
    std::fs::write(&r.path, &text).unwrap();
    r.type_keys("\n");
    assert_eq!(r.disk(), text, "a second conflict must not be written");
    assert_eq!(r.board.unsaved().len(), 1, "{:?}", r.board.unsaved());
    r.type_keys("\n");
    let screen = screen_of(&mut r);
    assert!(
        screen.contains("status: endret andre steder til «venter», her til «ferdig»"),
        "{screen}"
    );
}

/// A conflicting edit on a nynorsk plan: the status bar and the conflict popup are nynorsk
/// around the saving layer's own description of the conflict (`EditError::describe`, whose
/// wording is the file layer's and is not pinned here).
#[test]
fn a_conflict_on_a_nynorsk_plan_is_told_in_nynorsk() {
    let mut r = nn_rig();
    r.type_keys("l");
    let before = r.disk();
    let text = before.replacen(
        "due    = \"30. november\"\nstatus = \"ikkje starta\"",
        "due    = \"30. november\"\nstatus = \"pågår\"",
        1,
    );
    assert_ne!(text, before, "nvk-1's status line not found");
    std::fs::write(&r.path, &text).unwrap();
    r.type_keys("x");
    assert_eq!(r.disk(), text, "a conflicting edit must not be written");
    let m = r.board.said();
    assert!(m.starts_with("Ikkje lagra: "), "{m}");
    assert!(
        m.ends_with(
            "; endringa di blir halden på som ulagra (Enter på rada: behald min eller deira)"
        ),
        "{m}"
    );
    assert!(!m.contains("your edit"), "{m}");
    r.type_keys("\n");
    let screen = screen_of(&mut r);
    assert!(
        screen.contains("status: endra andre stader til «pågår», her til «ferdig»"),
        "{screen}"
    );
    assert!(
        screen.contains("Behald min") && screen.contains("Behald deira"),
        "{screen}"
    );
}

/// The deadline editor's error on a nynorsk board is the deadline error rendered in nynorsk,
/// and the field stays open.
#[test]
fn a_deadline_error_on_a_nynorsk_plan_is_told_in_nynorsk() {
    let mut r = nn_rig();
    r.type_keys("le");
    for _ in 0..20 {
        r.board.press(KeyCode::Backspace);
    }
    r.type_keys("31. november\n");
    assert_eq!(r.disk(), r.original);
    assert!(matches!(
        r.board.popup(),
        Some(fremdrift::tui::popup::Popup::Edit { .. })
    ));
    let plan = r.board.plan().clone();
    let a = &plan.activities[0];
    let error =
        fremdrift::plan::deadline::parse_and_resolve("31. november", &plan.deadline_context(a))
            .unwrap_err();
    let nn = error.message.render(Language::Nn);
    assert_eq!(r.board.said(), nn);
    assert!(screen_of(&mut r).contains(&nn), "{nn}");
    // Not the English text, where the deadline language has its own nynorsk words.
    if nn != error.message.english() {
        assert_ne!(r.board.said(), error.message.english());
    }
}

/// Undo on a nynorsk board says what it took back in nynorsk, status words included.
#[test]
fn undo_on_a_nynorsk_plan_says_what_it_undid_in_nynorsk() {
    let mut r = nn_rig();
    r.type_keys("lx");
    assert!(r.board.said().starts_with("Lagra"), "{}", r.board.said());
    r.type_keys("u");
    assert_eq!(r.board.said(), "Angra: nvk-1 status ferdig → ikkje starta");
    assert_eq!(r.disk(), r.original);
}

/// `r` on a nynorsk plan that went bad: the first error, told in nynorsk.
#[test]
fn reloading_a_broken_nynorsk_plan_names_its_error_in_nynorsk() {
    let mut r = nn_rig();
    // An error the TOML still reads with: the plan reloads, its broken activity marked.
    let broken = r
        .original
        .replacen("\"30. november\"", "\"31. november\"", 1);
    std::fs::write(&r.path, &broken).unwrap();
    r.type_keys("r");
    assert_eq!(r.board.errors(), 1);
    assert_eq!(
        r.board
            .plan()
            .activities
            .iter()
            .filter(|a| a.is_broken())
            .count(),
        1
    );
    // TOML that cannot be read: the reload fails, naming the error in nynorsk.
    std::fs::write(&r.path, broken.replacen("[[area]]", "[[area]", 1)).unwrap();
    r.type_keys("r");
    let m = r.board.said();
    assert!(m.contains("plan.toml:") && m.contains(": feil: "), "{m}");
    assert!(!m.contains("error"), "{m}");
}
