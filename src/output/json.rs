//! The resolved plan as JSON for other tools (`list --format json`, `export --format json`).
//! The shape is documented in `plans/README.md`; change both together.

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::{DeadlineSpec, Language, Plan, Urgency};

#[derive(Serialize)]
pub struct JsonPlan<'a> {
    pub format: &'static str,
    pub today: NaiveDate,
    pub plan: JsonHeader<'a>,
    pub meetings: Vec<JsonMeeting<'a>>,
    pub areas: Vec<JsonArea<'a>>,
    pub activities: Vec<JsonActivity<'a>>,
}

#[derive(Serialize)]
pub struct JsonHeader<'a> {
    pub title: &'a str,
    pub organization: Option<&'a str>,
    pub language: &'static str,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub due_soon_days: u32,
}

#[derive(Serialize)]
pub struct JsonMeeting<'a> {
    pub name: &'a str,
    pub dates: &'a [NaiveDate],
}

#[derive(Serialize)]
pub struct JsonArea<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub status: &'static str,
    pub reason: Option<&'a str>,
    pub description: Option<&'a str>,
    pub workstreams: Vec<JsonWorkstream<'a>>,
    pub done: usize,
    pub total: usize,
}

#[derive(Serialize)]
pub struct JsonWorkstream<'a> {
    pub title: &'a str,
    pub audience: Option<&'a str>,
    pub description: Option<&'a str>,
}

#[derive(Serialize)]
pub struct JsonActivity<'a> {
    pub id: &'a str,
    pub explicit_id: bool,
    pub area: &'a str,
    pub workstream: Option<&'a str>,
    pub title: &'a str,
    pub owner: &'a str,
    pub due: JsonDue<'a>,
    /// The deadline first agreed, when it has moved since (`baseline` in the file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<JsonDue<'a>>,
    /// Days the deadline moved since the baseline (positive: later).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slip_days: Option<i64>,
    pub meeting: Option<&'a str>,
    pub status: &'static str,
    pub done_on: Option<NaiveDate>,
    pub note: Option<&'a str>,
    pub members: &'a [String],
    pub overdue: bool,
    pub due_soon: bool,
    /// Days from today to the deadline day (negative when past).
    pub days_left: i64,
}

#[derive(Serialize)]
pub struct JsonDue<'a> {
    pub text: &'a str,
    pub kind: &'static str,
    pub first: NaiveDate,
    pub day: NaiveDate,
}

fn kind(spec: &DeadlineSpec) -> &'static str {
    match spec {
        DeadlineSpec::Date { .. } => "date",
        DeadlineSpec::Week { .. } => "week",
        DeadlineSpec::Month { .. } => "month",
        DeadlineSpec::MonthRange { .. } => "month_range",
        DeadlineSpec::Meeting { .. } => "meeting",
    }
}

/// Builds the JSON view of `plan` with the activities at `selected` (indices, in order).
pub fn build<'a>(plan: &'a Plan, today: NaiveDate, selected: &[usize]) -> JsonPlan<'a> {
    let progress = plan.areas_progress();
    let areas = plan
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (done, total) = progress.get(i).copied().unwrap_or_default();
            JsonArea {
                number: &a.number,
                title: &a.title,
                status: a.status.word(Language::En),
                reason: a.reason.as_deref(),
                description: a.description.as_deref(),
                workstreams: plan
                    .workstreams
                    .iter()
                    .filter(|w| w.area == i)
                    .map(|w| JsonWorkstream {
                        title: &w.title,
                        audience: w.audience.as_deref(),
                        description: w.description.as_deref(),
                    })
                    .collect(),
                done,
                total,
            }
        })
        .collect();
    let activities = selected
        .iter()
        .map(|&i| {
            let a = &plan.activities[i];
            let u = plan.urgency(a, today);
            JsonActivity {
                id: &a.id,
                explicit_id: a.explicit_id,
                area: &plan.areas[a.area].number,
                workstream: a.workstream.map(|w| plan.workstreams[w].title.as_str()),
                title: &a.title,
                owner: &a.owner,
                due: JsonDue {
                    text: &a.due.text,
                    kind: kind(&a.due.spec),
                    first: a.due.resolved.first,
                    day: a.due.resolved.day,
                },
                baseline: a.baseline.as_ref().map(|b| JsonDue {
                    text: &b.text,
                    kind: kind(&b.spec),
                    first: b.resolved.first,
                    day: b.resolved.day,
                }),
                slip_days: a.slip_days(),
                meeting: a.meeting.as_deref(),
                status: a.status.word(Language::En),
                done_on: a.done_on,
                note: a.note.as_deref(),
                members: &a.members,
                overdue: matches!(u, Urgency::Overdue { .. }),
                due_soon: matches!(u, Urgency::DueSoon { .. }),
                days_left: (a.due.day() - today).num_days(),
            }
        })
        .collect();
    JsonPlan {
        format: "fremdrift-plan/1",
        today,
        plan: JsonHeader {
            title: &plan.title,
            organization: plan.organization.as_deref(),
            language: plan.language.code(),
            start: plan.start,
            end: plan.end,
            due_soon_days: plan.due_soon_days,
        },
        meetings: plan
            .meetings
            .iter()
            .map(|m| JsonMeeting {
                name: &m.name,
                dates: &m.dates,
            })
            .collect(),
        areas,
        activities,
    }
}

/// Pretty JSON text with a final newline.
pub fn render(plan: &Plan, today: NaiveDate, selected: &[usize]) -> String {
    let mut s = serde_json::to_string_pretty(&build(plan, today, selected))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
