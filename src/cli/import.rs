//! `fremdrift import FILE`: a new plan from a Word document, a spreadsheet or a CSV file.
//!
//! The file is read through the file layer ([`file::read_office_file`]), turned into plan text by
//! the pure [`crate::import`], written as a new file that never replaces one
//! ([`file::output::write_new`]; with `--force` as `new --force` writes), and then checked as
//! `fremdrift check` checks it, so the document's own mistakes are printed first. `-o -` prints
//! the plan instead, and its problems on standard error. Exit 0 when the new plan has no errors,
//! 1 when `check` found errors or no activity could be imported (the plan is written all the
//! same), 2 for usage or I/O problems and for a document that cannot be read (nothing is written
//! then).

use std::path::{Path, PathBuf};

use super::{CheckArgs, EXIT_OK, EXIT_USAGE, ImportArgs, LangArg, TodayArg, say};
use crate::file;
use crate::file::output::NewFileError;
use crate::import::{self, Format, Options, Period, Summary};
use crate::msg;
use crate::output::text::{date, line_safe, shown};
use crate::plan::Language;

pub fn run(args: &ImportArgs) -> i32 {
    let lang = crate::i18n::choose(args.lang, None);
    let name = shown(&args.file);
    let Some(format) = args
        .file
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(Format::from_name)
    else {
        say(msg!("import-unknown-type", path = name.as_str()).render(lang));
        return EXIT_USAGE;
    };
    if let (Some(start), Some(end)) = (args.start, args.end)
        && end < start
    {
        say(msg!(
            "import-period-order",
            start = date(start, lang),
            end = date(end, lang)
        )
        .render(lang));
        return EXIT_USAGE;
    }
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.file.with_extension("toml"));
    if same_file(&output, &args.file) {
        say(msg!("import-same-file", path = shown(&output)).render(lang));
        return EXIT_USAGE;
    }
    let bytes = match file::read_office_file(&args.file) {
        Ok(b) => b,
        Err(e) => {
            say(e.message().render(lang));
            return EXIT_USAGE;
        }
    };
    let failed = |reason: crate::i18n::Message| {
        say(msg!("import-error", path = name.as_str(), reason = reason).render(lang));
        EXIT_USAGE
    };
    let document = match import::read(format, &bytes, args.sheet.as_deref()) {
        Ok(d) => d,
        Err(e) => return failed(e.message()),
    };
    let options = Options {
        lang: args.lang,
        period: args.start.zip(args.end),
        source_name: args
            .file
            .file_name()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned()),
        fallback_title: args
            .file
            .file_stem()
            .map_or(name.clone(), |n| n.to_string_lossy().into_owned()),
    };
    let (text, summary) = match import::build(&document, &options) {
        Ok(built) => built,
        Err(e) => return failed(e.message()),
    };
    // From here the plan's language: the one it was written in, unless --lang says otherwise.
    let lang = crate::i18n::choose(args.lang, Some(summary.lang));
    if output.as_os_str() == "-" {
        let code = to_stdout(&text, lang);
        return match no_activities(&summary, lang) {
            Some(line) => {
                say(line);
                super::EXIT_PLAN_ERRORS
            }
            None => code,
        };
    }
    // Without --force, a new file only: one that appears meanwhile is kept, too.
    let written = match args.force {
        true => {
            file::output::write_output(&output, text.as_bytes(), std::slice::from_ref(&args.file))
                .map_err(NewFileError::Failed)
        }
        false => file::output::write_new(&output, text.as_bytes()),
    };
    match written {
        Ok(()) => {}
        Err(NewFileError::Exists) => {
            say(msg!("import-exists", path = shown(&output)).render(lang));
            return EXIT_USAGE;
        }
        Err(NewFileError::Failed(e)) => {
            say(e.render(lang));
            return EXIT_USAGE;
        }
    }
    println!(
        "{}",
        line_safe(&crate::i18n::text(lang, "import-summary-check"))
    );
    let code = super::check::run(&CheckArgs {
        plans: vec![output.clone()],
        deny_warnings: false,
        today: TodayArg::default(),
        lang: LangArg { lang: Some(lang) },
    });
    println!();
    for line in summary_lines(&summary, &output, lang) {
        println!("{}", line_safe(&line));
    }
    if let Some(line) = no_activities(&summary, lang) {
        say(line);
        return super::EXIT_PLAN_ERRORS;
    }
    if code == EXIT_OK { EXIT_OK } else { code }
}

/// When the document's activity tables gave no activity (every row's activity cell empty, or
/// no rows at all): what to say. The plan is written all the same, and the exit is 1 — an
/// import that imported nothing is no success.
fn no_activities(summary: &Summary, lang: Language) -> Option<String> {
    (summary.activities == 0)
        .then(|| msg!("import-no-activities", rows = summary.unplaced.len()).render(lang))
}

/// `-o -`: the plan on standard output, and `check`'s problems on standard error.
fn to_stdout(text: &str, lang: Language) -> i32 {
    let written = super::emit(text, lang);
    if written != EXIT_OK {
        return written;
    }
    let parsed = file::parse_plan(text);
    eprint!(
        "{}",
        crate::diagnostics::render(&parsed.diagnostics, "-", text, super::color_stderr(), lang)
    );
    if parsed.has_errors() {
        super::EXIT_PLAN_ERRORS
    } else {
        EXIT_OK
    }
}

/// What the import did, in `lang`: the counts, the period, what is in comments.
fn summary_lines(summary: &Summary, output: &Path, lang: Language) -> Vec<String> {
    let mut lines = vec![
        msg!(
            "import-wrote",
            path = shown(output),
            activities = summary.activities,
            areas = summary.areas,
            workstreams = summary.workstreams,
            tables = summary.tables
        )
        .render(lang),
    ];
    match summary.period {
        Period::Inferred(start, end) => lines.push(
            msg!(
                "import-summary-period-inferred",
                start = date(start, lang),
                end = date(end, lang)
            )
            .render(lang),
        ),
        Period::Unknown => lines.push(crate::i18n::text(lang, "import-summary-period-unknown")),
        Period::Given(..) => {}
    }
    if !summary.mentioned.is_empty() {
        lines.push(
            msg!(
                "import-summary-mentioned",
                areas = summary.mentioned.join(", ")
            )
            .render(lang),
        );
    }
    if !summary.unplaced.is_empty() {
        let rows: Vec<String> = summary.unplaced.iter().map(|m| m.render(lang)).collect();
        lines.push(
            msg!(
                "import-summary-unplaced",
                count = summary.unplaced.len(),
                rows = rows.join("; ")
            )
            .render(lang),
        );
    }
    lines
}

/// Whether two paths name the same file (both must exist to be compared by the file system).
fn same_file(a: &Path, b: &Path) -> bool {
    let canon = |p: &Path| dunce::canonicalize(p).unwrap_or_else(|_| PathBuf::from(p));
    canon(a) == canon(b)
}
