//! `fremdrift list`: one row per activity, filtered, as a table for people or CSV/JSON for
//! scripts.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::diagnostics::sanitize;
use crate::output::Cells;
use crate::output::text::{pad, truncate, width};
use crate::plan::{Language, Plan, Status, Urgency};

/// Which activities to list. Empty filter = all.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub overdue: bool,
    pub due_within: Option<u32>,
    pub owner: Option<String>,
    pub status: Option<Status>,
    pub area: Option<String>,
}

impl Filter {
    pub fn matches(&self, plan: &Plan, index: usize, today: NaiveDate) -> bool {
        let a = &plan.activities[index];
        let u = plan.urgency(a, today);
        if self.overdue && !u.is_overdue() {
            return false;
        }
        if let Some(days) = self.due_within {
            let left = (a.due.day() - today).num_days();
            if a.status.is_closed() || left > i64::from(days) {
                return false;
            }
        }
        if let Some(owner) = &self.owner
            && a.owner.to_lowercase() != owner.to_lowercase()
        {
            return false;
        }
        if let Some(s) = self.status
            && a.status != s
        {
            return false;
        }
        if let Some(area) = &self.area
            && plan.areas[a.area].number != *area
        {
            return false;
        }
        true
    }

    pub fn select(&self, plan: &Plan, today: NaiveDate) -> Vec<usize> {
        (0..plan.activities.len())
            .filter(|&i| self.matches(plan, i, today))
            .collect()
    }
}

fn flags(u: Urgency) -> &'static str {
    match u {
        Urgency::Overdue { .. } => "overdue",
        Urgency::DueSoon { .. } => "due-soon",
        _ => "",
    }
}

/// The table's FLAGS cell: urgency, and how far the deadline has moved since first agreed
/// ("moved +15d").
fn row_flags(a: &crate::plan::Activity, u: Urgency) -> String {
    let mut out = flags(u).to_string();
    if let Some(d) = a.slip_days().filter(|d| *d != 0) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("moved {d:+}d"));
    }
    out
}

/// The activities of one plan to list, with the plan's label when several plans are listed.
pub struct Section<'a> {
    pub label: Option<&'a str>,
    pub plan: &'a Plan,
    pub selected: Vec<usize>,
}

/// CSV with a header row; `delimiter` is `,` or `;` (Norwegian spreadsheets). `cells` says
/// whether text cells a spreadsheet would run as a formula are neutralised.
pub fn csv(
    plan: &Plan,
    today: NaiveDate,
    selected: &[usize],
    delimiter: u8,
    cells: Cells,
) -> String {
    let section = Section {
        label: None,
        plan,
        selected: selected.to_vec(),
    };
    csv_sections(&[section], today, delimiter, cells)
}

/// CSV of several plans; a `plan` column comes first when the sections are labelled.
pub fn csv_sections(sections: &[Section], today: NaiveDate, delimiter: u8, cells: Cells) -> String {
    let labelled = sections.iter().any(|s| s.label.is_some());
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let mut header = vec![
        "id",
        "area",
        "workstream",
        "title",
        "owner",
        "due",
        "first",
        "day",
        "status",
        "done_on",
        "overdue",
        "due_soon",
        "note",
    ];
    if labelled {
        header.insert(0, "plan");
    }
    let _ = w.write_record(&header);
    for section in sections {
        let plan = section.plan;
        for &i in &section.selected {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            let ws = a
                .workstream
                .map(|w| plan.workstreams[w].title.as_str())
                .unwrap_or("");
            let first = a.due.resolved.first.to_string();
            let day = a.due.resolved.day.to_string();
            let done_on = a.done_on.map(|d| d.to_string()).unwrap_or_default();
            // Text the plan's author wrote goes through `cells`; dates, the status word and
            // the flags are generated here and never start like a formula.
            let text = |s| cells.text(s);
            let mut record: Vec<Cow<str>> = vec![
                text(&a.id),
                text(&plan.areas[a.area].number),
                text(ws),
                text(&a.title),
                text(&a.owner),
                text(&a.due.text),
                Cow::Borrowed(&first),
                Cow::Borrowed(&day),
                Cow::Borrowed(a.status.word(Language::En)),
                Cow::Borrowed(&done_on),
                Cow::Borrowed(if u.is_overdue() { "true" } else { "false" }),
                Cow::Borrowed(if u.is_due_soon() { "true" } else { "false" }),
                text(a.note.as_deref().unwrap_or("")),
            ];
            if labelled {
                record.insert(0, text(section.label.unwrap_or("")));
            }
            let _ = w.write_record(record.iter().map(|c| c.as_bytes()));
        }
    }
    match w.into_inner() {
        Ok(bytes) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// A table for people. `max_width` fits it to a terminal; `None` never truncates.
pub fn table(
    plan: &Plan,
    today: NaiveDate,
    selected: &[usize],
    max_width: Option<usize>,
) -> String {
    let section = Section {
        label: None,
        plan,
        selected: selected.to_vec(),
    };
    table_sections(&[section], today, max_width)
}

/// A table of several plans; a PLAN column comes first when the sections are labelled.
pub fn table_sections(sections: &[Section], today: NaiveDate, max_width: Option<usize>) -> String {
    let labelled = sections.iter().any(|s| s.label.is_some());
    let mut headers = vec![
        "ID", "AREA", "TITLE", "OWNER", "DUE", "DATE", "STATUS", "FLAGS",
    ];
    if labelled {
        headers.insert(0, "PLAN");
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for section in sections {
        let plan = section.plan;
        let lang = plan.language;
        for &i in &section.selected {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            let mut row = vec![
                sanitize(&a.id),
                sanitize(&plan.areas[a.area].number),
                sanitize(&a.title),
                sanitize(&a.owner),
                sanitize(&a.due.text),
                a.due.day().to_string(),
                a.status.word(lang).to_string(),
                row_flags(a, u),
            ];
            if labelled {
                row.insert(0, sanitize(section.label.unwrap_or("")));
            }
            rows.push(row);
        }
    }
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    if let Some(max) = max_width {
        let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * (w.len() - 1);
        let shift = usize::from(labelled);
        // Shrink the free-text columns, title first, down to sensible minimums.
        for (col, min) in [
            (2 + shift, 16usize),
            (3 + shift, 10),
            (4 + shift, 8),
            (0, 12),
        ] {
            let over = total(&widths).saturating_sub(max);
            if over == 0 {
                break;
            }
            if col == 0 && !labelled {
                continue;
            }
            widths[col] = widths[col].saturating_sub(over).max(min.min(widths[col]));
        }
    }
    let mut out = String::new();
    let line = |cells: &[String], out: &mut String| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, &w)| pad(&truncate(c, w), w))
            .collect();
        out.push_str(parts.join("  ").trim_end());
        out.push('\n');
    };
    let header_cells: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    line(&header_cells, &mut out);
    for r in &rows {
        line(r, &mut out);
    }
    out
}
