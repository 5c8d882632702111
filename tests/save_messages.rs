//! What saving says, in the reader's language: a conflict (with both values), activities
//! removed elsewhere, a failed write and an unknown id, each in bokmål, nynorsk and English;
//! and the merge driver's conflicts in nynorsk.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::fs;

use chrono::NaiveDate;
use fremdrift::file::edit::{Change, Edit, EditError};
use fremdrift::file::save::PlanFile;
use fremdrift::i18n::Message;
use fremdrift::plan::{Language, Status};

use common::{PLAN, copy_as, day};

fn today() -> NaiveDate {
    day(2017, 11, 21)
}

/// English words of our messages that must not appear in a Norwegian one.
const ENGLISH: &[&str] = &[
    "conflict",
    "changed",
    "elsewhere",
    "nothing",
    "saved",
    " was ",
    " here ",
    "cannot",
    "file no longer",
    "activity",
    "did you mean",
    "the plan",
    "more",
    "waiting",
    "done",
];

fn no_english(text: &str) {
    for w in ENGLISH {
        assert!(!text.contains(w), "English {w:?} in: {text}");
    }
}

/// Our edit of nvk-1's status meets another program's change of the same status.
fn conflict() -> EditError {
    let (_dir, path) = copy_as(PLAN, "plan.toml");
    let mut pf = PlanFile::open(&path).unwrap();
    let mut theirs = PlanFile::open(&path).unwrap();
    theirs
        .apply(
            &Edit::new("nvk-1", Change::Status(Status::Waiting)),
            today(),
        )
        .unwrap();
    let err = pf
        .apply(&Edit::new("nvk-1", Change::Status(Status::Done)), today())
        .unwrap_err();
    assert!(matches!(err, EditError::Conflict(_)), "{err:?}");
    err
}

#[test]
fn a_conflict_names_both_values_in_the_readers_language() {
    let err = conflict();
    let nb = err.describe(Language::Nb);
    assert!(nb.starts_with("konflikt: nvk-1 («"), "{nb}");
    assert!(
        nb.contains("status ble endret et annet sted til venter"),
        "{nb}"
    );
    assert!(nb.contains("her til ferdig (21.11.2017)"), "{nb}");
    assert!(nb.ends_with("ingenting ble lagret"), "{nb}");
    no_english(&nb);

    let nn = err.describe(Language::Nn);
    assert!(
        nn.contains("status vart endra ein annan stad til ventar"),
        "{nn}"
    );
    assert!(nn.contains("her til ferdig (21.11.2017)"), "{nn}");
    assert!(nn.ends_with("ingenting vart lagra"), "{nn}");
    no_english(&nn);

    let en = err.describe(Language::En);
    assert!(
        en.contains("status was changed elsewhere to waiting, here to done (21.11.2017)"),
        "{en}"
    );
    assert!(en.ends_with("; nothing was saved"), "{en}");
    // Display is the English text, for logs.
    assert_eq!(err.to_string(), en);
}

#[test]
fn activities_removed_elsewhere_are_listed_in_the_readers_language() {
    let mut ids: Vec<Message> = ["nvk-1", "nvk-2", "nvk-3", "nvk-4", "nvk-5", "nvk-6"]
        .into_iter()
        .map(Message::verbatim)
        .collect();
    ids.insert(0, fremdrift::msg!("save-area", number = "2"));
    let err = EditError::Removed { ids };
    let nb = err.describe(Language::Nb);
    assert!(
        nb.contains("7 av aktivitetene eller områdene er borte der"),
        "{nb}"
    );
    assert!(
        nb.contains("(område 2, nvk-1, nvk-2, nvk-3, nvk-4 og 2 til)"),
        "{nb}"
    );
    assert!(nb.contains("ingenting ble lagret"), "{nb}");
    no_english(&nb);
    let nn = err.describe(Language::Nn);
    assert!(
        nn.contains("7 av aktivitetane eller områda er borte der"),
        "{nn}"
    );
    assert!(nn.contains("ingenting vart lagra"), "{nn}");
    no_english(&nn);
    let en = err.describe(Language::En);
    assert!(
        en.contains("7 of its activities or areas are gone there (area 2, nvk-1, nvk-2, nvk-3, nvk-4 and 2 more)"),
        "{en}"
    );
}

#[test]
fn a_failed_write_says_why_in_the_readers_language() {
    let (dir, path) = copy_as(PLAN, "plan.toml");
    let mut pf = PlanFile::open(&path).unwrap();
    fs::rename(&path, dir.path().join("moved.toml")).unwrap();
    let err = pf
        .apply(&Edit::new("nvk-1", Change::Status(Status::Done)), today())
        .unwrap_err();
    assert!(matches!(err, EditError::Io { .. }), "{err:?}");
    let nb = err.describe(Language::Nb);
    assert!(nb.starts_with("kan ikke lagre "), "{nb}");
    assert!(
        nb.contains("fila finnes ikke lenger (slettet eller flyttet)"),
        "{nb}"
    );
    no_english(&nb);
    let nn = err.describe(Language::Nn);
    assert!(nn.starts_with("kan ikkje lagre "), "{nn}");
    assert!(
        nn.contains("fila finst ikkje lenger (sletta eller flytta)"),
        "{nn}"
    );
    no_english(&nn);
    let en = err.describe(Language::En);
    assert!(en.contains("the file no longer exists"), "{en}");
    // The edit waits, with the reason in the reader's language.
    let unsaved = pf.unsaved();
    assert_eq!(unsaved.len(), 1);
    assert!(
        unsaved[0]
            .reason
            .render(Language::Nn)
            .contains("fila finst ikkje lenger"),
        "{:?}",
        unsaved[0].reason
    );
}

#[test]
fn an_unreadable_plan_says_why_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let err = PlanFile::open(&dir.path().join("nowhere.toml")).unwrap_err();
    let nn = err.message().render(Language::Nn);
    assert!(nn.ends_with("nowhere.toml: fila finst ikkje"), "{nn}");
    let err = PlanFile::open(dir.path()).unwrap_err();
    let nb = err.message().render(Language::Nb);
    assert!(nb.contains("er en mappe, ikke en planfil"), "{nb}");
    assert!(err.to_string().contains("is a directory"), "{err}");
}

#[test]
fn an_unknown_id_suggests_one_in_the_readers_language() {
    let (_dir, path) = copy_as(PLAN, "plan.toml");
    let mut pf = PlanFile::open(&path).unwrap();
    let err = pf
        .apply(&Edit::new("nvk-l", Change::Status(Status::Done)), today())
        .unwrap_err();
    assert!(matches!(err, EditError::UnknownId { .. }), "{err:?}");
    let nb = err.describe(Language::Nb);
    assert!(
        nb.starts_with(
            "ingen aktivitet har id-en «nvk-l»; mente du «nvk-1»?\nplanens id-er er: nvk-1, "
        ),
        "{nb}"
    );
    no_english(&nb);
    let nn = err.describe(Language::Nn);
    assert!(
        nn.starts_with(
            "ingen aktivitet har id-en «nvk-l»; meinte du «nvk-1»?\nid-ane i planen er: nvk-1, "
        ),
        "{nn}"
    );
    no_english(&nn);
    let en = err.describe(Language::En);
    assert!(
        en.starts_with(
            "no activity has the id \"nvk-l\"; did you mean \"nvk-1\"?\nthe plan's ids are: "
        ),
        "{en}"
    );
}

const NN_PLAN: &str = "[plan]\ntitle = \"P\"\nlanguage = \"nn\"\nstart = 2024-01-01\nend = 2024-12-31\n\n[[area]]\nnumber = \"1\"\ntitle = \"Ein\"\n\n[[area.activity]]\nid = \"x\"\ntitle = \"Kartleggje\"\nowner = \"Ann\"\ndue = 2024-03-08\nstatus = \"ikkje starta\"\n";

#[test]
fn the_merge_drivers_conflicts_in_nynorsk() {
    let ours = NN_PLAN
        .replace("owner = \"Ann\"", "owner = \"Kari\"")
        .replace("ikkje starta", "pågår");
    let theirs = NN_PLAN
        .replace("owner = \"Ann\"", "owner = \"Ola\"")
        .replace("ikkje starta", "ventar");
    let m = fremdrift::git::merge::merge(NN_PLAN, &ours, &theirs, 7);
    assert_eq!(m.language, Some(Language::Nn));
    let lines: Vec<String> = m.conflicts.iter().map(|c| c.render(Language::Nn)).collect();
    assert!(
        lines.contains(
            &"aktiviteten x («Kartleggje»): ansvarleg vart endra på begge sider: vår «Kari», deira «Ola»"
                .to_string()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"aktiviteten x («Kartleggje»): status vart endra på begge sider: vår pågår, deira ventar"
                .to_string()
        ),
        "{lines:?}"
    );
    for l in &lines {
        for w in ["activity", "changed", "both sides", "ours", "theirs"] {
            assert!(!l.contains(w), "English {w:?} in: {l}");
        }
    }
    // The markers left in the file: `check` says so in nynorsk.
    let d = fremdrift::git::merge::leftover_markers(&m.text).expect("markers");
    let nn = d.message.render(Language::Nn);
    assert!(nn.starts_with("uløyst flettekonflikt"), "{nn}");
    assert!(
        nn.contains("vår side har") && nn.contains("deira side har"),
        "{nn}"
    );
    assert_eq!(
        d.help.as_ref().unwrap().render(Language::Nn),
        "behald linjene du vil ha mellom <<<<<<< og >>>>>>>, slett dei andre og markørlinjene, og køyr `fremdrift check` igjen"
    );
}
