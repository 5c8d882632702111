//! Runs the real binary: `set` on a copy of the real plan, checking that what it prints is
//! exactly what it did, and that a failure says nothing was saved (a one-shot command keeps no
//! edit to save later) with exit 2 for trouble writing the file.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{PLAN, fremdrift, temp_copy};

#[test]
fn an_owner_change_prints_only_the_owner_line() {
    let (_dir, path) = temp_copy(PLAN);
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari"])
        .assert()
        .code(0)
        .stdout("nvk-1 ansvarlig: \"Prosjektleder\" → \"Kari\"\n")
        .stderr("");
    // The same again: nothing to do, and it says so, in the plan's language or the one asked.
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari"])
        .assert()
        .code(0)
        .stdout("nvk-1: ingenting endret\n");
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari", "--lang", "en"])
        .assert()
        .code(0)
        .stdout("nvk-1: nothing changed\n");
}

#[test]
fn two_fields_print_two_lines_in_a_fixed_order() {
    let (_dir, path) = temp_copy(PLAN);
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari", "--status", "done"])
        .args(["--today", "2017-12-01"])
        .assert()
        .code(0)
        .stdout(
            "nvk-1 status: ikke startet → ferdig (01.12.2017)\n\
             nvk-1 ansvarlig: \"Prosjektleder\" → \"Kari\"\n",
        );
}

#[test]
fn a_failed_write_says_nothing_was_saved_and_exits_2() {
    let (_dir, path) = temp_copy(PLAN);
    let before = std::fs::read(&path).unwrap();
    common::set_read_only(&path, true);
    let shown = path.display();
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari", "--lang", "en"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "fremdrift: cannot save {shown}: the file is read-only (make it writable, then save \
             again); nothing was saved, {shown} is unchanged\n"
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_area_waits_only_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::copy("plans/naeringsvennlig-kommune.toml", &path).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("fremdrift"))
            .arg("set")
            .arg(&path)
            .args(args)
            .output()
            .unwrap()
    };
    let before = std::fs::read(&path).unwrap();
    let out = run(&["--area", "4.1", "--status", "venter", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("give the reason"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let out = run(&[
        "--area", "4.1", "--status", "waiting", "--reason", "Budsjett",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "område 4.1 status: aktiv → venter\nområde 4.1 begrunnelse: (ingen) → \"Budsjett\"\n"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("status      = \"venter\"\nreason      = \"Budsjett\"\n"),
        "{text}"
    );
}

#[test]
fn title_members_and_meeting_series_are_set_in_the_files_own_words() {
    let (_dir, path) = temp_copy(PLAN);
    let before = std::fs::read_to_string(&path).unwrap();
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-2", "--title", "Kvalitetssikre opplegget", "--members", "Kari, Ola"])
        .assert()
        .code(0)
        .stdout(
            "nvk-2 tittel: \"Kvalitetssikre opplegg\" → \"Kvalitetssikre opplegget\"\nnvk-2 deltakere: \"\" → \"Kari, Ola\"\n",
        );
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        before
            .replace(
                "title  = \"Kvalitetssikre opplegg\"\nowner  = \"Styringsgruppa\"      # the document says \"Styringsruppa\"\ndue    = \"Uke 50\"\nstatus = \"ikke startet\"\n",
                "title  = \"Kvalitetssikre opplegget\"\nowner  = \"Styringsgruppa\"      # the document says \"Styringsruppa\"\ndue    = \"Uke 50\"\nstatus = \"ikke startet\"\nmembers = [\"Kari\", \"Ola\"]\n",
            ),
        "one title line changed and one members line added"
    );
    // A meeting series by its own spelling; the meeting deadline is read against it.
    fremdrift()
        .arg("set")
        .arg(&path)
        .args([
            "nvk-5",
            "--meeting",
            "styringsgruppa",
            "--today",
            "2017-12-01",
            "--lang",
            "en",
        ])
        .assert()
        .code(0)
        .stdout("nvk-5 meeting: \"Formannskapet\" → \"Styringsgruppa\"\n");
    // Without a series the plan's two would be ambiguous: refused, nothing written.
    let now = std::fs::read(&path).unwrap();
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-5", "--clear-meeting"])
        .assert()
        .code(1);
    assert_eq!(std::fs::read(&path).unwrap(), now);
}
