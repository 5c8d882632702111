//! The presentation mode without a terminal: snapshots of the dashboard and an area page on the
//! real plan (2017-12-01 and 2018-03-01, nb and en, 120×36) and of every page of its nynorsk copy
//! (nn, 100×30), a rendering sweep over sizes, the file-following behaviour driven in-process (a
//! real file in a temp dir, the real watcher, the presenter) with its banner in the plan's
//! language, `--cycle` page turns by injected ticks, and a check that no key touches the file.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use fremdrift::file::watch::Watcher;
use fremdrift::plan::Language;
use fremdrift::tui::keys::Action;
use fremdrift::tui::present::{Effect, Event, FileState, Options, Page, Presenter};
use fremdrift::tui::theme::{Theme, ThemeKind};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::board::frame;
use common::screen::screen_text;
use common::{PLAN, day, temp_copy};

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn presenter_from(path: &Path, today: NaiveDate, lang: Language) -> Presenter {
    let loaded = fremdrift::file::load(path).unwrap();
    let plan = loaded.parsed.plan.clone().expect("the plan loads");
    Presenter::new(
        plan,
        loaded.parsed.diagnostics.clone(),
        loaded.source.text.clone(),
        Options {
            today,
            lang,
            theme: Theme::new(ThemeKind::HighContrast, true),
            meeting: None,
            cycle: None,
            path: path.display().to_string(),
            from_board: false,
        },
    )
}

/// The screen's text after one frame at `w`×`h`.
fn drawn(p: &Presenter, w: u16, h: u16) -> String {
    screen_text(&frame(w, h, |f| f.render_widget(p, f.area())))
}

#[test]
fn dashboard_and_area_pages_on_the_real_plan() {
    for (today, stamp) in [
        (day(2017, 12, 1), "2017-12-01"),
        (day(2018, 3, 1), "2018-03-01"),
    ] {
        for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
            let mut p = presenter_from(Path::new(PLAN), today, lang);
            insta::assert_snapshot!(
                format!("dashboard_{stamp}_{code}_120x36"),
                drawn(&p, 120, 36)
            );
            p.apply(Event::Action(Action::NextPage));
            assert_eq!(p.current(), Page::Changes);
            p.apply(Event::Action(Action::NextPage));
            assert_eq!(p.current(), Page::Area(0));
            insta::assert_snapshot!(format!("area_{stamp}_{code}_120x36"), drawn(&p, 120, 36));
        }
    }
}

#[test]
fn the_help_lists_only_presentation_keys() {
    let mut p = presenter_from(Path::new(PLAN), day(2017, 12, 1), Language::En);
    p.apply(Event::Key(KeyEvent::new(
        KeyCode::Char('?'),
        KeyModifiers::NONE,
    )));
    let s = drawn(&p, 100, 30);
    assert!(s.contains("next page"), "{s}");
    assert!(!s.contains("undo"), "board keys are not listed:\n{s}");
    insta::assert_snapshot!("help_en_100x30", s);
}

#[test]
fn rendering_sweep_never_panics() {
    let mut p = presenter_from(Path::new(PLAN), day(2018, 3, 1), Language::Nb);
    p.apply(Event::FileChanged {
        state: FileState::Bad(fremdrift::tui::present::Trouble::Missing),
        at: at(10, 42),
    });
    for page in 0..p.pages() {
        p.page = page;
        for w in (1..=220).step_by(13) {
            for h in (1..=60).step_by(7) {
                drawn(&p, w, h);
            }
        }
    }
    p.page = 0;
    let small = drawn(&p, 40, 10);
    assert!(small.contains("50×12"), "{small}");
}

/// The file-following scenario: the watcher reads the file, the presenter shows what it gives.
struct Following {
    dir: tempfile::TempDir,
    watcher: Watcher,
    p: Presenter,
}

impl Following {
    fn new() -> Following {
        let (dir, path) = temp_copy(PLAN);
        let loaded = fremdrift::file::load(&path).unwrap();
        let watcher = Watcher::after(&path, &loaded);
        let p = presenter_from(&path, day(2017, 12, 1), Language::En);
        Following { dir, watcher, p }
    }

    fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("plan.toml")
    }

    /// One poll of the watcher at wall-clock `time`; true when the file had changed.
    fn poll(&mut self, time: NaiveTime) -> bool {
        match self.watcher.poll() {
            Some(result) => {
                self.p.apply(Event::FileChanged {
                    state: FileState::from_load(result, self.p.lang),
                    at: time,
                });
                true
            }
            None => false,
        }
    }

    fn screen(&self) -> String {
        drawn(&self.p, 120, 36)
    }
}

#[test]
fn a_saved_change_shows_without_a_key() {
    let mut f = Following::new();
    assert!(!f.poll(at(10, 0)), "nothing changed yet");
    let before = f.screen();
    assert!(before.contains("Gjennomgå og justere tidligere opplegg"));
    let text = std::fs::read_to_string(f.path()).unwrap().replace(
        "Gjennomgå og justere tidligere opplegg",
        "Gjennomgå opplegget på nytt",
    );
    std::fs::write(f.path(), text).unwrap();
    assert!(f.poll(at(10, 1)));
    let after = f.screen();
    assert!(after.contains("Gjennomgå opplegget på nytt"), "{after}");
    assert!(!after.contains("Gjennomgå og justere tidligere opplegg"));
}

#[test]
fn an_invalid_file_keeps_the_last_good_plan_under_a_banner_until_fixed() {
    let mut f = Following::new();
    let good = std::fs::read_to_string(f.path()).unwrap();
    let bad = good.replacen("due    = \"30. november\"", "due    = \"31. november\"", 1);
    assert_ne!(good, bad);
    std::fs::write(f.path(), &bad).unwrap();
    assert!(f.poll(at(10, 42)));
    let s = f.screen();
    assert!(s.contains("plan file has errors since 10:42:"), "{s}");
    assert!(
        s.contains("plan.toml:"),
        "the first error with its place:\n{s}"
    );
    assert!(s.contains("showing the last good plan"), "{s}");
    assert!(
        s.contains("Gjennomgå og justere tidligere opplegg"),
        "the last good plan is still shown:\n{s}"
    );
    insta::assert_snapshot!(
        "banner_errors_en_120x36",
        s.replace(&f.dir.path().display().to_string(), "[TMP]")
    );
    // Still bad, differently: the banner keeps the time it started.
    std::fs::write(f.path(), bad.replace("31. november", "32. november")).unwrap();
    assert!(f.poll(at(10, 44)));
    assert!(f.screen().contains("since 10:42"));
    // Fixed: the banner goes.
    std::fs::write(f.path(), &good).unwrap();
    assert!(f.poll(at(10, 45)));
    let s = f.screen();
    assert!(!s.contains("plan file has errors"), "{s}");
    assert!(f.p.banner.is_none());
}

#[test]
fn a_missing_file_and_a_rename_over_it_are_followed() {
    let mut f = Following::new();
    let good = std::fs::read_to_string(f.path()).unwrap();
    std::fs::remove_file(f.path()).unwrap();
    assert!(f.poll(at(11, 5)));
    let s = f.screen();
    assert!(s.contains("plan file is missing since 11:05"), "{s}");
    assert!(
        s.contains("Kompetanseheving"),
        "the last good plan stays:\n{s}"
    );
    assert!(!f.poll(at(11, 6)), "no change while it stays missing");
    // An editor's save: write a temp file, rename it over the plan.
    let tmp = f.dir.path().join(".plan.toml.swp");
    std::fs::write(&tmp, good.replace("Kompetanseheving", "Kompetanseløft")).unwrap();
    std::fs::rename(&tmp, f.path()).unwrap();
    assert!(f.poll(at(11, 7)));
    let s = f.screen();
    assert!(!s.contains("missing"), "{s}");
    assert!(s.contains("Kompetanseløft"), "{s}");
}

#[test]
fn cycle_turns_the_pages_on_ticks() {
    let mut p = presenter_from(Path::new(PLAN), day(2017, 12, 1), Language::Nb);
    p.cycle = Some(2);
    let pages = p.pages();
    let mut seen = Vec::new();
    for _ in 0..(2 * pages) {
        p.apply(Event::Tick);
        seen.push(p.page);
    }
    let expected: Vec<usize> = (0..2 * pages).map(|i| i.div_ceil(2) % pages).collect();
    assert_eq!(seen, expected);
    assert!(drawn(&p, 120, 36).contains("Oversikt"));
}

#[test]
fn no_key_changes_the_file() {
    let mut f = Following::new();
    let before = std::fs::read(f.path()).unwrap();
    let p = &mut f.p;
    let mut codes: Vec<KeyCode> = (' '..='~').map(KeyCode::Char).collect();
    codes.extend([
        KeyCode::Enter,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
    ]);
    for code in codes {
        for m in [KeyModifiers::NONE, KeyModifiers::CONTROL] {
            let effect = p.apply(Event::Key(KeyEvent::new(code, m)));
            assert_ne!(effect, Effect::Back, "standalone: nothing to go back to");
            drawn(p, 120, 36);
        }
    }
    assert!(p.quit, "q quits");
    assert_eq!(std::fs::read(f.path()).unwrap(), before);
}

/// The page after the dashboard shows what changed; the burn-up is the last page.
#[test]
fn the_changes_page_follows_the_dashboard_and_the_burnup_comes_last() {
    let mut p = presenter_from(Path::new(PLAN), day(2017, 12, 1), Language::En);
    assert_eq!(p.pages(), 3 + p.plan.areas.len());
    p.apply(Event::Action(Action::NextPage));
    assert_eq!(p.current(), Page::Changes);
    p.apply(Event::Action(Action::LastPage));
    assert_eq!(p.current(), Page::Burnup);
    p.apply(Event::Action(Action::NextPage));
    assert_eq!(p.current(), Page::Dashboard);
}

#[test]
fn the_changes_page_from_a_scripted_git_history() {
    let (_dir, path) = common::git::scripted_repository();
    for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
        let mut p = presenter_from(&path, day(2017, 11, 20), lang).with_file(path.clone());
        p.apply(Event::Action(Action::NextPage));
        assert_eq!(p.current(), Page::Changes);
        let s = drawn(&p, 120, 36);
        // The plan's first commit is before the meeting: not a change since.
        assert!(!s.contains("opprettet") && !s.contains("created"), "{s}");
        assert!(s.contains("+21 d"), "{s}");
        insta::assert_snapshot!(format!("changes_git_{code}_120x36"), s);
        insta::assert_snapshot!(format!("changes_git_{code}_80x24"), drawn(&p, 80, 24));
    }
}

#[test]
fn the_changes_page_without_git_says_so_and_uses_done_on_and_baseline() {
    let (_dir, path) = temp_copy(PLAN);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "due    = \"30. november\"",
        "due    = \"14. desember\"\nbaseline = \"30. november\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
        let mut p = presenter_from(&path, day(2017, 12, 20), lang).with_file(path.clone());
        assert_eq!(p.changes.source, fremdrift::git::changes::Source::Plan);
        p.apply(Event::Action(Action::NextPage));
        let s = drawn(&p, 120, 36);
        assert!(s.contains("+14 d"), "{s}");
        insta::assert_snapshot!(format!("changes_plan_{code}_120x36"), s);
        insta::assert_snapshot!(format!("changes_plan_{code}_80x24"), drawn(&p, 80, 24));
    }
}

#[test]
fn the_burnup_page_in_both_languages() {
    for (lang, code) in [(Language::Nb, "nb"), (Language::En, "en")] {
        let mut p = presenter_from(Path::new(PLAN), day(2018, 3, 1), lang);
        p.apply(Event::Action(Action::LastPage));
        assert_eq!(p.current(), Page::Burnup);
        let s = drawn(&p, 120, 36);
        // Without colour the lines are told apart by their markers, which the legend names.
        assert!(s.contains('•') && s.contains('█'), "{s}");
        insta::assert_snapshot!(format!("burnup_{code}_120x36"), s);
        insta::assert_snapshot!(format!("burnup_{code}_80x24"), drawn(&p, 80, 24));
    }
}

/// An area page with a done row, an overdue row in progress and an overdue one not started:
/// every row shows its status word and its deadline; the done row says when it was done.
#[test]
fn area_rows_show_status_deadline_and_completion_under_labels() {
    let (_dir, path) = temp_copy(PLAN);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen(
            "due    = \"30. november\"\nstatus = \"ikke startet\"",
            "due    = \"30. november\"\nstatus = \"ferdig\"\ndone_on = 2017-12-03",
            1,
        )
        .replacen("status = \"ikke startet\"", "status = \"pågår\"", 1);
    std::fs::write(&path, text).unwrap();
    for (lang, code, doing, done, labels) in [
        (
            Language::Nb,
            "nb",
            "pågår",
            "ferdig 03.12.2017",
            ["Ansvarlig", "Status", "Frist"],
        ),
        (
            Language::En,
            "en",
            "doing",
            "done 2017-12-03",
            ["Owner", "Status", "Deadline"],
        ),
    ] {
        let mut p = presenter_from(&path, day(2018, 1, 5), lang);
        p.apply(Event::Action(Action::NextPage));
        p.apply(Event::Action(Action::NextPage));
        assert_eq!(p.current(), Page::Area(0));
        let s = drawn(&p, 120, 36);
        let row = |title: &str| {
            s.lines()
                .find(|l| l.contains(title))
                .unwrap_or_else(|| panic!("{title} in {s}"))
                .to_string()
        };
        let done_row = row("Gjennomgå og justere");
        assert!(
            done_row.contains("30.11.2017") || done_row.contains("2017-11-30"),
            "{done_row}"
        );
        assert!(done_row.contains(done), "{done_row}");
        // Overdue and in progress: the status word stays, the "!" says it is late.
        let doing_row = row("Kvalitetssikre opplegg");
        assert!(
            doing_row.contains(doing) && doing_row.contains('!'),
            "{doing_row}"
        );
        assert!(labels.iter().all(|l| s.contains(l)), "{s}");
        insta::assert_snapshot!(format!("area_done_doing_{code}_120x36"), s);
        insta::assert_snapshot!(format!("area_done_doing_{code}_80x24"), drawn(&p, 80, 24));
    }
}

/// The real plan in nynorsk, its first deadline moved (so the changes page has something to
/// say), in a temp folder.
fn nynorsk_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path) = temp_copy(PLAN);
    let text = common::nynorsk_plan_text().replacen(
        "due    = \"30. november\"",
        "due    = \"14. desember\"\nbaseline = \"30. november\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn every_page_in_nynorsk() {
    let (_dir, path) = nynorsk_copy();
    let mut p = presenter_from(&path, day(2017, 12, 20), Language::Nn).with_file(path.clone());
    for page in 0..p.pages() {
        p.page = page;
        let name = match p.current() {
            Page::Dashboard => "dashboard".to_string(),
            Page::Changes => "changes".to_string(),
            Page::Area(a) => format!("area_{a}"),
            Page::Burnup => "burnup".to_string(),
        };
        insta::assert_snapshot!(format!("{name}_nn_100x30"), drawn(&p, 100, 30));
    }
    p.page = 0;
    p.apply(Event::Key(KeyEvent::new(
        KeyCode::Char('?'),
        KeyModifiers::NONE,
    )));
    insta::assert_snapshot!("help_nn_100x30", drawn(&p, 100, 30));
}

/// The banner over a nynorsk plan that went bad is nynorsk, its error line too (the severity
/// word and the frame around the diagnostic's own text).
#[test]
fn the_banner_speaks_the_plan_s_language() {
    let (dir, path) = nynorsk_copy();
    let loaded = fremdrift::file::load(&path).unwrap();
    let mut f = Following {
        watcher: Watcher::after(&path, &loaded),
        p: presenter_from(&path, day(2017, 12, 1), Language::Nn),
        dir,
    };
    let good = std::fs::read_to_string(f.path()).unwrap();
    std::fs::write(f.path(), good.replacen("14. desember", "31. november", 1)).unwrap();
    assert!(f.poll(at(10, 42)));
    let s = f.screen();
    assert!(s.contains("! planfila har feil sidan 10:42: "), "{s}");
    assert!(s.contains(": feil: "), "the severity in nynorsk:\n{s}");
    assert!(s.contains("viser siste gyldige plan"), "{s}");
    assert!(!s.contains("error"), "{s}");
    std::fs::remove_file(f.path()).unwrap();
    assert!(f.poll(at(10, 43)));
    let s = f.screen();
    assert!(s.contains("planfila manglar sidan 10:42"), "{s}");
}
