//! `fremdrift set PLAN ID [--status S] [--note TEXT] [--due TEXT] [--owner NAME]`: edits one
//! activity and saves it back into the plan (format-preserving, atomic, never clobbering).

use super::{EXIT_PLAN_ERRORS, EXIT_USAGE, SetArgs, color_stderr, load_valid};
use crate::file::edit::{Change, Edit, EditError, Field};
use crate::file::save::{Outcome, PlanFile};
use crate::output::text::terminal_safe;
use crate::plan::{Activity, Language};

pub fn run(args: &SetArgs) -> i32 {
    let mut changes = Vec::new();
    if let Some(s) = args.status {
        changes.push(Change::Status(s));
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
    if changes.is_empty() {
        eprintln!(
            "fremdrift: nothing to set; give --status, --note, --clear-note, --due or --owner"
        );
        return EXIT_USAGE;
    }
    let (loaded, plan) = match load_valid(&args.plan) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut file = PlanFile::new(&args.plan, loaded.source, plan);
    let lang = file.plan().language;
    let before = match crate::file::edit::find(file.plan(), &args.id) {
        Ok(i) => file.plan().activities[i].clone(),
        Err(e) => {
            eprintln!("fremdrift: {}", terminal_safe(&e.to_string()));
            return EXIT_PLAN_ERRORS;
        }
    };
    let edits: Vec<Edit> = changes
        .into_iter()
        .map(|c| Edit::new(args.id.clone(), c))
        .collect();
    let display = args.plan.display().to_string();
    match file.apply_all(&edits, args.today.get()) {
        Ok(outcome) => {
            let after = crate::file::edit::find(file.plan(), &args.id)
                .map(|i| file.plan().activities[i].clone());
            let mut out = String::new();
            if let Ok(after) = after {
                for field in [Field::Status, Field::Note, Field::Due, Field::Owner] {
                    let (old, new) = (show(&before, field, lang), show(&after, field, lang));
                    if old != new {
                        out.push_str(&format!("{} {field}: {old} → {new}\n", args.id));
                    }
                }
            }
            match outcome {
                Outcome::Unchanged => out.push_str(&format!("{}: nothing changed\n", args.id)),
                Outcome::Merged => out.push_str(&format!(
                    "saved {display}, merged with changes made elsewhere\n"
                )),
                Outcome::Saved => {}
            }
            super::emit(&out)
        }
        Err(e) => {
            // Diagnostics are rendered safe already; other messages quote plan text.
            let message = match &e {
                EditError::Invalid { .. } | EditError::ExternalInvalid { .. } => {
                    e.render(&display, color_stderr())
                }
                _ => terminal_safe(&e.to_string()).into_owned(),
            };
            eprintln!("fremdrift: {message}");
            match e {
                EditError::Io { .. } => EXIT_USAGE,
                _ => EXIT_PLAN_ERRORS,
            }
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
    }
}
