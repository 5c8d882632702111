//! The plan's history from git (issue 14): `fremdrift log` over 300 commits of the real plan,
//! each changing one field, and one field-level merge of the real plan. The repository is built
//! once, with the `git` command, in a temporary folder.
//!
//! Run with `cargo bench --bench history`; CI only compiles this (clippy --all-targets).

#![allow(clippy::unwrap_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use divan::Bencher;
use fremdrift::file::edit::{Change, Edit, apply_edit};
use fremdrift::file::parse_plan;
use fremdrift::plan::Status;

const REAL: &str = include_str!("../plans/naeringsvennlig-kommune.toml");
const COMMITS: usize = 300;

fn main() {
    divan::main();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, 11, 20).expect("a valid date")
}

fn git(root: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .args([
            "-c",
            "user.name=Bench",
            "-c",
            "user.email=bench@example.com",
        ])
        .args(args)
        .current_dir(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .status()
        .expect("git runs")
        .success();
    assert!(ok, "git {args:?}");
}

/// The `i`-th edit: statuses, notes and deadlines of the activities in turn.
fn edit(i: usize, ids: &[String]) -> Edit {
    let id = ids[i % ids.len()].clone();
    let change = match i % 3 {
        0 => Change::Status(Status::ALL[(i / 3) % Status::ALL.len()]),
        1 => Change::Note(Some(format!("Note {i}"))),
        _ => Change::Due(["uke 3 2018", "30. november", "1. mars 2018"][(i / 3) % 3].into()),
    };
    Edit::new(id, change)
}

#[divan::bench(sample_count = 10)]
fn log_of_300_commits(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let root = dir.path();
    let path = root.join("plan.toml");
    git(root, &["init", "-q", "-b", "main"]);
    let mut text = REAL.to_string();
    let mut plan = parse_plan(&text).plan.expect("the real plan loads");
    let ids: Vec<String> = plan.activities.iter().map(|a| a.id.clone()).collect();
    std::fs::write(&path, &text).expect("written");
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "base"]);
    let mut i = 0;
    let mut made = 0;
    while made < COMMITS {
        if let Ok((applied, patch)) = apply_edit(&text, &plan, &edit(i, &ids), today())
            && !patch.is_empty()
        {
            text = applied.text;
            plan = applied.plan;
            std::fs::write(&path, &text).expect("written");
            git(root, &["commit", "-q", "-am", &format!("change {i}")]);
            made += 1;
        }
        i += 1;
    }
    bencher.bench(|| fremdrift::git::log::history(&path, None).expect("a history"));
}

#[divan::bench]
fn merge_the_real_plan(bencher: Bencher) {
    let plan = parse_plan(REAL).plan.expect("the real plan loads");
    let ids: Vec<String> = plan.activities.iter().map(|a| a.id.clone()).collect();
    let side = |from: usize| {
        let (mut text, mut plan) = (REAL.to_string(), plan.clone());
        for i in (from..from + 12).step_by(2) {
            if let Ok((applied, _)) = apply_edit(&text, &plan, &edit(i, &ids), today()) {
                text = applied.text;
                plan = applied.plan;
            }
        }
        text
    };
    let (ours, theirs) = (side(0), side(1));
    bencher.bench(|| fremdrift::git::merge::merge(REAL, &ours, &theirs, 7));
}
