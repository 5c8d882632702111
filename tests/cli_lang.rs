//! The command line in the reader's language: `list`, `report` and `export --format csv` on the
//! real plan in bokmål, nynorsk and English through the real binary (snapshots); the machine
//! forms (CSV `--machine`, JSON) byte for byte the same whatever the language; and every command
//! taking `--lang`, and `--today` where it computes urgency.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use common::{PLAN, fremdrift};

const LANGS: [&str; 3] = ["nb", "nn", "en"];

/// stdout of a successful run.
fn stdout(args: &[&str]) -> String {
    let out = fremdrift().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn list_table_in_each_language() {
    for lang in LANGS {
        let out = stdout(&["list", PLAN, "--today", "2017-12-01", "--lang", lang]);
        insta::assert_snapshot!(format!("list_table_{lang}"), out);
    }
}

#[test]
fn report_in_each_language() {
    // Outside git, so the changes come from the plan alone and the snapshot holds anywhere.
    let (_dir, path) = common::temp_copy(PLAN);
    let path = path.to_str().unwrap();
    for lang in LANGS {
        let out = stdout(&["report", path, "--today", "2018-03-01", "--lang", lang]);
        insta::assert_snapshot!(format!("report_md_{lang}"), out);
    }
}

#[test]
fn html_report_in_each_language() {
    let (_dir, path) = common::temp_copy(PLAN);
    let path = path.to_str().unwrap();
    let html = |lang: &str| {
        stdout(&[
            "report",
            path,
            "--today",
            "2018-03-01",
            "--format",
            "html",
            "--lang",
            lang,
        ])
    };
    let nn = html("nn");
    assert!(nn.contains("<html lang=\"nn\">"), "{nn}");
    assert!(nn.contains("<h2>Over fristen</h2>"), "{nn}");
    assert!(nn.contains("<th>Ansvarleg</th>"), "{nn}");
    assert!(
        nn.contains("Fristar og ferdige aktivitetar over perioden"),
        "{nn}"
    );
    let nb = html("nb");
    assert!(nb.contains("<html lang=\"nb\">") && nb.contains("<h2>Forfalt</h2>"));
    let en = html("en");
    assert!(en.contains("<html lang=\"en\">") && en.contains("<h2>Overdue</h2>"));
}

#[test]
fn export_csv_in_each_language() {
    for lang in LANGS {
        let out = stdout(&[
            "export",
            PLAN,
            "--today",
            "2017-12-01",
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--lang",
            lang,
        ]);
        insta::assert_snapshot!(format!("export_csv_{lang}"), out);
    }
}

#[test]
fn csv_speaks_the_readers_language_in_headers_and_values() {
    let csv = |lang: &str| {
        stdout(&[
            "export",
            PLAN,
            "--today",
            "2017-12-01",
            "--format",
            "csv",
            "--lang",
            lang,
        ])
    };
    let nb = csv("nb");
    let first = nb.lines().nth(1).unwrap();
    assert!(
        nb.starts_with("ID,Område,Delprosjekt,Tittel,Ansvarlig,"),
        "{nb}"
    );
    assert!(
        first.contains(",30.11.2017,ikke startet,,ja,nei,"),
        "{first}"
    );
    let nn = csv("nn");
    assert!(
        nn.starts_with("ID,Område,Delprosjekt,Tittel,Ansvarleg,"),
        "{nn}"
    );
    assert!(
        nn.lines()
            .nth(1)
            .unwrap()
            .contains(",ikkje starta,,ja,nei,")
    );
    let en = csv("en");
    assert!(en.starts_with("ID,Area,Workstream,Title,Owner,"), "{en}");
    assert!(en.lines().nth(1).unwrap().contains(",todo,,yes,no,"));
}

#[test]
fn machine_csv_is_the_same_in_every_language() {
    for command in [
        vec!["export", PLAN, "--format", "csv"],
        vec!["list", PLAN, "--format", "csv"],
    ] {
        let run = |lang: &str| {
            let mut args = command.clone();
            args.extend(["--today", "2017-12-01", "--machine", "--lang", lang]);
            stdout(&args)
        };
        let en = run("en");
        assert!(
            en.starts_with(
                "id,area,workstream,title,owner,due,first,day,status,done_on,overdue,due_soon,note\n"
            ),
            "{en}"
        );
        let nvk1 = en.lines().nth(1).unwrap();
        assert!(
            nvk1.contains(",2017-11-30,2017-11-30,todo,,true,false,"),
            "{nvk1}"
        );
        assert_eq!(run("nb"), en, "{command:?}");
        assert_eq!(run("nn"), en, "{command:?}");
    }
}

#[test]
fn json_is_the_same_in_every_language() {
    for command in [
        vec!["export", PLAN, "--format", "json"],
        vec!["list", PLAN, "--format", "json"],
    ] {
        let run = |lang: &str| {
            let mut args = command.clone();
            args.extend(["--today", "2017-12-01", "--lang", lang]);
            stdout(&args)
        };
        let en = run("en");
        assert_eq!(run("nb"), en, "{command:?}");
        assert_eq!(run("nn"), en, "{command:?}");
    }
    // Its keys and values pinned: scripts depend on them.
    insta::assert_snapshot!(
        "export_json",
        stdout(&[
            "export",
            PLAN,
            "--today",
            "2017-12-01",
            "--format",
            "json",
            "--lang",
            "nn"
        ])
    );
}

#[test]
fn ics_descriptions_speak_the_readers_language() {
    let ics = |lang: &str| {
        let text = stdout(&[
            "export",
            PLAN,
            "--today",
            "2017-12-01",
            "--format",
            "ics",
            "--lang",
            lang,
        ]);
        // Unfold the folded lines (RFC 5545: CRLF and one space).
        text.replace("\r\n ", "")
    };
    assert!(
        ics("nb")
            .contains("DESCRIPTION:Ansvarlig: Prosjektleder\\nFrist: 30. november (30.11.2017)")
    );
    assert!(
        ics("nn")
            .contains("DESCRIPTION:Ansvarleg: Prosjektleder\\nFrist: 30. november (30.11.2017)")
    );
    assert!(
        ics("en").contains("DESCRIPTION:Owner: Prosjektleder\\nDue: 30. november (2017-11-30)")
    );
}

#[test]
fn the_plans_language_decides_without_lang() {
    // The real plan declares bokmål.
    let out = stdout(&["list", PLAN, "--today", "2017-12-01"]);
    assert!(out.starts_with("ID     OMRÅDE  TITTEL"), "{out}");
    // A plan that declares nynorsk is listed in nynorsk.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(PLAN)
        .unwrap()
        .replace("language      = \"nb\"", "language      = \"nn\"");
    let path = dir.path().join("nn.toml");
    std::fs::write(&path, text).unwrap();
    let out = stdout(&["list", path.to_str().unwrap(), "--today", "2017-12-01"]);
    assert!(out.contains("ANSVARLEG"), "{out}");
    assert!(out.contains("over-fristen"), "{out}");
}

#[test]
fn usage_errors_and_summaries_speak_the_language() {
    let err = |args: &[&str]| {
        let out = fremdrift().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let e = err(&["set", PLAN, "nvk-1", "--lang", "nn"]);
    assert!(e.contains("ingenting å endre"), "{e}");
    let e = err(&["set", PLAN, "nvk-1", "--lang", "en"]);
    assert!(e.contains("nothing to set"), "{e}");
    let e = err(&["list", PLAN, "--today", "31.02.2018", "--lang", "nn"]);
    assert!(e.contains("ugyldig dato «31.02.2018»"), "{e}");

    let (dir, path) = common::temp_copy(PLAN);
    let path = path.to_str().unwrap();
    let out = stdout(&["set", path, "nvk-1", "--owner", "Kari", "--lang", "nn"]);
    assert!(
        out.starts_with("nvk-1 ansvarleg: \"Prosjektleder\" → \"Kari\""),
        "{out}"
    );
    let out = stdout(&["set", path, "nvk-1", "--owner", "Kari", "--lang", "nn"]);
    assert_eq!(out, "nvk-1: ingenting endra\n");
    let out = stdout(&["set", path, "nvk-1", "--owner", "Kari", "--lang", "en"]);
    assert_eq!(out, "nvk-1: nothing changed\n");
    drop(dir);
}

#[test]
fn a_broken_plan_is_reported_in_its_own_language() {
    // The uncorrected seed plan declares bokmål and has one error.
    let run = |lang: Option<&str>| {
        let mut c = fremdrift();
        c.args(["list", "tests/fixtures/seed-uncorrected.toml"]);
        if let Some(l) = lang {
            c.args(["--lang", l]);
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let nb = run(None);
    assert!(
        nb.contains("seed-uncorrected.toml har 1 feil; kjør `fremdrift check"),
        "{nb}"
    );
    let nn = run(Some("nn"));
    assert!(nn.contains("har 1 feil; køyr `fremdrift check"), "{nn}");
    let en = run(Some("en"));
    assert!(en.contains("has 1 error; run `fremdrift check"), "{en}");
}

/// Every command and the flags it must take.
const COMMANDS: &[(&str, bool)] = &[
    ("check", true),
    ("list", true),
    ("set", true),
    ("report", true),
    ("export", true),
    ("add", false),
    ("rm", false),
    ("mv", false),
    ("new", false),
    ("open", true),
    ("present", true),
    ("merge", false),
    ("git-setup", false),
    ("log", true),
    ("import", false),
];

#[test]
fn every_command_takes_lang_and_today_where_it_computes_urgency() {
    let help = stdout(&["--lang", "en", "--help"]);
    for (command, _) in COMMANDS {
        assert!(
            help.contains(&format!("\n  {command} ")),
            "{command} in {help}"
        );
    }
    for &(command, urgency) in COMMANDS {
        let help = stdout(&[command, "--lang", "en", "--help"]);
        assert!(help.contains("--lang <LANG>"), "{command}: {help}");
        if urgency {
            assert!(help.contains("--today <DATE>"), "{command}: {help}");
        }
        // The flag is parsed as a language: an unknown one is a usage error that says so.
        let out = fremdrift()
            .args([command, "--lang", "zz"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("\"zz\"") || err.contains("«zz»"),
            "{command}: {err}"
        );
    }
}
