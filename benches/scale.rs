//! Benchmarks at scale (issue 6): loading a plan, the first frame, keypress → frame for
//! navigation, search-as-you-type and filter changes, a status edit saved to disk, and a folder
//! of 100 plans. Plans come from `fremdrift::synth`, so every run sees the same ones.
//!
//! Run with `cargo bench --bench scale`; CI only compiles this (clippy --all-targets).
//! Figures and the machine they were taken on: `benches/README.md`.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

use chrono::NaiveDate;
use divan::Bencher;
use fremdrift::file::edit::{Change, Edit};
use fremdrift::file::save::PlanFile;
use fremdrift::plan::{Language, Status};
use fremdrift::tui::app::ViewState;
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{App, Event, Options};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 5, 15).expect("a valid date")
}

fn text(n: usize) -> String {
    fremdrift::synth::plan_text("Syntetisk plan", n, 1)
}

fn app(text: &str) -> App {
    let parsed = fremdrift::file::parse_plan(text);
    let plan = parsed.plan.expect("synthetic plans are valid");
    App::new(
        plan,
        parsed.diagnostics,
        text.to_string(),
        Options {
            today: today(),
            lang: Language::Nb,
            theme: Theme::new(ThemeKind::Dark, true),
            read_only: false,
            path: "syntetisk.toml".to_string(),
        },
    )
}

/// A terminal the size of a laptop's full-screen window.
fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(160, 45)).expect("a test terminal")
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// `parse_plan`: read the TOML, validate, resolve every deadline.
#[divan::bench(args = SIZES)]
fn load(bencher: Bencher, n: usize) {
    let text = text(n);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| fremdrift::file::parse_plan(divan::black_box(&text)));
}

/// From the file's text to the first frame: parse, build the app, draw once.
#[divan::bench(args = SIZES)]
fn first_frame(bencher: Bencher, n: usize) {
    let text = text(n);
    bencher.bench(|| {
        let app = app(&text);
        let mut state = ViewState::default();
        let mut terminal = terminal();
        terminal
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
        app
    });
}

/// Drawing one frame of an app that is already built (the board, then the agenda).
#[divan::bench(args = SIZES)]
fn frame(bencher: Bencher, n: usize) {
    let app = app(&text(n));
    let mut state = ViewState::default();
    let mut terminal = terminal();
    bencher.bench_local(|| {
        terminal
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
    });
}

/// One key and the frame after it, alternating `j` and `k` in the agenda (the whole plan).
#[divan::bench(args = SIZES)]
fn key_navigate(bencher: Bencher, n: usize) {
    let mut app = app(&text(n));
    let mut state = ViewState::default();
    app.apply(key(KeyCode::Char('2')), &mut state);
    let mut terminal = terminal();
    let mut down = true;
    bencher.bench_local(|| {
        app.apply(key(KeyCode::Char(if down { 'j' } else { 'k' })), &mut state);
        down = !down;
        terminal
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
    });
}

/// Search as you type: alternately typing a letter and erasing it, each followed by a frame.
#[divan::bench(args = SIZES)]
fn key_search(bencher: Bencher, n: usize) {
    let mut app = app(&text(n));
    let mut state = ViewState::default();
    app.apply(key(KeyCode::Char('2')), &mut state);
    app.apply(key(KeyCode::Char('/')), &mut state);
    app.apply(key(KeyCode::Char('k')), &mut state);
    let mut terminal = terminal();
    let mut typing = true;
    bencher.bench_local(|| {
        app.apply(
            key(if typing {
                KeyCode::Char('u')
            } else {
                KeyCode::Backspace
            }),
            &mut state,
        );
        typing = !typing;
        terminal
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
    });
}

/// Cycling the filter (all → open → overdue → due soon) in the agenda, each followed by a frame.
#[divan::bench(args = SIZES)]
fn key_filter(bencher: Bencher, n: usize) {
    let mut app = app(&text(n));
    let mut state = ViewState::default();
    app.apply(key(KeyCode::Char('2')), &mut state);
    let mut terminal = terminal();
    bencher.bench_local(|| {
        app.apply(key(KeyCode::Char('f')), &mut state);
        terminal
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
    });
}

/// A status edit saved to disk: lock, compare, splice, verify, write, fsync, rename.
/// Alternates done and doing on the middle activity so every save changes the file.
#[divan::bench(args = SIZES, sample_count = 30)]
fn edit_save(bencher: Bencher, n: usize) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, text(n)).expect("writes the plan");
    let mut file = PlanFile::open(&path).expect("opens the plan");
    let id = file.plan().activities[n / 2].id.clone();
    let mut done = true;
    bencher.bench_local(|| {
        let status = if done { Status::Done } else { Status::Doing };
        done = !done;
        file.apply(&Edit::new(id.clone(), Change::Status(status)), today())
            .expect("saves")
    });
}

/// A folder of 100 plans of 1,000 activities: read and parse every one.
#[divan::bench(sample_count = 10)]
fn folder_100_plans(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("a temp dir");
    for i in 0..100 {
        let title = format!("Prosjekt {i}");
        std::fs::write(
            dir.path().join(format!("plan-{i:03}.toml")),
            fremdrift::synth::plan_text(&title, 1_000, i),
        )
        .expect("writes a plan");
    }
    let paths = fremdrift::cli::expand_plans(dir.path()).expect("lists plans");
    bencher.bench(|| {
        paths
            .iter()
            .map(|p| {
                fremdrift::file::load(p)
                    .expect("loads")
                    .parsed
                    .plan
                    .is_some()
            })
            .filter(|ok| *ok)
            .count()
    });
}
