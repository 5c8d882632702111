//! `fremdrift export`: the plan for other programs — an iCalendar file of deadlines for calendar
//! applications, and CSV with an optional byte-order mark for spreadsheets. (JSON is
//! [`crate::output::json`], shared with `list`.)
//!
//! The iCalendar text is written by the `icalendar` crate, which folds lines at 75 octets on
//! UTF-8 character boundaries, ends lines with CRLF and escapes TEXT values. Three things it
//! does not do are done here: plan text is cleaned of control characters (RFC 5545 forbids them
//! in TEXT and the crate passes them through); the calendar's `NAME` is declared TEXT, as the
//! crate does not know it is and would write it unescaped; and DTSTAMP and UID are always set,
//! because the crate would otherwise fill in the clock and a random UUID and the output would
//! differ on every run.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::msg;
use crate::output::text::date;
use crate::output::{Cells, CsvForm};
use crate::plan::{Activity, DeadlineSpec, Language, Plan, Status};

/// The UTF-8 byte-order mark; Excel needs it to read æøå in a CSV file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The days an activity's calendar event covers, `DTEND` exclusive as RFC 5545 wants for
/// all-day events: a month range spans its months; every other deadline is its deadline day
/// (a week or a month deadline is a day to have things done by, not a span to block out).
pub fn event_days(a: &Activity) -> (NaiveDate, NaiveDate) {
    let start = match a.due.spec {
        DeadlineSpec::MonthRange { .. } => a.due.resolved.first,
        _ => a.due.day(),
    };
    let end = a
        .due
        .day()
        .checked_add_days(Days::new(1))
        .unwrap_or(NaiveDate::MAX);
    (start, end)
}

/// `[A-Za-z0-9._-]` kept, every other byte percent-encoded: injective, so distinct activity ids
/// never share a UID.
fn uid_part(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A readable, lossy ASCII name for the plan ("naeringsvennlig-kommune-forprosjekt-fase-2"),
/// used to keep UIDs of different plans apart.
pub fn plan_slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().chars() {
        let piece: &str = match c {
            'æ' => "ae",
            'ø' => "o",
            'å' => "a",
            'ä' => "a",
            'ö' => "o",
            'ü' => "u",
            'é' | 'è' | 'ê' => "e",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if piece == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(piece);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("plan");
    }
    out
}

/// The stable UID of an activity's event: the same plan and id give the same UID on every run,
/// so re-importing updates events instead of duplicating them.
pub fn uid(plan: &Plan, a: &Activity) -> String {
    format!("{}.{}@fremdrift", uid_part(&a.id), plan_slug(&plan.title))
}

/// RFC 5545 TEXT cannot hold control characters other than tab; line breaks are kept (the
/// crate writes them as `\n`), the rest dropped.
fn ics_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

fn description(plan: &Plan, a: &Activity, lang: Language) -> String {
    let mut lines = vec![
        msg!("ics-owner", owner = a.owner.as_str()).render(lang),
        msg!(
            "ics-due",
            due = a.due.text.as_str(),
            date = date(a.due.day(), lang)
        )
        .render(lang),
        msg!("ics-area", area = plan.place(a)).render(lang),
        msg!("ics-status", status = a.status.word(lang)).render(lang),
        msg!("ics-id", id = a.id.as_str()).render(lang),
    ];
    if let Some(note) = &a.note {
        lines.push(msg!("ics-note", note = note.as_str()).render(lang));
    }
    lines.join("\n")
}

/// One all-day VEVENT per activity, in plan order. `today` is the DTSTAMP (midnight UTC): fixed
/// for a given day so the output is reproducible, and later on later days so calendar
/// applications that compare it take a re-import as an update. Descriptions are in `lang`.
pub fn ics(plan: &Plan, today: NaiveDate, lang: Language) -> String {
    let stamp = Utc.from_utc_datetime(&today.and_time(chrono::NaiveTime::MIN));
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property((
        "PRODID",
        concat!(
            "-//fremdrift//fremdrift ",
            env!("CARGO_PKG_VERSION"),
            "//EN"
        ),
    ));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    // The calendar name is TEXT (RFC 7986), but the crate writes `NAME` raw: a title with a
    // line break would end the property and start new ones (`BEGIN:VEVENT`…). Declared as
    // TEXT, the crate escapes it (and its parser unescapes it) like every other TEXT value;
    // `X-WR-CALNAME`, an `X-` property, is TEXT to the crate already.
    let name = ics_text(&plan.title);
    cal.append_property(
        icalendar::Property::new("NAME", name.as_str())
            .add_parameter("VALUE", "TEXT")
            .done(),
    );
    cal.append_property(("X-WR-CALNAME", name.as_str()));
    for a in &plan.activities {
        let (start, end) = event_days(a);
        let area = &plan.areas[a.area];
        // What a calendar shows in a crowded month: the task, who owns it, and which plan.
        // Two activities with one title are told apart by their workstream.
        let title = match plan.home_if_ambiguous(a) {
            Some(home) => format!("{} ({home})", a.title),
            None => a.title.clone(),
        };
        let what = format!("{title} — {} · {}", a.owner, plan.title);
        let summary = match a.status {
            Status::Done => format!("✓ {what}"),
            Status::Cancelled => format!("✗ {what}"),
            _ => what,
        };
        let mut ev = Event::new();
        ev.uid(&uid(plan, a))
            .timestamp(stamp)
            .starts(start)
            .ends(end)
            .summary(&ics_text(&summary))
            .description(&ics_text(&description(plan, a, lang)))
            .categories([ics_text(&format!("{} {}", area.number, area.title))])
            // Deadlines are reminders, not appointments: do not block the time.
            .add_property("TRANSP", "TRANSPARENT");
        if a.status == Status::Cancelled {
            ev.status(EventStatus::Cancelled);
        }
        cal.push(ev.done());
    }
    // The meetings themselves, so the deadlines "at the next meeting" have their day in the
    // calendar too.
    for series in &plan.meetings {
        for &day in &series.dates {
            let mut ev = Event::new();
            ev.uid(&format!(
                "meeting-{}-{}.{}@fremdrift",
                uid_part(&series.name),
                day.format("%Y%m%d"),
                plan_slug(&plan.title)
            ))
            .timestamp(stamp)
            .starts(day)
            .ends(day + chrono::Days::new(1))
            .summary(&ics_text(&format!("{} · {}", series.name, plan.title)))
            .categories([ics_text(&series.name)]);
            if series.is_tentative(day) {
                ev.status(EventStatus::Tentative);
            }
            cal.push(ev.done());
        }
    }
    cal.done().to_string()
}

/// CSV of all activities (the `list` columns), with a UTF-8 byte-order mark when `bom`; text
/// cells neutralised against formula injection unless `cells` is [`Cells::Raw`]; in the
/// reader's language or the machine form as `form` says.
pub fn csv(
    plan: &Plan,
    today: NaiveDate,
    delimiter: u8,
    bom: bool,
    cells: Cells,
    form: CsvForm,
) -> String {
    let all: Vec<usize> = (0..plan.activities.len()).collect();
    let body = crate::output::list::csv(plan, today, &all, delimiter, cells, form);
    if bom { format!("{BOM}{body}") } else { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_ascii() {
        assert_eq!(
            plan_slug("Næringsvennlig kommune – forprosjekt fase 2"),
            "naeringsvennlig-kommune-forprosjekt-fase-2"
        );
        assert_eq!(plan_slug("Årsplan for Bø"), "arsplan-for-bo");
        assert_eq!(plan_slug("<>"), "plan");
    }

    #[test]
    fn uid_parts_never_collide() {
        assert_eq!(uid_part("nvk-1"), "nvk-1");
        assert_eq!(uid_part("2.1.3"), "2.1.3");
        assert_ne!(uid_part("a b"), uid_part("a-b"));
        assert_eq!(uid_part("a b@ø"), "a%20b%40%C3%B8");
    }

    #[test]
    fn the_calendar_name_is_escaped_text() {
        let text = "[plan]\ntitle = \"A\\nBEGIN:VEVENT;x,y\\\\\"\nlanguage = \"en\"\n\
                    start = 2025-01-01\nend = 2025-12-31\n";
        let plan = crate::file::parse_plan(text).plan.expect("valid");
        assert_eq!(plan.title, "A\nBEGIN:VEVENT;x,y\\");
        let ics = ics(
            &plan,
            NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            Language::En,
        );
        assert!(
            ics.contains("\r\nNAME;VALUE=TEXT:A\\nBEGIN:VEVENT\\;x\\,y\\\\\r\n"),
            "{ics}"
        );
        assert!(
            ics.contains("\r\nX-WR-CALNAME:A\\nBEGIN:VEVENT\\;x\\,y\\\\\r\n"),
            "{ics}"
        );
        assert!(!ics.contains("\r\nBEGIN:VEVENT"), "{ics}");
    }

    #[test]
    fn ics_text_drops_controls_but_keeps_lines() {
        assert_eq!(ics_text("a\r\nb\rc\u{7}\td"), "a\nb\nc\td");
    }
}
