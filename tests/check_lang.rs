//! `fremdrift check` in the reader's language, through the real binary: the uncorrected
//! transcription of the source document in bokmål, nynorsk and English (snapshots), the same
//! problems at the same places in all three, no English word of ours in the Norwegian ones, and
//! the plan's own language chosen even when the plan is broken.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use common::{fremdrift, outcome};

const UNCORRECTED: &str = "tests/fixtures/seed-uncorrected.toml";

/// `check` on `path` with `args`, without any locale in the environment: (exit code, stdout).
fn check(path: &str, args: &[&str]) -> (i32, String) {
    let (code, out, err) = outcome(
        fremdrift()
            .arg("check")
            .args(args)
            .arg(path)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .unwrap(),
    );
    assert!(err.is_empty(), "{err}");
    (code, out)
}

#[test]
fn the_uncorrected_plan_in_bokmal_nynorsk_and_english() {
    for lang in ["nb", "nn", "en"] {
        let (code, out) = check(UNCORRECTED, &["--lang", lang]);
        assert_eq!(code, 1, "{out}");
        insta::assert_snapshot!(format!("seed_uncorrected_{lang}"), out);
    }
}

/// Every `--> file:line:col` of the output, in order.
fn positions(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .map(str::to_string)
        .collect()
}

/// The level word of every headline (`feil: …`), in order.
fn levels(out: &str) -> Vec<String> {
    out.lines()
        .filter(|l| !l.starts_with(' ') && l.contains(": ") && !l.starts_with(UNCORRECTED))
        .map(|l| l.split(": ").next().unwrap().to_string())
        .collect()
}

#[test]
fn the_same_problems_at_the_same_places_in_every_language() {
    let (_, en) = check(UNCORRECTED, &["--lang", "en"]);
    let (_, nb) = check(UNCORRECTED, &["--lang", "nb"]);
    let (_, nn) = check(UNCORRECTED, &["--lang", "nn"]);
    assert_eq!(positions(&en).len(), 5, "{en}");
    assert_eq!(positions(&en), positions(&nb));
    assert_eq!(positions(&en), positions(&nn));
    let words = |out: &str, error: &str, warning: &str| -> Vec<String> {
        levels(out)
            .into_iter()
            .map(|l| {
                if l == error {
                    "E".to_string()
                } else if l == warning {
                    "W".to_string()
                } else {
                    panic!("unexpected level {l:?} in\n{out}")
                }
            })
            .collect()
    };
    let en_levels = words(&en, "error", "warning");
    assert_eq!(en_levels, ["W", "W", "W", "E", "W"]);
    assert_eq!(words(&nb, "feil", "advarsel"), en_levels);
    assert_eq!(words(&nn, "feil", "åtvaring"), en_levels);
    // The same carets under the same source lines.
    let carets = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.contains('^') || l.contains(" | "))
            .map(|l| l.split('^').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(carets(&en), carets(&nb));
    assert_eq!(carets(&en), carets(&nn));
}

/// Words of ours that must not appear in a Norwegian `check`.
const ENGLISH: &[&str] = &[
    "error",
    "errors",
    "warning",
    "warnings",
    "help",
    "note",
    "expected",
    "deadline",
    "owner",
    "invalid",
    "unknown",
    "missing",
    "looks",
    "misspelling",
    "before",
    "starts",
    "days",
    "last",
    "the",
    "is",
    "has",
    "of",
    "activities",
];

/// The words of `out` that are ours to translate: without the path, the quoted source lines
/// (`12 | …`), the plan's quoted values ("…") and the TOML written as it must be (`owner = `).
fn our_words(out: &str) -> Vec<String> {
    let mut words = Vec::new();
    for line in out.lines() {
        let line = line.replace(UNCORRECTED, "");
        let trimmed = line.trim_start();
        let is_source = trimmed
            .split_once('|')
            .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if is_source {
            continue;
        }
        let mut quoted = false;
        let mut kept = String::new();
        for c in trimmed.chars() {
            if c == '"' {
                quoted = !quoted;
            } else if !quoted {
                kept.push(c);
            }
        }
        let kept = kept.replace("owner = ", "");
        words.extend(
            kept.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase),
        );
    }
    words
}

#[test]
fn no_english_word_of_ours_in_bokmal_or_nynorsk() {
    let (_, en) = check(UNCORRECTED, &["--lang", "en"]);
    // The filter sees English where there is English.
    let found: Vec<String> = our_words(&en)
        .into_iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(found.len() > 20, "{found:?}");
    for lang in ["nb", "nn"] {
        let (_, out) = check(UNCORRECTED, &["--lang", lang]);
        let english: Vec<String> = our_words(&out)
            .into_iter()
            .filter(|w| ENGLISH.contains(&w.as_str()))
            .collect();
        assert!(english.is_empty(), "{lang}: {english:?} in\n{out}");
    }
}

#[test]
fn a_broken_nynorsk_plan_is_checked_in_nynorsk() {
    let dir = tempfile::tempdir().unwrap();
    // A deadline that does not exist: the plan has errors, so no Plan, but its language.
    let text = std::fs::read_to_string(UNCORRECTED)
        .unwrap()
        .replace("language      = \"nb\"", "language      = \"nn\"");
    assert!(text.contains("language      = \"nn\""));
    let p = dir.path().join("nn.toml");
    std::fs::write(&p, &text).unwrap();
    let (code, out) = check(p.to_str().unwrap(), &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains("feil: ugyldig frist \"31. november\": november har 30 dagar"),
        "{out}"
    );
    assert!(out.contains("1 feil, 4 åtvaringar"), "{out}");
    // Broken TOML too: the language is read from what could be parsed.
    let p = dir.path().join("toml.toml");
    std::fs::write(
        &p,
        "[plan]\nlanguage = \"nn\"\ntitle = \"Plan\nstart = 2017-09-01\n",
    )
    .unwrap();
    let (code, out) = check(p.to_str().unwrap(), &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains("feil: ugyldig TOML: teksten er ikkje avslutta"),
        "{out}"
    );
    assert!(out.contains(":3:9"), "{out}");
    // --lang wins over the plan's language.
    let (_, out) = check(p.to_str().unwrap(), &["--lang", "en"]);
    assert!(
        out.contains("error: invalid TOML: unterminated string"),
        "{out}"
    );
}

#[test]
fn the_summary_counts_in_the_readers_language_with_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("one.toml");
    std::fs::write(
        &p,
        "[plan]\ntitle = \"P\"\nlanguage = \"nn\"\nstart = 2017-09-01\nend = 2018-04-30\n\
         [[area]]\nnumber = \"1\"\ntitle = \"A\"\n[[area.activity]]\ntitle = \"x\"\nowner = \"O\"\ndue = \"veke 50\"\n",
    )
    .unwrap();
    let path = p.to_str().unwrap();
    assert!(
        check(path, &[])
            .1
            .ends_with(": ok (1 aktivitet i 1 innsatsområde)\n")
    );
    assert!(
        check(path, &["--lang", "nb"])
            .1
            .ends_with(": ok (1 aktivitet i 1 innsatsområde)\n")
    );
    assert!(
        check(path, &["--lang", "en"])
            .1
            .ends_with(": ok (1 activity in 1 area)\n")
    );
    let (_, nb) = check(UNCORRECTED, &["--lang", "nb"]);
    assert!(nb.ends_with(": 1 feil, 4 advarsler\n"), "{nb}");
}

#[test]
fn check_accepts_today_and_its_problems_do_not_depend_on_it() {
    let (code, a) = check(UNCORRECTED, &["--lang", "en", "--today", "2017-12-01"]);
    assert_eq!(code, 1);
    let (_, b) = check(UNCORRECTED, &["--lang", "en", "--today", "2030-01-01"]);
    assert_eq!(a, b);
}
