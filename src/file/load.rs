//! Turns plan text into a validated [`Plan`]: parses the TOML with spans, walks it key by key,
//! and reports every problem at once (unknown keys, wrong types, missing fields, bad statuses
//! and deadlines) as positioned [`Diagnostic`]s. Pure: no I/O happens here.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostics::Diagnostic;
pub use crate::diagnostics::dmy;
pub use crate::file::spans::{ActivitySpans, AreaSpans, PlanSpans};
use crate::file::validate;
use crate::i18n::Message;
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
    pub spans: PlanSpans,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
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

/// Parses and validates plan text (without a BOM).
pub fn parse_plan(text: &str) -> Parsed {
    let mut w = Walker::default();
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        let d = Diagnostic::error("the plan file is empty", Some(0..0)).with_help(
            "start with [plan] and title = \"…\"; plans/README.md has a complete example",
        );
        return Parsed {
            plan: None,
            spans: PlanSpans::default(),
            diagnostics: vec![d],
        };
    }
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let msg = first_line(e.message());
            // Conflict markers left by a merge: say so, with both sides' lines.
            let d = crate::git::merge::leftover_markers(text).unwrap_or_else(|| {
                Diagnostic::error(format!("invalid TOML: {msg}"), e.span().or(Some(0..0)))
                    .with_help(syntax_help(e.message()))
            });
            return Parsed {
                plan: None,
                spans: PlanSpans::default(),
                diagnostics: vec![d],
            };
        }
    };
    let root_span = root.span();
    let root = root.get_ref();
    let plan = w.plan(root, root_span);
    let mut diagnostics = w.diags;
    if let Some(plan) = &plan {
        diagnostics.extend(validate::check(plan, &w.spans));
    }
    diagnostics.sort_by_key(|d| (d.span.as_ref().map_or(usize::MAX, |s| s.start), d.severity));
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Parsed {
        plan: if has_errors { None } else { plan },
        spans: w.spans,
        diagnostics,
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_string()
}

fn syntax_help(message: &str) -> String {
    let m = message.to_lowercase();
    if m.contains("duplicate key") || m.contains("duplicate") {
        "each key may appear once per table; remove or rename the repeated one".into()
    } else if m.contains("unclosed") || m.contains("unterminated") || m.contains("expected `\"`") {
        "close the string or table that starts here".into()
    } else if m.contains("escape") {
        "inside \"…\" only \\\\, \\\", \\n, \\t, \\uXXXX and a few others are allowed; use '…' for text with backslashes"
            .into()
    } else {
        "see plans/README.md for the plan format".into()
    }
}

#[derive(Default)]
struct Walker {
    diags: Vec<Diagnostic>,
    spans: PlanSpans,
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
}

impl Walker {
    fn err(&mut self, msg: impl Into<Message>, span: Span) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(msg, Some(span)));
        self.diags.last_mut().expect("just pushed")
    }

    fn plan(&mut self, root: &Table<'_>, root_span: Span) -> Option<Plan> {
        self.check_keys(root, ROOT_KEYS, "the top level");
        let empty = Table::default();
        let (plan_table, plan_span) = self.plan_table(root, root_span);
        let pt = plan_table.unwrap_or(&empty);
        if plan_table.is_some() {
            self.check_keys(pt, PLAN_KEYS, "[plan]");
        }
        let title = if plan_table.is_some() {
            self.req_string(pt, "title", "[plan]", &plan_span)
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
                    self.type_error("plan", "a table ([plan])", other, v.span());
                    (None, v.span())
                }
            },
            None => {
                self.err("missing the [plan] table", 0..root_span.end.min(1))
                    .help = some("start the file with [plan] and title = \"…\"");
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
                    self.err(format!("unknown language \"{s}\""), span).help =
                        Some("use \"nb\" (bokmål) or \"en\" (English)".into());
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
                format!("the plan ends ({}) before it starts ({})", dmy(e), dmy(s)),
                espan,
            )
            .help = some("swap start and end");
        }
        if start.is_some() != end.is_some() && pt.contains_key("start") != pt.contains_key("end") {
            let (what, span) = match (&start, &end) {
                (Some((_, span)), None) => ("end", span.clone()),
                (None, Some((_, span))) => ("start", span.clone()),
                _ => unreachable!("exactly one is set"),
            };
            self.diags.push(
                Diagnostic::warning(format!("the plan period has no {what}"), Some(span))
                    .with_help(format!(
                        "set plan.{what} so deadlines without a year can be placed"
                    )),
            );
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
                        format!(
                            "due_soon_days must be between 0 and 3650, found {}",
                            i.as_str()
                        ),
                        v.span(),
                    );
                    DEFAULT_DUE_SOON_DAYS
                }
            },
            other => {
                self.type_error("due_soon_days", "a whole number of days", other, v.span());
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
            self.check_keys(t, MEETING_KEYS, "[[meeting]]");
            let name = self.req_string_spanned(t, "name", "[[meeting]]", &span);
            let mut dates = Vec::new();
            match t.get("dates") {
                None => {
                    self.err("missing required key `dates` in [[meeting]]", header(&span))
                        .help = some("add dates = [2018-01-25, 2018-03-01]");
                }
                Some(dv) => match dv.get_ref() {
                    DeValue::Array(arr) => {
                        for item in arr.iter() {
                            if let Some(d) = self.date_value(item.get_ref(), item.span(), "dates") {
                                dates.push(d);
                            }
                        }
                    }
                    other => self.type_error("dates", "an array of dates", other, dv.span()),
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
                    self.err(format!("duplicate meeting series \"{name}\""), nspan)
                        .help =
                        Some("give each [[meeting]] its own name, or merge their dates".into());
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
                other => self.type_error("tentative", "true or false", other, v.span()),
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
                                format!(
                                    "tentative date {} is not one of the series' dates",
                                    dmy(d)
                                ),
                                item.span(),
                            )
                            .help = some("add it to dates too, or correct it");
                        }
                    }
                }
                other => self.type_error("tentative_dates", "an array of dates", other, v.span()),
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
        let names: Vec<&str> = meetings.iter().map(|m| m.name.as_str()).collect();
        let help = match did_you_mean(&name, &names) {
            Some(s) => format!("did you mean \"{s}\"?"),
            None if names.is_empty() => {
                "the plan has no [[meeting]] series; add one with name and dates".into()
            }
            None => format!("the plan's meeting series are: {}", quote_list(&names)),
        };
        self.err(format!("unknown meeting series \"{name}\""), span)
            .help = some(help);
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
        self.check_keys(t, AREA_KEYS, "[[area]]");
        let number = self.req_string_spanned(t, "number", "[[area]]", &span);
        let what = match &number {
            Some((n, _)) => format!("area {n}"),
            None => "[[area]]".to_string(),
        };
        let title = self.req_string(t, "title", &what, &span);
        let (status, status_span) = match self.opt_string_spanned(t, "status") {
            Some((s, sspan)) => match AreaStatus::parse(&s) {
                Some(st) => (Some(st), Some(sspan)),
                None => {
                    self.err(format!("unknown area status \"{s}\""), sspan.clone())
                        .help = some(format!(
                        "an area's status is one of {}",
                        AreaStatus::accepted()
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
                self.check_keys(wt, WORKSTREAM_KEYS, "[[area.workstream]]");
                let wtitle = self.req_string(wt, "title", "[[area.workstream]]", &wspan);
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
                            format!(
                                "workstream \"{}\" has no activities",
                                workstreams[ws_index].title
                            ),
                            Some(header(&wspan)),
                        )
                        .with_help(
                            "add [[area.workstream.activity]] tables under it, or remove it",
                        ),
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
        self.check_keys(t, ACTIVITY_KEYS, "an activity");
        let id = self.opt_string_spanned(t, "id");
        if let Some((id, ispan)) = &id
            && id.trim().is_empty()
        {
            self.err("an activity id cannot be empty", ispan.clone())
                .help = some(format!(
                "remove the id to use the path id \"{path_id}\", or write one"
            ));
        }
        let what = match &id {
            Some((id, _)) => format!("activity \"{id}\""),
            None => format!("activity {path_id}"),
        };
        let title = self.req_string_spanned(t, "title", &what, &span);
        let owner = self.req_string_spanned(t, "owner", &what, &span);
        let due = match t.get("due") {
            None => {
                self.err(
                    format!("missing required key `due` in {what}"),
                    header(&span),
                )
                .help =
                    Some("add a deadline, e.g. due = \"30. november\" or due = \"uke 50\"".into());
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
                    self.err(format!("unknown status \"{s}\""), sspan).help = some(format!(
                        "an activity's status is one of {}",
                        Status::accepted()
                    ));
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
        Some(RawActivity {
            area,
            workstream,
            path,
            id: id.map(|(id, _)| id),
            path_id: path_id.to_string(),
            title: title?.0,
            owner: owner?.0,
            due,
            baseline,
            meeting: meeting.map(|m| m.0),
            status: status?,
            done_on,
            note,
            members,
            spans,
        })
    }

    /// Resolves deadlines (which need the plan's period and meetings) and fixes ids.
    fn settle_activities(
        &mut self,
        raw: Vec<RawActivity>,
        meetings: &[MeetingSeries],
        period: Option<(NaiveDate, NaiveDate)>,
    ) -> Vec<Activity> {
        let mut out = Vec::with_capacity(raw.len());
        for r in raw {
            let (id, explicit_id) = match r.id {
                Some(id) => (id, true),
                None => (r.path_id, false),
            };
            let Some((text, is_toml_date, dspan)) = r.due else {
                continue;
            };
            // Which meeting series a meeting deadline refers to.
            let series = match &r.meeting {
                Some(name) => {
                    let found = series_for(meetings, Some(name));
                    if found.is_none() {
                        let mspan = r.spans.meeting.clone().unwrap_or(dspan.clone());
                        let names: Vec<&str> = meetings.iter().map(|m| m.name.as_str()).collect();
                        let help = match did_you_mean(name, &names) {
                            Some(s) => format!("did you mean \"{s}\"?"),
                            None if names.is_empty() => {
                                "the plan has no [[meeting]] series; add one with name and dates"
                                    .into()
                            }
                            None => {
                                format!("the plan's meeting series are: {}", quote_list(&names))
                            }
                        };
                        self.err(format!("unknown meeting series \"{name}\""), mspan)
                            .help = some(help);
                        continue;
                    }
                    found
                }
                None => series_for(meetings, None),
            };
            let spec = match written_spec(&text, is_toml_date) {
                Ok(s) => s,
                Err(e) => {
                    self.err(e.message, dspan).help = e.help;
                    continue;
                }
            };
            if matches!(spec, DeadlineSpec::Meeting { .. })
                && series.is_none()
                && meetings.len() > 1
            {
                let names: Vec<&str> = meetings.iter().map(|m| m.name.as_str()).collect();
                self.err(
                    format!("deadline \"{text}\" names a meeting, but the plan has several meeting series"),
                    dspan,
                )
                .help = some(format!(
                    "say which with meeting = \"…\" on this activity: {}",
                    quote_list(&names)
                ));
                continue;
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
                    continue;
                }
            };
            let baseline = match r.baseline {
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
                            continue;
                        }
                    }
                }
            };
            self.spans.activities.push(r.spans);
            out.push(Activity {
                area: r.area,
                workstream: r.workstream,
                path: r.path,
                id,
                explicit_id,
                title: r.title,
                owner: r.owner,
                due: Due {
                    text,
                    is_toml_date,
                    spec,
                    resolved,
                },
                baseline,
                meeting: r.meeting,
                status: r.status,
                done_on: r.done_on,
                note: r.note,
                members: r.members,
            });
        }
        out
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
                        format!("the deadline `{dt}` has a time or no date"),
                        v.span(),
                    )
                    .help = some(format!("write a plain date, e.g. {key} = 2017-11-30"));
                    None
                }
            },
            other => {
                self.type_error(key, "a deadline text or a date", other, v.span());
                None
            }
        }
    }

    // ---- typed access with diagnostics ----

    fn check_keys(&mut self, t: &Table<'_>, allowed: &[&str], what: &str) {
        for (k, _) in t.iter() {
            let key: &str = k.get_ref();
            if !allowed.contains(&key) {
                let help = match did_you_mean(key, allowed) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("the keys allowed in {what} are: {}", allowed.join(", ")),
                };
                self.err(format!("unknown key `{key}` in {what}"), k.span())
                    .help = some(help);
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
                        other => self.type_error(key, "a table", other, item.span()),
                    }
                }
                out
            }
            DeValue::Table(_) => {
                self.err(format!("`{key}` must be an array of tables"), v.span())
                    .help = some(format!(
                    "write [[{}]] instead of [{}]",
                    table_path(key),
                    table_path(key)
                ));
                Vec::new()
            }
            other => {
                self.type_error(key, "an array of tables", other, v.span());
                Vec::new()
            }
        }
    }

    fn type_error(&mut self, key: &str, expected: &str, found: &DeValue<'_>, span: Span) {
        self.err(
            format!("expected {expected} for `{key}`, found {}", describe(found)),
            span,
        );
    }

    fn req_string(&mut self, t: &Table<'_>, key: &str, what: &str, span: &Span) -> Option<String> {
        self.req_string_spanned(t, key, what, span).map(|s| s.0)
    }

    fn req_string_spanned(
        &mut self,
        t: &Table<'_>,
        key: &str,
        what: &str,
        span: &Span,
    ) -> Option<(String, Span)> {
        if t.get(key).is_none() {
            self.err(
                format!("missing required key `{key}` in {what}"),
                header(span),
            )
            .help = some(format!("add {key} = \"…\""));
            return None;
        }
        let (s, sspan) = self.opt_string_spanned(t, key)?;
        if s.trim().is_empty() {
            self.err(format!("`{key}` cannot be empty"), sspan).help =
                some(format!("write a {key}"));
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
                    format!(
                        "`{key}` is too long ({} bytes, starting \"{head}…\")",
                        s.len()
                    ),
                    v.span(),
                )
                .help = some(format!("a text value has at most {MAX_TEXT_BYTES} bytes"));
                None
            }
            DeValue::String(s) => Some((s.to_string(), v.span())),
            other => {
                let help = match other {
                    DeValue::Integer(i) => Some(format!("quote it: {key} = \"{}\"", i.as_str())),
                    DeValue::Float(f) => Some(format!("quote it: {key} = \"{}\"", f.as_str())),
                    _ => None,
                };
                self.type_error(key, "a string", other, v.span());
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
                        other => self.type_error(key, "a string", other, item.span()),
                    }
                }
                out
            }
            other => {
                self.type_error(key, "an array of strings", other, v.span());
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
                    self.err(format!("`{key}` must be a plain date, found `{dt}`"), span)
                        .help = some(format!("write {key} = 2017-09-01"));
                    None
                }
            },
            DeValue::String(s) => {
                let parsed = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                    .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y"));
                match parsed {
                    Ok(d) => Some(d),
                    Err(_) => {
                        self.err(format!("invalid date \"{s}\" for `{key}`"), span)
                            .help = some(format!("write a TOML date, e.g. {key} = 2017-09-01"));
                        None
                    }
                }
            }
            other => {
                self.type_error(key, "a date (e.g. 2017-09-01)", other, span);
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

fn describe(v: &DeValue<'_>) -> String {
    match v {
        DeValue::String(s) => format!("a string \"{}\"", truncate(s, 40)),
        DeValue::Integer(i) => format!("an integer ({})", i.as_str()),
        DeValue::Float(f) => format!("a float ({})", f.as_str()),
        DeValue::Boolean(b) => format!("a boolean ({b})"),
        DeValue::Datetime(d) => format!("a date ({d})"),
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
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
fn some(m: impl Into<Message>) -> Option<Message> {
    Some(m.into())
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
