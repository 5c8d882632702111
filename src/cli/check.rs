//! `fremdrift check PLAN…`: every problem of every plan, rustc-style, in the reader's language
//! (`--lang`, else the language the plan declares — read even from a plan with errors — else the
//! locale's). `--today` is accepted like every command's, but nothing `check` reports depends
//! on today: its problems are the file's, whatever the date.

use std::io::Write;

use super::{CheckArgs, EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, color_stdout, expand_plans_in, say};
use crate::diagnostics::{self, Severity};
use crate::file;
use crate::msg;
use crate::output::text::shown;

pub fn run(args: &CheckArgs) -> i32 {
    let color = color_stdout();
    let mut io_failed = false;
    let mut failed = false;
    let mut files = Vec::new();
    for p in &args.plans {
        match expand_plans_in(p, args.lang.for_plan(None)) {
            Ok(mut v) => files.append(&mut v),
            Err(e) => {
                say(e);
                io_failed = true;
            }
        }
    }
    for result in file::load_all(&files) {
        let loaded = match result {
            Ok(l) => l,
            Err(e) => {
                say(e.message().render(args.lang.for_plan(None)));
                io_failed = true;
                continue;
            }
        };
        let parsed = &loaded.parsed;
        let lang = crate::i18n::choose(args.lang.lang, parsed.language);
        let diags = &parsed.diagnostics;
        let errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = diags.len() - errors;
        // The summary line goes to stdout: a file name must not drive the terminal there.
        let name = shown(&loaded.source.path);
        // A closed stdout (`check … | head`) ends the output quietly, not with a panic.
        let mut out = std::io::stdout().lock();
        let _ = write!(
            out,
            "{}",
            diagnostics::render(diags, &name, &loaded.source.text, color, lang)
        );
        let summary = match &parsed.plan {
            Some(plan) if warnings == 0 => msg!(
                "check-summary-ok",
                activities = plan.activities.len(),
                areas = plan.areas.len()
            ),
            _ => msg!(
                "check-summary-problems",
                errors = errors,
                warnings = warnings
            ),
        };
        let _ = writeln!(out, "{name}: {}", summary.render(lang));
        if errors > 0 || (args.deny_warnings && warnings > 0) {
            failed = true;
        }
    }
    if io_failed {
        EXIT_USAGE
    } else if failed {
        EXIT_PLAN_ERRORS
    } else {
        EXIT_OK
    }
}
