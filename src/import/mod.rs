//! `fremdrift import`: a plan made from the Word document or spreadsheet it was born in.
//!
//! Pure: bytes in, plan text and a summary out; no disk, no terminal. Two steps:
//!
//! 1. [`read`] turns a file's bytes into a neutral [`Document`] — headings, paragraphs (bullet or
//!    numbered ones marked as list items) and tables, in document order — whatever the format:
//!    Word ([`docx`]: `zip` + `quick-xml`), Excel and OpenDocument sheets and CSV ([`sheet`]:
//!    `calamine`, `csv`).
//! 2. [`build`] finds the activity tables in it (a header row naming an activity column and an
//!    owner or deadline column, in Norwegian or English) and writes the plan ([`plan`]): every
//!    value as written, each activity with a comment naming its source, nothing invented — what
//!    cannot be placed is kept in comments and listed in the [`Summary`].

mod docx;
mod numbering;
mod plan;
mod sheet;

use crate::i18n::Message;
use crate::msg;

pub use numbering::Label;
pub use plan::{Options, Period, Summary, build};

/// The largest office file `import` reads (the file layer refuses more), and the most any one
/// part of a Word document may unpack to.
pub use crate::file::MAX_OFFICE_BYTES;

/// What kind of file is imported, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    /// xlsx, xlsm, xlsb, xls and ods: whatever calamine reads.
    Spreadsheet,
    Csv,
}

impl Format {
    /// The format a file name's extension names, case-insensitively; `None` for any other.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "docx" | "docm" => Some(Format::Docx),
            "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(Format::Spreadsheet),
            "csv" | "txt" | "tsv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// A document reduced to what a plan can be made from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading (Word's heading styles, or a title); `level` 0 is a title.
    Heading {
        level: u8,
        text: String,
        /// The label Word's list numbering puts in front of it ("2."), not part of `text`.
        label: Option<Label>,
    },
    /// A paragraph; `list` when it is a bullet or numbered item.
    Paragraph {
        text: String,
        list: bool,
        label: Option<Label>,
    },
    Table(Table),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub source: TableSource,
    pub rows: Vec<Row>,
}

/// Where a table is, for the comment that names each activity's source.
#[derive(Debug, Clone, PartialEq)]
pub enum TableSource {
    /// The Nth table of a Word document (from 1).
    Word(usize),
    /// A spreadsheet's sheet, by name.
    Sheet(String),
    /// A CSV file.
    Csv,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's number as its program shows it (from 1; a sheet's own row number).
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// A cell: its lines (a Word cell's paragraphs, a sheet cell's lines).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub lines: Vec<Line>,
    /// A sheet cell holding a real date (not text): written as a TOML date.
    pub date: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    /// A bullet or numbered item after the cell's first line (a Word list paragraph, or a line
    /// that starts with a bullet sign); the first line is the cell's text even when Word
    /// numbers it.
    pub list: bool,
}

impl Cell {
    /// A cell of plain text; lines after the first that start with a bullet sign are list items.
    pub fn text(text: &str) -> Cell {
        let mut lines = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                continue;
            }
            match strip_bullet(trimmed).filter(|_| i > 0) {
                Some(rest) => lines.push(Line {
                    text: rest.to_string(),
                    list: true,
                }),
                None => lines.push(Line {
                    text: trimmed.to_string(),
                    list: false,
                }),
            }
        }
        Cell { lines, date: None }
    }

    /// The text that is not a list item, its lines joined by a space.
    pub fn main_text(&self) -> String {
        let parts: Vec<&str> = self
            .lines
            .iter()
            .filter(|l| !l.list)
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        parts.join(" ")
    }

    /// Every line, list items too, joined by a space: the cell as one value.
    pub fn all_text(&self) -> String {
        let parts: Vec<&str> = self
            .lines
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        parts.join(" ")
    }

    /// The list items, as written.
    pub fn items(&self) -> Vec<String> {
        self.lines
            .iter()
            .filter(|l| l.list)
            .map(|l| l.text.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.date.is_none() && self.lines.iter().all(|l| l.text.trim().is_empty())
    }
}

/// The text after a bullet sign ("• fagansvarlig plan", "- fagansvarlig plan").
fn strip_bullet(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['•', '·', '▪', '◦', '‣', '-', '–', '*', '\u{f0b7}', '○'])?;
    (rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

/// Why a file could not be read as the document it claims to be (exit code 2).
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    Empty,
    /// The old binary Word format (.doc), which only Word and LibreOffice read.
    OldWord,
    /// Not a zip archive, or a damaged one.
    NotZip(String),
    /// A zip without the part a Word document has (`word/document.xml`).
    NotDocx,
    /// A part that unpacks to more than [`MAX_OFFICE_BYTES`] (a workbook: all of it to more
    /// than four times that); the limit in bytes.
    TooLarge(u64),
    /// The document's XML is broken.
    BadXml(String),
    /// A part of the document (named) is not UTF-8 text.
    NotUtf8(String),
    /// calamine could not read the workbook.
    Spreadsheet(String),
    /// `--sheet` names no sheet of the workbook.
    NoSuchSheet {
        name: String,
        sheets: Vec<String>,
    },
    /// A CSV file in UTF-16 (Excel's "Unicode text"); UTF-8 and Windows-1252 are read.
    CsvNotUtf8,
    Csv(String),
}

impl ReadError {
    /// What is wrong, for a reader; the caller puts the file name in front.
    pub fn message(&self) -> Message {
        match self {
            ReadError::Empty => msg!("import-read-empty"),
            ReadError::OldWord => msg!("import-read-old-word"),
            ReadError::NotZip(reason) => msg!("import-read-not-zip", reason = reason.as_str()),
            ReadError::NotDocx => msg!("import-read-not-docx"),
            ReadError::TooLarge(limit) => {
                msg!("import-read-too-large", limit = *limit / (1024 * 1024))
            }
            ReadError::BadXml(reason) => msg!("import-read-bad-xml", reason = reason.as_str()),
            ReadError::NotUtf8(part) => msg!("import-read-not-utf8", part = part.as_str()),
            ReadError::Spreadsheet(reason) => {
                msg!("import-read-spreadsheet", reason = reason.as_str())
            }
            ReadError::NoSuchSheet { name, sheets } => msg!(
                "import-read-no-such-sheet",
                name = name.as_str(),
                sheets = sheets.join(", ")
            ),
            ReadError::CsvNotUtf8 => msg!("import-read-csv-not-utf8"),
            ReadError::Csv(reason) => msg!("import-read-csv", reason = reason.as_str()),
        }
    }
}

/// Reads `bytes` as a document of `format`. `sheet` chooses a spreadsheet's sheet (default:
/// the first with an activity table).
pub fn read(format: Format, bytes: &[u8], sheet: Option<&str>) -> Result<Document, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    match format {
        Format::Docx => docx::read(bytes),
        Format::Spreadsheet => sheet::read_workbook(bytes, sheet),
        Format::Csv => sheet::read_csv(bytes),
    }
}

#[cfg(test)]
mod tests;
