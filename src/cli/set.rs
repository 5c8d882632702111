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
use crate::output::text::terminal_safe;
use crate::plan::structure::{AreaChange, Structure};
use crate::plan::{Activity, AreaStatus, Language};

pub fn run(args: &SetArgs) -> i32 {
    if let Some(area) = &args.area {
        return set_area(args, area);
    }
    let Some(id) = &args.id else {
        super::say("give the activity's ID, or --area N");
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
        super::say(
            "nothing to set; give --status, --note, --clear-note, --due, --owner, --title, --meeting, --clear-meeting or --members",
        );
        return EXIT_USAGE;
    }
    let mut file = match super::open_for_edit(&args.plan) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = file.plan().language;
    let before = match crate::file::edit::find(file.plan(), id) {
        Ok(i) => file.plan().activities[i].clone(),
        Err(e) => {
            super::say(e);
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
                Ok(after) => changed_lines(id, &requested, &before, &after, lang),
                Err(_) => String::new(),
            };
            match outcome {
                Outcome::Unchanged => out.push_str(&format!("{id}: nothing changed\n")),
                Outcome::Merged => out.push_str(&format!(
                    "saved {display}, merged with changes made elsewhere\n"
                )),
                Outcome::Saved => {}
            }
            if let Some(n) = file.take_notice() {
                super::say(format_args!("note: {}", n.render(lang)));
            }
            super::emit(&out)
        }
        Err(e) => {
            // Rendered safe already (diagnostics keep their colours).
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "fremdrift: {}",
                failure_message(&e, &display, color_stderr())
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
    let status = match args.status.as_deref().map(|s| {
        AreaStatus::parse(s).ok_or_else(|| {
            format!(
                "unknown area status \"{s}\": expected one of {}",
                AreaStatus::accepted()
            )
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
        super::say("nothing to set; give --status, --reason or --title with --area");
        return EXIT_USAGE;
    }
    let mut file = match super::open_for_edit(&args.plan) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let lang = file.plan().language;
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
                if before.status != after.status {
                    out.push_str(&format!(
                        "area {number} status: {} → {}\n",
                        before.status.word(lang),
                        after.status.word(lang)
                    ));
                }
                if before.reason != after.reason {
                    out.push_str(&format!(
                        "area {number} reason: {} → {}\n",
                        before
                            .reason
                            .as_deref()
                            .map_or("(none)".into(), |r| format!("\"{r}\"")),
                        after
                            .reason
                            .as_deref()
                            .map_or("(none)".into(), |r| format!("\"{r}\""))
                    ));
                }
                if before.title != after.title {
                    out.push_str(&format!(
                        "area {number} title: \"{}\" → \"{}\"\n",
                        before.title, after.title
                    ));
                }
            }
            if outcome == Outcome::Unchanged {
                out.push_str(&format!("area {number}: nothing changed\n"));
            }
            super::emit(&out)
        }
        Err(e) => {
            let display = crate::output::text::shown(&args.plan);
            super::say(failure_message(&e, &display, false));
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
        let (old, new) = (show(before, field, lang), show(after, field, lang));
        if old != new {
            out.push_str(&format!("{id} {field}: {old} → {new}\n"));
        }
    }
    out
}

/// What `set` says after a failure, ending with what became of the plan: nothing was saved.
/// (The error's own text for a failed write says "the edit is kept and can be saved again",
/// which holds on the board but not for a command that exits.)
fn failure_message(e: &EditError, display: &str, color: bool) -> String {
    let unchanged = format!("nothing was saved, {display} is unchanged");
    match e {
        // Diagnostics are rendered safe already, and say that nothing was saved.
        EditError::Invalid { .. } | EditError::ExternalInvalid { .. } => {
            e.render(display, color, crate::plan::Language::En)
        }
        // Other messages quote plan text.
        EditError::Io { message } => {
            terminal_safe(&format!("{}; {unchanged}", message.english())).into_owned()
        }
        EditError::Conflict(c) => terminal_safe(&format!(
            "conflict: {} (\"{}\") {} was changed elsewhere to {}, here to {}; {unchanged}",
            c.id,
            c.title,
            c.field,
            c.theirs_text(crate::plan::Language::En),
            c.ours_text(crate::plan::Language::En)
        ))
        .into_owned(),
        EditError::Refused { message } => {
            terminal_safe(&format!("{}; {unchanged}", message.english())).into_owned()
        }
        EditError::UnknownId { .. } | EditError::Bug { .. } | EditError::Removed { .. } => {
            terminal_safe(&e.to_string()).into_owned()
        }
    }
}

fn show(a: &Activity, field: Field, lang: Language) -> String {
    match field {
        Field::Status => match a.done_on {
            Some(d) => format!("{} ({})", a.status.word(lang), d.format("%d.%m.%Y")),
            None => a.status.word(lang).to_string(),
        },
        Field::Note => a
            .note
            .as_ref()
            .map_or("(no note)".to_string(), |n| format!("\"{n}\"")),
        Field::Due => format!("\"{}\"", a.due.text),
        Field::Owner => format!("\"{}\"", a.owner),
        Field::Title => format!("\"{}\"", a.title),
        Field::Meeting => a
            .meeting
            .as_ref()
            .map_or("(none)".to_string(), |m| format!("\"{m}\"")),
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
        let out = changed_lines("nvk-1", &[Field::Owner], &before, &after, Language::Nb);
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
        );
        assert_eq!(both.lines().count(), 2, "{both}");
        // Asked for, but already so: nothing to report.
        assert_eq!(
            changed_lines("nvk-1", &[Field::Due], &before, &after, Language::Nb),
            ""
        );
    }

    #[test]
    fn a_failure_says_nothing_was_saved_once_and_never_that_the_edit_is_kept() {
        let io = EditError::Io {
            message: "cannot write p.toml: the file is read-only".into(),
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
            failure_message(&io, "p.toml", false),
            "cannot write p.toml: the file is read-only; nothing was saved, p.toml is unchanged"
        );
        assert_eq!(
            failure_message(&conflict, "p.toml", false),
            "conflict: nvk-1 (\"T\") owner was changed elsewhere to \"Ola\", here to \"Kari\"; \
             nothing was saved, p.toml is unchanged"
        );
        for e in [io, conflict] {
            let m = failure_message(&e, "p.toml", false);
            assert!(!m.contains("kept"), "{m}");
            assert_eq!(m.matches("nothing was saved").count(), 1, "{m}");
        }
    }
}
