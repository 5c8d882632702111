//! The portfolio keeps up with its folder: a plan changed on disk, a new plan and a removed one
//! show once the folder's watcher is polled (driven here by hand, as the event loop does every
//! half second: no sleeps, no timing); `r` asks for every plan again; two plans with the same
//! title show their file names; `/` searches the rows and `O` sorts them (nb, 100×30).

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::Path;

use fremdrift::file::watch::FolderWatcher;
use fremdrift::plan::Language;
use fremdrift::tui::portfolio::{Effect, Entry, Event, Options, Portfolio, Row, View, ViewState};
use fremdrift::tui::theme::{Theme, ThemeKind};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::board::frame;
use common::screen::screen_text;
use common::{PLAN, day};

/// A folder with two copies of the real plan (same title) and a synthetic plan.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PLAN, dir.path().join("a-kopi.toml")).unwrap();
    std::fs::copy(PLAN, dir.path().join("b-kopi.toml")).unwrap();
    std::fs::write(
        dir.path().join("syntetisk.toml"),
        fremdrift::synth::plan_text("Syntetisk", 12, 1),
    )
    .unwrap();
    dir
}

/// The portfolio of `dir` and its watcher, from one reading of the folder (as `fremdrift DIR`
/// builds them).
fn open(dir: &Path) -> (Portfolio, FolderWatcher, ViewState) {
    let paths = fremdrift::cli::expand_plans_in(dir, Language::En).unwrap();
    let loads: Vec<_> = paths.iter().map(|p| fremdrift::file::load(p)).collect();
    let watcher = FolderWatcher::after(
        dir,
        paths
            .iter()
            .zip(&loads)
            .map(|(p, l)| (p.as_path(), l.as_ref().ok())),
    );
    let entries = paths
        .iter()
        .zip(loads)
        .map(|(p, l)| Entry::from_load(p, l))
        .collect();
    let portfolio = Portfolio::new(
        entries,
        Options {
            today: day(2018, 3, 1),
            lang: Language::Nb,
            theme: Theme::new(ThemeKind::Dark, false),
            folder: "plans/".into(),
        },
    );
    (portfolio, watcher, ViewState::default())
}

fn drawn(p: &Portfolio, state: &mut ViewState, w: u16, h: u16) -> String {
    screen_text(&frame(w, h, |f| {
        f.render_stateful_widget(p, f.area(), state)
    }))
}

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn names(p: &Portfolio) -> Vec<String> {
    p.entries.iter().map(|e| e.name.clone()).collect()
}

fn titles(p: &Portfolio) -> Vec<String> {
    p.entries.iter().map(|e| e.title().to_string()).collect()
}

#[test]
fn a_changed_plan_a_new_one_and_a_removed_one_are_picked_up() {
    let dir = folder();
    let (mut p, mut w, state) = open(dir.path());
    assert!(
        w.poll().is_empty(),
        "nothing changed since the folder was read"
    );
    // The cursor on the second copy: it stays there through the changes.
    p.apply(key(KeyCode::Char('j')), &state);
    assert_eq!(p.selected_plan().unwrap().name, "b-kopi.toml");

    // Edited elsewhere: the new title shows at the next poll.
    let b = dir.path().join("b-kopi.toml");
    let text = std::fs::read_to_string(&b).unwrap();
    std::fs::write(&b, text.replace("forprosjekt fase 2", "fase 3")).unwrap();
    p.files_changed(w.poll());
    assert_eq!(titles(&p)[1], "Næringsvennlig kommune – fase 3");
    assert_eq!(p.selected_plan().unwrap().name, "b-kopi.toml");

    // A plan that breaks shows its error; fixed again, it comes back.
    std::fs::write(&b, "this is not = = toml").unwrap();
    p.files_changed(w.poll());
    assert!(p.entries[1].result.is_err());
    std::fs::write(&b, &text).unwrap();
    p.files_changed(w.poll());
    assert!(p.entries[1].result.is_ok());

    // A new file takes its place in name order; the selection follows its plan.
    std::fs::copy(PLAN, dir.path().join("0-ny.toml")).unwrap();
    std::fs::write(dir.path().join("notater.txt"), "ikke en plan").unwrap();
    p.files_changed(w.poll());
    assert_eq!(
        names(&p),
        ["0-ny.toml", "a-kopi.toml", "b-kopi.toml", "syntetisk.toml"]
    );
    assert_eq!(p.selected_plan().unwrap().name, "b-kopi.toml");
    assert_eq!(p.current_rows().len(), 4);

    // A removed file goes, from every view.
    std::fs::remove_file(dir.path().join("syntetisk.toml")).unwrap();
    p.files_changed(w.poll());
    assert_eq!(names(&p), ["0-ny.toml", "a-kopi.toml", "b-kopi.toml"]);
    p.apply(key(KeyCode::Char('2')), &state);
    let synth = p
        .current_rows()
        .iter()
        .any(|r| matches!(r, Row::Item { plan, .. } if p.entries[*plan].name == "syntetisk.toml"));
    assert!(
        !synth,
        "the removed plan's activities are gone from the agenda"
    );
    assert!(w.poll().is_empty());
}

#[test]
fn r_reads_every_plan_again() {
    let dir = folder();
    let (mut p, mut w, state) = open(dir.path());
    assert_eq!(p.apply(key(KeyCode::Char('r')), &state), Effect::ReloadAll);
    // What the event loop does with it.
    w.forget();
    let changes = w.poll();
    assert_eq!(changes.len(), 3, "every plan is read and handed over again");
    p.files_changed(changes);
    assert_eq!(names(&p), ["a-kopi.toml", "b-kopi.toml", "syntetisk.toml"]);
}

#[test]
fn plans_with_the_same_title_show_their_file_names() {
    let dir = folder();
    let (p, _w, mut state) = open(dir.path());
    let screen = drawn(&p, &mut state, 100, 30);
    assert!(screen.contains("a-kopi.toml"), "{screen}");
    assert!(screen.contains("b-kopi.toml"), "{screen}");
    assert!(
        !screen.contains("syntetisk.toml"),
        "a unique title needs no file name"
    );
    insta::assert_snapshot!("keeps_up_duplicate_titles", screen);
}

#[test]
fn search_narrows_every_view_and_esc_clears_it() {
    let dir = folder();
    let (mut p, _w, mut state) = open(dir.path());
    p.apply(key(KeyCode::Char('/')), &state);
    for c in "syntet".chars() {
        p.apply(key(KeyCode::Char(c)), &state);
    }
    // Matches show as you type; q is text here, not quit.
    assert_eq!(p.current_rows(), [Row::Plan(2)]);
    p.apply(key(KeyCode::Enter), &state);
    assert!(p.search.is_none());
    assert_eq!(p.query, "syntet");

    // The agenda by owner: only activities whose id, title, owner or note has the text.
    p.apply(key(KeyCode::Char('/')), &state);
    for _ in 0.."syntet".len() {
        p.apply(key(KeyCode::Backspace), &state);
    }
    for c in "nvk-1".chars() {
        p.apply(key(KeyCode::Char(c)), &state);
    }
    p.apply(key(KeyCode::Enter), &state);
    p.apply(key(KeyCode::Char('2')), &state);
    let items: Vec<String> = p
        .current_rows()
        .iter()
        .filter_map(|r| match r {
            Row::Item { plan, activity } => Some(p.activity(*plan, *activity).unwrap().id.clone()),
            _ => None,
        })
        .collect();
    assert!(!items.is_empty());
    assert!(items.iter().all(|id| id.contains("nvk-1")), "{items:?}");
    insta::assert_snapshot!("keeps_up_search_agenda", drawn(&p, &mut state, 100, 30));

    p.apply(key(KeyCode::Esc), &state);
    assert!(p.query.is_empty());
    assert!(p.current_rows().len() > items.len());
}

#[test]
fn o_cycles_the_sort_and_the_header_says_it() {
    let dir = folder();
    // The synthetic plan first by file name, though it has nothing overdue.
    std::fs::rename(
        dir.path().join("syntetisk.toml"),
        dir.path().join("0-syntetisk.toml"),
    )
    .unwrap();
    let (mut p, _w, mut state) = open(dir.path());
    let order = |p: &Portfolio| -> Vec<String> {
        p.current_rows()
            .iter()
            .filter_map(|r| match r {
                Row::Plan(e) => Some(p.entries[*e].name.clone()),
                _ => None,
            })
            .collect()
    };
    let file_order = ["0-syntetisk.toml", "a-kopi.toml", "b-kopi.toml"];
    let urgent_first = ["a-kopi.toml", "b-kopi.toml", "0-syntetisk.toml"];
    assert_eq!(order(&p), file_order);
    p.apply(key(KeyCode::Char('O')), &state); // frist: the next open deadline first
    assert_eq!(order(&p), urgent_first);
    let screen = drawn(&p, &mut state, 100, 30);
    assert!(screen.contains("sortert: frist"), "{screen}");
    p.apply(key(KeyCode::Char('O')), &state); // ansvarlig: plans keep file order
    assert_eq!(order(&p), file_order);
    p.apply(key(KeyCode::Char('O')), &state); // status: the most overdue first
    assert_eq!(order(&p), urgent_first);
    insta::assert_snapshot!("keeps_up_sorted_status", drawn(&p, &mut state, 100, 30));

    // The owners view sorts by status too; the next O goes back to file order.
    p.apply(key(KeyCode::Char('3')), &state);
    assert_eq!(p.view, View::Owners);
    let first = p.selected().and_then(|n| p.current_rows().get(n).cloned());
    assert!(matches!(first, Some(Row::Item { .. })));
    p.apply(key(KeyCode::Char('O')), &state); // back to file order
    assert_eq!(p.sort, fremdrift::tui::model::Sort::File);
    assert!(!drawn(&p, &mut state, 100, 30).contains("sortert"));
}

#[test]
fn the_boards_filter_picker_narrows_the_agenda_and_owners_views() {
    let dir = folder();
    let (mut p, _w, mut state) = open(dir.path());
    p.apply(key(KeyCode::Char('2')), &state);
    let all = p.current_rows().len();
    p.apply(key(KeyCode::Char('f')), &state);
    // Urgency: any → open → overdue.
    p.apply(key(KeyCode::Char('j')), &state);
    p.apply(key(KeyCode::Char('l')), &state);
    p.apply(key(KeyCode::Char('l')), &state);
    // Owner: the first of every plan's owners.
    p.apply(key(KeyCode::Char('j')), &state);
    p.apply(key(KeyCode::Char('l')), &state);
    let owner = p.filters.owner.clone().expect("an owner is chosen");
    assert_eq!(owner, p.owners()[0]);
    insta::assert_snapshot!("keeps_up_filter_picker", drawn(&p, &mut state, 100, 30));
    p.apply(key(KeyCode::Esc), &state);
    assert!(p.picker.is_none());
    let items: Vec<_> = p
        .current_rows()
        .iter()
        .filter_map(|r| match r {
            Row::Item { plan, activity } => Some(p.activity(*plan, *activity).unwrap()),
            _ => None,
        })
        .collect();
    assert!(!items.is_empty());
    assert!(items.iter().all(|a| a.owner == owner));
    assert!(matches!(
        p.current_rows().first(),
        Some(Row::Bucket(fremdrift::tui::model::Bucket::Overdue, _))
    ));
    assert_eq!(
        p.current_rows()
            .iter()
            .filter(|r| matches!(r, Row::Bucket(..)))
            .count(),
        1,
        "only overdue activities are left"
    );
    let screen = drawn(&p, &mut state, 100, 30);
    assert!(screen.contains("filter: forfalte"), "{screen}");
    // The owners view follows the same filters; F clears them.
    p.apply(key(KeyCode::Char('3')), &state);
    let owners: Vec<_> = p
        .current_rows()
        .iter()
        .filter(|r| matches!(r, Row::Owner(..)))
        .collect();
    assert_eq!(owners.len(), 1);
    p.apply(key(KeyCode::Char('F')), &state);
    p.apply(key(KeyCode::Char('2')), &state);
    assert_eq!(p.current_rows().len(), all);
}
