use std::io::Write;

use super::*;
use crate::i18n::Language;

/// A .docx with `body` as the body of word/document.xml (and `styles` when given).
fn docx(body: &str, styles: Option<&str>) -> Vec<u8> {
    docx_numbered(body, styles, None)
}

/// A .docx with `body`, `styles` and `numbering` (the inside of word/numbering.xml).
fn docx_numbered(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let mut parts = vec![(
        "word/document.xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
        ),
    )];
    if let Some(styles) = styles {
        parts.push((
            "word/styles.xml",
            format!(r#"<?xml version="1.0"?><w:styles xmlns:w="{W}">{styles}</w:styles>"#),
        ));
    }
    if let Some(numbering) = numbering {
        parts.push((
            "word/numbering.xml",
            format!(r#"<?xml version="1.0"?><w:numbering xmlns:w="{W}">{numbering}</w:numbering>"#),
        ));
    }
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    zip_of(&parts)
}

/// A zip archive of `parts`, each (name, content).
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        for (name, bytes) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

/// `bytes` read as `format` and imported with the default options.
fn import(format: Format, bytes: &[u8]) -> (String, Summary) {
    let doc = read(format, bytes, None).unwrap();
    build(&doc, &options()).unwrap()
}

/// A CSV file's text, imported.
fn import_csv(csv: &str) -> (String, Summary) {
    import(Format::Csv, csv.as_bytes())
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn styled(style: &str, text: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
}

fn bullet(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn tc(content: &str) -> String {
    format!("<w:tc>{content}</w:tc>")
}

fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

/// A table row whose cells are one plain paragraph each.
fn row(texts: &[&str]) -> String {
    tr(&texts.iter().map(|t| tc(&p(t))).collect::<Vec<_>>())
}

/// The header row of an activity table.
fn header() -> String {
    row(&["Aktivitet", "Ansvarlig", "Frist"])
}

fn table(rows: &[String]) -> String {
    format!("<w:tbl>{}</w:tbl>", rows.concat())
}

/// Norwegian Word names its heading styles "Overskrift1"; their names say "heading 1".
const STYLES: &str = r#"<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Punktliste"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>"#;

fn options() -> Options {
    Options {
        lang: None,
        period: None,
        source_name: "plan.docx".into(),
        fallback_title: "plan".into(),
    }
}

fn real_plan_shape() -> Vec<u8> {
    let body = [
        styled("Overskrift1", "Fremdriftsplan"),
        p("Når det gjelder innsatsområde 3. Informasjon, venter vi. Innsatsområde 5 venter også."),
        styled("Overskrift2", "2. Kompetanseheving"),
        p("Et gjennomgående innsatsområde."),
        styled("Punktliste", "Næringsvennlig kommune – et kompetansetilbud"),
        p("Korte kurs."),
        table(&[
            header(),
            tr(&[
                tc(&p("Gjennomgå &amp; justere")),
                tc(&p("Prosjektelder")),
                tc(&p("30. november")),
            ]),
            tr(&[
                tc(&format!(
                    "{}{}{}",
                    p("Etablere ressursgruppe"),
                    bullet("fagansvarlig plan"),
                    bullet("prosjektleder")
                )),
                tc(&p("Prosjektleder")),
                tc(&p("Uke 17 2018")),
            ]),
            tr(&[
                tc(&p("Evaluering")),
                tc(r#"<w:tcPr><w:vMerge/></w:tcPr><w:p/>"#),
                tc(&p("31. november")),
            ]),
            tr(&[tc("<w:p/>"), tc(&p("Ola")), tc(&p("Uke 50"))]),
            tr(&[
                tc(&format!("{}{}", p("Samling"), p("• utbyggere"))),
                tc(&p("Ola")),
                tc(&p("Uke 51")),
            ]),
        ]),
    ]
    .concat();
    docx(&body, Some(STYLES))
}

#[test]
fn a_word_table_under_a_bullet_under_a_numbered_heading_is_a_workstream_of_that_area() {
    let (text, summary) = import(Format::Docx, &real_plan_shape());
    assert!(text.contains("[[area]]\nnumber      = \"2\"\ntitle       = \"Kompetanseheving\"\ndescription = \"Et gjennomgående innsatsområde.\""), "{text}");
    assert!(
        text.contains("[[area.workstream]]\ntitle       = \"Næringsvennlig kommune – et kompetansetilbud\"\ndescription = \"Korte kurs.\""),
        "{text}"
    );
    // As written, entities resolved; the bullets in the cell are members.
    assert!(text.contains("# tabell 1, rad 2\n[[area.workstream.activity]]\nid    = \"nk-1\"\ntitle = \"Gjennomgå & justere\"\nowner = \"Prosjektelder\"\ndue   = \"30. november\"\n"), "{text}");
    assert!(
        text.contains("members = [\"fagansvarlig plan\", \"prosjektleder\"]"),
        "{text}"
    );
    // A vertically merged owner cell repeats the one above.
    assert!(
        text.contains(
            "title = \"Evaluering\"\nowner = \"Prosjektleder\"\ndue   = \"31. november\""
        ),
        "{text}"
    );
    // Typed bullets in a cell's later paragraphs are a list too.
    assert!(text.contains("title   = \"Samling\"\nowner   = \"Ola\"\ndue     = \"Uke 51\"\nmembers = [\"utbyggere\"]"), "{text}");
    assert_eq!(summary.activities, 4);
    assert_eq!(summary.workstreams, 1);
    assert_eq!(summary.mentioned, vec!["3".to_string(), "5".to_string()]);
    // Each with the sentence that mentions it.
    assert!(text.contains("# - 3: «Når det gjelder innsatsområde 3. Informasjon, venter vi.»\n# - 5: «Innsatsområde 5 venter også.»"), "{text}");
    assert_eq!(summary.unplaced.len(), 1);
    assert_eq!(summary.unplaced[0].render(Language::Nb), "tabell 1, rad 5");
    assert!(text.contains("# - tabell 1, rad 5: Ola | Uke 50"), "{text}");
    // Uke 17 2018 ends April 2018; 30. november and 31. november (not a day) are in 2017.
    assert_eq!(
        summary.period,
        Period::Inferred(
            chrono::NaiveDate::from_ymd_opt(2017, 11, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2018, 4, 30).unwrap()
        )
    );
    let parsed = crate::file::parse_plan(&text);
    assert!(parsed.partial.is_some() || parsed.plan.is_some(), "{text}");
}

#[test]
fn a_table_without_the_header_words_is_not_an_activity_table() {
    let body = table(&[row(&["Navn", "Telefon"]), row(&["Kari", "123"])]);
    let doc = read(Format::Docx, &docx(&body, None), None).unwrap();
    assert_eq!(build(&doc, &options()), Err(plan::BuildError::NoTable));
}

#[test]
fn broken_files_are_errors_not_panics() {
    assert_eq!(read(Format::Docx, b"", None), Err(ReadError::Empty));
    assert!(matches!(
        read(Format::Docx, b"not a zip at all", None),
        Err(ReadError::NotZip(_))
    ));
    let mut doc = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    doc.extend([0; 100]);
    assert_eq!(read(Format::Docx, &doc, None), Err(ReadError::OldWord));
    // A zip that is not a Word document.
    assert_eq!(
        read(Format::Docx, &zip_of(&[("hello.txt", b"hi")]), None),
        Err(ReadError::NotDocx)
    );
    // A cut-off archive.
    let whole = real_plan_shape();
    assert!(read(Format::Docx, &whole[..whole.len() / 2], None).is_err());
    // Broken XML.
    assert!(matches!(
        read(Format::Docx, &docx("<w:p><w:r>", None), None),
        Ok(_) | Err(ReadError::BadXml(_))
    ));
    assert!(matches!(
        read(Format::Docx, &docx("<w:p></w:r></w:p>", None), None),
        Err(ReadError::BadXml(_))
    ));
    assert!(read(Format::Spreadsheet, b"PK\x03\x04garbage", None).is_err());
    assert_eq!(
        read(Format::Csv, b"\xff\xfeA\x00", None),
        Err(ReadError::CsvNotUtf8)
    );
    // What Norwegian Excel writes as "CSV (semikolondelt)": Windows-1252.
    let (text, _) = import(Format::Csv, b"Aktivitet;Ansvarlig\nM\xf8te;\xc5se\n");
    assert!(
        text.contains("title = \"M\u{f8}te\"\nowner = \"\u{c5}se\""),
        "{text}"
    );
}

#[test]
fn csv_groups_continue_over_blank_cells_and_the_delimiter_is_found() {
    let csv = "\u{feff}Område;Delprosjekt;Tiltak;Eier;Dato;Status;Budsjett\n\
               1 Veg;Grunneiere;Kartlegge;Kari;uke 10 2025;ferdig;10 000\n\
               ;;Møte;Ola;uke 12 2025;;\n\
               ;Løyve;Søke;Kari;2025-05;;\n";
    let (text, summary) = import_csv(csv);
    assert_eq!(
        (summary.areas, summary.workstreams, summary.activities),
        (1, 2, 3)
    );
    assert!(
        text.contains(
            "# rad 2\n# Budsjett: 10 000\n[[area.workstream.activity]]\nid     = \"gru-1\""
        ),
        "{text}"
    );
    assert!(text.contains("title = \"Løyve\""), "{text}");
    assert!(text.contains("id    = \"loy-1\""), "{text}");
    assert!(text.contains("status = \"ferdig\""), "{text}");
    assert_eq!(summary.lang, Language::Nb);
}

#[test]
fn english_headers_make_an_english_plan_and_lang_overrides() {
    let csv = "Task,Owner,Due\nMap it,Kari,14 March 2025\n";
    let (text, summary) = import_csv(csv);
    assert_eq!(summary.lang, Language::En);
    assert!(text.contains("language = \"en\""), "{text}");
    assert!(
        text.contains("# The document has no numbered focus area"),
        "{text}"
    );
    let doc = read(Format::Csv, csv.as_bytes(), None).unwrap();
    let (text, _) = build(
        &doc,
        &Options {
            lang: Some(Language::Nn),
            ..options()
        },
    )
    .unwrap();
    assert!(text.contains("language = \"nn\""), "{text}");
    assert!(text.contains("# rad 2\n"), "{text}");
}

#[test]
fn no_year_anywhere_leaves_the_period_out_and_says_so() {
    let csv = "Aktivitet;Frist\nA;30. november\n";
    let (text, summary) = import_csv(csv);
    assert_eq!(summary.period, Period::Unknown);
    assert!(!text.contains("start    ="), "{text}");
    assert!(text.contains("# Ingen frist har årstall"), "{text}");
    let given = (
        chrono::NaiveDate::from_ymd_opt(2017, 9, 1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2018, 4, 30).unwrap(),
    );
    let doc = read(Format::Csv, csv.as_bytes(), None).unwrap();
    let (text, summary) = build(
        &doc,
        &Options {
            period: Some(given),
            ..options()
        },
    )
    .unwrap();
    assert_eq!(summary.period, Period::Given(given.0, given.1));
    assert!(
        text.contains("start    = 2017-09-01\nend      = 2018-04-30\n"),
        "{text}"
    );
}

#[test]
fn cells_with_bullet_lines_split_into_title_and_members() {
    let cell = Cell::text("Etablere ressursgruppe\n• Kari\n- Ola\n\n");
    assert_eq!(cell.main_text(), "Etablere ressursgruppe");
    assert_eq!(cell.items(), vec!["Kari".to_string(), "Ola".to_string()]);
    // A first line that starts with a dash is the title, as written.
    assert_eq!(Cell::text("- tittel").main_text(), "- tittel");
}

#[test]
fn formats_come_from_the_extension() {
    assert_eq!(Format::from_name("Plan.DOCX"), Some(Format::Docx));
    assert_eq!(Format::from_name("a.b.ods"), Some(Format::Spreadsheet));
    assert_eq!(Format::from_name("x.csv"), Some(Format::Csv));
    assert_eq!(Format::from_name("x.pdf"), None);
    assert_eq!(Format::from_name("noext"), None);
}

/// Every fixture with bytes changed or cut at many places reads or fails, never panics.
#[test]
fn damaged_office_files_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/office");
    for (name, format) in [
        ("naeringsvennlig.docx", Format::Docx),
        ("naeringsvennlig.xlsx", Format::Spreadsheet),
        ("naeringsvennlig.ods", Format::Spreadsheet),
        ("naeringsvennlig.csv", Format::Csv),
    ] {
        let whole = std::fs::read(format!("{dir}/{name}")).unwrap();
        let step = (whole.len() / 97).max(1);
        for i in (0..whole.len()).step_by(step) {
            let mut bytes = whole.clone();
            bytes[i] ^= 0x5a;
            if let Ok(doc) = read(format, &bytes, None) {
                let _ = build(&doc, &options());
            }
            if let Ok(doc) = read(format, &whole[..i], None) {
                let _ = build(&doc, &options());
            }
        }
    }
}

#[test]
fn a_title_row_spanning_a_word_table_stands_above_its_header() {
    let body = table(&[
        tr(&[tc(
            r#"<w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Fremdrift</w:t></w:r></w:p>"#,
        )]),
        row(&["Oppgave", "Frist"]),
        row(&["Skrive<w:br/>rapport", "uke 3 2026"]),
    ]);
    let (text, summary) = import(Format::Docx, &docx(&body, None));
    assert_eq!(summary.activities, 1);
    // The title row names the plan; a line break inside the title is a space; no owner column
    // means no owner key.
    assert!(text.contains("title    = \"Fremdrift\""), "{text}");
    assert!(
        text.contains("# tabell 1, rad 3\n[[area.activity]]\nid    = \"fre-1\"\ntitle = \"Skrive rapport\"\ndue   = \"uke 3 2026\"\n"),
        "{text}"
    );
}

/// The real document numbers its areas with Word's list numbering, not in the text: with no
/// numbered heading, the bullets still name the workstreams, in the area the import makes.
#[test]
fn bullets_name_workstreams_before_any_area_heading() {
    let row = |a: &str| row(&[a, "Prosjektleder", "Uke 50 2017"]);
    let body = [
        styled("Overskrift1", "Forslag til fremdriftsplan"),
        bullet("Kompetanseheving vil være et gjennomgående innsatsområde."),
        bullet("Næringsvennlig kommune – et kompetansetilbud"),
        table(&[header(), row("Justere opplegg")]),
        bullet("«Effektiv søknadsprosess» - kompetansetilbud"),
        table(&[header(), row("Evaluering")]),
    ]
    .concat();
    let (text, summary) = import(Format::Docx, &docx(&body, Some(STYLES)));
    assert_eq!((summary.areas, summary.workstreams), (1, 2), "{text}");
    assert!(
        text.contains("number = \"1\"\ntitle  = \"Forslag til fremdriftsplan\""),
        "{text}"
    );
    assert!(
        text.contains("title = \"Næringsvennlig kommune – et kompetansetilbud\""),
        "{text}"
    );
    assert!(
        text.contains("id    = \"es-1\"\ntitle = \"Evaluering\""),
        "{text}"
    );
}

/// A paragraph numbered by Word: instance `num`, level `ilvl`.
fn numbered(num: u32, ilvl: u8, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Listeavsnitt"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// The labels Word shows in front of the document's headings and paragraphs.
fn labels(doc: &Document) -> Vec<(String, String)> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, label, .. } | Block::Paragraph { text, label, .. } => Some((
                label.as_ref().map(|l| l.text.clone()).unwrap_or_default(),
                text.clone(),
            )),
            Block::Table(_) => None,
        })
        .collect()
}

/// Word's lists of the real plan's shape: a multi-level list (1. / 1.1.) whose first instance
/// starts at 2, a bullet list, and heading numbering tied to a heading style by `w:pStyle`.
const NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift1"/><w:lvlText w:val="%1"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift2"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>"#;

/// Heading styles numbered through the style (the level named by the list's `w:pStyle`), a
/// style that inherits its numbering through `w:basedOn`, and a list style named in Norwegian.
const NUMBERED_STYLES: &str = r#"<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Overskrift1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Omrade"><w:name w:val="Område"/><w:basedOn w:val="Nummerert"/></w:style><w:style w:type="paragraph" w:styleId="Nummerert"><w:name w:val="Nummerert liste"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Listeavsnitt"><w:name w:val="List Paragraph"/></w:style><w:style w:type="paragraph" w:styleId="Ring"><w:name w:val="Ring"/><w:basedOn w:val="Ring"/></w:style>"#;

#[test]
fn word_numbering_labels_come_from_the_paragraph_or_its_style() {
    let body = [
        // Heading numbering through the style: level 0 "1", level 1 (inherited numId, the level
        // the list names for Overskrift2) "1.1".
        styled("Overskrift1", "Innledning"),
        styled("Overskrift2", "Bakgrunn"),
        styled("Overskrift2", "Mål"),
        styled("Overskrift1", "Plan"),
        // A paragraph's own numbering; the instance restarts the list at 2.
        numbered(4, 0, "Kompetanseheving"),
        numbered(1, 0, "Næringsvennlig kommune"),
        numbered(4, 1, "Effektiv søknadsprosess"),
        // Another instance of the same list continues it; a style based on a numbered style
        // numbers its paragraphs too.
        numbered(5, 0, "Informasjon"),
        styled("Omrade", "Forutsigbar næringspolitikk"),
        // numId 0 takes the style's numbering away; a style based on itself is no loop.
        r#"<w:p><w:pPr><w:pStyle w:val="Omrade"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Uten nummer</w:t></w:r></w:p>"#.to_string(),
        styled("Ring", "Ring"),
        // A numbered paragraph in a table cell counts too.
        table(&[tr(&[tc(&numbered(5, 0, "I en celle"))])]),
        numbered(5, 0, "Næringsarealer"),
    ]
    .concat();
    let doc = read(
        Format::Docx,
        &docx_numbered(&body, Some(NUMBERED_STYLES), Some(NUMBERING)),
        None,
    )
    .unwrap();
    let got = labels(&doc);
    let want = [
        ("1", "Innledning"),
        ("1.1", "Bakgrunn"),
        ("1.2", "Mål"),
        ("2", "Plan"),
        ("2.", "Kompetanseheving"),
        ("•", "Næringsvennlig kommune"),
        ("2.1.", "Effektiv søknadsprosess"),
        ("3.", "Informasjon"),
        ("4.", "Forutsigbar næringspolitikk"),
        ("", "Uten nummer"),
        ("", "Ring"),
        ("6.", "Næringsarealer"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(l, t)| (l.to_string(), t.to_string()))
        .collect();
    assert_eq!(got, want);
    // Numbered paragraphs are list items; one whose numbering was taken away is not.
    let list = |t: &str| {
        doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, list: true, .. } if text == t))
    };
    assert!(list("Forutsigbar næringspolitikk"));
    assert!(!list("Uten nummer"));
}

/// The real document: the focus area is a paragraph Word numbers "2." (its list restarted at
/// 2), its offerings a bullet and a paragraph one level down ("2.1."), each above its table.
#[test]
fn a_paragraph_word_numbers_2_is_area_2_and_its_deeper_items_are_workstreams() {
    let row = |a: &str| row(&[a, "Prosjektleder", "Uke 50 2017"]);
    let body = [
        styled("Tittel", "Forslag til fremdriftsplan"),
        p("Forslag til konkretisering høsten 2017:"),
        numbered(4, 0, "Kompetanseheving"),
        p("Et gjennomgående innsatsområde."),
        numbered(1, 0, "Næringsvennlig kommune – et kompetansetilbud"),
        p("Korte kurs."),
        table(&[header(), row("Justere opplegg")]),
        numbered(4, 1, "«Effektiv søknadsprosess» - kompetansetilbud"),
        table(&[header(), row("Evaluering")]),
        // The next item of the area's list and level is the next area.
        numbered(4, 0, "Informasjon og kommunikasjon"),
        numbered(5, 1, "Dialogmøter"),
        table(&[header(), row("Teste dialogmøter")]),
    ]
    .concat();
    let styles =
        r#"<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/></w:style>"#;
    let (text, summary) = import(
        Format::Docx,
        &docx_numbered(&body, Some(styles), Some(NUMBERING)),
    );
    assert_eq!((summary.areas, summary.workstreams), (2, 3), "{text}");
    assert!(
        text.contains("[[area]]\nnumber      = \"2\"\ntitle       = \"Kompetanseheving\"\ndescription = \"Et gjennomgående innsatsområde.\"\n\n[[area.workstream]]\ntitle       = \"Næringsvennlig kommune – et kompetansetilbud\"\ndescription = \"Korte kurs.\""),
        "{text}"
    );
    // A workstream's title is its text: the list label is Word's, not the title's.
    assert!(
        text.contains("[[area.workstream]]\ntitle = \"«Effektiv søknadsprosess» - kompetansetilbud\"\n\n# tabell 2, rad 2"),
        "{text}"
    );
    assert!(
        text.contains("[[area]]\nnumber = \"3\"\ntitle  = \"Informasjon og kommunikasjon\"\n\n[[area.workstream]]\ntitle = \"Dialogmøter\""),
        "{text}"
    );
    assert!(!text.contains("2.1"), "{text}");
}

/// Under areas that are headings, a list Word numbers "1." names a workstream, not area 1; a
/// heading Word numbers is an area as if its text began with the number.
#[test]
fn numbered_paragraphs_under_heading_areas_are_workstreams() {
    let row = |a: &str| row(&[a, "Ola", "Uke 50 2017"]);
    let body = [
        styled("Overskrift1", "Kompetanseheving"),
        numbered(5, 0, "Kurs for politikere"),
        table(&[header(), row("Justere opplegg")]),
        numbered(5, 0, "Kurs for næringslivet"),
        table(&[header(), row("Evaluering")]),
    ]
    .concat();
    let (text, summary) = import(
        Format::Docx,
        &docx_numbered(&body, Some(NUMBERED_STYLES), Some(NUMBERING)),
    );
    assert_eq!((summary.areas, summary.workstreams), (1, 2), "{text}");
    assert!(
        text.contains("[[area]]\nnumber = \"1\"\ntitle  = \"Kompetanseheving\"\n\n[[area.workstream]]\ntitle = \"Kurs for politikere\""),
        "{text}"
    );
    assert!(text.contains("title = \"Kurs for næringslivet\""), "{text}");
    // Word numbered the area: the import did not.
    assert!(!text.contains("ikke dette området et nummer"), "{text}");
}

/// A Word owner cell with a paragraph per owner, and a sheet cell with a line per owner, give
/// one owner string with the owners as written, ", " between them.
#[test]
fn an_owner_cell_with_several_lines_keeps_each_owner_with_a_comma_between() {
    let body = [
        styled("Overskrift1", "2. Kompetanseheving"),
        table(&[
            header(),
            tr(&[
                tc(&p("Kvalitetssikre opplegg")),
                tc(&[p("Prosjektelder"), p("Styringsruppa")].concat()),
                tc(&p("Uke 50 2017")),
            ]),
            tr(&[
                tc(&p("Justere opplegg")),
                tc(&[p("Prosjektleder og"), p("fagansvarlig plan")].concat()),
                tc(&p("Uke 51 2017")),
            ]),
        ]),
    ]
    .concat();
    let (text, _) = import(Format::Docx, &docx(&body, Some(STYLES)));
    assert!(
        text.contains("owner = \"Prosjektelder, Styringsruppa\""),
        "{text}"
    );
    assert!(
        text.contains("owner = \"Prosjektleder og fagansvarlig plan\""),
        "{text}"
    );
    let csv = "Aktivitet;Ansvarlig;Frist\n\"Evaluering\";\"Kari\nOla\";uke 9 2018\n";
    let (text, _) = import_csv(csv);
    assert!(text.contains("owner = \"Kari, Ola\""), "{text}");
}

/// A numbered list in the introduction, before the list that numbers the areas, names no area:
/// the areas are the items of the list that tables come under.
#[test]
fn a_numbered_list_without_tables_before_the_areas_is_no_area() {
    let row = |a: &str| row(&[a, "Ola", "Uke 50 2017"]);
    let body = [
        // An enumeration in the introduction: "1.", "2." of another list.
        numbered(5, 0, "Bakgrunn"),
        numbered(5, 0, "Mål for arbeidet"),
        p("Forslag til konkretisering:"),
        // The areas: "2." (restarted), a workstream one level down, its table.
        numbered(4, 0, "Kompetanseheving"),
        numbered(4, 1, "Næringsvennlig kommune"),
        table(&[header(), row("Justere opplegg")]),
        // After a table, another list ("1") is a workstream.
        numbered(6, 0, "Effektiv søknadsprosess"),
        table(&[header(), row("Evaluering")]),
    ]
    .concat();
    let (text, summary) = import(
        Format::Docx,
        &docx_numbered(&body, Some(NUMBERED_STYLES), Some(NUMBERING)),
    );
    assert_eq!((summary.areas, summary.workstreams), (1, 2), "{text}");
    assert!(
        text.contains("[[area]]\nnumber = \"2\"\ntitle  = \"Kompetanseheving\"\n\n[[area.workstream]]\ntitle = \"Næringsvennlig kommune\""),
        "{text}"
    );
    assert!(
        text.contains("title = \"Effektiv søknadsprosess\""),
        "{text}"
    );
    assert!(
        !text.contains("Bakgrunn") && !text.contains("Mål for"),
        "{text}"
    );
}

/// Word styles whose paragraphs are list items: "List Number" (numbered through the style)
/// and "List Paragraph" (a list by its name alone).
const LIST_CELL_STYLES: &str = r#"<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Listeavsnitt"><w:name w:val="List Paragraph"/></w:style>"#;

const LIST_CELL_NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>"#;

/// An activity cell whose paragraphs Word numbers or bullets (styled "List Number" or "List
/// Paragraph"): its first paragraph is the activity's title, the later ones its members — as
/// with typed bullets. Before, every line was a list item and every row went unplaced.
#[test]
fn a_cell_of_word_list_paragraphs_is_a_title_and_members() {
    let body = [
        styled("Overskrift1", "2. Kompetanseheving"),
        table(&[
            header(),
            tr(&[
                tc(&styled("ListNumber", "Gjennomgå opplegg")),
                tc(&p("Prosjektleder")),
                tc(&p("30. november 2017")),
            ]),
            tr(&[
                tc(&[
                    styled("Listeavsnitt", "Etablere ressursgruppe"),
                    styled("Listeavsnitt", "fagansvarlig plan"),
                    styled("Listeavsnitt", "prosjektleder"),
                ]
                .concat()),
                tc(&p("Styringsgruppa")),
                tc(&p("Uke 50 2017")),
            ]),
        ]),
    ]
    .concat();
    let bytes = docx_numbered(&body, Some(LIST_CELL_STYLES), Some(LIST_CELL_NUMBERING));
    let (text, summary) = import(Format::Docx, &bytes);
    assert_eq!(
        (summary.activities, summary.unplaced.len()),
        (2, 0),
        "{text}"
    );
    assert!(text.contains("title = \"Gjennomgå opplegg\""), "{text}");
    assert!(
        text.contains("title   = \"Etablere ressursgruppe\"")
            && text.contains("members = [\"fagansvarlig plan\", \"prosjektleder\"]"),
        "{text}"
    );
}

fn activity_table(rows: &[(&str, &str, &str)]) -> String {
    let mut out = vec![header()];
    for (a, o, d) in rows {
        out.push(row(&[a, o, d]));
    }
    table(&out)
}

/// A heading at the level of the one that opened the area opens the next area, numbered or
/// not (and an unnumbered one is numbered after the areas above it, with a comment saying so);
/// a deeper heading is a workstream. Before, a second Heading 1 was a workstream of the area
/// above it.
#[test]
fn a_heading_at_the_area_heading_s_level_opens_the_next_area() {
    let body = [
        styled("Overskrift1", "2. Kompetanseheving"),
        styled("Overskrift2", "Næringsvennlig kommune"),
        activity_table(&[("A1", "PL", "30.11.2017")]),
        styled("Overskrift1", "Informasjon og kommunikasjon"),
        activity_table(&[("B1", "KS", "15.12.2017")]),
    ]
    .concat();
    let (text, summary) = import(Format::Docx, &docx(&body, Some(STYLES)));
    assert_eq!((summary.areas, summary.workstreams), (2, 1), "{text}");
    assert!(
        text.contains("[[area.workstream]]\ntitle = \"Næringsvennlig kommune\""),
        "{text}"
    );
    assert!(
        text.contains("# Dokumentet gir ikke dette området et nummer; import har gitt det det neste ledige etter\n# områdene over.\n[[area]]\nnumber = \"3\"\ntitle  = \"Informasjon og kommunikasjon\"\n\n# tabell 2, rad 2\n[[area.activity]]"),
        "{text}"
    );
}

/// Heading 1s that Word bullets (the default template's "List Bullet" numbering), each with a
/// bullet and a table under it: each heading is an area, each bullet its workstream. Before,
/// the second heading vanished and its table landed in the first area.
#[test]
fn headings_word_bullets_are_areas_each_with_its_own_table() {
    let numbering = r#"<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="Punktliste"/><w:lvlText w:val=""/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>"#;
    let heading = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        r#"<w:p><w:pPr><w:pStyle w:val="Tittel"/></w:pPr><w:r><w:t>Fremdriftsplan</w:t></w:r></w:p>"#.to_string(),
        heading("Kompetanseheving"),
        styled("Punktliste", "Næringsvennlig kommune"),
        activity_table(&[("A1", "Prosjektleder", "30. november 2017")]),
        heading("Informasjon"),
        styled("Punktliste", "Nettside"),
        activity_table(&[("B1", "Kontorsjef", "Uke 50 2017")]),
    ]
    .concat();
    let styles = format!(
        r#"{STYLES}<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/></w:style>"#
    );
    let bytes = docx_numbered(&body, Some(&styles), Some(numbering));
    let (text, summary) = import(Format::Docx, &bytes);
    assert_eq!((summary.areas, summary.workstreams), (2, 2), "{text}");
    assert!(text.contains("title    = \"Fremdriftsplan\""), "{text}");
    assert!(
        text.contains("[[area]]\nnumber = \"1\"\ntitle  = \"Kompetanseheving\"\n\n[[area.workstream]]\ntitle = \"Næringsvennlig kommune\""),
        "{text}"
    );
    assert!(
        text.contains("[[area]]\nnumber = \"2\"\ntitle  = \"Informasjon\"\n\n[[area.workstream]]\ntitle = \"Nettside\"\n\n# tabell 2, rad 2"),
        "{text}"
    );
}

/// A sheet's workstream cell is carried down over blank cells only within its area: a new
/// area value starts without one. Before, area 2 got area 1's workstream "Kurs".
#[test]
fn a_new_area_in_a_sheet_does_not_inherit_the_workstream_above() {
    let csv = "Område;Delprosjekt;Aktivitet;Ansvarlig;Frist\n\
               1 Kompetanse;Kurs;Kurs A;PL;30.11.2017\n\
               ;;Kurs B;PL;15.12.2017\n\
               2 Informasjon;;Nettside;Kontorsjef;uke 50 2017\n\
               2 Informasjon;;Nyhetsbrev;Kontorsjef;uke 51 2017\n\
               ;Presse;Pressemelding;Kontorsjef;uke 52 2017\n";
    let (text, summary) = import_csv(csv);
    assert_eq!(
        (summary.areas, summary.workstreams, summary.activities),
        (2, 2, 5),
        "{text}"
    );
    assert!(
        text.contains(
            "[[area]]\nnumber = \"2\"\ntitle  = \"Informasjon\"\n\n# rad 4\n[[area.activity]]"
        ),
        "{text}"
    );
    assert!(
        text.contains("# rad 5\n[[area.activity]]\nid    = \"inf-2\""),
        "{text}"
    );
    assert!(
        text.contains("[[area.workstream]]\ntitle = \"Presse\""),
        "{text}"
    );
}

/// A CSV file with a title line above its header row: the delimiter is the one whose reading
/// finds the header row, whatever the title line holds. Before, the title line chose it.
#[test]
fn a_title_line_above_a_csv_header_does_not_choose_the_delimiter() {
    for title in ["Fremdriftsplan for Næringsvennlig kommune", "Plan, fase 2"] {
        let csv = format!("{title}\nAktivitet;Ansvarlig;Frist\nA;B;30.11.2017\n");
        let doc = read(Format::Csv, csv.as_bytes(), None).unwrap();
        let (text, summary) = build(&doc, &options())
            .unwrap_or_else(|e| panic!("{title}: {:?}", e.message().render(Language::En)));
        assert_eq!(summary.activities, 1, "{text}");
        assert!(text.contains(&format!("title    = \"{title}\"")), "{text}");
        assert!(text.contains("owner = \"B\""), "{text}");
    }
    // A comma file with a semicolon in its title line.
    let csv = "Plan; fase 2\nTask,Owner,Due\nMap it,Kari,14 March 2025\n";
    let (_, summary) = import_csv(csv);
    assert_eq!(summary.activities, 1);
}

/// Control characters in cells (a stray \x01, DEL) are escaped in the comments they land in:
/// a TOML comment may not hold them. Before, the plan written was not TOML.
#[test]
fn control_characters_in_cells_are_escaped_in_comments() {
    let csv = "Aktivitet;Ansvarlig;Frist;Budsjett\nA;B;30.11.2017;12\x01000\n;;;rest\x7f\n";
    let (text, _) = import_csv(csv);
    assert!(text.contains("# Budsjett: 12\\u{1}000\n"), "{text}");
    assert!(text.contains("rest\\u{7f}"), "{text}");
    text.parse::<toml_edit::DocumentMut>()
        .unwrap_or_else(|e| panic!("{e}\n{text}"));
}

/// A Word part that is not UTF-8 is a damaged document, said in the reader's language.
#[test]
fn a_part_that_is_not_utf8_is_named_in_a_translated_message() {
    let bytes = zip_of(&[("word/document.xml", b"<w:document>\xff\xfe</w:document>")]);
    let err = read(Format::Docx, &bytes, None).unwrap_err();
    assert_eq!(err, ReadError::NotUtf8("word/document.xml".into()));
    assert_eq!(
        err.message().render(Language::Nb),
        "dokumentet er skadet: delen word/document.xml er ikke UTF-8-tekst"
    );
}

mod prop {
    use proptest::prelude::*;

    use super::super::*;
    use super::options;

    /// Cell text: any characters, with the ones that matter most (control characters, quotes,
    /// delimiters, line breaks, letters whose lower case is longer or shorter) made likely.
    fn cell() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            any::<char>().prop_map(String::from),
            Just("\x01".to_string()),
            Just("\x7f".to_string()),
            Just("\r".to_string()),
            Just("\n".to_string()),
            Just("\"".to_string()),
            Just(";".to_string()),
            Just("'''".to_string()),
            Just("\\".to_string()),
            Just("• ".to_string()),
            Just("İ".to_string()),
            Just("ẞ".to_string()),
            Just("innsatsområde 3. ".to_string()),
            "[a-zæøå .]{0,6}",
        ];
        prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
    }

    /// A paragraph: any Unicode, with area mentions and letters whose lower case changes
    /// length ("İ", the ångström and kelvin signs, "ẞ") made likely.
    fn paragraph() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            any::<char>().prop_map(String::from),
            Just("İ".to_string()),
            Just("\u{212b}".to_string()),
            Just("\u{212a}".to_string()),
            Just("ẞ".to_string()),
            Just("innsatsområde ".to_string()),
            Just("INNSATSOMR\u{212b}DE ".to_string()),
            Just("Focus Area ".to_string()),
            "[0-9.]{1,4}",
            Just(". ".to_string()),
            "[a-zæøå ]{0,6}",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        /// Whatever the cells hold, the plan written from a CSV file is TOML.
        #[test]
        fn a_plan_imported_from_any_csv_cells_is_toml(
            rows in prop::collection::vec(prop::collection::vec(cell(), 0..6), 0..5)
        ) {
            let mut w = csv::WriterBuilder::new().delimiter(b';').flexible(true).from_writer(Vec::new());
            w.write_record(["Aktivitet", "Ansvarlig", "Frist", "Merknad", "Område", "Budsjett"])
                .unwrap();
            for row in &rows {
                w.write_record(row).unwrap();
            }
            let bytes = w.into_inner().unwrap();
            let doc = read(Format::Csv, &bytes, None).unwrap();
            if let Ok((text, _)) = build(&doc, &options()) {
                prop_assert!(
                    text.parse::<toml_edit::DocumentMut>().is_ok(),
                    "not TOML:\n{}", text
                );
            }
        }

        /// Any paragraph and heading text, mentions of areas included, imports without a
        /// panic, and the plan written is TOML.
        #[test]
        fn any_paragraph_imports_without_a_panic(heading in paragraph(), text in paragraph()) {
            let doc = Document {
                blocks: vec![
                    Block::Heading { level: 1, text: heading, label: None },
                    Block::Paragraph { text, list: false, label: None },
                    Block::Table(Table {
                        source: TableSource::Word(1),
                        rows: vec![
                            Row { number: 1, cells: vec![Cell::text("Aktivitet"), Cell::text("Frist")] },
                            Row { number: 2, cells: vec![Cell::text("A"), Cell::text("Uke 50")] },
                        ],
                    }),
                ],
            };
            let (text, _) = build(&doc, &options()).unwrap();
            prop_assert!(text.parse::<toml_edit::DocumentMut>().is_ok(), "not TOML:\n{}", text);
        }
    }
}
