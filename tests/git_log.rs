//! `fremdrift log` on a scripted repository with dated commits: statuses, a deadline moved
//! twice, an activity added and one removed, an area's status, and the plan file renamed.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const V1: &str = r#"# The steering group's plan.
[plan]
title    = "Log test"
language = "en"
start    = 2017-09-01
end      = 2018-04-30

[[meeting]]
name  = "Steering group"
dates = [2017-10-10, 2017-11-08, 2017-12-13]

[[area]]
number = "1"
title  = "Competence"
status = "active"

[[area.activity]]
id     = "a"
title  = "Course for politicians"
owner  = "Project leader"
due    = 2017-10-31
status = "todo"

[[area.activity]]
id     = "b"
title  = "Course for staff"
owner  = "Project leader"
due    = "week 44"
status = "todo"

[[area.activity]]
id     = "c"
title  = "Evaluate"
owner  = "Steering group"
due    = "week 50"
status = "todo"
"#;

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("fremdrift")
}

fn git(root: &Path, date: &str, author: &str, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", "someone@example.com")
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", "someone@example.com")
        .env("GIT_AUTHOR_DATE", format!("{date}T10:00:00+01:00"))
        .env("GIT_COMMITTER_DATE", format!("{date}T10:00:00+01:00"))
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// The scripted repository; returns it and the plan's path now.
fn scripted() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, "2017-09-01", "Kari", &["init", "-q", "-b", "main"]);
    let commit = |path: &str, text: &str, date: &str, author: &str, msg: &str| {
        let p = root.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, text).unwrap();
        git(root, date, author, &["add", "-A"]);
        git(root, date, author, &["commit", "-q", "-m", msg]);
    };
    commit(
        "plan.toml",
        V1,
        "2017-09-01",
        "Kari",
        "The plan as proposed",
    );
    let v2 = V1
        .replacen("status = \"todo\"", "status = \"doing\"", 1)
        .replace("status = \"active\"", "status = \"waiting\"");
    commit(
        "plan.toml",
        &v2,
        "2017-10-02",
        "Kari",
        "Course for politicians started",
    );
    let v3 = v2.replace("due    = \"week 44\"", "due    = \"week 46\"");
    commit("plan.toml", &v3, "2017-10-16", "Ola", "Staff course later");
    // Only a comment: no change to the plan.
    let v4 = v3.replace(
        "# The steering group's plan.",
        "# The steering group's plan, 2017.",
    );
    commit("plan.toml", &v4, "2017-10-20", "Ola", "Typo");
    fs::create_dir_all(root.join("plans")).unwrap();
    git(
        root,
        "2017-11-01",
        "Kari",
        &["mv", "plan.toml", "plans/steering.toml"],
    );
    git(
        root,
        "2017-11-01",
        "Kari",
        &["commit", "-q", "-m", "Move the plan to plans/"],
    );
    let v5 = v4
        .replace("due    = \"week 46\"", "due    = 2017-12-15")
        .replace(
            "\n[[area.activity]]\nid     = \"c\"\ntitle  = \"Evaluate\"\nowner  = \"Steering group\"\ndue    = \"week 50\"\nstatus = \"todo\"\n",
            "\n[[area.activity]]\nid     = \"d\"\ntitle  = \"Digital course\"\nowner  = \"IT\"\ndue    = 2018-02-01\n",
        );
    commit(
        "plans/steering.toml",
        &v5,
        "2017-11-06",
        "Ola",
        "Replan after the meeting",
    );
    let v6 = v5
        .replacen("status = \"doing\"", "status = \"done\"\ndone_on = 2017-11-15", 1)
        .replace("owner  = \"IT\"", "owner  = \"IT department\"")
        .replace(
            "title  = \"Course for staff\"\nowner  = \"Project leader\"\ndue    = 2017-12-15\nstatus = \"todo\"",
            "title  = \"Course for all staff\"\nowner  = \"Project leader\"\ndue    = 2017-12-15\nstatus = \"todo\"\nnote   = \"Two sessions\"",
        );
    commit(
        "plans/steering.toml",
        &v6,
        "2017-11-20",
        "Kari",
        "Politicians' course held",
    );
    let path = root.join("plans/steering.toml");
    (dir, path)
}

fn log(path: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("log")
        .arg(path)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn log_as_a_table() {
    let (_dir, path) = scripted();
    insta::assert_snapshot!("log_table", stdout(&log(&path, &[])));
}

#[test]
fn log_as_markdown() {
    let (_dir, path) = scripted();
    insta::assert_snapshot!("log_md", stdout(&log(&path, &["--format", "md"])));
}

#[test]
fn log_as_json_has_resolved_days_and_follows_the_rename() {
    let (_dir, path) = scripted();
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&log(&path, &["--format", "json"]))).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 6);
    assert_eq!(entries[0]["path"], "plan.toml");
    assert_eq!(entries[5]["path"], "plans/steering.toml");
    let moves: Vec<&serde_json::Value> = entries
        .iter()
        .flat_map(|e| e["changes"].as_array().unwrap())
        .filter(|c| c["kind"] == "deadline")
        .collect();
    assert_eq!(moves.len(), 2);
    assert_eq!(moves[0]["from"], "week 44");
    assert_eq!(moves[0]["days"], 14);
    assert_eq!(moves[1]["to"], "2017-12-15");
    assert_eq!(moves[1]["from_day"], "2017-11-19");
}

#[test]
fn log_since_a_date_and_since_the_last_meeting() {
    let (_dir, path) = scripted();
    let since = stdout(&log(&path, &["--since", "2017-11-01"]));
    assert!(!since.contains("Staff course later"), "{since}");
    assert!(since.contains("Move the plan"), "{since}");
    assert!(since.contains("Replan after the meeting"), "{since}");
    // The last meeting before 2017-11-10 was on 08.11.
    let meeting = stdout(&log(&path, &["--since-meeting", "--today", "2017-11-10"]));
    assert!(!meeting.contains("Replan"), "{meeting}");
    assert!(meeting.contains("Politicians' course held"), "{meeting}");
    let named = stdout(&log(
        &path,
        &["--since-meeting", "steering group", "--today", "2017-11-10"],
    ));
    assert_eq!(named, meeting);
}

#[test]
fn log_outside_git_is_a_clear_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, V1).unwrap();
    let out = Command::new(bin())
        .arg("log")
        .arg(&path)
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not in a git repository"), "{err}");
}

#[test]
fn a_file_renamed_and_edited_in_one_commit_is_followed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, "2017-09-01", "Kari", &["init", "-q", "-b", "main"]);
    fs::write(root.join("old.toml"), V1).unwrap();
    git(root, "2017-09-01", "Kari", &["add", "-A"]);
    git(root, "2017-09-01", "Kari", &["commit", "-q", "-m", "First"]);
    git(root, "2017-09-02", "Ola", &["mv", "old.toml", "new.toml"]);
    // Most of the file changes, so only the plan's title says it is the same plan.
    let edited = V1
        .replace("status = \"todo\"", "status = \"doing\"")
        .replace("# The steering group's plan.\n", "");
    fs::write(root.join("new.toml"), edited).unwrap();
    git(root, "2017-09-02", "Ola", &["add", "-A"]);
    git(
        root,
        "2017-09-02",
        "Ola",
        &["commit", "-q", "-m", "Rename and start"],
    );
    let table = stdout(&log(&root.join("new.toml"), &[]));
    assert!(
        table.contains("plan file renamed: old.toml → new.toml"),
        "{table}"
    );
    assert!(table.contains("a \"Course for politicians\": status todo → doing"));
    assert!(table.contains("plan created with 3 activities"));
}

#[test]
fn a_merged_branch_shows_as_its_merge_commit() {
    let (dir, path) = scripted();
    let root = dir.path();
    git(root, "2017-11-21", "Ola", &["checkout", "-q", "-b", "side"]);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("owner  = \"IT department\"", "owner  = \"IT\""),
    )
    .unwrap();
    git(
        root,
        "2017-11-21",
        "Ola",
        &["commit", "-q", "-am", "On a branch"],
    );
    git(root, "2017-11-22", "Kari", &["checkout", "-q", "main"]);
    fs::write(
        &path,
        text.replace("title  = \"Digital course\"", "title  = \"E-learning\""),
    )
    .unwrap();
    git(
        root,
        "2017-11-22",
        "Kari",
        &["commit", "-q", "-am", "On main"],
    );
    // Adjacent lines: git alone would conflict; the driver merges the two fields.
    let setup = Command::new(bin())
        .args(["git-setup", "--program"])
        .arg(format!("'{}'", bin().display()))
        .arg(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(setup.status.success(), "{setup:?}");
    git(
        root,
        "2017-11-23",
        "Kari",
        &["merge", "-q", "--no-edit", "side"],
    );
    let since = stdout(&log(&path, &["--since", "2017-11-21"]));
    assert_eq!(
        since,
        "2017-11-22  Kari  On main\n    d: renamed \"Digital course\" → \"E-learning\"\n\
         2017-11-23  Kari  Merge branch 'side'\n    d \"E-learning\": owner IT department → IT\n"
    );
}

#[test]
fn a_copied_plan_starts_its_own_history() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, "2017-09-01", "Kari", &["init", "-q", "-b", "main"]);
    fs::write(root.join("a.toml"), V1).unwrap();
    git(root, "2017-09-01", "Kari", &["add", "-A"]);
    git(root, "2017-09-01", "Kari", &["commit", "-q", "-m", "First"]);
    fs::write(root.join("b.toml"), V1.replace("\"todo\"", "\"doing\"")).unwrap();
    git(root, "2017-09-02", "Ola", &["add", "-A"]);
    git(root, "2017-09-02", "Ola", &["commit", "-q", "-m", "A copy"]);
    let table = stdout(&log(&root.join("b.toml"), &[]));
    assert_eq!(
        table,
        "2017-09-02  Ola  A copy\n    plan created with 3 activities\n"
    );
}
