//! The deadline language of a plan: this module owns parsing deadline texts the
//! way Norwegian (bokmål and nynorsk) and English municipal plans write them — dates
//! ("30. november", "30.11.2017", "2017-11-30", also after a weekday: "fredag 1. desember",
//! "måndag 4.12"), ISO weeks ("uke 50", "veke 50", "2017-W50"), months ("februar 2018"),
//! month ranges ("jan-feb 2018", "juni–juli") and numbered meetings ("1. møte 2018") —
//! validating them, and resolving them to concrete dates, inferring a missing year from the
//! plan period. It never reads today's date.
//!
//! The words it reads are file format, not translations: they live once, in [`MONTHS`] and
//! [`WEEKDAYS`] (and the small word lists below them). What it says about a text is a catalogue
//! message (`i18n/<code>/deadline.ftl`), rendered in the reader's language.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::i18n::{Language, Message};
use crate::msg;

/// A deadline as parsed from its text, before the year is known.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DeadlineSpec {
    /// A single day. `year` None when the text omits it ("30. november"); `weekday` when the
    /// text names one ("fredag 1. desember"), which the day must then fall on.
    Date {
        day: u32,
        month: u32,
        year: Option<i32>,
        weekday: Option<Weekday>,
    },
    /// An ISO week; the deadline day is the Sunday that ends it.
    Week { week: u32, year: Option<i32> },
    /// A month; the deadline is its last day.
    Month { month: u32, year: Option<i32> },
    /// A month range "jan-feb 2018"; deadline = last day of `to` month; keeps first day of `from`.
    /// `year` applies to the end month; the start month is in the same year, or the year
    /// before when from > to ("2017-11..2018-01" = nov 2017..jan 2018).
    MonthRange {
        from: u32,
        to: u32,
        year: Option<i32>,
    },
    /// The `number`th meeting (1-based) of a meeting series in `year`.
    Meeting { number: u32, year: Option<i32> },
}

/// What a deadline resolves to: `first..=day`. For a single date first == day; for a week
/// first is its Monday; for a month its first day; for a range the first day of the first
/// month; for a meeting first == day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Resolved {
    #[serde(with = "crate::plan::serde_date")]
    pub first: NaiveDate,
    #[serde(with = "crate::plan::serde_date")]
    pub day: NaiveDate,
}

/// Everything resolution needs from the plan; `today` is never read here.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The plan period [start, end], when the plan has one.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// The meeting dates of the series the deadline refers to (sorted ascending), None when
    /// the plan has no applicable series.
    pub meetings: Option<&'a [NaiveDate]>,
    /// The name of that series, for messages.
    pub meeting_series: Option<&'a str>,
}

/// Why a text is not a deadline, or cannot be resolved. `message` is lowercase, specific,
/// quotes the bad value; `help` says what would be right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineError {
    pub kind: DeadlineErrorKind,
    pub message: Message,
    pub help: Option<Message>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineErrorKind {
    Unrecognised,
    ImpossibleDate,
    NeedsYear,
    Ambiguous,
    NoMeeting,
}

impl std::fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.english())
    }
}

impl std::error::Error for DeadlineError {}

/// The help for an unrecognised deadline: every accepted form, with examples.
pub fn accepted_forms() -> Message {
    msg!("deadline-accepted-forms")
}

/// The smallest year a deadline text may name.
pub const MIN_YEAR: i32 = 1900;
/// The largest year a deadline text may name.
pub const MAX_YEAR: i32 = 2200;

/// The words for one month the deadline language reads. Bokmål and nynorsk share month names.
pub struct MonthWords {
    /// The Norwegian name, lowercase as Norwegian writes it.
    pub norwegian: &'static str,
    /// The English name, capitalised as English writes it.
    pub english: &'static str,
    /// Abbreviations (lowercase), in either language.
    pub short: &'static [&'static str],
}

/// Every month word the deadline language reads, January first: the one list of them.
#[rustfmt::skip]
pub const MONTHS: [MonthWords; 12] = [
    MonthWords { norwegian: "januar", english: "January", short: &["jan"] },
    MonthWords { norwegian: "februar", english: "February", short: &["feb"] },
    MonthWords { norwegian: "mars", english: "March", short: &["mar"] },
    MonthWords { norwegian: "april", english: "April", short: &["apr"] },
    MonthWords { norwegian: "mai", english: "May", short: &[] },
    MonthWords { norwegian: "juni", english: "June", short: &["jun"] },
    MonthWords { norwegian: "juli", english: "July", short: &["jul"] },
    MonthWords { norwegian: "august", english: "August", short: &["aug"] },
    MonthWords { norwegian: "september", english: "September", short: &["sep", "sept"] },
    MonthWords { norwegian: "oktober", english: "October", short: &["okt", "oct"] },
    MonthWords { norwegian: "november", english: "November", short: &["nov"] },
    MonthWords { norwegian: "desember", english: "December", short: &["des", "dec"] },
];

/// The words for one weekday the deadline language reads.
pub struct WeekdayWords {
    pub day: Weekday,
    pub bokmal: &'static str,
    pub nynorsk: &'static str,
    /// Capitalised as English writes it.
    pub english: &'static str,
    /// Abbreviations (lowercase) in any of the three; the first is bokmål's.
    pub short: &'static [&'static str],
}

/// Every weekday word the deadline language reads, Monday first: the one list of them.
#[rustfmt::skip]
pub const WEEKDAYS: [WeekdayWords; 7] = [
    WeekdayWords { day: Weekday::Mon, bokmal: "mandag", nynorsk: "måndag", english: "Monday", short: &["man", "mån", "mon"] },
    WeekdayWords { day: Weekday::Tue, bokmal: "tirsdag", nynorsk: "tysdag", english: "Tuesday", short: &["tir", "tirs", "tys", "tue", "tues"] },
    WeekdayWords { day: Weekday::Wed, bokmal: "onsdag", nynorsk: "onsdag", english: "Wednesday", short: &["ons", "wed"] },
    WeekdayWords { day: Weekday::Thu, bokmal: "torsdag", nynorsk: "torsdag", english: "Thursday", short: &["tor", "tors", "thu", "thur", "thurs"] },
    WeekdayWords { day: Weekday::Fri, bokmal: "fredag", nynorsk: "fredag", english: "Friday", short: &["fre", "fri"] },
    WeekdayWords { day: Weekday::Sat, bokmal: "lørdag", nynorsk: "laurdag", english: "Saturday", short: &["lør", "lau", "sat"] },
    WeekdayWords { day: Weekday::Sun, bokmal: "søndag", nynorsk: "sundag", english: "Sunday", short: &["søn", "sun"] },
];

/// Words that name an ISO week: bokmål, nynorsk, English and their short forms.
const WEEK_WORDS: &[&str] = &["uke", "veke", "week", "wk", "u", "w"];
/// Words that name a meeting: "møte" is bokmål and nynorsk alike.
const MEETING_WORDS: &[&str] = &["møte", "meeting"];

/// Ordinals before "møte"/"meeting", first to twelfth: bokmål, nynorsk and English forms.
#[rustfmt::skip]
const ORDINALS: [&[&str]; 12] = [
    &["første", "fyrste", "first"],
    &["andre", "second"],
    &["tredje", "third"],
    &["fjerde", "fourth"],
    &["femte", "fifth"],
    &["sjette", "sixth"],
    &["sjuende", "syvende", "sjuande", "seventh"],
    &["åttende", "åttande", "eighth"],
    &["niende", "niande", "ninth"],
    &["tiende", "tiande", "tenth"],
    &["ellevte", "eleventh"],
    &["tolvte", "twelfth"],
];

/// Words that only occur in English deadline texts, beside the English month and weekday
/// names that differ from the Norwegian ones: they make messages name months in English.
const ENGLISH_ONLY: &[&str] = &[
    "oct", "dec", "week", "wk", "meeting", "st", "nd", "rd", "th", "in", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat",
];

/// Norwegian (lowercase) or English (capitalised) month name; "?" for a month outside 1..=12.
pub fn month_name(month: u32, lang_nb: bool) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i as usize))
        .map_or("?", |m| if lang_nb { m.norwegian } else { m.english })
}

/// Bokmål ("man", "søn") or English ("Mon", "Sun") weekday abbreviation; see
/// [`weekday_short_in`] for nynorsk too.
pub fn weekday_short(wd: Weekday, lang_nb: bool) -> &'static str {
    weekday_short_in(wd, if lang_nb { Language::Nb } else { Language::En })
}

/// The weekday's abbreviation in `lang`: its first three letters ("man", "mån", "Mon";
/// "lør", "lau", "Sat").
pub fn weekday_short_in(wd: Weekday, lang: Language) -> &'static str {
    let words = &WEEKDAYS[wd.num_days_from_monday() as usize];
    let name = match lang {
        Language::Nb => words.bokmal,
        Language::Nn => words.nynorsk,
        Language::En => words.english,
    };
    let end = name.char_indices().nth(3).map_or(name.len(), |(i, _)| i);
    &name[..end]
}

/// The month's name in `lang` ("januar" in bokmål and nynorsk, "January" in English); "?"
/// outside 1..=12.
pub fn month_name_in(month: u32, lang: Language) -> &'static str {
    month_name(month, lang != Language::En)
}

/// The name of a weekday in the reader's language, as messages write it ("måndag" in
/// nynorsk): a catalogue message.
pub fn weekday_message(wd: Weekday) -> Message {
    msg!("deadline-weekday", day = wd.number_from_monday())
}

/// A month named in a message: in the reader's language for Norwegian readers; English names
/// the month as the deadline text did (`written` "en" for English words, else "nb"), so
/// "31. november" is explained with "november" as it was quoted.
fn month_message(month: u32, nb: bool) -> Message {
    if (1..=12).contains(&month) {
        msg!(
            "deadline-month",
            month = month,
            written = if nb { "nb" } else { "en" }
        )
    } else {
        msg!("deadline-month-number", month = month)
    }
}

/// A TOML date value (always has a year) as a spec.
pub fn from_date(d: NaiveDate) -> DeadlineSpec {
    DeadlineSpec::Date {
        day: d.day(),
        month: d.month(),
        year: Some(d.year()),
        weekday: None,
    }
}

impl DeadlineSpec {
    /// The year the text named, if any.
    pub fn year(&self) -> Option<i32> {
        match *self {
            DeadlineSpec::Date { year, .. }
            | DeadlineSpec::Week { year, .. }
            | DeadlineSpec::Month { year, .. }
            | DeadlineSpec::MonthRange { year, .. }
            | DeadlineSpec::Meeting { year, .. } => year,
        }
    }
}

impl std::fmt::Display for DeadlineSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let year_suffix = |y: Option<i32>| y.map(|y| format!(" {y}")).unwrap_or_default();
        match *self {
            DeadlineSpec::Date {
                day,
                month,
                year,
                weekday,
            } => {
                if let Some(wd) = weekday {
                    write!(
                        f,
                        "{} ",
                        WEEKDAYS[wd.num_days_from_monday() as usize].bokmal
                    )?;
                }
                write!(
                    f,
                    "{day}. {}{}",
                    month_label(month, true),
                    year_suffix(year)
                )
            }
            DeadlineSpec::Week { week, year } => write!(f, "uke {week}{}", year_suffix(year)),
            DeadlineSpec::Month { month, year } => {
                write!(f, "{}{}", month_label(month, true), year_suffix(year))
            }
            DeadlineSpec::MonthRange { from, to, year } => match year {
                Some(y) if from > to => match y.checked_sub(1) {
                    Some(prev) => write!(f, "{prev:04}-{from:02}..{y:04}-{to:02}"),
                    None => write!(f, "{from:02}..{y:04}-{to:02}"),
                },
                _ => write!(
                    f,
                    "{}–{}{}",
                    month_label(from, true),
                    month_label(to, true),
                    year_suffix(year)
                ),
            },
            DeadlineSpec::Meeting { number, year } => {
                write!(f, "{number}. møte{}", year_suffix(year))
            }
        }
    }
}

/// Parse a deadline text. Validates everything that can be checked without the plan.
pub fn parse(text: &str) -> Result<DeadlineSpec, DeadlineError> {
    check_length(text)?;
    parse_inner(&shown(text)).map(|(spec, _)| spec)
}

/// No deadline form is anywhere near this long; refusing early keeps messages short and parsing
/// cheap on hostile input.
pub const MAX_DEADLINE_CHARS: usize = 100;

fn check_length(text: &str) -> Result<(), DeadlineError> {
    let n = text.chars().count();
    if n > MAX_DEADLINE_CHARS {
        let head: String = text.chars().take(20).collect();
        return Err(DeadlineError {
            kind: DeadlineErrorKind::Unrecognised,
            message: msg!("deadline-too-long", head = head, count = n),
            help: Some(msg!(
                "deadline-too-long-help",
                max = MAX_DEADLINE_CHARS,
                forms = accepted_forms()
            )),
        });
    }
    Ok(())
}
/// Resolve a spec to concrete dates using the plan context.
pub fn resolve(spec: &DeadlineSpec, ctx: &Context) -> Result<Resolved, DeadlineError> {
    resolve_inner(spec, ctx, &spec.to_string(), true)
}

/// Like [`resolve`], but messages quote `text` (the deadline as the user wrote it) instead of
/// the spec's canonical form, and nothing is formatted unless there is an error.
pub fn resolve_written(
    spec: &DeadlineSpec,
    ctx: &Context,
    text: &str,
) -> Result<Resolved, DeadlineError> {
    match resolve_inner(spec, ctx, "", true) {
        Ok(r) => Ok(r),
        Err(_) => {
            let shown = shown(text);
            let nb = parse_inner(&shown).map_or(true, |(_, nb)| nb);
            resolve_inner(spec, ctx, &shown, nb)
        }
    }
}

/// parse + resolve in one step; messages quote the original text.
pub fn parse_and_resolve(
    text: &str,
    ctx: &Context,
) -> Result<(DeadlineSpec, Resolved), DeadlineError> {
    check_length(text)?;
    let shown = shown(text);
    let (spec, nb) = parse_inner(&shown)?;
    let resolved = resolve_inner(&spec, ctx, &shown, nb)?;
    Ok((spec, resolved))
}

// ---------------------------------------------------------------------------
// Small helpers

/// A problem description without the `invalid deadline "…": ` prefix, and its help.
type Reason = (Message, Option<Message>);

/// The text as quoted in messages: trimmed, whitespace runs collapsed.
fn shown(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fmt_date(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in `month`; without a year February counts 29 (it may be a leap year). 0 if invalid.
fn days_in_month(month: u32, year: Option<i32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, days_in_month(month, Some(year)))
}

/// A month as the canonical form writes it; never shown for a month outside 1..=12 except by
/// hand-made specs.
fn month_label(month: u32, nb: bool) -> String {
    if (1..=12).contains(&month) {
        month_name(month, nb).to_string()
    } else {
        format!("month {month}")
    }
}

/// "a, b and c" in the reader's language.
fn join_and(items: &[String]) -> Message {
    match items {
        [] => Message::verbatim(""),
        [one] => Message::verbatim(one.clone()),
        [init @ .., last] => msg!(
            "deadline-list-and",
            init = init.join(", "),
            last = last.as_str()
        ),
    }
}

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

fn year_help() -> Option<Message> {
    Some(msg!(
        "deadline-year-range-help",
        min = MIN_YEAR.to_string(),
        max = MAX_YEAR.to_string()
    ))
}

fn out_of_range(year: impl ToString) -> Reason {
    (
        msg!("deadline-year-range", year = year.to_string()),
        year_help(),
    )
}

fn invalid(shown: &str, (reason, help): Reason) -> DeadlineError {
    DeadlineError {
        kind: DeadlineErrorKind::ImpossibleDate,
        message: msg!("deadline-invalid", text = shown, reason = reason),
        help,
    }
}

fn unrecognised(shown: &str) -> DeadlineError {
    let message = if shown.is_empty() {
        msg!("deadline-empty")
    } else {
        msg!("deadline-unrecognised", text = shown)
    };
    DeadlineError {
        kind: DeadlineErrorKind::Unrecognised,
        message,
        help: Some(accepted_forms()),
    }
}

// ---------------------------------------------------------------------------
// Validation shared by parsing and resolution

fn check_month(month: u32) -> Result<(), Reason> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err((
            msg!("deadline-no-such-month", month = month.to_string()),
            Some(msg!("deadline-no-such-month-help")),
        ))
    }
}

fn check_day(day: u32, month: u32, year: Option<i32>, nb: bool) -> Result<(), Reason> {
    check_month(month)?;
    if day == 0 {
        return Err((
            msg!("deadline-day-zero"),
            Some(msg!("deadline-day-zero-help")),
        ));
    }
    let name = month_message(month, nb);
    let dim = days_in_month(month, year);
    if day <= dim {
        return match year {
            Some(y) if NaiveDate::from_ymd_opt(y, month, day).is_none() => Err(out_of_range(y)),
            _ => Ok(()),
        };
    }
    let last_in_year = |y: i32| {
        Some(msg!(
            "deadline-last-day-in-year",
            month = name.clone(),
            year = y.to_string(),
            day = dim
        ))
    };
    Err(match year {
        Some(y) if month == 2 && day == 29 => (
            msg!(
                "deadline-not-leap-year",
                year = y.to_string(),
                month = name.clone()
            ),
            last_in_year(y),
        ),
        Some(y) if month == 2 => (
            msg!(
                "deadline-month-in-year-has-days",
                month = name.clone(),
                year = y.to_string(),
                days = dim
            ),
            last_in_year(y),
        ),
        None if month == 2 => (
            msg!("deadline-february-at-most", month = name.clone()),
            Some(msg!("deadline-february-last-day", month = name)),
        ),
        _ => (
            msg!("deadline-month-has-days", month = name.clone(), days = dim),
            Some(msg!("deadline-last-day", month = name, day = dim)),
        ),
    })
}

/// A day that the text says falls on `weekday` must fall on it.
fn check_weekday(date: NaiveDate, weekday: Option<Weekday>) -> Result<(), Reason> {
    match weekday {
        Some(wd) if date.weekday() != wd => Err((
            msg!(
                "deadline-wrong-weekday",
                date = fmt_date(date),
                actual = weekday_message(date.weekday()),
                written = weekday_message(wd)
            ),
            Some(msg!("deadline-wrong-weekday-help")),
        )),
        _ => Ok(()),
    }
}

fn check_week(week: u32, year: Option<i32>) -> Result<(), Reason> {
    if week == 0 || week > 53 {
        return Err((
            msg!("deadline-no-such-week", week = week.to_string()),
            Some(msg!("deadline-no-such-week-help")),
        ));
    }
    match year {
        Some(y) if NaiveDate::from_isoywd_opt(y, week, Weekday::Sun).is_none() => {
            match NaiveDate::from_isoywd_opt(y, 52, Weekday::Sun) {
                Some(last) if week == 53 => Err((
                    msg!("deadline-52-weeks", year = y.to_string()),
                    Some(msg!(
                        "deadline-52-weeks-help",
                        year = y.to_string(),
                        date = fmt_date(last)
                    )),
                )),
                _ => Err(out_of_range(y)),
            }
        }
        _ => Ok(()),
    }
}

/// Everything about a spec that can be checked without the plan.
fn check_spec(spec: &DeadlineSpec, nb: bool) -> Result<(), Reason> {
    match *spec {
        DeadlineSpec::Date {
            day,
            month,
            year,
            weekday,
        } => {
            check_day(day, month, year, nb)?;
            match year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
                Some(date) => check_weekday(date, weekday),
                None => Ok(()),
            }
        }
        DeadlineSpec::Week { week, year } => check_week(week, year),
        DeadlineSpec::Month { month, .. } => check_month(month),
        DeadlineSpec::MonthRange { from, to, .. } => {
            check_month(from)?;
            check_month(to)
        }
        DeadlineSpec::Meeting { number, .. } => {
            if number == 0 {
                Err((
                    msg!("deadline-meeting-zero"),
                    Some(msg!("deadline-meeting-zero-help")),
                ))
            } else {
                Ok(())
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Tokenizer

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NumTok {
    /// The value, saturated at u64::MAX for absurdly long digit runs.
    value: u64,
    /// Number of digits as written.
    len: usize,
    /// Followed by a single '.' ("30." ordinal / "30.11" separator).
    dotted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    N(NumTok),
    /// A run of letters (lowercase), an abbreviation dot after it swallowed.
    W(String),
    Dash,
    Comma,
    DotDot,
    Dot,
    Other,
}

fn tokenize(lower: &str) -> Vec<Tok> {
    let chars: Vec<char> = lower.chars().collect();
    let single_dot_at = |i: usize| chars.get(i) == Some(&'.') && chars.get(i + 1) != Some(&'.');
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            let digits: String = chars.get(start..i).unwrap_or_default().iter().collect();
            let value = digits.parse::<u64>().unwrap_or(u64::MAX);
            let len = i - start;
            let dotted = single_dot_at(i);
            if dotted {
                i += 1;
            }
            out.push(Tok::N(NumTok { value, len, dotted }));
        } else if c.is_alphabetic() {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_alphabetic()) {
                i += 1;
            }
            let word: String = chars.get(start..i).unwrap_or_default().iter().collect();
            if single_dot_at(i) {
                i += 1;
            }
            out.push(Tok::W(word));
        } else if c == '.' {
            if chars.get(i + 1) == Some(&'.') {
                out.push(Tok::DotDot);
                i += 2;
            } else {
                out.push(Tok::Dot);
                i += 1;
            }
        } else {
            out.push(match c {
                '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' => Tok::Dash,
                ',' => Tok::Comma,
                _ => Tok::Other,
            });
            i += 1;
        }
    }
    out
}

/// The month (1..=12) a lowercase word names, in any of the three languages.
fn month_word(w: &str) -> Option<u32> {
    let i = MONTHS.iter().position(|m| {
        m.norwegian == w || m.english.eq_ignore_ascii_case(w) || m.short.contains(&w)
    })?;
    u32::try_from(i + 1).ok()
}

/// The weekday a lowercase word names, in any of the three languages.
fn weekday_word(w: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|d| {
            d.bokmal == w
                || d.nynorsk == w
                || d.english.eq_ignore_ascii_case(w)
                || d.short.contains(&w)
        })
        .map(|d| d.day)
}

/// Whether a lowercase word is English only (not also Norwegian): it makes messages name
/// months in English.
fn english_only(w: &str) -> bool {
    ENGLISH_ONLY.contains(&w)
        || MONTHS
            .iter()
            .any(|m| m.english.eq_ignore_ascii_case(w) && m.norwegian != w)
        || WEEKDAYS
            .iter()
            .any(|d| d.english.eq_ignore_ascii_case(w) && d.bokmal != w)
        || ORDINALS.iter().any(|o| o.last() == Some(&w))
}

fn is_week_word(w: &str) -> bool {
    WEEK_WORDS.contains(&w)
}

fn is_meeting_word(w: &str) -> bool {
    MEETING_WORDS.contains(&w)
}

fn ordinal_word(w: &str) -> Option<u64> {
    let i = ORDINALS.iter().position(|o| o.contains(&w))?;
    u64::try_from(i + 1).ok()
}

// ---------------------------------------------------------------------------
// Parser

/// The shape of a deadline text, numbers not yet validated.
enum Raw {
    Date(u64, u64),
    Week(u64),
    Month(u64),
    Range(u64, u64),
    Meeting(u64),
    /// "2017-11..2018-01": from-year, from-month, to-year, to-month.
    IsoRange(u64, u64, u64, u64),
}

/// Split off a trailing 4-digit year ("… 2018", "…, 2018", "… i 2018").
fn split_year(toks: &[Tok]) -> (&[Tok], Option<u64>) {
    match toks {
        [rest @ .., Tok::N(y)]
            if y.len == 4 && !rest.is_empty() && !matches!(rest.last(), Some(Tok::Dash)) =>
        {
            let rest = match rest {
                [r @ .., Tok::Comma] => r,
                [r @ .., Tok::W(w)] if w == "i" || w == "in" => r,
                _ => rest,
            };
            (rest, Some(y.value))
        }
        _ => (toks, None),
    }
}

fn shape(toks: &[Tok]) -> Option<(Raw, Option<u64>)> {
    // ISO forms, which carry their year in front.
    match toks {
        [Tok::N(y), Tok::Dash, Tok::N(m), Tok::Dash, Tok::N(d)] if y.len == 4 => {
            return Some((Raw::Date(d.value, m.value), Some(y.value)));
        }
        [Tok::N(y), Tok::Dash, Tok::W(w), Tok::N(wk)] if y.len == 4 && w == "w" => {
            return Some((Raw::Week(wk.value), Some(y.value)));
        }
        [Tok::N(y), Tok::Dash, Tok::N(m)] if y.len == 4 => {
            return Some((Raw::Month(m.value), Some(y.value)));
        }
        [
            Tok::N(y1),
            Tok::Dash,
            Tok::N(m1),
            Tok::DotDot,
            Tok::N(y2),
            Tok::Dash,
            Tok::N(m2),
        ] if y1.len == 4 && y2.len == 4 => {
            return Some((Raw::IsoRange(y1.value, m1.value, y2.value, m2.value), None));
        }
        _ => {}
    }
    let (core, year) = split_year(toks);
    let raw = match core {
        [Tok::N(d), Tok::N(m)] if d.dotted => Raw::Date(d.value, m.value),
        [Tok::N(d), Tok::W(w)] if month_word(w).is_some() => {
            Raw::Date(d.value, u64::from(month_word(w)?))
        }
        [Tok::W(w), Tok::N(d)] if month_word(w).is_some() => {
            Raw::Date(d.value, u64::from(month_word(w)?))
        }
        [Tok::W(w)] => Raw::Month(u64::from(month_word(w)?)),
        [Tok::W(a), Tok::Dash, Tok::W(b)] => {
            Raw::Range(u64::from(month_word(a)?), u64::from(month_word(b)?))
        }
        [Tok::W(w), Tok::N(n)] if is_week_word(w) => Raw::Week(n.value),
        [Tok::W(w), Tok::N(n)] if is_meeting_word(w) => Raw::Meeting(n.value),
        [Tok::N(n), Tok::W(w)] if n.dotted && is_meeting_word(w) => Raw::Meeting(n.value),
        [Tok::N(n), Tok::W(suffix), Tok::W(w)]
            if !n.dotted
                && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th")
                && is_meeting_word(w) =>
        {
            Raw::Meeting(n.value)
        }
        [Tok::W(o), Tok::W(w)] if is_meeting_word(w) => Raw::Meeting(ordinal_word(o)?),
        _ => return None,
    };
    Some((raw, year))
}

fn check_year(v: u64) -> Result<i32, Reason> {
    match i32::try_from(v) {
        Ok(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) => Ok(y),
        _ => Err(out_of_range(v)),
    }
}

/// Parse an already-collapsed text; also returns whether messages should use Norwegian names.
fn parse_inner(shown: &str) -> Result<(DeadlineSpec, bool), DeadlineError> {
    let lower = shown.to_lowercase();
    let toks = tokenize(&lower);
    let nb = !toks
        .iter()
        .any(|t| matches!(t, Tok::W(w) if english_only(w)));
    // A weekday may stand before a date ("fredag 1. desember", "måndag, 4.12.2017").
    let (weekday, toks) = match toks.as_slice() {
        [Tok::W(w), Tok::Comma, rest @ ..] | [Tok::W(w), rest @ ..]
            if weekday_word(w).is_some() =>
        {
            (weekday_word(w), rest)
        }
        all => (None, all),
    };
    let (raw, year) = shape(toks).ok_or_else(|| unrecognised(shown))?;
    if weekday.is_some() && !matches!(raw, Raw::Date(..)) {
        return Err(unrecognised(shown));
    }
    let bad = |r: Reason| invalid(shown, r);
    let year = year.map(check_year).transpose().map_err(bad)?;
    let spec = match raw {
        Raw::Date(day, month) => DeadlineSpec::Date {
            day: to_u32(day),
            month: to_u32(month),
            year,
            weekday,
        },
        Raw::Week(week) => DeadlineSpec::Week {
            week: to_u32(week),
            year,
        },
        Raw::Month(month) => DeadlineSpec::Month {
            month: to_u32(month),
            year,
        },
        Raw::Meeting(number) => DeadlineSpec::Meeting {
            number: to_u32(number),
            year,
        },
        Raw::Range(from, to) => {
            let (from, to) = (to_u32(from), to_u32(to));
            if from > to {
                let example = match year {
                    Some(y) => format!("\"{}-{from:02}..{y}-{to:02}\"", y - 1),
                    None => "\"2017-11..2018-01\"".to_string(),
                };
                return Err(bad((
                    msg!("deadline-range-backwards"),
                    Some(msg!("deadline-range-new-year-help", example = example)),
                )));
            }
            DeadlineSpec::MonthRange { from, to, year }
        }
        Raw::IsoRange(y1, m1, y2, m2) => {
            let y1 = check_year(y1).map_err(bad)?;
            let y2 = check_year(y2).map_err(bad)?;
            let (from, to) = (to_u32(m1), to_u32(m2));
            check_month(from).map_err(bad)?;
            check_month(to).map_err(bad)?;
            let ok = (y1 == y2 && from <= to) || (y2 == y1 + 1 && from > to);
            if !ok {
                let reason = if (y1, from) > (y2, to) {
                    msg!("deadline-range-backwards")
                } else {
                    msg!("deadline-range-too-long")
                };
                return Err(bad((reason, Some(msg!("deadline-range-too-long-help")))));
            }
            DeadlineSpec::MonthRange {
                from,
                to,
                year: Some(y2),
            }
        }
    };
    check_spec(&spec, nb).map_err(bad)?;
    Ok((spec, nb))
}

// ---------------------------------------------------------------------------
// Resolution

/// Resolve a non-meeting spec in a given year (the spec's own year is ignored).
fn resolve_in_year(spec: &DeadlineSpec, y: i32, nb: bool) -> Result<Resolved, Reason> {
    let span = |first: Option<NaiveDate>, day: Option<NaiveDate>| match (first, day) {
        (Some(first), Some(day)) => Ok(Resolved { first, day }),
        _ => Err(out_of_range(y)),
    };
    match *spec {
        DeadlineSpec::Date {
            day,
            month,
            weekday,
            ..
        } => {
            check_day(day, month, Some(y), nb)?;
            let d = NaiveDate::from_ymd_opt(y, month, day);
            if let Some(date) = d {
                check_weekday(date, weekday)?;
            }
            span(d, d)
        }
        DeadlineSpec::Week { week, .. } => {
            check_week(week, Some(y))?;
            span(
                NaiveDate::from_isoywd_opt(y, week, Weekday::Mon),
                NaiveDate::from_isoywd_opt(y, week, Weekday::Sun),
            )
        }
        DeadlineSpec::Month { month, .. } => {
            check_month(month)?;
            span(
                NaiveDate::from_ymd_opt(y, month, 1),
                last_of_month(y, month),
            )
        }
        DeadlineSpec::MonthRange { from, to, .. } => {
            check_month(from)?;
            check_month(to)?;
            let from_year = if from > to { y.checked_sub(1) } else { Some(y) };
            span(
                from_year.and_then(|fy| NaiveDate::from_ymd_opt(fy, from, 1)),
                last_of_month(y, to),
            )
        }
        DeadlineSpec::Meeting { .. } => Err((msg!("deadline-meeting-no-date"), None)),
    }
}

/// A day of year `y` that would lie inside the deadline if it existed in `y`
/// (used to explain "29. februar" in a non-leap period, week 53 in a 52-week year).
fn probe(spec: &DeadlineSpec, y: i32) -> Option<NaiveDate> {
    match *spec {
        DeadlineSpec::Date { month, .. } => last_of_month(y, month),
        DeadlineSpec::Week { .. } => NaiveDate::from_ymd_opt(y, 12, 28),
        _ => None,
    }
}

/// "30. juni" → "30. juni 2018"; "30.06" → "30.06.2018".
fn with_year(shown: &str, y: i32) -> String {
    let numeric = shown.chars().all(|c| c.is_ascii_digit() || c == '.');
    if numeric {
        format!("{}.{y}", shown.trim_end_matches('.'))
    } else {
        format!("{shown} {y}")
    }
}

fn resolve_inner(
    spec: &DeadlineSpec,
    ctx: &Context,
    shown: &str,
    nb: bool,
) -> Result<Resolved, DeadlineError> {
    check_spec(spec, nb).map_err(|r| invalid(shown, r))?;
    if let DeadlineSpec::Meeting { number, year } = *spec {
        return resolve_meeting(number, year, ctx, shown);
    }
    match spec.year() {
        Some(y) => resolve_in_year(spec, y, nb).map_err(|r| invalid(shown, r)),
        None => infer_year(spec, ctx, shown, nb),
    }
}

fn infer_year(
    spec: &DeadlineSpec,
    ctx: &Context,
    shown: &str,
    nb: bool,
) -> Result<Resolved, DeadlineError> {
    let Some((start, end)) = ctx.period else {
        return Err(DeadlineError {
            kind: DeadlineErrorKind::NeedsYear,
            message: msg!("deadline-no-period", text = shown),
            help: Some(msg!("deadline-no-period-help")),
        });
    };
    let period = || format!("{}–{}", fmt_date(start), fmt_date(end));
    let mut hits: Vec<Resolved> = Vec::new();
    let mut near_miss: Option<Message> = None;
    for y in start.year().saturating_sub(1)..=end.year().saturating_add(1) {
        match resolve_in_year(spec, y, nb) {
            Ok(r) if r.day >= start && r.day <= end => hits.push(r),
            Ok(_) => {}
            Err((msg, _)) => {
                if near_miss.is_none() && probe(spec, y).is_some_and(|p| p >= start && p <= end) {
                    near_miss = Some(msg);
                }
            }
        }
    }
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(match near_miss {
            Some(reason) => DeadlineError {
                kind: DeadlineErrorKind::ImpossibleDate,
                message: msg!(
                    "deadline-not-in-period-because",
                    text = shown,
                    period = period(),
                    reason = reason
                ),
                help: Some(msg!("deadline-not-in-period-because-help")),
            },
            None => DeadlineError {
                kind: DeadlineErrorKind::NeedsYear,
                message: msg!("deadline-outside-period", text = shown, period = period()),
                help: Some(msg!(
                    "deadline-write-year",
                    example = with_year(shown, end.year())
                )),
            },
        }),
        several @ [first, _, ..] => {
            let dates: Vec<String> = several.iter().map(|r| fmt_date(r.day)).collect();
            Err(DeadlineError {
                kind: DeadlineErrorKind::Ambiguous,
                message: msg!(
                    "deadline-ambiguous",
                    text = shown,
                    count = several.len(),
                    dates = join_and(&dates)
                ),
                help: Some(msg!(
                    "deadline-write-year",
                    example = with_year(shown, first.day.year())
                )),
            })
        }
    }
}

fn list_dates(dates: &[NaiveDate]) -> Message {
    const MAX_LISTED: usize = 12;
    let shown: Vec<String> = dates
        .iter()
        .take(MAX_LISTED)
        .map(|d| fmt_date(*d))
        .collect();
    if dates.len() > MAX_LISTED {
        return msg!(
            "deadline-list-and",
            init = shown.join(", "),
            last = msg!("deadline-more", count = dates.len() - MAX_LISTED)
        );
    }
    join_and(&shown)
}

fn resolve_meeting(
    number: u32,
    year: Option<i32>,
    ctx: &Context,
    shown: &str,
) -> Result<Resolved, DeadlineError> {
    let Some(meetings) = ctx.meetings else {
        return Err(DeadlineError {
            kind: DeadlineErrorKind::NoMeeting,
            message: msg!("deadline-no-meeting-series", text = shown),
            help: Some(msg!("deadline-no-meeting-series-help")),
        });
    };
    let mut all = meetings.to_vec();
    all.sort_unstable();
    let (pool, scope): (Vec<NaiveDate>, Message) = match (year, ctx.period) {
        (Some(y), _) => (
            all.iter().copied().filter(|d| d.year() == y).collect(),
            msg!("deadline-scope-year", year = y.to_string()),
        ),
        (None, Some((start, end))) => (
            all.iter()
                .copied()
                .filter(|d| *d >= start && *d <= end)
                .collect(),
            msg!(
                "deadline-scope-period",
                period = format!("{}–{}", fmt_date(start), fmt_date(end))
            ),
        ),
        (None, None) => (all.clone(), msg!("deadline-scope-total")),
    };
    let picked = number
        .checked_sub(1)
        .and_then(|i| pool.get(usize::try_from(i).ok()?));
    if let Some(d) = picked {
        return Ok(Resolved { first: *d, day: *d });
    }
    let series = match ctx.meeting_series {
        Some(name) => msg!("deadline-series-named", name = name),
        None => msg!("deadline-series-unnamed"),
    };
    let help = match pool.len() {
        0 if all.is_empty() => msg!("deadline-add-meeting-dates"),
        0 => msg!("deadline-all-meetings-on", dates = list_dates(&all)),
        n => msg!(
            "deadline-meetings-on",
            count = n,
            scope = scope.clone(),
            dates = list_dates(&pool)
        ),
    };
    Err(DeadlineError {
        kind: DeadlineErrorKind::NoMeeting,
        message: msg!(
            "deadline-meeting-missing",
            text = shown,
            number = number.to_string(),
            series = series,
            count = pool.len(),
            scope = scope
        ),
        help: Some(help),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error's English message and help contain these.
    fn says(e: &DeadlineError, message: &str, help: &str) {
        let text = e.message.english();
        assert!(text.contains(message), "{text:?}");
        let h = e.help.as_ref().map(|h| h.english()).unwrap_or_default();
        assert!(h.contains(help), "{h:?}");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn date(day: u32, month: u32, year: Option<i32>) -> DeadlineSpec {
        DeadlineSpec::Date {
            day,
            month,
            year,
            weekday: None,
        }
    }

    fn kind_of(text: &str) -> DeadlineErrorKind {
        match parse(text) {
            Ok(spec) => panic!("{text:?} parsed as {spec:?}"),
            Err(e) => e.kind,
        }
    }

    fn err_of(text: &str, ctx: &Context) -> DeadlineError {
        match parse_and_resolve(text, ctx) {
            Ok(r) => panic!("{text:?} resolved to {r:?}"),
            Err(e) => e,
        }
    }

    fn resolved(text: &str, ctx: &Context) -> Resolved {
        match parse_and_resolve(text, ctx) {
            Ok((_, r)) => r,
            Err(e) => panic!("{text:?}: {e:?}"),
        }
    }

    fn plan_period() -> Context<'static> {
        Context {
            period: Some((d(2017, 9, 1), d(2018, 4, 30))),
            ..Context::default()
        }
    }

    #[test]
    fn dates_all_forms() {
        let y = Some(2017);
        for text in [
            "2017-11-30",
            "30.11.2017",
            "30. november 2017",
            "30. nov 2017",
            "30. nov. 2017",
            "30 November 2017",
            "November 30 2017",
            "November 30, 2017",
            "NOVEMBER 30, 2017",
            "  30.   november   2017 ",
            "30. november i 2017",
            "Nov. 30, 2017",
        ] {
            assert_eq!(parse(text), Ok(date(30, 11, y)), "{text}");
        }
        for text in [
            "30.11",
            "30.11.",
            "30. november",
            "30. Nov",
            "November 30",
            "30 nov",
        ] {
            assert_eq!(parse(text), Ok(date(30, 11, None)), "{text}");
        }
        assert_eq!(parse("30. des."), Ok(date(30, 12, None)));
        assert_eq!(parse("30. Dec"), Ok(date(30, 12, None)));
        assert_eq!(parse("24. desember"), Ok(date(24, 12, None)));
        assert_eq!(parse("1. mai"), Ok(date(1, 5, None)));
        assert_eq!(parse("May 1"), Ok(date(1, 5, None)));
        assert_eq!(parse("15. sept 2017"), Ok(date(15, 9, y)));
        assert_eq!(parse("15. sep. 2017"), Ok(date(15, 9, y)));
        assert_eq!(parse("15. okt"), Ok(date(15, 10, None)));
        assert_eq!(parse("15 Oct 2017"), Ok(date(15, 10, y)));
        assert_eq!(parse("1. mars 2018"), Ok(date(1, 3, Some(2018))));
        assert_eq!(parse("March 1, 2018"), Ok(date(1, 3, Some(2018))));
        assert_eq!(parse("01.02.2018"), Ok(date(1, 2, Some(2018))));
        assert_eq!(parse("2018-2-1"), Ok(date(1, 2, Some(2018))));
    }

    #[test]
    fn all_month_names() {
        for (i, words) in MONTHS.iter().enumerate() {
            let m = i as u32 + 1;
            let mut names = vec![
                words.norwegian.to_string(),
                words.english.to_string(),
                words.english.to_uppercase(),
                format!("{}.", words.english),
            ];
            names.extend(words.short.iter().map(|s| s.to_string()));
            names.extend(words.short.iter().map(|s| format!("{s}.")));
            for name in &names {
                assert_eq!(parse(&format!("1. {name}")), Ok(date(1, m, None)), "{name}");
                assert_eq!(
                    parse(&format!("{name} 2018")),
                    Ok(DeadlineSpec::Month {
                        month: m,
                        year: Some(2018)
                    }),
                    "{name}"
                );
            }
            assert_eq!(month_name(m, true), words.norwegian);
            assert_eq!(month_name(m, false), words.english);
        }
        assert_eq!(month_name(0, true), "?");
        assert_eq!(month_name(13, false), "?");
    }

    #[test]
    fn weekday_names() {
        assert_eq!(weekday_short(Weekday::Sun, true), "søn");
        assert_eq!(weekday_short(Weekday::Sun, false), "Sun");
        assert_eq!(weekday_short(Weekday::Mon, true), "man");
        assert_eq!(weekday_short(Weekday::Mon, false), "Mon");
        assert_eq!(weekday_short(Weekday::Sat, true), "lør");
        // Friday 1 December 2017, in every form the table holds.
        let friday = WEEKDAYS
            .iter()
            .find(|w| w.day == Weekday::Fri)
            .expect("the table has every weekday");
        let mut words = vec![friday.bokmal, friday.nynorsk, friday.english];
        words.extend(friday.short);
        for w in words {
            let text = format!("{w} 1. desember 2017");
            let spec = parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(spec.year(), Some(2017), "{text}");
            assert_eq!(resolved(&text, &Context::default()).day, d(2017, 12, 1));
        }
    }

    #[test]
    fn weekday_and_month_names_for_each_reader() {
        let short = |lang| -> Vec<&str> {
            (0..7)
                .map(|i| weekday_short_in(Weekday::try_from(i as u8).unwrap(), lang))
                .collect()
        };
        assert_eq!(
            short(Language::Nb),
            ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
        );
        assert_eq!(
            short(Language::Nn),
            ["mån", "tys", "ons", "tor", "fre", "lau", "sun"]
        );
        assert_eq!(
            short(Language::En),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        );
        assert_eq!(month_name_in(12, Language::Nn), "desember");
        assert_eq!(month_name_in(12, Language::En), "December");
        assert_eq!(
            weekday_message(Weekday::Sat).render(Language::Nn),
            "laurdag"
        );
        assert_eq!(weekday_message(Weekday::Sat).render(Language::Nb), "lørdag");
        assert_eq!(
            weekday_message(Weekday::Sat).render(Language::En),
            "Saturday"
        );
    }

    #[test]
    fn a_weekday_before_a_date_must_be_its_weekday() {
        // Every nynorsk weekday name, each on its own day of week 49 of 2017 (4–10 December).
        let nynorsk = [
            "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag",
        ];
        for (i, name) in nynorsk.iter().enumerate() {
            let day = 4 + i as u32;
            let text = format!("{name} {day}. desember 2017");
            assert_eq!(
                resolved(&text, &Context::default()).day,
                d(2017, 12, day),
                "{text}"
            );
            let text = format!("{name}, {day}.12");
            assert_eq!(
                resolved(&text, &plan_period()).day,
                d(2017, 12, day),
                "{text}"
            );
        }
        let e = parse("måndag 1. desember 2017").expect_err("a Friday");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert_eq!(
            e.message.english(),
            "invalid deadline \"måndag 1. desember 2017\": 01.12.2017 is a Friday, not a Monday"
        );
        assert_eq!(
            e.message.render(Language::Nn),
            "ugyldig frist \"måndag 1. desember 2017\": 01.12.2017 er ein fredag, ikkje ein måndag"
        );
        // Without a year the period decides, and a wrong weekday is said so.
        let e = err_of("tysdag 1. desember", &plan_period());
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert!(
            e.message
                .english()
                .contains("01.12.2017 is a Friday, not a Tuesday"),
            "{}",
            e.message.english()
        );
        // A weekday goes only before a date.
        assert_eq!(kind_of("fredag veke 50"), DeadlineErrorKind::Unrecognised);
        assert_eq!(kind_of("sundag"), DeadlineErrorKind::Unrecognised);
    }

    #[test]
    fn nynorsk_forms() {
        let ctx = plan_period();
        assert_eq!(
            parse("veke 50"),
            Ok(DeadlineSpec::Week {
                week: 50,
                year: None
            })
        );
        assert_eq!(resolved("Veke 17 2018", &ctx).day, d(2018, 4, 29));
        let r = resolved("juni–juli 2018", &ctx);
        assert_eq!((r.first, r.day), (d(2018, 6, 1), d(2018, 7, 31)));
        assert_eq!(
            parse("juni–juli"),
            Ok(DeadlineSpec::MonthRange {
                from: 6,
                to: 7,
                year: None
            })
        );
        assert_eq!(resolved("desember", &ctx).day, d(2017, 12, 31));
        assert_eq!(resolved("30. desember", &ctx).day, d(2017, 12, 30));
        let m = |number, year| DeadlineSpec::Meeting { number, year };
        for (text, spec) in [
            ("1. møte 2018", m(1, Some(2018))),
            ("fyrste møte 2018", m(1, Some(2018))),
            ("Fyrste møte i 2018", m(1, Some(2018))),
            ("sjuande møte", m(7, None)),
            ("åttande møte", m(8, None)),
            ("niande møte", m(9, None)),
            ("tiande møte", m(10, None)),
        ] {
            assert_eq!(parse(text), Ok(spec), "{text}");
        }
    }

    #[test]
    fn composed_messages_read_in_every_language() {
        let dates = [d(2018, 1, 25), d(2018, 3, 1)];
        let ctx = Context {
            period: Some((d(2017, 9, 1), d(2018, 6, 30))),
            meetings: Some(&dates),
            meeting_series: Some("Formannskapet"),
        };
        let e = err_of("3. møte 2018", &ctx);
        let help = e.help.clone().unwrap();
        assert_eq!(
            e.message.render(Language::Nn),
            "fristen \"3. møte 2018\" viser til møte 3, men møteserien Formannskapet har berre 2 møte i 2018"
        );
        assert_eq!(
            help.render(Language::Nb),
            "møtene i 2018 er 25.01.2018 og 01.03.2018"
        );
        assert_eq!(
            help.english(),
            "its meetings in 2018 are on 25.01.2018 and 01.03.2018"
        );
        let long = Context {
            period: Some((d(2017, 1, 1), d(2019, 12, 31))),
            ..Context::default()
        };
        let e = err_of("veke 10", &long);
        assert_eq!(
            e.message.render(Language::Nn),
            "fristen \"veke 10\" fell 3 gonger innanfor planperioden (12.03.2017, 11.03.2018 og 10.03.2019)"
        );
        assert_eq!(
            e.help.unwrap().render(Language::Nb),
            "skriv årstallet, for eksempel \"veke 10 2017\""
        );
        let e = err_of("", &Context::default());
        assert_eq!(
            e.message.render(Language::Nn),
            "ugyldig frist \"\": teksten er tom"
        );
        assert!(
            e.help
                .unwrap()
                .render(Language::Nn)
                .contains("ei veke (\"veke 50\", \"2017-W50\")")
        );
    }

    #[test]
    fn messages_name_months_in_the_readers_language() {
        let e = parse("31. november").expect_err("30 days");
        assert_eq!(
            e.message.render(Language::Nn),
            "ugyldig frist \"31. november\": november har 30 dagar"
        );
        assert_eq!(
            e.message.render(Language::Nb),
            "ugyldig frist \"31. november\": november har 30 dager"
        );
        // An English text: English readers read its English month name, Norwegian ones theirs.
        let e = parse("June 31").expect_err("30 days");
        assert!(e.message.english().contains("June has 30 days"));
        assert!(e.message.render(Language::Nb).contains("juni har 30 dager"));
        let e = err_of("veke 53", &plan_period());
        assert!(
            e.message
                .render(Language::Nn)
                .contains("2017 har 52 ISO-veker"),
            "{}",
            e.message.render(Language::Nn)
        );
    }

    #[test]
    fn weeks() {
        let w = |week, year| DeadlineSpec::Week { week, year };
        assert_eq!(parse("2017-W50"), Ok(w(50, Some(2017))));
        assert_eq!(parse("2017-w50"), Ok(w(50, Some(2017))));
        assert_eq!(parse("uke 50"), Ok(w(50, None)));
        assert_eq!(parse("Uke 17 2018"), Ok(w(17, Some(2018))));
        assert_eq!(parse("UKE 17, 2018"), Ok(w(17, Some(2018))));
        assert_eq!(parse("week 9 2018"), Ok(w(9, Some(2018))));
        assert_eq!(parse("Week 9"), Ok(w(9, None)));
        assert_eq!(parse("u50"), Ok(w(50, None)));
        assert_eq!(parse("uke50"), Ok(w(50, None)));
        assert_eq!(parse("veke 3"), Ok(w(3, None)));

        let ctx = Context::default();
        let r = resolved("2017-W50", &ctx);
        assert_eq!((r.first, r.day), (d(2017, 12, 11), d(2017, 12, 17)));
        assert_eq!(r.day.weekday(), Weekday::Sun);
    }

    #[test]
    fn week_53_and_week_1() {
        let ctx = Context::default();
        let r = resolved("2020-W53", &ctx);
        assert_eq!((r.first, r.day), (d(2020, 12, 28), d(2021, 1, 3)));
        let r = resolved("uke 53 2020", &ctx);
        assert_eq!(r.day, d(2021, 1, 3));

        let e = parse("2017-W53").expect_err("2017 has no week 53");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        says(&e, "2017 has 52 ISO weeks", "31.12.2017");

        let r = resolved("2019-W01", &ctx);
        assert_eq!((r.first, r.day), (d(2018, 12, 31), d(2019, 1, 6)));
        let r = resolved("2026-W01", &ctx);
        assert_eq!(r.first, d(2025, 12, 29));

        for bad in ["uke 0", "uke 54", "2017-W00", "week 99 2018"] {
            assert_eq!(kind_of(bad), DeadlineErrorKind::ImpossibleDate, "{bad}");
        }
        assert!(
            parse("uke 54")
                .unwrap_err()
                .message
                .english()
                .contains("there is no week 54")
        );
        // Week 53 without a year is fine at parse time.
        assert_eq!(
            parse("uke 53"),
            Ok(DeadlineSpec::Week {
                week: 53,
                year: None
            })
        );
    }

    #[test]
    fn week_53_without_year_in_period() {
        let ctx = Context {
            period: Some((d(2020, 9, 1), d(2021, 6, 30))),
            ..Context::default()
        };
        assert_eq!(resolved("uke 53", &ctx).day, d(2021, 1, 3));
        let e = err_of("uke 53", &plan_period());
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert!(
            e.message.english().contains("2017 has 52 ISO weeks"),
            "{:?}",
            e.message.english()
        );
    }

    #[test]
    fn months() {
        let m = |month, year| DeadlineSpec::Month { month, year };
        assert_eq!(parse("2018-02"), Ok(m(2, Some(2018))));
        assert_eq!(parse("februar 2018"), Ok(m(2, Some(2018))));
        assert_eq!(parse("feb 2018"), Ok(m(2, Some(2018))));
        assert_eq!(parse("Feb. 2018"), Ok(m(2, Some(2018))));
        assert_eq!(parse("February 2018"), Ok(m(2, Some(2018))));
        assert_eq!(parse("februar"), Ok(m(2, None)));
        assert_eq!(parse("Sept"), Ok(m(9, None)));

        let ctx = Context::default();
        let r = resolved("februar 2018", &ctx);
        assert_eq!((r.first, r.day), (d(2018, 2, 1), d(2018, 2, 28)));
        let r = resolved("2016-02", &ctx);
        assert_eq!(r.day, d(2016, 2, 29));
        let r = resolved("desember 2017", &ctx);
        assert_eq!(r.day, d(2017, 12, 31));
        assert_eq!(kind_of("2018-13"), DeadlineErrorKind::ImpossibleDate);
        assert_eq!(kind_of("2018-00"), DeadlineErrorKind::ImpossibleDate);
    }

    #[test]
    fn month_ranges() {
        let range = |from, to, year| DeadlineSpec::MonthRange { from, to, year };
        for text in [
            "jan-feb 2018",
            "Jan-feb 2018",
            "januar–februar 2018",
            "januar — februar 2018",
            "January - February 2018",
            "jan.-feb. 2018",
            "2018-01..2018-02",
        ] {
            assert_eq!(parse(text), Ok(range(1, 2, Some(2018))), "{text}");
        }
        assert_eq!(parse("jan-feb"), Ok(range(1, 2, None)));
        assert_eq!(parse("jan-jan 2018"), Ok(range(1, 1, Some(2018))));

        let ctx = Context::default();
        let r = resolved("jan-feb 2018", &ctx);
        assert_eq!((r.first, r.day), (d(2018, 1, 1), d(2018, 2, 28)));

        // Across new year with explicit years.
        assert_eq!(parse("2017-11..2018-01"), Ok(range(11, 1, Some(2018))));
        let r = resolved("2017-11..2018-01", &ctx);
        assert_eq!((r.first, r.day), (d(2017, 11, 1), d(2018, 1, 31)));

        let e = parse("mar-jan 2018").expect_err("backwards");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        says(&e, "runs backwards", "2017-03..2018-01");
        assert_eq!(
            kind_of("2018-03..2018-01"),
            DeadlineErrorKind::ImpossibleDate
        );
        assert_eq!(
            kind_of("2017-01..2018-02"),
            DeadlineErrorKind::ImpossibleDate
        );
        assert_eq!(
            kind_of("2017-11..2019-01"),
            DeadlineErrorKind::ImpossibleDate
        );
        assert_eq!(
            kind_of("2017-13..2018-01"),
            DeadlineErrorKind::ImpossibleDate
        );

        // Without year, inferred from the period.
        let r = resolved("nov-des", &plan_period());
        assert_eq!((r.first, r.day), (d(2017, 11, 1), d(2017, 12, 31)));
    }

    #[test]
    fn impossible_dates() {
        let e = parse("31. november").expect_err("30 days");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert_eq!(
            e.message.english(),
            "invalid deadline \"31. november\": november has 30 days"
        );
        assert_eq!(
            e.help.as_ref().map(|h| h.english()).as_deref(),
            Some("the last day of november is the 30th")
        );
        let e = parse("June 31").expect_err("30 days");
        assert!(
            e.message.english().contains("June has 30 days"),
            "{:?}",
            e.message.english()
        );
        // "November" is the same word in both languages: Norwegian is used.
        let e = parse("November 31").expect_err("30 days");
        assert!(
            e.message.english().contains("november has 30 days"),
            "{:?}",
            e.message.english()
        );

        let e = parse("30.13.2017").expect_err("month 13");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert!(
            e.message.english().contains("there is no month 13"),
            "{:?}",
            e.message.english()
        );

        for bad in [
            "0. mai",
            "0.5.2018",
            "32. januar",
            "31.04.2018",
            "30. februar",
            "99999999999. november",
            "99999999999999999999999999. november 2017",
            "1.99999999999",
            "uke 99999999999",
            "0. møte 2018",
            "30. november 1899",
            "30. november 2201",
            "2500-01-01",
            "0000-W01",
        ] {
            assert_eq!(kind_of(bad), DeadlineErrorKind::ImpossibleDate, "{bad}");
        }
        assert!(
            parse("30. november 2201")
                .unwrap_err()
                .message
                .english()
                .contains("year 2201 is out of range")
        );
    }

    #[test]
    fn leap_years() {
        let ctx = Context::default();
        assert_eq!(resolved("29.02.2016", &ctx).day, d(2016, 2, 29));
        assert_eq!(resolved("29. februar 2020", &ctx).day, d(2020, 2, 29));
        assert_eq!(resolved("2000-02-29", &ctx).day, d(2000, 2, 29));
        assert_eq!(kind_of("2100-02-29"), DeadlineErrorKind::ImpossibleDate);

        let e = parse("29. februar 2017").expect_err("not leap");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert_eq!(
            e.message.english(),
            "invalid deadline \"29. februar 2017\": 2017 is not a leap year, februar has 28 days"
        );
        let e = parse("February 29, 2017").expect_err("not leap");
        assert!(
            e.message.english().contains("February has 28 days"),
            "{:?}",
            e.message.english()
        );

        // Without a year 29 February parses; the period decides.
        assert_eq!(parse("29. februar"), Ok(date(29, 2, None)));
        let e = err_of("29. februar", &plan_period());
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
        assert!(
            e.message.english().contains("2018 is not a leap year"),
            "{}",
            e.message.english()
        );
        let ctx2020 = Context {
            period: Some((d(2019, 9, 1), d(2020, 6, 30))),
            ..Context::default()
        };
        assert_eq!(resolved("29. februar", &ctx2020).day, d(2020, 2, 29));
        assert_eq!(resolved("29.02", &ctx2020).day, d(2020, 2, 29));

        // Resolving a hand-made spec also checks.
        let e = resolve(&date(29, 2, Some(2017)), &ctx).expect_err("not leap");
        assert_eq!(e.kind, DeadlineErrorKind::ImpossibleDate);
    }

    #[test]
    fn year_inference() {
        let ctx = plan_period();
        assert_eq!(resolved("30. november", &ctx).day, d(2017, 11, 30));
        assert_eq!(resolved("10. januar", &ctx).day, d(2018, 1, 10));
        assert_eq!(resolved("January 10", &ctx).day, d(2018, 1, 10));
        assert_eq!(resolved("10.01", &ctx).day, d(2018, 1, 10));
        let r = resolved("Uke 50", &ctx);
        assert_eq!((r.first, r.day), (d(2017, 12, 11), d(2017, 12, 17)));
        assert_eq!(resolved("uke 9", &ctx).day, d(2018, 3, 4));
        assert_eq!(resolved("februar", &ctx).day, d(2018, 2, 28));
        // Period bounds are inclusive.
        assert_eq!(resolved("1. september", &ctx).day, d(2017, 9, 1));
        assert_eq!(resolved("30. april", &ctx).day, d(2018, 4, 30));
        // A month whose last day is outside the period does not count.
        assert_eq!(err_of("mai", &ctx).kind, DeadlineErrorKind::NeedsYear);

        let e = err_of("30. juni", &ctx);
        assert_eq!(e.kind, DeadlineErrorKind::NeedsYear);
        assert_eq!(
            e.message.english(),
            "deadline \"30. juni\" does not fall inside the plan period 01.09.2017–30.04.2018"
        );
        assert_eq!(
            e.help.as_ref().map(|h| h.english()).as_deref(),
            Some("write the year, e.g. \"30. juni 2018\"")
        );
        let e = err_of("30.06", &ctx);
        assert_eq!(
            e.help.as_ref().map(|h| h.english()).as_deref(),
            Some("write the year, e.g. \"30.06.2018\"")
        );

        // An explicit year outside the period is taken as written.
        assert_eq!(resolved("30. juni 2019", &ctx).day, d(2019, 6, 30));
    }

    #[test]
    fn ambiguous_and_no_period() {
        let ctx = Context {
            period: Some((d(2017, 9, 1), d(2019, 8, 31))),
            ..Context::default()
        };
        let e = err_of("30. november", &ctx);
        assert_eq!(e.kind, DeadlineErrorKind::Ambiguous);
        assert_eq!(
            e.message.english(),
            "deadline \"30. november\" falls twice inside the plan period (30.11.2017 and 30.11.2018)"
        );
        assert!(
            e.help
                .map(|h| h.english())
                .unwrap_or_default()
                .starts_with("write the year")
        );
        let long = Context {
            period: Some((d(2017, 1, 1), d(2019, 12, 31))),
            ..Context::default()
        };
        let e = err_of("uke 10", &long);
        assert!(
            e.message.english().contains("3 times"),
            "{:?}",
            e.message.english()
        );

        let e = err_of("30. november", &Context::default());
        assert_eq!(e.kind, DeadlineErrorKind::NeedsYear);
        assert_eq!(
            e.message.english(),
            "deadline \"30. november\" has no year and the plan has no period"
        );
        assert_eq!(
            e.help.as_ref().map(|h| h.english()).as_deref(),
            Some("add a year, or set plan.start and plan.end")
        );
        assert_eq!(
            err_of("uke 5", &Context::default()).kind,
            DeadlineErrorKind::NeedsYear
        );
    }

    #[test]
    fn meetings() {
        let m = |number, year| DeadlineSpec::Meeting { number, year };
        for (text, spec) in [
            ("1. møte 2018", m(1, Some(2018))),
            ("1. Møte 2018", m(1, Some(2018))),
            ("første møte 2018", m(1, Some(2018))),
            ("Første møte i 2018", m(1, Some(2018))),
            ("first meeting 2018", m(1, Some(2018))),
            ("First meeting in 2018", m(1, Some(2018))),
            ("møte 2 2018", m(2, Some(2018))),
            ("meeting 2 2018", m(2, Some(2018))),
            ("2. meeting 2018", m(2, Some(2018))),
            ("2nd meeting 2018", m(2, Some(2018))),
            ("andre møte", m(2, None)),
            ("1. møte", m(1, None)),
            ("MØTE 3", m(3, None)),
        ] {
            assert_eq!(parse(text), Ok(spec), "{text}");
        }

        let dates = [d(2018, 1, 25), d(2018, 3, 1)];
        let ctx = Context {
            period: Some((d(2017, 9, 1), d(2018, 6, 30))),
            meetings: Some(&dates),
            meeting_series: Some("Formannskapet"),
        };
        let r = resolved("1. møte 2018", &ctx);
        assert_eq!((r.first, r.day), (d(2018, 1, 25), d(2018, 1, 25)));
        assert_eq!(resolved("møte 2 2018", &ctx).day, d(2018, 3, 1));
        assert_eq!(resolved("2. møte", &ctx).day, d(2018, 3, 1));

        let e = err_of("3. møte 2018", &ctx);
        assert_eq!(e.kind, DeadlineErrorKind::NoMeeting);
        assert!(
            e.message
                .english()
                .contains("the Formannskapet series has only 2 meetings in 2018"),
            "{}",
            e.message.english()
        );
        assert!(
            e.help
                .map(|h| h.english())
                .unwrap_or_default()
                .contains("25.01.2018 and 01.03.2018")
        );

        let e = err_of("1. møte 2019", &ctx);
        assert_eq!(e.kind, DeadlineErrorKind::NoMeeting);
        assert!(
            e.message.english().contains("no meetings in 2019"),
            "{:?}",
            e.message.english()
        );

        let one = [d(2018, 1, 25), d(2019, 1, 10)];
        let ctx_one = Context {
            meetings: Some(&one),
            meeting_series: Some("Formannskapet"),
            ..Context::default()
        };
        let e = err_of("2. møte 2018", &ctx_one);
        assert!(
            e.message.english().contains("has only 1 meeting in 2018"),
            "{}",
            e.message.english()
        );
        // Without year and without period: all dates count.
        assert_eq!(resolved("2. møte", &ctx_one).day, d(2019, 1, 10));

        let e = err_of("1. møte 2018", &plan_period());
        assert_eq!(e.kind, DeadlineErrorKind::NoMeeting);
        assert_eq!(
            e.message.english(),
            "deadline \"1. møte 2018\" names a meeting, but the plan has no meeting series"
        );
        assert!(e.help.is_some());

        assert_eq!(kind_of("0. møte 2018"), DeadlineErrorKind::ImpossibleDate);
        let e = err_of("99999999999. møte 2018", &ctx);
        assert_eq!(e.kind, DeadlineErrorKind::NoMeeting);
    }

    #[test]
    fn unrecognised_inputs() {
        for text in [
            "snart",
            "",
            "   ",
            "31",
            "uke",
            "uke fifty",
            "1. møte 18",
            "30.11.17",
            "2018",
            "møte 2018",
            "30 11",
            "foo 2018",
            "jan-foo 2018",
            "30. novembre",
            "17-11-30",
            "2017-11-30-1",
            "30/11/2017",
            "1 møte",
        ] {
            let e = parse(text).expect_err(text);
            assert_eq!(e.kind, DeadlineErrorKind::Unrecognised, "{text}");
            assert_eq!(
                e.help.as_ref().map(|h| h.english()).as_deref(),
                Some(accepted_forms().english()).as_deref(),
                "{text}"
            );
            assert!(
                e.message.english().starts_with("invalid deadline \""),
                "{text}"
            );
        }
        assert_eq!(
            parse("snart").unwrap_err().message.english(),
            "invalid deadline \"snart\": not a date, week, month, month range or meeting"
        );
    }

    #[test]
    fn from_date_and_display() {
        let spec = from_date(d(2017, 11, 30));
        assert_eq!(spec, date(30, 11, Some(2017)));
        assert_eq!(
            resolved("2017-11-30", &Context::default()).day,
            d(2017, 11, 30)
        );
        let cases = [
            (date(30, 11, Some(2017)), "30. november 2017"),
            (date(30, 11, None), "30. november"),
            (
                DeadlineSpec::Week {
                    week: 50,
                    year: Some(2017),
                },
                "uke 50 2017",
            ),
            (
                DeadlineSpec::Month {
                    month: 2,
                    year: None,
                },
                "februar",
            ),
            (
                DeadlineSpec::MonthRange {
                    from: 1,
                    to: 2,
                    year: Some(2018),
                },
                "januar–februar 2018",
            ),
            (
                DeadlineSpec::MonthRange {
                    from: 11,
                    to: 1,
                    year: Some(2018),
                },
                "2017-11..2018-01",
            ),
            (
                DeadlineSpec::Meeting {
                    number: 1,
                    year: Some(2018),
                },
                "1. møte 2018",
            ),
        ];
        for (spec, text) in cases {
            assert_eq!(spec.to_string(), text);
            // Canonical forms parse back to the same spec.
            assert_eq!(parse(text), Ok(spec), "{text}");
        }
    }

    #[test]
    fn resolve_quotes_canonical_form() {
        let e = resolve(&date(30, 6, None), &plan_period()).expect_err("outside");
        assert!(
            e.message.english().contains("\"30. juni\""),
            "{:?}",
            e.message.english()
        );
    }

    #[test]
    fn hand_made_specs_never_panic() {
        let numbers = [0, 1, 2, 12, 13, 29, 31, 52, 53, 54, u32::MAX];
        let years = [
            None,
            Some(i32::MIN),
            Some(-262_144),
            Some(-1),
            Some(0),
            Some(2017),
            Some(262_143),
            Some(i32::MAX),
        ];
        let dates = [NaiveDate::MIN, d(2018, 1, 1), NaiveDate::MAX];
        let contexts = [
            Context::default(),
            plan_period(),
            Context {
                period: Some((NaiveDate::MIN, NaiveDate::MAX)),
                meetings: Some(&dates),
                meeting_series: None,
            },
            Context {
                period: Some((d(2018, 1, 1), d(2017, 1, 1))),
                meetings: Some(&[]),
                meeting_series: Some("x"),
            },
        ];
        for &a in &numbers {
            for &b in &numbers {
                for &year in &years {
                    let specs = [
                        DeadlineSpec::Date {
                            day: a,
                            month: b,
                            year,
                            weekday: Some(Weekday::Fri),
                        },
                        DeadlineSpec::Week { week: a, year },
                        DeadlineSpec::Month { month: a, year },
                        DeadlineSpec::MonthRange {
                            from: a,
                            to: b,
                            year,
                        },
                        DeadlineSpec::Meeting { number: a, year },
                    ];
                    for spec in &specs {
                        let _ = spec.to_string();
                        // The huge period takes many iterations; only try it for valid-ish specs.
                        for ctx in &contexts[..2] {
                            let _ = resolve(spec, ctx);
                        }
                    }
                }
            }
        }
        for ctx in &contexts {
            let _ = parse_and_resolve("1. møte", ctx);
            let _ = parse_and_resolve("29. februar", ctx);
            let _ = parse_and_resolve("uke 53", ctx);
            let _ = parse_and_resolve("nov-jan", ctx);
        }
    }

    #[test]
    fn random_strings_never_panic() {
        const PIECES: &[&str] = &[
            "1",
            "2",
            "9",
            "0",
            "29",
            "30",
            "31",
            "53",
            "99999999999",
            "18446744073709551616",
            "2017",
            "2018",
            "1899",
            "2200",
            "0000",
            ".",
            "..",
            "-",
            "–",
            "—",
            " ",
            "  ",
            ",",
            "uke",
            "week",
            "w",
            "u",
            "møte",
            "meeting",
            "første",
            "st",
            "i",
            "nov",
            "des.",
            "februar",
            "jan",
            "sept",
            "mai",
            "x",
            "é",
            "\u{a0}",
            "/",
            "\t",
            "Ø",
            "ß",
            "İ",
        ];
        const CHARS: &[char] = &[
            '0', '1', '2', '9', '.', '-', '–', ' ', ',', 'a', 'n', 'o', 'v', 'u', 'k', 'e', 'w',
            'ø', 'm', 't', 'W', 'Ü', '\u{0307}',
        ];
        let dates = [d(2018, 1, 25), d(2018, 3, 1)];
        let ctx = Context {
            period: Some((d(2017, 9, 1), d(2018, 4, 30))),
            meetings: Some(&dates),
            meeting_series: Some("Formannskapet"),
        };
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..20_000 {
            let mut s = String::new();
            let n = next() % 7;
            for _ in 0..n {
                if i % 2 == 0 {
                    s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                } else {
                    s.push(CHARS[(next() % CHARS.len() as u64) as usize]);
                }
            }
            for c in [&ctx, &Context::default()] {
                match parse_and_resolve(&s, c) {
                    Ok((spec, r)) => {
                        assert!(r.first <= r.day, "{s:?}: {r:?}");
                        let _ = spec.to_string();
                    }
                    Err(e) => {
                        assert!(!e.message.english().is_empty());
                        assert!(
                            e.message.english().starts_with("invalid deadline")
                                || e.message.english().starts_with("deadline"),
                            "{s:?}: {}",
                            e.message.english()
                        );
                    }
                }
            }
        }
    }
}
