//! The burn-up of a plan: day by day over its period, how many activities were due by then (by
//! their resolved deadline) and how many were done (by `done_on`). Cancelled activities count in
//! neither. Pure: the plan and `today` in, the series out; drawing is the views' business.

use chrono::NaiveDate;

use super::{Plan, Status};

/// One day of the burn-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub day: NaiveDate,
    /// Activities whose deadline is on or before `day`.
    pub due: usize,
    /// Activities done on or before `day` (only up to `today`).
    pub done: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Burnup {
    /// One point per day from the first to the last day shown.
    pub points: Vec<Point>,
    /// Activities that count (all but the cancelled ones).
    pub total: usize,
    pub today: NaiveDate,
    /// Meeting days inside the range (of every series), to mark.
    pub meetings: Vec<NaiveDate>,
}

impl Burnup {
    pub fn first(&self) -> Option<NaiveDate> {
        self.points.first().map(|p| p.day)
    }

    pub fn last(&self) -> Option<NaiveDate> {
        self.points.last().map(|p| p.day)
    }
}

/// The burn-up over the plan period (or, without one, from the earliest to the latest
/// deadline, done day and today). `done` stops at `today`: the future is not known.
pub fn burnup(plan: &Plan, today: NaiveDate) -> Burnup {
    let counted: Vec<&super::Activity> = plan
        .activities
        .iter()
        .filter(|a| a.status != Status::Cancelled)
        .collect();
    let mut days: Vec<NaiveDate> = counted.iter().map(|a| a.due.day()).collect();
    days.extend(counted.iter().filter_map(|a| a.done_on));
    days.push(today);
    let first = plan
        .start
        .or_else(|| days.iter().min().copied())
        .unwrap_or(today);
    let last = plan
        .end
        .or_else(|| days.iter().max().copied())
        .unwrap_or(today)
        .max(first);
    let mut due_days: Vec<NaiveDate> = counted.iter().map(|a| a.due.day()).collect();
    let mut done_days: Vec<NaiveDate> = counted
        .iter()
        .filter(|a| a.status == Status::Done)
        .filter_map(|a| a.done_on)
        .collect();
    due_days.sort_unstable();
    done_days.sort_unstable();
    let mut points = Vec::new();
    let (mut due, mut done) = (0, 0);
    let mut day = first;
    // Activities due (or done) before the range start are counted from its first day.
    while due < due_days.len() && due_days[due] < first {
        due += 1;
    }
    while done < done_days.len() && done_days[done] < first {
        done += 1;
    }
    while day <= last {
        while due < due_days.len() && due_days[due] <= day {
            due += 1;
        }
        while done < done_days.len() && done_days[done] <= day && day <= today {
            done += 1;
        }
        points.push(Point { day, due, done });
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    let mut meetings: Vec<NaiveDate> = plan
        .meetings
        .iter()
        .flat_map(|m| m.dates.iter().copied())
        .filter(|d| *d >= first && *d <= last)
        .collect();
    meetings.sort_unstable();
    meetings.dedup();
    Burnup {
        points,
        total: counted.len(),
        today,
        meetings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_and_done_accumulate_over_the_period() {
        let text = "[plan]\ntitle = \"B\"\nstart = 2025-01-01\nend = 2025-01-10\n\n[[meeting]]\nname = \"M\"\ndates = [2025-01-05, 2025-02-01]\n\n[[area]]\nnumber = \"1\"\ntitle = \"A\"\n\n[[area.activity]]\nid = \"a\"\ntitle = \"A\"\nowner = \"O\"\ndue = 2025-01-03\nstatus = \"done\"\ndone_on = 2025-01-04\n\n[[area.activity]]\nid = \"b\"\ntitle = \"B\"\nowner = \"O\"\ndue = 2025-01-06\n\n[[area.activity]]\nid = \"c\"\ntitle = \"C\"\nowner = \"O\"\ndue = 2025-01-02\nstatus = \"cancelled\"\n";
        let plan = crate::file::parse_plan(text).plan.unwrap();
        let today = NaiveDate::from_ymd_opt(2025, 1, 7).unwrap();
        let b = burnup(&plan, today);
        assert_eq!(b.total, 2);
        assert_eq!(b.points.len(), 10);
        let at = |d: u32| b.points[d as usize - 1];
        assert_eq!(
            (at(2).due, at(2).done),
            (0, 0),
            "cancelled counts in neither"
        );
        assert_eq!((at(3).due, at(3).done), (1, 0));
        assert_eq!((at(4).due, at(4).done), (1, 1));
        assert_eq!((at(6).due, at(6).done), (2, 1));
        assert_eq!((at(10).due, at(10).done), (2, 1));
        assert_eq!(b.meetings, [NaiveDate::from_ymd_opt(2025, 1, 5).unwrap()]);
    }
}
