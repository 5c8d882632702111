#![allow(clippy::unwrap_used, clippy::panic)]
//! Opening a path that names no file yet offers to start a plan there, as `new` writes it.

mod common;

use common::pty::Session;

#[test]
fn opening_a_missing_plan_offers_a_new_one_and_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("naeringsplan-2027.toml");
    let mut s = Session::start(&[path.to_str().unwrap()]);
    s.wait_for("finnes ikke. Vil du lage en ny plan der? [j/N]");
    s.keys("j\r");
    // The title offered comes from the file name; Enter takes it.
    s.wait_for("Planens tittel [naeringsplan 2027]:");
    s.keys("Næringsplan 2027\r");
    s.wait_for("Næringsplan 2027");
    s.wait_for("Første aktivitet");
    s.keys("q");
    assert!(s.wait_exit().success());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("title = \"Næringsplan 2027\""), "{text}");
    common::fremdrift()
        .args(["check", path.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn declining_writes_nothing_and_says_the_file_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let mut s = Session::start(&[path.to_str().unwrap(), "--lang", "nn"]);
    s.wait_for("finst ikkje. Vil du lage ein ny plan der? [j/N]");
    s.keys("\r");
    assert!(!s.wait_exit().success());
    assert!(!path.exists());
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    common::fremdrift()
        .arg(path.to_str().unwrap())
        .assert()
        .code(2);
    assert!(!path.exists());
}
