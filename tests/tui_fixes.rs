//! Quick fixes from the problems list (`w`) on the uncorrected seed plan, saved through the real
//! store: one problem selected at a time, Enter goes to its activity, `x` applies the fix its
//! `help:` names as an ordinary edit (one line changes, undo restores the bytes), `E` opens the
//! editor at the selected problem's line.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::diagnostics::{Diagnostic, Fix};
use fremdrift::plan::Language;
use fremdrift::tui::Effect;
use fremdrift::tui::popup::Popup;
use ratatui::crossterm::event::KeyCode;

use common::board::{Open, Rig, draw};
use common::screen::screen;

const SEED_PATH: &str = "tests/fixtures/seed-uncorrected.toml";

/// The uncorrected seed (or `edit` of it) on a board over a copy, saving through the real store.
fn rig() -> Rig {
    rig_with(|t| t.to_string())
}

fn rig_with(edit: impl Fn(&str) -> String) -> Rig {
    Open::default().colour(false).copy_edited(SEED_PATH, edit)
}

/// The seed with its waiting area's reason taken out.
fn without_the_waiting_reason(text: &str) -> String {
    text.lines()
        .filter(|l| !l.contains("kontorsjefen er tilbake"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// What these tests ask of the board beside the shared rig's own.
trait Problems {
    fn selected_problem(&self) -> Diagnostic;
    fn select_problem(&mut self, what: &str);
    fn line_of(&self, what: &str) -> usize;
}

impl Problems for Rig {
    /// The problem selected in the open problems list.
    fn selected_problem(&self) -> Diagnostic {
        let at = self
            .board
            .selected_problem()
            .expect("the problems list is open");
        self.board.diagnostics()[self.board.problem_order()[at]].clone()
    }

    /// Opens the problems list and moves down to the first problem whose message says `what`.
    fn select_problem(&mut self, what: &str) {
        self.type_keys("w");
        for _ in 0..self.board.diagnostics().len() {
            if self
                .selected_problem()
                .message
                .render(Language::Nb)
                .contains(what)
            {
                return;
            }
            self.type_keys("j");
        }
        panic!("no problem says {what}");
    }

    /// 1-based line of the first line of the file containing `what`.
    fn line_of(&self, what: &str) -> usize {
        self.original
            .lines()
            .position(|l| l.contains(what))
            .unwrap()
            + 1
    }
}

#[test]
fn x_on_the_misspelt_owner_writes_the_known_owner_on_that_line_only_and_undo_restores_it() {
    let mut r = rig();
    r.select_problem("\"Prosjektelder\"");
    assert!(
        matches!(&r.selected_problem().fix, Some(Fix::Owner { owner, .. }) if owner == "Prosjektleder")
    );
    let line = r.line_of("owner  = \"Prosjektelder\"");
    r.type_keys("x");
    assert_eq!(
        r.changed_lines(),
        vec![(
            line,
            "owner  = \"Prosjektelder\"".to_string(),
            "owner  = \"Prosjektleder\"".to_string()
        )]
    );
    // The board shows the fixed activity, and the warning is gone from the list.
    assert!(r.board.popup().is_none());
    assert_eq!(r.board.selected_activity().unwrap().owner, "Prosjektleder");
    assert_eq!(r.board.warnings(), 3);
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
    assert_eq!(r.board.warnings(), 4);
}

#[test]
fn x_on_a_deadline_a_year_early_writes_the_next_year() {
    let mut r = rig();
    r.select_problem("14. april 2017");
    let line = r.line_of("\"14. april 2017\"");
    r.type_keys("x");
    assert_eq!(
        r.changed_lines(),
        vec![(
            line,
            "due    = \"14. april 2017\"".to_string(),
            "due    = \"14. april 2018\"".to_string()
        )]
    );
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn x_on_a_waiting_area_without_a_reason_asks_for_it_and_writes_it() {
    let mut r = rig_with(without_the_waiting_reason);
    r.select_problem("venter");
    r.type_keys("x");
    assert!(
        matches!(r.board.popup(), Some(Popup::Reason { area: 1, .. })),
        "{:?}",
        r.board.popup()
    );
    r.type_keys("Venter på kontorsjefen\n");
    let status = r.line_of("status      = \"waiting\"");
    let (added, removed): (Vec<String>, Vec<String>) = {
        let now = r.disk();
        let a: Vec<&str> = r.original.lines().collect();
        let b: Vec<&str> = now.lines().collect();
        assert_eq!(b.len(), a.len() + 1);
        assert_eq!(a[..status], b[..status]);
        assert_eq!(a[status..], b[status + 1..]);
        (vec![b[status].to_string()], Vec::new())
    };
    assert!(removed.is_empty());
    assert!(
        added[0].starts_with("reason") && added[0].ends_with("\"Venter på kontorsjefen\""),
        "{added:?}"
    );
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn x_on_a_problem_without_a_fix_changes_nothing_and_says_so() {
    let mut r = rig();
    r.select_problem("31. november");
    r.type_keys("x");
    assert_eq!(r.disk(), r.original);
    assert!(matches!(r.board.popup(), Some(Popup::Problems { .. })));
    assert!(
        r.board
            .message()
            .is_some_and(|m| m.text.contains("ingen hurtigretting"))
    );
}

#[test]
fn enter_on_a_problem_goes_to_its_activity_on_the_board() {
    let mut r = rig();
    r.select_problem("\"Styringsruppa\"");
    r.type_keys("\n");
    assert!(r.board.popup().is_none());
    let a = r.board.selected_activity().unwrap();
    assert_eq!(a.owner, "Styringsruppa");
    assert_eq!(r.board.area(), a.area);
    assert_eq!(r.board.pane(), fremdrift::tui::app::Pane::Activities);
    // The error (errors come first) is the broken deadline's activity.
    r.type_keys("w\n");
    assert_eq!(r.board.selected_id(), "esp-3");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn enter_on_a_problem_in_an_area_selects_the_area() {
    let mut r = rig_with(without_the_waiting_reason);
    r.select_problem("venter");
    r.type_keys("\n");
    assert_eq!(r.board.area(), 1);
    assert_eq!(r.board.pane(), fremdrift::tui::app::Pane::Areas);
}

#[test]
fn e_in_the_problems_list_opens_the_editor_at_the_selected_problem() {
    let mut r = rig();
    r.select_problem("\"Styringsruppa\"");
    let line = r.line_of("owner  = \"Styringsruppa\"");
    assert_eq!(r.type_keys("E"), Effect::Editor { line });
}

#[test]
fn the_selection_moves_with_j_k_and_the_page_keys_and_stays_in_the_list() {
    let mut r = rig();
    r.type_keys("w");
    assert_eq!(r.board.selected_problem(), Some(0));
    r.type_keys("k");
    assert_eq!(r.board.selected_problem(), Some(0));
    r.type_keys("jj");
    assert_eq!(r.board.selected_problem(), Some(2));
    r.board.press(KeyCode::PageDown);
    assert_eq!(r.board.selected_problem(), Some(4));
    r.board.press(KeyCode::PageUp);
    assert_eq!(r.board.selected_problem(), Some(0));
}

#[test]
fn the_problems_list_with_a_selection_and_its_fix_nb() {
    let mut r = rig();
    r.select_problem("\"Prosjektelder\"");
    let s = screen(&draw(&mut r.board, 100, 30));
    assert!(s.contains("x: sett owner = \"Prosjektleder\""), "{s}");
    insta::assert_snapshot!("problems_selected_nb", s);
}
