//! The portfolio drawn before its plans are read (issue 16): `Portfolio::loading` shows a
//! progress line and fills in as `Event::Arrived` brings plans, in any order and any batches,
//! ending on exactly the screen `Portfolio::new` draws of all of them (a proptest over arrival
//! orders); a folder where no plan loads ends once all are read. And the real binary in a pty on
//! a folder of many plans: every plan arrives, and the watcher follows the folder afterwards.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::PathBuf;

use fremdrift::plan::Language;
use fremdrift::tui::portfolio::{Effect, Entry, Event, Options, Portfolio, ViewState};
use fremdrift::tui::theme::{Theme, ThemeKind};
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::board::frame;
use common::screen::screen_text;
use common::{PLAN, day};

/// A folder of the real plan, six synthetic plans and a broken plan, read once: its entries in
/// file-name order (as `fremdrift DIR` lists them).
fn entries() -> Vec<Entry> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PLAN, dir.path().join("naeringsvennlig-kommune.toml")).unwrap();
    for i in 0..6u64 {
        std::fs::write(
            dir.path().join(format!("prosjekt-{i}.toml")),
            fremdrift::synth::plan_text(&format!("Prosjekt {i}"), 8 + 3 * i as usize, i),
        )
        .unwrap();
    }
    std::fs::copy(
        "tests/fixtures/seed-uncorrected.toml",
        dir.path().join("seed-uncorrected.toml"),
    )
    .unwrap();
    let paths = fremdrift::cli::expand_plans_in(dir.path(), Language::En).unwrap();
    paths
        .iter()
        .map(|p| Entry::from_load(p, fremdrift::file::load(p)))
        .collect()
}

fn options(lang: Language) -> Options {
    Options {
        today: day(2018, 3, 1),
        lang,
        theme: Theme::new(ThemeKind::Dark, false),
        folder: "plans/".into(),
    }
}

/// Every view's screen at 120×36 (switching views moves no cursor).
fn screens(p: &mut Portfolio) -> Vec<String> {
    let mut state = ViewState::default();
    let mut out = Vec::new();
    for k in ['1', '2', '3', '1'] {
        p.apply(key(KeyCode::Char(k)), &state);
        out.push(screen_text(&frame(120, 36, |f| {
            f.render_stateful_widget(&*p, f.area(), &mut state)
        })));
    }
    out
}

fn key(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn drawn(p: &Portfolio, w: u16, h: u16) -> String {
    let mut state = ViewState::default();
    screen_text(&frame(w, h, |f| {
        f.render_stateful_widget(p, f.area(), &mut state)
    }))
}

#[test]
fn the_first_frame_comes_before_the_plans_and_says_how_many_are_read() {
    let all = entries();
    for (lang, name) in [(Language::Nb, "nb"), (Language::En, "en")] {
        let mut p = Portfolio::loading(all.len(), Some(lang), options(lang));
        insta::assert_snapshot!(format!("loading_none_{name}"), drawn(&p, 100, 20));
        // Two plans arrive, the second in file-name order first.
        assert_eq!(
            p.apply(
                Event::Arrived(vec![all[2].clone(), all[0].clone()]),
                &ViewState::default()
            ),
            Effect::None
        );
        insta::assert_snapshot!(format!("loading_two_{name}"), drawn(&p, 100, 20));
        assert_eq!(p.loading, Some((2, all.len())));
        p.apply(Event::Arrived(all[1..].to_vec()), &ViewState::default());
        assert_eq!(p.loading, None, "all read");
        let whole = drawn(&p, 100, 20);
        assert!(!whole.contains(" 8 av ") && !whole.contains(" 8 of "));
    }
}

#[test]
fn a_moved_selection_stays_on_its_plan_while_others_arrive() {
    let all = entries();
    let mut p = Portfolio::loading(all.len(), None, options(Language::Nb));
    let state = ViewState::default();
    p.apply(Event::Arrived(vec![all[3].clone(), all[5].clone()]), &state);
    p.apply(key(KeyCode::Char('j')), &state);
    let chosen = all[5].path.clone();
    assert_eq!(
        p.apply(key(KeyCode::Enter), &state),
        Effect::Open(chosen.clone())
    );
    p.apply(Event::Arrived(all[..3].to_vec()), &state);
    assert_eq!(p.apply(key(KeyCode::Enter), &state), Effect::Open(chosen));
}

#[test]
fn a_folder_where_no_plan_loads_ends_once_all_are_read() {
    let broken: Vec<Entry> = entries()
        .into_iter()
        .filter(|e| e.result.is_err())
        .collect();
    assert!(!broken.is_empty());
    let mut p = Portfolio::loading(broken.len(), None, options(Language::Nb));
    assert!(!p.none_loaded(), "not before all are read");
    assert_eq!(
        p.apply(Event::Arrived(broken), &ViewState::default()),
        Effect::Quit
    );
    assert!(p.none_loaded());
}

#[test]
fn the_language_follows_the_plans_as_they_arrive_unless_lang_says() {
    let dir = tempfile::tempdir().unwrap();
    let nn = dir.path().join("a.toml");
    std::fs::write(&nn, common::nynorsk_plan_text()).unwrap();
    let entry = Entry::from_load(&nn, fremdrift::file::load(&nn));
    let mut p = Portfolio::loading(1, None, options(Language::Nb));
    assert_eq!(p.lang, Language::Nb);
    p.apply(Event::Arrived(vec![entry.clone()]), &ViewState::default());
    assert_eq!(p.lang, Language::Nn);
    let mut p = Portfolio::loading(1, Some(Language::En), options(Language::En));
    p.apply(Event::Arrived(vec![entry]), &ViewState::default());
    assert_eq!(p.lang, Language::En);
}

/// An arrival order: a permutation of the plans, cut into batches, and the view shown before
/// each batch.
fn arrivals(n: usize) -> impl Strategy<Value = (Vec<usize>, Vec<usize>, Vec<char>)> {
    (
        Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
        proptest::collection::vec(1..=3usize, n),
        proptest::collection::vec(prop_oneof![Just('1'), Just('2'), Just('3')], n),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_arrival_order_ends_on_the_screen_of_all_at_once((order, cuts, views) in arrivals(8)) {
        let all = entries();
        prop_assume!(all.len() == 8);
        let mut whole = Portfolio::new(all.clone(), options(Language::Nb));
        let expected = screens(&mut whole);
        let mut p = Portfolio::loading(all.len(), None, options(Language::Nb));
        let mut rest: &[usize] = &order;
        let mut cuts = cuts.into_iter();
        let mut views = views.into_iter();
        while !rest.is_empty() {
            // The view on screen while plans arrive is kept up; the others are built when shown.
            let view = views.next().unwrap_or('1');
            p.apply(key(KeyCode::Char(view)), &ViewState::default());
            let drawn_now = drawn(&p, 120, 36);
            prop_assert!(drawn_now.contains(" av 8 planer lest"), "{}", drawn_now);
            let take = cuts.next().unwrap_or(1).min(rest.len());
            let batch = rest[..take].iter().map(|&i| all[i].clone()).collect();
            prop_assert_eq!(p.apply(Event::Arrived(batch), &ViewState::default()), Effect::None);
            rest = &rest[take..];
        }
        prop_assert_eq!(p.loading, None);
        prop_assert_eq!(screens(&mut p), expected);
    }
}

/// A folder of `n` synthetic plans.
fn many_plans(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..n {
        std::fs::write(
            dir.path().join(format!("plan-{i:03}.toml")),
            fremdrift::synth::plan_text(&format!("Prosjekt {i}"), 200, i as u64),
        )
        .unwrap();
    }
    dir
}

#[test]
fn in_a_terminal_every_plan_of_a_big_folder_arrives_and_the_folder_is_followed_after() {
    let dir = many_plans(60);
    let cache = tempfile::tempdir().unwrap();
    let folder: PathBuf = dir.path().to_path_buf();
    let mut s = common::pty::Session::start_sized(
        &[
            folder.to_str().unwrap(),
            "--today",
            "2018-05-15",
            "--lang",
            "en",
        ],
        &[("FREMDRIFT_CACHE_DIR", cache.path().to_str().unwrap())],
        120,
        40,
    );
    s.wait_for("60 plans");
    s.wait_for("Prosjekt 0 ");
    // The watcher took over once all were read: a new plan shows up.
    std::fs::write(
        folder.join("plan-999.toml"),
        fremdrift::synth::plan_text("Nykommer", 5, 9),
    )
    .unwrap();
    s.wait_for("61 plans");
    s.keys("q");
    assert!(s.wait_exit().success());
}
