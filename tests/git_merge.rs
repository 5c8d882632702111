//! The merge driver through real `git merge`s: a temporary repository per case, the driver
//! installed with `fremdrift git-setup`, a base commit, a branch with their change and our
//! change on main. Git's own configuration is kept out (no global or system config).

#![allow(clippy::unwrap_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BASE: &str = r#"# The plan of the merge tests.

[plan]
title    = "Merge test"
language = "en"
start    = 2024-01-01
end      = 2024-12-31

# The only area.
[[area]]
number = "1"
title  = "One"
status = "active"

[[area.workstream]]
title = "Stream"

[[area.workstream.activity]]
id     = "a"
title  = "First"
owner  = "Ann"
due    = 2024-03-01
status = "todo"
note   = "first note"

# Comes after a.
[[area.workstream.activity]]
id     = "b"
title  = "Second"
owner  = "Bo"
due    = "week 20"
status = "todo"

[[area.workstream.activity]]
id     = "c"
title  = "Third"
owner  = "Cy"
due    = 2024-09-01
status = "todo"
"#;

struct Repo {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("fremdrift")
}

impl Repo {
    fn new(base: &str) -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let repo = Repo { _dir: dir, root };
        repo.git(&["init", "-q", "-b", "main"]);
        let setup = Command::new(bin())
            .args(["git-setup", "--program"])
            .arg(format!("'{}'", bin().display()))
            .arg(&repo.root)
            .envs(env())
            .output()
            .unwrap();
        assert!(setup.status.success(), "{setup:?}");
        repo.commit(base, "base");
        repo
    }

    fn git(&self, args: &[&str]) -> Output {
        let out = self.try_git(args);
        assert!(out.status.success(), "git {args:?}: {out:?}");
        out
    }

    fn try_git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
            .args(["-c", "core.autocrlf=false"])
            .args(args)
            .current_dir(&self.root)
            .envs(env())
            .output()
            .unwrap()
    }

    fn plan(&self) -> PathBuf {
        self.root.join("plan.toml")
    }

    fn commit(&self, text: &str, message: &str) {
        fs::write(self.plan(), text).unwrap();
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Their change on a branch, ours on main, then `git merge`: the merged file and whether
    /// git reported success.
    fn merge(&self, ours: &str, theirs: &str) -> (String, bool, String) {
        self.git(&["checkout", "-q", "-b", "theirs"]);
        self.commit(theirs, "theirs");
        self.git(&["checkout", "-q", "main"]);
        self.commit(ours, "ours");
        let out = self.try_git(&["merge", "--no-edit", "theirs"]);
        let text = fs::read_to_string(self.plan()).unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (text, out.status.success(), said)
    }

    fn check(&self) -> Output {
        Command::new(bin())
            .arg("check")
            .arg(self.plan())
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }
}

fn env() -> Vec<(&'static str, String)> {
    vec![
        ("GIT_CONFIG_NOSYSTEM", "1".into()),
        ("GIT_CONFIG_GLOBAL", "/dev/null".into()),
        ("GIT_AUTHOR_NAME", "Test".into()),
        ("GIT_AUTHOR_EMAIL", "test@example.com".into()),
        ("GIT_COMMITTER_NAME", "Test".into()),
        ("GIT_COMMITTER_EMAIL", "test@example.com".into()),
        ("GIT_AUTHOR_DATE", "2024-05-01T12:00:00Z".into()),
        ("GIT_COMMITTER_DATE", "2024-05-01T12:00:00Z".into()),
    ]
}

/// Merges cleanly, and the result passes `check`.
fn clean(ours: &str, theirs: &str) -> String {
    let repo = Repo::new(BASE);
    let (text, ok, said) = repo.merge(ours, theirs);
    assert!(ok, "the merge failed:\n{said}\n{text}");
    assert!(!said.contains("line by line"), "{said}");
    let check = repo.check();
    assert!(check.status.success(), "{check:?}\n{text}");
    text
}

fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} not in the text");
    text.replacen(from, to, 1)
}

/// Git's own line merge of the same three texts conflicts.
fn git_alone_conflicts(ours: &str, theirs: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str, t: &str| -> PathBuf {
        let p = dir.path().join(n);
        fs::write(&p, t).unwrap();
        p
    };
    let (o, b, t) = (p("o", ours), p("b", BASE), p("t", theirs));
    let out = Command::new("git")
        .args(["merge-file", "-p"])
        .args([&o, &b, &t])
        .envs(env())
        .output()
        .unwrap();
    out.status.code() != Some(0)
}

fn assert_has(text: &str, lines: &[&str]) {
    for l in lines {
        assert!(text.contains(l), "{l:?} missing in:\n{text}");
    }
}

#[test]
fn adjacent_fields_of_one_activity_merge() {
    let ours = edit(
        BASE,
        "status = \"todo\"\nnote",
        "status = \"waiting\"\nnote",
    );
    let theirs = edit(BASE, "note   = \"first note\"", "note   = \"second note\"");
    assert!(git_alone_conflicts(&ours, &theirs));
    let text = clean(&ours, &theirs);
    assert_has(&text, &["status = \"waiting\"\nnote   = \"second note\"\n"]);
    assert_eq!(text.lines().count(), BASE.lines().count());
}

#[test]
fn both_add_at_the_end_of_the_same_workstream() {
    let add = |id: &str| {
        format!(
            "{BASE}\n[[area.workstream.activity]]\nid     = \"{id}\"\ntitle  = \"New {id}\"\nowner  = \"Di\"\ndue    = 2024-10-01\n"
        )
    };
    let (ours, theirs) = (add("x"), add("y"));
    assert!(git_alone_conflicts(&ours, &theirs));
    let text = clean(&ours, &theirs);
    assert_has(
        &text,
        &["id     = \"x\"", "id     = \"y\"", "id     = \"c\""],
    );
    assert!(text.find("\"x\"").unwrap() < text.find("\"y\"").unwrap());
    assert!(!text.contains("\n\n\n"), "{text}");
}

#[test]
fn add_on_one_side_and_delete_on_the_other() {
    let ours = format!(
        "{BASE}\n[[area.workstream.activity]]\nid     = \"x\"\ntitle  = \"New\"\nowner  = \"Di\"\ndue    = 2024-10-01\n"
    );
    let theirs = edit(
        BASE,
        "# Comes after a.\n[[area.workstream.activity]]\nid     = \"b\"\ntitle  = \"Second\"\nowner  = \"Bo\"\ndue    = \"week 20\"\nstatus = \"todo\"\n\n",
        "",
    );
    let text = clean(&ours, &theirs);
    assert!(
        !text.contains("\"b\"") && !text.contains("Comes after a."),
        "{text}"
    );
    assert_has(&text, &["id     = \"x\"", "id     = \"c\""]);
}

#[test]
fn move_on_one_side_and_edit_on_the_other() {
    // Ours moves c before b; theirs changes c's owner.
    let b_block = "# Comes after a.\n[[area.workstream.activity]]\nid     = \"b\"\ntitle  = \"Second\"\nowner  = \"Bo\"\ndue    = \"week 20\"\nstatus = \"todo\"\n\n";
    let c_block = "[[area.workstream.activity]]\nid     = \"c\"\ntitle  = \"Third\"\nowner  = \"Cy\"\ndue    = 2024-09-01\nstatus = \"todo\"\n";
    let ours = BASE.replace(b_block, "").replace(
        c_block,
        &format!("{c_block}\n{}", b_block.trim_end_matches('\n')),
    ) + "\n";
    let ours = ours.replace("\n\n\n", "\n\n");
    let theirs = edit(BASE, "owner  = \"Cy\"", "owner  = \"Eva\"");
    let text = clean(&ours, &theirs);
    assert!(
        text.find("\"c\"").unwrap() < text.find("\"b\"").unwrap(),
        "{text}"
    );
    assert_has(&text, &["owner  = \"Eva\""]);
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_around_that_value_only() {
    let repo = Repo::new(BASE);
    let ours = edit(BASE, "owner  = \"Bo\"", "owner  = \"Ola\"");
    let ours = edit(&ours, "owner  = \"Cy\"", "owner  = \"Cyril\"");
    let theirs = edit(BASE, "owner  = \"Bo\"", "owner  = \"Kari\"");
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(!ok, "{said}");
    assert!(said.contains("owner was changed on both sides"), "{said}");
    assert_has(
        &text,
        &[
            "title  = \"Second\"\n<<<<<<< ours\nowner  = \"Ola\"\n=======\nowner  = \"Kari\"\n>>>>>>> theirs\ndue    = \"week 20\"\n",
            "owner  = \"Cyril\"",
        ],
    );
    assert_eq!(text.matches("<<<<<<<").count(), 1);
    let check = repo.check();
    assert_eq!(check.status.code(), Some(1));
    let err = String::from_utf8_lossy(&check.stdout).to_string()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(err.contains("unresolved merge conflict"), "{err}");
    assert!(err.contains("Ola") && err.contains("Kari"), "{err}");
}

#[test]
fn the_same_field_changed_alike_merges() {
    let ours = edit(
        BASE,
        "status = \"todo\"\n\n[[area.workstream.activity]]\nid     = \"c\"",
        "status = \"done\"\ndone_on = 2024-04-02\n\n[[area.workstream.activity]]\nid     = \"c\"",
    );
    let ours = edit(&ours, "owner  = \"Ann\"", "owner  = \"Anne\"");
    let theirs = edit(
        BASE,
        "status = \"todo\"\n\n[[area.workstream.activity]]\nid     = \"c\"",
        "status = \"done\"\ndone_on = 2024-04-02\n\n[[area.workstream.activity]]\nid     = \"c\"",
    );
    let text = clean(&ours, &theirs);
    assert_eq!(text.matches("done_on").count(), 1);
    assert_has(&text, &["owner  = \"Anne\""]);
}

#[test]
fn crlf_files_stay_crlf() {
    let base = BASE.replace('\n', "\r\n");
    let repo = Repo::new(&base);
    let ours = edit(
        &base,
        "status = \"todo\"\r\nnote",
        "status = \"waiting\"\r\nnote",
    );
    let theirs = edit(&base, "note   = \"first note\"", "note   = \"second note\"");
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}");
    assert_has(
        &text,
        &["status = \"waiting\"\r\nnote   = \"second note\"\r\n"],
    );
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert!(repo.check().status.success());
}

#[test]
fn a_comment_edited_on_one_side_merges_with_a_field_on_the_other() {
    let ours = edit(BASE, "# Comes after a.", "# Comes after a, always.");
    let ours = edit(&ours, "# The only area.", "# The one and only area.");
    let theirs = edit(BASE, "owner  = \"Bo\"", "owner  = \"Bea\"");
    let text = clean(&ours, &theirs);
    assert_has(
        &text,
        &[
            "# Comes after a, always.\n[[area.workstream.activity]]\nid     = \"b\"",
            "owner  = \"Bea\"",
            "# The one and only area.",
        ],
    );
}

#[test]
fn an_area_status_on_one_side_and_an_activity_on_the_other() {
    let ours = edit(BASE, "status = \"active\"", "status = \"waiting\"");
    let theirs = edit(
        BASE,
        "title  = \"First\"\nowner  = \"Ann\"",
        "title  = \"First\"\nowner  = \"Ulf\"",
    );
    let text = clean(&ours, &theirs);
    assert_has(&text, &["status = \"waiting\"", "owner  = \"Ulf\""]);
}

#[test]
fn remove_on_one_side_and_edit_on_the_other_is_a_conflict() {
    let repo = Repo::new(BASE);
    let ours = edit(BASE, "owner  = \"Cy\"", "owner  = \"Cyril\"");
    let theirs = edit(
        BASE,
        "\n[[area.workstream.activity]]\nid     = \"c\"\ntitle  = \"Third\"\nowner  = \"Cy\"\ndue    = 2024-09-01\nstatus = \"todo\"\n",
        "",
    );
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(!ok, "{said}");
    assert!(
        said.contains("changed on our side and removed on theirs"),
        "{said}"
    );
    assert_has(
        &text,
        &[
            "<<<<<<< ours\n[[area.workstream.activity]]\nid     = \"c\"",
            "owner  = \"Cyril\"",
            "status = \"todo\"\n=======\n>>>>>>> theirs\n",
        ],
    );
    assert_eq!(repo.check().status.code(), Some(1));
}

#[test]
fn the_plan_header_on_one_side_and_an_added_activity_on_the_other() {
    let ours = edit(
        BASE,
        "title    = \"Merge test\"",
        "title    = \"Merge test, revised\"",
    );
    let theirs = format!(
        "{BASE}\n[[area.workstream.activity]]\nid     = \"y\"\ntitle  = \"Theirs\"\nowner  = \"Di\"\ndue    = 2024-10-01\n"
    );
    let text = clean(&ours, &theirs);
    assert_has(&text, &["\"Merge test, revised\"", "id     = \"y\""]);
}

#[test]
fn done_on_one_side_and_a_note_on_the_other() {
    let ours = edit(
        BASE,
        "title  = \"First\"\nowner  = \"Ann\"\ndue    = 2024-03-01\nstatus = \"todo\"",
        "title  = \"First\"\nowner  = \"Ann\"\ndue    = 2024-03-01\nstatus = \"done\"\ndone_on = 2024-02-20",
    );
    let theirs = edit(BASE, "note   = \"first note\"", "note   = \"changed\"");
    assert!(git_alone_conflicts(&ours, &theirs));
    let text = clean(&ours, &theirs);
    assert_has(
        &text,
        &["status = \"done\"\ndone_on = 2024-02-20\nnote   = \"changed\"\n"],
    );
}

#[test]
fn a_title_on_one_side_and_the_owner_on_the_other() {
    let ours = edit(BASE, "owner  = \"Bo\"", "owner  = \"Bea\"");
    let theirs = edit(
        BASE,
        "title  = \"Second\"\nowner  = \"Bo\"",
        "title  = \"Second, renamed\"\nowner  = \"Bo\"",
    );
    assert!(git_alone_conflicts(&ours, &theirs));
    let text = clean(&ours, &theirs);
    assert_has(
        &text,
        &["title  = \"Second, renamed\"\nowner  = \"Bea\"\ndue    = \"week 20\"\n"],
    );
}

#[test]
fn deadlines_of_different_activities_on_both_sides() {
    let ours = edit(BASE, "due    = 2024-03-01", "due    = 2024-03-15");
    let theirs = edit(BASE, "due    = 2024-09-01", "due    = \"week 40\"");
    let text = clean(&ours, &theirs);
    assert_has(&text, &["due    = 2024-03-15", "due    = \"week 40\""]);
}

#[test]
fn git_setup_is_idempotent() {
    let repo = Repo::new(BASE);
    for _ in 0..2 {
        let out = Command::new(bin())
            .args(["git-setup", "--program", "fremdrift"])
            .arg(&repo.root)
            .envs(env())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let attributes = fs::read_to_string(repo.root.join(".gitattributes")).unwrap();
    assert_eq!(attributes, "*.toml merge=fremdrift\n");
    let driver = repo.git(&["config", "--local", "--get-all", "merge.fremdrift.driver"]);
    assert_eq!(
        String::from_utf8_lossy(&driver.stdout),
        "fremdrift merge %O %A %B %L %P\n"
    );
}

#[test]
fn git_setup_outside_a_repository_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(bin())
        .arg("git-setup")
        .arg(dir.path())
        .envs(env())
        .env("LC_ALL", "en_US.UTF-8")
        .env(
            "GIT_CEILING_DIRECTORIES",
            dir.path().parent().unwrap_or(Path::new("/")),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in a git repository"));
}

#[test]
fn the_real_plan_status_and_note_of_one_activity_and_a_deadline_elsewhere() {
    let real = fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap();
    let repo = Repo::new(&real);
    let set = |args: &[&str]| {
        let out = Command::new(bin())
            .arg("set")
            .arg(repo.plan())
            .args(args)
            .args(["--today", "2017-11-20"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        fs::read_to_string(repo.plan()).unwrap()
    };
    let ours = set(&["nvk-1", "--status", "ferdig"]);
    fs::write(repo.plan(), &real).unwrap();
    set(&["nvk-1", "--note", "Venter på innspill"]);
    let theirs = set(&["nvk-2", "--due", "uke 51"]);
    fs::write(repo.plan(), &real).unwrap();
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}");
    assert!(!said.contains("line by line"), "{said}");
    assert_has(
        &text,
        &[
            "status = \"ferdig\"\ndone_on = 2017-11-20\nnote    = \"Venter på innspill\"\n",
            "due    = \"uke 51\"",
        ],
    );
    // Everything else is as it was: the changed lines are the only difference.
    let extra = text.lines().count() - real.lines().count();
    assert!(extra <= 3, "{extra} lines more:\n{text}");
    assert!(repo.check().status.success());
}

/// Runs a fremdrift command on the repository's plan and returns the new text.
fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn run_on(repo: &Repo, args: &[&str]) -> String {
    let out = Command::new(bin())
        .arg(args[0])
        .arg(repo.plan())
        .args(&args[1..])
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    fs::read_to_string(repo.plan()).unwrap()
}

#[test]
fn the_real_plan_both_add_in_one_workstream_move_and_edit() {
    let real = fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap();
    let repo = Repo::new(&real);
    let into = ["--in", "2/Næringsvennlig kommune"];
    let add = |id: &str| -> Vec<String> {
        let mut v: Vec<String> = ["add", "--id", id, "--title", &format!("Ny {id}")]
            .iter()
            .map(|s| s.to_string())
            .collect();
        v.extend(into.iter().map(|s| s.to_string()));
        v.extend(["--owner", "Prosjektleder", "--due", "uke 3 2018"].map(String::from));
        v
    };
    run_on(&repo, &strs(&add("ours-1")));
    let ours = run_on(&repo, &["mv", "nvk-3", "--after", "nvk-5"]);
    fs::write(repo.plan(), &real).unwrap();
    run_on(&repo, &strs(&add("theirs-1")));
    let theirs = run_on(
        &repo,
        &[
            "set",
            "nvk-3",
            "--status",
            "venter",
            "--today",
            "2017-11-20",
        ],
    );
    fs::write(repo.plan(), &real).unwrap();
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}\n{text}");
    assert!(!said.contains("line by line"), "{said}");
    assert!(repo.check().status.success());
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{text}"))
    };
    // Both new activities, ours first, at the end of the workstream, before the next one.
    assert!(at("\"nvk-8\"") < at("\"ours-1\""));
    assert!(at("\"ours-1\"") < at("\"theirs-1\""));
    assert!(at("\"theirs-1\"") < at("title       = \"Effektiv søknadsprosess\""));
    // nvk-3 moved by us, its status set by them.
    assert!(at("\"nvk-5\"") < at("\"nvk-3\""));
    let nvk3 = &text[at("\"nvk-3\"")..];
    let nvk3 = &nvk3[..nvk3.find("[[").unwrap()];
    assert!(nvk3.contains("status = \"venter\""), "{nvk3}");
    // Every comment of the real plan is still there.
    for line in real.lines().filter(|l| l.trim_start().starts_with('#')) {
        assert!(text.contains(line), "comment lost: {line}");
    }
}

#[test]
fn activities_without_ids_are_matched_by_title_not_by_position() {
    let base = "[plan]\ntitle = \"No ids\"\nlanguage = \"en\"\nstart = 2024-01-01\nend = 2024-12-31\n\n[[area]]\nnumber = \"1\"\ntitle = \"One\"\n\n[[area.activity]]\ntitle = \"First\"\nowner = \"Ann\"\ndue = 2024-03-01\n\n[[area.activity]]\ntitle = \"Second\"\nowner = \"Bo\"\ndue = 2024-04-01\n";
    let repo = Repo::new(base);
    // Theirs inserts an activity first: every path id shifts there.
    let theirs = edit(
        base,
        "[[area.activity]]\ntitle = \"First\"",
        "[[area.activity]]\ntitle = \"Zeroth\"\nowner = \"Di\"\ndue = 2024-02-01\n\n[[area.activity]]\ntitle = \"First\"",
    );
    let ours = edit(base, "owner = \"Bo\"", "owner = \"Bea\"");
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}");
    assert_has(
        &text,
        &[
            "title = \"Zeroth\"\nowner = \"Di\"",
            "title = \"First\"\nowner = \"Ann\"",
            "title = \"Second\"\nowner = \"Bea\"",
        ],
    );
}

#[test]
fn an_invalid_side_is_merged_line_by_line_and_said_so() {
    let repo = Repo::new(BASE);
    let ours = edit(BASE, "status = \"active\"", "status = \"paused\"");
    let theirs = edit(BASE, "owner  = \"Cy\"", "owner  = \"Cyril\"");
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}");
    assert!(said.contains("merged line by line"), "{said}");
    assert_has(&text, &["status = \"paused\"", "owner  = \"Cyril\""]);
}

#[test]
fn their_comment_in_an_activity_we_edited_is_kept() {
    let ours = edit(BASE, "owner  = \"Bo\"", "owner  = \"Bea\"");
    let theirs = edit(
        BASE,
        "# Comes after a.",
        "# Comes after a; see the minutes.",
    );
    let theirs = edit(
        &theirs,
        "due    = \"week 20\"\nstatus = \"todo\"",
        "due    = \"week 20\"\nstatus = \"todo\" # agreed",
    );
    let text = clean(&ours, &theirs);
    assert_has(
        &text,
        &[
            "# Comes after a; see the minutes.\n[[area.workstream.activity]]\nid     = \"b\"\ntitle  = \"Second\"\nowner  = \"Bea\"\ndue    = \"week 20\"\nstatus = \"todo\" # agreed\n",
        ],
    );
}

#[test]
fn both_add_with_the_same_next_id_and_both_are_kept() {
    let real = fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap();
    let repo = Repo::new(&real);
    let add = |title: &str| {
        run_on(
            &repo,
            &["add", "--in", "2/Næringsvennlig kommune", "--title", title]
                .into_iter()
                .chain(["--owner", "Prosjektleder", "--due", "uke 3 2018"])
                .collect::<Vec<_>>(),
        )
    };
    let ours = add("Vårt nye");
    fs::write(repo.plan(), &real).unwrap();
    let theirs = add("Deres nye");
    fs::write(repo.plan(), &real).unwrap();
    assert!(ours.contains("id     = \"nvk-9\"") && theirs.contains("id     = \"nvk-9\""));
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(ok, "{said}\n{text}");
    assert!(
        // The plan is in bokmål: so is what the merge driver says.
        said.contains("deres («Deres nye») er nå nvk-10"),
        "{said}"
    );
    assert_has(
        &text,
        &[
            "id     = \"nvk-9\"\ntitle  = \"Vårt nye\"",
            "id     = \"nvk-10\"\ntitle  = \"Deres nye\"",
        ],
    );
    assert!(text.find("Vårt nye").unwrap() < text.find("Deres nye").unwrap());
    assert!(repo.check().status.success());
}

#[test]
fn an_area_status_changed_differently_on_both_sides_is_a_conflict() {
    let repo = Repo::new(BASE);
    let ours = edit(BASE, "status = \"active\"", "status = \"waiting\"");
    let ours = edit(&ours, "owner  = \"Bo\"", "owner  = \"Bea\"");
    let theirs = edit(BASE, "status = \"active\"", "status = \"done\"");
    let (text, ok, said) = repo.merge(&ours, &theirs);
    assert!(!ok, "{said}");
    assert!(said.contains("outside its activities"), "{said}");
    assert_has(
        &text,
        &[
            "title  = \"One\"\n<<<<<<< ours\nstatus = \"waiting\"\n=======\nstatus = \"done\"\n>>>>>>> theirs\n",
            "owner  = \"Bea\"",
        ],
    );
    let check = String::from_utf8(repo.check().stdout).unwrap();
    assert!(
        check.contains("ours has `status = \"waiting\"`, theirs has `status = \"done\"`"),
        "{check}"
    );
}
