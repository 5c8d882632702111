//! What each view lists, derived from the plan: the rows of the board, agenda, owners and
//! timeline, and the kanban columns, after filter and search. Computed once per change (not per
//! frame) so drawing a large plan only builds the rows on screen.

use chrono::{Datelike, NaiveDate};

use crate::output::text::{relative_days, width};
use crate::plan::{Activity, Language, Plan, Status, Urgency};

/// The five views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Board,
    Agenda,
    Owners,
    Status,
    Timeline,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Board,
        View::Agenda,
        View::Owners,
        View::Status,
        View::Timeline,
    ];

    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

/// Which activities show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Open,
    Overdue,
    DueSoon,
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::Open,
            Filter::Open => Filter::Overdue,
            Filter::Overdue => Filter::DueSoon,
            Filter::DueSoon => Filter::All,
        }
    }

    pub fn keeps(self, urgency: Urgency, status: Status) -> bool {
        match self {
            Filter::All => true,
            Filter::Open => !status.is_closed(),
            Filter::Overdue => urgency.is_overdue(),
            Filter::DueSoon => urgency.is_due_soon(),
        }
    }
}

/// What the filter picker (`f`) narrows the views to; every filter set must hold (AND).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub status: Option<Status>,
    /// By urgency: open, overdue or due soon ([`Filter::All`]: any).
    pub urgency: Filter,
    /// Activities of this owner (exactly, as written in the plan).
    pub owner: Option<String>,
    /// Activities of this area (index into `plan.areas`).
    pub area: Option<usize>,
    /// Activities whose id, title, owner or note has this text (case-insensitive).
    pub text: String,
}

impl Filters {
    /// No filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether `a` passes every filter; `text` is its [`search_text`], `text_lower` the
    /// filter's text lowercased (once, by the caller).
    pub fn keeps(
        &self,
        a: &Activity,
        urgency: Urgency,
        text: Option<&str>,
        text_lower: &str,
    ) -> bool {
        self.urgency.keeps(urgency, a.status)
            && self.status.is_none_or(|s| s == a.status)
            && self.owner.as_deref().is_none_or(|o| o == a.owner)
            && self.area.is_none_or(|ar| ar == a.area)
            && text_matches(a, text, text_lower)
    }
}

/// How the board and agenda order the activities within each group (`O` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// As written in the file (the agenda: by deadline within each bucket).
    #[default]
    File,
    Deadline,
    Owner,
    Status,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::File => Sort::Deadline,
            Sort::Deadline => Sort::Owner,
            Sort::Owner => Sort::Status,
            Sort::Status => Sort::File,
        }
    }

    /// The order of `a` and `b` (indices into `plan.activities`) under this sort; ties (and
    /// [`Sort::File`]) keep file order.
    pub fn cmp(self, plan: &Plan, a: usize, b: usize) -> std::cmp::Ordering {
        let (x, y) = (&plan.activities[a], &plan.activities[b]);
        let key = match self {
            Sort::File => std::cmp::Ordering::Equal,
            Sort::Deadline => x.due.day().cmp(&y.due.day()),
            Sort::Owner => x
                .owner
                .to_lowercase()
                .cmp(&y.owner.to_lowercase())
                .then(x.due.day().cmp(&y.due.day())),
            Sort::Status => status_rank(x.status)
                .cmp(&status_rank(y.status))
                .then(x.due.day().cmp(&y.due.day())),
        };
        key.then(a.cmp(&b))
    }
}

/// Where a status sorts: the work still to do first, in the kanban's order.
pub(crate) fn status_rank(s: Status) -> usize {
    COLUMNS
        .iter()
        .position(|c| *c == s)
        .unwrap_or(COLUMNS.len())
}

/// Whether `a` has `query_lower` in its id, title, owner or note; `text` is its
/// [`search_text`] when at hand.
fn text_matches(a: &Activity, text: Option<&str>, query_lower: &str) -> bool {
    if query_lower.is_empty() {
        return true;
    }
    match text {
        Some(t) => !query_lower.contains('\n') && t.contains(query_lower),
        None => matches(a, query_lower),
    }
}

/// The agenda's buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bucket {
    Overdue,
    ThisWeek,
    NextWeeks,
    Later,
    Closed,
}

/// One line of a list view: a group heading or an activity (index into `plan.activities`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A workstream heading on the board (index into `plan.workstreams`); `None` for the
    /// area's direct activities.
    Workstream(Option<usize>),
    /// An agenda bucket heading, with how many activities are in it.
    Bucket(Bucket, usize),
    /// An owner heading, with how many of theirs are overdue.
    Owner(String, usize),
    /// An area heading (timeline).
    Area(usize),
    Activity(usize),
}

impl Row {
    pub fn activity(&self) -> Option<usize> {
        match self {
            Row::Activity(i) => Some(*i),
            _ => None,
        }
    }
}

/// The widest text of each column of an activity row, over a set of activities: computed once
/// per change so that columns stay put while scrolling and drawing stays proportional to the
/// rows on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Widths {
    pub title: usize,
    pub owner: usize,
    /// The deadline as written.
    pub written: usize,
    /// "3 d over" / "om 5 d" (open activities only; 0 when all are closed).
    pub rel: usize,
    pub status: usize,
    /// The activity's id.
    pub id: usize,
}

impl Widths {
    /// `query` (lowercased) is what rows show as matched: a match outside the title is
    /// written after it ([`matched_outside_title`]), so the title column makes room for it.
    /// `texts` are the activities' [`search_texts`], so this allocates nothing per activity.
    pub fn of(
        plan: &Plan,
        visible: &[usize],
        today: NaiveDate,
        lang: Language,
        query: &str,
        texts: &[String],
    ) -> Widths {
        let mut w = Widths::default();
        // "3 d over" / "om 5 d" is rendered once per distinct day count, not per activity:
        // a plan of 10,000 activities has a few hundred deadlines, and rendering a message
        // for each activity was most of the time to the first frame of a big plan.
        let mut days: Vec<i64> = Vec::new();
        for &i in visible {
            let a = &plan.activities[i];
            let note = if has_note(a) { NOTE_MARK_WIDTH } else { 0 };
            let why = match texts.get(i) {
                Some(t) => why_width(t, query.trim()),
                None => matched_outside_title(a, query).map_or(0, |m| width(&m)),
            };
            let why = if why > 0 { 3 + why.min(WHY_MAX) } else { 0 };
            w.title = w.title.max(width(&a.title) + note + why);
            w.owner = w.owner.max(width(&a.owner));
            w.written = w.written.max(width(&a.due.text));
            w.status = w.status.max(width(a.status.word(lang)));
            w.id = w.id.max(width(&a.id));
            if !a.status.is_closed() {
                days.push((a.due.day() - today).num_days());
            }
        }
        days.sort_unstable();
        days.dedup();
        for d in days {
            w.rel = w.rel.max(width(&relative_days(d, lang)));
        }
        w
    }
}

/// The columns the note mark (" ✎") takes after a title.
pub const NOTE_MARK_WIDTH: usize = 2;
/// A match outside the title is shown in at most this many columns.
pub const WHY_MAX: usize = 30;

/// Whether `a` has a note worth marking.
pub fn has_note(a: &Activity) -> bool {
    a.note.as_deref().is_some_and(|n| !n.trim().is_empty())
}

/// When `query_lower` matches `a` but not its title: what it matched, to show after the title
/// — the id, or the note from the match on ("…konsulenter, og konsulenter."). `None`
/// for a match in the title, or in the owner (which the row or its heading shows).
pub fn matched_outside_title(a: &Activity, query_lower: &str) -> Option<String> {
    let q = query_lower.trim();
    if q.is_empty() || a.title.to_lowercase().contains(q) {
        return None;
    }
    if a.id.to_lowercase().contains(q) {
        return Some(crate::diagnostics::sanitize(&a.id));
    }
    if a.owner.to_lowercase().contains(q) {
        return None;
    }
    let note = crate::diagnostics::sanitize(a.note.as_deref()?);
    let lower = note.to_lowercase();
    let at = lower.find(q)?;
    // From the match on, when the lowercase text lines up with the original.
    let start = if lower.len() == note.len() && note.is_char_boundary(at) {
        at
    } else {
        0
    };
    let lead = if start > 0 { "…" } else { "" };
    Some(format!("{lead}{}", note.get(start..).unwrap_or(&note)))
}

/// The width of what [`matched_outside_title`] would show, from an activity's lowercased
/// [`search_text`] (id, title, owner, note on their own lines); 0 for nothing.
fn why_width(text: &str, q: &str) -> usize {
    if q.is_empty() || q.contains('\n') {
        return 0;
    }
    let mut parts = text.splitn(4, '\n');
    let (id, title, owner, note) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    if title.contains(q) || owner.contains(q) && !id.contains(q) {
        0
    } else if id.contains(q) {
        width(id)
    } else {
        note.find(q).map_or(0, |at| {
            width(note.get(at..).unwrap_or("")) + usize::from(at > 0)
        })
    }
}

/// The kanban columns, in order; cancelled only when asked for.
pub const COLUMNS: [Status; 5] = [
    Status::Todo,
    Status::Doing,
    Status::Waiting,
    Status::Done,
    Status::Cancelled,
];

/// Whether `a` matches a search (case-insensitive, in id, title, owner and note).
pub fn matches(a: &Activity, query_lower: &str) -> bool {
    if query_lower.is_empty() {
        return true;
    }
    a.id.to_lowercase().contains(query_lower)
        || a.title.to_lowercase().contains(query_lower)
        || a.owner.to_lowercase().contains(query_lower)
        || a.note
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains(query_lower))
}

/// The activities that pass filter and search, in plan order.
pub fn visible(plan: &Plan, today: NaiveDate, filter: Filter, query: &str) -> Vec<usize> {
    let filters = Filters {
        urgency: filter,
        ..Filters::default()
    };
    visible_in(plan, today, &filters, query, &search_texts(plan))
}

/// Each activity's id, title, owner and note, lowercased and joined by line breaks (which no
/// query contains: the search field is one line). Built once per plan, so a search key costs a
/// substring scan per activity, not lowercasing the whole plan again.
pub fn search_texts(plan: &Plan) -> Vec<String> {
    plan.activities.iter().map(search_text).collect()
}

/// One activity's text for [`search_texts`].
pub fn search_text(a: &Activity) -> String {
    let mut s = String::with_capacity(a.id.len() + a.title.len() + a.owner.len() + 3);
    s.push_str(&a.id.to_lowercase());
    s.push('\n');
    s.push_str(&a.title.to_lowercase());
    s.push('\n');
    s.push_str(&a.owner.to_lowercase());
    if let Some(n) = &a.note {
        s.push('\n');
        s.push_str(&n.to_lowercase());
    }
    s
}

/// [`visible`] with the filters of the picker and the search texts of [`search_texts`] at hand.
pub fn visible_in(
    plan: &Plan,
    today: NaiveDate,
    filters: &Filters,
    query: &str,
    texts: &[String],
) -> Vec<usize> {
    let q = query.to_lowercase();
    let filter_text = filters.text.to_lowercase();
    plan.activities
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            let text = texts.get(*i).map(String::as_str);
            filters.keeps(a, plan.urgency(a, today), text, &filter_text)
                && text_matches(a, text, &q)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The board's right pane: the area's direct activities, then each workstream's; within each,
/// in file order or by `sort`. A workstream without any activities shows as its heading alone,
/// in its place.
pub fn board_rows(plan: &Plan, area: usize, visible: &[usize], sort: Sort) -> Vec<Row> {
    let mut empty: Vec<usize> = (0..plan.workstreams.len())
        .filter(|&w| plan.workstreams[w].area == area)
        .filter(|&w| !plan.activities.iter().any(|a| a.workstream == Some(w)))
        .collect();
    empty.reverse();
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for &i in visible {
        let a = &plan.activities[i];
        if a.area != area {
            continue;
        }
        match groups.last_mut() {
            Some((ws, list)) if *ws == a.workstream => list.push(i),
            _ => groups.push((a.workstream, vec![i])),
        }
    }
    let mut rows = Vec::new();
    for (ws, mut list) in groups {
        while let Some(&w) = empty.last()
            && ws.is_some_and(|x| x > w)
        {
            rows.push(Row::Workstream(Some(w)));
            empty.pop();
        }
        if sort != Sort::File {
            list.sort_by(|&x, &y| sort.cmp(plan, x, y));
        }
        rows.push(Row::Workstream(ws));
        rows.extend(list.into_iter().map(Row::Activity));
    }
    rows.extend(empty.into_iter().rev().map(|w| Row::Workstream(Some(w))));
    rows
}

/// The agenda: in buckets by deadline; within each, by deadline or by `sort`.
pub fn agenda_rows(plan: &Plan, today: NaiveDate, visible: &[usize], sort: Sort) -> Vec<Row> {
    let week_end = today + chrono::Days::new(u64::from(6 - today.weekday().num_days_from_monday()));
    let mut keyed: Vec<(Bucket, NaiveDate, usize)> = visible
        .iter()
        .map(|&i| {
            let a = &plan.activities[i];
            let day = a.due.day();
            let bucket = match plan.urgency(a, today) {
                Urgency::Overdue { .. } => Bucket::Overdue,
                Urgency::Done | Urgency::Cancelled => Bucket::Closed,
                Urgency::DueSoon { .. } if day <= week_end => Bucket::ThisWeek,
                Urgency::DueSoon { .. } => Bucket::NextWeeks,
                Urgency::Later { .. } | Urgency::Unknown => Bucket::Later,
            };
            (bucket, day, i)
        })
        .collect();
    if sort == Sort::File {
        keyed.sort();
    } else {
        keyed.sort_by(|x, y| x.0.cmp(&y.0).then_with(|| sort.cmp(plan, x.2, y.2)));
    }
    let mut rows = group(keyed, |b| Row::Bucket(b, 0));
    // Each heading says how many follow it, counted here once rather than on every frame.
    let mut heading = None;
    for k in 0..rows.len() {
        match rows[k] {
            Row::Bucket(..) => heading = Some(k),
            _ => {
                if let Some(Row::Bucket(_, n)) = heading.and_then(|h| rows.get_mut(h)) {
                    *n += 1;
                }
            }
        }
    }
    rows
}

/// The owners view: grouped by owner (alphabetically), each owner's overdue first, then by day.
pub fn owner_rows(plan: &Plan, today: NaiveDate, visible: &[usize]) -> Vec<Row> {
    let mut keyed: Vec<(String, u8, NaiveDate, usize)> = visible
        .iter()
        .map(|&i| {
            let a = &plan.activities[i];
            let rank = match plan.urgency(a, today) {
                Urgency::Overdue { .. } => 0,
                Urgency::DueSoon { .. } | Urgency::Later { .. } | Urgency::Unknown => 1,
                _ => 2,
            };
            (a.owner.to_lowercase(), rank, a.due.day(), i)
        })
        .collect();
    keyed.sort();
    let mut overdue: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (key, rank, _, _) in &keyed {
        if *rank == 0 {
            *overdue.entry(key.as_str()).or_default() += 1;
        }
    }
    let mut rows = Vec::with_capacity(keyed.len() + 8);
    let mut current: Option<&str> = None;
    for (key, _, _, i) in &keyed {
        if current != Some(key.as_str()) {
            current = Some(key.as_str());
            let n = overdue.get(key.as_str()).copied().unwrap_or(0);
            rows.push(Row::Owner(plan.activities[*i].owner.clone(), n));
        }
        rows.push(Row::Activity(*i));
    }
    rows
}

/// The timeline: activities in plan order under their area headings.
pub fn timeline_rows(plan: &Plan, visible: &[usize]) -> Vec<Row> {
    let keyed: Vec<(usize, usize)> = visible
        .iter()
        .map(|&i| (plan.activities[i].area, i))
        .collect();
    group(keyed, Row::Area)
}

/// The kanban columns (todo, doing, waiting, done, and cancelled when shown), each by deadline.
pub fn kanban_columns(
    plan: &Plan,
    visible: &[usize],
    show_cancelled: bool,
) -> Vec<(Status, Vec<usize>)> {
    COLUMNS
        .iter()
        .filter(|s| show_cancelled || **s != Status::Cancelled)
        .map(|&s| {
            let mut col: Vec<usize> = visible
                .iter()
                .copied()
                .filter(|&i| plan.activities[i].status == s)
                .collect();
            col.sort_by_key(|&i| (plan.activities[i].due.day(), i));
            (s, col)
        })
        .collect()
}

/// Rows from `(group, …, index)` tuples sorted by group: a heading whenever the group changes.
fn group<K: PartialEq + Copy, T>(keyed: Vec<T>, heading: impl Fn(K) -> Row) -> Vec<Row>
where
    T: Keyed<K>,
{
    let mut rows = Vec::with_capacity(keyed.len() + 8);
    let mut current: Option<K> = None;
    for t in keyed {
        let (key, i) = t.parts();
        if current != Some(key) {
            current = Some(key);
            rows.push(heading(key));
        }
        rows.push(Row::Activity(i));
    }
    rows
}

trait Keyed<K> {
    fn parts(&self) -> (K, usize);
}

impl Keyed<Bucket> for (Bucket, NaiveDate, usize) {
    fn parts(&self) -> (Bucket, usize) {
        (self.0, self.2)
    }
}

impl Keyed<usize> for (usize, usize) {
    fn parts(&self) -> (usize, usize) {
        (self.0, self.1)
    }
}
