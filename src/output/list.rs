//! `fremdrift list`: one row per activity, filtered, as a table for people or CSV/JSON for
//! scripts.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::diagnostics::sanitize;
use crate::i18n::text;
use crate::msg;
use crate::output::text::{date, pad, truncate, width};
use crate::output::{Cells, CsvForm};
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

fn flags(u: Urgency, lang: Language) -> String {
    match u {
        Urgency::Overdue { .. } => text(lang, "list-flag-overdue"),
        Urgency::DueSoon { .. } => text(lang, "list-flag-due-soon"),
        _ => String::new(),
    }
}

/// The table's FLAGS cell: urgency, and how far the deadline has moved since first agreed
/// ("moved +15d").
fn row_flags(a: &crate::plan::Activity, u: Urgency, lang: Language) -> String {
    let mut out = flags(u, lang);
    if let Some(d) = a.slip_days().filter(|d| *d != 0) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&msg!("list-flag-moved", days = format!("{d:+}")).render(lang));
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
/// whether text cells a spreadsheet would run as a formula are neutralised, `form` whether the
/// headers and generated values are in the reader's language or the stable machine form.
pub fn csv(
    plan: &Plan,
    today: NaiveDate,
    selected: &[usize],
    delimiter: u8,
    cells: Cells,
    form: CsvForm,
) -> String {
    let section = Section {
        label: None,
        plan,
        selected: selected.to_vec(),
    };
    csv_sections(&[section], today, delimiter, cells, form)
}

/// The CSV header row: snake_case English for machines, words for people.
fn csv_header(labelled: bool, form: CsvForm) -> Vec<String> {
    let mut header: Vec<String> = match form {
        CsvForm::Machine => [
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
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        CsvForm::Reader(lang) => vec![
            text(lang, "csv-header-id"),
            text(lang, "csv-header-area"),
            text(lang, "csv-header-workstream"),
            text(lang, "csv-header-title"),
            text(lang, "csv-header-owner"),
            text(lang, "csv-header-due"),
            text(lang, "csv-header-first"),
            text(lang, "csv-header-day"),
            text(lang, "csv-header-status"),
            text(lang, "csv-header-done-on"),
            text(lang, "csv-header-overdue"),
            text(lang, "csv-header-due-soon"),
            text(lang, "csv-header-note"),
        ],
    };
    if labelled {
        header.insert(
            0,
            match form {
                CsvForm::Machine => "plan".to_string(),
                CsvForm::Reader(lang) => text(lang, "csv-header-plan"),
            },
        );
    }
    header
}

/// CSV of several plans; a `plan` column comes first when the sections are labelled.
pub fn csv_sections(
    sections: &[Section],
    today: NaiveDate,
    delimiter: u8,
    cells: Cells,
    form: CsvForm,
) -> String {
    let labelled = sections.iter().any(|s| s.label.is_some());
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let _ = w.write_record(csv_header(labelled, form));
    // Machine: English status words, ISO dates (what `date` writes in English), true/false.
    let (lang, yes, no) = match form {
        CsvForm::Machine => (Language::En, "true".to_string(), "false".to_string()),
        CsvForm::Reader(lang) => (lang, text(lang, "csv-yes"), text(lang, "csv-no")),
    };
    let day = |d: NaiveDate| date(d, lang);
    for section in sections {
        let plan = section.plan;
        for &i in &section.selected {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            let ws = a
                .workstream
                .map(|w| plan.workstreams[w].title.as_str())
                .unwrap_or("");
            let first = day(a.due.resolved.first);
            let due_day = day(a.due.resolved.day);
            let done_on = a.done_on.map(day).unwrap_or_default();
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
                Cow::Borrowed(&due_day),
                Cow::Borrowed(a.status.word(lang)),
                Cow::Borrowed(&done_on),
                Cow::Borrowed(if u.is_overdue() { &yes } else { &no }),
                Cow::Borrowed(if u.is_due_soon() { &yes } else { &no }),
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

/// A table for people in `lang`. `max_width` fits it to a terminal; `None` never truncates.
pub fn table(
    plan: &Plan,
    today: NaiveDate,
    selected: &[usize],
    max_width: Option<usize>,
    lang: Language,
) -> String {
    let section = Section {
        label: None,
        plan,
        selected: selected.to_vec(),
    };
    table_sections(&[section], today, max_width, lang)
}

/// A table of several plans; a PLAN column comes first when the sections are labelled.
pub fn table_sections(
    sections: &[Section],
    today: NaiveDate,
    max_width: Option<usize>,
    lang: Language,
) -> String {
    let labelled = sections.iter().any(|s| s.label.is_some());
    let mut headers = vec![
        text(lang, "list-header-id"),
        text(lang, "list-header-area"),
        text(lang, "list-header-title"),
        text(lang, "list-header-owner"),
        text(lang, "list-header-due"),
        text(lang, "list-header-date"),
        text(lang, "list-header-status"),
        text(lang, "list-header-flags"),
    ];
    if labelled {
        headers.insert(0, text(lang, "list-header-plan"));
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for section in sections {
        let plan = section.plan;
        for &i in &section.selected {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            let mut row = vec![
                sanitize(&a.id),
                sanitize(&plan.areas[a.area].number),
                sanitize(&a.title),
                sanitize(&a.owner),
                sanitize(&a.due.text),
                date(a.due.day(), lang),
                a.status.word(lang).to_string(),
                row_flags(a, u, lang),
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
    line(&headers, &mut out);
    for r in &rows {
        line(r, &mut out);
    }
    out
}
