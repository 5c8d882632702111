//! Turns plan text into a validated [`Plan`]: parses the TOML with spans, walks it key by key,
//! and reports every problem at once (unknown keys, wrong types, missing fields, bad statuses
//! and deadlines) as positioned [`Diagnostic`]s. Pure: no I/O happens here.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostics::Diagnostic;
pub use crate::diagnostics::dmy;
pub use crate::file::spans::{ActivitySpans, AreaSpans, PlanSpans, Spans};
use crate::file::validate;
use crate::i18n::Message;
use crate::msg;
use crate::plan::deadline::{self, Context, DeadlineSpec};
use crate::plan::edit::{series_for, written_spec};
use crate::plan::{
    Activity, ActivityPath, Area, AreaStatus, DEFAULT_DUE_SOON_DAYS, Due, Language, MeetingSeries,
    Plan, Status, Workstream,
};

type Span = Range<usize>;
type Table<'i> = DeTable<'i>;

/// The result of parsing: the plan when there are no errors, and every problem found.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Parsed {
    pub plan: Option<Plan>,
    /// The language the plan declares (`[plan] language`), when it names a known one, also
    /// when the plan has errors: the language `check` speaks to its readers.
    pub language: Option<Language>,
    /// Decoded when first used (see [`Spans`]).
    pub spans: Spans,
    pub diagnostics: Vec<Diagnostic>,
    /// When the plan has errors but its TOML could be read: everything that could be
    /// understood, every activity kept (those with errors marked [`Activity::broken`], a
    /// deadline that could not be read kept as written) and the errors in
    /// [`Plan::problems`], so the board can show it and edits can fix it.
    #[serde(default)]
    pub partial: Option<Plan>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The plan, or the plan with errors when its TOML could be read.
    pub fn usable(&self) -> Option<&Plan> {
        self.plan.as_ref().or(self.partial.as_ref())
    }

    /// The plan this text reads to for an edit of `before`: the plan when it is valid, else the
    /// plan with errors when it has no error `before` did not have (an edit may fix errors,
    /// never add one). `Err` with the errors it added.
    ///
    /// The plan given keeps `before`'s problems: an error the file had when it was opened is not
    /// a new one, so undoing a fix is allowed.
    pub fn reread_after(self, before: &Plan) -> Result<Plan, Vec<Diagnostic>> {
        if let Some(mut plan) = self.plan {
            plan.problems = before.problems.clone();
            return Ok(plan);
        }
        let mut old = before.problems.clone();
        let mut added = Vec::new();
        for d in self.diagnostics.iter().filter(|d| d.is_error()) {
            match old.iter().position(|m| *m == d.message) {
                Some(i) => {
                    old.swap_remove(i);
                }
                None => added.push(d.clone()),
            }
        }
        match self.partial {
            Some(mut plan) if added.is_empty() => {
                plan.problems = before.problems.clone();
                Ok(plan)
            }
            _ if added.is_empty() => Err(self
                .diagnostics
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect()),
            _ => Err(added),
        }
    }
}

/// `plan` without what only a plan with errors carries (its problems and the activities' lists
/// of them), to compare what two plans mean.
pub fn without_problems(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.problems.clear();
    for a in &mut p.activities {
        a.broken.clear();
    }
    p
}

/// Longer text values are refused: no title, owner or note needs 64 KiB, and a hostile
/// megabyte value would make every screen and message unusable.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

const ROOT_KEYS: &[&str] = &["plan", "meeting", "area"];
const PLAN_KEYS: &[&str] = &[
    "title",
    "organization",
    "language",
    "start",
    "end",
    "due_soon_days",
    "meeting",
];
const MEETING_KEYS: &[&str] = &["name", "dates", "tentative", "tentative_dates"];
const AREA_KEYS: &[&str] = &[
    "number",
    "title",
    "status",
    "reason",
    "description",
    "workstream",
    "activity",
];
const WORKSTREAM_KEYS: &[&str] = &["title", "audience", "description", "activity"];
const ACTIVITY_KEYS: &[&str] = &[
    "id", "title", "owner", "due", "baseline", "meeting", "status", "done_on", "note", "members",
];

/// Parses and validates plan text (without a BOM). A large text's TOML is read on two threads
/// when that gives the same tree ([`crate::file::split`]).
pub fn parse_plan(text: &str) -> Parsed {
    let cut = crate::file::split::split_point(text, crate::file::split::MIN_SPLIT_BYTES)
        .filter(|_| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1));
    parse_plan_cut(text, cut)
}

/// [`parse_plan`] reading the TOML in two halves cut at `cut` when that gives the same tree
/// (else whole), or whole when `cut` is None. Public for the tests that compare the two.
pub fn parse_plan_cut(text: &str, cut: Option<usize>) -> Parsed {
    crate::file::count_whole_parse();
    let mut w = Walker::default();
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        let d = Diagnostic::error(msg!("check-empty-file"), Some(0..0))
            .with_help(msg!("check-empty-file-help"));
        return Parsed {
            plan: None,
            language: None,
            spans: Spans::default(),
            diagnostics: vec![d],
            partial: None,
        };
    }
    let mut padded = String::new();
    let (root, errors, halves) =
        match cut.and_then(|at| crate::file::split::parse_split(text, at, &mut padded)) {
            Some(root) => (root, Vec::new(), true),
            None => {
                let (root, errors) = DeTable::parse_recoverable(text);
                (root, errors, false)
            }
        };
    if !errors.is_empty() {
        // Conflict markers left by a merge: say so, with both sides' lines.
        let d = crate::git::merge::leftover_markers(text)
            .unwrap_or_else(|| syntax_error(text, &errors));
        return Parsed {
            plan: None,
            language: declared_language(root.get_ref()),
            spans: Spans::default(),
            diagnostics: vec![d],
            partial: None,
        };
    }
    let root_span = root.span();
    let language = declared_language(root.get_ref());
    let plan = w.plan(root.get_ref(), root_span);
    let finish = move || {
        let mut diagnostics = w.diags;
        if let Some(plan) = &plan {
            diagnostics.extend(validate::check(plan, &w.spans));
        }
        sort_diagnostics(&mut diagnostics);
        let has_errors = diagnostics.iter().any(Diagnostic::is_error);
        let partial = match &plan {
            Some(plan) if has_errors => Some(with_problems(text, plan, w.all, &diagnostics)),
            _ => None,
        };
        Parsed {
            plan: if has_errors { None } else { plan },
            language,
            spans: w.spans.into(),
            diagnostics,
            partial,
        }
    };
    if !halves {
        drop(root);
        return finish();
    }
    // A large plan's tree (read in two halves on two threads) is dropped on another thread
    // while the checks run: at 10,000 activities its drop takes about 2 ms.
    std::thread::scope(|s| {
        // Dropped here instead when no thread can be had.
        let _ = std::thread::Builder::new().spawn_scoped(s, move || drop(root));
        finish()
    })
}

/// The order of a parse's diagnostics: by where they start (those without a place last), then
/// errors first; otherwise in the order they were found.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.span.as_ref().map_or(usize::MAX, |s| s.start), d.severity));
}

/// Reads the text of one activity's table on its own — its `[[area.activity]]` (or
/// `[[area.workstream.activity]]`) header and keys, cut out of a plan — the way [`parse_plan`]
/// reads that table inside `plan`, where it is activity `index`: the same walk, the same
/// deadline resolution against the plan's period and meeting series. For an edit that touched
/// only this table (`file::edit::apply_patch_in_table`). `None` unless the text reads to exactly
/// one activity, at that place, without any error: the caller then parses the whole file. The
/// spans are relative to `slice`.
pub fn read_activity_table(
    slice: &str,
    plan: &Plan,
    index: usize,
) -> Option<(Activity, ActivitySpans)> {
    let before = plan.activities.get(index)?;
    let root = DeTable::parse(slice).ok()?;
    let only = |t: &Table<'_>, key: &str| -> Option<()> {
        (t.len() == 1 && t.contains_key(key)).then_some(())
    };
    let root = root.get_ref();
    only(root, "area")?;
    let DeValue::Table(area) = root.get("area")?.get_ref() else {
        return None;
    };
    let list = match before.path.workstream {
        None => {
            only(area, "activity")?;
            area.get("activity")?
        }
        Some(_) => {
            only(area, "workstream")?;
            let DeValue::Table(ws) = area.get("workstream")?.get_ref() else {
                return None;
            };
            only(ws, "activity")?;
            ws.get("activity")?
        }
    };
    let DeValue::Array(items) = list.get_ref() else {
        return None;
    };
    let mut items = items.iter();
    let (Some(item), None) = (items.next(), items.next()) else {
        return None;
    };
    let DeValue::Table(t) = item.get_ref() else {
        return None;
    };
    let number = plan
        .areas
        .get(before.area)
        .map_or("", |a| a.number.as_str());
    let path_id = match before.path.workstream {
        Some(w) => format!("{number}.{}.{}", w + 1, before.path.index + 1),
        None => format!("{number}.{}", before.path.index + 1),
    };
    let mut w = Walker::default();
    let raw = w.activity(
        t,
        item.span(),
        before.area,
        before.workstream,
        before.path,
        &path_id,
    )?;
    let period = plan.start.zip(plan.end).filter(|(s, e)| s <= e);
    let mut activities = w.settle_activities(vec![raw], &plan.meetings, period);
    if w.diags.iter().any(Diagnostic::is_error) || activities.len() != 1 {
        return None;
    }
    let spans = w.spans.activities.pop()?;
    Some((activities.pop()?, spans))
}

/// The plan with errors: `plan` (its whole activities) with every activity kept, in order, and
/// each error given to the activity whose table it is in.
fn with_problems(
    text: &str,
    plan: &Plan,
    all: Vec<(Activity, Span)>,
    diagnostics: &[Diagnostic],
) -> Plan {
    let mut p = plan.clone();
    p.activities = all.iter().map(|(a, _)| a.clone()).collect();
    // An activity's table runs from its header to the next table header.
    let all: Vec<(Activity, Span)> = all
        .into_iter()
        .map(|(a, t)| {
            let from = t.start.min(text.len());
            let end = text
                .get(from..)
                .and_then(|rest| {
                    let first_line = rest.find('\n')?;
                    let mut at = from + first_line + 1;
                    for line in text.get(at..)?.split_inclusive('\n') {
                        if line.trim_start().starts_with('[') {
                            return Some(at);
                        }
                        at += line.len();
                    }
                    Some(text.len())
                })
                .unwrap_or(text.len());
            (a, from..end.max(t.end))
        })
        .collect();
    for d in diagnostics.iter().filter(|d| d.is_error()) {
        p.problems.push(d.message.clone());
        let Some(at) = d.span.as_ref().map(|s| s.start) else {
            continue;
        };
        if let Some(i) = all.iter().position(|(_, t)| t.contains(&at)) {
            p.activities[i].broken.push(d.message.clone());
        }
    }
    p
}

/// The language `[plan] language` declares, when it names one of ours: read even from a plan
/// with errors (or a best-effort parse of broken TOML), so `check` can speak it.
fn declared_language(root: &Table<'_>) -> Option<Language> {
    let plan = root.get("plan")?;
    let DeValue::Table(pt) = plan.get_ref() else {
        return None;
    };
    match pt.get("language")?.get_ref() {
        DeValue::String(s) => Language::parse(s),
        _ => None,
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_string()
}

/// The TOML syntax error to report. The parser reports what it notices first, which is not
/// always what comes first in the file: an unterminated string is noticed only when the array
/// or table around it fails to close, a line or more later. The earliest error in the file is
/// the real mistake; it is named in our words (the parser's text is kept only for the rare
/// errors we do not know), pointing at where the mistake starts.
fn syntax_error(text: &str, errors: &[toml::de::Error]) -> Diagnostic {
    let Some(e) = errors
        .iter()
        // At the same place, the string's own error is the cause of the array's or table's.
        .min_by_key(|e| {
            let lexical = e.message().contains("string") || e.message().contains("escape");
            (e.span().map_or(usize::MAX, |s| s.start), !lexical)
        })
    else {
        return Diagnostic::error(
            msg!("check-toml-other", detail = Message::verbatim("?")),
            Some(0..0),
        );
    };
    let raw = first_line(e.message());
    let at = e.span().unwrap_or(0..0);
    let (what, expected) = raw.split_once(", expected ").unwrap_or((raw.as_str(), ""));
    let quote = expected
        .strip_prefix('`')
        .and_then(|s| s.chars().next())
        .filter(|c| matches!(c, '"' | '\''));
    if what.starts_with("invalid multi-line") && quote.is_some() {
        let opener = if what.contains("literal") {
            "'''"
        } else {
            "\"\"\""
        };
        let start = text
            .get(..at.start.min(text.len()))
            .and_then(|before| before.rfind(opener))
            .unwrap_or(at.start);
        return Diagnostic::error(
            msg!("check-toml-unterminated-multiline"),
            Some(start..start + 3),
        )
        .with_label(msg!("check-toml-string-starts-here"))
        .with_help(msg!(
            "check-toml-unterminated-multiline-help",
            quote = opener
        ));
    }
    if let Some(q) = quote
        && what.starts_with("invalid")
        && what.ends_with("string")
    {
        let start = unclosed_string_start(text, at.start).unwrap_or(at.start);
        return Diagnostic::error(
            msg!("check-toml-unterminated-string"),
            Some(start..start + 1),
        )
        .with_label(msg!("check-toml-string-starts-here"))
        .with_help(msg!("check-toml-unterminated-string-help", quote = q));
    }
    let (message, help) = match what {
        "missing escaped value" | "too few unicode value digits" => {
            // The span starts after the backslash.
            let start = at.start.saturating_sub(1);
            let seq: String = text
                .get(start..)
                .unwrap_or("")
                .chars()
                .take(2)
                .filter(|c| !c.is_control())
                .collect();
            // `"a\"` at the end of a line: the backslash escapes the closing quote, so the
            // string never ends (the parser reports the escape).
            if seq == "\\\"" {
                let start = unclosed_string_start(text, at.start).unwrap_or(start);
                return Diagnostic::error(
                    msg!("check-toml-unterminated-string"),
                    Some(start..start + 1),
                )
                .with_label(msg!("check-toml-string-starts-here"))
                .with_help(msg!("check-toml-escaped-quote-help"));
            }
            let end = start + seq.len();
            return Diagnostic::error(
                msg!("check-toml-bad-escape", escape = seq),
                Some(start..end),
            )
            .with_help(msg!("check-toml-bad-escape-help"));
        }
        "unclosed table" => (
            msg!("check-toml-unclosed-header", close = "]"),
            msg!("check-toml-unclosed-header-help", close = "]"),
        ),
        "unclosed array table" => (
            msg!("check-toml-unclosed-header", close = "]]"),
            msg!("check-toml-unclosed-header-help", close = "]]"),
        ),
        "key with no value" | "missing assignment between key-value pairs" => (
            msg!("check-toml-missing-equals"),
            msg!("check-toml-missing-equals-help"),
        ),
        // `owner =` and nothing after it is reported as an unquoted string of no characters.
        "string values must be quoted"
            if text
                .get(at.start..)
                .is_none_or(|rest| rest.starts_with(['\n', '\r']) || rest.is_empty()) =>
        {
            (
                msg!("check-toml-missing-value"),
                msg!("check-toml-unquoted-help"),
            )
        }
        "string values must be quoted" => (
            msg!("check-toml-unquoted"),
            msg!("check-toml-unquoted-help"),
        ),
        "missing value" | "missing value for key" => (
            msg!("check-toml-missing-value"),
            msg!("check-toml-unquoted-help"),
        ),
        "duplicate key" => (
            msg!("check-toml-duplicate-key"),
            msg!("check-toml-duplicate-key-help"),
        ),
        "missing comma between array elements" => (
            msg!("check-toml-missing-comma"),
            msg!("check-toml-missing-comma-help"),
        ),
        "unclosed array" => (
            msg!("check-toml-unclosed-array"),
            msg!("check-toml-unclosed-array-help"),
        ),
        "unclosed inline table" => (
            msg!("check-toml-unclosed-inline-table"),
            msg!("check-toml-unclosed-inline-table-help"),
        ),
        _ => (
            msg!("check-toml-other", detail = Message::verbatim(raw.clone())),
            msg!("check-see-readme"),
        ),
    };
    Diagnostic::error(message, Some(at)).with_help(help)
}

/// Where the string that is still open at the end of the line holding `offset` starts: the
/// line is read as TOML reads it (basic strings with escapes, literal strings, comments).
fn unclosed_string_start(text: &str, offset: usize) -> Option<usize> {
    let offset = offset.min(text.len());
    let mut line_start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    // An error reported at the very start of a line belongs to the line before.
    if line_start == offset && line_start > 0 {
        line_start = text.get(..line_start - 1)?.rfind('\n').map_or(0, |i| i + 1);
    }
    let line_end = text
        .get(line_start..)?
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = text.get(line_start..line_end)?;
    let mut open: Option<(usize, char)> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match open {
            Some((_, '"')) if escaped => escaped = false,
            Some((_, '"')) if c == '\\' => escaped = true,
            Some((_, q)) if c == q => open = None,
            Some(_) => {}
            None if c == '#' => break,
            None if c == '"' || c == '\'' => open = Some((i, c)),
            None => {}
        }
    }
    open.map(|(i, _)| line_start + i)
}

#[derive(Default)]
struct Walker {
    diags: Vec<Diagnostic>,
    spans: PlanSpans,
    /// Every activity, also those with errors (marked), with its table's span: the plan with
    /// errors is made of them.
    all: Vec<(Activity, Span)>,
}

/// Activity fields read from the file, before ids and deadlines are settled.
struct RawActivity {
    area: usize,
    workstream: Option<usize>,
    path: ActivityPath,
    id: Option<String>,
    path_id: String,
    title: String,
    owner: String,
    due: Option<(String, bool, Span)>,
    /// The deadline first agreed, when it has been moved since.
    baseline: Option<(String, bool, Span)>,
    meeting: Option<String>,
    status: Status,
    done_on: Option<NaiveDate>,
    note: Option<String>,
    members: Vec<String>,
    spans: ActivitySpans,
    /// A required field is missing or has a value that could not be read.
    failed: bool,
}

impl Walker {
    fn err(&mut self, msg: impl Into<Message>, span: Span) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(msg, Some(span)));
        self.diags.last_mut().expect("just pushed")
    }

    fn plan(&mut self, root: &Table<'_>, root_span: Span) -> Option<Plan> {
        self.check_keys(root, ROOT_KEYS, msg!("check-where-top"));
        let empty = Table::default();
        let (plan_table, plan_span) = self.plan_table(root, root_span);
        let pt = plan_table.unwrap_or(&empty);
        if plan_table.is_some() {
            self.check_keys(pt, PLAN_KEYS, in_table("[plan]"));
        }
        let title = if plan_table.is_some() {
            self.req_string(pt, "title", in_table("[plan]"), &plan_span)
        } else {
            None
        };
        let organization = self.opt_string(pt, "organization");
        let language_declared = pt.get("language").is_some();
        let language = self.language(pt);
        let (start, end) = self.period(pt);
        let due_soon_days = self.due_soon_days(pt);
        let meetings = self.meetings(root);
        let steering = self.steering(pt, &meetings);
        let period = start.zip(end).filter(|(s, e)| s <= e);

        let mut areas = Vec::new();
        let mut workstreams = Vec::new();
        let mut raw = Vec::new();
        if let Some(v) = root.get("area") {
            for (ai, (t, span)) in self.tables_of(v, "area").into_iter().enumerate() {
                let area = self.area(t, span, ai, areas.len(), &mut workstreams, &mut raw);
                areas.push(area);
            }
        }

        let activities = self.settle_activities(raw, &meetings, period);
        // The plan is returned even with errors (without the activities that failed), so the
        // whole-plan checks can report their problems in the same run; `parse_plan` withholds it.
        Some(Plan {
            title: title.unwrap_or_default(),
            organization,
            language,
            language_declared,
            start,
            end,
            due_soon_days,
            meetings,
            steering,
            areas,
            workstreams,
            activities,
            problems: Vec::new(),
        })
    }

    /// The `[plan]` table and where it is; `None` (after saying so) when it is missing or not a
    /// table.
    fn plan_table<'r, 'i>(
        &mut self,
        root: &'r Table<'i>,
        root_span: Span,
    ) -> (Option<&'r Table<'i>>, Span) {
        match root.get("plan") {
            Some(v) => match v.get_ref() {
                DeValue::Table(t) => (Some(t), v.span()),
                other => {
                    self.type_error("plan", msg!("check-expected-plan-table"), other, v.span());
                    (None, v.span())
                }
            },
            None => {
                self.err(msg!("check-missing-plan-table"), 0..root_span.end.min(1))
                    .help = some(msg!("check-missing-plan-table-help"));
                (None, 0..0)
            }
        }
    }

    /// `plan.language`; English when it is missing or unknown.
    fn language(&mut self, pt: &Table<'_>) -> Language {
        match self.opt_string_spanned(pt, "language") {
            Some((s, span)) => match Language::parse(&s) {
                Some(l) => l,
                None => {
                    self.err(msg!("check-unknown-language", value = s), span)
                        .help = some(msg!("check-unknown-language-help"));
                    Language::En
                }
            },
            None => Language::En,
        }
    }

    /// `plan.start` and `plan.end`, each as written; an error when the plan ends before it
    /// starts, a warning when only one of them is there.
    fn period(&mut self, pt: &Table<'_>) -> (Option<NaiveDate>, Option<NaiveDate>) {
        let start = self.opt_date(pt, "start");
        let end = self.opt_date(pt, "end");
        if let (Some((s, _)), Some((e, espan))) = (start.clone(), end.clone())
            && s > e
        {
            self.err(
                msg!("check-plan-ends-before-start", end = dmy(e), start = dmy(s)),
                espan,
            )
            .help = some(msg!("check-plan-ends-before-start-help"));
        }
        if start.is_some() != end.is_some() && pt.contains_key("start") != pt.contains_key("end") {
            let (message, help, span) = match (&start, &end) {
                (Some((_, span)), None) => (
                    msg!("check-period-no-end"),
                    msg!("check-period-set-key", key = "end"),
                    span.clone(),
                ),
                (None, Some((_, span))) => (
                    msg!("check-period-no-start"),
                    msg!("check-period-set-key", key = "start"),
                    span.clone(),
                ),
                _ => unreachable!("exactly one is set"),
            };
            self.diags
                .push(Diagnostic::warning(message, Some(span)).with_help(help));
        }
        (start.map(|s| s.0), end.map(|e| e.0))
    }

    /// `plan.due_soon_days`: 0 to 3650, the default when missing or wrong.
    fn due_soon_days(&mut self, pt: &Table<'_>) -> u32 {
        let Some(v) = pt.get("due_soon_days") else {
            return DEFAULT_DUE_SOON_DAYS;
        };
        match v.get_ref() {
            DeValue::Integer(i) => match i.as_str().parse::<i64>() {
                Ok(n) if (0..=3650).contains(&n) => n as u32,
                _ => {
                    self.err(
                        msg!("check-due-soon-days-range", value = i.as_str()),
                        v.span(),
                    );
                    DEFAULT_DUE_SOON_DAYS
                }
            },
            other => {
                self.type_error(
                    "due_soon_days",
                    msg!("check-expected-days"),
                    other,
                    v.span(),
                );
                DEFAULT_DUE_SOON_DAYS
            }
        }
    }

    fn meetings(&mut self, root: &Table<'_>) -> Vec<MeetingSeries> {
        let mut out: Vec<MeetingSeries> = Vec::new();
        let Some(v) = root.get("meeting") else {
            return out;
        };
        for (t, span) in self.tables_of(v, "meeting") {
            self.check_keys(t, MEETING_KEYS, in_table("[[meeting]]"));
            let name = self.req_string_spanned(t, "name", in_table("[[meeting]]"), &span);
            let mut dates = Vec::new();
            match t.get("dates") {
                None => {
                    self.err(
                        msg!(
                            "check-missing-key",
                            key = "dates",
                            place = in_table("[[meeting]]")
                        ),
                        header(&span),
                    )
                    .help = some(msg!("check-add-meeting-dates"));
                }
                Some(dv) => match dv.get_ref() {
                    DeValue::Array(arr) => {
                        for item in arr.iter() {
                            if let Some(d) = self.date_value(item.get_ref(), item.span(), "dates") {
                                dates.push(d);
                            }
                        }
                    }
                    other => {
                        self.type_error("dates", msg!("check-expected-dates"), other, dv.span())
                    }
                },
            }
            dates.sort();
            dates.dedup();
            let tentative = self.tentative(t, &dates);
            if let Some((name, nspan)) = name {
                if out
                    .iter()
                    .any(|m| m.name.to_lowercase() == name.to_lowercase())
                {
                    self.err(msg!("check-duplicate-series", name = name.as_str()), nspan)
                        .help = some(msg!("check-duplicate-series-help"));
                } else {
                    out.push(MeetingSeries {
                        name,
                        dates,
                        tentative,
                    });
                }
            }
        }
        out
    }

    /// The dates of a series marked as not yet decided: all of them (`tentative = true`), or
    /// those listed in `tentative_dates`, each of which must be one of its dates.
    fn tentative(&mut self, t: &Table<'_>, dates: &[NaiveDate]) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        if let Some(v) = t.get("tentative") {
            match v.get_ref() {
                DeValue::Boolean(true) => out.extend_from_slice(dates),
                DeValue::Boolean(false) => {}
                other => self.type_error("tentative", msg!("check-expected-bool"), other, v.span()),
            }
        }
        if let Some(v) = t.get("tentative_dates") {
            match v.get_ref() {
                DeValue::Array(arr) => {
                    for item in arr.iter() {
                        let Some(d) =
                            self.date_value(item.get_ref(), item.span(), "tentative_dates")
                        else {
                            continue;
                        };
                        if dates.contains(&d) {
                            out.push(d);
                        } else {
                            self.err(
                                msg!("check-tentative-not-a-date", date = dmy(d)),
                                item.span(),
                            )
                            .help = some(msg!("check-tentative-not-a-date-help"));
                        }
                    }
                }
                other => self.type_error(
                    "tentative_dates",
                    msg!("check-expected-dates"),
                    other,
                    v.span(),
                ),
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// `[plan] meeting = "…"`: the series the steering group meets in; it must be one of them.
    fn steering(&mut self, pt: &Table<'_>, meetings: &[MeetingSeries]) -> Option<String> {
        let (name, span) = self.opt_string_spanned(pt, "meeting")?;
        if let Some(series) = series_for(meetings, Some(&name)) {
            return Some(series.name.clone());
        }
        self.err(msg!("check-unknown-series", name = name.as_str()), span)
            .help = Some(series_help(&name, meetings));
        None
    }

    fn area<'a>(
        &mut self,
        t: &Table<'a>,
        span: Span,
        file_index: usize,
        area_index: usize,
        workstreams: &mut Vec<Workstream>,
        raw: &mut Vec<RawActivity>,
    ) -> Area {
        self.check_keys(t, AREA_KEYS, in_table("[[area]]"));
        let number = self.req_string_spanned(t, "number", in_table("[[area]]"), &span);
        let what = match &number {
            Some((n, _)) => msg!("check-where-area", number = n.as_str()),
            None => in_table("[[area]]"),
        };
        let title = self.req_string(t, "title", what, &span);
        let (status, status_span) = match self.opt_string_spanned(t, "status") {
            Some((s, sspan)) => match AreaStatus::parse(&s) {
                Some(st) => (Some(st), Some(sspan)),
                None => {
                    self.err(msg!("check-unknown-area-status", value = s), sspan.clone())
                        .help = some(msg!(
                        "check-area-status-help",
                        accepted = AreaStatus::accepted()
                    ));
                    (None, Some(sspan))
                }
            },
            None => (Some(AreaStatus::Active), None),
        };
        let reason = self.opt_string(t, "reason");
        let description = self.opt_string(t, "description");
        let number_str = number.as_ref().map(|(n, _)| n.clone()).unwrap_or_default();

        if let Some(v) = t.get("activity") {
            for (i, (at, aspan)) in self.tables_of(v, "activity").into_iter().enumerate() {
                let path = ActivityPath {
                    area: file_index,
                    workstream: None,
                    index: i,
                };
                let path_id = format!("{number_str}.{}", i + 1);
                if let Some(r) = self.activity(at, aspan, area_index, None, path, &path_id) {
                    raw.push(r);
                }
            }
        }
        if let Some(v) = t.get("workstream") {
            for (wi, (wt, wspan)) in self.tables_of(v, "workstream").into_iter().enumerate() {
                self.check_keys(wt, WORKSTREAM_KEYS, in_table("[[area.workstream]]"));
                let wtitle = self.req_string(wt, "title", in_table("[[area.workstream]]"), &wspan);
                let ws_index = workstreams.len();
                workstreams.push(Workstream {
                    area: area_index,
                    title: wtitle.unwrap_or_default(),
                    audience: self.opt_string(wt, "audience"),
                    description: self.opt_string(wt, "description"),
                });
                if !wt.contains_key("activity") {
                    self.diags.push(
                        Diagnostic::warning(
                            msg!(
                                "check-workstream-empty",
                                title = workstreams[ws_index].title.as_str()
                            ),
                            Some(header(&wspan)),
                        )
                        .with_help(msg!("check-workstream-empty-help")),
                    );
                }
                if let Some(v) = wt.get("activity") {
                    for (i, (at, aspan)) in self.tables_of(v, "activity").into_iter().enumerate() {
                        let path = ActivityPath {
                            area: file_index,
                            workstream: Some(wi),
                            index: i,
                        };
                        let path_id = format!("{number_str}.{}.{}", wi + 1, i + 1);
                        if let Some(r) =
                            self.activity(at, aspan, area_index, Some(ws_index), path, &path_id)
                        {
                            raw.push(r);
                        }
                    }
                }
            }
        }
        self.spans.areas.push(AreaSpans {
            table: span.clone(),
            number: number
                .as_ref()
                .map(|(_, s)| s.clone())
                .unwrap_or(header(&span)),
            status: status_span,
        });
        // An area with errors is still built (the errors are reported), so the activities
        // after it keep their area indices and whole-plan checks can still run.
        Area {
            number: number.map(|n| n.0).unwrap_or_default(),
            title: title.unwrap_or_default(),
            status: status.unwrap_or_default(),
            reason,
            description,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn activity(
        &mut self,
        t: &Table<'_>,
        span: Span,
        area: usize,
        workstream: Option<usize>,
        path: ActivityPath,
        path_id: &str,
    ) -> Option<RawActivity> {
        self.check_keys(t, ACTIVITY_KEYS, msg!("check-where-an-activity"));
        let id = self.opt_string_spanned(t, "id");
        if let Some((id, ispan)) = &id
            && id.trim().is_empty()
        {
            self.err(msg!("check-empty-id"), ispan.clone()).help =
                some(msg!("check-empty-id-help", path_id = path_id));
        }
        let what = match &id {
            Some((id, _)) => msg!("check-where-activity-id", id = id.as_str()),
            None => msg!("check-where-activity-path", path_id = path_id),
        };
        let title = self.req_string_spanned(t, "title", what.clone(), &span);
        let owner = self.req_string_spanned(t, "owner", what.clone(), &span);
        let due = match t.get("due") {
            None => {
                self.err(
                    msg!("check-missing-key", key = "due", place = what),
                    header(&span),
                )
                .help = some(msg!("check-missing-due-help"));
                None
            }
            Some(v) => self.deadline_value(v, "due"),
        };
        let baseline = t
            .get("baseline")
            .and_then(|v| self.deadline_value(v, "baseline"));
        let meeting = self.opt_string_spanned(t, "meeting");
        let status = match self.opt_string_spanned(t, "status") {
            Some((s, sspan)) => match Status::parse(&s) {
                Some(st) => Some(st),
                None => {
                    let d = self.err(msg!("check-unknown-status", value = s), sspan);
                    d.help = some(msg!("check-status-help", accepted = Status::accepted()));
                    d.fix = Some(crate::diagnostics::Fix::StatusWord);
                    None
                }
            },
            None => Some(Status::Todo),
        };
        let done_on = self.opt_date(t, "done_on").map(|d| d.0);
        let note = self.opt_string(t, "note");
        let members = self.opt_string_array(t, "members");
        let spans = ActivitySpans {
            table: span.clone(),
            id: id.as_ref().map(|(_, s)| s.clone()),
            title: title
                .as_ref()
                .map(|(_, s)| s.clone())
                .unwrap_or(header(&span)),
            owner: owner
                .as_ref()
                .map(|(_, s)| s.clone())
                .unwrap_or(header(&span)),
            due: due.as_ref().map(|d| d.2.clone()).unwrap_or(header(&span)),
            meeting: meeting.as_ref().map(|(_, s)| s.clone()),
        };
        let failed = title.is_none() || owner.is_none() || status.is_none();
        Some(RawActivity {
            area,
            workstream,
            path,
            id: id.map(|(id, _)| id),
            path_id: path_id.to_string(),
            title: title.map(|t| t.0).unwrap_or_default(),
            owner: owner.map(|o| o.0).unwrap_or_default(),
            due,
            baseline,
            meeting: meeting.map(|m| m.0),
            status: status.unwrap_or(Status::Todo),
            done_on,
            note,
            members,
            spans,
            failed,
        })
    }

    /// Resolves deadlines (which need the plan's period and meetings) and fixes ids. Returns
    /// the whole activities; every activity, also those with errors, goes to `self.all`.
    fn settle_activities(
        &mut self,
        raw: Vec<RawActivity>,
        meetings: &[MeetingSeries],
        period: Option<(NaiveDate, NaiveDate)>,
    ) -> Vec<Activity> {
        let mut out = Vec::with_capacity(raw.len());
        // The day a deadline that could not be read stands at; never shown as its deadline.
        let stand_in = period
            .map(|(_, end)| end)
            .or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1))
            .unwrap_or_default();
        for r in raw {
            let (id, explicit_id) = match r.id {
                Some(id) => (id, true),
                None => (r.path_id, false),
            };
            let table = r.spans.table.clone();
            let due_text = r.due.as_ref().map(|d| (d.0.clone(), d.1));
            let (due, baseline, baseline_failed) =
                self.settle_due(r.due, r.baseline, &r.meeting, &r.spans, meetings, period);
            let broken_due = due.is_none();
            let due = due.unwrap_or_else(|| Due {
                text: String::new(),
                is_toml_date: false,
                spec: deadline::from_date(stand_in),
                resolved: deadline::Resolved {
                    first: stand_in,
                    day: stand_in,
                },
            });
            let activity = Activity {
                area: r.area,
                workstream: r.workstream,
                path: r.path,
                id,
                explicit_id,
                title: r.title,
                owner: r.owner,
                due,
                baseline,
                meeting: r.meeting,
                status: r.status,
                done_on: r.done_on,
                note: r.note,
                members: r.members,
                broken: Vec::new(),
                broken_due,
            };
            if !broken_due && !r.failed && !baseline_failed {
                self.spans.activities.push(r.spans);
                out.push(activity.clone());
                self.all.push((activity, table));
            } else {
                let mut activity = activity;
                if broken_due {
                    // The deadline as written, so it can be shown and fixed.
                    if let Some((text, is_toml_date)) = due_text {
                        activity.due.text = text;
                        activity.due.is_toml_date = is_toml_date;
                    }
                }
                self.all.push((activity, table));
            }
        }
        out
    }

    /// An activity's deadline and baseline, resolved; `None` for the deadline (after saying
    /// why) when it cannot be read.
    fn settle_due(
        &mut self,
        due: Option<(String, bool, Span)>,
        baseline: Option<(String, bool, Span)>,
        meeting: &Option<String>,
        spans: &ActivitySpans,
        meetings: &[MeetingSeries],
        period: Option<(NaiveDate, NaiveDate)>,
    ) -> (Option<Due>, Option<Due>, bool) {
        let had_baseline = baseline.is_some();
        let Some((text, is_toml_date, dspan)) = due else {
            return (None, None, false);
        };
        // Which meeting series a meeting deadline refers to.
        let series = match meeting {
            Some(name) => {
                let found = series_for(meetings, Some(name));
                if found.is_none() {
                    let mspan = spans.meeting.clone().unwrap_or(dspan.clone());
                    self.err(msg!("check-unknown-series", name = name.as_str()), mspan)
                        .help = Some(series_help(name, meetings));
                    return (None, None, false);
                }
                found
            }
            None => series_for(meetings, None),
        };
        let spec = match written_spec(&text, is_toml_date) {
            Ok(s) => s,
            Err(e) => {
                self.err(e.message, dspan).help = e.help;
                return (None, None, false);
            }
        };
        if matches!(spec, DeadlineSpec::Meeting { .. }) && series.is_none() && meetings.len() > 1 {
            let names: Vec<&str> = meetings.iter().map(|m| m.name.as_str()).collect();
            self.err(msg!("check-meeting-ambiguous", text = text.as_str()), dspan)
                .help = some(msg!(
                "check-meeting-ambiguous-help",
                series = quote_list(&names)
            ));
            return (None, None, false);
        }
        let ctx = Context {
            period,
            meetings: series.map(|s| s.dates.as_slice()),
            meeting_series: series.map(|s| s.name.as_str()),
        };
        let resolved = match deadline::resolve_written(&spec, &ctx, &text) {
            Ok(r) => r,
            Err(e) => {
                self.err(e.message, dspan).help = e.help;
                return (None, None, false);
            }
        };
        let baseline = match baseline {
            None => None,
            Some((btext, bdate, bspan)) => {
                let resolved = written_spec(&btext, bdate).and_then(|spec| {
                    deadline::resolve_written(&spec, &ctx, &btext).map(|r| (spec, r))
                });
                match resolved {
                    Ok((spec, resolved)) => Some(Due {
                        text: btext,
                        is_toml_date: bdate,
                        spec,
                        resolved,
                    }),
                    Err(e) => {
                        self.err(e.message, bspan).help = e.help;
                        None
                    }
                }
            }
        };
        let baseline_failed = had_baseline && baseline.is_none();
        let due = Due {
            text,
            is_toml_date,
            spec,
            resolved,
        };
        (Some(due), baseline, baseline_failed)
    }

    /// A deadline value (`due`, `baseline`): a text in the deadline language or a TOML date.
    fn deadline_value(
        &mut self,
        v: &Spanned<DeValue<'_>>,
        key: &str,
    ) -> Option<(String, bool, Span)> {
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), false, v.span())),
            DeValue::Datetime(dt) => match datetime_to_date(dt) {
                Some(d) => Some((d.format("%Y-%m-%d").to_string(), true, v.span())),
                None => {
                    self.err(
                        msg!("check-deadline-datetime", value = dt.to_string()),
                        v.span(),
                    )
                    .help = some(msg!("check-deadline-datetime-help", key = key));
                    None
                }
            },
            other => {
                self.type_error(key, msg!("check-expected-deadline"), other, v.span());
                None
            }
        }
    }

    // ---- typed access with diagnostics ----

    fn check_keys(&mut self, t: &Table<'_>, allowed: &[&str], place: Message) {
        for (k, _) in t.iter() {
            let key: &str = k.get_ref();
            if !allowed.contains(&key) {
                let suggestion = did_you_mean(key, allowed);
                let help = match suggestion {
                    Some(s) => msg!("check-did-you-mean-key", key = s),
                    None => msg!(
                        "check-allowed-keys",
                        place = place.clone(),
                        keys = allowed.join(", ")
                    ),
                };
                let d = self.err(
                    msg!("check-unknown-key", key = key, place = place.clone()),
                    k.span(),
                );
                d.help = some(help);
                // Renamed in place, unless the table has the right key already.
                d.fix = suggestion
                    .filter(|s| t.get(*s).is_none())
                    .map(|s| crate::diagnostics::Fix::Key { to: s.to_string() });
            }
        }
    }

    fn tables_of<'t, 'i>(
        &mut self,
        v: &'t Spanned<DeValue<'i>>,
        key: &str,
    ) -> Vec<(&'t Table<'i>, Span)> {
        match v.get_ref() {
            DeValue::Array(arr) => {
                let mut out = Vec::new();
                for item in arr.iter() {
                    match item.get_ref() {
                        DeValue::Table(t) => out.push((t, item.span())),
                        other => {
                            self.type_error(key, msg!("check-expected-table"), other, item.span())
                        }
                    }
                }
                out
            }
            DeValue::Table(_) => {
                self.err(msg!("check-not-array-of-tables", key = key), v.span())
                    .help = some(msg!(
                    "check-not-array-of-tables-help",
                    path = table_path(key)
                ));
                Vec::new()
            }
            other => {
                self.type_error(key, msg!("check-expected-tables"), other, v.span());
                Vec::new()
            }
        }
    }

    fn type_error(&mut self, key: &str, expected: Message, found: &DeValue<'_>, span: Span) {
        self.err(
            msg!(
                "check-wrong-type",
                expected = expected,
                key = key,
                found = describe(found)
            ),
            span,
        );
    }

    fn req_string(
        &mut self,
        t: &Table<'_>,
        key: &str,
        place: Message,
        span: &Span,
    ) -> Option<String> {
        self.req_string_spanned(t, key, place, span).map(|s| s.0)
    }

    fn req_string_spanned(
        &mut self,
        t: &Table<'_>,
        key: &str,
        place: Message,
        span: &Span,
    ) -> Option<(String, Span)> {
        if t.get(key).is_none() {
            self.err(
                msg!("check-missing-key", key = key, place = place),
                header(span),
            )
            .help = some(msg!("check-add-key", key = key));
            return None;
        }
        let (s, sspan) = self.opt_string_spanned(t, key)?;
        if s.trim().is_empty() {
            self.err(msg!("check-empty-value", key = key), sspan).help =
                some(msg!("check-empty-value-help", key = key));
            return None;
        }
        Some((s, sspan))
    }

    fn opt_string(&mut self, t: &Table<'_>, key: &str) -> Option<String> {
        self.opt_string_spanned(t, key).map(|s| s.0)
    }

    fn opt_string_spanned(&mut self, t: &Table<'_>, key: &str) -> Option<(String, Span)> {
        let v = t.get(key)?;
        match v.get_ref() {
            DeValue::String(s) if s.len() > MAX_TEXT_BYTES => {
                let head: String = s.chars().take(20).collect();
                self.err(
                    msg!("check-too-long", key = key, bytes = s.len(), head = head),
                    v.span(),
                )
                .help = some(msg!("check-too-long-help", max = MAX_TEXT_BYTES));
                None
            }
            DeValue::String(s) => Some((s.to_string(), v.span())),
            other => {
                let help = match other {
                    DeValue::Integer(i) => {
                        Some(msg!("check-quote-it", key = key, value = i.as_str()))
                    }
                    DeValue::Float(f) => {
                        Some(msg!("check-quote-it", key = key, value = f.as_str()))
                    }
                    _ => None,
                };
                self.type_error(key, msg!("check-expected-string"), other, v.span());
                if let Some(h) = help {
                    self.diags.last_mut().expect("just pushed").help = some(h);
                }
                None
            }
        }
    }

    fn opt_string_array(&mut self, t: &Table<'_>, key: &str) -> Vec<String> {
        let Some(v) = t.get(key) else {
            return Vec::new();
        };
        match v.get_ref() {
            DeValue::Array(arr) => {
                let mut out = Vec::new();
                for item in arr.iter() {
                    match item.get_ref() {
                        DeValue::String(s) => out.push(s.to_string()),
                        other => {
                            self.type_error(key, msg!("check-expected-string"), other, item.span())
                        }
                    }
                }
                out
            }
            other => {
                self.type_error(key, msg!("check-expected-strings"), other, v.span());
                Vec::new()
            }
        }
    }

    fn opt_date(&mut self, t: &Table<'_>, key: &str) -> Option<(NaiveDate, Span)> {
        let v = t.get(key)?;
        self.date_value(v.get_ref(), v.span(), key)
            .map(|d| (d, v.span()))
    }

    fn date_value(&mut self, v: &DeValue<'_>, span: Span, key: &str) -> Option<NaiveDate> {
        match v {
            DeValue::Datetime(dt) => match datetime_to_date(dt) {
                Some(d) => Some(d),
                None => {
                    self.err(
                        msg!("check-date-with-time", key = key, value = dt.to_string()),
                        span,
                    )
                    .help = some(msg!("check-date-with-time-help", key = key));
                    None
                }
            },
            DeValue::String(s) => {
                let parsed = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                    .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y"));
                match parsed {
                    Ok(d) => Some(d),
                    Err(_) => {
                        self.err(
                            msg!("check-invalid-date", value = s.as_ref(), key = key),
                            span,
                        )
                        .help = some(msg!("check-invalid-date-help", key = key));
                        None
                    }
                }
            }
            other => {
                self.type_error(key, msg!("check-expected-date"), other, span);
                None
            }
        }
    }
}

/// The first line of a table's span: its `[[header]]` or `{`.
fn header(span: &Span) -> Span {
    span.start..span.start.saturating_add(1).min(span.end.max(span.start))
}

fn table_path(key: &str) -> &'static str {
    match key {
        "area" => "area",
        "meeting" => "meeting",
        "workstream" => "area.workstream",
        _ => "area.activity",
    }
}

fn datetime_to_date(dt: &toml::value::Datetime) -> Option<NaiveDate> {
    if dt.time.is_some() || dt.offset.is_some() {
        return None;
    }
    let d = dt.date?;
    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
}

/// What a value of the wrong type is, for "expected …, found …".
fn describe(v: &DeValue<'_>) -> Message {
    match v {
        DeValue::String(s) => msg!("check-found-string", value = truncate(s, 40)),
        DeValue::Integer(i) => msg!("check-found-integer", value = i.as_str()),
        DeValue::Float(f) => msg!("check-found-float", value = f.as_str()),
        DeValue::Boolean(b) => msg!("check-found-boolean", value = b.to_string()),
        DeValue::Datetime(d) => msg!("check-found-date", value = d.to_string()),
        DeValue::Array(_) => msg!("check-found-array"),
        DeValue::Table(_) => msg!("check-found-table"),
    }
}

/// "in [plan]", "in [[area]]": where a key is missing or unknown.
fn in_table(table: &'static str) -> Message {
    msg!("check-where-table", table = table)
}

/// The help for an unknown meeting series: the likely one, else the plan's series.
fn series_help(name: &str, meetings: &[MeetingSeries]) -> Message {
    let names: Vec<&str> = meetings.iter().map(|m| m.name.as_str()).collect();
    match did_you_mean(name, &names) {
        Some(s) => msg!("check-did-you-mean-series", name = s),
        None if names.is_empty() => msg!("check-no-series-help"),
        None => msg!("check-series-are", series = quote_list(&names)),
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The closest of `options` to `word`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    let w = word.to_lowercase();
    options
        .iter()
        .map(|o| (strsim::levenshtein(&w, &o.to_lowercase()), *o))
        .filter(|(d, o)| *d <= 2.max(o.chars().count() / 3) && *d < o.chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, o)| o)
}

fn quote_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A help or label text, as `Diagnostic` holds it.
fn some(m: Message) -> Option<Message> {
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;

    const HEAD: &str = "[plan]\ntitle = \"P\"\nstart = 2017-09-01\nend = 2018-04-30\n\n";

    /// (severity, message, line) of every problem.
    fn problems(text: &str) -> Vec<(Severity, String, usize)> {
        let parsed = parse_plan(text);
        parsed
            .diagnostics
            .iter()
            .map(|d| {
                let line = d.line_col(text).map_or(0, |(l, _)| l);
                (d.severity, d.message.english(), line)
            })
            .collect()
    }

    fn with_activity(fields: &str) -> String {
        format!("{HEAD}[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n[[area.activity]]\n{fields}\n")
    }

    fn only(text: &str) -> (Severity, String, usize) {
        let p = problems(text);
        assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
        p.into_iter().next().unwrap()
    }

    #[test]
    fn the_plan_table_settings_are_read_with_their_defaults_and_limits() {
        let plan = |settings: &str| {
            let text = format!("[plan]\ntitle = \"P\"\n{settings}\n");
            (parse_plan(&text).plan, problems(&text))
        };
        let (p, none) =
            plan("language = \"nb\"\nstart = 2025-01-01\nend = 2025-06-30\ndue_soon_days = 0");
        let p = p.unwrap();
        assert!(none.is_empty(), "{none:?}");
        assert_eq!((p.language, p.due_soon_days), (Language::Nb, 0));
        assert_eq!(
            p.start.zip(p.end),
            NaiveDate::from_ymd_opt(2025, 1, 1).zip(NaiveDate::from_ymd_opt(2025, 6, 30))
        );

        let (p, none) = plan("");
        let p = p.unwrap();
        assert!(none.is_empty(), "{none:?}");
        assert_eq!(
            (p.language, p.due_soon_days),
            (Language::En, DEFAULT_DUE_SOON_DAYS)
        );

        let (_, p) = plan("language = \"de\"");
        assert_eq!(p, [(Severity::Error, "unknown language \"de\"".into(), 3)]);
        let (_, p) = plan("due_soon_days = 3651");
        assert_eq!(
            p,
            [(
                Severity::Error,
                "due_soon_days must be between 0 and 3650, found 3651".into(),
                3
            )]
        );
        let (_, p) = plan("start = 2025-06-30\nend = 2025-01-01");
        assert_eq!(
            p,
            [(
                Severity::Error,
                "the plan ends (01.01.2025) before it starts (30.06.2025)".into(),
                4
            )]
        );
        let (p, w) = plan("start = 2025-06-30");
        assert!(p.is_some(), "a warning keeps the plan");
        assert_eq!(
            w,
            [(Severity::Warning, "the plan period has no end".into(), 3)]
        );
        let (_, w) = plan("end = 2025-06-30");
        assert_eq!(
            w,
            [(Severity::Warning, "the plan period has no start".into(), 3)]
        );
    }

    #[test]
    fn a_valid_plan_loads_with_resolved_deadlines_and_path_ids() {
        let text = format!(
            "{HEAD}[[area]]\nnumber = \"2\"\ntitle = \"A\"\n[[area.workstream]]\ntitle = \"W\"\n\
             [[area.workstream.activity]]\ntitle = \"x\"\nowner = \"O\"\ndue = \"Uke 50\"\n\
             [[area.workstream.activity]]\nid = \"y\"\ntitle = \"y\"\nowner = \"O\"\ndue = 2018-01-10\nstatus = \"Ferdig\"\n"
        );
        let parsed = parse_plan(&text);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let plan = parsed.plan.unwrap();
        assert_eq!(plan.activities[0].id, "2.1.1");
        assert!(!plan.activities[0].explicit_id);
        assert_eq!(
            plan.activities[0].due.day(),
            NaiveDate::from_ymd_opt(2017, 12, 17).unwrap()
        );
        assert_eq!(plan.activities[1].id, "y");
        assert_eq!(plan.activities[1].status, Status::Done);
        assert!(plan.activities[1].due.is_toml_date);
        assert_eq!(
            plan.activities[1].path,
            ActivityPath {
                area: 0,
                workstream: Some(0),
                index: 1
            }
        );
    }

    #[test]
    fn the_declared_language_is_known_even_when_the_plan_is_broken() {
        let nn = "[plan]\ntitle = \"P\"\nlanguage = \"nn\"\n";
        assert_eq!(parse_plan(nn).language, Some(Language::Nn));
        // An error in the plan: no Plan, but its language.
        let broken = format!("{nn}start = \"september\"\n");
        let parsed = parse_plan(&broken);
        assert!(parsed.plan.is_none());
        assert_eq!(parsed.language, Some(Language::Nn));
        // Broken TOML after the language.
        let parsed = parse_plan(&format!("{nn}x = \"open\n"));
        assert_eq!(parsed.diagnostics.len(), 1);
        assert_eq!(parsed.language, Some(Language::Nn));
        // Not declared, or not one of ours: none.
        assert_eq!(parse_plan("[plan]\ntitle = \"P\"\n").language, None);
        assert_eq!(
            parse_plan("[plan]\ntitle = \"P\"\nlanguage = \"de\"\n").language,
            None
        );
    }

    #[test]
    fn toml_syntax_error_is_positioned() {
        let (sev, msg, line) = only("[plan]\ntitle = \"unclosed\n");
        assert_eq!(sev, Severity::Error);
        assert!(msg.starts_with("invalid TOML"), "{msg}");
        assert_eq!(line, 2);
    }

    #[test]
    fn unknown_key_suggests_the_closest() {
        let text =
            with_activity("title = \"x\"\nowner = \"O\"\ndue = \"1. mars\"\nstauts = \"todo\"");
        let (_, msg, line) = only(&text);
        assert_eq!(msg, "unknown key `stauts` in an activity");
        assert_eq!(line, 14);
        let d = parse_plan(&text).diagnostics.remove(0);
        assert_eq!(
            d.help.map(|h| h.english()).as_deref(),
            Some("did you mean `status`?")
        );
    }

    #[test]
    fn missing_required_fields_are_named() {
        let p = problems(&with_activity("title = \"x\""));
        let msgs: Vec<&str> = p.iter().map(|x| x.1.as_str()).collect();
        assert!(
            msgs.contains(&"missing required key `owner` in activity 1.1"),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"missing required key `due` in activity 1.1"),
            "{msgs:?}"
        );
        let p = problems("title = \"no plan table\"\n");
        assert!(p.iter().any(|x| x.1 == "missing the [plan] table"), "{p:?}");
    }

    #[test]
    fn bad_status_word_lists_the_accepted_ones() {
        let text =
            with_activity("title = \"x\"\nowner = \"O\"\ndue = \"1. mars\"\nstatus = \"finished\"");
        let d = parse_plan(&text).diagnostics.remove(0);
        assert_eq!(d.message.english(), "unknown status \"finished\"");
        assert!(d.help.unwrap().english().contains("\"ikke startet\""));
    }

    #[test]
    fn impossible_date_says_why() {
        let (_, msg, line) = only(&with_activity(
            "title = \"x\"\nowner = \"O\"\ndue = \"31. november\"",
        ));
        assert_eq!(
            msg,
            "invalid deadline \"31. november\": november has 30 days"
        );
        assert_eq!(line, 13);
    }

    #[test]
    fn unrecognised_deadline_lists_the_forms() {
        let d = parse_plan(&with_activity(
            "title = \"x\"\nowner = \"O\"\ndue = \"snart\"",
        ))
        .diagnostics
        .remove(0);
        assert!(d.message.english().contains("\"snart\""), "{:?}", d.message);
        assert!(d.help.unwrap().english().contains("uke 50"));
    }

    #[test]
    fn yearless_deadline_outside_the_period_cannot_be_placed() {
        let (_, msg, _) = only(&with_activity(
            "title = \"x\"\nowner = \"O\"\ndue = \"30. juni\"",
        ));
        assert!(
            msg.contains("does not fall inside the plan period"),
            "{msg}"
        );
        let text = "[plan]\ntitle = \"P\"\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n[[area.activity]]\ntitle = \"x\"\nowner = \"O\"\ndue = \"30. juni\"\n";
        let (_, msg, _) = only(text);
        assert!(msg.contains("no year and the plan has no period"), "{msg}");
    }

    #[test]
    fn meeting_deadlines_need_a_meeting() {
        let (_, msg, _) = only(&with_activity(
            "title = \"x\"\nowner = \"O\"\ndue = \"1. møte 2018\"",
        ));
        assert!(msg.contains("no meeting series"), "{msg}");
        let text = format!(
            "{HEAD}[[meeting]]\nname = \"Formannskapet\"\ndates = [2018-01-25]\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\
             [[area.activity]]\ntitle = \"x\"\nowner = \"O\"\ndue = \"2. møte 2018\"\n\
             [[area.activity]]\ntitle = \"y\"\nowner = \"O\"\ndue = \"1. møte 2018\"\nmeeting = \"Formanskapet\"\n"
        );
        let p = problems(&text);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(p[0].1.contains("only 1 meeting"), "{p:?}");
        assert_eq!(p[1].1, "unknown meeting series \"Formanskapet\"");
    }

    #[test]
    fn duplicates_are_errors_including_path_id_collisions() {
        let text = format!(
            "{HEAD}[[area]]\nnumber = \"1\"\ntitle = \"A\"\n[[area.activity]]\ntitle = \"x\"\nowner = \"O\"\ndue = \"1. mars\"\n\
             [[area.activity]]\nid = \"1.1\"\ntitle = \"y\"\nowner = \"O\"\ndue = \"1. mars\"\n\
             [[area]]\nnumber = \"1\"\ntitle = \"B\"\n"
        );
        let msgs: Vec<String> = problems(&text).into_iter().map(|p| p.1).collect();
        assert!(
            msgs.contains(&"duplicate activity id \"1.1\"".to_string()),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"duplicate area number \"1\"".to_string()),
            "{msgs:?}"
        );
    }

    #[test]
    fn warnings_do_not_withhold_the_plan() {
        let text = format!(
            "{HEAD}[[area]]\nnumber = \"1\"\ntitle = \"A\"\nstatus = \"venter\"\n\
             [[area.activity]]\ntitle = \"a\"\nowner = \"Prosjektleder\"\ndue = \"14. april 2017\"\n\
             [[area.activity]]\ntitle = \"b\"\nowner = \"Prosjektleder\"\ndue = \"1. mars\"\n\
             [[area.activity]]\ntitle = \"c\"\nowner = \"Prosjektelder\"\ndue = \"1. mars\"\n"
        );
        let parsed = parse_plan(&text);
        assert!(parsed.plan.is_some());
        let msgs: Vec<String> = parsed
            .diagnostics
            .iter()
            .map(|d| d.message.english())
            .collect();
        assert_eq!(
            msgs,
            [
                "area 1 is waiting without a reason",
                "deadline \"14. april 2017\" (14.04.2017) is before the plan starts (01.09.2017); 2018?",
                "owner \"Prosjektelder\" looks like a misspelling of \"Prosjektleder\"",
            ]
        );
        assert!(
            parsed
                .diagnostics
                .iter()
                .all(|d| d.severity == Severity::Warning)
        );
    }

    #[test]
    fn wrong_types_are_reported_with_what_was_found() {
        let (_, msg, _) = only(&with_activity(
            "title = 3\nowner = \"O\"\ndue = \"1. mars\"",
        ));
        assert_eq!(msg, "expected a string for `title`, found an integer (3)");
        let (_, msg, _) = only(&with_activity("title = \"x\"\nowner = \"O\"\ndue = true"));
        assert_eq!(
            msg,
            "expected a deadline text or a date for `due`, found a boolean (true)"
        );
    }

    #[test]
    fn distinct_short_owner_names_are_not_misspellings() {
        let text = format!(
            "{HEAD}[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\
             [[area.activity]]\ntitle = \"a\"\nowner = \"Ola\"\ndue = \"1. mars\"\n\
             [[area.activity]]\ntitle = \"b\"\nowner = \"Ola\"\ndue = \"1. mars\"\n\
             [[area.activity]]\ntitle = \"c\"\nowner = \"Ole\"\ndue = \"1. mars\"\n"
        );
        assert!(problems(&text).is_empty());
    }
}
