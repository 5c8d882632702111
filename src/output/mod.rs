//! Output for people and scripts: the plain listing (table, CSV, JSON), the status report
//! (Markdown, HTML, Word) and exports (iCalendar, CSV, Excel). Everything here turns a `&Plan` and a
//! `today` into text or bytes; nothing reads or writes files.

pub mod chart;
pub mod docx;
pub mod export;
pub mod json;
pub mod list;
pub mod report;
pub mod text;
pub mod xlsx;

use std::borrow::Cow;

/// Whether CSV cells are written as they are, or neutralised against formula injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cells {
    /// Text cells that a spreadsheet would run as a formula get a leading `'` ([`csv_safe`]).
    #[default]
    Neutralised,
    /// Every cell as it is in the plan (`--raw`).
    Raw,
}

impl Cells {
    /// A text cell as this style writes it.
    pub fn text<'a>(self, cell: &'a str) -> Cow<'a, str> {
        match self {
            Cells::Neutralised => csv_safe(cell),
            Cells::Raw => Cow::Borrowed(cell),
        }
    }
}

/// Which words CSV is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvForm {
    /// The reader's language: headers, status words, dates as the reader writes them, ja/nei.
    Reader(crate::plan::Language),
    /// `--machine`: the stable form for scripts, the same in every language: English
    /// snake_case headers, English status words, ISO dates, `true`/`false`.
    Machine,
}

/// A CSV text cell made safe for spreadsheets, as OWASP recommends against formula (CSV)
/// injection: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of running it
/// (`=HYPERLINK(…)`, `+cmd|'/C calc'!A0`, `@SUM(…)`). Every other cell is returned unchanged.
/// Only for the text the plan's author wrote (ids, titles, owners, deadlines as written,
/// notes, area numbers, plan names): the dates and flags fremdrift generates never start with
/// these characters.
pub fn csv_safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_safe_neutralises_formula_starts_only() {
        for hostile in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+cmd|'/C calc'!A0",
            "@SUM(1+1)",
            "\t=1+1",
            "-2+3",
            "\r=1",
        ] {
            assert_eq!(csv_safe(hostile), format!("'{hostile}"), "{hostile:?}");
        }
        for plain in [
            "Uke 50",
            "nvk-1",
            "2017-12-01",
            "Kari",
            "",
            "a=b",
            "'=1",
            " =1",
        ] {
            assert!(matches!(csv_safe(plain), Cow::Borrowed(_)), "{plain:?}");
            assert_eq!(csv_safe(plain), plain);
        }
        assert_eq!(Cells::Raw.text("=1+1"), "=1+1");
        assert_eq!(Cells::Neutralised.text("=1+1"), "'=1+1");
    }
}
