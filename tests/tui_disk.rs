//! Board tests against real files: key sequences drive the board, its requests go through the
//! real saving layer (synchronously here; a worker thread in the app), and the file on disk is
//! checked byte for byte.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use chrono::NaiveDate;
use fremdrift::file::save::PlanFile;
use fremdrift::plan::Language;
use fremdrift::tui::app::ViewState;
use fremdrift::tui::file_store::PlanFileStore;
use fremdrift::tui::store::Store;
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{App, Effect, Event, Options};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::{PLAN, day, temp_copy};

fn today() -> NaiveDate {
    day(2017, 12, 1)
}

struct Rig {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    original: String,
    app: App,
    state: ViewState,
    store: PlanFileStore,
}

fn rig(read_only: bool) -> Rig {
    let (dir, path) = temp_copy(PLAN);
    let original = std::fs::read_to_string(&path).unwrap();
    let file = PlanFile::open(&path).unwrap();
    let parsed = fremdrift::file::parse_plan(&original);
    let app = App::new(
        file.plan().clone(),
        parsed.diagnostics,
        original.clone(),
        Options {
            today: today(),
            lang: Language::Nb,
            theme: Theme::new(ThemeKind::Dark, true),
            read_only,
            path: path.display().to_string(),
        },
    );
    Rig {
        _dir: dir,
        path,
        original,
        app,
        state: ViewState::default(),
        store: PlanFileStore::new(file),
    }
}

impl Rig {
    /// Types `keys`, carrying every request to the store and its report back, as the event
    /// loop does.
    fn type_keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            let effect = self.app.apply(
                Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
                &mut self.state,
            );
            if let Effect::Store(request) = effect {
                let report = self.store.handle(request, today());
                self.app
                    .apply(Event::Stored(Box::new(report)), &mut self.state);
            }
        }
    }

    /// How many lines the file grew by.
    fn changed_lines_added(&self) -> usize {
        self.disk().lines().count() - self.original.lines().count()
    }

    fn disk(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap()
    }

    /// (line number, before, after) of every changed line; the line count must not change.
    fn changed_lines(&self) -> Vec<(usize, String, String)> {
        let now = self.disk();
        let (a, b): (Vec<&str>, Vec<&str>) =
            (self.original.lines().collect(), now.lines().collect());
        assert_eq!(a.len(), b.len(), "lines were added or removed:\n{now}");
        a.iter()
            .zip(&b)
            .enumerate()
            .filter(|(_, (x, y))| x != y)
            .map(|(i, (x, y))| (i + 1, x.to_string(), y.to_string()))
            .collect()
    }
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
    let effect = r.app.apply(
        Event::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
        &mut r.state,
    );
    if let Effect::Store(request) = effect {
        let report = r.store.handle(request, today());
        r.app.apply(Event::Stored(Box::new(report)), &mut r.state);
    }
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
    assert_eq!(r.changed_lines_added(), 1);
    assert!(fremdrift::file::parse_plan(&now).plan.is_some());
}

#[test]
fn an_invalid_deadline_is_refused_and_the_file_is_untouched() {
    let mut r = rig(false);
    r.type_keys("le");
    // Clear the current text, type a deadline that does not exist, and try to save it.
    for _ in 0..20 {
        r.app.apply(
            Event::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
            &mut r.state,
        );
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
