//! How urgent an activity is on a given day: overdue, due soon, later, or closed.

use chrono::NaiveDate;

use super::{Activity, Status};

/// The urgency of an activity as of `today`. Days are whole calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// The deadline day is before today and the activity is neither done nor cancelled.
    Overdue {
        days: i64,
    },
    /// The deadline falls within `due_soon_days` from today (0 = today).
    DueSoon {
        days: i64,
    },
    /// Open, with the deadline further ahead.
    Later {
        days: i64,
    },
    Done,
    Cancelled,
    /// Open, with a deadline that could not be read (a plan with errors): neither overdue nor
    /// due soon.
    Unknown,
}

impl Urgency {
    pub fn of(activity: &Activity, today: NaiveDate, due_soon_days: u32) -> Urgency {
        if activity.broken_due && !matches!(activity.status, Status::Done | Status::Cancelled) {
            return Urgency::Unknown;
        }
        Urgency::for_status(activity.status, activity.due.day(), today, due_soon_days)
    }

    pub fn for_status(
        status: Status,
        day: NaiveDate,
        today: NaiveDate,
        due_soon_days: u32,
    ) -> Urgency {
        match status {
            Status::Done => return Urgency::Done,
            Status::Cancelled => return Urgency::Cancelled,
            _ => {}
        }
        let days = (day - today).num_days();
        if days < 0 {
            Urgency::Overdue { days: -days }
        } else if days <= i64::from(due_soon_days) {
            Urgency::DueSoon { days }
        } else {
            Urgency::Later { days }
        }
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, Urgency::Overdue { .. })
    }

    pub fn is_due_soon(self) -> bool {
        matches!(self, Urgency::DueSoon { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn open_activity_past_its_day_is_overdue() {
        let u = Urgency::for_status(Status::Doing, d(2017, 11, 30), d(2017, 12, 1), 14);
        assert_eq!(u, Urgency::Overdue { days: 1 });
        let u = Urgency::for_status(Status::Waiting, d(2017, 11, 30), d(2017, 12, 1), 14);
        assert!(u.is_overdue());
    }

    #[test]
    fn closed_activities_are_never_overdue() {
        assert_eq!(
            Urgency::for_status(Status::Done, d(2017, 1, 1), d(2017, 12, 1), 14),
            Urgency::Done
        );
        assert_eq!(
            Urgency::for_status(Status::Cancelled, d(2017, 1, 1), d(2017, 12, 1), 14),
            Urgency::Cancelled
        );
    }

    #[test]
    fn due_soon_is_inclusive_of_today_and_the_last_day() {
        let today = d(2017, 12, 1);
        assert_eq!(
            Urgency::for_status(Status::Todo, today, today, 14),
            Urgency::DueSoon { days: 0 }
        );
        assert_eq!(
            Urgency::for_status(Status::Todo, d(2017, 12, 15), today, 14),
            Urgency::DueSoon { days: 14 }
        );
        assert_eq!(
            Urgency::for_status(Status::Todo, d(2017, 12, 16), today, 14),
            Urgency::Later { days: 15 }
        );
    }
}
