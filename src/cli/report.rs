//! `fremdrift report PLAN`: the status report for a meeting's minutes.

use super::{EXIT_OK, EXIT_USAGE, ReportArgs, ReportFormat, expand_plans, say, valid, write_out};
use crate::output::report::{self, Options};
use crate::output::text::shown;

pub fn run(args: &ReportArgs) -> i32 {
    let paths = match expand_plans(&args.plan) {
        Ok(p) => p,
        Err(e) => {
            say(e);
            return EXIT_USAGE;
        }
    };
    // Load every plan before giving up, so one run shows the problems of all of them.
    let mut plans = Vec::new();
    let mut worst = EXIT_OK;
    for result in crate::file::load_all(&paths) {
        match valid(result) {
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
                say(format_args!("{}: {e}", shown(path)));
                return EXIT_USAGE;
            }
        }
    }
    let text = match args.format {
        ReportFormat::Md => report::markdown(&reports),
        ReportFormat::Html => report::html(&reports),
    };
    write_out(text.as_bytes(), args.output.as_deref(), &paths)
}
