//! A Word document (.docx) as a [`Document`]: `word/document.xml` read with `quick-xml`, with
//! `word/styles.xml` telling which paragraph styles are headings and which are lists, and
//! `word/numbering.xml` giving each numbered paragraph the label Word shows ([`numbering`]).
//!
//! What is kept: the body's paragraphs and tables in order; a paragraph's text (runs, tabs as
//! spaces, line breaks), whether it is a heading (a heading or title style, or an outline level)
//! or a list item (its own or its style's numbering, a style inheriting from the one it is based
//! on), with its list label ("2.", "4.1", "b)") counted as Word counts; each table cell's paragraphs, so a bullet
//! list inside a cell stays a list; merged cells (a vertical merge repeats the text of the cell
//! above, a horizontal one fills the columns it spans). Deleted text (tracked changes) and field
//! codes are left out, as Word leaves them out of the page. Tables inside cells are read as the
//! cell's paragraphs.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::numbering::{Label, Numbering};
use super::{Block, Cell, Document, Line, MAX_OFFICE_BYTES, ReadError, Row, Table, TableSource};

/// The old binary Word format starts with the OLE compound-file signature.
const OLE_SIGNATURE: [u8; 8] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    if bytes.starts_with(&OLE_SIGNATURE) {
        return Err(ReadError::OldWord);
    }
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ReadError::NotZip(e.to_string()))?;
    let document = part(&mut zip, "word/document.xml")?.ok_or(ReadError::NotDocx)?;
    let styles = match part(&mut zip, "word/styles.xml")? {
        Some(xml) => read_styles(&xml)?,
        None => HashMap::new(),
    };
    let mut numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(xml) => Numbering::read(&xml)?,
        None => Numbering::default(),
    };
    read_body(&document, &styles, &mut numbering)
}

/// One part of the archive as text, at most [`MAX_OFFICE_BYTES`] unpacked; `None` when absent.
fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, ReadError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(ReadError::NotZip(e.to_string())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_OFFICE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::NotZip(e.to_string()))?;
    if bytes.len() as u64 > MAX_OFFICE_BYTES {
        return Err(ReadError::TooLarge(MAX_OFFICE_BYTES));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| ReadError::NotUtf8(name.to_string()))
}

/// What a paragraph style makes of its paragraphs, as the style itself says it (see
/// [`resolve_style`] for what it inherits).
#[derive(Debug, Clone, Default, PartialEq)]
struct StyleKind {
    heading: Option<u8>,
    /// Named like a list style ("List Bullet", "List Paragraph").
    list: bool,
    /// Its `w:numPr`: the list instance and level.
    num_id: Option<String>,
    ilvl: Option<u8>,
    /// `w:basedOn`: the style it inherits from.
    based_on: Option<String>,
}

/// A paragraph style with what it inherits through `w:basedOn` (its own settings first), and
/// the ids of the styles in that chain.
fn resolve_style(styles: &HashMap<String, StyleKind>, id: &str) -> (StyleKind, Vec<String>) {
    let mut out = StyleKind::default();
    let mut chain: Vec<String> = Vec::new();
    let mut next = Some(id.to_string());
    // A chain longer than this is a loop in a broken file.
    while let Some(id) = next.take()
        && chain.len() < 16
        && !chain.contains(&id)
    {
        let Some(style) = styles.get(&id) else { break };
        out.heading = out.heading.or(style.heading);
        out.list |= style.list;
        if out.num_id.is_none() {
            out.num_id.clone_from(&style.num_id);
        }
        out.ilvl = out.ilvl.or(style.ilvl);
        next.clone_from(&style.based_on);
        chain.push(id);
    }
    (out, chain)
}

/// The paragraph styles by id: headings ("heading 1", "Title", an outline level) and lists (a
/// style with numbering, or named like "List Bullet").
fn read_styles(xml: &str) -> Result<HashMap<String, StyleKind>, ReadError> {
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let mut current: Option<(String, StyleKind)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ReadError::BadXml(format!("word/styles.xml: {e}")))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match local(&e).as_str() {
                "style" => {
                    if let Some((id, kind)) = current.take() {
                        out.insert(id, kind);
                    }
                    current = attr(&e, "styleId").map(|id| (id, StyleKind::default()));
                }
                "name" => {
                    if let (Some((_, kind)), Some(name)) = (&mut current, attr(&e, "val")) {
                        let name = name.to_lowercase();
                        if name == "title" {
                            kind.heading = Some(0);
                        } else if let Some(n) = name.strip_prefix("heading ") {
                            kind.heading = n.trim().parse().ok();
                        }
                        if name.starts_with("list") {
                            kind.list = true;
                        }
                    }
                }
                "outlineLvl" => {
                    if let (Some((_, kind)), Some(level)) = (&mut current, attr(&e, "val"))
                        && kind.heading.is_none()
                        && let Ok(level) = level.parse::<u8>()
                        && level < 9
                    {
                        kind.heading = Some(level + 1);
                    }
                }
                "numId" => {
                    if let Some((_, kind)) = &mut current {
                        kind.num_id = attr(&e, "val");
                    }
                }
                "ilvl" => {
                    if let Some((_, kind)) = &mut current {
                        kind.ilvl = attr(&e, "val").and_then(|v| v.parse().ok());
                    }
                }
                "basedOn" => {
                    if let Some((_, kind)) = &mut current {
                        kind.based_on = attr(&e, "val");
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => {
                if let Some((id, kind)) = current.take() {
                    out.insert(id, kind);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
    /// Its own `w:numPr`.
    num_id: Option<String>,
    ilvl: Option<u8>,
}

/// A table being read: its rows, the current row's cells, the current cell's lines.
#[derive(Default)]
struct TableBuild {
    rows: Vec<Vec<(Cell, usize, Merge)>>,
    row: Vec<(Cell, usize, Merge)>,
    cell: Cell,
    span: usize,
    merge: Merge,
}

#[derive(Clone, Copy, Default, PartialEq)]
enum Merge {
    #[default]
    None,
    Continue,
}

fn read_body(
    xml: &str,
    styles: &HashMap<String, StyleKind>,
    numbering: &mut Numbering,
) -> Result<Document, ReadError> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Vec::new();
    // Nesting: paragraphs inside text boxes or nested tables belong to the outer one.
    let mut para_depth = 0usize;
    let mut para = Para::default();
    let mut table_depth = 0usize;
    let mut table = TableBuild::default();
    let mut tables = 0usize;
    // Inside text that is not shown: deleted text, field instructions.
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ReadError::BadXml(format!("word/document.xml: {e}")))?;
        match event {
            Event::Start(e) => {
                let name = local(&e);
                match name.as_str() {
                    "p" => {
                        para_depth += 1;
                        if para_depth == 1 {
                            para = Para::default();
                        }
                    }
                    "tbl" => {
                        table_depth += 1;
                        if table_depth == 1 {
                            table = TableBuild::default();
                        }
                    }
                    "tr" if table_depth == 1 => table.row.clear(),
                    "tc" if table_depth == 1 => {
                        table.cell = Cell::default();
                        table.span = 1;
                        table.merge = Merge::None;
                    }
                    "t" => in_text = true,
                    _ => paragraph_property(&e, &name, &mut para, &mut table, table_depth),
                }
            }
            Event::Empty(e) => {
                let name = local(&e);
                match name.as_str() {
                    "tab" if para_depth > 0 && !in_text => para.text.push(' '),
                    "br" | "cr" if para_depth > 0 => para.text.push('\n'),
                    _ => paragraph_property(&e, &name, &mut para, &mut table, table_depth),
                }
            }
            Event::Text(t) if in_text && para_depth > 0 => para.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text && para_depth > 0 => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = resolved {
                    para.text.push(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    para_depth = para_depth.saturating_sub(1);
                    if para_depth == 0 {
                        let p = std::mem::take(&mut para);
                        let ctx = Context { styles, numbering };
                        finish_paragraph(p, ctx, table_depth, &mut table, &mut blocks);
                    }
                }
                "tc" if table_depth == 1 => {
                    let cell = std::mem::take(&mut table.cell);
                    table.row.push((cell, table.span.max(1), table.merge));
                }
                "tr" if table_depth == 1 => {
                    let row = std::mem::take(&mut table.row);
                    table.rows.push(row);
                }
                "tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    if table_depth == 0 {
                        tables += 1;
                        let t = std::mem::take(&mut table);
                        blocks.push(Block::Table(finish_table(t, tables)));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Document { blocks })
}

/// Properties inside `w:pPr` and `w:tcPr` that matter: the style, numbering, outline level, a
/// cell's span and vertical merge.
fn paragraph_property(
    e: &BytesStart,
    name: &str,
    para: &mut Para,
    table: &mut TableBuild,
    table_depth: usize,
) {
    match name {
        "pStyle" => para.style = attr(e, "val"),
        "numId" => para.num_id = attr(e, "val"),
        "ilvl" => para.ilvl = attr(e, "val").and_then(|v| v.parse().ok()),
        "outlineLvl" => {
            para.outline = attr(e, "val")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|&l| l < 9)
                .map(|l| l + 1);
        }
        "gridSpan" if table_depth == 1 => {
            table.span = attr(e, "val")
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 64);
        }
        "vMerge" if table_depth == 1 => {
            table.merge = match attr(e, "val").as_deref() {
                Some("restart") => Merge::None,
                _ => Merge::Continue,
            };
        }
        _ => {}
    }
}

/// What a paragraph is read against.
struct Context<'a> {
    styles: &'a HashMap<String, StyleKind>,
    numbering: &'a mut Numbering,
}

/// A paragraph's list label, counted: its own numbering, else its style's. `w:numId` 0 takes
/// the style's numbering away. The level is the paragraph's, else the style's, else the level
/// of the list that names the style (numbered headings), else the first.
fn paragraph_label(
    p: &Para,
    style: &StyleKind,
    chain: &[String],
    numbering: &mut Numbering,
) -> (bool, Option<Label>) {
    let Some(num_id) = p.num_id.as_ref().or(style.num_id.as_ref()) else {
        return (false, None);
    };
    if num_id == "0" {
        return (false, None);
    }
    let ilvl = p
        .ilvl
        .or(style.ilvl)
        .or_else(|| numbering.level_of_style(num_id, chain))
        .unwrap_or(0);
    (true, numbering.next(num_id, ilvl))
}

fn finish_paragraph(
    p: Para,
    ctx: Context,
    table_depth: usize,
    table: &mut TableBuild,
    blocks: &mut Vec<Block>,
) {
    let (style, chain) = match &p.style {
        Some(id) => resolve_style(ctx.styles, id),
        None => (StyleKind::default(), Vec::new()),
    };
    let (numbered, label) = paragraph_label(&p, &style, &chain, ctx.numbering);
    let heading = p.outline.or(style.heading);
    let list = numbered || style.list;
    if table_depth > 0 {
        // A cell's paragraph: each of its lines, a list item when the paragraph is one, or when
        // it starts with a typed bullet ("• fagansvarlig plan") — except the cell's first line,
        // which is its text (an activity's title) even when Word numbers or bullets it, as it
        // does a cell styled "List Number" or "List Paragraph".
        for line in p.text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
            let first = table.cell.lines.is_empty();
            let typed = match first {
                true => None,
                false => super::strip_bullet(line),
            };
            table.cell.lines.push(Line {
                text: typed.unwrap_or(line).to_string(),
                list: !first && (list || typed.is_some()),
            });
        }
        return;
    }
    let text = p
        .text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        return;
    }
    blocks.push(match heading {
        Some(level) => Block::Heading { level, text, label },
        None => Block::Paragraph { text, list, label },
    });
}

/// The rows with spans laid out over the grid and vertical merges filled from above.
fn finish_table(t: TableBuild, number: usize) -> Table {
    let mut rows: Vec<Row> = Vec::new();
    for (r, cells) in t.rows.into_iter().enumerate() {
        let mut out: Vec<Cell> = Vec::new();
        for (cell, span, merge) in cells {
            let column = out.len();
            let cell = match merge {
                Merge::Continue => rows
                    .last()
                    .and_then(|above| above.cells.get(column))
                    .cloned()
                    .unwrap_or_default(),
                Merge::None => cell,
            };
            out.push(cell);
            for _ in 1..span {
                out.push(Cell::default());
            }
        }
        rows.push(Row {
            number: r + 1,
            cells: out,
        });
    }
    Table {
        source: TableSource::Word(number),
        rows,
    }
}

/// An element's local name ("p" for "w:p").
pub(super) fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

/// The value of the attribute whose local name is `name` ("w:val" → "val").
pub(super) fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.into_owned())
}
