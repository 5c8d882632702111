//! The field-level merge on random edits to the real plan: field edits on both sides (and an
//! activity added at the end of a workstream on each) always merge to exactly the plan both sets
//! of edits give, unless both sides set one field to different values — then it is a conflict
//! and `check` finds the markers.

#![allow(clippy::unwrap_used, clippy::panic)]

use chrono::NaiveDate;
use fremdrift::file::edit::{Change, Edit, apply_edit};
use fremdrift::file::parse_plan;
use fremdrift::git::merge::{leftover_markers, merge};
use fremdrift::plan::Status;
use fremdrift::plan::structure::{NewActivity, Place, Structure};
use proptest::prelude::*;

const REAL: &str = include_str!("../plans/naeringsvennlig-kommune.toml");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, 11, 20).unwrap()
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        prop::sample::select(Status::ALL.to_vec()).prop_map(Change::Status),
        prop::option::of(prop::sample::select(vec![
            "Venter på svar",
            "OK",
            "Flyttet"
        ]))
        .prop_map(|n| Change::Note(n.map(str::to_string))),
        prop::sample::select(vec![
            "uke 3 2018",
            "30. november",
            "1. mars 2018",
            "2018-02-01"
        ])
        .prop_map(|d| Change::Due(d.to_string())),
        prop::sample::select(vec!["Prosjektleder", "Styringsgruppa", "Ola Nordmann"])
            .prop_map(|o| Change::Owner(o.to_string())),
    ]
}

fn edits() -> impl Strategy<Value = Vec<(usize, Change)>> {
    prop::collection::vec((0usize..14, change()), 0..6)
}

/// Applies the edits to the real plan's text; also returns the edits that changed something.
fn side(edits: &[(usize, Change)], add: Option<&str>) -> (String, Vec<Edit>) {
    let mut text = REAL.to_string();
    let mut plan = parse_plan(&text).plan.unwrap();
    let mut done = Vec::new();
    for (i, change) in edits {
        let id = plan.activities[*i % plan.activities.len()].id.clone();
        let edit = Edit::new(id, change.clone());
        if let Ok((applied, patch)) = apply_edit(&text, &plan, &edit, today())
            && !patch.is_empty()
        {
            text = applied.text;
            plan = applied.plan;
            done.push(edit);
        }
    }
    if let Some(id) = add {
        let s = Structure::Add {
            place: Place::End {
                area: "2".into(),
                workstream: Some("Næringsvennlig kommune".into()),
            },
            activity: NewActivity {
                id: id.into(),
                title: format!("Ny {id}"),
                owner: "Prosjektleder".into(),
                due: "uke 3 2018".into(),
            },
        };
        text = fremdrift::file::structure::apply(&text, &plan, &s)
            .unwrap()
            .text;
    }
    (text, done)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_field_edits_merge_to_both_sides_edits(ours in edits(), theirs in edits(), adds in any::<bool>()) {
        let (o, _) = side(&ours, adds.then_some("ours-new"));
        let (t, _) = side(&theirs, adds.then_some("theirs-new"));
        let m = merge(REAL, &o, &t, 7);
        prop_assert!(m.line_merge.is_none(), "{:?}", m.line_merge);
        let po = parse_plan(&o).plan.unwrap();
        let pt = parse_plan(&t).plan.unwrap();
        let base = parse_plan(REAL).plan.unwrap();
        // A clash: one field of one activity set to different values on the two sides.
        let by_id = |p: &fremdrift::plan::Plan, id: &str| p.activities[p.find(id).unwrap()].clone();
        let clash = base.activities.iter().any(|b| {
            let (x, y) = (&by_id(&po, &b.id), &by_id(&pt, &b.id));
            let differs = |f: &dyn Fn(&fremdrift::plan::Activity) -> String| {
                f(x) != f(b) && f(y) != f(b) && f(x) != f(y)
            };
            differs(&|a| format!("{:?}{:?}", a.status, a.done_on))
                || differs(&|a| format!("{:?}", a.note))
                || differs(&|a| a.due.text.clone())
                || differs(&|a| a.owner.clone())
        });
        if clash {
            prop_assert!(!m.conflicts.is_empty());
            prop_assert!(leftover_markers(&m.text).is_some());
            return Ok(());
        }
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let merged = parse_plan(&m.text).plan;
        prop_assert!(merged.is_some(), "{}", m.text);
        let merged = merged.unwrap();
        for b in &base.activities {
            let (x, y) = (&by_id(&po, &b.id), &by_id(&pt, &b.id));
            let g = &merged.activities[merged.find(&b.id).unwrap()];
            let pick = |f: &dyn Fn(&fremdrift::plan::Activity) -> String| {
                if f(x) != f(b) { f(x) } else { f(y) }
            };
            let status = |a: &fremdrift::plan::Activity| format!("{:?}{:?}", a.status, a.done_on);
            prop_assert_eq!(status(g), pick(&status));
            prop_assert_eq!(format!("{:?}", g.note), pick(&|a| format!("{:?}", a.note)));
            prop_assert_eq!(g.due.text.clone(), pick(&|a| a.due.text.clone()));
            prop_assert_eq!(g.owner.clone(), pick(&|a| a.owner.clone()));
        }
        let extra = usize::from(adds) * 2;
        prop_assert_eq!(merged.activities.len(), base.activities.len() + extra);
        // Every comment of the plan is kept.
        for line in REAL.lines().filter(|l| l.trim_start().starts_with('#')) {
            prop_assert!(m.text.contains(line), "comment lost: {}", line);
        }
    }
}
