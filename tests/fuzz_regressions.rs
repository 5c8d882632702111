//! Inputs kept from fuzzing (`fuzz/`, see its README), run through the same checks as the fuzz
//! targets on every `cargo test`: files in `tests/fixtures/fuzz/load/` as plan files, files in
//! `tests/fixtures/fuzz/deadline/` as deadline texts. Crashing inputs go here as regressions;
//! the folders also keep a small seed corpus of inputs the fuzzer found interesting.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::path::Path;

use chrono::NaiveDate;

use common::day;

fn inputs(folder: &str) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn kept_plan_inputs_load_without_panic_and_positioned() {
    let all = inputs("tests/fixtures/fuzz/load");
    assert!(!all.is_empty());
    for (name, bytes) in all {
        let Ok(source) = fremdrift::file::decode(Path::new(&name), bytes) else {
            continue;
        };
        let parsed = fremdrift::file::parse_plan(&source.text);
        for d in &parsed.diagnostics {
            let span = d
                .span
                .clone()
                .unwrap_or_else(|| panic!("{name}: no position"));
            assert!(span.end <= source.text.len(), "{name}");
        }
        assert_eq!(parsed.plan.is_some(), !parsed.has_errors(), "{name}");
        let _ = fremdrift::diagnostics::render(
            &parsed.diagnostics,
            &name,
            &source.text,
            false,
            fremdrift::plan::Language::Nn,
        );
    }
}

#[test]
fn kept_deadline_inputs_resolve_without_panic() {
    let period = NaiveDate::from_ymd_opt(2017, 9, 1).zip(NaiveDate::from_ymd_opt(2018, 4, 30));
    let meetings = [day(2018, 1, 25), day(2018, 3, 1)];
    let ctx = fremdrift::plan::deadline::Context {
        period,
        meetings: Some(&meetings),
        meeting_series: Some("Formannskapet"),
    };
    let all = inputs("tests/fixtures/fuzz/deadline");
    assert!(!all.is_empty());
    for (name, bytes) in all {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok((_, r)) = fremdrift::plan::deadline::parse_and_resolve(&text, &ctx) {
            assert!(r.first <= r.day, "{name}");
        }
    }
}
