//! Benchmarks at scale (issue 6): loading a plan, the first frame, keypress → frame for
//! navigation, search-as-you-type and filter changes, a status edit saved to disk, and a folder
//! of 100 plans. Issue 16: loading through the parse cache, cold (a miss: parse and write the
//! entry) and warm (a hit), and a folder loaded one plan after another or in parallel. Plans
//! come from `fremdrift::synth`, so every run sees the same ones.
//!
//! Run with `cargo bench --bench scale`; CI only compiles this (clippy --all-targets).
//! Figures and the machine they were taken on: `benches/README.md`.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

use chrono::NaiveDate;
use divan::Bencher;
use std::path::PathBuf;

use fremdrift::file::cache::Cache;
use fremdrift::file::edit::{Change, Edit};
use fremdrift::file::save::PlanFile;
use fremdrift::file::{Loaded, ReadError, load_all_with, load_with};
use fremdrift::plan::{Language, Status};
use fremdrift::tui::app::ViewState;
use fremdrift::tui::theme::{Theme, ThemeKind};
use fremdrift::tui::{App, Event, Options};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// The binary's allocator (src/main.rs), so the figures are the program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 5, 15).expect("a valid date")
}

fn text(n: usize) -> String {
    fremdrift::synth::plan_text("Syntetisk plan", n, 1)
}

/// The board's options in every bench: today, bokmål, dark colours, editing.
fn options() -> Options {
    Options {
        today: today(),
        lang: Language::Nb,
        theme: Theme::new(ThemeKind::Dark, true),
        read_only: false,
        path: "syntetisk.toml".to_string(),
    }
}

fn app(text: &str) -> App {
    let parsed = fremdrift::file::parse_plan(text);
    let plan = parsed.plan.expect("synthetic plans are valid");
    App::new(plan, parsed.diagnostics, text.to_string(), options())
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

/// Stepping the urgency filter (any → open → overdue → due soon) in the filter picker over the
/// agenda, each followed by a frame.
#[divan::bench(args = SIZES)]
fn key_filter(bencher: Bencher, n: usize) {
    let mut app = app(&text(n));
    let mut state = ViewState::default();
    app.apply(key(KeyCode::Char('2')), &mut state);
    app.apply(key(KeyCode::Char('f')), &mut state);
    app.apply(key(KeyCode::Char('j')), &mut state);
    let mut terminal = terminal();
    bencher.bench_local(|| {
        app.apply(key(KeyCode::Char('l')), &mut state);
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

/// A folder of `plans` plans of `activities` activities each, and its plan files in order.
fn folder(plans: u64, activities: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("a temp dir");
    for i in 0..plans {
        let title = format!("Prosjekt {i}");
        std::fs::write(
            dir.path().join(format!("plan-{i:03}.toml")),
            fremdrift::synth::plan_text(&title, activities, i),
        )
        .expect("writes a plan");
    }
    let paths = fremdrift::cli::expand_plans_in(dir.path(), fremdrift::plan::Language::En)
        .expect("lists plans");
    (dir, paths)
}

/// How many of the loads gave a plan.
fn plans_loaded(results: Vec<Result<Loaded, ReadError>>) -> usize {
    results
        .into_iter()
        .filter(|r| r.as_ref().expect("loads").parsed.plan.is_some())
        .count()
}

/// A folder of 100 plans of 1,000 activities: read and parse every one, one after another,
/// without the cache.
#[divan::bench(sample_count = 10)]
fn folder_100_plans(bencher: Bencher) {
    let (_dir, paths) = folder(100, 1_000);
    bencher.bench(|| plans_loaded(paths.iter().map(|p| load_with(p, None)).collect()));
}

/// A plan file on disk, a cache folder, and the cache in it.
fn plan_and_cache(n: usize) -> (tempfile::TempDir, PathBuf, Cache) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, text(n)).expect("writes the plan");
    let cache = Cache::new(dir.path().join("cache"));
    (dir, path, cache)
}

const CACHE_SIZES: [usize; 2] = [1_000, 10_000];

/// `file::load` without the cache: read the file, parse it (the baseline for the two below).
#[divan::bench(args = CACHE_SIZES, sample_count = 30)]
fn load_file_uncached(bencher: Bencher, n: usize) {
    let (_dir, path, _) = plan_and_cache(n);
    bencher.bench(|| load_with(&path, None).expect("loads"));
}

/// `file::load` with a cold cache (a miss): read, hash, parse, and keep a copy of the parse for
/// its entry, which is written later (as a command does at its end, or the board after its
/// first frame): here before the next sample, outside the timing.
#[divan::bench(args = CACHE_SIZES, sample_count = 30)]
fn load_file_cold(bencher: Bencher, n: usize) {
    let (_dir, path, cache) = plan_and_cache(n);
    let text = std::fs::read_to_string(&path).expect("reads the plan");
    let entry = cache.entry_path(&text);
    bencher
        .with_inputs(|| {
            fremdrift::file::cache::finish_writes();
            let _ = std::fs::remove_file(&entry);
        })
        .bench_values(|()| load_with(&path, Some(&cache)).expect("loads"));
    // The last sample's entry: written now, not left in memory for the benchmarks after this.
    fremdrift::file::cache::finish_writes();
}

/// `file::load` with a warm cache (a hit): read, hash, read the entry, check and decode it.
#[divan::bench(args = CACHE_SIZES, sample_count = 30)]
fn load_file_warm(bencher: Bencher, n: usize) {
    let (_dir, path, cache) = plan_and_cache(n);
    load_with(&path, Some(&cache)).expect("loads");
    fremdrift::file::cache::finish_writes();
    let text = std::fs::read_to_string(&path).expect("reads the plan");
    assert!(cache.entry_path(&text).is_file(), "the cache is warm");
    bencher.bench(|| load_with(&path, Some(&cache)).expect("loads"));
}

/// A folder of 100 plans of 100 activities: one after another or in parallel
/// (`file::load_all`), without the cache; and in parallel with a warm cache.
#[divan::bench(args = ["sequential", "parallel", "parallel_warm"], sample_count = 20)]
fn folder_100x100(bencher: Bencher, how: &str) {
    let (dir, paths) = folder(100, 100);
    let cache = Cache::new(dir.path().join("cache"));
    let cache = (how == "parallel_warm").then_some(&cache);
    if cache.is_some() {
        load_all_with(&paths, cache);
        fremdrift::file::cache::finish_writes();
    }
    bencher.bench(|| {
        let results = match how {
            "sequential" => paths.iter().map(|p| load_with(p, None)).collect(),
            _ => load_all_with(&paths, cache),
        };
        assert_eq!(plans_loaded(results), 100);
    });
}

/// The board's first frame from the file, as `fremdrift PLAN` draws it (issue 16): read the
/// file through the parse cache (`cold`: the entry removed first, so it is parsed, and the entry
/// kept to be written after the frame, as the board does; `warm`: a hit), build the app and
/// draw one 160×45 frame.
#[divan::bench(args = ["cold", "warm"], sample_count = 20)]
fn first_frame_file_10000(bencher: Bencher, how: &str) {
    let (_dir, path, cache) = plan_and_cache(10_000);
    let text = std::fs::read_to_string(&path).expect("reads the plan");
    let entry = cache.entry_path(&text);
    load_with(&path, Some(&cache)).expect("loads");
    fremdrift::file::cache::finish_writes();
    let cold = how == "cold";
    bencher
        .with_inputs(|| {
            if cold {
                fremdrift::file::cache::finish_writes();
                let _ = std::fs::remove_file(&entry);
            }
        })
        .bench_values(|()| {
            let loaded = load_with(&path, Some(&cache)).expect("loads");
            let plan = loaded.parsed.plan.expect("synthetic plans are valid");
            let app = App::new(
                plan,
                loaded.parsed.diagnostics,
                loaded.source.text,
                options(),
            );
            let mut state = ViewState::default();
            terminal()
                .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
                .expect("draws");
            app
        });
    fremdrift::file::cache::finish_writes();
}

/// What an editing board (`fremdrift PLAN`) does before its first frame, on a warm parse cache
/// at 10,000 activities: load through the cache, build its store and the app, draw one 160×45
/// frame. `now`: the loaded file is moved into the app and the store (`BoardStore`), which makes
/// its copy of the plan and text and lists the board as an editor after the first frame (`Store::begin`, not timed
/// here). `before`: as `cli::open` did until 30 Nov: the plan, source, spans, diagnostics and
/// text copied for the store, and the presence file (small, synced) written, before the frame.
#[divan::bench(args = ["now", "before"], sample_count = 20)]
fn first_frame_board_10000(bencher: Bencher, how: &str) {
    use fremdrift::tui::file_store::{BoardStore, Opening, PlanFileStore};
    use fremdrift::tui::store::Store;
    let (_dir, path, cache) = plan_and_cache(10_000);
    load_with(&path, Some(&cache)).expect("loads");
    fremdrift::file::cache::finish_writes();
    let before = how == "before";
    bencher.bench(|| {
        let loaded = load_with(&path, Some(&cache)).expect("loads");
        let Loaded { mut source, parsed } = loaded;
        let plan = parsed.plan.expect("synthetic plans are valid");
        let options = options();
        let (app, store): (App, Box<dyn Store>) = if before {
            let store = PlanFileStore::new(
                PlanFile::new(&path, source.clone(), plan.clone()).with_spans(parsed.spans.clone()),
            );
            let registration =
                fremdrift::file::presence::register(&path, "2018-05-15T10:00:00+02:00")
                    .expect("registers");
            let app = App::new(
                plan,
                parsed.diagnostics.clone(),
                source.text.clone(),
                options,
            );
            (app, Box::new(store.with_presence(registration)))
        } else {
            let text = std::mem::take(&mut source.text);
            let app = App::new(plan, parsed.diagnostics, text, options);
            let store = BoardStore::new(Opening {
                path: path.clone(),
                source,
                spans: parsed.spans,
                lang: Language::Nb,
                started: "2018-05-15T10:00:00+02:00".to_string(),
            });
            (app, Box::new(store))
        };
        let mut state = ViewState::default();
        terminal()
            .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
            .expect("draws");
        (app, store)
    });
}

/// The portfolio of 100 plans of 1,000 (issue 16), without the cache: `first_frame` is the
/// frame drawn before any plan is read (`Portfolio::loading`), `all_arrived` reads every plan in
/// parallel, hands them over as they arrive (in batches of ten, as the event loop takes them)
/// and draws the full portfolio; `all_arrived_warm` the same through a warm parse cache.
#[divan::bench(args = ["first_frame", "all_arrived", "all_arrived_warm"], sample_count = 10)]
fn folder_portfolio_100x1000(bencher: Bencher, how: &str) {
    use fremdrift::tui::portfolio::{self, Entry, Portfolio};
    let (_dir, paths) = folder(100, 1_000);
    let cache_dir = tempfile::tempdir().expect("a temp dir");
    let cache = (how == "all_arrived_warm").then(|| {
        let cache = fremdrift::file::cache::Cache::new(cache_dir.path());
        fremdrift::file::load_all_with(&paths, Some(&cache));
        cache
    });
    let options = || portfolio::Options {
        today: today(),
        lang: Language::Nb,
        theme: Theme::new(ThemeKind::Dark, true),
        folder: "plans/".to_string(),
    };
    let draw = |p: &Portfolio| {
        let mut state = portfolio::ViewState::default();
        terminal()
            .draw(|f| f.render_stateful_widget(p, f.area(), &mut state))
            .expect("draws");
    };
    let first = how == "first_frame";
    bencher.bench(|| {
        let mut p = Portfolio::loading(paths.len(), None, options());
        if first {
            draw(&p);
            return p;
        }
        let arrived = std::sync::Mutex::new(Vec::new());
        fremdrift::file::load_each_with(&paths, cache.as_ref(), |i, result| {
            let entry = Entry::from_load(&paths[i], result);
            arrived.lock().expect("not poisoned").push(entry);
        });
        let arrived = arrived.into_inner().expect("not poisoned");
        let state = portfolio::ViewState::default();
        for batch in arrived.chunks(10) {
            p.apply(portfolio::Event::Arrived(batch.to_vec()), &state);
        }
        assert_eq!(p.loading, None);
        draw(&p);
        p
    });
}

/// Issue 16, design 2: a status edit made and proved in memory (no disk), through the
/// activity's own table (`edit::apply_patch_in_table`: edit the block, re-read it, compare,
/// check the bytes around it, move the spans along, rerun the whole-plan checks for the
/// warnings) or the whole-file way (`edit::apply_patch`: `toml_edit` over the whole document,
/// then `parse_plan` to verify).
#[divan::bench(args = ["table", "whole_file"], sample_count = 30)]
fn edit_only_10000(bencher: Bencher, how: &str) {
    use fremdrift::file::edit::{Patch, apply_patch, apply_patch_in_table};
    let text = text(10_000);
    let parsed = fremdrift::file::parse_plan(&text);
    let plan = parsed.plan.clone().expect("synthetic plans are valid");
    let index = 5_000;
    let target = Patch::for_change(
        &plan.activities[index],
        &Change::Status(if plan.activities[index].status == Status::Done {
            Status::Doing
        } else {
            Status::Done
        }),
        today(),
    );
    bencher.bench(|| match how {
        "table" => apply_patch_in_table(
            &text,
            &plan,
            &parsed.spans,
            index,
            &target,
            Some(&parsed.diagnostics),
        )
        .expect("an ordinary table"),
        _ => apply_patch(&text, &plan, index, &target).expect("applies"),
    });
}

/// `edit_save` the whole-file way (`PlanFile::without_table_edits`), to compare with it.
#[divan::bench(args = SIZES, sample_count = 30)]
fn edit_save_whole_file(bencher: Bencher, n: usize) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, text(n)).expect("writes the plan");
    let mut file = PlanFile::open(&path)
        .expect("opens the plan")
        .without_table_edits();
    let id = file.plan().activities[n / 2].id.clone();
    let mut done = true;
    bencher.bench_local(|| {
        let status = if done { Status::Done } else { Status::Doing };
        done = !done;
        file.apply(&Edit::new(id.clone(), Change::Status(status)), today())
            .expect("saves")
    });
}

/// What `fremdrift set PLAN ID --status …` does after starting, on a warm parse cache: load
/// the plan (a hit), open it for editing with its spans, apply the edit and save it (lock,
/// compare, table edit, stage, fsync, swap, the settle read of what was displaced), then keep
/// the saved text's cache entry. The status alternates, so both versions of the file are in the
/// cache after the first round (and keeping finds the entry there: see `set_warm_keep_10000`).
#[divan::bench(args = SIZES, sample_count = 30)]
fn set_warm(bencher: Bencher, n: usize) {
    let (_dir, path, cache) = plan_and_cache(n);
    let id = load_with(&path, Some(&cache))
        .expect("loads")
        .parsed
        .plan
        .expect("valid")
        .activities[n / 2]
        .id
        .clone();
    let mut done = true;
    bencher.bench_local(|| {
        let status = if done { Status::Done } else { Status::Doing };
        done = !done;
        let loaded = load_with(&path, Some(&cache)).expect("loads");
        let plan = loaded.parsed.plan.clone().expect("valid");
        let mut file = PlanFile::new(&path, loaded.source, plan)
            .with_diagnostics(loaded.parsed.diagnostics)
            .with_spans(loaded.parsed.spans);
        let out = file
            .apply(&Edit::new(id.clone(), Change::Status(status)), today())
            .expect("saves");
        file.keep_in(&cache);
        out
    });
}

/// What `fremdrift list --format json` does after starting, on a warm parse cache: load the
/// plan (a hit), select every activity, render the JSON.
#[divan::bench(args = SIZES, sample_count = 30)]
fn list_json_warm(bencher: Bencher, n: usize) {
    list_warm(bencher, n, |plan, selected| {
        fremdrift::output::json::render(plan, today(), selected)
    });
}

/// `fremdrift list` (the table, 160 columns) on a warm parse cache.
#[divan::bench(args = SIZES, sample_count = 30)]
fn list_table_warm(bencher: Bencher, n: usize) {
    list_warm(bencher, n, |plan, selected| {
        fremdrift::output::list::table(plan, today(), selected, Some(160), Language::Nb)
    });
}

/// Load (a hit), select every activity, `render`.
fn list_warm(bencher: Bencher, n: usize, render: fn(&fremdrift::plan::Plan, &[usize]) -> String) {
    let (_dir, path, cache) = plan_and_cache(n);
    load_with(&path, Some(&cache)).expect("loads"); // the miss that keeps the entry
    fremdrift::file::cache::finish_writes();
    bencher.bench(|| {
        let plan = load_with(&path, Some(&cache))
            .expect("loads")
            .parsed
            .plan
            .expect("valid");
        let selected = fremdrift::output::list::Filter::default().select(&plan, today());
        render(&plan, &selected)
    });
}

/// `set_warm` at 10,000 with a cache that holds only the entry of the text on disk (made
/// before each run, untimed), so every run writes the entry of the text it saves: what keeping
/// it costs `set`. `without_keeping` is `set` as it was before it kept entries: without that
/// write, and without the opening diagnostics (whose update after the edit it needs).
#[divan::bench(args = ["keeping", "without_keeping"], sample_count = 20)]
fn set_warm_keep_10000(bencher: Bencher, how: &str) {
    let (_dir, path, cache) = plan_and_cache(10_000);
    let plan = load_with(&path, None).expect("loads").parsed.plan;
    let id = plan.expect("valid").activities[5_000].id.clone();
    let done = std::cell::Cell::new(true);
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_dir_all(cache.entries_dir());
            load_with(&path, Some(&cache)).expect("loads");
        })
        .bench_local_values(|()| {
            let status = if done.get() {
                Status::Done
            } else {
                Status::Doing
            };
            done.set(!done.get());
            let loaded = load_with(&path, Some(&cache)).expect("loads");
            let plan = loaded.parsed.plan.clone().expect("valid");
            let keeping = how == "keeping";
            let mut file = PlanFile::new(&path, loaded.source, plan);
            if keeping {
                file = file.with_diagnostics(loaded.parsed.diagnostics);
            }
            let mut file = file.with_spans(loaded.parsed.spans);
            let out = file
                .apply(&Edit::new(id.clone(), Change::Status(status)), today())
                .expect("saves");
            if keeping {
                assert!(file.keep_in(&cache));
            }
            out
        });
}
