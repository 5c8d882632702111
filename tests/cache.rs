//! The parse cache (issue 16): a hit returns exactly what a parse returns, on generated plans and
//! on every fixture; the binary uses the folder it is given and never needs it; `--no-cache` and
//! `FREMDRIFT_NO_CACHE` bypass it.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use fremdrift::file::cache::Cache;
use fremdrift::file::parse_plan;
use proptest::prelude::*;

const PLAN: &str = "plans/naeringsvennlig-kommune.toml";

/// The binary with its cache in `cache` (and no colours).
fn fremdrift(cache: &Path) -> Command {
    let mut c = Command::cargo_bin("fremdrift").unwrap();
    c.env("NO_COLOR", "1")
        .env("FREMDRIFT_CACHE_DIR", cache)
        .env_remove("FREMDRIFT_NO_CACHE");
    c
}

/// The entry files in a cache folder.
fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(cache.join("parsed"))
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "bin"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// A miss parses and writes the entry; the hit after it reads the entry; both equal a parse.
fn assert_cached_equals_parsed(cache: &Cache, text: &str) -> Result<(), TestCaseError> {
    let parsed = parse_plan(text);
    prop_assert_eq!(&cache.parse(text), &parsed, "miss");
    prop_assert!(cache.entry_path(text).is_file(), "the miss kept an entry");
    prop_assert_eq!(&cache.parse(text), &parsed, "hit");
    Ok(())
}

#[test]
fn the_test_suite_never_uses_the_real_cache() {
    // `.cargo/config.toml` points every process cargo runs at a folder under target/.
    let dir = std::env::var_os("FREMDRIFT_CACHE_DIR").expect("FREMDRIFT_CACHE_DIR is set");
    assert!(
        Path::new(&dir).ends_with("target/fremdrift-cache"),
        "{dir:?}"
    );
}

#[test]
fn every_fixture_is_cached_as_it_parses() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let mut files = vec![
        PathBuf::from(PLAN),
        PathBuf::from("tests/fixtures/seed-uncorrected.toml"),
    ];
    for folder in ["tests/fixtures/valid", "tests/fixtures/invalid"] {
        let mut in_folder: Vec<PathBuf> = fs::read_dir(folder)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        in_folder.sort();
        files.extend(in_folder);
    }
    let mut texts = std::collections::HashSet::new();
    for file in &files {
        // Files the reader refuses (not UTF-8, UTF-16) never reach the parser or the cache.
        let Ok(source) = fremdrift::file::read_source(file) else {
            continue;
        };
        assert_cached_equals_parsed(&cache, &source.text)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        texts.insert(source.text);
    }
    assert!(texts.len() > 50, "only {} fixtures", texts.len());
    assert_eq!(entries(dir.path()).len(), texts.len(), "one entry per text");
}

/// A generated plan, sometimes broken at one place so it has errors and warnings.
fn generated() -> impl Strategy<Value = String> {
    (
        0usize..120,
        any::<u64>(),
        0usize..4,
        any::<prop::sample::Index>(),
    )
        .prop_map(|(n, seed, damage, at)| {
            let text = fremdrift::synth::plan_text("Generert plan", n, seed);
            let lines: Vec<&str> = text.lines().collect();
            let i = at.index(lines.len());
            let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            match damage {
                // An unknown deadline, a bad status, a line gone.
                1 if lines[i].starts_with("due") => lines[i] = "due = \"snart\"".into(),
                1 | 2 if lines[i].starts_with("status") => lines[i] = "status = \"x\"".into(),
                3 => {
                    lines.remove(i);
                }
                _ => {}
            }
            lines.join("\n")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_cache_hit_returns_exactly_what_a_parse_returns(text in generated()) {
        let dir = tempfile::tempdir().unwrap();
        assert_cached_equals_parsed(&Cache::new(dir.path()), &text)?;
    }
}

#[test]
fn the_binary_keeps_entries_in_its_cache_folder_and_a_hit_gives_the_same_output() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cold = fremdrift(&cache)
        .args(["list", "--format", "json", "--today", "2018-03-01", PLAN])
        .output()
        .unwrap();
    assert!(cold.status.success());
    assert!(cold.stderr.is_empty());
    assert_eq!(entries(&cache).len(), 1);
    let warm = fremdrift(&cache)
        .args(["list", "--format", "json", "--today", "2018-03-01", PLAN])
        .output()
        .unwrap();
    assert_eq!(warm, cold);
    let uncached = fremdrift(&cache)
        .args([
            "--no-cache",
            "list",
            "--format",
            "json",
            "--today",
            "2018-03-01",
            PLAN,
        ])
        .output()
        .unwrap();
    assert_eq!(uncached, cold);
}

#[test]
fn a_damaged_entry_is_ignored_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let first = fremdrift(&cache).args(["check", PLAN]).output().unwrap();
    let [entry] = &entries(&cache)[..] else {
        panic!("one entry expected");
    };
    let good = fs::read(entry).unwrap();
    let mut damaged = good.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 0x04;
    for bad in [damaged, good[..good.len() - 9].to_vec(), Vec::new()] {
        fs::write(entry, &bad).unwrap();
        let again = fremdrift(&cache).args(["check", PLAN]).output().unwrap();
        assert_eq!(again, first);
        assert_eq!(fs::read(entry).unwrap(), good, "written anew");
    }
}

#[test]
fn no_cache_and_the_environment_variable_bypass_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    // The flag is global: before or after the command.
    fremdrift(&cache)
        .args(["--no-cache", "check", PLAN])
        .assert()
        .code(0);
    fremdrift(&cache)
        .args(["check", PLAN, "--no-cache"])
        .assert()
        .code(0);
    fremdrift(&cache)
        .args(["report", "--no-cache", "--today", "2018-03-01", PLAN])
        .assert()
        .code(0);
    fremdrift(&cache)
        .env("FREMDRIFT_NO_CACHE", "1")
        .args(["check", PLAN])
        .assert()
        .code(0);
    assert!(!cache.exists(), "nothing was written");
    fremdrift(&cache)
        .env("FREMDRIFT_NO_CACHE", "0")
        .args(["check", PLAN])
        .assert()
        .code(0);
    assert_eq!(entries(&cache).len(), 1);
}

#[test]
fn no_cache_is_taken_out_of_the_arguments_before_a_double_dash_only() {
    let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
    let (rest, found) =
        fremdrift::cli::take_no_cache(args(&["fremdrift", "--no-cache", "check", "p"]));
    assert_eq!((rest, found), (args(&["fremdrift", "check", "p"]), true));
    let (rest, found) =
        fremdrift::cli::take_no_cache(args(&["fremdrift", "check", "--", "--no-cache"]));
    assert_eq!(
        (rest, found),
        (args(&["fremdrift", "check", "--", "--no-cache"]), false)
    );
    let (rest, found) = fremdrift::cli::take_no_cache(args(&["--no-cache", "p"]));
    assert_eq!((rest, found), (args(&["--no-cache", "p"]), false));
}

#[test]
fn an_unusable_cache_folder_only_means_parsing_without_a_word() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    let expected = fremdrift(dir.path())
        .args(["--no-cache", "check", PLAN])
        .output()
        .unwrap();
    for cache in [file.clone(), file.join("below-a-file")] {
        let out = fremdrift(&cache).args(["check", PLAN]).output().unwrap();
        assert_eq!(out, expected);
    }
    assert_eq!(fs::read(&file).unwrap(), b"x");
}
