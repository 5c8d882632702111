//! Runs the real binary: `report` and `export` on the real plan, to stdout and to `-o FILE`, and
//! their exit codes for broken plans (1), missing files, unknown meeting series and unwritable
//! output (2).

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use predicates::prelude::*;

use common::{PLAN, fremdrift};

const BROKEN: &str = "tests/fixtures/invalid/bad-status.toml";

#[test]
fn report_prints_markdown_for_the_meeting() {
    fremdrift()
        .args(["report", PLAN, "--today", "2017-12-01"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "# Statusrapport: Næringsvennlig kommune – forprosjekt fase 2\n\nSør-Varanger kommune · per 01.12.2017 · uke 48\n",
        ))
        .stdout(predicate::str::contains("## Forfalt"))
        .stdout(predicate::str::contains(
            "## Frist før neste møte (Styringsgruppa 13.12.2017)",
        ));
}

#[test]
fn report_meeting_and_since_options() {
    fremdrift()
        .args([
            "report",
            PLAN,
            "--today",
            "01.12.2017",
            "--meeting",
            "formannskapet",
            "--since",
            "2017-11-01",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "## Frist før neste møte (Formannskapet 25.01.2018)",
        ))
        .stdout(predicate::str::contains("## Ferdig siden 01.11.2017\n"));
    fremdrift()
        .args([
            "report",
            PLAN,
            "--today",
            "2017-12-01",
            "--meeting",
            "Bystyret",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "ingen møteserie «Bystyret»: ventet en av \"Formannskapet\", \"Styringsgruppa\"",
        ));
}

#[test]
fn report_html_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.html");
    fremdrift()
        .args([
            "report",
            PLAN,
            "--today",
            "2018-03-01",
            "--format",
            "html",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(0)
        .stdout("");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
    assert!(html.contains("<h2>Forfalt</h2>"));
    assert!(html.ends_with("</html>\n"));
}

#[test]
fn report_of_a_folder_has_a_section_per_plan() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(PLAN, dir.path().join("a.toml")).unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        "[plan]\ntitle = \"Second\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"Only\"\n",
    )
    .unwrap();
    fremdrift()
        .args(["report", "--today", "2017-12-01"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("# Statusrapport: Næringsvennlig"))
        .stdout(predicate::str::contains(
            "\n---\n\n# Statusrapport: Second\n",
        ));
    // One document, one language: the reader's, for every section.
    fremdrift()
        .args(["report", "--today", "2017-12-01", "--lang", "en"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("# Status report: Næringsvennlig"))
        .stdout(predicate::str::contains(
            "\n---\n\n# Status report: Second\n",
        ));
}

#[test]
fn report_and_export_fail_on_a_broken_plan_with_1() {
    for args in [
        vec!["report", BROKEN],
        vec!["export", BROKEN, "--format", "ics"],
    ] {
        fremdrift()
            .args(&args)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("ukjent status \"finished\""));
    }
}

#[test]
fn report_and_export_fail_on_a_missing_file_with_2() {
    for args in [
        vec!["report", "nope.toml"],
        vec!["export", "nope.toml", "--format", "json"],
    ] {
        fremdrift()
            .args(&args)
            .assert()
            .code(2)
            .stderr("fremdrift: nope.toml: fila finnes ikke\n");
    }
}

#[test]
fn an_unwritable_output_gives_2_and_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing-folder").join("plan.ics");
    fremdrift()
        .args(["export", PLAN, "--format", "ics", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::ends_with(
            "plan.ics: cannot write: no such file or directory\n",
        ))
        .stderr(predicate::function(|s: &str| s.lines().count() == 1));
}

#[test]
fn output_never_overwrites_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    std::fs::copy(PLAN, &plan).unwrap();
    let before = std::fs::read(&plan).unwrap();
    fremdrift()
        .args(["export", "--format", "json", "-o"])
        .arg(&plan)
        .arg(&plan)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write over the plan"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

#[test]
fn export_ics_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("frister.ics");
    fremdrift()
        .args([
            "export",
            PLAN,
            "--today",
            "2017-12-01",
            "--format",
            "ics",
            "-o",
        ])
        .arg(&out)
        .assert()
        .code(0)
        .stdout("");
    let ics = std::fs::read_to_string(&out).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    // 14 activities and the 7 meetings of the plan's two series.
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 14 + 7);
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded
            .contains("SUMMARY:Styringsgruppa · Næringsvennlig kommune – forprosjekt fase 2\r\n")
    );
    assert!(unfolded.contains(
        "SUMMARY:Kvalitetssikre opplegg (Effektiv søknadsprosess) — Styringsgruppa · Næringsvennlig kommune – forprosjekt fase 2\r\n"
    ));
}

#[test]
fn export_csv_with_semicolons_and_bom() {
    let out = fremdrift()
        .args([
            "export",
            PLAN,
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--bom",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let body = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    // In the plan's language by default, for the people who open it in a spreadsheet.
    assert!(
        body.starts_with("ID;Område;Delprosjekt;Tittel;Ansvarlig;Frist;Første dag;Dag;"),
        "{body}"
    );
    let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 14);
    assert_eq!(&rows[0][3], "Gjennomgå og justere tidligere opplegg");
}

#[test]
fn export_json_is_the_list_shape_with_every_activity() {
    let out = fremdrift()
        .args(["export", PLAN, "--today", "2017-12-01", "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["format"], "fremdrift-plan/1");
    assert_eq!(v["activities"].as_array().unwrap().len(), 14);
    let listed = fremdrift()
        .args(["list", PLAN, "--today", "2017-12-01", "--format", "json"])
        .assert()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, listed);
}

#[test]
fn export_needs_a_format() {
    fremdrift()
        .args(["export", PLAN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format"));
}
