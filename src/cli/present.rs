//! `fremdrift present PLAN`: the read-only presentation mode for a meeting. The plan must load
//! at start (errors print and give 1) and `--meeting` must name one of its series (2); after
//! that, changes on disk are followed and shown, bad ones under a banner.

use std::io::IsTerminal;

use super::{EXIT_OK, EXIT_USAGE, LangArg, PresentArgs, load_valid, say};
use crate::file::watch::Watcher;
use crate::msg;
use crate::tui::present::{Options, Presenter};
use crate::tui::theme::{Theme, color_allowed};

pub fn run(args: &PresentArgs) -> i32 {
    let lang_arg = LangArg { lang: args.lang };
    let (loaded, plan) = match load_valid(&args.plan, lang_arg) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let lang = lang_arg.for_plan(Some(&plan));
    if let Err(e) = crate::plan::meetings::select_series(&plan, args.meeting.as_deref()) {
        say(e.message().render(lang));
        return EXIT_USAGE;
    }
    if !std::io::stdout().is_terminal() {
        say(crate::i18n::text(lang, "cli-needs-terminal-present"));
        return EXIT_USAGE;
    }
    let watcher = Watcher::after(&args.plan, &loaded);
    let presenter = Presenter::new(
        plan.clone(),
        loaded.parsed.diagnostics.clone(),
        loaded.source.text.clone(),
        Options {
            today: args.today.get(),
            lang,
            theme: Theme::new(args.theme, color_allowed()),
            meeting: args.meeting.clone(),
            cycle: args.cycle,
            path: loaded.source.display_path(),
            from_board: false,
        },
    )
    .with_file(args.plan.clone());
    match crate::tui::event_loop::run_present(presenter, watcher) {
        Ok(None) => EXIT_OK,
        Ok(Some(signal)) => crate::tui::event_loop::exit_code_for(signal),
        Err(e) => {
            say(msg!(
                "cli-terminal-error",
                error = crate::file::io_reason(&e).render(lang)
            )
            .render(lang));
            EXIT_USAGE
        }
    }
}
