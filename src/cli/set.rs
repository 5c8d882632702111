//! `fremdrift set PLAN ID [--status S] [--note TEXT] [--due TEXT] [--owner NAME]`: edits one
//! activity and saves it back into the plan (format-preserving, atomic, never clobbering).
//!
//! What it prints says exactly what it did: one line per field it was asked to set and
//! changed (a change made elsewhere and merged in is not this command's, and is not listed as
//! if it were), and after a failure that nothing was saved and the plan is unchanged: a
//! one-shot command keeps no edit to save again. Exit 1 for a conflict or an edit the plan
//! refuses, 2 for trouble reading or writing the file.

use super::{EXIT_PLAN_ERRORS, EXIT_USAGE, SetArgs, color_stderr};
use crate::file::edit::{Change, Edit, EditError, Field};
use crate::file::save::Outcome;
use crate::i18n::{Message, text};
use crate::msg;
use crate::output::text::terminal_safe;
use crate::plan::structure::{AreaChange, Structure};
use crate::plan::{Activity, AreaStatus, Language};

pub fn run(args: &SetArgs) -> i32 {
    if let Some(area) = &args.area {
        return set_area(args, area);
    }
    if let (Some(path), Some(title)) = (&args.workstream, &args.title) {
        return super::author::rename_workstream(&args.plan, path, title, &args.lang);
    }
    // Until the plan is read: `--lang`, else the locale's.
    let early = args.lang.for_plan(None);
    let Some(id) = &args.id else {
        super::say(text(early, "cli-set-give-id"));
        return EXIT_USAGE;
    };
    let mut changes = Vec::new();
    if let Some(s) = &args.status {
        match super::parse_status_arg(s) {
            Ok(s) => changes.push(Change::Status(s)),
            Err(e) => {
                super::say(e);
                return EXIT_USAGE;
            }
        }
    }
    if let Some(n) = &args.note {
        changes.push(Change::Note(Some(n.clone())));
    }
    if args.clear_note {
        changes.push(Change::Note(None));
    }
    if let Some(d) = &args.due {
        changes.push(Change::Due(d.clone()));
    }
    if let Some(o) = &args.owner {
        changes.push(Change::Owner(o.clone()));
    }
    if let Some(t) = &args.title {
        changes.push(Change::Title(t.clone()));
    }
    if let Some(m) = &args.meeting {
        changes.push(Change::Meeting(Some(m.clone())));
    }
    if args.clear_meeting {
        changes.push(Change::Meeting(None));
    }
    if let Some(m) = &args.members {
        changes.push(Change::members(m));
    }
    if changes.is_empty() {
        super::say(text(early, "cli-set-nothing"));
        return EXIT_USAGE;
    }
    let mut file = match super::open_for_edit(&args.plan, args.lang) {
        Ok(f) => f,
        Err(code) => return code,
    };
    // The reader's language for messages; status words stay the plan's (file-format words).
    let lang = args.lang.for_plan(Some(file.plan()));
    let plan_lang = file.plan().language;
    let before = match crate::file::edit::find(file.plan(), id) {
        Ok(i) => file.plan().activities[i].clone(),
        Err(e) => {
            super::say(e.describe(lang));
            return EXIT_PLAN_ERRORS;
        }
    };
    let requested: Vec<Field> = changes.iter().map(Change::field).collect();
    let edits: Vec<Edit> = changes
        .into_iter()
        .map(|c| Edit::new(id.clone(), c))
        .collect();
    let display = crate::output::text::shown(&args.plan);
    match file.apply_all(&edits, args.today.get()) {
        Ok(outcome) => {
            let after =
                crate::file::edit::find(file.plan(), id).map(|i| file.plan().activities[i].clone());
            let mut out = match after {
                Ok(after) => changed_lines(id, &requested, &before, &after, plan_lang, lang),
                Err(_) => String::new(),
            };
            match outcome {
                Outcome::Unchanged => {
                    out.push_str(&msg!("cli-nothing-changed", id = id.as_str()).render(lang));
                    out.push('\n');
                }
                Outcome::Merged => {
                    out.push_str(&msg!("cli-saved-merged", path = display.as_str()).render(lang));
                    out.push('\n');
                }
                Outcome::Saved => {}
            }
            if let Some(n) = file.take_notice() {
                super::say(msg!("cli-note", note = n.render(lang)).render(lang));
            }
            let code = super::emit(&out, lang);
            // The next run finds the saved text's parse in the cache (when this save knows it).
            if outcome != Outcome::Unchanged {
                file.keep_in_cache();
            }
            code
        }
        Err(e) => {
            // Rendered safe already (diagnostics keep their colours).
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "fremdrift: {}",
                failure_message(&e, &display, color_stderr(), lang)
            );
            match e {
                EditError::Io { .. } => EXIT_USAGE,
                _ => EXIT_PLAN_ERRORS,
            }
        }
    }
}

/// `set PLAN --area N --status S [--reason TEXT] [--title TEXT]`.
fn set_area(args: &SetArgs, number: &str) -> i32 {
    let early = args.lang.for_plan(None);
    let status = match args.status.as_deref().map(|s| {
        AreaStatus::parse(s).ok_or_else(|| {
            msg!(
                "cli-unknown-area-status",
                value = s,
                expected = AreaStatus::accepted()
            )
            .render(early)
        })
    }) {
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => {
            super::say(e);
            return EXIT_USAGE;
        }
        None => None,
    };
    if status.is_none() && args.reason.is_none() && args.title.is_none() {
        super::say(text(early, "cli-set-area-nothing"));
        return EXIT_USAGE;
    }
    let mut file = match super::open_for_edit(&args.plan, args.lang) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = args.lang.for_plan(Some(file.plan()));
    let plan_lang = file.plan().language;
    let change = Structure::Area {
        number: number.to_string(),
        change: AreaChange {
            title: args.title.clone(),
            status,
            reason: args.reason.clone().map(Some),
        },
    };
    let before = file
        .plan()
        .area_index(number)
        .ok()
        .map(|i| file.plan().areas[i].clone());
    match file.restructure(&change) {
        Ok(outcome) => {
            let mut out = String::new();
            if let (Some(before), Ok(i)) = (before, file.plan().area_index(number)) {
                let after = &file.plan().areas[i];
                let reason = |r: Option<&str>| {
                    r.map_or_else(|| text(lang, "cli-none"), |r| format!("\"{r}\""))
                };
                let mut line = |m: crate::i18n::Message| {
                    out.push_str(&m.render(lang));
                    out.push('\n');
                };
                if before.status != after.status {
                    line(msg!(
                        "cli-area-status-changed",
                        number = number,
                        old = before.status.word(plan_lang),
                        new = after.status.word(plan_lang)
                    ));
                }
                if before.reason != after.reason {
                    line(msg!(
                        "cli-area-reason-changed",
                        number = number,
                        old = reason(before.reason.as_deref()),
                        new = reason(after.reason.as_deref())
                    ));
                }
                if before.title != after.title {
                    line(msg!(
                        "cli-area-title-changed",
                        number = number,
                        old = before.title.as_str(),
                        new = after.title.as_str()
                    ));
                }
            }
            if outcome == Outcome::Unchanged {
                out.push_str(&msg!("cli-area-nothing-changed", number = number).render(lang));
                out.push('\n');
            }
            super::emit(&out, lang)
        }
        Err(e) => {
            let display = crate::output::text::shown(&args.plan);
            super::say(failure_message(&e, &display, false, lang));
            match e {
                EditError::Io { .. } => EXIT_USAGE,
                _ => EXIT_PLAN_ERRORS,
            }
        }
    }
}

/// One line per requested field whose value changed: "ID field: old → new". `before` is the
/// activity as this command loaded it and `after` as it saved it; fields it was not asked to
/// set are left out even when they differ (a change made elsewhere, merged in).
fn changed_lines(
    id: &str,
    requested: &[Field],
    before: &Activity,
    after: &Activity,
    plan_lang: Language,
    lang: Language,
) -> String {
    let mut out = String::new();
    for field in [
        Field::Status,
        Field::Note,
        Field::Due,
        Field::Owner,
        Field::Title,
        Field::Meeting,
        Field::Members,
    ] {
        if !requested.contains(&field) {
            continue;
        }
        let (old, new) = (
            show(before, field, plan_lang, lang),
            show(after, field, plan_lang, lang),
        );
        if old != new {
            let field = field_name(field);
            out.push_str(
                &msg!("cli-changed", id = id, field = field, old = old, new = new).render(lang),
            );
            out.push('\n');
        }
    }
    out
}

/// The save failures whose message ends "nothing was saved" itself.
const SAY_NOTHING_SAVED: [&str; 4] = [
    "save-busy",
    "save-kept-writing",
    "save-same-lines",
    "save-lock-timeout",
];

/// What `set` says after a failure, ending with what became of the plan: nothing was saved.
/// (The error's own text for a failed write says "the edit is kept and can be saved again",
/// which holds on the board but not for a command that exits.)
fn failure_message(e: &EditError, display: &str, color: bool, lang: Language) -> String {
    let unchanged =
        |error: String| msg!("cli-not-saved-unchanged", error = error, path = display).render(lang);
    match e {
        // Diagnostics are rendered safe already, and say that nothing was saved.
        EditError::Invalid { .. } | EditError::ExternalInvalid { .. } => {
            e.render(display, color, lang)
        }
        // These say that nothing was saved already.
        EditError::Io { message } if SAY_NOTHING_SAVED.contains(&message.id.as_ref()) => {
            terminal_safe(&e.describe(lang)).into_owned()
        }
        // Other messages quote plan text.
        EditError::Io { .. } | EditError::Refused { .. } => {
            terminal_safe(&unchanged(e.describe(lang))).into_owned()
        }
        EditError::Conflict(c) => terminal_safe(&unchanged(
            msg!(
                "cli-conflict",
                id = c.id.as_str(),
                title = c.title.as_str(),
                field = field_name(c.field),
                theirs = c.theirs_text(lang),
                ours = c.ours_text(lang)
            )
            .render(lang),
        ))
        .into_owned(),
        EditError::UnknownId { .. } | EditError::Bug { .. } | EditError::Removed { .. } => {
            terminal_safe(&e.describe(lang)).into_owned()
        }
    }
}

/// A field's name as `set` reports it ("owner", "ansvarlig").
fn field_name(field: Field) -> crate::i18n::Message {
    match field {
        Field::Status => Message::new("cli-field-status"),
        Field::Note => Message::new("cli-field-note"),
        Field::Due => Message::new("cli-field-due"),
        Field::Owner => Message::new("cli-field-owner"),
        Field::Title => Message::new("cli-field-title"),
        Field::Meeting => Message::new("cli-field-meeting"),
        Field::Members => Message::new("cli-field-members"),
    }
}

/// A field's value as `set` reports it: status words in the plan's language (they are what the
/// file says), the rest in the reader's `lang`.
fn show(a: &Activity, field: Field, plan_lang: Language, lang: Language) -> String {
    match field {
        Field::Status => match a.done_on {
            Some(d) => format!("{} ({})", a.status.word(plan_lang), d.format("%d.%m.%Y")),
            None => a.status.word(plan_lang).to_string(),
        },
        Field::Note => a
            .note
            .as_ref()
            .map_or_else(|| text(lang, "cli-no-note"), |n| format!("\"{n}\"")),
        Field::Due => format!("\"{}\"", a.due.text),
        Field::Owner => format!("\"{}\"", a.owner),
        Field::Title => format!("\"{}\"", a.title),
        Field::Meeting => a
            .meeting
            .as_ref()
            .map_or_else(|| text(lang, "cli-none"), |m| format!("\"{m}\"")),
        Field::Members => format!("\"{}\"", a.members.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::edit::Conflict;

    fn activity() -> Activity {
        let text = std::fs::read_to_string("plans/naeringsvennlig-kommune.toml").unwrap();
        crate::file::parse_plan(&text).plan.unwrap().activities[0].clone()
    }

    #[test]
    fn only_the_requested_fields_are_reported_as_changed() {
        let before = activity();
        let mut after = before.clone();
        after.owner = "Kari".into();
        // Merged in from a change made elsewhere: not this command's doing.
        after.note = Some("from elsewhere".into());
        let out = changed_lines(
            "nvk-1",
            &[Field::Owner],
            &before,
            &after,
            Language::Nb,
            Language::En,
        );
        assert_eq!(
            out,
            format!("nvk-1 owner: \"{}\" → \"Kari\"\n", before.owner)
        );
        let both = changed_lines(
            "nvk-1",
            &[Field::Owner, Field::Note],
            &before,
            &after,
            Language::Nb,
            Language::En,
        );
        assert_eq!(both.lines().count(), 2, "{both}");
        // Asked for, but already so: nothing to report.
        assert_eq!(
            changed_lines(
                "nvk-1",
                &[Field::Due],
                &before,
                &after,
                Language::Nb,
                Language::En
            ),
            ""
        );
    }

    #[test]
    fn a_failure_says_nothing_was_saved_once_and_never_that_the_edit_is_kept() {
        let io = EditError::Io {
            message: crate::msg!("save-read-only", path = "p.toml"),
        };
        let conflict = EditError::Conflict(Box::new(Conflict {
            id: "nvk-1".into(),
            title: "T".into(),
            field: Field::Owner,
            ours: crate::file::edit::Patch {
                owner: Some("Kari".into()),
                ..Default::default()
            },
            theirs: Some(crate::file::edit::Patch {
                owner: Some("Ola".into()),
                ..Default::default()
            }),
        }));
        assert_eq!(
            failure_message(&io, "p.toml", false, Language::En),
            "cannot save p.toml: the file is read-only (make it writable, then save again); \
             nothing was saved, p.toml is unchanged"
        );
        assert_eq!(
            failure_message(&conflict, "p.toml", false, Language::En),
            "conflict: nvk-1 (\"T\") owner was changed elsewhere to \"Ola\", here to \"Kari\"; \
             nothing was saved, p.toml is unchanged"
        );
        // The conflict in the reader's language: nynorsk names the field and what was saved.
        assert_eq!(
            failure_message(&conflict, "p.toml", false, Language::Nn),
            "konflikt: ansvarleg for nvk-1 («T») vart endra ein annan stad til «Ola», her til \
             «Kari»; ingenting vart lagra, p.toml er uendra"
        );
        for e in [io, conflict] {
            let m = failure_message(&e, "p.toml", false, Language::En);
            assert!(!m.contains("kept"), "{m}");
            assert_eq!(m.matches("nothing was saved").count(), 1, "{m}");
        }
    }

    #[test]
    fn changed_lines_name_the_field_in_the_readers_language() {
        let before = activity();
        let mut after = before.clone();
        after.owner = "Kari".into();
        after.note = Some("n".into());
        let out = changed_lines(
            "nvk-1",
            &[Field::Note, Field::Owner],
            &before,
            &after,
            Language::Nb,
            Language::Nn,
        );
        assert_eq!(
            out,
            format!(
                "nvk-1 merknad: (ingen merknad) → \"n\"\nnvk-1 ansvarleg: \"{}\" → \"Kari\"\n",
                before.owner
            )
        );
    }

    #[test]
    fn a_failure_says_nothing_was_saved_once() {
        let busy = EditError::Io {
            message: crate::msg!("save-busy", path = "p.toml", seconds = 3u64),
        };
        let said = failure_message(&busy, "p.toml", false, Language::En);
        assert_eq!(said.matches("nothing was saved").count(), 1, "{said}");
        // The list names only messages that do say it themselves.
        let catalogue = include_str!("../../i18n/en/file.ftl");
        for id in SAY_NOTHING_SAVED {
            let line = catalogue
                .lines()
                .find(|l| l.starts_with(&format!("{id} =")))
                .unwrap_or_default();
            assert!(line.ends_with("nothing was saved"), "{id}: {line}");
        }
        let other = EditError::Io {
            message: crate::msg!("save-gone", path = "p.toml"),
        };
        let said = failure_message(&other, "p.toml", false, Language::En);
        assert!(
            said.ends_with("nothing was saved, p.toml is unchanged"),
            "{said}"
        );
    }
}
