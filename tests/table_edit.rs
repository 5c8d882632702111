//! Edits that touch only their table (issue 16, design 2): a status, note, deadline or owner
//! edit made and proved through the activity's own table gives exactly the bytes, plan, splice
//! and spans the whole-file way gives, on every fixture; it is taken for ordinary tables and
//! not for odd ones; and `set` on a cached plan parses nothing whole.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::fs;

use chrono::NaiveDate;
use fremdrift::file::edit::{self, Applied, Change, Edit, Patch, edit_paths};
use fremdrift::file::save::{Outcome, PlanFile};
use fremdrift::file::{parse_plan, whole_parses};
use fremdrift::plan::{Plan, Status};

use common::day;

fn today() -> NaiveDate {
    day(2017, 11, 21)
}

/// The field edits compared: each field kind, setting and clearing.
fn changes(plan: &Plan) -> Vec<Change> {
    let due = plan
        .start
        .zip(plan.end)
        .map(|(s, _)| s.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "2017-12-01".into());
    vec![
        Change::Status(Status::Done),
        Change::Status(Status::Doing),
        Change::Status(Status::Waiting),
        Change::Status(Status::Todo),
        Change::Note(Some("A new note, «quoted» \"too\"".into())),
        Change::Note(Some("two\nlines".into())),
        Change::Note(None),
        Change::Due(due),
        // After the plan's end, if it has one: a warning.
        Change::Due("2030-01-01".into()),
        Change::Owner("Kari Nordmann".into()),
        // Looks like a misspelling of a more frequent owner: a warning (with a fix).
        Change::Owner("Prosjektelder".into()),
    ]
}

/// How each edit of each activity went: (table-only results, whole-file only).
fn compare(name: &str, text: &str) -> (usize, usize) {
    let parsed = parse_plan(text);
    let plan = parsed
        .plan
        .clone()
        .unwrap_or_else(|| panic!("{name}: {:?}", parsed.diagnostics));
    let (mut fast, mut slow) = (0, 0);
    for index in 0..plan.activities.len() {
        for change in changes(&plan) {
            let a = &plan.activities[index];
            let patch = Patch::for_change(a, &change.normalized(&plan), today());
            let whole = edit::apply_patch(text, &plan, index, &patch);
            let table = edit::apply_patch_in_table(
                text,
                &plan,
                &parsed.spans,
                index,
                &patch,
                Some(&parsed.diagnostics),
            );
            let Some(applied) = table else {
                slow += 1;
                continue;
            };
            fast += 1;
            let whole: Applied = whole.unwrap_or_else(|e| {
                panic!("{name} {index} {change:?}: only the table way took it: {e}")
            });
            assert_eq!(applied.text, whole.text, "{name} {index} {change:?}");
            assert_eq!(applied.splice, whole.splice, "{name} {index} {change:?}");
            assert_eq!(applied.plan, whole.plan, "{name} {index} {change:?}");
            assert_eq!(
                applied.diagnostics, whole.diagnostics,
                "{name} {index} {change:?}: diagnostics"
            );
            assert_eq!(
                applied.spans,
                Some(parse_plan(&applied.text).spans.into_inner()),
                "{name} {index} {change:?}: spans"
            );
        }
    }
    (fast, slow)
}

fn fixture(path: &str) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn the_real_plan_every_activity_every_field_kind() {
    let (fast, slow) = compare("real plan", &fixture(common::PLAN));
    // Every activity is an ordinary table: only the no-ops (todo, which every activity is, and
    // clearing a note that is not there) go the other way, and parse nothing.
    let plan = common::real_plan();
    let no_ops =
        plan.activities.len() + plan.activities.iter().filter(|a| a.note.is_none()).count();
    assert_eq!(slow, no_ops, "{fast} {slow}");
}

#[test]
fn the_real_plan_with_crlf_line_endings() {
    let text = fixture(common::PLAN).replace('\n', "\r\n");
    let (fast, _) = compare("real plan, CRLF", &text);
    assert!(fast > 0);
}

#[test]
fn every_valid_fixture() {
    for entry in fs::read_dir("tests/fixtures/valid").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            compare(
                &path.display().to_string(),
                &fixture(&path.display().to_string()),
            );
        }
    }
    for entry in fs::read_dir("plans").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            compare(
                &path.display().to_string(),
                &fixture(&path.display().to_string()),
            );
        }
    }
}

const ODD: &str = "\
plan.title = \"Dotted\"   # a dotted key at the top
plan.start = 2017-09-01
plan.end = 2018-04-30

[[area]]
number = \"1\"
title = \"A\"

  # comments and odd indentation
    [[area.activity]]   # a comment after the header
      id    =   \"a\"
   title='First'   # literal
	owner = \"Prosjektleder\"
due=\"30. november\"
  # before the status
      status = \"todo\"      # trailing

[[area.activity]]
title = \"Second\"
owner = \"Kari\"
due = 2017-12-01
note = '''
a literal note
[[area.activity]] inside it
'''

[[area.workstream]]
title = \"W\"
activity = [
  { id = \"inline\", title = \"Inline\", owner = \"Ola\", due = \"uke 50\" },
]

[[area.workstream]]
title = \"V\"

[[area.workstream.activity]]
id = \"ws\"
title = \"In a workstream\"
owner = \"Ola\"
due = \"uke 51\"
status = \"ferdig\"
done_on = 2017-11-01
[[area]]
number = \"2\"
title = \"B\"
[[area.activity]]
id = \"last\"
title = \"No final newline\"
owner = \"Per\"
due = \"des 2017\"";

/// Which activities of `text` a status edit took the table way for.
fn taken(text: &str) -> Vec<(String, bool)> {
    let parsed = parse_plan(text);
    let plan = parsed.plan.clone().unwrap();
    plan.activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let patch = Patch::for_change(a, &Change::Status(Status::Waiting), today());
            let fast = edit::apply_patch_in_table(text, &plan, &parsed.spans, i, &patch, None);
            (a.id.clone(), fast.is_some())
        })
        .collect()
}

#[test]
fn odd_layouts_give_the_same_bytes_either_way() {
    compare("odd", ODD);
    compare("odd, CRLF", &ODD.replace('\n', "\r\n"));
    // Spaces in a header (`toml_edit` writes every table of an array with the first one's
    // header, so only where there is one).
    let spaces = "[plan]\ntitle = \"D\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n  \
                  [[ area.activity ]]  # c\nid = \"a\"\ntitle = \"X\"\nowner = \"O\"\n\
                  due = 2017-12-01\n";
    assert_eq!(compare("spaces", spaces).0, 8);
}

#[test]
fn the_table_way_is_taken_for_tables_and_not_for_inline_tables() {
    let taken = taken(ODD);
    let want: Vec<(String, bool)> = [
        ("a", true),
        ("1.2", false), // its note holds a line that starts with `[`: the block is cut short
        ("inline", false),
        ("ws", true),
        ("last", true),
    ]
    .iter()
    .map(|(id, t)| (id.to_string(), *t))
    .collect();
    assert_eq!(taken, want);
    let taken = self::taken(&fixture("tests/fixtures/valid/odd-layout.toml"));
    let want: Vec<(String, bool)> = [
        ("odd-1", true),
        ("odd-2", false),
        ("odd-3", false),
        ("2.1", false),
        ("3.1", true),
    ]
    .iter()
    .map(|(id, t)| (id.to_string(), *t))
    .collect();
    let mut taken = taken;
    taken.sort();
    let mut want = want;
    want.sort();
    assert_eq!(taken, want);
}

#[test]
fn an_edit_the_plan_refuses_goes_the_whole_way_and_is_refused_there() {
    let (_dir, path) = common::temp_copy(common::PLAN);
    let mut file = PlanFile::open(&path).unwrap();
    let id = file.plan().activities[0].id.clone();
    let before = fs::read(&path).unwrap();
    let paths = edit_paths();
    let err = file
        .apply(
            &Edit::new(id.as_str(), Change::Due("31. november".into())),
            today(),
        )
        .unwrap_err();
    assert!(matches!(err, edit::EditError::Invalid { .. }), "{err:?}");
    assert_eq!(edit_paths().whole_file, paths.whole_file + 1);
    assert_eq!(edit_paths().table_only, paths.table_only);
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_plan_file_edits_through_the_table_and_saves_the_same_bytes() {
    let (_dir, fast_path) = common::temp_copy(common::PLAN);
    let (_dir2, slow_path) = common::temp_copy(common::PLAN);
    let mut fast = PlanFile::open(&fast_path).unwrap();
    let loaded = fremdrift::file::load_with(&slow_path, None).unwrap();
    let plan = loaded.parsed.plan.clone().unwrap();
    // Without spans: the whole-file way.
    let mut slow = PlanFile::new(&slow_path, loaded.source, plan).without_table_edits();
    let ids: Vec<String> = fast
        .plan()
        .activities
        .iter()
        .map(|a| a.id.clone())
        .collect();
    let before = edit_paths();
    for (n, id) in ids.iter().enumerate().take(6) {
        let edits = [
            Edit::new(id.as_str(), Change::Status(Status::Done)),
            Edit::new(id.as_str(), Change::Note(Some(format!("note {n}")))),
        ];
        assert_eq!(fast.apply_all(&edits, today()).unwrap(), Outcome::Saved);
        assert_eq!(slow.apply_all(&edits, today()).unwrap(), Outcome::Saved);
        assert_eq!(fs::read(&fast_path).unwrap(), fs::read(&slow_path).unwrap());
        assert_eq!(fast.plan(), slow.plan());
    }
    let after = edit_paths();
    assert_eq!(after.table_only - before.table_only, 12);
    assert_eq!(after.whole_file - before.whole_file, 12);
    // A file opened without spans gets them from its first (whole-file) edit.
    let loaded = fremdrift::file::load_with(&slow_path, None).unwrap();
    let plan = loaded.parsed.plan.clone().unwrap();
    let mut plain = PlanFile::new(&slow_path, loaded.source, plan);
    let before = edit_paths();
    for s in [Status::Waiting, Status::Doing] {
        plain
            .apply(&Edit::new(ids[7].as_str(), Change::Status(s)), today())
            .unwrap();
    }
    assert_eq!(edit_paths().whole_file, before.whole_file + 1);
    assert_eq!(edit_paths().table_only, before.table_only + 1);
    // The warnings of a text edited through its table are those of the whole file.
    assert_eq!(fast.diagnostics(), parse_plan(fast.text()).diagnostics);
}

#[test]
fn a_file_changed_elsewhere_still_merges() {
    let (_dir, path) = common::temp_copy(common::PLAN);
    let mut file = PlanFile::open(&path).unwrap();
    let a = file.plan().activities[0].clone();
    let b = file.plan().activities[1].clone();
    let theirs = fs::read_to_string(&path).unwrap().replacen(
        &format!("\"{}\"", b.title),
        "\"Someone else's title\"",
        1,
    );
    assert_ne!(theirs, fs::read_to_string(&path).unwrap());
    fs::write(&path, &theirs).unwrap();
    let out = file
        .apply(
            &Edit::new(a.id.as_str(), Change::Status(Status::Waiting)),
            today(),
        )
        .unwrap();
    assert_eq!(out, Outcome::Merged);
    let now = PlanFile::open(&path).unwrap();
    assert_eq!(now.plan().activities[0].status, Status::Waiting);
    assert_eq!(now.plan().activities[1].title, "Someone else's title");
}

#[test]
fn set_on_a_cached_plan_parses_nothing_whole() {
    let cache = tempfile::tempdir().unwrap();
    let cache = fremdrift::file::cache::Cache::new(cache.path());
    let (_dir, path) = common::temp_copy(common::PLAN);
    // Fill the cache, as an earlier run would have (its entry written as that run ended).
    fremdrift::file::load_with(&path, Some(&cache)).unwrap();
    fremdrift::file::cache::finish_writes();
    let parses = whole_parses();
    // What `set` does: load (a cache hit), open for editing with the spans, apply, save.
    let loaded = fremdrift::file::load_with(&path, Some(&cache)).unwrap();
    assert_eq!(whole_parses(), parses, "a cache hit parses nothing");
    let plan = loaded.parsed.plan.clone().unwrap();
    let id = plan.activities[3].id.clone();
    let mut file = PlanFile::new(&path, loaded.source, plan).with_spans(loaded.parsed.spans);
    let out = file
        .apply_all(
            &[
                Edit::new(id.as_str(), Change::Status(Status::Done)),
                Edit::new(id.as_str(), Change::Owner("Kari".into())),
            ],
            today(),
        )
        .unwrap();
    assert_eq!(out, Outcome::Saved);
    assert_eq!(
        whole_parses(),
        parses,
        "the edit and save parse nothing whole"
    );
    let reread = parse_plan(&fs::read_to_string(&path).unwrap());
    let a = &reread.plan.unwrap().activities[3];
    assert_eq!((a.status, a.owner.as_str()), (Status::Done, "Kari"));
}

#[test]
fn after_an_undo_or_a_merge_the_next_edit_touches_only_its_table_again() {
    let (_dir, path) = common::temp_copy(common::PLAN);
    let mut file = PlanFile::open(&path).unwrap();
    let id = file.plan().activities[2].id.clone();
    let status = |s| Edit::new(id.as_str(), Change::Status(s));
    file.apply(&status(Status::Doing), today()).unwrap();
    let before = edit_paths();
    let parses = whole_parses();
    file.undo().unwrap();
    file.redo().unwrap();
    file.undo().unwrap();
    // Undo and redo apply their exact splices, proved through the table too.
    assert_eq!(edit_paths().table_only, before.table_only + 3);
    assert_eq!(whole_parses(), parses);
    assert_eq!(
        file.diagnostics(),
        parse_plan(&fs::read_to_string(&path).unwrap()).diagnostics
    );
    let before = edit_paths();
    file.apply(&status(Status::Waiting), today()).unwrap();
    assert_eq!(edit_paths().table_only, before.table_only + 1);
    // Changed elsewhere: merged (parsing both versions), then the next edit is fast again
    // once a whole-file edit has given the spans of the merged text.
    let theirs = fs::read_to_string(&path).unwrap().replacen(
        "Kvalitetssikre opplegg",
        "Kvalitetssikre opplegget",
        1,
    );
    fs::write(&path, theirs).unwrap();
    assert_eq!(
        file.apply(&status(Status::Doing), today()).unwrap(),
        Outcome::Merged
    );
    file.apply(&status(Status::Done), today()).unwrap();
    let before = edit_paths();
    file.apply(&status(Status::Waiting), today()).unwrap();
    assert_eq!(edit_paths().table_only, before.table_only + 1);
    let reread = parse_plan(&fs::read_to_string(&path).unwrap())
        .plan
        .unwrap();
    assert_eq!(reread.activities[2].status, Status::Waiting);
    assert_eq!(reread.activities[1].title, "Kvalitetssikre opplegget");
}
