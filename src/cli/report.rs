//! `fremdrift report PLAN`: the status report for a meeting's minutes (Markdown, HTML, Word).

use super::{
    EXIT_OK, EXIT_USAGE, ReportArgs, ReportFormat, expand_plans_in, say, valid, write_out,
};
use crate::output::report::{self, Options};
use crate::output::text::shown;

pub fn run(args: &ReportArgs) -> i32 {
    let paths = match expand_plans_in(&args.plan, args.lang.for_plan(None)) {
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
        match valid(result, args.lang) {
            Ok((_, plan)) => plans.push(plan),
            Err(code) => worst = worst.max(code),
        }
    }
    if worst != EXIT_OK {
        return worst;
    }
    let today = args.today.get();
    // One language for the whole report (several plans make one document): `--lang`, else the
    // first plan's.
    let lang = args.lang.for_plan(plans.first());
    let mut reports = Vec::new();
    for (plan, path) in plans.iter().zip(&paths) {
        let since = match (args.since, args.since_meeting.as_deref()) {
            (Some(d), _) => Some(d),
            (None, Some(name)) if !name.trim().is_empty() => {
                match super::last_meeting_day(plan, name, today, lang) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        say(format_args!("{}: {e}", shown(path)));
                        return EXIT_USAGE;
                    }
                }
            }
            // No name: the steering group's last meeting, which is the report's default.
            (None, _) => None,
        };
        let opts = Options {
            today,
            since,
            meeting: args.meeting.as_deref(),
            lang: Some(lang),
        };
        match report::build(plan, &opts) {
            Ok(r) => {
                // Read once per plan; a plan outside git falls back to what it records itself.
                let changes = crate::git::changes::since(plan, Some(path), r.agenda.since, today);
                reports.push(r.with_changes(changes));
            }
            Err(e) => {
                say(format_args!(
                    "{}: {}",
                    shown(path),
                    e.message().render(lang)
                ));
                return EXIT_USAGE;
            }
        }
    }
    let text = match args.format {
        ReportFormat::Md => report::markdown(&reports),
        ReportFormat::Html => report::html(&reports),
        ReportFormat::Docx => {
            return super::export::write_binary(
                "docx",
                || crate::output::docx::document(&reports),
                args.output.as_deref(),
                &paths,
                lang,
            );
        }
    };
    write_out(text.as_bytes(), args.output.as_deref(), &paths, lang)
}
