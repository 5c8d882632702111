//! What the integration tests share: the real plan and fresh copies of it, dates, the binary
//! (as `assert_cmd` runs it and as a pseudo-terminal session in `pty`), the board held as the
//! event loop holds it (`board`), and a drawn screen as text with its styles (`screen`).
//!
//! Every test file says `mod common;` and so compiles this module once more as its own; each
//! uses only part of it, hence the `dead_code` allowance below.

#![allow(dead_code)] // each test binary uses only part of the shared support

pub mod board;
pub mod git;
pub mod pty;
pub mod screen;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The real plan, the one most tests read, relative to the crate (where tests run).
pub const PLAN: &str = "plans/naeringsvennlig-kommune.toml";

/// A date the test writes by hand.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A copy of `from` as `name` in a fresh temp folder; the folder goes when the guard drops.
pub fn copy_as(from: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::copy(from, &path).unwrap();
    (dir, path)
}

/// A copy of `from` as `plan.toml` in a fresh temp folder.
pub fn temp_copy(from: &str) -> (tempfile::TempDir, PathBuf) {
    copy_as(from, "plan.toml")
}

/// The real plan copied into `dir` as `plan.toml`, for a test that puts more beside it.
pub fn copy_plan(dir: &Path) -> PathBuf {
    let path = dir.join("plan.toml");
    std::fs::copy(PLAN, &path).unwrap();
    path
}

/// The built binary's path, for a test that spawns it itself.
/// Makes the plan at `path` read-only (`true`: mode 0444 on Unix, the read-only attribute on
/// Windows), so that a save of it fails, or writable again (0644).
pub fn set_read_only(path: &Path, read_only: bool) {
    #[cfg(unix)]
    let permissions = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(if read_only { 0o444 } else { 0o644 })
    };
    #[cfg(not(unix))]
    let permissions = {
        let mut permissions = std::fs::metadata(path).unwrap().permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        permissions.set_readonly(read_only);
        permissions
    };
    std::fs::set_permissions(path, permissions).unwrap();
}

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("fremdrift")
}

/// The binary, ready for arguments, with colour off.
pub fn fremdrift() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("fremdrift").unwrap();
    c.env("NO_COLOR", "1");
    c
}

/// A finished run as (exit code, or -1 when killed by a signal; stdout; stderr).
pub fn outcome(out: std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The real plan, loaded as the binary loads it.
pub fn real_plan() -> fremdrift::plan::Plan {
    let loaded = fremdrift::file::load(Path::new(PLAN)).unwrap();
    loaded.parsed.plan.expect("the real plan is valid")
}

/// A plan written in the test, which must be valid.
pub fn plan_from(text: &str) -> fremdrift::plan::Plan {
    let parsed = fremdrift::file::parse_plan(text);
    parsed
        .plan
        .unwrap_or_else(|| panic!("fixture plan invalid: {:?}", parsed.diagnostics))
}

/// A nynorsk copy of a plan's text: `language = "nn"`, and every status word (of activities and
/// of areas) written in nynorsk, as fremdrift writes a nynorsk plan.
pub fn nynorsk(text: &str) -> String {
    use fremdrift::plan::{AreaStatus, Language, Status};
    let words: Vec<(&str, &str)> = Status::ALL
        .iter()
        .map(|s| (s.word(Language::Nb), s.word(Language::Nn)))
        .chain(
            AreaStatus::ALL
                .iter()
                .map(|s| (s.word(Language::Nb), s.word(Language::Nn))),
        )
        .collect();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let key = line.split('=').next().unwrap_or("").trim();
        let mut line = line.to_string();
        if key == "language" {
            line = line.replace("\"nb\"", "\"nn\"");
        } else if key == "status" {
            for (nb, nn) in &words {
                line = line.replace(&format!("\"{nb}\""), &format!("\"{nn}\""));
            }
        }
        out.push_str(&line);
    }
    assert!(
        out.lines()
            .any(|l| l.split('=').next().unwrap_or("").trim() == "language" && l.contains("\"nn\"")),
        "no language line"
    );
    out
}

/// The real plan in nynorsk ([`nynorsk`]).
pub fn nynorsk_plan_text() -> String {
    nynorsk(&std::fs::read_to_string(PLAN).unwrap())
}

/// The one place `after` differs from `before`, from their longest common start and end:
/// (first changed line, 1-based; `before`'s lines there; `after`'s lines there), each line
/// with its line ending.
pub fn one_hunk(before: &str, after: &str) -> (usize, Vec<String>, Vec<String>) {
    let a: Vec<&str> = before.split_inclusive('\n').collect();
    let b: Vec<&str> = after.split_inclusive('\n').collect();
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let own = |v: &[&str]| v.iter().map(|l| l.to_string()).collect();
    (
        start + 1,
        own(&a[start..a.len() - end]),
        own(&b[start..b.len() - end]),
    )
}

/// The changed lines of `after` against `before`, as ('+'|'-', lines) hunks: what a
/// structural edit's exact diff is asserted against.
pub fn hunks(before: &str, after: &str) -> Vec<(char, Vec<String>)> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_lines(before, after);
    let mut out: Vec<(char, Vec<String>)> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => {
                out.push((' ', Vec::new()));
                continue;
            }
            ChangeTag::Delete => '-',
            ChangeTag::Insert => '+',
        };
        let line = change.value().trim_end_matches(['\n', '\r']).to_string();
        match out.last_mut() {
            Some((t, lines)) if *t == tag => lines.push(line),
            _ => out.push((tag, vec![line])),
        }
    }
    out.retain(|(t, _)| *t != ' ');
    out
}
