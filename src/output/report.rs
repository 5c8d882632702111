//! `fremdrift report`: a status report for the minutes of a meeting, in the plan's language, as
//! Markdown (pastes into a document) or as one self-contained HTML file (prints well).
//!
//! A report is first built as a small format-neutral document ([`Block`]s of plain text), so
//! both formats say the same thing; each renderer then escapes every piece of plan text for its
//! format. Which meeting "next" and "last" mean comes from [`crate::plan::meetings`].

use chrono::NaiveDate;

use crate::diagnostics::sanitize;
use crate::i18n::text;
use crate::msg;
use crate::output::text::{date, iso_week};
use crate::plan::meetings::{Horizon, Meeting, UnknownSeries};
use crate::plan::{Activity, Area, DeadlineSpec, Language, Plan, Status};

/// What the report is for.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub today: NaiveDate,
    /// "Done since" starts on this day; default: the last meeting of the series before today.
    pub since: Option<NaiveDate>,
    /// The meeting series whose next meeting bounds "due before the next meeting".
    pub meeting: Option<&'a str>,
    /// The reader's language; `None`: the plan's.
    pub lang: Option<Language>,
}

use crate::git::changes::{self as plan_changes, Changes};
use crate::plan::agenda::Agenda;
pub use crate::plan::agenda::SinceFrom;

/// One plan's report: the selections, in the order they are shown.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    pub plan: &'a Plan,
    pub today: NaiveDate,
    /// The lists the steering group discusses (shared with the meeting screen).
    pub agenda: Agenda<'a>,
    /// What changed since the last meeting (or `--since`): from the plan alone unless the
    /// caller read the git history ([`Report::with_changes`]).
    pub changes: Changes,
    /// The language the report speaks.
    pub lang: Language,
}

/// Selects what the report shows. Fails only when `meeting` names no series of the plan.
pub fn build<'a>(plan: &'a Plan, opts: &Options) -> Result<Report<'a>, UnknownSeries> {
    let today = opts.today;
    let agenda = crate::plan::agenda::agenda(plan, today, opts.since, opts.meeting)?;
    let changes = crate::git::changes::from_plan(plan, agenda.since);
    Ok(Report {
        plan,
        today,
        agenda,
        changes,
        lang: opts.lang.unwrap_or(plan.language),
    })
}

impl Report<'_> {
    /// The report with the changes read elsewhere (from the git history), for the same day.
    pub fn with_changes(mut self, changes: Changes) -> Self {
        self.changes = changes;
        self
    }
}

/// A piece of a format-neutral document. All text is plain and unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(u8, String),
    /// The line under the title: organization, day, week.
    Meta(String),
    Para(String),
    /// "None." under a heading.
    Empty(String),
    Table {
        headers: Vec<String>,
        rows: Vec<Row>,
    },
    /// A picture for the HTML report (an inline SVG) with its caption; Markdown leaves it out.
    Svg {
        svg: String,
        caption: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<String>,
    /// The row is about something overdue (HTML marks it).
    pub overdue: bool,
}

fn days_text(n: i64, lang: Language) -> String {
    msg!("report-days", count = n).render(lang)
}

/// The resolved deadline: one day, or the span of a month range.
fn resolved_text(a: &Activity, lang: Language) -> String {
    match a.due.spec {
        DeadlineSpec::MonthRange { .. } => format!(
            "{}–{}",
            date(a.due.resolved.first, lang),
            date(a.due.resolved.day, lang)
        ),
        _ => date(a.due.day(), lang),
    }
}

fn meeting_text(m: &Meeting, lang: Language) -> String {
    format!(
        "{} {}",
        m.series.name,
        crate::output::text::meeting_date(m, lang)
    )
}

impl Report<'_> {
    fn lang(&self) -> Language {
        self.lang
    }

    fn status_text(&self, a: &Activity) -> String {
        let lang = self.lang();
        let word = a.status.word(lang);
        match (a.status, a.done_on) {
            (Status::Done, Some(d)) => format!("{word} {}", date(d, lang)),
            _ if self.plan.urgency(a, self.today).is_overdue() => {
                msg!("report-status-overdue", status = word).render(lang)
            }
            _ => word.to_string(),
        }
    }

    fn due_heading(&self) -> String {
        let lang = self.lang();
        match &self.agenda.horizon {
            Horizon::Meeting(m) => {
                msg!("report-due-before-meeting", meeting = meeting_text(m, lang)).render(lang)
            }
            Horizon::Days { days, until } => {
                msg!("report-due-days", days = *days, until = date(*until, lang)).render(lang)
            }
        }
    }

    fn since_heading(&self) -> String {
        let lang = self.lang();
        let base = msg!("report-done-since", date = date(self.agenda.since, lang)).render(lang);
        match self.agenda.since_from {
            SinceFrom::Given | SinceFrom::DaysBack(_) => base,
            SinceFrom::LastMeeting(m) => msg!(
                "report-since-last-meeting",
                base = base,
                series = m.series.name.as_str()
            )
            .render(lang),
            SinceFrom::PlanStart => msg!("report-since-plan-start", base = base).render(lang),
        }
    }

    fn activity_table(&self, indices: impl Iterator<Item = usize>) -> Block {
        let lang = self.lang();
        let rows = indices
            .map(|i| {
                let a = &self.plan.activities[i];
                Row {
                    cells: vec![
                        a.id.clone(),
                        a.title.clone(),
                        a.owner.clone(),
                        a.due.text.clone(),
                        resolved_text(a, lang),
                        self.status_text(a),
                        a.note.clone().unwrap_or_default(),
                    ],
                    overdue: self.plan.urgency(a, self.today).is_overdue(),
                }
            })
            .collect();
        Block::Table {
            headers: vec![
                text(lang, "report-header-id"),
                text(lang, "report-header-activity"),
                text(lang, "report-header-owner"),
                text(lang, "report-header-due"),
                text(lang, "report-header-date"),
                text(lang, "report-header-status"),
                text(lang, "report-header-note"),
            ],
            rows,
        }
    }

    /// The report as format-neutral blocks.
    pub fn blocks(&self) -> Vec<Block> {
        let mut out = self.summary();
        out.extend(self.burnup());
        out.extend(self.areas());
        out.extend(self.overdue());
        out.extend(self.due_next());
        out.extend(self.changes());
        out.extend(self.moved());
        out.extend(self.done_since());
        out
    }

    /// The title, the line under it (organization, day, week) and the counts with the next
    /// meeting.
    fn summary(&self) -> Vec<Block> {
        let plan = self.plan;
        let lang = self.lang();
        let mut meta = Vec::new();
        if let Some(org) = &plan.organization {
            meta.push(org.clone());
        }
        meta.push(msg!("report-as-of", date = date(self.today, lang)).render(lang));
        meta.push(msg!("report-week", week = iso_week(self.today)).render(lang));

        let counts = plan.counts(self.today);
        let next = match &self.agenda.horizon {
            Horizon::Meeting(m) => msg!(
                "report-next-meeting",
                meeting = meeting_text(m, lang),
                week = iso_week(m.date)
            )
            .render(lang),
            Horizon::Days { .. } => text(lang, "report-no-next-meeting"),
        };
        vec![
            Block::Heading(
                1,
                msg!("report-title", title = plan.title.as_str()).render(lang),
            ),
            Block::Meta(meta.join(" · ")),
            Block::Para(
                msg!(
                    "report-summary",
                    activities = counts.activities,
                    done = counts.done,
                    overdue = counts.overdue,
                    due = self.agenda.due_next.len(),
                    next = next
                )
                .render(lang),
            ),
        ]
    }

    /// The burn-up over the plan period, as a picture (HTML only).
    fn burnup(&self) -> Vec<Block> {
        let lang = self.lang();
        let burnup = crate::plan::burnup::burnup(self.plan, self.today);
        let day = |d: chrono::NaiveDate| date(d, lang);
        let title = text(lang, "report-burnup");
        let (due, done) = (
            text(lang, "report-burnup-due"),
            text(lang, "report-burnup-done"),
        );
        let (today, meeting) = (
            text(lang, "report-burnup-today"),
            text(lang, "report-burnup-meeting"),
        );
        let labels = crate::output::chart::Labels {
            title: &title,
            due: &due,
            done: &done,
            today: &today,
            meeting: &meeting,
            date: &day,
        };
        crate::output::chart::svg(&burnup, &labels)
            .map(|svg| Block::Svg {
                svg,
                caption: title.clone(),
            })
            .into_iter()
            .collect()
    }

    /// Every area: its heading, its status line, and its activities in a table per workstream.
    fn areas(&self) -> Vec<Block> {
        let plan = self.plan;
        let lang = self.lang();
        let mut out = vec![Block::Heading(2, text(lang, "report-areas"))];
        let progress = plan.areas_progress();
        for (ai, area) in plan.areas.iter().enumerate() {
            out.push(Block::Heading(3, format!("{} {}", area.number, area.title)));
            let (done, total) = progress.get(ai).copied().unwrap_or_default();
            out.push(Block::Para(area_status(area, done, total, lang)));
            let groups = workstream_groups(plan, ai);
            if groups.is_empty() {
                out.push(Block::Empty(text(lang, "report-no-activities")));
                continue;
            }
            for (ws, ids) in groups {
                if let Some(ws) = ws {
                    let ws = &plan.workstreams[ws];
                    let title = match &ws.audience {
                        Some(aud) => format!("{} ({aud})", ws.title),
                        None => ws.title.clone(),
                    };
                    out.push(Block::Heading(4, title));
                }
                out.push(self.activity_table(ids.into_iter()));
            }
        }
        out
    }

    fn overdue(&self) -> [Block; 2] {
        let lang = self.lang();
        [
            Block::Heading(2, text(lang, "report-overdue")),
            list_block(
                self.plan,
                &self.agenda.overdue,
                lang,
                vec![
                    text(lang, "report-header-due"),
                    text(lang, "report-header-date"),
                    text(lang, "report-header-late"),
                ],
                true,
                |a| {
                    vec![
                        a.due.text.clone(),
                        resolved_text(a, lang),
                        days_text((self.today - a.due.day()).num_days(), lang),
                    ]
                },
            ),
        ]
    }

    fn due_next(&self) -> [Block; 2] {
        let lang = self.lang();
        [
            Block::Heading(2, self.due_heading()),
            list_block(
                self.plan,
                &self.agenda.due_next,
                lang,
                vec![
                    text(lang, "report-header-due"),
                    text(lang, "report-header-date"),
                    text(lang, "report-header-status"),
                ],
                false,
                |a| {
                    vec![
                        a.due.text.clone(),
                        resolved_text(a, lang),
                        a.status.word(lang).to_string(),
                    ]
                },
            ),
        ]
    }

    /// Deadlines moved since first agreed: what slipped; nothing when none moved.
    fn moved(&self) -> Vec<Block> {
        let moved = moved_deadlines(self.plan);
        if moved.is_empty() {
            return Vec::new();
        }
        let lang = self.lang();
        vec![
            Block::Heading(2, text(lang, "report-moved")),
            list_block(
                self.plan,
                &moved,
                lang,
                vec![
                    text(lang, "report-header-from"),
                    text(lang, "report-header-to"),
                    text(lang, "report-header-moved"),
                ],
                false,
                |a| {
                    let from = a.baseline.as_ref().map_or(String::new(), |b| {
                        format!("{} ({})", b.text, date(b.day(), lang))
                    });
                    vec![
                        from,
                        format!("{} ({})", a.due.text, resolved_text(a, lang)),
                        crate::output::text::signed_days(a.slip_days().unwrap_or(0)),
                    ]
                },
            ),
        ]
    }

    /// What changed since the last meeting, one row per change, with where it was read from.
    fn changes(&self) -> Vec<Block> {
        let lang = self.lang();
        let c = &self.changes;
        let mut out = vec![
            Block::Heading(
                2,
                msg!("report-changes", date = date(c.since, lang)).render(lang),
            ),
            Block::Para(plan_changes::source_line(c, lang)),
        ];
        if c.items.is_empty() {
            out.push(Block::Empty(text(lang, "report-no-changes")));
            return out;
        }
        let rows = c
            .items
            .iter()
            .map(|i| Row {
                cells: vec![
                    plan_changes::day_text(i, lang),
                    plan_changes::describe(&i.change, lang),
                ],
                overdue: false,
            })
            .collect();
        out.push(Block::Table {
            headers: vec![
                text(lang, "report-header-date"),
                text(lang, "report-header-change"),
            ],
            rows,
        });
        out
    }

    fn done_since(&self) -> [Block; 2] {
        let lang = self.lang();
        [
            Block::Heading(2, self.since_heading()),
            list_block(
                self.plan,
                &self.agenda.done_since,
                lang,
                vec![text(lang, "report-header-done")],
                false,
                |a| vec![a.done_on.map(|d| date(d, lang)).unwrap_or_default()],
            ),
        ]
    }
}

/// An area's status line: its status, how many of its activities are done (when it has any),
/// and why, when it gives a reason.
fn area_status(area: &Area, done: usize, total: usize, lang: Language) -> String {
    let mut status = msg!("report-area-status", status = area.status.word(lang)).render(lang);
    if total > 0 {
        status.push_str(", ");
        status.push_str(&msg!("report-area-done", done = done, total = total).render(lang));
    }
    if let Some(reason) = &area.reason {
        status.push_str(". ");
        status.push_str(&msg!("report-area-reason", reason = reason.as_str()).render(lang));
    }
    status
}

/// The activities of area `ai` grouped by workstream (`None`: directly under the area), in the
/// plan's order. Activities are stored per area as the direct ones first, then each
/// workstream's, so consecutive runs with the same workstream are the groups.
fn workstream_groups(plan: &Plan, ai: usize) -> Vec<(Option<usize>, Vec<usize>)> {
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for (i, a) in plan.activities_in_area(ai) {
        match groups.last_mut() {
            Some((g, v)) if *g == a.workstream => v.push(i),
            _ => groups.push((a.workstream, vec![i])),
        }
    }
    groups
}

/// The activities whose deadline moved since first agreed, the furthest slipped first (those
/// moved earlier last), in the plan's order among equals.
fn moved_deadlines(plan: &Plan) -> Vec<usize> {
    let mut moved: Vec<usize> = (0..plan.activities.len())
        .filter(|&i| plan.activities[i].slip_days().is_some_and(|d| d != 0))
        .collect();
    moved.sort_by_key(|&i| std::cmp::Reverse(plan.activities[i].slip_days()));
    moved
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/// Escapes plan text for CommonMark/GFM inline use: characters that would start emphasis, code,
/// links, raw HTML or a table cell are backslash-escaped; `&` only where it could start an
/// entity. Line breaks and control characters become spaces or visible escapes, so one value
/// stays on one line (a table row).
pub fn md_escape(s: &str) -> String {
    let s = sanitize(s);
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            _ => out.push(c),
        }
    }
    out
}

/// [`md_escape`] for a line of its own, where a leading `-`, `+`, `=` or `1.` would start a
/// list item, a rule or a heading underline.
fn md_paragraph(s: &str) -> String {
    let e = md_escape(s);
    let digits = e.chars().take_while(char::is_ascii_digit).count();
    let after_digits = e[digits..].chars().next();
    if e.starts_with(['-', '+', '=']) {
        format!("\\{e}")
    } else if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        format!("{}\\{}", &e[..digits], &e[digits..])
    } else {
        e
    }
}

fn md_blocks(blocks: &[Block], out: &mut String) {
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                out.push_str(&md_escape(text));
                out.push_str("\n\n");
            }
            Block::Meta(text) | Block::Para(text) => {
                out.push_str(&md_paragraph(text));
                out.push_str("\n\n");
            }
            Block::Svg { .. } => {}
            Block::Empty(text) => {
                out.push('_');
                out.push_str(&md_escape(text));
                out.push_str("_\n\n");
            }
            Block::Table { headers, rows } => {
                out.push_str("| ");
                out.push_str(&headers.join(" | "));
                out.push_str(" |\n|");
                out.push_str(&"---|".repeat(headers.len()));
                out.push('\n');
                for r in rows {
                    out.push('|');
                    for c in &r.cells {
                        out.push(' ');
                        out.push_str(&md_escape(c));
                        out.push_str(" |");
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
        }
    }
}

/// The reports as Markdown; several plans are separated by a rule.
pub fn markdown(reports: &[Report]) -> String {
    let mut out = String::new();
    for (i, r) in reports.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n\n");
        }
        md_blocks(&r.blocks(), &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

/// Escapes text for HTML element content and quoted attribute values. Hand-written: five
/// replacements are smaller than a dependency. Control characters are made visible first
/// (they are not allowed in HTML text).
pub fn html_escape(s: &str) -> String {
    let s = sanitize(s);
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; \
color: #111; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p.meta { color: #444; margin-top: 0; }
p.none { font-style: italic; color: #444; }
figure { margin: 1rem 0; }
figure svg.burnup { width: 100%; max-width: 48rem; height: auto; }
figcaption { color: #444; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
tr.overdue td { background: #fde8e8; }
tr.overdue td:first-child { border-left: 4px solid #b00; }
section + section { margin-top: 3rem; border-top: 3px double #999; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr.overdue td { background: none; font-weight: bold; }
  section + section { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }
}
";

fn html_blocks(blocks: &[Block], out: &mut String) {
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", html_escape(text)));
            }
            Block::Meta(text) => {
                out.push_str(&format!("<p class=\"meta\">{}</p>\n", html_escape(text)));
            }
            Block::Para(text) => out.push_str(&format!("<p>{}</p>\n", html_escape(text))),
            Block::Empty(text) => {
                out.push_str(&format!("<p class=\"none\">{}</p>\n", html_escape(text)));
            }
            Block::Svg { svg, caption } => {
                out.push_str("<figure>\n");
                out.push_str(svg);
                out.push_str(&format!(
                    "<figcaption>{}</figcaption>\n</figure>\n",
                    html_escape(caption)
                ));
            }
            Block::Table { headers, rows } => {
                out.push_str("<table>\n<thead><tr>");
                for h in headers {
                    out.push_str(&format!("<th>{}</th>", html_escape(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str(if r.overdue {
                        "<tr class=\"overdue\">"
                    } else {
                        "<tr>"
                    });
                    for c in &r.cells {
                        out.push_str(&format!("<td>{}</td>", html_escape(c)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
        }
    }
}

/// The reports as one self-contained HTML document: inline CSS, no scripts, no external
/// resources; one `<section>` per plan, each starting on a new page when printed.
pub fn html(reports: &[Report]) -> String {
    let lang = reports.first().map(|r| r.lang).unwrap_or_default();
    let title = match reports {
        [one] => msg!("report-title", title = one.plan.title.as_str()).render(lang),
        _ => text(lang, "report-title-many"),
    };
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", lang.code()));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", html_escape(&title)));
    out.push_str("<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    for r in reports {
        out.push_str(&format!("<section lang=\"{}\">\n", r.lang.code()));
        html_blocks(&r.blocks(), &mut out);
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// One of the summary lists: "none" when empty, else a table whose rows start with id, title
/// and owner, followed by `rest` of each activity under the headers `rest_headers`.
fn list_block(
    plan: &Plan,
    ids: &[usize],
    lang: Language,
    rest_headers: Vec<String>,
    overdue: bool,
    rest: impl Fn(&crate::plan::Activity) -> Vec<String>,
) -> Block {
    if ids.is_empty() {
        return Block::Empty(text(lang, "report-none"));
    }
    let mut headers = vec![
        text(lang, "report-header-id"),
        text(lang, "report-header-activity"),
        text(lang, "report-header-owner"),
    ];
    headers.extend(rest_headers);
    let rows = ids
        .iter()
        .map(|&i| {
            let a = &plan.activities[i];
            let mut cells = vec![a.id.clone(), a.title.clone(), a.owner.clone()];
            cells.extend(rest(a));
            Row { cells, overdue }
        })
        .collect();
    Block::Table { headers, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Area 1: two direct activities, a workstream of two, then a late direct one; area 2
    /// waits with a reason and has none. Deadlines moved by +14, −3 and +14 days.
    const PLAN: &str = r#"
[plan]
title = "P"
language = "en"
start = 2025-01-01
end = 2025-12-31

[[area]]
number = "1"
title = "A"

[[area.activity]]
id = "a1"
title = "T"
owner = "O"
due = 2025-05-15
baseline = 2025-05-01

[[area.activity]]
id = "a2"
title = "T"
owner = "O"
due = 2025-05-01
status = "done"
done_on = 2025-04-20

[[area.workstream]]
title = "W"

[[area.workstream.activity]]
id = "w1"
title = "T"
owner = "O"
due = 2025-05-01
baseline = 2025-05-04

[[area.workstream.activity]]
id = "w2"
title = "T"
owner = "O"
due = 2025-06-15
baseline = 2025-06-01

[[area]]
number = "2"
title = "B"
status = "waiting"
reason = "funding"
"#;

    fn plan() -> Plan {
        let parsed = crate::file::parse_plan(PLAN);
        parsed
            .plan
            .unwrap_or_else(|| panic!("{:?}", parsed.diagnostics))
    }

    fn ids(plan: &Plan, v: &[usize]) -> Vec<String> {
        v.iter().map(|&i| plan.activities[i].id.clone()).collect()
    }

    #[test]
    fn an_areas_activities_are_grouped_direct_first_then_by_workstream() {
        let plan = plan();
        let groups: Vec<(Option<usize>, Vec<String>)> = workstream_groups(&plan, 0)
            .into_iter()
            .map(|(ws, v)| (ws, ids(&plan, &v)))
            .collect();
        assert_eq!(
            groups,
            [
                (None, vec!["a1".to_string(), "a2".to_string()]),
                (Some(0), vec!["w1".to_string(), "w2".to_string()]),
            ]
        );
        assert!(workstream_groups(&plan, 1).is_empty());
    }

    #[test]
    fn moved_deadlines_furthest_slipped_first_in_plan_order_among_equals() {
        let plan = plan();
        assert_eq!(ids(&plan, &moved_deadlines(&plan)), ["a1", "w2", "w1"]);
    }

    #[test]
    fn an_areas_status_line_says_how_much_is_done_and_why_it_waits() {
        let plan = plan();
        assert_eq!(
            area_status(&plan.areas[0], 1, 4, Language::En),
            "Status: active, 1 of 4 activities done"
        );
        assert_eq!(
            area_status(&plan.areas[1], 0, 0, Language::Nb),
            "Status: venter. Begrunnelse: funding"
        );
        assert_eq!(
            area_status(&plan.areas[0], 1, 4, Language::Nn),
            "Status: aktiv, 1 av 4 aktivitetar ferdige"
        );
        assert_eq!(
            area_status(&plan.areas[1], 0, 0, Language::Nn),
            "Status: ventar. Grunngjeving: funding"
        );
    }

    #[test]
    fn markdown_escapes_what_would_break_a_table_or_become_html() {
        assert_eq!(md_escape("a | b"), "a \\| b");
        assert_eq!(md_escape("<script>"), "\\<script\\>");
        assert_eq!(md_escape("*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
        assert_eq!(md_escape("A & B"), "A & B");
        assert_eq!(md_escape("&amp;"), "\\&amp;");
        assert_eq!(md_escape("line\nnext"), "line next");
        assert_eq!(md_escape("æøå – ok"), "æøå – ok");
        assert_eq!(md_paragraph("1. kommune"), "1\\. kommune");
        assert_eq!(md_paragraph("- x"), "\\- x");
        assert_eq!(md_paragraph("14 aktiviteter."), "14 aktiviteter.");
    }

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html_escape("<script>alert(1)</script> & \"q\" 'a'"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"
        );
        assert_eq!(html_escape("bell\u{7}"), "bell\\u{7}");
    }
}
