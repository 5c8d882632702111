//! A plan whose TOML reads but has errors: it is read with everything that could be understood
//! (broken activities kept and marked), opens on the board, and can be fixed from it and from
//! `set` — an edit may remove errors, never add one.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use fremdrift::file::parse_plan;

const SEED: &str = include_str!("fixtures/seed-uncorrected.toml");

#[test]
fn the_uncorrected_seed_reads_with_its_broken_activity_marked() {
    let parsed = parse_plan(SEED);
    assert!(parsed.plan.is_none(), "it has an error");
    let partial = parsed.partial.expect("its TOML reads");
    assert_eq!(partial.activities.len(), 14, "no activity is left out");
    let broken: Vec<_> = partial
        .activities
        .iter()
        .filter(|a| a.is_broken())
        .collect();
    assert_eq!(broken.len(), 1);
    let a = broken[0];
    assert_eq!(a.id, "esp-3");
    assert!(a.broken_due);
    assert_eq!(a.due.text, "31. november");
    assert_eq!(a.broken.len(), 1, "{:?}", a.broken);
    assert_eq!(partial.problems.len(), 1);
    let today = chrono::NaiveDate::from_ymd_opt(2017, 12, 1).unwrap();
    assert_eq!(
        partial.urgency(a, today),
        fremdrift::plan::Urgency::Unknown
    );
}
