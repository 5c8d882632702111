//! The corpus of broken plans in `tests/fixtures/invalid/`: each must give exactly these
//! problems (severity, line, message), never a panic; plans that cannot be read at all give one
//! clear line and exit 2. Also the limits: huge files, huge values, absurd nesting.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::Path;

use fremdrift::diagnostics::Severity;
use fremdrift::file;

use common::fremdrift;

type Expected = &'static [(&'static str, usize, &'static str)];

const CORPUS: &[(&str, Expected)] = &[
    (
        "area-not-array",
        &[("error", 7, "`area` must be an array of tables")],
    ),
    (
        "bad-area-status",
        &[("error", 10, "unknown area status \"paused\"")],
    ),
    (
        "bad-status",
        &[("error", 15, "unknown status \"finished\"")],
    ),
    (
        "bom-with-error",
        &[(
            "error",
            14,
            "invalid deadline \"31. november\": november has 30 days",
        )],
    ),
    (
        "crlf-with-error",
        &[(
            "error",
            14,
            "invalid deadline \"31. november\": november has 30 days",
        )],
    ),
    (
        "date-29-feb-non-leap",
        &[(
            "error",
            14,
            "invalid deadline \"29. februar 2018\": 2018 is not a leap year, februar has 28 days",
        )],
    ),
    (
        "date-31-april",
        &[(
            "error",
            14,
            "invalid deadline \"31. april\": april has 30 days",
        )],
    ),
    (
        "date-day-zero",
        &[(
            "error",
            14,
            "invalid deadline \"0. desember\": there is no day 0",
        )],
    ),
    (
        "date-month-13",
        &[(
            "error",
            14,
            "invalid deadline \"30.13.2017\": there is no month 13",
        )],
    ),
    (
        "deadline-outside-period-no-year",
        &[(
            "error",
            14,
            "deadline \"30. juni\" does not fall inside the plan period 01.09.2017–30.04.2018",
        )],
    ),
    (
        "deadline-unrecognised",
        &[(
            "error",
            14,
            "invalid deadline \"snart\": not a date, week, month, month range or meeting",
        )],
    ),
    (
        "duplicate-area-number",
        &[
            ("error", 17, "duplicate area number \"1\""),
            ("error", 20, "duplicate activity id \"1.1\""),
        ],
    ),
    (
        "duplicate-explicit-id",
        &[("error", 20, "duplicate activity id \"a\"")],
    ),
    ("empty-title", &[("error", 12, "`title` cannot be empty")]),
    ("empty", &[("error", 1, "the plan file is empty")]),
    (
        "id-collides-with-path-id",
        &[("error", 19, "duplicate activity id \"1.1\"")],
    ),
    (
        "invalid-utf8",
        &[(
            "io",
            0,
            "tests/fixtures/invalid/invalid-utf8.toml:12:12: the file is not valid UTF-8 here; save it as UTF-8",
        )],
    ),
    (
        "meeting-ambiguous-series",
        &[(
            "error",
            22,
            "deadline \"1. møte 2018\" names a meeting, but the plan has several meeting series",
        )],
    ),
    (
        "meeting-beyond-series",
        &[(
            "error",
            18,
            "deadline \"3. møte 2018\" names meeting 3, but the Formannskapet series has only 2 meetings in 2018",
        )],
    ),
    (
        "meeting-missing-dates",
        &[("error", 7, "missing required key `dates` in [[meeting]]")],
    ),
    (
        "meeting-no-series",
        &[(
            "error",
            14,
            "deadline \"1. møte 2018\" names a meeting, but the plan has no meeting series",
        )],
    ),
    (
        "meeting-unknown-series",
        &[("error", 19, "unknown meeting series \"Bystyret\"")],
    ),
    (
        "missing-due",
        &[("error", 11, "missing required key `due` in activity 1.1")],
    ),
    (
        "missing-owner",
        &[("error", 11, "missing required key `owner` in activity 1.1")],
    ),
    (
        "missing-plan-table",
        &[
            ("error", 1, "missing the [plan] table"),
            (
                "error",
                8,
                "deadline \"30. november\" has no year and the plan has no period",
            ),
        ],
    ),
    (
        "missing-plan-title",
        &[("error", 1, "missing required key `title` in [plan]")],
    ),
    ("only-comment", &[("error", 1, "the plan file is empty")]),
    (
        "plan-ends-before-start",
        &[(
            "error",
            5,
            "the plan ends (30.04.2017) before it starts (01.09.2017)",
        )],
    ),
    (
        "plan-not-a-table",
        &[(
            "error",
            1,
            "expected a table ([plan]) for `plan`, found a string \"Broken plan\"",
        )],
    ),
    (
        "range-reversed",
        &[(
            "error",
            14,
            "invalid deadline \"mar-jan 2018\": the month range runs backwards",
        )],
    ),
    (
        "syntax-bad-escape",
        &[("error", 12, "invalid TOML: `\\p` is not an escape sequence")],
    ),
    (
        "syntax-bare-word",
        &[("error", 13, "invalid TOML: string values must be quoted")],
    ),
    (
        "syntax-duplicate-key",
        &[("error", 15, "invalid TOML: duplicate key")],
    ),
    (
        "syntax-duplicate-table",
        &[("error", 7, "invalid TOML: duplicate key")],
    ),
    (
        "syntax-literal-string-unclosed",
        &[("error", 12, "invalid TOML: unterminated string")],
    ),
    (
        "syntax-missing-equals",
        &[("error", 13, "invalid TOML: missing `=` after the key")],
    ),
    (
        "syntax-missing-value",
        &[("error", 13, "invalid TOML: the key has no value")],
    ),
    (
        "syntax-mixed-array",
        &[("error", 9, "invalid date \"mars\" for `dates`")],
    ),
    (
        "syntax-unclosed-multiline-string",
        &[("error", 13, "invalid TOML: unterminated multi-line string")],
    ),
    (
        "syntax-unclosed-plan-header",
        &[(
            "error",
            1,
            "invalid TOML: the table header is not closed with `]`",
        )],
    ),
    (
        "syntax-unclosed-string",
        &[("error", 12, "invalid TOML: unterminated string")],
    ),
    (
        "syntax-unclosed-string-in-array",
        &[("error", 15, "invalid TOML: unterminated string")],
    ),
    (
        "syntax-unclosed-table",
        &[(
            "error",
            7,
            "invalid TOML: the table header is not closed with `]]`",
        )],
    ),
    (
        "type-area-number-integer",
        &[(
            "error",
            8,
            "expected a string for `number`, found an integer (1)",
        )],
    ),
    (
        "type-done-on-string",
        &[("error", 16, "invalid date \"i går\" for `done_on`")],
    ),
    (
        "type-due-boolean",
        &[(
            "error",
            14,
            "expected a deadline text or a date for `due`, found a boolean (true)",
        )],
    ),
    (
        "type-due-datetime",
        &[(
            "error",
            14,
            "the deadline `2017-11-30T10:00:00` has a time or no date",
        )],
    ),
    (
        "type-due-soon-days-negative",
        &[(
            "error",
            6,
            "due_soon_days must be between 0 and 3650, found -3",
        )],
    ),
    ("type-language", &[("error", 3, "unknown language \"de\"")]),
    (
        "type-members-string",
        &[(
            "error",
            15,
            "expected an array of strings for `members`, found a string \"Ola, Kari\"",
        )],
    ),
    (
        "type-owner-array",
        &[("error", 13, "expected a string for `owner`, found an array")],
    ),
    (
        "type-start-string",
        &[("error", 4, "invalid date \"september\" for `start`")],
    ),
    (
        "type-status-integer",
        &[(
            "error",
            15,
            "expected a string for `status`, found an integer (1)",
        )],
    ),
    (
        "type-title-integer",
        &[(
            "error",
            12,
            "expected a string for `title`, found an integer (42)",
        )],
    ),
    (
        "unknown-activity-key",
        &[("error", 15, "unknown key `deadline` in an activity")],
    ),
    (
        "unknown-area-key",
        &[("error", 10, "unknown key `statuss` in [[area]]")],
    ),
    (
        "unknown-plan-key",
        &[("error", 3, "unknown key `langauge` in [plan]")],
    ),
    (
        "unknown-root-key",
        &[("error", 1, "unknown key `areas` in the top level")],
    ),
    (
        "utf16",
        &[(
            "io",
            0,
            "tests/fixtures/invalid/utf16.toml: the file is UTF-16; save it as UTF-8 (plain text) instead",
        )],
    ),
    (
        "week-53-in-52-week-year",
        &[(
            "error",
            14,
            "invalid deadline \"uke 53 2017\": 2017 has 52 ISO weeks",
        )],
    ),
    (
        "week-zero",
        &[(
            "error",
            14,
            "invalid deadline \"uke 0 2018\": there is no week 0",
        )],
    ),
    (
        "workstream-missing-title",
        &[
            (
                "error",
                11,
                "missing required key `title` in [[area.workstream]]",
            ),
            ("warning", 11, "workstream \"\" has no activities"),
        ],
    ),
    (
        "workstream-without-activities",
        &[("warning", 11, "workstream \"Empty\" has no activities")],
    ),
    ("zero-bytes", &[("error", 1, "the plan file is empty")]),
];

/// (severity, line, message) of every problem `check` finds, or ("io", 0, message) when the
/// file cannot be read.
fn problems(path: &Path) -> Vec<(String, usize, String)> {
    match file::load(path) {
        Err(e) => vec![("io".into(), 0, e.to_string())],
        Ok(loaded) => loaded
            .parsed
            .diagnostics
            .iter()
            .map(|d| {
                let sev = match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                let line = d.line_col(&loaded.source.text).map_or(0, |(l, _)| l);
                (sev.to_string(), line, d.message.english())
            })
            .collect(),
    }
}

#[test]
fn every_broken_plan_gives_exactly_its_expected_problems() {
    let dir = Path::new("tests/fixtures/invalid");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every fixture has expectations and vice versa"
    );
    assert!(CORPUS.len() >= 40);
    let mut failures = Vec::new();
    for (name, expected) in CORPUS {
        // Written with `/` as the expectations are, on Windows too (where `join` puts `\`).
        let got = problems(Path::new(&format!("tests/fixtures/invalid/{name}.toml")));
        let want: Vec<(String, usize, String)> = expected
            .iter()
            .map(|(s, l, m)| (s.to_string(), *l, m.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A broken lexeme is named for what it is, where it starts, even when the parser only notices
/// it a line later (an unterminated string inside an array used to be "unclosed array" on the
/// next line, with the help "close the string or table").
#[test]
fn lexer_errors_name_the_real_mistake_where_it_starts() {
    let cases: &[(&str, (usize, usize), &str, &str)] = &[
        (
            "[plan]\ntitle = [\"P\nstart = 2017-09-01\n",
            (2, 10),
            "invalid TOML: unterminated string",
            "end the string with \" on the same line",
        ),
        (
            "[plan]\nmembers = [\"Ola\", \"Kari]\n",
            (2, 19),
            "invalid TOML: unterminated string",
            "end the string with \" on the same line",
        ),
        (
            "[plan]\ntitle = \"C:\\\"\nend = 2018-04-30\n",
            (2, 9),
            "invalid TOML: unterminated string",
            "\\\" inside a string is a quote character",
        ),
        (
            "[plan]\ntitle = \"Plan\nstart = 2017-09-01\n",
            (2, 9),
            "invalid TOML: unterminated string",
            "end the string with \" on the same line",
        ),
        (
            "[plan]\ntitle = 'Plan\n",
            (2, 9),
            "invalid TOML: unterminated string",
            "end the string with ' on the same line",
        ),
        (
            "[plan]\ntitle = \"P\"\nnote = \"\"\"one\ntwo\n",
            (3, 8),
            "invalid TOML: unterminated multi-line string",
            "end the text with \"\"\"",
        ),
        (
            "[plan]\ntitle = \"a\\qb\"\n",
            (2, 11),
            "invalid TOML: `\\q` is not an escape sequence",
            "use '…' for text with backslashes",
        ),
        (
            "[plan\ntitle = \"P\"\n",
            (1, 6),
            "invalid TOML: the table header is not closed with `]`",
            "end the header with ]",
        ),
        (
            "[plan]\ntitle \"P\"\n",
            (2, 7),
            "invalid TOML: missing `=` after the key",
            "write key = value",
        ),
    ];
    for (text, (line, col), message, help) in cases {
        let parsed = file::parse_plan(text);
        assert_eq!(parsed.diagnostics.len(), 1, "{text:?}");
        let d = &parsed.diagnostics[0];
        assert_eq!(d.line_col(text), Some((*line, *col)), "{text:?}");
        assert_eq!(d.message.english(), *message, "{text:?}");
        let h = d.help.as_ref().map(|h| h.english()).unwrap_or_default();
        assert!(h.contains(help), "{text:?}: {h}");
        assert!(!h.contains("close the string or table"), "{h}");
    }
}

#[test]
fn the_binary_exits_1_on_plan_errors_and_2_on_unreadable_files() {
    for (name, expected) in CORPUS {
        let path = format!("tests/fixtures/invalid/{name}.toml");
        let out = fremdrift().args(["check", &path]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        let want = if expected.iter().any(|e| e.0 == "io") {
            2
        } else if expected.iter().any(|e| e.0 == "error") {
            1
        } else {
            0
        };
        assert_eq!(out.status.code(), Some(want), "{name}: {stderr}");
    }
}

#[test]
fn a_directory_as_the_plan_path_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = file::load(dir.path()).unwrap_err().to_string();
    assert!(
        err.ends_with("is a directory, not a plan file (give a .toml file)"),
        "{err}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.toml");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(file::MAX_PLAN_BYTES + 1).unwrap();
    let err = file::load(&p).unwrap_err().to_string();
    assert!(
        err.contains("plans larger than 16 MiB are refused"),
        "{err}"
    );
}

#[test]
fn megabyte_values_and_absurd_nesting_give_short_clear_errors() {
    let head = "[plan]\ntitle = \"P\"\nstart = 2017-09-01\nend = 2018-04-30\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n[[area.activity]]\n";
    let big = "x".repeat(1 << 20);
    let cases = [
        (
            format!("{head}title = \"{big}\"\nowner = \"O\"\ndue = \"1. mars\"\n"),
            "`title` is too long (1048576 bytes",
        ),
        (
            format!("{head}title = \"t\"\nowner = \"O\"\ndue = \"{big}\"\n"),
            "is too long (1048576 characters)",
        ),
        (
            format!(
                "[plan]\ntitle = \"P\"\nx = {}{}\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            "invalid TOML",
        ),
        (
            format!(
                "[plan]\ntitle = \"P\"\n[{}]\n",
                vec!["a"; 100_000].join(".")
            ),
            "invalid TOML",
        ),
    ];
    for (text, want) in cases {
        let parsed = file::parse_plan(&text);
        assert!(parsed.plan.is_none());
        let d = &parsed.diagnostics[0];
        assert!(d.message.english().contains(want), "{:?}", d.message);
        let rendered = fremdrift::diagnostics::render(
            &parsed.diagnostics,
            "p.toml",
            &text,
            false,
            fremdrift::plan::Language::En,
        );
        assert!(rendered.len() < 4_000, "rendered {} bytes", rendered.len());
    }
}
