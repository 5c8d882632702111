//! A [`Document`] as plan text: find the activity tables, place them in areas and workstreams,
//! and write the TOML with a comment at each activity naming its source.
//!
//! - A table is an activity table when its header row (the first of a Word table's first three
//!   rows, or of a sheet's first thirty, that qualifies) names an activity column and an owner or a
//!   deadline column ([`role`]). Rows above a sheet's header row give the plan's title.
//! - In Word, the nearest heading or list paragraph above a table places it: a heading with a
//!   number ("2. Kompetanseheving") is an area, and a bullet, a numbered paragraph or a deeper
//!   unnumbered heading under an area is a workstream; a heading at the area heading's level or
//!   above opens the next area, numbered or not. The plain paragraphs after it are its
//!   description. The number may be Word's list numbering rather than text: a heading Word
//!   numbers "2." is area 2, and so is a paragraph where no heading names the areas
//!   ([`list_area`]: a deeper level of its list, or another list after a table, is a
//!   workstream; a numbered list no table comes under is no area). In a sheet, area and
//!   workstream columns do the same, and a blank cell (a merged one is blank below its first
//!   row) continues the group above it — a workstream only within its area.
//! - Values are kept as written: a misspelt owner, "31. november", "Uke 50". A cell's first
//!   line is the activity's title (even when Word numbers it); its bullet list under that
//!   becomes the activity's `members`. Columns fremdrift has no key for are kept as
//!   comments at their activity; rows without an activity are kept in a comment block at the
//!   end, and counted in the [`Summary`]. Areas the text mentions ("innsatsområde 3") without
//!   a table are listed in comments for the user to add.
//! - The plan period is the one given, else inferred from the deadlines that name a year (and
//!   said so in a comment), else left out.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use super::{Block, Cell, Document, Label, Row, Table, TableSource};
use crate::i18n::{Language, Message};
use crate::msg;
use crate::plan::deadline::{self, Context, DeadlineSpec};

/// What the import is told besides the document.
#[derive(Debug, Clone)]
pub struct Options {
    /// The plan's language (`--lang`); else English when the tables' headers are English, else
    /// bokmål.
    pub lang: Option<Language>,
    /// `--start` and `--end`.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// The imported file's name, for the comments.
    pub source_name: String,
    /// The title when the document has none: the file's name without its extension.
    pub fallback_title: String,
}

/// Where the plan period came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Given(NaiveDate, NaiveDate),
    Inferred(NaiveDate, NaiveDate),
    /// No deadline names a year and none was given.
    Unknown,
}

/// What the import made, for the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub lang: Language,
    pub tables: usize,
    pub areas: usize,
    pub workstreams: usize,
    pub activities: usize,
    pub period: Period,
    /// Where each row that could not be placed is ("tabell 1, rad 5").
    pub unplaced: Vec<Message>,
    /// Area numbers the text mentions without a table.
    pub mentioned: Vec<String>,
}

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildError {
    /// No table has a header row with an activity column and an owner or deadline column.
    NoTable,
}

impl BuildError {
    pub fn message(&self) -> Message {
        match self {
            BuildError::NoTable => msg!("import-no-table"),
        }
    }
}

/// What a column holds, from its header.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Activity,
    Owner,
    Due,
    Status,
    Note,
    Area,
    Workstream,
    /// A column fremdrift has no key for: its header as written (may be empty).
    Other(String),
}

const ACTIVITY: &[&str] = &[
    "aktivitet",
    "aktiviteter",
    "aktivitetar",
    "tiltak",
    "oppgave",
    "oppgaver",
    "oppgåve",
    "oppgåver",
    "activity",
    "activities",
    "task",
    "tasks",
];
const OWNER: &[&str] = &[
    "ansvarlig",
    "ansvarlige",
    "ansvarleg",
    "ansvar",
    "eier",
    "eigar",
    "owner",
    "responsible",
];
const DUE: &[&str] = &[
    "frist",
    "frister",
    "fristar",
    "dato",
    "tidspunkt",
    "deadline",
    "due",
    "when",
    "når",
];
const STATUS: &[&str] = &["status"];
const NOTE: &[&str] = &[
    "merknad",
    "merknader",
    "kommentar",
    "kommentarer",
    "kommentarar",
    "note",
    "notes",
    "comment",
    "comments",
];
const AREA: &[&str] = &["innsatsområde", "innsatsområder", "område", "area", "focus"];
const WORKSTREAM: &[&str] = &[
    "delprosjekt",
    "tilbud",
    "tilbod",
    "arbeidspakke",
    "workstream",
    "work",
    "gruppe",
    "group",
];
const ENGLISH: &[&str] = &[
    "activity",
    "activities",
    "task",
    "tasks",
    "owner",
    "responsible",
    "deadline",
    "due",
    "when",
];

/// A header cell's first word, lowercase, without the signs around it ("Frist:" → "frist").
fn first_word(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase()
}

fn role(text: &str) -> Role {
    let word = first_word(text);
    let is = |list: &[&str]| list.contains(&word.as_str());
    if is(ACTIVITY) {
        Role::Activity
    } else if is(OWNER) {
        Role::Owner
    } else if is(DUE) {
        Role::Due
    } else if is(STATUS) {
        Role::Status
    } else if is(NOTE) {
        Role::Note
    } else if is(AREA) {
        Role::Area
    } else if is(WORKSTREAM) {
        Role::Workstream
    } else {
        Role::Other(text.trim().to_string())
    }
}

/// The columns of a header row, when it is one: an activity column and an owner or deadline
/// column. A role named twice counts the first time; later ones are kept as other columns.
fn header(row: &Row) -> Option<Vec<Role>> {
    let mut roles: Vec<Role> = Vec::new();
    for cell in &row.cells {
        let text = cell.all_text();
        let r = role(&text);
        let r = if !matches!(r, Role::Other(_)) && roles.contains(&r) {
            Role::Other(text.trim().to_string())
        } else {
            r
        };
        roles.push(r);
    }
    let has = |r: &Role| roles.contains(r);
    (has(&Role::Activity) && (has(&Role::Owner) || has(&Role::Due))).then_some(roles)
}

/// How many of a sheet's first rows may stand above its header row (a title, blank rows).
pub(super) const HEADER_SEARCH_ROWS: usize = 30;

/// How many columns with a role the header row among the first of `rows` names (0 when none
/// is a header row): how a CSV file's delimiter is chosen.
pub(super) fn header_score(rows: &[Row]) -> usize {
    rows.iter()
        .take(HEADER_SEARCH_ROWS)
        .find_map(header)
        .map_or(0, |roles| {
            roles
                .iter()
                .filter(|r| !matches!(r, Role::Other(_)))
                .count()
        })
}

/// An activity table's header row (its index in `table.rows`) and columns.
fn find_header(table: &Table) -> Option<(usize, Vec<Role>)> {
    // A Word table may have a title row (merged across) above its header row.
    let search = match table.source {
        TableSource::Word(_) => 3,
        _ => HEADER_SEARCH_ROWS,
    };
    table
        .rows
        .iter()
        .take(search)
        .enumerate()
        .find_map(|(i, row)| header(row).map(|roles| (i, roles)))
}

#[derive(Debug, Clone)]
enum Due {
    Text(String),
    Date(NaiveDate),
}

#[derive(Debug, Clone)]
struct Activity {
    source: Message,
    title: String,
    owner: Option<String>,
    due: Option<Due>,
    status: Option<String>,
    note: Option<String>,
    members: Vec<String>,
    /// Cells of columns fremdrift has no key for: (header, value).
    extra: Vec<(String, String)>,
}

#[derive(Debug, Clone, Default)]
struct Workstream {
    title: String,
    description: Vec<String>,
    activities: Vec<Activity>,
}

#[derive(Debug, Clone, Default)]
struct Area {
    /// `None` when the document gives the area no number.
    number: Option<String>,
    title: String,
    description: Vec<String>,
    activities: Vec<Activity>,
    workstreams: Vec<Workstream>,
    /// Made by the import because the document names no area.
    implied: bool,
    /// Opened by a paragraph Word numbers (not a heading): dropped when no table comes under it.
    from_list: bool,
}

impl Area {
    fn workstream(&mut self, title: &str, description: &[String]) -> &mut Workstream {
        let i = match self.workstreams.iter().position(|w| w.title == title) {
            Some(i) => i,
            None => {
                self.workstreams.push(Workstream {
                    title: title.to_string(),
                    description: description.to_vec(),
                    activities: Vec::new(),
                });
                self.workstreams.len() - 1
            }
        };
        &mut self.workstreams[i]
    }
}

/// An area's number and title from a heading or cell: "2. Kompetanseheving", "1 Route and
/// permits", "Innsatsområde 4.1: Forutsigbar næringspolitikk".
fn parse_area(text: &str) -> Option<(String, String)> {
    let mut rest = text.trim();
    for prefix in ["innsatsområde", "focus area", "område", "area"] {
        if let Some(len) = prefix_len(rest, prefix) {
            rest = rest[len..].trim_start();
            break;
        }
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let number = rest[..end].trim_end_matches('.');
    let parts: Vec<&str> = number.split('.').collect();
    if number.is_empty() || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
        return None;
    }
    let title = rest[end..]
        .trim_start_matches([')', ':', '–', '-', ' ', '\t'])
        .trim();
    // "2017 budget" is not area 2017; a number must be followed by a separator or a space.
    let separated =
        rest[end..].starts_with([')', ':', '–', '-', ' ', '\t']) || rest[..end].ends_with('.');
    (separated || title.is_empty()).then(|| (number.to_string(), title.to_string()))
}

/// The length in bytes of the start of `text` that is `word` (lowercase) in any case
/// ("Innsatsområde", "INNSATSOMRÅDE"): compared a character at a time, so the length is the
/// one in `text` even where lower-casing changes a character's length ("İ", "Å" as the
/// ångström sign).
fn prefix_len(text: &str, word: &str) -> Option<usize> {
    let mut want = word.chars();
    let mut len = 0;
    for c in text.chars() {
        let Some(w) = want.next() else { break };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(w) || lower.next().is_some() {
            return None;
        }
        len += c.len_utf8();
    }
    want.next().is_none().then_some(len)
}

/// Areas the text mentions: "innsatsområde 3", "innsatsområde 4.2", "focus area 5", with the
/// paragraph that mentions each first.
fn mentions(text: &str, found: &mut BTreeMap<String, String>) {
    for word in ["innsatsområde", "focus area"] {
        for (i, _) in text.char_indices() {
            let Some(len) = prefix_len(&text[i..], word) else {
                continue;
            };
            let at = i + len;
            let rest = &text[at..];
            let rest_trim = rest.trim_start();
            if rest.len() == rest_trim.len() {
                continue; // "innsatsområdene", "innsatsområder"
            }
            let end = rest_trim
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest_trim.len());
            let number = rest_trim[..end].trim_end_matches('.');
            if number.is_empty() || number.split('.').any(|p| p.is_empty() || p.len() > 2) {
                continue;
            }
            let (start, end) = sentence_around(text, i, at);
            found
                .entry(number.to_string())
                .or_insert_with(|| text[start..end].trim().to_string());
        }
    }
}

/// The sentence of `text` around bytes `at..after`: from after the last full stop and space
/// before it to its first one after (a stop after a number, "innsatsområde 2. kompetanseheving",
/// ends no sentence).
fn sentence_around(text: &str, at: usize, after: usize) -> (usize, usize) {
    let ends = |i: usize| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    };
    let start = text[..at]
        .match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| ends(i))
        .last()
        .map_or(0, |i| i + 2);
    let end = text[after..]
        .match_indices(". ")
        .map(|(i, _)| after + i)
        .find(|&i| ends(i))
        .map_or(text.len(), |i| i + 1);
    (start, end)
}

/// Everything found in the document, before it is written.
#[derive(Default)]
struct Found {
    title: Option<String>,
    areas: Vec<Area>,
    unplaced: Vec<(Message, String)>,
    tables: usize,
    mentioned: BTreeMap<String, String>,
    english_headers: bool,
}

impl Found {
    fn area_index(&mut self, number: Option<String>, title: &str) -> usize {
        if let Some(n) = &number
            && let Some(i) = self.areas.iter().position(|a| a.number.as_ref() == Some(n))
        {
            return i;
        }
        if number.is_none()
            && let Some(i) = self
                .areas
                .iter()
                .position(|a| a.number.is_none() && a.title == title)
        {
            return i;
        }
        self.areas.push(Area {
            number,
            title: title.to_string(),
            ..Area::default()
        });
        self.areas.len() - 1
    }

    /// The area for tables before any area heading: the one the import makes.
    fn implied_area(&mut self, title: &str) -> usize {
        if let Some(i) = self.areas.iter().position(|a| a.implied) {
            return i;
        }
        self.areas.push(Area {
            number: None,
            title: title.to_string(),
            implied: true,
            ..Area::default()
        });
        self.areas.len() - 1
    }
}

/// Where a table's rows go when no area column says otherwise.
enum Place {
    /// An area, and a workstream in it.
    In(usize, Option<String>),
    /// The area the import makes when the document names none (made when a row needs it),
    /// with this title, and a workstream in it.
    Implied(String, Option<String>),
}

/// The nearest heading or list paragraph above a table.
enum Marker {
    Area(usize),
    /// A workstream, in an area unless the document has named none yet.
    Workstream(Option<usize>, String),
}

/// What opened the area the text is in.
#[derive(Debug, Clone, PartialEq)]
enum AreaFrom {
    /// A heading of this level: a heading at the same level or above opens the next area.
    Heading(u8),
    /// A paragraph numbered by Word: its abstract list and level, and whether a table has
    /// come under an area of that list yet.
    List {
        list: String,
        level: u8,
        tables: bool,
    },
}

/// The area a paragraph's Word list label and text name, read as if the label were written in
/// front of the text ("2." and "Kompetanseheving": area 2, "Kompetanseheving"). A bullet, a
/// letter or a roman numeral names none.
fn labelled_area(label: Option<&Label>, text: &str) -> Option<(String, String)> {
    match label {
        Some(l) if !l.bullet && !l.text.trim().is_empty() => {
            parse_area(&format!("{} {text}", l.text.trim()))
        }
        _ => parse_area(text),
    }
}

/// Whether a paragraph numbered by Word opens an area: when its label names one, and the
/// areas so far are not headings (then numbered paragraphs under them are workstreams) and,
/// if a numbered paragraph opened the area before, it is of the same list at the same level or
/// above (a sibling "3." after "2."; a deeper "2.1." is a workstream), or of another list while
/// no table has come under the areas of the one before (that was a list in the introduction;
/// after a table, another list is a workstream).
fn list_area(
    label: Option<&Label>,
    text: &str,
    area_from: Option<&AreaFrom>,
) -> Option<(String, String)> {
    let l = label.filter(|l| !l.bullet)?;
    let sibling = match area_from {
        None => true,
        Some(AreaFrom::Heading(_)) => false,
        Some(AreaFrom::List {
            list,
            level,
            tables,
        }) => match *list == l.list {
            true => l.level <= *level,
            false => !tables,
        },
    };
    sibling.then(|| labelled_area(label, text)).flatten()
}

/// Reads the document's activities; `Err` when it has no activity table.
fn find(doc: &Document, options: &Options) -> Result<Found, BuildError> {
    let mut found = Found::default();
    let mut marker: Option<Marker> = None;
    let mut area_from: Option<AreaFrom> = None;
    let mut description: Vec<String> = Vec::new();
    let mut seen_table = false;
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, label } => {
                mentions(text, &mut found.mentioned);
                let area = labelled_area(label.as_ref(), text);
                if found.title.is_none() && !seen_table && area.is_none() && found.areas.is_empty()
                {
                    found.title = Some(text.clone());
                    continue;
                }
                description.clear();
                // A heading at the level of the one that opened the area, or above it, opens
                // the next area (numbered or not); a deeper one is a workstream of the area.
                let sibling = matches!(area_from, Some(AreaFrom::Heading(l)) if *level <= l);
                marker = Some(match (area, &marker) {
                    (Some((number, title)), _) => {
                        area_from = Some(AreaFrom::Heading(*level));
                        Marker::Area(found.area_index(Some(number), &title))
                    }
                    (None, Some(Marker::Area(a) | Marker::Workstream(Some(a), _))) if !sibling => {
                        Marker::Workstream(Some(*a), text.clone())
                    }
                    (None, _) => {
                        area_from = Some(AreaFrom::Heading(*level));
                        Marker::Area(found.area_index(None, text))
                    }
                });
            }
            Block::Paragraph { text, list, label } => {
                mentions(text, &mut found.mentioned);
                if let Some((number, title)) = list_area(label.as_ref(), text, area_from.as_ref()) {
                    // Word's own numbering names the area ("2." in front of "Kompetanseheving").
                    let tables = match (&area_from, label) {
                        (Some(AreaFrom::List { list, tables, .. }), Some(l)) => {
                            *tables && *list == l.list
                        }
                        _ => false,
                    };
                    area_from = label.as_ref().map(|l| AreaFrom::List {
                        list: l.list.clone(),
                        level: l.level,
                        tables,
                    });
                    // Areas a numbered list opened without a table under them were no areas
                    // (an enumeration in the introduction): not one to reuse by its number.
                    found.areas.retain(|a| {
                        !a.from_list || !a.activities.is_empty() || !a.workstreams.is_empty()
                    });
                    let a = found.area_index(Some(number), &title);
                    if found.areas[a].activities.is_empty() && found.areas[a].workstreams.is_empty()
                    {
                        found.areas[a].from_list = true;
                    }
                    marker = Some(Marker::Area(a));
                    description.clear();
                } else if *list {
                    // Before any area heading, a bullet still names its table's workstream
                    // (in the area the import makes).
                    let area = match marker {
                        Some(Marker::Area(a) | Marker::Workstream(Some(a), _)) => Some(a),
                        _ => None,
                    };
                    marker = Some(Marker::Workstream(area, text.clone()));
                    description.clear();
                } else {
                    match &marker {
                        Some(Marker::Area(a)) => found.areas[*a].description.push(text.clone()),
                        _ => description.push(text.clone()),
                    }
                }
            }
            Block::Table(table) => {
                let Some((header_row, roles)) = find_header(table) else {
                    continue;
                };
                // A workbook: the first sheet with an activity table.
                if seen_table && !matches!(table.source, TableSource::Word(_)) {
                    continue;
                }
                seen_table = true;
                found.tables += 1;
                if found.tables == 1 {
                    found.english_headers = table.rows[header_row]
                        .cells
                        .iter()
                        .any(|c| ENGLISH.contains(&first_word(&c.all_text()).as_str()));
                }
                if found.title.is_none() {
                    found.title = table.rows[..header_row]
                        .iter()
                        .flat_map(|r| r.cells.iter())
                        .map(Cell::all_text)
                        .find(|t| !t.trim().is_empty());
                }
                let implied = || match &table.source {
                    TableSource::Sheet(name) => name.clone(),
                    _ => found
                        .title
                        .clone()
                        .unwrap_or_else(|| options.fallback_title.clone()),
                };
                let place = match &marker {
                    Some(Marker::Area(a)) => Place::In(*a, None),
                    Some(Marker::Workstream(Some(a), w)) => Place::In(*a, Some(w.clone())),
                    Some(Marker::Workstream(None, w)) => Place::Implied(implied(), Some(w.clone())),
                    None => Place::Implied(implied(), None),
                };
                if let (Place::In(..), Some(AreaFrom::List { tables, .. })) =
                    (&place, &mut area_from)
                {
                    *tables = true;
                }
                read_rows(&mut found, table, header_row, &roles, place, &description);
            }
        }
    }
    if found.tables == 0 {
        return Err(BuildError::NoTable);
    }
    // A numbered list in the text that named no table's area (an enumeration in the
    // introduction) is no area.
    found
        .areas
        .retain(|a| !a.from_list || !a.activities.is_empty() || !a.workstreams.is_empty());
    Ok(found)
}

/// An owner cell as one owner string. Several lines (a Word cell's paragraphs or line breaks,
/// a sheet cell's lines, a bullet list) are several owners, as the reader of the cell sees
/// them: kept as written, one after the other with ", " between ("Prosjektleder, Fagansvarlig
/// plan"), not run together with a space. Where the writing already joins two lines (a line
/// ending in "," ";" "/" "&" "+" or "og"/"and"/"eller"/"or", or the next one starting with such
/// a word or sign) a space does.
fn owners(cell: &Cell) -> Option<String> {
    const JOINING: &[&str] = &["og", "and", "eller", "or", "samt", "&", "+", "/"];
    let mut out = String::new();
    for line in cell
        .lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
    {
        if !out.is_empty() {
            let ends_joined = out.ends_with([',', ';', '/', '&', '+'])
                || out
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| JOINING.contains(&w.to_lowercase().as_str()));
            let starts_joined = line.starts_with([',', ';', '/', '&', '+'])
                || line
                    .split(char::is_whitespace)
                    .next()
                    .is_some_and(|w| JOINING.contains(&w.to_lowercase().as_str()));
            out.push_str(if ends_joined || starts_joined {
                " "
            } else {
                ", "
            });
        }
        out.push_str(line);
    }
    (!out.is_empty()).then_some(out)
}

/// The source of a row, as the comment above its activity says it.
fn source(table: &Table, row: &Row) -> Message {
    match &table.source {
        TableSource::Word(n) => msg!("import-source-table", table = *n, row = row.number),
        TableSource::Sheet(name) => {
            msg!(
                "import-source-sheet",
                sheet = name.as_str(),
                row = row.number
            )
        }
        TableSource::Csv => msg!("import-source-row", row = row.number),
    }
}

fn read_rows(
    found: &mut Found,
    table: &Table,
    header_row: usize,
    roles: &[Role],
    place: Place,
    description: &[String],
) {
    let header_texts: Vec<String> = table.rows[header_row]
        .cells
        .iter()
        .map(Cell::all_text)
        .collect();
    let empty = Cell::default();
    // The group cells carried down over blank (merged) cells.
    let mut area_cell: Option<String> = None;
    let mut ws_cell: Option<String> = None;
    for row in &table.rows[header_row + 1..] {
        let cell = |i: usize| row.cells.get(i).unwrap_or(&empty);
        if row.cells.iter().all(Cell::is_empty) {
            continue;
        }
        let texts: Vec<String> = row.cells.iter().map(Cell::all_text).collect();
        if texts == header_texts {
            continue; // a header repeated on a new page
        }
        let mut activity = Activity {
            source: source(table, row),
            title: String::new(),
            owner: None,
            due: None,
            status: None,
            note: None,
            members: Vec::new(),
            extra: Vec::new(),
        };
        let mut row_area: Option<String> = None;
        let mut row_ws: Option<String> = None;
        for (i, r) in roles.iter().enumerate() {
            let c = cell(i);
            let text = c.all_text();
            let value = Some(text.clone()).filter(|t| !t.trim().is_empty());
            match r {
                Role::Activity => {
                    activity.title = c.main_text();
                    activity.members = c.items();
                }
                Role::Owner => activity.owner = owners(c),
                Role::Due => {
                    activity.due = match c.date {
                        Some(d) => Some(Due::Date(d)),
                        None => value.map(Due::Text),
                    }
                }
                Role::Status => activity.status = value,
                Role::Note => activity.note = value,
                Role::Area => row_area = value,
                Role::Workstream => row_ws = value,
                Role::Other(h) => {
                    if let Some(v) = value {
                        activity.extra.push((h.clone(), v));
                    }
                }
            }
        }
        // A new area starts its workstreams afresh: a blank workstream cell under it continues
        // none of the area before.
        if row_area.is_some() && row_area != area_cell {
            area_cell = row_area;
            ws_cell = None;
        }
        if row_ws.is_some() {
            ws_cell = row_ws;
        }
        // Cells beyond the header's columns.
        for c in row.cells.iter().skip(roles.len()) {
            let text = c.all_text();
            if !text.trim().is_empty() {
                activity.extra.push((String::new(), text));
            }
        }
        if activity.title.trim().is_empty() {
            let values: Vec<String> = texts.into_iter().filter(|t| !t.trim().is_empty()).collect();
            found.unplaced.push((activity.source, values.join(" | ")));
            continue;
        }
        let area = match &area_cell {
            Some(text) => match parse_area(text) {
                Some((number, title)) => {
                    let title = if title.is_empty() {
                        text.clone()
                    } else {
                        title
                    };
                    found.area_index(Some(number), &title)
                }
                None => found.area_index(None, text),
            },
            None => match &place {
                Place::In(a, _) => *a,
                Place::Implied(title, _) => found.implied_area(title),
            },
        };
        let in_place = match &place {
            Place::In(_, w) | Place::Implied(_, w) => w.clone(),
        };
        let workstream = ws_cell.clone().or(in_place);
        let area = &mut found.areas[area];
        match workstream {
            Some(title) => area
                .workstream(&title, description)
                .activities
                .push(activity),
            None => area.activities.push(activity),
        }
    }
}

/// Builds the plan text and its summary.
pub fn build(doc: &Document, options: &Options) -> Result<(String, Summary), BuildError> {
    let mut found = find(doc, options)?;
    let lang = options.lang.unwrap_or(if found.english_headers {
        Language::En
    } else {
        Language::Nb
    });
    let t = |m: Message| m.render(lang);
    let title = found
        .title
        .clone()
        .unwrap_or_else(|| options.fallback_title.clone());

    // Numbers for the areas the document does not number: the next free whole one after the
    // areas before it ("Informasjon" after area 2 is 3).
    let mut numbered_by_import = Vec::new();
    for i in 0..found.areas.len() {
        if found.areas[i].number.is_none() {
            let mut next = found.areas[..i]
                .iter()
                .filter_map(|a| a.number.as_deref()?.split('.').next()?.parse::<u32>().ok())
                .max()
                .map_or(1, |n| n.saturating_add(1));
            while found
                .areas
                .iter()
                .any(|a| a.number.as_deref() == Some(next.to_string().as_str()))
            {
                next += 1;
            }
            found.areas[i].number = Some(next.to_string());
            numbered_by_import.push(i);
        }
    }

    let all: Vec<&Activity> = found
        .areas
        .iter()
        .flat_map(|a| {
            a.activities
                .iter()
                .chain(a.workstreams.iter().flat_map(|w| w.activities.iter()))
        })
        .collect();
    let period = match options.period {
        Some((s, e)) => Period::Given(s, e),
        None => match infer_period(&all) {
            Some((s, e)) => Period::Inferred(s, e),
            None => Period::Unknown,
        },
    };
    let meeting_deadlines: Vec<String> = all
        .iter()
        .filter_map(|a| match &a.due {
            Some(Due::Text(t))
                if matches!(deadline::parse(t), Ok(DeadlineSpec::Meeting { .. })) =>
            {
                Some(t.clone())
            }
            _ => None,
        })
        .collect();

    let mut out = String::new();
    out.push_str(&comment(&title));
    out.push_str("#\n");
    out.push_str(&comment(&t(msg!(
        "import-toml-intro",
        file = options.source_name.as_str()
    ))));
    out.push('\n');
    out.push_str("[plan]\n");
    let mut plan_keys = vec![("title", quote(&title)), ("language", quote(lang.code()))];
    match period {
        Period::Given(s, e) | Period::Inferred(s, e) => {
            plan_keys.push(("start", s.format("%Y-%m-%d").to_string()));
            plan_keys.push(("end", e.format("%Y-%m-%d").to_string()));
        }
        Period::Unknown => {}
    }
    let width = plan_keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in &plan_keys {
        if *k == "start" {
            match period {
                Period::Inferred(..) => {
                    out.push_str(&comment(&t(msg!("import-toml-period-inferred"))))
                }
                Period::Given(..) => out.push_str(&comment(&t(msg!("import-toml-period-given")))),
                Period::Unknown => {}
            }
        }
        out.push_str(&format!("{k:<width$} = {v}\n"));
    }
    if period == Period::Unknown {
        out.push_str(&comment(&t(msg!("import-toml-period-unknown"))));
    }
    if !meeting_deadlines.is_empty() {
        out.push('\n');
        out.push_str(&comment(&t(msg!(
            "import-toml-meetings",
            deadlines = meeting_deadlines
                .iter()
                .map(|d| format!("«{d}»"))
                .collect::<Vec<_>>()
                .join(", ")
        ))));
    }

    let mut prefixes: Vec<String> = Vec::new();
    let mut workstreams = 0;
    for (i, area) in found.areas.iter().enumerate() {
        out.push_str("\n\n");
        if area.implied {
            out.push_str(&comment(&t(msg!("import-toml-area-implied"))));
        } else if numbered_by_import.contains(&i) {
            out.push_str(&comment(&t(msg!("import-toml-area-numbered"))));
        }
        out.push_str("[[area]]\n");
        let mut keys = vec![
            ("number", quote(area.number.as_deref().unwrap_or(""))),
            ("title", quote(&area.title)),
        ];
        if !area.description.is_empty() {
            keys.push(("description", quote(&area.description.join("\n\n"))));
        }
        write_keys(&mut out, &keys);
        if !area.activities.is_empty() {
            let prefix = unique_prefix(&area.title, &mut prefixes);
            for (n, a) in area.activities.iter().enumerate() {
                write_activity(
                    &mut out,
                    a,
                    &format!("{prefix}-{}", n + 1),
                    "area.activity",
                    lang,
                );
            }
        }
        for ws in &area.workstreams {
            workstreams += 1;
            out.push_str("\n[[area.workstream]]\n");
            let mut keys = vec![("title", quote(&ws.title))];
            if !ws.description.is_empty() {
                keys.push(("description", quote(&ws.description.join("\n\n"))));
            }
            write_keys(&mut out, &keys);
            let prefix = unique_prefix(&ws.title, &mut prefixes);
            for (n, a) in ws.activities.iter().enumerate() {
                write_activity(
                    &mut out,
                    a,
                    &format!("{prefix}-{}", n + 1),
                    "area.workstream.activity",
                    lang,
                );
            }
        }
    }

    // Areas mentioned without a table.
    let present: Vec<&str> = found
        .areas
        .iter()
        .filter_map(|a| a.number.as_deref())
        .collect();
    let missing: Vec<(&String, &String)> = found
        .mentioned
        .iter()
        .filter(|(n, _)| {
            !present
                .iter()
                .any(|p| *p == n.as_str() || p.starts_with(&format!("{n}.")))
        })
        .collect();
    if !missing.is_empty() {
        out.push_str("\n\n");
        out.push_str(&comment(&t(msg!("import-toml-mentioned"))));
        for (number, text) in &missing {
            out.push_str(&comment(&format!("- {number}: «{}»", excerpt(text))));
        }
    }
    if !found.unplaced.is_empty() {
        out.push_str("\n\n");
        out.push_str(&comment(&t(msg!("import-toml-unplaced"))));
        for (source, values) in &found.unplaced {
            out.push_str(&comment(&format!("- {}: {values}", t(source.clone()))));
        }
    }

    let summary = Summary {
        lang,
        tables: found.tables,
        areas: found.areas.len(),
        workstreams,
        activities: all.len(),
        period,
        unplaced: found.unplaced.iter().map(|(m, _)| m.clone()).collect(),
        mentioned: missing.iter().map(|(n, _)| (*n).clone()).collect(),
    };
    Ok((out, summary))
}

fn write_activity(out: &mut String, a: &Activity, id: &str, table: &str, lang: Language) {
    out.push('\n');
    out.push_str(&comment(&a.source.render(lang)));
    for (header, value) in &a.extra {
        let line = if header.is_empty() {
            value.clone()
        } else {
            format!("{header}: {value}")
        };
        out.push_str(&comment(&line));
    }
    out.push_str(&format!("[[{table}]]\n"));
    let mut keys = vec![("id", quote(id)), ("title", quote(&a.title))];
    if let Some(owner) = &a.owner {
        keys.push(("owner", quote(owner)));
    }
    match &a.due {
        Some(Due::Text(t)) => keys.push(("due", quote(t))),
        Some(Due::Date(d)) => keys.push(("due", d.format("%Y-%m-%d").to_string())),
        None => {}
    }
    if let Some(s) = &a.status {
        keys.push(("status", quote(s)));
    }
    if let Some(n) = &a.note {
        keys.push(("note", quote(n)));
    }
    if !a.members.is_empty() {
        let list: Vec<String> = a.members.iter().map(|m| quote(m)).collect();
        keys.push(("members", format!("[{}]", list.join(", "))));
    }
    write_keys(out, &keys);
}

fn write_keys(out: &mut String, keys: &[(&str, String)]) {
    let width = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in keys {
        out.push_str(&format!("{k:<width$} = {v}\n"));
    }
}

/// A TOML string for `s` (basic, or multi-line for text with line breaks).
fn quote(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

/// `text` as comment lines of at most about 96 columns. Control characters, which a TOML
/// comment may not hold, are written as escapes ("\u{1}"); line breaks start a new line.
fn comment(text: &str) -> String {
    let mut out = String::new();
    let text: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c.to_string(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect();
    for para in text.lines() {
        let mut line = String::from("#");
        for word in para.split_whitespace() {
            if line.chars().count() + 1 + word.chars().count() > 96 && line != "#" {
                out.push_str(&line);
                out.push('\n');
                line = String::from("#");
                line.push(' ');
                line.push_str(word);
                continue;
            }
            line.push(' ');
            line.push_str(word);
        }
        out.push_str(&line);
        out.push('\n');
    }
    if out.is_empty() {
        out.push_str("#\n");
    }
    out
}

/// The first 200 characters of a sentence, for a comment.
fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(200).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

/// Words an id's letters skip.
const SMALL_WORDS: &[&str] = &[
    "og", "i", "til", "for", "et", "en", "ei", "av", "med", "på", "the", "and", "of", "a", "an",
    "to", "in", "on",
];

/// A workstream's (or area's) id prefix: the initials of its first words ("Næringsvennlig
/// kommune – …" → "nk"), or a lone word's first three letters; numbered on when taken.
fn unique_prefix(title: &str, taken: &mut Vec<String>) -> String {
    let head = title
        .split([':', ';', '(', ','])
        .next()
        .unwrap_or(title)
        .split(" – ")
        .next()
        .unwrap_or(title)
        .split(" - ")
        .next()
        .unwrap_or(title);
    let words: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !SMALL_WORDS.contains(&w.as_str()))
        .collect();
    let fold = |c: char| match c {
        'æ' | 'å' | 'ä' | 'á' | 'à' => 'a',
        'ø' | 'ö' | 'ó' => 'o',
        'é' | 'è' => 'e',
        'ü' => 'u',
        c => c,
    };
    let mut base: String = if words.len() >= 2 {
        words
            .iter()
            .take(3)
            .filter_map(|w| w.chars().next())
            .map(fold)
            .collect()
    } else {
        words
            .first()
            .map(|w| w.chars().take(3).map(fold).collect())
            .unwrap_or_default()
    };
    base.retain(|c| c.is_ascii_alphanumeric());
    if base.is_empty() || !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        base.insert(0, 'a');
    }
    let mut prefix = base.clone();
    let mut n = 2;
    while taken.contains(&prefix) {
        prefix = format!("{base}{n}");
        n += 1;
    }
    taken.push(prefix.clone());
    prefix
}

/// The plan period the deadlines imply: it ends with the month of the latest deadline that
/// names its year, and starts with the month of the earliest deadline in the twelve months up
/// to then (a deadline without a year placed in those months). A deadline further back (such
/// as "14. april 2017" in a plan of 2017–2018) is left outside, so `check` says so. `None`
/// when no deadline names a year.
fn infer_period(activities: &[&Activity]) -> Option<(NaiveDate, NaiveDate)> {
    let specs: Vec<DeadlineSpec> = activities
        .iter()
        .filter_map(|a| match &a.due {
            Some(Due::Date(d)) => Some(deadline::from_date(*d)),
            Some(Due::Text(t)) => deadline::parse(t).ok(),
            None => None,
        })
        .filter(|s| !matches!(s, DeadlineSpec::Meeting { .. }))
        .collect();
    let none = Context::default();
    let latest = specs
        .iter()
        .filter(|s| s.year().is_some())
        .filter_map(|s| deadline::resolve(s, &none).ok())
        .map(|r| r.day)
        .max()?;
    let end = last_of_month(latest)?;
    let window_start = first_of_month(end).checked_sub_months(Months::new(11))?;
    let window = Context {
        period: Some((window_start, end)),
        ..Context::default()
    };
    let earliest = specs
        .iter()
        .filter_map(|s| deadline::resolve(s, &window).ok())
        .map(|r| r.day)
        .filter(|d| *d >= window_start && *d <= end)
        .min()?;
    Some((first_of_month(earliest), end))
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn last_of_month(d: NaiveDate) -> Option<NaiveDate> {
    first_of_month(d)
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_are_read_from_numbered_headings() {
        let area = |t: &str| parse_area(t).map(|(n, t)| format!("{n}|{t}"));
        assert_eq!(
            area("2. Kompetanseheving").as_deref(),
            Some("2|Kompetanseheving")
        );
        assert_eq!(
            area("1 Route and permits").as_deref(),
            Some("1|Route and permits")
        );
        assert_eq!(
            area("Innsatsområde 4.1: Forutsigbar næringspolitikk").as_deref(),
            Some("4.1|Forutsigbar næringspolitikk")
        );
        assert_eq!(area("3) Informasjon").as_deref(), Some("3|Informasjon"));
        assert_eq!(area("5").as_deref(), Some("5|"));
        assert_eq!(area("2017 budget"), None);
        assert_eq!(area("2017. Budget"), None);
        assert_eq!(area("Kompetanseheving"), None);
        assert_eq!(area("2a Noe"), None);
    }

    #[test]
    fn an_owner_cell_of_several_lines_is_several_owners_as_written() {
        let owner = |lines: &[&str]| {
            let cell = Cell {
                lines: lines
                    .iter()
                    .map(|t| super::super::Line {
                        text: t.to_string(),
                        list: false,
                    })
                    .collect(),
                date: None,
            };
            owners(&cell)
        };
        assert_eq!(owner(&["Prosjektleder"]).as_deref(), Some("Prosjektleder"));
        assert_eq!(
            owner(&["Prosjektleder", "Fagansvarlig plan"]).as_deref(),
            Some("Prosjektleder, Fagansvarlig plan")
        );
        assert_eq!(
            owner(&["Prosjektleder", " ", "styringsruppa", "Ola"]).as_deref(),
            Some("Prosjektleder, styringsruppa, Ola")
        );
        // Where the text joins the lines itself, nothing is added but a space.
        assert_eq!(
            owner(&["Prosjektleder og", "fagansvarlig plan"]).as_deref(),
            Some("Prosjektleder og fagansvarlig plan")
        );
        assert_eq!(
            owner(&["Prosjektleder,", "Kari"]).as_deref(),
            Some("Prosjektleder, Kari")
        );
        assert_eq!(
            owner(&["Planning officer", "and Mayor's office"]).as_deref(),
            Some("Planning officer and Mayor's office")
        );
        assert_eq!(owner(&[]), None);
        assert_eq!(owner(&["  "]), None);
    }

    #[test]
    fn id_prefixes_come_from_the_title_s_first_words_and_stay_unique() {
        let mut taken = Vec::new();
        let mut p = |t: &str| unique_prefix(t, &mut taken);
        assert_eq!(p("Næringsvennlig kommune – et kompetansetilbud"), "nk");
        assert_eq!(p("«Effektiv søknadsprosess» - kompetansetilbud"), "es");
        assert_eq!(p("Construction"), "con");
        assert_eq!(p("Route and permits"), "rp");
        assert_eq!(p("Næringsvennlig kommune"), "nk2");
        assert_eq!(p("Åpen dag"), "ad");
        assert_eq!(p("2025"), "a202");
        assert_eq!(p("–"), "a");
    }

    /// Letters whose lower case is longer or shorter than they are ("İ", "ẞ", the ångström
    /// sign) never make the offsets wrong. Before, this paragraph panicked: "byte index 27 is
    /// not a char boundary".
    #[test]
    fn mentions_and_area_numbers_survive_letters_that_change_length_in_lower_case() {
        let mut found = BTreeMap::new();
        mentions("İİ innsatsområde 3 er. øẞẞ", &mut found);
        assert_eq!(
            found.get("3").map(String::as_str),
            Some("İİ innsatsområde 3 er.")
        );
        let mut found = BTreeMap::new();
        mentions(
            "Først İ. INNSATSOMR\u{212b}DE 4.2 venter. Så mer.",
            &mut found,
        );
        assert_eq!(
            found.get("4.2").map(String::as_str),
            Some("INNSATSOMR\u{212b}DE 4.2 venter.")
        );
        assert_eq!(
            parse_area("Innsatsomr\u{212b}de 4: Informasjon"),
            Some(("4".to_string(), "Informasjon".to_string()))
        );
        assert_eq!(parse_area("İnnsatsområde"), None);
    }

    #[test]
    fn mentions_keep_the_sentence_that_names_the_area() {
        let mut found = BTreeMap::new();
        mentions(
            "Vi starter med innsatsområde 2. Kompetanseheving. Innsatsområdene venter. Focus area 5 waits.",
            &mut found,
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2", "Vi starter med innsatsområde 2. Kompetanseheving."),
                ("5", "Focus area 5 waits.")
            ]
        );
    }
}
