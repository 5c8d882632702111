//! The office formats: `export --format xlsx` read back with calamine (dates are date cells, one
//! row per activity, the overview's numbers are `list --format json`'s), `report --format docx`
//! unzipped and its text compared with the report's, both opened by LibreOffice where it is
//! installed, and neither ever written to a terminal.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use common::{PLAN, fremdrift, outcome};
use serde_json::Value;

const TODAY: &str = "2017-12-01";

/// Runs the binary and gives its stdout; the run must succeed.
fn run(args: &[&str]) -> String {
    let (code, out, err) = outcome(fremdrift().args(args).output().unwrap());
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// `export PLAN --format xlsx` with `extra` arguments, written to a temp file, as a workbook.
fn workbook(
    plan: &str,
    extra: &[&str],
) -> (tempfile::TempDir, Xlsx<std::io::BufReader<std::fs::File>>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.xlsx");
    let mut args = vec![
        "export",
        plan,
        "--format",
        "xlsx",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args);
    let book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    (dir, book)
}

fn sheet(book: &mut Xlsx<std::io::BufReader<std::fs::File>>, name: &str) -> Vec<Vec<Data>> {
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("no sheet {name:?} in {:?}: {e}", book.sheet_names()));
    range.rows().map(<[Data]>::to_vec).collect()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

fn as_date(d: &Data) -> NaiveDate {
    match d {
        Data::DateTime(dt) => dt.as_datetime().unwrap().date(),
        other => panic!("not a date cell: {other:?}"),
    }
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn json(plan: &str, today: &str) -> Value {
    serde_json::from_str(&run(&["list", plan, "--today", today, "--format", "json"])).unwrap()
}

/// The complete example of plans/README.md ("Harbour footpath"), an English plan that is not
/// ours, written into `dir`.
fn harbour(dir: &Path) -> PathBuf {
    let readme = std::fs::read_to_string("plans/README.md").unwrap();
    let start = readme.find("# Harbour footpath").unwrap();
    let end = start + readme[start..].find("\n```").unwrap();
    let path = dir.join("harbour.toml");
    std::fs::write(&path, &readme[start..=end]).unwrap();
    path
}

#[test]
fn the_activities_sheet_has_a_row_per_activity_with_real_dates() {
    let (_d, mut book) = workbook(PLAN, &["--today", TODAY]);
    assert_eq!(book.sheet_names(), ["Aktiviteter", "Oversikt", "Møter"]);
    let rows = sheet(&mut book, "Aktiviteter");
    let headers: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        headers,
        [
            "Område",
            "Delprosjekt",
            "ID",
            "Aktivitet",
            "Ansvarlig",
            "Frist (dato)",
            "Frist som skrevet",
            "Dager til frist",
            "Status",
            "Ferdig dato",
            "Varsel",
            "Merknad"
        ]
    );
    assert_eq!(rows.len() - 1, 14, "14 activities in the real plan");
    let json = json(PLAN, TODAY);
    let activities = json["activities"].as_array().unwrap();
    assert_eq!(activities.len(), 14);
    for (row, a) in rows[1..].iter().zip(activities) {
        assert_eq!(text(&row[2]), a["id"].as_str().unwrap());
        assert_eq!(text(&row[3]), a["title"].as_str().unwrap());
        assert_eq!(text(&row[4]), a["owner"].as_str().unwrap());
        assert_eq!(text(&row[6]), a["due"]["text"].as_str().unwrap());
        // The resolved deadline is a date cell, the same day `list` resolves.
        let due: NaiveDate = a["due"]["day"].as_str().unwrap().parse().unwrap();
        assert_eq!(as_date(&row[5]), due, "{}", a["id"]);
        assert_eq!(number(&row[7]), a["days_left"].as_f64().unwrap());
        // Overdue reads without colour: a sign and a word.
        let flag = text(&row[10]);
        assert_eq!(
            a["overdue"].as_bool().unwrap(),
            flag == "⚠ Over fristen",
            "{flag}"
        );
        assert_eq!(
            a["due_soon"].as_bool().unwrap(),
            flag == "◷ Frist snart",
            "{flag}"
        );
    }
    assert_eq!(text(&rows[1][0]), "2 Kompetanseheving");
    assert_eq!(text(&rows[1][1]), "Næringsvennlig kommune");
    assert_eq!(text(&rows[1][8]), "ikke startet");
    let overdue = rows[1..]
        .iter()
        .filter(|r| text(&r[10]).starts_with('⚠'))
        .count();
    assert_eq!(overdue, 4);
}

#[test]
fn a_done_date_is_a_date_cell_and_today_is_respected() {
    let dir = tempfile::tempdir().unwrap();
    let (_c, plan) = common::temp_copy(PLAN);
    run(&[
        "set",
        plan.to_str().unwrap(),
        "nvk-1",
        "--status",
        "ferdig",
        "--today",
        "2017-11-29",
    ]);
    let out = dir.path().join("x.xlsx");
    run(&[
        "export",
        plan.to_str().unwrap(),
        "--format",
        "xlsx",
        "--today",
        "2018-01-05",
        "-o",
        out.to_str().unwrap(),
    ]);
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let rows = sheet(&mut book, "Aktiviteter");
    let nvk1 = rows.iter().find(|r| text(&r[2]) == "nvk-1").unwrap();
    assert_eq!(as_date(&nvk1[9]), common::day(2017, 11, 29));
    assert_eq!(text(&nvk1[10]), "", "done is never overdue");
    assert_eq!(nvk1[7], Data::Empty, "no days left for a closed activity");
    // On 5 January 2018, "10. januar" is five days away: due soon.
    let nvk3 = rows.iter().find(|r| text(&r[2]) == "nvk-3").unwrap();
    assert_eq!(number(&nvk3[7]), 5.0);
    assert_eq!(text(&nvk3[10]), "◷ Frist snart");
}

#[test]
fn headers_speak_the_readers_language() {
    for (lang, sheets, first, owner, overdue) in [
        (
            "nb",
            ["Aktiviteter", "Oversikt", "Møter"],
            "Område",
            "Ansvarlig",
            "⚠ Over fristen",
        ),
        (
            "nn",
            ["Aktivitetar", "Oversikt", "Møte"],
            "Område",
            "Ansvarleg",
            "⚠ Over fristen",
        ),
        (
            "en",
            ["Activities", "Overview", "Meetings"],
            "Area",
            "Owner",
            "⚠ Overdue",
        ),
    ] {
        let (_d, mut book) = workbook(PLAN, &["--today", TODAY, "--lang", lang]);
        assert_eq!(book.sheet_names(), sheets, "{lang}");
        let rows = sheet(&mut book, sheets[0]);
        assert_eq!(text(&rows[0][0]), first, "{lang}");
        assert_eq!(text(&rows[0][4]), owner, "{lang}");
        assert!(rows.iter().any(|r| text(&r[10]) == overdue), "{lang}");
        let overview = sheet(&mut book, sheets[1]);
        let header = overview
            .iter()
            .find(|r| matches!(text(&r[0]).as_str(), "Nr." | "No."))
            .unwrap();
        let want = match lang {
            "nb" => ["Nr.", "Innsatsområde", "Status", "Ferdig"],
            "nn" => ["Nr.", "Innsatsområde", "Status", "Ferdige"],
            _ => ["No.", "Focus area", "Status", "Done"],
        };
        let got: Vec<String> = header[..4].iter().map(text).collect();
        assert_eq!(got, want, "{lang}");
    }
}

/// The overview sheet's rows by area number: (done, total, overdue, due soon).
fn overview_numbers(rows: &[Vec<Data>]) -> BTreeMap<String, [f64; 4]> {
    let top = rows
        .iter()
        .position(|r| text(&r[0]) == "Nr." || text(&r[0]) == "No.")
        .unwrap();
    rows[top + 1..]
        .iter()
        .filter(|r| !text(&r[0]).is_empty())
        .map(|r| {
            (
                text(&r[0]),
                [number(&r[3]), number(&r[4]), number(&r[6]), number(&r[7])],
            )
        })
        .collect()
}

/// The same numbers from `list --format json`.
fn json_numbers(json: &Value) -> BTreeMap<String, [f64; 4]> {
    let mut out = BTreeMap::new();
    for area in json["areas"].as_array().unwrap() {
        let n = area["number"].as_str().unwrap().to_string();
        let of_area = |flag: &str| {
            json["activities"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["area"] == area["number"] && a[flag] == true)
                .count() as f64
        };
        out.insert(
            n,
            [
                area["done"].as_f64().unwrap(),
                area["total"].as_f64().unwrap(),
                of_area("overdue"),
                of_area("due_soon"),
            ],
        );
    }
    out
}

#[test]
fn the_overview_numbers_are_those_of_list_json() {
    let (_d, mut book) = workbook(PLAN, &["--today", TODAY]);
    let rows = sheet(&mut book, "Oversikt");
    assert_eq!(
        text(&rows[0][0]),
        "Næringsvennlig kommune – forprosjekt fase 2"
    );
    assert_eq!(
        text(&rows[1][0]),
        "Sør-Varanger kommune · per 01.12.2017 · uke 48"
    );
    let ours = overview_numbers(&rows);
    assert_eq!(ours, json_numbers(&json(PLAN, TODAY)));
    assert_eq!(ours["2"], [0.0, 14.0, 4.0, 0.0]);
    let total = rows.iter().find(|r| text(&r[1]) == "Sum").unwrap();
    assert_eq!(number(&total[4]), 14.0);
    assert_eq!(number(&total[6]), 4.0);
}

#[test]
fn the_meetings_sheet_has_date_cells_and_marks_the_next() {
    let (_d, mut book) = workbook(PLAN, &["--today", TODAY]);
    let rows = sheet(&mut book, "Møter");
    assert_eq!(text(&rows[0][1]), "Dato");
    let json = json(PLAN, TODAY);
    let want: usize = json["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["dates"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows.len() - 1, want);
    let next: Vec<(String, NaiveDate)> = rows[1..]
        .iter()
        .filter(|r| text(&r[3]).contains("Neste møte"))
        .map(|r| (text(&r[0]), as_date(&r[1])))
        .collect();
    assert_eq!(
        next,
        [
            ("Formannskapet".to_string(), common::day(2018, 1, 25)),
            ("Styringsgruppa".to_string(), common::day(2017, 12, 13)),
        ]
    );
}

#[test]
fn a_plan_that_is_not_ours_exports_too() {
    let dir = tempfile::tempdir().unwrap();
    let plan = harbour(dir.path());
    let plan = plan.to_str().unwrap();
    let today = "2025-04-15";
    let (_d, mut book) = workbook(plan, &["--today", today]);
    // The plan says `language = "en"`.
    assert_eq!(book.sheet_names(), ["Activities", "Overview", "Meetings"]);
    let rows = sheet(&mut book, "Activities");
    let json = json(plan, today);
    let activities = json["activities"].as_array().unwrap();
    assert_eq!(rows.len() - 1, activities.len());
    // Area 2 has no workstreams: its activity's workstream cell is empty.
    let tender = rows
        .iter()
        .find(|r| text(&r[3]) == "Invite tenders")
        .unwrap();
    assert_eq!(text(&tender[0]), "2 Construction");
    assert_eq!(text(&tender[1]), "");
    assert_eq!(text(&tender[6]), "jun-jul 2025");
    assert_eq!(as_date(&tender[5]), common::day(2025, 7, 31));
    let mapped = rows
        .iter()
        .find(|r| text(&r[3]) == "Map the landowners")
        .unwrap();
    assert_eq!(as_date(&mapped[9]), common::day(2025, 3, 12));
    // "first meeting 2025" is 10 April: overdue on the 15th; week 16 (the 20th) is due soon.
    let present = rows
        .iter()
        .find(|r| text(&r[3]) == "Present the route")
        .unwrap();
    assert_eq!(text(&present[10]), "⚠ Overdue");
    let meet = rows.iter().find(|r| text(&r[2]) == "meet-owners").unwrap();
    assert_eq!(text(&meet[10]), "◷ Due soon");
    assert_eq!(
        overview_numbers(&sheet(&mut book, "Overview")),
        json_numbers(&json)
    );
    let meetings = sheet(&mut book, "Meetings");
    assert_eq!(meetings.len() - 1, 3);
    assert_eq!(as_date(&meetings[2][1]), common::day(2025, 6, 12));
    assert_eq!(text(&meetings[2][3]), "→ Next meeting");
}

// ---------------------------------------------------------------------------------------------
// Word
// ---------------------------------------------------------------------------------------------

fn unzip(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut out)
        .unwrap();
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of `word/document.xml`: a line per paragraph, headings marked `#` by level, a table
/// row as its cells joined by ` | `; empty paragraphs left out.
fn docx_text(xml: &str) -> String {
    let mut lines = Vec::new();
    let mut row: Option<Vec<String>> = None;
    let mut cell = String::new();
    let mut para = String::new();
    let mut level = 0;
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>') else { break };
        let tag = &rest[i + 1..i + j];
        rest = &rest[i + j + 1..];
        let name = tag.split([' ', '/']).next().unwrap_or("");
        match name {
            "w:tr" => row = Some(Vec::new()),
            "w:tc" => cell.clear(),
            "w:pStyle" => {
                if let Some(n) = tag.split("w:val=\"Heading").nth(1) {
                    level = n[..1].parse().unwrap();
                }
            }
            "w:t" if !tag.ends_with('/') => {
                let end = rest.find("</w:t>").unwrap();
                para.push_str(&unescape(&rest[..end]));
                rest = &rest[end..];
            }
            "" if tag == "/w:p" => {
                if row.is_some() {
                    cell.push_str(&para);
                } else if !para.is_empty() {
                    let mark = "#".repeat(level);
                    lines.push(if level > 0 {
                        format!("{mark} {para}")
                    } else {
                        para.clone()
                    });
                }
                para.clear();
                level = 0;
            }
            "" if tag == "/w:tc" => {
                if let Some(r) = row.as_mut() {
                    r.push(std::mem::take(&mut cell));
                }
            }
            "" if tag == "/w:tr" => {
                if let Some(r) = row.take() {
                    lines.push(r.join(" | "));
                }
            }
            _ => {}
        }
    }
    lines.join("\n")
}

fn report_docx(plan: &str, extra: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.docx");
    let mut args = vec![
        "report",
        plan,
        "--format",
        "docx",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args);
    std::fs::read(&out).unwrap()
}

/// The Markdown report's headings, as plain text.
fn md_headings(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.replace('\\', ""))
        .collect()
}

#[test]
fn the_word_report_says_what_the_markdown_report_says() {
    // A copy outside git: the changes section then reads the plan alone, the same everywhere.
    let (_d, plan) = common::temp_copy(PLAN);
    let plan = plan.to_str().unwrap();
    let bytes = report_docx(plan, &["--today", TODAY]);
    assert!(bytes.starts_with(b"PK"));
    let xml = unzip(&bytes, "word/document.xml");
    let text = docx_text(&xml);
    let md = run(&["report", plan, "--today", TODAY]);
    // The same headings in the same order, at the same levels.
    let ours: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(ours, md_headings(&md));
    // Every activity, with its owner, is in a table row.
    for a in common::real_plan().activities {
        assert!(
            text.lines()
                .any(|l| l.contains(&format!("{} | {} | {}", a.id, a.title, a.owner))),
            "{} missing:\n{text}",
            a.id
        );
    }
    assert!(text.contains("Sør-Varanger kommune · per 01.12.2017 · uke 48"));
    // The styles are Word's own headings and the language is bokmål.
    let styles = unzip(&bytes, "word/styles.xml");
    assert!(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"));
    assert!(styles.contains("<w:lang w:val=\"nb-NO\""));
    // Overdue rows are shaded; their status says so in words.
    assert!(xml.contains("w:fill=\"FDE2E1\""));
    assert!(text.contains("nvk-1 | Gjennomgå og justere tidligere opplegg | Prosjektleder | 30. november | 30.11.2017 | ikke startet, forfalt"));
    insta::assert_snapshot!("report_docx_text", text);
}

#[test]
fn the_word_report_of_a_plan_that_is_not_ours() {
    let dir = tempfile::tempdir().unwrap();
    let plan = harbour(dir.path());
    let plan = plan.to_str().unwrap();
    let bytes = report_docx(plan, &["--today", "2025-04-15"]);
    let text = docx_text(&unzip(&bytes, "word/document.xml"));
    let md = run(&["report", plan, "--today", "2025-04-15"]);
    let ours: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(ours, md_headings(&md));
    assert!(
        text.starts_with("# Status report: Harbour footpath, phase 1\n"),
        "{text}"
    );
    assert!(text.contains("Invite tenders | Procurement"), "{text}");
    assert!(unzip(&bytes, "word/styles.xml").contains("<w:lang w:val=\"en-GB\""));
    insta::assert_snapshot!("report_docx_harbour_text", text);
}

#[test]
fn a_folder_of_plans_makes_one_document_with_a_part_per_plan() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_plan(dir.path());
    harbour(dir.path());
    let bytes = report_docx(
        dir.path().to_str().unwrap(),
        &["--today", TODAY, "--lang", "nn"],
    );
    let xml = unzip(&bytes, "word/document.xml");
    let text = docx_text(&xml);
    let titles: Vec<&str> = text.lines().filter(|l| l.starts_with("# ")).collect();
    assert_eq!(
        titles,
        [
            "# Statusrapport: Harbour footpath, phase 1",
            "# Statusrapport: Næringsvennlig kommune – forprosjekt fase 2"
        ]
    );
    // The second plan starts on a new page; the first does not.
    assert_eq!(xml.matches("<w:pageBreakBefore/>").count(), 1);
    let core = unzip(&bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Statusrapport</dc:title>"),
        "{core}"
    );
}

// ---------------------------------------------------------------------------------------------
// Never to a terminal; to a pipe
// ---------------------------------------------------------------------------------------------

#[test]
fn binary_formats_are_not_written_to_a_terminal() {
    let (_d, plan) = common::temp_copy(PLAN);
    let plan = plan.to_str().unwrap();
    for (args, format) in [
        (
            vec!["export", plan, "--format", "xlsx", "--today", TODAY],
            "xlsx",
        ),
        (
            vec!["report", plan, "--format", "docx", "--today", TODAY],
            "docx",
        ),
        (vec!["report", plan, "--format", "docx", "-o", "-"], "docx"),
    ] {
        let mut s = common::pty::Session::start(&args);
        let status = s.wait_exit();
        assert_eq!(status.exit_code(), 2, "{args:?}");
        s.wait_for(&format!("-o FIL.{format}"));
        assert!(!s.contents().contains("PK"), "{}", s.contents());
    }
}

#[test]
fn a_pipe_gets_the_bytes() {
    for args in [
        &["export", PLAN, "--format", "xlsx", "--today", TODAY][..],
        &[
            "export", PLAN, "--format", "xlsx", "--today", TODAY, "-o", "-",
        ],
        &["report", PLAN, "--format", "docx", "--today", TODAY],
    ] {
        let out = fremdrift().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stdout.starts_with(b"PK\x03\x04"), "{args:?}");
    }
    // The same plan on the same day gives the same bytes.
    let once = fremdrift()
        .args(["export", PLAN, "--format", "xlsx", "--today", TODAY])
        .output()
        .unwrap();
    let twice = fremdrift()
        .args(["export", PLAN, "--format", "xlsx", "--today", TODAY])
        .output()
        .unwrap();
    assert_eq!(once.stdout, twice.stdout);
}

#[test]
fn the_plan_is_never_overwritten() {
    let (_d, plan) = common::temp_copy(PLAN);
    let before = std::fs::read(&plan).unwrap();
    let p = plan.to_str().unwrap();
    let (code, _, err) = outcome(
        fremdrift()
            .args(["export", p, "--format", "xlsx", "-o", p])
            .output()
            .unwrap(),
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

// ---------------------------------------------------------------------------------------------
// LibreOffice
// ---------------------------------------------------------------------------------------------

/// `soffice` on PATH, else `None` (the test then says so and passes).
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
}

/// Converts `file` with LibreOffice headless (its own profile in `dir`, so parallel runs and
/// the user's own LibreOffice are not disturbed) to `filter`; the converted files' folder.
fn convert(soffice: &Path, dir: &Path, file: &Path, filter: &str) {
    let profile = format!("file://{}", dir.join("profile").display());
    let status = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(dir)
        .arg(file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "soffice {filter} {}", file.display());
}

#[test]
fn libreoffice_opens_the_workbook_and_the_document() {
    let Some(soffice) = soffice() else {
        println!(
            "LibreOffice (soffice) is not on PATH: the round trip through it is not tested here"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("plan.xlsx");
    let docx = dir.path().join("report.docx");
    run(&[
        "export",
        PLAN,
        "--format",
        "xlsx",
        "--today",
        TODAY,
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    run(&[
        "report",
        PLAN,
        "--format",
        "docx",
        "--today",
        TODAY,
        "-o",
        docx.to_str().unwrap(),
    ]);

    // Every sheet as CSV in UTF-8, cells as shown (so dates in the sheet's date format).
    convert(
        &soffice,
        dir.path(),
        &xlsx,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
    );
    let activities = std::fs::read_to_string(dir.path().join("plan-Aktiviteter.csv")).unwrap();
    let lines: Vec<&str> = activities.lines().collect();
    assert_eq!(lines.len(), 15, "{activities}");
    assert!(lines[0].starts_with("Område,Delprosjekt,ID,Aktivitet,Ansvarlig,Frist (dato)"));
    assert!(
        lines[1].starts_with(
            "2 Kompetanseheving,Næringsvennlig kommune,nvk-1,Gjennomgå og justere tidligere opplegg,Prosjektleder,30.11.2017,30. november,-1,ikke startet,,⚠ Over fristen"
        ),
        "{}",
        lines[1]
    );
    let overview = std::fs::read_to_string(dir.path().join("plan-Oversikt.csv")).unwrap();
    assert!(
        overview.contains("\n2,Kompetanseheving,aktiv,0,14,0%,4,0\n"),
        "{overview}"
    );
    let meetings = std::fs::read_to_string(dir.path().join("plan-Møter.csv")).unwrap();
    assert!(
        meetings.contains("Styringsgruppa,13.12.2017,50,→ Neste møte"),
        "{meetings}"
    );

    // The document as plain text: LibreOffice writes a line per paragraph (a table cell's
    // paragraph included); they are the paragraphs of our document.xml.
    convert(&soffice, dir.path(), &docx, "txt:Text (encoded):UTF8");
    let txt = std::fs::read_to_string(dir.path().join("report.txt")).unwrap();
    let theirs: Vec<&str> = txt
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let xml = unzip(&std::fs::read(&docx).unwrap(), "word/document.xml");
    let ours: Vec<String> = xml
        .split("</w:p>")
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .map(|t| unescape(t.split("</w:t>").next().unwrap()))
                .collect::<String>()
        })
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(theirs, ours);
    assert_eq!(
        theirs[0],
        "Statusrapport: Næringsvennlig kommune – forprosjekt fase 2"
    );
}

#[test]
fn plan_text_stays_text_and_old_dates_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("hostile.toml");
    std::fs::write(
        &plan,
        r#"[plan]
title = "<b>Plan</b> & \"co\""
language = "en"
start = 1850-01-01
end = 2025-12-31

[[area]]
number = "1"
title = "A"

[[area.activity]]
id = "x-1"
title = "=HYPERLINK(\"http://x\",\"y\")"
owner = "@SUM(1+1)"
due = 1850-03-01
note = "bell\u0007 <w:t>&amp;"
"#,
    )
    .unwrap();
    let plan = plan.to_str().unwrap();
    let (_d, mut book) = workbook(plan, &["--today", "2025-01-01"]);
    let rows = sheet(&mut book, "Activities");
    // A formula-like title is a text cell, never a formula.
    assert_eq!(
        rows[1][3],
        Data::String("=HYPERLINK(\"http://x\",\"y\")".into())
    );
    assert_eq!(rows[1][4], Data::String("@SUM(1+1)".into()));
    // Excel has no dates before 1900: the day is written as text instead.
    assert_eq!(rows[1][5], Data::String("1850-03-01".into()));
    let bytes = report_docx(plan, &["--today", "2025-01-01"]);
    let text = docx_text(&unzip(&bytes, "word/document.xml"));
    assert!(
        text.starts_with("# Status report: <b>Plan</b> & \"co\"\n"),
        "{text}"
    );
    assert!(
        text.contains("x-1 | =HYPERLINK(\"http://x\",\"y\") | @SUM(1+1) | 1850-03-01"),
        "{text}"
    );
    assert!(text.contains("bell\\u{7} <w:t>&amp;"), "{text}");
}
