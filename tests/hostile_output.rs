//! Runs the real binary on hostile input meant for someone else's program: CSV cells a
//! spreadsheet would run as formulas, a plan title that would add events to a calendar, and file
//! names holding escape sequences that would retitle or clear the terminal they are named on.
//! Each test prints its figures (`cargo test --test hostile_output -- --nocapture`).

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::io::BufReader;
use std::path::{Path, PathBuf};

use icalendar::Component;

use common::fremdrift;

/// The cells OWASP's CSV-injection page warns of, as titles, owners, notes and ids.
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://x\",\"y\")",
    "+cmd|'/C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "-2+3",
    "\r=1",
];

/// A TOML basic string holding `s` exactly.
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A plan with every formula as a title, as an owner and as a note, the first ones as ids and
/// area and workstream fields, and one plain activity that must come out unchanged.
fn formula_plan() -> String {
    let mut plan = format!(
        "[plan]\ntitle = {}\nlanguage = \"nb\"\nstart = 2025-01-01\nend = 2025-12-31\n\n\
         [[area]]\nnumber = {}\ntitle = {}\n",
        toml_str(FORMULAS[0]),
        toml_str(FORMULAS[2]),
        toml_str(FORMULAS[1]),
    );
    for (i, f) in FORMULAS.iter().enumerate() {
        let id = if i == 4 {
            f.to_string()
        } else {
            format!("a{i}")
        };
        plan.push_str(&format!(
            "\n[[area.activity]]\nid = {}\ntitle = {}\nowner = {}\ndue = \"uke 10 2025\"\nnote = {}\n",
            toml_str(&id),
            toml_str(f),
            toml_str(FORMULAS[(i + 1) % FORMULAS.len()]),
            toml_str(FORMULAS[(i + 2) % FORMULAS.len()]),
        ));
    }
    plan.push_str(
        "\n[[area.activity]]\nid = \"plain\"\ntitle = \"Vanlig tittel\"\nowner = \"Kari\"\ndue = \"uke 11 2025\"\n",
    );
    plan
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn read_csv(bytes: &[u8], delimiter: u8) -> Vec<csv::StringRecord> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("parses as CSV"))
        .collect()
}

fn starts_like_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Runs one CSV-writing command line and checks both ways of writing it: by default no cell
/// starts like a formula and every neutralised cell is the plan's text behind one `'`; with
/// `--raw` every cell is the plan's text. Returns (cells neutralised, hostile cells under --raw).
fn check_csv(args: &[&str], delimiter: u8) -> (usize, usize) {
    let safe = fremdrift().args(args).assert().code(0).get_output().clone();
    let raw = fremdrift()
        .args(args)
        .arg("--raw")
        .assert()
        .code(0)
        .get_output()
        .clone();
    let safe = read_csv(&safe.stdout, delimiter);
    let raw = read_csv(&raw.stdout, delimiter);
    assert_eq!(safe.len(), raw.len(), "the same rows either way");
    assert_eq!(safe.len(), FORMULAS.len() + 1, "one row per activity");
    let (mut neutralised, mut hostile) = (0, 0);
    for (s, r) in safe.iter().zip(&raw) {
        assert_eq!(s.len(), r.len());
        for (s, r) in s.iter().zip(r) {
            assert!(!starts_like_a_formula(s), "{args:?}: a formula cell {s:?}");
            if starts_like_a_formula(r) {
                hostile += 1;
                assert_eq!(s, format!("'{r}"), "{args:?}: neutralised by one quote");
                neutralised += 1;
            } else {
                assert_eq!(s, r, "{args:?}: a plain cell is left alone");
            }
        }
    }
    let plain = safe.last().unwrap();
    assert_eq!(&plain[0], "plain");
    assert_eq!(&plain[3], "Vanlig tittel");
    (neutralised, hostile)
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_neutralised_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "formler.toml", &formula_plan());
    let plan = plan.to_str().unwrap();
    let today = ["--today", "2025-03-01"];
    let runs: [(&[&str], u8); 4] = [
        (&["list", plan, "--format", "csv"], b','),
        (&["list", plan, "--format", "csv", "--delimiter", ";"], b';'),
        (&["export", plan, "--format", "csv"], b','),
        (
            &[
                "export",
                plan,
                "--format",
                "csv",
                "--bom",
                "--delimiter",
                ";",
            ],
            b';',
        ),
    ];
    let mut total = 0;
    for (args, delimiter) in runs {
        let args: Vec<&str> = args.iter().chain(&today).copied().collect();
        let (neutralised, hostile) = check_csv(&args, delimiter);
        // Titles, owners and notes of six activities, one id, and the area number of all seven.
        assert_eq!(
            hostile,
            3 * FORMULAS.len() + 1 + (FORMULAS.len() + 1),
            "{args:?}"
        );
        eprintln!(
            "{} {}: {neutralised} of {hostile} hostile cells neutralised",
            args[0],
            args[2..].join(" ")
        );
        total += neutralised;
    }
    // A folder listing adds the plan's name as a column; a name like a formula is one too.
    let folder = tempfile::tempdir().unwrap();
    write(folder.path(), "=1+1.toml", &formula_plan());
    let out = fremdrift()
        .args(["list", folder.path().to_str().unwrap(), "--format", "csv"])
        .args(today)
        .assert()
        .code(0)
        .get_output()
        .clone();
    let rows = read_csv(&out.stdout, b',');
    assert!(rows.iter().all(|r| &r[0] == "'=1+1"), "{rows:?}");
    assert!(rows.iter().flatten().all(|c| !starts_like_a_formula(c)));
    eprintln!(
        "CSV: {total} hostile cells neutralised in 4 runs, 0 left; a folder's plan column too"
    );
    let help = fremdrift()
        .args(["export", "--lang", "en", "--help"])
        .assert()
        .code(0);
    let help = String::from_utf8_lossy(&help.get_output().stdout).into_owned();
    assert!(
        help.contains("--raw") && help.contains("spreadsheet would run as a formula"),
        "{help}"
    );
}

/// A title that closes the calendar and opens another, adds an event with bare line feeds and
/// one with CRLF, and holds every character TEXT escapes; fields of an activity likewise.
const ICS_PLAN: &str = r#"
[plan]
title    = "Plan\nEND:VCALENDAR\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:evil@x\nDTSTAMP:20250101T000000Z\nDTSTART;VALUE=DATE:20250101\nSUMMARY:Injected\nEND:VEVENT\nX-A:b;c,d\\e\r\nBEGIN:VEVENT\r\nSUMMARY:CR injected\r\nEND:VEVENT"
language = "nb"
start    = 2025-01-01
end      = 2025-12-31

[[area]]
number = "1\nBEGIN:VEVENT"
title  = "Område\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:area injected"

[[area.activity]]
id    = "a\nBEGIN:VEVENT"
title = "Tittel\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:title injected"
owner = "Kari\nEND:VEVENT\nBEGIN:VEVENT"
due   = "15. mars 2025"
note  = "x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:note injected"

[[area.activity]]
id    = "a2"
title = "Vanlig"
owner = "Ola"
due   = "uke 10 2025"
"#;

#[test]
fn a_hostile_plan_title_stays_one_calendar_name_and_adds_no_events() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "kalender.toml", ICS_PLAN);
    let title = fremdrift::file::parse_plan(ICS_PLAN).plan.unwrap().title;
    let out = fremdrift()
        .args(["export", plan.to_str().unwrap(), "--format", "ics"])
        .args(["--today", "2025-03-01"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    let ics = String::from_utf8(out.stdout).unwrap();
    let body = ics.strip_suffix("\r\n").expect("ends with CRLF");
    for line in body.split("\r\n") {
        assert!(!line.contains(['\n', '\r']), "bare line break in {line:?}");
    }
    let lines = body.split("\r\n");
    let begins = lines.clone().filter(|l| l.starts_with("BEGIN:")).count();
    assert_eq!(begins, 3, "one calendar, two events:\n{ics}");

    // The `ical` crate: structure.
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    assert_eq!(cal.events.len(), 2, "exactly the plan's events");
    let names: Vec<&str> = cal
        .properties
        .iter()
        .filter(|p| p.name == "NAME" || p.name == "X-WR-CALNAME")
        .filter_map(|p| p.value.as_deref())
        .collect();
    assert_eq!(names.len(), 2, "NAME and X-WR-CALNAME, once each");
    for e in &cal.events {
        let uids = e.properties.iter().filter(|p| p.name == "UID").count();
        let summaries = e.properties.iter().filter(|p| p.name == "SUMMARY").count();
        assert_eq!((uids, summaries), (1, 1), "{e:?}");
    }

    // The `icalendar` crate's parser: the text round trips, as one value each.
    let parsed: icalendar::Calendar = ics.parse().expect("icalendar parses the export");
    let want = title.replace("\r\n", "\n");
    assert_eq!(
        parsed.get_name(),
        Some(want.as_str()),
        "the title round-trips"
    );
    assert_eq!(parsed.property_value("X-WR-CALNAME"), Some(want.as_str()));
    let events: Vec<&icalendar::Event> = parsed.events().collect();
    let summaries: Vec<&str> = events.iter().filter_map(|e| e.get_summary()).collect();
    // Each activity's summary names its owner and the plan: the hostile title comes back
    // inside one value, never as events of its own.
    assert_eq!(
        summaries,
        [
            format!(
                "Tittel\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:title injected — Kari\nEND:VEVENT\nBEGIN:VEVENT · {want}"
            ),
            format!("Vanlig — Ola · {want}")
        ]
    );
    eprintln!(
        "ICS: {} events parsed by ical, {} by icalendar, for 2 activities; \
         the {}-character title read back as one NAME",
        cal.events.len(),
        events.len(),
        want.chars().count()
    );
}

/// File names that would drive a terminal: an OSC title change ending in BEL, a screen clear,
/// a bell, a C1 CSI and a right-to-left override.
const HOSTILE_NAMES: [&str; 5] = [
    "a\u{1b}]0;pwned\u{7}",
    "b\u{1b}[2J",
    "c\u{7}bell",
    "d\u{9b}2J",
    "e\u{202e}lmth",
];

fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(
            !text.contains(bad),
            "{what}: {bad:?} reached the terminal: {text:?}"
        );
    }
}

const VALID: &str = "[plan]\ntitle = \"P\"\nlanguage = \"nb\"\nstart = 2025-01-01\nend = 2025-12-31\n\n\
                     [[area]]\nnumber = \"1\"\ntitle = \"O\"\n\n\
                     [[area.activity]]\nid = \"a1\"\ntitle = \"T\"\nowner = \"Kari\"\ndue = \"uke 10 2025\"\n";
const BROKEN: &str = "[plan]\ntitle = \"P\"\nlanguage = \"nb\"\nstart = 2025-01-01\nend = 2025-12-31\n\n\
                      [[area]]\nnumber = \"1\"\ntitle = \"O\"\n\n\
                      [[area.activity]]\nid = \"a1\"\ntitle = \"T\"\nowner = \"Kari\"\ndue = \"uke 10 2025\"\nstatus = \"kanskje\"\n";

#[test]
fn escape_sequences_in_file_names_never_reach_the_terminal() {
    let root = tempfile::tempdir().unwrap();
    // A folder of valid plans with hostile names, a folder with a broken one too, an empty
    // folder with a hostile name, and a missing file with one.
    let good = root.path().join("good\u{1b}[2J");
    let mixed = root.path().join("mixed\u{1b}]0;pwned\u{7}");
    let empty = root.path().join("empty\u{9b}2J\u{202e}");
    for d in [&good, &mixed, &empty] {
        std::fs::create_dir(d).unwrap();
    }
    let mut plans = Vec::new();
    for name in HOSTILE_NAMES {
        plans.push(write(&good, &format!("{name}.toml"), VALID));
        write(&mixed, &format!("{name}.toml"), VALID);
    }
    let broken = write(&mixed, "f\u{1b}]0;broken\u{7}.toml", BROKEN);
    let missing = root
        .path()
        .join("nope\u{1b}]0;pwned\u{7}\u{9b}\u{202e}.toml");
    let out_missing_dir = root.path().join("no\u{1b}[2Jdir").join("r.md");

    let s = |p: &Path| p.to_str().unwrap().to_string();
    let mut runs: Vec<(Vec<String>, i32)> = vec![
        (vec!["list".into(), s(&missing)], 2),
        (vec!["list".into(), s(&broken)], 1),
        (vec!["list".into(), s(&good)], 0),
        (vec!["list".into(), s(&mixed)], 1),
        (vec!["list".into(), s(&empty)], 2),
        (vec!["check".into(), s(&good)], 0),
        (vec!["check".into(), s(&mixed)], 1),
        (vec!["check".into(), s(&missing)], 2),
        (vec!["check".into(), s(&empty)], 2),
        (vec!["check".into(), s(&broken), s(&missing)], 2),
        (vec!["report".into(), s(&good)], 0),
        (vec!["report".into(), s(&mixed)], 1),
        (vec!["report".into(), s(&missing)], 2),
        (
            vec!["report".into(), s(&good), "-o".into(), s(&out_missing_dir)],
            2,
        ),
        (
            vec![
                "export".into(),
                s(&missing),
                "--format".into(),
                "ics".into(),
            ],
            2,
        ),
        (
            vec!["export".into(), s(&broken), "--format".into(), "csv".into()],
            1,
        ),
        (vec!["present".into(), s(&broken)], 1),
        (vec!["present".into(), s(&plans[0])], 2),
        (vec!["open".into(), s(&missing)], 2),
        (vec![s(&mixed)], 2),
        // A second plan argument: clap quotes it in its usage error.
        (vec!["list".into(), s(&plans[0]), s(&plans[1])], 2),
    ];
    for p in &plans {
        runs.push((vec!["list".into(), s(p)], 0));
        runs.push((vec!["check".into(), s(p)], 0));
        runs.push((
            vec!["export".into(), s(p), "--format".into(), "ics".into()],
            0,
        ));
        runs.push((
            vec!["report".into(), s(p), "--format".into(), "html".into()],
            0,
        ));
    }
    let mut escaped = 0;
    for (args, code) in &runs {
        let mut cmd = fremdrift();
        cmd.args(args);
        if args[0] != "check" {
            cmd.args(["--today", "2025-03-01"]);
        }
        let out = cmd.assert().get_output().clone();
        let what = format!("{args:?}");
        assert_eq!(out.status.code(), Some(*code), "{what}: {out:?}");
        assert_terminal_safe(&format!("{what} stdout"), &out.stdout);
        assert_terminal_safe(&format!("{what} stderr"), &out.stderr);
        let both = [out.stdout, out.stderr].concat();
        escaped += String::from_utf8_lossy(&both).matches("\\u{").count();
    }
    // The names are still recognisable: the escapes stand where the characters were.
    let err = fremdrift()
        .args(["check", &s(&missing)])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(err.stderr).unwrap();
    assert!(
        err.contains("nope\\u{1b}]0;pwned\\u{7}\\u{9b}\\u{202e}.toml: fila finnes ikke"),
        "{err}"
    );
    let check = fremdrift()
        .args(["check", "--lang", "en", &s(&mixed)])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(check.stdout).unwrap();
    assert!(
        stdout.contains("\\u{1b}]0;broken\\u{7}.toml: 1 error, 0 warnings"),
        "{stdout}"
    );
    assert!(stdout.contains("--> "), "{stdout}");
    assert!(
        stdout.contains("a\\u{1b}]0;pwned\\u{7}.toml: ok"),
        "{stdout}"
    );
    eprintln!(
        "hostile file names: {} command lines run, 0 raw ESC/BEL/C1/RLO bytes in their output, \
         {escaped} characters shown as \\u{{..}} escapes",
        runs.len()
    );
}
