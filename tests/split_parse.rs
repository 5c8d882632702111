//! Reading a plan's TOML in two halves on two threads (`file::split`, issue 16) gives exactly
//! what one parse gives: the same tree with the same spans when the cut is taken, and the same
//! `Parsed` (model, spans, diagnostics, error positions) at every `[[area]]` line of every
//! fixture, of the plans in plans/ and of generated plans, also broken ones.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;
use std::path::PathBuf;

use fremdrift::file::load::parse_plan_cut;
use fremdrift::file::split::{area_lines, parse_split, split_point};
use proptest::prelude::*;
use toml::de::DeTable;

/// At every cut: the same `Parsed` as one parse, and, when the cut is taken, the same tree
/// (its `Debug` form shows every key, value and span, in order). Returns how many cuts were
/// taken.
fn assert_every_cut_agrees(text: &str) -> Result<usize, TestCaseError> {
    let whole = parse_plan_cut(text, None);
    let (tree, errors) = DeTable::parse_recoverable(text);
    let tree = format!("{tree:?}");
    let mut taken = 0;
    for at in area_lines(text) {
        prop_assert_eq!(&parse_plan_cut(text, Some(at)), &whole, "cut at {}", at);
        let mut padded = String::new();
        if let Some(split) = parse_split(text, at, &mut padded) {
            prop_assert!(
                errors.is_empty(),
                "cut at {} taken, but the text has errors",
                at
            );
            prop_assert_eq!(&format!("{split:?}"), &tree, "cut at {}", at);
            taken += 1;
        }
    }
    Ok(taken)
}

fn fixtures() -> Vec<PathBuf> {
    let mut files = vec![PathBuf::from("tests/fixtures/seed-uncorrected.toml")];
    for folder in ["plans", "tests/fixtures/valid", "tests/fixtures/invalid"] {
        let mut in_folder: Vec<PathBuf> = fs::read_dir(folder)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        in_folder.sort();
        files.extend(in_folder);
    }
    files
}

#[test]
fn every_fixture_reads_the_same_at_every_cut() {
    let mut taken = 0;
    let mut files = 0;
    for file in fixtures() {
        // Files the reader refuses (not UTF-8, UTF-16) never reach the parser.
        let Ok(source) = fremdrift::file::read_source(&file) else {
            continue;
        };
        taken += assert_every_cut_agrees(&source.text)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        files += 1;
    }
    assert!(files > 50, "only {files} fixtures");
    assert!(taken > 10, "only {taken} cuts taken");
}

#[test]
fn a_large_plan_is_cut_near_its_middle_and_reads_the_same() {
    let text = fremdrift::synth::plan_text("Stor plan", 3000, 7);
    let at = split_point(&text, 0).unwrap();
    assert!(at >= text.len() / 2 && at < text.len() / 2 + 20_000, "{at}");
    assert!(text[at..].starts_with("[[area]]\n"));
    let mut padded = String::new();
    assert!(parse_split(&text, at, &mut padded).is_some());
    assert_eq!(parse_plan_cut(&text, Some(at)), parse_plan_cut(&text, None));
    assert_eq!(
        fremdrift::file::parse_plan(&text),
        parse_plan_cut(&text, None)
    );
    // Small texts are read whole.
    assert_eq!(split_point(&text, text.len() + 1), None);
}

#[test]
fn a_cut_that_is_not_an_area_line_is_never_taken() {
    let text = fremdrift::synth::plan_text("Plan", 200, 3);
    let lines = area_lines(&text);
    assert!(lines.len() > 2);
    let mut padded = String::new();
    for at in [0, 1, lines[1] - 1, lines[1] + 1, text.len()] {
        assert!(parse_split(&text, at, &mut padded).is_none(), "{at}");
        assert_eq!(parse_plan_cut(&text, Some(at)), parse_plan_cut(&text, None));
    }
}

#[test]
fn cuts_where_the_halves_mean_something_else_together_are_refused() {
    let area = "[[area]]\nnumber = \"2\"\ntitle = \"To\"\n";
    let head = "[plan]\ntitle = \"P\"\nstart = 2018-01-01\nend = 2018-12-31\n";
    let cases = [
        // `area` made otherwise than by `[[area]]` before the cut: one parse says so.
        format!("area = [{{ number = \"1\", title = \"En\" }}]\n{head}{area}"),
        format!("area.number = \"1\"\n{head}{area}"),
        format!("{head}[area]\nnumber = \"1\"\n{area}"),
        format!("{head}[[area.activity]]\ntitle = \"Løs\"\n{area}"),
        // Root tables after the cut.
        format!("{head}{area}[plan]\ntitle = \"Igjen\"\n"),
        format!("{head}{area}[[area]]\n[plan.x]\n"),
        format!("{head}{area}[[meeting]]\nname = \"M\"\n"),
        format!("{head}{area}x = 1\n[area]\n"),
        // The cut inside a string or an array.
        format!("{head}{area}note = \"\"\"\n{area}\"\"\"\n{area}"),
        format!("{head}{area}members = [\n{area}]\n"),
        format!("{head}{area}members = [\"a\",\n{area}"),
    ];
    for text in &cases {
        let lines = area_lines(text);
        assert!(!lines.is_empty(), "{text}");
        let (_, errors) = DeTable::parse_recoverable(text);
        for at in lines {
            let mut padded = String::new();
            let taken = parse_split(text, at, &mut padded).is_some();
            assert!(!taken || errors.is_empty(), "taken at {at} in\n{text}");
        }
        assert_every_cut_agrees(text).unwrap_or_else(|e| panic!("{text}\n{e}"));
    }
    // And where they mean the same: taken.
    let text = format!("{head}{area}{area}[area.extra]\nx = 1\n");
    let text = text.replacen("\"2\"", "\"1\"", 1);
    assert_eq!(assert_every_cut_agrees(&text).unwrap(), 2);
    let text = format!("{head}{area}");
    assert_eq!(assert_every_cut_agrees(&text).unwrap(), 1);
}

/// Lines that make a cut wrong if taken where they are: `[[area]]` inside strings and arrays,
/// root keys after the areas, `area` made otherwise than by `[[area]]`, tables that repeat.
const TRICKY: &[&str] = &[
    "note = \"\"\"\n[[area]]\ntitle = \"x\"\n\"\"\"",
    "note = '''\n[[area]]\n'''",
    "members = [\n\"a\",\n]",
    "members = [\n[[area]]\n]",
    "[plan]\ntitle = \"to ganger\"",
    "[plan.extra]\nx = 1",
    "[[meeting]]\nname = \"Sent\"\ndates = [2018-03-01]",
    "area = [{ number = \"9\", title = \"Inline\" }]",
    "area.number = \"9\"",
    "[area]\ntitle = \"tabell\"",
    "[area.extra]\nx = 1",
    "[[area.activity]]\ntitle = \"Løs\"\nowner = \"Kari\"\ndue = \"uke 5\"",
    "[[area]]",
    "[[area]]\nnumber = \"1\"\ntitle = \"Dobbel\"",
    "[[area]] # kommentar",
    "[[ area ]]",
    "x = \"ikke lukket",
    "[[area]]\r",
    "unknown = 1",
    "# [[area]]",
];

/// A generated plan with tricky lines put in at random places, or some lines removed.
fn generated() -> impl Strategy<Value = String> {
    (
        0usize..80,
        any::<u64>(),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                any::<prop::sample::Index>(),
                0usize..3,
            ),
            0..4,
        ),
    )
        .prop_map(|(n, seed, changes)| {
            let text = fremdrift::synth::plan_text("Generert plan", n, seed);
            let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
            for (at, what, how) in changes {
                // Half of them among the root's first lines, where `area` may be made.
                let i = match at.index(4) {
                    0 | 1 => at.index(3),
                    _ => at.index(lines.len().max(1)),
                }
                .min(lines.len());
                match how {
                    0 if i < lines.len() => {
                        lines.remove(i);
                    }
                    _ => lines.insert(i, what.get(TRICKY).to_string()),
                }
            }
            lines.join("\n") + "\n"
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_cut_reads_exactly_as_one_parse(text in generated()) {
        assert_every_cut_agrees(&text)?;
    }
}

#[test]
fn a_middle_inside_a_letter_still_finds_the_next_area_line() {
    // Pad with two-byte letters until the middle falls inside one.
    let mut text = fremdrift::synth::plan_text("Plan", 300, 5);
    while text.is_char_boundary(text.len() / 2) {
        text = format!("# ø\n{text}");
    }
    let at = split_point(&text, 0).unwrap();
    assert!(text[at..].starts_with("[[area]]\n"));
    let mut padded = String::new();
    assert!(parse_split(&text, at, &mut padded).is_some());
    assert_eq!(parse_plan_cut(&text, Some(at)), parse_plan_cut(&text, None));
}
