//! The domain: a plan of focus areas, workstreams and activities, their deadlines and how urgent
//! each activity is on a given day. No I/O and no UI live here; `today` is always a parameter.

pub mod agenda;
pub mod burnup;
pub mod deadline;
pub mod edit;
pub mod meetings;
pub mod serde_date;
pub mod status;
pub mod structure;
pub mod urgency;

use chrono::NaiveDate;

pub use deadline::{DeadlineSpec, Resolved};
pub use status::{AreaStatus, Language, Status};
pub use urgency::Urgency;

/// Default number of days ahead that counts as "due soon".
pub const DEFAULT_DUE_SOON_DAYS: u32 = 14;

/// A whole plan, validated and with every deadline resolved.
///
/// Activities are stored flat, in display order (per area: its direct activities, then each
/// workstream's), so views, search and edits address them by index.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Plan {
    pub title: String,
    pub organization: Option<String>,
    /// The language the plan's words (status words) are written in: its `language`, English
    /// when it declares none.
    pub language: Language,
    /// Whether the plan says `language = "…"`; an undeclared language does not decide the
    /// reader's language (see [`Plan::reader_language`]).
    #[serde(default)]
    pub language_declared: bool,
    #[serde(with = "serde_date::option")]
    pub start: Option<NaiveDate>,
    #[serde(with = "serde_date::option")]
    pub end: Option<NaiveDate>,
    pub due_soon_days: u32,
    pub meetings: Vec<MeetingSeries>,
    /// The series whose meetings "the next meeting" means (`[plan] meeting = "…"`), by its
    /// name as the series writes it; `None`: chosen by `meetings::select_series`.
    pub steering: Option<String>,
    pub areas: Vec<Area>,
    pub workstreams: Vec<Workstream>,
    pub activities: Vec<Activity>,
    /// The errors of a plan read with errors (see `Parsed::partial`), each as its message;
    /// empty for a valid plan. An edit of such a plan may remove some, never add one.
    #[serde(default)]
    pub problems: Vec<crate::i18n::Message>,
}

impl Plan {
    /// Where activity `a` belongs, for a list that shows it away from its workstream: its
    /// workstream's title (else its area's), when another activity has the same title, so that
    /// two "Kvalitetssikre opplegg" can be told apart; `None` when the title is unique.
    pub fn home_if_ambiguous(&self, a: &Activity) -> Option<&str> {
        let twins = self
            .activities
            .iter()
            .filter(|b| b.title.trim() == a.title.trim())
            .take(2)
            .count();
        if twins < 2 {
            return None;
        }
        match a.workstream {
            Some(w) => self.workstreams.get(w).map(|w| w.title.as_str()),
            None => self.areas.get(a.area).map(|ar| ar.title.as_str()),
        }
    }

    /// The language to speak to the reader in: `--lang`, else the plan's declared language,
    /// else the locale's, else bokmål ([`crate::i18n::choose`]).
    pub fn reader_language(&self, cli: Option<Language>) -> Language {
        crate::i18n::choose(cli, self.language_declared.then_some(self.language))
    }
}

/// A body's series of meetings ("Formannskapet"), so a deadline can name a meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSeries {
    pub name: String,
    /// Sorted ascending.
    #[serde(with = "serde_date::vec")]
    pub dates: Vec<NaiveDate>,
    /// The dates not yet decided (`tentative = true` marks them all, `tentative_dates` some).
    #[serde(with = "serde_date::vec")]
    pub tentative: Vec<NaiveDate>,
}

impl MeetingSeries {
    /// Whether the meeting on `date` is not yet decided.
    pub fn is_tentative(&self, date: NaiveDate) -> bool {
        self.tentative.contains(&date)
    }
}

/// A focus area (innsatsområde).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Area {
    pub number: String,
    pub title: String,
    pub status: AreaStatus,
    pub reason: Option<String>,
    pub description: Option<String>,
}

/// An optional grouping of activities inside an area.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Workstream {
    /// Index into `Plan::areas`.
    pub area: usize,
    pub title: String,
    pub audience: Option<String>,
    pub description: Option<String>,
}

/// Where an activity sits in the file: indices into the TOML arrays, so an edit finds its table
/// without searching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ActivityPath {
    /// Index in the `[[area]]` array.
    pub area: usize,
    /// Index in that area's `[[area.workstream]]` array, when the activity is in a workstream.
    pub workstream: Option<usize>,
    /// Index in the `activity` array of the area or workstream.
    pub index: usize,
}

/// One activity (aktivitet) of the plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Activity {
    /// Index into `Plan::areas`.
    pub area: usize,
    /// Index into `Plan::workstreams`.
    pub workstream: Option<usize>,
    pub path: ActivityPath,
    /// The explicit `id`, or the path id ("2.1.3").
    pub id: String,
    pub explicit_id: bool,
    pub title: String,
    pub owner: String,
    pub due: Due,
    /// The deadline first agreed (`baseline`), written once when the deadline is first moved.
    pub baseline: Option<Due>,
    pub meeting: Option<String>,
    pub status: Status,
    #[serde(with = "serde_date::option")]
    pub done_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub members: Vec<String>,
    /// The errors found in this activity's table, in a plan read with errors; empty when it is
    /// whole. A broken activity is shown (marked) so it can be fixed.
    #[serde(default)]
    pub broken: Vec<crate::i18n::Message>,
    /// Whether the deadline could not be read: `due` then keeps the text as written and a
    /// stand-in day, and the urgency is [`Urgency::Unknown`].
    #[serde(default)]
    pub broken_due: bool,
}

/// A deadline as written and as resolved.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Due {
    /// The text as written; for a TOML date, its ISO form.
    pub text: String,
    /// True when the file has a TOML date rather than a string.
    pub is_toml_date: bool,
    pub spec: DeadlineSpec,
    pub resolved: Resolved,
}

impl Due {
    /// The deadline day.
    pub fn day(&self) -> NaiveDate {
        self.resolved.day
    }
}

impl Activity {
    /// Whether the activity has errors (see [`Activity::broken`]).
    pub fn is_broken(&self) -> bool {
        !self.broken.is_empty() || self.broken_due
    }

    /// How many days the deadline has moved since the baseline (positive: later), when it has
    /// a baseline.
    pub fn slip_days(&self) -> Option<i64> {
        self.baseline
            .as_ref()
            .map(|b| (self.due.day() - b.day()).num_days())
    }
}

impl Plan {
    /// The activities of one area, in display order.
    pub fn activities_in_area(&self, area: usize) -> impl Iterator<Item = (usize, &Activity)> {
        self.activities
            .iter()
            .enumerate()
            .filter(move |(_, a)| a.area == area)
    }

    /// Finds an activity by its id (explicit or path id).
    pub fn find(&self, id: &str) -> Option<usize> {
        self.activities.iter().position(|a| a.id == id)
    }

    pub fn urgency(&self, activity: &Activity, today: NaiveDate) -> Urgency {
        Urgency::of(activity, today, self.due_soon_days)
    }

    /// Counts for a header or a portfolio row.
    pub fn counts(&self, today: NaiveDate) -> Counts {
        let mut c = Counts {
            activities: self.activities.len(),
            ..Counts::default()
        };
        for a in &self.activities {
            match self.urgency(a, today) {
                Urgency::Overdue { .. } => c.overdue += 1,
                Urgency::DueSoon { .. } => c.due_soon += 1,
                _ => {}
            }
            if a.is_broken() {
                c.broken += 1;
            }
            match a.status {
                Status::Done => c.done += 1,
                Status::Waiting => c.waiting += 1,
                Status::Cancelled => c.cancelled += 1,
                _ => {}
            }
        }
        c
    }

    /// [`Plan::area_progress`] of every area, in one pass over the activities.
    pub fn areas_progress(&self) -> Vec<(usize, usize)> {
        let mut out = vec![(0, 0); self.areas.len()];
        for a in &self.activities {
            if a.status == Status::Cancelled {
                continue;
            }
            if let Some((done, total)) = out.get_mut(a.area) {
                *total += 1;
                if a.status == Status::Done {
                    *done += 1;
                }
            }
        }
        out
    }

    /// (done, total) for an area; cancelled activities count neither way.
    pub fn area_progress(&self, area: usize) -> (usize, usize) {
        let mut done = 0;
        let mut total = 0;
        for (_, a) in self.activities_in_area(area) {
            if a.status == Status::Cancelled {
                continue;
            }
            total += 1;
            if a.status == Status::Done {
                done += 1;
            }
        }
        (done, total)
    }

    /// The meeting series with this name (case-insensitive).
    pub fn meeting_series(&self, name: &str) -> Option<&MeetingSeries> {
        let name = name.to_lowercase();
        self.meetings.iter().find(|m| m.name.to_lowercase() == name)
    }

    /// A human label for an activity's place: "2 Kompetanseheving › Næringsvennlig kommune".
    pub fn place(&self, activity: &Activity) -> String {
        let area = &self.areas[activity.area];
        match activity.workstream {
            Some(w) => format!(
                "{} {} › {}",
                area.number, area.title, self.workstreams[w].title
            ),
            None => format!("{} {}", area.number, area.title),
        }
    }
}

/// Summary counts of a plan on a day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub activities: usize,
    pub done: usize,
    pub overdue: usize,
    pub due_soon: usize,
    pub waiting: usize,
    pub cancelled: usize,
    /// Activities with errors (a plan read with errors).
    pub broken: usize,
}
