//! `fremdrift export --format xlsx`: the plan as an Excel workbook, for the people who work in
//! Excel or LibreOffice Calc (CSV stays for scripts).
//!
//! Three sheets, every word in the reader's language:
//! - the activities: one row per activity, the deadline as a real date cell (so it sorts and
//!   filters as a date) beside the deadline as written, the done date likewise, a frozen header
//!   row, an autofilter and widths that fit; overdue and due-soon rows are filled, and their flag
//!   cell says so with a sign and a word, so the sheet reads the same printed in black and white;
//! - the overview: per area done/total, overdue and due soon, with a total row;
//! - the meetings, each a date cell, the next one marked.
//!
//! Plan text is written as text cells, never as formulas, so a title that begins with `=` stays
//! text. The bytes are made in memory by `rust_xlsxwriter`; nothing here touches the disk. The
//! document's creation time is `today`, so the same plan on the same day gives the same file.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use crate::i18n::{Message, text};
use crate::msg;
use crate::output::text::{date, iso_week};
use crate::plan::{Language, Plan, Urgency};

/// The fill of an overdue row (light red) and of a due-soon row (light yellow).
const OVERDUE_FILL: u32 = 0xFDE2E1;
const DUE_SOON_FILL: u32 = 0xFFF4CC;
const HEADER_FILL: u32 = 0xE7E6E6;

/// Excel's limit on the characters of one cell.
const CELL_MAX: usize = 32_767;

/// The workbook of `plan` as of `today`, in `lang`. Fails only if the writer does (which a
/// valid plan cannot make it do); the message names the reason.
pub fn workbook(plan: &Plan, today: NaiveDate, lang: Language) -> Result<Vec<u8>, Message> {
    build(plan, today, lang)
        .map_err(|e| msg!("office-failed", format = "xlsx", reason = e.to_string()))
}

fn build(plan: &Plan, today: NaiveDate, lang: Language) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new(lang);
    let mut book = Workbook::new();
    let mut props = DocProperties::new().set_title(cell(&plan.title));
    if let Ok(created) = excel_date(today) {
        props = props.set_creation_datetime(&created);
    }
    if let Some(org) = &plan.organization {
        props = props.set_company(cell(org));
    }
    book.set_properties(&props);
    activities(book.add_worksheet(), plan, today, lang, &styles)?;
    overview(book.add_worksheet(), plan, today, lang, &styles)?;
    meetings(book.add_worksheet(), plan, today, lang, &styles)?;
    book.save_to_buffer()
}

/// The cell formats, one per kind of cell and row fill.
struct Styles {
    header: Format,
    title: Format,
    bold: Format,
    /// Plain, overdue, due soon.
    text: [Format; 3],
    wrap: [Format; 3],
    day: [Format; 3],
    number: [Format; 3],
    percent: Format,
}

impl Styles {
    fn new(lang: Language) -> Styles {
        // The date as the reader writes it (as everywhere else in fremdrift): 01.12.2017 in
        // Norwegian, 2017-12-01 in English.
        let day_format = match lang {
            Language::Nb | Language::Nn => "dd.mm.yyyy",
            Language::En => "yyyy-mm-dd",
        };
        let fills = [None, Some(OVERDUE_FILL), Some(DUE_SOON_FILL)];
        let with = |base: Format| {
            fills.map(|fill| match fill {
                Some(rgb) => base.clone().set_background_color(Color::RGB(rgb)),
                None => base.clone(),
            })
        };
        let top = Format::new().set_align(FormatAlign::Top);
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(HEADER_FILL))
                .set_border_bottom(FormatBorder::Thin),
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            text: with(top.clone()),
            wrap: with(top.clone().set_text_wrap()),
            day: with(
                top.clone()
                    .set_num_format(day_format)
                    .set_align(FormatAlign::Left),
            ),
            number: with(top.clone()),
            percent: Format::new()
                .set_num_format("0%")
                .set_align(FormatAlign::Top),
        }
    }
}

/// Text for a cell: at most Excel's limit.
fn cell(s: &str) -> String {
    if s.chars().count() <= CELL_MAX {
        s.to_string()
    } else {
        s.chars().take(CELL_MAX).collect()
    }
}

/// Writes `day` as a date cell, or as text where Excel has no date for it (before 1900, after
/// 9999).
fn write_day(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    day: NaiveDate,
    format: &Format,
    lang: Language,
) -> Result<(), XlsxError> {
    match excel_date(day) {
        Ok(d) => sheet.write_datetime_with_format(row, col, d, format)?,
        Err(_) => sheet.write_string_with_format(row, col, date(day, lang), format)?,
    };
    Ok(())
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    // Month and day always fit: 1..=12 and 1..=31.
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

/// Widths that fit the longest value of each column (in characters), within bounds, and never
/// narrower than the header (with room for the filter button).
struct Widths {
    widths: Vec<usize>,
    headers: Vec<usize>,
}

impl Widths {
    fn new(headers: &[String]) -> Widths {
        let headers: Vec<usize> = headers.iter().map(|h| h.chars().count() + 3).collect();
        Widths {
            widths: headers.clone(),
            headers,
        }
    }

    fn see(&mut self, col: usize, s: &str) {
        let n = s.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        if let Some(w) = self.widths.get_mut(col) {
            *w = (*w).max(n + 1);
        }
    }

    /// Sets the widths, each at most its `max` (or its header's width); gives them.
    fn apply(&self, sheet: &mut Worksheet, max: &[usize]) -> Result<Vec<usize>, XlsxError> {
        let mut out = Vec::new();
        for (col, w) in self.widths.iter().enumerate() {
            let header = self.headers.get(col).copied().unwrap_or(6);
            let cap = max.get(col).copied().unwrap_or(40).max(header);
            let width = (*w).clamp(6, cap);
            sheet.set_column_width(col as u16, width as f64)?;
            out.push(width);
        }
        Ok(out)
    }
}

/// The lines `s` takes wrapped in a column `width` characters wide (roughly: by characters).
fn wrapped_lines(s: &str, width: usize) -> usize {
    let per_line = width.saturating_sub(1).max(1);
    s.lines()
        .map(|l| l.chars().count().div_ceil(per_line).max(1))
        .sum::<usize>()
        .max(1)
}

/// Makes `row` tall enough for the wrapped `cells` (column, text), given the column `widths`.
/// Spreadsheets do not all fit a row's height to wrapped text when they open a file, so the
/// height is set here.
fn fit_row(
    sheet: &mut Worksheet,
    row: u32,
    widths: &[usize],
    cells: &[(usize, &str)],
) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(col, text)| wrapped_lines(text, widths.get(*col).copied().unwrap_or(10)))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        sheet.set_row_height(row, 15.0 * lines.min(20) as f64)?;
    }
    Ok(())
}

/// Writes the header row of catalogue ids `ids` in the reader's language at `row`; the column
/// widths start from the headers.
fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    ids: &[&'static str],
    lang: Language,
    s: &Styles,
) -> Result<Widths, XlsxError> {
    let headers: Vec<String> = ids.iter().map(|id| text(lang, id)).collect();
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, h, &s.header)?;
    }
    Ok(Widths::new(&headers))
}

fn activities(
    sheet: &mut Worksheet,
    plan: &Plan,
    today: NaiveDate,
    lang: Language,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(text(lang, "office-sheet-activities"))?;
    let headers = [
        "office-col-area",
        "office-col-workstream",
        "office-col-id",
        "office-col-title",
        "office-col-owner",
        "office-col-deadline",
        "office-col-as-written",
        "office-col-days-left",
        "office-col-status",
        "office-col-done-on",
        "office-col-urgency",
        "office-col-note",
    ];
    let mut widths = header_row(sheet, 0, &headers, lang, s)?;
    let overdue_word = text(lang, "office-urgency-overdue");
    let soon_word = text(lang, "office-urgency-due-soon");
    for (i, a) in plan.activities.iter().enumerate() {
        let row = i as u32 + 1;
        let urgency = plan.urgency(a, today);
        let (fill, flag) = match urgency {
            Urgency::Overdue { .. } => (1, overdue_word.as_str()),
            Urgency::DueSoon { .. } => (2, soon_word.as_str()),
            _ => (0, ""),
        };
        let area = &plan.areas[a.area];
        let area_text = format!("{} {}", area.number, area.title);
        let ws = a
            .workstream
            .and_then(|w| plan.workstreams.get(w))
            .map(|w| w.title.as_str())
            .unwrap_or("");
        // Titles wrap in their column; the rest are short.
        let texts: [(u16, &str, &Format); 6] = [
            (0, &area_text, &s.text[fill]),
            (1, ws, &s.text[fill]),
            (2, &a.id, &s.text[fill]),
            (3, &a.title, &s.wrap[fill]),
            (4, &a.owner, &s.text[fill]),
            (6, &a.due.text, &s.text[fill]),
        ];
        for (col, value, format) in texts {
            sheet.write_string_with_format(row, col, cell(value), format)?;
            widths.see(usize::from(col), value);
        }
        write_day(sheet, row, 5, a.due.day(), &s.day[fill], lang)?;
        if a.status.is_closed() {
            sheet.write_blank(row, 7, &s.number[fill])?;
        } else {
            let left = (a.due.day() - today).num_days();
            sheet.write_number_with_format(row, 7, left as f64, &s.number[fill])?;
        }
        let status = a.status.word(lang);
        sheet.write_string_with_format(row, 8, status, &s.text[fill])?;
        widths.see(8, status);
        match a.done_on {
            Some(d) => write_day(sheet, row, 9, d, &s.day[fill], lang)?,
            None => {
                sheet.write_blank(row, 9, &s.day[fill])?;
            }
        }
        sheet.write_string_with_format(row, 10, flag, &s.text[fill])?;
        widths.see(10, flag);
        let note = a.note.as_deref().unwrap_or("");
        sheet.write_string_with_format(row, 11, cell(note), &s.wrap[fill])?;
        widths.see(11, note);
    }
    // Dates are as wide as their format.
    widths.see(5, "00.00.00000");
    widths.see(9, "00.00.00000");
    let widths = widths.apply(sheet, &[24, 28, 14, 50, 24, 12, 20, 10, 14, 12, 16, 40])?;
    for (i, a) in plan.activities.iter().enumerate() {
        let note = a.note.as_deref().unwrap_or("");
        fit_row(sheet, i as u32 + 1, &widths, &[(3, &a.title), (11, note)])?;
    }
    let last = plan.activities.len() as u32;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last, headers.len() as u16 - 1)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn overview(
    sheet: &mut Worksheet,
    plan: &Plan,
    today: NaiveDate,
    lang: Language,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(text(lang, "office-sheet-overview"))?;
    sheet.write_string_with_format(0, 0, cell(&plan.title), &s.title)?;
    let mut meta = Vec::new();
    if let Some(org) = &plan.organization {
        meta.push(org.clone());
    }
    meta.push(msg!("report-as-of", date = date(today, lang)).render(lang));
    meta.push(msg!("report-week", week = iso_week(today)).render(lang));
    sheet.write_string(1, 0, cell(&meta.join(" · ")))?;

    let headers = [
        "office-col-number",
        "office-col-area-title",
        "office-col-area-status",
        "office-col-done",
        "office-col-total",
        "office-col-share",
        "office-col-overdue",
        "office-col-due-soon",
    ];
    let top = 3;
    let mut widths = header_row(sheet, top, &headers, lang, s)?;
    let progress = plan.areas_progress();
    let mut sums = [0usize; 4];
    let mut statuses = Vec::new();
    let mut row = top;
    for (ai, area) in plan.areas.iter().enumerate() {
        row += 1;
        let (done, total) = progress.get(ai).copied().unwrap_or_default();
        let (mut overdue, mut soon) = (0, 0);
        for (_, a) in plan.activities_in_area(ai) {
            match plan.urgency(a, today) {
                Urgency::Overdue { .. } => overdue += 1,
                Urgency::DueSoon { .. } => soon += 1,
                _ => {}
            }
        }
        sheet.write_string_with_format(row, 0, cell(&area.number), &s.text[0])?;
        sheet.write_string_with_format(row, 1, cell(&area.title), &s.text[0])?;
        widths.see(1, &area.title);
        let mut status = area.status.word(lang).to_string();
        if let Some(reason) = &area.reason {
            status = format!("{status}: {reason}");
        }
        sheet.write_string_with_format(row, 2, cell(&status), &s.wrap[0])?;
        widths.see(2, &status);
        statuses.push((row, status));
        let counts = [done, total, overdue, soon];
        for (k, n) in counts.iter().enumerate() {
            sums[k] += n;
        }
        sheet.write_number_with_format(row, 3, done as f64, &s.number[0])?;
        sheet.write_number_with_format(row, 4, total as f64, &s.number[0])?;
        if total > 0 {
            sheet.write_number_with_format(row, 5, done as f64 / total as f64, &s.percent)?;
        }
        sheet.write_number_with_format(row, 6, overdue as f64, &s.number[0])?;
        sheet.write_number_with_format(row, 7, soon as f64, &s.number[0])?;
    }
    row += 1;
    let bold_percent = s.percent.clone().set_bold();
    sheet.write_string_with_format(row, 1, text(lang, "office-total"), &s.bold)?;
    let [done, total, overdue, soon] = sums;
    sheet.write_number_with_format(row, 3, done as f64, &s.bold)?;
    sheet.write_number_with_format(row, 4, total as f64, &s.bold)?;
    if total > 0 {
        sheet.write_number_with_format(row, 5, done as f64 / total as f64, &bold_percent)?;
    }
    sheet.write_number_with_format(row, 6, overdue as f64, &s.bold)?;
    sheet.write_number_with_format(row, 7, soon as f64, &s.bold)?;
    let widths = widths.apply(sheet, &[8, 50, 40, 12, 12, 14, 14, 14])?;
    for (row, status) in &statuses {
        fit_row(sheet, *row, &widths, &[(2, status)])?;
    }
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn meetings(
    sheet: &mut Worksheet,
    plan: &Plan,
    today: NaiveDate,
    lang: Language,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(text(lang, "office-sheet-meetings"))?;
    let headers = [
        "office-col-meeting",
        "office-col-date",
        "office-col-week",
        "office-col-remark",
    ];
    let mut widths = header_row(sheet, 0, &headers, lang, s)?;
    widths.see(1, "00.00.00000");
    let mut row = 0;
    for series in &plan.meetings {
        let next = series.dates.iter().copied().find(|d| *d >= today);
        for &day in &series.dates {
            row += 1;
            sheet.write_string(row, 0, cell(&series.name))?;
            widths.see(0, &series.name);
            write_day(sheet, row, 1, day, &s.day[0], lang)?;
            sheet.write_number(row, 2, f64::from(iso_week(day)))?;
            let mut remark = Vec::new();
            if next == Some(day) {
                remark.push(text(lang, "office-next-meeting"));
            }
            if series.is_tentative(day) {
                remark.push(text(lang, "output-tentative"));
            }
            let remark = remark.join(", ");
            sheet.write_string(row, 3, &remark)?;
            widths.see(3, &remark);
        }
    }
    if row == 0 {
        sheet.write_string(1, 0, text(lang, "office-no-meetings"))?;
    } else {
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, row, headers.len() as u16 - 1)?;
    }
    widths.apply(sheet, &[40, 14, 8, 30])?;
    Ok(())
}
