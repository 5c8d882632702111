//! A moved deadline keeps the first one as its baseline: written once by `set --due`, kept by
//! later moves, shown by `list --format json` and by the report's "moved deadlines".

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{PLAN, fremdrift, outcome};

fn run(args: &[&str], dir: &std::path::Path) -> (i32, String, String) {
    let today: &[&str] = if args[0] == "check" {
        &[]
    } else {
        &["--today", "2017-12-01"]
    };
    outcome(
        fremdrift()
            .args(args)
            .args(today)
            .current_dir(dir)
            .output()
            .unwrap(),
    )
}

#[test]
fn the_first_deadline_stays_as_the_baseline_and_the_slip_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(PLAN, d.join("p.toml")).unwrap();
    let (code, _, err) = run(&["set", "p.toml", "nvk-1", "--due", "uke 50"], d);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["set", "p.toml", "nvk-1", "--due", "15. desember"], d);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(d.join("p.toml")).unwrap();
    assert_eq!(
        text.matches("baseline = \"30. november\"").count(),
        1,
        "{text}"
    );
    let (code, _, _) = run(&["check", "--deny-warnings", "p.toml"], d);
    assert_eq!(code, 0);

    let (_, out, _) = run(&["list", "p.toml", "--format", "json"], d);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = json["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "nvk-1")
        .unwrap();
    assert_eq!(a["baseline"]["text"], "30. november");
    assert_eq!(a["baseline"]["day"], "2017-11-30");
    assert_eq!(a["slip_days"], 15);
    let other = &json["activities"][1];
    assert!(other.get("baseline").is_none() && other.get("slip_days").is_none());

    let (_, out, _) = run(&["list", "p.toml", "--lang", "en"], d);
    let row = out.lines().find(|l| l.starts_with("nvk-1")).unwrap();
    assert!(row.ends_with("moved +15d"), "{row}");

    let (_, out, _) = run(&["report", "p.toml"], d);
    let moved = out.split("## Forskjøvne frister").nth(1).expect(&out);
    let row = moved.lines().find(|l| l.contains("nvk-1")).unwrap();
    assert!(
        row.contains("30. november (30.11.2017)")
            && row.contains("15. desember (15.12.2017)")
            && row.contains("+15 d"),
        "{row}"
    );
    // A baseline that is not a deadline is an error, like due.
    let broken = text.replace("baseline = \"30. november\"", "baseline = \"31. november\"");
    std::fs::write(d.join("p.toml"), broken).unwrap();
    let (code, out, err) = run(&["check", "--lang", "en", "p.toml"], d);
    assert_eq!(code, 1);
    assert!((out + &err).contains("november has 30 days"));
}
