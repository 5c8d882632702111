//! TEMPORARY: replaced by the full deadline language module.
use chrono::{Datelike, NaiveDate, Weekday};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineSpec {
    Date {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    Week {
        week: u32,
        year: Option<i32>,
    },
    Month {
        month: u32,
        year: Option<i32>,
    },
    MonthRange {
        from: u32,
        to: u32,
        year: Option<i32>,
    },
    Meeting {
        number: u32,
        year: Option<i32>,
    },
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub first: NaiveDate,
    pub day: NaiveDate,
}
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub meetings: Option<&'a [NaiveDate]>,
    pub meeting_series: Option<&'a str>,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineError {
    pub kind: DeadlineErrorKind,
    pub message: String,
    pub help: Option<String>,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineErrorKind {
    Unrecognised,
    ImpossibleDate,
    NeedsYear,
    Ambiguous,
    NoMeeting,
}
pub const ACCEPTED_FORMS: &str = "expected a date";
pub fn parse(text: &str) -> Result<DeadlineSpec, DeadlineError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map(from_date)
        .map_err(|_| DeadlineError {
            kind: DeadlineErrorKind::Unrecognised,
            message: format!("unrecognised deadline \"{text}\""),
            help: Some(ACCEPTED_FORMS.into()),
        })
}
pub fn resolve(spec: &DeadlineSpec, _ctx: &Context) -> Result<Resolved, DeadlineError> {
    match spec {
        DeadlineSpec::Date {
            day,
            month,
            year: Some(y),
        } => {
            let d = NaiveDate::from_ymd_opt(*y, *month, *day).unwrap();
            Ok(Resolved { first: d, day: d })
        }
        _ => unimplemented!(),
    }
}
pub fn parse_and_resolve(
    text: &str,
    ctx: &Context,
) -> Result<(DeadlineSpec, Resolved), DeadlineError> {
    let s = parse(text)?;
    let r = resolve(&s, ctx)?;
    Ok((s, r))
}
pub fn from_date(d: NaiveDate) -> DeadlineSpec {
    DeadlineSpec::Date {
        day: d.day(),
        month: d.month(),
        year: Some(d.year()),
    }
}
pub fn month_name(_m: u32, _nb: bool) -> &'static str {
    ""
}
pub fn weekday_short(_wd: Weekday, _nb: bool) -> &'static str {
    ""
}
