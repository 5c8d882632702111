//! Writers that are not fremdrift, and do not take its lock, writing the plan while fremdrift
//! saves it: an editor or sync client that truncates the file and writes it again in place
//! (slowly, and in a loop), `sed -i` appending a line (write a new file, rename it over), and an
//! editor-style rename loop. Each test prints its figures; what must hold is that nothing the
//! other writer put into the file is lost and that no activity disappears.
//!
//! (What the other writer does to *our* save is outside our power: a writer that read the file
//! before our save and writes after it replaces our edit, as it would anyone's. Those are
//! counted and printed, not asserted.)

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it
#![cfg(unix)]

mod common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use chrono::NaiveDate;
use fremdrift::file::edit::{Change, Edit};
use fremdrift::file::parse_plan;
use fremdrift::file::save::PlanFile;

use common::{bin, day};

/// A plan of `n` activities `a-0…`, 3 lines each plus a comment, as a person writes it.
fn plan(n: usize) -> String {
    let mut s = String::from(
        "# Written by hand.\n[plan]\ntitle = \"Writers\"\nlanguage = \"en\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n",
    );
    for i in 0..n {
        s.push_str(&format!(
            "\n[[area.activity]]\nid    = \"a-{i}\"\ntitle = \"Task {i}\"  # as agreed\nowner = \"O\"\ndue   = 2025-05-01\n"
        ));
    }
    s
}

fn today() -> NaiveDate {
    day(2025, 4, 1)
}

fn activities(path: &Path) -> usize {
    let text = fs::read_to_string(path).unwrap();
    parse_plan(&text).plan.map_or(0, |p| p.activities.len())
}

fn set(path: &Path, id: &str, note: &str) -> std::process::Output {
    Command::new(bin())
        .arg("set")
        .arg(path)
        .args([id, "--note", note, "--today", "2025-04-01"])
        .output()
        .unwrap()
}

/// An in-place writer: truncates the file and writes `text` into it in small chunks with a
/// pause between them, as a slow editor, a sync client or `cp` over a network share does;
/// then waits a moment, `rounds` times (or until `stop`).
fn in_place_writer(
    path: PathBuf,
    text: String,
    rounds: usize,
    stop: Arc<AtomicBool>,
) -> thread::JoinHandle<usize> {
    thread::spawn(move || {
        let mut done = 0;
        for r in 0..rounds {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let mut f = fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(&path)
                .unwrap();
            for chunk in text.as_bytes().chunks(4096) {
                f.write_all(chunk).unwrap();
                thread::sleep(Duration::from_micros(700));
            }
            drop(f);
            done += 1;
            thread::sleep(Duration::from_millis(5 + (r as u64 * 37) % 60));
        }
        done
    })
}

/// `set` while a slow in-place writer rewrites the whole plan: no activity may go missing.
#[test]
fn a_slow_in_place_writer_during_set_loses_no_activity() {
    let n = 1500;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = plan(n);
    fs::write(&path, &text).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = in_place_writer(path.clone(), text.clone(), 400, stop.clone());
    let (mut saved, mut refused, mut lowest) = (0, 0, n);
    for i in 0..30 {
        let out = set(&path, &format!("a-{}", i * 7), &format!("note {i}"));
        if out.status.success() {
            saved += 1;
        } else {
            refused += 1;
            let code = out.status.code();
            assert!(
                matches!(code, Some(1 | 2)),
                "{code:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // Between two of the writer's copies the file must be whole again.
        let count = activities(&path);
        if count > 0 {
            lowest = lowest.min(count);
        }
    }
    stop.store(true, Ordering::Relaxed);
    let copies = writer.join().unwrap();
    let after = activities(&path);
    eprintln!(
        "in-place writer during set: {copies} copies of {n} activities, 30 sets ({saved} saved, {refused} refused while the file was being written), {} activities lost",
        n - after
    );
    assert_eq!(after, n, "activities were lost");
    let leftovers = temp_files(dir.path());
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The board's save path (the same `PlanFile` the board's store uses, kept open across many
/// saves) while a slow in-place writer rewrites the whole plan.
#[test]
fn a_slow_in_place_writer_during_board_saves_loses_no_activity() {
    let n = 1500;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let text = plan(n);
    fs::write(&path, &text).unwrap();
    let mut board = PlanFile::open(&path).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = in_place_writer(path.clone(), text.clone(), 400, stop.clone());
    let (mut saved, mut failed, mut shown_short) = (0, 0, 0);
    for i in 0..40 {
        let edit = Edit::new(format!("a-{}", i * 11), Change::Note(Some(format!("b{i}"))));
        match board.apply(&edit, today()) {
            Ok(_) => saved += 1,
            Err(_) => {
                failed += 1;
                // A refused save keeps or sets aside the edit; the board goes on from what
                // the file holds.
                let _ = board.reload();
            }
        }
        if board.plan().activities.len() < n {
            shown_short += 1;
        }
    }
    stop.store(true, Ordering::Relaxed);
    let copies = writer.join().unwrap();
    let after = activities(&path);
    eprintln!(
        "in-place writer during board saves: {copies} copies, 40 edits ({saved} saved, {failed} refused), {} activities lost, {shown_short} times the board showed fewer",
        n - after
    );
    assert_eq!(after, n, "activities were lost");
    assert_eq!(shown_short, 0, "the board adopted a half-written file");
}

/// `sed -i '$a …'` (read, write a new file, rename it over) 400 times alongside `set`s (and,
/// in the second test, board saves): every appended line must be in the file at the end.
fn sed_appends_alongside(edits: impl FnOnce(&Path, Arc<AtomicBool>) -> (usize, usize)) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    fs::write(&path, plan(100)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let appended = Arc::new(AtomicUsize::new(0));
    let sed = {
        let (path, stop, appended) = (path.clone(), stop.clone(), appended.clone());
        thread::spawn(move || {
            for i in 0..400 {
                let status = Command::new("sed")
                    .arg("-i")
                    .arg(format!("$a # ext-{i}"))
                    .arg(&path)
                    .status()
                    .unwrap();
                assert!(status.success());
                appended.fetch_add(1, Ordering::Relaxed);
            }
            stop.store(true, Ordering::Relaxed);
        })
    };
    let (ours, kept) = edits(&path, stop.clone());
    sed.join().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let lines = (0..400)
        .filter(|i| text.lines().any(|l| l == format!("# ext-{i}")))
        .count();
    eprintln!(
        "sed -i appends: {} appended, {lines} in the file, {} lost; our edits: {ours} saved, {kept} still in the file at the end",
        appended.load(Ordering::Relaxed),
        400 - lines
    );
    assert_eq!(lines, 400, "lines appended by sed were lost");
    assert_eq!(activities(&path), 100);
}

#[test]
fn sed_appends_alongside_set_lose_no_line() {
    sed_appends_alongside(|path, stop| {
        let mut saved = 0;
        for i in 0..100 {
            let out = set(path, &format!("a-{i}"), &format!("set {i}"));
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            saved += 1;
        }
        while !stop.load(Ordering::Relaxed) {
            thread::sleep(Duration::from_millis(10));
        }
        let text = fs::read_to_string(path).unwrap();
        let kept = (0..100)
            .filter(|i| text.contains(&format!("\"set {i}\"")))
            .count();
        (saved, kept)
    });
}

#[test]
fn sed_appends_alongside_board_saves_lose_no_line() {
    sed_appends_alongside(|path, stop| {
        let mut board = PlanFile::open(path).unwrap();
        let mut saved = 0;
        let mut i = 0;
        while !stop.load(Ordering::Relaxed) || i < 150 {
            let edit = Edit::new(
                format!("a-{}", i % 100),
                Change::Note(Some(format!("board {i}"))),
            );
            match board.apply(&edit, today()) {
                Ok(_) => saved += 1,
                Err(e) => panic!("{e}"),
            }
            i += 1;
        }
        let text = fs::read_to_string(path).unwrap();
        let kept = (0..i)
            .filter(|i| text.contains(&format!("\"board {i}\"")))
            .count();
        (saved, kept)
    });
}

/// An editor-style writer in a loop (read the file, change one title, write a new file, rename
/// it over) while `set` saves: every title it changed is still changed at the end.
#[test]
fn a_rename_writer_loop_alongside_set_loses_none_of_its_changes() {
    let n = 200;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    fs::write(&path, plan(n)).unwrap();
    let writer = {
        let path = path.clone();
        thread::spawn(move || {
            for i in 0..n {
                let text = fs::read_to_string(&path).unwrap();
                let text = text.replace(
                    &format!("title = \"Task {i}\" "),
                    &format!("title = \"Renamed {i}\" "),
                );
                let tmp = path.with_file_name(format!(".p.toml.editor-{i}"));
                fs::write(&tmp, text).unwrap();
                fs::rename(&tmp, &path).unwrap();
            }
        })
    };
    let mut saved = 0;
    for i in 0..60 {
        let out = set(&path, &format!("a-{}", (i * 3) % n), &format!("set {i}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        saved += 1;
    }
    writer.join().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let renamed = (0..n)
        .filter(|i| text.contains(&format!("title = \"Renamed {i}\" ")))
        .count();
    let kept = (0..60)
        .filter(|i| text.contains(&format!("\"set {i}\"")))
        .count();
    eprintln!(
        "rename writer loop: {n} renames, {renamed} in the file ({} lost); {saved} sets saved, {kept} still in the file",
        n - renamed
    );
    assert_eq!(renamed, n, "the writer's changes were lost");
    assert_eq!(activities(&path), n);
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// A program that opens the plan, takes a moment (3–10 ms) and only then appends a line and
/// closes it, again and again, while `saves` saves 30 times. Its open often comes just before
/// a save swaps the file; the line it then writes lands in the file the swap displaced, and
/// must be found there and merged (a save waits for such a program to close the file, and a
/// swap that anyone opened the old file across looks again once they have).
fn late_writer_alongside(saves: impl FnOnce(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    fs::write(&path, plan(100)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, stop) = (path.clone(), stop.clone());
        thread::spawn(move || {
            let mut written = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let mut f = fs::OpenOptions::new().append(true).open(&path).unwrap();
                thread::sleep(Duration::from_millis(3 + (written * 7) % 8));
                f.write_all(format!("# late-{written}\n").as_bytes())
                    .unwrap();
                drop(f);
                written += 1;
                thread::sleep(Duration::from_millis(25 + (written * 13) % 40));
            }
            written
        })
    };
    saves(&path);
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let lines = (0..written)
        .filter(|i| text.lines().any(|l| l == format!("# late-{i}")))
        .count() as u64;
    eprintln!("late writer: {written} lines written, {lines} in the file, beside 30 saves");
    assert_eq!(
        lines, written,
        "lines written a moment after opening were lost"
    );
    assert_eq!(activities(&path), 100);
}

#[test]
fn a_writer_that_opens_then_writes_a_moment_later_loses_no_line_beside_set() {
    late_writer_alongside(|path| {
        for i in 0..30 {
            let out = set(path, &format!("a-{i}"), &format!("set {i}"));
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    });
}

#[test]
fn a_writer_that_opens_then_writes_a_moment_later_loses_no_line_beside_board_saves() {
    late_writer_alongside(|path| {
        let mut board = PlanFile::open(path).unwrap();
        for i in 0..30 {
            let edit = Edit::new(format!("a-{i}"), Change::Note(Some(format!("board {i}"))));
            board.apply(&edit, today()).unwrap();
            // A person's pace between edits, in which the writer comes and goes.
            thread::sleep(Duration::from_millis(20));
        }
    });
}
