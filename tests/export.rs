//! `export`'s formats read back by independent parsers: the iCalendar file by the `ical` crate
//! (structure) and `icalendar`'s parser (text round trip), the CSV by the `csv` crate. Checks
//! the RFC 5545 details calendar applications stumble on: CRLF, 75-octet folding, escaping,
//! stable UIDs, exclusive all-day DTEND.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: a failure should stop it

mod common;

use std::io::BufReader;

use chrono::NaiveDate;
use fremdrift::output::{CsvForm, export};
use fremdrift::plan::Language;
use icalendar::{Component, EventLike};

use common::{day, plan_from, real_plan};

/// Title, owner and note full of what iCalendar must escape, a control character, a CR, and
/// text long enough to fold in the middle of æøå and of a multi-byte dash.
const HOSTILE: &str = r#"
[plan]
title    = "Plan; with, commas \\ and \"quotes\""
language = "nb"
start    = 2025-01-01
end      = 2025-12-31

[[area]]
number = "1"
title  = "Område; én, to"

[[area.activity]]
id    = "a b"
title = "Årsmøte – ærlig øving på åpenhet; komma, semikolon og backslash \\ i en veldig lang tittel æøå æøå æøå"
owner = "Ærlige Åse"
due   = "15. mars 2025"
note  = "Linje én\nLinje to\r\nmed\u0007bjelle og – tankestrek ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ ÆØÅ"

[[area.activity]]
id     = "a-b"
title  = "Ferdig ting"
owner  = "Ola"
due    = "jan-feb 2025"
status = "ferdig"
done_on = 2025-02-01

[[area.activity]]
title  = "Avlyst ting"
owner  = "Kari"
due    = "uke 10 2025"
status = "avlyst"
"#;

fn assert_rfc5545_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let body = &ics[..ics.len() - 2];
    for line in body.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "control character in {line:?}"
        );
    }
}

fn ical_events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    cal.events
}

fn prop(ev: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    ev.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn the_real_plan_exports_one_valid_event_per_activity_and_meeting() {
    let plan = real_plan();
    let ics = export::ics(&plan, day(2017, 12, 1), Language::Nb);
    assert_rfc5545_lines(&ics);
    let events = ical_events(&ics);
    let meetings: usize = plan.meetings.iter().map(|m| m.dates.len()).sum();
    assert_eq!(events.len(), plan.activities.len() + meetings);
    let meeting = events
        .iter()
        .find(|e| prop(e, "UID") == "meeting-Styringsgruppa-20171213.naeringsvennlig-kommune-forprosjekt-fase-2@fremdrift")
        .expect("the steering group's December meeting");
    assert_eq!(prop(meeting, "DTSTART"), "20171213");
    assert_eq!(
        prop(meeting, "SUMMARY"),
        "Styringsgruppa · Næringsvennlig kommune – forprosjekt fase 2"
    );

    let uids: std::collections::BTreeSet<String> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");

    let by_uid = |id: &str| {
        let uid = format!("{id}.naeringsvennlig-kommune-forprosjekt-fase-2@fremdrift");
        events
            .iter()
            .find(|e| prop(e, "UID") == uid)
            .unwrap_or_else(|| panic!("no event {uid}"))
    };
    // The plan has two "Kvalitetssikre opplegg": each names its workstream, a unique title none.
    assert_eq!(
        prop(by_uid("nvk-2"), "SUMMARY"),
        "Kvalitetssikre opplegg (Næringsvennlig kommune) — Styringsgruppa · Næringsvennlig kommune – forprosjekt fase 2"
    );
    assert_eq!(
        prop(by_uid("esp-4"), "SUMMARY"),
        "Kvalitetssikre opplegg (Effektiv søknadsprosess) — Styringsgruppa · Næringsvennlig kommune – forprosjekt fase 2"
    );
    // A single day: DTEND is the day after (exclusive), as all-day events need.
    let nvk1 = by_uid("nvk-1");
    assert_eq!(prop(nvk1, "DTSTART"), "20171130");
    assert_eq!(prop(nvk1, "DTEND"), "20171201");
    assert_eq!(
        prop(nvk1, "SUMMARY"),
        "Gjennomgå og justere tidligere opplegg — Prosjektleder · Næringsvennlig kommune – forprosjekt fase 2"
    );
    assert_eq!(prop(nvk1, "DTSTAMP"), "20171201T000000Z");
    // A month range spans its months.
    let esp5 = by_uid("esp-5");
    assert_eq!(prop(esp5, "DTSTART"), "20180101");
    assert_eq!(prop(esp5, "DTEND"), "20180301");
    // A week deadline is its Sunday.
    let nvk2 = by_uid("nvk-2");
    assert_eq!(prop(nvk2, "DTSTART"), "20171217");
    assert_eq!(prop(nvk2, "DTEND"), "20171218");
    for e in &events {
        let start = NaiveDate::parse_from_str(&prop(e, "DTSTART"), "%Y%m%d").unwrap();
        let end = NaiveDate::parse_from_str(&prop(e, "DTEND"), "%Y%m%d").unwrap();
        assert!(end > start, "DTEND after DTSTART");
        if !prop(e, "UID").starts_with("meeting-") {
            assert_eq!(prop(e, "CATEGORIES"), "2 Kompetanseheving");
        }
    }
}

#[test]
fn the_output_is_reproducible_and_uids_stable_across_days() {
    let plan = real_plan();
    let a = export::ics(&plan, day(2017, 12, 1), Language::Nb);
    assert_eq!(
        a,
        export::ics(&plan, day(2017, 12, 1), Language::Nb),
        "same day, same bytes"
    );
    let b = export::ics(&plan, day(2018, 3, 1), Language::Nb);
    let uids = |s: &str| -> Vec<String> { ical_events(s).iter().map(|e| prop(e, "UID")).collect() };
    assert_eq!(uids(&a), uids(&b));
    // Only DTSTAMP differs between days.
    let strip = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.starts_with("DTSTAMP"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&a), strip(&b));
}

#[test]
fn hostile_text_is_escaped_folded_and_round_trips() {
    let plan = plan_from(HOSTILE);
    let ics = export::ics(&plan, day(2025, 3, 1), Language::Nb);
    assert_rfc5545_lines(&ics);
    assert!(ics.contains("\\;") && ics.contains("\\,") && ics.contains("\\\\"));
    let events = ical_events(&ics);
    assert_eq!(events.len(), 3);
    let uids: Vec<String> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids[0], "a%20b.plan-with-commas-and-quotes@fremdrift");
    assert_eq!(uids[1], "a-b.plan-with-commas-and-quotes@fremdrift");
    assert_eq!(uids[2], "1.3.plan-with-commas-and-quotes@fremdrift");
    assert_eq!(prop(&events[2], "STATUS"), "CANCELLED");

    // The text comes back exactly (control characters dropped, line breaks as \n).
    let cal: icalendar::Calendar = ics.parse().expect("icalendar parses its own output");
    let evs: Vec<&icalendar::Event> = cal.events().collect();
    assert_eq!(evs.len(), 3);
    assert_eq!(
        evs[0].get_summary(),
        Some(
            format!(
                "{} — {} · {}",
                plan.activities[0].title, plan.activities[0].owner, plan.title
            )
            .as_str()
        ),
        "long title folded mid-character comes back whole"
    );
    let desc = evs[0].get_description().unwrap();
    assert!(desc.starts_with("Ansvarlig: Ærlige Åse\nFrist: 15. mars 2025 (15.03.2025)\n"));
    assert!(desc.contains("Merknad: Linje én\nLinje to\nmedbjelle og – tankestrek ÆØÅ"));
    assert_eq!(
        evs[1].get_summary(),
        Some("✓ Ferdig ting — Ola · Plan; with, commas \\ and \"quotes\"")
    );
    assert_eq!(
        evs[0].get_categories(),
        Some(vec!["1 Område; én, to".to_string()])
    );
    assert_eq!(cal.get_name(), Some("Plan; with, commas \\ and \"quotes\""));
}

fn read_csv(text: &str, delimiter: u8) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV")
}

#[test]
fn csv_parses_with_either_delimiter_and_keeps_text_intact() {
    let plan = plan_from(HOSTILE);
    for delim in [b',', b';'] {
        let text = export::csv(
            &plan,
            day(2025, 3, 1),
            delim,
            false,
            fremdrift::output::Cells::Neutralised,
            CsvForm::Machine,
        );
        let rows = read_csv(&text, delim);
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][0], "a b");
        assert_eq!(&rows[0][3], plan.activities[0].title);
        assert_eq!(&rows[0][4], "Ærlige Åse");
        assert_eq!(&rows[0][7], "2025-03-15");
        assert_eq!(&rows[1][6], "2025-01-01", "a range keeps its first day");
        assert_eq!(&rows[1][7], "2025-02-28");
        assert_eq!(&rows[0][12], plan.activities[0].note.as_deref().unwrap());
    }
    let plan = plan_from(
        r#"
[plan]
title = "q"
[[area]]
number = "1"
title = "a"
[[area.activity]]
title = 'Say "hei"; then, go'
owner = "Åse"
due   = 2025-01-01
"#,
    );
    let text = export::csv(
        &plan,
        day(2025, 1, 1),
        b';',
        false,
        fremdrift::output::Cells::Neutralised,
        CsvForm::Machine,
    );
    assert!(text.contains(r#""Say ""hei""; then, go""#), "{text}");
    assert_eq!(&read_csv(&text, b';')[0][3], r#"Say "hei"; then, go"#);
}

#[test]
fn csv_bom_is_optional_and_only_at_the_start() {
    let plan = real_plan();
    let plain = export::csv(
        &plan,
        day(2017, 12, 1),
        b';',
        false,
        fremdrift::output::Cells::Neutralised,
        CsvForm::Machine,
    );
    let bom = export::csv(
        &plan,
        day(2017, 12, 1),
        b';',
        true,
        fremdrift::output::Cells::Neutralised,
        CsvForm::Machine,
    );
    assert!(!plain.starts_with('\u{feff}'));
    assert_eq!(bom, format!("\u{feff}{plain}"));
    let rows = read_csv(&plain, b';');
    assert_eq!(rows.len(), 14);
    assert!(
        rows.iter()
            .any(|r| &r[3] == "Gjennomføre test med formannskapet")
    );
}
