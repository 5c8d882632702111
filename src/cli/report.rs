//! `fremdrift report PLAN`: the status report for a meeting's minutes, and [`emit`], which
//! writes a command's output to `-o FILE` or to stdout (made safe when stdout is a terminal).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{EXIT_OK, EXIT_USAGE, ReportArgs, ReportFormat, expand_plans, load_valid};
use crate::output::report::{self, Options};
use crate::output::text::terminal_safe;

pub fn run(args: &ReportArgs) -> i32 {
    let paths = match expand_plans(&args.plan) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("fremdrift: {e}");
            return EXIT_USAGE;
        }
    };
    // Load every plan before giving up, so one run shows the problems of all of them.
    let mut plans = Vec::new();
    let mut worst = EXIT_OK;
    for p in &paths {
        match load_valid(p) {
            Ok((_, plan)) => plans.push(plan),
            Err(code) => worst = worst.max(code),
        }
    }
    if worst != EXIT_OK {
        return worst;
    }
    let opts = Options {
        today: args.today.get(),
        since: args.since,
        meeting: args.meeting.as_deref(),
    };
    let mut reports = Vec::new();
    for (plan, path) in plans.iter().zip(&paths) {
        match report::build(plan, &opts) {
            Ok(r) => reports.push(r),
            Err(e) => {
                eprintln!("fremdrift: {}: {e}", path.display());
                return EXIT_USAGE;
            }
        }
    }
    let text = match args.format {
        ReportFormat::Md => report::markdown(&reports),
        ReportFormat::Html => report::html(&reports),
    };
    emit(text.as_bytes(), args.output.as_deref(), &paths)
}

/// Writes `bytes` to `output`, or to stdout when there is none. Exit code 2 with one line on a
/// write failure. Plan text can hold control characters; a terminal gets them escaped.
pub fn emit(bytes: &[u8], output: Option<&Path>, plans: &[PathBuf]) -> i32 {
    match output {
        Some(path) => match crate::file::output::write_output(path, bytes, plans) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                eprintln!("fremdrift: {e}");
                EXIT_USAGE
            }
        },
        None => {
            let stdout = std::io::stdout();
            let result = if stdout.is_terminal() {
                let text = String::from_utf8_lossy(bytes);
                stdout.lock().write_all(terminal_safe(&text).as_bytes())
            } else {
                stdout.lock().write_all(bytes)
            };
            match result {
                Ok(()) => EXIT_OK,
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(e) => {
                    eprintln!(
                        "fremdrift: cannot write to stdout: {}",
                        crate::file::io_message(&e)
                    );
                    EXIT_USAGE
                }
            }
        }
    }
}
