//! "What changed since we last met": the changes to a plan since a day (usually the steering
//! group's last meeting), for the presenter's changes page and the report's section alike.
//!
//! When the plan file is in a git repository the changes come from its history
//! ([`crate::git::log::history`], which compares plans, not text). Anything that keeps git from
//! answering (no repository, no commit with the plan, an odd repository) falls back to what the
//! plan itself remembers: activities done since (`done_on`) and deadlines moved since first
//! agreed (`baseline`). [`Changes::source`] says which one answered, so the room knows.

use std::path::Path;

use chrono::NaiveDate;

use super::log::{Change, history};
use crate::i18n::Message;
use crate::msg;
use crate::output::text::date;
use crate::plan::{Language, Plan, Status};

/// Where the changes were read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The git history: how many commits since the day changed the plan.
    Git { commits: usize },
    /// The plan alone: `done_on` and `baseline`.
    Plan,
}

/// One change, with the day it was made when known.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub day: Option<NaiveDate>,
    /// In the file on disk but in no commit yet (edited during the meeting, say).
    pub pending: bool,
    pub change: Change,
}

/// The changes since a day, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    pub since: NaiveDate,
    pub source: Source,
    pub items: Vec<Item>,
}

/// The changes to `plan` from `since` to `today`: from the git history of `file` when there is
/// one, else from the plan. Never fails; reads the repository once per call, so callers call
/// it when the plan changes, not per frame.
pub fn since(plan: &Plan, file: Option<&Path>, since: NaiveDate, today: NaiveDate) -> Changes {
    // `history` places the file in its repository by its absolute path.
    let file = file.map(|f| dunce::canonicalize(f).unwrap_or_else(|_| f.to_path_buf()));
    if let Some(file) = file
        && let Ok(entries) = history(&file, Some(since))
    {
        // A report "as of" a day in the past leaves out what was committed after it.
        let entries: Vec<_> = entries.into_iter().filter(|e| e.date <= today).collect();
        let commits = entries.len();
        let items = entries
            .into_iter()
            .flat_map(|e| {
                let day = e.date;
                e.changes.into_iter().map(move |change| Item {
                    day: Some(day),
                    pending: false,
                    change,
                })
            })
            .chain(uncommitted(&file, plan).into_iter().map(|change| Item {
                day: None,
                pending: true,
                change,
            }))
            .collect();
        return Changes {
            since,
            source: Source::Git { commits },
            items,
        };
    }
    from_plan(plan, since)
}

/// What changed from the last committed version of the plan to `plan` (the file on disk).
fn uncommitted(file: &Path, plan: &Plan) -> Vec<Change> {
    let read = |bytes: &[u8]| {
        let text = std::str::from_utf8(bytes).ok()?;
        crate::file::parse_plan(text.strip_prefix('\u{feff}').unwrap_or(text)).plan
    };
    let same_title = |a: &[u8], b: &[u8]| match (read(a), read(b)) {
        (Some(a), Some(b)) => a.title == b.title,
        _ => false,
    };
    let Ok(mut versions) = super::repo::versions(file, &same_title) else {
        return Vec::new();
    };
    match versions.pop().and_then(|v| read(&v.bytes)) {
        Some(committed) => super::log::compare(&committed, plan),
        None => Vec::new(),
    }
}

/// What the plan itself remembers: deadlines moved since first agreed (the furthest first),
/// then activities done since `since` (in the order they were done).
pub fn from_plan(plan: &Plan, since: NaiveDate) -> Changes {
    let mut moved: Vec<&crate::plan::Activity> = plan
        .activities
        .iter()
        .filter(|a| a.slip_days().is_some_and(|d| d != 0))
        .collect();
    moved.sort_by_key(|a| std::cmp::Reverse(a.slip_days()));
    let mut items: Vec<Item> = moved
        .into_iter()
        .filter_map(|a| {
            let b = a.baseline.as_ref()?;
            Some(Item {
                day: None,
                pending: false,
                change: Change::Deadline {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    from: b.text.clone(),
                    to: a.due.text.clone(),
                    from_day: b.day(),
                    to_day: a.due.day(),
                    days: (a.due.day() - b.day()).num_days(),
                },
            })
        })
        .collect();
    let mut done: Vec<(NaiveDate, &crate::plan::Activity)> = plan
        .activities
        .iter()
        .filter(|a| a.status == Status::Done)
        .filter_map(|a| a.done_on.filter(|d| *d >= since).map(|d| (d, a)))
        .collect();
    done.sort_by_key(|(d, _)| *d);
    items.extend(done.into_iter().map(|(d, a)| Item {
        day: Some(d),
        pending: false,
        change: Change::Status {
            id: a.id.clone(),
            title: a.title.clone(),
            from: String::new(),
            to: a.status.word(plan.language).to_string(),
        },
    }));
    Changes {
        since,
        source: Source::Plan,
        items,
    }
}

/// Where the changes came from, as a line under the heading.
pub fn source_line(c: &Changes, lang: Language) -> String {
    let words = source_words(c, lang);
    if c.items.iter().any(|i| i.pending) {
        msg!("git-changes-pending", source = words).render(lang)
    } else {
        words
    }
}

/// The day column of a change: its day, `*` when not committed yet, else empty.
pub fn day_text(item: &Item, lang: Language) -> String {
    match item.day {
        Some(d) => date(d, lang),
        None if item.pending => "*".to_string(),
        None => String::new(),
    }
}

fn source_words(c: &Changes, lang: Language) -> String {
    match c.source {
        Source::Git { commits } => msg!(
            "git-changes-from-git",
            count = commits,
            since = date(c.since, lang)
        ),
        Source::Plan => Message::new("git-changes-from-plan"),
    }
    .render(lang)
}

/// One change as a line in `lang` (the ids and titles are the plan's, quoted).
pub fn describe(c: &Change, lang: Language) -> String {
    let q = |id: &str, title: &str| msg!("git-changes-activity", id = id, title = title);
    let m = match c {
        Change::Created { activities } => msg!("git-changes-created", count = *activities),
        Change::FileRenamed { from, to } => msg!(
            "git-changes-file-renamed",
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Invalid { message } => msg!("git-changes-invalid", reason = message.as_str()),
        Change::Status {
            id,
            title,
            from,
            to,
        } if from.is_empty() => msg!(
            "git-changes-status-new",
            activity = q(id, title),
            to = to.as_str()
        ),
        Change::Status {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-changes-status",
            activity = q(id, title),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Deadline {
            id,
            title,
            from,
            to,
            from_day,
            to_day,
            days,
        } => msg!(
            "git-changes-deadline",
            activity = q(id, title),
            days = crate::output::text::signed_days(*days),
            from = from.as_str(),
            from_day = date(*from_day, lang),
            to = to.as_str(),
            to_day = date(*to_day, lang)
        ),
        Change::Owner {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-changes-owner",
            activity = q(id, title),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Note {
            id,
            title,
            from,
            to,
        } => match (from, to) {
            (Some(_), None) => msg!("git-changes-note-removed", activity = q(id, title)),
            (None, Some(t)) => msg!(
                "git-changes-note-added",
                activity = q(id, title),
                note = t.as_str()
            ),
            (_, Some(t)) => msg!(
                "git-changes-note-changed",
                activity = q(id, title),
                note = t.as_str()
            ),
            (None, None) => msg!("git-changes-note", activity = q(id, title)),
        },
        Change::Added { id, title, place } => msg!(
            "git-changes-added",
            activity = q(id, title),
            place = place.as_str()
        ),
        Change::Removed { id, title } => msg!("git-changes-removed", activity = q(id, title)),
        Change::Moved {
            id,
            title,
            from,
            to,
        } => msg!(
            "git-changes-moved",
            activity = q(id, title),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::Renamed { id, from, to } => msg!(
            "git-changes-renamed",
            id = id.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
        Change::AreaStatus {
            area,
            title,
            from,
            to,
        } => msg!(
            "git-changes-area-status",
            area = area.as_str(),
            title = title.as_str(),
            from = from.as_str(),
            to = to.as_str()
        ),
    };
    m.render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_repository_the_plan_answers() {
        let text = include_str!("../../plans/naeringsvennlig-kommune.toml");
        let plan = crate::file::parse_plan(text).plan.expect("loads");
        let day = NaiveDate::from_ymd_opt(2017, 11, 1).expect("day");
        let c = since(&plan, Some(Path::new("/nonexistent/plan.toml")), day, day);
        assert_eq!(c.source, Source::Plan);
        assert!(c.items.iter().all(|i| i.day.is_none_or(|d| d >= day)));
    }

    #[test]
    fn deadline_lines_say_the_days_moved_in_both_languages() {
        let d = |m, dd| NaiveDate::from_ymd_opt(2017, m, dd).expect("day");
        let c = Change::Deadline {
            id: "a".into(),
            title: "A".into(),
            from: "uke 48".into(),
            to: "uke 50".into(),
            from_day: d(12, 3),
            to_day: d(12, 17),
            days: 14,
        };
        assert_eq!(
            describe(&c, Language::Nb),
            "a «A»: frist +14 d: uke 48 (03.12.2017) → uke 50 (17.12.2017)"
        );
        assert!(
            describe(&c, Language::En).starts_with("a \u{201c}A\u{201d}: deadline +14 d: uke 48")
        );
    }

    #[test]
    fn nynorsk_lines_are_nynorsk() {
        let d = |m, dd| NaiveDate::from_ymd_opt(2017, m, dd).expect("day");
        let a = || ("a".to_string(), "A".to_string());
        let lines = [
            Change::Created { activities: 3 },
            Change::Note {
                id: a().0,
                title: a().1,
                from: Some("x".into()),
                to: None,
            },
            Change::Moved {
                id: a().0,
                title: a().1,
                from: "1 Ein".into(),
                to: "2 To".into(),
            },
            Change::Owner {
                id: a().0,
                title: a().1,
                from: "Kari".into(),
                to: "Ola".into(),
            },
        ]
        .iter()
        .map(|c| describe(c, Language::Nn))
        .collect::<Vec<_>>();
        assert_eq!(
            lines,
            [
                "planen oppretta med 3 aktivitetar",
                "a «A»: merknad fjerna",
                "a «A»: flytta frå 1 Ein til 2 To",
                "a «A»: ansvarleg Kari → Ola",
            ]
        );
        let c = Changes {
            since: d(11, 1),
            source: Source::Git { commits: 1 },
            items: vec![Item {
                day: None,
                pending: true,
                change: Change::Created { activities: 1 },
            }],
        };
        assert_eq!(
            source_line(&c, Language::Nn),
            format!(
                "Frå git-historikken: 1 innsjekking har endra planen sidan {}; * = ikkje sjekka inn enno",
                date(d(11, 1), Language::Nn)
            )
        );
        assert_eq!(
            describe(&Change::Created { activities: 1 }, Language::Nb),
            "planen opprettet med 1 aktivitet"
        );
    }
}
