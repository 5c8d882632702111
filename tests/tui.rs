//! The board without a terminal: snapshots of every view and popup (TestBackend + insta, text
//! and styles; nb and en at two sizes, nn at 100×30), styles of overdue rows, key sequences driving the app against a fake store,
//! a rendering sweep over window sizes, and key releases that must not act.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::file::edit::{Change, Edit};
use fremdrift::plan::structure::{Place, Structure};
use fremdrift::plan::{Language, Status};
use fremdrift::tui::keys::Action;
use fremdrift::tui::model::{Filter, View};
use fremdrift::tui::popup::Popup;
use fremdrift::tui::store::{Done, Failure, Fresh, Report, Request};
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{Effect, Event};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::{Color, Modifier};

use common::board::{Board, Open, draw};
use common::screen::screen;
use common::{PLAN, day};

fn app_from_text(text: &str, lang: Language) -> Board {
    app_with(text, lang, false)
}

fn app_with(text: &str, lang: Language, read_only: bool) -> Board {
    Open::default()
        .lang(lang)
        .read_only(read_only)
        .shown(PLAN)
        .board(text)
}

fn read_only_app(lang: Language) -> Board {
    let text = std::fs::read_to_string(PLAN).unwrap();
    app_with(&text, lang, true)
}

fn real_app(lang: Language) -> Board {
    let text = std::fs::read_to_string(PLAN).unwrap();
    app_from_text(&text, lang)
}

/// The uncorrected seed with its one error fixed: a plan that opens with warnings.
fn warned_app(lang: Language) -> Board {
    let text = std::fs::read_to_string("tests/fixtures/seed-uncorrected.toml")
        .unwrap()
        .replace("31. november", "30. november");
    app_from_text(&text, lang)
}

fn press(app: &mut Board, code: KeyCode) -> Effect {
    app.press(code)
}

fn keys(app: &mut Board, s: &str) -> Vec<Effect> {
    app.keys(s)
}

fn lang_code(l: Language) -> &'static str {
    l.code()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 45)];
const LANGS: [Language; 2] = [Language::Nb, Language::En];

#[test]
fn every_view_in_both_languages_at_both_sizes() {
    for lang in LANGS {
        for (w, h) in SIZES {
            for (n, view) in View::ALL.iter().enumerate() {
                let mut app = real_app(lang);
                app.apply(Event::Action(Action::View(n as u8)));
                assert_eq!(app.view(), *view);
                let name = format!("view_{view:?}_{}_{w}x{h}", lang_code(lang)).to_lowercase();
                insta::assert_snapshot!(name, screen(&draw(&mut app, w, h)));
            }
        }
    }
}

#[test]
fn every_popup_in_both_languages_at_both_sizes() {
    for lang in LANGS {
        for (w, h) in SIZES {
            let popups: [(&str, &str); 6] = [
                ("detail", "j\n"),
                ("help", "?"),
                ("picker", "s"),
                ("edit_due", "e"),
                ("edit_note", "jjjjn"),
                ("problems", "w"),
            ];
            for (name, keys_) in popups {
                let mut app = if name == "problems" {
                    warned_app(lang)
                } else {
                    real_app(lang)
                };
                keys(&mut app, keys_);
                assert!(app.popup().is_some(), "{name}: no popup after {keys_:?}");
                let name = format!("popup_{name}_{}_{w}x{h}", lang_code(lang));
                insta::assert_snapshot!(name, screen(&draw(&mut app, w, h)));
            }
        }
    }
}

#[test]
fn deadline_input_shows_live_feedback_or_the_error() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "e");
    // Clear the field (Ctrl-u is not bound; delete by backspace), then type.
    for _ in 0..30 {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "uke 50");
    let text = screen(&draw(&mut app, 100, 30));
    assert!(text.contains("→ søn 17.12.2017"), "{text}");
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "99");
    let text = screen(&draw(&mut app, 100, 30));
    assert!(text.contains("uke 99"), "{text}");
    assert!(!text.contains("→ "), "{text}");
    // Enter on an invalid deadline keeps the field open and sends nothing.
    assert_eq!(press(&mut app, KeyCode::Enter), Effect::None);
    assert!(matches!(app.popup(), Some(Popup::Edit { .. })));
}

#[test]
fn overdue_rows_carry_the_overdue_style_in_every_cell() {
    let mut app = real_app(Language::Nb);
    let buf = draw(&mut app, 160, 45);
    let theme = Theme::new(ThemeKind::Dark, true);
    let mut found = 0;
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        // At 160 columns the id stands between the symbol and the title.
        if let Some(start) = row.find("! esp-1 Prioritere tema") {
            // Column of the symbol, counted in cells.
            let x0 = row[..start].chars().count() as u16;
            found += 1;
            for x in x0..x0 + 60 {
                let c = &buf[(x, y)];
                assert_eq!(c.fg, theme.overdue.fg.unwrap(), "cell {x},{y}");
                assert!(c.modifier.contains(Modifier::BOLD), "cell {x},{y}");
            }
        }
    }
    assert_eq!(found, 1);
}

#[test]
fn without_colour_urgency_still_shows_by_symbol_and_modifier() {
    let mut app = real_app(Language::En);
    app.set_theme(Theme::new(ThemeKind::Dark, false));
    let buf = draw(&mut app, 160, 45);
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            assert!(matches!(c.fg, Color::Reset), "colour at {x},{y}");
        }
    }
    let text = screen(&buf);
    assert!(text.contains("! esp-1 Prioritere tema"), "{text}");
}

#[test]
fn rendering_sweep_never_panics() {
    let mut apps = Vec::new();
    for n in 0..5u8 {
        let mut app = real_app(Language::Nb);
        app.apply(Event::Action(Action::View(n)));
        apps.push(app);
    }
    for keys_ in ["j\n", "?", "s", "e", "p", "/pro"] {
        let mut app = warned_app(Language::En);
        keys(&mut app, keys_);
        apps.push(app);
    }
    let mut area_pane = real_app(Language::Nb);
    keys(&mut area_pane, "hj");
    apps.push(area_pane);
    let widths = [
        1, 2, 5, 10, 20, 33, 49, 50, 51, 60, 79, 80, 100, 120, 160, 200,
    ];
    let heights = [1, 2, 3, 5, 8, 11, 12, 13, 16, 20, 24, 30, 45, 60];
    for app in &mut apps {
        for w in widths {
            for h in heights {
                let _ = draw(app, w, h);
            }
        }
    }
}

#[test]
fn too_small_window_says_what_it_needs() {
    let mut app = real_app(Language::En);
    let text = screen(&draw(&mut app, 40, 10));
    assert!(
        text.contains("the window is too small (need 50×12)"),
        "{text}"
    );
}

#[test]
fn j_j_space_advances_the_third_activity_and_asks_to_save_it() {
    let mut app = real_app(Language::Nb);
    let effects = keys(&mut app, "jj ");
    assert_eq!(
        effects,
        vec![Effect::Store(Request::Apply(Edit {
            id: "nvk-3".into(),
            change: Change::Status(Status::Doing),
        }))]
    );
    let i = app.plan().find("nvk-3").unwrap();
    assert_eq!(app.plan().activities[i].status, Status::Doing);
    assert_eq!(app.selected(), Some(i));
}

fn report(request: Request, result: Result<(Done, Option<Fresh>), Failure>) -> Box<Report> {
    Box::new(Report {
        request,
        result,
        at: "10:42".into(),
        unsaved: Vec::new(),
        theirs: None,
    })
}

#[test]
fn a_save_report_is_shown_and_a_failed_save_rolls_back() {
    let mut app = real_app(Language::Nb);
    let effects = keys(&mut app, "x");
    let Effect::Store(request) = effects[0].clone() else {
        panic!("no store request");
    };
    assert_eq!(app.plan().activities[0].status, Status::Done);
    assert_eq!(app.plan().activities[0].done_on, Some(day(2017, 12, 1)));
    app.apply(Event::Stored(report(
        request.clone(),
        Ok((Done::Saved, None)),
    )));
    assert_eq!(app.message().unwrap().text, "Lagret 10:42");

    let effects = keys(&mut app, "j ");
    let Effect::Store(request) = effects[0].clone() else {
        panic!("no store request");
    };
    assert_eq!(app.plan().activities[1].status, Status::Doing);
    app.apply(Event::Stored(report(
        request,
        Err(Failure {
            message: "the file changed on disk in the same place; press r to reload".into(),
            kept: false,
        }),
    )));
    assert_eq!(app.plan().activities[1].status, Status::Todo);
    let msg = &app.message().unwrap().text;
    assert!(msg.starts_with("Ikke lagret: the file changed"), "{msg}");
    let text = screen(&draw(&mut app, 80, 24));
    assert!(text.contains("Ikke lagret"), "{text}");
}

#[test]
fn kept_failures_keep_the_edit_on_screen() {
    let mut app = real_app(Language::En);
    let Effect::Store(request) = keys(&mut app, " ")[0].clone() else {
        panic!()
    };
    app.apply(Event::Stored(report(
        request,
        Err(Failure {
            message: "permission denied; the edit is kept and saved when you press w".into(),
            kept: true,
        }),
    )));
    assert_eq!(app.plan().activities[0].status, Status::Doing);
}

#[test]
fn read_only_refuses_edits_with_a_message() {
    let mut app = read_only_app(Language::En);
    assert!(keys(&mut app, " xsneu").is_empty());
    assert!(app.popup().is_none());
    assert_eq!(app.plan().activities[0].status, Status::Todo);
    assert!(app.message().unwrap().text.starts_with("read-only"));
}

#[test]
fn read_only_the_footer_offers_no_key_that_edits() {
    use fremdrift::tui::i18n::tr;
    use fremdrift::tui::keys::BINDINGS;
    for lang in LANGS {
        for (n, view) in View::ALL.iter().enumerate() {
            for (mut app, read_only) in [(read_only_app(lang), true), (real_app(lang), false)] {
                app.apply(Event::Action(Action::View(n as u8)));
                let text = common::screen::screen_text(&draw(&mut app, 160, 45));
                let footer = text.lines().last().unwrap();
                let offered: Vec<_> = BINDINGS
                    .iter()
                    .filter(|b| b.hint && b.action.edits() && b.view.is_none_or(|v| v == *view))
                    .filter(|b| footer.contains(tr(lang, b.help)))
                    .map(|b| tr(lang, b.help))
                    .collect();
                assert_eq!(offered.is_empty(), read_only, "{view:?}: {footer}");
                // The room goes to the keys that do work read-only.
                assert!(
                    !read_only || footer.contains(tr(lang, fremdrift::tui::i18n::Msg::KeySearch)),
                    "{view:?}: {footer}"
                );
            }
        }
    }
}

#[test]
fn key_releases_and_repeats_do_not_act() {
    let mut app = real_app(Language::Nb);
    for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
        let mut k = KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE);
        k.kind = kind;
        assert_eq!(app.apply(Event::Key(k)), Effect::None);
        let mut j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        j.kind = kind;
        app.apply(Event::Key(j));
    }
    assert_eq!(app.plan().activities[0].status, Status::Todo);
    assert_eq!(app.selected(), Some(0));
    // The press alone acts once.
    assert_eq!(keys(&mut app, " ").len(), 1);
}

#[test]
fn search_narrows_as_you_type_and_enter_keeps_the_first_match() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "2/evaluer");
    assert_eq!(
        app.rows().iter().filter(|r| r.activity().is_some()).count(),
        1
    );
    keys(&mut app, "\n");
    let i = app.plan().find("esp-6").unwrap();
    assert_eq!(app.selected(), Some(i));
    // The next key acts on the match.
    let effects = keys(&mut app, " ");
    assert!(matches!(&effects[0], Effect::Store(Request::Apply(e)) if e.id == "esp-6"));
    // Esc clears the search.
    keys(&mut app, "\x1b");
    assert!(app.query().is_empty());
    assert!(app.rows().len() > 10);
}

#[test]
fn filter_picker_steps_any_open_overdue_due_soon() {
    let mut app = real_app(Language::En);
    keys(&mut app, "fjll");
    assert_eq!(app.counts().overdue, app.visible().len());
    keys(&mut app, "l");
    assert_eq!(app.filter(), Filter::DueSoon);
    keys(&mut app, "l\x1b");
    assert_eq!(app.filter(), Filter::All);
    assert_eq!(app.visible().len(), 14);
}

#[test]
fn status_view_moves_cards_between_columns() {
    let mut app = real_app(Language::En);
    keys(&mut app, "4");
    let effects = keys(&mut app, ">");
    let Some(Effect::Store(Request::Apply(edit))) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!(edit.change, Change::Status(Status::Doing));
    // The card follows into its new column and stays selected.
    assert_eq!(app.kanban_cursor().map(|(c, _)| c), Some(1));
    // Moving left from todo does nothing.
    keys(&mut app, "<<");
    let effects = keys(&mut app, "<");
    assert!(effects.is_empty(), "{effects:?}");
}

/// (cards drawn, owners drawn) on a status view screen: a card starts with its mark right
/// after a column's border; the real plan's owners are these three.
fn cards_and_owners(text: &str) -> (usize, usize) {
    let cards = ["!", "◷", "✓", "✗", "‖", "▸", "·"]
        .iter()
        .map(|m| text.matches(&format!("│{m} ")).count())
        .sum();
    let owners = ["Prosjektleder", "Styringsgruppa", "Fagansvarlig plan"]
        .iter()
        .map(|o| text.matches(o).count())
        .sum();
    (cards, owners)
}

#[test]
fn every_card_in_the_status_view_shows_its_owner() {
    // At 80×24 titles wrap; at 120×36, once a card has moved, both columns are narrower.
    let mut app = real_app(Language::Nb);
    keys(&mut app, "4");
    let text = common::screen::screen_text(&draw(&mut app, 80, 24));
    let (cards, owners) = cards_and_owners(&text);
    assert!(cards >= 5, "{text}");
    assert_eq!(owners, cards, "{text}");

    let mut app = real_app(Language::Nb);
    keys(&mut app, "4");
    draw(&mut app, 120, 36);
    keys(&mut app, "L");
    let text = common::screen::screen_text(&draw(&mut app, 120, 36));
    let (cards, owners) = cards_and_owners(&text);
    assert_eq!(cards, 14, "{text}");
    assert_eq!(owners, cards, "{text}");
}

#[test]
fn every_row_of_the_help_overlay_names_its_key() {
    for (w, h) in [(80, 24), (160, 60)] {
        for lang in LANGS {
            let mut app = real_app(lang);
            keys(&mut app, "?");
            // Scrolled through the whole list, a line at a time.
            for _ in 0..60 {
                let text = common::screen::screen_text(&draw(&mut app, w, h));
                // A row is "│", two spaces, the keys padded to 22, then what they do.
                for line in text.lines() {
                    let keyless = line.split('│').skip(1).any(|inside| {
                        inside.starts_with(&" ".repeat(24))
                            && inside[24..].starts_with(|c: char| c.is_alphabetic())
                    });
                    assert!(!keyless, "a row with no key at {w}×{h}:\n{text}");
                }
                keys(&mut app, "j");
            }
        }
    }
}

#[test]
fn status_picker_sets_any_status() {
    let mut app = real_app(Language::En);
    let effects = keys(&mut app, "sjj\n");
    assert_eq!(
        effects,
        vec![Effect::Store(Request::Apply(Edit {
            id: "nvk-1".into(),
            change: Change::Status(Status::Waiting),
        }))]
    );
}

#[test]
fn note_owner_and_deadline_edits_leave_as_edits() {
    let mut app = real_app(Language::En);
    let e = keys(&mut app, "nHello\n");
    assert_eq!(
        e,
        vec![Effect::Store(Request::Apply(Edit {
            id: "nvk-1".into(),
            change: Change::Note(Some("Hello".into())),
        }))]
    );
    assert_eq!(app.plan().activities[0].note.as_deref(), Some("Hello"));
    let e = keys(&mut app, "o!\n");
    assert!(
        matches!(&e[0], Effect::Store(Request::Apply(Edit { change: Change::Owner(o), .. })) if o == "Prosjektleder!")
    );
    keys(&mut app, "e");
    for _ in 0..20 {
        press(&mut app, KeyCode::Backspace);
    }
    let e = keys(&mut app, "uke 50\n");
    assert!(
        matches!(&e[0], Effect::Store(Request::Apply(Edit { change: Change::Due(d), .. })) if d == "uke 50")
    );
    assert_eq!(app.plan().activities[0].due.day(), day(2017, 12, 17));
    // Esc cancels without an edit.
    assert!(keys(&mut app, "nxyz\x1b").is_empty());
}

#[test]
fn undo_redo_reload_are_requests() {
    let mut app = real_app(Language::En);
    assert_eq!(keys(&mut app, "u"), vec![Effect::Store(Request::Undo)]);
    let redo = app.apply(Event::Key(KeyEvent::new(
        KeyCode::Char('r'),
        KeyModifiers::CONTROL,
    )));
    assert_eq!(redo, Effect::Store(Request::Redo));
    assert_eq!(keys(&mut app, "r"), vec![Effect::Store(Request::Reload)]);
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
}

#[test]
fn clicks_select_and_the_wheel_scrolls() {
    let mut app = real_app(Language::Nb);
    let buf = draw(&mut app, 100, 30);
    // Find the row of "Evaluering" on screen and click it.
    let y = (0..buf.area.height)
        .find(|&y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.contains("Evaluering")
        })
        .unwrap();
    app.apply(Event::Click { column: 60, row: y });
    assert_eq!(app.selected(), app.plan().find("esp-6"));
    app.apply(Event::ScrollUp);
    assert_eq!(app.selected(), app.plan().find("esp-3"));
    // Clicking a tab switches the view.
    let _ = draw(&mut app, 100, 30);
    app.apply(Event::Click { column: 12, row: 2 });
    assert_eq!(app.view(), View::Agenda);
}

#[test]
fn board_left_pane_moves_between_areas() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "hj");
    assert_eq!(app.area(), 1);
    assert!(app.rows().is_empty());
    let text = screen(&draw(&mut app, 100, 30));
    assert!(text.contains("Venter: Venter på at kontorsjefen"), "{text}");
    // An area without activities: nothing to edit.
    assert!(keys(&mut app, "l ").is_empty());
}

#[test]
fn a_fresh_plan_from_disk_replaces_the_model_keeping_the_selection() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "jjj");
    let id = app.selected_activity().unwrap().id.clone();
    let mut plan = app.plan().clone();
    plan.activities[3].status = Status::Done;
    app.apply(Event::Stored(report(
        Request::Reload,
        Ok((
            Done::Reloaded,
            Some(Fresh {
                plan,
                diagnostics: vec![],
                text: String::new(),
                notice: None,
            }),
        )),
    )));
    assert_eq!(app.selected_activity().unwrap().id, id);
    assert_eq!(app.selected_activity().unwrap().status, Status::Done);
    assert_eq!(app.counts().done, 1);
}

#[test]
fn a_large_plan_opens_and_draws_every_view() {
    let text = fremdrift::synth::plan_text("Stor plan", 10_000, 7);
    let mut app = app_from_text(&text, Language::Nb);
    assert_eq!(app.plan().activities.len(), 10_000);
    for n in 0..5u8 {
        app.apply(Event::Action(Action::View(n)));
        let _ = draw(&mut app, 160, 45);
        keys(&mut app, "GjkG");
        let text = screen(&draw(&mut app, 160, 45));
        assert!(text.contains('│'), "{text}");
    }
    keys(&mut app, "/møte\n");
    assert!(!app.visible().is_empty());
}

/// The text of screen line `y`.
fn line_at(buf: &Buffer, y: u16) -> String {
    common::screen::line_text(buf, y)
}

fn line_with(buf: &Buffer, needle: &str) -> String {
    (0..buf.area.height)
        .map(|y| line_at(buf, y))
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}:\n{}", screen(buf)))
}

#[test]
fn at_100_columns_a_board_row_has_every_column_the_issue_asks_for() {
    let mut app = real_app(Language::Nb);
    let buf = draw(&mut app, 100, 30);
    let row = line_with(&buf, "Kvalitetssikre opplegg");
    for part in [
        "Styringsgruppa",
        "Uke 50",
        "17.12.2017",
        "om 16 d",
        "ikke startet",
    ] {
        assert!(row.contains(part), "{part:?} missing from {row:?}");
    }
    let row = line_with(&buf, "Gjennomføring ✎");
    assert!(
        row.contains("Jan-feb 2018") && row.contains("28.02.2018"),
        "{row}"
    );
    // The agenda, over the full width, too.
    let mut app = real_app(Language::Nb);
    keys(&mut app, "2");
    let row = line_with(&draw(&mut app, 100, 30), "Etablere ressursgruppe");
    for part in [
        "Prosjektleder",
        "29. september",
        "29.09.2017",
        "63 d over",
        "ikke startet",
    ] {
        assert!(row.contains(part), "{part:?} missing from {row:?}");
    }
}

#[test]
fn at_80_columns_titles_keep_24_columns_and_the_date_and_owner_stay() {
    for view in ["1", "2"] {
        let mut app = real_app(Language::Nb);
        keys(&mut app, view);
        let buf = draw(&mut app, 80, 24);
        let row = line_with(&buf, "! Gjennomgå og justere");
        // "! " then at least 24 columns of title before the next column.
        let title: String = row
            .split("! ")
            .nth(1)
            .unwrap()
            .split("  ")
            .next()
            .unwrap()
            .chars()
            .collect();
        assert!(
            title.chars().count() >= 24,
            "view {view}: {title:?} in {row:?}"
        );
        assert!(row.contains("Prosjektleder"), "{row}");
        assert!(
            row.contains("30.11.2017") && row.contains("1 d over"),
            "{row}"
        );
    }
}

#[test]
fn the_areas_pane_gets_its_titles_back_when_it_has_focus() {
    let mut app = real_app(Language::Nb);
    let before = screen(&draw(&mut app, 100, 30));
    assert!(!before.contains("Næringsarealer"), "{before}");
    keys(&mut app, "h");
    let after = screen(&draw(&mut app, 100, 30));
    assert!(after.contains("Næringsarealer"), "{after}");
    // Wide enough for both: titles and every column at once.
    let mut app = real_app(Language::Nb);
    let wide = draw(&mut app, 160, 45);
    assert!(screen(&wide).contains("Næringsarealer"));
    assert!(line_with(&wide, "Kvalitetssikre opplegg").contains("ikke startet"));
    keys(&mut app, "hjjjj");
    assert_eq!(app.area(), 4);
}

#[test]
fn the_status_view_footer_says_how_to_move_a_card() {
    let mut app = real_app(Language::Nb);
    keys(&mut app, "4");
    let buf = draw(&mut app, 100, 30);
    let footer = line_at(&buf, 29);
    assert!(footer.contains("</> H/L flytt kortet"), "{footer}");
    // h/l move between columns, skipping empty ones; L moves the card.
    keys(&mut app, ">");
    keys(&mut app, "h");
    assert_eq!(app.kanban_cursor().map(|(c, _)| c), Some(0));
    keys(&mut app, "l");
    assert_eq!(app.kanban_cursor().map(|(c, _)| c), Some(1));
    let effects = keys(&mut app, "L");
    assert!(
        matches!(&effects[0], Effect::Store(Request::Apply(e)) if e.change == Change::Status(Status::Waiting))
    );
}

#[test]
fn the_timeline_marks_today_without_colour() {
    let mut app = real_app(Language::Nb);
    app.set_theme(Theme::new(ThemeKind::Dark, false));
    keys(&mut app, "5");
    for (w, h) in [(80, 24), (160, 45)] {
        let buf = draw(&mut app, w, h);
        // Today's week number is written reversed, with the today line below it.
        let y = 5;
        let week = line_at(&buf, y);
        let x = week.find("48").expect("week 48 shown") as u16;
        let x = line_at(&buf, y)[..x as usize].chars().count() as u16;
        assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED), "{w}x{h}");
        assert_eq!(buf[(x, y + 1)].symbol(), "│", "{w}x{h}\n{}", screen(&buf));
        assert!(line_at(&buf, 4).contains("│ i dag"));
    }
}

#[test]
fn warnings_marker_says_which_key_opens_the_problems() {
    let mut app = warned_app(Language::Nb);
    let buf = draw(&mut app, 80, 24);
    assert!(
        line_at(&buf, 22).contains("⚠ 4 advarsler · w viser dem"),
        "{}",
        screen(&buf)
    );
}

#[test]
fn high_contrast_has_no_grey_text() {
    let mut app = real_app(Language::Nb);
    app.set_theme(Theme::new(ThemeKind::HighContrast, true));
    for view in ["1", "2", "4", "5", "?"] {
        keys(&mut app, view);
        let buf = draw(&mut app, 160, 45);
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let c = &buf[(x, y)];
                assert_ne!(c.fg, Color::DarkGray, "{view}: {x},{y}");
                if c.symbol().trim().is_empty() {
                    continue;
                }
                // Grey is for finished work only.
                if c.fg == Color::Gray {
                    let row = line_at(&buf, y);
                    assert!(
                        row.contains('✓') || row.contains('✗'),
                        "{view}: grey {row:?}"
                    );
                }
            }
        }
        keys(&mut app, "\x1b");
    }
}

#[test]
fn p_asks_for_the_presentation_and_leaves_the_plan_alone() {
    let mut app = real_app(Language::Nb);
    let before = app.plan().clone();
    assert_eq!(keys(&mut app, "p"), vec![Effect::Present]);
    assert_eq!(*app.plan(), before);
    assert!(app.popup().is_none());
}

#[test]
fn every_structural_popup_in_both_languages_at_both_sizes() {
    for lang in LANGS {
        for (w, h) in [(80, 24), (120, 36)] {
            let popups: [(&str, &str); 5] = [
                ("add", "aKartlegge behov\t\t\tuke 50"),
                ("delete", "jd"),
                ("move", "mj"),
                ("area_status", "Sj"),
                ("reason", "Sj\n"),
            ];
            for (name, keys_) in popups {
                let mut app = real_app(lang);
                keys(&mut app, keys_);
                assert!(app.popup().is_some(), "{name}: no popup after {keys_:?}");
                let name = format!("popup_{name}_{}_{w}x{h}", lang_code(lang));
                insta::assert_snapshot!(name, screen(&draw(&mut app, w, h)));
            }
        }
    }
}

#[test]
fn the_add_form_walks_its_fields_completes_the_owner_and_sends_one_add() {
    let mut app = real_app(Language::Nb);
    let first = app.plan().activities[0].clone();
    assert!(keys(&mut app, "aKartlegge behov\t").is_empty());
    // Tab with nothing typed fills in the owner of the activity it follows; typed letters
    // complete to a known owner.
    keys(&mut app, "\t");
    let Some(Popup::Add(form)) = app.popup() else {
        panic!("the form closed");
    };
    assert_eq!(form.owner.value(), first.owner);
    keys(&mut app, "\tuke 50");
    let text = screen(&draw(&mut app, 100, 30));
    assert!(text.contains("→ søn 17.12.2017"), "{text}");
    let effects = keys(&mut app, "\n\n");
    let [Effect::Store(Request::Restructure(Structure::Add { place, activity }))] =
        effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(*place, Place::After(first.id.clone()));
    assert_eq!(activity.title, "Kartlegge behov");
    assert_eq!(activity.due, "uke 50");
    // At once in memory, selected, right after the one it follows.
    assert_eq!(app.selected_activity().unwrap().title, "Kartlegge behov");
    assert_eq!(app.plan().activities[1].id, activity.id);
    assert!(app.popup().is_none());
}

#[test]
fn the_add_form_keeps_open_on_what_the_plan_refuses() {
    let mut app = real_app(Language::En);
    // No owner: Enter on the last field goes back to the owner with the reason.
    assert!(keys(&mut app, "aTitle\n\nuke 50\n\n").is_empty());
    let Some(Popup::Add(form)) = app.popup() else {
        panic!("the form closed");
    };
    assert_eq!(form.field, fremdrift::tui::popup::AddField::Owner);
    assert!(form.error.as_deref().unwrap().contains("owner"));
    // Esc drops it, and nothing was sent.
    assert!(keys(&mut app, "\x1b").is_empty());
    assert!(app.popup().is_none());
}

#[test]
fn structural_keys_ask_first_and_send_one_request() {
    let mut app = real_app(Language::En);
    let id = app.plan().activities[0].id.clone();
    // Delete: n keeps it, y deletes.
    assert!(keys(&mut app, "dn").is_empty());
    assert_eq!(app.plan().activities[0].id, id);
    assert_eq!(
        keys(&mut app, "dy"),
        vec![Effect::Store(Request::Restructure(Structure::Remove {
            id: id.clone()
        }))]
    );
    assert!(app.plan().find(&id).is_none());

    let mut app = real_app(Language::Nb);
    let (a, b) = (
        app.plan().activities[0].id.clone(),
        app.plan().activities[1].id.clone(),
    );
    // K on the first of its group does nothing; J swaps it with the next.
    assert!(keys(&mut app, "K").is_empty());
    assert_eq!(
        keys(&mut app, "J"),
        vec![Effect::Store(Request::Restructure(Structure::Shift {
            id: a.clone(),
            down: true
        }))]
    );
    assert_eq!(app.plan().activities[1].id, a);
    assert_eq!(app.plan().activities[0].id, b);
    assert_eq!(
        app.selected_activity().unwrap().id,
        a,
        "the selection follows"
    );

    // m: the picker lists the groups; the activity's own group first, then the next one down.
    let effects = keys(&mut app, "mj\n");
    let [Effect::Store(Request::Restructure(Structure::Move { id, place }))] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(*id, a);
    assert_eq!(
        *place,
        Place::End {
            area: "2".into(),
            workstream: Some("Effektiv søknadsprosess".into())
        }
    );

    // S: waiting asks for the reason, which cannot be empty.
    assert!(keys(&mut app, "Sj\n\n").is_empty());
    assert!(matches!(app.popup(), Some(Popup::Reason { .. })));
    let effects = keys(&mut app, "Vedtak\n");
    let [Effect::Store(Request::Restructure(Structure::Area { number, change }))] =
        effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!(number, "2");
    assert_eq!(change.reason, Some(Some("Vedtak".into())));
    assert_eq!(app.plan().areas[0].reason.as_deref(), Some("Vedtak"));
}

#[test]
fn structural_keys_are_refused_read_only_and_idle_while_the_window_is_too_small() {
    let mut app = read_only_app(Language::Nb);
    for k in ["a", "d", "J", "K", "m", "S"] {
        assert!(keys(&mut app, k).is_empty(), "{k}");
        assert!(app.popup().is_none(), "{k}");
        assert!(
            app.message().unwrap().text.starts_with("skrivebeskyttet"),
            "{k}"
        );
    }
    let mut app = real_app(Language::Nb);
    draw(&mut app, 40, 10);
    for k in ["a", "d", "J", "m", "S"] {
        assert!(keys(&mut app, k).is_empty(), "{k}");
        assert!(app.popup().is_none(), "{k}");
    }
    draw(&mut app, 80, 24);
    keys(&mut app, "d");
    assert!(matches!(app.popup(), Some(Popup::Delete { .. })));
    // Shrunk under the question: no answer acts unseen, not even Esc.
    draw(&mut app, 40, 10);
    assert!(keys(&mut app, "y").is_empty());
    keys(&mut app, "\x1b");
    assert!(matches!(app.popup(), Some(Popup::Delete { .. })));
    // Grown again, the question is there to answer.
    draw(&mut app, 80, 24);
    keys(&mut app, "\x1b");
    assert!(app.popup().is_none());
    assert_eq!(app.plan().activities.len(), 14);
}

#[test]
fn no_key_but_quit_acts_while_the_window_is_too_small() {
    let mut app = real_app(Language::Nb);
    let before = app.plan().clone();
    draw(&mut app, 40, 12);
    for k in [
        "lx",
        " ",
        "jx",
        "s\n",
        "e3. mars\n",
        "nnote\n",
        "u",
        "/x",
        "f",
        "2",
        "?",
    ] {
        assert!(keys(&mut app, k).is_empty(), "{k:?}");
        assert!(app.popup().is_none(), "{k:?}");
    }
    app.apply(Event::ScrollDown);
    assert_eq!(app.plan(), &before);
    assert_eq!(app.view(), View::Board);
    assert_eq!(app.filter(), Filter::All);
    assert_eq!(app.selected(), before.find("nvk-1"));
    assert_eq!(keys(&mut app, "q"), vec![Effect::Quit]);
}

#[test]
fn a_failed_structural_save_rolls_back_and_says_why() {
    let mut app = real_app(Language::En);
    let before: Vec<String> = app.plan().activities.iter().map(|a| a.id.clone()).collect();
    let Effect::Store(request) = keys(&mut app, "dy")[0].clone() else {
        panic!("no store request");
    };
    assert_eq!(app.plan().activities.len(), before.len() - 1);
    app.apply(Event::Stored(report(
        request,
        Err(Failure {
            message: "the file changed on disk; reload it first".into(),
            kept: false,
        }),
    )));
    let after: Vec<String> = app.plan().activities.iter().map(|a| a.id.clone()).collect();
    assert_eq!(after, before);
    let msg = &app.message().unwrap().text;
    assert!(msg.starts_with("Not saved: the file changed"), "{msg}");
}

#[test]
fn a_waiting_area_s_reason_is_offered_to_edit() {
    let mut app = real_app(Language::Nb);
    let reason = app.plan().areas[1].reason.clone().unwrap();
    // Area 3 waits: S opens on "waiting", Enter asks for the reason with the current one.
    keys(&mut app, "hjS\n");
    let Some(Popup::Reason { area, input }) = app.popup() else {
        panic!("{:?}", app.popup());
    };
    assert_eq!((*area, input.value()), (1, reason.as_str()));
    // Esc leaves it as it was.
    assert!(keys(&mut app, "\x1b").is_empty());
    assert!(app.popup().is_none());
}

#[test]
fn the_board_and_agenda_use_the_width_at_three_sizes() {
    for (w, h) in [(80, 24), (120, 36), (160, 45)] {
        for (name, key) in [("board", "1"), ("agenda", "2")] {
            let mut app = real_app(Language::Nb);
            keys(&mut app, key);
            let text = screen(&draw(&mut app, w, h));
            insta::assert_snapshot!(format!("layout_{name}_nb_{w}x{h}"), text);
        }
    }
}

#[test]
fn no_owner_is_cut_at_110_columns_or_more() {
    let plan = common::real_plan();
    let mut owners: Vec<&str> = plan.activities.iter().map(|a| a.owner.as_str()).collect();
    owners.sort_unstable();
    owners.dedup();
    for w in (110..=220).step_by(5) {
        for h in [24, 36, 45] {
            // The board and the agenda; the owners view groups by owner and has no owner
            // column. (While the areas pane has focus its titles come first.)
            for key in ["1", "2"] {
                let mut app = real_app(Language::Nb);
                keys(&mut app, key);
                let text = common::screen::screen_text(&draw(&mut app, w, h));
                for owner in &owners {
                    // Every row shows from 36 lines on.
                    assert!(
                        h < 36 || text.contains(owner),
                        "{owner} not shown at {w}×{h} ({key}):\n{text}"
                    );
                    let cut = (3..owner.chars().count())
                        .map(|n| format!("{}…", owner.chars().take(n).collect::<String>()))
                        .find(|c| text.contains(c.as_str()));
                    assert!(cut.is_none(), "{cut:?} at {w}×{h} ({key}):\n{text}");
                }
            }
        }
    }
}

#[test]
fn a_row_with_an_unsaved_edit_is_marked_and_enter_says_what_it_is() {
    use fremdrift::file::recovery::Unsaved;
    let mut app = real_app(Language::Nb);
    // The store's answer to a retry that could not save: the edit stays unsaved.
    let mut answer = report(
        Request::Retry,
        Err(Failure {
            message: "conflict: nvk-1 status was changed elsewhere".into(),
            kept: true,
        }),
    );
    answer.unsaved = vec![Unsaved::field(
        Edit {
            id: "nvk-1".into(),
            change: Change::Status(Status::Done),
        },
        Change::Status(Status::Todo),
        fremdrift::i18n::Message::verbatim("conflict: nvk-1 status was changed elsewhere"),
    )];
    app.apply(Event::Stored(answer));
    let buf = draw(&mut app, 120, 36);
    let row = line_with(&buf, "Gjennomgå og justere");
    assert!(row.contains(" ●"), "{row}");
    assert!(!line_with(&buf, "Justere opplegg").contains('●'));
    keys(&mut app, "\n");
    let text = screen(&draw(&mut app, 120, 36));
    assert!(
        text.contains("● ulagret: nvk-1 status: ikke startet → ferdig"),
        "{text}"
    );
    assert!(
        text.contains("conflict: nvk-1 status was changed elsewhere"),
        "{text}"
    );
}

#[test]
fn duplicate_titles_say_where_they_belong_outside_the_board() {
    // "Kvalitetssikre opplegg" is in both workstreams of area 2.
    for (key, w, h) in [
        ("2", 120, 36),
        ("3", 120, 36),
        ("4", 160, 45),
        ("5", 160, 45),
    ] {
        let mut app = real_app(Language::Nb);
        keys(&mut app, key);
        let text = common::screen::screen_text(&draw(&mut app, w, h));
        // The home may be cut where the title column ends; its start tells them apart.
        for home in ["Næringsvennlig", "Effektiv"] {
            assert!(
                text.contains(&format!("Kvalitetssikre opplegg · {home}")),
                "view {key}: {home} missing:\n{text}"
            );
        }
        // A unique title stays as it is.
        assert!(!text.contains("Justere opplegg ·"), "view {key}:\n{text}");
    }
    // The board lists them under their workstreams already.
    let mut app = real_app(Language::Nb);
    let text = common::screen::screen_text(&draw(&mut app, 120, 36));
    assert!(!text.contains("Kvalitetssikre opplegg ·"), "{text}");
}

#[test]
fn a_refused_edit_shows_the_file_s_value_and_its_conflict_popup_in_both_languages() {
    use fremdrift::file::recovery::Unsaved;
    let text = std::fs::read_to_string(PLAN).unwrap().replacen(
        "due    = \"30. november\"\nstatus = \"ikke startet\"",
        "due    = \"30. november\"\nstatus = \"pågår\"",
        1,
    );
    for lang in LANGS {
        let mut app = real_app(lang);
        let Effect::Store(request) = keys(&mut app, "x")[0].clone() else {
            panic!("no store request");
        };
        // The store's answer to a conflict: the file's version (nvk-1 "pågår"), ours unsaved.
        let parsed = fremdrift::file::parse_plan(&text);
        let reason = "the file changed on disk in the same place";
        let mut answer = report(
            request,
            Err(Failure {
                message: reason.into(),
                kept: false,
            }),
        );
        answer.unsaved = vec![Unsaved::field(
            Edit {
                id: "nvk-1".into(),
                change: Change::Status(Status::Done),
            },
            Change::Status(Status::Todo),
            fremdrift::i18n::Message::verbatim(reason),
        )];
        answer.theirs = Some(Fresh {
            plan: parsed.plan.unwrap(),
            diagnostics: parsed.diagnostics,
            text: text.clone(),
            notice: None,
        });
        app.apply(Event::Stored(answer));
        assert_eq!(app.plan().activities[0].status, Status::Doing);
        keys(&mut app, "\n");
        assert!(
            matches!(app.popup(), Some(Popup::Conflict { .. })),
            "{:?}",
            app.popup()
        );
        let name = format!("popup_conflict_{}_80x24", lang_code(lang));
        insta::assert_snapshot!(name, screen(&draw(&mut app, 80, 24)));
    }
}

/// A moved deadline: the detail shows the one first agreed and how far it moved.
#[test]
fn the_detail_shows_the_deadline_first_agreed_and_how_far_it_moved() {
    let text = std::fs::read_to_string(PLAN).unwrap().replacen(
        "due    = \"30. november\"",
        "due    = \"15. desember\"\nbaseline = \"30. november\"",
        1,
    );
    for (lang, line) in [
        (
            Language::Nb,
            "opprinnelig frist «30. november» (30.11.2017), flyttet +15 d",
        ),
        (
            Language::En,
            "first agreed “30. november” (2017-11-30), moved +15 d",
        ),
    ] {
        let mut app = app_from_text(&text, lang);
        keys(&mut app, "\n");
        let s = screen(&draw(&mut app, 120, 36));
        assert!(s.contains("Gjennomgå og justere tidligere opplegg"), "{s}");
        assert!(s.contains(line), "{s}");
        // Without a baseline there is no such line.
        let mut plain = real_app(lang);
        keys(&mut plain, "\n");
        let s = screen(&draw(&mut plain, 120, 36));
        assert!(!s.contains("+15 d"), "{s}");
    }
}

fn fresh_from(text: &str) -> Fresh {
    let parsed = fremdrift::file::parse_plan(text);
    Fresh {
        plan: parsed.plan.unwrap(),
        diagnostics: parsed.diagnostics,
        text: text.to_string(),
        notice: None,
    }
}

/// Undo and redo say what they changed, in the UI language; the message fades after
/// `MESSAGE_TICKS` ticks, while an error stays.
#[test]
fn undo_says_what_it_undid_and_messages_fade_but_errors_stay() {
    use fremdrift::tui::app::MESSAGE_TICKS;
    let original = std::fs::read_to_string(PLAN).unwrap();
    for (lang, undone, redone) in [
        (
            Language::Nb,
            "Angret: nvk-1 status ferdig → ikke startet",
            "Gjort om igjen: nvk-1 status ikke startet → ferdig",
        ),
        (
            Language::En,
            "Undone: nvk-1 status done → todo",
            "Redone: nvk-1 status todo → done",
        ),
    ] {
        let mut app = real_app(lang);
        let Effect::Store(request) = keys(&mut app, "x")[0].clone() else {
            panic!("no store request");
        };
        app.apply(Event::Stored(report(request, Ok((Done::Saved, None)))));
        let done_plan = app.plan().clone();
        let Effect::Store(undo) = keys(&mut app, "u")[0].clone() else {
            panic!("no undo request");
        };
        app.apply(Event::Stored(report(
            undo,
            Ok((Done::Undone, Some(fresh_from(&original)))),
        )));
        assert_eq!(app.message().unwrap().text, undone);
        let text = screen(&draw(&mut app, 120, 36));
        assert!(text.contains(undone), "{text}");

        let Effect::Store(redo) = app.apply(Event::Action(Action::Redo)) else {
            panic!("no redo request");
        };
        let mut fresh = fresh_from(&original);
        fresh.plan = done_plan;
        app.apply(Event::Stored(report(redo, Ok((Done::Redone, Some(fresh))))));
        assert_eq!(app.message().unwrap().text, redone);

        for _ in 1..MESSAGE_TICKS {
            app.apply(Event::Tick);
        }
        assert!(app.message().is_some(), "faded too early");
        app.apply(Event::Tick);
        assert_eq!(app.message(), None);
        let text = screen(&draw(&mut app, 120, 36));
        assert!(!text.contains(redone), "{text}");

        // An error stays until something else is said.
        let Effect::Store(request) = keys(&mut app, "j ")[0].clone() else {
            panic!("no store request");
        };
        app.apply(Event::Stored(report(
            request,
            Err(Failure {
                message: "disk full".into(),
                kept: false,
            }),
        )));
        for _ in 0..MESSAGE_TICKS * 3 {
            app.apply(Event::Tick);
        }
        assert!(app.message().unwrap().text.contains("disk full"));
    }
}

/// The size of the nynorsk snapshots.
const NN: (u16, u16) = (100, 30);

/// The real plan written in nynorsk (`language = "nn"`, nynorsk status words), on a nynorsk
/// board.
fn nn_app() -> Board {
    app_from_text(&common::nynorsk_plan_text(), Language::Nn)
}

#[test]
fn a_nynorsk_plan_reads_as_nynorsk() {
    let parsed = fremdrift::file::parse_plan(&common::nynorsk_plan_text());
    let plan = parsed.plan.expect("the nynorsk plan loads");
    assert_eq!(plan.language, Language::Nn);
    assert!(plan.language_declared);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    assert_eq!(plan.reader_language(None), Language::Nn);
    assert_eq!(plan.reader_language(Some(Language::En)), Language::En);
    assert_eq!(
        plan.activities.iter().map(|a| a.status).collect::<Vec<_>>(),
        common::real_plan()
            .activities
            .iter()
            .map(|a| a.status)
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_view_in_nynorsk() {
    let (w, h) = NN;
    for (n, view) in View::ALL.iter().enumerate() {
        let mut app = nn_app();
        app.apply(Event::Action(Action::View(n as u8)));
        let name = format!("view_{view:?}_nn_{w}x{h}").to_lowercase();
        let text = screen(&draw(&mut app, w, h));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn every_popup_in_nynorsk() {
    use fremdrift::file::recovery::{Recovery, Unsaved};
    use fremdrift::tui::popup::{OtherEditorChoice, RecoveryChoice, UnsavedChoice};
    let (w, h) = NN;
    let popups: [(&str, &str); 12] = [
        ("detail", "j\n"),
        ("help", "?"),
        ("picker", "s"),
        ("edit_due", "e"),
        ("edit_note", "jjjjn"),
        ("edit_owner", "o"),
        ("problems", "w"),
        ("add", "aKartlegge behov\t\t\tveke 50"),
        ("delete", "jd"),
        ("move", "mj"),
        ("area_status", "Sj"),
        ("reason", "Sj\n"),
    ];
    for (name, keys_) in popups {
        let mut app = if name == "problems" {
            let text = std::fs::read_to_string("tests/fixtures/seed-uncorrected.toml")
                .unwrap()
                .replace("31. november", "30. november");
            app_from_text(&common::nynorsk(&text), Language::Nn)
        } else {
            nn_app()
        };
        keys(&mut app, keys_);
        assert!(app.popup().is_some(), "{name}: no popup after {keys_:?}");
        let name = format!("popup_{name}_nn_{w}x{h}");
        insta::assert_snapshot!(name, screen(&draw(&mut app, w, h)));
    }
    // The questions about unsaved edits, a recovery file and another editor.
    let unsaved = vec![Unsaved::field(
        Edit {
            id: "nvk-1".into(),
            change: Change::Status(Status::Done),
        },
        Change::Status(Status::Todo),
        fremdrift::i18n::Message::verbatim("Permission denied (os error 13)"),
    )];
    let mut app = nn_app();
    let mut answer = report(
        Request::Retry,
        Err(Failure {
            message: "Permission denied (os error 13)".into(),
            kept: true,
        }),
    );
    answer.unsaved = unsaved.clone();
    app.apply(Event::Stored(answer));
    app.warn_other_editors(vec!["kari@rådhuset (pid 4242), sidan 09:12".into()]);
    app.offer_recovery(Recovery {
        written_at: "2017-11-30T16:05:00+01:00".into(),
        plan_hash: String::new(),
        edits: unsaved,
    });
    for (name, popup) in [
        (
            "unsaved",
            Popup::Unsaved {
                choice: UnsavedChoice::SetAside,
            },
        ),
        (
            "recovery",
            Popup::Recovery {
                choice: RecoveryChoice::Reapply,
            },
        ),
        (
            "other_editor",
            Popup::OtherEditor {
                choice: OtherEditorChoice::EditAnyway,
            },
        ),
    ] {
        app.open_popup(popup);
        let name = format!("popup_{name}_nn_{w}x{h}");
        insta::assert_snapshot!(name, screen(&draw(&mut app, w, h)));
    }
}

/// The `w` list on a nynorsk plan: every line framed in nynorsk (severity, help), the
/// diagnostics told with the board's language.
#[test]
fn the_problems_list_of_a_nynorsk_plan_is_nynorsk() {
    let text = std::fs::read_to_string("tests/fixtures/seed-uncorrected.toml")
        .unwrap()
        .replace("31. november", "30. november");
    let mut app = app_from_text(&common::nynorsk(&text), Language::Nn);
    keys(&mut app, "w");
    let screen = common::screen::screen_text(&draw(&mut app, 160, 45));
    assert!(screen.contains(": åtvaring: "), "{screen}");
    assert!(screen.contains("  hjelp: "), "{screen}");
    assert!(screen.contains("åtvaringar · w viser dei"), "{screen}");
    assert!(!screen.contains("warning:"), "{screen}");
    assert!(!screen.contains("help:"), "{screen}");
    for d in app.diagnostics() {
        let line = d.one_line(app.path(), app.text(), Language::Nn);
        let first: String = line.chars().take(60).collect();
        assert!(screen.contains(&first), "{first}\n{screen}");
    }
}
