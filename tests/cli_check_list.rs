//! Runs the real binary: `check` and `list` on the real plan, the uncorrected transcription of
//! the source document, and broken input, checking exit codes and `file:line:col` positions.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use predicates::prelude::*;

use common::{PLAN, fremdrift};

const UNCORRECTED: &str = "tests/fixtures/seed-uncorrected.toml";

#[test]
fn the_real_plan_passes_check_without_warnings() {
    fremdrift()
        .args(["check", "--lang", "en", PLAN])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("ok (14 activities in 5 areas)"))
        .stdout(predicate::str::contains("warning").not());
    fremdrift()
        .args(["check", "--lang", "en", "--deny-warnings", PLAN])
        .assert()
        .code(0);
}

#[test]
fn check_reports_exactly_the_documents_mistakes() {
    let out = fremdrift()
        .args(["check", "--lang", "en", UNCORRECTED])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let headlines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with("warning"))
        .collect();
    assert_eq!(
        headlines,
        [
            "warning: owner \"Prosjektelder\" looks like a misspelling of \"Prosjektleder\"",
            "warning: owner \"Styringsruppa\" looks like a misspelling of \"Styringsgruppa\"",
            "warning: deadline \"14. april 2017\" (14.04.2017) is before the plan starts (01.09.2017); 2018?",
            "error: invalid deadline \"31. november\": november has 30 days",
            "warning: owner \"styringsgruppa\" looks like a misspelling of \"Styringsgruppa\"",
        ],
        "{stdout}"
    );
    let text = std::fs::read_to_string(UNCORRECTED).unwrap();
    // Every problem points at the line that holds the bad value, in the caret's column.
    for (needle, value) in [
        ("Prosjektelder", "\"Prosjektelder\""),
        ("Styringsruppa\"", "\"Styringsruppa\""),
        ("14. april 2017", "\"14. april 2017\""),
        ("31. november", "\"31. november\""),
        ("\"styringsgruppa\"", "\"styringsgruppa\""),
    ] {
        let (line_no, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle) && !l.trim_start().starts_with('#'))
            .unwrap();
        let col = line[..line.find(value).unwrap()].chars().count() + 1;
        let pos = format!("--> {UNCORRECTED}:{}:{col}", line_no + 1);
        assert!(stdout.contains(&pos), "missing {pos} in\n{stdout}");
    }
    assert!(stdout.contains("1 error, 4 warnings"), "{stdout}");
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("w.toml");
    std::fs::write(
        &p,
        "[plan]\ntitle = \"P\"\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\nstatus = \"waiting\"\n",
    )
    .unwrap();
    fremdrift()
        .args(["check", "--lang", "en"])
        .arg(&p)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "warning: area 1 is waiting without a reason",
        ));
    fremdrift()
        .args(["check", "--lang", "en", "--deny-warnings"])
        .arg(&p)
        .assert()
        .code(1);
}

#[test]
fn io_problems_exit_2_with_one_line() {
    fremdrift()
        .args(["check", "no/such/plan.toml"])
        .assert()
        .code(2)
        .stderr("fremdrift: no/such/plan.toml: fila finnes ikke\n");
    let dir = tempfile::tempdir().unwrap();
    fremdrift()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ingen *.toml-planer i denne mappa",
        ));
    let p = dir.path().join("latin1.toml");
    std::fs::write(&p, b"[plan]\ntitle = \"S\xf8r\"\n").unwrap();
    fremdrift()
        .arg("check")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "latin1.toml:2:11: fila er ikke gyldig UTF-8 her",
        ));
    fremdrift()
        .args(["list", "no/such/plan.toml"])
        .assert()
        .code(2);
    fremdrift()
        .args(["list", PLAN, "--today", "yesterday"])
        .assert()
        .code(2);
}

#[test]
fn a_folder_is_checked_plan_by_plan() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PLAN, dir.path().join("a.toml")).unwrap();
    std::fs::copy(UNCORRECTED, dir.path().join("b.toml")).unwrap();
    fremdrift()
        .args(["check", "--lang", "en"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("a.toml: ok"))
        .stdout(predicate::str::contains("b.toml: 1 error, 4 warnings"));
}

#[test]
fn list_refuses_a_plan_with_errors() {
    fremdrift()
        .args(["list", UNCORRECTED])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("november har 30 dager"));
}

#[test]
fn list_table_is_plain_and_complete_when_piped() {
    let out = fremdrift()
        .args(["list", PLAN, "--today", "2017-12-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(!s.contains('\u{1b}'));
    assert_eq!(s.lines().count(), 15, "{s}");
    let nvk1 = s.lines().find(|l| l.starts_with("nvk-1 ")).unwrap();
    let cells: Vec<&str> = nvk1
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "nvk-1",
            "2",
            "Gjennomgå og justere tidligere opplegg",
            "Prosjektleder",
            "30. november",
            "30.11.2017",
            "ikke startet",
            "forfalt"
        ]
    );
}

#[test]
fn list_filters() {
    let ids = |args: &[&str]| -> Vec<String> {
        let mut c = fremdrift();
        c.args(["list", PLAN, "--today", "2017-12-01", "--format", "csv"])
            .args(args);
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let mut r = csv::Reader::from_reader(out.stdout.as_slice());
        r.records().map(|rec| rec.unwrap()[0].to_string()).collect()
    };
    assert_eq!(ids(&["--overdue"]), ["nvk-1", "esp-1", "esp-2", "esp-3"]);
    assert_eq!(
        ids(&["--due-within", "14"]),
        ["nvk-1", "esp-1", "esp-2", "esp-3"]
    );
    assert_eq!(
        ids(&["--due-within", "16"]),
        ["nvk-1", "nvk-2", "esp-1", "esp-2", "esp-3", "esp-4"]
    );
    assert_eq!(
        ids(&["--owner", "styringsgruppa"]),
        ["nvk-2", "nvk-8", "esp-1", "esp-4", "esp-6"]
    );
    assert_eq!(ids(&["--area", "3"]), Vec::<String>::new());
    assert_eq!(ids(&["--status", "ferdig"]), Vec::<String>::new());
    assert_eq!(ids(&["--status", "todo"]).len(), 14);
    fremdrift()
        .args(["list", PLAN, "--status", "finished", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown status \"finished\""));
    fremdrift()
        .args(["list", PLAN, "--lang", "nn", "--status", "finished"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ukjend status «finished»"));
}

#[test]
fn list_json_is_the_resolved_plan() {
    let out = fremdrift()
        .args(["list", PLAN, "--today", "2017-12-01", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "fremdrift-plan/1");
    assert_eq!(v["today"], "2017-12-01");
    assert_eq!(v["plan"]["language"], "nb");
    assert_eq!(v["areas"].as_array().unwrap().len(), 5);
    let acts = v["activities"].as_array().unwrap();
    assert_eq!(acts.len(), 14);
    let nvk2 = acts.iter().find(|a| a["id"] == "nvk-2").unwrap();
    assert_eq!(nvk2["due"]["text"], "Uke 50");
    assert_eq!(nvk2["due"]["kind"], "week");
    assert_eq!(nvk2["due"]["first"], "2017-12-11");
    assert_eq!(nvk2["due"]["day"], "2017-12-17");
    assert_eq!(nvk2["due_soon"], false);
    assert_eq!(nvk2["overdue"], false);
    assert_eq!(nvk2["days_left"], 16);
    let nvk1 = acts.iter().find(|a| a["id"] == "nvk-1").unwrap();
    assert_eq!(nvk1["overdue"], true);
    assert_eq!(nvk1["days_left"], -1);
    let range = acts
        .iter()
        .find(|a| a["due"]["kind"] == "month_range")
        .unwrap();
    assert_eq!(range["due"]["first"], "2018-01-01");
    assert_eq!(range["due"]["day"], "2018-02-28");
}

#[test]
fn list_of_a_folder_lists_every_plan_and_names_the_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PLAN, dir.path().join("a.toml")).unwrap();
    std::fs::copy(UNCORRECTED, dir.path().join("b.toml")).unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        fremdrift::synth::plan_text("C", 3, 1),
    )
    .unwrap();
    let out = fremdrift()
        .arg("list")
        .arg(dir.path())
        .args(["--today", "2017-12-01", "--format", "csv", "--machine"])
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("b.toml:150:10: error: invalid deadline \"31. november\""),
        "{stderr}"
    );
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(&r.headers().unwrap()[0], "plan");
    let plans: Vec<String> = r.records().map(|x| x.unwrap()[0].to_string()).collect();
    assert_eq!(plans.iter().filter(|p| *p == "a").count(), 14);
    assert_eq!(plans.iter().filter(|p| *p == "c").count(), 3);
    let out = fremdrift()
        .arg("list")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "fremdrift-portfolio/1");
    let plans = v["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 3);
    assert!(
        plans[1]["error"]
            .as_str()
            .unwrap()
            .contains("november has 30 days")
    );
    assert_eq!(plans[2]["plan"]["activities"].as_array().unwrap().len(), 3);
}
