//! The parse cache (issue 16): a hit returns exactly what a parse returns, on generated plans and
//! on every fixture; the binary uses the folder it is given and never needs it; `--no-cache` and
//! `FREMDRIFT_NO_CACHE` bypass it; a folder of plans loads in the order of its files.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use fremdrift::file::cache::Cache;
use fremdrift::file::parse_plan;
use proptest::prelude::*;

use common::PLAN;

/// The binary with its cache in `cache` (and no colours).
fn fremdrift(cache: &Path) -> Command {
    let mut c = common::fremdrift();
    c.env("FREMDRIFT_CACHE_DIR", cache)
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

/// A miss parses and writes the entry; the hit after it reads the entry; both equal a parse,
/// spans included. A hit's spans stay encoded until read.
fn assert_cached_equals_parsed(cache: &Cache, text: &str) -> Result<(), TestCaseError> {
    let parsed = parse_plan(text);
    prop_assert_eq!(&cache.parse(text), &parsed, "miss");
    prop_assert!(cache.entry_path(text).is_file(), "the miss kept an entry");
    let hit = cache.parse(text);
    prop_assert!(
        !hit.spans.is_decoded(),
        "a hit decodes its spans only when they are read"
    );
    prop_assert_eq!(&hit, &parsed, "hit");
    prop_assert_eq!(hit.spans.into_inner(), parsed.spans.into_inner(), "spans");
    Ok(())
}

/// The files in `folder`, in name order.
fn files_in(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
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
        files.extend(files_in(folder));
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

/// A folder of plans, some broken, named so their order is not the order they were written in.
fn folder_of_plans(dir: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for i in [7u64, 3, 11, 0, 5, 9, 1, 10, 2, 8, 4, 6] {
        let path = dir.join(format!("plan-{i:02}.toml"));
        let mut text = fremdrift::synth::plan_text(&format!("Plan {i}"), 20 + 13 * i as usize, i);
        if i % 4 == 1 {
            text = text.replacen("uke", "ukke", 1);
        }
        if i == 10 {
            text.push_str("[plan\n");
        }
        fs::write(&path, text).unwrap();
        paths.push(path);
    }
    paths.sort();
    paths
}

#[test]
fn load_all_gives_each_plan_in_the_order_of_the_paths() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = folder_of_plans(dir.path());
    paths.push(dir.path().join("missing.toml"));
    paths.insert(3, dir.path().to_path_buf());
    let all = fremdrift::file::load_all(&paths);
    assert_eq!(all.len(), paths.len());
    for (path, result) in paths.iter().zip(&all) {
        match (fremdrift::file::load(path), result) {
            (Ok(one), Ok(each)) => {
                assert_eq!(one.source.path, each.source.path);
                assert_eq!(one.source.text, each.source.text);
                assert_eq!(one.parsed, each.parsed);
            }
            (Err(one), Err(each)) => assert_eq!(one.to_string(), each.to_string()),
            (one, each) => panic!("{}: {one:?} vs {each:?}", path.display()),
        }
    }
    assert!(fremdrift::file::load_all(&[]).is_empty());
}

#[test]
fn check_and_list_of_a_folder_print_the_plans_in_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    let paths = folder_of_plans(&plans);
    // The folder at once, against each file on its own, in order.
    let folder = fremdrift(&cache)
        .args(["check"])
        .arg(&plans)
        .output()
        .unwrap();
    let mut one_by_one = Vec::new();
    for path in &paths {
        let out = fremdrift(&cache).arg("check").arg(path).output().unwrap();
        one_by_one.extend(out.stdout);
    }
    assert_eq!(
        String::from_utf8_lossy(&folder.stdout),
        String::from_utf8_lossy(&one_by_one)
    );
    assert_eq!(folder.status.code(), Some(1));
    // The same output every time, cold or warm.
    for _ in 0..3 {
        let again = fremdrift(&cache)
            .args(["check"])
            .arg(&plans)
            .output()
            .unwrap();
        assert_eq!(again, folder);
    }
    let list = |extra: &[&str]| {
        fremdrift(&cache)
            .args(["list", "--today", "2018-05-15", "--format", "json"])
            .args(extra)
            .arg(&plans)
            .output()
            .unwrap()
    };
    let json = list(&[]);
    assert_eq!(list(&["--no-cache"]), json);
    let text = String::from_utf8(json.stdout).unwrap();
    let files: Vec<usize> = paths
        .iter()
        .map(|p| {
            // As JSON writes it (a Windows path's backslashes are escaped).
            let quoted = serde_json::to_string(&p.display().to_string()).unwrap();
            text.find(quoted.trim_matches('"'))
                .expect("each plan is listed")
        })
        .collect();
    assert!(files.is_sorted(), "plans in file order");
}

/// The field edits the kept-entry test makes: status, note (set and removed), deadline, owner,
/// title, members and a corrected deadline, with and without warnings (a meeting series is
/// plan-specific and left out).
fn edits_of(plan: &fremdrift::plan::Plan, index: usize) -> Vec<fremdrift::file::edit::Change> {
    use fremdrift::file::edit::Change;
    use fremdrift::plan::Status;
    let a = &plan.activities[index];
    vec![
        Change::Status(if a.status == Status::Done {
            Status::Doing
        } else {
            Status::Done
        }),
        Change::Note(Some("A note, «quoted» \"too\"".into())),
        Change::Due("2030-01-01".into()),
        Change::Owner("Prosjektelder".into()),
        Change::Title("Ny «tittel» \"her\"".into()),
        Change::Members(vec!["Kari".into(), "Ola Nordmann".into()]),
        Change::CorrectDue("2031-02-03".into()),
        Change::Note(None),
    ]
}

#[test]
fn a_save_keeps_exactly_the_entry_a_parse_of_the_saved_text_gives() {
    use fremdrift::file::edit::Edit;
    use fremdrift::file::save::{Outcome, PlanFile};
    let mut files = vec![PathBuf::from(PLAN)];
    files.extend(files_in("tests/fixtures/valid"));
    let mut sources: Vec<(String, fremdrift::file::Source)> = files
        .iter()
        .filter_map(|f| {
            Some((
                f.display().to_string(),
                fremdrift::file::read_source(f).ok()?,
            ))
        })
        .collect();
    for seed in 1..=8 {
        let text = fremdrift::synth::plan_text("Generert plan", 40, seed);
        sources.push((
            format!("synth {seed}"),
            fremdrift::file::Source::from_text("plan.toml", &text),
        ));
    }
    let today = common::day(2017, 11, 21);
    let (mut kept, mut saves) = (0, 0);
    for (file, source) in &sources {
        let Some(plan) = parse_plan(&source.text).plan else {
            continue;
        };
        let n = plan.activities.len();
        for index in (0..n).step_by((n / 3).max(1)) {
            let dir = tempfile::tempdir().unwrap();
            let cache = Cache::new(dir.path().join("cache"));
            let path = dir.path().join("plan.toml");
            fs::write(&path, source.file_bytes()).unwrap();
            // Opened as `set` opens it: from a cache hit, with its diagnostics and spans, and
            // the edits made one after another on the same file.
            fremdrift::file::load_with(&path, Some(&cache)).unwrap();
            let loaded = fremdrift::file::load_with(&path, Some(&cache)).unwrap();
            let mut open = PlanFile::new(&path, loaded.source, loaded.parsed.plan.unwrap())
                .with_diagnostics(loaded.parsed.diagnostics)
                .with_spans(loaded.parsed.spans);
            for change in edits_of(&plan, index) {
                let id = open.plan().activities[index].id.clone();
                let Ok(out) = open.apply(&Edit::new(id, change.clone()), today) else {
                    continue;
                };
                if out == Outcome::Unchanged {
                    continue;
                }
                saves += 1;
                let disk = fremdrift::file::read_source(&path).unwrap().text;
                if !open.keep_in(&cache) {
                    continue;
                }
                kept += 1;
                let name = format!("{file} #{index} {change:?}");
                assert!(cache.entry_path(&disk).is_file(), "{name}: kept");
                // A hit (the entry is there): exactly the parse, spans included.
                let hit = cache.parse(&disk);
                let parsed = parse_plan(&disk);
                assert_eq!(hit, parsed, "{name}");
                assert_eq!(hit.spans.into_inner(), parsed.spans.into_inner(), "{name}");
            }
        }
    }
    assert!(saves > 100, "only {saves} saves");
    assert!(
        kept * 10 >= saves * 9,
        "only {kept} of {saves} saves kept an entry"
    );
}

#[test]
fn set_keeps_the_entry_of_what_it_saved_so_the_next_run_is_a_hit() {
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("cache");
    let (_plan_dir, path) = common::temp_copy(PLAN);
    let plan = parse_plan(&fs::read_to_string(&path).unwrap())
        .plan
        .unwrap();
    let id = plan.activities[2].id.clone();
    let list = |extra: &[&str]| {
        let mut c = fremdrift(&cache_dir);
        c.args(extra)
            .args(["list", "--format", "json", "--today", "2018-03-01"])
            .arg(&path);
        c.output().unwrap()
    };
    list(&[]);
    assert_eq!(entries(&cache_dir).len(), 1);
    fremdrift(&cache_dir)
        .arg("set")
        .arg(&path)
        .args([id.as_str(), "--status", "done", "--today", "2018-03-01"])
        .assert()
        .code(0);
    let text = fremdrift::file::read_source(&path).unwrap().text;
    let cache = Cache::new(&cache_dir);
    assert!(
        cache.entry_path(&text).is_file(),
        "set kept the new text's entry"
    );
    assert_eq!(entries(&cache_dir).len(), 2);
    assert_eq!(cache.parse(&text), parse_plan(&text));
    assert_eq!(list(&[]), list(&["--no-cache"]));
    // With the cache off, `set` keeps nothing either.
    fremdrift(&cache_dir)
        .arg("--no-cache")
        .arg("set")
        .arg(&path)
        .args([id.as_str(), "--status", "doing", "--today", "2018-03-01"])
        .assert()
        .code(0);
    fremdrift(&cache_dir)
        .env("FREMDRIFT_NO_CACHE", "1")
        .arg("set")
        .arg(&path)
        .args([
            id.as_str(),
            "--status",
            "waiting",
            "--reason",
            "x",
            "--today",
            "2018-03-01",
        ])
        .assert()
        .code(0);
    assert_eq!(entries(&cache_dir).len(), 2);
}

#[test]
fn a_board_that_saved_keeps_the_entry_of_the_saved_text_when_it_closes() {
    use fremdrift::file::edit::{Change, Edit};
    use fremdrift::plan::Status;
    use fremdrift::tui::file_store::{BoardStore, Opening};
    use fremdrift::tui::store::{Drawn, Request, Store};
    // The process's cache (the test suite's folder under target/), as the board uses it.
    let cache = Cache::from_env().expect("the test suite has a cache folder");
    let (_dir, path) = common::temp_copy(PLAN);
    let loaded = fremdrift::file::load_with(&path, Some(&cache)).unwrap();
    let plan = loaded.parsed.plan.clone().unwrap();
    let id = plan.activities[4].id.clone();
    let mut source = loaded.source;
    let text = std::mem::take(&mut source.text);
    let mut store = BoardStore::new(Opening {
        path: path.clone(),
        source,
        spans: loaded.parsed.spans,
        lang: fremdrift::plan::Language::Nb,
        started: "2018-03-01T10:00:00+01:00".into(),
    });
    store.begin(Some(Drawn {
        plan,
        text,
        diagnostics: loaded.parsed.diagnostics,
    }));
    let today = common::day(2018, 3, 1);
    for change in [
        Change::Status(Status::Done),
        Change::Note(Some("Ferdig før fristen".into())),
    ] {
        let report = store.handle(Request::Apply(Edit::new(id.as_str(), change)), today);
        assert!(report.result.is_ok());
    }
    let disk = fremdrift::file::read_source(&path).unwrap().text;
    // The suite's cache outlives a run: an earlier run of this test kept the same text.
    let _ = fs::remove_file(cache.entry_path(&disk));
    drop(store);
    assert!(cache.entry_path(&disk).is_file());
    let hit = cache.parse(&disk);
    let parsed = parse_plan(&disk);
    assert_eq!(hit, parsed);
    assert_eq!(hit.spans.into_inner(), parsed.spans.into_inner());
}
