//! The whole life of a plan on the board, where it can go wrong: a structural change (delete an
//! activity, add a workstream, …) whose save fails is kept as unsaved like a field edit — shown,
//! retried, set aside in the recovery file, and offered again on the next start. The store is
//! the real saving layer; the file is checked byte for byte.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::path::Path;

use fremdrift::file::recovery;
use fremdrift::file::save::PlanFile;
use fremdrift::plan::Language;
use fremdrift::plan::structure::{Place, Structure};
use fremdrift::tui::Effect;
use fremdrift::tui::popup::Popup;
use fremdrift::tui::store::Request;
use fremdrift::tui::theme::{Theme, ThemeKind};
use ratatui::crossterm::event::KeyCode;

use common::board::{Open, Rig, draw, today};
use common::screen::screen;
use common::{PLAN, temp_copy};

/// How these tests open the board: in `lang`, its store telling failures in it too, a save
/// waiting briefly for the lock. The board names the plan `plan.toml` (the temporary folder's
/// name would differ from run to run).
fn open(lang: Language) -> Open {
    Open {
        store_in_board_lang: true,
        lock_timeout: Some(std::time::Duration::from_millis(50)),
        ..Open::default().lang(lang)
    }
}

/// A copy of the real plan made `edit` of it, on the board.
fn rig_on(lang: Language, edit: impl Fn(&str) -> String) -> Rig {
    open(lang).copy_edited(PLAN, edit)
}

/// The two structural changes the tests make on the board, made by the saving layer on a
/// fresh copy: the bytes the plan must end up with.
fn expected(changes: &[Structure]) -> String {
    made_on(&std::fs::read_to_string(PLAN).unwrap(), changes)
}

fn the_changes() -> Vec<Structure> {
    vec![
        Structure::Remove { id: "esp-6".into() },
        Structure::AddWorkstream {
            area: "2".into(),
            title: "Digitale tjenester".into(),
        },
    ]
}

/// Deletes the last activity of area 2 and adds a workstream to it, on the board.
fn make_the_changes(r: &mut Rig) {
    r.type_keys("lGdy");
    r.type_keys("A\nDigitale tjenester\n");
}

fn structural(r: &Rig) -> Vec<Structure> {
    r.board
        .app
        .unsaved()
        .iter()
        .filter_map(|u| u.structural().cloned())
        .collect()
}

#[test]
fn a_structural_change_on_a_file_made_read_only_is_kept_set_aside_and_restored() {
    let mut r = open(Language::Nb).copy(PLAN);
    let (path, original) = (r.path.clone(), r.original.clone());
    // Unwritable between loading and saving.
    common::set_read_only(&path, true);
    make_the_changes(&mut r);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "nothing written"
    );
    // Both are kept, shown on the board as unsaved, not taken back.
    assert_eq!(structural(&r), the_changes());
    assert!(r.board.app.plan().find("esp-6").is_none());
    let ai = r.board.app.plan().area_index("2").unwrap();
    assert!(
        r.board
            .app
            .plan()
            .workstream_index(ai, "2", "Digitale tjenester")
            .is_ok()
    );
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("● 2 ulagret"), "{shown}");
    // Quitting asks; retrying fails again; setting them aside quits.
    assert_eq!(r.type_keys("q"), Effect::None);
    assert!(matches!(r.board.app.popup(), Some(Popup::Unsaved { .. })));
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("esp-6 slettet"), "{shown}");
    assert!(
        shown.contains("delprosjektet «Digitale tjenester» lagt til i område 2"),
        "{shown}"
    );
    assert_eq!(r.type_keys("\n"), Effect::None, "the retry fails");
    assert!(matches!(r.board.app.popup(), Some(Popup::Unsaved { .. })));
    assert_eq!(r.type_keys("j\n"), Effect::Quit);
    let set_aside = recovery::read(&path).unwrap().expect("a recovery file");
    let kept: Vec<Structure> = set_aside
        .edits
        .iter()
        .filter_map(|u| u.structural().cloned())
        .collect();
    assert_eq!(kept, the_changes());
    assert_eq!(r.disk(), original);

    // Fixed; the next start offers them, and re-applying makes exactly those changes.
    common::set_read_only(&path, false);
    let mut r = r.reopen();
    r.board.app.offer_recovery(set_aside);
    assert!(matches!(r.board.app.popup(), Some(Popup::Recovery { .. })));
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("esp-6 slettet"), "{shown}");
    let e = r.board.press(KeyCode::Enter);
    assert!(matches!(e, Effect::Store(Request::Reapply(_))), "{e:?}");
    r.run(e);
    assert!(
        r.board.app.unsaved().is_empty(),
        "{:?}",
        r.board.app.unsaved()
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        expected(&the_changes())
    );
    assert_eq!(recovery::read(&path).unwrap(), None, "removed once applied");
    // Offered again (a second recovery file with the same changes): already made, nothing
    // changes.
    let again = std::fs::read_to_string(&path).unwrap();
    let mut file = PlanFile::open(&path).unwrap();
    let unsaved: Vec<_> = the_changes()
        .into_iter()
        .map(|c| recovery::Unsaved::structure(c, fremdrift::i18n::Message::verbatim("")))
        .collect();
    let (result, left) = file.reapply(&unsaved, today());
    assert!(result.is_ok() && left.is_empty(), "{result:?} {left:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), again);
}

#[test]
fn a_structural_change_while_another_program_holds_the_plan_is_kept_and_saved_by_a_retry() {
    let mut r = open(Language::En).copy(PLAN);
    let (path, original) = (r.path.clone(), r.original.clone());
    // Another program holds the plan's lock (a read-only folder would do the same for anyone
    // but root, who these tests may run as).
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(fremdrift::file::save::lock_path(&path))
        .unwrap();
    lock.lock().unwrap();
    make_the_changes(&mut r);
    // A field edit after them is kept too, on top.
    r.type_keys("k ");
    drop(lock);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "nothing written"
    );
    assert_eq!(structural(&r), the_changes());
    assert_eq!(
        r.board.app.unsaved().len(),
        3,
        "{:?}",
        r.board.app.unsaved()
    );
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("● 3 unsaved"), "{shown}");
    // Fixed: quitting asks, and trying again saves everything, in order.
    assert_eq!(r.type_keys("q"), Effect::None);
    assert_eq!(r.type_keys("\n"), Effect::Quit);
    let id = r.board.app.selected_activity().unwrap().id.clone();
    let mut want = expected(&the_changes());
    {
        let (_d, p) = temp_copy(PLAN);
        std::fs::write(&p, &want).unwrap();
        let mut f = PlanFile::open(&p).unwrap();
        f.apply(
            &fremdrift::plan::edit::Edit::new(
                &id,
                fremdrift::plan::edit::Change::Status(fremdrift::plan::Status::Doing),
            ),
            today(),
        )
        .unwrap();
        want = std::fs::read_to_string(&p).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), want);
    assert_eq!(recovery::read(&path).unwrap(), None);
}

#[test]
fn a_structural_change_refused_by_someone_elses_version_is_kept_not_lost() {
    let (_dir, path) = temp_copy(PLAN);
    let mut file = PlanFile::open(&path).unwrap();
    // Someone else removes esp-6 first; our move of it cannot go in on their version.
    let theirs = expected(&[Structure::Remove { id: "esp-6".into() }]);
    std::fs::write(&path, &theirs).unwrap();
    let ours = Structure::Move {
        id: "esp-6".into(),
        place: Place::After("nvk-1".into()),
    };
    assert!(file.restructure(&ours).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    let unsaved = file.unsaved();
    assert_eq!(unsaved.len(), 1, "{unsaved:?}");
    assert_eq!(unsaved[0].structural(), Some(&ours));
    // Set aside, it is in the recovery file for later.
    recovery::write(&path, &unsaved, "now").unwrap();
    let r = recovery::read(&path).unwrap().unwrap();
    assert_eq!(r.edits[0].structural(), Some(&ours));
}

/// The real plan with its first area's header broken (`[[area]`): TOML that cannot be read.
fn unreadable(good: &str) -> String {
    good.replacen("[[area]]", "[[area]", 1)
}

#[test]
fn the_error_screen_in_bokmal_and_english() {
    let good = std::fs::read_to_string(PLAN).unwrap();
    let text = unreadable(&good);
    let parsed = fremdrift::file::parse_plan(&text);
    assert!(parsed.usable().is_none());
    for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
        let mut broken = fremdrift::tui::broken::Broken::new(
            "plans/plan.toml",
            &text,
            &parsed.diagnostics,
            lang,
            Theme::new(ThemeKind::Dark, true),
        );
        let line = good.lines().position(|l| l == "[[area]]").unwrap() + 1;
        assert_eq!(broken.line(), line);
        for (w, h) in [(80, 24), (120, 36)] {
            let buf = common::board::frame(w, h, |f| f.render_widget(&broken, f.area()));
            insta::assert_snapshot!(format!("broken_{code}_{w}x{h}"), screen(&buf));
        }
        broken.still_broken(&text, &parsed.diagnostics, "10:42:00");
        let buf = common::board::frame(80, 24, |f| f.render_widget(&broken, f.area()));
        insta::assert_snapshot!(format!("broken_{code}_read_again_80x24"), screen(&buf));
    }
}

#[test]
fn a_toml_syntax_error_shows_the_error_screen_and_a_fix_from_outside_opens_the_board() {
    let (_dir, path) = temp_copy(PLAN);
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, unreadable(&good)).unwrap();
    let mut s = common::pty::Session::start_sized(
        &[
            path.to_str().unwrap(),
            "--today",
            "2017-12-01",
            "--lang",
            "en",
        ],
        &[],
        80,
        24,
    );
    s.wait_for("cannot be read");
    s.wait_for("[[area]");
    s.wait_for("E editor at the error");
    // `r` reads it again: still broken, and it says so.
    s.keys("r");
    s.wait_for("it still cannot be read");
    // Fixed by another program: the board opens by itself.
    std::fs::write(&path, &good).unwrap();
    s.wait_for("14 activities");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good);
}

#[test]
fn quitting_the_error_screen_exits_with_the_plan_error_code() {
    let (_dir, path) = temp_copy(PLAN);
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, unreadable(&good)).unwrap();
    let mut s = common::pty::Session::start_sized(&[path.to_str().unwrap()], &[], 80, 24);
    s.wait_for("kan ikke leses");
    s.keys("q");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status:?}");
}

/// The real plan with three mistakes made on reading: nvk-2's status word is not one, nvk-3's
/// `owner` is spelt `ownr`, and esp-4 has nvk-1's id.
fn with_mistakes(good: &str) -> String {
    let mut text = with_status_word(good, "nvk-2", "påbegynt");
    let nvk3 = text.find("id     = \"nvk-3\"").unwrap();
    let owner = nvk3 + text[nvk3..].find("owner  =").unwrap();
    text.replace_range(owner..owner + "owner ".len(), "ownr  ");
    text.replacen("id     = \"esp-4\"", "id     = \"nvk-1\"", 1)
}

/// The real plan with the status of activity `id` (not started) written `word`.
fn with_status_word(good: &str, id: &str, word: &str) -> String {
    let table = good.find(&format!("id     = \"{id}\"")).unwrap();
    let status = table + good[table..].find("status = \"ikke startet\"").unwrap();
    format!(
        "{}status = \"{word}\"{}",
        &good[..status],
        &good[status + "status = \"ikke startet\"".len()..]
    )
}

/// Opens the problems list (`w`) on the problem whose fix `is` matches.
fn select_problem(r: &mut Rig, is: impl Fn(&fremdrift::diagnostics::Fix) -> bool) {
    let app = &r.board.app;
    let at = app
        .problem_order()
        .iter()
        .position(|&i| app.diagnostics()[i].fix.as_ref().is_some_and(&is))
        .unwrap_or_else(|| panic!("no such fix in {:#?}", app.diagnostics()));
    r.type_keys("w");
    r.type_keys(&"j".repeat(at));
}

/// Selects the problem whose fix `is` matches in the problems list (`w`), then applies it (`x`).
fn fix_where(r: &mut Rig, is: impl Fn(&fremdrift::diagnostics::Fix) -> bool) {
    select_problem(r, is);
    r.type_keys("x");
}

#[test]
fn quick_fixes_for_a_status_word_a_misspelt_key_and_a_duplicate_id_are_minimal_and_undoable() {
    use fremdrift::diagnostics::Fix;
    // The board in English, the plan in bokmål: the picker lists the words the file gets.
    let mut r = rig_on(Language::En, with_mistakes);
    let broken = r.original.clone();
    assert_eq!(r.board.app.errors(), 4, "{:#?}", r.board.app.diagnostics());

    // The unknown status word: the picker, and the chosen status's word in its place.
    fix_where(&mut r, |f| matches!(f, Fix::StatusWord));
    assert!(matches!(r.board.app.popup(), Some(Popup::Picker { .. })));
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(
        shown.contains("pågår") && shown.contains("ikke startet"),
        "{shown}"
    );
    r.type_keys("j\n");
    let one = broken.replacen("status = \"påbegynt\"", "status = \"pågår\"", 1);
    assert_eq!(r.disk(), one);
    assert_eq!(r.board.app.errors(), 3);
    let nvk2 = r.board.app.plan().find("nvk-2").unwrap();
    assert_eq!(
        r.board.app.plan().activities[nvk2].status,
        fremdrift::plan::Status::Doing
    );

    // The misspelt key: renamed, nothing else.
    fix_where(&mut r, |f| matches!(f, Fix::Key { to } if to == "owner"));
    // The `=` stays in its column: the padding shrinks by the letter the key gains.
    let two = one.replacen("ownr   =", "owner  =", 1);
    assert_eq!(r.disk(), two);
    assert_eq!(r.board.app.errors(), 1, "{:#?}", r.board.app.diagnostics());

    // The duplicate id: the later one gets a free id in the plan's pattern.
    fix_where(&mut r, |f| matches!(f, Fix::Id { .. }));
    let three = two.replacen(
        "id     = \"nvk-1\"\ntitle  = \"Kvalitetssikre opplegg\"",
        "id     = \"esp-7\"\ntitle  = \"Kvalitetssikre opplegg\"",
        1,
    );
    assert_ne!(three, two, "the second nvk-1 is esp-4's table");
    assert_eq!(r.disk(), three);
    assert_eq!(r.board.app.errors(), 0, "{:#?}", r.board.app.diagnostics());
    assert!(fremdrift::file::parse_plan(&r.disk()).plan.is_some());

    // Each is undone like any edit, back to the bytes before it.
    r.type_keys("u");
    assert_eq!(r.disk(), two);
    r.type_keys("u");
    assert_eq!(r.disk(), one);
    r.type_keys("u");
    assert_eq!(r.disk(), broken);
    r.redo();
    assert_eq!(r.disk(), one, "and redone");
}

#[test]
fn workstream_headings_can_be_selected_and_t_d_a_act_on_them() {
    let mut r = open(Language::En).copy(PLAN);
    let original = r.original.clone();
    // `k` on the first activity goes up onto its workstream's heading; T renames it.
    r.type_keys("gk");
    assert_eq!(r.board.app.selected(), None);
    let w = r.board.app.heading().expect("on the heading");
    assert_eq!(
        r.board.app.plan().workstreams[w].title,
        "Næringsvennlig kommune"
    );
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("▌ Næringsvennlig kommune"), "{shown}");
    r.type_keys("T");
    assert!(matches!(r.board.app.popup(), Some(Popup::Name(_))));
    r.type_keys("\x1b");
    // D on a heading with activities says why not, and changes nothing.
    r.type_keys("D");
    assert!(r.board.app.popup().is_none());
    let said = r.board.said();
    assert!(said.contains("is not empty"), "{said}");
    assert_eq!(r.disk(), original);

    // An empty workstream shows as its heading alone; j stops on it, and a adds into it.
    r.type_keys("A\nEmpty\n");
    let with_empty = r.disk();
    r.type_keys("Gj");
    let w = r.board.app.heading().expect("on the empty heading");
    assert_eq!(r.board.app.plan().workstreams[w].title, "Empty");
    r.type_keys("a");
    r.type_keys("New one\nProsjektleder\nUke 10 2018\n\n");
    let p = r_plan(&r.path);
    let i = p.find("esp-7").expect("added");
    assert_eq!(
        p.workstreams[p.activities[i].workstream.unwrap()].title,
        "Empty"
    );
    r.type_keys("u");
    assert_eq!(r.disk(), with_empty);
    // D on the empty heading asks, and deletes exactly it.
    r.type_keys("Gj");
    assert!(r.board.app.heading().is_some());
    r.type_keys("Dy");
    assert_eq!(r.disk(), original);
}

fn r_plan(path: &Path) -> fremdrift::plan::Plan {
    fremdrift::file::parse_plan(&std::fs::read_to_string(path).unwrap())
        .plan
        .unwrap()
}

#[test]
fn an_undo_of_a_structural_change_that_cannot_be_saved_is_kept_and_restored() {
    let mut r = open(Language::En).copy(PLAN);
    let (path, original) = (r.path.clone(), r.original.clone());
    r.type_keys("lGdy");
    let deleted = r.disk();
    assert_ne!(deleted, original);
    // The undo cannot be written: kept, listed, set aside on quitting.
    common::set_read_only(&path, true);
    r.type_keys("u");
    assert_eq!(r.disk(), deleted);
    assert_eq!(
        r.board.app.unsaved().len(),
        1,
        "{:?}",
        r.board.app.unsaved()
    );
    assert_eq!(r.type_keys("q"), Effect::None);
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("esp-6: undo or redo"), "{shown}");
    assert_eq!(r.type_keys("j\n"), Effect::Quit);
    let set_aside = recovery::read(&path).unwrap().expect("a recovery file");
    assert_eq!(set_aside.edits.len(), 1);
    // Next time, re-applied: the file is as before the delete, byte for byte.
    common::set_read_only(&path, false);
    let mut r = r.reopen();
    r.board.app.offer_recovery(set_aside);
    let e = r.board.press(KeyCode::Enter);
    r.run(e);
    assert!(
        r.board.app.unsaved().is_empty(),
        "{:?}",
        r.board.app.unsaved()
    );
    assert_eq!(r.disk(), original);
    assert_eq!(recovery::read(&path).unwrap(), None);
}

#[test]
fn a_misspelt_key_in_an_unaligned_table_keeps_one_space() {
    use fremdrift::diagnostics::Fix;
    let mut r = rig_on(Language::En, |good| {
        with_mistakes(good).replacen("ownr   =", "ownr =", 1)
    });
    let broken = r.original.clone();
    fix_where(&mut r, |f| matches!(f, Fix::Key { to } if to == "owner"));
    let fixed = r.disk();
    assert_eq!(fixed, broken.replacen("ownr =", "owner =", 1));
    // One changed line.
    let changed = broken
        .lines()
        .zip(fixed.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1);
}

/// The real plan with its misspelt key, and the board's quick fix for it made while the file
/// cannot be written: kept unsaved.
fn a_fix_kept_unsaved() -> Rig {
    use fremdrift::diagnostics::Fix;
    let mut r = rig_on(Language::En, with_mistakes);
    common::set_read_only(&r.path, true);
    fix_where(&mut r, |f| matches!(f, Fix::Key { to } if to == "owner"));
    assert_eq!(r.disk(), r.original);
    assert_eq!(
        r.board.app.unsaved().len(),
        1,
        "{:?}",
        r.board.app.unsaved()
    );
    common::set_read_only(&r.path, false);
    r
}

#[test]
fn a_quick_fix_someone_else_already_made_is_done_on_a_retry_with_a_quiet_note() {
    let mut r = a_fix_kept_unsaved();
    let (path, broken) = (r.path.clone(), r.original.clone());
    // Someone else corrects the key by hand, aligned their own way.
    let theirs = broken.replacen("ownr   =", "owner =", 1);
    std::fs::write(&path, &theirs).unwrap();
    r.type_keys("q");
    assert!(matches!(r.board.app.popup(), Some(Popup::Unsaved { .. })));
    r.type_keys("\n");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs, untouched"
    );
    assert!(
        r.board.app.unsaved().is_empty(),
        "{:?}",
        r.board.app.unsaved()
    );
    let said = r.board.said();
    assert!(said.contains("was already in the file"), "{said}");
}

#[test]
fn a_quick_fix_whose_problem_was_fixed_otherwise_stays_unsaved() {
    let mut r = a_fix_kept_unsaved();
    let (path, broken) = (r.path.clone(), r.original.clone());
    // Someone else corrects the key and gives the activity another owner: the problem is
    // gone, but the line is not what this correction gives.
    let at = broken.find("ownr   =").unwrap();
    let end = at + broken[at..].find('\n').unwrap();
    let theirs = format!(
        "{}owner  = \"Styringsgruppa\"{}",
        &broken[..at],
        &broken[end..]
    );
    std::fs::write(&path, &theirs).unwrap();
    r.type_keys("q\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    let unsaved = r.board.app.unsaved();
    assert_eq!(unsaved.len(), 1, "{unsaved:?}");
    assert!(
        unsaved[0]
            .reason
            .render(Language::En)
            .contains("no longer in the file"),
        "{unsaved:?}"
    );
}

/// The plan as someone else leaves it: `change` made by another program on the file at `path`.
fn someone_else(path: &Path, change: &Structure) -> String {
    let mut other = PlanFile::open(path).unwrap();
    other.restructure(change).unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// `changes` made by the saving layer on a copy of `text`: the bytes a file must end up with.
fn made_on(text: &str, changes: &[Structure]) -> String {
    let (_dir, path) = temp_copy(PLAN);
    std::fs::write(&path, text).unwrap();
    let mut file = PlanFile::open(&path).unwrap();
    for c in changes {
        file.restructure(c).unwrap();
    }
    std::fs::read_to_string(&path).unwrap()
}

#[test]
fn a_structural_change_in_a_conflict_is_shown_and_keep_mine_puts_it_on_their_version() {
    for lang in [Language::Nb, Language::En] {
        let mut r = open(lang).copy(PLAN);
        // Someone else deletes esp-1 while the board moves esp-6 up past esp-5.
        let theirs = someone_else(&r.path, &Structure::Remove { id: "esp-1".into() });
        r.type_keys("lGK");
        assert_eq!(r.disk(), theirs, "nothing of ours written over theirs");
        // The conflict popup, at once: what the change was, and what happened elsewhere.
        assert!(
            matches!(r.board.app.popup(), Some(Popup::Conflict { .. })),
            "{:?}",
            r.board.app.popup()
        );
        let shown = screen(&draw(&mut r.board, 120, 36));
        let (mine, elsewhere) = match lang {
            Language::En => ("here: esp-6 moved up", "elsewhere: esp-1 deleted"),
            _ => ("her: esp-6 flyttet opp", "et annet sted: esp-1 slettet"),
        };
        assert!(shown.contains(mine), "{shown}");
        assert!(shown.contains(elsewhere), "{shown}");
        assert_eq!(r.board.app.conflicts().len(), 1);
        // Esc leaves it for later; Enter on esp-6 asks again.
        r.type_keys("\x1b");
        assert!(r.board.app.popup().is_none());
        r.type_keys("\n");
        assert!(matches!(r.board.app.popup(), Some(Popup::Conflict { .. })));
        // Keep mine: made on their version, nothing else.
        r.type_keys("\n");
        let shift = Structure::Shift {
            id: "esp-6".into(),
            down: false,
        };
        assert_eq!(r.disk(), made_on(&theirs, std::slice::from_ref(&shift)));
        assert!(
            r.board.app.unsaved().is_empty(),
            "{:?}",
            r.board.app.unsaved()
        );
        assert!(r.board.app.conflicts().is_empty());
        assert!(r.board.app.popup().is_none());
    }
}

#[test]
fn keep_mine_that_no_longer_fits_says_why_and_keep_theirs_drops_it() {
    let mut r = open(Language::En).copy(PLAN);
    // Someone else deletes esp-6 while the board moves it up.
    let theirs = someone_else(&r.path, &Structure::Remove { id: "esp-6".into() });
    r.type_keys("lGK");
    assert_eq!(r.disk(), theirs);
    assert!(matches!(r.board.app.popup(), Some(Popup::Conflict { .. })));
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("elsewhere: esp-6 deleted"), "{shown}");
    // Keep mine cannot be made on their version: it says why, stays unsaved, and asks again
    // with keep theirs chosen.
    r.type_keys("\n");
    assert_eq!(r.disk(), theirs);
    assert_eq!(
        r.board.app.unsaved().len(),
        1,
        "{:?}",
        r.board.app.unsaved()
    );
    let said = r.board.said();
    assert!(said.contains("esp-6"), "{said}");
    assert!(matches!(
        r.board.app.popup(),
        Some(Popup::Conflict {
            choice: fremdrift::tui::popup::ConflictChoice::KeepTheirs,
            ..
        })
    ));
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("here: esp-6 moved up"), "{shown}");
    // Keep theirs: forgotten; their file stays as they wrote it.
    r.type_keys("\n");
    assert_eq!(r.disk(), theirs);
    assert!(
        r.board.app.unsaved().is_empty(),
        "{:?}",
        r.board.app.unsaved()
    );
    assert!(r.board.app.popup().is_none());
    assert_eq!(r.type_keys("q"), Effect::Quit, "nothing left to ask about");
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

fn lang_code(lang: Language) -> &'static str {
    match lang {
        Language::En => "en",
        _ => "nb",
    }
}

#[test]
fn snapshots_of_the_problems_list_with_a_fix_and_the_quick_fix_status_picker() {
    use fremdrift::diagnostics::Fix;
    for lang in [Language::Nb, Language::En] {
        let code = lang_code(lang);
        let mut r = rig_on(lang, with_mistakes);
        // The misspelt key selected: its fix line under it.
        select_problem(&mut r, |f| matches!(f, Fix::Key { .. }));
        for (w, h) in SIZES {
            let shown = screen(&draw(&mut r.board, w, h));
            insta::assert_snapshot!(format!("problems_fix_key_{code}_{w}x{h}"), shown);
        }
        r.type_keys("\x1b");
        // The unknown status word: the picker of the words the file can get.
        fix_where(&mut r, |f| matches!(f, Fix::StatusWord));
        assert!(matches!(r.board.app.popup(), Some(Popup::Picker { .. })));
        for (w, h) in SIZES {
            let shown = screen(&draw(&mut r.board, w, h));
            insta::assert_snapshot!(format!("fix_status_picker_{code}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn snapshots_of_a_selected_workstream_heading() {
    for lang in [Language::Nb, Language::En] {
        let code = lang_code(lang);
        let mut r = open(lang).copy(PLAN);
        r.type_keys("gk");
        assert!(r.board.app.heading().is_some());
        for (w, h) in SIZES {
            let shown = screen(&draw(&mut r.board, w, h));
            insta::assert_snapshot!(format!("heading_selected_{code}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn snapshots_of_the_conflict_popup_for_a_structural_change() {
    for lang in [Language::Nb, Language::En] {
        let code = lang_code(lang);
        let mut r = open(lang).copy(PLAN);
        someone_else(&r.path, &Structure::Remove { id: "esp-1".into() });
        r.type_keys("lGK");
        assert!(matches!(r.board.app.popup(), Some(Popup::Conflict { .. })));
        for (w, h) in SIZES {
            let shown = screen(&draw(&mut r.board, w, h));
            insta::assert_snapshot!(format!("conflict_structural_{code}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn every_workstream_heading_is_a_stop_and_t_d_a_j_k_act_on_it() {
    let mut r = open(Language::En).copy(PLAN);
    let original = r.original.clone();
    let title = |r: &Rig| {
        let w = r.board.app.heading().expect("on a heading");
        r.board.app.plan().workstreams[w].title.clone()
    };
    // Area 2: its first heading, its eight activities, then the second heading — a stop too,
    // though its workstream has activities.
    r.type_keys("g");
    assert_eq!(title(&r), "Næringsvennlig kommune");
    r.type_keys("jjjjjjjj");
    let last = r
        .board
        .app
        .selected()
        .expect("the first workstream's last activity");
    r.type_keys("j");
    assert_eq!(title(&r), "Effektiv søknadsprosess");
    r.type_keys("j");
    let first = r
        .board
        .app
        .selected()
        .expect("the second workstream's first activity");
    assert_eq!(r.board.app.plan().activities[first].id, "esp-1");
    r.type_keys("kk");
    assert_eq!(
        r.board.app.selected(),
        Some(last),
        "k passes the heading the same way"
    );
    r.type_keys("j");
    // J/K: a workstream keeps its place; they say so and change nothing.
    r.type_keys("JK");
    let said = r.board.said();
    assert!(said.contains("keeps its place"), "{said}");
    assert_eq!(r.disk(), original);
    // D: not empty, so not deleted.
    r.type_keys("D");
    assert!(r.board.app.popup().is_none());
    assert_eq!(r.disk(), original);
    // T renames it (one line), a adds at its end.
    r.type_keys("T");
    assert!(matches!(r.board.app.popup(), Some(Popup::Name(_))));
    r.type_keys("\x1b");
    r.type_keys("a");
    r.type_keys("New one\nProsjektleder\nUke 10 2018\n\n");
    let p = r_plan(&r.path);
    let i = p.find("esp-7").expect("added");
    let ws = p.activities[i].workstream.unwrap();
    assert_eq!(p.workstreams[ws].title, "Effektiv søknadsprosess");
    let last_of_it = p
        .activities
        .iter()
        .rposition(|a| a.workstream == Some(ws))
        .unwrap();
    assert_eq!(last_of_it, i, "at the end of the workstream");
    r.type_keys("u");
    assert_eq!(r.disk(), original);
}

/// An undo kept unsaved is a minimal splice that may start mid-word (`3"\ntitle …id = "nvk-`).
/// Someone else's line added above it shifts the file: the same removed bytes (none, for an
/// undo of a delete) "fit" at the old offset, and applying there would rewrite ids (`n3`,
/// `nvk-vk-4`). It must be refused and stay unsaved, the file left as the other person wrote it.
#[test]
fn an_unsaved_undo_is_not_applied_to_a_file_someone_else_changed_above_it() {
    let (_dir, path) = temp_copy("plans/naeringsvennlig-kommune.toml");
    let mut f = PlanFile::open(&path).unwrap();
    f.restructure(&Structure::Remove { id: "nvk-3".into() })
        .unwrap();
    common::set_read_only(&path, true);
    assert!(f.undo().is_err(), "the undo cannot be written");
    let unsaved = f.unsaved();
    assert_eq!(unsaved.len(), 1, "{unsaved:?}");
    drop(f);
    common::set_read_only(&path, false);
    for extra in [
        "#x\n",
        "note   = \"a line of someone else's, 190 bytes or so\"\n",
    ] {
        let deleted = std::fs::read_to_string(&path).unwrap();
        let theirs = deleted.replacen(
            "due    = \"30. november\"\n",
            &format!("due    = \"30. november\"\n{extra}"),
            1,
        );
        assert_ne!(theirs, deleted);
        std::fs::write(&path, &theirs).unwrap();
        let mut g = PlanFile::open(&path).unwrap();
        let (result, left) = g.reapply(&unsaved, today());
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(left.len(), 1, "kept unsaved with the reason: {left:?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
        std::fs::write(&path, &deleted).unwrap();
    }
    // On the very text it was recorded on, it is applied: the activity is back.
    let mut g = PlanFile::open(&path).unwrap();
    let (result, left) = g.reapply(&unsaved, today());
    assert!(result.is_ok() && left.is_empty(), "{result:?} {left:?}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        std::fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap()
    );
}

/// An activity whose status word is unknown is not read, so its other problem (its id taken
/// twice) cannot show until the status is fixed. The fix reveals that problem rather than
/// making it: it is saved, and the duplicate is listed with its own quick fix.
#[test]
fn a_status_fix_that_reveals_a_duplicate_id_in_its_table_is_saved_and_the_duplicate_listed() {
    use fremdrift::diagnostics::Fix;
    let mut r = rig_on(Language::En, |good| {
        with_status_word(good, "nvk-2", "påbegynt").replacen(
            "id     = \"nvk-2\"",
            "id     = \"nvk-1\"",
            1,
        )
    });
    let broken = r.original.clone();
    assert_eq!(r.board.app.errors(), 1, "{:#?}", r.board.app.diagnostics());

    fix_where(&mut r, |f| matches!(f, Fix::StatusWord));
    r.type_keys("j\n");
    let one = broken.replacen("status = \"påbegynt\"", "status = \"pågår\"", 1);
    assert_eq!(r.disk(), one, "saved: {:?}", r.board.app.unsaved());
    assert!(r.board.app.unsaved().is_empty());
    assert_eq!(r.board.app.errors(), 1, "{:#?}", r.board.app.diagnostics());

    fix_where(&mut r, |f| matches!(f, Fix::Id { .. }));
    assert_eq!(r.board.app.errors(), 0, "{:#?}", r.board.app.diagnostics());
    assert!(fremdrift::file::parse_plan(&r.disk()).plan.is_some());
    r.type_keys("u");
    r.type_keys("u");
    assert_eq!(r.disk(), broken);
}

/// A renamed key that makes an error (the id it gives is taken) made that error: refused, the
/// file left as it was.
#[test]
fn a_key_fix_that_would_make_a_duplicate_id_is_refused() {
    use fremdrift::diagnostics::Fix;
    let mut r = rig_on(Language::En, |good| {
        let broken = good.replacen("id     = \"nvk-2\"", "idd    = \"nvk-1\"", 1);
        assert_ne!(broken, good);
        broken
    });
    let broken = r.original.clone();
    fix_where(&mut r, |f| matches!(f, Fix::Key { to } if to == "id"));
    assert_eq!(r.disk(), broken);
    assert!(
        fremdrift::file::parse_plan(&r.disk())
            .diagnostics
            .iter()
            .all(|d| !d.message.id.contains("duplicate")),
        "no duplicate id was written"
    );
}

/// The free id a duplicate's fix offers is free among the activities that could be read; when
/// an activity that cannot be read (its status word unknown) already has it written, the fix
/// is refused rather than writing a collision that shows only later.
#[test]
fn an_id_fix_is_refused_when_an_unreadable_activity_has_that_id() {
    use fremdrift::diagnostics::Fix;
    let mut r = rig_on(Language::En, |good| {
        with_status_word(good, "esp-6", "ferdg").replacen(
            "id     = \"esp-4\"",
            "id     = \"nvk-1\"",
            1,
        )
    });
    let broken = r.original.clone();
    let offered = r
        .board
        .app
        .diagnostics()
        .iter()
        .find_map(|d| match &d.fix {
            Some(Fix::Id { to }) => Some(to.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        offered, "esp-6",
        "free among the activities that could be read"
    );
    fix_where(&mut r, |f| matches!(f, Fix::Id { .. }));
    assert_eq!(r.disk(), broken);
    let shown = screen(&draw(&mut r.board, 120, 36));
    assert!(shown.contains("esp-6 is already written"), "{shown}");
}
