//! `fremdrift PLAN` / `fremdrift open PLAN`: load the plan (errors print and give 1), refuse
//! without a terminal (2, mentioning a recovery file if there is one), and run the board: an
//! editing board lists itself in the plan's editor-presence file, is told about other editors,
//! and is offered the edits of a recovery file.

use std::io::IsTerminal;

use super::{EXIT_OK, EXIT_USAGE, OpenArgs, load_valid};
use crate::file::save::PlanFile;
use crate::file::{presence, recovery};
use crate::tui::file_store::PlanFileStore;
use crate::tui::store::{Refusing, Store};
use crate::tui::theme::{Theme, color_allowed};
use crate::tui::{App, Options};

pub fn run(args: &OpenArgs) -> i32 {
    let Some(path) = &args.plan else {
        eprintln!(
            "fremdrift: give a plan file, e.g. `fremdrift open plans/naeringsvennlig-kommune.toml`"
        );
        return EXIT_USAGE;
    };
    let (loaded, plan) = match load_valid(path) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let recovered = recovery::read(path);
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "fremdrift: the board needs a terminal; use `fremdrift list` or `fremdrift report` to print the plan"
        );
        match &recovered {
            Ok(Some(r)) => eprintln!(
                "fremdrift: note: {} holds {} unsaved edit(s) from {}; open the board in a terminal to re-apply or discard them",
                recovery::path_for(path).display(),
                r.edits.len(),
                r.written_at
            ),
            Ok(None) => {}
            Err(e) => eprintln!("fremdrift: note: {e}"),
        }
        return EXIT_USAGE;
    }
    let lang = args.lang.unwrap_or(plan.language);
    let options = Options {
        today: args.today.get(),
        lang,
        theme: Theme::new(args.theme, color_allowed()),
        read_only: args.read_only,
        path: loaded.source.display_path(),
    };
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    // Others first, then me: I am never my own "other editor".
    let others: Vec<String> = if args.read_only {
        Vec::new()
    } else {
        presence::others(path)
            .iter()
            .map(|e| e.describe())
            .collect()
    };
    let store: Box<dyn Store> = if args.read_only {
        Box::new(Refusing {
            reason: crate::tui::i18n::tr(lang, crate::tui::i18n::Msg::ReadOnlyRefused).to_string(),
        })
    } else {
        let store = PlanFileStore::new(PlanFile::new(path, loaded.source.clone(), plan.clone()));
        // Presence only informs; a folder where it cannot be written still lets you edit.
        match presence::register(path, &now) {
            Ok(reg) => Box::new(store.with_presence(reg)),
            Err(_) => Box::new(store),
        }
    };
    let mut app = App::new(
        plan,
        loaded.parsed.diagnostics.clone(),
        loaded.source.text.clone(),
        options,
    );
    app.warn_other_editors(others);
    match recovered {
        Ok(Some(r)) => app.offer_recovery(r),
        Ok(None) => {}
        Err(e) => {
            app.message = Some(crate::tui::app::Message {
                kind: crate::tui::app::MessageKind::Error,
                text: format!("{e}; it is left as it is"),
            });
        }
    }
    match crate::tui::event_loop::run_to_end(app, store) {
        Ok(ending) => {
            if ending.set_aside {
                eprintln!(
                    "fremdrift: stopped by a signal; unsaved edits were written to {}, and the next start offers to re-apply them",
                    recovery::path_for(path).display()
                );
            }
            for lost in &ending.lost {
                eprintln!("fremdrift: not saved: {lost}");
            }
            if ending.lost.is_empty() {
                EXIT_OK
            } else {
                EXIT_USAGE
            }
        }
        Err(e) => {
            eprintln!("fremdrift: terminal error: {}", crate::file::io_message(&e));
            EXIT_USAGE
        }
    }
}
