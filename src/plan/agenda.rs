//! What a steering group discusses on a day: the open activities past their deadline, those due
//! before the next meeting, and those done since the last one. Shared by `fremdrift report` and
//! the presentation mode so both always show the same lists. Pure: the plan, `today` and the
//! chosen meeting series in, indices into `Plan::activities` out.

use chrono::NaiveDate;

use super::meetings::{self, Horizon, Meeting, UnknownSeries};
use super::{Plan, Status};

/// Where the "done since" day came from, for a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinceFrom<'a> {
    Given,
    LastMeeting(Meeting<'a>),
    /// No meeting before today: the plan's start.
    PlanStart,
    /// No meeting and no plan start: `due_soon_days` back.
    DaysBack(u32),
}

/// The three lists, in the order they are shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda<'a> {
    pub horizon: Horizon<'a>,
    pub since: NaiveDate,
    pub since_from: SinceFrom<'a>,
    /// Open activities past their deadline, most late first.
    pub overdue: Vec<usize>,
    /// Open activities due from today up to the horizon, soonest first.
    pub due_next: Vec<usize>,
    /// Done activities with `done_on` in `since..=today`, in the order they were finished.
    pub done_since: Vec<usize>,
}

/// Whether an open activity falls due within the horizon: its deadline day is up to the
/// horizon's last day, or its deadline is a week or month that contains the meeting (the
/// group's own "uke 50" task is due at its meeting in week 50).
fn due_by(a: &super::Activity, horizon: &Horizon<'_>) -> bool {
    match horizon {
        Horizon::Meeting(m) => a.due.day() <= m.date || a.due.resolved.first <= m.date,
        Horizon::Days { until, .. } => a.due.day() <= *until,
    }
}

/// Selects the lists. `since` overrides the last meeting; `meeting` names the series (see
/// [`meetings::select_series`]). Fails only when `meeting` names no series of the plan.
pub fn agenda<'a>(
    plan: &'a Plan,
    today: NaiveDate,
    since: Option<NaiveDate>,
    meeting: Option<&str>,
) -> Result<Agenda<'a>, UnknownSeries> {
    let horizon = meetings::horizon(plan, meeting, today)?;
    let (since, since_from) = match since {
        Some(d) => (d, SinceFrom::Given),
        None => match meetings::last_meeting(plan, meeting, today)? {
            Some(m) => (m.date, SinceFrom::LastMeeting(m)),
            None => match plan.start.filter(|s| *s <= today) {
                Some(s) => (s, SinceFrom::PlanStart),
                None => (
                    today
                        .checked_sub_days(chrono::Days::new(u64::from(plan.due_soon_days)))
                        .unwrap_or(NaiveDate::MIN),
                    SinceFrom::DaysBack(plan.due_soon_days),
                ),
            },
        },
    };
    let mut overdue = Vec::new();
    let mut due_next = Vec::new();
    let mut done_since = Vec::new();
    for (i, a) in plan.activities.iter().enumerate() {
        if plan.urgency(a, today).is_overdue() {
            overdue.push(i);
        } else if !a.status.is_closed() && due_by(a, &horizon) {
            due_next.push(i);
        }
        if a.status == Status::Done && a.done_on.is_some_and(|d| d >= since && d <= today) {
            done_since.push(i);
        }
    }
    let by_day = |i: &usize| plan.activities[*i].due.day();
    overdue.sort_by_key(by_day);
    due_next.sort_by_key(by_day);
    done_since.sort_by_key(|i| plan.activities[*i].done_on);
    Ok(Agenda {
        horizon,
        since,
        since_from,
        overdue,
        due_next,
        done_since,
    })
}
