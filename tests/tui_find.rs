//! Finding things on the board: the filter picker (`f`) and `F` to clear it, sorting the board
//! and agenda (`O`), `/` over ids, owners and notes, the note mark and the id column. Keys
//! drive the app; snapshots show the picker and a filtered, sorted board in nb, en and nn.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::plan::{Language, Status};
use fremdrift::tui::keys::Action;
use fremdrift::tui::model::{Filter, Row, Sort, View};
use fremdrift::tui::popup::Popup;
use fremdrift::tui::{Effect, Event};

use common::PLAN;
use common::board::{Board, Open, draw};
use common::screen::{screen, screen_text};

fn real_app(lang: Language) -> Board {
    let text = std::fs::read_to_string(PLAN).unwrap();
    Open::default().lang(lang).shown(PLAN).board(&text)
}

fn keys(app: &mut Board, s: &str) -> Vec<Effect> {
    app.keys(s)
}

/// The ids of the activity rows of the current view, top to bottom.
fn shown_ids(app: &Board) -> Vec<String> {
    app.rows()
        .iter()
        .filter_map(Row::activity)
        .map(|i| app.plan().activities[i].id.clone())
        .collect()
}

fn ids_of(app: &Board, visible: &[usize]) -> Vec<String> {
    visible
        .iter()
        .map(|&i| app.plan().activities[i].id.clone())
        .collect()
}

#[test]
fn f_opens_the_picker_and_filters_combine() {
    let mut app = real_app(Language::Nb);
    let all = app.visible().len();
    keys(&mut app, "f");
    assert!(matches!(app.popup(), Some(Popup::Filters { .. })));
    // Deadline row: any → open → overdue.
    keys(&mut app, "jll");
    assert_eq!(app.filter(), Filter::Overdue);
    assert_eq!(app.visible().len(), app.counts().overdue);
    // Owner row: the first owner (alphabetically), and overdue still holds.
    keys(&mut app, "jl");
    assert_eq!(app.filters().owner.as_deref(), Some("Fagansvarlig plan"));
    assert_eq!(ids_of(&app, app.visible()), ["esp-3"]);
    // The header's counts stay over the whole plan.
    assert_eq!(app.counts().activities, all);
    // Enter closes the picker; the filters stay, and every listing view honours them.
    keys(&mut app, "\n");
    assert!(app.popup().is_none());
    for view in ["2", "3", "1"] {
        keys(&mut app, view);
        assert!(shown_ids(&app).iter().all(|id| id == "esp-3"), "{view}");
    }
    keys(&mut app, "4");
    let cards: usize = app.columns().iter().map(|(_, c)| c.len()).sum();
    assert_eq!(cards, 1);
    // F clears every filter at once.
    keys(&mut app, "F");
    assert!(app.filters().is_empty());
    assert_eq!(app.visible().len(), all);
}

#[test]
fn status_area_and_text_filters_narrow_the_views() {
    let mut app = real_app(Language::En);
    // Status: todo (the first status); every activity of the plan is todo.
    keys(&mut app, "fl");
    assert_eq!(app.filters().status, Some(Status::Todo));
    assert_eq!(app.visible().len(), 14);
    keys(&mut app, "l");
    assert_eq!(app.filters().status, Some(Status::Doing));
    assert!(app.visible().is_empty());
    keys(&mut app, "h");
    // Area: the first area with activities only.
    keys(&mut app, "jjjl");
    let area = app.filters().area.unwrap();
    assert!(
        app.visible()
            .iter()
            .all(|&i| app.plan().activities[i].area == area)
    );
    keys(&mut app, "h");
    // Text: Enter on its row types it; Enter keeps it.
    keys(&mut app, "j\nkonsulenter\n");
    assert!(matches!(app.popup(), Some(Popup::Filters { .. })));
    assert_eq!(app.filters().text, "konsulenter");
    assert_eq!(ids_of(&app, app.visible()), ["esp-5"]);
    // Esc in the text field keeps the text as it was.
    keys(&mut app, "\nxyz\x1b");
    assert_eq!(app.filters().text, "konsulenter");
    keys(&mut app, "\x1b");
    assert!(app.popup().is_none());
}

#[test]
fn mine_is_picked_once_remembered_and_offered_first() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "f");
    for _ in 0..5 {
        keys(&mut app, "j");
    }
    // "I am": the first owner, then the next; each pick asks to be remembered.
    assert_eq!(
        keys(&mut app, "l"),
        [Effect::RememberMe(Some("Fagansvarlig plan".into()))]
    );
    assert_eq!(
        keys(&mut app, "l"),
        [Effect::RememberMe(Some("Prosjektleder".into()))]
    );
    assert_eq!(app.me(), Some("Prosjektleder"));
    // The owner row offers "mine" first.
    keys(&mut app, "kkkl");
    assert_eq!(app.filters().owner.as_deref(), Some("Prosjektleder"));
    assert!(
        app.visible()
            .iter()
            .all(|&i| app.plan().activities[i].owner == "Prosjektleder")
    );
    let text = screen_text(&draw(&mut app, 120, 36));
    assert!(text.contains("filter: Prosjektleder (meg)"), "{text}");
    // Remembered from an earlier session: offered first again.
    let mut again = real_app(Language::Nb);
    again.set_me(Some("Styringsgruppa".into()));
    assert_eq!(again.owners()[0], "Styringsgruppa");
}

#[test]
fn o_sorts_the_board_and_agenda_and_cycles_back_to_file_order() {
    let mut app = real_app(Language::En);
    let file_order = shown_ids(&app);
    let due = |app: &Board, id: &str| {
        let i = app.plan().find(id).unwrap();
        app.plan().activities[i].due.day()
    };
    keys(&mut app, "O");
    assert_eq!(app.sort(), Sort::Deadline);
    // Within each workstream, by deadline.
    let mut group: Vec<chrono::NaiveDate> = Vec::new();
    for row in app.rows() {
        match row {
            Row::Activity(i) => group.push(app.plan().activities[*i].due.day()),
            _ => {
                assert!(group.is_sorted(), "{group:?}");
                group.clear();
            }
        }
    }
    assert!(group.is_sorted(), "{group:?}");
    assert_ne!(shown_ids(&app), file_order);
    // The agenda: by owner within each bucket.
    keys(&mut app, "O2");
    assert_eq!(app.sort(), Sort::Owner);
    let mut owners: Vec<String> = Vec::new();
    for row in app.rows() {
        match row {
            Row::Activity(i) => owners.push(app.plan().activities[*i].owner.to_lowercase()),
            _ => {
                assert!(owners.is_sorted(), "{owners:?}");
                owners.clear();
            }
        }
    }
    assert!(owners.is_sorted(), "{owners:?}");
    keys(&mut app, "O");
    assert_eq!(app.sort(), Sort::Status);
    // Back to file order: the agenda by deadline in each bucket, the board as written.
    keys(&mut app, "O");
    assert_eq!(app.sort(), Sort::File);
    let agenda = shown_ids(&app);
    assert!(
        agenda
            .windows(2)
            .all(|w| due(&app, &w[0]) <= due(&app, &w[1])
                || agenda.iter().position(|x| *x == w[0]) < Some(4))
    );
    keys(&mut app, "1");
    assert_eq!(shown_ids(&app), file_order);
}

#[test]
fn search_finds_an_activity_by_id_owner_and_a_word_of_its_note() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "2/ESP-3");
    assert_eq!(shown_ids(&app), ["esp-3"]);
    keys(&mut app, "\x1b/fagansvarlig");
    assert_eq!(shown_ids(&app), ["esp-3"]);
    keys(&mut app, "\x1b/Konsulenter");
    assert_eq!(shown_ids(&app), ["esp-5"]);
    // The match shows on the row: the note's words after the title.
    let text = screen_text(&draw(&mut app, 120, 36));
    let row = text.lines().find(|l| l.contains("Gjennomføring")).unwrap();
    assert!(row.contains("…konsulenter"), "{row}");
    // Enter keeps it; Esc clears it.
    keys(&mut app, "\n");
    assert_eq!(app.query(), "Konsulenter");
    keys(&mut app, "\x1b");
    assert!(app.query().is_empty());
}

#[test]
fn a_note_is_marked_and_ids_show_wide_or_on_i() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "2");
    let text = screen_text(&draw(&mut app, 120, 36));
    let row = text
        .lines()
        .find(|l| l.contains("Gjennomføring ✎"))
        .unwrap();
    assert!(!row.contains("esp-5"), "{row}");
    // At 160 columns the id has a column; every owner stays whole.
    let text = screen_text(&draw(&mut app, 160, 45));
    let row = text
        .lines()
        .find(|l| l.contains("Gjennomføring ✎"))
        .unwrap();
    assert!(row.contains("esp-5 Gjennomføring"), "{row}");
    for owner in ["Prosjektleder", "Styringsgruppa", "Fagansvarlig plan"] {
        assert!(text.contains(owner), "{owner}");
    }
    // i shows them at 80 columns too.
    app.apply(Event::Action(Action::ToggleIds));
    let text = screen_text(&draw(&mut app, 80, 24));
    assert!(text.contains("esp-3 "), "{text}");
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

#[test]
fn the_filter_picker_and_a_filtered_sorted_board_in_three_languages() {
    for (lang, sizes) in [
        (Language::Nb, &SIZES[..]),
        (Language::En, &SIZES[..]),
        (Language::Nn, &SIZES[1..]),
    ] {
        for &(w, h) in sizes {
            let code = lang.code();
            let mut app = real_app(lang);
            // Open ones, "I am" Prosjektleder, and mine: the picker on the owner row.
            keys(&mut app, "fjljjjjllkkkl");
            assert_eq!(app.filters().owner.as_deref(), Some("Prosjektleder"));
            insta::assert_snapshot!(
                format!("find_picker_{code}_{w}x{h}"),
                screen(&draw(&mut app, w, h))
            );
            keys(&mut app, "\x1bO");
            insta::assert_snapshot!(
                format!("find_board_{code}_{w}x{h}"),
                screen(&draw(&mut app, w, h))
            );
        }
    }
}

#[test]
fn views_other_than_board_and_agenda_keep_their_order() {
    let mut app = real_app(Language::En);
    keys(&mut app, "3");
    let owners = shown_ids(&app);
    keys(&mut app, "O");
    assert_eq!(shown_ids(&app), owners);
    assert_eq!(app.view(), View::Owners);
}
