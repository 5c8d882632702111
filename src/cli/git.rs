//! `fremdrift merge` (git's merge driver), `fremdrift git-setup` and `fremdrift log`.

use std::fs;
use std::path::Path;

use super::{
    EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, GitSetupArgs, LogArgs, LogFormat, MergeArgs, say,
};
use crate::file::{self, Source};
use crate::git::merge::{DEFAULT_MARKER_SIZE, merge as merge_plans};
use crate::git::repo;
use crate::msg;
use crate::output::text::shown;

/// The line `git-setup` puts in `.gitattributes`.
pub const ATTRIBUTES_LINE: &str = "*.toml merge=fremdrift";

pub fn merge(args: &MergeArgs) -> i32 {
    // Git runs the driver with no plan language at hand before reading: `--lang`, else ours.
    let early = crate::i18n::choose(args.lang.lang, None);
    let read = |p: &Path| -> Result<Source, String> {
        let bytes = fs::read(p)
            .map_err(|e| format!("{}: {}", shown(p), file::io_reason(&e).render(early)))?;
        file::decode(p, bytes).map_err(|e| e.message().render(early))
    };
    let (base, ours, theirs) = match (read(&args.base), read(&args.ours), read(&args.theirs)) {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        (b, o, t) => {
            for e in [b.err(), o.err(), t.err()].into_iter().flatten() {
                say(e);
            }
            return EXIT_USAGE;
        }
    };
    let name = args.path.clone().unwrap_or_else(|| shown(&args.ours));
    let merged = merge_plans(
        &base.text,
        &ours.text,
        &theirs.text,
        args.marker_size.unwrap_or(DEFAULT_MARKER_SIZE),
    );
    let lang = crate::i18n::choose(args.lang.lang, merged.language);
    let out = Source {
        path: args.ours.clone(),
        text: merged.text,
        bom: ours.bom,
    };
    if let Err(e) = fs::write(&args.ours, out.file_bytes()) {
        say(msg!(
            "cli-merge-not-written",
            path = shown(&args.ours),
            error = file::io_reason(&e).render(lang)
        )
        .render(lang));
        return EXIT_USAGE;
    }
    if let Some(reason) = &merged.line_merge {
        say(msg!(
            "cli-merge-line-by-line",
            name = name.as_str(),
            reason = reason.render(lang)
        )
        .render(lang));
    }
    for note in &merged.notes {
        say(format!("{name}: {}", note.render(lang)));
    }
    for c in &merged.conflicts {
        eprintln!(
            "CONFLICT (fremdrift): {}",
            crate::output::text::line_safe(&format!("{name}: {}", c.render(lang)))
        );
    }
    if merged.conflicts.is_empty() {
        EXIT_OK
    } else {
        say(msg!("cli-merge-resolve", name = name.as_str()).render(lang));
        EXIT_PLAN_ERRORS
    }
}

pub fn setup(args: &GitSetupArgs) -> i32 {
    let dir = &args.dir;
    let lang = args.lang.for_plan(None);
    if !dir.is_dir() {
        say(msg!("cli-not-a-folder", path = shown(dir)).render(lang));
        return EXIT_USAGE;
    }
    let top = match repo::toplevel(dir) {
        Ok(t) => t,
        Err(e) => {
            say(e.render(lang));
            return EXIT_USAGE;
        }
    };
    let driver = format!("{} merge %O %A %B %L %P", args.program);
    for (key, value) in [
        (
            "merge.fremdrift.name",
            "fremdrift: merges plans field by field",
        ),
        ("merge.fremdrift.driver", driver.as_str()),
    ] {
        if let Err(e) = repo::git(dir, &["config", "--local", key, value]) {
            say(e.render(lang));
            return EXIT_USAGE;
        }
    }
    let attributes = dir.join(".gitattributes");
    let old = match fs::read_to_string(&attributes) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            say(format!(
                "{}: {}",
                shown(&attributes),
                file::io_reason(&e).render(lang)
            ));
            return EXIT_USAGE;
        }
    };
    let present = old
        .lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["*.toml", "merge=fremdrift"]);
    if !present {
        let mut new = old.clone();
        if !new.is_empty() && !new.ends_with('\n') {
            new.push('\n');
        }
        new.push_str(ATTRIBUTES_LINE);
        new.push('\n');
        if let Err(e) = fs::write(&attributes, new) {
            say(format!(
                "{}: {}",
                shown(&attributes),
                file::io_reason(&e).render(lang)
            ));
            return EXIT_USAGE;
        }
    }
    println!(
        "{}\n  git config merge.fremdrift.driver \"{driver}\"\n  {} {}",
        msg!("cli-git-setup-done", top = shown(&top)).render(lang),
        shown(&attributes),
        if present {
            crate::i18n::text(lang, "cli-git-setup-has")
        } else {
            crate::i18n::text(lang, "cli-git-setup-added")
        }
    );
    EXIT_OK
}

pub fn log(args: &LogArgs) -> i32 {
    let since = match (&args.since, &args.since_meeting) {
        (Some(d), _) => Some(*d),
        (None, Some(name)) => match last_meeting(args, name) {
            Ok(d) => Some(d),
            Err(e) => {
                say(e);
                return EXIT_USAGE;
            }
        },
        (None, None) => None,
    };
    let lang = args.lang.for_plan(None);
    if !args.plan.is_file() {
        say(msg!("cli-no-such-plan", path = shown(&args.plan)).render(lang));
        return EXIT_USAGE;
    }
    let lang = crate::i18n::choose(
        args.lang.lang,
        crate::file::load(&args.plan)
            .ok()
            .and_then(|l| l.parsed.language),
    );
    let entries = match crate::git::log::history(&args.plan, since) {
        Ok(e) => e,
        Err(e) => {
            say(e.message().render(lang));
            return EXIT_USAGE;
        }
    };
    let out = match args.format {
        LogFormat::Table => crate::git::log::table(&entries, lang),
        LogFormat::Md => crate::git::log::markdown(&entries, lang),
        LogFormat::Json => crate::git::log::json(&entries),
    };
    // Authors and summaries are other people's text: they must not drive the terminal.
    print!("{}", crate::output::text::terminal_safe(&out));
    EXIT_OK
}

/// The day of the last meeting before today of the series `name` ("" for the steering group's),
/// from the plan as it is now.
fn last_meeting(args: &LogArgs, name: &str) -> Result<chrono::NaiveDate, String> {
    let loaded = file::load(&args.plan).map_err(|e| {
        e.message()
            .render(crate::i18n::choose(args.lang.lang, None))
    })?;
    let lang = crate::i18n::choose(args.lang.lang, loaded.parsed.language);
    let plan = loaded
        .parsed
        .plan
        .ok_or_else(|| msg!("cli-log-plan-errors", path = shown(&args.plan)).render(lang))?;
    super::last_meeting_day(&plan, name, args.today.get(), lang)
        .map_err(|e| format!("{}: {e}", shown(&args.plan)))
}
