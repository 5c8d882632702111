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
        .stdout("nvk-1 owner: \"Prosjektleder\" → \"Kari\"\n")
        .stderr("");
    // The same again: nothing to do, and it says so.
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari"])
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
             nvk-1 owner: \"Prosjektleder\" → \"Kari\"\n",
        );
}

#[cfg(unix)]
#[test]
fn a_failed_write_says_nothing_was_saved_and_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_copy(PLAN);
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let shown = path.display();
    fremdrift()
        .arg("set")
        .arg(&path)
        .args(["nvk-1", "--owner", "Kari"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "fremdrift: cannot save {shown}: the file is read-only (make it writable, then save \
             again); nothing was saved, {shown} is unchanged\n"
        ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
