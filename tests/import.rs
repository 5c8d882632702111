//! `fremdrift import` through the real binary, on the committed office fixtures
//! (tests/fixtures/office, made by make_fixtures.py): the exact plan each one gives, what
//! `check` then says about the real plan's mistakes, the round trip back through `list`, and
//! the refusals (an existing plan, a broken or foreign file) with exit code 2.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;

use common::{fremdrift, outcome};

const OFFICE: &str = "tests/fixtures/office";

/// A copy of the fixture `name` in a fresh temp folder.
fn fixture(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    common::copy_as(&format!("{OFFICE}/{name}"), name)
}

fn import(dir: &Path, args: &[&str]) -> (i32, String, String) {
    outcome(
        fremdrift()
            .arg("import")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap(),
    )
}

#[test]
fn each_fixture_gives_its_plan_exactly() {
    for (name, plan, code) in [
        ("naeringsvennlig.docx", "naeringsvennlig.toml", 1),
        ("harbour.docx", "harbour.toml", 0),
        ("naeringsvennlig.xlsx", "naeringsvennlig.toml", 1),
        ("harbour.xlsx", "harbour.toml", 0),
        ("naeringsvennlig.ods", "naeringsvennlig.toml", 1),
        ("naeringsvennlig.csv", "naeringsvennlig.toml", 1),
    ] {
        let (dir, _) = fixture(name);
        let (got, out, err) = import(dir.path(), &[name]);
        assert_eq!(got, code, "{name}\n{out}\n{err}");
        assert_eq!(err, "", "{name}");
        let text = fs::read_to_string(dir.path().join(plan)).unwrap();
        insta::assert_snapshot!(format!("import_{}", name.replace('.', "_")), text);
    }
}

#[test]
fn check_on_the_word_plan_reports_the_real_plan_s_mistakes_first() {
    let (dir, _) = fixture("naeringsvennlig.docx");
    let (code, out, err) = import(dir.path(), &["naeringsvennlig.docx"]);
    assert_eq!(code, 1, "{out}{err}");
    insta::assert_snapshot!("import_word_output_nb", out);
    // The mistakes of the document, each as check reports it.
    for mistake in [
        "ugyldig frist \"31. november\": november har 30 dager",
        "fristen \"14. april 2017\" (14.04.2017) er før planen begynner (01.09.2017)",
        "ansvarlig \"Prosjektelder\" ser ut som en feilstaving av \"Prosjektleder\"",
        "ansvarlig \"Styringsruppa\" ser ut som en feilstaving av \"Styringsgruppa\"",
        "ansvarlig \"styringsgruppa\" ser ut som en feilstaving av \"Styringsgruppa\"",
        "fristen \"1. møte 2018\" viser til et møte, men planen har ingen møteserie",
    ] {
        assert!(out.contains(mistake), "{mistake} not in\n{out}");
    }
    // `check` on the written plan says the same.
    let check = outcome(
        fremdrift()
            .args(["check", "naeringsvennlig.toml"])
            .current_dir(dir.path())
            .output()
            .unwrap(),
    );
    assert_eq!(check.0, 1);
    assert!(out.contains(&check.1), "{out}\n---\n{}", check.1);
}

#[test]
fn english_output_and_comments_with_lang() {
    let (dir, _) = fixture("naeringsvennlig.docx");
    let (code, out, _) = import(
        dir.path(),
        &["naeringsvennlig.docx", "--lang", "en", "-o", "plan.toml"],
    );
    assert_eq!(code, 1);
    let text = fs::read_to_string(dir.path().join("plan.toml")).unwrap();
    assert!(text.contains("language = \"en\""), "{text}");
    assert!(
        text.contains("# table 2, row 3\n[[area.workstream.activity]]\nid      = \"es-2\""),
        "{text}"
    );
    assert!(
        out.contains(
            "Wrote plan.toml: 14 activities in 1 focus area and 2 workstreams, from 2 tables."
        ),
        "{out}"
    );
    assert!(out.contains("invalid deadline \"31. november\""), "{out}");
}

/// The document's rows: (title, owner, deadline).
const WORD_ROWS: [(&str, &str, &str); 14] = [
    (
        "Gjennomgå og justere tidligere opplegg",
        "Prosjektelder",
        "30. november",
    ),
    ("Kvalitetssikre opplegg", "Styringsruppa", "Uke 50"),
    ("Justere opplegg", "Prosjektleder", "10. januar"),
    (
        "Gjennomføre test med plan- og utviklingsavd",
        "Prosjektleder",
        "16. februar",
    ),
    (
        "Gjennomføre test med formannskapet",
        "Prosjektleder",
        "1. møte 2018",
    ),
    (
        "Erfaringsrapportering i styringsruppa – event justering",
        "Prosjektleder",
        "uke 9",
    ),
    (
        "Gjennomføring for øvrige relevante ansatte/avdelinger og øvrige folkevalgte",
        "Prosjektleder",
        "14. april 2017",
    ),
    (
        "Erfaringsrapportering i styringsruppa – justering og eventuelt forslag til",
        "Styringsgruppa",
        "Uke 17 2018",
    ),
    (
        "Prioritere tema. Forslag reguleringsplan",
        "Styringsgruppa",
        "22. september",
    ),
    ("Etablere ressursgruppe", "Prosjektleder", "29. september"),
    (
        "Utvikle forslag til opplegg",
        "Fagansvarlig plan",
        "31. november",
    ),
    ("Kvalitetssikre opplegg", "Styringsgruppa", "Uke 50"),
    ("Gjennomføring", "Prosjektleder", "Jan-feb 2018"),
    ("Evaluering", "styringsgruppa", "Uke 9 2018"),
];

#[test]
fn round_trip_the_word_plan_lists_the_document_s_activities() {
    let (dir, _) = fixture("naeringsvennlig.docx");
    let d = dir.path();
    assert_eq!(import(d, &["naeringsvennlig.docx"]).0, 1);
    // `list` takes a plan without errors, so first do what check and the plan's comments ask
    // for: add the meeting series the meeting deadline refers to, and correct "31. november".
    let plan = d.join("naeringsvennlig.toml");
    let mut text = fs::read_to_string(&plan).unwrap();
    text.push_str("\n[[meeting]]\nname  = \"Formannskapet\"\ndates = [2018-01-25]\n");
    fs::write(&plan, text).unwrap();
    let set = outcome(
        fremdrift()
            .args([
                "set",
                "naeringsvennlig.toml",
                "es-3",
                "--due",
                "30. november",
            ])
            .current_dir(d)
            .output()
            .unwrap(),
    );
    assert_eq!(set.0, 0, "{set:?}");
    let (code, json, err) = outcome(
        fremdrift()
            .args([
                "list",
                "naeringsvennlig.toml",
                "--format",
                "json",
                "--today",
                "2017-12-01",
            ])
            .current_dir(d)
            .output()
            .unwrap(),
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let listed: Vec<(String, String, String)> = json["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["title"].as_str().unwrap().to_string(),
                a["owner"].as_str().unwrap().to_string(),
                a["due"]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut expected: Vec<(String, String, String)> = WORD_ROWS
        .iter()
        .map(|(t, o, d)| (t.to_string(), o.to_string(), d.to_string()))
        .collect();
    expected[10].2 = "30. november".into(); // the one correction made above
    assert_eq!(listed, expected);
    let members = &json["activities"][9]["members"];
    assert_eq!(
        members,
        &serde_json::json!([
            "fagansvarlig plan",
            "utbyggerrepresentant",
            "konsulentrepresentant",
            "prosjektleder"
        ])
    );
    assert_eq!(json["plan"]["start"], "2017-09-01");
    assert_eq!(json["plan"]["end"], "2018-04-30");
}

#[test]
fn dash_prints_the_plan_and_its_problems_go_to_stderr() {
    let (dir, _) = fixture("naeringsvennlig.csv");
    let (code, out, err) = import(dir.path(), &["naeringsvennlig.csv", "-o", "-"]);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        fs::read_to_string("tests/snapshots/import__import_naeringsvennlig_csv.snap")
            .unwrap()
            .split_once("\n---\n")
            .unwrap()
            .1
            .trim_end()
            .to_string()
            + "\n"
    );
    assert!(err.contains("ugyldig frist \"31. november\""), "{err}");
    assert!(!dir.path().join("naeringsvennlig.toml").exists());
}

#[test]
fn an_existing_plan_is_never_overwritten_without_force() {
    let (dir, _) = fixture("harbour.docx");
    let d = dir.path();
    fs::write(d.join("harbour.toml"), "# mine\n").unwrap();
    let (code, out, err) = import(d, &["harbour.docx"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "fremdrift: harbour.toml already exists; choose another plan file with -o, or give --force to replace it\n"
    );
    assert_eq!(
        fs::read_to_string(d.join("harbour.toml")).unwrap(),
        "# mine\n"
    );
    let (code, _, _) = import(d, &["harbour.docx", "--force"]);
    assert_eq!(code, 0);
    assert!(
        fs::read_to_string(d.join("harbour.toml"))
            .unwrap()
            .starts_with("# Harbour footpath, phase 1\n")
    );
    // -o naming the document itself is refused.
    let (code, _, err) = import(
        d,
        &[
            "harbour.docx",
            "-o",
            "harbour.docx",
            "--force",
            "--lang",
            "en",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("is the document itself"), "{err}");
}

#[test]
fn broken_and_foreign_files_are_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let whole = fs::read(format!("{OFFICE}/naeringsvennlig.docx")).unwrap();
    fs::write(d.join("cut.docx"), &whole[..whole.len() / 3]).unwrap();
    fs::write(d.join("empty.docx"), b"").unwrap();
    fs::write(d.join("text.docx"), b"Aktivitet;Ansvarlig;Frist\n").unwrap();
    fs::copy(
        format!("{OFFICE}/naeringsvennlig.xlsx"),
        d.join("book.docx"),
    )
    .unwrap();
    fs::write(d.join("plan.pdf"), b"%PDF-1.4").unwrap();
    fs::write(d.join("none.csv"), "Navn;Telefon\nKari;123\n").unwrap();
    for (file, message) in [
        (
            "cut.docx",
            "fremdrift: cannot import cut.docx: this is not a Word document (.docx) – the file is not a valid docx archive (",
        ),
        (
            "empty.docx",
            "fremdrift: cannot import empty.docx: the file is empty\n",
        ),
        (
            "text.docx",
            "fremdrift: cannot import text.docx: this is not a Word document (.docx) – the file is not a valid docx archive (",
        ),
        (
            "book.docx",
            "fremdrift: cannot import book.docx: this is not a Word document (.docx): the archive has no word/document.xml\n",
        ),
        (
            "plan.pdf",
            "fremdrift: cannot import plan.pdf: unknown file type; give a .docx, .xlsx, .ods or .csv file\n",
        ),
        (
            "none.csv",
            "fremdrift: cannot import none.csv: found no activity table: no table has a header row",
        ),
        ("missing.docx", "fremdrift: missing.docx: no such file\n"),
    ] {
        let (code, out, err) = import(d, &[file, "--lang", "en"]);
        assert_eq!(code, 2, "{file}: {out}{err}");
        assert!(err.starts_with(message), "{file}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        let stem = file.rsplit_once('.').unwrap().0;
        assert!(
            !d.join(format!("{stem}.toml")).exists(),
            "{file} wrote a plan"
        );
    }
    // In the reader's language by default (bokmål here).
    let (_, _, err) = import(d, &["empty.docx"]);
    assert_eq!(
        err,
        "fremdrift: kan ikke importere empty.docx: fila er tom\n"
    );
}

#[test]
fn sheet_and_period_options() {
    let (dir, _) = fixture("naeringsvennlig.xlsx");
    let d = dir.path();
    let (code, _, err) = import(d, &["naeringsvennlig.xlsx", "--sheet", "Ark2"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fremdrift: kan ikke importere naeringsvennlig.xlsx: regnearket har ikke noe ark «Ark2»; arkene er: Fremdriftsplan\n"
    );
    let (code, out, _) = import(
        d,
        &[
            "naeringsvennlig.xlsx",
            "--sheet",
            "Fremdriftsplan",
            "--start",
            "2017-08-01",
            "--end",
            "30.06.2018",
        ],
    );
    assert_eq!(code, 1, "{out}");
    let text = fs::read_to_string(d.join("naeringsvennlig.toml")).unwrap();
    assert!(
        text.contains("# Planperioden er gitt med --start og --end.\nstart    = 2017-08-01\nend      = 2018-06-30\n"),
        "{text}"
    );
    assert!(!out.contains("utledet"), "{out}");
    let (code, _, err) = import(d, &["naeringsvennlig.xlsx", "--start", "2017-08-01"]);
    assert_eq!(code, 2, "{err}");
}

/// The fixtures as LibreOffice writes them (the Word document saved again as .docx, the Excel
/// sheet as .ods with real merged cells) give the same plan. Skips, saying so, where LibreOffice
/// is not installed.
#[test]
fn files_written_by_libreoffice_give_the_same_plan() {
    let Ok(soffice) = which_soffice() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    // The Word files carry their area numbers in Word's list numbering, which LibreOffice
    // writes in its own way.
    for (name, target, compared_with, want) in [
        (
            "naeringsvennlig.docx",
            "docx:MS Word 2007 XML",
            "naeringsvennlig.docx",
            1,
        ),
        ("harbour.docx", "docx:MS Word 2007 XML", "harbour.docx", 0),
        ("naeringsvennlig.xlsx", "ods", "naeringsvennlig.xlsx", 1),
    ] {
        let (dir, _) = fixture(name);
        let d = dir.path();
        let out = d.join("lo");
        let status = std::process::Command::new(&soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                d.join("profile").display()
            ))
            .args(["--headless", "--convert-to", target, "--outdir"])
            .arg(&out)
            .arg(d.join(name))
            .output()
            .unwrap();
        assert!(status.status.success(), "{status:?}");
        let converted = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|x| x != "toml"))
            .unwrap();
        let converted_name = converted.file_name().unwrap().to_str().unwrap().to_string();
        let (code, out_text, err) = import(&out, &[&converted_name, "-o", "plan.toml"]);
        assert_eq!(code, want, "{out_text}{err}");
        let ours = fs::read_to_string(out.join("plan.toml")).unwrap();
        // Beside the original's plan, only the file name in the header comment may differ.
        let (code, _, _) = import(d, &[compared_with, "-o", "original.toml"]);
        assert_eq!(code, want);
        let original = fs::read_to_string(d.join("original.toml"))
            .unwrap()
            .replace(compared_with, &converted_name);
        assert_eq!(ours, original, "{converted_name}");
    }
}

fn which_soffice() -> Result<std::path::PathBuf, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
        .ok_or(())
}

/// Activity tables that give no activity (rows without text in the activity column, or no rows
/// under the header) write the plan, say so, and exit 1 — never a silent 0. The control
/// characters in the rows are escaped in the plan's comments, so the plan is still TOML.
#[test]
fn an_import_without_activities_says_so_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("blank.csv"),
        "Aktivitet;Ansvarlig;Frist;Budsjett\n;Ola;30.11.2017;12\x01000\n;;;rest\x7f\n",
    )
    .unwrap();
    fs::write(d.join("header.csv"), "Aktivitet;Ansvarlig;Frist\n").unwrap();
    let (code, out, err) = import(d, &["blank.csv", "--lang", "en"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("blank.toml: 0 activities"), "{out}");
    assert_eq!(
        err,
        "fremdrift: No activity was imported: no row of the activity tables has text in its \
         activity column (the rows are kept in a comment at the end of the plan). The plan is \
         written without activities: see whether the document's activities stand in another \
         column, or add them to the plan yourself.\n"
    );
    let plan = fs::read_to_string(d.join("blank.toml")).unwrap();
    assert!(
        plan.contains("# - row 2: Ola | 30.11.2017 | 12\\u{1}000\n"),
        "{plan}"
    );
    plan.parse::<toml_edit::DocumentMut>().unwrap();

    let (code, _, err) = import(d, &["header.csv", "-o", "-"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.ends_with("fremdrift: Ingen aktiviteter ble importert: aktivitetstabellene har ingen rader under overskriftsraden. Planen er skrevet uten aktiviteter: se om dokumentets aktiviteter står i en annen kolonne, eller legg dem inn i planen selv.\n"),
        "{err}"
    );
}
