//! The command line: clap definitions, and one function per command that returns an exit code
//! (0 ok, 1 the plan has errors or a conflict, 2 usage or I/O problems).

mod author;
mod check;
mod export;
mod git;
pub mod help;
mod import;
mod list;
mod open;
mod present;
mod report;
mod set;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diagnostics;
use crate::file::{self, Loaded};
use crate::msg;
use crate::output::text::{line_safe, shown};
use crate::plan::Plan;

pub const EXIT_OK: i32 = 0;
pub const EXIT_PLAN_ERRORS: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "fremdrift",
    version,
    about = "Keeps a project plan honest: a live board and tools for a hand-written TOML plan",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
    /// Parse every plan instead of using the parse cache (also: FREMDRIFT_NO_CACHE=1)
    #[arg(long, global = true)]
    pub no_cache: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate plans and print every problem, rustc-style
    Check(CheckArgs),
    /// List activities, filtered, as a table, CSV or JSON
    List(ListArgs),
    /// Change one activity's status, note, deadline or owner, and save the plan
    Set(SetArgs),
    /// A status report for the minutes of a meeting, as Markdown, HTML or Word (docx)
    Report(ReportArgs),
    /// Export the plan: deadlines as iCalendar, activities as Excel (xlsx), CSV or JSON
    Export(ExportArgs),
    /// Add an activity (prints its id), a workstream or an area, in the file's own style
    Add(AddArgs),
    /// Remove an activity (with the comments that belong to it), or an empty workstream or area
    Rm(RmArgs),
    /// Move an activity: after another, to the end of an area or workstream, or one step
    Mv(MvArgs),
    /// Write a new plan: a commented skeleton that passes `check`
    New(NewArgs),
    /// Open the board (the same as `fremdrift PLAN`)
    Open(OpenArgs),
    /// Show the plan for a meeting: read-only, large, following the file as it is saved
    Present(PresentArgs),
    /// Git's merge driver for plans: merges field by field (see `git-setup`)
    Merge(MergeArgs),
    /// Install the merge driver in a git repository (git config and .gitattributes)
    GitSetup(GitSetupArgs),
    /// The plan's changes commit by commit, from its git history
    Log(LogArgs),
    /// Make a new plan from a Word document (.docx), a spreadsheet (.xlsx, .ods) or a CSV file
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O)
    pub base: PathBuf,
    /// Our version (git's %A); the result is written here
    pub ours: PathBuf,
    /// Their version (git's %B)
    pub theirs: PathBuf,
    /// The length of conflict markers (git's %L)
    pub marker_size: Option<usize>,
    /// The plan's path in the repository, for messages (git's %P)
    pub path: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// A folder in the repository; .gitattributes is written here
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The program git runs as the driver (default: fremdrift, found on PATH)
    #[arg(long, value_name = "PROGRAM", default_value = "fremdrift")]
    pub program: String,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum LogFormat {
    #[default]
    Table,
    Json,
    Md,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Only commits on or after this day (YYYY-MM-DD or dd.mm.yyyy)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, conflicts_with = "since_meeting")]
    pub since: Option<NaiveDate>,
    /// Only commits since the last meeting (of the series NAME, default the first) before today
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    pub since_meeting: Option<String>,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: LogFormat,
}

#[derive(Debug, Args, Clone)]
pub struct OpenArgs {
    /// The plan file to open, or a folder of *.toml plans (the portfolio)
    pub plan: Option<PathBuf>,
    #[command(flatten)]
    pub today: TodayArg,
    /// The language of the board: nb, nn or en (default: the plan's `language`, else
    /// LC_ALL/LC_MESSAGES/LANG, else nb)
    #[arg(long, value_name = "LANG", value_parser = parse_lang_arg)]
    pub lang: Option<crate::plan::Language>,
    /// Show the plan without changing it
    #[arg(long)]
    pub read_only: bool,
    /// Colours for the room: dark, light or high-contrast (NO_COLOR turns colours off)
    #[arg(long, value_enum, default_value_t)]
    pub theme: crate::tui::theme::ThemeKind,
}

pub fn parse_lang_arg(s: &str) -> Result<crate::plan::Language, String> {
    crate::plan::Language::parse(s).ok_or_else(|| {
        msg!(
            "cli-unknown-language",
            value = s,
            expected = crate::plan::Language::codes()
        )
        .render(arg_language())
    })
}

/// The language of a usage error found while the arguments are parsed, before `--lang` or a
/// plan is known: the locale's, else bokmål. (`--lang` given anywhere on the line wins.)
pub fn arg_language() -> crate::plan::Language {
    let mut args = std::env::args();
    let mut given = None;
    while let Some(a) = args.next() {
        if a == "--lang" {
            given = args.next().and_then(|v| crate::plan::Language::parse(&v));
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = crate::plan::Language::parse(v);
        }
    }
    crate::i18n::choose(given, None)
}

/// `--lang`: the language messages speak, on every command.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct LangArg {
    /// Language of messages and output: nb (bokmål), nn (nynorsk) or en (default: the plan's
    /// `language`, else LC_ALL/LC_MESSAGES/LANG, else nb)
    #[arg(long, value_name = "LANG", value_parser = parse_lang_arg)]
    pub lang: Option<crate::plan::Language>,
}

impl LangArg {
    /// The reader's language for `plan` (or for no plan: the locale's, else bokmål).
    pub fn for_plan(&self, plan: Option<&crate::plan::Plan>) -> crate::plan::Language {
        match plan {
            Some(p) => p.reader_language(self.lang),
            None => crate::i18n::choose(self.lang, None),
        }
    }
}

#[derive(Debug, Args, Clone, Default)]
pub struct TodayArg {
    /// Show the plan as of this day (YYYY-MM-DD or dd.mm.yyyy) instead of today
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub today: Option<NaiveDate>,
}

impl TodayArg {
    pub fn get(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan files (or folders of *.toml plans)
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,
    /// Exit with 1 when there are warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
    /// Only overdue activities
    #[arg(long)]
    pub overdue: bool,
    /// Only open activities due within DAYS from today (overdue included)
    #[arg(long, value_name = "DAYS")]
    pub due_within: Option<u32>,
    /// Only activities owned by NAME (case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Only activities with this status (either language)
    #[arg(long, value_name = "S", value_parser = parse_status_arg)]
    pub status: Option<crate::plan::Status>,
    /// Only activities in area N
    #[arg(long, value_name = "N")]
    pub area: Option<String>,
    /// Field delimiter for CSV (e.g. ';' for Norwegian spreadsheets)
    #[arg(long, default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Write cell values as they are, even those a spreadsheet would run as a formula
    ///
    /// Without --raw, a CSV text cell that begins with =, +, -, @, a tab or a carriage return
    /// gets a leading ' so a spreadsheet shows it as text instead of running it.
    #[arg(long)]
    pub raw: bool,
    /// CSV for scripts: English headers and values (todo, true/false, ISO dates), the same
    /// whatever the language (without it CSV is in the reader's language)
    #[arg(long)]
    pub machine: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// The activity's id, or its path id such as 2.1.3
    #[arg(value_name = "ID", required_unless_present_any = ["area", "workstream"])]
    pub id: Option<String>,
    /// Rename a workstream instead (with --title): AREA/TITLE, e.g. "2/Effektiv søknadsprosess"
    #[arg(long, value_name = "AREA/TITLE", requires = "title", conflicts_with_all = ["id", "area", "note", "clear_note", "due", "owner", "meeting", "clear_meeting", "members", "status", "reason"])]
    pub workstream: Option<String>,
    /// Change an area instead of an activity: its --status (aktiv/venter/ferdig), --reason and
    /// --title
    #[arg(long, value_name = "N", conflicts_with_all = ["id", "note", "clear_note", "due", "owner", "meeting", "clear_meeting", "members"])]
    pub area: Option<String>,
    /// Why the area waits (required when it becomes "venter"/"waiting")
    #[arg(long, value_name = "TEXT", requires = "area")]
    pub reason: Option<String>,
    /// New title (of the activity, or with --area of the area)
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The meeting series the activity's meeting deadline refers to
    #[arg(long, value_name = "NAME", conflicts_with = "clear_meeting")]
    pub meeting: Option<String>,
    /// Remove the activity's meeting series (the plan's only one applies)
    #[arg(long)]
    pub clear_meeting: bool,
    /// Who works on it, comma-separated: "Kari, Ola" ("" removes them)
    #[arg(long, value_name = "NAMES")]
    pub members: Option<String>,
    /// New status (either language; written in the plan's language)
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
    /// New note
    #[arg(long, value_name = "TEXT", conflicts_with = "clear_note")]
    pub note: Option<String>,
    /// Remove the note
    #[arg(long)]
    pub clear_note: bool,
    /// New deadline, e.g. "uke 50" or "30. november"
    #[arg(long, value_name = "TEXT")]
    pub due: Option<String>,
    /// New owner
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// The day written as done_on when the status becomes done
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Where: an area's own activities ("2") or a workstream ("2/Effektiv søknadsprosess"); at
    /// the end
    #[arg(long = "in", value_name = "AREA[/WORKSTREAM]")]
    pub into: Option<String>,
    /// Right after this activity instead
    #[arg(long, value_name = "ID")]
    pub after: Option<String>,
    /// The title (of the activity, or with --area of the new area)
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[arg(long, value_name = "NAME", required_unless_present_any = ["workstream", "area"])]
    pub owner: Option<String>,
    /// The deadline as plans write it, e.g. "uke 50"
    #[arg(long, value_name = "TEXT", required_unless_present_any = ["workstream", "area"])]
    pub due: Option<String>,
    /// The new id (default: the next free one in the plan's own pattern, e.g. nvk-9)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Add a workstream with this title instead, at the end of the area --in names
    #[arg(long, value_name = "TITLE", requires = "into", conflicts_with_all = ["after", "owner", "due", "id", "title", "area"])]
    pub workstream: Option<String>,
    /// Add an area with this number (and --title) instead
    #[arg(long, value_name = "N", requires = "title", conflicts_with_all = ["into", "after", "owner", "due", "id"])]
    pub area: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// The activity's id, or its path id such as 2.1.3
    #[arg(value_name = "ID", required_unless_present_any = ["workstream", "area"])]
    pub id: Option<String>,
    /// Remove an empty workstream instead: AREA/TITLE, e.g. "2/Effektiv søknadsprosess"
    #[arg(long, value_name = "AREA/TITLE", conflicts_with_all = ["id", "area"])]
    pub workstream: Option<String>,
    /// Remove an empty area instead
    #[arg(long, value_name = "N", conflicts_with = "id")]
    pub area: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct MvArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// The activity's id, or its path id such as 2.1.3
    #[arg(value_name = "ID")]
    pub id: String,
    /// To the end of an area's own activities ("2") or of a workstream ("2/Effektiv søknadsprosess")
    #[arg(long = "in", value_name = "AREA[/WORKSTREAM]", conflicts_with_all = ["up", "down"])]
    pub into: Option<String>,
    /// Right after this activity
    #[arg(long, value_name = "ID", conflicts_with_all = ["into", "up", "down"])]
    pub after: Option<String>,
    /// One step up among its siblings
    #[arg(long, conflicts_with = "down")]
    pub up: bool,
    /// One step down among its siblings
    #[arg(long)]
    pub down: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The plan file to write
    #[arg(value_name = "FILE")]
    pub plan: PathBuf,
    #[arg(long, value_name = "TEXT")]
    pub title: String,
    /// The organisation, e.g. "Sør-Varanger kommune"
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// The plan period's first day (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub start: Option<NaiveDate>,
    /// The plan period's last day (default: six months after the start)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub end: Option<NaiveDate>,
    /// The new plan's language (its `language`, its comments and words): nb, nn or en; the
    /// messages of `new` speak it too (default: LC_ALL/LC_MESSAGES/LANG, else nb)
    #[arg(long, value_name = "LANG", value_parser = parse_lang_arg)]
    pub lang: Option<crate::plan::Language>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The document or spreadsheet to make the plan from
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The plan file to write (default: FILE with the extension .toml, beside it)
    #[arg(short = 'o', long, value_name = "PLAN")]
    pub output: Option<PathBuf>,
    /// The new plan's language: nb, nn or en (default: en when the table's headers are English,
    /// else nb); the messages speak it too
    #[arg(long, value_name = "LANG", value_parser = parse_lang_arg)]
    pub lang: Option<crate::plan::Language>,
    /// The plan period's first day (default: inferred from the deadlines)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, requires = "end")]
    pub start: Option<NaiveDate>,
    /// The plan period's last day (default: inferred from the deadlines)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, requires = "start")]
    pub end: Option<NaiveDate>,
    /// The sheet to read (default: the first with an activity table)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Replace the plan file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct PresentArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    #[command(flatten)]
    pub today: TodayArg,
    /// The meeting series whose next meeting "due before the next meeting" means (default: the
    /// steering group's)
    #[arg(long, value_name = "NAME")]
    pub meeting: Option<String>,
    /// Turn the pages by themselves every SECONDS
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(1..))]
    pub cycle: Option<u32>,
    /// Language: nb, nn or en (default: the plan's `language`, else LC_ALL/LC_MESSAGES/LANG,
    /// else nb)
    #[arg(long, value_name = "LANG", value_parser = parse_lang_arg)]
    pub lang: Option<crate::plan::Language>,
    /// Colours: high-contrast reads best on a projector
    #[arg(long, value_enum, default_value_t = crate::tui::theme::ThemeKind::HighContrast)]
    pub theme: crate::tui::theme::ThemeKind,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum ReportFormat {
    /// Markdown, to paste into a document
    #[default]
    #[value(alias = "markdown")]
    Md,
    /// One self-contained HTML file, for the browser or the printer
    Html,
    /// A Word document, for the archive or to edit further
    Docx,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The plan file, or a folder of *.toml plans (one report with a section per plan)
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
    /// Changes and activities done since DATE (default: the last meeting before today)
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, conflicts_with = "since_meeting")]
    pub since: Option<NaiveDate>,
    /// Changes and activities done since the last meeting of the series NAME (default: the
    /// steering group's) before today
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    pub since_meeting: Option<String>,
    /// The meeting series whose next meeting the report looks ahead to (default: the steering
    /// group, else the only series, else the next due_soon_days days)
    #[arg(long, value_name = "NAME")]
    pub meeting: Option<String>,
    /// Write to FILE instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// iCalendar: one all-day event per deadline, for calendar applications
    Ics,
    /// One row per activity, for spreadsheets
    Csv,
    /// The resolved plan, as `list --format json`
    Json,
    /// An Excel workbook: the activities with real dates, an overview per area, and the meetings
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    #[command(flatten)]
    pub today: TodayArg,
    #[command(flatten)]
    pub lang: LangArg,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Field delimiter for CSV (e.g. ';' for Norwegian spreadsheets)
    #[arg(long, default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Start CSV with a UTF-8 byte-order mark, so Excel reads æøå correctly
    #[arg(long)]
    pub bom: bool,
    /// Write cell values as they are, even those a spreadsheet would run as a formula
    ///
    /// Without --raw, a CSV text cell that begins with =, +, -, @, a tab or a carriage return
    /// gets a leading ' so a spreadsheet shows it as text instead of running it.
    #[arg(long)]
    pub raw: bool,
    /// CSV for scripts: English headers and values (todo, true/false, ISO dates), the same
    /// whatever the language (without it CSV is in the reader's language; JSON is always
    /// English)
    #[arg(long)]
    pub machine: bool,
}

pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y"))
        .map_err(|_| msg!("cli-invalid-date", value = s).render(arg_language()))
}

pub fn parse_status_arg(s: &str) -> Result<crate::plan::Status, String> {
    crate::plan::Status::parse(s).ok_or_else(|| {
        msg!(
            "cli-unknown-status",
            value = s,
            expected = crate::plan::Status::accepted()
        )
        .render(arg_language())
    })
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s.as_bytes() {
        [b] if b.is_ascii() && *b != b'"' && *b != b'\n' => Ok(*b),
        _ => Err(msg!("cli-invalid-delimiter", value = s).render(arg_language())),
    }
}

/// CSV's words: the stable machine form with `--machine`, else the reader's language.
fn csv_form(machine: bool, lang: crate::plan::Language) -> crate::output::CsvForm {
    if machine {
        crate::output::CsvForm::Machine
    } else {
        crate::output::CsvForm::Reader(lang)
    }
}

/// How `--raw` writes CSV cells.
fn cells(raw: bool) -> crate::output::Cells {
    if raw {
        crate::output::Cells::Raw
    } else {
        crate::output::Cells::Neutralised
    }
}

/// Prints `fremdrift: MESSAGE` on stderr, the message made [`line_safe`]: messages name files,
/// and a file name may hold escape sequences that would otherwise drive the terminal.
pub fn say(message: impl std::fmt::Display) {
    // Not `eprintln!`: it panics when the terminal has hung up, and the exit code must still
    // say what happened.
    use std::io::Write;
    // Each line made safe on its own: a message may have several (an unknown id's list).
    let text = message.to_string();
    let lines: Vec<_> = text.lines().map(line_safe).collect();
    let _ = writeln!(std::io::stderr(), "fremdrift: {}", lines.join("\n"));
}

/// Parses the command line as [`Cli::parse`] does, with one difference: clap quotes a bad
/// argument in its error, and when that argument (a file name, say) holds control characters
/// the error is printed plain and [`terminal_safe`](crate::output::text::terminal_safe) instead
/// of as clap writes it, so the argument cannot drive the terminal. Exit code 2 as clap's.
///
/// `--no-cache` may also stand before the command (`fremdrift --no-cache check PLAN`), where
/// clap would take it for the board's option and the command for a plan: see [`take_no_cache`].
pub fn parse() -> Cli {
    let (args, no_cache) = take_no_cache(std::env::args_os());
    // Help, usage and version in the reader's language: `--lang`, else the locale, else bokmål.
    match help::try_parse_from(args, arg_language()) {
        Ok(mut cli) => {
            cli.no_cache |= no_cache;
            cli
        }
        Err(e) => {
            let hostile = std::env::args_os().any(|a| {
                a.to_string_lossy()
                    .chars()
                    .any(|c| c.is_control() || diagnostics::is_bidi(c))
            });
            if !e.use_stderr() {
                e.exit();
            }
            // The usage errors people meet most, in the reader's language; the rest as clap
            // words them.
            if let Some(text) = usage_error(&e, arg_language()) {
                use std::io::Write;
                let _ = write!(
                    std::io::stderr(),
                    "{}",
                    crate::output::text::terminal_safe(&text)
                );
                std::process::exit(e.exit_code());
            }
            if !hostile {
                e.exit();
            }
            let text = e.render().to_string();
            eprint!("{}", crate::output::text::terminal_safe(&text));
            std::process::exit(e.exit_code());
        }
    }
}

/// A clap usage error in `lang`: "feil: ugyldig verdi «x» for --status <S>: …", the usage line,
/// and where to read more. `None` for the kinds left to clap's own words.
pub fn usage_error(e: &clap::Error, lang: crate::plan::Language) -> Option<String> {
    use clap::error::{ContextKind, ErrorKind};
    let get = |k| e.get(k).map(|v| v.to_string());
    let message = match e.kind() {
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)?.to_string();
            msg!(
                "cli-usage-invalid-value",
                value = get(ContextKind::InvalidValue).unwrap_or_default(),
                arg = get(ContextKind::InvalidArg)?,
                reason = reason
            )
        }
        ErrorKind::InvalidValue => {
            let valid = match e.get(ContextKind::ValidValue) {
                Some(clap::error::ContextValue::Strings(v)) => v.join(", "),
                Some(v) => v.to_string(),
                None => String::new(),
            };
            msg!(
                "cli-usage-invalid-choice",
                value = get(ContextKind::InvalidValue).unwrap_or_default(),
                arg = get(ContextKind::InvalidArg)?,
                valid = valid
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let args = match e.get(ContextKind::InvalidArg)? {
                clap::error::ContextValue::Strings(v) => v.join(", "),
                v => v.to_string(),
            };
            msg!("cli-usage-missing", args = args)
        }
        ErrorKind::UnknownArgument => {
            msg!(
                "cli-usage-unknown-argument",
                arg = get(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::ArgumentConflict => msg!(
            "cli-usage-conflict",
            arg = get(ContextKind::InvalidArg)?,
            other = get(ContextKind::PriorArg)?
        ),
        ErrorKind::InvalidSubcommand => msg!(
            "cli-usage-unknown-command",
            command = get(ContextKind::InvalidSubcommand)?
        ),
        _ => return None,
    };
    let mut out = format!(
        "{}: {}\n",
        crate::i18n::text(lang, "severity-error"),
        message.render(lang)
    );
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        let usage = help::translate_options(usage, lang);
        out.push('\n');
        out.push_str(&msg!("cli-usage-line", usage = usage.as_str()).render(lang));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&crate::i18n::text(lang, "cli-usage-help"));
    out.push('\n');
    Some(out)
}

/// The arguments without `--no-cache` (before a `--`), and whether it was there. The flag is
/// global, so it can stand anywhere; taking it out first keeps clap from reading
/// `fremdrift --no-cache check PLAN` as the board's options and a plan named `check`.
pub fn take_no_cache(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> (Vec<std::ffi::OsString>, bool) {
    let mut found = false;
    let mut after_dashes = false;
    let mut out = Vec::new();
    for (i, arg) in args.into_iter().enumerate() {
        if i > 0 && !after_dashes {
            if arg == "--no-cache" {
                found = true;
                continue;
            }
            after_dashes = arg == "--";
        }
        out.push(arg);
    }
    (out, found)
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    if cli.no_cache {
        file::cache::disable();
    }
    match cli.command {
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::List(args)) => list::run(&args),
        Some(Command::Set(args)) => set::run(&args),
        Some(Command::Report(args)) => report::run(&args),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Add(args)) => author::add(&args),
        Some(Command::Rm(args)) => author::rm(&args),
        Some(Command::Mv(args)) => author::mv(&args),
        Some(Command::New(args)) => author::new(&args),
        Some(Command::Open(args)) => open::run(&args),
        Some(Command::Present(args)) => present::run(&args),
        Some(Command::Merge(args)) => git::merge(&args),
        Some(Command::GitSetup(args)) => git::setup(&args),
        Some(Command::Log(args)) => git::log(&args),
        Some(Command::Import(args)) => import::run(&args),
        None => match cli.open.plan {
            Some(_) => open::run(&cli.open),
            None => {
                let lang = crate::i18n::choose(cli.open.lang, None);
                say(crate::i18n::text(lang, "cli-give-plan"));
                EXIT_USAGE
            }
        },
    }
}

/// Whether to colour output: stdout is a terminal and `NO_COLOR` is not set.
pub fn color_stdout() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn color_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Prints command output to stdout, made safe when stdout is a terminal (see [`write_out`]).
pub fn emit(text: &str, lang: crate::plan::Language) -> i32 {
    write_out(text.as_bytes(), None, &[], lang)
}

/// Writes `bytes` to `output`, or to stdout when there is none. Exit code 2 with one line on a
/// write failure. `-o` never writes over one of the `plans` the output was made from. When
/// stdout is a terminal, control characters from the plan (ESC, OSC sequences, BEL, backspace,
/// lone CR) are shown escaped; a pipe or file gets the format's own bytes.
pub fn write_out(
    bytes: &[u8],
    output: Option<&Path>,
    plans: &[PathBuf],
    lang: crate::plan::Language,
) -> i32 {
    use std::io::Write;
    match output {
        Some(path) => match crate::file::output::write_output(path, bytes, plans) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                say(e.english());
                EXIT_USAGE
            }
        },
        None => {
            let stdout = std::io::stdout();
            let result = if stdout.is_terminal() {
                let text = String::from_utf8_lossy(bytes);
                stdout
                    .lock()
                    .write_all(crate::output::text::terminal_safe(&text).as_bytes())
            } else {
                stdout.lock().write_all(bytes)
            };
            match result {
                Ok(()) => EXIT_OK,
                // A closed pipe (`| head`) is the reader's choice, not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(e) => {
                    say(msg!(
                        "cli-cannot-write-stdout",
                        error = file::io_reason(&e).render(lang)
                    )
                    .render(lang));
                    EXIT_USAGE
                }
            }
        }
    }
}

/// Loads a plan that must be valid for the command to go on: on I/O problems prints one line
/// and gives 2; on plan errors prints the diagnostics and gives 1.
/// The day of the last meeting before `today` of the series `name` (blank: the steering
/// group's, as the report and the presenter choose it), for `--since-meeting`; the error says
/// what the plan has instead.
pub fn last_meeting_day(
    plan: &Plan,
    name: &str,
    today: NaiveDate,
    lang: crate::plan::Language,
) -> Result<NaiveDate, String> {
    let name = Some(name.trim()).filter(|n| !n.is_empty());
    let series = crate::plan::meetings::select_series(plan, name)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| crate::i18n::text(lang, "cli-no-meetings"))?;
    crate::plan::meetings::last_meeting(plan, Some(&series.name), today)
        .map_err(|e| e.to_string())?
        .map(|m| m.date)
        .ok_or_else(|| {
            msg!(
                "cli-no-meeting-before",
                series = series.name.as_str(),
                date = crate::output::text::date(today, lang)
            )
            .render(lang)
        })
}

/// The plan at `path` open for editing, or the exit code after saying why not.
pub fn open_for_edit(path: &Path, lang: LangArg) -> Result<crate::file::save::PlanFile, i32> {
    let (loaded, plan) = load_usable(path, lang)?;
    Ok(crate::file::save::PlanFile::new(path, loaded.source, plan)
        .with_diagnostics(loaded.parsed.diagnostics)
        .with_spans(loaded.parsed.spans))
}

/// [`load_valid`], but a plan with errors whose TOML can be read is given too (with its errors
/// in [`Plan::problems`](crate::plan::Plan)), to show and fix: the board and the editing
/// commands take it, as long as an edit adds no error. The plan is moved out of the
/// `Loaded` (its `parsed.plan`/`parsed.partial` are `None` afterwards), not copied.
pub fn load_usable(path: &Path, lang: LangArg) -> Result<(Loaded, Plan), i32> {
    let mut result = file::load(path);
    if let Ok(loaded) = &mut result
        && let Some(plan) = loaded.parsed.partial.take()
    {
        return result.map(|l| (l, plan)).map_err(|_| EXIT_USAGE);
    }
    valid(result, lang)
}

/// The plan at `path`, valid, or the exit code after saying why not in the reader's language
/// (`--lang`, else the language the plan declares, else the locale's).
pub fn load_valid(path: &Path, lang: LangArg) -> Result<(Loaded, Plan), i32> {
    valid(file::load(path), lang)
}

/// [`load_valid`] for a plan already loaded (or not): prints what is wrong, as it does. The
/// plan is moved out of the `Loaded` (its `parsed.plan` is `None` afterwards), not copied: a
/// whole-plan copy was a measurable part of `list` at 10,000 activities.
pub fn valid(
    result: Result<Loaded, file::ReadError>,
    lang: LangArg,
) -> Result<(Loaded, Plan), i32> {
    let mut loaded = match result {
        Ok(l) => l,
        Err(e) => {
            say(e.message().render(lang.for_plan(None)));
            return Err(EXIT_USAGE);
        }
    };
    let lang = crate::i18n::choose(lang.lang, loaded.parsed.language);
    match loaded.parsed.plan.take() {
        Some(plan) => Ok((loaded, plan)),
        None => {
            let errors: Vec<_> = loaded
                .parsed
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .cloned()
                .collect();
            let name = shown(&loaded.source.path);
            eprint!(
                "{}",
                diagnostics::render(&errors, &name, &loaded.source.text, color_stderr(), lang)
            );
            say(msg!(
                "cli-plan-has-errors",
                path = name.as_str(),
                count = errors.len()
            )
            .render(lang));
            Err(EXIT_PLAN_ERRORS)
        }
    }
}

/// The plan files a path stands for: itself, or every `*.toml` in a folder, sorted.
///
/// Its error is in English: kept for `check` until it passes its reader's language to
/// [`expand_plans_in`].
/// The plan files a path names: the file itself, or a folder's `*.toml` plans; the error in
/// `lang`.
pub fn expand_plans_in(path: &Path, lang: crate::plan::Language) -> Result<Vec<PathBuf>, String> {
    if path.is_dir() {
        let entries = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {}", shown(path), file::io_reason(&e).render(lang)))?;
        let mut out: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
            .collect();
        out.sort();
        if out.is_empty() {
            return Err(msg!("cli-no-plans-in-folder", path = shown(path)).render(lang));
        }
        Ok(out)
    } else {
        Ok(vec![path.to_path_buf()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Language;

    #[test]
    fn the_declared_language_is_read_from_a_plan_that_does_not_load() {
        // The commands take it from the parse (`Parsed::language`), which reads `[plan]
        // language` also when the TOML is broken.
        let declared = |text: &str| crate::file::parse_plan(text).language;
        let text = "[plan]\ntitle = \"x\"\nlanguage = \"nn\"  # nynorsk\nstart = 31. november\n";
        assert_eq!(declared(text), Some(Language::Nn));
        assert_eq!(declared("[plan]\nlanguage='en'"), Some(Language::En));
        assert_eq!(declared("[plan]\ntitle = \"x\"\n"), None);
        assert_eq!(declared("[plan]\nlanguage = \"sv\""), None);
    }

    #[test]
    fn usage_errors_speak_the_language() {
        let err = |args: &[&str]| {
            Cli::try_parse_from(args.iter().copied())
                .err()
                .unwrap_or_else(|| panic!("{args:?} parsed"))
        };
        let e = err(&["fremdrift", "list", "p.toml", "--status", "finished"]);
        let nn = usage_error(&e, Language::Nn).unwrap();
        assert!(
            nn.starts_with("feil: ugyldig verdi «finished» for --status <S>:"),
            "{nn}"
        );
        assert!(nn.ends_with("\nMeir hjelp: prøv '--help'.\n"), "{nn}");
        let e = err(&["fremdrift", "list"]);
        let nb = usage_error(&e, Language::Nb).unwrap();
        assert!(nb.contains("manglar") || nb.contains("mangler"), "{nb}");
        assert!(nb.contains("<PLAN>"), "{nb}");
        let e = err(&["fremdrift", "list", "p.toml", "--frobnicate"]);
        let en = usage_error(&e, Language::En).unwrap();
        assert!(
            en.starts_with("error: unexpected argument '--frobnicate'"),
            "{en}"
        );
        let e = err(&["fremdrift", "export", "p.toml", "--format", "pdf"]);
        let nb = usage_error(&e, Language::Nb).unwrap();
        assert!(
            nb.contains("«pdf»") && nb.contains("ics, csv, json"),
            "{nb}"
        );
        let e = err(&[
            "fremdrift",
            "set",
            "p.toml",
            "x",
            "--note",
            "n",
            "--clear-note",
        ]);
        let nn = usage_error(&e, Language::Nn).unwrap();
        assert!(nn.contains("kan ikkje brukast saman med"), "{nn}");
    }

    #[test]
    fn csv_is_for_people_unless_machine() {
        use crate::output::CsvForm;
        assert_eq!(csv_form(false, Language::Nn), CsvForm::Reader(Language::Nn));
        assert_eq!(csv_form(true, Language::Nn), CsvForm::Machine);
    }
}
