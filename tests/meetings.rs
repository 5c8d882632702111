//! Which meeting "the next meeting" is, on plans that are not ours: series not named like a
//! steering group, the series the plan names, tentative dates, a week that contains the
//! meeting, and the mistakes in those keys.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{fremdrift, outcome};

const BOARD: &str = r#"
[plan]
title = "Harbour upgrade"
language = "en"
start = 2026-01-01
end = 2026-12-31
{steering}

[[meeting]]
name = "Board"
dates = [2026-03-04, 2026-05-06]
{tentative}

[[meeting]]
name = "Council"
dates = [2026-02-19, 2026-04-16]

[[area]]
number = "1"
title = "Quay"

[[area.activity]]
id = "q-1"
title = "Survey the quay"
owner = "Engineer"
due = "week 10 2026"

[[area.activity]]
id = "q-2"
title = "Tender"
owner = "Engineer"
due = 2026-04-30
"#;

fn plan(steering: &str, tentative: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("harbour.toml");
    let text = BOARD
        .replace("{steering}", steering)
        .replace("{tentative}", tentative);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn report(path: &std::path::Path, today: &str) -> (i32, String, String) {
    outcome(
        fremdrift()
            .arg("report")
            .arg(path)
            .args(["--today", today])
            .output()
            .unwrap(),
    )
}

#[test]
fn without_a_steering_group_the_first_series_is_the_meeting() {
    let (_d, path) = plan("", "");
    let (code, out, err) = report(&path, "2026-02-01");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Next meeting: Board 2026-03-04"), "{out}");
    assert!(!out.contains("no more meetings"), "{out}");
    // "week 10" contains the meeting on 4 March: due at that meeting.
    let due = out.split("## Due before the next meeting").nth(1).unwrap();
    assert!(due.contains("Survey the quay"), "{out}");
}

#[test]
fn the_plan_names_its_meeting_series_and_tentative_dates_say_so() {
    let (_d, path) = plan("meeting = \"council\"", "tentative = true");
    let (code, out, err) = report(&path, "2026-02-01");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Next meeting: Council 2026-02-19"), "{out}");
    let (_d, path) = plan("", "tentative_dates = [2026-05-06]");
    let (_, out, _) = report(&path, "2026-04-01");
    assert!(out.contains("Board 2026-05-06 (tentative)"), "{out}");
    // On the meeting day, the next meeting is today's.
    let (_, out, _) = report(&path, "2026-03-04");
    assert!(out.contains("Next meeting: Board 2026-03-04 ("), "{out}");
}

#[test]
fn mistakes_in_the_meeting_keys_are_errors_with_help() {
    for (steering, tentative, expect) in [
        ("meeting = \"Bord\"", "", "did you mean \"Board\"?"),
        (
            "",
            "tentative_dates = [2026-05-07]",
            "tentative date 07.05.2026 is not one of the series' dates",
        ),
        ("", "tentative = \"yes\"", "tentative"),
    ] {
        let (_d, path) = plan(steering, tentative);
        let out = fremdrift().arg("check").arg(&path).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(text.contains(expect), "{expect}: {text}");
    }
}
