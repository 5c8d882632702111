//! A small git repository built in a temp dir with scripted, dated commits, for the pages and
//! sections that tell what changed since the last meeting.

use std::path::Path;

pub const GIT_PLAN: &str = r#"[plan]
title    = "Endringstest"
language = "nb"
start    = 2017-09-01
end      = 2018-02-28

[[meeting]]
name  = "Styringsgruppa"
dates = [2017-10-10, 2017-11-08, 2017-12-13]

[[area]]
number = "1"
title  = "Kompetanse"
status = "active"

[[area.activity]]
id     = "a"
title  = "Kurs for politikere"
owner  = "Prosjektleder"
due    = 2017-10-31
status = "doing"

[[area.activity]]
id     = "b"
title  = "Kurs for ansatte"
owner  = "Prosjektleder"
due    = "uke 46"
status = "todo"

[[area.activity]]
id     = "c"
title  = "Evaluere"
owner  = "Styringsgruppa"
due    = "uke 50"
status = "todo"
"#;

pub fn git(root: &Path, date: &str, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Kari")
        .env("GIT_AUTHOR_EMAIL", "kari@example.com")
        .env("GIT_COMMITTER_NAME", "Kari")
        .env("GIT_COMMITTER_EMAIL", "kari@example.com")
        .env("GIT_AUTHOR_DATE", format!("{date}T10:00:00+01:00"))
        .env("GIT_COMMITTER_DATE", format!("{date}T10:00:00+01:00"))
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// A repository whose plan changed before the meeting of 8 November (not shown) and after it:
/// a status, a deadline moved with a new owner and a note, an activity added and one removed,
/// and the area's status.
pub fn scripted_repository() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let path = root.join("plan.toml");
    git(&root, "2017-09-01", &["init", "-q", "-b", "main"]);
    let commit = |text: &str, date: &str, msg: &str| {
        std::fs::write(&path, text).unwrap();
        git(&root, date, &["add", "-A"]);
        git(&root, date, &["commit", "-q", "-m", msg]);
    };
    commit(GIT_PLAN, "2017-09-01", "Planen");
    let v2 = GIT_PLAN.replace("title  = \"Kompetanse\"", "title  = \"Kompetanseheving\"");
    commit(&v2, "2017-10-20", "Før møtet");
    let v3 = v2.replacen(
        "status = \"doing\"",
        "status = \"done\"\ndone_on = 2017-11-09",
        1,
    );
    commit(&v3, "2017-11-09", "Kurs for politikere holdt");
    let v4 = v3
        .replace("due    = \"uke 46\"", "due    = \"uke 49\"")
        .replace(
            "owner  = \"Prosjektleder\"\ndue    = \"uke 49\"",
            "owner  = \"HR\"\ndue    = \"uke 49\"\nnote   = \"Venter på lokaler\"",
        );
    commit(&v4, "2017-11-14", "Kurs for ansatte senere");
    let v5 = v4
        .replace(
            "[[area.activity]]\nid     = \"c\"\ntitle  = \"Evaluere\"\nowner  = \"Styringsgruppa\"\ndue    = \"uke 50\"\nstatus = \"todo\"\n",
            "[[area.activity]]\nid     = \"d\"\ntitle  = \"Sluttrapport\"\nowner  = \"Prosjektleder\"\ndue    = 2018-01-31\nstatus = \"todo\"\n",
        )
        .replace("status = \"active\"", "status = \"waiting\"\nreason = \"Venter på budsjett\"");
    commit(&v5, "2017-11-16", "Sluttrapport i stedet for evaluering");
    (dir, path)
}
