//! The board's workstream and area keys against real files: `A` adds a workstream or an area,
//! `T` (and `t` on the areas list) renames one, `D` (and `d` on the areas list) deletes an
//! empty one after asking. The store is the real saving layer; the file is checked byte for
//! byte, and `u` restores it. Snapshots of the new popups in bokmål and English.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use chrono::NaiveDate;
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
use common::{PLAN, day, temp_copy};

fn today() -> NaiveDate {
    day(2017, 12, 1)
}

struct Rig {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    original: String,
    board: Board,
    store: PlanFileStore,
}

fn rig(read_only: bool, lang: Language) -> Rig {
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
            lang,
            theme: Theme::new(ThemeKind::Dark, true),
            read_only,
            path: path.display().to_string(),
        },
    );
    Rig {
        _dir: dir,
        path,
        original,
        board: Board::new(app),
        store: PlanFileStore::new(file),
    }
}

impl Rig {
    /// Types `keys` ('\n' Enter, '\x1b' Esc, '\t' Tab, '\u{8}' Backspace), carrying every
    /// request to the store and its report back, as the event loop does.
    fn type_keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                '\t' => KeyCode::Tab,
                '\u{8}' => KeyCode::Backspace,
                c => KeyCode::Char(c),
            };
            let effect = self
                .board
                .apply(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            if let Effect::Store(request) = effect {
                let report = self.store.handle(request, today());
                self.board.apply(Event::Stored(Box::new(report)));
            }
        }
    }

    fn disk(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap()
    }

    /// (lines taken out, lines put in) of the one place the file changed.
    fn hunk(&self) -> (Vec<String>, Vec<String>) {
        let now = self.disk();
        let a: Vec<&str> = self.original.split_inclusive('\n').collect();
        let b: Vec<&str> = now.split_inclusive('\n').collect();
        let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let end = a[start..]
            .iter()
            .rev()
            .zip(b[start..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let own = |v: &[&str]| v.iter().map(|l| l.to_string()).collect();
        (own(&a[start..a.len() - end]), own(&b[start..b.len() - end]))
    }

    fn message(&self) -> String {
        self.board
            .app
            .message()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }
}

fn backspaces(n: usize) -> String {
    "\u{8}".repeat(n)
}

#[test]
fn shift_a_adds_a_workstream_to_the_area_as_one_block_and_u_takes_it_out() {
    let mut r = rig(false, Language::Nb);
    // The question preselects a workstream in the area shown (2).
    r.type_keys("A\nDigitale tjenester\n");
    let (removed, added) = r.hunk();
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added.concat(),
        // After the area's last table, separated like its workstreams (two blank lines).
        "[[area.workstream]]\ntitle       = \"Digitale tjenester\"\n\n\n",
    );
    let plan = r.board.app.plan();
    assert_eq!(plan.workstreams[2].title, "Digitale tjenester");
    assert_eq!(plan.workstreams[2].area, 0);
    // The empty workstream shows as its heading, last in the area.
    assert_eq!(
        r.board.app.rows().last(),
        Some(&fremdrift::tui::model::Row::Workstream(Some(2)))
    );
    r.type_keys("u");
    assert_eq!(r.disk(), r.original, "undo restores the bytes");
}

#[test]
fn shift_a_on_the_areas_list_adds_an_area_in_number_order() {
    let mut r = rig(false, Language::Nb);
    // The number is prefilled (6); Tab to it, change it to 4.3, Tab back to the title.
    r.type_keys("hA\n\t\u{8}4.3\tNytt område\n");
    let (removed, added) = r.hunk();
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added.concat(),
        "[[area]]\nnumber      = \"4.3\"\ntitle       = \"Nytt område\"\n\n"
    );
    let app = &r.board.app;
    assert_eq!(
        app.plan().areas[app.area()].number,
        "4.3",
        "the new area is selected"
    );
    // A taken number is refused in the form, which stays open.
    r.type_keys("A\n\t\u{8}\u{8}\u{8}3\tDup\n");
    assert!(matches!(r.board.app.popup(), Some(Popup::Name(_))));
    r.type_keys("\x1b");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn shift_t_renames_the_selected_activity_s_workstream_and_t_on_the_areas_list_the_area() {
    let mut r = rig(false, Language::Nb);
    let old = "Næringsvennlig kommune";
    r.type_keys(&format!(
        "T{}Kurs for ansatte\n",
        backspaces(old.chars().count())
    ));
    let (removed, added) = r.hunk();
    assert_eq!(removed.concat(), format!("title       = \"{old}\"\n"));
    assert_eq!(added.concat(), "title       = \"Kurs for ansatte\"\n");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);

    let old = "Kompetanseheving";
    r.type_keys(&format!(
        "ht{}Kompetanse\n",
        backspaces(old.chars().count())
    ));
    let (removed, added) = r.hunk();
    assert_eq!(removed.concat(), format!("title       = \"{old}\"\n"));
    assert_eq!(added.concat(), "title       = \"Kompetanse\"\n");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn shift_d_deletes_an_empty_workstream_after_asking_and_refuses_without_one() {
    let mut r = rig(false, Language::Nb);
    r.type_keys("D");
    assert!(r.board.app.popup().is_none());
    assert!(
        r.message().contains("ingen tomme delprosjekter"),
        "{}",
        r.message()
    );
    r.type_keys("A\nEn\n");
    let one = r.disk();
    r.type_keys("Dn");
    assert_eq!(r.disk(), one, "n keeps it");
    r.type_keys("Dj");
    assert_eq!(r.disk(), r.original, "exactly its lines go");
    // With two empty ones, D asks which first.
    r.type_keys("A\nEn\nA\nTo\n");
    r.type_keys("Dj\n");
    assert!(matches!(
        r.board.app.popup(),
        Some(Popup::DeleteGroup { .. })
    ));
    r.type_keys("j");
    assert_eq!(r.disk(), one, "the second one went");
    r.type_keys("uuuuu");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn d_on_the_areas_list_deletes_an_empty_area_and_refuses_one_with_activities() {
    let mut r = rig(false, Language::En);
    r.type_keys("hd");
    assert!(r.board.app.popup().is_none());
    assert!(
        r.message()
            .contains("area 2 is not empty: it has 14 activities"),
        "{}",
        r.message()
    );
    assert_eq!(r.disk(), r.original);
    // Area 5, the last, has no activities.
    r.type_keys("Gdy");
    let (removed, added) = r.hunk();
    assert!(added.is_empty(), "{added:?}");
    assert_eq!(removed[1], "[[area]]\n");
    assert_eq!(removed[2], "number      = \"5\"\n");
    assert!(r.board.app.plan().area_index("5").is_err());
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);
}

#[test]
fn read_only_never_adds_renames_or_deletes_groups() {
    let mut r = rig(true, Language::Nb);
    r.type_keys("A\nX\nTY\nhtZ\nhdyGdyD");
    assert_eq!(r.disk(), r.original);
    assert!(r.board.app.popup().is_none());
}

#[test]
fn the_new_popups_in_bokmal_and_english() {
    for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
        for (keys, name) in [
            ("A", "add_which"),
            ("hA\n", "new_area"),
            ("T", "rename_workstream"),
            ("hGd", "delete_area"),
        ] {
            let mut r = rig(false, lang);
            r.type_keys(keys);
            let name = format!("popup_group_{name}_{code}_80x24");
            insta::assert_snapshot!(name, screen(&draw(&mut r.board, 80, 24)));
        }
    }
}
