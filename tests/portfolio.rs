//! The portfolio (`fremdrift DIR`) without a terminal: a temp folder with the real plan, a
//! synthetic plan and a broken plan; snapshots of the three views (nb, 120×36, 2018-03-01; nn,
//! 100×30, for a folder of nynorsk plans), the broken plan listed with its error beside the others'
//! counts, Enter giving the plan to open, the owners view spanning plans, reloading a plan after
//! the board, a size sweep, and the binary refusing a folder without a terminal (2) or with no plan
//! that loads (1).

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::{Path, PathBuf};

use fremdrift::plan::Language;
use fremdrift::tui::keys::Action;
use fremdrift::tui::portfolio::{Effect, Entry, Event, Options, Portfolio, Row, View, ViewState};
use fremdrift::tui::theme::{Theme, ThemeKind};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::board::frame;
use common::screen::screen_text;
use common::{PLAN, day};

fn folder() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("naeringsvennlig-kommune.toml");
    std::fs::copy(PLAN, &real).unwrap();
    let synth = dir.path().join("syntetisk.toml");
    std::fs::write(&synth, fremdrift::synth::plan_text("Syntetisk", 30, 1)).unwrap();
    let broken = dir.path().join("seed-uncorrected.toml");
    std::fs::copy("tests/fixtures/seed-uncorrected.toml", &broken).unwrap();
    let paths = fremdrift::cli::expand_plans_in(dir.path(), fremdrift::plan::Language::En).unwrap();
    (dir, paths)
}

/// The portfolio and what drawing keeps beside it, held together as the event loop holds them.
struct Shown {
    portfolio: Portfolio,
    state: ViewState,
}

impl Shown {
    fn apply(&mut self, event: Event) -> Effect {
        self.portfolio.apply(event, &self.state)
    }
}

impl std::ops::Deref for Shown {
    type Target = Portfolio;
    fn deref(&self) -> &Portfolio {
        &self.portfolio
    }
}

impl std::ops::DerefMut for Shown {
    fn deref_mut(&mut self) -> &mut Portfolio {
        &mut self.portfolio
    }
}

fn portfolio(paths: &[PathBuf]) -> Shown {
    let entries: Vec<Entry> = paths
        .iter()
        .map(|p| Entry::from_load(p, fremdrift::file::load(p)))
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
    Shown {
        portfolio,
        state: ViewState::default(),
    }
}

/// The screen's text after one frame at `w`×`h`.
fn drawn(p: &mut Shown, w: u16, h: u16) -> String {
    screen_text(&frame(w, h, |f| {
        f.render_stateful_widget(&p.portfolio, f.area(), &mut p.state)
    }))
}

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn the_three_views_at_120x36() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    insta::assert_snapshot!("plans", drawn(&mut p, 120, 36));
    p.apply(key(KeyCode::Tab));
    assert_eq!(p.view, View::Agenda);
    insta::assert_snapshot!("agenda", drawn(&mut p, 120, 36));
    p.apply(key(KeyCode::Char('3')));
    assert_eq!(p.view, View::Owners);
    insta::assert_snapshot!("owners", drawn(&mut p, 120, 36));
    p.apply(key(KeyCode::Char('?')));
    insta::assert_snapshot!("help", drawn(&mut p, 120, 36));
}

#[test]
fn a_broken_plan_shows_its_error_and_hides_no_other() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    let s = drawn(&mut p, 120, 36);
    let broken = s
        .lines()
        .find(|l| l.contains("seed-uncorrected.toml"))
        .expect("the broken plan has a row");
    // In the portfolio's language (bokmål here), not English.
    assert!(broken.contains(": feil: "), "{broken}");
    let good: Vec<&str> = s
        .lines()
        .filter(|l| l.contains("Næringsvennlig") || l.contains("Syntetisk"))
        .collect();
    assert_eq!(good.len(), 2, "{s}");
    for row in good {
        assert!(
            row.chars().any(|c| c.is_ascii_digit()),
            "counts shown: {row}"
        );
    }
    assert_eq!(p.entries.iter().filter(|e| e.result.is_err()).count(), 1);
}

#[test]
fn enter_opens_the_selected_plan() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    // Sorted by file name: naeringsvennlig, seed-uncorrected, syntetisk.
    assert_eq!(p.apply(key(KeyCode::Enter)), Effect::Open(paths[0].clone()));
    p.apply(key(KeyCode::Char('G')));
    assert_eq!(p.apply(key(KeyCode::Enter)), Effect::Open(paths[2].clone()));
    assert_eq!(name(&paths[2]), "syntetisk.toml");
    // From an activity row of the agenda: its plan.
    p.apply(Event::Action(Action::View(1)));
    let Effect::Open(path) = p.apply(key(KeyCode::Enter)) else {
        panic!("Enter on an activity opens its plan");
    };
    assert!(paths.contains(&path));
    assert_eq!(p.apply(key(KeyCode::Char('q'))), Effect::Quit);
}

#[test]
fn the_owners_view_spans_plans() {
    let (_dir, paths) = folder();
    let p = portfolio(&paths);
    let rows = &p.rows[View::Owners.index()];
    let start = rows
        .iter()
        .position(|r| matches!(r, Row::Owner(o, _) if o == "Prosjektleder"))
        .expect("Prosjektleder is an owner");
    let plans: std::collections::BTreeSet<usize> = rows[start + 1..]
        .iter()
        .take_while(|r| matches!(r, Row::Item { .. }))
        .map(|r| match r {
            Row::Item { plan, .. } => *plan,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        plans.len(),
        2,
        "Prosjektleder's activities come from both plans"
    );
}

#[test]
fn moving_skips_headings_and_stays_in_bounds() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    p.apply(Event::Action(Action::View(2)));
    for _ in 0..500 {
        p.apply(key(KeyCode::Down));
        let row = &p.current_rows()[p.selected().unwrap()];
        assert!(matches!(row, Row::Item { .. }));
    }
    p.apply(key(KeyCode::PageUp));
    p.apply(key(KeyCode::Char('g')));
    assert!(matches!(
        p.current_rows()[p.selected().unwrap()],
        Row::Item { .. }
    ));
}

#[test]
fn reload_replaces_the_plan_after_the_board() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    let synth = &paths[2];
    std::fs::write(synth, "this is not = = toml").unwrap();
    p.reload(synth, fremdrift::file::load(synth));
    assert!(p.entries[2].result.is_err());
    assert_eq!(p.entries.len(), 3);
    std::fs::write(synth, fremdrift::synth::plan_text("Syntetisk", 5, 2)).unwrap();
    p.reload(synth, fremdrift::file::load(synth));
    let good = p.entries[2].result.as_ref().expect("loads again");
    assert_eq!(good.plan.activities.len(), 5);
}

#[test]
fn every_size_renders_and_builds_only_visible_rows() {
    let (_dir, paths) = folder();
    let mut p = portfolio(&paths);
    for view in 0..3 {
        p.apply(Event::Action(Action::View(view)));
        for w in [1u16, 20, 49, 50, 60, 80, 120, 200] {
            for h in [1u16, 5, 11, 12, 20, 36, 60] {
                let before = fremdrift::tui::views::rows_built();
                drawn(&mut p, w, h);
                assert!(
                    fremdrift::tui::views::rows_built() - before <= usize::from(h),
                    "{w}×{h}"
                );
            }
        }
    }
}

#[test]
fn without_a_terminal_the_folder_is_refused_and_all_broken_gives_1() {
    let (dir, _paths) = folder();
    common::fremdrift()
        .arg(dir.path())
        .args(["--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("needs a terminal"));
    let broken = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/seed-uncorrected.toml",
        broken.path().join("a.toml"),
    )
    .unwrap();
    common::fremdrift()
        .args(["open".as_ref(), broken.path().as_os_str()])
        .args(["--lang", "en"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("a.toml:"))
        .stderr(predicates::str::contains("no plan in"));
}

/// A folder of nynorsk plans: the real plan and the broken one, both `language = "nn"`, and
/// the synthetic plan (all three declare nynorsk, so the folder speaks it).
fn nynorsk_folder() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("naeringsvennlig-kommune.toml"),
        common::nynorsk_plan_text(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("syntetisk.toml"),
        common::nynorsk(&fremdrift::synth::plan_text("Syntetisk", 30, 1)),
    )
    .unwrap();
    let broken = std::fs::read_to_string("tests/fixtures/seed-uncorrected.toml").unwrap();
    std::fs::write(
        dir.path().join("seed-uncorrected.toml"),
        common::nynorsk(&broken),
    )
    .unwrap();
    let paths = fremdrift::cli::expand_plans_in(dir.path(), fremdrift::plan::Language::En).unwrap();
    (dir, paths)
}

/// The portfolio of a nynorsk folder speaks nynorsk by itself (the plans declare it), the
/// broken plan's error included.
#[test]
fn the_views_in_nynorsk() {
    let (_dir, paths) = nynorsk_folder();
    let entries: Vec<Entry> = paths
        .iter()
        .map(|p| Entry::from_load(p, fremdrift::file::load(p)))
        .collect();
    assert_eq!(Portfolio::language_of(&entries), Some(Language::Nn));
    let lang = fremdrift::i18n::choose(None, Portfolio::language_of(&entries));
    assert_eq!(lang, Language::Nn);
    let mut p = Shown {
        portfolio: Portfolio::new(
            entries,
            Options {
                today: day(2018, 3, 1),
                lang,
                theme: Theme::new(ThemeKind::Dark, false),
                folder: "plans/".into(),
            },
        ),
        state: ViewState::default(),
    };
    let s = drawn(&mut p, 100, 30);
    let broken = s
        .lines()
        .find(|l| l.contains("seed-uncorrected.toml"))
        .expect("the broken plan has a row");
    assert!(broken.contains(": feil: "), "{broken}");
    insta::assert_snapshot!("plans_nn_100x30", s);
    p.apply(key(KeyCode::Tab));
    insta::assert_snapshot!("agenda_nn_100x30", drawn(&mut p, 100, 30));
    p.apply(key(KeyCode::Tab));
    insta::assert_snapshot!("owners_nn_100x30", drawn(&mut p, 100, 30));
    p.apply(key(KeyCode::Char('?')));
    insta::assert_snapshot!("help_nn_100x30", drawn(&mut p, 100, 30));
}

/// `--lang` wins over the plans' language; a folder where no plan loads has no language of its
/// own (the locale, else bokmål, decides).
#[test]
fn the_portfolio_language_is_lang_else_the_plans() {
    let (_dir, paths) = nynorsk_folder();
    let entries: Vec<Entry> = paths
        .iter()
        .map(|p| Entry::from_load(p, fremdrift::file::load(p)))
        .collect();
    let declared = Portfolio::language_of(&entries);
    assert_eq!(
        fremdrift::i18n::choose(Some(Language::En), declared),
        Language::En
    );
    let broken: Vec<Entry> = entries.into_iter().filter(|e| e.result.is_err()).collect();
    assert_eq!(broken.len(), 1);
    assert_eq!(Portfolio::language_of(&broken), None);
}

/// A folder whose plans declare different languages has no language of its own: it speaks the
/// user's (`--lang`, else the locale, else bokmål), not the first plan's.
#[test]
fn a_folder_of_mixed_languages_speaks_the_user_s() {
    let (dir, _) = nynorsk_folder();
    let english = dir.path().join("zz-english.toml");
    let text = std::fs::read_to_string(PLAN)
        .unwrap()
        .replace("language      = \"nb\"", "language      = \"en\"");
    assert!(text.contains("language      = \"en\""));
    std::fs::write(&english, text).unwrap();
    let paths = fremdrift::cli::expand_plans_in(dir.path(), Language::En).unwrap();
    let entries: Vec<Entry> = paths
        .iter()
        .map(|p| Entry::from_load(p, fremdrift::file::load(p)))
        .collect();
    assert_eq!(Portfolio::language_of(&entries), None);
    assert_eq!(fremdrift::i18n::choose(None, None), Language::Nb);
    assert_eq!(
        fremdrift::i18n::choose(Some(Language::Nn), Portfolio::language_of(&entries)),
        Language::Nn
    );
}
