//! How the board and the lists use the width on the real plan: owners whole before titles are
//! cut, a stable areas pane, a cut selected title shown whole in the status line, and two
//! activities with the same title told apart in every view.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use ratatui::buffer::Buffer;

use common::PLAN;
use common::board::{Board, Open, draw};
use common::screen::screen_text;

fn real_app() -> Board {
    app_of(PLAN)
}

fn app_of(path: &str) -> Board {
    let text = std::fs::read_to_string(path).unwrap();
    Open::default().shown(PLAN).board(&text)
}

fn keys(board: &mut Board, s: &str) {
    board.keys(s);
}

fn owners() -> Vec<String> {
    let plan = common::real_plan();
    let mut owners: Vec<String> = plan.activities.iter().map(|a| a.owner.clone()).collect();
    owners.sort_unstable();
    owners.dedup();
    owners
}

/// The first cut form ("Prosjektl…") of an owner on screen, if any.
fn cut_owner(text: &str, owners: &[String]) -> Option<String> {
    owners.iter().find_map(|owner| {
        (3..owner.chars().count())
            .map(|n| format!("{}…", owner.chars().take(n).collect::<String>()))
            .find(|c| text.contains(c.as_str()))
    })
}

#[test]
fn no_owner_is_cut_from_110_columns_in_a_size_sweep() {
    let owners = owners();
    for w in (80..=200).step_by(10) {
        for h in [24, 40] {
            // The board (activities and then areas focused) and the agenda.
            for key in ["1", "1h", "2"] {
                let mut app = real_app();
                keys(&mut app, key);
                let text = screen_text(&draw(&mut app, w, h));
                if w < 110 {
                    continue;
                }
                if let Some(cut) = cut_owner(&text, &owners) {
                    panic!("{cut} at {w}×{h} ({key}):\n{text}");
                }
                // Every row shows at 40 lines; and so every owner.
                for owner in &owners {
                    assert!(
                        h < 40 || text.contains(owner.as_str()),
                        "{owner} missing at {w}×{h} ({key}):\n{text}"
                    );
                }
            }
        }
    }
}

#[test]
fn with_the_areas_pane_focused_at_120_columns_owners_are_whole() {
    let mut app = real_app();
    keys(&mut app, "h");
    let text = screen_text(&draw(&mut app, 120, 36));
    assert!(text.contains("Innsatsområder"), "{text}");
    assert_eq!(cut_owner(&text, &owners()), None, "{text}");
    assert!(text.contains("Fagansvarlig plan"), "{text}");
}

/// The column of the areas pane's right border on the body's top line.
fn areas_right_edge(buf: &Buffer) -> u16 {
    (0..buf.area.width)
        .find(|&x| buf[(x, 3)].symbol() == "┐")
        .unwrap()
}

#[test]
fn the_areas_pane_keeps_its_width_as_the_selection_moves_across_areas() {
    for (w, h) in [(80, 24), (120, 36), (160, 45)] {
        let mut app = real_app();
        keys(&mut app, "h");
        let first = areas_right_edge(&draw(&mut app, w, h));
        let areas = app.app.plan().areas.len();
        for _ in 0..areas {
            keys(&mut app, "j");
            let edge = areas_right_edge(&draw(&mut app, w, h));
            assert_eq!(edge, first, "area {} at {w}×{h}", app.app.area());
        }
        for _ in 0..areas {
            keys(&mut app, "k");
            let edge = areas_right_edge(&draw(&mut app, w, h));
            assert_eq!(edge, first, "area {} at {w}×{h}", app.app.area());
        }
        // With the activities focused (a rail or the full pane), the same on every area.
        keys(&mut app, "l");
        let rail = areas_right_edge(&draw(&mut app, w, h));
        for _ in 0..areas {
            keys(&mut app, "hjl");
            let edge = areas_right_edge(&draw(&mut app, w, h));
            assert_eq!(edge, rail, "area {} at {w}×{h}", app.app.area());
        }
    }
}

#[test]
fn short_area_titles_get_a_narrower_areas_pane_that_stays_put() {
    // Areas "Route", "Construction", "Opening": the pane needs less than a quarter of 120.
    let mut app = app_of("tests/fixtures/valid/odd-layout.toml");
    keys(&mut app, "h");
    let buf = draw(&mut app, 120, 36);
    let edge = areas_right_edge(&buf);
    assert!(edge + 1 < 120 / 4, "{edge}:\n{}", screen_text(&buf));
    assert!(screen_text(&buf).contains("Construction"));
    for key in "jjkk".chars() {
        keys(&mut app, &key.to_string());
        assert_eq!(areas_right_edge(&draw(&mut app, 120, 36)), edge);
    }
}

#[test]
fn a_cut_selected_title_reads_whole_in_the_status_line() {
    let mut app = real_app();
    let buf = draw(&mut app, 80, 24);
    let text = screen_text(&buf);
    assert!(text.contains("Gjennomgå og justere tidli…"), "{text}");
    let status: Vec<&str> = text.lines().collect();
    assert_eq!(status[22].trim(), "Gjennomgå og justere tidligere opplegg");
    // A title that fits leaves the status line alone.
    keys(&mut app, "j");
    let text = screen_text(&draw(&mut app, 80, 24));
    let status: Vec<&str> = text.lines().collect();
    assert_eq!(status[22].trim(), "", "{text}");
}

#[test]
fn the_duplicate_title_pair_is_told_apart_in_every_view_at_every_size() {
    // "Kvalitetssikre opplegg" is in both workstreams of area 2, "Næringsvennlig kommune" and
    // "Effektiv søknadsprosess".
    for (w, h) in [(80, 24), (100, 30), (120, 36), (160, 45)] {
        for key in ["2", "3", "4", "5"] {
            let mut app = real_app();
            keys(&mut app, key);
            let text = screen_text(&draw(&mut app, w, h));
            let lines: Vec<&str> = text.lines().collect();
            // Each one on screen says where it belongs, after its title (a card may wrap it
            // to the next line).
            let mut seen = Vec::new();
            for (y, line) in lines.iter().enumerate() {
                if !line.contains("Kvalitetssikr") {
                    continue;
                }
                let both = format!("{line}{}", lines.get(y + 1).unwrap_or(&""));
                let home = ["Næri", "Effe"].into_iter().find(|h| {
                    both.split("Kvalitetssikr")
                        .nth(1)
                        .is_some_and(|after| after.contains(h))
                });
                assert!(home.is_some(), "view {key} at {w}×{h}, row {y}:\n{text}");
                seen.extend(home);
            }
            assert!(!seen.is_empty(), "view {key} at {w}×{h}:\n{text}");
            // From 120 columns both show, each with its own home.
            if w >= 120 {
                seen.sort_unstable();
                seen.dedup();
                assert_eq!(seen.len(), 2, "view {key} at {w}×{h}:\n{text}");
            }
        }
    }
    // On the board each is under its workstream's heading.
    let mut app = real_app();
    let text = screen_text(&draw(&mut app, 120, 36));
    assert!(!text.contains("Kvalitetssikre opplegg ·"), "{text}");
}
