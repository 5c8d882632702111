//! Structural edits (add, remove, move an activity) on copies of the real plan and of
//! hand-written layouts: each is one contiguous block of lines added, taken out or moved, in the
//! file's own style; undo gives back the bytes; and random sequences always re-read to the
//! intended plan.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;

use fremdrift::file::save::{Outcome, PlanFile};
use fremdrift::plan::structure::{NewActivity, Place, Structure};
use proptest::prelude::*;

use common::{PLAN, hunks, temp_copy};

fn new(id: &str, title: &str) -> NewActivity {
    NewActivity {
        id: id.into(),
        title: title.into(),
        owner: "Prosjektleder".into(),
        due: "uke 3 2018".into(),
    }
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap()
}

#[test]
fn adding_after_an_activity_is_one_block_in_the_neighbours_style() {
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    let id = pf
        .plan()
        .free_id(pf.plan().slot(&Place::After("nvk-1".into()), None).unwrap());
    assert_eq!(id, "nvk-9");
    let out = pf
        .restructure(&Structure::Add {
            place: Place::After("nvk-1".into()),
            activity: new(&id, "Ny aktivitet"),
        })
        .unwrap();
    assert_eq!(out, Outcome::Saved);
    let after = read(&path);
    // Exactly one block, right after nvk-1's, separated and aligned like its neighbours.
    let marker = "status = \"ikke startet\"\n\n[[area.workstream.activity]]\nid     = \"nvk-2\"";
    let at = before.find(marker).unwrap() + "status = \"ikke startet\"\n".len();
    let block = "\n[[area.workstream.activity]]\nid     = \"nvk-9\"\ntitle  = \"Ny aktivitet\"\nowner  = \"Prosjektleder\"\ndue    = \"uke 3 2018\"\nstatus = \"ikke startet\"\n";
    assert_eq!(after, format!("{}{block}{}", &before[..at], &before[at..]));
    let h = hunks(&before, &after);
    assert!(h.len() == 1 && h[0].0 == '+' && h[0].1.len() == 7, "{h:?}");
    let plan = pf.plan();
    let i = plan.find("nvk-9").unwrap();
    assert_eq!(plan.activities[i - 1].id, "nvk-1");
    assert_eq!(plan.activities[i + 1].id, "nvk-2");
    pf.undo().unwrap();
    assert_eq!(read(&path), before, "undo gives back the bytes");
    pf.redo().unwrap();
    assert_eq!(read(&path), after, "redo gives the same bytes again");
}

#[test]
fn removing_takes_out_exactly_the_table_and_its_own_comments() {
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::Remove { id: "nvk-6".into() })
        .unwrap();
    let after = read(&path);
    let removed = hunks(&before, &after);
    assert_eq!(removed.len(), 1, "{removed:?}");
    let (tag, lines) = &removed[0];
    assert_eq!(*tag, '-');
    assert!(lines.iter().any(|l| l.contains("\"nvk-6\"")));
    // Its comment lines go with it; the neighbours' lines stay.
    assert!(lines.iter().any(|l| l.contains("(\"event\" abbreviates")));
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("nvk-5") || l.contains("nvk-7"))
    );
    assert_eq!(pf.plan().activities.len(), 13);
    pf.undo().unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn moving_is_the_same_lines_elsewhere() {
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::Move {
        id: "nvk-2".into(),
        place: Place::End {
            area: "2".into(),
            workstream: Some("effektiv søknadsprosess".into()),
        },
    })
    .unwrap();
    let after = read(&path);
    let h = hunks(&before, &after);
    let taken: Vec<&String> = h
        .iter()
        .filter(|(t, _)| *t == '-')
        .flat_map(|(_, l)| l)
        .collect();
    let put: Vec<&String> = h
        .iter()
        .filter(|(t, _)| *t == '+')
        .flat_map(|(_, l)| l)
        .collect();
    let mut a = taken.clone();
    let mut b = put.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b, "the same lines, moved: {h:?}");
    let plan = pf.plan();
    let last = plan
        .activities
        .iter()
        .rposition(|a| a.workstream == Some(1))
        .unwrap();
    assert_eq!(plan.activities[last].id, "nvk-2");
    // Shifting within the group swaps two blocks.
    pf.restructure(&Structure::Shift {
        id: "nvk-2".into(),
        down: false,
    })
    .unwrap();
    let plan = pf.plan();
    assert_eq!(plan.activities[last - 1].id, "nvk-2");
    pf.undo().unwrap();
    pf.undo().unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn adding_into_an_empty_area_and_refusals() {
    let (_d, path) = temp_copy(PLAN);
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::Add {
        place: Place::End {
            area: "5".into(),
            workstream: None,
        },
        activity: new("x-1", "I område 5"),
    })
    .unwrap();
    let plan = pf.plan();
    let a = &plan.activities[plan.find("x-1").unwrap()];
    assert_eq!(plan.areas[a.area].number, "5");
    assert!(fremdrift::file::parse_plan(&read(&path)).plan.is_some());
    for (change, message) in [
        (
            Structure::Add {
                place: Place::After("nvk-1".into()),
                activity: new("nvk-2", "Dup"),
            },
            "the id \"nvk-2\" is taken",
        ),
        (
            Structure::Add {
                place: Place::End {
                    area: "9".into(),
                    workstream: None,
                },
                activity: new("y", "Y"),
            },
            "no area has the number \"9\"",
        ),
        (
            Structure::Add {
                place: Place::After("nvk-1".into()),
                activity: NewActivity {
                    due: "31. november".into(),
                    ..new("z", "Z")
                },
            },
            "november has 30 days",
        ),
        (
            Structure::Shift {
                id: "nvk-1".into(),
                down: false,
            },
            "already the first",
        ),
    ] {
        let before = read(&path);
        let e = pf.restructure(&change).unwrap_err().to_string();
        assert!(e.contains(message), "{e}");
        assert_eq!(read(&path), before, "a refused change writes nothing");
    }
}

#[test]
fn crlf_and_odd_layouts_keep_their_style() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = "[plan]\r\ntitle = \"T\"\r\n\r\n[[area]]\r\nnumber = \"1\"\r\ntitle = \"A\"\r\n\r\n  [[area.activity]]\r\n  id = \"t-1\"\r\n  title = \"One\"\r\n  owner = \"O\"\r\n  due = 2025-05-01\r\n";
    fs::write(&path, text).unwrap();
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::Add {
        place: Place::After("t-1".into()),
        activity: NewActivity {
            id: "t-2".into(),
            title: "Two".into(),
            owner: "O".into(),
            due: "2025-06-01".into(),
        },
    })
    .unwrap();
    assert_eq!(
        read(&path),
        format!(
            "{text}\r\n  [[area.activity]]\r\n  id = \"t-2\"\r\n  title = \"Two\"\r\n  owner = \"O\"\r\n  due = \"2025-06-01\"\r\n"
        )
    );
    // Inline tables are refused with a clear message, nothing written.
    let (_d, odd) = temp_copy("tests/fixtures/valid/odd-layout.toml");
    let before = read(&odd);
    let mut pf = PlanFile::open(&odd).unwrap();
    let e = pf
        .restructure(&Structure::Remove { id: "odd-2".into() })
        .unwrap_err()
        .to_string();
    assert!(e.contains("inline tables"), "{e}");
    assert_eq!(read(&odd), before);
}

#[test]
fn a_change_made_elsewhere_meanwhile_is_merged_with_an_add() {
    let (_d, path) = temp_copy(PLAN);
    let mut pf = PlanFile::open(&path).unwrap();
    let theirs = read(&path).replace("title  = \"Justere opplegg\"", "title  = \"Justere\"");
    fs::write(&path, &theirs).unwrap();
    let out = pf
        .restructure(&Structure::Add {
            place: Place::After("nvk-8".into()),
            activity: new("nvk-9", "Etter"),
        })
        .unwrap();
    assert_eq!(out, Outcome::Merged);
    let now = read(&path);
    assert!(now.contains("title  = \"Justere\"") && now.contains("\"nvk-9\""));
}

#[derive(Debug, Clone)]
enum Step {
    Add(usize, bool),
    Remove(usize),
    Shift(usize, bool),
    MoveTo(usize, usize),
    Status(usize),
    AddWorkstream(usize),
    RenameWorkstream(usize),
    RemoveWorkstream(usize),
    AddArea(usize),
    RemoveArea(usize),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(
        prop_oneof![
            (0..50usize, any::<bool>()).prop_map(|(i, e)| Step::Add(i, e)),
            (0..50usize).prop_map(Step::Remove),
            (0..50usize, any::<bool>()).prop_map(|(i, d)| Step::Shift(i, d)),
            (0..50usize, 0..50usize).prop_map(|(i, j)| Step::MoveTo(i, j)),
            (0..50usize).prop_map(Step::Status),
            (0..50usize).prop_map(Step::AddWorkstream),
            (0..50usize).prop_map(Step::RenameWorkstream),
            (0..50usize).prop_map(Step::RemoveWorkstream),
            (0..50usize).prop_map(Step::AddArea),
            (0..50usize).prop_map(Step::RemoveArea),
        ],
        1..10,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Random adds, removes, moves and status changes (of activities, workstreams and areas) on generated plans: every save re-reads
    /// to the plan `Plan::restructure` says, and undoing everything gives the original bytes.
    #[test]
    fn random_structural_sequences(seed in 0u64..1000, steps in steps()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        fs::write(&path, fremdrift::synth::plan_text("Prop", 12, seed)).unwrap();
        let original = fs::read(&path).unwrap();
        let mut pf = PlanFile::open(&path).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let mut counter = 0;
        for step in &steps {
            let plan = pf.plan().clone();
            let n = plan.activities.len();
            if n == 0 { break; }
            let id = |i: usize| plan.activities[i % n].id.clone();
            let change = match step {
                Step::Add(i, end) => {
                    counter += 1;
                    let place = if *end {
                        let a = &plan.activities[i % n];
                        Place::End {
                            area: plan.areas[a.area].number.clone(),
                            workstream: a.workstream.map(|w| plan.workstreams[w].title.clone()),
                        }
                    } else {
                        Place::After(id(*i))
                    };
                    Structure::Add { place, activity: NewActivity {
                        id: format!("new-{counter}"), title: format!("New {counter}"),
                        owner: "O".into(), due: "2025-06-01".into() } }
                }
                Step::Remove(i) => Structure::Remove { id: id(*i) },
                Step::Shift(i, d) => Structure::Shift { id: id(*i), down: *d },
                Step::MoveTo(i, j) if i % n != j % n => {
                    Structure::Move { id: id(*i), place: Place::After(id(*j)) }
                }
                Step::MoveTo(..) => continue,
                Step::AddWorkstream(i) => {
                    counter += 1;
                    Structure::AddWorkstream {
                        area: plan.areas[i % plan.areas.len()].number.clone(),
                        title: format!("Stream {counter}"),
                    }
                }
                Step::RenameWorkstream(i) | Step::RemoveWorkstream(i) => {
                    if plan.workstreams.is_empty() { continue; }
                    // A removal picks an empty workstream when there is one (else it is
                    // refused, as the domain refuses it).
                    let empty: Vec<usize> = (0..plan.workstreams.len())
                        .filter(|&w| !plan.activities.iter().any(|a| a.workstream == Some(w)))
                        .collect();
                    let w = match (step, empty.is_empty()) {
                        (Step::RemoveWorkstream(_), false) => &plan.workstreams[empty[i % empty.len()]],
                        _ => &plan.workstreams[i % plan.workstreams.len()],
                    };
                    let area = plan.areas[w.area].number.clone();
                    counter += 1;
                    if matches!(step, Step::RenameWorkstream(_)) {
                        Structure::RenameWorkstream {
                            area, workstream: w.title.clone(), title: format!("Renamed {counter}"),
                        }
                    } else {
                        Structure::RemoveWorkstream { area, workstream: w.title.clone() }
                    }
                }
                Step::AddArea(i) => {
                    counter += 1;
                    Structure::AddArea { number: format!("{}", i + 100 + counter), title: format!("Area {counter}") }
                }
                Step::RemoveArea(i) => {
                    let empty: Vec<usize> = (0..plan.areas.len())
                        .filter(|&a| !plan.activities.iter().any(|x| x.area == a))
                        .filter(|&a| !plan.workstreams.iter().any(|w| w.area == a))
                        .collect();
                    let a = if empty.is_empty() { i % plan.areas.len() } else { empty[i % empty.len()] };
                    Structure::RemoveArea { number: plan.areas[a].number.clone() }
                }
                Step::Status(i) => {
                    let e = fremdrift::plan::edit::Edit::new(
                        id(*i), fremdrift::plan::edit::Change::Status(fremdrift::plan::Status::Doing));
                    pf.apply(&e, today).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    continue;
                }
            };
            let expected = plan.restructure(&change);
            match pf.restructure(&change) {
                Ok(_) => {
                    let expected = expected.map_err(|e| TestCaseError::fail(e.english()))?;
                    prop_assert_eq!(pf.plan(), &expected);
                    let reread = fremdrift::file::parse_plan(&fs::read_to_string(&path).unwrap()).plan;
                    prop_assert_eq!(reread.as_ref(), Some(&expected));
                }
                Err(e) => {
                    // Only what the domain refuses too (first/last shift, inline tables).
                    prop_assert!(expected.is_err() || e.to_string().contains("inline"), "{:?}: {}", step, e);
                }
            }
        }
        while pf.history().can_undo() {
            pf.undo().map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        prop_assert!(fs::read(&path).unwrap() == original, "undoing everything restores the bytes");
    }
}

#[test]
fn an_area_waits_with_a_reason_written_after_its_status() {
    use fremdrift::plan::AreaStatus;
    use fremdrift::plan::structure::AreaChange;
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    let waiting = |reason: Option<Option<String>>| Structure::Area {
        number: "4.1".into(),
        change: AreaChange {
            status: Some(AreaStatus::Waiting),
            reason,
            ..AreaChange::default()
        },
    };
    let e = pf.restructure(&waiting(None)).unwrap_err().to_string();
    assert!(e.contains("give the reason"), "{e}");
    assert_eq!(read(&path), before);
    pf.restructure(&waiting(Some(Some("Venter på budsjett".into()))))
        .unwrap();
    let after = read(&path);
    let h = hunks(&before, &after);
    assert_eq!(
        h,
        vec![
            ('-', vec!["status      = \"aktiv\"".to_string()]),
            (
                '+',
                vec![
                    "status      = \"venter\"".to_string(),
                    "reason      = \"Venter på budsjett\"".into()
                ]
            )
        ],
        "{after}"
    );
    assert_eq!(pf.plan().areas[2].status, AreaStatus::Waiting);
    pf.undo().unwrap();
    assert_eq!(read(&path), before);
}

#[test]
fn a_section_heading_above_the_next_area_stays_with_it() {
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::Add {
        place: Place::End {
            area: "3".into(),
            workstream: None,
        },
        activity: new("k-1", "I område 3"),
    })
    .unwrap();
    let after = read(&path);
    let block = after.find("id     = \"k-1\"").unwrap();
    let heading = after.find("# Innsatsområde 4").unwrap();
    assert!(
        block < heading,
        "the new table goes above area 4's heading comment"
    );
    let h = hunks(&before, &after);
    assert!(h.len() == 1 && h[0].0 == '+', "{h:?}");
}
