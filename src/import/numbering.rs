//! Word's automatic list numbering: the label ("2.", "4.1", "b)", "•") Word shows in front of a
//! numbered paragraph, which is not in the paragraph's text.
//!
//! `word/numbering.xml` holds abstract lists (`w:abstractNum`: per level `w:ilvl` a start value
//! `w:start`, a format `w:numFmt`, a label pattern `w:lvlText` such as "%1." or "%1.%2", and
//! `w:lvlRestart`) and list instances (`w:num`, pointing at an abstract list with
//! `w:abstractNumId`, possibly restarting a level with `w:lvlOverride`/`w:startOverride`). A
//! paragraph names its instance and level with `w:numPr` (`w:numId`, `w:ilvl`), directly or
//! through its paragraph style (see `docx.rs`).
//!
//! Counting follows Word: the instances of one abstract list share its counters (the list
//! continues); a level's counter advances at each of its paragraphs, and deeper levels start
//! over when a shallower one advances (unless `w:lvlRestart` says otherwise); the first
//! paragraph of an instance with a `w:startOverride` for its level starts that level over at the
//! override's value.

use std::collections::{HashMap, HashSet};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::ReadError;
use super::docx::{attr, local};

/// Word has nine list levels.
const LEVELS: usize = 9;

/// How a level writes its counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Decimal,
    /// "01", "02", …
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    /// The level text is the bullet sign itself; no counter.
    Bullet,
    /// No label at all.
    None,
}

impl Format {
    fn from_val(val: &str) -> Format {
        match val {
            "decimalZero" => Format::DecimalZero,
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // decimal, and the formats a Norwegian plan does not use (ordinal, Japanese
            // counting, …), written as numbers.
            _ => Format::Decimal,
        }
    }

    fn write(self, n: i64) -> String {
        match self {
            Format::Decimal | Format::Bullet => n.to_string(),
            Format::DecimalZero => format!("{n:02}"),
            Format::LowerLetter => letters(n),
            Format::UpperLetter => letters(n).to_uppercase(),
            Format::LowerRoman => roman(n),
            Format::UpperRoman => roman(n).to_uppercase(),
            Format::None => String::new(),
        }
    }
}

/// Word's letters: a…z, then aa…zz, aaa…: the letter repeated.
fn letters(n: i64) -> String {
    if n < 1 {
        return n.to_string();
    }
    let n = n - 1;
    let letter = char::from(b'a' + (n % 26) as u8);
    std::iter::repeat_n(letter, (n / 26) as usize % 50 + 1).collect()
}

fn roman(n: i64) -> String {
    if !(1..4000).contains(&n) {
        return n.to_string();
    }
    let mut n = n;
    let mut out = String::new();
    for (value, digits) in [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// One level of an abstract list.
#[derive(Debug, Clone, PartialEq)]
struct Level {
    start: i64,
    format: Format,
    text: String,
    /// `w:lvlRestart`: this level starts over when a level above this (one-based) number is
    /// used; 0 never. Absent: when any shallower level is used.
    restart: Option<usize>,
    /// `w:isLgl`: the levels this label shows are written as decimal numbers.
    legal: bool,
    /// `w:pStyle`: the paragraph style this level belongs to (numbered headings).
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 1,
            format: Format::Decimal,
            text: String::new(),
            restart: None,
            legal: false,
            style: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: HashMap<usize, Level>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    /// `w:startOverride` by level.
    start: HashMap<usize, i64>,
    /// A whole `w:lvl` inside `w:lvlOverride`, by level.
    levels: HashMap<usize, Level>,
}

/// The label of one numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// As Word shows it: "2.", "4.1", "b)", or the bullet sign.
    pub text: String,
    /// The abstract list and level it counts in: paragraphs of one list level are siblings.
    pub list: String,
    pub level: u8,
    pub bullet: bool,
}

/// The lists of a document and the counters as the body is read in order.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
    /// The last number used at each level, by abstract list; `None`: the level starts over.
    counters: HashMap<String, [Option<i64>; LEVELS]>,
    /// (instance, level) whose start override has been applied.
    overridden: HashSet<(String, usize)>,
}

/// Reads a `w:lvl` element's children into `level` until its end.
fn read_level(reader: &mut Reader<&[u8]>, level: &mut Level) -> Result<(), ReadError> {
    let mut depth = 1usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| ReadError::BadXml(format!("word/numbering.xml: {e}")))?;
        let e = match event {
            Event::Start(e) => {
                depth += 1;
                e
            }
            Event::Empty(e) => e,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return Ok(());
                }
                continue;
            }
            Event::Eof => return Ok(()),
            _ => continue,
        };
        let val = attr(&e, "val");
        match local(&e).as_str() {
            "start" => {
                if let Some(v) = val.and_then(|v| v.parse().ok()) {
                    level.start = v;
                }
            }
            "numFmt" => level.format = Format::from_val(val.as_deref().unwrap_or("")),
            "lvlText" => level.text = val.unwrap_or_default(),
            "lvlRestart" => level.restart = val.and_then(|v| v.parse().ok()),
            "isLgl" => level.legal = !matches!(val.as_deref(), Some("0" | "false")),
            "pStyle" => level.style = val,
            _ => {}
        }
    }
}

impl Numbering {
    /// The lists of `word/numbering.xml`.
    pub fn read(xml: &str) -> Result<Numbering, ReadError> {
        let mut reader = Reader::from_str(xml);
        let mut out = Numbering::default();
        // The abstract list or instance being read.
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| ReadError::BadXml(format!("word/numbering.xml: {e}")))?;
            let (e, empty) = match event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        "lvlOverride" => override_level = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let val = attr(&e, "val");
            match local(&e).as_str() {
                "abstractNum" if !empty => {
                    abstract_id = attr(&e, "abstractNumId");
                    if let Some(id) = &abstract_id {
                        out.abstracts.insert(id.clone(), Abstract::default());
                    }
                }
                "num" if !empty => {
                    num_id = attr(&e, "numId");
                    if let Some(id) = &num_id {
                        out.nums.insert(id.clone(), Num::default());
                    }
                }
                "abstractNumId" => {
                    if let (Some(id), Some(v)) = (&num_id, val)
                        && let Some(num) = out.nums.get_mut(id)
                    {
                        num.abstract_id = v;
                    }
                }
                "lvlOverride" if !empty => {
                    override_level = attr(&e, "ilvl").and_then(|v| v.parse().ok());
                }
                "startOverride" => {
                    if let (Some(id), Some(l), Some(v)) =
                        (&num_id, override_level, val.and_then(|v| v.parse().ok()))
                        && let Some(num) = out.nums.get_mut(id)
                    {
                        num.start.insert(l, v);
                    }
                }
                "lvl" => {
                    let ilvl: Option<usize> = attr(&e, "ilvl")
                        .and_then(|v| v.parse().ok())
                        .filter(|&l| l < LEVELS);
                    let mut level = Level::default();
                    if !empty {
                        read_level(&mut reader, &mut level)?;
                    }
                    let Some(ilvl) = ilvl else { continue };
                    if let Some(id) = &num_id {
                        if let Some(num) = out.nums.get_mut(id) {
                            num.levels.insert(ilvl, level);
                        }
                    } else if let Some(id) = &abstract_id
                        && let Some(a) = out.abstracts.get_mut(id)
                    {
                        a.levels.insert(ilvl, level);
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// The level of instance `num_id` whose `w:pStyle` is one of `styles` (a numbered heading
    /// style names its level there rather than in its `w:numPr`).
    pub fn level_of_style(&self, num_id: &str, styles: &[String]) -> Option<u8> {
        let num = self.nums.get(num_id)?;
        let levels = &self.abstracts.get(&num.abstract_id)?.levels;
        styles.iter().find_map(|s| {
            levels
                .iter()
                .find(|(_, l)| l.style.as_deref() == Some(s.as_str()))
                .and_then(|(i, _)| u8::try_from(*i).ok())
        })
    }

    fn level(&self, num: &Num, ilvl: usize) -> Level {
        num.levels
            .get(&ilvl)
            .or_else(|| {
                self.abstracts
                    .get(&num.abstract_id)
                    .and_then(|a| a.levels.get(&ilvl))
            })
            .cloned()
            .unwrap_or_default()
    }

    /// Counts a paragraph of instance `num_id` at level `ilvl` and returns its label; `None`
    /// when the document has no such instance (numId 0 means "no numbering").
    pub fn next(&mut self, num_id: &str, ilvl: u8) -> Option<Label> {
        let ilvl = usize::from(ilvl).min(LEVELS - 1);
        let num = self.nums.get(num_id)?.clone();
        let levels: Vec<Level> = (0..LEVELS).map(|l| self.level(&num, l)).collect();
        let this = &levels[ilvl];
        let counters = self
            .counters
            .entry(num.abstract_id.clone())
            .or_insert([None; LEVELS]);
        if let Some(&start) = num.start.get(&ilvl)
            && self.overridden.insert((num_id.to_string(), ilvl))
        {
            counters[ilvl] = Some(start.saturating_sub(1));
        }
        let value = counters[ilvl].map_or(this.start, |last| last.saturating_add(1));
        counters[ilvl] = Some(value);
        for (deeper, level) in levels.iter().enumerate().skip(ilvl + 1) {
            let restart = level.restart.unwrap_or(deeper);
            if ilvl < restart {
                counters[deeper] = None;
            }
        }
        let counters = *counters;
        let bullet = this.format == Format::Bullet;
        let text = if bullet {
            this.text.clone()
        } else {
            label_text(&this.text, this.legal, &levels, &counters)
        };
        Some(Label {
            text,
            list: num.abstract_id,
            level: ilvl as u8,
            bullet,
        })
    }
}

/// `pattern` ("%1.%2") with each `%N` replaced by level N's number in its format.
fn label_text(
    pattern: &str,
    legal: bool,
    levels: &[Level],
    counters: &[Option<i64>; LEVELS],
) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10));
        match (c, digit) {
            ('%', Some(d)) if (1..=LEVELS as u32).contains(&d) => {
                chars.next();
                let l = d as usize - 1;
                let level = &levels[l];
                let n = counters[l].unwrap_or(level.start);
                let format = match level.format {
                    _ if legal => Format::Decimal,
                    Format::Bullet => Format::Decimal,
                    f => f,
                };
                out.push_str(&format.write(n));
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]

    use super::*;

    fn lvl(ilvl: usize, fmt: &str, text: &str, extra: &str) -> String {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>"#
        )
    }

    fn numbering(body: &str) -> Numbering {
        Numbering::read(&format!(
            r#"<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{body}</w:numbering>"#
        ))
        .unwrap()
    }

    /// The labels of paragraphs (numId, ilvl) in order.
    fn labels(n: &mut Numbering, paras: &[(&str, u8)]) -> Vec<String> {
        paras
            .iter()
            .map(|(id, l)| n.next(id, *l).map(|l| l.text).unwrap_or_default())
            .collect()
    }

    const MULTI: &str =
        r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>"#;

    fn multi() -> String {
        [
            MULTI.to_string(),
            lvl(0, "decimal", "%1.", ""),
            lvl(1, "decimal", "%1.%2", ""),
            lvl(2, "lowerLetter", "%3)", ""),
            "</w:abstractNum>".into(),
            r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#.into(),
        ]
        .concat()
    }

    #[test]
    fn levels_count_and_deeper_levels_start_over_when_a_shallower_one_advances() {
        let mut n = numbering(&multi());
        let got = labels(
            &mut n,
            &[
                ("1", 0),
                ("1", 1),
                ("1", 1),
                ("1", 2),
                ("1", 2),
                ("1", 0),
                ("1", 1),
                ("1", 2),
                ("1", 0),
            ],
        );
        assert_eq!(
            got,
            ["1.", "1.1", "1.2", "a)", "b)", "2.", "2.1", "a)", "3."]
        );
        // The label says which list and level it counts in.
        let l = n.next("1", 1).unwrap();
        assert_eq!((l.list.as_str(), l.level, l.bullet), ("0", 1, false));
        assert_eq!(l.text, "3.1");
    }

    #[test]
    fn a_level_text_shows_a_level_not_yet_used_at_its_start() {
        let mut n = numbering(&multi());
        assert_eq!(labels(&mut n, &[("1", 1), ("1", 1)]), ["1.1", "1.2"]);
    }

    #[test]
    fn lvl_restart_limits_which_levels_restart_a_deeper_one() {
        let body = [
            MULTI.to_string(),
            lvl(0, "decimal", "%1.", ""),
            lvl(1, "decimal", "%1.%2", ""),
            // Restarts only after level 1 (one-based): the first level.
            lvl(2, "decimal", "(%3)", r#"<w:lvlRestart w:val="1"/>"#),
            // Never restarts.
            lvl(3, "upperRoman", "%4.", r#"<w:lvlRestart w:val="0"/>"#),
            "</w:abstractNum>".into(),
            r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#.into(),
        ]
        .concat();
        let mut n = numbering(&body);
        let got = labels(
            &mut n,
            &[
                ("1", 0),
                ("1", 2),
                ("1", 3),
                ("1", 1),
                ("1", 2),
                ("1", 3),
                ("1", 0),
                ("1", 2),
                ("1", 3),
            ],
        );
        assert_eq!(
            got,
            ["1.", "(1)", "I.", "1.1", "(2)", "II.", "2.", "(1)", "III."]
        );
    }

    #[test]
    fn a_start_override_restarts_the_list_where_its_instance_begins() {
        let body = [
            multi(),
            // The same list again, restarted at 2 (as a plan that begins with area 2 is).
            r#"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>"#.into(),
            // Restarted at 1 after an earlier list.
            r#"<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#.into(),
        ]
        .concat();
        let mut n = numbering(&body);
        let got = labels(
            &mut n,
            &[
                ("1", 0),
                ("1", 0),
                ("1", 1),
                ("2", 0),
                ("2", 1),
                ("2", 0),
                // Instances of one list share its counters: the first continues.
                ("1", 0),
                ("3", 0),
                ("3", 0),
            ],
        );
        assert_eq!(
            got,
            ["1.", "2.", "2.1", "2.", "2.1", "3.", "4.", "1.", "2."]
        );
    }

    #[test]
    fn a_level_override_replaces_the_level_for_its_instance() {
        let body = [
            multi(),
            r#"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">"#.into(),
            r#"<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Del %1:"/></w:lvl>"#.into(),
            "</w:lvlOverride></w:num>".into(),
        ]
        .concat();
        let mut n = numbering(&body);
        assert_eq!(labels(&mut n, &[("2", 0), ("2", 0)]), ["Del D:", "Del E:"]);
    }

    #[test]
    fn bullets_show_their_sign_and_formats_write_numbers_as_word_does() {
        let body = [
            r#"<w:abstractNum w:abstractNumId="5">"#.to_string(),
            lvl(0, "bullet", "\u{f0b7}", ""),
            lvl(1, "upperLetter", "%2.", ""),
            lvl(2, "lowerRoman", "%3.", ""),
            lvl(3, "decimalZero", "%4", ""),
            lvl(4, "none", "", ""),
            // A legal level writes every level's number as a decimal.
            lvl(5, "decimal", "%2.%3.%6", "<w:isLgl/>"),
            "</w:abstractNum>".into(),
            r#"<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>"#.into(),
        ]
        .concat();
        let mut n = numbering(&body);
        let b = n.next("7", 0).unwrap();
        assert!(b.bullet);
        assert_eq!(b.text, "\u{f0b7}");
        let got = labels(
            &mut n,
            &[
                ("7", 1),
                ("7", 2),
                ("7", 2),
                ("7", 2),
                ("7", 2),
                ("7", 3),
                ("7", 4),
                ("7", 5),
            ],
        );
        assert_eq!(got, ["A.", "i.", "ii.", "iii.", "iv.", "01", "", "1.4.1"]);
        // A bullet is a level too: one at a shallower level starts the deeper ones over.
        assert_eq!(labels(&mut n, &[("7", 0), ("7", 1)]), ["\u{f0b7}", "A."]);
        assert_eq!(letters(27), "aa");
        assert_eq!(letters(53), "aaa");
        assert_eq!(roman(1994), "mcmxciv");
    }

    #[test]
    fn unknown_instances_and_broken_values_give_no_label_and_no_panic() {
        let mut n = numbering(&multi());
        assert_eq!(n.next("0", 0), None);
        assert_eq!(n.next("99", 0), None);
        // A level beyond Word's nine is the ninth; a level the list does not define is "%N"-less.
        assert_eq!(n.next("1", 200).map(|l| l.level), Some(8));
        let mut n = numbering(
            r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="-9223372036854775808"/><w:lvlText w:val="%1.%9%"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-9223372036854775808"/></w:lvlOverride></w:num>"#,
        );
        assert!(n.next("1", 0).is_some());
        assert!(n.next("1", 0).is_some());
    }
}
