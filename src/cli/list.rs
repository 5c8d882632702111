//! `fremdrift list PLAN`: a plain listing for people and scripts.

use std::io::IsTerminal;

use super::{EXIT_OK, ListArgs, ListFormat, load_valid};
use crate::output::{json, list};

pub fn run(args: &ListArgs) -> i32 {
    let (_, plan) = match load_valid(&args.plan) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let today = args.today.get();
    let filter = list::Filter {
        overdue: args.overdue,
        due_within: args.due_within,
        owner: args.owner.clone(),
        status: args.status,
        area: args.area.clone(),
    };
    let selected = filter.select(&plan, today);
    let out = match args.format {
        ListFormat::Json => json::render(&plan, today, &selected),
        ListFormat::Csv => list::csv(&plan, today, &selected, args.delimiter),
        ListFormat::Table => {
            let width = if std::io::stdout().is_terminal() {
                crossterm::terminal::size()
                    .ok()
                    .map(|(w, _)| usize::from(w))
            } else {
                None
            };
            list::table(&plan, today, &selected, width)
        }
    };
    super::emit(&out);
    EXIT_OK
}
