//! `fremdrift add`, `rm`, `mv` and `new` through the real binary: what they print, their exit
//! codes, and that the plan still checks clean afterwards.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;

use common::{PLAN, fremdrift, outcome};

fn run(args: &[&str], dir: &std::path::Path) -> (i32, String, String) {
    outcome(fremdrift().args(args).current_dir(dir).output().unwrap())
}

#[test]
fn add_move_and_remove_from_a_script() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(PLAN, dir.path().join("p.toml")).unwrap();
    let d = dir.path();
    let (code, out, err) = run(
        &[
            "add",
            "p.toml",
            "--in",
            "2/Effektiv søknadsprosess",
            "--title",
            "Oppsummere",
            "--owner",
            "Prosjektleder",
            "--due",
            "uke 10 2018",
        ],
        d,
    );
    assert_eq!((code, out.as_str()), (0, "esp-7\n"), "{err}");
    let (code, out, _) = run(
        &[
            "add",
            "p.toml",
            "--after",
            "nvk-1",
            "--title",
            "Mellom",
            "--owner",
            "Prosjektleder",
            "--due",
            "uke 49",
            "--id",
            "mid",
        ],
        d,
    );
    assert_eq!((code, out.as_str()), (0, "mid\n"));
    // The plan is in bokmål, so the command speaks it; --lang chooses another language.
    let (code, out, _) = run(&["mv", "p.toml", "mid", "--down"], d);
    assert_eq!((code, out.as_str()), (0, "mid flyttet\n"));
    let (code, out, _) = run(&["mv", "p.toml", "mid", "--up", "--lang", "en"], d);
    assert_eq!((code, out.as_str()), (0, "mid moved\n"));
    let (code, out, _) = run(&["mv", "p.toml", "mid", "--down", "--lang", "nn"], d);
    assert_eq!((code, out.as_str()), (0, "mid flytta\n"));
    let (code, _, err) = run(&["mv", "p.toml", "mid", "--in", "5"], d);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run(&["check", "--lang", "en", "p.toml"], d);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("16 activities"), "{out}");
    let (code, _, err) = run(&["rm", "p.toml", "nvk9"], d);
    assert_eq!(code, 1);
    assert!(
        err.contains("did you mean \"nvk-9\"") || err.contains("nvk-1"),
        "{err}"
    );
    let (code, out, _) = run(&["rm", "p.toml", "esp-7"], d);
    assert_eq!((code, out.as_str()), (0, "esp-7 fjernet\n"));
    let (code, _, err) = run(
        &[
            "add",
            "p.toml",
            "--in",
            "2",
            "--title",
            "x",
            "--owner",
            "y",
            "--due",
            "31. november",
            "--lang",
            "en",
        ],
        d,
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("november has 30 days") && err.contains("nothing was saved"),
        "{err}"
    );
}

#[test]
fn a_new_plan_checks_clean_and_is_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for lang in ["nb", "nn", "en"] {
        let name = format!("{lang}.toml");
        let (code, _, err) = run(
            &[
                "new",
                &name,
                "--title",
                "Prosjekt",
                "--org",
                "Kommune",
                "--start",
                "2026-01-05",
                "--lang",
                lang,
            ],
            d,
        );
        assert_eq!(code, 0, "{err}");
        let (code, out, err) = run(&["check", "--deny-warnings", &name], d);
        assert_eq!(code, 0, "{out}{err}");
        let before = fs::read(d.join(&name)).unwrap();
        let (code, _, err) = run(&["new", &name, "--title", "Other"], d);
        assert_eq!(code, 2);
        assert!(err.contains("--force"), "{err}");
        assert_eq!(fs::read(d.join(&name)).unwrap(), before);
    }
}

#[test]
fn workstreams_and_areas_from_a_script() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(PLAN, dir.path().join("p.toml")).unwrap();
    let d = dir.path();
    let original = fs::read_to_string(d.join("p.toml")).unwrap();
    let (code, out, err) = run(
        &[
            "add",
            "p.toml",
            "--workstream",
            "Digitale tjenester",
            "--in",
            "3",
        ],
        d,
    );
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "delprosjektet «Digitale tjenester» lagt til i område 3\n"
        ),
        "{err}"
    );
    let (code, out, err) = run(
        &[
            "add", "p.toml", "--area", "6", "--title", "Nytt", "--lang", "en",
        ],
        d,
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "area 6 \"Nytt\" added\n"),
        "{err}"
    );
    let (code, out, err) = run(
        &[
            "set",
            "p.toml",
            "--workstream",
            "3/digitale tjenester",
            "--title",
            "Digitalt",
            "--lang",
            "nn",
        ],
        d,
    );
    assert_eq!(
        (code, out.as_str()),
        (
            0,
            "delprosjekt i område 3: «Digitale tjenester» → «Digitalt»\n"
        ),
        "{err}"
    );
    let (code, _, _) = run(&["check", "p.toml"], d);
    assert_eq!(code, 0, "the plan checks clean (warnings only) after each");
    // Not empty: refused, exit 1, nothing written.
    let now = fs::read_to_string(d.join("p.toml")).unwrap();
    let (code, out, err) = run(&["rm", "p.toml", "--area", "2", "--lang", "en"], d);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("area 2 is not empty: it has 14 activities and 2 workstreams"),
        "{err}"
    );
    let (code, _, err) = run(
        &["rm", "p.toml", "--workstream", "2/Effektiv søknadsprosess"],
        d,
    );
    assert_eq!(code, 1);
    assert!(err.contains("er ikke tomt: det har 6 aktiviteter"), "{err}");
    assert_eq!(fs::read_to_string(d.join("p.toml")).unwrap(), now);
    // Usage: a workstream without its area; an add without what.
    let (code, _, err) = run(&["rm", "p.toml", "--workstream", "Digitalt"], d);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = run(&["add", "p.toml", "--title", "x"], d);
    assert_eq!(code, 2);
    let (code, _, _) = run(&["add", "p.toml", "--workstream", "W"], d);
    assert_eq!(code, 2, "--workstream needs --in");
    // Removing the two empty ones gives back the original bytes.
    let (code, out, _) = run(&["rm", "p.toml", "--workstream", "3/Digitalt"], d);
    assert_eq!(
        (code, out.as_str()),
        (0, "delprosjektet «Digitalt» fjernet fra område 3\n")
    );
    let (code, out, _) = run(&["rm", "p.toml", "--area", "6"], d);
    assert_eq!((code, out.as_str()), (0, "område 6 fjernet\n"));
    assert_eq!(fs::read_to_string(d.join("p.toml")).unwrap(), original);
}
