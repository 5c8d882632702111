//! The portfolio (`fremdrift plans/`): every `*.toml` plan of a folder at once. [`Portfolio`]
//! holds the loaded plans (a plan that does not load keeps its place, with its first error) and
//! three views over them: the plans with their counts, an agenda across plans and the owners
//! across plans. [`Portfolio::apply`] takes an [`Event`] and returns an [`Effect`]; opening a
//! plan is the event loop's job (it runs the board and hands the plan back with
//! [`Portfolio::reload`]). Drawing is in `views::portfolio`.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

use super::app::find::{URGENCIES, step_option};
use super::i18n::{Msg, tr};
use super::keys::{self, Action, Scope};
use super::model::{Bucket, Filter, Filters, Sort, status_rank};
use super::popup::{FilterRow, moved_in};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::file::watch::Change;
use crate::file::{Loaded, ReadError};
use crate::msg;
use crate::plan::{Language, Plan, Urgency};

/// Something that happened.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// An action directly (tests, and keys once resolved).
    Action(Action),
    /// Plans read while the portfolio is already on screen ([`Portfolio::loading`]), in
    /// whatever order the loader's threads finished them.
    Arrived(Vec<Entry>),
}

/// What the caller must do after an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    /// Open this plan on the board; when the board quits, reload it and come back.
    Open(PathBuf),
    /// Read every plan of the folder again (`r`): the caller forgets what its watcher saw and
    /// hands the result to [`Portfolio::files_changed`].
    ReloadAll,
}

/// A plan that loaded.
#[derive(Debug, Clone)]
pub struct Good {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
    pub text: String,
}

/// One plan file of the folder.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    /// The file name, shown where the plan's title is unknown and as the plan's short name.
    pub name: String,
    /// The plan, or why it cannot be shown.
    pub result: Result<Good, Failed>,
}

/// Why a plan of the folder cannot be shown. Kept as found and told in the reader's language
/// when shown ([`Failed::describe`]): the portfolio's language is known only once the plans
/// that load have been read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failed {
    /// The file could not be read (the file layer's words, with its path).
    Read(String),
    /// The plan has errors: the first one, how many there are, and the text it points into.
    Errors {
        first: Box<Diagnostic>,
        count: usize,
        name: String,
        text: String,
    },
    /// The plan did not load, with no error to show.
    NotLoaded { name: String },
}

impl Failed {
    /// One line in `lang`: the first error (with "(+2 more)"), or the read error.
    pub fn describe(&self, lang: Language) -> String {
        match self {
            Failed::Read(e) => e.clone(),
            Failed::Errors {
                first,
                count,
                name,
                text,
            } => {
                let line = first.one_line(name, text, lang);
                if *count > 1 {
                    let more = msg!("board-more-errors", count = count - 1).render(lang);
                    format!("{line} {more}")
                } else {
                    line
                }
            }
            Failed::NotLoaded { name } => {
                msg!("board-plan-did-not-load", path = name.as_str()).render(lang)
            }
        }
    }
}

impl Entry {
    /// Turns a load from the file layer into an entry; a plan with errors is an `Err`.
    pub fn from_load(path: &Path, result: Result<Loaded, ReadError>) -> Entry {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let result = match result {
            Err(e) => Err(Failed::Read(e.to_string())),
            Ok(loaded) => {
                // Named by file, not by path: the folder is in the header.
                let shown = name.clone();
                let errors: Vec<&Diagnostic> = loaded
                    .parsed
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .collect();
                match (loaded.parsed.plan, errors.first()) {
                    (Some(plan), None) => Ok(Good {
                        plan,
                        diagnostics: loaded.parsed.diagnostics.clone(),
                        text: loaded.source.text,
                    }),
                    (_, Some(first)) => Err(Failed::Errors {
                        first: Box::new((*first).clone()),
                        count: errors.len(),
                        name: shown,
                        text: loaded.source.text,
                    }),
                    (None, None) => Err(Failed::NotLoaded { name: shown }),
                }
            }
        };
        Entry {
            path: path.to_path_buf(),
            name,
            result,
        }
    }

    /// The plan's title, or the file name when it did not load.
    pub fn title(&self) -> &str {
        match &self.result {
            Ok(g) => &g.plan.title,
            Err(_) => &self.name,
        }
    }

    /// The short name shown on rows of the cross-plan views: the file name without `.toml`.
    pub fn short(&self) -> &str {
        self.name.strip_suffix(".toml").unwrap_or(&self.name)
    }
}

/// How an agenda row sorts: bucket, the sort's own key, deadline, plan, activity.
type AgendaKey = (Bucket, (String, usize), NaiveDate, usize, usize);

/// The portfolio's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Plans,
    Agenda,
    Owners,
}

impl View {
    pub const ALL: [View; 3] = [View::Plans, View::Agenda, View::Owners];

    pub fn index(self) -> usize {
        match self {
            View::Plans => 0,
            View::Agenda => 1,
            View::Owners => 2,
        }
    }

    pub fn name(self) -> Msg {
        match self {
            View::Plans => Msg::ViewPlans,
            View::Agenda => Msg::ViewAgenda,
            View::Owners => Msg::ViewOwners,
        }
    }
}

/// One line of a portfolio view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A plan (index into `entries`).
    Plan(usize),
    /// An agenda bucket heading, with how many activities are in it.
    Bucket(Bucket, usize),
    /// An owner heading, with how many of theirs are overdue.
    Owner(String, usize),
    /// An activity: `entries[plan]`'s `activities[activity]`.
    Item { plan: usize, activity: usize },
}

impl Row {
    fn selectable(&self) -> bool {
        matches!(self, Row::Plan(_) | Row::Item { .. })
    }
}

/// How the portfolio starts.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    /// The folder, as shown in the header.
    pub folder: String,
}

/// What drawing keeps from one frame to the next, beside the [`Portfolio`]: where each view's
/// list is scrolled to, and how many rows a page key moves.
#[derive(Debug, Clone)]
pub struct ViewState {
    offsets: [usize; 3],
    page: usize,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            offsets: [0; 3],
            page: 10,
        }
    }
}

impl ViewState {
    /// The first row on screen of `view`'s list.
    pub fn offset(&self, view: View) -> usize {
        self.offsets[view.index()]
    }

    /// How many rows a page key moves: the list's height less one, as last drawn.
    pub fn page(&self) -> usize {
        self.page.max(1)
    }

    pub(crate) fn set_offset(&mut self, view: View, offset: usize) {
        self.offsets[view.index()] = offset;
    }

    pub(crate) fn set_page(&mut self, page: usize) {
        self.page = page;
    }
}

/// The portfolio's state.
#[derive(Debug)]
pub struct Portfolio {
    pub entries: Vec<Entry>,
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    pub folder: String,
    pub view: View,
    /// The rows of each view (derived when the entries change, not per frame).
    pub rows: [Vec<Row>; 3],
    /// The selected row of each view (an index into its rows).
    pub cursor: [usize; 3],
    /// The help overlay and its scroll.
    pub help: Option<u16>,
    /// A line for the footer (why a plan could not be opened); the next key clears it.
    pub message: Option<String>,
    pub quit: bool,
    /// The search field while `/` is being typed.
    pub search: Option<Input>,
    /// The search in force: rows whose title, file name, owner or id has it.
    pub query: String,
    /// How rows are ordered (`O` cycles, as on the board).
    pub sort: Sort,
    /// The filters of the agenda and owners views (the board's picker, `f`; its text is the
    /// search, areas are each plan's own).
    pub filters: Filters,
    /// The filter picker, open on this row.
    pub picker: Option<FilterRow>,
    /// While the folder's plans are still being read: how many have arrived, of how many.
    pub loading: Option<(usize, usize)>,
    /// While the language follows the plans as they arrive (no `--lang`): the language to
    /// speak when they declare none in common.
    pub follow_lang: Option<Language>,
    /// Views whose rows wait to be built (while plans arrive, see `derive_shown`).
    stale: [bool; 3],
}

/// The rows of the portfolio's filter picker.
pub const FILTER_ROWS: [FilterRow; 3] = [FilterRow::Status, FilterRow::Urgency, FilterRow::Owner];

impl Portfolio {
    pub fn new(entries: Vec<Entry>, options: Options) -> Self {
        let mut p = Portfolio {
            entries,
            today: options.today,
            lang: options.lang,
            theme: options.theme,
            folder: options.folder,
            view: View::Plans,
            rows: Default::default(),
            cursor: [0; 3],
            help: None,
            message: None,
            quit: false,
            search: None,
            query: String::new(),
            sort: Sort::File,
            filters: Filters::default(),
            picker: None,
            loading: None,
            follow_lang: None,
            stale: [false; 3],
        };
        p.derive();
        p
    }

    /// A portfolio drawn before its plans are read: none yet, `total` to come through
    /// [`Event::Arrived`]. The views fill in as they arrive, sorted as they are once all have,
    /// and the header says how many have been read. Without `lang_arg` (`--lang`) it speaks
    /// the language the plans that arrived declare ([`Portfolio::language_of`]), else
    /// `options.lang`; once all have arrived it is the portfolio [`Portfolio::new`] makes of
    /// them.
    pub fn loading(total: usize, lang_arg: Option<Language>, options: Options) -> Self {
        let follow = lang_arg.is_none().then_some(options.lang);
        let mut p = Portfolio::new(Vec::new(), options);
        p.lang = lang_arg.unwrap_or(p.lang);
        p.follow_lang = follow;
        p.loading = (total > 0).then_some((0, total));
        p
    }

    /// Whether every plan has been read and none loads (the caller then says why and ends).
    pub fn none_loaded(&self) -> bool {
        self.loading.is_none() && self.entries.iter().all(|e| e.result.is_err())
    }

    /// Takes plans that arrived: each goes in file-name order (a plan read again replaces
    /// its entry). A view whose selection is on its first row stays on its first row, so
    /// plans arriving in any order end on the screen all at once would give; a selection the
    /// user moved stays on its plan or activity.
    fn arrived(&mut self, entries: Vec<Entry>) -> Effect {
        let count = entries.len();
        let at_top: Vec<bool> = View::ALL
            .iter()
            .map(|v| self.cursor[v.index()] == self.nearest(v.index(), 0, true))
            .collect();
        let kept: Vec<Option<(PathBuf, Option<usize>)>> = View::ALL
            .iter()
            .zip(&at_top)
            .map(|(v, top)| if *top { None } else { self.selection_key(*v) })
            .collect();
        for entry in entries {
            self.put(entry);
        }
        self.entries.sort_by(|a, b| a.path.cmp(&b.path));
        if let Some(fallback) = self.follow_lang {
            self.lang = Portfolio::language_of(&self.entries).unwrap_or(fallback);
        }
        self.loading = self
            .loading
            .map(|(done, total)| (done + count, total))
            .filter(|(done, total)| done < total);
        if self.loading.is_none() {
            self.follow_lang = None;
        }
        self.derive_shown();
        for ((v, key), top) in View::ALL.iter().zip(kept).zip(at_top) {
            if top {
                self.cursor[v.index()] = self.nearest(v.index(), 0, true);
            } else {
                self.reselect(*v, key);
            }
        }
        if self.none_loaded() {
            self.quit = true;
            return Effect::Quit;
        }
        Effect::None
    }

    /// The language the plans declare, when every plan that loaded and names one names the
    /// same (`language = "nn"`). A folder of mixed languages has none: it speaks the user's
    /// (`--lang`, else the locale's, else bokmål; [`crate::i18n::choose`]).
    pub fn language_of(entries: &[Entry]) -> Option<Language> {
        let mut declared = entries.iter().filter_map(|e| {
            let g = e.result.as_ref().ok()?;
            g.plan.language_declared.then_some(g.plan.language)
        });
        let first = declared.next()?;
        declared.all(|l| l == first).then_some(first)
    }

    pub fn tr(&self, msg: Msg) -> &'static str {
        tr(self.lang, msg)
    }

    /// Replaces the entry for `path` (after the board had it open), keeping the selection.
    pub fn reload(&mut self, path: &Path, result: Result<Loaded, ReadError>) {
        self.files_changed(vec![Change::Changed(path.to_path_buf(), Box::new(result))]);
    }

    /// Takes what the folder's watcher saw: a changed plan is replaced, a new one takes its
    /// place in file-name order, a removed one goes. Each view keeps its selection where the
    /// selected plan or activity is still there.
    pub fn files_changed(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        let kept: Vec<Option<(PathBuf, Option<usize>)>> =
            View::ALL.iter().map(|v| self.selection_key(*v)).collect();
        for change in changes {
            match change {
                Change::Changed(path, result) => self.put(Entry::from_load(&path, *result)),
                Change::Removed(path) => self.entries.retain(|e| e.path != path),
            }
        }
        self.entries.sort_by(|a, b| a.path.cmp(&b.path));
        self.derive();
        for (v, key) in View::ALL.iter().zip(kept) {
            self.reselect(*v, key);
        }
    }

    /// Puts a plan's entry in the list, in place of the one for its path if there is one.
    fn put(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.path == entry.path) {
            Some(e) => *e = entry,
            None => self.entries.push(entry),
        }
    }

    /// Moves `view`'s cursor to the row `key` stands for ([`Self::selection_key`]), if it is
    /// still there; else the cursor stays.
    fn reselect(&mut self, view: View, key: Option<(PathBuf, Option<usize>)>) {
        let i = view.index();
        let found = key.and_then(|k| {
            self.rows[i]
                .iter()
                .position(|r| self.row_key(r).as_ref() == Some(&k))
        });
        if let Some(n) = found {
            self.cursor[i] = n;
        }
    }

    /// What the selected row of `view` stands for, to find it again after the rows change.
    fn selection_key(&self, view: View) -> Option<(PathBuf, Option<usize>)> {
        let i = view.index();
        self.rows[i]
            .get(self.cursor[i])
            .and_then(|r| self.row_key(r))
    }

    fn row_key(&self, row: &Row) -> Option<(PathBuf, Option<usize>)> {
        match row {
            Row::Plan(p) => Some((self.entries.get(*p)?.path.clone(), None)),
            Row::Item { plan, activity } => {
                Some((self.entries.get(*plan)?.path.clone(), Some(*activity)))
            }
            _ => None,
        }
    }

    /// Whether another plan of the folder has the same title as `entries[e]`: then its file
    /// name is shown beside the title.
    pub fn title_shared(&self, e: usize) -> bool {
        let Some(entry) = self.entries.get(e) else {
            return false;
        };
        let title = entry.title().trim();
        self.entries
            .iter()
            .enumerate()
            .any(|(k, o)| k != e && o.result.is_ok() && o.title().trim() == title)
    }

    /// Whether the search keeps `entries[e]` (the plans view): its title or file name has it.
    fn plan_matches(&self, e: &Entry, q: &str) -> bool {
        q.is_empty() || e.title().to_lowercase().contains(q) || e.name.to_lowercase().contains(q)
    }

    /// Whether the search keeps an activity row: its id, title, owner or note has it (as on the
    /// board), or its plan's file name does.
    fn item_matches(&self, e: &Entry, a: &crate::plan::Activity, q: &str) -> bool {
        let kept = match &e.result {
            Ok(g) => self
                .filters
                .keeps(a, g.plan.urgency(a, self.today), None, ""),
            Err(_) => false,
        };
        kept && (q.is_empty() || super::model::matches(a, q) || e.name.to_lowercase().contains(q))
    }

    /// Every owner of the plans that load, once, alphabetically (case-insensitive).
    pub fn owners(&self) -> Vec<String> {
        let mut owners: Vec<String> = self
            .plans()
            .flat_map(|(_, p)| p.activities.iter().map(|a| a.owner.clone()))
            .collect();
        owners.sort_by_key(|o| o.to_lowercase());
        owners.dedup();
        owners
    }

    /// A key in the filter picker: j/k choose a row, h/l change its value (the views follow at
    /// once), F clears every filter, Enter or Esc closes.
    fn perform_filters(&mut self, row: FilterRow, action: Action) {
        match action {
            Action::Up | Action::Down => self.picker = Some(moved_in(&FILTER_ROWS, row, action)),
            Action::Left | Action::Right => {
                let forward = action == Action::Right;
                let owners = self.owners();
                let f = &mut self.filters;
                match row {
                    FilterRow::Status => {
                        f.status = step_option(&crate::plan::Status::ALL, f.status, forward)
                    }
                    FilterRow::Urgency => {
                        let at = (f.urgency != Filter::All).then_some(f.urgency);
                        f.urgency =
                            step_option(&URGENCIES[1..], at, forward).unwrap_or(Filter::All);
                    }
                    FilterRow::Owner => f.owner = step_option(&owners, f.owner.take(), forward),
                    _ => {}
                }
                self.derive();
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.derive();
            }
            Action::Confirm | Action::Close => self.picker = None,
            _ => {}
        }
    }

    fn query_lower(&self) -> String {
        self.query.trim().to_lowercase()
    }

    /// Rebuilds the rows of every view and keeps each cursor on a selectable row.
    fn derive(&mut self) {
        for v in View::ALL {
            self.derive_view(v);
        }
    }

    /// Rebuilds the rows of `view` and keeps its cursor on a selectable row.
    fn derive_view(&mut self, view: View) {
        let i = view.index();
        self.rows[i] = match view {
            View::Plans => self.plan_rows(),
            View::Agenda => self.agenda_rows(),
            View::Owners => self.owner_rows(),
        };
        self.stale[i] = false;
        let len = self.rows[i].len();
        self.cursor[i] = self.cursor[i].min(len.saturating_sub(1));
        self.cursor[i] = self.nearest(i, self.cursor[i], true);
    }

    /// When plans arrive: rebuilds the plans view and the view on screen, and leaves the
    /// others empty until they are shown ([`Portfolio::show_view`]). The agenda and owners
    /// views sort every activity of every plan, which for a big folder costs more than reading
    /// a plan.
    fn derive_shown(&mut self) {
        for v in View::ALL {
            if v == View::Plans || v == self.view {
                self.derive_view(v);
            } else {
                self.rows[v.index()].clear();
                self.cursor[v.index()] = 0;
                self.stale[v.index()] = true;
            }
        }
    }

    /// Shows `view`, building its rows if they wait to be.
    fn show_view(&mut self, view: View) {
        self.view = view;
        if self.stale[view.index()] {
            self.derive_view(view);
        }
    }

    /// The plans that pass the search, in the order of the sort: file order, or the next open
    /// deadline first ([`Sort::Deadline`]), or the most overdue first ([`Sort::Status`]).
    fn plan_rows(&self) -> Vec<Row> {
        let q = self.query_lower();
        let mut keyed: Vec<(NaiveDate, usize, usize, usize)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if !self.plan_matches(e, &q) {
                continue;
            }
            let (next, overdue, soon) = match &e.result {
                Ok(g) => {
                    let c = g.plan.counts(self.today);
                    let next = g
                        .plan
                        .activities
                        .iter()
                        .filter(|a| {
                            !matches!(
                                g.plan.urgency(a, self.today),
                                Urgency::Done | Urgency::Cancelled
                            )
                        })
                        .map(|a| a.due.day())
                        .min()
                        .unwrap_or(NaiveDate::MAX);
                    (next, c.overdue, c.due_soon)
                }
                Err(_) => (NaiveDate::MAX, 0, 0),
            };
            let key = match self.sort {
                Sort::Deadline => (next, 0, 0, i),
                Sort::Status => (NaiveDate::MIN, usize::MAX - overdue, usize::MAX - soon, i),
                Sort::File | Sort::Owner => (NaiveDate::MIN, 0, 0, i),
            };
            keyed.push(key);
        }
        keyed.sort();
        keyed.into_iter().map(|k| Row::Plan(k.3)).collect()
    }

    /// The key an activity sorts by inside its group, after the group's own: the owner
    /// ([`Sort::Owner`]) or the status ([`Sort::Status`]); nothing otherwise (deadline order).
    fn sort_key(&self, a: &crate::plan::Activity) -> (String, usize) {
        match self.sort {
            Sort::Owner => (a.owner.trim().to_lowercase(), 0),
            Sort::Status => (String::new(), status_rank(a.status)),
            Sort::File | Sort::Deadline => (String::new(), 0),
        }
    }

    /// Every open activity of every plan, by bucket and deadline (each plan's own
    /// `due_soon_days` decides what is soon).
    fn agenda_rows(&self) -> Vec<Row> {
        let today = self.today;
        let week_end =
            today + chrono::Days::new(u64::from(6 - today.weekday().num_days_from_monday()));
        let q = self.query_lower();
        let mut keyed: Vec<AgendaKey> = Vec::new();
        for (p, plan) in self.plans() {
            let Some(entry) = self.entries.get(p) else {
                continue;
            };
            for (i, a) in plan.activities.iter().enumerate() {
                if !self.item_matches(entry, a, &q) {
                    continue;
                }
                let day = a.due.day();
                let bucket = match plan.urgency(a, today) {
                    Urgency::Overdue { .. } => Bucket::Overdue,
                    Urgency::Done | Urgency::Cancelled => continue,
                    Urgency::DueSoon { .. } if day <= week_end => Bucket::ThisWeek,
                    Urgency::DueSoon { .. } => Bucket::NextWeeks,
                    Urgency::Later { .. } | Urgency::Unknown => Bucket::Later,
                };
                keyed.push((bucket, self.sort_key(a), day, p, i));
            }
        }
        keyed.sort();
        let mut rows = Vec::with_capacity(keyed.len() + 4);
        let mut heading: Option<usize> = None;
        for (bucket, _, _, plan, activity) in keyed {
            if !matches!(heading.map(|h| &rows[h]), Some(Row::Bucket(b, _)) if *b == bucket) {
                heading = Some(rows.len());
                rows.push(Row::Bucket(bucket, 0));
            }
            if let Some(Row::Bucket(_, n)) = heading.and_then(|h| rows.get_mut(h)) {
                *n += 1;
            }
            rows.push(Row::Item { plan, activity });
        }
        rows
    }

    /// Every open activity grouped by owner (alphabetically, across plans), each owner's
    /// overdue first, then by deadline.
    fn owner_rows(&self) -> Vec<Row> {
        let today = self.today;
        let q = self.query_lower();
        let mut keyed: Vec<(String, u8, usize, NaiveDate, usize, usize)> = Vec::new();
        for (p, plan) in self.plans() {
            let Some(entry) = self.entries.get(p) else {
                continue;
            };
            for (i, a) in plan.activities.iter().enumerate() {
                if !self.item_matches(entry, a, &q) {
                    continue;
                }
                let rank = match plan.urgency(a, today) {
                    Urgency::Overdue { .. } => 0,
                    Urgency::DueSoon { .. } | Urgency::Later { .. } | Urgency::Unknown => 1,
                    Urgency::Done | Urgency::Cancelled => continue,
                };
                // Overdue first, unless the sort says by deadline or by status.
                let (first, status) = match self.sort {
                    Sort::Deadline => (0, 0),
                    Sort::Status => (0, status_rank(a.status)),
                    Sort::File | Sort::Owner => (rank, 0),
                };
                keyed.push((
                    a.owner.trim().to_lowercase(),
                    first,
                    status,
                    a.due.day(),
                    p,
                    i,
                ));
            }
        }
        keyed.sort();
        let mut rows = Vec::with_capacity(keyed.len() + 16);
        let mut heading: Option<(usize, String)> = None;
        for (key, _, _, _, plan, activity) in keyed {
            let rank = match self.activity(plan, activity).zip(self.entries.get(plan)) {
                Some((a, Entry { result: Ok(g), .. })) => match g.plan.urgency(a, today) {
                    Urgency::Overdue { .. } => 0,
                    _ => 1,
                },
                _ => 1,
            };
            if heading.as_ref().is_none_or(|(_, k)| *k != key) {
                let owner = self
                    .activity(plan, activity)
                    .map(|a| a.owner.trim().to_string())
                    .unwrap_or_default();
                heading = Some((rows.len(), key));
                rows.push(Row::Owner(owner, 0));
            }
            if rank == 0
                && let Some(Row::Owner(_, n)) = heading.as_ref().and_then(|(h, _)| rows.get_mut(*h))
            {
                *n += 1;
            }
            rows.push(Row::Item { plan, activity });
        }
        rows
    }

    /// The plans that loaded, with their index into `entries`.
    pub fn plans(&self) -> impl Iterator<Item = (usize, &Plan)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.result.as_ref().ok().map(|g| (i, &g.plan)))
    }

    pub fn activity(&self, plan: usize, activity: usize) -> Option<&crate::plan::Activity> {
        self.entries
            .get(plan)?
            .result
            .as_ref()
            .ok()?
            .plan
            .activities
            .get(activity)
    }

    /// The rows of the current view.
    pub fn current_rows(&self) -> &[Row] {
        &self.rows[self.view.index()]
    }

    /// The selected row of the current view, if the view has any.
    pub fn selected(&self) -> Option<usize> {
        let i = self.view.index();
        (!self.rows[i].is_empty()).then_some(self.cursor[i])
    }

    /// The plan the selected row belongs to.
    pub fn selected_plan(&self) -> Option<&Entry> {
        match self.current_rows().get(self.selected()?)? {
            Row::Plan(p) | Row::Item { plan: p, .. } => self.entries.get(*p),
            _ => None,
        }
    }

    /// The scope keys are read in.
    pub fn scope(&self) -> Scope {
        if self.help.is_some() || self.picker.is_some() {
            Scope::Popup
        } else if self.search.is_some() {
            Scope::Input
        } else {
            Scope::Portfolio
        }
    }

    /// Handles one event; `state` is the screen as last drawn (for the page keys).
    pub fn apply(&mut self, event: Event, state: &ViewState) -> Effect {
        match event {
            Event::Key(key) => {
                // Only a press acts (kitty-protocol terminals also report releases).
                if key.kind != KeyEventKind::Press {
                    return Effect::None;
                }
                self.message = None;
                match keys::resolve(self.scope(), crate::tui::model::View::Board, &key) {
                    Some(action) => self.perform(action, state),
                    None if self.search.is_some() => {
                        self.type_key(key);
                        Effect::None
                    }
                    None => Effect::None,
                }
            }
            Event::Action(action) => self.perform(action, state),
            Event::Arrived(entries) => self.arrived(entries),
        }
    }

    fn perform(&mut self, action: Action, state: &ViewState) -> Effect {
        if action == Action::Quit {
            self.quit = true;
            return Effect::Quit;
        }
        if let Some(scroll) = &mut self.help {
            if keys::scroll_overlay(scroll, action) {
                self.help = None;
            }
            return Effect::None;
        }
        if let Some(row) = self.picker {
            self.perform_filters(row, action);
            return Effect::None;
        }
        if let Some(input) = self.search.take() {
            match action {
                // Enter keeps the match, Esc clears it; either ends the typing.
                Action::Confirm => {}
                Action::Close => {
                    self.query.clear();
                    self.derive();
                }
                _ => self.search = Some(input),
            }
            return Effect::None;
        }
        let page = state.page();
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(page as isize),
            Action::PageUp => self.step(-(page as isize)),
            Action::Top => self.jump(0, true),
            Action::Bottom => self.jump(usize::MAX, false),
            Action::NextView => self.show_view(View::ALL[(self.view.index() + 1) % 3]),
            Action::PrevView => self.show_view(View::ALL[(self.view.index() + 2) % 3]),
            Action::View(n) => {
                if let Some(v) = View::ALL.get(usize::from(n)) {
                    self.show_view(*v);
                }
            }
            Action::Details => {
                if let Some(e) = self.selected_plan() {
                    return Effect::Open(e.path.clone());
                }
            }
            Action::Help => self.help = Some(0),
            Action::Reload => return Effect::ReloadAll,
            Action::Search => self.search = Some(Input::new(self.query.clone())),
            Action::FilterPicker => self.picker = Some(FilterRow::Status),
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.derive();
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.derive();
            }
            Action::Close if !self.query.is_empty() => {
                self.query.clear();
                self.derive();
            }
            _ => {}
        }
        Effect::None
    }

    /// A key that belongs to the search field: matches show as you type.
    fn type_key(&mut self, key: KeyEvent) {
        let Some(request) = to_input_request(&ratatui::crossterm::event::Event::Key(key)) else {
            return;
        };
        if let Some(search) = self.search.as_mut() {
            search.handle(request);
            self.query = search.value().to_string();
            self.derive();
        }
    }

    /// Moves the cursor by `by` rows, onto the nearest selectable row in that direction.
    fn step(&mut self, by: isize) {
        let i = self.view.index();
        let len = self.rows[i].len();
        if len == 0 {
            return;
        }
        let target = self.cursor[i].saturating_add_signed(by).min(len - 1);
        let found = self.nearest(i, target, by > 0);
        // At an edge with only headings beyond it, stay put.
        if self.rows[i].get(found).is_some_and(Row::selectable) {
            self.cursor[i] = found;
        }
    }

    fn jump(&mut self, to: usize, forward: bool) {
        let i = self.view.index();
        let len = self.rows[i].len();
        if len == 0 {
            return;
        }
        self.cursor[i] = self.nearest(i, to.min(len - 1), forward);
    }

    /// The selectable row at or after `from` (or before, when not `forward`); failing that, in
    /// the other direction; failing that, `from`.
    fn nearest(&self, view: usize, from: usize, forward: bool) -> usize {
        let rows = &self.rows[view];
        let after = || (from..rows.len()).find(|&k| rows[k].selectable());
        let before = || {
            (0..=from.min(rows.len().saturating_sub(1)))
                .rev()
                .find(|&k| rows.get(k).is_some_and(Row::selectable))
        };
        let found = if forward {
            after().or_else(before)
        } else {
            before().or_else(after)
        };
        found.unwrap_or(from)
    }
}
