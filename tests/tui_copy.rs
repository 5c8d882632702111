//! `y` copies the selected activity to the clipboard: the app asks for it as an effect (with the
//! line in the board's language, and says so in the status bar), and the real binary in a pty
//! writes it to the terminal as OSC 52.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::plan::Language;
use fremdrift::tui::Effect;
use fremdrift::tui::event_loop::osc52;
use ratatui::crossterm::event::KeyCode;

use common::board::{Board, Open};
use common::pty::Session;
use common::{PLAN, copy_plan};

fn app(lang: Language, read_only: bool) -> Board {
    let text = std::fs::read_to_string(PLAN).unwrap();
    Open::default()
        .lang(lang)
        .read_only(read_only)
        .shown(PLAN)
        .board(&text)
}

fn press(board: &mut Board, c: char) -> Effect {
    board.press(KeyCode::Char(c))
}

#[test]
fn y_copies_the_selected_activity_in_the_board_s_language() {
    let nb = "nvk-1 — Gjennomgå og justere tidligere opplegg — Prosjektleder — 30. november \
              (30.11.2017) — ikke startet";
    let mut board = app(Language::Nb, false);
    assert_eq!(press(&mut board, 'y'), Effect::Copy(nb.to_string()));
    assert_eq!(board.said(), format!("Kopiert: {nb}"));

    let mut board = app(Language::Nn, false);
    let Effect::Copy(nn) = press(&mut board, 'y') else {
        panic!("no copy")
    };
    assert!(nn.ends_with("(30.11.2017) — ikkje starta"), "{nn}");

    let mut board = app(Language::En, false);
    assert_eq!(
        press(&mut board, 'y'),
        Effect::Copy(
            "nvk-1 — Gjennomgå og justere tidligere opplegg — Prosjektleder — 30. november \
             (2017-11-30) — todo"
                .to_string()
        )
    );
    assert_eq!(board.said().split_once(':').unwrap().0, "Copied");
}

#[test]
fn y_copies_what_is_selected_in_every_view_and_read_only_too() {
    let mut board = app(Language::Nb, true);
    for view in ['2', '3', '4'] {
        press(&mut board, view);
        press(&mut board, 'j');
        let selected = board.selected_activity().unwrap().id.clone();
        let Effect::Copy(text) = press(&mut board, 'y') else {
            panic!("no copy in view {view}")
        };
        assert!(
            text.starts_with(&format!("{selected} — ")),
            "{view}: {text}"
        );
    }
    // The file is not touched: copying is no edit.
    assert_eq!(board.unsaved().len(), 0);
}

#[test]
fn y_is_in_the_one_binding_table() {
    use fremdrift::tui::keys::{Action, BINDINGS, Scope};
    let b = BINDINGS.iter().find(|b| b.action == Action::Copy).unwrap();
    assert_eq!((b.scope, b.keys_label().as_ref()), (Scope::Normal, "y"));
    assert!(!Action::Copy.edits());
}

#[test]
fn osc52_is_the_clipboard_sequence_with_the_text_in_base64() {
    // ESC ] 52 ; c ; base64 ST: "aGk=" is "hi", "w6Yg4oCUIMO4" is "æ — ø" in UTF-8.
    assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x1b\\");
    assert_eq!(osc52("æ — ø"), "\x1b]52;c;w6Yg4oCUIMO4\x1b\\");
}

#[test]
fn the_copy_reaches_the_terminal_as_osc52() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_plan(dir.path());
    let mut s = Session::start(&[path.to_str().unwrap(), "--today", "2017-12-01"]);
    s.wait_for("! Gjennomgå og justere");
    s.keys("y");
    s.wait_for("Kopiert: nvk-1");
    // The sequence is written before the frame that shows the message.
    let line = "nvk-1 — Gjennomgå og justere tidligere opplegg — Prosjektleder — 30. november \
                (30.11.2017) — ikke startet";
    let sequence = osc52(line);
    let raw = s.raw.lock().unwrap().clone();
    assert!(
        raw.windows(sequence.len())
            .any(|w| w == sequence.as_bytes()),
        "no OSC 52 with {line:?} in the terminal's bytes"
    );
    s.keys("q");
    assert!(s.wait_exit().success());
}
