//! Quick fixes from the problems list (`w`) on the uncorrected seed plan, saved through the real
//! store: one problem selected at a time, Enter goes to its activity, `x` applies the fix its
//! `help:` names as an ordinary edit (one line changes, undo restores the bytes), `E` opens the
//! editor at the selected problem's line.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use chrono::NaiveDate;
use fremdrift::diagnostics::{Diagnostic, Fix};
use fremdrift::file::parse_plan;
use fremdrift::file::save::PlanFile;
use fremdrift::plan::Language;
use fremdrift::tui::file_store::PlanFileStore;
use fremdrift::tui::popup::Popup;
use fremdrift::tui::store::Store;
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{App, Effect, Event, Options};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::board::{Board, draw};
use common::screen::screen;
use common::{day, temp_copy};

const SEED_PATH: &str = "tests/fixtures/seed-uncorrected.toml";

fn today() -> NaiveDate {
    day(2017, 12, 1)
}

/// The uncorrected seed (or `edit` of it) on a board over a copy, saving through the real store.
struct Rig {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    original: String,
    board: Board,
    store: PlanFileStore,
}

fn rig() -> Rig {
    rig_with(|t| t.to_string())
}

fn rig_with(edit: impl Fn(&str) -> String) -> Rig {
    let (dir, path) = temp_copy(SEED_PATH);
    let text = edit(&std::fs::read_to_string(&path).unwrap());
    std::fs::write(&path, &text).unwrap();
    let file = PlanFile::open(&path).expect("a plan with errors opens");
    let app = App::new(
        file.plan().clone(),
        parse_plan(&text).diagnostics,
        text.clone(),
        Options {
            today: today(),
            lang: Language::Nb,
            theme: Theme::new(ThemeKind::Dark, false),
            read_only: false,
            path: "plan.toml".to_string(),
        },
    );
    Rig {
        _dir: dir,
        path,
        original: text,
        board: Board::new(app),
        store: PlanFileStore::new(file),
    }
}

impl Rig {
    /// Types `keys`, carrying every request to the store and its report back, as the event
    /// loop does; returns the last key's effect when it is not a store request.
    fn type_keys(&mut self, keys: &str) -> Effect {
        let mut last = Effect::None;
        for c in keys.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            last = self
                .board
                .apply(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            if let Effect::Store(request) = last.clone() {
                let report = self.store.handle(request, today());
                self.board.apply(Event::Stored(Box::new(report)));
            }
        }
        last
    }

    fn disk(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap()
    }

    /// (1-based line, before, after) of every changed line; the line count must not change.
    fn changed_lines(&self) -> Vec<(usize, String, String)> {
        let now = self.disk();
        assert_eq!(
            now.lines().count(),
            self.original.lines().count(),
            "{}",
            diff(&self.original, &now)
        );
        self.original
            .lines()
            .zip(now.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| (i + 1, a.to_string(), b.to_string()))
            .collect()
    }

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

    fn selected_id(&self) -> String {
        let i = self.board.selected().unwrap();
        self.board.plan().activities[i].id.clone()
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

/// The lines that differ, for a failure message.
fn diff(a: &str, b: &str) -> String {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    format!(
        "line {}: -{:?} +{:?}",
        start + 1,
        &a[start..a.len() - end],
        &b[start..b.len() - end]
    )
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
    let mut r = rig_with(|t| {
        t.lines()
            .filter(|l| !l.contains("kontorsjefen er tilbake"))
            .map(|l| format!("{l}\n"))
            .collect()
    });
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
    assert_eq!(r.selected_id(), "esp-3");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn enter_on_a_problem_in_an_area_selects_the_area() {
    let mut r = rig_with(|t| {
        t.lines()
            .filter(|l| !l.contains("kontorsjefen er tilbake"))
            .map(|l| format!("{l}\n"))
            .collect()
    });
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
    r.board.apply(Event::Key(KeyEvent::new(
        KeyCode::PageDown,
        KeyModifiers::NONE,
    )));
    assert_eq!(r.board.selected_problem(), Some(4));
    r.board.apply(Event::Key(KeyEvent::new(
        KeyCode::PageUp,
        KeyModifiers::NONE,
    )));
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
