//! Which meeting a status report (or the board's presentation mode) is for: choosing the plan's
//! meeting series, the next and the last meeting around a day, and the look-ahead horizon
//! ("due before the next meeting") that falls back to `due_soon_days` when there is no meeting
//! ahead. Pure functions of the plan and `today`.

use std::fmt;

use chrono::{Days, NaiveDate};

use super::{MeetingSeries, Plan};

/// One meeting of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting<'a> {
    pub series: &'a MeetingSeries,
    pub date: NaiveDate,
}

/// How far ahead "due before the next meeting" reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizon<'a> {
    /// Up to and including the next meeting.
    Meeting(Meeting<'a>),
    /// No meeting ahead: the next `days` days (the plan's `due_soon_days`), up to `until`.
    Days { days: u32, until: NaiveDate },
}

impl Horizon<'_> {
    /// The last day inside the horizon.
    pub fn until(&self) -> NaiveDate {
        match self {
            Horizon::Meeting(m) => m.date,
            Horizon::Days { until, .. } => *until,
        }
    }
}

/// `--meeting NAME` named no series of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSeries {
    pub name: String,
    pub known: Vec<String>,
}

impl UnknownSeries {
    /// What is wrong, for a reader.
    pub fn message(&self) -> crate::i18n::Message {
        if self.known.is_empty() {
            crate::msg!("meeting-unknown-series-none", name = self.name.as_str())
        } else {
            let known: Vec<String> = self.known.iter().map(|k| format!("\"{k}\"")).collect();
            crate::msg!(
                "meeting-unknown-series",
                name = self.name.as_str(),
                known = known.join(", ")
            )
        }
    }
}

/// English, for logs; readers get [`UnknownSeries::message`] in their language.
impl fmt::Display for UnknownSeries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for UnknownSeries {}

/// The series a report follows: the one named (case-insensitive), else the one the plan names
/// (`[plan] meeting = "…"`), else the steering group's (a name containing "styring" or
/// "steering", since that body is who reads status reports), else the plan's first series, else
/// none.
pub fn select_series<'a>(
    plan: &'a Plan,
    name: Option<&str>,
) -> Result<Option<&'a MeetingSeries>, UnknownSeries> {
    if let Some(name) = name {
        return plan
            .meeting_series(name.trim())
            .map(Some)
            .ok_or_else(|| UnknownSeries {
                name: name.to_string(),
                known: plan.meetings.iter().map(|m| m.name.clone()).collect(),
            });
    }
    if let Some(s) = plan
        .steering
        .as_deref()
        .and_then(|n| plan.meeting_series(n))
    {
        return Ok(Some(s));
    }
    let steering = plan.meetings.iter().find(|m| {
        let n = m.name.to_lowercase();
        n.contains("styring") || n.contains("steering")
    });
    Ok(steering.or(plan.meetings.first()))
}

/// The first meeting of the chosen series on or after `today` (on a meeting day, the next
/// meeting is today's).
pub fn next_meeting<'a>(
    plan: &'a Plan,
    series: Option<&str>,
    today: NaiveDate,
) -> Result<Option<Meeting<'a>>, UnknownSeries> {
    Ok(select_series(plan, series)?.and_then(|s| {
        s.dates
            .iter()
            .copied()
            .filter(|&d| d >= today)
            .min()
            .map(|date| Meeting { series: s, date })
    }))
}

/// The last meeting of the chosen series strictly before `today`.
pub fn last_meeting<'a>(
    plan: &'a Plan,
    series: Option<&str>,
    today: NaiveDate,
) -> Result<Option<Meeting<'a>>, UnknownSeries> {
    Ok(select_series(plan, series)?.and_then(|s| {
        s.dates
            .iter()
            .copied()
            .filter(|&d| d < today)
            .max()
            .map(|date| Meeting { series: s, date })
    }))
}

/// Up to the next meeting, or the next `due_soon_days` days when no meeting is ahead.
pub fn horizon<'a>(
    plan: &'a Plan,
    series: Option<&str>,
    today: NaiveDate,
) -> Result<Horizon<'a>, UnknownSeries> {
    Ok(match next_meeting(plan, series, today)? {
        Some(m) => Horizon::Meeting(m),
        None => Horizon::Days {
            days: plan.due_soon_days,
            until: today
                .checked_add_days(Days::new(u64::from(plan.due_soon_days)))
                .unwrap_or(NaiveDate::MAX),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Language;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan(meetings: &[(&str, &[NaiveDate])]) -> Plan {
        Plan {
            title: "t".into(),
            organization: None,
            language: Language::Nb,
            language_declared: true,
            start: None,
            end: None,
            due_soon_days: 14,
            steering: None,
            meetings: meetings
                .iter()
                .map(|(n, ds)| MeetingSeries {
                    name: n.to_string(),
                    dates: ds.to_vec(),
                    tentative: Vec::new(),
                })
                .collect(),
            areas: vec![],
            workstreams: vec![],
            activities: vec![],
            problems: vec![],
        }
    }

    fn real() -> Plan {
        plan(&[
            (
                "Formannskapet",
                &[d(2018, 1, 25), d(2018, 3, 1), d(2018, 4, 12)],
            ),
            (
                "Styringsgruppa",
                &[
                    d(2017, 9, 20),
                    d(2017, 12, 13),
                    d(2018, 2, 28),
                    d(2018, 4, 25),
                ],
            ),
        ])
    }

    #[test]
    fn the_steering_group_is_chosen_by_default() {
        let p = real();
        let m = next_meeting(&p, None, d(2017, 12, 1)).unwrap().unwrap();
        assert_eq!(m.series.name, "Styringsgruppa");
        assert_eq!(m.date, d(2017, 12, 13));
        let p = plan(&[
            ("Board", &[d(2018, 1, 1)]),
            ("Steering Group", &[d(2018, 2, 1)]),
        ]);
        let m = next_meeting(&p, None, d(2017, 12, 1)).unwrap().unwrap();
        assert_eq!(m.series.name, "Steering Group");
    }

    #[test]
    fn a_named_series_is_matched_case_insensitively() {
        let p = real();
        let m = next_meeting(&p, Some("formannskapet"), d(2017, 12, 1))
            .unwrap()
            .unwrap();
        assert_eq!(m.date, d(2018, 1, 25));
        let e = next_meeting(&p, Some("Bystyret"), d(2017, 12, 1)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "no meeting series \"Bystyret\": expected one of \"Formannskapet\", \"Styringsgruppa\""
        );
    }

    #[test]
    fn the_only_series_is_chosen_when_none_is_a_steering_group() {
        let p = plan(&[("Formannskapet", &[d(2018, 1, 25)])]);
        let m = next_meeting(&p, None, d(2017, 12, 1)).unwrap().unwrap();
        assert_eq!(m.series.name, "Formannskapet");
    }

    #[test]
    fn several_series_and_no_steering_group_give_the_first_or_the_one_the_plan_names() {
        let mut p = plan(&[("Board", &[d(2018, 1, 25)]), ("Council", &[d(2018, 1, 26)])]);
        let m = next_meeting(&p, None, d(2017, 12, 1)).unwrap().unwrap();
        assert_eq!((m.series.name.as_str(), m.date), ("Board", d(2018, 1, 25)));
        p.steering = Some("Council".into());
        let m = next_meeting(&p, None, d(2017, 12, 1)).unwrap().unwrap();
        assert_eq!(
            (m.series.name.as_str(), m.date),
            ("Council", d(2018, 1, 26))
        );
        let none = plan(&[]);
        assert_eq!(
            horizon(&none, None, d(2017, 12, 1)).unwrap().until(),
            d(2017, 12, 15)
        );
    }

    #[test]
    fn on_a_meeting_day_the_next_meeting_is_todays() {
        let p = real();
        let today = d(2017, 12, 13);
        assert_eq!(
            next_meeting(&p, None, today).unwrap().unwrap().date,
            d(2017, 12, 13)
        );
        assert_eq!(
            last_meeting(&p, None, today).unwrap().unwrap().date,
            d(2017, 9, 20)
        );
    }

    #[test]
    fn no_meeting_before_the_first_or_after_the_last() {
        let p = real();
        assert_eq!(last_meeting(&p, None, d(2017, 9, 1)).unwrap(), None);
        assert_eq!(next_meeting(&p, None, d(2018, 4, 26)).unwrap(), None);
        assert_eq!(
            horizon(&p, None, d(2018, 4, 26)).unwrap(),
            Horizon::Days {
                days: 14,
                until: d(2018, 5, 10)
            }
        );
        assert_eq!(
            horizon(&p, None, d(2018, 3, 1)).unwrap().until(),
            d(2018, 4, 25)
        );
    }
}
