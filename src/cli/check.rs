//! `fremdrift check PLAN…`: every problem of every plan, rustc-style.

use super::{CheckArgs, EXIT_OK, EXIT_PLAN_ERRORS, EXIT_USAGE, color_stdout, expand_plans, say};
use crate::diagnostics::{self, Severity};
use crate::file;
use crate::output::text::shown;
use crate::plan::Language;

pub fn run(args: &CheckArgs) -> i32 {
    let color = color_stdout();
    let mut io_failed = false;
    let mut failed = false;
    let mut files = Vec::new();
    for p in &args.plans {
        match expand_plans(p) {
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
                say(e);
                io_failed = true;
                continue;
            }
        };
        let diags = &loaded.parsed.diagnostics;
        let errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = diags.len() - errors;
        // The summary line goes to stdout: a file name must not drive the terminal there.
        let name = shown(&loaded.source.path);
        print!(
            "{}",
            diagnostics::render(diags, &name, &loaded.source.text, color, Language::En)
        );
        match &loaded.parsed.plan {
            Some(plan) if warnings == 0 => {
                println!(
                    "{name}: ok ({} activities in {} areas)",
                    plan.activities.len(),
                    plan.areas.len()
                );
            }
            _ => println!(
                "{name}: {errors} error{}, {warnings} warning{}",
                plural(errors),
                plural(warnings)
            ),
        }
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
