//! `fremdrift list`: one row per activity, filtered, as a table for people or CSV/JSON for
//! scripts.

use chrono::NaiveDate;

use crate::diagnostics::sanitize;
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

/// CSV with a header row; `delimiter` is `,` or `;` (Norwegian spreadsheets).
pub fn csv(plan: &Plan, today: NaiveDate, selected: &[usize], delimiter: u8) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let header = [
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
    let _ = w.write_record(header);
    for &i in selected {
        let a = &plan.activities[i];
        let u = plan.urgency(a, today);
        let ws = a
            .workstream
            .map(|w| plan.workstreams[w].title.as_str())
            .unwrap_or("");
        let _ = w.write_record([
            a.id.as_str(),
            plan.areas[a.area].number.as_str(),
            ws,
            &a.title,
            &a.owner,
            &a.due.text,
            &a.due.resolved.first.to_string(),
            &a.due.resolved.day.to_string(),
            a.status.word(Language::En),
            &a.done_on.map(|d| d.to_string()).unwrap_or_default(),
            if u.is_overdue() { "true" } else { "false" },
            if u.is_due_soon() { "true" } else { "false" },
            a.note.as_deref().unwrap_or(""),
        ]);
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
    let lang = plan.language;
    let headers = [
        "ID", "AREA", "TITLE", "OWNER", "DUE", "DATE", "STATUS", "FLAGS",
    ];
    let rows: Vec<[String; 8]> = selected
        .iter()
        .map(|&i| {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            [
                sanitize(&a.id),
                sanitize(&plan.areas[a.area].number),
                sanitize(&a.title),
                sanitize(&a.owner),
                sanitize(&a.due.text),
                a.due.day().to_string(),
                a.status.word(lang).to_string(),
                flags(u).to_string(),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    if let Some(max) = max_width {
        let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * (w.len() - 1);
        // Shrink the free-text columns, title first, down to sensible minimums.
        for (col, min) in [(2usize, 16usize), (3, 10), (4, 8)] {
            let over = total(&widths).saturating_sub(max);
            if over == 0 {
                break;
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
    line(&headers.map(String::from), &mut out);
    for r in &rows {
        line(r, &mut out);
    }
    out
}
