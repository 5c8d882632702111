//! Property: random sequences of edits, undos and redos, saved to disk and reloaded, give the
//! same activities as applying them in memory; undoing everything restores the original bytes.
//! And the board's path (`Plan::apply`, the immediate update) gives exactly the plan the file's
//! path gives (edit → bytes → re-parse): one meaning for an edit. And an edit made through the
//! activity's own table (`edit::apply_patch_in_table`, a plan file opened with its spans) saves
//! exactly the bytes the whole-file way saves, step by step, on these plans and on random
//! synthetic ones.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::fs;

use chrono::NaiveDate;
use fremdrift::file::edit::{Change, Edit, EditError};
use fremdrift::file::save::{Outcome, PlanFile};
use fremdrift::plan::{Plan, Status};
use proptest::prelude::*;

use common::{PLAN, day};

#[derive(Debug, Clone)]
enum Step {
    Edit(usize, Change),
    Undo,
    Redo,
}

/// The editable values of an activity, the model the property compares.
#[derive(Debug, Clone, PartialEq)]
struct Values {
    status: Status,
    done_on: Option<NaiveDate>,
    note: Option<String>,
    due: String,
    owner: String,
    title: String,
    members: Vec<String>,
}

fn values(plan: &Plan) -> Vec<Values> {
    plan.activities
        .iter()
        .map(|a| Values {
            status: a.status,
            done_on: a.done_on,
            note: a.note.clone(),
            due: a.due.text.clone(),
            owner: a.owner.clone(),
            title: a.title.clone(),
            members: a.members.clone(),
        })
        .collect()
}

/// The meaning of an edit, written independently of the library.
fn apply_in_memory(v: &mut Values, change: &Change, today: NaiveDate) {
    match change {
        Change::Status(s) if *s == v.status => {}
        Change::Status(Status::Done) => {
            v.status = Status::Done;
            v.done_on = Some(today);
        }
        Change::Status(s) => {
            if v.status == Status::Done {
                v.done_on = None;
            }
            v.status = *s;
        }
        Change::Note(n) => v.note = n.clone().filter(|n| !n.trim().is_empty()),
        Change::Due(d) | Change::CorrectDue(d) => v.due = d.trim().to_string(),
        Change::Owner(o) => v.owner = o.trim().to_string(),
        Change::Title(s) => v.title = s.trim().to_string(),
        Change::Members(m) => {
            v.members = m
                .iter()
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect();
        }
        Change::Meeting(_) => panic!("the generator makes no meeting changes"),
    }
}

fn change(dues: &'static [&'static str]) -> impl Strategy<Value = Change> {
    prop_oneof![
        proptest::sample::select(Status::ALL.to_vec()).prop_map(Change::Status),
        proptest::sample::select(vec![
            None,
            Some("kort"),
            Some("it's \"quoted\" \\ æøå"),
            Some("two\nlines"),
            Some("  "),
        ])
        .prop_map(|n| Change::Note(n.map(str::to_string))),
        proptest::sample::select(dues.to_vec()).prop_map(|d| Change::Due(d.to_string())),
        proptest::sample::select(vec!["Kari", "Prosjektleder", "Ola Nordmann", "  Per "])
            .prop_map(|o| Change::Owner(o.to_string())),
        proptest::sample::select(vec!["Ny tittel", "  Med «sitat» ", "it's \"quoted\""])
            .prop_map(|s| Change::Title(s.to_string())),
        proptest::sample::select(vec![vec![], vec!["Kari"], vec![" Kari ", "Ola", ""]])
            .prop_map(|m| Change::Members(m.into_iter().map(str::to_string).collect())),
    ]
}

fn steps(n: usize, dues: &'static [&'static str]) -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(
        prop_oneof![
            4 => (0..n, change(dues)).prop_map(|(i, c)| Step::Edit(i, c)),
            1 => Just(Step::Undo),
            1 => Just(Step::Redo),
        ],
        0..14,
    )
}

fn run(file: &str, steps: &[Step]) -> Result<(), TestCaseError> {
    let today = day(2017, 11, 21);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::copy(file, &path).unwrap();
    let original = fs::read(&path).unwrap();
    let mut pf = PlanFile::open(&path).unwrap();
    let ids: Vec<String> = pf.plan().activities.iter().map(|a| a.id.clone()).collect();
    let mut model = values(pf.plan());
    // The board's view: edits applied in memory, as the board shows them before the save.
    let mut board = pf.plan().clone();
    let (mut undo, mut redo): (Vec<Vec<Values>>, Vec<Vec<Values>>) = (Vec::new(), Vec::new());
    for step in steps {
        match step {
            Step::Edit(i, c) => {
                let i = i % ids.len();
                let on_board = board.apply(i, c, today);
                match pf.apply(&Edit::new(ids[i].clone(), c.clone()), today) {
                    Ok(Outcome::Unchanged) => {
                        prop_assert!(on_board.is_ok_and(|p| p.is_empty()), "{:?}", step);
                    }
                    Ok(_) => {
                        prop_assert!(on_board.is_ok(), "the board refused {:?}", step);
                        undo.push(model.clone());
                        redo.clear();
                        apply_in_memory(&mut model[i], c, today);
                    }
                    // Some deadlines do not fit every plan: refused, nothing changes.
                    Err(EditError::Invalid { .. }) => {
                        prop_assert!(on_board.is_err(), "only the file refused {:?}", step);
                        board = pf.plan().clone();
                    }
                    Err(e) => return Err(TestCaseError::fail(format!("{step:?}: {e}"))),
                }
                prop_assert_eq!(
                    &board,
                    pf.plan(),
                    "the board and the file disagree after {:?}",
                    step
                );
            }
            Step::Undo => {
                let out = pf.undo().map_err(|e| TestCaseError::fail(e.to_string()))?;
                if let Some(prev) = undo.pop() {
                    prop_assert_ne!(out, Outcome::Unchanged);
                    redo.push(std::mem::replace(&mut model, prev));
                }
                board = pf.plan().clone();
            }
            Step::Redo => {
                let out = pf.redo().map_err(|e| TestCaseError::fail(e.to_string()))?;
                if let Some(next) = redo.pop() {
                    prop_assert_ne!(out, Outcome::Unchanged);
                    undo.push(std::mem::replace(&mut model, next));
                }
                board = pf.plan().clone();
            }
        }
        prop_assert_eq!(&values(pf.plan()), &model, "after {:?}", step);
    }
    let reloaded = PlanFile::open(&path).unwrap();
    prop_assert_eq!(values(reloaded.plan()), model);
    while pf.history().can_undo() {
        pf.undo().map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    prop_assert!(
        fs::read(&path).unwrap() == original,
        "undoing everything restores the bytes"
    );
    Ok(())
}

/// The same steps saved through two plan files: one opened with its spans (field edits touch
/// only their table), one without (every edit goes the whole-file way). Their files and plans
/// must be identical after every step.
/// `ordinary`: every activity is a `[[…activity]]` table, so every edit, undo or redo that is
/// saved goes the table way.
fn both_ways(text: &str, steps: &[Step], ordinary: bool) -> Result<(), TestCaseError> {
    let today = day(2017, 11, 21);
    let dir = tempfile::tempdir().unwrap();
    let (fast_path, slow_path) = (dir.path().join("fast.toml"), dir.path().join("slow.toml"));
    fs::write(&fast_path, text).unwrap();
    fs::write(&slow_path, text).unwrap();
    let mut fast = PlanFile::open(&fast_path).unwrap();
    let source = fremdrift::file::read_source(&slow_path).unwrap();
    let mut slow = PlanFile::new(&slow_path, source, fast.plan().clone()).without_table_edits();
    let ids: Vec<String> = fast
        .plan()
        .activities
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let table_only = fremdrift::file::edit::edit_paths().table_only;
    let mut saved_edits = 0;
    for step in steps {
        let (a, b) = match step {
            Step::Edit(i, c) => {
                let e = Edit::new(ids[i % ids.len()].clone(), c.clone());
                (fast.apply(&e, today), slow.apply(&e, today))
            }
            Step::Undo => (fast.undo(), slow.undo()),
            Step::Redo => (fast.redo(), slow.redo()),
        };
        // Undos and redos of field edits go the table way too.
        if matches!(a, Ok(Outcome::Saved)) {
            saved_edits += 1;
        }
        prop_assert_eq!(
            a.map_err(|e| e.to_string()),
            b.map_err(|e| e.to_string()),
            "{:?}",
            step
        );
        prop_assert!(
            fs::read(&fast_path).unwrap() == fs::read(&slow_path).unwrap(),
            "the files differ after {:?}",
            step
        );
        prop_assert_eq!(fast.plan(), slow.plan(), "after {:?}", step);
        prop_assert_eq!(fast.diagnostics(), slow.diagnostics(), "after {:?}", step);
    }
    // The slow file never takes the table way, so the count (of this thread) is the fast one's.
    let taken = fremdrift::file::edit::edit_paths().table_only - table_only;
    if ordinary {
        prop_assert_eq!(taken, saved_edits);
    }
    Ok(())
}

const REAL_DUES: &[&str] = &[
    "uke 50",
    "30. november",
    "2017-12-01",
    "31. november",
    "des 2017",
];
const ODD_DUES: &[&str] = &[
    "week 20 2025",
    "2025-06-30",
    "14 March",
    "jun-jul 2025",
    "31 June 2025",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn real_plan_edits_and_undos(s in steps(14, REAL_DUES)) {
        run(PLAN, &s)?;
    }

    #[test]
    fn odd_layout_edits_and_undos(s in steps(5, ODD_DUES)) {
        run("tests/fixtures/valid/odd-layout.toml", &s)?;
    }

    #[test]
    fn real_plan_table_way_saves_the_same_bytes(s in steps(14, REAL_DUES)) {
        both_ways(&fs::read_to_string(PLAN).unwrap(), &s, true)?;
    }

    #[test]
    fn odd_layout_table_way_saves_the_same_bytes(s in steps(5, ODD_DUES)) {
        both_ways(&fs::read_to_string("tests/fixtures/valid/odd-layout.toml").unwrap(), &s, false)?;
    }

    #[test]
    fn random_plans_table_way_saves_the_same_bytes(
        n in 1usize..40,
        seed in 0u64..1000,
        crlf in any::<bool>(),
        s in steps(40, SYNTH_DUES),
    ) {
        let text = fremdrift::synth::plan_text("Tilfeldig plan", n, seed);
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        both_ways(&text, &s, true)?;
    }
}

const SYNTH_DUES: &[&str] = &[
    "uke 50",
    "2018-06-30",
    "mars 2018",
    "31. november",
    "1. møte 2018",
];
