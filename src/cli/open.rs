//! `fremdrift PLAN` / `fremdrift open PLAN`: load the plan (errors print and give 1), refuse
//! without a terminal (2, mentioning a recovery file if there is one), and run the board (after
//! SIGTERM, SIGHUP or SIGINT it exits with 128 + the signal's number, as a shell expects): an
//! editing board lists itself in the plan's editor-presence file, is told about other editors,
//! and is offered the edits of a recovery file. `fremdrift DIR` opens the portfolio of the
//! folder's plans instead, from which each plan opens on the same board.

use std::io::IsTerminal;
use std::path::Path;

use super::{EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, LangArg, OpenArgs, load_usable, say};
use crate::file::{Loaded, presence, recovery};
use crate::msg;
use crate::output::text::shown;
use crate::plan::Language;
use crate::plan::Plan;
use crate::tui::event_loop::{Arrival, Ending};
use crate::tui::file_store::{BoardStore, Opening};
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
                if !fix_in_editor(path, lang_arg, args.theme) {
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
    let (app, store) = board(args, path, loaded, plan, recovered);
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

/// A plan whose TOML cannot be read (its error already printed): on a terminal, the error screen
/// (`tui::broken`), which follows the file and offers the editor at the error's line. True when
/// the file can be read now, so it is loaded again; false when the user quit (or there is no
/// terminal to show the screen on).
fn fix_in_editor(path: &Path, lang: LangArg, theme: crate::tui::theme::ThemeKind) -> bool {
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
    let broken = crate::tui::broken::Broken::new(
        &shown(path),
        &loaded.source.text,
        &loaded.parsed.diagnostics,
        lang,
        Theme::new(theme, color_allowed()),
    );
    match crate::tui::event_loop::run_broken(broken, path, &loaded) {
        Ok(crate::tui::event_loop::BrokenEnd::Readable) => true,
        Ok(crate::tui::event_loop::BrokenEnd::Quit) => false,
        Ok(crate::tui::event_loop::BrokenEnd::Signal(s)) => {
            std::process::exit(crate::tui::event_loop::exit_code_for(s))
        }
        Err(e) => {
            say(msg!(
                "cli-terminal-error",
                error = crate::file::io_reason(&e).render(lang)
            )
            .render(lang));
            false
        }
    }
}

/// The board for a loaded plan, and its store: other editors warned of, a recovery file
/// offered. The store registers this board's presence once the first frame is drawn
/// (`BoardStore`). The single board and the portfolio's boards are built here; the loaded file
/// is moved into them, never copied.
fn board(
    args: &OpenArgs,
    path: &Path,
    loaded: Loaded,
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
    let Loaded { mut source, parsed } = loaded;
    // A plan with errors: say what the board shows, and how to fix it.
    let errors = parsed.diagnostics.iter().filter(|d| d.is_error()).count();
    // The board shows the text its warnings point into; the store gets a copy of it (and of
    // the plan) once the first frame is drawn.
    let text = std::mem::take(&mut source.text);
    let mut app = App::new(plan, parsed.diagnostics, text, options);
    let store: Box<dyn Store> = if args.read_only {
        Box::new(Refusing {
            reason: crate::tui::i18n::tr(lang, crate::tui::i18n::Msg::ReadOnlyRefused).to_string(),
        })
    } else {
        Box::new(BoardStore::new(Opening {
            path: path.to_path_buf(),
            source,
            spans: parsed.spans,
            lang,
            started: now,
        }))
    };
    app.warn_other_editors(others);
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
    let theme = Theme::new(args.theme, color_allowed());
    let (portfolio, arrivals) = if std::io::stdout().is_terminal() {
        // Drawn at once: the plans fill in as they are read (in parallel, on another thread).
        let options = portfolio::Options {
            today: args.today.get(),
            lang: crate::i18n::choose(args.lang, None),
            theme,
            folder: shown(dir),
        };
        let portfolio = Portfolio::loading(paths.len(), args.lang, options);
        (portfolio, read_in_background(dir, paths))
    } else {
        // No terminal: every plan is read, so a folder where none loads says why (1) before
        // the board is refused (2).
        let entries: Vec<Entry> = paths
            .iter()
            .zip(crate::file::load_all(&paths))
            .map(|(p, result)| Entry::from_load(p, result))
            .collect();
        // `--lang`, else the language the plans declare if they agree, else the locale's.
        let lang = crate::i18n::choose(args.lang, Portfolio::language_of(&entries));
        if entries.iter().all(|e| e.result.is_err()) {
            return none_loads(args, dir, &entries, lang);
        }
        say(crate::i18n::text(lang, "cli-needs-terminal-board"));
        return EXIT_USAGE;
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
                let lang = crate::i18n::choose(args.lang, loaded.parsed.language);
                return Err(msg!("cli-has-errors-run-check", path = name).render(lang));
            }
        };
        let recovered =
            recovery::read(path).map_err(|e| e.render(args.lang.unwrap_or(plan.language)));
        Ok(board(args, path, loaded, plan, recovered))
    };
    let started_in = portfolio.lang;
    match crate::tui::event_loop::run_portfolio(portfolio, arrivals, open) {
        Ok(ended) if !ended.none_loaded.is_empty() && ended.signal.is_none() => {
            let lang = crate::i18n::choose(args.lang, Portfolio::language_of(&ended.none_loaded));
            none_loads(args, dir, &ended.none_loaded, lang)
        }
        Ok(ended) => {
            let lang = ended.lang.unwrap_or(started_in);
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
                    error = crate::file::io_reason(&e).render(started_in)
                )
                .render(started_in)
            );
            EXIT_USAGE
        }
    }
}

/// Every plan of the folder was read and none loads: their errors, and exit code 1.
fn none_loads(args: &OpenArgs, dir: &Path, entries: &[Entry], lang: Language) -> i32 {
    for e in entries {
        if let Err(why) = &e.result {
            say(why.describe(crate::i18n::choose(args.lang, None)));
        }
    }
    let dir = shown(dir);
    say(msg!("cli-no-plan-loads", path = dir).render(lang));
    EXIT_PLAN_ERRORS
}

/// Reads the folder's plans on another thread (itself reading them in parallel), sending each
/// to the portfolio as it is read, then the watcher that follows them from there.
fn read_in_background(
    dir: &Path,
    paths: Vec<std::path::PathBuf>,
) -> std::sync::mpsc::Receiver<Arrival> {
    let (sender, arrivals) = std::sync::mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        let cache = crate::file::cache::Cache::from_env();
        let watcher = std::sync::Mutex::new(crate::file::watch::FolderWatcher::new(&dir));
        let sent = std::sync::Mutex::new(vec![false; paths.len()]);
        let send = |i: usize, result: Result<Loaded, crate::file::ReadError>| {
            let Some(path) = paths.get(i) else {
                return;
            };
            watcher
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .saw(path, result.as_ref().ok());
            if let Some(s) = sent.lock().unwrap_or_else(|e| e.into_inner()).get_mut(i) {
                *s = true;
            }
            // The portfolio may be gone (quit while loading): then nobody listens.
            let _ = sender.send(Arrival::Plan(Box::new(Entry::from_load(path, result))));
        };
        crate::file::load_each_with(&paths, cache.as_ref(), send);
        // A plan whose reading thread failed is read again here, so every plan arrives.
        let missing: Vec<usize> = sent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .enumerate()
            .filter(|(_, s)| !**s)
            .map(|(i, _)| i)
            .collect();
        for i in missing {
            if let Some(path) = paths.get(i) {
                send(i, crate::file::load_with(path, cache.as_ref()));
            }
        }
        let watcher = watcher.into_inner().unwrap_or_else(|e| e.into_inner());
        let _ = sender.send(Arrival::Done(watcher));
    });
    arrivals
}
