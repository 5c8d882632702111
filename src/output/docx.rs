//! `fremdrift report --format docx`: the status report as a Word document, for the
//! municipality's archive and for a secretary who edits it further in Word or LibreOffice.
//!
//! The content is the report's own format-neutral [`Block`]s (see [`crate::output::report`]),
//! the same the Markdown and HTML reports are drawn from; here each block becomes WordprocessingML:
//! headings in Word's built-in heading styles (so they appear in the navigation pane and a table
//! of contents), tables with a header row that repeats on every page, overdue rows shaded (their
//! status cell already says "overdue" in words). The burn-up picture is left out, as Markdown
//! leaves it out. Several plans make one document, each starting on a new page.
//!
//! The few XML parts a document needs are written by hand and zipped with the `zip` crate (which
//! `rust_xlsxwriter` brings in already): a document of paragraphs and tables needs nothing that
//! a docx-writing library would add, and writing the parts here keeps every byte under our
//! control and the output reproducible (fixed timestamps; the creation date is the report's day).
//! Plan text is cleaned of control characters (as for HTML) and XML-escaped.

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::i18n::{Message, text};
use crate::msg;
use crate::output::report::{Block, Report, Row};
use crate::plan::Language;

/// The width of the text on an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 11906 - 2 * 1134;
const HEADER_FILL: &str = "E7E6E6";
const OVERDUE_FILL: &str = "FDE2E1";

/// The reports as one Word document (the bytes of a .docx file).
pub fn document(reports: &[Report]) -> Result<Vec<u8>, Message> {
    build(reports).map_err(|e| msg!("office-failed", format = "docx", reason = e.to_string()))
}

fn build(reports: &[Report]) -> zip::result::ZipResult<Vec<u8>> {
    let lang = reports.first().map(|r| r.lang).unwrap_or_default();
    let title = match reports {
        [one] => msg!("report-title", title = one.plan.title.as_str()).render(lang),
        _ => text(lang, "report-title-many"),
    };
    let day = reports
        .first()
        .map(|r| r.today.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let parts: [(&str, String); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("docProps/core.xml", core(&title, lang, &day)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", styles(lang)),
        ("word/document.xml", body(reports)),
    ];
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    for (name, xml) in parts {
        zip.start_file(name, options)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Word's tag for the language of the text (spell checking, hyphenation).
fn lang_tag(lang: Language) -> &'static str {
    match lang {
        Language::Nb => "nb-NO",
        Language::Nn => "nn-NO",
        Language::En => "en-GB",
    }
}

/// Plan text for XML element content: the HTML report's escaping (control characters and the
/// characters XML forbids made visible, then `& < > " '` as entities) is valid XML as it is.
pub fn xml_escape(s: &str) -> String {
    super::report::html_escape(s)
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>
";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>
";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>
";

fn core(title: &str, lang: Language, day: &str) -> String {
    format!(
        "{XML_HEAD}<cp:coreProperties \
xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:language>{}</dc:language><dc:creator>fremdrift</dc:creator>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{day}T00:00:00Z</dcterms:created>\
</cp:coreProperties>\n",
        xml_escape(title),
        lang_tag(lang)
    )
}

/// The styles: Word's own names for the headings, so Word and LibreOffice treat them as
/// headings; a small table text; the line under the title; "none" in italics.
fn styles(lang: Language) -> String {
    let heading = |level: u8, size: u8, extra: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\">\
<w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>\
<w:uiPriority w:val=\"9\"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/>{extra}<w:outlineLvl w:val=\"{}\"/></w:pPr>\
<w:rPr><w:b/><w:bCs/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            level - 1
        )
    };
    let mut out = format!(
        "{XML_HEAD}<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
</w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>\
<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>\
</w:tblCellMar></w:tblPr></w:style>",
        tag = lang_tag(lang)
    );
    out.push_str(&heading(
        1,
        36,
        "<w:spacing w:before=\"0\" w:after=\"60\"/>",
    ));
    out.push_str(&heading(
        2,
        28,
        "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"999999\"/></w:pBdr>\
<w:spacing w:before=\"360\" w:after=\"120\"/>",
    ));
    out.push_str(&heading(
        3,
        24,
        "<w:spacing w:before=\"240\" w:after=\"60\"/>",
    ));
    out.push_str(&heading(
        4,
        22,
        "<w:spacing w:before=\"160\" w:after=\"40\"/>",
    ));
    out.push_str(
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ReportMeta\">\
<w:name w:val=\"Report meta\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>\
<w:rPr><w:color w:val=\"555555\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ReportNone\">\
<w:name w:val=\"Report none\"/><w:basedOn w:val=\"Normal\"/>\
<w:rPr><w:i/><w:iCs/><w:color w:val=\"555555\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\">\
<w:name w:val=\"Table text\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>\
<w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\
</w:styles>\n",
    );
    out
}

/// A paragraph of `text` in `style`; `page_break` starts it on a new page.
fn paragraph(out: &mut String, style: Option<&str>, text: &str, bold: bool, page_break: bool) {
    out.push_str("<w:p>");
    if style.is_some() || page_break {
        out.push_str("<w:pPr>");
        if let Some(s) = style {
            out.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if page_break {
            out.push_str("<w:pageBreakBefore/>");
        }
        out.push_str("</w:pPr>");
    }
    if !text.is_empty() {
        out.push_str("<w:r>");
        if bold {
            out.push_str("<w:rPr><w:b/><w:bCs/></w:rPr>");
        }
        out.push_str(&format!(
            "<w:t xml:space=\"preserve\">{}</w:t></w:r>",
            xml_escape(text)
        ));
    }
    out.push_str("</w:p>");
}

/// Roughly the width of a character of table text (8.5 pt; a little wide, for the fonts that
/// stand in for Calibri where it is missing) and a cell's side margins, in twentieths of a point.
const CHAR_WIDTH: usize = 105;
const CELL_MARGINS: usize = 2 * 85 + 30;

/// Column widths that sum to the text width: every column at least as wide as its longest word
/// (so "nvk-1" and "30.11.2017" never break inside), the room left shared in proportion to how
/// much more each column holds (a long title gets more than an id).
fn column_widths(headers: &[String], rows: &[Row]) -> Vec<usize> {
    let cells = |c: usize| {
        rows.iter()
            .filter_map(move |r| r.cells.get(c))
            .chain(headers.get(c))
    };
    let twips = |chars: usize| chars * CHAR_WIDTH + CELL_MARGINS;
    let (mut least, mut most) = (Vec::new(), Vec::new());
    for c in 0..headers.len() {
        let word = cells(c)
            .flat_map(|s| s.split_whitespace())
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
            .clamp(2, 14);
        let longest = cells(c)
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0)
            .clamp(word, 60);
        least.push(twips(word));
        most.push(twips(longest));
    }
    let (sum_least, sum_most) = (least.iter().sum::<usize>(), most.iter().sum::<usize>());
    if sum_most <= TEXT_WIDTH {
        // Everything fits on one line: the spare room in proportion.
        return most
            .iter()
            .map(|w| w * TEXT_WIDTH / sum_most.max(1))
            .collect();
    }
    if sum_least >= TEXT_WIDTH {
        return least
            .iter()
            .map(|w| w * TEXT_WIDTH / sum_least.max(1))
            .collect();
    }
    let spare = TEXT_WIDTH - sum_least;
    let wanted = (sum_most - sum_least).max(1);
    least
        .iter()
        .zip(&most)
        .map(|(l, m)| l + (m - l) * spare / wanted)
        .collect()
}

fn cell(out: &mut String, width: usize, text: &str, fill: Option<&str>, bold: bool) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if let Some(fill) = fill {
        out.push_str(&format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>"
        ));
    }
    out.push_str("</w:tcPr>");
    paragraph(out, Some("TableText"), text, bold, false);
    out.push_str("</w:tc>");
}

fn table(out: &mut String, headers: &[String], rows: &[Row]) {
    let widths = column_widths(headers, rows);
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>")
    };
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&border(side));
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for w in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    // The header row repeats at the top of every page the table runs over.
    out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (h, w) in headers.iter().zip(&widths) {
        cell(out, *w, h, Some(HEADER_FILL), true);
    }
    out.push_str("</w:tr>");
    for r in rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        let fill = r.overdue.then_some(OVERDUE_FILL);
        for (i, w) in widths.iter().enumerate() {
            let text = r.cells.get(i).map(String::as_str).unwrap_or("");
            cell(out, *w, text, fill, false);
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between two tables, or it joins them; it also spaces the next one.
    paragraph(out, None, "", false, false);
}

fn blocks(out: &mut String, blocks: &[Block], new_page: bool) {
    let mut first = true;
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                let style = format!("Heading{}", (*level).clamp(1, 4));
                paragraph(out, Some(&style), text, false, first && new_page);
            }
            Block::Meta(text) => paragraph(out, Some("ReportMeta"), text, false, false),
            Block::Para(text) => paragraph(out, None, text, false, false),
            Block::Empty(text) => paragraph(out, Some("ReportNone"), text, false, false),
            Block::Table { headers, rows } => table(out, headers, rows),
            // The burn-up is an SVG drawn for the browser; Word documents leave it out, as
            // Markdown does.
            Block::Svg { .. } => {}
        }
        first = false;
    }
}

/// `word/document.xml`: every report's blocks, each report after the first on a new page, on
/// A4 with 2 cm margins.
fn body(reports: &[Report]) -> String {
    let mut out = format!(
        "{XML_HEAD}<w:document xmlns:w=\"{W_NS}\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
    );
    for (i, r) in reports.iter().enumerate() {
        blocks(&mut out, &r.blocks(), i > 0);
    }
    out.push_str(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" \
w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_text_is_escaped_for_xml() {
        assert_eq!(
            xml_escape("<w:t>A & B \"q\" 'a'</w:t>"),
            "&lt;w:t&gt;A &amp; B &quot;q&quot; &#39;a&#39;&lt;/w:t&gt;"
        );
        assert_eq!(xml_escape("bell\u{7}"), "bell\\u{7}");
        assert_eq!(xml_escape("two\nlines"), "two lines");
        // XML 1.0 has no place for these two: a document holding one would not open.
        assert_eq!(xml_escape("a\u{fffe}b\u{ffff}"), "a\\u{fffe}b\\u{ffff}");
    }

    #[test]
    fn columns_fill_the_text_width_in_proportion() {
        let headers = vec!["ID".to_string(), "Activity".to_string()];
        let rows = vec![Row {
            cells: vec!["nvk-1".into(), "A much longer activity title".into()],
            overdue: false,
        }];
        let w = column_widths(&headers, &rows);
        assert!(w[1] > 2 * w[0], "{w:?}");
        // A long title does not squeeze the id below its width.
        let rows = vec![Row {
            cells: vec!["nvk-1".into(), "word ".repeat(100)],
            overdue: false,
        }];
        let w = column_widths(&headers, &rows);
        assert!(w[0] >= 5 * CHAR_WIDTH + CELL_MARGINS, "{w:?}");
        assert!(w.iter().sum::<usize>() <= TEXT_WIDTH);
        assert!(w.iter().sum::<usize>() > TEXT_WIDTH - 10);
    }
}
