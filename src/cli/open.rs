//! `fremdrift PLAN` / `fremdrift open PLAN`: load the plan (errors print and give 1), refuse
//! without a terminal (2, mentioning a recovery file if there is one), and run the board (after
//! SIGTERM, SIGHUP or SIGINT it exits with 128 + the signal's number, as a shell expects): an
//! editing board lists itself in the plan's editor-presence file, is told about other editors,
//! and is offered the edits of a recovery file. `fremdrift DIR` opens the portfolio of the
//! folder's plans instead, from which each plan opens on the same board.

use std::io::IsTerminal;
use std::path::Path;

use super::{EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, LangArg, OpenArgs, load_usable, say};
use crate::file::save::PlanFile;
use crate::file::{Loaded, presence, recovery};
use crate::msg;
use crate::output::text::shown;
use crate::plan::Language;
use crate::plan::Plan;
use crate::tui::event_loop::Ending;
use crate::tui::file_store::PlanFileStore;
use crate::tui::portfolio::{self, Entry, Portfolio};
use crate::tui::store::{Refusing, Store};
use crate::tui::theme::{Theme, color_allowed};
use crate::tui::{App, Options};

pub fn run(args: &OpenArgs) -> i32 {
    let lang_arg = LangArg { lang: args.lang };
    let Some(path) = &args.plan else {
        say(crate::i18n::text(
            lang_arg.for_plan(None),
            "cli-give-plan-open",
        ));
        return EXIT_USAGE;
    };
    if path.is_dir() {
        return run_portfolio(args, path);
    }
    // A path that names no file yet: on a terminal, offer to start a plan there.
    // Declined, or no terminal to ask on: the load below says the file is missing.
    if !path.exists() && !args.read_only {
        create_here(path, args.lang);
    }
    let (loaded, plan) = loop {
        match load_usable(path, lang_arg) {
            Ok(v) => break v,
            // TOML that cannot be read: on a terminal, the editor at the error, then again.
            Err(code) if code == EXIT_PLAN_ERRORS && !args.read_only => {
                if !fix_in_editor(path, lang_arg) {
                    return code;
                }
            }
            Err(code) => return code,
        }
    };
    let lang = lang_arg.for_plan(Some(&plan));
    let recovered = recovery::read(path).map_err(|e| e.render(lang));
    if !std::io::stdout().is_terminal() {
        say(crate::i18n::text(lang, "cli-needs-terminal-board"));
        match &recovered {
            Ok(Some(r)) => say(msg!(
                "cli-recovery-waiting",
                path = shown(&recovery::path_for(path)),
                count = r.edits.len(),
                when = r.written_at.as_str()
            )
            .render(lang)),
            Ok(None) => {}
            Err(e) => say(msg!("cli-note", note = e.as_str()).render(lang)),
        }
        return EXIT_USAGE;
    }
    let (app, store) = board(args, path, &loaded, plan, recovered);
    match crate::tui::event_loop::run_to_end(app, store) {
        Ok(ending) => report_ending(path, &ending, lang),
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

/// A plan whose TOML cannot be read (its error already printed): on a terminal, asks whether to
/// open it in the user's editor at the error, and does. True when the editor ran, so the plan
/// is read again.
/// Asks on the terminal whether to write a new plan at `path` (what `fremdrift new` writes),
/// and its title; `true` when it was written. Never asks without a terminal to ask on.
fn create_here(path: &Path, cli_lang: Option<crate::plan::Language>) -> bool {
    use std::io::{BufRead, Write};
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return false;
    }
    let lang = crate::i18n::choose(cli_lang, None);
    let ask = |question: String| -> Option<String> {
        print!("{question} ");
        let _ = std::io::stdout().flush();
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer).ok()?;
        Some(answer.trim().to_string())
    };
    let Some(answer) = ask(msg!("open-new-ask", path = shown(path)).render(lang)) else {
        return false;
    };
    let yes = crate::i18n::text(lang, "open-new-yes");
    let answer = answer.to_lowercase();
    if answer.is_empty() || !yes.split(',').any(|y| y.trim() == answer) {
        return false;
    }
    let suggested = path
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    let Some(title) = ask(msg!("open-new-title", suggested = suggested.as_str()).render(lang))
    else {
        return false;
    };
    let title = if title.is_empty() { suggested } else { title };
    let text = super::author::skeleton(&title, None, None, None, lang);
    match crate::file::output::write_output(path, text.as_bytes(), &[]) {
        Ok(_) => true,
        Err(e) => {
            say(e.render(lang));
            false
        }
    }
}

fn fix_in_editor(path: &Path, lang: LangArg) -> bool {
    use std::io::{BufRead, Write};
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return false;
    }
    let Ok(loaded) = crate::file::load(path) else {
        return false;
    };
    // Only when nothing could be read: a plan with errors opens on the board.
    if loaded.parsed.usable().is_some() {
        return false;
    }
    let lang = lang.for_plan(None);
    let line = loaded
        .parsed
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .and_then(|d| d.line_col(&loaded.source.text))
        .map_or(1, |(l, _)| l);
    let command = crate::tui::event_loop::editor_command();
    let Some(editor) = command.first() else {
        return false;
    };
    print!(
        "{} ",
        msg!(
            "broken-syntax-ask",
            path = shown(path),
            editor = editor.as_str(),
            line = line
        )
        .render(lang)
    );
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    let yes = crate::i18n::text(lang, "broken-syntax-yes");
    let answer = answer.trim().to_lowercase();
    if answer.is_empty() || !yes.split(',').any(|y| y.trim() == answer) {
        return false;
    }
    match std::process::Command::new(editor)
        .args(&command[1..])
        .arg(format!("+{line}"))
        .arg(path)
        .status()
    {
        Ok(_) => true,
        Err(e) => {
            say(msg!(
                "broken-editor-failed",
                editor = editor.as_str(),
                error = crate::file::io_reason(&e)
            )
            .render(lang));
            false
        }
    }
}

/// The board for a loaded plan, and its store: presence registered, other editors warned of,
/// a recovery file offered. The single board and the portfolio's boards are built here.
fn board(
    args: &OpenArgs,
    path: &Path,
    loaded: &Loaded,
    plan: Plan,
    recovered: Result<Option<recovery::Recovery>, String>,
) -> (App, Box<dyn Store>) {
    let lang = plan.reader_language(args.lang);
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
            .map(|e| e.describe(lang))
            .collect()
    };
    let store: Box<dyn Store> = if args.read_only {
        Box::new(Refusing {
            reason: crate::tui::i18n::tr(lang, crate::tui::i18n::Msg::ReadOnlyRefused).to_string(),
        })
    } else {
        let store = PlanFileStore::new(
            PlanFile::new(path, loaded.source.clone(), plan.clone())
                .with_spans(loaded.parsed.spans.clone()),
        )
        .with_lang(lang);
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
    // A plan with errors: say what the board shows, and how to fix it.
    let errors = loaded
        .parsed
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .count();
    if errors > 0 {
        app.notify(
            crate::tui::app::MessageKind::Error,
            msg!(
                "broken-opened",
                count = errors,
                mark = crate::tui::theme::Mark::Broken.symbol()
            )
            .render(lang),
        );
    }
    match recovered {
        Ok(Some(r)) => app.offer_recovery(r),
        Ok(None) => {}
        Err(e) => {
            app.notify(
                crate::tui::app::MessageKind::Error,
                msg!("cli-recovery-left", error = e.as_str()).render(lang),
            );
        }
    }
    (app, store)
}

/// Prints what a board's ending means for the plan at `path`; the exit code it stands for.
/// Printed through `say`, never `eprintln!`, which panics when the terminal has hung up: the
/// exit code must still say what happened.
fn report_ending(path: &Path, ending: &Ending, lang: Language) -> i32 {
    if let Some(e) = &ending.terminal_error {
        say(msg!("cli-terminal-error", error = e.to_string()).render(lang));
    }
    if ending.set_aside {
        say(msg!("cli-set-aside", path = shown(&recovery::path_for(path))).render(lang));
    }
    for lost in &ending.lost {
        say(msg!("cli-lost", what = lost.to_string()).render(lang));
    }
    if let Some(signal) = ending.signal {
        // As a shell reports a program a signal stopped: 128 + the signal's number.
        crate::tui::event_loop::exit_code_for(signal)
    } else if ending.lost.is_empty() && ending.terminal_error.is_none() {
        EXIT_OK
    } else {
        EXIT_USAGE
    }
}

/// `fremdrift DIR`: every `*.toml` plan of the folder; a plan that does not load is listed with
/// its error and never hides the others. With no plan that loads, the errors print and give 1.
fn run_portfolio(args: &OpenArgs, dir: &Path) -> i32 {
    let lang_arg = LangArg { lang: args.lang };
    let paths = match super::expand_plans_in(dir, lang_arg.for_plan(None)) {
        Ok(p) => p,
        Err(e) => {
            say(e);
            return EXIT_USAGE;
        }
    };
    let loads = crate::file::load_all(&paths);
    // Watches from what was just read: only later changes, and files that come or go, show.
    let watcher = crate::file::watch::FolderWatcher::after(
        dir,
        paths
            .iter()
            .zip(&loads)
            .map(|(p, l)| (p.as_path(), l.as_ref().ok())),
    );
    let entries: Vec<Entry> = paths
        .iter()
        .zip(loads)
        .map(|(p, result)| Entry::from_load(p, result))
        .collect();
    // `--lang`, else the language the plans declare if they agree, else the locale's.
    let lang = crate::i18n::choose(args.lang, Portfolio::language_of(&entries));
    if entries.iter().all(|e| e.result.is_err()) {
        for e in &entries {
            if let Err(why) = &e.result {
                say(why.describe(crate::i18n::choose(args.lang, None)));
            }
        }
        let dir = shown(dir);
        say(msg!("cli-no-plan-loads", path = dir).render(lang));
        return EXIT_PLAN_ERRORS;
    }
    if !std::io::stdout().is_terminal() {
        say(crate::i18n::text(lang, "cli-needs-terminal-board"));
        return EXIT_USAGE;
    }
    let options = portfolio::Options {
        today: args.today.get(),
        lang,
        theme: Theme::new(args.theme, color_allowed()),
        folder: shown(dir),
    };
    let open = |path: &Path| -> Result<(App, Box<dyn Store>), String> {
        let loaded = crate::file::load(path)
            .map_err(|e| crate::output::text::line_safe(&e.to_string()).into_owned())?;
        let plan = match (
            loaded.parsed.usable(),
            loaded.parsed.diagnostics.iter().any(|d| d.is_error()),
        ) {
            (Some(plan), _) => plan.clone(),
            _ => {
                let name = shown(&loaded.source.path);
                return Err(msg!("cli-has-errors-run-check", path = name).render(lang));
            }
        };
        let recovered =
            recovery::read(path).map_err(|e| e.render(args.lang.unwrap_or(plan.language)));
        Ok(board(args, path, &loaded, plan, recovered))
    };
    match crate::tui::event_loop::run_portfolio(Portfolio::new(entries, options), watcher, open) {
        Ok(ended) => {
            let code = ended
                .endings
                .iter()
                .map(|(path, ending)| report_ending(path, ending, lang))
                .max()
                .unwrap_or(EXIT_OK);
            match ended.signal {
                Some(signal) => crate::tui::event_loop::exit_code_for(signal),
                None => code,
            }
        }
        Err(e) => {
            // Not `eprintln!`: it panics on a hung-up terminal.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "fremdrift: {}",
                msg!(
                    "cli-terminal-error",
                    error = crate::file::io_reason(&e).render(lang)
                )
                .render(lang)
            );
            EXIT_USAGE
        }
    }
}
