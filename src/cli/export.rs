//! `fremdrift export PLAN --format ics|csv|json`: the whole plan for calendar applications,
//! spreadsheets and scripts.

use super::{ExportArgs, ExportFormat, cells, csv_form, load_valid};
use crate::output::{export, json};

pub fn run(args: &ExportArgs) -> i32 {
    let (_, plan) = match load_valid(&args.plan, args.lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let today = args.today.get();
    let lang = args.lang.for_plan(Some(&plan));
    let text = match args.format {
        ExportFormat::Ics => export::ics(&plan, today, lang),
        ExportFormat::Csv => export::csv(
            &plan,
            today,
            args.delimiter,
            args.bom,
            cells(args.raw),
            csv_form(args.machine, lang),
        ),
        ExportFormat::Json => {
            let all: Vec<usize> = (0..plan.activities.len()).collect();
            json::render(&plan, today, &all)
        }
    };
    super::write_out(
        text.as_bytes(),
        args.output.as_deref(),
        std::slice::from_ref(&args.plan),
        lang,
    )
}
