//! The board at scale, by counting and never by timing: drawing a frame of a 10,000-activity
//! plan builds only the rows that fit on screen, in every view and after navigation, search and
//! filter keys; and the cursor reaches the last activity and back.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::tui::model::View;
use fremdrift::tui::views::rows_built;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use common::board::{Board, Open};
use common::day;

const N: usize = 10_000;
const W: u16 = 100;
const H: u16 = 30;

fn big_app() -> Board {
    let text = fremdrift::synth::plan_text("Stor plan", N, 7);
    let board = Open {
        today: day(2018, 5, 15),
        ..Open::default()
    }
    .shown("stor.toml")
    .board(&text);
    assert_eq!(board.plan().activities.len(), N);
    board
}

/// Draws one frame and returns how many activity rows it built.
fn frame_rows(board: &mut Board, terminal: &mut Terminal<TestBackend>) -> usize {
    let before = rows_built();
    terminal
        .draw(|f| f.render_stateful_widget(&board.app, f.area(), &mut board.state))
        .unwrap();
    rows_built() - before
}

/// At most one row per screen line; the status view has up to five columns of cards.
fn limit(view: View) -> usize {
    let lines = usize::from(H);
    if view == View::Status {
        5 * lines
    } else {
        lines
    }
}

#[test]
fn a_frame_builds_only_the_rows_on_screen_in_every_view() {
    let mut app = big_app();
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    for (n, view) in View::ALL.iter().enumerate() {
        app.press(KeyCode::Char(char::from(b'1' + n as u8)));
        assert_eq!(app.view(), *view);
        let built = frame_rows(&mut app, &mut terminal);
        // Rows are built (the counter is live) but never more than fit, of 10,000.
        assert!(built > 0, "{view:?}: nothing drawn");
        assert!(
            built <= limit(*view),
            "{view:?}: {built} rows built for a {H}-line screen"
        );
    }
}

#[test]
fn keys_then_a_frame_build_only_the_rows_on_screen() {
    let mut app = big_app();
    let mut terminal = Terminal::new(TestBackend::new(W, H)).unwrap();
    // The agenda lists the whole plan.
    app.press(KeyCode::Char('2'));
    let mut total = 0;
    let mut frames = 0;
    let mut step = |app: &mut Board, code: KeyCode| {
        app.press(code);
        let built = frame_rows(app, &mut terminal);
        assert!(built <= limit(app.view()), "{code:?}: {built} rows built");
        total += built;
        frames += 1;
    };
    for _ in 0..50 {
        step(&mut app, KeyCode::Char('j'));
    }
    step(&mut app, KeyCode::Char('G'));
    step(&mut app, KeyCode::PageUp);
    step(&mut app, KeyCode::Char('g'));
    for _ in 0..4 {
        step(&mut app, KeyCode::Char('f'));
    }
    step(&mut app, KeyCode::Char('/'));
    for c in "kurs".chars() {
        step(&mut app, KeyCode::Char(c));
    }
    step(&mut app, KeyCode::Backspace);
    step(&mut app, KeyCode::Esc);
    assert!(total <= frames * usize::from(H));
}

#[test]
fn the_cursor_reaches_the_last_activity_and_back() {
    let mut app = big_app();
    app.press(KeyCode::Char('2'));
    let first = app.selected();
    assert!(first.is_some());
    app.press(KeyCode::Char('G'));
    let last = app.selected();
    assert_ne!(first, last);
    // The last activity is on the agenda's last row.
    assert_eq!(app.cursor_row(), Some(app.rows().len() - 1));
    app.press(KeyCode::Char('k'));
    assert_eq!(app.cursor_row(), Some(app.rows().len() - 2));
    app.press(KeyCode::Char('g'));
    // Row 0 is the first bucket's heading.
    assert_eq!(app.cursor_row(), Some(1));
    assert_eq!(app.selected(), app.rows()[1].activity());
}
