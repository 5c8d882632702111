//! Spreadsheets (xlsx, xls, ods with `calamine`) and CSV files as a [`Document`]: each sheet one
//! table, its rows numbered as the program shows them. A merged cell's value is in its first
//! cell and the rest are blank, which [`super::plan`] reads as continuing a group.

use std::io::Cursor;

use calamine::{Data, Reader};

use super::{Block, Cell, Document, ReadError, Row, Table, TableSource};

/// Every sheet of a workbook as a table (only `--sheet`'s, when given).
pub fn read_workbook(bytes: &[u8], only: Option<&str>) -> Result<Document, ReadError> {
    refuse_zip_bomb(bytes)?;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    let names = book.sheet_names();
    let chosen: Vec<String> = match only {
        Some(want) => {
            let found = names
                .iter()
                .find(|n| n.as_str() == want)
                .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(want)));
            match found {
                Some(n) => vec![n.clone()],
                None => {
                    return Err(ReadError::NoSuchSheet {
                        name: want.to_string(),
                        sheets: names,
                    });
                }
            }
        }
        None => names,
    };
    let mut blocks = Vec::new();
    for name in chosen {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
        // A formula whose result the file does not hold (written by a program that does not
        // calculate, as openpyxl) has no value: its formula is read instead, so it is seen.
        let formulas = book.worksheet_formula(&name).unwrap_or_default();
        let Some(((first_row, first_col), (last_row, last_col))) = bounds(&[
            (range.start(), range.end()),
            (formulas.start(), formulas.end()),
        ]) else {
            blocks.push(Block::Table(Table {
                source: TableSource::Sheet(name),
                rows: Vec::new(),
            }));
            continue;
        };
        let mut rows = Vec::new();
        for r in first_row..=last_row {
            let mut out: Vec<Cell> = (0..first_col).map(|_| Cell::default()).collect();
            out.extend((first_col..=last_col).map(|c| {
                match (range.get_value((r, c)), formulas.get_value((r, c))) {
                    (Some(data), _) if !matches!(data, Data::Empty) => cell(data),
                    (_, Some(f)) if !f.trim().is_empty() => Cell::text(&format!("={f}")),
                    _ => Cell::default(),
                }
            }));
            rows.push(Row {
                number: r as usize + 1,
                cells: out,
            });
        }
        blocks.push(Block::Table(Table {
            source: TableSource::Sheet(name),
            rows,
        }));
    }
    Ok(Document { blocks })
}

/// A sheet position, (row, column) from 0.
type Position = (u32, u32);

/// The smallest rectangle holding every given (start, end) range that has cells.
fn bounds(ranges: &[(Option<Position>, Option<Position>)]) -> Option<(Position, Position)> {
    ranges
        .iter()
        .filter_map(|&(start, end)| start.zip(end))
        .reduce(|(a0, a1), (b0, b1)| {
            (
                (a0.0.min(b0.0), a0.1.min(b0.1)),
                (a1.0.max(b1.0), a1.1.max(b1.1)),
            )
        })
}

/// How much an xlsx or ods archive may unpack to, by what its entries declare: calamine reads
/// the sheets whole, and a few megabytes can unpack to gigabytes.
const MAX_UNPACKED_BYTES: u64 = 4 * super::MAX_OFFICE_BYTES;

fn refuse_zip_bomb(bytes: &[u8]) -> Result<(), ReadError> {
    if !bytes.starts_with(b"PK") {
        return Ok(()); // an .xls; calamine says what is wrong with anything else
    }
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // calamine gives the error
    };
    let mut total = 0u64;
    for i in 0..zip.len() {
        if let Ok(entry) = zip.by_index_raw(i) {
            total = total.saturating_add(entry.size());
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(ReadError::TooLarge(MAX_UNPACKED_BYTES));
    }
    Ok(())
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::default(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::text(s),
        Data::Int(n) => Cell::text(&n.to_string()),
        Data::Float(f) => Cell::text(&f.to_string()),
        Data::Bool(b) => Cell::text(&b.to_string()),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if d.is_datetime() => Cell {
                lines: vec![super::Line {
                    text: dt.date().format("%Y-%m-%d").to_string(),
                    list: false,
                }],
                date: Some(dt.date()),
            },
            _ => Cell::text(&d.to_string()),
        },
        Data::Error(e) => Cell::text(&e.to_string()),
    }
}

/// A CSV file as one table: UTF-8 (a BOM is skipped), else Windows-1252 — what Norwegian Excel
/// writes as "CSV (semikolondelt)" — and of `;`, `,` and tab the delimiter that finds the header
/// row naming the most columns.
pub fn read_csv(bytes: &[u8]) -> Result<Document, ReadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) => {
            return Err(ReadError::CsvNotUtf8);
        }
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    };
    // The delimiter whose reading finds a header row naming the most columns (a title line
    // above the header, "Plan, fase 2", says nothing about it); else the one the first line
    // uses most.
    let first = text.lines().next().unwrap_or("");
    let mut best: Option<(usize, usize, u8)> = None;
    for delimiter in [b';', b',', b'\t'] {
        let Ok(head) = csv_rows(&text, delimiter, Some(super::plan::HEADER_SEARCH_ROWS)) else {
            continue;
        };
        let score = super::plan::header_score(&head);
        let used = first.bytes().filter(|&b| b == delimiter).count();
        if best.is_none_or(|(s, u, _)| (score, used) > (s, u)) {
            best = Some((score, used, delimiter));
        }
    }
    let delimiter = best.map_or(b',', |(_, _, d)| d);
    let rows = csv_rows(&text, delimiter, None)?;
    Ok(Document {
        blocks: vec![Block::Table(Table {
            source: TableSource::Csv,
            rows,
        })],
    })
}

/// The records of a CSV text split at `delimiter` (the first `limit` of them), numbered from 1.
fn csv_rows(text: &str, delimiter: u8, limit: Option<usize>) -> Result<Vec<Row>, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        if limit.is_some_and(|l| i >= l) {
            break;
        }
        let record = record.map_err(|e| ReadError::Csv(e.to_string()))?;
        rows.push(Row {
            number: i + 1,
            cells: record.iter().map(Cell::text).collect(),
        });
    }
    Ok(rows)
}
