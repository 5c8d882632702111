//! `fremdrift PLAN` / `fremdrift open PLAN`: load the plan (errors print and give 1), refuse
//! without a terminal (2), and run the board.

use std::io::IsTerminal;

use super::{EXIT_OK, EXIT_USAGE, OpenArgs, load_valid};
use crate::file::save::PlanFile;
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
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "fremdrift: the board needs a terminal; use `fremdrift list` or `fremdrift report` to print the plan"
        );
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
    let store: Box<dyn Store> = if args.read_only {
        Box::new(Refusing {
            reason: crate::tui::i18n::tr(lang, crate::tui::i18n::Msg::ReadOnlyRefused).to_string(),
        })
    } else {
        Box::new(PlanFileStore::new(PlanFile::new(
            path,
            loaded.source.clone(),
            plan.clone(),
        )))
    };
    let app = App::new(
        plan,
        loaded.parsed.diagnostics.clone(),
        loaded.source.text.clone(),
        options,
    );
    match crate::tui::event_loop::run(app, store) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("fremdrift: terminal error: {}", crate::file::io_message(&e));
            EXIT_USAGE
        }
    }
}
