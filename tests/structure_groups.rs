//! Structural edits of workstreams and areas (add, rename, delete an empty one) on copies of the
//! real plan and of a hand-written fixture with comments, odd indentation and CRLF: add is one
//! contiguous block in the neighbours' style, rename one line, delete exactly the table's lines
//! and its own comments; undo gives back the bytes.

#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;

use fremdrift::file::save::PlanFile;
use fremdrift::plan::structure::{AreaChange, Structure};

use common::{PLAN, hunks, temp_copy};

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap()
}

/// Applies `change`, checks the file re-reads to the plan the domain says, undoes it and
/// checks the bytes are back; returns the text in between.
fn round_trip(path: &Path, change: &Structure) -> (String, String) {
    let before = read(path);
    let mut pf = PlanFile::open(path).unwrap();
    let expected = pf.plan().restructure(change).unwrap();
    pf.restructure(change).unwrap();
    let after = read(path);
    let reread = fremdrift::file::parse_plan(&after);
    assert_eq!(reread.plan.as_ref(), Some(&expected), "{after}");
    // An empty workstream or area is a warning, never an error.
    assert!(
        reread
            .diagnostics
            .iter()
            .all(|d| d.severity == fremdrift::diagnostics::Severity::Warning),
        "{:?}",
        reread.diagnostics
    );
    pf.undo().unwrap();
    assert_eq!(read(path), before, "undo gives back the bytes");
    pf.redo().unwrap();
    assert_eq!(read(path), after, "redo gives the same bytes");
    pf.undo().unwrap();
    (before, after)
}

#[test]
fn a_workstream_is_added_after_the_areas_last_block_in_its_neighbours_style() {
    let (_d, path) = temp_copy(PLAN);
    let change = Structure::AddWorkstream {
        area: "2".into(),
        title: "Digitale tjenester".into(),
    };
    let (before, after) = round_trip(&path, &change);
    // After the area's last activity (evaluering), separated by two blank lines like the
    // area's workstreams are, aligned like them, before the next area's heading.
    let at = before.find("# ----").map(|_| ()).and(
        before
            .find("\n\n\n# ---------------------------------------------------------------------------\n# Innsatsområde 3"),
    );
    let at = at.unwrap() + 1;
    let block = "\n\n[[area.workstream]]\ntitle       = \"Digitale tjenester\"\n";
    assert_eq!(after, format!("{}{block}{}", &before[..at], &before[at..]));
    let h = hunks(&before, &after);
    assert!(h.len() == 1 && h[0].0 == '+', "{h:?}");
    let plan = fremdrift::file::parse_plan(&after).plan.unwrap();
    let w = plan
        .workstreams
        .iter()
        .position(|w| w.title == "Digitale tjenester");
    assert_eq!(w, Some(2));
    assert_eq!(plan.workstreams[2].area, 0);
}

#[test]
fn an_area_goes_in_number_order_or_last() {
    let (_d, path) = temp_copy(PLAN);
    let (before, after) = round_trip(
        &path,
        &Structure::AddArea {
            number: "4.3".into(),
            title: "Nytt område".into(),
        },
    );
    assert_eq!(
        hunks(&before, &after),
        vec![(
            '+',
            vec![
                "[[area]]".to_string(),
                "number      = \"4.3\"".into(),
                "title       = \"Nytt område\"".into(),
                String::new(),
            ]
        )]
    );
    // Above area 5's section heading, not under it.
    let new = after.find("\"4.3\"").unwrap();
    assert!(new < after.find("# Innsatsområde 5").unwrap());
    let plan = fremdrift::file::parse_plan(&after).plan.unwrap();
    let numbers: Vec<&str> = plan.areas.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers, ["2", "3", "4.1", "4.2", "4.3", "5"]);

    let (before, after) = round_trip(
        &path,
        &Structure::AddArea {
            number: "6".into(),
            title: "Sist".into(),
        },
    );
    assert!(after.starts_with(before.as_str()), "appended at the end");
    assert_eq!(
        &after[before.len()..],
        "\n[[area]]\nnumber      = \"6\"\ntitle       = \"Sist\"\n"
    );
}

#[test]
fn renaming_a_workstream_or_an_area_changes_one_line() {
    let (_d, path) = temp_copy(PLAN);
    let (before, after) = round_trip(
        &path,
        &Structure::RenameWorkstream {
            area: "2".into(),
            workstream: "effektiv søknadsprosess".into(),
            title: "Raskere søknader".into(),
        },
    );
    assert_eq!(
        hunks(&before, &after),
        vec![
            (
                '-',
                vec!["title       = \"Effektiv søknadsprosess\"".to_string()]
            ),
            ('+', vec!["title       = \"Raskere søknader\"".to_string()]),
        ]
    );
    let (before, after) = round_trip(
        &path,
        &Structure::Area {
            number: "5".into(),
            change: AreaChange {
                title: Some("Arealer".into()),
                ..AreaChange::default()
            },
        },
    );
    assert_eq!(
        hunks(&before, &after),
        vec![
            ('-', vec!["title       = \"Næringsarealer\"".to_string()]),
            ('+', vec!["title       = \"Arealer\"".to_string()]),
        ]
    );
}

#[test]
fn deleting_takes_exactly_the_table_and_its_comments_and_refuses_what_is_not_empty() {
    let (_d, path) = temp_copy(PLAN);
    // Area 5 has no activities: its table goes, its section heading (after a blank line) is
    // not its own.
    let (before, after) = round_trip(&path, &Structure::RemoveArea { number: "5".into() });
    let h = hunks(&before, &after);
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0].0, '-');
    // The last table: it takes the blank line before it, and the file keeps its ending.
    assert_eq!(h[0].1[..3], ["", "[[area]]", "number      = \"5\""]);
    assert!(
        before.ends_with(&format!("{}\n", h[0].1.join("\n"))),
        "{h:?}"
    );
    assert!(!h[0].1.iter().any(|l| l.starts_with("# ")), "{h:?}");

    let mut pf = PlanFile::open(&path).unwrap();
    for (change, says) in [
        (
            Structure::RemoveArea { number: "2".into() },
            "area 2 is not empty: it has 14 activities and 2 workstreams",
        ),
        (
            Structure::RemoveWorkstream {
                area: "2".into(),
                workstream: "Effektiv søknadsprosess".into(),
            },
            "is not empty: it has 6 activities",
        ),
        (
            Structure::RemoveWorkstream {
                area: "2".into(),
                workstream: "Finnes ikke".into(),
            },
            "area 2 has no workstream \"Finnes ikke\"",
        ),
        (
            Structure::AddArea {
                number: "3".into(),
                title: "Dup".into(),
            },
            "the number \"3\" is taken",
        ),
        (
            Structure::AddWorkstream {
                area: "2".into(),
                title: "næringsvennlig kommune".into(),
            },
            "already has a workstream",
        ),
        (
            Structure::RenameWorkstream {
                area: "2".into(),
                workstream: "Effektiv søknadsprosess".into(),
                title: "  ".into(),
            },
            "needs a title",
        ),
    ] {
        let before = read(&path);
        let e = pf.restructure(&change).unwrap_err().to_string();
        assert!(e.contains(says), "{e}");
        assert_eq!(read(&path), before, "a refused change writes nothing");
    }
}

#[test]
fn a_new_workstream_can_be_deleted_again_to_the_same_bytes() {
    let (_d, path) = temp_copy(PLAN);
    let before = read(&path);
    let mut pf = PlanFile::open(&path).unwrap();
    pf.restructure(&Structure::AddWorkstream {
        area: "3".into(),
        title: "Ny".into(),
    })
    .unwrap();
    pf.restructure(&Structure::RemoveWorkstream {
        area: "3".into(),
        workstream: "ny".into(),
    })
    .unwrap();
    assert_eq!(read(&path), before);
}

/// A hand-written plan: CRLF, comments above and inside tables, indented tables, unaligned
/// keys, no blank line between some tables.
const FIXTURE: &str = "# A plan\r\n[plan]\r\ntitle = \"T\"\r\nstart = 2025-01-01\r\nend = 2025-12-31\r\n\r\n# Area one\r\n[[area]]\r\nnumber = \"1\"\r\ntitle = \"One\"   # the first\r\n\r\n  # its stream\r\n  [[area.workstream]]\r\n  title=\"S\"\r\n\r\n    [[area.workstream.activity]]\r\n    id = \"x-1\"\r\n    title = \"A\"\r\n    owner = \"O\"\r\n    due = 2025-05-01\r\n\r\n  # an empty stream, with a comment\r\n  [[area.workstream]]\r\n  title=\"Empty\"\r\n  # trailing note of the stream\r\n\r\n# Area two, empty\r\n[[area]]\r\nnumber = \"2\"\r\ntitle = \"Two\"\r\n";

#[test]
fn a_hand_written_crlf_plan_keeps_its_style() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    fs::write(&path, FIXTURE).unwrap();

    let (_, after) = round_trip(
        &path,
        &Structure::AddWorkstream {
            area: "1".into(),
            title: "New".into(),
        },
    );
    let at = FIXTURE.find("\r\n# Area two").unwrap();
    assert_eq!(
        after,
        format!(
            "{}\r\n  [[area.workstream]]\r\n  title=\"New\"\r\n{}",
            &FIXTURE[..at],
            &FIXTURE[at..]
        )
    );

    let (_, after) = round_trip(
        &path,
        &Structure::RenameWorkstream {
            area: "1".into(),
            workstream: "S".into(),
            title: "Stream".into(),
        },
    );
    assert_eq!(after, FIXTURE.replace("title=\"S\"", "title=\"Stream\""));

    let (_, after) = round_trip(
        &path,
        &Structure::RemoveWorkstream {
            area: "1".into(),
            workstream: "empty".into(),
        },
    );
    assert_eq!(
        after,
        FIXTURE.replace(
            "  # an empty stream, with a comment\r\n  [[area.workstream]]\r\n  title=\"Empty\"\r\n  # trailing note of the stream\r\n\r\n",
            ""
        )
    );

    let (_, after) = round_trip(&path, &Structure::RemoveArea { number: "2".into() });
    assert_eq!(
        after,
        FIXTURE.replace(
            "\r\n\r\n# Area two, empty\r\n[[area]]\r\nnumber = \"2\"\r\ntitle = \"Two\"\r\n",
            "\r\n"
        )
    );

    let (_, after) = round_trip(
        &path,
        &Structure::AddArea {
            number: "3".into(),
            title: "Three".into(),
        },
    );
    assert_eq!(
        after,
        format!("{FIXTURE}\r\n[[area]]\r\nnumber = \"3\"\r\ntitle = \"Three\"\r\n")
    );
    let (_, after) = round_trip(
        &path,
        &Structure::AddArea {
            number: "0".into(),
            title: "Zero".into(),
        },
    );
    // Before area 1's block, whose comment stays with it.
    let at = FIXTURE.find("# Area one").unwrap();
    assert_eq!(
        after,
        format!(
            "{}[[area]]\r\nnumber = \"0\"\r\ntitle = \"Zero\"\r\n\r\n{}",
            &FIXTURE[..at],
            &FIXTURE[at..]
        )
    );
}
