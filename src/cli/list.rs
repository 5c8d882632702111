//! `fremdrift list PLAN`: a plain listing for people and scripts. PLAN may be a folder: every
//! `*.toml` plan in it is listed, and a plan with errors is reported without hiding the others.

use std::io::IsTerminal;
use std::path::PathBuf;

use serde::Serialize;

use super::{
    EXIT_PLAN_ERRORS, EXIT_USAGE, ListArgs, ListFormat, cells, csv_form, expand_plans_in,
    load_valid, say,
};
use crate::output::text::line_safe;
use crate::output::{json, list};
use crate::plan::Plan;

pub fn run(args: &ListArgs) -> i32 {
    let today = args.today.get();
    let filter = list::Filter {
        overdue: args.overdue,
        due_within: args.due_within,
        owner: args.owner.clone(),
        status: args.status,
        area: args.area.clone(),
    };
    if args.plan.is_dir() {
        return run_folder(args, &filter);
    }
    let (_, plan) = match load_valid(&args.plan, args.lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lang = args.lang.for_plan(Some(&plan));
    let selected = filter.select(&plan, today);
    let out = match args.format {
        ListFormat::Json => json::render(&plan, today, &selected),
        ListFormat::Csv => list::csv(
            &plan,
            today,
            &selected,
            args.delimiter,
            cells(args.raw),
            csv_form(args.machine, lang),
        ),
        ListFormat::Table => list::table(&plan, today, &selected, terminal_width(), lang),
    };
    super::emit(&out, lang)
}

fn terminal_width() -> Option<usize> {
    if std::io::stdout().is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
    } else {
        None
    }
}

#[derive(Serialize)]
struct JsonPortfolio<'a> {
    format: &'static str,
    today: chrono::NaiveDate,
    plans: Vec<JsonEntry<'a>>,
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<json::JsonPlan<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Why a plan of a folder did not load: in the reader's language and in English.
type Failed = (String, String);

fn run_folder(args: &ListArgs, filter: &list::Filter) -> i32 {
    let today = args.today.get();
    let files = match expand_plans_in(&args.plan, args.lang.for_plan(None)) {
        Ok(f) => f,
        Err(e) => {
            say(e);
            return EXIT_USAGE;
        }
    };
    // Errors are kept in the reader's language (stderr) and in English (the JSON, for scripts).
    let mut loaded: Vec<(PathBuf, Result<Plan, Failed>)> = Vec::new();
    let results = crate::file::load_all(&files);
    // One language for the whole listing: `--lang`, else the first plan that declares one.
    let lang = args.lang.lang.unwrap_or_else(|| {
        let declared = results
            .iter()
            .find_map(|r| r.as_ref().ok().and_then(|l| l.parsed.language));
        crate::i18n::choose(None, declared)
    });
    for (f, result) in files.into_iter().zip(results) {
        // Messages name the file and may quote the plan: made safe once, for stderr and JSON.
        let result = match result {
            Err(e) => Err((
                line_safe(&e.message().render(lang)).into_owned(),
                line_safe(&e.message().english()).into_owned(),
            )),
            Ok(l) => match l.parsed.plan {
                Some(p) => Ok(p),
                None => {
                    let first = l.parsed.diagnostics.iter().find(|d| d.is_error());
                    let say_in = |lang| {
                        first.map_or_else(
                            || crate::i18n::text(lang, "cli-plan-has-errors-short"),
                            |d| d.one_line(&l.source.display_path(), &l.source.text, lang),
                        )
                    };
                    Err((say_in(lang), say_in(crate::plan::Language::En)))
                }
            },
        };
        loaded.push((f, result));
    }
    let mut failed = false;
    for (_, r) in &loaded {
        if let Err((e, _)) = r {
            say(e);
            failed = true;
        }
    }
    let labels: Vec<String> = loaded
        .iter()
        .map(|(f, _)| {
            f.file_stem()
                .map_or(String::new(), |s| s.to_string_lossy().into_owned())
        })
        .collect();
    let out = match args.format {
        ListFormat::Json => {
            let plans = loaded
                .iter()
                .map(|(f, r)| match r {
                    Ok(plan) => JsonEntry {
                        file: f.display().to_string(),
                        plan: Some(json::build(plan, today, &filter.select(plan, today))),
                        error: None,
                    },
                    Err((_, english)) => JsonEntry {
                        file: f.display().to_string(),
                        plan: None,
                        error: Some(english.clone()),
                    },
                })
                .collect();
            let portfolio = JsonPortfolio {
                format: "fremdrift-portfolio/1",
                today,
                plans,
            };
            let mut s = serde_json::to_string_pretty(&portfolio).unwrap_or_default();
            s.push('\n');
            s
        }
        ListFormat::Csv | ListFormat::Table => {
            let sections: Vec<list::Section> = loaded
                .iter()
                .zip(&labels)
                .filter_map(|((_, r), label)| {
                    r.as_ref().ok().map(|plan| list::Section {
                        label: Some(label.as_str()),
                        plan,
                        selected: filter.select(plan, today),
                    })
                })
                .collect();
            if matches!(args.format, ListFormat::Csv) {
                list::csv_sections(
                    &sections,
                    today,
                    args.delimiter,
                    cells(args.raw),
                    csv_form(args.machine, lang),
                )
            } else {
                list::table_sections(&sections, today, terminal_width(), lang)
            }
        }
    };
    let code = super::emit(&out, lang);
    if failed { EXIT_PLAN_ERRORS } else { code }
}
