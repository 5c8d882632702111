//! The board's state and everything that changes it: [`App::apply`] takes an [`Event`] (a key,
//! a click, a store's report) and returns an [`Effect`] (nothing, quit, or a request to the
//! saving layer). A key resolves to an [`Action`] (what it asks for) in the binding table
//! first. No terminal and no disk here, so tests drive the app with key sequences. What drawing
//! keeps between frames (scroll, page height, click targets) is a [`ViewState`] held beside the
//! app, never inside it.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::{Position, Rect};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;

use super::i18n::{Msg, tr};
use super::keys::{self, Action, Scope};
use super::model::{self, Filter, Filters, Row, Sort, View};
use super::popup::{
    AddField, AddForm, Choice, ConflictChoice, Group, OtherEditorChoice, Popup, RecoveryChoice,
    UnsavedChoice, moved_in,
};
use super::shown::{Lens, Shown};
use super::store::{Done, Fresh, Report, Request};
use super::theme::Theme;
use crate::diagnostics::Diagnostic;
use crate::file::recovery;
use crate::plan::edit::{Change, Edit, Field};
use crate::plan::structure::{AreaChange, NewActivity, Place, Structure};

mod groups;
use crate::plan::{AreaStatus, Counts, Language, Plan, Status};
use crate::tui::store::{Recovery, Unsaved};

pub(crate) mod find;

mod fixes;

mod headings;

mod conflicts;

/// Something that happened: a key, the mouse, or an answer from the store.
#[derive(Debug, Clone)]
pub enum Event {
    Key(KeyEvent),
    /// An action directly (tests, and keys once resolved).
    Action(Action),
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    /// The store's answer to a request, with the edits still unsaved after it.
    Stored(Box<Report>),
    /// About a second passed (the event loop sends it; tests inject it): messages fade.
    Tick,
}

/// What the caller must do after an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Store(Request),
    /// Switch to the presentation mode for this plan (`p`).
    Present,
    /// Open the plan file in the user's editor at this line (1-based), then read it again
    /// (`E`); the event loop, which alone touches the terminal, does it.
    Editor {
        line: usize,
    },
    /// Put this text on the clipboard (`y`): the event loop writes it to the terminal as OSC 52.
    Copy(String),
    /// Remember (or forget) which owner is "mine", outside the plan.
    RememberMe(Option<String>),
}

/// How the app starts.
#[derive(Debug, Clone)]
pub struct Options {
    pub today: NaiveDate,
    pub lang: Language,
    pub theme: Theme,
    pub read_only: bool,
    /// The file's name as shown in the problems list.
    pub path: String,
}

/// The board's two panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Areas,
    Activities,
}

/// How many ticks (seconds) a message that needs no action stays in the status bar.
pub const MESSAGE_TICKS: u32 = 5;

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Ok,
    Error,
}

/// A clickable place on screen, recorded while drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Activity(usize),
    Area(usize),
    View(View),
}

/// What drawing keeps from one frame to the next, beside the [`App`] and never inside it (as
/// ratatui's `ListState`): where the main list is scrolled to, how many rows a page key moves,
/// and what is where for mouse clicks. The views write it while drawing; [`App::apply`] reads
/// it for clicks and paging, and scrolls to the top when the list becomes another one.
#[derive(Debug, Clone)]
pub struct ViewState {
    offset: usize,
    page: usize,
    hits: Vec<(Rect, Target)>,
    /// The last frame showed "the window is too small": no key but quit acts, since what it
    /// would do cannot be seen.
    too_small: bool,
    /// The window's width on the last frame.
    screen_width: u16,
    /// The selected activity, when the last frame showed its title cut: the status line
    /// then shows it whole.
    cut_title: Option<usize>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            offset: 0,
            page: 10,
            hits: Vec::new(),
            too_small: false,
            screen_width: 0,
            cut_title: None,
        }
    }
}

impl ViewState {
    /// The first row of the main list on screen.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// How many rows a page key moves: the main list's height less one, as last drawn.
    pub fn page(&self) -> usize {
        self.page.max(1)
    }

    /// What was drawn at this cell on the last frame, if it can be clicked.
    pub fn target_at(&self, column: u16, row: u16) -> Option<Target> {
        self.hits
            .iter()
            .find(|(r, _)| r.contains(Position::new(column, row)))
            .map(|(_, t)| *t)
    }

    /// Shows the main list from its top on the next frame (another view or area).
    pub fn scroll_to_top(&mut self) {
        self.offset = 0;
    }

    /// A new frame: nothing is clickable until drawn again.
    pub(crate) fn clear_hits(&mut self) {
        self.hits.clear();
    }

    /// `area` on screen shows `target`.
    pub(crate) fn hit(&mut self, area: Rect, target: Target) {
        self.hits.push((area, target));
    }

    /// Whether the last frame was too small to show the board.
    pub fn too_small(&self) -> bool {
        self.too_small
    }

    /// The window's width on the last frame.
    pub fn screen_width(&self) -> u16 {
        self.screen_width
    }

    pub(crate) fn set_screen_width(&mut self, width: u16) {
        self.screen_width = width;
    }

    pub(crate) fn set_too_small(&mut self, small: bool) {
        self.too_small = small;
    }

    pub(crate) fn set_offset(&mut self, offset: usize) {
        self.offset = offset;
    }

    /// The selected activity, when this frame showed its title cut.
    pub fn cut_title(&self) -> Option<usize> {
        self.cut_title
    }

    pub(crate) fn set_cut_title(&mut self, activity: Option<usize>) {
        self.cut_title = activity;
    }

    pub(crate) fn set_page(&mut self, page: usize) {
        self.page = page;
    }
}

/// An edit sent to the store, with the plan as it was before, to roll back if it fails.
#[derive(Debug, Clone)]
struct Pending {
    request: Request,
    before: Plan,
}

/// The board: the plan as opened, what the user is doing with it (`Session`) and what the
/// views show of it (`Shown`, derived on change). The fields are private; [`App::apply`]
/// changes them, and drawing reads them through the methods below.
#[derive(Debug)]
pub struct App {
    plan: Plan,
    diagnostics: Vec<Diagnostic>,
    /// The file text the diagnostics point into.
    text: String,
    path: String,
    today: NaiveDate,
    lang: Language,
    theme: Theme,
    read_only: bool,
    /// Edits sent to the store and not yet answered.
    pending: Vec<Pending>,
    session: Session,
    shown: Shown,
}

/// What the user is doing: where they are, what they typed, what is open, and what they were
/// asked or told.
#[derive(Debug)]
struct Session {
    view: View,
    /// The filter picker's filters.
    filters: Filters,
    sort: Sort,
    /// The owner the user said is them ("mine").
    me: Option<String>,
    show_ids: bool,
    query: String,
    /// The search field while typing (`/`).
    search: Option<Input>,
    show_cancelled: bool,
    popup: Option<Popup>,
    message: Option<Message>,
    /// Ticks since `message` was said.
    message_age: u32,
    /// The selected area on the board, and which pane has focus.
    area: usize,
    pane: Pane,
    /// The selected activity (index into `plan.activities`).
    selected: Option<usize>,
    /// What each activity was before `x` marked it done in this session, so a second `x`
    /// puts it back rather than guessing.
    before_done: std::collections::HashMap<String, Status>,
    /// Edits the store could not write to the file (shown, and asked about on quitting).
    unsaved: Vec<Unsaved>,
    /// A choice in the unsaved popup was sent to the store; quit once nothing is unsaved.
    quitting: bool,
    /// A recovery file's edits, offered at start.
    recovery: Option<Recovery>,
    /// Other boards editing this plan (described), shown at start.
    other_editors: Vec<String>,
    /// Read-only because another board edits the plan (not `--read-only`).
    read_only_by_choice: bool,
    /// The problem whose unknown status word the open status picker replaces (a quick fix).
    fixing: Option<Diagnostic>,
    /// The workstream heading the board's cursor stands on (see `App::heading`).
    heading: Option<usize>,
    /// Structural changes a conflict left out of the file (see `App::track_conflicts`).
    conflicts: Vec<Unsaved>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            view: View::Board,
            filters: Filters::default(),
            sort: Sort::File,
            me: None,
            show_ids: false,
            query: String::new(),
            search: None,
            show_cancelled: false,
            popup: None,
            message: None,
            message_age: 0,
            area: 0,
            pane: Pane::Activities,
            selected: None,
            before_done: std::collections::HashMap::new(),
            unsaved: Vec::new(),
            quitting: false,
            recovery: None,
            other_editors: Vec::new(),
            read_only_by_choice: false,
            fixing: None,
            heading: None,
            conflicts: Vec::new(),
        }
    }
}

impl App {
    pub fn new(plan: Plan, diagnostics: Vec<Diagnostic>, text: String, options: Options) -> App {
        let mut app = App {
            plan,
            diagnostics,
            text,
            path: options.path,
            today: options.today,
            lang: options.lang,
            theme: options.theme,
            read_only: options.read_only,
            pending: Vec::new(),
            session: Session::default(),
            shown: Shown::default(),
        };
        // Start on the first area that has activities, so the board opens on work to see.
        app.session.area = (0..app.plan.areas.len())
            .find(|&i| app.plan.activities_in_area(i).next().is_some())
            .unwrap_or(0);
        app.refresh();
        app
    }

    /// Shows `theme` from the next frame on.
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
    }

    /// Opens `popup` as it is, over whatever is open (tests, and questions asked at start).
    pub fn open_popup(&mut self, popup: Popup) {
        self.session.popup = Some(popup);
    }

    /// Closes any popup.
    pub fn close_popup(&mut self) {
        self.session.popup = None;
    }

    /// Says `text` in the status bar.
    pub fn notify(&mut self, kind: MessageKind, text: String) {
        self.session.message = Some(Message { kind, text });
        self.session.message_age = 0;
    }

    /// A tick: a message that says something went well fades after [`MESSAGE_TICKS`]; an
    /// error stays until the next one, and "Saving…" while an edit is on its way.
    fn tick(&mut self) {
        let Some(m) = &self.session.message else {
            return;
        };
        self.session.message_age += 1;
        if m.kind != MessageKind::Error
            && self.pending.is_empty()
            && self.session.message_age >= MESSAGE_TICKS
        {
            self.session.message = None;
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The problems found in the file (warnings: the plan opened).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The file text the diagnostics point into.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file's name as shown in the problems list.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn lang(&self) -> Language {
        self.lang
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// No edits: `--read-only`, or chosen beside another board.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    pub fn view(&self) -> View {
        self.session.view
    }

    /// The urgency filter (open, overdue, due soon), one of [`App::filters`].
    pub fn filter(&self) -> Filter {
        self.session.filters.urgency
    }

    /// The search text, as typed or kept after Enter.
    pub fn query(&self) -> &str {
        &self.session.query
    }

    /// The search field, while typing in it.
    pub fn search(&self) -> Option<&Input> {
        self.session.search.as_ref()
    }

    /// The status view shows the cancelled column.
    pub fn shows_cancelled(&self) -> bool {
        self.session.show_cancelled
    }

    pub fn popup(&self) -> Option<&Popup> {
        self.session.popup.as_ref()
    }

    /// The line in the status bar.
    pub fn message(&self) -> Option<&Message> {
        self.session.message.as_ref()
    }

    /// The selected area on the board.
    pub fn area(&self) -> usize {
        self.session.area
    }

    /// Which of the board's panes has focus.
    pub fn pane(&self) -> Pane {
        self.session.pane
    }

    /// The selected activity (an index into the plan's activities).
    pub fn selected(&self) -> Option<usize> {
        self.session.selected
    }

    /// Edits the store could not write to the file.
    pub fn unsaved(&self) -> &[Unsaved] {
        &self.session.unsaved
    }

    /// A recovery file's edits, while they are offered.
    pub fn recovery(&self) -> Option<&Recovery> {
        self.session.recovery.as_ref()
    }

    /// Other boards editing this plan, described.
    pub fn other_editors(&self) -> &[String] {
        &self.session.other_editors
    }

    /// The header's counts, over the whole plan.
    pub fn counts(&self) -> Counts {
        self.shown.counts
    }

    /// How wide each column of an activity row needs to be, over the visible activities.
    pub fn widths(&self) -> &model::Widths {
        &self.shown.widths
    }

    /// The activities that pass the filter and search, in plan order.
    pub fn visible(&self) -> &[usize] {
        &self.shown.visible
    }

    /// The rows of the current list view (headings and activities).
    pub fn rows(&self) -> &[Row] {
        &self.shown.rows
    }

    /// The status view's columns: each status with its cards.
    pub fn columns(&self) -> &[(Status, Vec<usize>)] {
        &self.shown.columns
    }

    /// (done, total) of area `i`.
    pub fn progress_of(&self, i: usize) -> (usize, usize) {
        self.shown.progress.get(i).copied().unwrap_or_default()
    }

    /// The text of `msg` in the UI language.
    pub fn tr(&self, msg: Msg) -> &'static str {
        tr(self.lang, msg)
    }

    /// Warnings in the file (its errors are counted by [`App::errors`]).
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// Errors in the file: a plan with errors opens, showing what could be read.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The scope keys are read in.
    pub fn scope(&self) -> Scope {
        match (&self.session.popup, &self.session.search) {
            (
                Some(
                    Popup::Edit { .. }
                    | Popup::Add(_)
                    | Popup::Reason { .. }
                    | Popup::FilterText { .. },
                ),
                _,
            )
            | (None, Some(_)) => Scope::Input,
            (Some(Popup::Name(_)), _) => Scope::Input,
            (Some(Popup::Delete { .. }), _) => Scope::Confirm,
            (Some(Popup::DeleteGroup { .. }), _) => Scope::Confirm,
            (Some(_), _) => Scope::Popup,
            (None, None) => Scope::Normal,
        }
    }

    /// Handles one event.
    pub fn apply(&mut self, event: Event, state: &mut ViewState) -> Effect {
        match event {
            Event::Key(key) => self.key(key, state),
            Event::Action(action) => self.perform(action, state),
            Event::Click { column, row } => {
                self.click(column, row, state);
                Effect::None
            }
            Event::ScrollUp | Event::ScrollDown if state.too_small() => Effect::None,
            Event::ScrollUp => self.scroll(-3, state),
            Event::ScrollDown => self.scroll(3, state),
            Event::Stored(mut report) => {
                let unsaved = std::mem::take(&mut report.unsaved);
                let conflict = Self::is_conflict(&report);
                let kept_mine = Self::keep_mine_failed(&report);
                self.stored(*report);
                let effect = self.set_unsaved(unsaved);
                self.track_conflicts(conflict, kept_mine);
                effect
            }
            Event::Tick => {
                self.tick();
                Effect::None
            }
        }
    }

    /// At start: another board is editing this plan (each described: user, host, pid).
    pub fn warn_other_editors(&mut self, editors: Vec<String>) {
        if editors.is_empty() || self.read_only {
            return;
        }
        self.session.other_editors = editors;
        self.session.popup = Some(Popup::OtherEditor {
            choice: OtherEditorChoice::default(),
        });
    }

    /// Just after start: the other boards this one saw when it listed itself as an editor
    /// (under the plan's lock: of two boards opening at the same moment, the later one sees the
    /// earlier). Those not warned of at start are warned of now, over nothing or over the
    /// start's own questions (a recovery offer comes back after); if another question is
    /// already open, it is left alone. True when the board shows the warning.
    pub fn also_editing(&mut self, editors: Vec<String>) -> bool {
        let mut all = self.session.other_editors.clone();
        let before = all.len();
        all.extend(
            editors
                .into_iter()
                .filter(|e| !self.session.other_editors.contains(e)),
        );
        let questions_at_start = matches!(
            self.session.popup,
            None | Some(Popup::OtherEditor { .. } | Popup::Recovery { .. })
        );
        if all.len() == before || self.read_only || !questions_at_start {
            return false;
        }
        self.warn_other_editors(all);
        true
    }

    /// At start: a recovery file's edits, offered once any other-editor question is answered.
    pub fn offer_recovery(&mut self, recovery: Recovery) {
        if recovery.edits.is_empty() {
            return;
        }
        self.session.recovery = Some(recovery);
        if self.read_only {
            self.notify(
                MessageKind::Error,
                self.tr(Msg::RecoveryReadOnly).to_string(),
            );
        } else if self.session.popup.is_none() {
            self.session.popup = Some(Popup::Recovery {
                choice: RecoveryChoice::default(),
            });
        }
    }

    /// Quit, unless edits are unsaved: then ask what to do with them. A quit while asking
    /// sets them aside in the recovery file, so a second Ctrl-C never loses them.
    pub fn request_quit(&mut self) -> Effect {
        if matches!(self.session.popup, Some(Popup::Unsaved { .. })) {
            return self.choose_unsaved(UnsavedChoice::SetAside);
        }
        if self.session.unsaved.is_empty() {
            return Effect::Quit;
        }
        self.ask_unsaved();
        Effect::None
    }

    /// Opens the popup that asks what to do with the unsaved edits.
    pub fn ask_unsaved(&mut self) {
        self.session.quitting = false;
        self.session.search = None;
        self.session.popup = Some(Popup::Unsaved {
            choice: UnsavedChoice::default(),
        });
    }

    /// Takes the store's unsaved edits after a report; a quit waiting on them goes ahead, or
    /// asks again if some are left.
    fn set_unsaved(&mut self, list: Vec<Unsaved>) -> Effect {
        self.session.unsaved = list;
        if !self.session.quitting {
            return Effect::None;
        }
        self.session.quitting = false;
        if self.session.unsaved.is_empty() {
            Effect::Quit
        } else {
            // The choice did not work out (the message says why): ask again.
            self.session.popup = Some(Popup::Unsaved {
                choice: UnsavedChoice::default(),
            });
            Effect::None
        }
    }

    /// Keys in the popups that ask (unsaved, recovery, other editor); `None` in other popups.
    /// Esc takes the choice that changes nothing: back to the board, decide about the recovery
    /// file later, or read-only beside another editor.
    fn perform_asking(&mut self, action: Action) -> Option<Effect> {
        let effect = match self.session.popup {
            Some(Popup::Unsaved { choice }) => match action {
                Action::Confirm => self.choose_unsaved(choice),
                Action::Close => {
                    self.session.popup = None;
                    Effect::None
                }
                _ => {
                    let choice = choice.moved(action);
                    self.session.popup = Some(Popup::Unsaved { choice });
                    Effect::None
                }
            },
            Some(Popup::Recovery { choice }) => match action {
                Action::Confirm => self.choose_recovery(choice),
                Action::Close => self.choose_recovery(RecoveryChoice::Later),
                _ => {
                    let choice = choice.moved(action);
                    self.session.popup = Some(Popup::Recovery { choice });
                    Effect::None
                }
            },
            Some(Popup::OtherEditor { choice }) => match action {
                Action::Confirm => self.choose_other_editor(choice),
                Action::Close => self.choose_other_editor(OtherEditorChoice::ReadOnly),
                _ => {
                    let choice = choice.moved(action);
                    self.session.popup = Some(Popup::OtherEditor { choice });
                    Effect::None
                }
            },
            Some(Popup::Conflict {
                ref unsaved,
                choice,
            }) => match action {
                Action::Confirm => {
                    let unsaved = (**unsaved).clone();
                    self.choose_conflict(unsaved, choice)
                }
                Action::Close => {
                    self.session.popup = None;
                    Effect::None
                }
                _ => {
                    if let Some(Popup::Conflict { choice, .. }) = &mut self.session.popup {
                        *choice = choice.moved(action);
                    }
                    Effect::None
                }
            },
            _ => return None,
        };
        Some(effect)
    }

    /// Keep mine saves the edit over the file's value; keep theirs forgets it.
    fn choose_conflict(&mut self, unsaved: Unsaved, choice: ConflictChoice) -> Effect {
        self.session.popup = None;
        match choice {
            ConflictChoice::KeepMine => {
                self.notify(MessageKind::Info, self.tr(Msg::Saving).to_string());
                self.store(Request::KeepMine(unsaved))
            }
            ConflictChoice::KeepTheirs => self.store(Request::KeepTheirs(unsaved)),
        }
    }

    /// The selected activity's unsaved edit whose field the file has since given another value
    /// (neither the one the edit replaced nor the edit's own): a conflict to resolve; else a
    /// structural change about it that a conflict left out of the file.
    pub fn selected_conflict(&self) -> Option<Unsaved> {
        let a = self.selected_activity()?;
        self.session
            .unsaved
            .iter()
            .find(|u| {
                u.field_edit().is_some_and(|(edit, was)| {
                    let now = recovery::current(a, edit.change.field());
                    edit.id == a.id
                        && !recovery::same_value(&now, was)
                        && !recovery::same_value(&now, &edit.change)
                })
            })
            .cloned()
            .or_else(|| self.structural_conflict(&a.id))
    }

    fn choose_unsaved(&mut self, choice: UnsavedChoice) -> Effect {
        self.session.popup = None;
        self.session.quitting = true;
        let request = match choice {
            UnsavedChoice::Retry => {
                self.notify(MessageKind::Info, self.tr(Msg::Saving).to_string());
                Request::Retry
            }
            UnsavedChoice::SetAside => Request::SetAside,
            UnsavedChoice::Discard => Request::Discard,
        };
        Effect::Store(request)
    }

    fn choose_recovery(&mut self, choice: RecoveryChoice) -> Effect {
        self.session.popup = None;
        match choice {
            RecoveryChoice::Reapply => match self.session.recovery.take() {
                Some(r) => {
                    self.notify(MessageKind::Info, self.tr(Msg::Saving).to_string());
                    Effect::Store(Request::Reapply(r.edits))
                }
                None => Effect::None,
            },
            RecoveryChoice::Discard => {
                self.session.recovery = None;
                Effect::Store(Request::DiscardRecovery)
            }
            RecoveryChoice::Later => {
                self.notify(MessageKind::Info, self.tr(Msg::RecoveryKept).to_string());
                Effect::None
            }
        }
    }

    fn choose_other_editor(&mut self, choice: OtherEditorChoice) -> Effect {
        self.session.popup = None;
        if choice == OtherEditorChoice::ReadOnly {
            self.read_only = true;
            self.session.read_only_by_choice = true;
            if self.session.recovery.is_some() {
                self.notify(
                    MessageKind::Error,
                    self.tr(Msg::RecoveryReadOnly).to_string(),
                );
            }
            return Effect::Store(Request::StopEditing);
        }
        if self.session.recovery.is_some() {
            self.session.popup = Some(Popup::Recovery {
                choice: RecoveryChoice::default(),
            });
        }
        Effect::None
    }

    fn key(&mut self, key: KeyEvent, state: &mut ViewState) -> Effect {
        // Terminals with the kitty protocol report releases and repeats; only a press acts.
        if key.kind != KeyEventKind::Press {
            return Effect::None;
        }
        let scope = self.scope();
        match keys::resolve(scope, self.session.view, &key) {
            // Nothing acts unseen: while the window is too small to show the board, only quit
            // does (it asks about unsaved edits, and a second quit sets them aside).
            Some(action) if state.too_small() && action != Action::Quit => Effect::None,
            Some(action) => self.perform(action, state),
            None if state.too_small() => Effect::None,
            None if scope == Scope::Input => {
                self.type_key(key);
                Effect::None
            }
            None => Effect::None,
        }
    }

    /// Recomputes everything derived from plan, filter and search, keeping the selection.
    /// Call after changing the plan; a change of view, filter or search alone needs only
    /// [`App::refresh_view`].
    fn refresh(&mut self) {
        self.shown.plan_changed(&self.plan, self.today);
        self.refresh_view();
    }

    /// Recomputes what view, filter and search show of the plan as it is, keeping the selection.
    fn refresh_view(&mut self) {
        let session = &mut self.session;
        session.area = session.area.min(self.plan.areas.len().saturating_sub(1));
        let lens = Lens {
            view: session.view,
            area: session.area,
            filters: &session.filters,
            sort: session.sort,
            query: &session.query,
            show_cancelled: session.show_cancelled,
        };
        self.shown.look(&self.plan, self.today, self.lang, lens);
        if session
            .selected
            .and_then(|s| self.shown.order_of(s))
            .is_none()
        {
            session.selected = self.shown.reachable().first().copied();
        }
    }

    /// Position of the selected activity in `rows` (list views).
    pub fn cursor_row(&self) -> Option<usize> {
        if let Some(row) = self.heading_row() {
            return Some(row);
        }
        self.shown.row_of(self.session.selected?)
    }

    /// (column, position) of the selected card in the status view.
    pub fn kanban_cursor(&self) -> Option<(usize, usize)> {
        if self.session.view != View::Status {
            return None;
        }
        self.shown.card_of(self.session.selected?)
    }

    fn perform(&mut self, action: Action, state: &mut ViewState) -> Effect {
        // In a text field only Ctrl-C quits ('q' is typed), and it goes the same way as q.
        if action == Action::Quit {
            return self.request_quit();
        }
        match self.scope() {
            Scope::Input => self.perform_input(action),
            Scope::Popup => self.perform_popup(action),
            Scope::Confirm => self.perform_confirm(action),
            Scope::Normal => self.perform_normal(action, state),
            Scope::Present | Scope::Portfolio | Scope::Broken => Effect::None,
        }
    }

    fn perform_normal(&mut self, action: Action, state: &mut ViewState) -> Effect {
        match action {
            Action::Up => self.move_by(-1, state),
            Action::Down => self.move_by(1, state),
            Action::PageUp => self.move_by(-(state.page() as isize), state),
            Action::PageDown => self.move_by(state.page() as isize, state),
            Action::Top => self.move_by(isize::MIN / 2, state),
            Action::Bottom => self.move_by(isize::MAX / 2, state),
            Action::Left => self.sideways(-1),
            Action::Right => self.sideways(1),
            Action::NextView => self.set_view(
                View::ALL[(self.session.view.index() + 1) % View::ALL.len()],
                state,
            ),
            Action::PrevView => self.set_view(
                View::ALL[(self.session.view.index() + View::ALL.len() - 1) % View::ALL.len()],
                state,
            ),
            Action::View(n) => {
                if let Some(v) = View::ALL.get(usize::from(n)) {
                    self.set_view(*v, state);
                }
            }
            Action::Details => {
                if self.session.view == View::Board && self.session.pane == Pane::Areas {
                    self.session.pane = Pane::Activities;
                } else if let Some(unsaved) = self.selected_conflict() {
                    self.session.popup = Some(Popup::Conflict {
                        unsaved: Box::new(unsaved),
                        choice: ConflictChoice::default(),
                    });
                } else if self.session.selected.is_some() {
                    self.session.popup = Some(Popup::Detail { scroll: 0 });
                }
            }
            Action::Advance => {
                if let Some(a) = self.selected_activity() {
                    let next = a.status.advanced();
                    if next != a.status {
                        return self.edit(Change::Status(next));
                    }
                }
            }
            Action::ToggleDone => {
                if let Some(a) = self.selected_activity() {
                    let next = if a.status == Status::Done {
                        self.session
                            .before_done
                            .get(&a.id)
                            .copied()
                            .unwrap_or(Status::Doing)
                    } else {
                        Status::Done
                    };
                    let (id, before) = (a.id.clone(), a.status);
                    let effect = self.edit(Change::Status(next));
                    if next == Status::Done && effect != Effect::None {
                        self.session.before_done.insert(id, before);
                    }
                    return effect;
                }
            }
            Action::StatusPicker => {
                if let Some(a) = self.selected_activity() {
                    let status = a.status;
                    if self.refuse_read_only() {
                        return Effect::None;
                    }
                    self.session.popup = Some(Popup::Picker { status });
                }
            }
            Action::EditNote => self.open_editor(Field::Note),
            Action::EditDue => self.open_editor(Field::Due),
            Action::EditOwner => self.open_editor(Field::Owner),
            Action::EditTitle if self.on_areas_pane() => self.open_rename_area(),
            Action::EditTitle => self.open_editor(Field::Title),
            Action::EditMembers => self.open_editor(Field::Members),
            Action::AddActivity => self.open_add(),
            Action::DeleteActivity if self.on_areas_pane() => self.open_delete_area(),
            Action::DeleteActivity => {
                if let Some(index) = self.session.selected
                    && !self.refuse_read_only()
                {
                    self.session.popup = Some(Popup::Delete { index });
                }
            }
            Action::ShiftUp => return self.shift(false),
            Action::ShiftDown => return self.shift(true),
            Action::MoveTo => {
                if let Some(index) = self.session.selected
                    && !self.refuse_read_only()
                {
                    let a = &self.plan.activities[index];
                    let to = Group {
                        area: a.area,
                        workstream: a.workstream,
                    };
                    self.session.popup = Some(Popup::MoveTo { index, to });
                }
            }
            Action::AreaStatus => {
                if let Some(status) = self.plan.areas.get(self.session.area).map(|a| a.status)
                    && !self.refuse_read_only()
                {
                    self.session.popup = Some(Popup::AreaStatus {
                        area: self.session.area,
                        status,
                    });
                }
            }
            Action::AddGroup => self.open_add_group(),
            Action::RenameGroup => self.open_rename_group(),
            Action::DeleteGroup => self.open_delete_group(),
            Action::Undo => return self.store(Request::Undo),
            Action::Redo => return self.store(Request::Redo),
            Action::Reload => return Effect::Store(Request::Reload),
            Action::Search => {
                self.session.search = Some(Input::new(self.session.query.clone()));
            }
            Action::FilterPicker => self.open_filters(),
            Action::ClearFilters => self.clear_filters(),
            Action::CycleSort => self.cycle_sort(),
            Action::ToggleIds => self.toggle_ids(),
            Action::Problems => self.session.popup = Some(Popup::Problems { selected: 0 }),
            Action::Help => self.session.popup = Some(Popup::Help { scroll: 0 }),
            Action::MoveCardLeft => return self.move_card(-1),
            Action::MoveCardRight => return self.move_card(1),
            Action::ToggleCancelled => {
                self.session.show_cancelled = !self.session.show_cancelled;
                self.refresh_view();
            }
            Action::Close => {
                if !self.session.query.is_empty() {
                    self.session.query.clear();
                    self.refresh_view();
                } else {
                    self.session.message = None;
                }
            }
            // The presenter is read-only and has no store, so switching needs no pending check:
            // saves already sent finish on the worker while it shows.
            Action::Present => return Effect::Present,
            Action::OpenEditor => return self.open_in_editor(),
            Action::Copy => return self.copy(),
            Action::Quit
            | Action::Confirm
            | Action::NextField
            | Action::PrevField
            | Action::NextPage
            | Action::PrevPage
            | Action::FirstPage
            | Action::LastPage
            | Action::QuickFix => {}
        }
        Effect::None
    }

    /// `E`: the plan in the user's editor at the line that matters here — from the problems
    /// list the selected problem's line, else the selected activity's header.
    fn open_in_editor(&mut self) -> Effect {
        if self.refuse_read_only() {
            return Effect::None;
        }
        let problem = self.selected_problem_line();
        let line = problem.or_else(|| {
            let i = self.session.selected?;
            let blocks = crate::file::structure::activity_blocks(&self.text, &self.plan).ok()?;
            let block = blocks.get(i)?.clone();
            let before = self.text.get(..block.start)?;
            let body = self.text.get(block)?;
            // The header line, under the comments that belong to the activity.
            let header = body
                .lines()
                .position(|l| l.trim_start().starts_with('['))
                .unwrap_or(0);
            Some(before.matches('\n').count() + header + 1)
        });
        self.session.popup = None;
        Effect::Editor {
            line: line.unwrap_or(1),
        }
    }

    fn perform_popup(&mut self, action: Action) -> Effect {
        if action == Action::OpenEditor
            && matches!(
                self.session.popup,
                Some(Popup::Problems { .. } | Popup::Detail { .. })
            )
        {
            return self.open_in_editor();
        }
        if let Some(effect) = self.perform_asking(action) {
            return effect;
        }
        let Some(popup) = self.session.popup.as_mut() else {
            return Effect::None;
        };
        match popup {
            Popup::Problems { selected } => {
                let selected = *selected;
                return self.perform_problems(selected, action);
            }
            Popup::Detail { scroll } | Popup::Help { scroll } => {
                if keys::scroll_overlay(scroll, action) {
                    self.session.popup = None;
                }
            }
            Popup::Picker { status } => match action {
                Action::Down | Action::Up => *status = moved_in(&Status::ALL, *status, action),
                Action::Close => {
                    self.session.popup = None;
                    self.session.fixing = None;
                }
                Action::Confirm => {
                    let status = *status;
                    self.session.popup = None;
                    if let Some(d) = self.session.fixing.take() {
                        return self.fix_status(&d, status);
                    }
                    if self.selected_activity().is_some_and(|a| a.status != status) {
                        return self.edit(Change::Status(status));
                    }
                }
                _ => {}
            },
            Popup::MoveTo { index, to } => match action {
                Action::Down | Action::Up => {
                    *to = moved_in(&Group::all(&self.plan), *to, action);
                }
                Action::Close => self.session.popup = None,
                Action::Confirm => {
                    let (index, to) = (*index, *to);
                    self.session.popup = None;
                    let Some(a) = self.plan.activities.get(index) else {
                        return Effect::None;
                    };
                    let change = Structure::Move {
                        id: a.id.clone(),
                        place: to.end(&self.plan),
                    };
                    return self.restructure(change);
                }
                _ => {}
            },
            Popup::AreaStatus { area, status } => match action {
                Action::Down | Action::Up => {
                    *status = moved_in(&AreaStatus::ALL, *status, action);
                }
                Action::Close => self.session.popup = None,
                Action::Confirm => {
                    let (area, status) = (*area, *status);
                    return self.choose_area_status(area, status);
                }
                _ => {}
            },
            Popup::AddWhich { area, choice } => {
                let (area, choice) = (*area, *choice);
                return self.perform_add_which(area, choice, action);
            }
            Popup::PickEmpty { area, at } => {
                let (area, at) = (*area, *at);
                return self.perform_pick_empty(area, at, action);
            }
            Popup::Edit { .. } | Popup::Add(_) | Popup::Reason { .. } | Popup::Delete { .. } => {}
            Popup::Name(_) | Popup::DeleteGroup { .. } | Popup::FilterText { .. } => {}
            Popup::Filters { row } => {
                let row = *row;
                return self.perform_filters(row, action);
            }
            Popup::Unsaved { .. }
            | Popup::Recovery { .. }
            | Popup::OtherEditor { .. }
            | Popup::Conflict { .. } => {}
        }
        Effect::None
    }

    fn perform_input(&mut self, action: Action) -> Effect {
        if let Some(search) = self.session.search.take() {
            match action {
                // Enter keeps the query (and the first match selected) for the next key.
                Action::Confirm => {
                    self.session.query = search.value().to_string();
                    if self.shown.visible.is_empty() && !self.session.query.is_empty() {
                        self.notify(MessageKind::Error, self.tr(Msg::NoMatches).to_string());
                    }
                }
                Action::Close => {
                    self.session.query.clear();
                    self.refresh_view();
                }
                _ => self.session.search = Some(search),
            }
            return Effect::None;
        }
        match self.session.popup.take() {
            Some(Popup::Add(form)) => return self.perform_add(*form, action),
            Some(Popup::Reason { area, input }) => return self.perform_reason(area, input, action),
            Some(Popup::Name(form)) => return self.perform_name(*form, action),
            Some(Popup::FilterText { input }) => return self.perform_filter_text(input, action),
            other => self.session.popup = other,
        }
        let Some(Popup::Edit {
            field,
            index,
            input,
        }) = self.session.popup.take()
        else {
            return Effect::None;
        };
        match action {
            Action::Close => Effect::None,
            Action::Confirm => {
                let value = input.value().trim().to_string();
                let change = match field {
                    Field::Note => Change::Note((!value.is_empty()).then_some(value)),
                    Field::Owner if value.is_empty() => {
                        self.session.popup = Some(Popup::Edit {
                            field,
                            index,
                            input,
                        });
                        return Effect::None;
                    }
                    Field::Owner => Change::Owner(value),
                    Field::Title if value.is_empty() => {
                        self.session.popup = Some(Popup::Edit {
                            field,
                            index,
                            input,
                        });
                        return Effect::None;
                    }
                    Field::Title => Change::Title(value),
                    Field::Meeting => Change::Meeting((!value.is_empty()).then_some(value)),
                    Field::Members => Change::members(&value),
                    Field::Due => {
                        if let Err(e) = self.preview_due(index, &value) {
                            // Keep the field open with the problem shown under it.
                            self.session.popup = Some(Popup::Edit {
                                field,
                                index,
                                input,
                            });
                            self.notify(MessageKind::Error, e);
                            return Effect::None;
                        }
                        Change::Due(value)
                    }
                    Field::Status => return Effect::None,
                };
                self.session.selected = Some(index);
                self.edit(change)
            }
            _ => {
                self.session.popup = Some(Popup::Edit {
                    field,
                    index,
                    input,
                });
                Effect::None
            }
        }
    }

    /// A key that belongs to the text field being typed in.
    fn type_key(&mut self, key: KeyEvent) {
        let Some(request) = to_input_request(&ratatui::crossterm::event::Event::Key(key)) else {
            return;
        };
        if let Some(search) = self.session.search.as_mut() {
            search.handle(request);
            // Matches show as you type.
            self.session.query = search.value().to_string();
            self.refresh_view();
        } else {
            match self.session.popup.as_mut() {
                Some(
                    Popup::Edit { input, .. }
                    | Popup::Reason { input, .. }
                    | Popup::FilterText { input },
                ) => {
                    input.handle(request);
                }
                Some(Popup::Add(form)) => {
                    let field = form.field;
                    form.input_mut(field).handle(request);
                    form.error = None;
                }
                Some(Popup::Name(form)) => {
                    form.focused_mut().handle(request);
                    form.error = None;
                }
                _ => {}
            }
        }
    }

    /// What a deadline text would resolve to for activity `index`: "søn 17.12.2017", or why not.
    pub fn preview_due(&self, index: usize, text: &str) -> Result<String, String> {
        let a = self
            .plan
            .activities
            .get(index)
            .ok_or_else(|| self.tr(Msg::NothingSelected).to_string())?;
        let ctx = self.plan.deadline_context(a);
        crate::plan::deadline::parse_and_resolve(text, &ctx)
            .map(|(_, r)| crate::output::text::weekday_date(r.day, self.lang))
            .map_err(|e| e.message.render(self.lang))
    }

    fn open_editor(&mut self, field: Field) {
        let Some(index) = self.session.selected else {
            return;
        };
        if self.refuse_read_only() {
            return;
        }
        let a = &self.plan.activities[index];
        let value = match field {
            Field::Note => a.note.clone().unwrap_or_default(),
            Field::Due => a.due.text.clone(),
            Field::Owner => a.owner.clone(),
            Field::Title => a.title.clone(),
            Field::Meeting => a.meeting.clone().unwrap_or_default(),
            Field::Members => a.members.join(", "),
            Field::Status => return,
        };
        self.session.popup = Some(Popup::Edit {
            field,
            index,
            input: Input::new(value),
        });
    }

    /// What a new activity's deadline text would resolve to: "søn 17.12.2017", or why not.
    pub fn preview_new_due(&self, text: &str) -> Result<String, String> {
        let series = crate::plan::edit::series_for(&self.plan.meetings, None);
        let ctx = crate::plan::deadline::Context {
            period: self.plan.start.zip(self.plan.end),
            meetings: series.map(|s| s.dates.as_slice()),
            meeting_series: series.map(|s| s.name.as_str()),
        };
        crate::plan::deadline::parse_and_resolve(text, &ctx)
            .map(|(_, r)| crate::output::text::weekday_date(r.day, self.lang))
            .map_err(|e| e.message.render(self.lang))
    }

    /// The owner Tab would fill in: the first of the plan's owners that starts with what is
    /// typed (unless it is that owner already), or with nothing typed, the owner of the
    /// activity the new one follows (else of its group's last).
    pub fn owner_suggestion(&self, form: &AddForm) -> Option<String> {
        let typed = form.owner.value().trim().to_lowercase();
        if typed.is_empty() {
            let near = match &form.place {
                Place::After(id) => self.plan.find(id),
                Place::End { .. } => self.plan.activities.iter().rposition(|a| {
                    a.area == form.group.area && a.workstream == form.group.workstream
                }),
            };
            return near
                .or_else(|| (!self.plan.activities.is_empty()).then_some(0))
                .map(|i| self.plan.activities[i].owner.clone());
        }
        let mut owners: Vec<&str> = self
            .plan
            .activities
            .iter()
            .map(|a| a.owner.as_str())
            .collect();
        owners.sort_unstable();
        owners.dedup();
        owners
            .into_iter()
            .find(|o| o.to_lowercase().starts_with(&typed))
            .filter(|o| o.to_lowercase() != typed)
            .map(str::to_string)
    }

    /// `a`: the add form, for a new activity right after the selected one, or (the areas pane
    /// focused, or nothing selected) at the end of the area's own activities, or of its first
    /// workstream when it has none of its own.
    fn open_add(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        let on_areas = self.session.view == View::Board && self.session.pane == Pane::Areas;
        let (place, group) = match self.selected_activity() {
            // On a workstream heading: at the end of that workstream.
            _ if self.heading_group().is_some() => match self.heading_group() {
                Some(group) => (group.end(&self.plan), group),
                None => return,
            },
            Some(a) if !on_areas => (
                Place::After(a.id.clone()),
                Group {
                    area: a.area,
                    workstream: a.workstream,
                },
            ),
            _ => {
                let area = self.session.area;
                if area >= self.plan.areas.len() {
                    return;
                }
                let own = self
                    .plan
                    .activities
                    .iter()
                    .any(|a| a.area == area && a.workstream.is_none());
                let first = self.plan.workstreams.iter().position(|w| w.area == area);
                let group = Group {
                    area,
                    workstream: if own { None } else { first },
                };
                (group.end(&self.plan), group)
            }
        };
        let id = self
            .plan
            .slot(&place, None)
            .map(|slot| self.plan.free_id(slot))
            .unwrap_or_default();
        self.session.popup = Some(Popup::Add(Box::new(AddForm {
            place,
            group,
            field: AddField::Title,
            title: Input::default(),
            owner: Input::default(),
            due: Input::default(),
            id: Input::new(id),
            error: None,
        })));
    }

    /// A key in the add form: Tab and Enter go to the next field (Tab in the owner field
    /// completes the name first), Enter on the last saves when the plan takes the activity.
    fn perform_add(&mut self, mut form: AddForm, action: Action) -> Effect {
        match action {
            Action::Close => return Effect::None,
            Action::NextField => match self.owner_suggestion(&form) {
                Some(owner) if form.field == AddField::Owner => {
                    form.owner = Input::new(owner);
                }
                _ => form.field = form.field.step(true),
            },
            Action::PrevField => form.field = form.field.step(false),
            Action::Confirm if form.field != AddField::Id => form.field = form.field.step(true),
            Action::Confirm => {
                let change = Structure::Add {
                    place: form.place.clone(),
                    activity: NewActivity {
                        id: form.id.value().trim().to_string(),
                        title: form.title.value().trim().to_string(),
                        owner: form.owner.value().trim().to_string(),
                        due: form.due.value().trim().to_string(),
                    },
                };
                match self.plan.restructure(&change) {
                    Ok(_) => return self.restructure(change),
                    Err(e) => {
                        form.field = self.first_problem(&form);
                        form.error = Some(e.render(self.lang()));
                    }
                }
            }
            _ => {}
        }
        self.session.popup = Some(Popup::Add(Box::new(form)));
        Effect::None
    }

    /// The field to go back to when the plan refuses the form's activity.
    fn first_problem(&self, form: &AddForm) -> AddField {
        if form.title.value().trim().is_empty() {
            AddField::Title
        } else if form.owner.value().trim().is_empty() {
            AddField::Owner
        } else if self.preview_new_due(form.due.value().trim()).is_err() {
            AddField::Due
        } else {
            AddField::Id
        }
    }

    /// A key in the reason field: Enter sets the area waiting with it (it cannot be empty).
    fn perform_reason(&mut self, area: usize, input: Input, action: Action) -> Effect {
        match action {
            Action::Close => Effect::None,
            Action::Confirm if input.value().trim().is_empty() => {
                self.session.popup = Some(Popup::Reason { area, input });
                self.notify(MessageKind::Error, self.tr(Msg::ReasonRequired).to_string());
                Effect::None
            }
            Action::Confirm => {
                let Some(a) = self.plan.areas.get(area) else {
                    return Effect::None;
                };
                // An area already waiting keeps its status as written; only the reason changes.
                let change = Structure::Area {
                    number: a.number.clone(),
                    change: AreaChange {
                        title: None,
                        status: (a.status != AreaStatus::Waiting).then_some(AreaStatus::Waiting),
                        reason: Some(Some(input.value().trim().to_string())),
                    },
                };
                self.restructure(change)
            }
            _ => {
                self.session.popup = Some(Popup::Reason { area, input });
                Effect::None
            }
        }
    }

    /// The area status picker's choice: waiting asks for the reason (the current one to
    /// edit); another status is set at once, and drops the reason, which only says what a
    /// waiting area waits for.
    fn choose_area_status(&mut self, area: usize, status: AreaStatus) -> Effect {
        self.session.popup = None;
        let Some(a) = self.plan.areas.get(area) else {
            return Effect::None;
        };
        if status == AreaStatus::Waiting {
            let reason = a.reason.clone().unwrap_or_default();
            self.session.popup = Some(Popup::Reason {
                area,
                input: Input::new(reason),
            });
            return Effect::None;
        }
        if status == a.status && a.reason.is_none() {
            return Effect::None;
        }
        let change = Structure::Area {
            number: a.number.clone(),
            change: AreaChange {
                title: None,
                status: Some(status),
                reason: a.reason.is_some().then_some(None),
            },
        };
        self.restructure(change)
    }

    /// The delete question: yes deletes the activity, no (or Esc) keeps it.
    fn perform_confirm(&mut self, action: Action) -> Effect {
        if let Some(Popup::DeleteGroup { group }) = self.session.popup {
            return self.confirm_delete_group(group, action);
        }
        let Some(Popup::Delete { index }) = self.session.popup else {
            return Effect::None;
        };
        match action {
            Action::Confirm => {
                self.session.popup = None;
                match self.plan.activities.get(index) {
                    Some(a) => {
                        let id = a.id.clone();
                        self.restructure(Structure::Remove { id })
                    }
                    None => Effect::None,
                }
            }
            Action::Close => {
                self.session.popup = None;
                Effect::None
            }
            _ => Effect::None,
        }
    }

    /// `J`/`K`: the selected activity one step down or up among its siblings; at either end
    /// of its group nothing happens.
    fn shift(&mut self, down: bool) -> Effect {
        let Some(a) = self.selected_activity() else {
            self.shift_heading();
            return Effect::None;
        };
        let change = Structure::Shift {
            id: a.id.clone(),
            down,
        };
        if self.plan.restructure(&change).is_err() {
            return Effect::None;
        }
        self.restructure(change)
    }

    /// Changes the plan's structure: at once in memory (the selection follows the activity, or
    /// goes to a deleted one's neighbour), and through the store on disk.
    fn restructure(&mut self, change: Structure) -> Effect {
        if self.refuse_read_only() {
            return Effect::None;
        }
        let plan = match self.plan.restructure(&change) {
            Ok(plan) => plan,
            Err(e) => {
                self.notify(MessageKind::Error, e.render(self.lang()));
                return Effect::None;
            }
        };
        let before = std::mem::replace(&mut self.plan, plan);
        match &change {
            Structure::Remove { .. } => {
                // The next one takes its place (the one before when it was last), on the
                // board only within the area shown.
                let at = self.session.selected.unwrap_or(0);
                let area = (self.session.view == View::Board).then_some(self.session.area);
                self.session.selected =
                    [Some(at), at.checked_sub(1)]
                        .into_iter()
                        .flatten()
                        .find(|&i| {
                            self.plan
                                .activities
                                .get(i)
                                .is_some_and(|a| area.is_none_or(|area| a.area == area))
                        });
            }
            Structure::Area { .. }
            | Structure::AddWorkstream { .. }
            | Structure::RenameWorkstream { .. }
            | Structure::RemoveWorkstream { .. } => {}
            Structure::AddArea { .. } | Structure::RemoveArea { .. } => {
                self.follow_group_change(&change);
            }
            other => {
                self.session.selected = self.plan.find(&other.id());
                if let Some(a) = self.selected_activity()
                    && self.session.view == View::Board
                {
                    self.session.area = a.area;
                    self.session.pane = Pane::Activities;
                }
            }
        }
        let request = Request::Restructure(change);
        self.pending.push(Pending {
            request: request.clone(),
            before,
        });
        self.refresh();
        self.notify(MessageKind::Info, self.tr(Msg::Saving).to_string());
        Effect::Store(request)
    }

    /// `y`: the selected activity as one line for minutes or e-mail, to the clipboard; the
    /// status bar says what was copied.
    fn copy(&mut self) -> Effect {
        let Some(text) = self.selected_activity().map(|a| copy_line(a, self.lang)) else {
            self.notify(MessageKind::Info, self.tr(Msg::CopyNothing).to_string());
            return Effect::None;
        };
        let said = crate::msg!("copy-done", text = text.as_str()).render(self.lang);
        self.notify(MessageKind::Ok, said);
        Effect::Copy(text)
    }

    pub fn selected_activity(&self) -> Option<&crate::plan::Activity> {
        self.session
            .selected
            .and_then(|i| self.plan.activities.get(i))
    }

    fn refuse_read_only(&mut self) -> bool {
        if self.read_only {
            let why = if self.session.read_only_by_choice {
                Msg::ReadOnlyOtherEditor
            } else {
                Msg::ReadOnlyRefused
            };
            self.notify(MessageKind::Error, self.tr(why).to_string());
        }
        self.read_only
    }

    /// Changes the selected activity: at once in memory, and through the store on disk.
    fn edit(&mut self, change: Change) -> Effect {
        let Some(index) = self.session.selected else {
            return Effect::None;
        };
        if self.refuse_read_only() {
            return Effect::None;
        }
        let before = self.plan.clone();
        if let Err(e) = self.plan.apply(index, &change, self.today) {
            self.notify(MessageKind::Error, e.message.render(self.lang));
            return Effect::None;
        }
        let request = Request::Apply(Edit {
            id: self.plan.activities[index].id.clone(),
            change,
        });
        self.pending.push(Pending {
            request: request.clone(),
            before,
        });
        self.refresh();
        self.notify(MessageKind::Info, self.tr(Msg::Saving).to_string());
        Effect::Store(request)
    }

    fn store(&mut self, request: Request) -> Effect {
        if self.refuse_read_only() {
            return Effect::None;
        }
        Effect::Store(request)
    }

    /// A report from the store: take the plan as now on disk, or roll back and say why.
    fn stored(&mut self, report: Report) {
        let pending = self
            .pending
            .iter()
            .position(|p| p.request == report.request)
            .map(|i| self.pending.remove(i));
        match report.result {
            Ok((done, fresh)) => {
                let mut notice = None;
                let mut what = None;
                if let Some(mut fresh) = fresh {
                    notice = fresh.notice.take();
                    if matches!(done, Done::Undone | Done::Redone) {
                        what = crate::tui::i18n::what_changed(self.lang, &self.plan, &fresh.plan);
                    }
                    self.replace(fresh);
                }
                let word = match done {
                    Done::Saved => Msg::Saved,
                    Done::Merged => Msg::Merged,
                    Done::Undone => Msg::Undone,
                    Done::Redone => Msg::Redone,
                    Done::Reloaded => Msg::Reloaded,
                    Done::SetAside => Msg::SetAside,
                    Done::Discarded => Msg::Discarded,
                    // Undo with nothing to undo clears "Saving…"; stopping to edit says nothing;
                    // a change found already made says so.
                    Done::Nothing if notice.is_some() => {
                        let n = notice.unwrap_or_default();
                        self.notify(MessageKind::Info, n);
                        return;
                    }
                    Done::Nothing => {
                        if report.request != Request::StopEditing {
                            self.session.message = None;
                        }
                        return;
                    }
                };
                let text = if let Some(what) = what {
                    format!("{}: {what}", self.tr(word))
                } else if report.at.is_empty() {
                    self.tr(word).to_string()
                } else {
                    format!("{} {}", self.tr(word), report.at)
                };
                match notice {
                    Some(n) => self.notify(MessageKind::Info, format!("{text} · {n}")),
                    None => self.notify(MessageKind::Ok, text),
                }
            }
            Err(failure) => {
                // A conflict: the file's version is what the store now has, so show it (the
                // refused edit stays unsaved and marked) rather than a plan nobody chose.
                if let Some(theirs) = report.theirs {
                    self.replace(theirs);
                } else if let Some(p) = pending
                    && !failure.kept
                    && self.pending.is_empty()
                {
                    self.plan = p.before;
                    self.refresh();
                }
                let text = format!("{}: {}", self.tr(Msg::NotSaved), failure.message);
                self.notify(MessageKind::Error, text);
            }
        }
    }

    /// Takes a plan read from disk, keeping the selection by activity id.
    fn replace(&mut self, fresh: Fresh) {
        let id = self.selected_activity().map(|a| a.id.clone());
        self.plan = fresh.plan;
        self.diagnostics = fresh.diagnostics;
        self.text = fresh.text;
        self.session.selected = id.and_then(|id| self.plan.find(&id));
        if let Some(a) = self.selected_activity()
            && self.session.view == View::Board
        {
            self.session.area = a.area;
        }
        self.refresh();
    }

    fn set_view(&mut self, to: View, state: &mut ViewState) {
        if self.session.view != to {
            self.session.view = to;
            state.scroll_to_top();
            self.refresh_view();
        }
    }

    /// Moves the selection by `delta` activities (clamped), or the area on the board's left pane.
    fn move_by(&mut self, delta: isize, state: &mut ViewState) {
        if self.session.view == View::Board && self.session.pane == Pane::Areas {
            let n = self.plan.areas.len();
            if n > 0 {
                self.session.area = step(self.session.area, delta, n);
                self.session.selected = None;
                state.scroll_to_top();
                self.refresh_view();
            }
            return;
        }
        if self.session.view == View::Board && self.move_on_board(delta) {
            return;
        }
        if self.session.view == View::Status {
            let Some((c, p)) = self.kanban_cursor() else {
                return;
            };
            let col = &self.shown.columns[c].1;
            self.session.selected = Some(col[step(p, delta, col.len())]);
            return;
        }
        let order = self.shown.reachable();
        if order.is_empty() {
            return;
        }
        let at = self
            .session
            .selected
            .and_then(|s| self.shown.order_of(s))
            .unwrap_or(0);
        self.session.selected = Some(order[step(at, delta, order.len())]);
    }

    fn sideways(&mut self, dir: isize) {
        match self.session.view {
            View::Board => {
                self.session.pane = if dir < 0 {
                    Pane::Areas
                } else {
                    Pane::Activities
                }
            }
            View::Status => {
                let (c, p) = self.kanban_cursor().unwrap_or((0, 0));
                let n = self.shown.columns.len();
                let mut c2 = c;
                // Skip empty columns.
                loop {
                    let next = c2 as isize + dir;
                    if next < 0 || next >= n as isize {
                        return;
                    }
                    c2 = next as usize;
                    let col = &self.shown.columns[c2].1;
                    if !col.is_empty() {
                        self.session.selected = Some(col[p.min(col.len() - 1)]);
                        return;
                    }
                }
            }
            _ => {}
        }
    }

    /// Status view: moves the selected card to the neighbouring column, changing its status.
    fn move_card(&mut self, dir: isize) -> Effect {
        if self.session.view != View::Status {
            return Effect::None;
        }
        let Some(a) = self.selected_activity() else {
            return Effect::None;
        };
        let statuses: Vec<Status> = self.shown.columns.iter().map(|(s, _)| *s).collect();
        let Some(c) = statuses.iter().position(|s| *s == a.status) else {
            return Effect::None;
        };
        let next = c as isize + dir;
        if next < 0 || next >= statuses.len() as isize {
            return Effect::None;
        }
        self.edit(Change::Status(statuses[next as usize]))
    }

    fn scroll(&mut self, delta: isize, state: &mut ViewState) -> Effect {
        match self.session.popup.as_mut() {
            Some(Popup::Problems { .. }) => self.scroll_problems(delta),
            Some(Popup::Detail { scroll } | Popup::Help { scroll }) => {
                *scroll = if delta < 0 {
                    scroll.saturating_sub(delta.unsigned_abs() as u16)
                } else {
                    scroll.saturating_add(delta as u16)
                };
            }
            Some(_) => {}
            None => self.move_by(delta, state),
        }
        Effect::None
    }

    fn click(&mut self, column: u16, row: u16, state: &mut ViewState) {
        if self.session.popup.is_some() {
            return;
        }
        match state.target_at(column, row) {
            Some(Target::Activity(i)) => {
                self.session.selected = Some(i);
                if self.session.view == View::Board {
                    self.session.pane = Pane::Activities;
                }
            }
            Some(Target::Area(a)) => {
                self.session.area = a;
                self.session.pane = Pane::Areas;
                self.session.selected = None;
                state.scroll_to_top();
                self.refresh_view();
            }
            Some(Target::View(v)) => self.set_view(v, state),
            None => {}
        }
    }
}

/// `at + delta`, clamped to `0..n`.
fn step(at: usize, delta: isize, n: usize) -> usize {
    let target = at as isize + delta;
    target.clamp(0, n as isize - 1) as usize
}

/// An activity as one line in `lang`, as `y` copies it: "nvk-2 — Title — Owner — uke 50
/// (15.12.2017) — pågår".
pub fn copy_line(a: &crate::plan::Activity, lang: Language) -> String {
    let date = crate::output::text::date(a.due.day(), lang);
    let due = if a.due.is_toml_date {
        date
    } else {
        crate::msg!("copy-due", due = a.due.text.as_str(), date = date).render(lang)
    };
    crate::msg!(
        "copy-line",
        id = a.id.as_str(),
        title = a.title.as_str(),
        owner = a.owner.as_str(),
        due = due,
        status = a.status.word(lang)
    )
    .render(lang)
}
