//! The reliability suite: one test that tries everything issue 7 promises and prints the
//! figures (also in its assertion messages): broken inputs through the loader, saving processes
//! killed mid-save, two processes editing one file, every view and popup drawn at many sizes
//! with hostile plan text, unsaved edits set aside and re-applied, and that nothing was lost.
//!
//! The parts run in sequence in one test so the summary line can add them up; the child
//! processes are this test binary again (`crash_child`, `edit_child`), started with an
//! environment variable that tells them what to do.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fremdrift::file::edit::{Change, Edit};
use fremdrift::file::parse_plan;
use fremdrift::file::save::PlanFile;
use fremdrift::plan::Status;

use common::{PLAN, day};

/// A plan with `n` activities `a-0…` and `n` activities `b-0…`.
fn big_plan(n: usize) -> String {
    let mut s = String::from(
        "# Generated for the concurrency test.\n[plan]\ntitle = \"Load\"\nlanguage = \"nb\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n",
    );
    for p in ["a", "b"] {
        for i in 0..n {
            s.push_str(&format!(
                "\n[[area.activity]]\nid    = \"{p}-{i}\"\ntitle = \"Task {p} {i}\"\nowner = \"O\"  # owner\ndue   = 2025-05-01\n"
            ));
        }
    }
    s
}

const CRASH_PLAN: &str = "FREMDRIFT_CRASH_TEST_PLAN";

fn crash_texts() -> (String, String) {
    let a = "[plan]\ntitle = \"Crash\"\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n[[area.activity]]\nid = \"x\"\ntitle = \"X\"\nowner = \"O\"\ndue = 2025-05-01\nnote = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"  # keep\n"
        .to_string();
    let b = a.replace(&"a".repeat(66), &"b".repeat(66));
    (a, b)
}

fn note_of(text: &str) -> Option<String> {
    parse_plan(text)
        .plan
        .and_then(|p| p.activities.first().and_then(|a| a.note.clone()))
}

/// The child side of the crash test: saves the plan in a loop until killed.
#[test]
#[ignore = "run by reliability_suite"]
fn crash_child() {
    let Some(path) = std::env::var_os(CRASH_PLAN) else {
        return;
    };
    let path = PathBuf::from(path);
    let today = day(2025, 4, 1);
    let (a, b) = crash_texts();
    let (na, nb) = (note_of(&a).unwrap(), note_of(&b).unwrap());
    let mut pf = PlanFile::open(&path).unwrap();
    loop {
        for n in [&nb, &na] {
            pf.apply(&Edit::new("x", Change::Note(Some(n.clone()))), today)
                .unwrap();
        }
    }
}

/// A small xorshift generator: the delays only need to be spread, not secure.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// Kills a saving process 200 times at random moments while a thread reads the file; the file
/// is always one whole version. Returns the number of kills.
fn kill_during_save_rounds() -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let (a, b) = crash_texts();
    fs::write(&path, &a).unwrap();
    // Sanity: the child's two saves produce exactly these two files.
    {
        let mut pf = PlanFile::open(&path).unwrap();
        let today = day(2025, 4, 1);
        pf.apply(&Edit::new("x", Change::Note(note_of(&b))), today)
            .unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), b);
        pf.apply(&Edit::new("x", Change::Note(note_of(&a))), today)
            .unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), a);
    }
    let (a, b) = (Arc::new(a.into_bytes()), Arc::new(b.into_bytes()));

    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let reader = {
        let (stop, reads, path, a, b) = (
            stop.clone(),
            reads.clone(),
            path.clone(),
            a.clone(),
            b.clone(),
        );
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let got = fs::read(&path).unwrap();
                assert!(
                    got == *a || got == *b,
                    "the reader saw a partial file: {got:?}"
                );
                reads.fetch_add(1, Ordering::Relaxed);
                // Windows without POSIX rename semantics (Wine; FAT and some network shares)
                // cannot replace a file while it is open: a reader that never pauses holds
                // it open nearly always, and every save would wait out its second and fail.
                if cfg!(windows) {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        })
    };

    let exe = std::env::current_exe().unwrap();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed {seed}");
    let child = || {
        std::process::Command::new(&exe)
            .args(["--exact", "crash_child", "--ignored", "--test-threads=1"])
            .env(CRASH_PLAN, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a child takes to start and save once here (a few ms natively; far longer
    // under an emulator such as Wine): the kills fall from well before that until well after.
    let first_save = {
        let before = fs::read(&path).unwrap();
        let start = Instant::now();
        let mut c = child();
        while fs::read(&path).unwrap() == before {
            assert!(
                c.try_wait().unwrap().is_none(),
                "the child ended without saving"
            );
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the child never saved"
            );
            std::thread::sleep(Duration::from_micros(200));
        }
        let took = start.elapsed();
        c.kill().unwrap();
        c.wait().unwrap();
        took
    };
    let earliest = first_save.as_micros() as u64 / 4;
    let span = (first_save.as_micros() as u64 * 2).max(25_000);
    eprintln!("crash test: a child's first save after {first_save:?}");
    let mut changed = 0;
    let mut last = fs::read(&path).unwrap();
    for round in 0..200 {
        let mut child = child();
        std::thread::sleep(Duration::from_micros(earliest + next(&mut seed) % span));
        child.kill().unwrap();
        child.wait().unwrap();
        let got = fs::read(&path).unwrap();
        assert!(
            got == *a || got == *b,
            "round {round}: the file is neither version"
        );
        assert!(
            parse_plan(std::str::from_utf8(&got).unwrap())
                .plan
                .is_some()
        );
        if got != last {
            changed += 1;
        }
        last = got;
        remove_temp_files(dir.path());
    }
    stop.store(true, Ordering::Relaxed);
    reader.join().unwrap();
    eprintln!(
        "crash test: the file changed between {changed} of 200 kills; {} reads",
        reads.load(Ordering::Relaxed)
    );
    assert!(
        changed > 0,
        "the child never got to save; the test tested nothing"
    );
    200
}

/// A killed save may leave its temp file behind (never at the plan path); clear them.
fn remove_temp_files(dir: &Path) {
    for e in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        if e.file_name().to_string_lossy().ends_with(".tmp") {
            let _ = fs::remove_file(e.path());
        }
    }
}

const EDIT_PLAN: &str = "FREMDRIFT_EDIT_TEST_PLAN";
const EDIT_PREFIX: &str = "FREMDRIFT_EDIT_TEST_PREFIX";
const N: usize = 50;

/// The child side of the concurrency part: 200 edits to its own activities, each opening the
/// file afresh and saving like `fremdrift set` does, while the other child does the same.
#[test]
#[ignore = "run by reliability_suite"]
fn edit_child() {
    let (Some(path), Ok(prefix)) = (std::env::var_os(EDIT_PLAN), std::env::var(EDIT_PREFIX)) else {
        return;
    };
    let path = PathBuf::from(path);
    let today = day(2025, 4, 1);
    for i in 0..4 * N {
        let id = format!("{prefix}-{}", i % N);
        let change = match i / N {
            0 => Change::Status(Status::Done),
            1 => Change::Owner(format!("owner {prefix}")),
            2 => Change::Due("2025-06-01".into()),
            _ => Change::Note(Some(id.replace('-', " "))),
        };
        let mut pf = PlanFile::open(&path).unwrap();
        pf.apply(&Edit::new(&id, change), today)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
    }
}

/// Two processes make 200 saves each on one file, four rounds over their 50 activities, each
/// round another field: a lost update shows as an activity missing one of its changes. One
/// `fremdrift set` per side checks the command too. Returns the number of edits.
fn concurrent_edits() -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, big_plan(N)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = ["a", "b"]
        .iter()
        .map(|prefix| {
            std::process::Command::new(&exe)
                .args(["--exact", "edit_child", "--ignored", "--test-threads=1"])
                .env(EDIT_PLAN, &path)
                .env(EDIT_PREFIX, prefix)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // Meanwhile, the real command on the same file.
    let bin = common::bin();
    for prefix in ["a", "b"] {
        let out = std::process::Command::new(&bin)
            .args(["set"])
            .arg(&path)
            .args([&format!("{prefix}-0"), "--status", "done"])
            .args(["--today", "2025-04-01"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = fs::read_to_string(&path).unwrap();
    let plan = parse_plan(&text).plan.expect("the plan still loads");
    assert_eq!(plan.activities.len(), 2 * N);
    for a in &plan.activities {
        let prefix = &a.id[..1];
        assert_eq!(a.status, Status::Done, "{} lost its status", a.id);
        assert_eq!(
            a.owner,
            format!("owner {prefix}"),
            "{} lost its owner",
            a.id
        );
        assert_eq!(a.due.text, "2025-06-01", "{} lost its deadline", a.id);
        assert_eq!(a.note.as_deref(), Some(a.id.replace('-', " ").as_str()));
    }
    // Only the edited lines changed.
    assert_eq!(
        text.matches(
            "  # owner\ndue   = 2025-06-01\nbaseline = 2025-05-01\nstatus = \"ferdig\"\ndone_on = 2025-04-01\nnote    = "
        )
        .count(),
        2 * N,
        "{text}"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    2 * 4 * N + 2
}

/// Loads `bytes` as a plan: never a panic, and every problem points inside the text.
fn try_broken(name: &str, bytes: Vec<u8>) -> bool {
    let path = Path::new(name);
    let outcome = std::panic::catch_unwind(|| {
        let Ok(source) = fremdrift::file::decode(path, bytes) else {
            return true;
        };
        let parsed = parse_plan(&source.text);
        for d in &parsed.diagnostics {
            let span = d.span.clone().expect("every problem has a position");
            assert!(span.end <= source.text.len(), "{name}: span past the end");
        }
        let _ = fremdrift::diagnostics::render(
            &parsed.diagnostics,
            name,
            &source.text,
            false,
            fremdrift::plan::Language::Nn,
        );
        parsed.plan.is_none()
    });
    outcome.unwrap_or_else(|_| panic!("{name}: the loader panicked"))
}

/// The invalid fixtures, the fuzz regressions, and mutations of the real plan: truncated at
/// every 64th byte, and bytes flipped or replaced with TOML's special characters.
fn broken_inputs() -> usize {
    let mut tried = 0;
    for folder in ["tests/fixtures/invalid", "tests/fixtures/fuzz/load"] {
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let bytes = fs::read(e.path()).unwrap();
            try_broken(&e.path().display().to_string(), bytes);
            tried += 1;
        }
    }
    let real = fs::read(PLAN).unwrap();
    let mut rejected = 0;
    for cut in (0..real.len()).step_by(64) {
        rejected += usize::from(try_broken(&format!("cut at {cut}"), real[..cut].to_vec()));
        tried += 1;
    }
    for (k, at) in (0..real.len()).step_by(97).enumerate() {
        let mut bytes = real.clone();
        bytes[at] = [0xff, b'"', b'[', b'\n', b'=', b'\\', 0][k % 7];
        rejected += usize::from(try_broken(&format!("byte {at} replaced"), bytes));
        tried += 1;
    }
    assert!(
        rejected > 0,
        "no mutation was rejected: the mutations test nothing"
    );
    tried
}

/// Text no plan value can use to drive a terminal: escape sequences, OSC, BEL, backspace, CR,
/// C1 controls and bidi overrides.
const HOSTILE: &str = "\\u001b[31mRØD\\u0007 \\u001b]0;pwned\\u0007 back\\bspace\\rCR \\u009b2J \\u202eevil\\u202c \\u2066iso\\u2069";

fn hostile_plan() -> String {
    let real = fs::read_to_string(PLAN).unwrap();
    real.replacen(
        "title         = \"Næringsvennlig kommune – forprosjekt fase 2\"",
        &format!("title = \"Plan {HOSTILE}\""),
        1,
    )
    .replace(
        "owner  = \"Prosjektleder\"",
        &format!("owner  = \"Leder {HOSTILE}\""),
    )
    .replace(
        "title  = \"Justere opplegg\"",
        &format!("title  = \"Justere {HOSTILE}\"\nnote = \"N {HOSTILE}\""),
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Every view and popup, at sizes from tiny to huge, of a plan full of hostile text: no
/// control character reaches a cell. Returns the number of frames drawn.
fn terminal_sizes() -> usize {
    use fremdrift::file::recovery::{Recovery, Unsaved};
    use fremdrift::plan::Language;
    use fremdrift::tui::app::ViewState;
    use fremdrift::tui::keys::Action;
    use fremdrift::tui::popup::{OtherEditorChoice, Popup, RecoveryChoice, UnsavedChoice};
    use fremdrift::tui::store::{Failure, Report, Request};
    use fremdrift::tui::theme::{Theme, ThemeKind};
    use fremdrift::tui::{App, Event, Options};
    use ratatui::{Terminal, backend::TestBackend};

    let text = hostile_plan();
    let parsed = parse_plan(&text);
    let plan = parsed.plan.clone().expect("the hostile plan loads");
    assert!(plan.activities.iter().any(|a| a.owner.contains('\u{1b}')));
    let hostile_value = "x\u{1b}[2J\u{7}\u{202e}y\r\n\u{8}".to_string();
    let unsaved = vec![Unsaved::field(
        Edit::new(
            "nvk-1\u{1b}]0;t\u{7}",
            Change::Note(Some(hostile_value.clone())),
        ),
        Change::Owner(hostile_value.clone()),
        fremdrift::i18n::Message::verbatim(hostile_value.clone()),
    )];
    let mut app = App::new(
        plan,
        parsed.diagnostics,
        text.clone(),
        Options {
            today: day(2017, 12, 1),
            lang: Language::Nb,
            theme: Theme::new(ThemeKind::Dark, true),
            read_only: false,
            path: format!("plan{hostile_value}.toml"),
        },
    );
    let mut state = ViewState::default();
    // A failed retry, saying why in hostile text, leaves the hostile edit unsaved.
    let report = Report {
        request: Request::Retry,
        result: Err(Failure {
            message: hostile_value.clone(),
            kept: true,
        }),
        at: String::new(),
        unsaved: unsaved.clone(),
        theirs: None,
    };
    app.apply(Event::Stored(Box::new(report)), &mut state);
    app.warn_other_editors(vec![hostile_value.clone()]);
    app.offer_recovery(Recovery {
        written_at: hostile_value.clone(),
        plan_hash: String::new(),
        edits: unsaved,
    });
    app.close_popup();
    let popups = [
        None,
        Some(Popup::Detail { scroll: 0 }),
        Some(Popup::Problems { selected: 0 }),
        Some(Popup::Help { scroll: 3 }),
        Some(Popup::Picker {
            status: fremdrift::plan::Status::Doing,
        }),
        Some(Popup::Unsaved {
            choice: UnsavedChoice::SetAside,
        }),
        Some(Popup::Recovery {
            choice: RecoveryChoice::Reapply,
        }),
        Some(Popup::OtherEditor {
            choice: OtherEditorChoice::EditAnyway,
        }),
    ];
    let mut frames = 0;
    let mut terminal = Terminal::new(TestBackend::new(1, 1)).unwrap();
    // Select the activity with the hostile title and note, so details show them.
    app.apply(Event::Action(Action::Down), &mut state);
    app.apply(Event::Action(Action::Down), &mut state);
    for view in 0..5u8 {
        app.apply(Event::Action(Action::View(view)), &mut state);
        for popup in &popups {
            match popup {
                Some(popup) => app.open_popup(popup.clone()),
                None => app.close_popup(),
            }
            for w in (8..=208u16).step_by(40) {
                for h in (3..=63u16).step_by(12) {
                    terminal.backend_mut().resize(w, h);
                    terminal
                        .resize(ratatui::layout::Rect::new(0, 0, w, h))
                        .unwrap();
                    terminal
                        .draw(|f| f.render_stateful_widget(&app, f.area(), &mut state))
                        .unwrap();
                    let buf = terminal.backend().buffer();
                    for cell in buf.content() {
                        assert!(
                            !cell.symbol().chars().any(is_unsafe),
                            "a control character reached the screen at {w}×{h}, view {view}, {popup:?}: {:?}",
                            cell.symbol()
                        );
                    }
                    frames += 1;
                }
            }
        }
    }
    app.close_popup();
    frames
}

/// Unsaved edits through the real store: a read-only file keeps the edit unsaved, quitting
/// asks, setting aside writes the recovery file, a second session re-applies it, and a
/// conflicting edit is kept rather than dropped. Returns the number of edits that went
/// through a recovery file.
fn recovery_round_trips() -> usize {
    use common::board::{Open, today};
    use fremdrift::file::recovery;
    use fremdrift::tui::keys::Action;
    use fremdrift::tui::popup::Popup;
    use fremdrift::tui::store::{Request, Store};
    use fremdrift::tui::{Effect, Event};
    let dir = tempfile::tempdir().unwrap();
    let path = common::copy_plan(dir.path());
    let original = fs::read(&path).unwrap();

    // A board on the plan as `fremdrift PLAN` opens it, saving through the real store.
    let open = Open::default().shown_as_real_path();

    // 1. The file is read-only: the edit stays unsaved, and the board shows it.
    let mut r = open.at(&path);
    common::set_read_only(&path, true);
    let e = r.board.apply(Event::Action(Action::Advance));
    r.run(e);
    assert_eq!(r.board.unsaved().len(), 1, "the failed edit is unsaved");
    assert_eq!(fs::read(&path).unwrap(), original);
    // 2. Quitting asks; retrying fails again and asks again; setting aside quits.
    assert_eq!(r.board.apply(Event::Action(Action::Quit)), Effect::None);
    assert!(matches!(r.board.popup(), Some(Popup::Unsaved { .. })));
    let e = r.board.apply(Event::Action(Action::Confirm));
    assert_eq!(e, Effect::Store(Request::Retry));
    assert_eq!(r.run(e), Effect::None);
    assert!(
        matches!(r.board.popup(), Some(Popup::Unsaved { .. })),
        "asks again"
    );
    r.board.apply(Event::Action(Action::Down));
    let e = r.board.apply(Event::Action(Action::Confirm));
    assert_eq!(e, Effect::Store(Request::SetAside));
    assert_eq!(r.run(e), Effect::Quit);
    let set_aside = recovery::read(&path).unwrap().expect("a recovery file");
    assert_eq!(set_aside.edits.len(), 1);
    assert_eq!(set_aside.plan_hash, recovery::plan_hash(&original));
    drop(r);

    // 3. The next session re-applies it through the normal save path.
    common::set_read_only(&path, false);
    let mut r = open.at(&path);
    r.board.offer_recovery(set_aside.clone());
    assert!(matches!(r.board.popup(), Some(Popup::Recovery { .. })));
    let e = r.board.apply(Event::Action(Action::Confirm));
    assert!(matches!(e, Effect::Store(Request::Reapply(_))));
    r.run(e);
    assert!(r.board.unsaved().is_empty());
    assert_eq!(recovery::read(&path).unwrap(), None, "removed once applied");
    let saved = parse_plan(&fs::read_to_string(&path).unwrap())
        .plan
        .unwrap();
    assert_eq!(saved.activities[0].status, Status::Doing);

    // 4. A conflict: someone else changes the same field; our edit is kept, not dropped.
    let e = r.board.apply(Event::Action(Action::Advance));
    let theirs =
        fs::read_to_string(&path)
            .unwrap()
            .replacen("status = \"pågår\"", "status = \"venter\"", 1);
    fs::write(&path, &theirs).unwrap();
    r.run(e);
    assert_eq!(
        r.board.unsaved().len(),
        1,
        "the conflicting edit is kept as unsaved"
    );
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs is not clobbered"
    );
    // A signal would set it aside (the event loop sends this request).
    let e = Effect::Store(Request::SetAside);
    r.run(e);
    assert!(r.board.unsaved().is_empty());
    let rec = recovery::read(&path).unwrap().unwrap();
    assert_eq!(rec.edits.len(), 1);
    // Re-applying it is checked: the field changed since, so it stays in the file.
    let mut store = open.at(&path).store;
    let report = store.handle(Request::Reapply(rec.edits.clone()), today());
    assert!(report.result.is_err());
    assert_eq!(recovery::read(&path).unwrap().unwrap().edits.len(), 1);
    assert_eq!(
        report.unsaved.len(),
        0,
        "left in the recovery file, not duplicated"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    set_aside.edits.len() + rec.edits.len()
}

#[test]
fn reliability_suite() {
    let t = std::time::Instant::now();
    let lap = || format!("{:.1} s", t.elapsed().as_secs_f32());
    let broken = broken_inputs();
    eprintln!(
        "reliability: {broken} broken inputs loaded without a panic, each error positioned ({})",
        lap()
    );
    let sizes = terminal_sizes();
    eprintln!(
        "reliability: {sizes} frames drawn with hostile plan text, no control character on screen ({})",
        lap()
    );
    let recovered = recovery_round_trips();
    eprintln!(
        "reliability: {recovered} unsaved edits set aside and offered again ({})",
        lap()
    );
    let edits = concurrent_edits();
    eprintln!(
        "reliability: {edits} concurrent edits from two processes, none lost ({})",
        lap()
    );
    let kills = kill_during_save_rounds();
    eprintln!("reliability: {kills} kills ({})", lap());
    let summary = format!(
        "reliability: {broken} broken inputs, {kills} kill-during-save rounds, {edits} concurrent edits, {sizes} terminal frames rendered, {recovered} edits through recovery files, 0 lost"
    );
    // Printed (tests show stderr of passing tests only with --nocapture) and written where CI
    // can pick it up whatever the capture setting.
    eprintln!("{summary}");
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("reliability-summary.txt");
    let _ = fs::write(&out, format!("{summary}\n"));
    assert!(
        broken > 100 && kills == 200 && edits >= 400 && sizes > 1000,
        "{summary}"
    );
}
