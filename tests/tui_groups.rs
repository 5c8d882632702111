//! The board's workstream and area keys against real files: `A` adds a workstream or an area,
//! `T` (and `t` on the areas list) renames one, `D` (and `d` on the areas list) deletes an
//! empty one after asking. The store is the real saving layer; the file is checked byte for
//! byte, and `u` restores it. Snapshots of the new popups in bokmål and English.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use fremdrift::plan::Language;
use fremdrift::tui::popup::Popup;

use common::PLAN;
use common::board::{Open, Rig, draw};
use common::screen::screen;

/// The real plan on a board over a copy, saving through the real store; the board names the
/// plan by its real path.
fn rig(read_only: bool, lang: Language) -> Rig {
    Open::default()
        .lang(lang)
        .read_only(read_only)
        .shown_as_real_path()
        .copy(PLAN)
}

fn backspaces(n: usize) -> String {
    "\u{8}".repeat(n)
}

#[test]
fn shift_a_adds_a_workstream_to_the_area_as_one_block_and_u_takes_it_out() {
    let mut r = rig(false, Language::Nb);
    // The question preselects a workstream in the area shown (2).
    r.type_keys("A\nDigitale tjenester\n");
    let (_, removed, added) = r.hunk();
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
    let (_, removed, added) = r.hunk();
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
    let (_, removed, added) = r.hunk();
    assert_eq!(removed.concat(), format!("title       = \"{old}\"\n"));
    assert_eq!(added.concat(), "title       = \"Kurs for ansatte\"\n");
    r.type_keys("u");
    assert_eq!(r.disk(), r.original);

    let old = "Kompetanseheving";
    r.type_keys(&format!(
        "ht{}Kompetanse\n",
        backspaces(old.chars().count())
    ));
    let (_, removed, added) = r.hunk();
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
        r.board.said().contains("ingen tomme delprosjekter"),
        "{}",
        r.board.said()
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
        r.board
            .said()
            .contains("area 2 is not empty: it has 14 activities"),
        "{}",
        r.board.said()
    );
    assert_eq!(r.disk(), r.original);
    // Area 5, the last, has no activities.
    r.type_keys("Gdy");
    let (_, removed, added) = r.hunk();
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
